"""Titles (issue 7), blind round 36 and what round 35 left: a code fence, a subscribers' label,
a search box's close link, a cookie link and a publisher's VAT line are furniture; the word a
dash leaves is the headline's when the lede takes it up; a long headline's clauses joined by an
ellipsis; kicker / headline / dek; a quotation over an unquoted headline; a headline wrapped
after its comma; a headline led by its subject in capitals."""

from __future__ import annotations

from tests.blind_reading import HEAD as _HEAD, LEDE as _LEDE, LEDE_FR as _LEDE_FR, title as _title


def test_a_code_fence_is_never_a_title():
    assert _title(f"```markdown\n{_HEAD}\n\n{_LEDE}") == _HEAD
    assert _title(f"”`json\n{_LEDE}") is None
    # backticks inside a headline's words leave it a headline
    head = "Three backticks and the story of Markdown fences"
    assert _title(f"{head}\n\nMarkdown fences code between three backticks, a convention "
                  "born on forums long before the library approved it.\n") == head


def test_a_subscribers_label_and_a_search_box_close_link_are_furniture():
    assert _title(f"Subscriber exclusive\n{_HEAD}\n\n{_LEDE}") == _HEAD
    assert _title(f"Search\nClose this search box.\n\n{_HEAD}\n\n{_LEDE}") == _HEAD
    assert _title(f"Nur für Abonnenten\n{_HEAD}\n\n{_LEDE}") == _HEAD
    # a headline saying more than the label is a headline
    head = "Exclusive for subscribers: the library's new reading room"
    assert _title(f"{head}\n\n{_LEDE}") == head


def test_a_publishers_vat_line_is_furniture():
    page = (f"Cookie policy\nPreferenze\nRivista Srl - Via Roma 1 00100 Roma - P. IVA 01234567890\n"
            f"Menu\n{_HEAD}\n{_LEDE}")
    assert _title(page) == _HEAD


def test_the_word_after_a_dash_the_lede_takes_up_is_the_headlines():
    head = "Der Bauboom - Mietpreise"
    page = (f"{head}\nIn Berlin steigen die Mietpreise seit Jahren schneller als die Löhne, sagen die "
            "Verbände der Mieter und der Gewerkschaften.\n")
    assert _title(page) == head
    # a site's name after the dash, which the lede does not say, is cut
    assert _title(f"{_HEAD} - Gazette\n\n{_LEDE}") == _HEAD


def test_a_long_headlines_clauses_joined_by_an_ellipsis():
    head = ("Les routes de campagne oubliées par le budget… Toujours aucune réponse du ministère "
            "aux demandes répétées des communes rurales pour leurs travaux urgents")
    assert len(head) > 140
    assert _title(f"{head}\n\nLes communes rurales du canton ont demandé l'an dernier une aide "
                  "pour refaire leurs routes. Le ministère n'a toujours pas répondu.\n") == head


def test_kicker_headline_and_dek():
    page = (f"Culture\nBudget voté\nLes élus ont adopté le texte après six heures de discussions\n"
            f"{_LEDE_FR}")
    assert _title(page) == "Budget voté"
    # an agenda's entry: its name over its date and place is no headline under a rubric
    page = ("Musique\n\nJazz Nights\nDu 4 au 6 août, Marciac\n\nLe festival de jazz revient pour "
            "trois soirées en plein air avec des concerts gratuits sur la place.\n")
    assert _title(page) != "Jazz Nights"


def test_a_quotation_over_an_unquoted_headline_is_its_kicker():
    head = "Les agriculteurs bloquent trois autoroutes autour de Lyon"
    page = (f"« On ne lâchera rien »\n{head}\nLes agriculteurs ont bloqué mardi trois autoroutes "
            "autour de Lyon pour protester contre la baisse des prix du lait.\n")
    assert _title(page) == head
    # alone over the lede, a quoted headline stays
    quoted = "« Je ne démissionnerai pas »"
    assert _title(f"{quoted}\n\nLe ministre a assuré mardi qu'il resterait en poste malgré les "
                  "critiques de l'opposition sur sa gestion du dossier.\n") == quoted


def test_a_headline_wrapped_after_its_comma():
    page = f"Le port du Havre,\nentre grèves et espoir de reprise\n\n{_LEDE_FR}"
    assert _title(page) == "Le port du Havre, entre grèves et espoir de reprise"
    # a paragraph wrapped so goes on under its second line
    page = ("Le port du Havre,\nentre grèves et espoir de reprise\nconnaît une année difficile pour "
            "ses dockers et ses transporteurs.\n\n" + _LEDE_FR)
    assert _title(page) != "Le port du Havre, entre grèves et espoir de reprise"


def test_a_headline_led_by_its_subject_in_capitals():
    head = "LA PISCINE MUNICIPALE, un chantier qui n'en finit pas."
    assert _title(f"{head}\n\n{_LEDE_FR}") == head
    # a wire's dateline in capitals opens a paragraph, no headline
    page = ("LE HAVRE, 12 mars (AFP) - Les dockers du port ont voté mardi une nouvelle grève de "
            "trois jours contre la réforme des retraites, a annoncé la CGT dans un communiqué.\n\n"
            + _LEDE_FR)
    assert _title(page) is None or not _title(page).startswith("LE HAVRE")
