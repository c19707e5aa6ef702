"""page_kind reads the text where markup leaves news against another article open (og:type
article, schema.org Article, none): on real pages of ../shared/eval/trafilatura."""

from __future__ import annotations

import json
import re
import sys

import jsonschema

from audit.extract.pagekind import ShapeModel, markup_kind
from audit.load import load
from audit.pipeline import audit_article, audit_document
from audit.schema import output_schema
from audit.settings import Settings
from tests.conftest import OPT_IN_CIT, ROOT

sys.path.insert(0, str(ROOT / "bench"))
import train_page_kind  # noqa: E402

PAGES = train_page_kind.PAGES


def _audit(name: str):
    assert PAGES.exists(), f"the labelled pages are missing: {PAGES}"
    return audit_article((PAGES / name).read_bytes(), name, Settings())


def test_a_wire_story_marked_only_og_type_article_is_news_by_its_text():
    # Reuters on vancouversun.com: "Microsoft Corp said on Thursday…", quotations of Nadella
    # and Brad Smith; its markup says og:type article only (before: article, rules off).
    result = _audit("vancouversun.com.microsoft.html")
    assert markup_kind(load((PAGES / "vancouversun.com.microsoft.html").read_bytes()).meta)[:2] == \
        ("article", "og:type article")
    assert result.facts.page_kind == "news"
    assert "its text reads as news" in result.facts.page_kind_reason
    assert not any("page kind" in n for n in result.notes)


def test_a_how_to_with_code_and_you_stays_an_article():
    # statisticsglobe.com: "you" and R code blocks under og:type article.
    result = _audit("statisticsglobe.com.ggplot2.html")
    assert result.facts.page_kind == "article"
    assert "code blocks" in result.facts.page_kind_reason
    assert any("page kind article" in n and "CIT001" in n for n in result.notes)


def test_a_sites_own_og_type_settles_no_news():
    result = _audit("mesopinions.com.mutilation.html")  # a petition
    assert (result.facts.page_kind, result.facts.page_kind_reason) == \
        ("article", "og:type mes-opinions:petition")


def test_french_html_under_generic_markup_is_read_as_its_text_pasted():
    # regards.fr: a French news report under og:type article; the model was not measured
    # precise on French, so the markup does not overrule the text: the page is read as the
    # same text pasted is (an article, the citation rules run; round 29b, r08).
    result = _audit("regards.fr.enquetes.html")
    assert result.facts.page_kind == "article" and result.facts.kind_as_draft
    assert result.facts.page_kind_reason.endswith("read as its text pasted would be")
    assert not any(n.startswith("page kind") for n in result.notes)


def test_og_type_article_alone_does_not_skip_the_citation_rules():
    # round 29b, r08: a French story under og:type article, no NewsArticle JSON-LD: before,
    # kind article and CIT001-003/005-008 off, while its text pasted got CIT002 and CIT007
    folder = BLIND / "round29b" / "repro"
    html = audit_article((folder / "r08_ogtype_article_skips_cit.html").read_bytes(),
                         "r08.html", OPT_IN_CIT)  # CIT007 is opt-in in French
    text = audit_article((folder / "r08c_same_text_as_txt.txt").read_bytes(), "r08c.txt", OPT_IN_CIT)
    assert sorted(f.rule for f in html.findings) == sorted(f.rule for f in text.findings) == \
        ["CIT002", "CIT007", "CIT007"]
    # round 10b's fr11, a real French news page under og:type article, now reads its text too
    result = audit_article((BLIND / "round10b" / "repro" / "fr11_cit001_pagekind.html").read_bytes(),
                           "fr11_cit001_pagekind.html", Settings())
    assert result.facts.kind_as_draft and not any(n.startswith("page kind") for n in result.notes)


def test_markup_that_settles_no_news_or_a_measured_language_keeps_the_rules_off():
    # the same French page marked BlogPosting: the markup settles it, no citation rule runs
    page = (BLIND / "round29b" / "repro" / "r08_ogtype_article_skips_cit.html").read_text(encoding="utf-8")
    blog = page.replace('<meta property="og:type" content="article">',
                        '<script type="application/ld+json">{"@type": "BlogPosting"}</script>')
    result = audit_article(blog, "blog.html", Settings())
    assert result.facts.page_kind == "article" and not result.facts.kind_as_draft
    assert not [f for f in result.findings if f.rule.startswith("CIT")]
    # English is read by the text model: a how-to under og:type article stays off
    result = _audit("statisticsglobe.com.ggplot2.html")
    assert result.facts.page_kind == "article" and not result.facts.kind_as_draft


