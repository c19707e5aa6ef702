"""Spans kept as columns: they read, filter, compare and travel as the tuple of Span objects
they replace (a megabyte of short lines is 166,000 spans)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from audit.extract import _ranges
from audit.load import load
from audit.model import Ranges, Span, SpanKind, Spans, offsets
from audit.segment import segment
from audit.segment.classify import classify_blocks
from audit.lexicon import fold, get_lexicon
from tests.conftest import seed


@pytest.mark.parametrize("name, fmt", [("000", "txt"), ("003", "txt"), ("000", "md")])
def test_a_seeds_spans_are_the_span_objects_they_replace(name, fmt):
    text = seed(name).read_text(encoding="utf-8")
    doc = load(text if fmt == "txt" else "# Titre\n\n" + text, f"{name}.{fmt}")
    seg = segment(doc)
    kinds = classify_blocks(doc, fold(doc.text))
    made = tuple(Span(kind, start, end) for (start, end), kind in zip(offsets(doc.blocks), kinds))
    spans = seg.spans
    assert isinstance(spans, Spans) and len(spans) == len(made) > 10
    assert list(spans) == list(made) and spans == made and hash(spans) == hash(made)
    assert [spans[i] for i in range(-len(spans), len(spans))] == list(made) * 2
    assert list(spans[3:9]) == list(made[3:9]) and list(spans[::-2]) == list(made[::-2])
    assert list(offsets(spans)) == [(s.start, s.end) for s in made]
    for wanted in ([SpanKind.BODY], [SpanKind.SOURCES, SpanKind.COMMENTS], list(SpanKind), []):
        expected = [s for s in made if s.kind in wanted]
        assert list(seg.of_kind(*wanted)) == expected
        assert list(_ranges(seg, *wanted)) == [(s.start, s.end) for s in expected]
    assert pickle.loads(pickle.dumps(spans)) == spans  # a process pool sends results


def test_a_span_read_from_columns_is_a_span_like_any_other():
    spans = Spans.from_offsets([(0, 5), (6, 9)], [SpanKind.TITLE, SpanKind.BODY])
    span = spans[1]
    assert type(span) is Span and span == Span(SpanKind.BODY, 6, 9)
    assert hash(span) == hash(Span(SpanKind.BODY, 6, 9))
    with pytest.raises(AttributeError):
        span.start = 0  # frozen, as Span is
    with pytest.raises(IndexError):
        spans[2]
    assert not Spans.from_offsets([], []) and spans.of_kind(SpanKind.HEADING) == ()
    with pytest.raises(ValueError, match="2 offsets for 1 kinds"):
        Spans.from_offsets([(0, 5), (6, 9)], [SpanKind.TITLE])


def test_ranges_read_from_columns_index_slice_and_compare_as_a_list():
    ranges = Spans.from_offsets([(0, 5), (6, 9), (10, 12)], [SpanKind.BODY] * 3).ranges()
    assert isinstance(ranges, Ranges) and len(ranges) == 3
    assert ranges == [(0, 5), (6, 9), (10, 12)] and list(ranges[1:]) == [(6, 9), (10, 12)]
    assert ranges[-1] == (10, 12) and list(ranges) == list(ranges)  # iterated again, the same


def _every_question(doc, folded: str) -> list[SpanKind]:
    """The classifier's state machine asked of every line, as before plain lines had a path
    of their own (audit/segment/classify.py, _run_lines)."""
    from audit.lexicon import get_ai_lexicon
    from audit.segment.classify import _LINE, _Classifier

    machine = _Classifier(doc, folded, None, get_ai_lexicon().sites(folded)[0])
    kinds = []
    for i in range(len(doc.blocks)):
        kinds.append(machine.classify(i, _LINE))
        machine.body_lines += kinds[-1] is SpanKind.BODY
    return machine.finished(kinds)  # run()'s last steps, whichever path it took


def test_plain_lines_get_the_kinds_every_question_gives(monkeypatch):
    """Pasted pages (every fourth eval page, as a reader copies it, when the set is here) and
    the seeds: the lines no cue marks take a short path, to the same kinds; and a good share
    of lines take it."""
    from pathlib import Path

    from audit.lexicon import get_ai_lexicon
    from audit.segment import classify
    from audit.segment.evaluation import labelled_pages

    asked = []  # the lines the long way asks
    ask = classify._Classifier.classify
    monkeypatch.setattr(classify._Classifier, "classify",
                        lambda self, i, block: asked.append(i) or ask(self, i, block))
    texts = [seed(n).read_text(encoding="utf-8") for n in ("000", "002", "003")]
    texts += [texts[0] * 3, "Ligne\n" * 500 + texts[2]]  # repeated lines: each cue reads one
    pages = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "trafilatura"
    if pages.exists():
        texts += [p.flattened() for p in labelled_pages(pages)[::4]]
    lines = short = 0
    for text in texts:
        doc = load(text, "page.txt")
        folded = fold(doc.text)
        before = len(asked)
        kinds = classify_blocks(doc, folded, None, get_ai_lexicon().sites(folded)[0])
        short += len(kinds) - (len(asked) - before)
        assert kinds == _every_question(doc, folded)
        lines += len(kinds)
    assert short > lines / 5  # lines with a digit or a dash go the long way


# A line of each screened cue, and lines like them that are none ("Kommentare zum Thema").
_CUE_LINES = ["Partager", "Ligne", "3 Kommentare", "vor 8 Stunden", "Antworten", "Sources :",
              "Lire aussi", "Kommentare zum Thema", "• Reply →", "il y a 2 jours", "Vor 8 Stunden!",
              "Laisser un commentaire"]


@pytest.mark.parametrize("repeat, widgets", [(1, 0), (3, 0), (1, 400)])
def test_the_classifier_s_cue_columns_are_each_line_s_verdict(repeat, widgets):
    """Read for all lines at once, once per distinct line when lines repeat, and through the
    screen the cues share when few lines pass it (not on a page of widgets): each line's byte
    is what the cue says of that line."""
    from audit.lexicon import get_lexicon, lowered
    from audit.segment.classify import _EVERY_LINE, _SCREENED, _Hits
    from audit.segment.cues import clean_texts

    prose = [f"{_PROSE} {k}" for k in range(60)]  # lines no cue matches: most of a page
    text = "\n".join([seed("000").read_text(encoding="utf-8"), *prose] * repeat + _CUE_LINES +
                      [f"{k} Antworten" for k in range(widgets)])
    doc = load(text, "page.txt")
    texts = clean_texts(doc.blocks, fold(doc.text))
    lows = [lowered(t) for t in texts]
    lex = get_lexicon()
    hits = _Hits(lex, texts, lows, bulk=True)
    for name in sorted(_EVERY_LINE):
        column = getattr(hits, name)
        assert bytes(column) == bytes(getattr(lex, name).matches(t) for t in texts), name
        assert name not in _SCREENED or sum(column) >= 1 or name == "sources_header", name
    assert bool(hits._distinct[1]) == (repeat > 1)  # read once per distinct line, or not
    assert (hits._passed is None) == (widgets > 0)
    assert sum(hits.boilerplate) >= repeat


def test_a_paywall_teaser_pasted_as_one_line_is_boilerplate():
    """Le Monde's "Article réservé à nos abonnés Lire aussi <title>" (an exploratory test on a
    real article, 2026-12-05) stayed a body paragraph: it is the site's, not the article's."""
    text = ("Au Burkina Faso, des élections sous la menace terroriste\n\n"
            "Rahanatou Bouda s'est levée à l'aube, impatiente d'aller voter ce dimanche, "
            "a-t-elle raconté au Monde.\n\n"
            "Article réservé à nos abonnés Lire aussi Présidentielle au Burkina Faso : de "
            "l'euphorie à la désillusion, le bilan mitigé de Kaboré\n\n"
            "Le scrutin pourrait être serré, selon la Commission électorale.\n")
    doc = load(text.encode(), "a.txt")
    seg = segment(doc)
    kinds = {doc.text[s.start:s.end][:12]: s.kind for s in seg.spans}
    assert kinds["Article rése"] == SpanKind.BOILERPLATE
    assert kinds["Le scrutin p"] == SpanKind.BODY


_PROSE = ("The council voted on Tuesday to approve the new budget, which includes cuts to several "
          "departments and a modest rise in local taxes for the coming year - a 2-year plan.")
_PROSE_FR = ("Le gouvernement a présenté mardi une nouvelle version de son budget, qui prévoit des "
             "économies importantes dans plusieurs ministères et une hausse modérée des recettes.")
# Pages whose runs of unmarked lines fall in each state the short way knows: the page's
# <title> known but the title not yet read, a related-links box that prose ends, the footer
# past a thread's reply form (an agent there still a disclosure), and a thread no header opens
# (its next date the last line of the window, a reply link the line before).
_SHAPED_PAGES = {
    "page title": ["Budget 2026 : le gouvernement revoit sa copie – Le Quotidien", "Accueil",
                   "Politique", "Menu principal", "Budget 2026 : le gouvernement revoit sa copie",
                   _PROSE_FR, "Les mesures", _PROSE_FR, _PROSE_FR, "23.10.2018", _PROSE_FR],
    "related box": ["Council approves budget", _PROSE, _PROSE, "Related articles",
                    "Mayor opens new bridge", "Schools reopen after the storm",
                    "Five things to know", _PROSE, "The vote", _PROSE, "12.05.2021 10:30", _PROSE],
    "past the form": ["Council approves budget", _PROSE, _PROSE, "3 Comments", "Anna K.",
                      "May 3, 2021 at 10:30 am", "Great article, thanks for writing it up.",
                      "Reply", "Ben", "May 4, 2021 at 11:00 am", "I disagree with the council.",
                      "Reply", "Leave a Reply", "Your email address will not be published.",
                      "About us", "This article was written with the help of ChatGPT.", "Imprint"],
    "headless thread": ["Council approves budget", _PROSE, _PROSE, "Anna K.",
                        "May 3, 2021 at 10:30 am", "Great article, thanks for writing it up.",
                        *["Thanks - 10 likes"] * 9, "Reply", "May 4, 2021 at 11:00 am",
                        "I disagree with the council.", "Reply", "Contact"],
}


@pytest.mark.parametrize("name", sorted(_SHAPED_PAGES))
def test_runs_of_plain_lines_in_every_state_get_the_kinds_every_question_gives(name):
    from audit.lexicon import get_ai_lexicon

    doc = load("\n".join(_SHAPED_PAGES[name]), "page.txt")
    folded = fold(doc.text)
    kinds = classify_blocks(doc, folded, None, get_ai_lexicon().sites(folded)[0])
    assert kinds == _every_question(doc, folded)
    wanted = {"page title": SpanKind.TITLE, "related box": SpanKind.HEADING,
              "past the form": SpanKind.DISCLOSURE, "headless thread": SpanKind.COMMENTS}[name]
    assert wanted in kinds


@pytest.mark.parametrize("lines", [1, 2, 12])
def test_a_column_followed_within_lines_is_read_as_line_by_line(lines):
    import random

    from audit.segment.classify import _followed_within

    rng = random.Random(lines)
    for n in (0, 1, 2, 13, 40):
        column = bytes(rng.random() < 0.1 for _ in range(n))
        expected = bytes(any(column[i + 1:i + 1 + lines]) for i in range(n))
        assert _followed_within(column, lines) == expected
    assert _followed_within(b"\x00\x01" + bytes(12), 12) == b"\x01" + bytes(13)
    assert _followed_within(bytes(12) + b"\x01", 12) == b"\x01" * 12 + b"\x00"
    assert _followed_within(bytes(13) + b"\x01", 12) == b"\x00" + b"\x01" * 12 + b"\x00"


def test_the_boilerplate_cue_the_line_model_reads_on_its_way_is_each_line_s_verdict():
    """Pasted text: the classifier takes the line model's boilerplate column for its own."""
    from audit.lexicon import get_lexicon
    from audit.segment.classify import _Classifier

    text = "\n".join(["Partager", "İSTANBUL haberleri", "Share on Facebook", "ΣΟΦΙΑΣ", _PROSE,
                      "Abonnez-vous à la newsletter", "Partager", "ſhare", _PROSE_FR, "Lire aussi"])
    doc = load(text, "page.txt")
    machine = _Classifier(doc, fold(doc.text), None)
    column = vars(machine.hit)["boilerplate"]  # set, not made by _Hits when asked
    assert column == bytes(get_lexicon().boilerplate.matches(t) for t in machine.texts)
    assert 3 <= sum(column) < len(column)


