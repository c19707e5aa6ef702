"""Line-level cues shared by the classifier and the comment parser."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from audit import rx
from audit.lexicon import both, either, fold, get_lexicon, lowered
from audit.model import Block, LineBlocks
from audit.titles import QUOTATION, has_site_name, without_site_name  # noqa: F401 - the cues' API

# A Markdown code fence alone on its line: three backticks or tildes, or a word processor's
# curly quote for the first ("“`html"), then maybe the block's language. Never a headline
# (classify) and, around a whole article, a chatbot's leftover (AI004, extract.provenance).
CODE_FENCE = r"[ \t]*(?:`{3,}|~{3,}|[“”„\"]`+)[ \t]*(?P<lang>[\w+#.-]{0,20})[ \t]*"


# A paragraph that a quotation mark opens and, when one closes it, ends: the speaker's words
# whole (a quotes' page: "«C’est une victoire… On a 34 points…»", its closing mark mismatched
# or left out; round 15a). "« Il faut partir », me dit-il. Je pars." is narration after it.
QUOTED_PARAGRAPH = rx.compile(r"\s*[«“„\"][^»”\"]*[»”\"]?\W*")

_MD_MARKER = rx.compile(r"^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")
_TERMINAL = rx.compile(r"[.;:,…]\s*$")
_LETTERS = rx.compile(r"[^\W\d_]+")


_MD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})


def _marked(block: Block) -> bool:
    """A Markdown line that starts with its marker. Pasted text is never stripped: there
    "2. April 2014" is a date and "1. FC Köln" a club."""
    return block.tag in _MD_TAGS and not block.nodes


def plain(block: Block) -> str:
    """The block's text as written, without a Markdown marker."""
    return (_MD_MARKER.sub("", block.text) if _marked(block) else block.text).strip()


def clean(block: Block, folded: str | None = None) -> str:
    """The block's text folded for matching, without a Markdown marker; sliced from the
    folded document text when the caller has it."""
    if folded is not None:
        text = folded[block.start:block.end]
        return (_MD_MARKER.sub("", text) if _marked(block) else text).strip()
    return fold(plain(block))


def clean_texts(blocks: Sequence[Block], folded: str) -> list[str]:
    """``clean`` of every block; plain text's lines, which carry no Markdown marker, read
    straight from their offsets."""
    if isinstance(blocks, LineBlocks):
        return [folded[start:end].strip() for start, end in blocks.offsets()]
    return [clean(b, folded) for b in blocks]


def lowered_texts(blocks: Sequence[Block], folded: str, texts: Sequence[str]) -> list[str | None]:
    """``lowered`` of every clean text (``texts``, from clean_texts). Plain text's lines are cut
    from the whole text lowered at once: lowercasing goes a character at a time but for the
    Greek final sigma, whose context ends at white space, and a line ends at white space."""
    if isinstance(blocks, LineBlocks):
        low = lowered(folded)
        if low is not None:  # no character changed length: so in no line
            return [low[start:end].strip() for start, end in blocks.offsets()]
    return [lowered(t) for t in texts]


class BlockReading:
    """An HTML page's blocks as the block model and the classifier both read them: their
    clean texts, those lowered, and the boilerplate cue's verdict on each (a byte a block),
    made once for both; the classifier asked the cue again of each block it read (0.3 ms a
    page) after the block model had asked it of all."""

    __slots__ = ("texts", "lows", "boilerplate")

    def __init__(self, blocks: Sequence[Block], folded: str) -> None:
        self.texts = clean_texts(blocks, folded)
        self.lows = lowered_texts(blocks, folded, self.texts)
        self.boilerplate = get_lexicon().boilerplate.hits(self.texts, self.lows)


def word_counts(texts: Sequence[str]) -> Iterable[int]:
    """word_count of every text, in C loops when no text is long enough to be cut."""
    if all(len(t) <= _CHUNK for t in texts):
        return map(len, map(str.split, texts))
    return map(word_count, texts)


