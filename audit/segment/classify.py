"""Give each block a kind with a small state machine over the page's regions.

A page reads top to bottom: navigation, title, body with headings, then sources, disclosure,
share widgets, the comment thread and related links. Cues come from the lexicons (text) and,
for HTML, from the markup (zone and tag).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from audit import rx
from audit.lexicon import (LinePattern, Sites, both, case_folded, detect_language, detect_language_of, either, fold, get_ai_lexicon, get_lexicon,
                           get_publishers, line_screen, normalise_publisher, words_of, words_regex)
from audit.model import Block, Document, LineBlocks, SpanKind, offsets
from audit.segment.disclosure import MENU_ZONES, Readings, announced, is_disclosure_block
from audit.segment.cues import (CODE_FENCE, DATE_MAX_WORDS, DATELINE_MAX_WORDS, ICON_LIGATURE_JOINED, PLACE_DATELINE, QUOTATION, QUOTED_PARAGRAPH, THEME_IDENTIFIER,
                                WIRE_DATELINE, BlockReading, clean_texts,
                                has_site_name, is_citation_like, is_icon_word_label, is_comment_date, is_count, is_dateline, is_field_date,
                                is_sentence_shaped,
                                is_name_line, is_short_label,
                                lowered_texts, may_be_comment_dates, without_says, without_site_name,
                                word_count, word_counts)
from audit.segment.lines import LineModel, default_model
from audit.segment.quality import BAD, GOOD
from audit.titles import clean_title, title_key

_PAGE_CHROME = frozenset({"nav", "footer", "sidebar", "related"})  # around the article and thread
_BOILERPLATE_ZONES = frozenset({"nav", "footer", "share", "newsletter", "sidebar", "form",
                                "related", "markup"})  # markup: a Markdown generator's lines


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MENU_LINE_WORDS, _MENU_LONG = 4, 6  # a menu's item, a line of a few words; a menu, six items or more
_MENU_HEAD_RUN, _MENU_HEAD_FAR = 2, 40  # a menu's items a line, no prose under them; lines to its headline
_TOOLBAR_PARTS = 3  # a menu on one line: items a bar parts; a <title> line has two parts, or three
_PROSE_END = rx.compile(r"[.!?…][\"»”’)]?\s*$")  # a sentence's stop, not a quoted teaser's closing mark
_LABELLED_RUN = 2  # a rail's label: over two short lines or more put out of the article
_MASTHEAD_WITHIN = 8  # blocks: a story's heading this near under its section's masthead <h1>
_ARCHIVED = rx.compile(r"https?://web\.archive\.org/web/[^/]*/(.+)")
_HOST_NAME = rx.compile(r"https?://(?:www\.)?([^./:?#]+)")  # an address's name ("carnetsdejean")


def _section_address(href: str, canonical: str | None) -> bool:
    """A link to a section ("/science/", "https://site.com/politique"): a path of two parts
    or fewer, none with a figure or a file's extension, and not the page's own address; a
    post's permalink ("/2024/07/secheresse.html", "/news/2024/05/budget") is no section."""
    path = _address_path(href)
    parts = [p for p in path.split("/") if p]
    if len(parts) > 2 or any(c.isdigit() or c == "." for p in parts for c in p):
        return False
    return not canonical or _address_path(canonical) != path


def _address_path(href: str) -> str:
    """An address's path, an archive's copy read as the page it copies (web.archive.org's
    "/web/20080731095558/http://www.dimido.de/"), its "." parts dropped ("/./opinion/")."""
    archived = _ARCHIVED.match(href)
    path = urlsplit(archived[1] if archived else href).path
    return "/".join(p for p in path.split("/") if p and p != ".")
_CAPTION_DEPTH = 8  # block elements a caption's text may stand in under its <figcaption>
_LEAD_TAGS = frozenset({"p", "h2", "h3", "div", "strong", "b", "section", "header"})
_SENTENCE_END = rx.compile(r"[.!?…»”\"]\s*$")
# "Einleitung - Baumgutachten - …", "Ergebnisse in: Beiträge"; not French " : " in a headline
_MENU_SEPARATOR = rx.compile(r"\s[-|·•»/]\s|(?<!\s):\s")
# A breadcrumb: a few capitalised words and nothing else ("Accueil Actu Monde Europe").
_BREADCRUMB = rx.compile(r"[\p{Lu}][\w'-]*(?: [\p{Lu}&][\w'-]*){0,5}")
_PAGE_TITLE_WORDS = 40  # a page's <title> line is no longer (31 words seen)
_TITLE_PREFIX_MIN = 12  # characters: a shorter line is a word of the <title>, not it
# A post's stamp: a time to the minute, then its subject ("01 juillet 2010, 20:49   Sources").
_STAMP_TIME_AT = rx.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s")
_STAMP_END = rx.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
_SUBJECT_WITHIN = 4  # lines under the first: the subject, a byline, the stamp
_CRUMB_AFTER = rx.compile(r"\s*[»›>]\s")  # a breadcrumb's separator, after its root
_SEPARATOR_AT = rx.compile(r"\s+(?:[-|«»·–—/›>]|::)(?:\s|$)")


RESUME_MIN_WORDS = 15  # prose that ends a related-links box in pasted text
_SENTENCE_WORDS = 12  # a whole sentence between two of the article's lines is the article's
# A numbered list's item: "1. Finland", "2) Norway" (_numbered_items: three at least, in order).
_NUMBERED = rx.compile(r"\s*(\d{1,2})[.)]\s+\S")
_NUMBERED_LEAST = 3
# A pasted page's first line of at most this many words, with a headline under it within
# this many lines (before any prose), is the site's menu or section, not the title.
MENU_WORDS, HEADLINE_WITHIN = 2, 4
OPENING_LINES = 3  # a pasted page's headline under a caption and its credit at most
# A pasted page's first line read as its headline for want of any (_opening_line): no longer
# than a headline, and a heading's words mostly said again by the prose line under it
_OPENING_LINE_WORDS, _OPENING_ECHO = 20, 0.75
_CREDIT_WORDS = 3  # a photo's credit: a name
_DISCLOSED_TITLE_WORDS = 20  # a headline that carries its disclosure; a longer line is a notice
# A line that goes on with the sentence above it: it opens in lower case or with that
# sentence's closing stop (". Gérer les paramètres des cookies."), and the line above has no stop.
# Not a camel-case brand's ("iPhone 16 …", "eBay …": a headline's first word).
_CONTINUES = rx.compile(r"\s*(?:[\p{Ll}][\p{Ll}'’-]*\s|[.,;]\s)")
_NOTICE_WORDS = 6  # the line above is a notice's sentence, not a menu's word
_SENTENCE_STOP = rx.compile(r"[.!?…:]\s*[»”\"')]?\s*$")
# A header's weather reading alone on its line ("62 F", "18 °C"). Not a clock: a time beside a
# date is a byline's as often ("12 mars 2024" / "10h42" over the headline).
_WEATHER = rx.compile(r"\s*-?\d{1,3}\s?°?\s?[FC]\s*")
_WIDGET_NEAR = 2  # lines: a header widget's date stands this near its weather
# A masthead's clock: a weekday, its date, the place whose time it is («Samedi 27 Avril, 2024 à
# Dakar»; _site_clock checks the weekday and the date).
_CLOCK_PLACE = rx.compile(r"\s*(?P<date>(?P<day>[^\W\d_]+)\.?,?\s+[^\n]*?\d[^\n]*?),?\s+"
                          r"(?:à|á|a|in|en|em)\s+[\p{Lu}][\w'’-]+(?:[\s-][\p{Lu}][\w'’-]+){0,2}\s*")
_CAPTION_BULLET = rx.compile(r"\s*[•·▪]")  # a photo's caption pasted as a list item
HEADLINE_FAR = 20  # lines: a headline the lede echoes, under a ticker or a menu
ELLIPSIS_WORDS = 12  # a headline ending with "…" is no longer
DECK_WORDS = 15  # a headline-shaped line this long under a headline is its deck
# The share of a headline's words (their first letters, _stems) that the lede under it
# repeats, and by how much more than the line above it: a site's name, tagline or issue line.
ECHOED, ECHO_MARGIN, LEDE_LINES = 0.5, 0.4, 4
# A speaker's label: a name of two to four capitalised words, a comma, a role without a
# sentence's end; the quotation opens the next line.
_SPEAKER_LABEL = rx.compile(r"\s*[\p{Lu}][\w.'’-]*(?:[\s-]+[\p{Lu}][\w.'’-]*){1,3}\s*,\s*[^.!?:«»\"“”]+")
_SPEAKER_LABEL_WORDS = 8
_INTERVIEW_ANSWER_WORDS = 25  # an interview's answer in turn with its questions (a lede says more)
_TWICE_WITHIN = 30  # lines: a headline shown in the menu, then over the lede (_headline_twice)
_WIDGET_FIELD = rx.compile(r"[^:]{3,40}:\s*[\p{Lu}][\w'’-]*(?:\s+[\w'’-]+)?\s*")  # "El tiempo en: Mijas"
_NEXT_QUESTION_LINES = 4  # an interview's next question within these lines under its first answer
# A question put to a guest by name or title: a greeting, or an honorific and a few words and a
# comma, opening the line or a sentence ("Monsieur le ministre, comment …", "Bonjour Monsieur
# Ansonibè Poda.", round 40a r1); a column asks its reader with no vocative (review T R2)
_VOCATIVE = rx.compile(
    r"(?:^|[.:!?]\s+)\W*(?:(?i:bonjour|bonsoir|hello|good (?:morning|afternoon|evening)|guten tag|"
    r"buenos d[ií]as|buongiorno|bom dia)\b[\s,]+[\p{Lu}]|"
    r"(?:Monsieur|Madame|Mademoiselle|Ma[iî]tre|Docteur|Professeur|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|"
    r"Se[ñn]ora?|Don|Do[ñn]a|Signora?|Dottor(?:essa)?|Senhora?)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3},)")
_CLAUSE_COMMA = rx.compile(r"(?<!\d),|,(?!\d)")  # not a decimal comma
ECHO_STEMS = 3  # a headline of fewer stems is echoed by chance
_POST_ECHO_MARGIN = 0.25  # a post's title over a blog's tagline, both echoed (_post_under_date)
# A standfirst of two sentences is no headline (nor is a wire's dateline opening the lede:
# cues.WIRE_DATELINE).
_MENU_GAP = rx.compile(r"\S(?: {2,}|\t)(?=\S)")  # a pasted menu keeps its items apart
_TWO_SENTENCES = rx.compile(r"[\p{Ll}]{3}\. [\p{Lu}]")
# Any sentence's end before a capital, after a figure too (a headline of two sentences)
_SENTENCE_BREAK = rx.compile(r"(?<=\w)[.!?] (?=[\p{Lu}])")
# A headline closed by "!" or "?", then a sentence glued after it (_glued_deck)
_GLUED_DECK = rx.compile(r"([^.!?…]{10,140}?\s?[!?])\s+(?=[\p{Lu}«\"“])")
_GLUED_DECK_WORDS = 8  # a deck's fewest words: a shorter tail is the headline's own
_CONSENT = rx.compile(r"\bcookies?\b", re.IGNORECASE)  # a consent notice's heading
_STEM = 5
# Menu items pasted before a headline with no space: a lower-case letter then a capital
# ("AccueilFAQ"), or capitals then a capitalised word ("FAQChangements", "ACCUEILAllocution").
_GLUED = rx.compile(r"(?<=[\p{Ll}])(?=[\p{Lu}])|(?<=[\p{Lu}])(?=[\p{Lu}][\p{Ll}])")
_GLUED_WITHIN = 40  # characters: a menu's items before the headline
_GLUED_MENU_ITEMS = 6  # joints of words run together with no space: a menu's, not a name's
WRAPPED_LINES = 3  # lines in lower case under a first line: a wrapped paragraph, no headline
# A full stop after a word, at a line's end or inside it ("le titre. On"): a sentence closed,
# which a headline's lines do not (a question's mark or a quotation's may close a headline).
_ELIDED = rx.compile(r"(?<=['’]).*")  # "l’Etat" -> "l’"
_CLOSED_SENTENCE = rx.compile(r"[\p{Ll}\d]{2}\.(?:\s|$)")
_CLOSING_MARK = rx.compile(r"[:!?…]\s*$")  # a wrapped run's last line closing a sentence
_CONTINUED_WORDS = 12  # a headline's second line is no longer ("en La Palma por tráfico de Drogas y
# blanqueo de capitales", 10 words: round 16a)
_CONTENT_WORD = rx.compile(r"[^\W_]{4,}|\d+")
_TAIL_LETTERS = 6  # a dash-cut tail shorter than a word stem is a site's short name or code
_FRAGMENT_WORDS = 2
# A table row's marks: brackets, a slash, a spaced dash, a bar
_ROW_MARKS = rx.compile(r"[()\[\]/|]|\s[-–—]\s")
_ROW_MARKS_MIN, _ROWS_BELOW = 3, 2
# A line opening with a date in figures ("02-02-2017 - …"), not a name with one ("Gitarre &
# Bass 02/2022 | GITARRE & BASS": a magazine's issue, its title)
_DATE_FIRST = rx.compile(r"\s*\d")
# A form's label of up to four words, its colon (a space before it in French), a value
_DATED_FIELD = rx.compile(r"\s*[\p{Lu}][\w'’-]*(?: [\w'’-]+){0,3} ?: ?(?P<value>\S.*)")


# A news ticker pasted as one line: its items run on, each closed by a glyph of a ticker's
# separator, the last glyph closing the line ("… (Bacongo). Voir le lien : https://…   ◊   ",
# round 25a); a quotation's closing "»" or a table's "|" is none.
_TICKER_MARK = rx.compile(r"\s([◊♦■▪◆●])\s*$")
_TICKER_ITEMS, _TICKER_SHORT_ITEMS = 2, 3


def in_figcaption(doc: Document, block: Block) -> bool:
    """Is the block a <figcaption> or inside one (its <p>, its <div>), by the page's containers?"""
    if block.tag == "figcaption":
        return True
    at = block.container
    for _ in range(_CAPTION_DEPTH):
        if at < 0:
            return False
        parent, tag, _zone = doc.containers[at]
        if tag == "figcaption":
            return True
        at = parent
    return False


def _ticker(text: str) -> bool:
    """A news ticker's items on one line, each closed by the separator closing the line:
    two items in a line longer than a headline and its deck (round 25a's, 135 words), or
    three; not a headline's two parts closed so ("Grève à la SNCF ■ Trafic perturbé ce
    jeudi ■", session 30 review item 10)."""
    end = _TICKER_MARK.search(text)
    if end is None:
        return False
    items = text.count(end.group(1))
    return items >= _TICKER_SHORT_ITEMS or \
        (items >= _TICKER_ITEMS and word_count(text) > DECK_WORDS)


def _glued_menu(text: str) -> bool:
    """A menu's items run together with no space between them, more joints than words
    ("ArtsAutosBooksBusinessEducation…Personal FinancePets…"); a brand's inner capital
    ("HomePod", "iPhone") is one joint among words."""
    joints = len(_GLUED.findall(text))
    return joints >= _GLUED_MENU_ITEMS and joints > len(text.split())


# A site's links run together with no space ("FinancialGovernment SolutionsLegalReuters News
# AgencyRisk…", round 37b r2): a word of three letters or more glued to a capitalised word of
# three or more, in four places of distinct words, on a line of capitalised items with no
# sentence's lower-case words among them; a brand's inner capital is one place ("WordPress",
# "ChatGPT") and a headline naming four ("OpenAI and DeepMind hire from GitHub, LinkedIn …",
# review 2 of round 37) has its verbs and small words in lower case.
_GLUED_WORD = rx.compile(r"[\p{Lu}][\p{Ll}]{3,}(?=[\p{Lu}][\p{Ll}]{2})")
_GLUED_STRIP_JOINTS = 4
# A page's text-size controls side by side ("A- A+", "A+ A A-"): an accessibility toolbar's
# (round 37b r4: "Página inicial 1 Ir para o rodapé 2 A- A+ ALTO CONTRASTE"), in any language,
# alone on the line or beside the toolbar's contrast switch; grades in a headline's words are
# not ("schools give A+ A- and B+", review 2 of round 37), nor a rating's range ("from A+ to A-").
_TEXT_SIZE = rx.compile(r"(?<!\S)A ?[+\-−–](?!\S)\s*(?:A\s+)?A ?[+\-−–](?!\S)")
_CONTRAST = rx.compile(r"(?i)(?<!\w)[ck]ontrast[eo]?(?!\w)")  # contraste, contrast, Kontrast, contrasto


# A correspondent's dateline, a place's one word and the word in lower case, the line nothing
# else ("Abidjan correspondance", "Le Caire, correspondance", "Pékin, correspondant", round 37a
# r10), or "De notre correspondant à …" / "From our correspondent in …": a byline, never the
# headline. A person's name before it is a book's ("Marcel Proust, correspondance"), a capital
# a title's ("Les Correspondants", review 2 of round 37).
_CORRESPONDENT = rx.compile(
    r"\s*(?:(?:(?:Le|La|Les|El|Los|Las)\s+|L['’])?[\p{Lu}][\w'’-]*,?\s+(?:correspondance|correspondante?s?)|"
    r"(?i:(?:de|par)\s+(?:notre|nos)\s+(?:correspondante?s?|envoyée?s?\s+spéciale?s?)|"
    r"from\s+our\s+(?:own\s+)?correspondents?)(?:\s+\S+){0,4})\s*")


# Two names and a comma between, nothing else: a place and its region or country ("Besançon,
# France", a place tag, round 39a r6; "Nairobi, Kenya"; _name_pair reads the last part). A few
# capitalised words each side, a name's particles inside. Not the country in brackets ("Dakar
# (Sénégal)"): «Chefchaouen (Maroc)», «Nemo (Suisse)», «TotalEnergies (France)» head a travel
# post, a profile page (review of title47).
_NAME_PAIR = rx.compile(r"\s*(?P<a>[\p{Lu}][\w.'’-]*(?:[\s-](?:[\p{Lu}][\w.'’-]*|de|del|la|le|du|da|do|"
                        r"di|van|von|sur|am|upon)){0,3})"
                        r",\s+(?P<b>[\p{Lu}][\w.'’-]*(?:\s[\p{Lu}][\w.'’-]*)?)\s*")


@functools.cache
def _territories() -> frozenset[str]:
    """Countries' and world regions' names in the lexicons' languages (CLDR, through babel:
    "France", "Kenya", "Deutschland", "Europe"), case-folded: a place tag's last part."""
    from babel import Locale  # heavy: only when a line has a place tag's shape
    return frozenset(case_folded(name) for lang in ("en", "fr", "de", "es", "it", "pt", "nl")
                     for name in Locale(lang).territories.values())


def _glued_strip(text: str) -> bool:
    """A strip of links glued into words: four joints of a word and a capitalised word,
    counted once per distinct word (a site's name said twice is not a menu: "NachDenkSeiten –
    … - NachDenkSeiten"), more than the line's words in lower case (a sentence's)."""
    words = set(text.split())
    joints = sum(len(_GLUED_WORD.findall(w)) for w in words)
    return joints >= _GLUED_STRIP_JOINTS and joints > sum(w[:1].islower() for w in text.split())


def _text_size_bar(text: str) -> bool:
    """Text-size buttons alone on the line or beside a contrast switch (_TEXT_SIZE)."""
    m = _TEXT_SIZE.search(text)
    if m is None:
        return False
    rest = text[:m.start()] + " " + text[m.end():]
    return not rest.strip() or _CONTRAST.search(rest) is not None


def _is_headline_label(text: str, words: int) -> bool:
    """A short label of up to 25 words; a short headline may end with an ellipsis ("Le D-Day,
    70 ans déjà…"), a teaser cut at its length does too."""
    if _ASIDE.fullmatch(text):
        # A line wholly in brackets is an aside, an editor's note, never the headline: "(NB:
        # Ceci est une version traduite…)" (round 16a), "(This story has been updated…)"
        return False
    text = _RUBRIC_STOP.sub("", text, count=1)
    # A caption's sentence before the bar its credit follows ("… des risques d'orages. |", then
    # "Photo : AFP/VNA/CVN |"; round 27a: the title): the bar closes no label
    text = _BAR_END.sub("", text)
    if words <= ELLIPSIS_WORDS:
        text = _ELLIPSIS_END.sub("", text.rstrip())  # "In the Beginning . . ." (round 8)
    # An abbreviation's last full stop ends no sentence: "SOUTHAMPTON PAR K.O." (round 12b)
    text = _INITIALS_END.sub(r"\1", text)
    # A date cut before its year closes no clause: a digest's "British Business – February 11,"
    # (round 16b)
    cut = _CUT_DATE_END.search(text)
    if cut is not None and case_folded(cut.group("month")) in get_lexicon().months:
        text = text[:cut.end(1)]  # a month's name only: "Chapter 11," ends a clause
    return is_short_label(text, max_words=25, words=words)


# A match's result, a row of a results box: "SCO - PFC : 1-0", "Angers 1-0 Paris FC".
_SCORE_ROW = rx.compile(r"\s*[^\W\d][^:\d\n]{0,40}?\s[-–]\s[^\W\d][^:\d\n]{0,40}?\s*:?\s*\d{1,3}\s*[-–:]\s*\d{1,3}\s*|"
                        r"\s*[^\W\d][^\d\n]{0,40}?\s\d{1,3}\s*[-–:]\s*\d{1,3}\s+[^\W\d][^\d\n]{0,40}")
_SCORE_WORDS = 10
_FIRST_WORD = rx.compile(r"\s*([\p{Ll}]+)(?![\w'’-])")  # a first word in lower case
_LAST_WORD = rx.compile(r"(?<![\w'’-])([\p{Ll}]+)\s*$")  # a last word in lower case
_WORD = rx.compile(r"[\w-]+")  # elided articles apart: "d", "Histoire"
# A rubric's word closed by a full stop before the headline ("Football. Montant record, …",
# round 14b; Ouest-France's "Rubrique. Titre"): no sentence of its own.
_RUBRIC_STOP = rx.compile(r"^[\p{Lu}][\p{Ll}-]{2,}\. (?=[\p{Lu}])")
# Starts at a run of spaces' first: tried inside the run, "\s*" rescanned it from each
# position (200 KB of spaces on a line took minutes).
# An ellipsis a full stop closes too ("Ainsi fonds, fonds, fonds….", round 20b).
_ELLIPSIS_END = rx.compile(r"(?<!\s)\s*(?:…\.?|\.{3,4}|\. \. \.)$")
_INITIALS_END = rx.compile(r"(?<![\w.])((?:[\p{Lu}]\.)+[\p{Lu}])\.\s*$")
_MENU_TWICE_WORDS = 3  # a menu of three items or more
_BAR_END = rx.compile(r"(?<=\S)\s+[|¦]\s*$")
_ASIDE = rx.compile(r"\s*\([^()]+\)\s*")  # a line wholly in one pair of brackets
# a photo's copyright credit opening its line ("© AFP", "(c)BestImage Tiziano Da Silva", round 33b)
_CREDIT_LINE = rx.compile(r"\s*(?:©|\(c\)(?:\s|(?=[\p{Lu}])))")
# A post shared with its link: words, then an address closing the line (a tweet in a feed
# widget, "16:38Par contre, … https://t.co/euZ…", round 34a): a headline ends on its words.
# A site's address after a separator ("Le procès … renvoyé - https://www.lemonde.fr") is the
# line's source, not a post's link (round 26a's test).
_LINK_END = rx.compile(r".*[^\W_].*\s(?<![-–—|]\s)(?:https?://|www\.)\S+\s*")
# A listing's entry: its date in front of its headline ("10 Luglio 2017 Sessione europea …")
_DATED_ENTRY = rx.compile(r"\s*(?:\d{1,2}(?:er|º|°)?\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+\d{4}|"
                          r"\d{1,2}[./-]\d{1,2}[./-]\d{4})\s*[-–—:|]?\s+(?:\S+\s+){2}\S")
_ENTRIES_WITHIN = 4  # lines: the next entry under an entry's deck
# A menu's own label, left by a theme's skip link ("Top menu", round 34a: the title)
_MENU_LABEL = rx.compile(r"(?i)\s*(?:top|main|primary|secondary|header|footer|mobile|site|side)\s+"
                         r"(?:menu|navigation)\s*")
# A link's access key hint closing the line: a skip link's ("Zum Inhalt (ALT-C)", round 38b
# r1: the title) when the label before it is furniture too; a how-to's headline or step prints
# its key ("Word : insérer un symbole (Alt+X)", "Open the File menu (Alt+F)", review 2)
_ACCESS_KEY = rx.compile(r"(?i)(.*?)\s*[(\[]\s*(?:alt|accesskey|access key)\s*[-+:]?\s*\w\s*[)\]]\s*")
# A template's slot left unfilled ("{{featured_button_text}}", round 34b): a widget's text.
_TEMPLATE_SLOT = rx.compile(r"\{\{\s*[\w.-]+\s*\}\}")
# A line wholly one quotation: a quoted headline, or a quotation set apart (a pull quote)
_WHOLLY_QUOTED = rx.compile(r"\s*[«“„\"][^«»“”„\"\n]+[»”\"]\s*")
# Two words or more in capitals, a comma or a colon, a word in lower case
_CAPITALS_LEAD = rx.compile(r"\s*((?:[\p{Lu}'’-]{1,}\s+)+[\p{Lu}'’-]{2,})\s*[,:]\s+(?=[\p{Ll}])")
# A Markdown code fence a generator left (round 36b en07: the title): never a headline
_CODE_FENCE = rx.compile(CODE_FENCE)
# A name of one word with a capital inside ("AmGoog", "LedeAI", "logoIC"): a logo's, a nav's
# label, unless the lede takes it up (a brand's headline: "McDonald's", "YouTube", review 2)
_INNER_CAPITAL = rx.compile(r"[\w.'’-]*[\p{Ll}][\p{Lu}][\w.'’-]*")
# A feed's link ("Flux RSS des articles", "RSS feed")
# The whole phrase, its object at most: "RSS Feeds Explained" is a headline (review 2).
_FEED_LINK = rx.compile(r"(?i)\s*(?:[•·▪*-]\s*)?(?:(?:s['’]abonner\s+(?:au|aux)\s+|subscribe\s+(?:to\s+)?(?:the\s+|our\s+)?)?"
                        r"(?:(?:flux|fils?|feeds?)\s+RSS|RSS[ -]feeds?|RSS)"
                        r"(?:\s+(?:des|du|de\s+la|de\s+l['’]|for|of)\s*(?:\s+the)?\s+(?:articles?|commentaires|actualités|"
                        r"news|posts|comments|entries|site|blog|\S+)|\s*:\s*\S+)?)\s*")
# A credit's source, its last two words ("dts Nachrichtenagentur" in "© über dts Nachrichtenagentur")
_CREDIT_SOURCE = rx.compile(r"[\w.&-]+(?: [\w.&-]+)?\s*$")
_BRACKETED = rx.compile(r"\s*\[[^\[\]]+\]\s*")  # a rubric in square brackets: "[RETOUR SUR IMAGES]"
# A month's name and a day, then the comma the year would follow: the line ends there.
_CUT_DATE_END = rx.compile(r"(\b(?P<month>[\p{Lu}][\p{Ll}]{2,8})\.? \d{1,2}),\s*$")


def _stems(text: str) -> list[str]:
    """A text's words of four letters or more, and its numbers, cut to their first _STEM
    characters: "suisses" and "Suisse", "fêté" and "fête" alike."""
    return [w[:_STEM] for w in _CONTENT_WORD.findall(text.lower())]


def _echo(line: str, lede: frozenset[str]) -> float:
    """The share of ``line``'s stems found in ``lede``."""
    stems = set(_stems(line))
    return sum(s in lede for s in stems) / len(stems) if stems else 0.0
