"""Stage 4: facts -> findings. The rule base class, the registry and the runner."""

from audit.check.base import Context, Rule
from audit.check.registry import all_rules, get_rule
from audit.check.runner import run_rules

__all__ = ["Context", "Rule", "all_rules", "get_rule", "run_rules"]