@pytest.mark.parametrize(("text", "title"), [
    # A pasted page's menu or section word above the headline (an exploratory test, 2026-12-05)
    ("Rejoignez-nous\n\nInternational\n\nTrois millions de cas dans le monde, Trump s'en prend "
     "à la Chine\n\nLe monde a franchi lundi le seuil symbolique des trois millions de cas "
     "recensés du nouveau coronavirus, selon un décompte de l'AFP publié dans la soirée.\n",
     "Trois millions de cas dans le monde, Trump s'en prend à la Chine"),
    ("Navigation\n\nCameroun : deux combattants de Boko Haram tués par l'armée\n\nDeux éléments "
     "du groupe Boko Haram ont été tués dimanche dans la région de l'Extrême-Nord, a-t-on appris "
     "de sources sécuritaires locales.\n", "Cameroun : deux combattants de Boko Haram tués par l'armée"),
    # a one-word title over prose stays the title
    ("Coronavirus\n\nLes députés britanniques ont rejeté vendredi pour la troisième fois l'accord "
     "de retrait négocié par Theresa May avec Bruxelles, selon la BBC.\n", "Coronavirus"),
    # a breadcrumb under the title is no headline
    ("Baumgutachten\n\nEinleitung - Baumgutachten - Fortbildung - Baumbeschreibungen\n\nDie "
     "Erstellung von Baumgutachten erfordert gleichermaßen Wissen wie Erfahrung, sagte der "
     "Gutachter am Dienstag in einem Seminar.\n", "Baumgutachten"),
    # Round 3 of the exploratory test (2026-12-05): a breadcrumb of capitalised words, a site
    # name and a rubric over a headline the line model takes for prose.
    ("Accueil Actu Monde Europe\n\nBastogne commémore les 80 ans de sa première libération "
     "début septembre\n\nLa Ville de Bastogne organisera une \"fête populaire\" les 7 et 8 "
     "septembre prochains pour commémorer les 80 ans de sa première libération.\n",
     "Bastogne commémore les 80 ans de sa première libération début septembre"),
    ("BFMTV\nPolice-Justice\n\n Affaire Dupont de Ligonnès: l'IGPN saisie pour faire la lumière "
     "sur l'origine des fuites dans la presse\n\nL'Inspection générale de la police nationale a "
     "été saisie par le procureur de Nantes pour faire la lumière sur l'interpellation ratée "
     "d'un homme à Glasgow.\n",
     "Affaire Dupont de Ligonnès: l'IGPN saisie pour faire la lumière sur l'origine des fuites "
     "dans la presse"),
    # a photo's caption and credit between the headline and the prose
    ("BFMTV\nPolice-Justice\n\n Affaire Dupont de Ligonnès: l'IGPN saisie pour faire la lumière "
     "sur l'origine des fuites\n\nXavier Dupont de Ligonnès\n\nXavier Dupont de Ligonnès - "
     "Jean-Sébastien Evrard - AFP\n\nL'Inspection générale de la police nationale a été saisie "
     "par le procureur de Nantes pour faire la lumière sur une interpellation ratée.\n",
     "Affaire Dupont de Ligonnès: l'IGPN saisie pour faire la lumière sur l'origine des fuites"),
    # The page's <title> line, its site's name in two parts, then the headline lower down.
    ("Deutschlandtakt: Flixbus attackiert Deutsche Bahn - Wirtschaft - Süddeutsche.de\nShop\n"
     "Jobs\nImmobilien\nDeutschlandtakt: Flixbus attackiert Deutsche Bahn\nDer Fernbusanbieter "
     "Flixbus wirft der Deutschen Bahn vor, mit dem Deutschlandtakt den Wettbewerb zu behindern, "
     "wie das Unternehmen am Montag mitteilte.\n",
     "Deutschlandtakt: Flixbus attackiert Deutsche Bahn"),
    # A lede whose "«" reads like a site separator is no <title> line (round-4 test)
    ("L’AFP a-t-elle étouffé des « informations gênantes pour le pouvoir » ? Selon le syndicat "
     "SNJ-CGT de l’agence, l’affaire Ferrand sortie par le Canard enchaîné le 24 mai aurait pu "
     "être révélée par l’AFP. « Des journalistes de l’Agence étaient en effet en possession des "
     "informations », écrit le syndicat.\n\n« La rédaction en chef a demandé des précisions »\n",
     None),
    # The <title> line and no headline under it: that line, without the site's name.
    ("Alain Delon, Françoise Hardy, Robert Badinter… Ils nous ont quittés en 2024 | EUROtoday\n\n"
     "\nDu cinéma à la politique en passant par la littérature, la justice ou la musique, de "
     "nombreuses personnalités nous ont quittés cette année.\n",
     "Alain Delon, Françoise Hardy, Robert Badinter… Ils nous ont quittés en 2024"),
    # Rounds 4 and 5 of the exploratory test (2026-12-05): the site's name, its tagline, an
    # issue line, a ticker's heading, skip links, a cookie button, a social prompt above the
    # headline that the lede echoes (lourdes-infos.com, swissinfo.ch, jungewelt.de,
    # uk.finance.yahoo.com, fondettes.fr, gaellehautetfort.fr, businesspeople.it).
    ("Les infos de Lourdes et du Pays de Lourdes\n\n  Informations Lourdes et Grand Tarbes  "
     "Informations Lourdes et Pays de Lourdes  Informations Bagnères de Bigorre  Informations "
     "Argelès-Gazost Vallées des Gaves  Informations Pays de Lannemezan\n\nL’association familiale "
     "du quartier de Sarsan a fêté ses 50 ans\n\nmercredi 10 septembre 2014 par Rédaction\n\n"
     "L’association familiale du quartier de Sarsan a fêté ce week-end les 50 ans de sa création. "
     "Samedi soir, une réception a permis au président Alain Barrouillet de faire l’historique de "
     "cette association qui a connu de grands moments.\n",
     "L’association familiale du quartier de Sarsan a fêté ses 50 ans"),
    ("Des perspectives suisses en 10 langues\n\nQuelles mesures faut-il prendre pour préserver "
     "la biodiversité dans votre pays?\n\nModéré par: Katy Romy\n\nEn Suisse, un tiers des "
     "espèces et la moitié des milieux naturels sont considérés comme menacés. Dans ce contexte, "
     "les Suisses votent le 22 septembre sur l’initiative sur la biodiversité.\n\nLancé par des "
     "associations de protection de la nature et de l’environnement, le texte demande de "
     "consacrer davantage de moyens et de surfaces à la nature.\n\nLe comité d’initiative "
     "préconise d’agir maintenant pour éviter l’extinction de nombreuses espèces, ce qui "
     "entraînerait des coûts astronomiques.\n\nEt vous, qu’en pensez-vous? Faut-il adopter des "
     "mesures pour préserver la biodiversité dans le pays? Quelles sont les solutions?\n",
     "Quelles mesures faut-il prendre pour préserver la biodiversité dans votre pays?"),
    ("Aus: Ausgabe vom 20.02.2017, Seite 9 / Kapital & Arbeit\nMonopole\nKraft Heinz will "
     "Unilever kaufen\nNew York. Der US-Lebensmittelkonzern Kraft Heinz strebt eine Fusion mit "
     "dem niederländischen Konkurrenten Unilever an, hat sich mit diesem Vorstoß aber zunächst "
     "eine Abfuhr eingeholt. Kraft Heinz habe das Unternehmen mit 143 Milliarden Dollar "
     "bewertet.\n", "Kraft Heinz will Unilever kaufen"),
    ("Advertisement\nUK markets closed\n  • FTSE 100\n\n    8,213.49\n    +41.34 (+0.51%)\n  "
     "• GBP/USD\n\n    1.2546\n    +0.0013 (+0.11%)\n\nAIRSHOW-Britain inks multi-billion "
     "pound Boeing deals\n\nFARNBOROUGH, England, July 16 (Reuters) - Britain inked deals with "
     "Boeing worth billions of pounds on Monday, buying new aircraft, as the airshow opened.\n\n"
     "The Boeing deals were announced by Britain's defence minister at the airshow.\n",
     "AIRSHOW-Britain inks multi-billion pound Boeing deals"),
    ("Aller au menuAller au contenu\nVous êtes ici :Accueil  Actualités événements  Actualités\n"
     "L'Aubrière a 50 ans !\nSouvenirs et surprises à foison pour une fête d'anniversaire "
     "empreinte de nostalgie et d'émotions le samedi 27 février.\nL'association culturelle et "
     "d'animation de Fondettes fêtait son cinquantième anniversaire le samedi 27 février dans une "
     "salle comble.\n", "L'Aubrière a 50 ans !"),
    ("Ok\nEn poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies. "
     "Ces derniers assurent le bon fonctionnement de nos services.\nLe poisson pourrit par la "
     "tête\nded86aabcf01708a040ee6caa953ece4.jpg\nL'existence d'un nouveau compte suspect de "
     "l'Union des industries et des métiers de la métallurgie a été signalé par Tracfin.\n",
     "Le poisson pourrit par la tête"),
    ("Connettiti con noi\nBusiness\nGoogle apre allo shopping (il suo)\nPronti 30 miliardi di "
     "dollari per acquisizioni fuori dagli Stati Uniti per espandersi in nuovi mercati\nSpese "
     "folli al quartier generale di Google. Secondo quanto riportato in una comunicazione "
     "dell’azienda di Mountain View alla Sec, l’authority di vigilanza sui mercati.\n",
     "Google apre allo shopping (il suo)"),
    # An old article's banner above the headline; a headline ending with an ellipsis
    # (francetvinfo.fr, lespetitscitoyens.com).
    ("Cet article date de plus de treize ans.\nGautier Sauvagnac : 20 millions d’euros à "
     "justifier\nPlus les heures passent et plus le montant des fonds qui a circulé de façon "
     "étrange augmente lui aussi, selon les enquêteurs de la brigade financière.\n",
     "Gautier Sauvagnac : 20 millions d’euros à justifier"),
    ("Le D-Day, 70 ans déjà...\nDu 5 au 7 juin dernier, de grandes cérémonies ont eu lieu pour "
     "commémorer les 70 ans du Débarquement de Normandie, le 6 juin 1944.\n",
     "Le D-Day, 70 ans déjà..."),
    ("Le D-Day, 70 ans déjà…\nDu 5 au 7 juin dernier, de grandes cérémonies ont eu lieu pour "
     "commémorer les 70 ans du Débarquement de Normandie, le 6 juin 1944.\n",
     "Le D-Day, 70 ans déjà…"),
    # A credit, a wire's dateline or a label alone on the first line is no headline
    # (torapamavoa, eleconomista.es, zawya.com).
    ("AFP\nAFP - il y a 4 minutes\nLes enquêteurs, selon ces mêmes sources, estiment que les "
     "retraits de fonds, jusqu'alors estimés à 5,6 millions d'euros, pourraient être beaucoup "
     "plus importants.\n", None),
    ("MADRID, 3 (EUROPA PRESS)\nEl grupo chino Hisense ha alcanzado un acuerdo para adquirir "
     "por 23,7 millones de dólares todas las acciones y activos de la planta de Sharp en "
     "México.\n", None),
    ("PHOTO\nBritish firm MBDA on Friday agreed a 1.9 billion pound deal with Poland to provide "
     "it with a British-designed air defence system, the British government said.\n", None),
    # A headline keeps the title over a caption or a deck the lede echoes more (round 5,
    # laprovence.com; the deck from businesspeople.it).
    ("Le Club de l'Avenir a soufflé 50 bougies\nUne fois lancé, le public présent n'a plus "
     "quitté la piste de danse de toute la soirée !\nUne fois lancé, le public présent n'a plus "
     "quitté la piste de danse de toute la soirée !\nPhoto M.G.\nL'association la plus "
     "ancienne de la commune, le Club de l'Avenir a fêté ses 50 ans d'existence devant un public "
     "présent en nombre, qui a dansé toute la soirée sur la piste.\n",
     "Le Club de l'Avenir a soufflé 50 bougies"),
    ("Google apre allo shopping (il suo)\nPronti 30 miliardi di dollari per acquisizioni fuori "
     "dagli Stati Uniti per espandersi in nuovi mercati\nSpese folli: pronti 30 miliardi di "
     "dollari per acquisizioni fuori dagli Stati Uniti, per espandersi in nuovi mercati, secondo "
     "una comunicazione alla Sec.\n", "Google apre allo shopping (il suo)"),
    # Round 6 (2026-12-05): a widget and a rubric over a headline under which a date line was
    # broken up by the copy (lfm.ch); a tag page's header (n3k6.wordpress.com); numbered skip
    # links (dw.com); a publication line with its update (destimed.fr); a wire's dateline
    # opening a hard-wrapped lede (abamako.com); a standfirst of two sentences (laregione.ch).
    ("Rejoignez-nous\n\nInternational\n\nTrois millions de cas dans le monde, Trump s'en prend "
     "à la Chine\n\nPublié\n\n,\n\nle\n\nLe monde a franchi lundi le seuil symbolique des trois "
     "millions de cas recensés du nouveau coronavirus, selon un décompte de l'AFP.\n",
     "Trois millions de cas dans le monde, Trump s'en prend à la Chine"),
    ("Posts Tagged ‘Saint-Pétersbourg’\n\nRussie: gigantesque incendie d’une fabrique "
     "historique de Saint-Pétersbourg\n\navril 12, 2021\nUn gigantesque incendie continuait de "
     "faire rage lundi soir dans une fabrique historique de Saint-Pétersbourg, d’immenses "
     "flammes et une épaisse fumée noire s’élevant au-dessus du centre-ville.\n",
     "Russie: gigantesque incendie d’une fabrique historique de Saint-Pétersbourg"),
    ("1. Zum Inhalt springen\n  2. Zur Hauptnavigation springen\n  3. Zu weiteren Angeboten der "
     "DW springen\n\nEuro-Not\n\n12. Juni 2003\nDer Verkauf der Deutschen BA an den "
     "Textil-Unternehmer Hans Rudolf Wöhrl zum Preis von einem Euro wäre beinah am Kleingeld "
     "gescheitert, wie der Neueigentümer mitteilte.\n", "Euro-Not"),
    ("Publié le 29 novembre 2016 à 20h51 - Dernière mise à jour le 28 octobre 2022 à 15h43\n"
     "D’une ampleur sans précédent, un système bancaire parallèle qui aurait servi à blanchir "
     "plus de 400M€ issus du trafic de drogue vient d’être découvert.\n", None),
    ("PARIS, 04 nov 2013 (AFP) - Les forces françaises disposent \"d'indications\npermettant de "
     "remonter la trace\" des assassins des deux reporters français\nenlevés et tués à Kidal, au "
     "Nord-Mali, a indiqué lundi matin une source proche\ndu ministre de la Défense.\n", None),
    ("Fondato nel 1954, il gruppo ha finora donato oltre 200mila franchi in beneficenza. Durante "
     "l'anniversario si è guardato anche al futuro\nSettant'anni e non sentirli. Il Rione La "
     "Maccheronata di Chiasso ha festeggiato ufficialmente l'importante traguardo sabato 12 "
     "ottobre al capannone della pista.\n", None),
    # an abbreviation's full stop inside a long headline is no second sentence (eval page)
    ("Vessel Returning to Puerto Rico From St. Thomas With 475 Pounds of Cocaine Intercepted by "
     "Federal Agents, CBP Says\nSections\nVessel Returning to Puerto Rico From St. Thomas With "
     "475 Pounds of Cocaine Intercepted by Federal Agents, CBP Says\nA vessel returning to Puerto "
     "Rico from St. Thomas was stopped by federal agents who found 475 pounds of cocaine.\n",
     "Vessel Returning to Puerto Rico From St. Thomas With 475 Pounds of Cocaine Intercepted by "
     "Federal Agents, CBP Says"),
    # Round 7 of the exploratory test (2026-12-06), the pages' own lines. A section label over
    # a headline that opens with a quotation in guillemets (its "»" is no menu's separator);
    # widget labels above a headline ("À voir:" ended the search as prose does); a repost
    # notice over a wire's lede; a chronology's month heading and a list's first entry where
    # the page has no headline; an agency's label pasted before the headline; a headline of
    # two clauses longer than a label, which the em dash had cut as a site's name.
    ("Société\n\n« Un chiffre imprononçable » : La Russie inflige à Google une amende "
     "colossale\n\n\nDans la continuité de son bras de fer avec Google, l’une des plus grandes "
     "entreprises technologiques mondiales, la Russie cherche à obtenir une somme astronomique.\n",
     "« Un chiffre imprononçable » : La Russie inflige à Google une amende colossale"),
    ("Passer au contenu principal\nÀ voir:\n\nDébut du contenu principal.\n\nInternational\n\n"
     "La Russie impose une amende de 20 000 000 000 000 000 000 000 000 000 000 000 $ à Google\n\n"
     "De l’aveu du Kremlin, la somme est «symbolique».\n\nLa Russie réclame une somme d'argent "
     "en quelque sorte incalculable à Google, selon le média d’État russe TASS: plus de 2 "
     "«indécillions» de roubles - un 2 suivi de 36 zéros\n",
     "La Russie impose une amende de 20 000 000 000 000 000 000 000 000 000 000 000 $ à Google"),
    ("This post was originally published on this site\nHELENA, Mont. (AP) — A quote from "
     "Wyoming’s governor and a local prosecutor were the first things that seemed slightly off to "
     "Powell\nTribune reporter CJ Baker. Then, it was some of the phrases in the stories that "
     "struck him as nearly robotic.\n", None),
    ("Janvier\n\n7 : Russell BANKS, 82 ans, romancier américain ayant écrit sur les classes "
     "populaires.\n\n10 : Jeff BECK, 78 ans, guitariste britannique de légende ayant commencé "
     "avec les Yardbirds.\n\nFévrier\n\n3 : Paco RABANNE, 88 ans, grand couturier espagnol "
     "célèbre pour ses robes en métal.\n", None),
    ("Scott McTominay: Manchester United - Naples, 2024 (30,5 millions d'euros)\nIndésirable à "
     "Old Trafford, adoré à Naples, Scott McTominay a eu un impact remarquable sur Naples depuis "
     "son transfert l'été dernier.\nRivaldo : Deportivo La Corogne - Barcelone, 1997 (23,5 "
     "millions d'euros)\nRevenons en 1997 pour notre prochaine superstar. Après s'être fait un nom "
     "au Deportivo, l'entraîneur du Barça ne pense qu'à une seule personne.\n", None),
    ("AFP Les grands disparus dans le monde en 2020\n\n- Publié le Dimanche 27 Décembre 2020 à "
     "09:24 | Lu 47 fois\n\n(AFP) Maradona, Sean Connery, Kobe Bryant, Kenzo, Kirk Douglas ou "
     "Hosni Moubarak: voici quelques-unes des personnalités disparues dans le monde en 2020.\n",
     "Les grands disparus dans le monde en 2020"),
    ("Évaluation des enquêteurs : la liste secrète aurait atteint le bureau du Premier ministre — "
     "le défi majeur reste d’identifier la source de la fuite\n\n0\n27\nSoyez le premier informé "
     "- Rejoignez notre page Facebook.\n\nSelon des sources proches de l’enquête, une liste "
     "hautement confidentielle comprenant les noms de six agents aurait été transmise.\n",
     "Évaluation des enquêteurs : la liste secrète aurait atteint le bureau du Premier ministre — "
     "le défi majeur reste d’identifier la source de la fuite"),
])
def test_a_pasted_page_s_title_is_its_headline_not_the_menu_word_above_it(text, title):
    doc = load(text.encode(), "a.txt")
    seg = segment(doc)
    assert seg.title == title