def word_count(text: str) -> int:
    if len(text) <= _CHUNK:
        return len(text.split())
    # A 10 MB line split at once is 2.5 million strings (150 MB): count it a piece at a time,
    # each piece ending at white space.
    count, start = 0, 0
    while start < len(text):
        space = _SPACE.search(text, min(len(text), start + _CHUNK))
        end = space.start() if space else len(text)
        count += len(text[start:end].split())
        start = end + 1 if space else end
    return count


_CHUNK = 100_000
_SPACE = rx.compile(r"\s")


def is_short_label(text: str, max_words: int = 14, words: int | None = None) -> bool:
    """A line shaped like a heading or a name: short, not ending a sentence (``words``: its
    word_count, when the caller has it)."""
    words = word_count(text) if words is None else words
    return 0 < words <= max_words and len(text) <= 140 and not _TERMINAL.search(text)


# Opened only where white space starts (or at no white space): tried inside a run of spaces,
# "\s*" read the rest of the run from each of its positions (quadratic).
_SAYS_WORDS = ("says", "sagt", "schreibt", "dit", "a dit", "écrit", "dice", "dijo", "scrive")
_SAYS = rx.compile(rf"(?<!\s)\s*({'|'.join(_SAYS_WORDS)})\s*(?::\s*)?$", re.IGNORECASE)
# The last letters of those words, as _SAYS reads them (case-insensitively).
_SAYS_LAST = rx.compile(f"[{''.join(sorted({w[-1] for w in _SAYS_WORDS}))}]", re.IGNORECASE)


def without_says(text: str) -> str:
    """"Bardizbanian dit :" -> "Bardizbanian". _SAYS is tried at every position of the line
    (it ends at the line's end, and re reads forwards): a line whose end, white space and one
    colon left out, is not the end of one of the words is returned as it is."""
    tail = text.rstrip()  # str.isspace and re's \s are the same characters
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    if not tail or not _SAYS_LAST.match(tail, len(tail) - 1):
        return text
    return _SAYS.sub("", text)


def is_name_line(text: str) -> bool:
    """A commenter's name as a thread shows it: a few words with letters, not a sentence."""
    text = re.sub(r"(?<=\b[A-Z])\.$", "", without_says(text))  # "Anna K." ends with an initial
    return is_short_label(text, max_words=5) and not text.endswith(("!", "?")) and \
        "|" not in text and bool(_LETTERS.search(text))


DATE_MAX_WORDS = 12  # a longer line is a comment's date only by the cue (or after its number)
# "15:28", "15.28 Uhr", "14 h 30"; not the "17.11" of a date.
_TIME_OF_DAY = rx.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2} ?uhr\b|\b\d{1,2} ?h ?\d{2}\b"
                          r"|\b(?:um|at) \d{1,2}\.\d{2}\b|\b\d{1,2}\.\d{2} ?[ap]\.?m\b",  # "um 21.11"
                          re.IGNORECASE)


def is_field_date(text: str, start: int) -> bool:
    """The date at ``start`` is a field's value, not a post's stamp: a label and its colon
    before it and no time of day in the line ("Einsendeschluss: 03.11.2019 (Poststempel)",
    "Aktionszeitraum: 21.10.2019 – 27.10.2019"); a forum's "Verfasst am: 12.03.2019, 14:22"
    stays a stamp."""
    return text[:start].rstrip().endswith(":") and not _TIME_OF_DAY.search(text)