def test_shipped_page_kind_model_is_what_training_gives():
    shipped = ShapeModel.from_dict(json.loads(train_page_kind.MODEL.read_text(encoding="utf-8")))
    trained = train_page_kind.train(train_page_kind.read_pages())
    assert train_page_kind.same(shipped, trained), \
        "audit/extract/page_kind_model.json is stale: run python bench/train_page_kind.py"
    scores = trained.trained["out_of_fold_on_open_pages"]["en"]
    assert scores["precision"] >= 0.9, scores


def test_days_named_with_no_one_reported_are_no_news():
    # the session's review: a shop's notice scored 0.94 on its weekdays alone and became news,
    # so the citation rules ran on it; news reports someone (a statement or a quotation)
    page = ('<html lang="en"><head><title>Opening hours</title></head><body><article><h1>Holiday '
            "opening hours</h1><p>Our shop will be closed on Monday and Tuesday for the bank "
            "holiday. We reopen on Wednesday at 9am.</p></article></body></html>")
    result = audit_article(page.encode(), "notice.html", Settings())
    assert result.facts.page_kind == "article"
    assert "no one reported or quoted" in result.facts.page_kind_reason


BLIND = ROOT / "tests" / "data" / "blind_rounds"


def _blind(round_: str, name: str, settings: Settings | None = None):
    path = BLIND / round_ / "inputs" / name
    return audit_article(path.read_bytes(), name, settings or Settings())


def _cit(result) -> list[str]:
    return [f.rule for f in result.findings if f.rule.startswith("CIT")]


def test_pasted_council_minutes_get_no_citation_rules():
    # round 9a: a town's minutes pasted as text ("Pouvoirs :", "Secrétaire de séance : …",
    # "Séance ouverte à 19h30"); before, CIT001 and 3 CIT008 (all wrong: minutes cite nothing)
    result = _blind("round9a", "fr17_amissaintmartin.txt")
    assert result.facts.page_kind == "minutes"
    assert "'secrétaire de séance'" in result.facts.page_kind_reason
    assert _cit(result) == []
    assert any("page kind minutes" in n and "CIT001" in n for n in result.notes)


def test_a_pasted_wire_press_release_gets_no_citation_rules():
    # round 9a: Carrefour's results through Business Wire ("PARIS--()--Regulatory News:");
    # before, CIT001 and 5 CIT008 on its own figures
    result = _blind("round9a", "fr14_businesswire.txt")
    assert result.facts.page_kind == "release"
    assert _cit(result) == []
    # the JSON contract knows the kind
    path = BLIND / "round9a" / "inputs" / "fr14_businesswire.txt"
    article = audit_document(path.read_bytes(), path.name)
    assert article["page_kind"] == "release"
    jsonschema.validate(article["page_kind"], output_schema()["$defs"]["article"]["properties"]["page_kind"])


def test_one_minutes_formula_in_a_news_report_leaves_it_news():
    # round 9a: La Croix's live blog names who attended ("étaient présents") once; a report,
    # its citation rules run (pasted text is an article)
    result = _blind("round9a", "fr03_lacroix.txt")
    assert result.facts.page_kind == "article"
    assert not any("page kind" in n for n in result.notes)


def _text(text: str, settings: Settings | None = None):
    return audit_article(text.encode(), "report.txt", settings or Settings())


def test_a_council_report_with_the_meetings_narrative_formulas_stays_an_article():
    # review item 7 (probe pk_fr_conseil.txt): "a déclaré la séance ouverte à" and "la séance
    # est levée" are how a local paper tells the meeting; with no label opening a line
    # ("Présents :", "Secrétaire de séance") it read as minutes and lost its CIT004
    result = _text(
        "Conseil municipal : la rénovation de l'école votée dans la douleur\n\nPublié le 5 mars 2024\n\n"
        "Le maire, Jean Martin, a déclaré la séance ouverte à 20 h 30 devant une salle comble. "
        "Près de 80 habitants étaient venus s'opposer au projet de 2,3 millions d'euros.\n"
        "« Nous ne pouvons pas laisser nos enfants dans des locaux vétustes », a-t-il lancé sous les huées.\n"
        "L'opposition a dénoncé un projet mal ficelé. Selon des informations, le coût aurait déjà "
        "augmenté de 30 %.\nAprès deux heures de débats houleux, la séance est levée à 22 h 45 sans "
        "que le budget ne soit voté. Le coût du chantier atteint 45 % du budget annuel de la commune.\n")
    assert result.facts.page_kind == "article"
    assert "CIT004" in _cit(result)