# A kept block mostly made of a link, a teaser's length: another article's headline
# ("Czytaj też: …", "À lire aussi » …"), which extractors keep inside the body.
TEASER_LINK_SHARE = 0.7
TEASER_WORDS = (6, 19)
THREAD_WINDOW = 12
THREAD_AFTER_BODY_LINES = 1
UNDATED_THREAD_AFTER_BODY_LINES = 5
# A thread's label, widget or reply form outside a thread (an empty thread: "0 Kommentare",
# "Neuester Kommentar", "Kommentar schreiben") is page furniture up to this many words.
THREAD_FURNITURE_WORDS = 8
ICON_LINE_MAX_WORDS = 12  # an icon's link or counter; a longer line is a paragraph an icon opens
# A reply written "Name> text" (a blog's replies to its readers, affordance.info: "Jean-Michel>
# que serait la crédibilité…", "Pierre> Vous ne rêvez pas car :"): a name of one to three
# capitalised words with a lower-case letter (not a prompt: "PS>", "mysql>"), ">", and words.
# The ">" right after the name: "Inflation > 3 % sur un an" compares, it does not reply.
_TURN = rx.compile(r"([\p{Lu}][\p{Ll}'’.-]*(?:[- ][\p{Lu}][\p{Ll}'’.-]*){0,2})> ?(?=\S)(\S+(?:\s+\S+){2,}.*)")
TURN_MIN = 2  # turns within THREAD_WINDOW lines that open a thread
# A thread with no label and no reply link (reddit: "level 2", "39 points · 6 years ago"; Stack
# Exchange: "answered Feb 6, 2014 at 23:35"): short stamp lines holding a comment date, each
# within STAMP_GAP lines of the last, with prose between them; STAMP_ENTRIES entries of prose or
# more, at least STAMP_VOICED of them in a reader's voice (thread_voice: "I", "you", "ich",
# "je", outside quotation marks, or a reply to "@name"). A dated list of teasers, a timeline or
# a liveblog's entries are dated prose too, but in no one's voice. Chosen on sets a and c of
# the comment labels (bench/comment_labels.py) and the eval pages; b and d held out.
STAMP_GAP = 16
STAMP_ENTRIES = 3
STAMP_VOICED = 0.5
# The article's own prose above a thread: paragraphs of this many words, this many of them.
_ARTICLE_PROSE_WORDS, _ARTICLE_PROSE_BLOCKS = 12, 2
_READER_ENTRIES = 2  # a thread in comment markup: this many stamps, and reply links, "#11"s or names
_NAME_WORD = rx.compile(r"[^\W\d_][\w.-]+")
_TIME_WORDS = frozenset({"uhr", "h", "am", "pm", "heure", "heures", "hrs"})
STAMP_ENTRY_WORDS = 5  # an entry's prose: a line of this many words
_QUOTED_SPAN = rx.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
_REPLY_TO = rx.compile(r"\s*@\w")
# A file's name alone on its line: one token, a dot, an extension ("PSA_aulnay.jpg", an
# image's name left under a paragraph, round 16a); a link's label naming a site ("Lire sur
# lemonde.fr") is a read-more link still.
_FILE_NAME = rx.compile(r"\s*[\w.-]+\.[^\W\d_]{2,4}\s*")
_EMAIL_ADDRESS = rx.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
# A contact field's label, or a second bar of fields: a masthead's contact bar, not a headline
# naming a scam's sender ("Arnaque : le faux mail contact@impots.fr qui vise … | Le Parisien")
_CONTACT_LABEL = rx.compile(r"(?i)\b(?:e-?mail|mail|courriel|tel|tél|telefon|phone|fax|kontakt|"
                            r"contact|online|web)\s*[.:]")