@pytest.mark.parametrize("line", [
    # Round 3 of the exploratory test (2026-12-05): La Dépêche's comment box, a syndicated
    # story's furniture, an image credit.
    "Voir les commentaires", "Réagir",
    "Vous avez droit à 3 commentaires par jour. Pour contribuer en illimité, abonnez vous. S'abonner",
    "Souhaitez-vous recevoir une notification lors de la réponse d’un(e) internaute à votre "
    "commentaire ?",
    "Credits image : Austin Distel / Unsplash", "Lire sur La Presse", "Publié le , mis à jour",
    "Publié le",
    "Sign up for notifications from Insider! Stay up to date with what you want to know.",
    "Read the original article on Business Insider UK. Copyright 2017. Follow Business Insider "
    "UK on Twitter.",
    # Rounds 4 and 5 (2026-12-05): francetvinfo's metadata lines, a cookie notice, a sponsor's
    # line, skip links, a breadcrumb, Milenio's copyright footer, a social prompt.
    "Temps de lecture : 1min", "Article rédigé par franceinfo", "Publié Mis à jour",
    "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
    "Avec notre partenaire Brevo, dotez vous d'une boîte à outils marketing complète",
    "Aller au menuAller au contenu", "Vous êtes ici :Accueil  Actualités événements",
    "Springe direkt zu:", "Cet article date de plus de treize ans.",
    "Queda prohibida la reproducción total o parcial del contenido de esta página, mismo que es "
    "propiedad de MILENIO DIARIO, S.A. DE C.V.", "Connettiti con noi",
    "(Radio France © France Info)",
])
def test_page_furniture_under_the_article_is_boilerplate(line):
    text = ("Les 50 ans réussis du comité des fêtes\n\nLes infatigables bénévoles du comité des "
            "fêtes ont voulu marquer cet anniversaire en concoctant avec soin un programme "
            "d'animations, a expliqué son président.\n\n" + line + "\n")
    doc = load(text.encode(), "a.txt")
    seg = segment(doc)
    (kind,) = [s.kind for s in seg.spans if doc.text[s.start:s.end] == line]
    assert kind is SpanKind.BOILERPLATE


