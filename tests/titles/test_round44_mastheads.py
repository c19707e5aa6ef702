"""Round 44's titles taken from a masthead's furniture: the site's clock (44a fr26), a sidebar's
teaser closed by its read-more link (44a fr38), a search box's label (44b en08)."""

from __future__ import annotations

from tests.blind_reading import DATA, HEAD, LEDE, LEDE_FR, input_title, read


def test_a_masthead_s_clock_is_no_title_round_44a_fr26():
    # «Samedi 27 Avril, 2024 á Dakar»: the site's today where it stands
    assert input_title("round44a/inputs/fr26_seneweb.txt") == (
        "Qui a peur d’une monnaie nationale pour le Sénégal ? Courte foire aux questions "
        "(Par Ndongo Samba SYLLA)")
    assert read("Samedi 27 avril 2024 à Dakar\n\nLe budget de la médiathèque adopté\n\n" + LEDE_FR)["title"] \
        == "Le budget de la médiathèque adopté"


def test_a_teaser_closed_by_its_read_more_link_is_no_title_round_44a_fr38():
    # «… Il s'agit du Nigéria… Plus »»: another story's teaser; the stored text has no headline
    assert input_title("round44a/inputs/fr38_allafrica.txt") is None
    assert read("Council approves new park… Read more ›\n\n" + HEAD + "\n\n" + LEDE)["title"] == HEAD


def test_a_search_box_s_label_is_no_title_round_44b_en08():
    assert input_title("round44b/inputs/en08_centurypa.txt") != "Search by State"
    assert read("Search by State\n\n" + HEAD + "\n\n" + LEDE)["title"] == HEAD


def test_a_headline_on_a_search_is_still_one():
    text = "Search for missing boy called off after two days"
    assert read(text + "\n\n" + LEDE)["title"] == text


def test_a_quote_s_ellipsis_and_guillemet_is_no_teaser_review_d44():
    # «Macron : « Je ne suis pas là pour plaire… bien au contraire »»: its » closes the quote
    for name, title in (("q01_fr", "Macron : « Je ne suis pas là pour plaire… bien au contraire »"),
                        ("q05_fr", "Budget : « On a fait des choix… pas des miracles »")):
        assert read((DATA / "reviewD44" / f"{name}.txt").read_text(encoding="utf-8"))["title"] == title