def test_english_council_and_company_news_keep_their_citation_rules():
    # review item 7 (probes pk_en_council2.txt, pk_en_release_news.txt): "called to order" +
    # "motion carried", "forward-looking statements" + "an Acme media contact" mid-sentence
    council = _text(
        "School board approves cuts after heated meeting\n\nBy Anna Smith, Staff Writer\nMarch 5, 2024\n\n"
        "The meeting was called to order at 7 p.m. before about 150 parents, many of whom had come to "
        "oppose the plan to close two schools.\nSources say the district faces a $3 million shortfall "
        "next year. About 40 percent of the budget goes to buildings.\nAfter nearly three hours of public "
        "comment, the motion carried 5-2, with board members Lisa Gray and Paul White voting against.\n"
        "\"This is a sad day for our town,\" Gray said.\n", OPT_IN_CIT)  # CIT004 in English is opt-in
    news = _text(
        "Shares of Acme slide after profit warning\n\nBy Anna Smith\nMarch 5, 2024\n\n"
        "Shares of Acme Corp fell 12 percent on Tuesday after the company cut its full-year profit "
        "forecast, citing weak demand in Europe.\nSources say the board is considering job cuts. Revenue "
        "fell to $1.2 billion in the quarter, and 30 percent of stores are losing money.\nIn its "
        "statement, the company warned investors not to rely on forward-looking statements made before "
        "the cut. An Acme media contact declined to comment further.\n\"It is a difficult quarter,\" one "
        "analyst said.\n", OPT_IN_CIT)
    for result in (council, news):
        assert result.facts.page_kind == "article"
        assert "CIT004" in _cit(result)


def test_minutes_whose_attendance_label_follows_a_word_are_still_minutes():
    # round 9b: "Etaient Présents : Mesdames et Messieurs …" opens its line after one word
    result = _blind("round9b", "fr26_pronleroy.txt")
    assert result.facts.page_kind == "minutes"
    assert _cit(result) == []


def test_text_genre_is_linear_in_a_formulas_repeats():
    # review item 15: each occurrence was checked against every occurrence of each longer
    # formula (20,000 "absents excusés :" took 14 s); one sweep takes well under a second
    import time

    from audit.extract.pagekind import text_genre
    text = "Absents excusés : M. X.\n" * 20000
    began = time.process_time()
    assert text_genre(text, [(0, len(text))], "fr") is None
    assert time.process_time() - began < 3


def test_pasted_french_text_in_the_first_person_gets_no_citation_rules():
    # round 10a: a former mayor's memoir chapter ("je consacre mon temps…", "nous décidons de
    # créer un comité des fêtes"); before, CIT001, judged wrong (not a report)
    result = _blind("round10a", "fr05_lamentheverte.txt")
    assert result.facts.page_kind == "personal"
    assert "first person" in result.facts.page_kind_reason
    assert _cit(result) == []
    assert any("page kind personal" in n and "CIT001" in n and "CIT008" in n for n in result.notes)
    # a festival's own retrospective: "nous avons accueilli un peu plus de 50% du public"
    # (CIT001 and CIT008, both wrong before)
    assert _cit(_blind("round10a", "fr14_festivalbourg.txt")) == []