@pytest.mark.parametrize(("line", "title"), [
    ("Titre | Le Journal", "Titre"),
    ("Budget 2026 : le gouvernement revoit sa copie - Le Quotidien",
     "Budget 2026 : le gouvernement revoit sa copie"),
    # a "›" or "•" separator; a site's name in lower case or as a domain (an en dash is
    # folded to "-" before the cues read it)
    ("Grundeinkommen ist ein Menschenrecht! › Piratenpartei Mecklenburg-Vorpommern",
     "Grundeinkommen ist ein Menschenrecht!"),
    ("Beauty-Tipps, die jede Braut kennen sollte • crazy-julia.de",
     "Beauty-Tipps, die jede Braut kennen sollte"),
    ("Gefällt mir - jovelblog", "Gefällt mir"),
    ("Schwierige Gespräche: so geht’s! - speicherguide.de", "Schwierige Gespräche: so geht’s!"),
    ("Ein Albtraum - DER SPIEGEL 52/2018", "Ein Albtraum"),
    ("Wir unterstützen Fridays for Future - Piratenpartei Marburg-Biedenkopf",
     "Wir unterstützen Fridays for Future"),
    # a headline's own dash is no site's name, nor a date after one
    ("Brexit - le vote des députés", None),
    # nor an em dash before a clause, nor a quotation's closing guillemet (round 7); an em dash
    # before a name is a separator still
    ("Évaluation des enquêteurs : la liste secrète aurait atteint le bureau du Premier ministre "
     "— le défi majeur reste d’identifier la source de la fuite", None),
    ("« Un chiffre imprononçable » : La Russie inflige à Google une amende colossale", None),
    ("Le budget de la ville en hausse — Ouest-France", "Le budget de la ville en hausse"),
    ("Wochenbericht 14. - 20. Januar 2022", None),
    ("Salzburg - Radfahren in der Weltstadt", None),
])
def test_a_page_title_line_s_site_name(line, title):
    from audit.segment.cues import has_site_name, without_site_name

    assert has_site_name(line) is (title is not None)
    if title is not None:
        assert without_site_name(line) == title


