"""Precision of each rule on real pages: findings matched to a file of right/wrong labels.

A finding is keyed by page, rule and the normalised text it points at (not offsets), so a
label survives changes elsewhere in the pipeline; a new finding has no label until a person
gives it one (``bench/rule_precision.py --unlabelled`` lists them).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path



def finding_key(file: str, rule: str, snippet: str) -> str:
    norm = re.sub(r"\W+", " ", snippet.lower()).strip()[:200]
    return hashlib.sha1(f"{file}|{rule}|{norm}".encode("utf-8")).hexdigest()[:16]


def read_labels(folder: Path) -> dict[str, dict[str, str]]:
    """Labels from every TSV file in ``folder``."""
    labels: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            labels.update({row["key"]: row for row in csv.DictReader(handle, delimiter="\t")})
    return labels


@dataclass
class RulePrecision:
    right: int = 0
    wrong: int = 0
    unlabelled: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        total = self.right + self.wrong
        return self.right / total if total else None


def tally(findings: list[tuple[str, str, str, str]], labels: dict[str, dict[str, str]]
          ) -> dict[tuple[str, str], RulePrecision]:
    """``findings``: (file, language, rule, snippet). Precision by (rule, language)."""
    out: dict[tuple[str, str], RulePrecision] = defaultdict(RulePrecision)
    for file, language, rule, snippet in findings:
        label = labels.get(finding_key(file, rule, snippet))
        score = out[(rule, language)]
        if label is None:
            score.unlabelled.append((file, rule, snippet))
        elif label["label"] == "right":
            score.right += 1
        else:
            score.wrong += 1
    return dict(out)
