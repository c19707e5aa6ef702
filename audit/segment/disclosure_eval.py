"""Scoring the disclosure detector on the labelled sentences of tests/data/disclosures/.

Each item is a real published sentence (its source URL kept) labelled "disclosure" or "not".
Each item belongs to a batch, named by its file: ``<lang>.jsonl`` is batch a, ``<lang>_b.jsonl``
b, and so on (an item appended later may name its own, ``"batch": "e"``). Batches a, b, c and
later tuning additions are split by a hash of the text: cues are chosen looking at the "dev"
half only, and checked on the "test" half. The latest batch, collected by someone who never read
the code after the cues were chosen, is the "heldout" split: nobody tuning looks at it. Once
scored it joins the tuning batches and a new blind batch takes its place (d, then f, g, h, i,
j, k, l). The held-out batch may not be named or may not have landed yet: the split is then
empty.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from audit.lexicon import fold
from audit.segment import evaluation
from audit.segment.disclosure import find_disclosures


def split_of(text: str) -> str:
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# The one place naming the held-out batch: j (0.81 / 0.38), k (0.78 / 0.29) and l (0.81 / 0.78)
# were scored blind once and are tuning data now, m (0.81 / 0.34, 2026-12-07) and n (0.85 / 0.21,
# 2026-12-07) too, and o (0.81 / 0.40, 2026-12-08, before and after ai47's readings); p (0.86 / 0.27,
# 2026-12-08, before and after ai49's readings) is held out.
HELDOUT_BATCH: str | None = "p"


def batch_of(path: Path) -> str:
    """"fr.jsonl" is batch a, "fr_b.jsonl" batch b."""
    _, _, suffix = path.stem.partition("_")
    return suffix or "a"


def load_items(folder: Path) -> list[dict]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        batch = batch_of(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                # The held-out batch is its file whatever its lines say; other files may hold
                # items added later for tuning ("batch": "e").
                item["batch"] = batch if batch == HELDOUT_BATCH else item.get("batch", batch)
                item["split"] = "heldout" if item["batch"] == HELDOUT_BATCH else split_of(item["text"])
                items.append(item)
    return items


@dataclass
class Score(evaluation.Score):
    """Sentences: a disclosure found is a true positive; also how often its act is right."""

    act_right: int = 0


def score(items: list[dict]) -> tuple[dict[str, Score], list[tuple[dict, list]]]:
    """Scores by language (and "all"), and the items the detector gets wrong."""
    scores: dict[str, Score] = defaultdict(Score)
    wrong = []
    for item in items:
        found = find_disclosures(fold(item["text"]))
        positive = item["label"] == "disclosure"
        for key in (item["lang"], "all"):
            s = scores[key]
            s.count(positive, bool(found))
            if positive and found:
                s.act_right += found[0].act == item.get("act")
        if positive != bool(found):
            wrong.append((item, found))
    return dict(scores), wrong