def test_a_run_of_teasers_cut_by_an_ellipsis_is_furniture():
    # Round 5 of the exploratory test (2026-12-05, universfreebox.com): other articles'
    # excerpts under the sources, each cut in mid-phrase; a paragraph ending with a stylistic
    # ellipsis on its own stays in the article.
    text = ("Altice USA rachète ses actions pour 2,5 milliards\n"
            "Altice USA pose 2,5 milliards de dollars sur la table pour racheter son capital. Le "
            "groupe américain a annoncé une opération de rachat d’actions visant à obtenir 13 à 14% "
            "de son capital.\n"
            "Ce n’est pas le premier rodéo pour Altice USA, qui a déjà racheté ses propres actions "
            "pour plus de 5 milliards de dollars depuis 2018. Et ce n'est sans doute pas le dernier…\n"
            "Source : Les Echos\n"
            "Tahar Rahim, Timothée Chalamet, Adam Sandler ou encore Isabelle Huppert et Kirsten "
            "Dunst, les stars…\n"
            "De nouvelles tentatives d'escroqueries visent actuellement les abonnés Free. Les "
            "cybercriminels utiliseraient selon 01NET les…\n"
            "Le service à la demande Canal+ a été impacté hier par un incident technique sur…\n")
    doc = load(text.encode(), "a.txt")
    kinds = {doc.text[s.start:s.end][:20]: s.kind for s in segment(doc).spans}
    assert kinds["Ce n’est pas le prem"] is SpanKind.BODY
    for teaser in ("Tahar Rahim, Timothé", "De nouvelles tentati", "Le service à la dema"):
        assert kinds[teaser] is SpanKind.BOILERPLATE


def test_an_empty_thread_s_label_and_login_prompt_are_not_the_article():
    # Round 5 (2026-12-05, francetvinfo.fr): the thread's label and its login prompt under the
    # article, no comment yet.
    text = ("Gautier Sauvagnac : 20 millions d’euros à justifier\n"
            "Plus les heures passent et plus le montant des fonds qui a circulé de façon étrange "
            "augmente lui aussi, selon les enquêteurs de la brigade financière.\n"
            "Sur le plan judiciaire, c’est donc le parquet de Paris qui a ouvert une enquête "
            "préliminaire sur ces retraits d'espèces, confiée à la brigade financière.\n"
            "Commentaires\n"
            "Connectez-vous à votre compte franceinfo pour participer à\n")
    doc = load(text.encode(), "a.txt")
    kinds = {doc.text[s.start:s.end]: s.kind for s in segment(doc).spans}
    assert kinds["Commentaires"] is not SpanKind.BODY
    assert kinds["Connectez-vous à votre compte franceinfo pour participer à"] is not SpanKind.BODY


def test_a_heading_with_a_widget_s_words_stays_a_heading():
    # The session's review: "connecting to …" is a comment widget's wording, and the empty
    # thread's furniture rule took this heading for one; a widget counts only beside the
    # thread's label or its form.
    body = ("The utility said on Tuesday it would spend 2 billion dollars on new lines over the "
            "next five years, according to a statement released to investors.\n")
    text = "Utility plans big grid upgrade\n\n" + body + "\nConnecting to the grid\n\n" + body
    doc = load(text.encode(), "a.txt")
    kinds = {doc.text[s.start:s.end]: s.kind for s in segment(doc).spans}
    assert kinds["Connecting to the grid"] is SpanKind.HEADING


def test_spans_of_some_kinds_asked_again_are_the_same_selection():
    """Spans.of_kind keeps what it selected for the kinds asked: the same object when asked
    again, and each set of kinds its own selection, equal to one made afresh."""
    from array import array

    from audit.model import SpanKind, Spans

    kinds = [SpanKind.TITLE, SpanKind.BODY, SpanKind.BOILERPLATE, SpanKind.BODY]
    spans = Spans(bytes(Spans.from_offsets([(0, 1)], [k])._kinds[0] for k in kinds),
                  array("q", [0, 5, 9, 14]), array("q", [4, 8, 13, 20]))
    body = spans.of_kind(SpanKind.BODY)
    assert spans.of_kind(SpanKind.BODY) is body
    assert [(s.start, s.end) for s in body] == [(5, 8), (14, 20)]
    assert [(s.start, s.end) for s in spans.of_kind(SpanKind.TITLE, SpanKind.BOILERPLATE)] == [(0, 4), (9, 13)]
    assert spans.of_kind(SpanKind.BODY) == Spans(body._kinds, array("q", [5, 14]), array("q", [8, 20]))