_URL_LINE = rx.compile(r"\s*(?:https?://|www\.)\S+\s*")  # an address alone: a logo's image, a link
# A related story's link, marked by the ">>" a site sets before each (lecourrier.vn, round 27a:
# ">>Orages en France : …" was the title); a headline never opens with it, nor ends with the
# arrow of a button's link ("List your business →", round 27a).
_LINK_MARKED = rx.compile(r"\s*(?:>>|»»)|.*\s[→➔➜⟶]\s*$")
# A breadcrumb of three parts or more, its root maybe a back link ("Go Back   SkyscraperPage
# Forum > Regional Sections > Canada > Québec", round 27b: the title): the crumb's marks only,
# a <title>'s "-" or "|" parts are read apart (_seeking_title). Read with quotations in
# guillemets blanked: their "»" closes a quotation ("quand « journalistes » et « analystes »
# se mordent la queue", round 31a r02, was read as a crumb).
_CRUMB_TRAIL = rx.compile(r"(?:[^»›>]*\s[»›>]\s){2}\S")
# The page store's month tag before a line ("date 2022-05 Ce qu’a dit…"): no page's words
_STORE_TAG = rx.compile(r"\s*date \d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
_CUT = rx.compile(r"\w\s?(?:…|\.\.\.)\s*$")  # a teaser cut in mid-phrase: "sur…", "et..."
_CUT_TEASER = rx.compile(r"\w\s?[\[(](?:…|\.\.\.)[\])]\s*$")  # an excerpt's cut: "leur bâton […]"
_ZERO_COUNT = rx.compile(r"\W*0\s")  # "0 Kommentare": a count of zero opens nothing
# A reply form's own fields, each alone on its line ("Name *", "E-Mail", "Website"): the
# "Kommentar" / "Comment" over them is the form's text box, no thread's label.
_FORM_FIELD = rx.compile(r"(?:name|nom|nombre|nome|e-?mail|courriel|correo|website|webseite|"
                         r"site(?: web)?|sitio web|url)\s*\*?\s*", re.IGNORECASE)


_BARE_MARK = rx.compile(r"[-–—•*·▪◦‣]")
TEASER_SENTENCE_WORDS = 40  # a page's first line teasing the headline under it is one sentence
# A WordPress shortcode alone on its line: "[ad_1]", "[caption id=\"x\"]", "[/caption]".
_SHORTCODE = rx.compile(r"\[/?[a-z][\w-]*(?:\s[^\]]*)?\]")
# A line of a few words ending with a site's address (_ADDRESS_END: "date 2023-05
# FirenzeViola.it"): no headline.
_STAMP_WORDS = 3
_BYLINE_WORDS = 12  # a byline run into its headline's line is no longer
_SENTENCE_STOP = rx.compile(r"(?<=[\p{Ll}\p{Lu}]{2})\.\s+(?=[\p{Lu}])")
# One full stop closing a line, not an ellipsis; a list's mark opening one.
_FULL_STOP = rx.compile(r"(?<![.…])\s?\.\s*$")
_CUT_HEADLINE_WORDS = 25  # a headline's longest (is_short_label's)
_CONTENTS_ENTRY = rx.compile(r"\s*\d{1,3}(?:\t|\s{3,})\S")
_PRONOUN = rx.compile(r"\w+['’]?")
_BARE_MARK_BEFORE = rx.compile(rf"^\s*{_BARE_MARK.pattern}\s+")


# A menu's items, capitalised single words, then a run of one mark: "Politique Économie
# Education International Société Culture ****GROUPE JEAN COUTU AUX ÉTATS-UNIS" (round 16b).
_MENU_RUN = rx.compile(r"\s*(?:[\p{Lu}][\p{Ll}]+\s+){3,}([*•·#=~])\1+\s*(?=\S)")


def _without_menu_run(text: str) -> str | None:
    """The headline without the menu run before it (_MENU_RUN), or None: no run, or too few
    words left to be a headline."""
    run = _MENU_RUN.match(text)
    if run is None:
        return None
    rest = text[run.end():].strip()
    return rest if word_count(rest) >= ECHO_STEMS and _is_headline_label(rest, word_count(rest)) else None


class Region(Enum):
    MAIN = "main"
    SOURCES = "sources"
    AFTER = "after"  # past the sources or disclosure: widgets, not body
    COMMENTS = "comments"
    RELATED = "related"
    END = "end"  # past the thread's reply form (pasted text): the page's footer


# Credits, bylines, handles, paths and counters are short too, but never headings.
_NOT_HEADING = rx.compile(r"[©@|/»·]|https?:|\.(?:com|de|fr|org|net)\b|\b(?:bild|foto|photo|credit|"
                          r"posted by|comment by|newsletter)\b|\d{1,2}:\d{2}", re.IGNORECASE)


# A caption's sentence closed by its stop, then its picture's credit on the same line: a few
# words with no stop (_credit_closed).
_CLOSED_THEN_TAIL = rx.compile(r"(?<=[\w)»”\"])[.!?]\s+(?P<tail>[^.!?\n]{1,40}?)\s*$")
_CAPTION_WORDS = 6  # the caption's sentence: a rubric before a headline's stop is shorter
_CREDIT_TAIL_WORDS = 4
# A credit's field: its word and a colon ("Photo: Keystone", "Bild: imago", «Crédit : AFP»);
# the word alone is a headline's gallery kicker («… Savona. Le foto», «. En photo», round 46
# review).
_CREDIT_FIELD = rx.compile(r"(?:photos?|fotos?|bild(?:er)?|credits?|crédits?|créditos?|crediti?|"
                           r"source|quelle|fonte|fuente)\s?:", re.IGNORECASE)


@functools.cache
def _photo_services() -> frozenset[str]:
    """The photo agencies and services a caption's credit names alone, in lower case (the
    lexicons' photo_services: "keystone", "imago")."""
    from audit.lexicon import _collect, _load_raw
    return frozenset(str(w).lower() for w in _collect(_load_raw(), "photo_services"))


def _credit_closed(text: str) -> bool:
    """A caption closed by its picture's credit after the sentence's stop: the credit in lower
    case ("… connu pour ses avantages fiscaux. keystone", watson.ch, round 46a fr21: the
    title), with a credit's word or sign ("… Bild: imago", "… © Jean Dupont") or an agency's
    name alone ("… à Berne. AFP"). No headline ends so: a sentence going on after the stop
    opens with a capital ("Brexit vote. What now for the City"), a rubric's stop comes after
    a word or two ("Football. Montant record")."""
    m = _CLOSED_THEN_TAIL.search(text)
    if m is None or word_count(text[:m.start()]) < _CAPTION_WORDS:
        return False
    tail = m.group("tail")
    return word_count(tail) <= _CREDIT_TAIL_WORDS and (
        _CREDIT_LINE.match(tail) is not None or _CREDIT_FIELD.match(tail) is not None or
        get_publishers().agency_name.fullmatch(tail) is not None or
        tail.strip().lower() in _photo_services())


def _looks_like_heading(text: str, words: int, next_words: int) -> bool:
    """A short label over a paragraph (``words``: the line's, ``next_words``: the next
    non-empty line's, of the two after it). The cheapest test first."""
    if next_words < 12 or not is_short_label(text, max_words=14, words=words) or \
            not (text[0].isupper() or text[0] in "“«\"'0123456789"):
        return False
    return not (_NOT_HEADING.search(text) or (text.isupper() and len(text) > 12))


_KICKER_WORDS = 3
_KICKER_TIMES = 3  # a rubric of _KICKER_WORDS words over a headline this many times longer
_KICKER_FEWEST = 4  # words: the headline under a one-word kicker (_kicker_over_headline)
_KICKER_COLON_WORDS = 8  # a kicker alone on its line, closed by a colon (_colon_kicker)
# A kicker quoting the lede's opening clause (_lede_kicker): its longest, its clause's fewest words
_KICKER_CLAUSE_WORDS, _KICKER_CLAUSE_FEWEST = 8, 3
_KICKER_QUOTED_WITHIN = 8  # lines under the headline where the quoted paragraph may open
@functools.cache
def _stop_stems() -> frozenset[str]:
    """The lexicons' function words cut as _stems cuts them: no content word ("dans")."""
    return frozenset(w[:_STEM] for w in get_lexicon().all_stopwords)


_POSSESSIVE = rx.compile(r"\w['’]s\b", re.IGNORECASE)


@functools.cache
def _function_words() -> frozenset[str]:
    return get_lexicon().all_stopwords | get_ai_lexicon().articles


# A headline led by its place or topic: a word or four, then a colon ("Quimper : la rue …")
_LED_HEADLINE = rx.compile(r"\s*[^\s:.!?]+(?:\s+[^\s:.!?]+){0,3}\s?:\s+\S")


def _headline_phrase(text: str) -> bool:
    """Whether a short line reads as a headline's noun phrase, not a rubric's label: it opens
    on an article, a determiner or a function word ("Le grand gâchis", "The long goodbye") or
    holds a possessive ("Net zero's reckoning"); a rubric names a field bare ("Vie en Ehpad").
    A short headline over its standfirst is printed so without a full stop (review 2 of
    session 29, item 3)."""
    words = text.split()
    if not words:
        return False
    first = words[0].lower().replace("’", "'")
    elided = first[:first.index("'") + 1] if "'" in first[:3] else ""
    function = _function_words()
    return first.strip(".,:;!?«»\"") in function or elided in function or \
        _POSSESSIVE.search(text) is not None
NOTICE_CLOSE = 2  # lines: a notice's paragraph is this near its closing line
# A line of this many words or fewer above the title, ending with a colon or not taken for the
# article by the line model: a widget's label ("À voir:"), which does not end the title's
# search as prose does.
_WIDGET_WORDS = 4
_PLAYER_WORDS = 6  # a player's label: its name and a word or two of the embed's
# A form's field: a label of a word or three, its colon, a short value or none ("Einsatzart:
# THL", "Einsatzbericht:"); two such lines in a row are a record's fields, not a headline.
_FIELD_RUN = 3
_TAG_WORDS, _TAG_CHARS = 4, 40  # a tag after a headline's sentence: "Bilan avec la police"
# A list's mark may open it, a field of a list under a field ("- Löschzug 6 (Münchnerau): Wache 6").
_FIELD = rx.compile(r"\s*(?:[-–•*]\s+)?[\p{Lu}][\w.-]*(?: [\w.()-]+){0,2}:(?:\s+\S.{0,60})?\s*")
# A first line shaped like a later one (_marks) by at least this many marks, two numbers among
# them: the first entry of a list.
LIST_MARKS = 6
_LABEL_CHARS = 140  # is_short_label's longest
_TERMINAL_MARK = rx.compile(r"[.;:,…!?]\s*$")
# Two clauses of a long headline: a dash or a colon between them, or an ellipsis and a capital
# ("Fonds réservés aux petites collectivités… Toujours en attente d’une réponse …", 36a fr34)
_CLAUSES = rx.compile(r"\s[—–:-]\s|(?<=\w)(?:…|\.{3}) (?=[\p{Lu}])")
_LETTERS = rx.compile(r"[^\W\d_]+")
# A label's colon, then a bar closing the line: a site's field left empty ("Happy Birthday : |",
# round 13b); a headline cut before its site's name ("… prépare son jubilé... |") is one.
_DANGLING_BAR = rx.compile(r"\s*:\s*[|¦]\s*$")
_NUMBER_RUN = rx.compile(r"\d+")
_SENTENCE_CASE = rx.compile(r"\s+[\p{Lu}][\w'’-]*\s+[\p{Ll}]")
_DIGIT = rx.compile(r"\d")
_LINE = Block(-1, -1, "")  # what the classifier reads of a plain text line: no tag, zone, role


class _Hits:
    """Each line cue's verdict on a line: ``hit.boilerplate[i]``. With ``bulk`` (plain text),
    the cues asked of nearly every line are made for all lines the first time one is asked,
    one C loop a cue; the others, and HTML's (asked of the blocks the extractor kept), when
    asked."""

    def __init__(self, lex, texts: list[str], lows: list[str | None], bulk: bool) -> None:
        self._lex, self._texts, self._lows, self._bulk = lex, texts, lows, bulk
        self._distinct: tuple[list[str], list[int]] | None = None

    def __getattr__(self, name: str) -> Sequence[bool]:  # a cue not asked yet
        cue, texts, lows = getattr(self._lex, name), self._texts, self._lows
        if self._bulk and name in _SCREENED and self._passed is not None:
            hits = self._screened(cue)
        elif self._bulk and name in _EVERY_LINE:
            hits = self._column(cue)
        else:
            hits = _Each(lambda i: cue.matches(texts[i], lows[i]))
        setattr(self, name, hits)
        return hits

    def _column(self, cue: LinePattern) -> bytes:
        """The cue's verdict on every line, in C loops."""
        distinct, where = self._distinct or self._lines()
        return cue.hits(self._texts, self._lows) if not where else \
            bytes(map(cue.hits(distinct, distinct).__getitem__, where))

    @functools.cached_property
    def _passed(self) -> list[int] | None:
        """The lines one of the _SCREENED cues may match (line_screen), when few are (at most
        one in _SCREEN_SHARE): only they are asked those cues. None: each cue reads every
        line."""
        screen = line_screen(tuple(getattr(self._lex, name) for name in _SCREENED))
        if screen is None or None in self._lows:
            return None
        passed = list(itertools.compress(range(len(self._lows)), self._column(screen)))
        return passed if len(passed) * _SCREEN_SHARE <= len(self._lows) else None

    def _screened(self, cue: LinePattern) -> bytes:
        """The cue's verdict on every line, asked of the lines the screen passes (each
        distinct line once): the others match no screened cue."""
        hits, verdicts, lows = bytearray(len(self._lows)), {}, self._lows
        for i in self._passed:
            low = lows[i]
            if low not in verdicts:
                verdicts[low] = cue.matches(self._texts[i], low)
            hits[i] = verdicts[low]
        return bytes(hits)

    def _lines(self) -> tuple[list[str], list[int]]:
        """The distinct lowered lines and where each line is among them, when at most half
        the lines are distinct (a page of repeated lines: each cue reads each line once);
        else ([], [])."""
        lows, distinct, where = self._lows, [], []
        if None not in lows:
            index = {low: k for k, low in enumerate(dict.fromkeys(lows))}
            if 2 * len(index) <= len(lows):
                distinct, where = list(index), list(map(index.__getitem__, lows))
        self._distinct = distinct, where
        return self._distinct


# The cues plain text's state machine asks of nearly every line (reply links: whether a date
# may open a thread); the others (reply forms) only around a comment thread.
_EVERY_LINE = frozenset({"boilerplate", "related_header", "sources_header", "sources_inline",
                         "comments_header", "comment_widget", "comment_date", "comment_form"})
# Those of them that share a head and a tail: one screen reads a line for all (3% of real
# lines pass it), unless more than one line in _SCREEN_SHARE does (then a loop a cue is faster).
_SCREENED = ("related_header", "sources_header", "comments_header", "comment_widget",
             "comment_date", "comment_form")
_SCREEN_SHARE = 4


class _Each:
    """A column read a line at a time, each value made when read: what the classifier asks
    of some blocks only (HTML), where making it for every block costs more."""

    __slots__ = ("_value",)

    def __init__(self, value: Callable[[int], Any]) -> None:
        self._value = value

    def __getitem__(self, i: int) -> Any:
        return self._value(i)


def _followed_within(column: bytes, lines: int) -> bytes:
    """A byte a line, 1 where ``column`` holds a 1 in one of the next ``lines`` lines: the
    running count ``lines`` ahead exceeds the line's own (4 bytes a line, two counts)."""
    import numpy as np

    held = np.cumsum(np.frombuffer(column, dtype=np.uint8), dtype=np.int32)
    ahead = np.full_like(held, held[-1] if len(held) else 0)  # past the end: the last count
    ahead[:max(len(held) - lines, 0)] = held[lines:]
    return (ahead > held).tobytes()


def _digits_in(texts: list[str], maybe: bytes) -> bytes:
    """A byte a line, 1 where re finds a digit in it, searched only in the lines ``maybe``
    marks (a character str.isdigit takes: every digit re's \\d takes is one)."""
    import numpy as np

    out = np.frombuffer(maybe, dtype=np.uint8).copy()
    out[out != 0] = np.fromiter(map(bool, map(_DIGIT.search, itertools.compress(texts, maybe))),
                                dtype=np.uint8, count=np.count_nonzero(out))
    return out.tobytes()


def _within(counts: Sequence[int], least: int, most: int | None = None) -> bytes:
    """A byte a line, 1 where ``least <= count <= most`` (``most`` None: no bound): in numpy
    when the counts are an array of C ints or 64-bit ones (the line model's word counts,
    _following_words), else a line at a time (a generator a line was 0.2 ms a pasted page)."""
    if isinstance(counts, array) and counts.typecode in "iq":
        import numpy as np

        values = np.frombuffer(counts, dtype=np.intc if counts.typecode == "i" else np.int64)
        held = values >= least if most is None else (values >= least) & (values <= most)
        return held.tobytes()
    return bytes(least <= c and (most is None or c <= most) for c in counts)


def _may_head(words: int, following: int) -> bool:
    """Whether _plain may take a line of ``words`` words, followed by one of ``following``
    words, for a heading."""
    return 0 < words <= 14 and following >= 12


@functools.cache
def _related_link_label() -> re.Pattern[str]:
    """A related link's label opening the line, then its colon (lexicon related_link_labels)."""
    return rx.compile(rf"\s*[•›»▸►▶*-]?\s*(?:{words_regex(list(words_of('related_link_labels')))})\s*:\s*",
                      re.IGNORECASE)


# A headline's first character: a capital, a figure, a quote («Retraites : …», "¿Cuándo …?"); a
# sentence after the label's colon opens in lower case in the Romance languages and English
# («Sur le même sujet : le porte-parole a déclaré …»)
_HEADLINE_FIRST = rx.compile(r"[\p{Lu}\d«\"“„‘'¿¡]")
# one sentence's end, then another's start ("… on Tuesday. Trustees will …"; not "U.S. Army")
_SENTENCE_IN = rx.compile(r"(?<=\w\w)[.!?…][»”\"’)]*\s+[\p{Lu}«\"“„]")
# a sentence's stop closing the line, before a quote or a bracket or not ("… a great day.\"",
# "… (voir ci-dessous.)", "… depuis 2020!"); an ellipsis ("rides…", "rides...") is a cut headline's
_CLOSED_BY_STOP = rx.compile(r"(?<!\.)[.!][\s»”“\"’')\]]*$")
LINK_HEADLINE_WORDS = (2, 25)
# the most list items read back to a related box's label (_listed_under_related)
_BOX_ITEMS = 30


def _label_over_headline(text: str) -> bool:
    """A related link's label, its colon, then one headline (task seg44, review S P1): the
    headline opens with a capital, a figure or a quote, is one clause of 2 to 25 words, and no
    stop closes it. A sentence the label opens stays the article's: one in lower case after the
    colon, two sentences, or one closed by its stop, whatever follows the stop (a quote, a
    bracket). «Le puede interesar: Petro anuncia una reforma a la salud.» (a headline with a
    stop) is read as a sentence: the shape cannot tell it from one."""
    label = _related_link_label().match(text)
    if label is None:
        return False
    head = text[label.end():].strip()
    return bool(head) and _HEADLINE_FIRST.match(head) is not None and \
        LINK_HEADLINE_WORDS[0] <= word_count(head) <= LINK_HEADLINE_WORDS[1] and \
        _SENTENCE_IN.search(head) is None and _CLOSED_BY_STOP.search(head) is None


class _Classifier:
    def __init__(self, doc: Document, folded: str, line_model: LineModel | None,
                 agent_sites: Sites | None = None, readings: Readings | None = None,
                 read: BlockReading | None = None) -> None:
        self.doc = doc
        self.readings = readings  # the article's disclosure readings, shared with extract
        self.lex = get_lexicon()
        self._you: frozenset[str] | None = None
        self.region = Region.MAIN
        self.title_seen = False
        self.body_lines = 0
        self.body_at_title: int | None = None  # body lines above the title: a cookie notice
        self.thread_dates = 0  # comment dates seen in the thread
        self.stamp_opened = False  # HTML: a stamped thread's stamp met after the article's prose
        # 1 where a block stands in a related-links box: its dates are other stories'
        self.related = bytearray(len(doc.blocks))
        # 1 where a block dates the visit, not the article: a home page's <title> line and the
        # site's today under it (_front_page)
        self.visit_dated = bytearray(len(doc.blocks))
        # line -> is a comment date (0: not asked yet, 1: no, 2: yes); windows overlap
        self._dated = bytearray(len(doc.blocks))
        self.texts = clean_texts(doc.blocks, folded) if read is None else read.texts
        self.folded = folded
        # Blocks' tags (an "li" is a list item), read by the disclosure reader; none in plain text.
        self._tags = None if isinstance(doc.blocks, LineBlocks) else _Each(lambda i: doc.blocks[i].tag)
        # HTML pages carry the extractor's opinion; plain text and Markdown do not, so their
        # lines are judged by the line model (audit/segment/lines.py).
        self.hinted = doc.format == "html" and any(b.extracted is not None for b in doc.blocks)
        self.captions = any(tag == "figcaption" for _, tag, _ in doc.containers)
        # Plain text's cues are asked of nearly every line: each column is made for all lines
        # at once (C loops); HTML's of the blocks the extractor kept: each when asked.
        self.bulk = not self.hinted
        # Which blocks may name an AI agent: asked of every block not in a thread.
        sites = agent_sites or Sites(folded, None)
        self.agent_held = sites.holding(offsets(doc.blocks)) if self.bulk else \
            _Each(lambda i: sites.may_hold(doc.blocks[i].start, doc.blocks[i].end))
        self.quality = None
        judged = None  # the line model's verdicts and counts, when it is ours
        if not self.hinted:
            model = line_model or default_model()
            if isinstance(model, LineModel):  # it counts words and digits on its way
                judged = model.judge_lines(self.texts)
                self._words, self._has_digit = judged.words, _digits_in(self.texts, judged.digits)
                verdicts = judged.verdicts
            else:  # a study's model: it judges, no more
                verdicts = model.judge(self.texts)
            self.quality = [GOOD if ok else BAD for ok in verdicts]
        if self.quality is not None and GOOD not in self.quality:
            self.quality = None  # too little text to judge: keep every line
        # Each line lowercased once for its cues; after the line model, whose columns are
        # the peak of a page of many short lines.
        self.lows = lowered_texts(doc.blocks, folded, self.texts) if read is None else read.lows
        self.hit = _Hits(self.lex, self.texts, self.lows, self.bulk)
        if judged is not None:
            self.hit.boilerplate = judged.boilerplate
        elif read is not None:
            self.hit.boilerplate = read.boilerplate
        self.meta_title = clean_title(doc.meta.get("title"))
        # Markdown's front matter names the title: the line that repeats it is the title, and
        # no line is guessed to be (round 7: the echo rule took the repeated title for a
        # tagline and gave a subheading).
        self.front_title = doc.format == "markdown" and bool(self.meta_title)
        # As the text is: folded ("L’Amicale" is "L'Amicale" there).
        self.front = title_key(doc.meta["title"]) if self.front_title else ""
        # Where the text repeats it: the lines above are the page's furniture (a breadcrumb).
        self.front_title_at = next((j for j, t in enumerate(self.texts) if clean_title(t) == self.front),
                                   -1) if self.front_title else -1
        self.page_title: str | None = None
        self.page_line = ""  # a pasted page's first line, its <title>, site's name and all
        self.page_line_at = -1
        self.fallback_title: str | None = None  # the <title> line's, when it is the title
        self.disclosed_title = -1  # the headline's line, classed a disclosure
        self.headline_at = -1  # a pasted page's headline, found below the lines above it
        self.repeat_at = -1  # that headline when it repeats the page's first line (_shown_again)
        self.menu_end = -1  # the headline under a menu's run (_headline_under_menu_run)
        self.crumb_at = -1  # the breadcrumb over it that ends with it (_crumbed_headline)
        self.tagline_at = -1  # the site's tagline shown again under its name (_tagline_below)
        self.notice_at = -1  # the last line of a notice over the headline (_in_notice)
        self.linked = link_shares(doc) if self.hinted else []
        # HTML: the first <h1>, the page's title; a word or two kept above it is a kicker. But
        # an <h1> the <title> or og:title repeats is the title, one above it a site's logo.
        h1s = [] if doc.format == "text" else [i for i, b in enumerate(doc.blocks) if b.tag == "h1"]
        titled = [i for i in h1s if self.meta_title and clean_title(self.texts[i]) == self.meta_title]
        self.titled_h1 = bool(titled) and titled[0] != h1s[0]
        self.h1_at = titled[0] if self.titled_h1 else h1s[0] if h1s else -1
        self.masthead_h1 = self._masthead_h1(h1s) if h1s and not titled else -1

    def run(self) -> list[SpanKind]:
        if isinstance(self.doc.blocks, LineBlocks) and self.bulk:
            return self.finished(self._run_lines())
        kinds = []
        for i, block in enumerate(self._blocks()):
            kinds.append(self.classify(i, block))
            self.related[i] = self._boxed() or block.zone == "related" or self._related_links[i]
            self._count_body(kinds[-1])
        if self.hinted:
            self._recover_lead(kinds)
        return self.finished(kinds)

    def finished(self, kinds: list[SpanKind]) -> list[SpanKind]:
        """The last steps of run(), whichever path read the lines: plain text's rail labels,
        then the title."""
        if isinstance(self.doc.blocks, LineBlocks):
            kinds = self._rail_labels(kinds)
        return self._titled(kinds)

    def _rail_labels(self, kinds: list[SpanKind]) -> list[SpanKind]:
        """Plain text: a short line kept as the article (_MENU_LINE_WORDS words or fewer, no
        stop, figure or list mark) right over _LABELLED_RUN short lines put out (by a cue or
        the line model) is their rail's label, out too ("Don't Miss" over "Latest News" /
        "Video Center", round 40b en08), when the lines put out under it run to the text's end
        or into furniture of another kind: an intertitle over an ad or share pair has the
        story's prose under it (review S: 15 of 23 real intertitles went out). Read on the
        kinds as given, one step: a label over a label stays (a results list would go line by
        line, review S)."""
        out = SpanKind.BOILERPLATE
        said = [k for k, t in enumerate(self.texts) if t.strip()]
        kept = (SpanKind.BODY, SpanKind.HEADING)
        labels = []
        for n in range(len(said) - _LABELLED_RUN):
            i, run = said[n], said[n + 1:n + 1 + _LABELLED_RUN]
            if kinds[i] not in kept or any(kinds[k] is not out for k in run) \
                    or not self._menu_item(i) or not all(map(self._menu_item, run)):
                continue
            # the lines put out under it, to the first one that is not: the text's end or
            # furniture of another kind, never the article going on
            m = n + 1
            while m < len(said) and kinds[said[m]] is out:
                m += 1
            if m == len(said) or kinds[said[m]] not in kept:
                labels.append(i)
        for i in labels:
            kinds[i] = out
        return kinds

    def _menu_item(self, i: int) -> bool:
        """Line ``i`` is a menu item's shape: a few words, no stop, figure, byline or list mark."""
        text = self.texts[i]
        return self._words[i] <= _MENU_LINE_WORDS and not _TERMINAL_MARK.search(text) and \
            not self._has_digit[i] and text.lstrip()[:1] not in _LIST_MARKS and \
            not self.lex.byline.match(text)

    def _boxed(self) -> bool:
        """In a related-links box ("A lire aussi", "Mehr zum Thema"): in pasted text it lasts
        up to the next prose, past its teasers (the article's own furniture may follow)."""
        return self.region is Region.RELATED

    def _titled(self, kinds: list[SpanKind]) -> list[SpanKind]:
        """A pasted page whose <title> line is not repeated as a headline: that line is the
        title ("Ils nous ont quittés en 2024 | EUROtoday")."""
        if self.disclosed_title >= 0 and SpanKind.TITLE not in kinds:
            title = self.page_title if self.page_line_at == self.disclosed_title \
                else clean_title(self.texts[self.disclosed_title])
            # its headline's part says no agent: a credit line ("Story by OpenAI ChatGPT |
            # Images by Midjourney", round 24a) has no headline
            if title and not is_disclosure_block(title):
                self.fallback_title = title
            return kinds
        if self.page_line_at >= 0 and SpanKind.TITLE not in kinds and SpanKind.BODY in kinds:
            kinds[self.page_line_at] = SpanKind.TITLE
            self.fallback_title = self.page_title
        elif SpanKind.TITLE not in kinds and self.doc.format != "html" and \
                self.page_title is None and not self.front_title:
            j = self._opening_heading(kinds)
            if j < 0:
                j = self._opening_line(kinds)
            if j >= 0:
                kinds[j] = SpanKind.TITLE
        self._header_widget_dates(kinds)
        return kinds

    def _header_widget_dates(self, kinds: list[SpanKind]) -> None:
        """A bare date above the title, among the header's boilerplate next to a weather
        reading ("62 F" / "English Español" / "November 19, 2019" over the menu,
        round 42b r2) or a search box's label ("Buscar" / "05 de Noviembre del 2024" /
        "Tecnología", round 44b es05): the header's today widget, the visit's date
        (``visit_dated``). Only such a widget tells it: a bare date over the headline is as
        often the story's own."""
        if SpanKind.TITLE not in kinds:
            return
        top = kinds.index(SpanKind.TITLE)
        if SpanKind.BODY in kinds[:top]:
            return
        for k in range(top):
            if kinds[k] is not SpanKind.BOILERPLATE or not self._has_digit[k] or \
                    not is_dateline(self.texts[k]) or self._date_labelled(k, self.texts[k]):
                continue
            near = range(max(0, k - _WIDGET_NEAR), min(top, k + _WIDGET_NEAR + 1))
            # a search box's, when a line other than a byline stands between the date and the
            # title: a date right over the headline, or over its byline, is the story's ("Suchen" /
            # "03.02.2022" / the title, btv.de; «Rechercher» / «12 mars 2024» / «Par Jean Dupont»,
            # review D44)
            if any(m != k and (_WEATHER.fullmatch(self.texts[m]) or
                               self._apart(k, top) and self._search_label(self.texts[m])) for m in near):
                self.visit_dated[k] = 1

    def _apart(self, k: int, top: int) -> bool:
        """A said line between line k and the title ``top`` that is no byline and no byline's
        label: the date on k is not the story's dateline block."""
        return any(self.texts[m].strip() and not self.lex.byline.match(self.texts[m]) and
                   not _bare_byline(self.texts[m]) for m in range(k + 1, top))

    def _read_more_teaser(self, text: str) -> bool:
        """Another story's teaser, its excerpt cut short and its read-more link closing the line
        (lexicon read_more_links before the arrow: «… Il s'agit du Nigéria… Plus »», a sidebar's
        teaser on allafrica, round 44a fr38: it was the title; "… Read more ›"). Not a quote's
        closing guillemet: no « opens before the link («Macron : « Je ne suis pas là pour
        plaire… bien au contraire »», review D44)."""
        link = self.lex.teaser_link
        m = link.search(text) if link is not None else None
        return m is not None and "«" not in text[:m.start()]

    def _site_clock(self, text: str) -> bool:
        """A masthead's clock: a weekday and its date, then the place whose time it is and no
        more («Samedi 27 Avril, 2024 á Dakar», round 44a fr26: it was the title). A story's
        dateline names no weekday before its date ("PARIS, le 12 mars 2024")."""
        m = _CLOCK_PLACE.fullmatch(text)
        return m is not None and m["day"].lower() in self.lex.weekdays and is_dateline(m["date"])

    def _search_label(self, text: str) -> bool:
        """A search box's label alone on its line ("Buscar", "Rechercher", "Search by State"): a
        masthead's widget."""
        label = self.lex.search_label
        return label is not None and label.fullmatch(text) is not None

    def _opening_heading(self, kinds: list[SpanKind]) -> int:
        """Plain text with no title read: the first heading, among the page's first lines
        (under a photo's caption and its credit), over the lede that
        echoes it ("Collegeleden benoemd" under "• Burgemeester de Jong benoemd …" / "Martin
        Monkel", round 29a), is the headline; or -1. A later heading is a section's."""
        said = [k for k, t in enumerate(self.texts) if t.strip()][:OPENING_LINES]
        j = next((k for k in said if kinds[k] is SpanKind.HEADING), -1)
        if not said or j <= said[0] or self._words[j] < 2:  # an empty text has no line
            return -1  # a page's first line alone is not told from a section's (_opens_list)
        # Above it only a photo's caption, set apart by its bullet, and a credit's few words:
        # under a lede's paragraph or a quotation it is an intertitle ("Un empire? Non, une
        # société" under a quoted paragraph, round 8).
        # Or a kicker alone on the first line, closed by its colon ("« Un rôle de lien social »
        # :" over "À Chavagne, le club de l’amitié a fêté ses 50 ans", round 42a r8).
        kicker = j == said[1] and self._colon_kicker(said[0])
        if not kicker and (
                not any(_CAPTION_BULLET.match(self.texts[k]) for k in said if k < j) or
                any(self._words[k] > _CREDIT_WORDS and not _CAPTION_BULLET.match(self.texts[k])
                    for k in said if k < j)):
            return -1
        under = self._said_after(j, 1)
        if not under or kinds[under[0]] is not SpanKind.BODY or not self._prose(under[0], self.texts[under[0]]):
            return -1
        return j if self._echoed(j) else -1

    def _opening_line(self, kinds: list[SpanKind]) -> int:
        """Plain text with no title read, its first line standing as a reader's headline; or
        -1. Two shapes only, as a lede's first sentence has a headline's length and stop (the
        blind rounds' pages with no headline open so 34 times in 1,180): the page's one line,
        a headline's length with no stop ("Commissioners approve $28.3 million budget", round
        33b), or a heading over the prose that opens with its words ("De gemeenteraad" over
        "De gemeenteraad is gekozen door de inwoners …", round 30b): the first of a page's
        intertitles is echoed less ("Un controllo inaspettato", round 16b), and so is a list's
        first label (a press review's source); an interview's question is not taken, its
        answer says its words again ("Comment as-tu commencé la musique ?", round 14)."""
        said = [k for k, t in enumerate(self.texts) if t.strip()]
        if not said or kinds[said[0]] not in (SpanKind.BODY, SpanKind.HEADING):
            return -1
        i, text = said[0], self.texts[said[0]]
        if self._words[i] > _OPENING_LINE_WORDS or len(text) > _LABEL_CHARS or \
                _TWO_SENTENCES.search(text) or self._has_digit[i] and is_dateline(text):
            return -1
        if len(said) == 1:
            return i if self._words[i] >= 3 and not _TERMINAL_MARK.search(text) and \
                not self._furniture(i, text) else -1
        k = said[1]
        if kinds[i] is not SpanKind.HEADING or self._words[i] < 2 or text.rstrip().endswith("?") or \
                kinds[k] is not SpanKind.BODY or not self._prose(k, self.texts[k]):
            return -1
        return i if _echo(text, frozenset(_stems(self.texts[k]))) >= _OPENING_ECHO else -1

    def _furniture(self, i: int, text: str) -> bool:
        """A pasted page's one line that is no headline however long: the site's furniture (a
        boilerplate cue, a credit, a legal notice, or the site's call to its reader opening the
        line in the line's own language, any language's when the line is too short to tell:
        "Thank you for reading Greeley Tribune", "Alle Rechte vorbehalten", «Partilhe este
        artigo no Facebook», review S P6). A copyright's sign, not _NOT_HEADING's marks: a French
        headline quotes in «» (round 14b fr24). Neither a clause after a verb nor a reader
        addressed tells a sentence that lost its stop: headlines report speech and address their
        reader («Emmanuel Macron annonce qu’il …», "What you need to know …", review D44)."""
        if self.hit.boilerplate[i] or _CREDIT_LINE.match(text) or self._notice(text) or \
                self._credit_shaped(i, text):
            return True
        calls = self.lex.reader_call
        language = detect_language(text)
        return any(calls[lang].match(text) for lang in ([language] if language in calls else calls))

    def _run_lines(self) -> list[SpanKind]:
        """Plain text. A line no cue marks (_marked) changes the machine's state only in a
        few ways known ahead (_run_end), so a run of them is taken at once: in the article,
        each line a heading, body or boilerplate by its shape and the line model alone
        (_plain); in a related-links box or past the thread, boilerplate. The cues are read
        in C loops, a byte a line; the other lines go through classify, the long way."""
        marked, body = self._marked, SpanKind.BODY
        kinds: list[SpanKind] = []
        i, n = 0, len(marked)
        while i < n:
            j = self._run_end(i, marked)
            if j > i:
                run = self._plain_kinds[i:j] if self.region is Region.MAIN else \
                    [SpanKind.BOILERPLATE] * (j - i)
                if self._boxed():
                    self.related[i:j] = b"\x01" * (j - i)
                kinds += run
                self.body_lines += run.count(body)
                i = j
            else:
                kind = self.classify(i, _LINE)
                self.related[i] = self._boxed() or self._related_links[i]
                kinds.append(kind)
                self._count_body(kind)
                i += 1
        return kinds

    def _count_body(self, kind: SpanKind) -> None:
        self.body_lines += kind is SpanKind.BODY
        if kind is SpanKind.TITLE and self.body_at_title is None:
            self.body_at_title = self.body_lines

    def _run_end(self, i: int, marked: bytes) -> int:
        """Past the run of lines from line i the short way takes (i: none). In the article,
        once the title is read or the page's <title> is known: up to the line that repeats
        that <title> (the title, the long way). In a related-links box: up to the first
        prose, which ends the box. Past the thread's reply form: every line is boilerplate."""
        if marked[i] or self.region not in (Region.MAIN, Region.RELATED, Region.END):
            return i
        j = marked.find(1, i)
        j = len(marked) if j < 0 else j
        if self.region is Region.RELATED:
            k = self._prose_lines.find(1, i, j)
            return j if k < 0 else k
        if self.region is Region.END or self.title_seen:
            return j
        if self.page_title is None:
            return i  # the page's first line: its <title> or its title
        if self.page_title:
            try:
                return self.texts.index(self.page_title, i, j)
            except ValueError:
                pass
            return next((k for k in range(i, j) if self._repeats_page_title(self.texts[k])), j)
        return j

    def _repeats_page_title(self, text: str) -> bool:
        """The title as the page shows it: its <title> line up to a separator ("Titre - Rubrique
        - Site": the site's name may be several parts, which without_site_name cuts one of)."""
        line = self.page_line
        return text == self.page_title or len(text) >= _TITLE_PREFIX_MIN and \
            line.startswith(text) and bool(_SEPARATOR_AT.match(line, len(text)))

    @functools.cached_property
    def _marked(self) -> bytes:
        """A byte a line, 1 where a cue may send the line off the short way: an agent, a
        label, or a date that may open a thread (another date after a reply link within
        THREAD_WINDOW lines: so a reply link must follow within it)."""
        hit = self.hit
        return either(self.agent_held, hit.boilerplate, hit.related_header, self._related_links,
                      hit.sources_inline, hit.sources_header, hit.comments_header,
                      hit.comment_widget, hit.comment_form, self._turns, self._teasers, self._doubled, self._icons,
                      self._goes_on_notice, self._stamped_run, self._says_lines,
                      both(self._may_be_date, _followed_within(hit.comment_widget, THREAD_WINDOW)))

    @functools.cached_property
    def _goes_on_notice(self) -> bytes:
        """A byte a line, 1 where the line goes on with a boilerplate line's sentence: it opens
        in lower case or with that sentence's stop, the line above a cue's boilerplate with no
        stop ("En poursuivant votre navigation …, vous acceptez nos CGV relatives à l’utilisation
        de cookies" / "et des données associées pour vous proposer des contenus …", round 42a
        r5: that line was the title). A cookie banner broken over lines is boilerplate whole."""
        out = bytearray(len(self.texts))
        cue = self.hit.boilerplate
        for i in range(1, len(self.texts)):
            if (cue[i - 1] or out[i - 1]) and self._words[i - 1] >= _NOTICE_WORDS and \
                    _CONTINUES.match(self.texts[i]) and \
                    not _SENTENCE_STOP.search(self.texts[i - 1]):
                out[i] = 1
        return bytes(out)

    @functools.cached_property
    def _related_links(self) -> bytes:
        """A byte a line, 1 where a related link's label stands over one headline on the line
        («Sur le même thème : Des nouvelles des Gendarmes …», "More news: Czechs vote in …";
        _label_over_headline)."""
        return bytes(":" in t and _label_over_headline(t) for t in self.texts)

    @functools.cached_property
    def _says_lines(self) -> bytes:
        """A byte a line, 1 where a reader's name says ("Ramón dijo:", "Anna says:"): it may
        open the thread (_says_over_date)."""
        return bytes(t.rstrip().endswith(":") and without_says(t) != t and is_name_line(t)
                     for t in self.texts)

    @functools.cached_property
    def _teasers(self) -> bytes:
        """A byte a line, 1 where the line is one of a run of teasers: lines of TEASER_WORDS[0]
        words or more cut in mid-phrase by an ellipsis ("…les stars…", "Les cybercriminels
        utiliseraient selon 01NET les…"), one after another: other articles' excerpts."""
        cut = [("…" in t[-3:] or "..." in t[-5:]) and _CUT.search(t, len(t) - 5) is not None
               and word_count(t) >= TEASER_WORDS[0] for t in self.texts]
        said = [k for k, t in enumerate(self.texts) if t.strip()]
        if said and word_count(self.texts[said[0]]) <= _CUT_HEADLINE_WORDS:
            # the page's first line of a headline's length is its headline, cut or not: under
            # it a cut lede is the article's own (SenTV, round 14b: "… (PM…" then "SENTV :
            # L'Etat … qui…"); a first line of prose is one of the run (round 9a: a post's
            # French excerpt, then its English one, each cut)
            cut[said[0]] = False
        if sum(cut) < 2:
            return bytes(len(cut))
        out = bytearray(len(cut))
        for a, b in zip(said, said[1:]):
            if cut[a] and cut[b]:
                out[a] = out[b] = 1
        return bytes(out)

    @functools.cached_property
    def _doubled(self) -> bytes:
        """A byte a line, 1 where the line is one of a run of menu items each written twice
        ("Nord Nord", "Sud Sud", "Mondial Mondial": an edition picker's labels, each its
        link's text and its title run together; rugbypass, round 17b). One such line may be a
        name ("Bora Bora"); two in a row are a menu."""
        twice = [len(t) <= _DOUBLED_CHARS and _is_doubled(t) for t in self.texts]
        if sum(twice) < 2:
            return bytes(len(twice))
        said = [k for k, t in enumerate(self.texts) if t.strip()]
        out = bytearray(len(twice))
        for a, b in zip(said, said[1:]):
            if twice[a] and twice[b]:
                out[a] = out[b] = 1
        return bytes(out)

    @functools.cached_property
    def _icons(self) -> bytes:
        """A byte a line, 1 where a short line opens with an icon font's ligature name
        (cues.ICON_LIGATURE_JOINED: "arrow_back_ios Voltar para listagem", "remove_red_eye 591
        visualizações"): a link's or a counter's furniture. A one-word name ("collections FOTOS
        DA NOTÍCIA") only on a page that shows a joined one, and on a label's line
        (cues.is_icon_word_label): "share" alone is a word."""
        joined = [word_count(t) <= ICON_LINE_MAX_WORDS and ICON_LIGATURE_JOINED.match(t) is not None
                  if "_" in t else False for t in self.texts]
        if not any(joined):
            return bytes(len(joined))
        return bytes(j or is_icon_word_label(t) for j, t in zip(joined, self.texts))

    @functools.cached_property
    def _turns(self) -> bytes:
        """A byte a line, 1 where the line is a "Name> text" reply (_TURN); the pattern is
        tried on the lines that hold a ">" only."""
        return bytes(">" in t and _TURN.fullmatch(t) is not None for t in self.texts)

    @functools.cached_property
    def _prose_lines(self) -> bytes:
        """_prose of every line, a byte a line."""
        if self.quality is None:
            return bytes(len(self.texts))
        return bytes(q == GOOD and w >= RESUME_MIN_WORDS for q, w in zip(self.quality, self._words))

    @functools.cached_property
    def _plain_kinds(self) -> list[SpanKind]:
        """_plain of every line, the line model's verdicts taken at once: a heading needs a
        few words, then a line of twelve or more, and a dateline a digit and a few words, so
        only such lines are asked one by one."""
        kinds = [SpanKind.BODY] * len(self.texts) if self.quality is None else \
            [SpanKind.BODY if q == GOOD else SpanKind.BOILERPLATE for q in self.quality]
        words, following = self._words, self._following_words
        # the lines _may_head may take, and those is_dateline may (a digit, a few words)
        asked = either(both(_within(words, 1, 14), _within(following, 12)),
                       both(self._has_digit, _within(words, 1, DATELINE_MAX_WORDS)))
        if self.quality is not None:  # a sentence the model doubts between two lines it takes
            asked = either(asked, bytes(self._sentence_between(i, t) for i, t in enumerate(self.texts)))
            asked = either(asked, self._numbered_items)
        for i in itertools.compress(range(len(kinds)), asked):
            kinds[i] = self._plain(i)
        return kinds

    def _plain(self, i: int) -> SpanKind:
        """_in_main of a line no cue marks, once the title is read (tests/test_spans.py)."""
        words, text = self._words[i], self.texts[i]
        if self._numbered_items[i]:
            return SpanKind.BODY
        if self._has_digit[i] and is_dateline(text):
            return SpanKind.BOILERPLATE
        if _may_head(words, self._following_words[i]) and self._good_follows(i) and \
                _looks_like_heading(text, words, self._following_words[i]):
            return SpanKind.HEADING
        if self.quality is not None and self.quality[i] != GOOD and not self._sentence_between(i, text):
            return SpanKind.BOILERPLATE
        return SpanKind.BODY

    def _blocks(self) -> Iterable[Block]:
        """The blocks as the classifier reads them. Plain text's lines have no tag, zone or
        role, all it reads of a block there (their text and offsets come from ``texts``): one
        block stands for every line, none made a line."""
        if isinstance(self.doc.blocks, LineBlocks):
            return itertools.repeat(_LINE, len(self.doc.blocks))
        return self.doc.blocks

    def _block(self, i: int) -> Block:
        return _LINE if isinstance(self.doc.blocks, LineBlocks) else self.doc.blocks[i]

    def _recover_lead(self, kinds: list[SpanKind]) -> None:
        """Extractors often cut the standfirst that sits between the title and the body."""
        try:
            title = kinds.index(SpanKind.TITLE)
            body = kinds.index(SpanKind.BODY, title)
        except ValueError:
            return
        for i in range(title + 1, body):
            block, text = self.doc.blocks[i], self.texts[i]
            if kinds[i] is SpanKind.BOILERPLATE and block.tag in _LEAD_TAGS and \
                    word_count(text) >= 10 and _SENTENCE_END.search(text) and \
                    not self.hit.boilerplate[i] and \
                    block.zone not in _BOILERPLATE_ZONES:
                kinds[i] = SpanKind.BODY

    def _opens_sources(self, i: int, block: Block, text: str) -> bool:
        """A "Sources"/"Références" header opens the sources list under the article's text;
        above it, or in the navigation, it is a menu item ("Reference" on a news site)."""
        return self.body_lines > 0 and block.zone not in ("nav", "footer", "sidebar") and \
            bool(self.hit.sources_header[i])

    def _closes_sources(self, i: int, block: Block) -> bool:
        """HTML: a sources list ends where the article's furniture starts: a block outside
        the article (its <footer>, a sidebar, a form), a comment box's label or a copyright
        line ("Votre commentaire", "SITE © 2019"); a year is no entry's proof there."""
        hit = self.hit
        return block.zone in _BOILERPLATE_ZONES or bool(hit.boilerplate[i] or hit.comment_widget[i]
                                                       or hit.comment_form[i] or hit.comments_header[i])

    def classify(self, i: int, block: Block) -> SpanKind:
        text = self.texts[i]
        in_thread = self.region is Region.COMMENTS or block.zone == "comments"
        if block.zone == "disclosure" or not in_thread and self.agent_held[i] and \
                block.zone not in MENU_ZONES and is_disclosure_block(text, readings=self.readings) and \
                not announced(self.texts, i, self._tags):
            if self.region is Region.SOURCES:
                self.region = Region.AFTER
            # A post's headline may carry its disclosure ("The World Between Us | Short
            # AI-Ghost-Written Story", round 42b r1): the line stays a disclosure, and the title.
            if not self.hinted and not in_thread and not self.title_seen and not self.body_lines \
                    and word_count(text) <= _DISCLOSED_TITLE_WORDS and not text.rstrip().endswith((".", ":")) \
                    and (self._by_text(i, block, text) is SpanKind.TITLE or self.page_line_at == i):
                self.disclosed_title = i
            return SpanKind.DISCLOSURE
        if self.hinted:
            return self._hinted(i, block, text)
        return self._by_text(i, block, text)

    def _hinted(self, i: int, block: Block, text: str) -> SpanKind:
        """HTML: the extractor's verdict first, then the cues it misses."""
        # In the thread, the extractor's "main" is trusted (forum posts and live commentaries
        # are named comments too) but for the element a comment system puts a comment's text
        # in: a reader quoting the article there is read as the article by the extractor.
        threaded = self._in_stamped_thread(i, block)  # read on every block: it keeps a state
        if block.zone == "comments" and (block.extracted != "main" or block.role == "text" or
                                         self._under_reader_stamp[i]):
            return self._in_comments(block, text, i)
        if threaded:
            # Entries of a stamped run the extractor kept as the article (a forum's posts, a Q&A
            # page's answers, reddit's thread in markup that names it or not), and their stamps:
            # as pasted text reads them (_stamped_run).
            if self.lex.profile_label.search(text) or i and self.lex.profile_label.search(self.texts[i - 1]):
                return SpanKind.BOILERPLATE  # a poster's profile: "Mitglied seit", its date next
            return self._in_comments(block, text, i)
        if self.region is Region.SOURCES and self._closes_sources(i, block):
            self.region = Region.AFTER
        if block.extracted != "main":
            if self._opens_sources(i, block, text) or (self.region is Region.SOURCES
                                                  and block.tag not in _HEADING_TAGS
                                                  and is_citation_like(text)):
                self.region = Region.SOURCES  # extractors cut sources lists as boilerplate
                return SpanKind.SOURCES
            return self._not_extracted(i, block, text)
        # Kept by the extractor: drop the widget lines it leaks, short lines in share bars.
        short = word_count(text) <= 8
        if self.hit.boilerplate[i] or self.hit.comment_widget[i] and short or self._icons[i] or \
                self.hit.related_header[i] or self._related_links[i] or \
                self._has_digit[i] and is_dateline(text) or self._teaser(i, text) or \
                block.tag == "li" and self._listed_under_related(i, text):
            return SpanKind.BOILERPLATE
        if block.zone == "sources" or self._opens_sources(i, block, text):
            self.region = Region.SOURCES
            return SpanKind.SOURCES
        if self.region is Region.SOURCES and block.tag not in _HEADING_TAGS:
            if not is_sentence_shaped(text):
                return SpanKind.SOURCES
            self.region = Region.AFTER  # prose after the list: the list is over (round 22b, r14)
        if i < self.h1_at and not self.title_seen and block.tag not in _HEADING_TAGS and \
                word_count(text) <= _KICKER_WORDS:
            return SpanKind.BOILERPLATE  # a rubric above the title ("Politique"), not the story
        if block.tag == "p" and self.hit.sources_inline[i] and word_count(text) <= 80 and \
                not self._in_caption(block):
            # "Source : China Daily" alone in its <p>, as plain text reads it; a chart's or a
            # picture's credit (a <div> under BBC's figures, a <figcaption>) sources that only
            return SpanKind.SOURCES
        self.region = Region.MAIN
        return self._in_main(i, block, text)

    def _origin_label(self) -> bool:
        """A "Source:" line under the headline, before any of the body: where the whole page
        comes from ("Source: Switzerland – Canton Government of Geneva in French" over an
        aggregator's repost of the canton's release, round 18b), not a sources entry."""
        return self.title_seen and not self.body_lines

    def _in_caption(self, block: Block) -> bool:
        """Is the block a <figcaption> or inside one (its <p>, its <div>)?"""
        return block.tag == "figcaption" or self.captions and in_figcaption(self.doc, block)

    def _logo(self, i: int) -> bool:
        """An <h1> above the one the page's <title> repeats: the site's name or logo; or the
        section's masthead over the story's heading the <title> names (_masthead_h1)."""
        return self.titled_h1 and i < self.h1_at or i == self.masthead_h1

    def _masthead_h1(self, h1s: list[int]) -> int:
        """The first <h1>, when it is a section's masthead: a few words wholly inside a link
        to a section (_section_address: not the page's own address, which a post's title
        links), while a heading (h2-h6) right under it, no prose between, says the <title>
        whole and is not the site's name (Ars Technica 2012: <h1><a href="/science/">Nobel
        Intent</a></h1> over the story's <h2 class="title">, round 41b r2); or -1. An <h1> of
        the headline's own words stays, and so does a blog post's linked to its permalink
        under a <title> that is only the blog's name (review 41: the sidebar's "Carnets de
        Jean" taken)."""
        i = h1s[0]
        block, text = self.doc.blocks[i], self.texts[i]
        if not self.meta_title or self._words[i] > MENU_WORDS + 1 or \
                block.linked < len(text.strip()) or self._site_named(self.meta_title):
            return -1
        # the loader keeps absolute addresses only: a relative one ("/science/") is not seen
        href = next((h for s, e, h in self.doc.links if block.start <= s < block.end), None)
        if href is not None and not _section_address(href, self.doc.meta.get("canonical")):
            return -1
        for j in range(i + 1, min(len(self.texts), i + _MASTHEAD_WITHIN)):
            if self.doc.blocks[j].tag in _HEADING_TAGS and self._names_meta_title(self.texts[j]):
                return i
            if self._words[j] > MENU_WORDS * 2 and _SENTENCE_END.search(self.texts[j]):
                return -1  # a heading after the article's prose: a related item's
        return -1

    def _site_named(self, title: str) -> bool:
        """``title`` (cleaned) is the site's name: its og:site_name, or its address's name."""
        key = re.sub(r"\W+", "", title.casefold())
        site = re.sub(r"\W+", "", (self.doc.meta.get("site_name") or "").casefold())
        host = _HOST_NAME.match(self.doc.meta.get("canonical") or "")
        return bool(key) and (key == site or host is not None and key == host[1].casefold())

    def _listed_under_related(self, i: int, text: str) -> bool:
        """A list item of a related-links box the extractor kept: a headline (cut or no stop
        closing it) in a list right under a related box's label (round 44b es01, r3g: «Te puede
        interesar» over ten teasers «Arrancan las obras del nuevo centro cultural con...»)."""
        if _TERMINAL_MARK.search(text) and not _CUT.search(text):
            return False
        k = i - 1
        while k >= 0 and i - k <= _BOX_ITEMS and self.doc.blocks[k].tag == "li":
            k -= 1
        return k >= 0 and i - k <= _BOX_ITEMS and bool(self.hit.related_header[k])

    def _teaser(self, i: int, text: str) -> bool:
        low, high = TEASER_WORDS
        return self.linked[i] >= TEASER_LINK_SHARE and low <= word_count(text) <= high

    def _by_text(self, i: int, block: Block, text: str) -> SpanKind:
        """Plain text and Markdown: the page's regions read from the text's own cues."""
        if self.region is Region.END:
            return SpanKind.BOILERPLATE
        if block.zone == "comments" or self.region is Region.COMMENTS:
            return self._in_comments(block, text, i)
        # A thread follows the article: labels and dates above it are counters and bylines;
        # body lines above the title (a cookie notice read as prose) are no article yet
        # ("5 Kommentare" under fr.de's headline opened a thread over the whole story).
        after_article = self.body_lines - (self.body_at_title or 0) >= THREAD_AFTER_BODY_LINES
        if after_article and self.hit.comments_header[i] and not text.startswith("0 ") \
                and not self._form_box(i) and self._thread_follows(i):  # "0 Kommentare": none
            self.region = Region.COMMENTS
            return SpanKind.COMMENTS
        if after_article and self._says_over_date(i, text):
            self.region = Region.COMMENTS  # "Ramón dijo:", "Anna says:" with a post's date below
            return self._in_comments(block, text, i)
        if after_article and self._is_date(i) and self._thread_repeats(i):
            self.region = Region.COMMENTS  # a thread with no label we know: its shape tells
            return self._in_comments(block, text, i)
        if self._stamped_run[i] and \
                self.body_lines - (self.body_at_title or 0) >= UNDATED_THREAD_AFTER_BODY_LINES:
            self.region = Region.COMMENTS  # stamped entries in a reader's voice (_stamped_run)
            return self._in_comments(block, text, i)
        if after_article and self._turns[i] and \
                sum(self._turns[i:i + THREAD_WINDOW]) >= TURN_MIN:
            self.region = Region.COMMENTS  # replies written "Name> text", one after another
            return self._in_comments(block, text, i)
        if self._related_links[i]:
            return SpanKind.BOILERPLATE  # a box of one link, complete: the next lines read as usual
        if self.hit.related_header[i] or block.zone == "related":
            self.region = Region.RELATED
            return SpanKind.BOILERPLATE
        if block.zone in _BOILERPLATE_ZONES or self.hit.boilerplate[i] or self._doubled[i] or self._icons[i] or \
                self._goes_on_notice[i] or \
                self._teasers[i] and self.body_lines:  # not the <title> line and the tagline
            return SpanKind.BOILERPLATE
        if block.zone == "sources" or self._opens_sources(i, block, text):
            self.region = Region.SOURCES
            return SpanKind.SOURCES
        if self.region is Region.SOURCES:
            if block.tag not in _HEADING_TAGS and is_citation_like(text):
                return SpanKind.SOURCES
            self.region = Region.AFTER  # a new section or the page's furniture: the list is over
        if self.region is Region.RELATED:
            if not self._prose(i, text) or \
                    not self.title_seen and not self.body_lines and _CUT.search(text):
                return SpanKind.BOILERPLATE  # a teaser cut in mid-word ("origina...") is the box's
            # Pasted pages put "Related", "Trending", "Mehr zum Thema" boxes before or inside
            # the article: prose after the teasers is the article again.
            self.region = Region.MAIN
            if not self.title_seen and not self.body_lines and self._headline_under_box(i) >= 0:
                return SpanKind.BOILERPLATE  # the box's last teaser, the headline under it
        if self.hit.sources_inline[i] and word_count(text) <= 80:
            return SpanKind.BOILERPLATE if self._origin_label() else SpanKind.SOURCES
        if self.region is Region.AFTER:
            return SpanKind.BODY if word_count(text) >= 12 else SpanKind.BOILERPLATE
        if self.body_lines and self._thread_furniture(i, text):
            return SpanKind.BOILERPLATE
        return self._in_main(i, block, text)

    def _thread_furniture(self, i: int, text: str) -> bool:
        """A thread's widget or reply form, a count of zero comments, or a bare label
        ("Commentaires", "Kommentare"), on a short line below the article's prose with no
        thread open: an empty thread's furniture, not the article."""
        hit = self.hit
        if not (hit.comment_widget[i] or hit.comment_form[i] or hit.comments_header[i]):
            return False  # most lines: no cue, no words to count
        words = word_count(text)
        if words > THREAD_FURNITURE_WORDS:
            return False
        if hit.comments_header[i] and (_ZERO_COUNT.match(text) or words == 1) or hit.comment_form[i]:
            return True
        # A widget's words are also a heading's ("Connecting to the grid") or a menu's
        # ("Subscribe"): only beside the thread's label or its form.
        near = self._said_after(i, 2) + [k for k in range(max(0, i - 3), i) if self.texts[k].strip()][-2:]
        return any(hit.comment_form[k] or hit.comments_header[k] for k in near)

    def _says_over_date(self, i: int, text: str) -> bool:
        """A reader's name and "says:" ("Ramón dijo:", "Marie dit :"), a comment date within
        the next lines and another after it: the thread's first entry, whose text may stand
        above its date (cubadebate.cu: name, text, date, "/ Responder")."""
        if not self._says_lines[i]:
            return False
        dates = [j for j in range(i + 1, min(i + 1 + THREAD_WINDOW, len(self.texts))) if self._is_date(j)]
        return bool(dates) and dates[0] - i <= 4 and self._thread_repeats(dates[0])

    def _form_box(self, i: int) -> bool:
        """A bare label with the reply form's fields right under it ("Kommentar" over "Name *",
        "E-Mail"): the form's text box. What follows the form is the page's furniture, not a
        thread (a sidebar's dated posts, "Diese Website verwendet Akismet…")."""
        return word_count(self.texts[i]) <= 2 and any(
            _FORM_FIELD.fullmatch(self.texts[j].strip()) for j in self._said_after(i, 2))

    def _thread_follows(self, i: int) -> bool:
        """A "Comments" label opens the thread only if widgets or comment dates follow it:
        in a pasted page the same word also sits in menus and counters."""
        following = range(i + 1, min(i + 9, len(self.texts)))
        texts = [self.texts[j] for j in following]
        # The reply form is no sign of one: it stands under the article, thread or none
        # (round 7: "Discussion :", the author's last section, over "Laisser un commentaire").
        if any(self.hit.comment_widget[j] and not self.hit.comment_form[j] for j in following) or \
                self._date_within(i, 8):
            return True
        # Or, when the thread shows no dates and an article stands above it: name, what the
        # reader wrote, name, what the next one wrote (headings over paragraphs look alike).
        return self.body_lines >= UNDATED_THREAD_AFTER_BODY_LINES and any(
            is_name_line(texts[j]) and word_count(texts[j + 1]) >= 5 and
            is_name_line(texts[j + 2]) and word_count(texts[j + 3]) >= 5
            for j in range(len(texts) - 3))

    def _is_date(self, i: int) -> bool:
        if not self._dated[i]:
            block = self._block(i)
            self._dated[i] = 1 + ((block.role == "date" or self._may_be_date[i]) and
                                  is_comment_date(block, self.texts[i], self.lows[i]))
        return self._dated[i] == 2

    @functools.cached_property
    def _may_be_date(self) -> Sequence[bool]:
        if not self.bulk:
            return _Each(lambda i: True)
        return may_be_comment_dates(self.texts, self.lows, self._has_digit, self._words,
                                    self.hit.comment_date)

    @functools.cached_property
    def _words(self) -> Sequence[int]:
        """word_count of every line."""
        texts = self.texts
        if not self.bulk:
            return _Each(lambda i: word_count(texts[i]))
        return array("q", word_counts(texts))

    @functools.cached_property
    def _following_words(self) -> Sequence[int]:
        """_next_words of every line (plain text)."""
        words, texts, n = self._words, self.texts, len(self.texts)
        return array("q", [words[i + 1] if texts[i + 1] else
                           words[i + 2] if i + 2 < n and texts[i + 2] else 0
                           for i in range(n - 1)] + [0] * min(n, 1))

    def _next_words(self, i: int) -> int:
        """The words of the first non-empty line of the two after line i (0: none)."""
        words, texts = self._words, self.texts
        return next((words[j] for j in range(i + 1, min(i + 3, len(texts))) if texts[j]), 0)

    @functools.cached_property
    def _has_digit(self) -> Sequence[bool]:
        """A line with no digit is no dateline (is_dateline counts digits)."""
        texts = self.texts
        if not self.bulk:
            return _Each(lambda i: _DIGIT.search(texts[i]) is not None)
        return bytes(map(bool, map(_DIGIT.search, texts)))  # a byte a line: 166,000 a megabyte

    def _date_within(self, i: int, lines: int) -> bool:
        return any(self._is_date(j) for j in range(i + 1, min(i + 1 + lines, len(self.texts))))

    def _thread_repeats(self, i: int) -> bool:
        """A comment date, then a reply link, then another comment date, within THREAD_WINDOW
        lines: a thread, whatever its header says. Dated teaser lists have no reply links, and
        an article's own dated byline has the article, not a reply link, before the next date."""
        replied = False
        for j in range(i + 1, min(i + 1 + THREAD_WINDOW, len(self.texts))):
            if self._is_date(j):
                return replied
            replied = replied or bool(self.hit.comment_widget[j])
        return False

    @functools.cached_property
    def _stamps(self) -> bytes:
        """A byte a line, 1 where the line is a comment's stamp: a short line with a digit
        holding a comment date ("39 points · 6 years ago", "Feb 7, 2014 at 10:53")."""
        stamp, words, digits = self.lex.comment_stamp, self._words, self._has_digit
        if not self.bulk:  # HTML: columns read a block at a time; here every block is asked
            words = word_counts(self.texts)
            digits = bytes(_DIGIT.search(t) is not None for t in self.texts)
        asked = both(digits, _within(words, 1, DATE_MAX_WORDS))
        out = bytearray(len(self.texts))
        for i in itertools.compress(range(len(out)), asked):
            found = stamp.search(self.texts[i])
            # a deadline in the article ("Einsendeschluss: 03.11.2019") dates no post
            out[i] = found is not None and not is_field_date(self.texts[i], found.start())
        return bytes(out)

    @functools.cached_property
    def _under_reader_stamp(self) -> bytes:
        """HTML: a byte a block, 1 for a block of comment markup from a comment's stamp on in the
        same run of such markup, when the extractor kept prose outside it above and the run has a
        thread's per-comment structure: READER_ENTRIES stamps or more and as many reply links or
        post numbers (El Mundo's "PepeChan 28.oct.2012 | 11:26" / "#11" / text / "Responder",
        round 40b r8), kept as the article's by the extractor on a short page. The article's own
        section in markup named so ("reactions", "discussion": dated lines over officials'
        statements, review S) has dates but no reply link; a forum's posts are the page's text:
        no prose of the article stands outside their markup."""
        blocks, stamps, widgets = self.doc.blocks, self._stamps, self.hit.comment_widget
        out = bytearray(len(blocks))
        prose = 0  # the extractor's paragraphs outside comment markup so far
        i = 0
        while i < len(blocks):
            if blocks[i].zone != "comments":
                prose += blocks[i].extracted == "main" and self._words[i] >= _ARTICLE_PROSE_WORDS
                i += 1
                continue
            end = i
            while end < len(blocks) and blocks[end].zone == "comments":
                end += 1
            run = range(i, end)
            first = next((j for j in run if stamps[j]), None)
            if prose >= _ARTICLE_PROSE_BLOCKS and first is not None and \
                    sum(bool(stamps[j]) for j in run) >= _READER_ENTRIES and \
                    (sum(bool(widgets[j]) and not stamps[j] for j in run) >= _READER_ENTRIES or
                     sum(self._named_stamp(j) for j in run if stamps[j]) >= _READER_ENTRIES):
                out[first:end] = b"\x01" * (end - first)  # the stamp too: each entry's stamp read alike
            i = end
        return bytes(out)

    def _named_stamp(self, i: int) -> bool:
        """Whether a stamp's line holds a name besides its date ("PepeChan 28.oct.2012 | 11:26",
        "23.09.20 | 18:19 Rezeptsammlerin"): a reader's, where an article's dated line has none."""
        text = self.texts[i]
        found = self.lex.comment_stamp.search(text)
        rest = text[:found.start()] + " " + text[found.end():] if found else text
        stops = self.lex.all_stopwords
        return any(w.lower() not in stops and w.lower() not in _TIME_WORDS for w in _NAME_WORD.findall(rest))

    @functools.cached_property
    def _stamped_run(self) -> bytes:
        """A byte a line, 1 where a stamp opens a run of entries in a reader's voice: stamps
        from the line on, each within STAMP_GAP lines said of the last, with prose between:
        STAMP_ENTRIES entries or more, STAMP_VOICED of them in a reader's voice. Each gap
        between two stamps is read once, and the runs summed from the last stamp back."""
        stamps, texts = self._stamps, self.texts
        at = list(itertools.compress(range(len(stamps)), stamps))
        out = bytearray(len(stamps))
        entries = voiced = 0  # of the run opened by the stamp after k
        for k, j in zip(reversed(at[:-1]), reversed(at[1:])):
            if sum(1 for t in texts[k + 1:j] if t.strip()) > STAMP_GAP or \
                    any(self.hit.related_header[m] for m in range(k + 1, j)):
                entries = voiced = 0  # a related-links box ends the thread
            else:
                lines = [t for t in texts[k + 1:j] if word_count(t) >= STAMP_ENTRY_WORDS]
                if lines:
                    entries += 1
                    voiced += self._in_voice(lines)
            out[k] = entries >= STAMP_ENTRIES and voiced >= STAMP_VOICED * entries
        return bytes(out)

    @staticmethod
    def _ends_run(block: Block) -> bool:
        return block.zone in _PAGE_CHROME or block.tag in _HEADING_TAGS and block.extracted == "main"

    def _in_stamped_thread(self, i: int, block: Block) -> bool:
        """HTML: in a stamped thread (_stamped_thread) whose stamp, met after the article's
        prose (a forum's first post is the article), opened it or a later one did."""
        if not self._stamped_thread[i]:
            self.stamp_opened = False
            return False
        stamp = bool(self._stamps[i]) and not (i and self.lex.profile_label.search(self.texts[i - 1]))
        if stamp and self.body_lines - (self.body_at_title or 0) >= UNDATED_THREAD_AFTER_BODY_LINES:
            self.stamp_opened = True
        # A post the extractor dropped between two stamps is a post still (its prose; the
        # poster's profile lines are a word or two): left out, it was in neither the article
        # nor the thread.
        return self.stamp_opened and (stamp or block.extracted == "main" or
                                      self._words[i] >= STAMP_ENTRY_WORDS)

    @functools.cached_property
    def _stamped_thread(self) -> bytes:
        """A byte a line, 1 from a stamp that opens a run of entries in a reader's voice
        (_stamped_run), or from a comment date a reply link and the next date follow
        (_thread_repeats, as pasted text reads a thread's shape), to the run's last entry: its
        stamps each within STAMP_GAP lines of the last, then the last stamp's entry, the lines
        the extractor kept under it."""
        opens, stamps = self._stamped_run, self._stamps
        out = bytearray(len(stamps))
        at = list(itertools.compress(range(len(stamps)), stamps))
        n = 0
        while n < len(at):
            if not (opens[at[n]] or self._is_date(at[n]) and self._thread_repeats(at[n])):
                n += 1
                continue
            last, blocks = n, self.doc.blocks
            if self._in_headline_article(at[n]):
                n += 1  # a diary or notebook the article holds, as its headline: no thread
                continue
            # The markup's sidebar, related links, footer or menu ends the run too (a sidebar's
            # dated events under the thread are no replies), and so does an article's heading
            # (a listicle of embedded tweets, each credit "— Name (@handle) 6. März 2018")
            while last + 1 < len(at) and \
                    sum(1 for t in self.texts[at[last] + 1:at[last + 1]] if t.strip()) <= STAMP_GAP and \
                    not any(self.hit.related_header[m] or self._ends_run(blocks[m])
                            for m in range(at[last] + 1, at[last + 1] + 1)):
                last += 1
            # The last stamp's entry: to the last block the extractor kept within STAMP_GAP
            # lines, before the next stamp (a post's profile lines come between, unkept).
            end = at[last] + 1
            for m in range(at[last] + 1, min(len(out), at[last] + 1 + STAMP_GAP)):
                if stamps[m] or self._ends_run(blocks[m]):
                    break
                if blocks[m].extracted == "main":
                    end = m + 1
            out[at[n]:end] = b"\x01" * (end - at[n])
            n = last + 1
        return bytes(out)

    def _article_of(self, i: int) -> int:
        """HTML: the innermost <article> element holding block ``i`` (-1: none)."""
        rows, k = self.doc.containers, self.doc.blocks[i].container
        while 0 <= k < len(rows):
            if rows[k][1] == "article":
                return k
            k = rows[k][0]
        return -1

    @functools.cached_property
    def _headline_article(self) -> int:
        """HTML: the <article> element holding the page's <h1> (-1: none)."""
        h1 = next((i for i, b in enumerate(self.doc.blocks) if b.tag == "h1"), None)
        return -1 if h1 is None else self._article_of(h1)

    def _in_headline_article(self, i: int) -> bool:
        """A stamp in the <article> that holds the headline: the article's own dated entries
        (a reporter's notebook, a war diary); a thread's posts sit after or beside it."""
        return not self.bulk and self._headline_article >= 0 and \
            self._article_of(i) == self._headline_article

    def _in_voice(self, lines: list[str]) -> bool:
        """An entry in a reader's voice: a line replying to "@name", or "I", "you", "ich",
        "je" (the thread_voice of the entry's language: French "du" is no German "du")
        outside quotation marks. An entry whose longest line is cut in mid-phrase ("…") is
        a teaser, its headline written to "you" or not ("Make your social media shine")."""
        if any(_REPLY_TO.match(t) for t in lines):
            return True
        if _CUT.search(max(lines, key=len)):
            return False
        text = _QUOTED_SPAN.sub(" ", " ".join(lines))
        said = [lw for lw in map(str.lower, _PRONOUN.findall(text))
                if lw in self._any_voice or lw.rstrip("'’") + "'" in self._any_voice]
        if not said:  # no language's voice: its language need not be read (most entries)
            return False
        voice = self.lex.thread_voice.get(detect_language(text) or "", frozenset())
        return any(lw in voice or lw.rstrip("'’") + "'" in voice for lw in said)

    @functools.cached_property
    def _any_voice(self) -> frozenset[str]:
        """The thread_voice words of every language: an entry that says none is in no reader's
        voice, whatever its language."""
        return frozenset().union(*self.lex.thread_voice.values())

    def _prose(self, i: int, text: str) -> bool:
        """A line the line model takes for the article and long enough not to be a teaser."""
        return self.quality is not None and self.quality[i] == GOOD and \
            word_count(text) >= RESUME_MIN_WORDS

    def _good_follows(self, i: int) -> bool:
        """A heading introduces prose: the next line must be judged good (when judged)."""
        return self.quality is None or i + 1 < len(self.quality) and self.quality[i + 1] == GOOD

    def _not_extracted(self, i: int, block: Block, text: str) -> SpanKind:
        """The extractor dropped it: boilerplate, unless it is the article's title."""
        is_title = block.tag == "h1" and not self._logo(i) or self._names_meta_title(text)
        if is_title and not self.title_seen and word_count(text) <= 30:
            self.title_seen = True
            return SpanKind.TITLE
        return SpanKind.BOILERPLATE

    def _names_meta_title(self, text: str) -> bool:
        """The line says the page's <title> (or og:title) whole, less its site's name."""
        return bool(self.meta_title) and len(text) >= len(self.meta_title) and \
            clean_title(text) == self.meta_title

    def _in_comments(self, block: Block, text: str, i: int) -> SpanKind:
        if self.region is Region.COMMENTS and self.hit.related_header[i]:
            self.region = Region.RELATED
            return SpanKind.BOILERPLATE
        if block.zone in ("form", "nav", "footer", "share"):
            return SpanKind.BOILERPLATE
        if self.region is not Region.COMMENTS and self.hit.comments_header[i]:
            self.region = Region.COMMENTS
            return SpanKind.COMMENTS
        if not self.hinted and self.thread_dates and self.hit.comment_form[i] and \
                not self._date_within(i, THREAD_WINDOW):
            self.region = Region.END  # the reply form under the last comment
            return SpanKind.BOILERPLATE
        if block.role == "reply" or self.hit.comment_widget[i] or \
                self.hit.boilerplate[i] \
                or self.hit.comments_header[i] and self.region is Region.COMMENTS \
                and block.zone != "comments":
            return SpanKind.BOILERPLATE
        self.region = Region.COMMENTS
        # A stamp dates its post too ("Tobsen · April 19, 2019" under it): the reply form
        # after the last one ends the thread, its notices are no post.
        self.thread_dates += self._is_date(i) or bool(self._stamps[i])
        if self._thread_label(i, block, text):
            return SpanKind.BOILERPLATE
        return SpanKind.COMMENTS

    def _thread_label(self, i: int, block: Block, text: str) -> bool:
        """A short label in the thread that is neither a date, nor an author (followed by a
        date, or in an undated thread by what they wrote), nor the text under a date:
        "Schreiben Sie den ersten Kommentar", "Pokaż:", a vote count."""
        if block.role in ("author", "date", "text") or self._is_date(i):
            return False
        if word_count(text) > 6 or re.search(r"[.!?…]\s*$", text):
            return False  # a sentence, however short, is what a reader wrote
        if i > 0 and self._is_date(i - 1):
            return False  # "Interesting place :)"
        if self._date_within(i, 2):
            return False
        return not (is_name_line(text) and (
            word_count(text) <= 3 and i + 1 < len(self.texts) and word_count(self.texts[i + 1]) >= 5
            or word_count(text) <= 4 and self._name_twice_then_post(i)))

    def _name_twice_then_post(self, i: int) -> bool:
        """A name printed twice (an avatar's text, then the name), then what the reader wrote:
        a line of five words or more within two more lines that are not blank, past the post's
        widgets (swissinfo.ch: "César De Lucas Ivorra" twice, "Le commentaire suivant a été
        traduit automatiquement du ES.", the post)."""
        texts = self._said_after(i, 3)
        if not texts or self.texts[texts[0]] != self.texts[i]:
            return False
        return any(word_count(self.texts[j]) >= 5 and not self.hit.comment_widget[j]
                   for j in texts[1:])

    def _headline_below(self, i: int, within: int, longest: int = 25, fewest: int = 4) -> int:
        """The headline under line ``i`` within ``within`` lines, or -1: a line of 4 to
        ``longest`` words with no full stop, no menu separator and no byline's shape (a longer
        one is a deck: the headline is above it), the article's prose
        under it within three lines (a photo's caption and credit may stand between), and no
        prose between. Cued furniture ("Drucken", a related header) and short lines (a
        ticker's figures) are passed over; so is a long line that ends no sentence (a menu
        the line model takes for prose). ``longest`` past 25 words: a long headline of two
        clauses too (_long_headline); ``fewest``: the headline's fewest words."""
        hit, texts = self.hit, self.texts
        below = self._said_after(i, within)  # blank lines count for nothing
        for n, j in enumerate(below):
            text = texts[j]
            if hit.boilerplate[j] or hit.related_header[j] or \
                    self._has_digit[j] and (is_dateline(text) or self._day_alone(text)) or \
                    _QUOTED_SENTENCE.search(text) or _ASIDE.fullmatch(text) or self._field(j):
                continue  # a date line over the headline is no headline (round 8; in words, a
                # blog's "vendredi 1 mars 2013" over its post's heading, round 38a r6; not an
                # agenda's "Du 1er au 3 juillet, Sète", round 10a), nor a
                # quotation of a whole sentence ("Proverbe du Jour : “… votre tête.” …", 12a),
                # nor an aside in brackets (an update's note)
            # Its shape first: the line model may take a long headline for prose.
            if fewest <= self._words[j] and (_is_headline_label(text, self._words[j]) or
                                        longest > 25 and self._long_headline(j, text)) \
                    and self._no_menu(j, text) \
                    and not self.lex.byline.match(text) and not _CONSENT.search(text) \
                    and not self._credit_shaped(j, text):
                return j if self._words[j] <= longest and self._prose_under(j) else -1
            if self._prose(j, text) and _SENTENCE_END.search(text):
                return -1
        return -1

    def _no_menu(self, j: int, text: str) -> bool:
        """Line ``j`` is no menu's items: no separator between words; or one alone in a line
        the lede retells, a headline's topic before a dash ("Zokiki - Une « délinquance
        juvénile » imposée ?", round 22a): a menu's items are not what the article says."""
        seps = _MENU_SEPARATOR.findall(QUOTATION.sub("Q", text).replace(": ", " ", 1))
        return not seps or len(seps) == 1 and self._echoed(j)

    def _field(self, j: int) -> bool:
        """Line ``j`` is one of a run of three fields or more (an incident report's "Datum:
        …" / "Einsatzart: THL" / "Weitere Kräfte: FF Altdorf", round 20a): a form's lines,
        none the headline. A publication's date or byline line is no field of the run, nor a
        line whose value reads as a sentence: a headline with a colon over its date lines
        ("Ukraine: Kyiv hit by overnight drone attack" / "Published: …" / "Updated: …",
        review 28b item 6)."""
        if not self._field_line(j):
            return False
        run, k = 1, j
        while run < _FIELD_RUN and (k := self._said_before(k)) >= 0 and self._field_line(k):
            run += 1
        for k in self._said_after(j, _FIELD_RUN - run) if run < _FIELD_RUN else ():
            if not self._field_line(k):
                break
            run += 1
        return run >= _FIELD_RUN

    def _field_line(self, k: int) -> bool:
        """Line ``k`` is a form's field: a short label, its colon, a short value that is no
        sentence (two words in lower case or more that no list of small words holds: a
        headline's verb and nouns, "Kyiv hit by overnight drone attack"; a form's values are
        names, numbers and codes), and no publication's date or byline ("Published: 12 May
        2024", "By: …")."""
        text = self.texts[k]
        if _FIELD.fullmatch(text) is None or self.lex.byline.match(text) or \
                self._date_labelled(k, text):
            return False
        words = _WORD.findall(text.split(":", 1)[1])
        small = self.lex.all_stopwords
        return len(words) < 3 or sum(w[:1].islower() and case_folded(w) not in small for w in words) < 2

    def _prose_under(self, j: int) -> bool:
        """The article's prose within three lines under line ``j``, past a photo's caption and
        credit, and past cued furniture and bits of one word ("Publié", ",", "le": a date
        line the copy broke up), which count for nothing; so does a date line (a deck, the date
        and a byline over the lede: "22/04/2024 |01:18", round 38b r2), and a byline ("Von:
        Markus Zwigl, …" over a photo's two caption lines, round 46b de05: its headline was
        passed over for a breadcrumb's item)."""
        hit, words = self.hit, self._words
        under = [k for k in self._said_after(j, 3 * HEADLINE_WITHIN)
                 if words[k] > 1 and not hit.boilerplate[k] and
                 not (self._has_digit[k] and is_dateline(self.texts[k])) and
                 not self.lex.byline.match(self.texts[k])][:3]
        return any(self._prose(k, self.texts[k]) for k in under)

    def _said_after(self, i: int, lines: int) -> list[int]:
        """The next ``lines`` lines after line ``i`` that are not blank."""
        texts, out = self.texts, []
        for j in range(i + 1, len(texts)):
            if texts[j].strip():
                out.append(j)
                if len(out) == lines:
                    break
        return out

    def _over_credit(self, i: int) -> bool:
        """A word or two right over a photo's copyright credit ("Rettungsdienst" over "© über dts
        Nachrichtenagentur", round 31a r01): the picture's caption, a keyword, no headline, when
        the credit's agency signs the copy too (its dateline or closing credit): a wire item's
        picture. Over a studio's or an agency's credit alone ("Oppenheimer" over "© Universal
        Pictures", "Jean-Paul Belmondo" over "© AFP") a film's or a person's name is the headline."""
        below = self._said_after(i, 1)
        if not (self._words[i] <= MENU_WORDS and below and _CREDIT_LINE.match(self.texts[below[0]])):
            return False
        source = _CREDIT_SOURCE.search(self.texts[below[0]])
        if source is None:
            return False
        # signed, not named: "Berlin (dts Nachrichtenagentur) -" or "© dts Nachrichtenagentur",
        # not "a annoncé l'AFP"
        signed = rx.compile(rf"\({re.escape(source.group(0))}\)|^\s*(?:©|\(c\)\s)\s*{re.escape(source.group(0))}")
        return any(signed.search(self.texts[k]) for k in range(below[0] + 1, len(self.texts)))

    def _above_headline(self, i: int, text: str, page_line: bool = False) -> bool:
        """The first short line of a pasted page is not its title but stands above it: a word
        or two of the menu or a rubric ("Rejoignez-nous", "International") or a breadcrumb
        ("Accueil Actu Monde Europe") over a headline; or, further above it, a line the
        article's lede does not echo while it echoes the headline (the site's name or its
        tagline, an issue line, "UK markets closed" over a ticker). A headline with a deck or
        a caption under it is echoed too: it stays. A page's <title> line (``page_line``,
        ``text`` without the site's name) is asked the second only. Or a forum post's subject
        stands below it, printed again after the post's stamp (_subject_below)."""
        if not page_line:
            j = self._subject_below(i)
            if j < 0:
                j = self._shown_again(i, text)
            if j < 0:
                j = self._headline_twice(i)
            if j < 0:
                j = self._headline_under_menu(i, text)
            if j >= 0:
                self.headline_at = j
                return True
        j = -1 if page_line else self._crumbed_headline(i, HEADLINE_WITHIN)
        if j >= 0:
            # Not a dated line above it (a site's tagline over its today): a date above the
            # breadcrumb is the site's header's, the visit's ("Samedi 27 Juillet 2024" over an
            # empty weather widget, round 18a), not the article's. A cued line ("Publié le 12
            # mars 2024") is the article's wherever it stands (review 28 item 5).
            self.headline_at = j
            for k in range(i, self.crumb_at):
                if self._has_digit[k] and is_dateline(self.texts[k]) and \
                        not self._date_labelled(k, self.texts[k]):
                    self.visit_dated[k] = 1
            return True
        if not page_line and (self._words[i] <= MENU_WORDS or _BREADCRUMB.fullmatch(text)):
            # A rubric's word or two over a short headline longer than it: "Côté foot" over
            # "100 ans d’existence" (round 12a)
            fewest = max(MENU_WORDS + 1, self._words[i] + 1) if self._words[i] <= MENU_WORDS else 4
            if self._headline_below(i, HEADLINE_WITHIN, fewest=fewest) >= 0 and \
                    not self._headline_under_rubric(i):
                return True
            if self._kicker_over_headline(i):
                return True
        if not page_line and self._words[i] == _KICKER_WORDS and not _TERMINAL_MARK.search(text):
            # A rubric's three words over a headline many times longer: "Vie en Ehpad" over
            # "Une centenaire inspire la joie : un 106ème anniversaire mémorable pour …" (22b);
            # not a heading over the first sentence of its text ("L’Histoire du Club" over
            # "Notre club a tenu sa première assemblée générale le 21 novembre 1896!", 12a); right
            # over it, not a company's name over its definition and its statement's heading
            # A noun phrase with its article ("Le grand gâchis") is a headline over a
            # standfirst, but a section's name over a headline of its own, one led by its
            # place or topic and a colon ("La vie locale" over "Quimper : la rue Kéréon
            # fermée …", review 3 of session 29, item 8)
            j = self._headline_below(i, 1, fewest=_KICKER_TIMES * _KICKER_WORDS)
            if j >= 0 and _headline_phrase(text) and not _LED_HEADLINE.match(self.texts[j]):
                j = -1
            if j >= 0 and not _TERMINAL_MARK.search(self.texts[j]):
                return True
        if not page_line and self._lede_kicker(i, text):
            return True
        if not page_line and self._words[i] <= _WIDGET_WORDS:
            j = self._dated_headline_below(i)
            if j >= 0:
                self.headline_at = j
                return True
        if not page_line:
            j = self._post_under_date(i, text)
            if j >= 0:
                self.headline_at = j
                return True
        j = self._headline_below(i, HEADLINE_FAR, DECK_WORDS - 1)
        if j < 0 and not page_line:
            # A headline of a deck's length under a widget's field, its label, a colon and a
            # value of a word or two, that the lede echoes nothing of ("El tiempo en: Mijas"
            # and the rubric "Sevilla" over a headline of 16 words, round 40b r5); a
            # headline over its deck is more than a field ("Bookworms rejoice")
            field = _WIDGET_FIELD.fullmatch(text)
            j = self._headline_below(i, HEADLINE_WITHIN) if field else -1
            if j >= 0 and (self._words[j] < DECK_WORDS or _echo(text, self._lede_stems(j)) > 0):
                j = -1
        if j < 0:
            return False
        headline = self.texts[j]
        if len(set(_stems(headline))) < ECHO_STEMS:
            return False  # "Der DVGW vor Ort": one word echoed is chance
        lede = self._lede_stems(j)
        echoed, own = _echo(headline, lede), _echo(text, lede)
        # A longer headline the lede echoes too stays, over its first section's heading the
        # lede echoes more ("Local News Is Experiencing a Rebirth…" over "Local News Is Time
        # And Energy Intensive", round 21a): a site's tagline or a ticker is not echoed so
        if echoed >= ECHOED and echoed - own >= ECHO_MARGIN and \
                not (own >= ECHO_MARGIN and self._words[i] > self._words[j] and
                     _is_headline_label(text, self._words[i])):
            self.headline_at = j  # the lines between are the menu or a ticker, not the title
            return True
        return False

    def _headline_under_menu(self, i: int, text: str) -> int:
        """The headline under a site's menu that line ``i`` stands over, or -1: right under
        line ``i`` a run of _MENU_LONG lines or more of a few words each, no stop closing
        them, no figure, byline or list mark (a menu's items: "Démocratie" / "Les meilleures
        histoires" / "Voir tous les contenus" / "Newsletter" / …); then a headline, no date
        line or list item, with prose under it, whose lede shares at most one content word
        with line ``i``: a slogan over the menu ("La voix de la Suisse dans le monde depuis
        1935", swissinfo, round 41a r5). A headline is echoed by its lede; a shorter run (a
        section, share buttons, tags, an author, key points) and a deck the lede echoes more
        is a headline's, not a slogan's (review 41: 25 decks taken)."""
        run = []
        for k in self._said_after(i, HEADLINE_FAR):
            if not self._menu_item(k):
                break
            run.append(k)
        if len(run) < _MENU_LONG:
            return -1
        for j in self._said_after(run[-1], HEADLINE_WITHIN):
            # the first headline-shaped line, past the menu's longer links ("Restez en
            # contact avec la Suisse"), up to the prose
            head = self.texts[j]
            if self._words[j] > _MENU_LINE_WORDS and _is_headline_label(head, self._words[j]) and \
                    head.lstrip()[:1] not in _LIST_MARKS and not is_dateline(head) and \
                    self._no_menu(j, head) and self._prose_under(j):
                lede = self._lede_stems(j)
                if _echo(head, lede) >= ECHOED and self._shared_content(text, lede) <= 1:
                    return j  # a slogan may share a preposition ("depuis") with the article
            if self._prose(j, head) and _SENTENCE_END.search(head):
                break
        return -1

    def _headline_under_menu_run(self, i: int) -> int:
        """The headline under the menu whose item line ``i`` is, or -1: line ``i`` is one of a
        run of _MENU_HEAD_RUN lines or more of a menu item's shape (_menu_item: a few words,
        no stop, figure, byline or list mark), the lines above it in the run counted too, and
        the headline is the first one under the run (_headline_past): "Rendez-vous" /
        "Rejouer" / "LES DERNIÈRES ÉMISSIONS", a TV programme's menu over its teasers and the
        headline (round 42a r6). A reader skips the run. A short headline has its story under
        it: its deck, byline, date or prose, not more short lines and then another headline
        over its own prose. Asked last, when every other rule took line ``i`` for the title:
        asked first, it overrode the pipeline's own choice (its joining, cleaning, <title>
        line) on 15 of 26 titles it changed on menus put over real pages (review of title43)."""
        def item(k: int) -> bool:  # a form's field ("Einsatzart: THL", round 20a) is no menu's item
            return self._menu_item(k) and not self._field_line(k)

        if not item(i):
            return -1
        run, k = [i], i
        while len(run) < _MENU_HEAD_RUN and (k := self._said_before(k)) >= 0 and item(k):
            run.insert(0, k)
        while (after := self._said_after(run[-1], 1)) and item(after[0]):
            run.append(after[0])
        j = self._headline_past(run[-1]) if len(run) >= _MENU_HEAD_RUN else -1
        # every line of the run from this one on may be the headline: one whose words the
        # lede retells is ("VU mit eingeklemmter Person" / "Hilfeleistung", 42b; "Rennes" /
        # "Incendie rue de Paris" over a standfirst with no stop, review of title43 R1)
        lede = self._lede_stems(j) if j >= 0 else frozenset()
        if j >= 0 and any(self._shared_content(self.texts[k], lede) > 1 and
                          _echo(self.texts[k], lede) > _echo(self.texts[j], lede) for k in run if k >= i):
            return -1
        return j

    def _headline_under_toolbar(self, i: int, text: str) -> int:
        """The headline under line ``i`` when the line is a menu run on one line: a bar
        between _TOOLBAR_PARTS parts or more, each of a menu item's few words, no stop or
        figure, one mark between them all, none shown again below, nor a line opening with its
        first (a <title> line's headline is: "Vanlife in Schweden - Skandinavien im Wohnmobil |
        outdoor-magazin.com", eval pages): a blog's toolbar
        ("Tous les blogs | Alerter le modérateur| Envoyer à un ami | Créer un Blog", round
        42a r7), not a <title> line; or -1 (_headline_past). Asked last, when every other
        rule kept the line as the <title> line."""
        # a bar glued to the word before it parts the items too ("modérateur| Envoyer")
        parts = [p.strip() for part in _SEPARATOR_AT.split(text) for p in part.split("|") if p.strip()]
        if len(parts) < _TOOLBAR_PARTS or any(
                word_count(p) > _MENU_LINE_WORDS or _TERMINAL_MARK.search(p) or _DIGIT.search(p)
                for p in parts):
            return -1
        if len({m.strip() for m in _SEPARATOR_AT.findall(text)} - {"|"}) > 0 or \
                any(t.strip() in parts or t.lstrip().startswith(parts[0]) for t in self.texts[i + 1:]):
            return -1  # "Titre - Rubrique | Site": a <title> line, its headline shown below
        return self._headline_past(i)

    def _retold(self, k: int, lede: frozenset[str] | None = None) -> bool:
        """Half of line ``k``'s content words are in its lede (or ``lede``): the story's
        headline, not a site's tagline that names only its town ("Les infos de Lourdes et du
        Pays de Lourdes", review of title43 R6)."""
        own = len(set(_stems(self.texts[k])) - _stop_stems())
        return 2 * self._shared_content(self.texts[k], self._lede_stems(k) if lede is None else lede) >= own > 0

    def _headline_past(self, k: int) -> int:
        """The headline under a menu's last line ``k``, or -1: the first line of a headline's
        shape (more than MENU_WORDS words, its story under it: _story_under) with the
        article's prose under it, past the menu's teasers, links and date lines, before any
        prose closing a sentence. Its prose echoes it (_echoed), half its content words
        (_retold): a teaser's prose is another story's. A headline-shaped line with prose
        right under it that does not echo it ends the search: the story may be that line's,
        the menu's run then a rubric over it ("Business" over "Google apre allo shopping (il
        suo)" and its deck, round 5)."""
        for j in self._said_after(k, _MENU_HEAD_FAR):
            head = self.texts[j]
            if self._words[j] > MENU_WORDS and _is_headline_label(head, self._words[j]) and \
                    head.lstrip()[:1] not in _LIST_MARKS and not is_dateline(head) and \
                    self._no_menu(j, head) and not self.lex.byline.match(head) and \
                    not self._field_line(j) and self._prose_under(j) and self._story_under(j):
                if self._echoed(j) and self._retold(j):
                    # a line passed over that the lede retells too may be the headline (a
                    # headline with a stop over its byline, review of title43 R8): the lines
                    # between would be furniture, so no skip
                    lede = self._lede_stems(j)
                    passed = range(k + 1, j)
                    return -1 if any(self._words[m] > MENU_WORDS and self._retold(m, lede)
                                     for m in passed if self.texts[m].strip()) else j
                under = self._said_after(j, 1)
                if under and self._prose(under[0], self.texts[under[0]]):
                    return -1
            if self._prose(j, head) and _PROSE_END.search(head):
                return -1  # the run's story, or another's: no headline over it
        return -1

    def _story_under(self, j: int) -> bool:
        """Line ``j`` has its own story under it: a headline of a menu item's few words has its
        prose right under it, past a date or byline (a kicker has its headline: "Réforme des
        retraites" over "Nouveau sondage : …", review of title43 R7); a longer one may have its
        deck or caption first."""
        if self._words[j] > _MENU_LINE_WORDS:
            return True
        for m in self._said_after(j, HEADLINE_WITHIN):
            text = self.texts[m]
            if not (self.lex.byline.match(text) or self._has_digit[m] and is_dateline(text) and
                    not _PROSE_END.search(text)):
                # a longer headline under it, no sentence's stop: it is that headline's kicker
                return not (self._words[m] > self._words[j] and not _PROSE_END.search(text) and
                            _is_headline_label(text, self._words[m]))
        return False

    def _shared_content(self, line: str, lede: frozenset[str]) -> int:
        """How many of ``line``'s stems the lede has, its function words ("dans") left out."""
        return len((set(_stems(line)) - _stop_stems()) & lede)

    def _widget_bar(self, i: int, text: str) -> bool:
        """A <title>-shaped line of short fragments a bar joins, each of a word or two, right
        over a headline of four words or more with prose under it, that does not repeat it:
        a widget's label ("Showing Now | News", a video player's over "Watch: Emotions run
        high as nurses hold biggest strike in NHS history", round 41b r3), not a <title>
        line, which a pasted page shows again as its headline."""
        parts = [p for p in _SEPARATOR_AT.split(text) if p.strip()]
        if len(parts) < 2 or any(word_count(p) > MENU_WORDS for p in parts):
            return False
        j = self._headline_below(i, 1)
        return j >= 0 and self.texts[j].strip() != parts[0].strip()

    def _kicker_over_headline(self, i: int) -> bool:
        """Line ``i``, one word, right over a headline the article's first prose lines echo:
        the section's kicker ("Cartera" over "SE: anuncios de inversión alcanzan los 36 mil
        mdd", round 38b r2), wherever the prose starts under a deck, a caption, the date and
        the byline."""
        below = self._said_after(i, 1)
        if self._words[i] != 1 or not below:
            return False
        j, text = below[0], self.texts[below[0]]
        return self._words[j] >= _KICKER_FEWEST and _is_headline_label(text, self._words[j]) \
            and self._no_menu(j, text) and not self.lex.byline.match(text) and self._echoed(j)

    def _colon_kicker(self, k: int) -> bool:
        """Line ``k`` is a kicker alone on its line, closed by its colon, of _KICKER_COLON_WORDS
        words at most ("« Un rôle de lien social » :" over "À Chavagne, le club de l’amitié a
        fêté ses 50 ans", round 42a r8): the headline is the line under it (_opening_heading)."""
        return self._words[k] <= _KICKER_COLON_WORDS and self.texts[k].rstrip().endswith(":")

    def _headline_under_rubric(self, i: int) -> bool:
        """Line ``i``, of a rubric's two words, is the headline itself when a rubric's one word
        stands right above it and the lede takes up half its words: kicker, headline, dek
        ("Verkehr" / "Ungelöste Verkehrsprobleme" / "Staus und Lärm belasten …", round 36b
        de08: the dek was taken). A rubric is not stacked on a rubric so, nor echoed."""
        above = self._said_before(i)
        if self._words[i] != MENU_WORDS or above < 0 or self._words[above] != 1 or \
                above != self._first_unmarked or _LETTERS.search(self.texts[above]) is None:
            return False
        # under it a dek, not an agenda's date and place ("SunSète Festival" / "Du 1er au 3
        # juillet, Sète": a listing's first entry, round 10a)
        j = self._headline_below(i, HEADLINE_WITHIN, fewest=MENU_WORDS + 1)
        return j >= 0 and not self._date_words(j, self.texts[j]) and self._echoed(i)

    def _lede_kicker(self, i: int, text: str) -> bool:
        """A kicker over the headline that quotes the opening clause of a paragraph under it:
        "Según el nuevo alcalde, del pp" over "Un ayuntamiento de Almería dejó sin pagar 58.000
        euros …", the fourth paragraph opening "Según el nuevo alcalde, del PP, el ayuntamiento
        acumuló …" (round 24a). The headline shaped line under it (no full stop, longer) is the
        headline; a headline over its deck has a deck that ends a sentence. The paragraph
        repeats the whole line, not only its opening clause: a headline's "Face à la
        sécheresse, les maires s'organisent" over its deck, its lede opening "Face à la
        sécheresse, les maires des Pyrénées-Orientales ont décidé …", stays (session 30
        review item 2)."""
        if self._words[i] > _KICKER_CLAUSE_WORDS or "," not in text:
            return False
        clause = text[:text.index(",") + 1]
        if len(clause.split()) < _KICKER_CLAUSE_FEWEST:
            return False  # "Oui," "Paris," open many ledes
        j = self._headline_below(i, 1, DECK_WORDS, fewest=self._words[i] + 1)
        if j < 0 or _TERMINAL_MARK.search(self.texts[j]):
            return False
        line = text.rstrip().casefold()
        if not any(said.startswith(line) and not said[len(line):len(line) + 1].isalnum()
                   for said in (self.texts[k].casefold()
                                for k in self._said_after(j, _KICKER_QUOTED_WITHIN))):
            return False
        self.headline_at = j
        return True

    def _site_line(self, i: int, text: str) -> bool:
        """The site's name with its address and tagline, over the page ("LeFaso.net,
        l'actualité Burkinabé sur le net", "Village de la Justice www.village-justice.com";
        round 12): the address ends the line after a name, or opens it before a separator and
        a headline stands below. Or the site's name and its tagline, the tagline shown again
        alone under it ("Senexalaat - Opinions, Idées et Débats des Sénégalais"), no prose
        under that (_tagline_below). Not the title. Nor is a breadcrumb of two separators or
        more ending with the headline shown alone under it, the prose past furniture below
        ("Accueil / Politique / <the headline>", then "Temps de lecture", "En Bref" and the
        lede; round 22a fr07: the headline was read as a tagline and "En Bref" taken)."""
        below = self._said_after(i, 1)
        if below and len(_SEPARATOR_AT.findall(text)) >= 2 and self._crumb_pair(i, below[0]) >= 0:
            self.headline_at = below[0]
            return True
        if self._tagline_below(i, text) >= 0:
            return True
        end = _ADDRESS_END.search(text)
        if end is not None:
            return _SITE_NAME.fullmatch(text[:end.start()].strip()) is not None
        if _ADDRESS_OPENS.match(text) is None:
            return False
        j = self._headline_below(i, HEADLINE_FAR, _PAGE_TITLE_WORDS)
        if j >= 0:
            self.headline_at = j  # a widget between ("Proverbe du Jour : …") is no title
        return j >= 0

    def _tagline_below(self, i: int, text: str) -> int:
        """The line under line ``i`` when it repeats, alone, a part of line ``i`` after its
        first separator (the site's tagline after its name), and no prose follows it; else -1."""
        below = self._said_after(i, 2)
        if len(below) < 2:
            return -1
        j, k = below
        part = self.texts[j].strip()
        at = text.find(part)
        if self._words[j] < 2 or at <= 0 or not text.endswith(part) or \
                not _SEPARATOR_BEFORE.search(text, 0, at) or self._prose(k, self.texts[k]):
            return -1
        self.tagline_at = j
        return j

    def _crumbed_headline(self, i: int, within: int = 0) -> int:
        """The headline under a breadcrumb right under line ``i``: the breadcrumb ends with it
        after a separator ("Accueil / Affaires / 57 milliards de dollars…", then the headline
        alone over the lede; round 11a, an ad's line above them ended the search); or, with
        ``within``, up to that many lines further down (a tagline, the site's today and a
        weather widget above "Accueil > Actualité > <the headline>", round 18a); else -1."""
        below = self._said_after(i, 2 + within)
        for at in range(max(0, len(below) - 1)):
            j = self._crumb_pair(below[at], below[at + 1])
            if j >= 0:
                return j
        return -1

    def _crumb_pair(self, k: int, j: int) -> int:
        """Line ``j``, the headline, when breadcrumb ``k`` over it ends with it; else -1."""
        crumb, headline = self.texts[k].rstrip(), self.texts[j].strip()
        cut = len(crumb) - len(headline)
        if cut <= 0 or not crumb.endswith(headline) or \
                _SEPARATOR_BEFORE.search(crumb[:cut]) is None and not self._crumb_root(crumb) or \
                not (4 <= self._words[j] and _is_headline_label(headline, self._words[j])) or \
                not self._prose_under(j):
            return -1
        self.crumb_at = k
        return j

    def _tagged_headline(self, i: int, text: str) -> bool:
        """A headline of one sentence, then a tag of a few words no stop closes ("… emportées
        par les eaux à Chamoson. Bilan avec la police", round 20b), that the lede under it
        echoes: no standfirst of two sentences (its second says more, and ends)."""
        stops = list(_TWO_SENTENCES.finditer(text))
        if len(stops) != 1:
            return False
        tag = text[stops[0].end() - 1:]  # from the tag's capital
        return len(tag) <= _TAG_CHARS and word_count(tag) <= _TAG_WORDS and self._echoed(i)

    def _crumb_root(self, crumb: str) -> bool:
        """A breadcrumb pasted without its separators opens with its root, a menu word the
        boilerplate cue names ("Home Vie politique Dossier <the headline>", round 20b)."""
        first = crumb.split(None, 1)[0] if crumb.strip() else ""
        return len(first) > 1 and self.lex.boilerplate.matches(first)

    def _rubric_named(self, i: int, text: str) -> bool:
        """A line of a few words that a boilerplate field under it names as its value: the
        rubric's label over the headline ("Diaspora", then "Catégorie : Diaspora" under the
        headline; round 23b)."""
        if self._words[i] > _KICKER_WORDS:
            return False
        value = text.strip().casefold()
        for j in self._said_after(i, _SUBJECT_WITHIN):
            field = _BARE_MARK_BEFORE.sub("", self.texts[j])  # a list's item: "- Catégorie : …"
            name, colon, rest = field.rpartition(":")
            if colon and rest.strip().casefold() == value and word_count(name) <= _KICKER_WORDS and \
                    self.lex.boilerplate.matches(field):
                return True
        return False

    def _shown_below(self, i: int, text: str) -> int:
        """The next line when line ``i`` is it after a breadcrumb's last words closed by a
        full stop ("Inicio Tecnología. Intel compra Altera por 16,700 millones de dólares" over
        the headline alone; round 17b, mundocontact) or a list's mark; else -1. A rubric
        before a dash or a colon is the headline's ("Budget 2026 - Le gouvernement revoit sa
        copie" over "Le gouvernement revoit sa copie", round 12). Or a breadcrumb glued to the
        headline with no space ("AccueilNewsTechnologieUn journal italien publie…" over "Un
        journal italien publie…", round 23a)."""
        below = self._said_after(i, 1)
        if not below:
            return -1
        j = below[0]
        headline, crumb = self.texts[j].strip(), text.strip()
        cut = len(crumb) - len(headline)
        short = _ELLIPSIS_END.sub("", crumb)
        if short != crumb and (cut := self._glued_cut(short, headline)) > 0:
            # the breadcrumb's last item, the headline cut at its length ("AccueilFootballEn
            # seulement douze mois : le Bayern approuve près de 100 millions..." over the whole
            # headline, round 31b r11): the crumb glued before the headline's first words
            crumb, headline = short, short[cut:]
        if cut <= 0 or not crumb.endswith(headline) or self._words[j] < 4 or \
                not 0 < word_count(crumb[:cut]) <= _CRUMB_WORDS or \
                not (crumb[:cut].rstrip().endswith(".") or crumb[:cut].strip() in _LIST_MARKS or
                     _GLUED.match(crumb, cut) is not None or _bare_crumb(crumb[:cut])):
            return -1
        return j

    @staticmethod
    def _glued_cut(short: str, headline: str) -> int:
        """Where a headline's first words, cut short, stand glued in ``short`` (a breadcrumb's
        last item): the first glue point after which ``short`` opens the headline; else -1."""
        for glue in _GLUED.finditer(short, 0, _GLUED_WITHIN):
            rest = short[glue.start():]
            if word_count(rest) >= 4 and headline.startswith(rest.rstrip()):
                return glue.start()
        return -1

    def _notice(self, text: str) -> bool:
        """A cookie notice's or a site's legal notice's line (lexicon site_notices: "Terms of
        Use")."""
        notice = self.lex.site_notice
        return _CONSENT.search(text) is not None or notice is not None and notice.search(text) is not None

    def _in_notice(self, i: int, text: str) -> bool:
        """A notice's line (_notice), or a paragraph of the notice right above that goes on
        up to its closing line, a notice or a boilerplate line within NOTICE_CLOSE lines (a
        cookie banner of three paragraphs, then "Weitere Informationen … Datenschutzhinweisen",
        over the headline: round 16b, saarbruecker-zeitung)."""
        if self._notice(text):
            self.notice_at = i
            return True
        if self.notice_at < 0 or self._said_before(i) != self.notice_at:
            return False
        if any(self._notice(self.texts[j]) or self.hit.boilerplate[j] for j in self._said_after(i, NOTICE_CLOSE)):
            self.notice_at = i
            return True
        return False

    def _site_notice(self, i: int, text: str) -> bool:
        """A banner's heading over the page ("Updates to our Terms of Use", then "We are
        updating our Terms of Use. Please…"; round 11a, courthousenews): it names the site's
        notice, so does the line under it, and a headline stands below; not the title."""
        if not self._notice(text):
            return False
        below = self._said_after(i, 1)
        return bool(below) and self._notice(self.texts[below[0]]) and \
            self._headline_below(below[0], HEADLINE_FAR) >= 0

    def _subject_below(self, i: int) -> int:
        """A forum post's subject under line ``i``: a short line that the post's stamp under it
        ends with ("Sources", "Envoyé par …", "01 juillet 2010, 20:49   Sources": round 10a,
        the site's name above it taken for the title); else -1."""
        below = self._said_after(i, _SUBJECT_WITHIN)
        for n, k in enumerate(below):
            stamp = self.texts[k]
            if not self._has_digit[k] or _STAMP_TIME_AT.search(stamp) is None:
                continue
            for j in below[:n]:
                subject = self.texts[j]
                if 0 < self._words[j] <= DECK_WORDS and _is_headline_label(subject, self._words[j]) \
                        and stamp.endswith(subject) and \
                        _STAMP_END.search(stamp[:len(stamp) - len(subject)].rstrip()):
                    return j
        return -1

    def _headline_under_teaser(self, i: int, text: str) -> int:
        """The headline under the page's first line when that line is one sentence teasing it
        ("Ein stilles Gedenken gab es am Freitag … auf dem Ehrenfriedhof in Nordhausen." over
        "75 Jahre Kriegsende: Stilles Gedenken auf dem Ehrenfriedhof", round 9b): the next line
        is shaped like a headline, and both the teaser and the lede under it echo it; else -1."""
        if self._said_before(i) >= 0:
            return -1
        if _CUT_TEASER.search(text):
            # A teaser cut by its "[…]" ("… devront sortir leur bâton […]" over "Les électeurs
            # et électrices font leur marché", round 37a r12): another page's excerpt, of any
            # length; the headline-shaped line under it over prose is the headline.
            return self._headline_next(i)
        if self._words[i] > TEASER_SENTENCE_WORDS or _TWO_SENTENCES.search(text):
            return -1
        j = self._headline_next(i)
        if j < 0:
            return -1
        above = _echo(self.texts[j], frozenset(_stems(text)))
        return j if above >= ECHOED and self._echoed(j) else -1

    def _headline_next(self, i: int) -> int:
        """The next line after line ``i`` when it is shaped like a headline (four words to a
        deck's length, a headline's label, no byline nor dateline, enough words of its own)
        with prose under it; else -1."""
        below = self._said_after(i, 1)
        if not below:
            return -1
        j = below[0]
        headline = self.texts[j]
        if not (4 <= self._words[j] <= DECK_WORDS and _is_headline_label(headline, self._words[j])) or \
                self.lex.byline.match(headline) or self._has_digit[j] and is_dateline(headline) or \
                len(set(_stems(headline))) < ECHO_STEMS or not self._prose_under(j):
            return -1
        return j

    def _shown_again(self, i: int, text: str) -> int:
        """The line that repeats line ``i``'s words a few lines below, shaped like a headline
        with the prose under it: the headline, line ``i`` the page's <title> line and the lines
        between an image's caption or a widget ("Une bonne nouvelle !!" / "aménagement de la
        place de l’Étang cucuron" / "Une bonne nouvelle !"; round 22a fr24: the caption, which
        the lede echoes more, was taken); else -1."""
        own = _WORD.findall(text.lower())
        if len(own) < 2:
            return -1
        below = self._said_after(i, HEADLINE_WITHIN)
        for n, j in enumerate(below[1:], 1):
            if self._prose(below[n - 1], self.texts[below[n - 1]]):
                return -1  # a standfirst between is the article's: the first line is its headline
            if _WORD.findall(self.texts[j].lower()) == own:
                if not (_is_headline_label(self.texts[j], self._words[j]) and self._prose_under(j)):
                    return -1
                self.repeat_at = j
                return j
        return -1

    def _block_twice(self, j: int, k: int) -> bool:
        """Lines ``j`` and ``k`` the same, and the lines next to them the same too: a block
        the page shows twice, not a headline shown again over its story."""
        near = lambda m: (self._said_before(m), *self._said_after(m, 1))  # noqa: E731
        return any(a >= 0 and b >= 0 and self.texts[a].strip() == self.texts[b].strip()
                   for a, b in zip(near(j), near(k)))

    def _photo_credit(self, m: int) -> bool:
        """Line ``m`` a picture's credit: a few words, no digit, a copyright's sign or a credit's
        word ("Photo DDM / Jean Dupont", "© AFP")."""
        text = self.texts[m]
        return self._words[m] <= 2 * _CREDIT_WORDS and not self._has_digit[m] and \
            bool(_CREDIT_LINE.match(text) or _NOT_HEADING.search(text))

    def _headline_twice(self, i: int) -> int:
        """A headline-shaped line a few lines under line ``i`` that the page shows again a few
        lines lower, the second time over the prose: the site's menu with the headline in it,
        then the headline over the byline and the lede (Reuters: "Directory of sites",
        "Login", "Contact", the headline, "Sections", the date, the headline, round 40b r4;
        on the whole page, 21 lines of menu and teasers between, no prose).
        The second showing is the headline, the lines above it furniture; else -1. Not under
        a line the lede echoes (a headline over its caption shown twice), nor past prose."""
        below = self._said_after(i, 2 * HEADLINE_WITHIN)
        if len(below) < 2:
            return -1
        for j in below:
            text = self.texts[j]
            if self._prose(j, text):
                return -1
            if self._words[j] < _KICKER_FEWEST or self._words[j] <= self._words[i] or \
                    not _is_headline_label(text, self._words[j]) or self._cue_line(j, text):
                # a longer line over a caption shown twice is the headline (round 37a fr03); a
                # subscription's prompt shown twice is no headline (review T R3, "Subscribe now: …")
                continue
            after = self._said_after(j, _TWICE_WITHIN)
            for n, k in enumerate(after):
                if self.texts[k].strip() == text.strip():
                    if all(self._photo_credit(m) for m in after[:n]):
                        # a picture's alt text and caption, one under the other or a credit
                        # between ("Photo SVCP", "Photo: John Smith / AP"; 24a fr09, review T R3)
                        break
                    # the byline, the reading time, an editor's note may stand between
                    if not any(self._prose(m, self.texts[m]) for m in self._said_after(k, HEADLINE_WITHIN)) or \
                            self._block_twice(j, k) or _echo(self.texts[i], self._lede_stems(k)) >= ECHOED:
                        # a welcome box shown twice ("Bienvenue …", "N'hésitez pas …", "Bonne
                        # visite!", round 29a fr24); a book's title over its contents, a
                        # chapter's title shown in them and over its text (round 11a fr23)
                        return -1
                    self.repeat_at = k
                    return k
                if self._prose(k, self.texts[k]):
                    return -1
        return -1

    def _headline_under_box(self, i: int) -> int:
        """Line ``i``, prose closing a box of other stories opened above the headline (a
        ticker's "Fil d'info", its item's headline and teaser), is that box's last teaser when
        the next line is shaped like a headline that the lede under it echoes: that line, the
        headline (round 22a fr01, JHM: the ticker's item was taken for the title); else -1."""
        j = self._headline_next(i)
        if j < 0 or not self._echoed(j):
            return -1
        self.headline_at = j
        return j

    def _said_before(self, i: int) -> int:
        """The last line before line ``i`` that is not blank, or -1."""
        return next((j for j in range(i - 1, -1, -1) if self.texts[j].strip()), -1)

    def _parallel_row(self, i: int, text: str) -> bool:
        """Line ``i`` is a row of a table pasted as lines: it and two lines around it share
        the same marks, three or more, in the same order ("Wout Van Aert (BEL/Jumbo-Visma)
        - Vainqueur de l’étape" / "Mark Cavendish (GBR/Deceuninck-Quick Step) - 3eme de
        l’étape…", a race's results, round 25a: the title); a headline and its lede do not."""
        marks = _ROW_MARKS.findall(text)
        if len(marks) < _ROW_MARKS_MIN:
            return False
        rows, j = 0, i
        while rows < _ROWS_BELOW and (j := self._said_before(j)) >= 0 and _ROW_MARKS.findall(self.texts[j]) == marks:
            rows += 1  # a row under rows of the same table
        for j in self._said_after(i, _ROWS_BELOW - rows) if rows < _ROWS_BELOW else ():
            if _ROW_MARKS.findall(self.texts[j]) != marks:
                break
            rows += 1
        return rows >= _ROWS_BELOW

    def _listed(self, i: int) -> bool:
        """Line ``i`` is an item of a list whose marks stand alone on their lines ("-", then a
        headline, "-", another one: a ticker of other stories over the article, round 9a's
        libema.fr); two items at least."""
        def mark(j: int) -> bool:
            return j >= 0 and _BARE_MARK.fullmatch(self.texts[j].strip()) is not None

        before = self._said_before(i)
        if not mark(before):
            return False
        after = self._said_after(i, 2)
        if len(after) == 2 and mark(after[0]) and not mark(after[1]):
            return True
        earlier = self._said_before(before)
        return earlier >= 0 and not mark(earlier) and mark(self._said_before(earlier))

    def _cut_headline(self, i: int, text: str) -> bool:
        """The page's first line, a headline the site cut at its length ("Bassin de la zone de
        Captage : « L’Etat a décaissé 24 milliards de FCFA pour les travaux » (PM…", round
        14b): past ELLIPSIS_WORDS a cut line is a teaser, unless nothing stands above it and
        the lede under it echoes it. A cue's furniture above it stands for nothing (a hit
        counter's "web statistic", round 16a)."""
        if self._first_unmarked < i or \
                not _ELLIPSIS_END.search(text) or \
                self._words[i] > _PAGE_TITLE_WORDS:
            return False
        cut = _ELLIPSIS_END.sub("", text.rstrip())
        return is_short_label(cut, max_words=25, words=self._words[i]) and self._echoed(i)

    def _glued_deck(self, i: int, text: str) -> str | None:
        """The page's first line, a headline closed by "!" or "?" with its deck glued after it
        and cut at the line's length, no mark closing it ("Bachar aurait dénoncé ses sources !
        Le procureur a indiqué qu'une enquête … publiées par le blogue", round 32a r6): the
        headline, when the lede under the line echoes it; else None."""
        if self._first_unmarked < i or _TERMINAL_MARK.search(text) or \
                self._words[i] > _PAGE_TITLE_WORDS:
            return None
        m = _GLUED_DECK.match(text)
        if m is None or not 3 <= word_count(m[1]) <= DECK_WORDS or \
                word_count(text[m.end():]) < _GLUED_DECK_WORDS:
            return None
        # The lede repeats a deck, the facts a question's or an exclamation's hook does not
        # say: most of the tail's words, and more of them than of the headline's. Read on
        # the whole line, the lede's echo of the headline (more paragraphs, more echo) cut a
        # headline's second sentence on the whole page and not on its excerpt (round 39b r3).
        lede = self._lede_stems(i)
        deck = _echo(text[m.end():], lede)
        return m[1].strip() if deck >= ECHOED and deck > _echo(m[1], lede) else None

    @functools.cached_property
    def _first_unmarked(self) -> int:
        """The first line with words that no boilerplate cue marks."""
        return next((j for j, t in enumerate(self.texts) if t.strip() and not self.hit.boilerplate[j]),
                    len(self.texts))

    def _over_read_more(self, i: int) -> bool:
        """Line ``i`` heads another post's teaser: under it, within two lines, an excerpt cut in
        mid-phrase and a read-more link right under that ("Article en vedette" / "Le virus
        mortel …" / "… Pour enrayer..." / "Lire plus": a blog's featured box, round 14a)."""
        below = self._said_after(i, 4)
        for n, k in enumerate(below[:3]):
            text = self.texts[k]
            if self._prose(k, text):
                if _CUT.search(text) is None or n + 1 == len(below):
                    return False
                link = below[n + 1]  # "Lire plus", "Read more": a short line, no sentence
                # Another post's teaser has the page around it; a page that ends at the link,
                # nothing above, is the post's excerpt, its line the headline (round 19b, nouvelhay).
                return self._words[link] <= _KICKER_WORDS and not self._prose(link, self.texts[link]) \
                    and not _TERMINAL_MARK.search(self.texts[link]) and \
                    not _FILE_NAME.fullmatch(self.texts[link]) and \
                    (bool(self._said_after(link, 1)) or self._prose_lines.find(1, 0, i) >= 0)
        return False

    def _contents_entry(self, i: int, text: str) -> bool:
        """A table of contents' entry: a page's number, a wide gap, a label ("4    Clin d’œil",
        then " 5    Editorial": a magazine's issue, round 14b), with another one next to it."""
        if not _CONTENTS_ENTRY.match(text):
            return False
        near = [j for j in (self._said_before(i), *self._said_after(i, 1)) if j >= 0]
        return any(_CONTENTS_ENTRY.match(self.texts[j]) for j in near)

    def _front_page(self, i: int, text: str) -> bool:
        """A home page's <title> line, a front page's label after its first part ("SenePlus |
        La Une | l'actualité, sport, politique et plus au Sénégal", round 14b): the site's
        name, no article's headline; a bare date right under it is the site's today, marked
        in ``visit_dated`` (a breadcrumb's "Home » …" is read elsewhere)."""
        if _CRUMB_AFTER.search(text):
            return False
        parts = [p.strip(" .").lower() for p in _SEPARATOR_AT.split(text)]
        if not any(p in _front_page_labels() for p in parts[1:]):
            return False
        self.visit_dated[i] = 1
        below = self._said_after(i, 1)
        if below and self._has_digit[below[0]] and is_dateline(self.texts[below[0]]) and \
                not self._date_labelled(below[0], self.texts[below[0]]):  # "Publié le …": the article's
            self.visit_dated[below[0]] = 1
        return True

    def _over_bullet(self, i: int, text: str) -> bool:
        """Line ``i`` is an item of a bulleted list, or a menu's word or two over one: a
        bulleted line with another one next to it ("- Enfants et jeunes", "- Social", "-
        Anniversaire Foyer du Bois": a post's categories, round 14b) or of a kicker's few
        words ("- AUTO"), a short line over a short bulleted item ("Comparateur" over "- AUTO",
        round 14a). A headline over its key points is over sentences."""
        below = self._said_after(i, 1)
        if _BARE_MARK_BEFORE.match(text):
            return self._words[i] <= _KICKER_WORDS + 1 or self._bullet_sibling(i)
        return bool(below) and self._words[i] <= MENU_WORDS and \
            self._words[below[0]] <= _KICKER_WORDS + 1 and \
            _BARE_MARK_BEFORE.match(self.texts[below[0]]) is not None

    def _access_key(self, text: str) -> bool:
        """A navigation link's label, itself furniture, with its access key's hint."""
        match = _ACCESS_KEY.fullmatch(text)
        return bool(match and match[1] and self.lex.boilerplate.matches(match[1]))

    def _masthead(self, i: int, text: str) -> bool:
        """The page's first line is the site's name, not its headline, when it is printed
        again alone right under it (the logo's text, then the masthead's): a name's few
        capitalised words ("Diario de Mallorca", "Le Nouveau Gabon"; rounds 19a, 29a). A
        headline shown twice is its <title> and its <h1>: a name's words only, four at most,
        are a masthead's. A name alone over prose is not told from a short headline
        ("Ouest-France" vs "Médiathèque", "Journalists Jailed"): left as it is."""
        name, k = text.strip(), self._said_before(i)
        again = k >= 0 and self.texts[k].strip() == name  # the second of the two
        if k >= 0 and not (again and self._said_before(k) < 0) or \
                self._words[i] > _KICKER_WORDS + 1 or _SITE_NAME.fullmatch(name) is None:
            return False
        below = self._said_after(i, 1)
        return again or bool(below) and self.texts[below[0]].strip() == name

    def _bullet_item(self, i: int, text: str) -> bool:
        """Line ``i`` opens with a list's bullet ("- ", "• ") and a line next to it does too:
        an item of a list, whatever its words."""
        return _BARE_MARK_BEFORE.match(text) is not None and self._bullet_sibling(i)

    def _bullet_sibling(self, i: int) -> bool:
        """A bulleted line stands next to line ``i``: the one above, or one below past bulleted
        furniture: an ad slot's label or a date in a bullet under the line is the page's meta
        bar, no item of a list («• Continua após o anúncio», «• 03/03/2022 09:04» under the
        bulleted headline «• Governo federal libera mais R$ 1,788 milhão…», round 45b pt01: one
        bulleted line is no list). A bulleted date ABOVE the line is a sibling: the line is the
        body's first key point («• December 8, 2026» over «• Up to 40,000 farms could get aid
        by year end», review of title47)."""
        above = self._said_before(i)
        if above >= 0 and _BARE_MARK_BEFORE.match(self.texts[above]):
            return True
        j = next(iter(self._said_after(i, 1)), -1)
        while j >= 0 and _BARE_MARK_BEFORE.match(self.texts[j]) and self._bulleted_furniture(j):
            j = next(iter(self._said_after(j, 1)), -1)
        return j >= 0 and _BARE_MARK_BEFORE.match(self.texts[j]) is not None

    def _bulleted_furniture(self, j: int) -> bool:
        """Bulleted line ``j`` is the site's furniture, not an item: a boilerplate cue, an ad
        slot's label the copy may carry (lexicon boilerplate_inline) the whole line, a date."""
        text = self.texts[j]
        if self.hit.boilerplate[j] or self._has_digit[j] and is_dateline(_BARE_MARK_BEFORE.sub("", text)):
            return True
        m = self.lex.boilerplate_inline.search(text)
        return m is not None and _LETTERS.search(text[:m.start()] + text[m.end():]) is None

    def _interview_question(self, i: int, text: str) -> bool:
        """A question that the next line answers in the first person: an interview's first
        question, not its headline ("Comment expliquer ce retour à la scène … ?", then "J'ai
        voulu rester à la maison …", round 14a). A question in the first person is a headline
        the post answers ("Pourquoi j'ai quitté Paris ?")."""
        if not text.rstrip().endswith("?") or self._first_person(text, anywhere=True):
            return False
        below = self._said_after(i, 3)
        if below and self._first_person(self.texts[below[0]]):
            return True
        if self._put_and_answered(i, text, below):
            return True
        # Or questions and short answers in turn, question, answer, question, answer ("Vous
        # pouvez nous faire le point sur les transferts ?", "Le marché des arrivées bouge. On a
        # …", "Il va y avoir d’autres départs ?", round 15b): an interview's, its first question
        # put to someone ("vous", "you"). An explainer's question over its lede has a longer
        # paragraph under it, and an FAQ's headline asks no one ("Faut-il s'inquiéter de la
        # hausse du prix du gazole ?" over "Pourquoi les prix augmentent-ils autant ?").
        # Answers wholly in quotation marks are an interview's however long ("Cette semaine
        # vous avez répété … ?" over "« Très bien ! L'équipe technique … »", round 23b).
        asked = [self.texts[j].rstrip().endswith("?") for j in below]
        return asked == [False, True, False] and self._second_person(text) and \
            self._words[below[1]] <= _INTERVIEW_ANSWER_WORDS and \
            (all(self._words[j] <= _INTERVIEW_ANSWER_WORDS for j in (below[0], below[2])) or
             all(QUOTED_PARAGRAPH.fullmatch(self.texts[j]) for j in (below[0], below[2])))

    def _put_and_answered(self, i: int, text: str, below: list[int]) -> bool:
        """A question put to someone ("vous", "you"), answered in the first person within the
        answer's first two sentences, and another question put so to come within a few lines:
        an interview's first turn, whoever the answer opens on ("Monsieur le ministre, comment
        vous portez-vous … ?" over "Question délicate parce que … . En ce qui concerne
        l'homme, je me sens …", round 40a r1; "Ansonibè Poda : Bonjour. Je suis …"). A
        headline asking its reader ("Et vous, que feriez-vous ?", "Would you let a robot look
        after your mother?") names no one: a column's rhetorical questions to its reader have
        the rest of that shape (review T R2)."""
        if not below or not self._second_person(text) or not _VOCATIVE.search(text):
            return False
        answer = _SENTENCE_BREAK.split(self.texts[below[0]], maxsplit=2)[:2]
        if self.texts[below[0]].rstrip().endswith("?") or \
                not any(self._first_person(s, anywhere=True) for s in answer):
            return False
        return any(self.texts[j].rstrip().endswith("?") and self._second_person(self.texts[j])
                   for j in self._said_after(below[0], _NEXT_QUESTION_LINES))

    def _speaker_label(self, i: int, text: str) -> bool:
        """A speaker's name and role over the quotation they say, whole, the next such pair
        right under it ("Benoît Tavenot, entraîneur SCB" over "«C’est une victoire…»", then
        "Gregory Poirier, entraîneur Red Star FC" over his; round 15a): labels of a quotes'
        page, not its headline. A portrait's headline over a lede that opens on a quotation
        ("Gabriel Attal, un Premier ministre en campagne" over "« Je ne lâcherai rien », a
        lancé …") is read on: the lede goes on past the quotation."""
        def quoted(j: int) -> int:
            below = self._said_after(j, 1)
            whole = self._words[j] <= _SPEAKER_LABEL_WORDS and \
                _SPEAKER_LABEL.fullmatch(self.texts[j]) is not None and bool(below) and \
                QUOTED_PARAGRAPH.fullmatch(self.texts[below[0]]) is not None
            return below[0] if whole else -1
        said = quoted(i)
        below = self._said_after(said, 1) if said >= 0 else []
        return bool(below) and quoted(below[0]) >= 0

    def _second_person(self, text: str) -> bool:
        """The text has a "vous", "tu", "you" (every lexicon's second_person)."""
        you = self._you
        if you is None:
            you = self._you = frozenset().union(*self.lex.second_person.values())
        return any(w.lower().rstrip("'’") in you for w in _PRONOUN.findall(text))

    def _first_person(self, text: str, anywhere: bool = False) -> bool:
        """The text opens with "I", "je", "j'" (``anywhere``: has one)."""
        words = [w.lower().rstrip("'’") for w in _PRONOUN.findall(text)]
        own = {w.rstrip("'’") for w in self.lex.self_pronouns}
        return any(w in own for w in (words if anywhere else words[:1]))

    def _dated_headline_below(self, i: int) -> int:
        """The next line, when it is a longer headline with its date line right under it, line
        ``i`` having none: the headline; line ``i`` is a rubric over it ("Bulletins de l'Ilec"
        over "Ils ont l’âge de l’Ilec - Numéro 403" and "30/09/2009", round 8). Else -1."""
        below = self._said_after(i, 2)
        if len(below) < 2:
            return -1
        j, k = below
        text, date = self.texts[j], self.texts[k]
        if not (4 <= self._words[j] and self._words[j] > self._words[i] and
                _is_headline_label(text, self._words[j])) or \
                self.lex.byline.match(text) or self._has_digit[j] and is_dateline(text):
            return -1
        dated = self._has_digit[k] and (is_dateline(date) or self._date_labelled(k, date) or
                                        self._date_words(k, date))
        return j if dated else -1

    def _post_under_date(self, i: int, text: str) -> int:
        """A blog's post title under its date line, right under line ``i``: a shorter
        headline the lede echoes more than line ``i`` (the blog's name or tagline, "Blog pour
        toutes et tous relatant les événements sur la vie du village de Lesdins" / "vendredi 1
        mars 2013" / "Lesdins fête sa Centenaire", round 38a r6); else -1. A headline over its
        date and a deck stays: the deck is longer than it."""
        below = self._said_after(i, 2)
        if len(below) < 2:
            return -1
        k, j = below
        date, headline = self.texts[k], self.texts[j]
        if not (self._has_digit[k] and (is_dateline(date) or self._date_words(k, date))) or \
                not 4 <= self._words[j] < self._words[i] or \
                not _is_headline_label(headline, self._words[j]) or \
                len(set(_stems(headline))) < ECHO_STEMS or not self._prose_under(j):
            return -1
        lede = self._lede_stems(j)
        echoed = _echo(headline, lede)
        # clearly more: two headlines of one story each over its date ("Colmar : Un garage de
        # la gendarmerie dévasté par le feu" / "(Le 22 mars 2010)" / "Colmar : Un incendie
        # détruit …", a repost of two papers' reports, round 32a) are echoed alike
        return j if echoed >= ECHOED and echoed - _echo(text, lede) >= _POST_ECHO_MARGIN else -1

    def _dated_entry(self, i: int, text: str) -> bool:
        """Line ``i`` opens with a whole date (a month's name or numbers, and the year) and goes
        on with a headline's words: a listing's entry."""
        if not self._has_digit[i]:
            return False
        entry = _DATED_ENTRY.match(text)
        return entry is not None and (entry["month"] is None or
                                      entry["month"].lower() in self.lex.month_names)

    def _dated_entries(self, i: int, text: str) -> bool:
        """Line ``i`` is a listing's first entry: dated in front (_dated_entry), and so is
        another line within _ENTRIES_WITHIN lines under it ("10 Luglio 2017 Sessione europea …",
        its deck, "06 Luglio 2017 Parco agroalimentare …": round 34a, the first was the
        title). An article's headline is not dated in front, and its lede does not open so."""
        return self._dated_entry(i, text) and \
            any(self._dated_entry(j, self.texts[j]) for j in self._said_after(i, _ENTRIES_WITHIN))

    def _name_pair(self, i: int, text: str) -> bool:
        """A place tag (_NAME_PAIR), no headline: its last part a country's or a region's name
        (CLDR's territories, _territories: "Besançon, France"), no word of it
        written in lower case on the page, as a Title Case headline's are by the story under it ("Fed Holds
        Rates, Signals Cuts": "holds rates"). Any two names were a tag first; a short headline
        has the shape ("Adieu, Bébel", "Roma, Lazio", "Paris, Texas", "Apple, Google Settle":
        review S of session 37, R3). Behind the page store's month ("date 2018-06 Dijon, France",
        round 45a fr02: it was the title) the pair is read too, unless a byline stands under it:
        a headline's place ("date 2019-05 Kyoto, Japon" over «Publié par Claire», a travel post:
        review of title47)."""
        tag = _STORE_TAG.match(text)
        if tag:
            below = self._said_after(i, 1)
            if below and self._byline_or_dating(self.texts[below[0]]):
                return False
            text = text[tag.end():]
        m = _NAME_PAIR.fullmatch(text)
        if m is None or case_folded(m["b"]) not in _territories():
            return False
        words = {w.lower() for w in _WORD.findall(text) if w[:1].isupper()}
        return not any(rx.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])").search(self.doc.text) for w in words)

    def _qualifier_alone(self, text: str) -> bool:
        """A key figure's qualifier on its own line, its number under it ("Près de" / "5 mds
        CFP", round 19a; "Plus de", "Environ"): a box's figure, not a headline."""
        bare = text.strip(" :…")
        return any(p.fullmatch(bare) is not None for p in (self.lex.approximate, self.lex.qualifier))

    def _under_qualifier(self, i: int, depth: int = 2) -> bool:
        """The figure under its qualifier's line ("5 mds CFP" under "Près de"), and what it
        counts when that goes on in lower case under it ("Plus de" / "300" / "emplois créés")."""
        above = self._said_before(i)
        if above < 0 or self._words[above] > _STAMP_WORDS:
            return False
        return self._qualifier_alone(self.texts[above]) or \
            depth > 1 and self.texts[i][:1].islower() and self._under_qualifier(above, depth - 1)

    def _capitals_headline(self, i: int, text: str) -> bool:
        """A headline set in capitals, whatever its stops ("TEXTE ENTRANT, TEXTE SORTANT. L’IA
        S’EN CHARGE.", round 19a): no prose is written so; a label's length, three words or
        more, prose under it."""
        words = self._words[i]
        # A teaser cut by its "…" is another story's (Dagospia's sidebar over the headline,
        # round 4); prose in capitals under it is more headlines.
        if not 3 <= words <= 25 or len(text) > _LABEL_CHARS or not text.isupper() or \
                sum(len(w) >= 2 for w in _LETTERS.findall(text)) < 3 or _ELLIPSIS_END.search(text):
            return False
        # Prose under it, maybe past a byline's short lines ("posted by" / "Cynthia Pecking" /
        # "follow along", the real page)
        k = next((k for k in self._said_after(i, 4) if self._words[k] > _WIDGET_WORDS), -1)
        return k >= 0 and self._prose(k, self.texts[k]) and not self.texts[k].isupper()

    def _capitals_led_headline(self, i: int, text: str) -> bool:
        """A headline led by its subject in capitals, a comma or a colon, then its phrase in
        lower case and maybe a full stop ("LE PROJET MEDIATHEQUE, tout ce qui brille n’est pas
        d’or.", round 35a fr10): one sentence of a label's length, a blank line under it. The
        capitals hold a small word (an acronym does not: "UNESCO, l'agence …"); a wire's
        dateline in capitals opens a paragraph longer than a label ("LE HAVRE, 12 mars …")."""
        lead = _CAPITALS_LEAD.match(text)
        if lead is None or self._words[i] > 25 or len(text) > _LABEL_CHARS or \
                not any(case_folded(w) in self.lex.all_stopwords for w in lead[1].split()) or \
                _TWO_SENTENCES.search(text) or not text.rstrip().endswith((".", "!", "?")) or \
                self._has_digit[i] and WIRE_DATELINE.match(text):
            return False
        j = i + 1
        return j >= len(self.texts) or \
            self.doc.text[self.doc.blocks[i].end:self.doc.blocks[j].start].count("\n") >= 2

    def _headline_alone(self, i: int, text: str) -> bool:
        """A headline of two sentences, the second unclosed, alone on the page's first line
        over a blank line and the article's prose ("Napoli, impone l’alt a un centauro …:
        carabiniere è grave. Condizioni critiche per il 18enne alla guida", round 37b r3); a
        lede's sentences close with their stop."""
        if self._said_before(i) >= 0 or self._words[i] > 25 or len(text) > _LABEL_CHARS or \
                _TERMINAL_MARK.search(text.rstrip().rstrip("»”\"’ ")):
            return False
        # Two sentences, the second a clause: a caption's figures ("… in January 2014. Has
        # played 273 games, scoring 51 goals. Getty") break more often, and end on a credit.
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        if len(breaks) != 1 or word_count(text[breaks[0]:]) < 3:
            return False
        below = self._said_after(i, 1)
        if not below:
            return False
        k = below[0]
        return self.doc.text[self.doc.blocks[i].end:self.doc.blocks[k].start].count("\n") >= 2 and \
            self._words[k] > self._words[i] and self._prose(k, self.texts[k])

    def _long_headline(self, i: int, text: str) -> bool:
        """A headline longer than a label (25 words, 140 characters; up to a <title>'s 40
        words): two clauses, a dash or a colon between them, no sentence's end, and the next
        line not its continuation ("… aurait atteint le bureau du Premier ministre — le défi
        majeur reste d'identifier la source de la fuite", round 7; the em dash had cut it as a
        site's name)."""
        words = self._words[i]
        if words > _PAGE_TITLE_WORDS or len(text) > 2 * _LABEL_CHARS or \
                words <= 25 and len(text) <= _LABEL_CHARS or \
                _TERMINAL_MARK.search(text) or not _CLAUSES.search(text) or \
                _TWO_SENTENCES.search(text):
            return False
        below = self._said_after(i, 1)
        return bool(below) and not self.texts[below[0]][:1].islower()

    def _lines_inside(self, i: int, text: str, labels: bool = False) -> list[int]:
        """The later lines of four words or more, shaped like a headline, that this line longer
        than a label holds with more around it: then it is the page's <title>, with its site's
        name, rubrics or tagline (round 7: such lines, taken whole for a long headline, hid the
        headline shown below them). ``labels``: a line of a label's length too (one with a
        site's separators)."""
        if self._words[i] > _PAGE_TITLE_WORDS or \
                not labels and self._words[i] <= 25 and len(text) <= _LABEL_CHARS:
            return []
        return [j for j, t in enumerate(self.texts[i + 1:], i + 1)
                if t != text and len(t) >= _TITLE_PREFIX_MIN and t in text and
                word_count(t) >= 4 and _is_headline_label(t, word_count(t))]

    def _echoed(self, j: int) -> bool:
        """Line ``j``'s words make at least half of those the article's first prose lines
        under it repeat (_echo): a headline, not a tagline."""
        return _echo(self.texts[j], self._lede_stems(j)) >= ECHOED

    def _credit_shaped(self, i: int, text: str) -> bool:
        """Line ``i`` is shaped as a picture's or a byline's furniture, never a headline: a
        byline's label alone, an image's alt text, a word said over and over. (A name the page
        never says again was tried and reverted: Title Case headlines have a name's shape and
        their words need not come back, review 1 R2.)"""
        return _bare_byline(text) or _alt_described(text) or _one_word_repeated(text) or \
            self._crumb_named(i, text)

    def _quotation_over_headline(self, i: int, text: str) -> bool:
        """A line wholly in quotation marks over an unquoted headline with the lede under it: a
        pull quote or a kicker's quotation, weaker than that headline. Alone over the lede it
        may be the headline (a quoted headline the lede does not repeat: "“Só faz obra quem tem
        dinheiro”", round 14a)."""
        if _WHOLLY_QUOTED.fullmatch(text) is None:
            return False
        j = self._headline_below(i, HEADLINE_WITHIN)
        return j >= 0 and _WHOLLY_QUOTED.fullmatch(self.texts[j]) is None

    def _crumb_named(self, i: int, text: str) -> bool:
        """Line ``i`` repeats a section of the breadcrumb trail just above it, not its last
        crumb ("Accueil > Actualités > Actualités Régionales > Alerte …" over "Actualités
        Régionales", round 35b fr03): the section's label over the headline."""
        j = self._said_before(i)
        if j < 0 or not _CRUMB_TRAIL.match(self.texts[j]):
            return False
        crumbs = [case_folded(c.strip()) for c in re.split(r"\s[»›>]\s", self.texts[j])]
        return case_folded(text.strip()) in crumbs[:-1]

    def _under_bare_byline(self, i: int) -> bool:
        """The line under a byline's label alone ("Posted by" over "Wire Reports Wire Reports",
        round 35b r3): the byline's name."""
        j = self._said_before(i)
        return j >= 0 and _bare_byline(self.texts[j])

    def _opens_list(self, i: int, text: str) -> bool:
        """The page opens with its list, not under a headline: the line is a month alone over a
        chronology's entries ("Janvier", then "Février" further down), or the first entry's
        heading, shaped like a later line (the same marks and numbers: "Scott McTominay:
        Manchester United - Naples, 2024 (30,5 millions d'euros)", then "Rivaldo : …, 1997
        (23,5 millions d'euros)"). Round 7: both were taken for the title."""
        if self._labelled_item(i) and \
                any(self._labelled_item(j) for j in self._said_after(i, 2 * LABELLED_WITHIN)[1:]):
            return True  # a press review's sources: "L’Economiste" over its item, then the next
        rows = self._said_after(i, 2)
        if len(rows) == 2 and all(self._words[j] <= _SCORE_WORDS and _SCORE_ROW.fullmatch(self.texts[j])
                                  for j in rows):
            return True  # a results box's heading over its scores ("1ère journée de Ligue 1", 19a)
        months = self.lex.month_names
        if self._words[i] <= 2 and _month_alone(text, months):
            return any(_month_alone(t, months) for t in self.texts[i + 1:] if t)
        shape = _marks(text)
        if len(shape) < LIST_MARKS or shape.count("0") < 2:
            return False
        # Another entry, not the title again (a page shows it twice: its <title> and its <h1>)
        stems = set(_stems(text))
        return any(t and _marks(t) == shape and _is_headline_label(t, word_count(t)) and
                   _echo(t, frozenset(stems)) < ECHOED and self._prose_under(j)
                   for j, t in enumerate(self.texts[i + 1:], i + 1))

    def _labelled_item(self, i: int) -> bool:
        """Line ``i`` is a label of a few capitalised words (a source's name, "Aujourd’hui Le
        Maroc") right over a paragraph that the line model takes for the article's, of
        sentences: an item of a list of labelled paragraphs (round 12a, a press review)."""
        if not 0 < self._words[i] <= _KICKER_WORDS or _TERMINAL_MARK.search(self.texts[i]) or \
                not self.texts[i][:1].isupper():
            return False
        below = self._said_after(i, 1)
        if not below or self.quality is None:
            return False
        j = below[0]
        text = self.texts[j]
        return self.quality[j] == GOOD and self._words[j] >= LABELLED_PARAGRAPH and \
            (_SENTENCE_END.search(text) is not None or _TWO_SENTENCES.search(text) is not None)

    def _headline_text(self, i: int, text: str) -> str | None:
        """The title line's headline when the line holds more or less (None: the line is it):
        without an agency's label (_without_agency), a label pasted before it or menu items
        glued to it (_without_glued), with its second line (_continued)."""
        glyph = _CLOSE_GLYPH.match(text)
        if glyph:  # the headline without the close button's glyph, and what else it holds
            return self._headline_text(i, text[glyph.end():]) or text[glyph.end():].strip()
        tag = _STORE_TAG.match(text)
        text = text[tag.end():] if tag else text
        headline = self._without_agency(text) or self._without_glued(text) or \
            _without_menu_run(text) or self._glued_deck(i, text)
        if tag and not headline:  # the line as the page writes it, less the tag
            shown = self.doc.text[self.doc.blocks[i].start:self.doc.blocks[i].end]
            headline = _STORE_TAG.sub("", shown, count=1).strip()
        return self._continued(i, headline or text) or headline

    def _without_glued(self, text: str) -> str | None:
        """The headline without what is pasted before it with no space: menu items ("AccueilFAQ
        Changements de direction…", "PAGE ACCUEILAllocution de Madame le Maire…"; round 11a),
        each one a boilerplate line on its own; or a widget's label (lexicon title_labels:
        "Speech to Text for City council passes budget", round 11b). None: nothing pasted."""
        labels = self.lex.title_label
        label = labels.match(text) if labels is not None else None
        if label is not None:
            # the headline opens with its capital ("Speech to text for doctors: …" is one)
            rest = text[label.end():].strip()
            return rest if rest[:1].isupper() and word_count(rest) >= ECHO_STEMS else None
        start, rest, items = 0, None, 0
        for glue in _GLUED.finditer(text, 0, _GLUED_WITHIN):
            if not self.lex.boilerplate.matches(text[start:glue.start()].strip()):
                break
            start, rest, items = glue.start(), text[glue.start():], items + 1
        # Two items, or one in capitals: a brand's capital inside its name is no glue
        # ("HomePod mini", "HomeKit"), "Home" a menu word though it is.
        if rest is None or items < 2 and not text[start - 1].isupper() or \
                word_count(rest) < ECHO_STEMS or not _is_headline_label(rest, word_count(rest)):
            return None
        return rest

    def _continued(self, i: int, text: str) -> str | None:
        """The headline with its second line, right under it and opening in lower case, a few
        words that close no sentence ("Terremoto: "sciacallo" arrestato" / "dai carabinieri ad
        Amatrice", round 11a); else None."""
        j = i + 1
        if j >= len(self.texts) or _TERMINAL_MARK.search(text) and not self._comma_wrapped(i, text) or \
                "\n\n" in self.folded[self.doc.blocks[i].end:self.doc.blocks[j].start]:
            return None  # a blank line between: a byline, a lede
        tail = self.texts[j].strip()
        if not tail[:1].islower() or not 0 < self._words[j] <= _CONTINUED_WORDS or \
                self._has_digit[j] or _TERMINAL_MARK.search(tail) or \
                not _is_headline_label(tail, self._words[j]) or self._byline_or_dating(tail):
            return None
        return f"{text.strip()} {tail}"

    def _comma_wrapped(self, i: int, text: str) -> bool:
        """A headline wrapped after its comma: a short line closed by the comma, right under it
        a line opening in lower case that closes no sentence, then a blank line or the end;
        the two make a label ("La vallée du Cailly," / "entre plans sociaux et espoir d'une
        reprise", round 35b fr02). A paragraph wrapped so goes on under its second line."""
        j = i + 1
        if not text.rstrip().endswith(",") or j >= len(self.texts) or self._words[i] > _CONTINUED_WORDS:
            return False
        blocks, tail = self.doc.blocks, self.texts[j].strip()
        if self.doc.text[blocks[i].end:blocks[j].start].count("\n") != 1 or not tail[:1].islower() or \
                _TERMINAL_MARK.search(tail) or self._byline_or_dating(tail):
            return False
        if j + 1 < len(self.texts) and self.doc.text[blocks[j].end:blocks[j + 1].start].count("\n") < 2:
            return False
        joined = f"{text.strip()} {tail}"
        return _is_headline_label(joined, word_count(joined))

    def _byline_or_dating(self, line: str) -> bool:
        """A byline ("par Jean Dupont") or a dating line, its number in figures or in words
        ("publié le 12/03/2021", "mis à jour hier", "publié il y a trois heures"): the date
        cues' words, not a headline's or a paragraph's."""
        if self.lex.byline.match(line) or _date_label().match(line):
            return True
        cues = get_lexicon().dateline_cues
        low = f" {line.lower()} "
        return any(f" {c} " in low for c in (*cues["updated"], *_ago_words()))

    def _without_agency(self, text: str) -> str | None:
        """The title without an agency's label pasted before it ("AFP Les grands disparus dans
        le monde en 2020", round 7), or a section's ("FAITS DIVERS Violente collision sur la D603
        …", round 30b), or None (the title is the line): the label in capitals, then a
        headline in sentence case (a capital, then a word in lower case)."""
        agency = get_publishers().agency_name.match(text)
        label = agency or _rubric_label().match(text)
        if label is None or not label.group().isupper():
            return None
        rest = text[label.end():]
        if not _SENTENCE_CASE.match(rest) or word_count(rest) < ECHO_STEMS:
            return None
        # A rubric's one word may open a name instead ("NATIONAL Trust warns …", "WORLD Cup
        # final …", "SPORT Lisboa e Benfica …"): kept where the word and the next make a known
        # name (lexicon rubric_names) or one the page writes again ("the National Trust");
        # else cut, before a sentence's word ("POLITIQUE Le maire …") or a name or adjective
        # opening the headline ("SPORT Mbappé prolonge …", "WORLD Biden meets Xi …", review 2).
        first = rest.split()[0].strip(_NAME_TRIM)
        if agency is None and len(label.group().split()) == 1 and \
                first.lower() not in _function_words() and \
                _ELIDED.sub("", first.lower()) not in _function_words():
            name = f"{label.group().capitalize()} {first}"
            if case_folded(name) in _rubric_names() or name in self.doc.text:
                return None
        return rest.strip()

    def _wrapped_fragment(self, i: int, text: str) -> bool:
        """Plain text: a first line cut where it wraps, on a word no phrase ends with ("La
        situation au" over "Proche-Orient reste tendue…", round 21a): the lede's start, its
        next part on the very next line."""
        if self.doc.format == "html" or i + 1 >= len(self.texts):
            return False
        if text.split()[-1] not in _unfinished_ends():  # "LA", "A": a name
            return self._wrapped_run(i)
        gap = self.doc.text[self.doc.blocks[i].end:self.doc.blocks[i + 1].start]
        return gap.count("\n") == 1

    def _goes_on(self, j: int) -> bool:
        """Line ``j`` opens on a function word ("de plusieurs sources", "of the", "der"): it
        goes on with the line above, as a lede opening on a brand written in lower case does
        not ("iPhone shipments fell …", "easyJet a annoncé …": review S of session 37, R4)."""
        words = self.texts[j].split()
        first = words[0].lower().strip(_NAME_TRIM) if words else ""
        return first in _function_words() or _ELIDED.sub("", first) in _function_words()

    def _wrapped_run(self, i: int) -> bool:
        """Plain text wrapped at a fixed width: line ``i`` opens a paragraph whose next lines
        (WRAPPED_LINES) go on in lower case, each right under the other ("« On est revenu en
        force" / "cette année et on s’est dit" / "qu’il faut prendre le titre. On" / "a
        renforcé l’équipe et on a", round 26a). A byline or a dating line under a headline
        ("par Jean Dupont" / "publié le 12/03/2021 …") is no paragraph's prose. A headline
        wraps on a few lines too ("Allocution de Madame le Maire …" / "le 3 mars 2017," /
        "lors de l'inauguration de l'école", round 11a; "Pourquoi le maire de Nancy" /
        "démissionne" / "et ce que cela change" / "pour la ville"): its run ends at a blank
        line with no sentence closed in it; a paragraph's closes one, or goes on past one on a
        line under the first."""
        at = i
        closed = _CLOSED_SENTENCE.search(self.texts[i]) is not None
        while True:
            j = at + 1
            if j >= len(self.texts) or not self.texts[j].lstrip()[:1].islower() or \
                    self.doc.text[self.doc.blocks[at].end:self.doc.blocks[j].start].count("\n") != 1 or \
                    self._byline_or_dating(self.texts[j].strip()):
                break
            closed = closed or _CLOSED_SENTENCE.search(self.texts[j]) is not None
            at = j
            if _TWO_SENTENCES.search(self.texts[j]) and self._goes_on(j):
                # a sentence closed and the next begun on a line the first continues: a
                # paragraph's, of any length ("… a-t-on appris auprès" / "de plusieurs
                # sources. Mischa avait…", round 39a r2); a headline's lines close none
                return True
            if closed and at - i >= WRAPPED_LINES:
                return True  # no need to read a long paragraph to its end
        if at - i < WRAPPED_LINES:
            return False
        # The run goes on to more text right under it, or closes a sentence: a paragraph.
        ends_at_blank = at + 1 >= len(self.texts) or \
            self.doc.text[self.doc.blocks[at].end:self.doc.blocks[at + 1].start].count("\n") > 1
        # A run ending on a colon, an exclamation or a question ("… dont voici le programme :",
        # "… le dimanche !", review 2) closes a paragraph's sentence too.
        return closed or not ends_at_blank or _CLOSING_MARK.search(self.texts[at]) is not None

    def _menu_word(self, i: int) -> bool:
        """A line of a word or two in a run of such lines, one item a line ("AmGoog", "Slider",
        "Santé", "International", "couple", "Bien-être", "Vie pratique", "Culture", round 33b):
        a menu's items, no headline."""
        def item(k: int) -> bool:
            # a byline ("By Staff", "Par AFP") is no menu's item: it closes a headline's run
            # ("Hurricane Milton" / "By Staff" / "Weather" / "Florida", review 2)
            return self._words[k] <= _MENU_ITEM_WORDS and not self.lex.byline.match(self.texts[k].strip())

        if not self.texts[i].strip() or not item(i):
            return False
        # Walk out from the line, no further than the run needs: a page of short lines stays linear.
        run, k = 1, i
        while run < _MENU_ITEMS_RUN and (k := self._said_before(k)) >= 0 and item(k):
            run += 1
        k = i
        while run < _MENU_ITEMS_RUN and (after := self._said_after(k, 1)) and item(after[0]):
            run, k = run + 1, after[0]
        return run >= _MENU_ITEMS_RUN

    def _stopped_headline(self, i: int, text: str) -> bool:
        """A headline closed by a full stop ("La France offre 36 millions de $ au Burkina
        Faso.", "Place de la fontaine - inauguration ."; round 10): one sentence of a label's
        length that the lede under it echoes, or with a date line right under it (a byline's)."""
        words = self._words[i]
        if not ECHO_STEMS <= words <= ELLIPSIS_WORDS or _FULL_STOP.search(text) is None or \
                not is_short_label(_FULL_STOP.sub("", text), ELLIPSIS_WORDS) or \
                len(set(_stems(text))) < ECHO_STEMS:
            return False
        # A lede's first sentence or a portrait's caption says more: a clause or an apposition
        # after a comma ("Lucie Texier, déléguée générale de la French Tech…"), a day ("On 22
        # November 1965 UK Press Gazette published its first edition."; round 8, round 10b).
        # A decimal comma is none ("2,215 milliards").
        if _CLAUSE_COMMA.search(text) or self._has_digit[i] and \
                any(w.strip(".,").lower() in self.lex.month_names for w in text.split()):
            return False
        if self._echoed(i):
            return True
        return any(self._has_digit[k] and (is_dateline(t) or self._date_words(k, t) or
                                           self._date_labelled(k, t) or self._dated_byline(t))
                   for k in self._said_after(i, 2)
                   for t in (_BARE_MARK_BEFORE.sub("", self.texts[k]),))

    def _headline_over_byline(self, text: str) -> str | None:
        """The headline a byline is run into on one line, or None: a sentence of a label's
        length closed by a full stop, then a byline of a few words ("Le rôle de l’avocat devant
        la cour d’assises. Par Avi Bitton et Lois Pamela Lesot, Avocats.", round 12b); not a
        lede's sentence, whose next one opens with no name ("Par ailleurs, …")."""
        for stop in _SENTENCE_STOP.finditer(text, 0, _LABEL_CHARS + 1):
            headline = text[:stop.start() + 1]
            words = word_count(headline)
            if words > ELLIPSIS_WORDS:
                return None
            byline = self.lex.byline.match(text, stop.end())
            if byline is not None and word_count(text[stop.end():]) <= _BYLINE_WORDS and \
                    words >= ECHO_STEMS and len(set(_stems(headline))) >= ECHO_STEMS and \
                    "," not in headline and _is_headline_label(headline[:-1], words):
                return headline
        return None

    def _as_shown(self, i: int, head: str) -> str:
        """``head``, the start of line ``i``'s folded text, as the page writes it (its
        typographic apostrophes: "l’avocat")."""
        line = self.doc.text[self.doc.blocks[i].start:self.doc.blocks[i].end].strip()
        return line[:len(head)] if fold(line).startswith(head) else head

    def _dated_byline(self, text: str) -> bool:
        """A post's date with its byline after it on one line ("3 Septembre 2013 , Rédigé par
        niduab Publié dans #Presse aidant", an overblog post, round 12b): the part before the
        byline's opener is a date line."""
        opener = _byline_opener().search(text)
        if opener is None or not opener.start():
            return False
        part = text[:opener.start()].strip()
        return any(map(str.isdigit, part)) and (is_dateline(part) or
                                                   self._date_words_of(part, word_count(part)))

    def _stamped(self, i: int, text: str) -> bool:
        """A date or time with a word or two around it: a credit's or a post's stamp ("AFP -
        il y a 4 minutes"), not a headline with a date in it."""
        if self._words[i] > DATELINE_MAX_WORDS:
            return False
        stamp = self.lex.comment_stamp.search(text)
        return bool(stamp) and word_count(text[:stamp.start()] + text[stamp.end():]) <= 2

    def _tail_continues(self, i: int, text: str, head: str) -> bool:
        """What a dash cut from a pasted first line continues the headline, no site's name: one
        capitalised word, no address nor known publisher, that the lede under the line takes
        up ("Der Überhahmewahnsinn - Milliardeninvestitionen" over "… für 19 Milliarden
        US-Dollar", round 36b de03: cut at the dash). A site's name is rarely the lede's word."""
        tail = text.strip()[len(head):].strip().lstrip("-–—").strip()
        rest = tail[1:].replace("-", "")
        if len(tail) < _TAIL_LETTERS or not tail[0].isupper() or not (rest.isalpha() and rest.islower()) or \
                normalise_publisher(tail) in get_publishers().canonical:
            return False
        return bool(set(_stems(tail)) & self._lede_stems(i))

    def _seeking_title(self, i: int) -> bool:
        """Plain text or Markdown whose title is not read yet, nor known from a <title> line,
        a headline found below or front matter: line ``i`` may be it."""
        return not self.title_seen and self.doc.format != "html" and self.page_title is None \
            and i > self.headline_at and not self.front_title

    def _label_continued(self, i: int, text: str) -> bool:
        """Line ``i`` opens with a small word in lower case under a short line that no stop
        closes, and the two read as one phrase: the second line of a label the copy broke in
        two ("Heureux événements" / "au Parc Zoologique de Paris", round 18b). One phrase: the
        line above ends unfinished (on a small word: "Les naissances de" / "la saison"), or the
        line below names only (small words and capitalised ones, no word a verb may be) and is
        short. A headline whose subject opens with a particle is no label's second line
        ("Europe" / "von der Leyen veut taxer…", review 28 item 3); nor a page's first line in
        lower case ("la BAD débourse 275 milliards…", round 12a)."""
        first = _FIRST_WORD.match(text)
        if first is None or first.group(1) not in self.lex.all_stopwords:
            return False
        above = self._said_before(i)
        if above < 0 or self._words[above] > _WIDGET_WORDS or _TERMINAL_MARK.search(self.texts[above]):
            return False
        last = _LAST_WORD.search(self.texts[above])
        if last is not None and last.group(1) in self.lex.all_stopwords:
            return True
        small = self.lex.all_stopwords - self.lex.stopword_verbs
        return self._words[i] <= _CONTINUED_WORDS and all(
            w[:1].isupper() or w[:1].isdigit() or case_folded(w) in small for w in _WORD.findall(text))

    def _menu_twice(self, i: int, text: str) -> bool:
        """A menu shown twice, the second time with an item or two more ("News Towns Directory
        Events About", then "… About Search": the desktop's and the phone's; round 27a: the
        title) before any prose; a headline is not repeated longer so."""
        if self._words[i] < _MENU_TWICE_WORDS:
            return False
        for k in range(max(0, i - HEADLINE_WITHIN), i):  # the second showing
            first = self.texts[k]
            if self._words[k] >= _MENU_TWICE_WORDS and text.startswith(first + " ") and \
                    len(text[len(first):].split()) <= MENU_WORDS and not _TERMINAL_MARK.search(text):
                return True
        for k in self._said_after(i, HEADLINE_WITHIN):
            line = self.texts[k]
            if line.startswith(text + " ") and len(line[len(text):].split()) <= MENU_WORDS and \
                    not _TERMINAL_MARK.search(line):
                return True
            if self._prose(k, line):
                return False
        return False

    def _cue_line(self, i: int, text: str) -> bool:
        """A line a boilerplate cue names, after a list's number or a back link's arrow maybe
        ("1. Aller au contenu", "< Back to All News", round 18a: each was the title); or an
        item of a numbered list one item of which above it is such a line: the skip links
        ("2. Aller au menu principal", "3. Voir les autres sites DW")."""
        while True:
            mark = _NAV_MARK.match(text)
            # a breadcrumb's item as a list's, its separator after it ("1. Home /", round 27a)
            if self.lex.boilerplate.matches(_CRUMB_END.sub("", text[mark.end():]) if mark else text):
                return True
            number = mark.group(1) if mark else None
            before = self._said_before(i)
            if number is None or number == "1" or before < 0:
                return False
            above = _NAV_MARK.match(self.texts[before])
            if above is None or above.group(1) != str(int(number) - 1):
                return False
            i, text = before, self.texts[before]

    def _date_labelled(self, i: int, text: str) -> bool:
        """A publication's date line: a cue the date reader reads it by (lexicon
        dateline_cues: "Publié le", "En date du :") at its start, a digit after it, no more
        words than a byline's."""
        return bool(self._has_digit[i]) and self._words[i] <= _DATE_LINE_WORDS and \
            _date_label().match(text) is not None

    def _cut_fragment(self, i: int, text: str) -> bool:
        """A heading's end the copy cut from it: one or two words in lower case, the first a
        small word ("d’hier", round 25b: the title); a headline says more, or opens with a
        capital."""
        words = _WORD.findall(text)
        return self._words[i] <= _FRAGMENT_WORDS and bool(words) and text.lstrip()[:1].islower() and \
            case_folded(words[0]) in self.lex.all_stopwords

    def _dated_field(self, i: int, text: str) -> bool:
        """A field whose value is a date: a short label, its colon, a date and a place maybe
        ("Date et lieu : 31/01/2017, Etterbeek", a press release's form, round 25b: the title)."""
        if not self._has_digit[i] or self._words[i] > _DATE_LINE_WORDS:
            return False
        field = _DATED_FIELD.fullmatch(text)
        return field is not None and is_dateline(field["value"])

    def _date_words(self, i: int, text: str) -> bool:
        """A date line in words: a month's name, a number, and no more than one word that is
        not a number, a month or a weekday (" 2004  settembre 11 Sabato calendario", round 8:
        a calendar widget's date)."""
        return bool(self._has_digit[i]) and self._date_words_of(text, self._words[i])

    def _date_words_of(self, text: str, count: int) -> bool:
        """_date_words of a text with a digit in it, of ``count`` words."""
        if count > DATELINE_MAX_WORDS:
            return False
        words = [w.strip(".,") for w in text.lower().split()]
        months = sum(w in self.lex.month_names for w in words)
        # A range's two ends ("Du 1er au 3 juillet, Sète": an agenda's line, round 10a), an
        # ordinal day ("1er", "28th").
        ranged = sum(w in self.lex.range_words for w in words) >= 2
        others = sum(not (w[:1].isdigit() or w in self.lex.month_names or w in self.lex.weekdays
                          or ranged and w in self.lex.range_words) for w in words)
        return months > 0 and others <= 1

    def _day_alone(self, text: str) -> bool:
        """A day in words and nothing else: a weekday maybe, a month's name, the day and the
        year ("Tuesday, April 23, 2024"); not a title with a month in it ("DenkanStoos April
        2012")."""
        words = [w.strip(".,") for w in text.lower().split()]
        lex = self.lex
        return sum(w.isdigit() for w in words) >= 2 and any(w in lex.month_names for w in words) and \
            all(w.isdigit() or w in lex.month_names or w in lex.weekdays for w in words)

    def _lede_repeats(self, i: int, text: str) -> bool:
        """A headline longer than a label that the lede under it repeats word for word before
        going on (round 8: "Quest’ultimo Independence Day è stato davvero fortunato per…", 30
        words, then the lede opening with it)."""
        if self._words[i] > _PAGE_TITLE_WORDS or _TERMINAL_MARK.search(text):
            return False
        below = self._said_after(i, 1)
        return bool(below) and len(self.texts[below[0]]) > len(text) and \
            self.texts[below[0]].startswith(text)

    def _without_kicker(self, block: Block) -> str | None:
        """The <h1>'s headline without the kicker glued before it in the same element, when the
        page's <title> (or og:title) is the rest, less the site's name ("Berlin & Brandenburg
        Unfall mit Einsatzfahrzeug: …" under <title> "Unfall mit Einsatzfahrzeug: … - n-tv.de",
        round 18b; "Kriminalität Zweite Festnahme …", round 23b); None: the <h1> is it."""
        meta = " ".join(without_site_name(self.doc.meta.get("title") or "").split())
        shown = " ".join(self.doc.text[block.start:block.end].split())
        if not meta or len(shown) <= len(meta) or shown[-len(meta):].lower() != meta.lower():
            return None
        kicker = shown[:-len(meta)]
        if not kicker.endswith(" ") or _TERMINAL_MARK.search(kicker.strip()) or \
                not 0 < word_count(kicker) <= _KICKER_WORDS:
            return None
        return shown[-len(meta):]

    def _lede_stems(self, j: int) -> frozenset[str]:
        """The stems of the first prose lines under line ``j`` (up to LEDE_LINES of them; not
        the line itself again, a caption shown twice)."""
        texts = self.texts
        lines = [k for k in range(j + 1, min(len(texts), j + 1 + 2 * LEDE_LINES))
                 if self._prose(k, texts[k]) and texts[k] != texts[j]][:LEDE_LINES]
        return frozenset(_stems(" ".join(self.texts[k] for k in lines)))

    def _in_main(self, i: int, block: Block, text: str) -> SpanKind:
        if self._in_caption(block):
            # A picture's caption is not the article's prose: a gallery's "£37.1m - Juan Mata
            # from Chelsea … Getty" (round 9b) is no paragraph that rules read; the labelled
            # pages keep 12 of 87 labelled <figcaption>s as main text, drop 75.
            return SpanKind.BOILERPLATE
        if block.tag == "h1" and self._logo(i):
            return SpanKind.BOILERPLATE
        if block.tag == "h1" and not self.title_seen:
            self.title_seen = True
            self.fallback_title = self._without_kicker(block)
            return SpanKind.TITLE
        if block.tag in _HEADING_TAGS and not self.title_seen and not self.body_lines and \
                word_count(text) <= 30 and self._names_meta_title(text):
            # An <h2> headline that the <title> repeats is the title whoever judged it main:
            # dropped by the first stage it already was (_not_extracted); kept, it read as
            # a heading and the page had none (viconsortium.com, band 0.3)
            self.title_seen = True
            return SpanKind.TITLE
        if block.tag in _HEADING_TAGS:
            return SpanKind.HEADING
        following = i + 1 < len(self.texts)
        if self._has_digit[i] and is_dateline(text) and not (self._seeking_title(i) and is_count(text)):
            return SpanKind.BOILERPLATE  # not a headline of a count ("100 ans !", round 8)
        if self._read_more_teaser(text) or self._search_label(text):
            # another story's teaser, its link closing it; a search box's label ("Search by
            # State", round 44b en08: it was the title)
            return SpanKind.BOILERPLATE
        if self._has_digit[i] and self._site_clock(text):
            self.visit_dated[i] = 1  # the site's today where it stands, the visit's date
            return SpanKind.BOILERPLATE
        if self.page_title and not self.title_seen and self._repeats_page_title(text):
            self.title_seen = True  # the title again, as the page shows it under the <title>
            return SpanKind.TITLE
        if i in (self.crumb_at, self.tagline_at):
            return SpanKind.BOILERPLATE  # "Accueil / Affaires / <the headline>", a tagline
        if i < self.repeat_at:
            return SpanKind.BOILERPLATE  # between the <title> line and the headline repeating it
        if i < self.menu_end:
            return SpanKind.BOILERPLATE  # a menu's run and its teasers over the headline
        if i == self.headline_at and not self._interview_question(i, text):
            if self._date_words(i, text) or self._dated_field(i, text) or self._label_continued(i, text):
                # an agenda's "Du 1er au 3 juillet, Sète" (round 10a), a label's second line
                return SpanKind.BOILERPLATE
            shown = self._shown_below(i, text)
            if shown >= 0:  # a breadcrumb glued before the headline shown below (round 31b r11)
                self.headline_at = shown
                return SpanKind.BOILERPLATE
            self.title_seen = True
            return SpanKind.TITLE
        if self.front_title and not self.title_seen and clean_title(text) == self.front:
            self.title_seen = True
            return SpanKind.TITLE
        if i < self.front_title_at and self._words[i] <= _PAGE_TITLE_WORDS and has_site_name(text):
            return SpanKind.BOILERPLATE  # "Home » Sciences et technologies » <the title>"
        if self._seeking_title(i):
            # A pasted page starts with its <title>: "Titre – Site"; not a lede with a "«"
            # in it ("L'AFP a-t-elle étouffé des « informations » ? Selon le syndicat…"), nor
            # an item of a bulleted list ("- 22 au 27 mai 1974 – La Foire-exposition" over "-
            # 22, 23 et 24 juin 1974 – Le Défilé fleuri", round 29b: its date was the title)
            if self._words[i] <= _PAGE_TITLE_WORDS and has_site_name(text) and \
                    not self._bullet_item(i, text):
                if _EMAIL_ADDRESS.search(text) and \
                        (_CONTACT_LABEL.search(text) or text.count("|") >= 2):
                    # A masthead's contact bar ("Gemeinde Kirchheim in Unterfranken | E-Mail:
                    # …@kirchheim-ufr.de | Online: …", round 38b de05): a field's label or
                    # two bars; a scam's headline names its fake sender (review 2)
                    return SpanKind.BOILERPLATE
                if all(map(self.lex.boilerplate.matches, _SEPARATOR_AT.split(text))):
                    # A bar of links each a menu word, no site's name after a title ("Envoyer
                    # à un ami | Version à imprimer | Version en PDF", round 23a)
                    return SpanKind.BOILERPLATE
                if self._day_alone(without_site_name(text)) or \
                        _DATE_FIRST.match(text) and is_dateline(without_site_name(text)):
                    # A masthead's day beside its furniture ("Tuesday, April 23, 2024 | Back
                    # issues", round 11a), a listing's date before its source ("02-02-2017 -
                    # Parquet de Bruxelles", round 25b): no <title> line
                    return SpanKind.BOILERPLATE
                if self._front_page(i, text):
                    self.title_seen = True  # a home page's stories: none of them is its headline
                    return SpanKind.BOILERPLATE
                if _feed_label().match(text):
                    return SpanKind.BOILERPLATE  # a feed reader's channel ("Channel: Faits divers – Zinfos974", 26b)
                if self._widget_bar(i, text):
                    return SpanKind.BOILERPLATE  # "Showing Now | News" over the headline (41b r3)
                if self.lex.byline.match(_SEPARATOR_AT.split(text)[-1].strip()):
                    return SpanKind.BOILERPLATE  # a rubric over its byline ("National | Par Didier Bouville", 33a)
                if self.lex.boilerplate.matches(_SEPARATOR_AT.split(text)[-1].strip()):
                    # a widget's value and its button, not a headline and its site's name
                    # ("Votre ville : GENEVE | Changer de ville", a city picker, round 39a r8)
                    return SpanKind.BOILERPLATE
                self.page_title, self.page_line = without_site_name(text), text
                if self._tail_continues(i, text, self.page_title):
                    self.page_title = text.strip()
                if _CRUMB_AFTER.match(text, len(self.page_title)) and \
                        (self.lex.boilerplate.matches(self.page_title) or _CRUMB_AFTER.match(text)):
                    # A breadcrumb's root, not the title: "Home » <the title>" (round 10b); not
                    # a title a menu word names ("Gefällt mir – jovelblog"); a line opening with
                    # the separator is a breadcrumb ("» VIE MUNICIPALE » Conseils municipaux", 14b)
                    self.page_title = _SEPARATOR_AT.split(text)[-1].strip()
                if self.page_title != text.strip() and word_count(self.page_title) == 1 and \
                        self.lex.boilerplate.matches(self.page_title):
                    # a CMS's one-word label, not a headline, before the site's name ("Contenu -
                    # LA DIPLOMATIQUE D'ABIDJAN", an author's page, round 38a r5); a post's
                    # title of menu words stays ("Gefällt mir – jovelblog")
                    self.page_title, self.page_line = None, ""
                    return SpanKind.BOILERPLATE
                if not any(map(self._repeats_page_title, self.texts[i + 1:])):
                    # Another of its parts shown below over prose is the title, the rest a
                    # breadcrumb ("Home » Business » <the title>", round 8: "Home" was taken).
                    shown = [j for j in self._lines_inside(i, text, labels=True)
                             if _is_part(text, self.texts[j]) and not has_site_name(self.texts[j]) and
                             (self._prose_under(j) or self._echoed(j))]
                    if shown:
                        self.page_title, self.page_line_at = self.texts[shown[0]], i
                        return SpanKind.BOILERPLATE
                # Not repeated below and not the headline the lede echoes: the site's issue
                # or rubric line ("Aus: Ausgabe vom 20.02.2017, Seite 9 / Kapital & Arbeit").
                if not any(map(self._repeats_page_title, self.texts[i + 1:])) and \
                        self._above_headline(i, self.page_title, page_line=True):
                    self.page_title, self.page_line = None, ""
                    return SpanKind.BOILERPLATE
                j = self._headline_under_toolbar(i, text)
                if j >= 0:
                    # the last resort: every rule above kept the line as the <title> line
                    self.page_title, self.page_line = None, ""
                    self.headline_at = self.menu_end = j
                    return SpanKind.BOILERPLATE
                self.page_line_at = i
                return SpanKind.BOILERPLATE
            if self._dated_entries(i, text):
                self.title_seen = True  # a listing's entries: none of them is the page's headline
                return SpanKind.BOILERPLATE
            inside = self._lines_inside(i, text)
            if inside:
                # A <title> line with its site's parts ("Bundespolizei - Aktuelles - Illegale
                # Migration…: Bereits 9.087…"): the headline it holds, shown below and echoed
                # by the lede, is the title; the site's tagline it may hold is not.
                headline = next((self.texts[j] for j in inside if self._echoed(j)), None)
                if headline is not None:
                    self.page_title, self.page_line, self.page_line_at = headline, text, i
                    return SpanKind.BOILERPLATE
            bylined = None if inside else self._headline_over_byline(text)
            if not inside and (_is_headline_label(text, self._words[i]) or self._comma_wrapped(i, text) or
                               self._capitals_headline(i, text) or self._capitals_led_headline(i, text) or
                               self._long_headline(i, text) or self._lede_repeats(i, text) or
                               self._stopped_headline(i, text) or bylined is not None or
                               self._cut_headline(i, text) or self._glued_deck(i, text)) and \
                    following and not WIRE_DATELINE.match(text) and \
                    not (bylined is None and self._words[i] > DECK_WORDS and
                         _TWO_SENTENCES.search(_RUBRIC_STOP.sub("", text, count=1)) and
                         not self._tagged_headline(i, text) and not self._headline_alone(i, text)) and \
                    not self._interview_question(i, text) and \
                    not self._speaker_label(i, text) and not self._wrapped_fragment(i, text):
                if self._above_headline(i, text) or self._site_notice(i, text) or \
                        self._site_line(i, text):
                    return SpanKind.BOILERPLATE
                if self._listed(i) or self._parallel_row(i, text) or self._over_bullet(i, text) or \
                        self._contents_entry(i, text) or \
                        self._over_read_more(i):
                    return SpanKind.BOILERPLATE  # a ticker of headlines, each after a bare "-"
                # one lower-case word: a widget's name ("loader", round 38b r3), not a word the
                # lede says ("bitcoin", review 2); a URL's slug is none
                if self._words[i] == 1 and (text.isupper() or text.islower() and
                                            not (text.isalpha() and self._echoed(i))) or \
                        self._stamped(i, text) or \
                        len(_MENU_GAP.findall(text)) >= 3 or _ticker(text) or \
                        self.lex.byline.match(text) or \
                        _is_role_byline(text) or _DANGLING_BAR.search(text) or \
                        self._date_labelled(i, text) or self._date_words(i, text) or \
                        self._dated_field(i, text) or self._cut_fragment(i, text) or \
                        self._cue_line(i, text) or self._label_continued(i, text) or \
                        _SHORTCODE.fullmatch(text) or _BRACKETED.fullmatch(text) or \
                        _URL_LINE.fullmatch(text) or THEME_IDENTIFIER.fullmatch(text) or \
                        _LINK_MARKED.match(text) or _CRUMB_TRAIL.match(QUOTATION.sub("Q", text)) or \
                        self._menu_twice(i, text) or _rubric_alone(text) or _player_label(text) or \
                        self._over_credit(i) or _CREDIT_LINE.match(text) or _credit_closed(text) or \
                        self._credit_shaped(i, text) or self._under_bare_byline(i) or \
                        self._quotation_over_headline(i, text) or \
                        self._words[i] == 1 and _INNER_CAPITAL.fullmatch(text.strip()) and \
                        not self._echoed(i) or \
                        self._menu_word(i) or \
                        _FEED_LINK.fullmatch(text) or _role_label(text) and not self._echoed(i) or \
                        _LINK_END.fullmatch(text) or _TEMPLATE_SLOT.search(text) or _CODE_FENCE.fullmatch(text) or \
                        _MENU_LABEL.fullmatch(text) or self._access_key(text) or \
                        _glued_strip(text) or _text_size_bar(text) or \
                        _CORRESPONDENT.fullmatch(text) or \
                        self._masthead(i, text) or \
                        _name_and_address(text) or \
                        _LETTERS.search(text) is None or \
                        PLACE_DATELINE.fullmatch(text) or self._name_pair(i, text) or \
                        self._words[i] <= _STAMP_WORDS and _ADDRESS_END.search(text) or \
                        self._words[i] <= _STAMP_WORDS and self._qualifier_alone(text) or \
                        self._under_qualifier(i) or self._field(i) or self._rubric_named(i, text) or \
                        self.lex.affiliation is not None and self.lex.affiliation.match(text):
                    # "PHOTO", "AFP", "AFP - il y a 4 minutes", a menu ("Accueil   Editorial   Liens"),
                    # a byline ("Por Carlos González |", "Du Haitao, journaliste au Quotidien
                    # du Peuple, guineenews.org"), an empty field ("Happy Birthday : |"), a
                    # date line ("En date du : 13 août 2024, 20 h 29 (heure du Pacifique)";
                    # round 8: each was the title), a
                    # plugin's shortcode left in the text ("[ad_1]", round 9b), a site's address
                    # with a date ("date 2023-05 FirenzeViola.it", round 10a), a line with no
                    # letter (a quotation's elision, "[...]", round 12a), an author's
                    # affiliation ("Siwei Lyu, Professor of …, University at Buffalo", round 4),
                    # a rubric in square brackets ("[RETOUR SUR IMAGES]", round 23a), an address
                    # alone (a logo's image URL, "http://www.la-croix.com/img/…/logo_lacroix_06.gif", 24a),
                    # a ticker's headlines on one line, each closed by its mark (25a),
                    # a theme's identifier ("spot_img", "logoIC"), a blog's name and its address (26)
                    return SpanKind.BOILERPLATE
                shown = self._shown_below(i, text)
                if shown >= 0:
                    self.headline_at = shown  # a label glued before the headline shown below
                    return SpanKind.BOILERPLATE
                j = self._headline_under_menu_run(i)
                if j >= 0:  # the last resort: every rule above took the line for the title
                    self.headline_at = self.menu_end = j
                    return SpanKind.BOILERPLATE
                self.title_seen = True
                if not self._opens_list(i, text):
                    self.fallback_title = self._as_shown(i, bylined) if bylined else \
                        self._headline_text(i, text)
                    return SpanKind.TITLE
            elif _ASIDE.fullmatch(text) or _glued_menu(text) or _ticker(text) or \
                    _LINK_END.fullmatch(text):
                # An aside over the headline, an update's or editor's note, a menu run together
                # ("ArtsAutosBooksBusiness…Travel" over "Centenarians of 2014", round 23a), a
                # news ticker's items on one line (round 25a), a feed's posts each closed by its
                # link (a Twitter widget over the headline, round 34a):
                # furniture, the search for the headline goes on under it (not the title, nor
                # prose above it)
                return SpanKind.BOILERPLATE
            elif self._words[i] <= _WIDGET_WORDS and (text.rstrip().endswith(":") or
                                                      self.quality is not None and
                                                      self.quality[i] != GOOD):
                # "À voir:", "Début du contenu principal.": a label, not the article's prose yet
                return SpanKind.BOILERPLATE
            j = self._headline_under_teaser(i, text)
            j = j if j >= 0 else self._crumbed_headline(i)
            if j >= 0:
                self.headline_at = j  # the line is the teaser over it: the article's, not its title
            else:
                # A cookie notice above the headline does not end the search for it (round 8,
                # "Questo sito utilizza cookies tecnici…" over an Italian headline).
                self.title_seen = not self._in_notice(i, text)
        if self._numbered_items[i]:
            return SpanKind.BODY
        if self._good_follows(i) and _looks_like_heading(text, self._words[i], self._next_words(i)):
            return SpanKind.HEADING
        if self.quality is not None and self.quality[i] != GOOD and not self._sentence_between(i, text):
            return SpanKind.BOILERPLATE
        return SpanKind.BODY

    @functools.cached_property
    def _numbered_items(self) -> bytes:
        """The items of a list the article announces: a line the line model takes for the
        article's, closed by a colon, then lines numbered 1, 2, 3… in order, three or more
        ("The overall rankings of the countries were as follows:" / "1. Finland" … "10. United
        States", CNN Money, round 39b r8b: short lines the model doubted on the full page, the
        last one taken for a heading). A most-read box under the article is not announced so;
        its header, when kept, is no sentence of the article. A byte a line."""
        out = bytearray(len(self.texts))
        if self.quality is None:
            return bytes(out)
        said = [k for k, t in enumerate(self.texts) if t.strip()]
        at = 0
        while at < len(said):
            m = _NUMBERED.match(self.texts[said[at]])
            if m is None or m[1] != "1" or not at or self.quality[said[at - 1]] != GOOD or \
                    not self.texts[said[at - 1]].rstrip().endswith(":"):
                at += 1
                continue
            end = at + 1
            while end < len(said) and (m := _NUMBERED.match(self.texts[said[end]])) and \
                    int(m[1]) == end - at + 1:
                end += 1
            if end - at >= _NUMBERED_LEAST:
                for k in said[at:end]:
                    out[k] = 1
            at = end
        return bytes(out)

    def _sentence_between(self, i: int, text: str) -> bool:
        """A whole sentence of some length between two lines the line model takes for the
        article is the article's, whatever its words (round 28a: "The News Tribune reports the
        plea was entered Thursday by Sheriff Ed Troyer's attorney, John Sheeran.", a paper's
        name and four names, scored 0.39 and dropped, hidden from every body rule). Furniture's
        cues were asked before; a widget's line ends on a colon or no stop."""
        quality = self.quality
        return quality is not None and 0 < i < len(quality) - 1 and quality[i - 1] == GOOD \
            and quality[i + 1] == GOOD and self._words[i] >= _SENTENCE_WORDS \
            and text[:1].isupper() and text.rstrip()[-1:] in ".!?" and not self.hit.boilerplate[i]


