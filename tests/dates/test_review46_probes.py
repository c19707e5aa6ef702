"""The review of dm46's probes (/tmp/s46/review_dm46, copied to tests/data/review46_dm): a line's
parts joined by wide gaps (a masthead's, a weather widget's, fixtures, schedules) are no
dateline and never outrank a labelled byline; the month abbreviations of one language are not
read in another or as acronyms in capitals; a dashed day before GMT keeps a US page's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.extract.dates import find_dates
from tests.blind_reading import HEAD, LEDE, published

PROBES = Path(__file__).parent.parent / "data" / "review46_dm"


def _probe(prefix: str) -> tuple[str, str]:
    path = next(PROBES.glob(prefix + "_*"))
    return path.read_text(encoding="utf-8"), path.name


@pytest.mark.parametrize(("prefix", "expected"), [
    ("d38", "2021-03-03"),  # «Home   News   Sport   Tuesday, 8 December 2026» over «By Jane Doe | March 3, 2021»
    ("d39", "2019-03-12"),  # «Berlin\t3 °C\tDienstag, 8. Dezember 2026» over «12.03.2019, 10:05 Uhr»
    ("d12", None),  # a masthead's today behind its menu
    ("d13", None),  # «Sion   12°C   Mardi 8 décembre 2026»
    ("d14", None),  # «Sat 12 March 2022   Arsenal   v   Chelsea   15:00»
    ("d17", None),  # «Orari   lunedì 12 ottobre 2020   9:00-18:00»
    ("d40", None),  # «20:15   Das Erste   Sonntag, 12. März 2023»
    ("d41", None),  # «Next event   Sat 12 March 2022   Royal Albert Hall   Tickets»
    ("d42", None),  # «Próximo partido   Real Madrid - Barcelona   domingo 20 de marzo de 2022»
    ("d51", None),  # «Calendario eventi   sabato 11 settembre 2004   Mostra di pittura»
    ("d55", None),  # «By Priya Sharma | Top 10 OTT 2021»: an acronym, no October
    ("d29", "2021-05-01"),  # an en-US page's «05-01-2021 14:40 GMT»: the page's order, month first
])
def test_review_probes_publication_date(prefix, expected):
    text, name = _probe(prefix)
    assert published(text, name) == expected


@pytest.mark.parametrize("prefix", ["m01", "m02", "m03", "m05", "m07"])
def test_acronyms_in_capitals_are_no_months(prefix):
    # "OTT 2021", "ENE 2021" (Chile's survey), "DIC 2020", "ABR 2020", "Die Mär 2019 vom …"
    text, _ = _probe(prefix)
    assert not [m for m in find_dates(text, None) if m.date.month], prefix


@pytest.mark.parametrize(("line", "expected"), [
    ("By Staff | Published: 05-01-2021 21:40 GST", "2021-01-05"),  # the Gulf, day first
    ("By Staff | Published: 05-01-2021 21:40 SGT", "2021-01-05"),
    ("By Staff | Published: 05-01-2021 21:40 HKT", "2021-01-05"),
    ("By Staff | Published: 05-01-2021 21:40 MYT", "2021-01-05"),
    ("By Staff | Published: 05-01-2021 21:40 EST", "2021-05-01"),  # negative: the US, month first
])
def test_dashed_day_ordered_by_its_zone(line, expected):
    assert published(HEAD + "\n\n" + line + "\n\n" + LEDE) == expected