def test_a_selection_is_kept_once_whatever_the_order_of_its_kinds_and_not_in_a_result():
    # the session's review: (TITLE, BODY, HEADING) and (BODY, HEADING, TITLE) were two copies,
    # and a batch's results held every selection (20,000 short lines: 2.4 MB over 340 KB)
    from audit.model import SpanKind
    from audit.pipeline import audit_article
    from audit.settings import Settings

    result = audit_article(b"Titre\n\n" + b"Une ligne du texte, selon l'AFP.\n" * 50, "a.txt", Settings())
    spans = result.seg.spans
    assert spans._selected is None
    first = spans.of_kind(SpanKind.TITLE, SpanKind.BODY, SpanKind.HEADING)
    assert spans.of_kind(SpanKind.HEADING, SpanKind.TITLE, SpanKind.BODY) is first


def test_a_markdown_front_matter_title_is_the_title():
    """Round 7 (stopvog.com, as Markdown): the front matter's title, repeated as the text's first
    line, was read as the site's tagline over the subheading the lede echoes, and the subheading
    became the title."""
    text = ("---\ntitle: \"Philips règle le scandale des respirateurs médicaux aux Etats-Unis : "
            "incroyable dénouement !\"\nlang: fr\n---\n\nPhilips règle le scandale des respirateurs "
            "médicaux aux Etats-Unis : incroyable dénouement !\n\nPhilips règle un litige à 1,1 "
            "milliard de dollars\n\nCela coûtera 1,1 milliard de dollars (1,03 milliard d’euros) à "
            "l’entreprise, mais ses actionnaires sont ravis : le néerlandais Philips a annoncé, lundi "
            "29 avril, qu’il entendait régler ses litiges avec des utilisateurs américains de ses "
            "respirateurs.\n")
    doc = load(text.encode(), "a.md")
    seg = segment(doc)
    assert seg.title == ("Philips règle le scandale des respirateurs médicaux aux Etats-Unis : "
                         "incroyable dénouement !")
    kinds = {doc.text[s.start:s.end].strip(): s.kind for s in seg.spans}
    assert kinds[seg.title] is SpanKind.TITLE
    assert kinds["Philips règle un litige à 1,1 milliard de dollars"] is SpanKind.HEADING


def test_a_breadcrumb_above_the_front_matter_title_stays_furniture():
    """The merge's check on round 4's nouvellesdumonde.com page as Markdown: with the front
    matter's title, the breadcrumb above its line (the title with a typographic apostrophe,
    folded in the text) had become body."""
    text = ("---\ntitle: \"L’Amicale des retraités du canton de Pissos : 45 ans d’engagement et de "
            "convivialité\"\n---\n\nHome » Sciences et technologies » L’Amicale des retraités du "
            "canton de Pissos : 45 ans d’engagement et de convivialité\n\n# L’Amicale des retraités "
            "du canton de Pissos : 45 ans d’engagement et de convivialité\n\nby Nouvelles\n\n"
            "C’était en février 1974, dans la foulée des Trente Glorieuses. Une génération atteignait "
            "l’âge de la retraite et, avec les nouvelles opportunités, comptait bien en profiter.\n")
    doc = load(text.encode(), "a.md")
    kinds = [(doc.text[s.start:s.end][:4], s.kind) for s in segment(doc).spans]
    assert kinds[:2] == [("Home", SpanKind.BOILERPLATE), ("# L’", SpanKind.TITLE)]


_TITLES = Path(__file__).parent / "data" / "titles"


@pytest.mark.parametrize(("name", "title"), [
    # Round 8 of the blind test (2026-12-05), the pages as the tester pasted them: a list's
    # bullet before the headline; a date line with its label ("En date du : …"), a byline and
    # a breadcrumb ending with the headline shown below it, each taken for the title; a
    # headline of a number and a word ("100 ans !") read as a date line; a headline ending
    # with a spaced ellipsis; a date line between the site's tagline and the headline; a
    # rubric over the headline and its date line; a cookie notice and a calendar's date line
    # over a headline longer than a label, which the lede repeats word for word.
    ("bullet_land_rover.txt", "Les chiffres du Land Rover Defender"),
    ("dateline_mbappe.txt", None),
    ("byline_por.txt", None),
    ("breadcrumb_home.txt", "The giant from the United Arab Emirates enters Europe strongly: "
                            "A ‘unique agreement’ has been reached"),
    ("headline_100_ans.txt", "100 ans !"),
    ("spaced_ellipsis_latimes.txt", "In the Beginning . . ."),
    ("tagline_lampertheim.txt", "Lebendige Erinnerungen und Wünsche für die Zukunft"),
    ("section_ilec.txt", "Ils ont l’âge de l’Ilec - Numéro 403"),
    ("cinquantamila.txt", "Quest’ultimo Independence Day è stato davvero fortunato per un signore "
                          "(o una signora) che ha acquistato un biglietto della lotteria ”Mega "
                          "Millions” a Lowell, nel Massachusetts (Usa)"),
])
def test_a_pasted_page_s_title_round_8(name, title):
    doc = load((_TITLES / name).read_bytes(), name)
    assert segment(doc).title == title


_ROUNDS = Path(__file__).parent / "data" / "blind_rounds"


@pytest.mark.parametrize(("name", "title"), [
    # Round 9 of the blind test (2026-12-05), the pages as the testers pasted them: a plugin's
    # shortcode "[ad_1]" over a spun Reuters copy was taken for the title; the headline under
    # a teaser sentence that echoes it was missed; a <title> line whose site name ends with a
    # firm's legal form ("TRC-Sadovod S.E.N.C.R.L., s.r.l.") was not cut, so the headline shown
    # under it was missed; a ticker of other stories' headlines, each after a bare "-", gave
    # its first for the title of a page with none of its own.
    ("round9b/inputs/en06_redd-it.txt", None),
    ("round9b/inputs/de03_thueringer-allgemeine.txt",
     "75 Jahre Kriegsende: Stilles Gedenken auf dem Ehrenfriedhof"),
    ("round9b/inputs/fr23_trc-sadovod.txt",
     "Les clauses relatives aux effets défavorables importants dans un monde soumis à la COVID-19"),
    ("round9a/inputs/fr25_libema.txt", None),
])
def test_a_pasted_page_s_title_round_9(name, title):
    doc = load((_ROUNDS / name).read_bytes(), name)
    assert segment(doc).title == title


def test_a_teaser_sentence_over_a_section_heading_gives_no_title():
    # The teaser's rule asks the heading to be echoed by the line above it and the lede
    # under it: a first paragraph over an unrelated section heading is no teaser.
    text = ("Le conseil municipal s'est réuni lundi soir pour voter le budget de l'année.\n\n"
            "Les travaux de voirie reportés\n\n"
            "La réfection de la rue des Écoles, prévue au printemps, attendra l'automne faute "
            "d'entreprise disponible, a expliqué l'adjoint chargé des travaux aux élus.\n")
    assert segment(load(text, "x.txt")).title is None


@pytest.mark.parametrize(("name", "title"), [
    # Round 10 of the blind test (2026-12-05), the repro files: a loading placeholder, a
    # breadcrumb's root ("Home » …"), a paper's edition line and a photo's caption with its
    # credit in brackets, each taken for the title; a headline closed by a full stop, missed;
    # a site's address with a store's date tag, and an agenda's date range, taken for it.
    ("round10b/repro/en05_title_loading.txt", None),
    ("round10b/repro/fr07_title_home.txt",
     "Procès des magistrats et autres : il a beaucoup été question de millions"),
    ("round10b/repro/fr03_title_publication.txt",
     "35 ans de mandat d’Olivier Paz : «on a le sentiment d’avoir été des pionniers…»"),
    ("round10b/repro/fr15_title_caption.txt",
     "Quelque 7,5 milliards de francs d’avoirs russes sont bloqués en Suisse"),
    ("round10b/repro/fr16_title_missed.txt", "La France offre 36 millions de $ au Burkina Faso."),
    ("round10b/repro/fr16_num007_control_nodateline.txt",
     "La France offre 36 milliards de $ au Burkina Faso."),  # the mutation m10's headline
    ("round10a/repro/r10_date_title_blog_byline.txt", "Place de la fontaine - inauguration ."),
    ("round10a/repro/r11_date_title_forum_post.txt", "Sources"),  # the subject after the stamp
    ("round10a/repro/r12_title_store_tag_sitename_it.txt", None),
    ("round10a/repro/r13_title_agenda_and_label.txt", None),
])
def test_a_pasted_page_s_title_round_10(name, title):
    doc = load((_ROUNDS / name).read_bytes(), name)
    assert segment(doc).title == title


