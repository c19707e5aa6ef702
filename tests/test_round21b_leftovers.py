"""Round 21b's leftovers: a share counter on its own line taken for a heading; a video page's
upload line missed as the publication date."""
from __future__ import annotations


from audit.pipeline import audit_document


def _published(text: str):
    return audit_document(text, "x.txt")["published"]


def test_a_video_pages_upload_line_dates_it():
    # 21b (fr16_wideo): the upload day, then the view count, under the video's title
    text = ("Emile - Regardez la porte-parole de la Gendarmerie Nationale qui évoque les "
            "hypothèses\n\n2024-04-01 6,682\n\nToutes les pistes sont encore ouvertes, selon "
            "Marie-Laure Pezant, porte-parole de la Gendarmerie nationale.\n")
    assert _published(text) == "2024-04-01"
    # the count's word said, its thousands spaced
    assert _published(text.replace("2024-04-01 6,682", "2024-04-01 · 6 682 vues")) == "2024-04-01"
    assert _published(text.replace("2024-04-01 6,682", "2024-04-01 1.2K views")) == "2024-04-01"


def test_a_table_of_days_and_figures_is_no_upload_line():
    text = ("Fréquentation du musée en avril\n\n2024-04-01 6,682\n2024-04-02 7,104\n"
            "2024-04-03 5,930\n\nLa fréquentation a baissé en fin de semaine selon le musée, qui "
            "attribue la baisse à la pluie tombée sur la région.\n")
    assert _published(text) is None
