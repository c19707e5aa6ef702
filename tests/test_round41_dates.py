"""Round 41: an ISO date-time and a "DD - Mois - YYYY" line in the page's head date the page; a
labelled day among an event's fields (its hour, its place) is the event's, not the page's; and
first person inside doubled single quotation marks (‘’…’’) is a speaker's, not the narration's."""

from __future__ import annotations

from audit.pipeline import audit_document
from tests.blind_reading import LEDE, LEDE_FR, ROUNDS, repro


def _published(text: str, name: str = "x.txt") -> str | None:
    return audit_document(text, name)["published"]


def _kind(text: str, name: str = "x.txt") -> str:
    return audit_document(text, name)["page_kind"]


# --- an ISO date-time alone under the headline (round 41a r3) -------------------------------

def test_iso_date_time_under_the_headline_dates_the_page():
    # Sputnik Afrique: «2024-05-18T14:51+0200» on its own line over the story
    assert _published(repro("round41a/r3")) == "2024-05-18"


def test_iso_date_time_with_seconds_and_utc():
    text = "Library budget approved after long debate\n\n2024-03-05T09:12:44Z\n\n" + LEDE
    assert _published(text) == "2024-03-05"


def test_iso_date_time_under_the_story_is_not_the_pages():
    # a log the story quotes, under its prose: no publication stamp
    text = "Server outage hits city services\n\n" + LEDE + "\nThe first error in the log reads:\n\n" \
        "2023-11-02T03:14:07Z\n\nThe city said the servers were restored by noon.\n"
    assert _published(text) is None


# --- "DD - Mois - YYYY" under the headline (round 41a r4) -----------------------------------

def test_dashed_month_under_the_headline_dates_the_page():
    # infos15.com: «20 - Mai - 2020» right under the headline
    assert _published(repro("round41a/r4")) == "2020-05-20"


def test_dashed_month_of_the_same_template_in_an_older_round():
    # round 17b fr04 (sinesaloum.com, the same West African template) without its front matter:
    # «05 - Mars - 2020» under the headline, its teasers' «12 - Septembre - 2020» further down
    page = (ROUNDS / "round17b" / "inputs" / "fr04_sinesaloum.md").read_text(encoding="utf-8")
    body = page.split("---\n", 2)[2]
    assert _published(body, "x.txt") == "2020-03-05"


def test_dashed_month_in_other_languages():
    assert _published("Library budget approved after long debate\n3 - March - 2021\n" + LEDE) == "2021-03-03"
    text = "Presupuesto de la biblioteca aprobado\n12 - marzo - 2021\nEl consejo municipal aprobó el " \
        "martes un nuevo presupuesto para la biblioteca pública tras un largo debate sobre el horario.\n"
    assert _published(text) == "2021-03-12"


def test_dashed_month_teasers_under_the_story_are_not_the_pages():
    # a related-news box's dates under the story's prose: the teasers', not the page's
    text = "Budget de la médiathèque adopté\n\n" + LEDE_FR + "\nAutres actualités\n\n16 - Novembre - 2023\n\n" \
        "Pétrole sénégalais : le fisc réclame plusieurs milliards sur la transaction\n"
    assert _published(text) is None


def test_dashed_month_with_more_words_is_no_dateline():
    text = "Budget de la médiathèque adopté\n\n20 - Mai - 2020 - Conseil municipal de Marignac\n\n" + LEDE_FR
    assert _published(text) is None


# --- an event's labelled day against the notice's sign-off (round 41b r5) -------------------

def test_hearing_date_among_its_fields_gives_way_to_the_sign_off():
    # «Data: 07/09/2022» / «Hora: 18h30min» / «Local: Câmara de Vereadores»: the hearing's day;
    # «Presidente Lucena, 05 de setembro de 2022.» closes and dates the notice
    assert _published(repro("round41b/r5")) == "2022-09-05"


def test_the_full_notice_is_dated_by_its_sign_off():
    page = (ROUNDS / "round41b" / "inputs" / "pt03_presidentelucena.txt").read_text(encoding="utf-8")
    assert _published(page) == "2022-09-05"


def test_event_fields_with_icons_are_the_events():
    # a real municipal notice's fields (martinopolis.sp.gov.br, PPA hearing): emoji before labels
    text = "A Prefeitura convida toda a população para participar da 2ª Audiência Pública sobre o " \
        "Plano Plurianual.\n📅 Data: 20 de setembro de 2025\n⏰ Horário: 9h da manhã\n" \
        "📍 Local: Teatro Municipal – Rua Vicente Pelegrini, nº 400\n"
    assert _published(text) is None


def test_event_fields_in_english_under_a_date_label():
    # en.yml's head label "Date:" with an event's "Time:" and "Place:" after it
    text = "Library open day\n\nDate: March 5, 2024\nTime: 10 am to 4 pm\nPlace: Central Library\n\n" + LEDE
    assert _published(text) is None


def test_a_date_field_without_an_events_fields_still_dates_the_page():
    text = "Orçamento da biblioteca aprovado\nData: 05/09/2022\nAutor: Redação\n" \
        "A Câmara aprovou na terça-feira o novo orçamento da biblioteca pública depois de um longo " \
        "debate sobre o horário de funcionamento e o pessoal.\n"
    assert _published(text) == "2022-09-05"


def test_a_date_heading_an_english_notice_still_dates_it():
    text = "Library budget approved after long debate\n\nDate: March 5, 2024\n\n" + LEDE
    assert _published(text) == "2024-03-05"


# --- first person inside doubled single quotation marks (round 41a r7) ----------------------

def test_quoted_first_person_between_doubled_marks_is_no_narration():
    # abidjan.net: the minister's ‘’nous‘’, ‘’je‘’ inside ‘’…’’ quotations
    assert _kind(repro("round41a/r7")) != "personal"


def test_the_full_page_is_no_personal_page():
    page = (ROUNDS / "round41a" / "inputs" / "fr20_abidjannet.txt").read_text(encoding="utf-8")
    assert _kind(page) != "personal"


def test_first_person_narration_around_doubled_quotes_stays_personal():
    # the narrator's own "je", "nous" outside the marks still make a personal page
    text = "Je suis rentré hier de Bouaké et nous avons retrouvé la maison comme nous l'avions " \
        "laissée. Je crois que nous avons eu de la chance, et je le dis à tous mes voisins.\n" \
        "Mon père m'a répété ‘’il faut rester prudent’’, et je pense qu'il a raison : nous " \
        "devons nous préparer pour la prochaine saison des pluies, et je vais m'y mettre dès demain.\n"
    assert _kind(text) == "personal"


def test_a_doubled_apostrophe_inside_a_word_opens_no_quotation():
    # an SQL dump's escaped apostrophe ("Hudson''s Bay"): the words after it are narration
    text = "Je suis allé chez Hudson''s Bay hier et nous avons acheté un manteau. Je crois que nous " \
        "y retournerons, car je n'ai pas trouvé les bottes que nous voulions pour l'hiver.\n" \
        "Nous avons ensuite dîné en ville, et je dois dire que nous avons très bien mangé.''\n"
    assert _kind(text) == "personal"