def test_a_first_sentence_the_lede_does_not_echo_is_no_headline():
    # A short first sentence closed by a full stop, with nothing under it that repeats it and
    # no date line: the article's first paragraph, not a headline.
    text = ("Le conseil municipal s'est réuni lundi soir.\n\n"
            "La réfection de la rue des Écoles, prévue au printemps, attendra l'automne faute "
            "d'entreprise disponible, a expliqué l'adjoint chargé des travaux aux élus.\n")
    assert segment(load(text, "x.txt")).title is None


@pytest.mark.parametrize("name", [
    # A lede's first sentence and a portrait's caption closed by a full stop, which the text
    # under them echoes: no headline (round 10b's en02, round 8's brefeco and truestories).
    "round10b/inputs/en02_pressgazette.txt",
    "round8/inputs/08_brefeco_french-tech-lyon.txt",
    "round8/inputs/23_truestories_samsung-scandale.txt",
])
def test_a_first_sentence_closed_by_a_full_stop_is_no_headline(name):
    doc = load((_ROUNDS / name).read_bytes(), name)
    assert segment(doc).title is None


def test_a_page_title_named_by_a_menu_word_is_no_breadcrumb():
    # "Gefällt mir" is a like button's words, but before a dash it is the post's title, not a
    # breadcrumb's root (only "Home »", "Accueil ›" are: fr07 of round 10b).
    text = ("Gefällt mir – jovelblog\n\nBlog\nArchiv\nKontakt/Impressum\n\nGefällt mir\n\n"
            "11.09.2011, 16:20 von jovelstefan\n\nManchmal überrascht einen der Alltag ja mit "
            "kleinen Freuden und Niedlichkeiten, wie ich unlängst auf einem Spaziergang durch "
            "Eimsbüttel erfahren durfte.\n")
    assert segment(load(text, "x.txt")).title == "Gefällt mir"


def test_a_stamp_whose_tail_is_no_line_above_names_no_subject():
    # The stamp's tail must repeat a line under the first one: a room after an event's time
    # is no post's subject, and the site's line stays the title it was.
    text = ("Le site du parti de l'In-nocence\n\nRéunion publique\n\n"
            "01 juillet 2010, 20:49   Salle des fêtes\n\nBien chers amis, Renaud Camus soulève un "
            "point très important, celui des sources et de leur fiabilité dans nos débats.\n")
    assert segment(load(text, "x.txt")).title == "Le site du parti de l'In-nocence"


def test_a_caption_closed_by_its_bracketed_credit_is_not_the_title():
    # rts.ch's caption over its headline, a caption's cue before its credit (the shape of round
    # 10b's fr15, "(image d'illustration). [Keystone - Gabriele Putzu]"), its "Publié" label
    # under it. A bare "[RTS]" is no longer read: "… [AFP]" ends body paragraphs.
    text = ("Les moments forts de la RTS en 2022 (image d'illustration). [RTS]\nPublié\n\nLe voyage des fripes, le trésor "
            "du glacier, l'horreur de Boutcha: dix moments forts sur la RTS en 2022\n\nDe Boutcha, "
            "en Ukraine, à une salle de bains suisse, en passant par Pékin, les journalistes de la "
            "RTS sont allés tourner des reportages et recueillir des témoignages rares.\n")
    assert segment(load(text, "x.txt")).title == ("Le voyage des fripes, le trésor du glacier, "
                                                  "l'horreur de Boutcha: dix moments forts sur la "
                                                  "RTS en 2022")


@pytest.mark.parametrize(("name", "title"), [
    # Round 11 of the blind test (2026-12-06), the repro files and pages: a terms-of-use banner
    # and a masthead's date line over the headline; an ad's label; a headline under an ad's
    # line and a breadcrumb; print links; a transcript's label, menu items glued to the
    # headline; a headline on two lines.
    ("round11a/repro/r09_title_terms_banner_and_masthead_date.txt",
     "Apple to Pay $16.5M for Shareholder Deception"),
    ("round11a/repro/r10_title_ad_label.txt", None),
    ("round11a/repro/r11_title_missed_after_breadcrumb.txt",
     "57 milliards de dollars de la Banque mondiale pour l’Afrique"),
    ("round11b/repro/r13_title_print_furniture.txt", "Question écrite n° 5-1995"),
    ("round11b/repro/r15_title_speech_to_text_prefix.txt", "City council passes budget"),
    ("round11a/inputs/fr20_lafrenchcom.txt",
     "Changements de direction, management succession et communication de gouvernance : "
     "stratégie et gestion des risques en France"),
    ("round11a/inputs/fr26_lavoutesurloire.txt", "Allocution de Madame le Maire Laetitia Cornu"),
    ("round11a/inputs/it02_ilmessaggero.txt",
     'Terremoto: "sciacallo" arrestato dai carabinieri ad Amatrice'),
    # a deck after a blank line and a byline in lower case are no second line of the headline
    ("round6/inputs/25_asbh_acs_40ans.txt", "Association culturelle et sportive"),
    ("round10a/inputs/fr20_academiesmp.txt", "Séance ordinaire du 26 mars 2018"),
])
def test_a_pasted_page_s_title_round_11(name, title):
    doc = load((_ROUNDS / name).read_bytes(), name)
    assert segment(doc).title == title


_LEDE = ("The city council on Monday approved a $2 million budget for the new library, which "
         "will open next spring, officials said.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a privacy notice's banner over the headline, another wording
    ("Our Privacy Policy has changed\n\nWe have updated our Privacy Policy. By continuing to use "
     "this site you accept the changes.\n\nCity council approves new library budget\n\n" + _LEDE,
     "City council approves new library budget"),
    # a story about a site's terms keeps its headline
    ("Twitter changes its Terms of Service\n\nTwitter changed its terms of service on Monday, "
     "letting the company use posts to train its models, the firm said in a statement.\n\n"
     "Users have until next month to accept the new terms or close their accounts, it said.\n",
     "Twitter changes its Terms of Service"),
    # an ad's label with spaces; a headline about advertising stays
    ("- Publicité -\n\nLa publicité en ligne recule de 5 % en 2023\n\nLe marché de la publicité "
     "en ligne a reculé de 5 % l'an dernier, selon le syndicat des régies internet.\n",
     "La publicité en ligne recule de 5 % en 2023"),
    # menu items glued to the headline; a brand's capitals inside a word are no menu
    ("MenuAccueilLe conseil municipal vote le budget de la médiathèque\n\nLe conseil municipal a "
     "voté lundi soir le budget de la future médiathèque, qui ouvrira au printemps.\n",
     "Le conseil municipal vote le budget de la médiathèque"),
    ("YouTube supprime des milliers de vidéos de désinformation\n\nLa plateforme YouTube a "
     "supprimé des milliers de vidéos de désinformation ces derniers mois, a annoncé Google.\n",
     "YouTube supprime des milliers de vidéos de désinformation"),
    # a headline that opens with the transcript label's words keeps them
    ("Speech to text for doctors: a new app transcribes visits\n\nA new app transcribes what "
     "doctors and patients say during visits, its maker said on Monday in a statement.\n",
     "Speech to text for doctors: a new app transcribes visits"),
    ("HomePod mini gets a new software update\n\nApple released a software update for the "
     "HomePod mini on Monday, bringing new features to the smart speaker.\n",
     "HomePod mini gets a new software update"),
    # a headline's second line in lower case, right under it
    ("Incendie à Lyon : deux immeubles évacués\ndans le quartier de la Guillotière\n\nLes pompiers "
     "sont intervenus dans la nuit de lundi à mardi pour un incendie, a indiqué la préfecture.\n",
     "Incendie à Lyon : deux immeubles évacués dans le quartier de la Guillotière"),
])
def test_furniture_around_a_pasted_headline_is_not_its_title(text, title):
    assert segment(load(text, "x.txt")).title == title