@functools.cache
def _unfinished_ends() -> frozenset[str]:
    """Every lexicon's words no headline ends with (an article, "au", "of")."""
    return frozenset(w.lower() for w in words_of("unfinished_ends"))


_CRUMB_WORDS = 4  # a breadcrumb's last words glued before the headline
# A breadcrumb's words with no mark to close them, a space before the headline ("Home Crime"
# before "One person arrested …", round 19b): words only, no separator or colon of a rubric
# the headline owns ("Budget 2026 - …", "Sécurité : …").
_BARE_CRUMB = rx.compile(r"\s*[^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*)*\s+")


def _bare_crumb(part: str) -> bool:
    return _BARE_CRUMB.fullmatch(part) is not None
# A skip link's number in a list of them, a back link's arrow, before a cue's words
_CRUMB_END = rx.compile(r"(?<=\S)\s+[/»›>]\s*$")
_NAV_MARK = rx.compile(r"\s*(?:(\d{1,2})[.)]|[<‹←«])\s+")
_LIST_MARKS = frozenset("•·▪*-–")
_DOUBLED_CHARS = 60  # a menu item's label written twice is short


def _name_and_address(text: str) -> bool:
    """A site's name beside its own address and nothing else ("- Maître Mô - https://maitremo.fr
    -", a blog's banner, round 26b): the name's letters, accents and spaces dropped, are in the
    address's host."""
    parts = [p.strip(" -–—|") for p in _SEPARATOR_AT.split(text)]
    parts = [p for p in parts if p]
    urls = [p for p in parts if _URL_LINE.fullmatch(p)]
    if len(parts) != 2 or len(urls) != 1:
        return False
    named = next(p for p in parts if p not in urls)
    name = "".join(c for c in unicodedata.normalize("NFKD", case_folded(named)) if c.isalnum())
    host = _HOST.match(urls[0])
    return len(name) >= 3 and host is not None and name in host[1].lower()