def test_an_associations_own_report_in_the_first_person_is_personal():
    # arpaq.fr's open day, as the search tool's pages corpus stores it: the association's own
    # "nous", "je tenais donc à remercier", and its own figures (250 people, 50 volunteers)
    text = ("Journée Portes Ouvertes\n"
            "La Journée Portes Ouvertes a rencontré un fort succès, avec environ 250 personnes "
            "venues découvrir ou redécouvrir la richesse de l’association.\n"
            "L’année prochaine, nous améliorons l’organisation afin que l’attente aux caisses soit "
            "réduite drastiquement !\n"
            "Pour autant, je pense que les adhérents, dans leur majorité, ont trouvé satisfaction "
            "dans cette demi-journée.\n"
            "Tout cela n’aurait été possible sans l’engagement fort des délégués bénévoles et "
            "encadrants d’activité. Je tenais donc à remercier chaleureusement les équipes de "
            "bénévoles qui se sont mobilisés pour faire de cette journée une journée conviviale, de "
            "retrouvailles et de projets pour la saison à venir !\n"
            "La recette d’une journée réussie : 50 bénévoles mobilisés, 3 salariées engagées, 8 "
            "litres de café, quelques biscuits et un soleil généreux !\n"
            "Au nom du Conseil d’Administration, je remercie les adhérents et futurs adhérents "
            "venus frapper à notre porte !\n")
    result = audit_article(text.encode(), "arpaq.txt", Settings())
    assert result.facts.page_kind == "personal"
    assert _cit(result) == []


def test_a_french_qa_interview_keeps_its_citation_rules():
    # Review item 4 (/tmp/s25/p/t9.txt): the answers of a Q&A interview, first person with no
    # quotation marks, are the speaker's words, not the page's narration; the lede's vague
    # attribution keeps its CIT004 warning
    text = ("Entretien avec le maire de Lyon : « Je ne me représenterai pas »\n\n"
            "Le maire de Lyon a reçu notre rédaction lundi. Selon des sources proches du dossier, "
            "il aurait déjà choisi son successeur.\n\nPourquoi renoncer maintenant ?\n\n"
            "Je l'ai dit à mon équipe dès janvier. Nous avons fait notre travail, je pense que mon "
            "bilan parle pour moi.\n\nEt votre successeur ?\n\n"
            "Je ne donnerai pas de nom. Ma décision est prise et je la maintiens.\n")
    result = audit_article(text.encode(), "t9.txt", Settings())
    assert "CIT004" in _cit(result)
    # the newsroom's "notre rédaction" still counts; without it, the answers leave the page an
    # article, and with them counted it would be personal ("Q :" marks the questions here)
    plain = text.replace("a reçu notre rédaction", "a reçu Le Progrès")
    assert audit_article(plain.encode(), "t9.txt", Settings()).facts.page_kind == "article"
    marked = plain.replace("Pourquoi renoncer", "Q : Pourquoi renoncer").replace(
        "Et votre successeur ?", "Q : Et votre successeur")
    assert audit_article(marked.encode(), "t9.txt", Settings()).facts.page_kind == "article"
    # a personal page's note names the rules that did not run, and only those
    # ("notre rédaction" makes t9 itself personal)
    result = audit_article(text.encode(), "t9.txt", Settings())
    assert result.facts.page_kind == "personal"
    note = next(n for n in result.notes if "page kind personal" in n)
    assert "CIT001, CIT008 not run" in note


def test_french_news_whose_quotations_say_nous_keeps_its_citation_rules():
    # round 10b: Le Pays d'Auge's report, the mayor quoted at length ("Nous avons exploré un
    # certain nombre de terrains…"): the first person inside quotations is the speaker's
    result = _blind("round10b", "fr03_westchesterlibraries.txt")
    assert result.facts.page_kind == "article"
    # round 10a: a reposted news brief that names no one keeps its (right) CIT001 and CIT008
    # (CIT008 is opt-in: selected, as --select does)
    chosen = frozenset({"CIT001", "CIT008"})
    result = _blind("round10a", "fr10_immobilierfleurance.txt",
                    Settings(select=chosen, explicit=chosen))
    assert result.facts.page_kind == "article"
    assert {"CIT001", "CIT008"} <= set(_cit(result))
    # French HTML under og:type article is read as its text pasted (round 29b, r08)
    result = audit_article((BLIND / "round10b" / "repro" / "fr11_cit001_pagekind.html").read_bytes(),
                           "fr11_cit001_pagekind.html", Settings())
    assert result.facts.page_kind == "article" and result.facts.kind_as_draft