def test_the_breadcrumb_over_a_headline_it_ends_with_is_furniture():
    # round 11a (fr10): "Accueil / Affaires / <the headline>" under an ad's line, over the
    # headline: furniture (its figure got CIT008), the line under it the title
    name = "round11a/repro/r11_title_missed_after_breadcrumb.txt"
    doc = load((_ROUNDS / name).read_bytes(), name)
    seg = segment(doc)
    kinds = {doc.text[s.start:s.end].split(" / ")[0]: s.kind for s in seg.spans}
    assert kinds["Accueil"] is SpanKind.BOILERPLATE
    assert seg.title == "57 milliards de dollars de la Banque mondiale pour l’Afrique"


def test_a_body_paragraph_ending_in_a_wire_or_an_editors_mark_stays_body():
    # Review item 1 (/tmp/s25/p/t4.txt): "[AFP]", "[Mis à jour]" end body paragraphs; only a
    # photo credit (agency and photographer apart, or after a caption's cue) closes a caption.
    text = ("Incendie à Lyon : un immeuble évacué\n\nUn incendie s'est déclaré mardi dans un "
            "immeuble du 7e arrondissement, a indiqué la préfecture du Rhône.\n\nLes pompiers "
            "sont intervenus vers 4 heures du matin. Aucun blessé n'est à déplorer. [AFP]\n\n"
            "Le maire s'est rendu sur place. [Mis à jour]\n")
    seg = segment(load(text, "x.txt"))
    doc = load(text, "x.txt")
    kinds = [(sp.kind.value, doc.text[sp.start:sp.end]) for sp in seg.spans]
    assert ("body", "Les pompiers sont intervenus vers 4 heures du matin. Aucun blessé n'est à "
            "déplorer. [AFP]") in kinds
    assert ("body", "Le maire s'est rendu sur place. [Mis à jour]") in kinds
    lex = get_lexicon()
    assert lex.boilerplate.matches("Des milliards de fonds russes sont bloqués en Suisse (image "
                                   "d'illustration). [Keystone - Gabriele Putzu]")
    assert lex.boilerplate.matches("Le président lors de sa visite à Berne. [Reuters/Denis "
                                   "Balibouse]")
    assert not lex.boilerplate.matches("Le montant a été versé en numéraire. [Reuters]")
    assert not lex.boilerplate.matches("Les sanctions ont été reconduites. [AFP/Reuters]")


@pytest.mark.parametrize("title", ["Festival d'Avignon (édition 2024)",
                                   "Tour de France (édition du centenaire)"])
def test_an_edition_in_a_headline_is_no_masthead(title):
    # Review item 5: a year or "du …" after "édition" is a headline's; a masthead's edition is
    # a name ("Le Pays d'Auge (Édition Littoral)", round 10b fr03, tested above).
    text = (f"{title}\n\nLe festival a ouvert ses portes samedi, a indiqué la direction.\n\n"
            "La billetterie affiche complet, selon les organisateurs.\n")
    assert segment(load(text, "x.txt")).title == title
    assert get_lexicon().boilerplate.matches("Le Pays d'Auge (Édition Littoral)")


@pytest.mark.parametrize("dating", ["publié il y a trois heures", "mis à jour hier soir",
                                    "three hours ago"])
def test_a_dating_line_under_the_headline_is_not_its_second_line(dating):
    # Review item 6 (/tmp/s25/p/t2.txt): a short lower-case line glued to the headline is its
    # second line ("… arrestato" / "dai carabinieri ad Amatrice", round 11a, above), not a date
    # in words, which the date cues read
    text = (f"Le maire de Lyon démissionne\n{dating}\n\nLe maire de Lyon a annoncé sa démission "
            "lundi, a indiqué la mairie dans un communiqué.\n\nIl restera en poste jusqu'à "
            "l'élection de son successeur, a précisé son entourage.\n")
    assert segment(load(text, "x.txt")).title == "Le maire de Lyon démissionne"


def test_a_paragraph_ending_in_a_wire_credit_keeps_its_findings():
    # Review item 1's probe (/tmp/s25/p/t5.txt): both body paragraphs end in a wire's credit;
    # they stay body, so CIT004 and NUM001 read them
    import datetime as dt

    from audit.pipeline import audit_article
    from audit.settings import Settings

    text = ("Le rachat de Twitter bouclé\n\nElon Musk a finalisé le rachat de Twitter jeudi, selon "
            "des sources proches du dossier. [AFP]\n\nLe montant, 44 milliards de dollars (30 "
            "milliards d'euros), a été versé en numéraire. [Reuters]\n\nLe conseil "
            "d'administration a été dissous, a indiqué l'entreprise.\n")
    result = audit_article(text.encode(), "t5.txt", Settings(published=dt.date(2022, 10, 28)))
    assert {"CIT004", "NUM001"} <= {f.rule for f in result.findings}


def test_a_headline_under_a_photo_s_bulleted_caption_and_credit_is_the_title():
    # round 29a (nl01): "• <caption>" / "Martin Monkel" over "Collegeleden benoemd", which
    # the lede echoes: the headline, not none
    name = "round29a/inputs/nl01_houtensnieuws.txt"
    seg = segment(load((_ROUNDS / name).read_bytes(), name))
    assert seg.title == "Collegeleden benoemd"


@pytest.mark.parametrize("name", [
    "round8/inputs/19_lecho_bloomberg-empire.txt",  # an intertitle under a quoted paragraph
    "round16b/inputs/it01_notizie.txt",  # a first line over sections of the same shape
])
def test_an_intertitle_near_the_top_of_a_paste_with_no_headline_is_no_title(name):
    assert segment(load((_ROUNDS / name).read_bytes(), name)).title is None


def test_a_column_listing_s_bulleted_items_give_no_title():
    # gemeente.emmen.nl/column-burgemeester: each column a bulleted title, teaser and caption
    text = ("default iconColumn burgemeester\n\nRSS-feed\n  • Stem\n\n    Op verkiezingsdag worden "
            "burgemeesters vroeg wakker als een jongetje op zijn vijfde verjaardag.\n\n    Voorkant "
            "van een stempas\n  • (Com)passie\n\n    Als we het oude kroegje in de volksbuurt van "
            "Utrecht binnen stappen, is het nog rustig.\n\n    Theaterzaal met rode gordijnen dicht\n")
    assert segment(load(text.encode(), "a.txt")).title not in ("Stem", "(Com)passie")


@pytest.mark.parametrize("html, title", [
    # round 18b (de01, n-tv): the kicker in the <h1>, the <title> the headline
    ("<html><head><title>Unfall mit Einsatzfahrzeug: Drei Polizisten schwer verletzt - n-tv.de"
     "</title></head><body><h1><span>Berlin &amp; Brandenburg</span> Unfall mit Einsatzfahrzeug: "
     "Drei Polizisten schwer verletzt</h1><p>Bei einem Unfall mit einem Einsatzfahrzeug sind in "
     "Berlin drei Polizisten schwer verletzt worden, wie die Polizei am Morgen mitteilte.</p>"
     "</body></html>", "Unfall mit Einsatzfahrzeug: Drei Polizisten schwer verletzt"),
    # an <h1> longer than its <title> by a whole clause keeps it: no kicker of a few words
    ("<html><head><title>Drei Polizisten schwer verletzt</title></head><body><h1>Nach dem Unfall "
     "am Montag in Berlin: Drei Polizisten schwer verletzt</h1><p>Bei einem Unfall mit einem "
     "Einsatzfahrzeug sind drei Polizisten schwer verletzt worden.</p></body></html>",
     "Nach dem Unfall am Montag in Berlin: Drei Polizisten schwer verletzt"),
])
def test_a_kicker_glued_in_the_h1_before_the_title_s_headline_is_no_part_of_it(html, title):
    assert segment(load(html.encode(), "a.html")).title == title


def test_an_h1_with_its_kicker_from_a_round_reads_as_its_title_line():
    # round 23b (de02, Westfalen-Blatt): "Kriminalität" before the headline in the <h1>
    name = "round23b/inputs/de02_westfalenblatt.html"
    seg = segment(load((_ROUNDS / name).read_bytes(), name))
    assert seg.title == "Zweite Festnahme bei SEK-Einsatz in Sachsen bestätigt"
