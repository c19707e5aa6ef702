"""The review of dm46's money probes (tests/data/review46_dm): in Brazilian text «ME» is a
microempresa («45 mil ME abertas», «ME e EPP», «ME optantes»), never millions of euros."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import audit_document

PROBES = Path(__file__).parent.parent / "data" / "review46_dm"


@pytest.mark.parametrize("prefix", ["q14", "q15", "q19", "q21", "q22", "q26"])
def test_microempresas_are_no_euros(prefix):
    path = next(PROBES.glob(prefix + "_*"))
    published = path.stem.split("@")[1] if "@" in path.stem else None
    result = audit_document(path.read_text(encoding="utf-8"), path.name, published=published)
    read = [q["text"] for q in result["quantities"] if q["kind"] == "money"]
    assert not [t for t in read if t.endswith("ME")], read