_HOST = rx.compile(r"\s*(?:https?://)?(?:www\.)?([^/\s]+)")


def _is_doubled(text: str) -> bool:
    """One to three words, then the same again: "Nord Nord", "Top 14 Top 14"."""
    words = text.split()
    half = len(words) // 2
    return len(words) in (2, 4, 6) and words[:half] == words[half:]


@functools.cache
def _rubric_labels() -> frozenset[str]:
    """Every lexicon's rubric_labels ("Actualidade", "Info General", "Sports"), case-folded."""
    return frozenset(case_folded(w) for w in words_of("rubric_labels"))


@functools.cache
def _rubric_label() -> re.Pattern[str]:
    """A line's opening rubric of every lexicon's rubric_labels, case-insensitive (asked in
    capitals by its caller)."""
    return rx.compile(rf"(?:{words_regex(list(words_of('rubric_labels')))})(?!\w)", re.IGNORECASE)


@functools.cache
def _rubric_names() -> frozenset[str]:
    """Every lexicon's rubric_names: names opening with a rubric's word ("World Cup",
    "National Trust"), case-folded."""
    return frozenset(case_folded(w) for w in words_of("rubric_names"))


_NAME_TRIM = ",;:.!?«»\"“”‘’'()"


def _rubric_alone(text: str) -> bool:
    """A news site's section name alone on its line (lexicon rubric_labels): the rubric over
    the story, or over the lede of a story whose headline the copy lost ("Actualidade", round
    28a; "Info General", 18a; "Sports" over the headline, 27b): never its headline."""
    return case_folded(text.strip().rstrip(":.")) in _rubric_labels()


