"""One registry maps codes to rules. Rules are discovered from ``audit.rules`` packages.

Codes never change meaning: a retired code stays here in ``REDIRECTS`` or ``REMOVED``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from audit.check.base import Rule

REDIRECTS: dict[str, str] = {}
REMOVED: frozenset[str] = frozenset()


@functools.cache
def _registry() -> dict[str, type[Rule]]:
    import audit.rules as package

    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
    rules: dict[str, type[Rule]] = {}
    stack = list(Rule.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.code in rules and rules[cls.code] is not cls:
            raise RuntimeError(f"two rules claim {cls.code}")
        rules[cls.code] = cls
    return dict(sorted(rules.items()))


def all_rules() -> list[type[Rule]]:
    return list(_registry().values())


def get_rule(code: str) -> type[Rule] | None:
    code = REDIRECTS.get(code.upper(), code.upper())
    return _registry().get(code)