def test_text_genre_reads_each_lines_words_as_read_line_by_line():
    # The lines of the ranges are lowered and their white space made single spaces at once,
    # not a line at a time: the same formulas found, a final sigma ("ΟΔΟΣ") lowered as
    # at a line's end, and a distributor's dateline looked for only where its year stands.
    from audit.extract import pagekind
    from audit.extract.pagekind import text_genre

    minutes = ("Séance du conseil municipal du 12 mars 2024\n\n  Secrétaire de séance :\tM. "
               "Dupont\nPOUVOIRS : Mme Martin à M. Durand\nΟΔΟΣ\u2028 Σ")
    assert text_genre(minutes, [(0, 45), (45, len(minutes))], "fr")[0] == "minutes"
    text = ("QUÉBEC, le 3 mai 2023 /CNW/ - Le ministre de l'Économie a annoncé un programme.")
    assert pagekind._DATELINE_YEAR.search(text.lower())
    assert text_genre(text, [(0, 20), (20, len(text))], "fr")[0] == "release"
    runs = "a \t b\xa0c  d \n\u3000e\r\x1c f  \n g"
    assert pagekind._SPACES.sub(" ", runs) == re.sub(r"[^\S\n]+", " ", runs)
    story = "QUÉBEC, le 3 mai 2023 - Le ministre a annoncé 2023/2024 comme année record."
    assert not pagekind._DATELINE_YEAR.search(story.lower())
    assert text_genre(story, [(0, len(story))], "fr") is None


def test_a_sites_contact_line_is_not_the_narrations_first_person():
    # round 20b (fr19, ouestaf): the only "nous" is the site's contact line ("Voulez-vous réagir
    # à cet article ou nous signaler une erreur ? Envoyez-nous un message à info(at)ouestaf.com.")
    assert _blind("round20b", "fr19_ouestaf.txt").facts.page_kind == "article"
    # an association's own report in the first person stays personal: its "nous" is narration
    from audit.extract.pagekind import _contact_line
    text = "Nous avons accueilli 50 familles cette année. Écrivez-nous à contact@asso.fr si vous voulez aider."
    assert _contact_line(text, 0, len(text), frozenset({"vous"}))
    text = "Nous avons accueilli 50 familles cette année et nous en sommes fiers."
    assert not _contact_line(text, 0, len(text), frozenset({"vous"}))


def test_a_french_blog_post_under_og_type_article_reads_as_its_pasted_copy():
    # review 31, item 3: a pharmacy's advice post under og:type article now runs the
    # citation rules. Its text pasted does the same (an article: no first-person narration);
    # the reader's "vous" was measured as a cue for no report and removes as many right
    # citation findings as wrong ones on the French blind-round pages (6 W and 6 R at 2 per
    # 100 words), so both readings stay what the text gives, and they agree.
    body = ("<h1>5 astuces pour mieux dormir en été</h1>\n<p>Les nuits chaudes perturbent le sommeil de "
            "nombreux Français. Selon l'Inserm, un adulte sur trois souffre de troubles du sommeil, et la "
            "température idéale d'une chambre se situe entre 16 et 19 degrés.</p>\n<p>Aérez votre chambre "
            "tôt le matin, fermez les volets pendant la journée et privilégiez des draps en lin ou en coton, "
            "qui laissent respirer la peau.</p>\n<p>Évitez les repas copieux et l'alcool le soir : ils "
            "augmentent la température du corps et fragmentent le sommeil.</p>\n<p>Si vos troubles du "
            "sommeil persistent plus de trois semaines, parlez-en à votre pharmacien.</p>\n<h2>Sources</h2>\n"
            "<ul><li><a href=\"https://www.ameli.fr/assure/sante/themes/troubles-sommeil\">Troubles du "
            "sommeil, Assurance maladie</a></li></ul>\n")
    html = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>5 astuces pour mieux "
            "dormir en été - Le blog de Pharmacie Lafayette Nantes</title><meta property=\"og:type\" "
            "content=\"article\"></head><body><article>" + body + "</article></body></html>")
    pasted = re.sub(r"<li><a href=\"([^\"]+)\">([^<]+)</a></li>", r"- \2: \1", body)
    pasted = re.sub(r"<[^>]+>", "", pasted).replace("\n", "\n\n")
    as_html = audit_article(html, "blog.html", Settings())
    as_text = audit_article(pasted, "blog.txt", Settings())
    assert as_html.facts.kind_as_draft and as_html.facts.page_kind == as_text.facts.page_kind == "article"
    assert sorted(f.rule for f in as_html.findings) == sorted(f.rule for f in as_text.findings)