def is_comment_date(block: Block, text: str, low: str | None = None) -> bool:
    """A comment's date line: the date alone, or a short line with a date and a time of day
    around the name and the reply link ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten").
    ``low``: the text lowercased, when the caller has it (lexicon.lowered)."""
    lex = get_lexicon()
    if lex.comment_date.matches(text, low):
        return True
    number = _COMMENT_NUMBER.match(text)
    if number and lex.comment_date.matches(text[number.end():]):
        return True  # "#1 — vor 8 Stunden": the comment's number before its date
    if block.role == "date":  # the markup's date box, unless it holds only the name
        return bool(_DIGIT.search(text))
    if word_count(text) > DATE_MAX_WORDS:
        return False
    # Every time of day has a digit: most lines have none, and re finds that at once.
    if _DIGIT.search(text) and _TIME_OF_DAY.search(text) and lex.comment_stamp.search(text):
        return True
    # "Comment by Mirko Lange — 17.07, 2011 @ 13:04": a signed stamp, its date in any form
    # but with a time of day (WordPress's default theme, under each comment's text).
    signed = lex.comment_byline.match(text) if lex.comment_byline else None
    if signed and is_name_line(signed.group("name")) and _TIME_OF_DAY.search(text, signed.end()):
        return True
    # "Karsten Dörre / 22.04.2020": a name, a separator, a date and nothing else.
    parted = _NAME_THEN_DATE.match(text.rstrip()) if _SEPARATOR.search(text) else None
    return bool(parted and is_name_line(parted.group(1)) and lex.comment_date.matches(parted.group(2))
                and not lex.comments_header.matches(parted.group(1)))  # "Kommentare — 8. Juni"


def may_be_comment_dates(texts: list[str], lows: list[str | None], digits: bytes,
                         words: Sequence[int], dates: bytes | None = None) -> bytes:
    """For each line, whether is_comment_date may hold of it in a block whose role is not
    "date": every way it can is opened by the comment-date cue, a comment's number, or, on a
    line of at most DATE_MAX_WORDS words (``words``: word_count of each), a digit (a time of
    day; ``digits``: a byte a line, 1 where it holds one) or a separator ("Name /
    22.04.2020"). Most lines of prose hold a digit or a dash: their length rules them out.
    ``dates``: the comment-date cue of every line, when the caller has it. Asked of all lines
    in C loops, a byte a line; a line ruled out is never read by is_comment_date."""
    short = bytes(map(DATE_MAX_WORDS.__ge__, words))
    shaped = both(either(digits, bytes(map(bool, map(_SEPARATOR.search, texts)))), short)
    if dates is None:
        dates = get_lexicon().comment_date.hits(texts, lows)
    return either(dates, shaped,
                  bytes(map(bool, map(_COMMENT_NUMBER.match, texts))))


_DIGIT = rx.compile(r"\d")
_SEPARATOR = rx.compile(r"[/|–—-]")  # what _NAME_THEN_DATE parts a name and a date with
# "Name / date" (asked of a text without white space at its end): the date is the rest of the
# line; "(.+?)\s*$" tried it a character at a time and read the rest each time (quadratic).
_NAME_THEN_DATE = rx.compile(r"^\s*(.{2,60}?)\s++[/|–—-]\s++([^\n]++)$")
_COMMENT_NUMBER = rx.compile(r"^\s*#\d+\s*[—–-]?\s*")


DATELINE_MAX_WORDS = 8


def _wire_dateline_alone(text: str) -> bool:
    m = WIRE_DATELINE.match(text)
    return m is not None and m.end() == len(text) and bool(_DIGIT.search(m[1]))


def is_dateline(text: str) -> bool:
    """"23.10.2018", "3:59 PM", "19.6.2007 9:40 Uhr": a short line made mostly of digits; or
    a wire's dateline alone on its line, "MADRID, 3 (EUROPA PRESS)"."""
    chars = len(text) - text.count(" ")
    return 0 < word_count(text) <= DATELINE_MAX_WORDS and \
        (len(_DIGIT.findall(text)) >= 0.3 * chars or _wire_dateline_alone(text))


def is_count(text: str) -> bool:
    """One number of up to three digits with a word: a count ("100 ans !", "44 Min."), which
    is_dateline takes for a date by its digits."""
    runs = _DIGIT_RUN.findall(text)
    return len(runs) == 1 and len(runs[0]) < 4 and _COUNTED_WORD.search(text) is not None