@functools.cache
def _byline_labels() -> frozenset[str]:
    """Every lexicon's byline_openers and byline_labels, case-folded: a byline's words with no
    name after them."""
    return frozenset(case_folded(w) for key in ("byline_openers", "byline_labels") for w in words_of(key))


def _bare_byline(text: str) -> bool:
    """A byline's label alone on its line, a colon after it or not ("Posted by", "Author",
    "PUBLISHED:", round 35b: each was the title): the name is on the next line, or lost."""
    return case_folded(text.strip().rstrip(":").strip()) in _byline_labels()


@functools.cache
def _alt_text() -> re.Pattern[str]:
    """A line opening with every lexicon's alt_text_openers: an image's description pasted
    with the text ("Bild zeigt zwei Gruppenmotive …", "logo du syndicat …", round 35)."""
    return rx.compile(rf"\s*(?:{words_regex(list(words_of('alt_text_openers')))})(?!\w)", re.IGNORECASE)


def _alt_described(text: str) -> bool:
    """An alt text's opener (_alt_text) over a description: no colon, and not in Title Case
    ("Image Of The Year: A Firefighter …", «Logo de la ville : la polémique enfle» are
    headlines about an image or a logo, review 1 R3)."""
    opener = _alt_text().match(text)
    if opener is None or ":" in text:
        return False
    words = [w for w in text[opener.end():].split() if len(w) >= 4 and w[0].isalpha()]
    return not words or any(w[0].islower() for w in words)


# A dialog's close button before the headline ("× Driver rushed to hospital …", round 35a r11)
_CLOSE_GLYPH = rx.compile(r"\s*[×✕✖✗⨯]\s+(?=\S)")


# A word said three times or more and nothing else ("média média média média", a gallery's
# buttons, round 35b fr03): a widget's labels, never a headline
_SAID_THRICE = 3


def _one_word_repeated(text: str) -> bool:
    words = [w.casefold() for w in text.split()]
    return len(words) >= _SAID_THRICE and len(set(words)) == 1


@functools.cache
def _player_names() -> re.Pattern[str]:
    """Every lexicon's player_labels ("jwplayer", "brightcove", "lecteur vidéo"), as one
    case-insensitive word pattern."""
    return rx.compile(rf"(?<!\w)(?:{words_regex(list(words_of('player_labels')))})(?!\w)", re.IGNORECASE)


@functools.cache
def _feed_label() -> re.Pattern[str]:
    """A feed reader's label opening a <title> line, then its colon (lexicon feed_labels:
    "Channel: Faits divers – Zinfos974", a mirror of a site's RSS feed, round 26b)."""
    return rx.compile(rf"\s*(?:{words_regex(list(words_of('feed_labels')))})\s*:\s", re.IGNORECASE)


def _player_label(text: str) -> bool:
    """A video player's label left in the paste ("TV5 JWPlayer Field", round 29b): a few
    words naming the player, not a headline."""
    return word_count(text) <= _PLAYER_WORDS and _player_names().search(text) is not None