_DIGIT_RUN = rx.compile(r"\d+")
_COUNTED_WORD = rx.compile(r"[^\W\d_]{3,}")


# A template's or a logo's identifier alone on its line, no word a headline writes: a
# placeholder left by the theme ("spot_img", round 26b), an image's alt text in camel case
# ("logoIC", round 26a); a brand in camel case says more than its name ("iPhone 16 …").
THEME_IDENTIFIER = rx.compile(r"\s*[a-z][a-z0-9]*(?:_[A-Za-z0-9]+|[A-Z][A-Za-z0-9]*)+(?:_[A-Za-z0-9]+)*\s*")

# The stricter shape a date bar's neighbour must have to mark the theme's header: a template's
# snake_case placeholder ("spot_img") or a widget word with a tag glued on ("logoIC"). A
# product's camel case ("iPhone", "iPad", "eBay") is a category tag printed beside a byline's
# own date (review 31, item 5), so it does not count.
THEME_TEMPLATE_ID = rx.compile(r"\s*(?:[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+"
                               r"|(?:logo|img|image|icon|banner|thumb|avatar|spot)[A-Z][A-Za-z0-9]*)\s*")


# A wire's dateline: a place in capitals (a region in brackets after it), a comma, the date,
# and the agency in brackets, a dash maybe: "MADRID, 3 (EUROPA PRESS)" alone on its line,
# "PARIS, 04 nov 2013 (AFP) - Les forces…" opening the lede; or a release wire's between
# slashes ("MONTRÉAL, le 16 juill. 2021 /CNW Telbec/ - …", round 11b). Group 1 is the date as
# written, group 2 or 3 the agency. One pattern for the segmenter and the date reader.
WIRE_DATELINE = rx.compile(r"\s*[\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}'’.-]+){0,3}"
                           r"(?:\s\([^()]{2,30}\))?,\s+([^()]{1,30}?)\s*"
                           r"(?:\(([^()]{2,40})\)|/([^\W\d_][^/()]{1,39})/)"
                           r"\s*+(?:[-–—]\s*+)?")

# A dateline alone on its line, the lede below it: a place in capitals, its state or country
# maybe, and the dash the lede would follow ("EL PASO, Texas -", round 22a en02, KVIA: it was
# taken for the title). No date, no agency: not WIRE_DATELINE; a headline does not end on a dash.
PLACE_DATELINE = rx.compile(r"\s*[\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}'’.-]+){0,3}"
                            r"(?:,\s+[\p{Lu}][\w.'’-]*(?:\s[\p{Lu}][\w.'’-]*){0,2})?\s*[-–—]\s*")


_CITATION = rx.compile(r"[,«“\"]|\b(?:1[89]|20)\d{2}\b|https?://|www\.")


def is_citation_like(text: str) -> bool:
    """An entry of a sources list has commas, a quoted title, a year or an address."""
    return bool(_CITATION.search(text)) and not is_sentence_shaped(text)


_TITLE_OR_ADDRESS = rx.compile(r"[«“\"]|https?://|www\.")
_PROSE_SENTENCE = rx.compile(r"[^.!?]+[.!?](?=\s+[\p{Lu}]|\s*$)")
_PROSE_SENTENCE_WORDS = 8


def is_sentence_shaped(text: str) -> bool:
    """Prose, no sources entry: two sentences or more of eight words or more each, no quoted
    title nor address in them ("Le quartier général de la force conjointe du G5 Sahel à
    Sévaré a été la cible vendredi d'une attaque. Cette attaque a été perpétrée par un
    kamikaze…" after a one-item list, round 22b, r14). An entry's title is one such sentence
    at most ("Dupont, Jean. Histoire de la ville de Poitiers au XIXe siècle. Paris, 1998.")."""
    if _TITLE_OR_ADDRESS.search(text):
        return False
    long = [m for m in _PROSE_SENTENCE.finditer(text) if len(m.group().split()) >= _PROSE_SENTENCE_WORDS]
    return len(long) >= 2


# An icon font's ligature names printed as text (Material Icons: the font draws
# "arrow_back_ios" as an arrow; an extractor keeps the name): the names of the icons news
# themes put before a back link, a view or comment counter, a date, a share or gallery
# button (round 37b, r10: "arrow_back_ios Voltar para listagem remove_red_eye 591
# visualizações", "collections FOTOS DA NOTÍCIA"). A name of two words or more joined by
# "_" is the font's own spelling; a one-word name is an English word too ("share",
# "schedule"), so it counts only on a page that shows a joined one (ICON_LIGATURE_JOINED).
_ICON_LIGATURES_JOINED = (
    "access_time", "access_time_filled", "account_circle", "add_circle", "arrow_back",
    "arrow_back_ios", "arrow_back_ios_new", "arrow_downward", "arrow_drop_down",
    "arrow_drop_up", "arrow_forward", "arrow_forward_ios", "arrow_left", "arrow_right",
    "arrow_right_alt", "arrow_upward", "bookmark_border", "calendar_month", "calendar_today",
    "chat_bubble", "chat_bubble_outline", "chevron_left", "chevron_right", "date_range",
    "expand_less", "expand_more", "favorite_border", "file_download", "insert_comment",
    "insert_drive_file", "keyboard_arrow_down", "keyboard_arrow_left", "keyboard_arrow_right",
    "keyboard_arrow_up", "keyboard_backspace", "local_offer", "location_on", "mode_comment",
    "navigate_before", "navigate_next", "open_in_new", "perm_identity", "photo_camera",
    "photo_library", "play_arrow", "play_circle", "play_circle_filled", "play_circle_outline",
    "remove_red_eye", "thumb_down", "thumb_up", "visibility_off", "volume_up", "watch_later",
)
_ICON_LIGATURES_WORDS = (
    "collections", "visibility", "share", "schedule", "today", "event", "person", "comment",
    "forum", "print", "photo", "image", "label", "bookmark", "email", "mail", "place", "room",
    "whatshot", "favorite", "search", "menu", "close", "home", "link", "videocam", "headphones",
    "sell", "update",
)
# A line opening with one, then the link's or the counter's text: a capital or a digit
# after it (a wrapped sentence's line goes on in small letters: "schedule a vote").
ICON_LIGATURE_JOINED = rx.compile(rf"\s*(?-i:{'|'.join(_ICON_LIGATURES_JOINED)})(?= [\p{{Lu}}\d]|\s*$)")
ICON_LIGATURE_WORD = rx.compile(rf"\s*(?-i:{'|'.join(_ICON_LIGATURES_WORDS)})(?= [\p{{Lu}}\d])")
# A one-word name is an English word too: even there it counts only on a label's line, the
# name then a link's or a counter's short text ("collections FOTOS DA NOTÍCIA", "schedule
# 12.01.2024", "visibility 591 views"), not a hard-wrapped line of prose a word such as
# "update" or "share" opens ("update 2 of its five-year plan, the chief executive said on
# Tuesday.", review 2 R7): no comma, no closing stop, its words capitalised or a count.
ICON_WORD_LABEL_WORDS = 5
_ICON_LABEL_PROSE = rx.compile(r"[,;]|[^\W\d_][.!?]\W*$")


def is_icon_word_label(text: str) -> bool:
    m = ICON_LIGATURE_WORD.match(text)
    if m is None or _ICON_LABEL_PROSE.search(text):
        return False
    rest = text[m.end():].split()
    if not 0 < len(rest) <= ICON_WORD_LABEL_WORDS:
        return False
    if rest[0][0].isdigit() and len(rest) <= 2:
        return True  # a date, a time, a counter ("591 visualizações")
    return all(w[0].isupper() or w[0].isdigit() for w in rest)