@functools.cache
def _front_page_labels() -> frozenset[str]:
    """Every lexicon's front_page_labels ("La Une", "Startseite"), lower-cased."""
    return frozenset(w.lower() for w in words_of("front_page_labels"))


def _byline_opener() -> re.Pattern[str]:
    """A byline's opening words inside a line, after a comma, a bar or a space (every
    lexicon's byline_openers): "…, Rédigé par", "| By"."""
    return rx.compile(rf"(?:\s*[,|]\s*|\s+)(?:{words_regex(sorted(set(words_of('byline_openers'))))})\s+\S",
                      re.IGNORECASE)


def _is_part(line: str, text: str) -> bool:
    """``text`` is one of ``line``'s parts, between separators or its ends ("Home » Business »
    <text>"), a rubric of a word or two and a colon maybe before it ("Chronik: <text>"); not
    a clause of one ("<text>: Die Erklärung | Hummeln")."""
    at = line.find(text)
    while at >= 0:
        end = at + len(text)
        if (at == 0 or _SEPARATOR_BEFORE.search(line, 0, at)) and \
                (end == len(line) or _SEPARATOR_AT.match(line, end)):
            return True
        at = line.find(text, at + 1)
    return False


# A site's address closing a line or opening it before a separator, and a site's name
# before it (capitalised words, linking words between).
# "www." makes it an address in capitals too ("VINCENT GRAETSCH www.FOTOSTUDIO-MERSEBURG.DE",
# a photo credit, round 19b)
_ADDRESS = r"(?:(?i:www\.)[\w-]+(?:\.[\w-]+)*\.(?i:[a-z]{2,3}|info|news|online)|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|news|online))"
_ADDRESS_END = rx.compile(rf"(?<!\S){_ADDRESS}/?\s*$")
_ADDRESS_OPENS = rx.compile(rf"\s*{_ADDRESS}\s*(?:[,|:–—-]|\s[-|–—]\s)")
_OUTLET_GAP = rx.compile(r"[\s,;|/–—-]+")


_ROLE_LABEL_WORDS = 3
_MENU_ITEM_WORDS = 2
_MENU_ITEMS_RUN = 4  # a menu's items, one a line: more than a kicker, a headline and a byline


def _role_label(text: str) -> bool:
    """A column's byline label: a few capitalised words ending in a journalist's role (every
    lexicon's byline_roles), "Retro-Future Columnist", "Staff Reporter" (round 33b). Its
    caller asks that the lede not take it up ("Verhafteter Journalist" over "Der Journalist
    …": a headline, review 2)."""
    words = text.split()
    # no article or other function word: "Le Journaliste" is a film's title (review 2)
    return 0 < len(words) <= _ROLE_LABEL_WORDS and all(w[:1].isupper() for w in words) and \
        not any(w.lower() in _function_words() for w in words) and _role_end().search(text) is not None


@functools.cache
def _role_end() -> re.Pattern[str]:
    roles = words_regex(sorted(set(words_of("byline_roles"))))
    return rx.compile(rf"(?i)(?<![\w'’-])(?:{roles})\s*$")


@functools.cache
def _role_byline() -> re.Pattern[str]:
    """A name of two to four capitalised words, a comma and a journalist's role (every
    lexicon's byline_roles): "Du Haitao, journaliste au Quotidien du Peuple" (round 13a)."""
    roles = words_regex(sorted(set(words_of("byline_roles"))))
    return rx.compile(rf"\s*[\p{{Lu}}][\w.'’-]*(?:\s+[\p{{Lu}}][\w.'’-]*){{1,3}}\s*,\s*"
                      rf"(?i:{roles})(?!\w)")


@functools.cache
def _outlet_particles() -> frozenset[str]:
    """Every lexicon's linking words inside an outlet's name ("Quotidien du Peuple")."""
    return frozenset(w.lower() for w in words_of("outlet_particles"))


def _is_role_byline(text: str) -> bool:
    """A byline with its journalist's role (_role_byline), then only the outlet's name and
    address: capitalised words, particles, a site ("…, journaliste au Monde, condamné" is a
    headline)."""
    m = _role_byline().match(text)
    if m is None:
        return False
    for word in _OUTLET_GAP.split(text[m.end():]):
        word = word.strip("()«»\"'.")
        if word and not (word[0].isupper() or word.lower() in _outlet_particles() or
                         _ADDRESS_END.fullmatch(word)):
            return False
    return True


_SITE_NAME = rx.compile(r"[\p{Lu}][\w'’.&-]*(?:\s+(?:[\p{Lu}][\w'’.&-]*|de|du|des|la|le|les|l'|d'|of|the|and|&|der|die|das|und|von)){0,5}")
_QUOTED_SENTENCE = rx.compile(r"(?<![.…])\.\s*[”»\"]")
# A press review's labels: another within this many paragraphs; each over a paragraph of at
# least this many words.
LABELLED_WITHIN, LABELLED_PARAGRAPH = 3, 8
_SEPARATOR_BEFORE = rx.compile(r"(?:^|\s)(?:[-|«»·–—/›>•]|::)\s+$|"
                               r"(?:^|\s(?:[-|«»·–—/›>•]|::)\s+)[\w-]+(?:\s[\w-]+)?:\s+$")
_DATE_LINE_WORDS = 16  # extract/dates.py reads a cued publication line no longer


@functools.cache
def _date_label() -> re.Pattern[str]:
    """A line opened by a publication's cue, an update's ("Dernière mise à jour à 09h15 le
    21/03", round 18b: the title) or a date's label, every language's."""
    lex = get_lexicon()
    cues = lex.dateline_cues
    last = "|".join(map(re.escape, cues["last"]))
    # An update's cue only with a day or an hour right after it, an article maybe before it
    # ("Mis à jour le 5 mars", "Updated Mar. 5", "à 09h15"): "Mise à jour Windows 11 : …",
    # "Actualisé 2 fois par an, …" are headlines (review 28 item 4).
    after = words_regex(list({*cues["after_published"], *cues["after_updated"]}))
    days = words_regex(sorted({*lex.month_names, *lex.weekdays}))
    short = words_regex(sorted({m[:3] for m in lex.month_names} | {"sept"}))
    months = words_regex(sorted(lex.month_names))
    dated = (rf"\s*:?\s*(?:(?:{after})\s+)?(?=(?:{days})(?!\w)|(?:{short})\.?\s+\d|\d{{1,4}}[/.:hH-]\d|"
             rf"\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+(?:{months})(?!\w))")
    return rx.compile(rf"\W*(?:(?:{last})\s+)?"
                      rf"(?:(?:{'|'.join(map(re.escape, (*cues['published'], *cues['label'])))})(?!\w)|"
                      rf"(?:{'|'.join(map(re.escape, cues['updated']))})(?!\w){dated})", re.IGNORECASE)


@functools.cache
def _ago_words() -> tuple[str, ...]:
    """The words that say a count is elapsed time, every language's ("il y a", "voilà" of "il y
    a N ans", "ago" of "N years ago"; the unit after N left out): a dating line's, for
    _continued. Short ones ("ha", "vor", "fa") are common words of a headline's second line."""
    out = set()
    for forms in get_lexicon().ago.values():
        for form in forms.get("forms", ()):
            before, _, after = form.partition("N")
            ago = " ".join(after.split()[1:])  # after the unit: "ago", no headline's verb
            out.update(w for w in (before.strip(), ago) if len(w) >= (4 if w == before.strip() else 3))
    return tuple(sorted(out))


def _month_alone(text: str, months: frozenset[str]) -> bool:
    """A month's name alone, a year maybe after it: a chronology's heading ("Janvier",
    "Mars 2023"), never a headline."""
    words = text.lower().split()
    return 0 < len(words) <= 2 and words[0] in months and \
        (len(words) == 1 or words[1].isdigit() and len(words[1]) == 4)


def _marks(text: str) -> str:
    """A line's shape: its marks and numbers, words and spaces left out ("Rivaldo : Deportivo
    La Corogne - Barcelone, 1997 (23,5 millions d'euros)" -> ":-,0(0,0')")."""
    return _NUMBER_RUN.sub("0", _LETTERS.sub("", text)).replace(" ", "")


def link_shares(doc: Document) -> list[float]:
    """For each block, the share of its characters inside a web link."""
    shares, links, k = [], sorted(doc.links), 0
    for block in doc.blocks:
        while k < len(links) and links[k][1] <= block.start:
            k += 1
        linked, j = 0, k
        while j < len(links) and links[j][0] < block.end:
            linked += max(0, min(links[j][1], block.end) - max(links[j][0], block.start))
            j += 1
        shares.append(min(linked / max(block.end - block.start, 1), 1.0))
    return shares


def classify_blocks(doc: Document, folded: str, line_model: LineModel | None = None,
                    agent_sites: Sites | None = None, readings: Readings | None = None
                    ) -> list[SpanKind]:
    """``agent_sites``: where the folded text may name an agent (None: anywhere);
    ``readings``: the article's memo of disclosure readings."""
    return classify_page(doc, folded, line_model, agent_sites, readings)[0]


def classify_page(doc: Document, folded: str, line_model: LineModel | None = None,
                  agent_sites: Sites | None = None, readings: Readings | None = None,
                  read: BlockReading | None = None) -> tuple[list[SpanKind], str | None, bytes, bytes]:
    """classify_blocks, the title without the site's name when the title is the page's
    <title> line ("Titre | Site"), and a byte a block, 1 where it stands in a related-links
    box ("A lire aussi", its teasers and their dates); a byte a block, 1 where it dates the
    visit (a home page's header), not the article. ``read``: the blocks' reading (HTML), when
    the block model made it."""
    classifier = _Classifier(doc, folded, line_model, agent_sites, readings, read)
    kinds = classifier.run()
    return kinds, classifier.fallback_title, bytes(classifier.related), bytes(classifier.visit_dated)
