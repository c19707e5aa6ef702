"""Sources-list entries parsed into citations: publisher, title, author, date with precision.

An entry reads like "The Atlantic Council, « The US capture… », par John E. Herbst, publié le
5 janvier 2026." Several entries may share a paragraph; they are split at sentence ends that
fall outside the quoted title.
"""

from __future__ import annotations

import bisect
import re
from array import array
from urllib.parse import urlsplit
from dataclasses import replace

from audit import rx
from audit.extract.dates import find_dates
from audit.lexicon import Sites, get_lexicon, get_publishers, normalise_publisher
from audit.literals import skipping
from audit.model import Citation, PartialDate
from audit.segment.cues import word_count

# A quoted title: "«\s*(.+?)\s*»" and its kin for “…” and "…", written so that a run of
# spaces is read once, not once for each word tried before it (quadratic), and matching what
# that pattern matched (tests/test_backtracking.py): the words from the first non-space
# after the opening mark to the last before the first closing one on the line; the second
# branch is "«  »", whose title is its last space that is not a line end.
def _quoted_pattern(opening: str, closing: str) -> re.Pattern[str]:
    o, c = re.escape(opening), re.escape(closing)
    return rx.compile(rf"{o}\s*+(\S(?>[^{c}\n]*[^\s{c}])?)\s*{c}|{o}\s*([^\S\n])\n*{c}")


_QUOTED_BY_MARK = tuple((closing, _quoted_pattern(opening, closing))
                        for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')))


def _quoted(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first quoted title in text[pos:endpos]. Each kind of mark is looked for up to its
    last closing mark only: an opening mark after it cannot match, and trying each of a
    run of them would read the rest of the line each time."""
    endpos = len(text) if endpos is None else endpos
    first = None
    for closing, pattern in _QUOTED_BY_MARK:
        last = text.rfind(closing, pos, endpos)
        if last < 0:
            continue
        found = pattern.search(text, pos, last + 1)
        if found is not None and (first is None or found.start() < first.start()):
            first = found
    return first


_AUTHOR = rx.compile(r"(?:^|,\s*|\s)(?:par|by|de)\s+((?:[\p{Lu}][\w.'-]*)(?:\s+(?:[\p{Lu}][\w.'-]*|de|da|van|von|et|and|&))*)")
_ABBREV = rx.compile(r"(?:\b[A-Z]|\b(?:St|Dr|Mr|Mrs|Ms|Jr|Sr|Inc|Co|Ltd|No|vol|p|pp|éd|ed|cf))$")
_ENTRY_START = rx.compile(r"\s+[\p{Lu}«“\"]")  # after a separator: the next entry's start
_HEADING_MARK = rx.compile(r"^#{1,6}\s+")  # Markdown's "## Sources"
_BULLET = rx.compile(r"^\s*(?:[-*•–↑^]|\d+[.)]|\[\d+\])\s*")
# Photo and image credits name who took a picture, not where a fact comes from.
_PHOTO_CREDIT = rx.compile(r"^\W*(?:cr[ée]dits?\s+photos?|photos?\s+credits?|image\s+credits?|"
                           r"image\s+copyright|copyright|\(?\w+\s+photo\s*/|"
                           r"photos?|images?|illustrations?|bild(?:er)?|foto(?:s)?|visuel)\s*(?::|©|/)|^\W*©",
                           re.IGNORECASE)
# A reference's year: "Am J Epidemiol. 2005;161:303-6", "(2019)", "2019, p. 12".
_YEAR = rx.compile(r"(?<![\d/.-])(1[89]\d\d|20\d\d)(?![\d/-])")
_URL = rx.compile(r"https?://\S+")
# A year standing as a reference's field: "Am J Epidemiol. 2005;161", "(2019)", ", 2019, p. 12";
# not "en octobre 2025", the date of the events.
_REFERENCE_YEAR = rx.compile(r"(?:^|[.,;(]\s*)(1[89]\d\d|20\d\d)[a-z]?(?=\s*(?:[);.,:]|$))")
_SENTENCES = rx.compile(r"[^.?!]+[.?!]?")


def split_entries(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each entry in one sources block, split outside quotes."""
    spans, depth, start = [], 0, 0
    quote_pairs = {"«": "»", "“": "”"}
    closing = set(quote_pairs.values())
    in_straight = False
    for i, ch in enumerate(text):
        if ch in quote_pairs:
            depth += 1
        elif ch in closing:
            depth = max(0, depth - 1)
        elif ch == '"':
            in_straight = not in_straight
        elif ch in ".;" and depth == 0 and not in_straight:
            # Read in place, not in copies of what comes before and after each separator
            # (quadratic on a long line of sources): an abbreviation is at most 3 letters.
            if _ENTRY_START.match(text, i + 1) and \
                    not (ch == "." and _ABBREV.search(text, max(0, i - 5), i)):
                spans.append((start, i + 1))
                start = i + 1
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            out.append((offset + s + lead, offset + s + len(chunk.rstrip())))
    return out


def _group_span(match: re.Match[str]) -> tuple[int, int]:
    index = next(i for i, g in enumerate(match.groups(), start=1) if g is not None)
    return match.span(index)


def _publisher(entry: str, title_at: int) -> str | None:
    head = entry[:title_at] if title_at >= 0 else entry
    head = _BULLET.sub("", head).split(",")[0].strip(" ,.:;-–")
    if not head or word_count(head) > 8 or head[0].islower():
        return None
    return head


def _date(entry: str, language: str | None):
    """The entry's publication date: after a publication cue, or a field that is only a date."""
    lex = get_lexicon()
    for mention in find_dates(entry, language):
        if mention.year_inferred:
            continue
        before = entry[:mention.start]
        field_start = before.rfind(",") + 1
        field = entry[field_start:mention.end].strip(" ,.()")
        after = entry[mention.end:].lstrip(" )")
        field_is_date = field == mention.text and (not after or after[0] in ",.;")
        if lex.publication_cue.search(before) or field_is_date:
            return mention.date
    return None


def parse_citation(original: str, folded: str, start: int, end: int,
                   date: PartialDate | None) -> Citation:
    """Match on the folded text; report the words as the article wrote them."""
    entry, shown = folded[start:end], original[start:end]
    quoted = _quoted(entry)
    title, title_at = None, -1
    if quoted:
        title_at = quoted.start()
        s, e = _group_span(quoted)
        title = shown[s:e]
    author = None
    author_match = _AUTHOR.search(entry, title_at + 1) if quoted else None
    if author_match:
        author = shown[author_match.start(1):author_match.end(1)].strip()
        if author.split()[-1] in ("et", "and", "&", "de"):
            author = author.rsplit(" ", 1)[0]
    publisher = _publisher(shown, title_at)
    if title is None:
        title = _reference_title(shown)
    if date is None:
        year = _REFERENCE_YEAR.search(_URL.sub(" ", entry))
        date = PartialDate(int(year.group(1))) if year else None
    return Citation(publisher=publisher, title=title, author=author,
                    date=date, start=start, end=end, raw=shown)


def _reference_title(entry: str) -> str | None:
    """The title of a reference written without quotes: "Authors. Title. Journal. 2005;…" or
    its longest part of four words or more that is not
    the authors (the first part), a URL or the journal's volume."""
    text = _URL.sub(" ", _BULLET.sub("", entry))
    parts = [p.strip(" ,;:") for p in re.split(r"\.\s+", text)]
    if len(parts) < 3:
        return None  # not "Authors. Title. Journal.": a description, not a title
    candidates = [p for p in parts[1:] if word_count(p) >= 4 and not _YEAR.fullmatch(p)]
    return max(candidates, key=len) if candidates else None


# A site's name ("Reuters.com", "www.afp.com"): its domain's label names the publisher.
_SITE_NAME = re.compile(r"(?:www\.)?([\w-]+)\.[a-z]{2,4}", re.IGNORECASE)


# "AP via Yahoo": the piece's maker, then the portal that carries it.
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)


def _named_kind(name: str) -> str:
    publishers = get_publishers()
    canonical = publishers.canonical.get(normalise_publisher(name))
    if canonical is None and _VIA.search(name):
        # "Source: AP via Yahoo" (round 24a, fr25): an agency's wire through a portal is the
        # agency's credit; "Le Monde via Yahoo" stays an outlet's.
        name = _VIA.split(name, 1)[0]
        canonical = publishers.canonical.get(normalise_publisher(name))
    site = _SITE_NAME.fullmatch(name.strip())
    if canonical is None and site:  # "Source: Reuters.com" is the agency's credit (round 14b)
        canonical = publishers.canonical.get(normalise_publisher(site.group(1)))
    return "agency" if canonical in publishers.agencies else "outlet"


class _Links:
    """The page's links, to find the first (in page order) that overlaps a range: by
    bisection among those that start close enough to reach it, not a pass over all of them
    per citation (a list of 10,000 linked entries was 10^8 comparisons)."""

    def __init__(self, links: tuple[tuple[int, int, str], ...]) -> None:
        self.links = links
        self.order = sorted(range(len(links)), key=lambda i: links[i][0])
        self.starts = [links[i][0] for i in self.order]
        self.longest = max((e - s for s, e, _ in links), default=0)

    def first(self, start: int, end: int) -> str | None:
        """The href of the first link with s < end and start < e."""
        # A link ends at most `longest` after its start: one that reaches past `start`
        # starts after start - longest.
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        best = min((i for i in self.order[lo:hi] if self.links[i][1] > start), default=None)
        return None if best is None else self.links[best][2]


def parse_sources(original: str, text: str, blocks: list[tuple[int, int]],
                  language: str | None, links: tuple[tuple[int, int, str], ...] = ()) -> list[Citation]:
    """Citations from the sources blocks (``text`` is the folded document text), each with
    its web link when the page gives one."""
    index = _Links(links)
    return [_with_url(c, index) for c in _parse_sources(original, text, blocks, language)]


# A sentence's end, then the rest of its paragraph (read in its last characters only).
_SENTENCE_GAP = rx.compile(r"(?<=[.!?»”])[^\S\n]+(?=\S)")
_TAIL_REACH = 120


def trailing_sources(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"… pas encore validé par les autorités. Source : Le Figaro" (round 18a): a credit
    closing a paragraph's last line after its final sentence, (start, end) of it, read as a
    sources entry as it is on a line of its own. Only a short rest with no sentence in it."""
    lex = get_lexicon()
    found = []
    for start, end in blocks:
        at = max(start, end - _TAIL_REACH)
        gaps = list(_SENTENCE_GAP.finditer(text, at, end))
        if not gaps:
            continue
        s = gaps[-1].end()
        rest = text[s:end]
        if "\n" in rest or word_count(rest) > 10 or not lex.sources_inline.matches(rest):
            continue
        found.append((s, end))
    return found


def _with_url(citation: Citation, links: _Links) -> Citation:
    url = links.first(citation.start, citation.end)
    if url is None:
        found = _URL.search(citation.raw)
        url = found.group().rstrip(".,;)") if found else None
    if url is None:
        return citation
    return replace(citation, url=url)


# A field of an inline sources line is an rx.Found: read as a match of it is.
_Field = rx.Found


def _inline_fields(body: str, language: str | None) -> list[_Field]:
    """The fields of "Sources : AFP, Le Monde, 5 mars 2025", split at commas and semicolons,
    but not at the comma inside a date ("January 03, 2024")."""
    inside = bytearray(len(body))
    if "," in body and any(map(str.isdigit, body)):
        for mention in find_dates(body, language):
            inside[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    fields, start = [], 0
    for i, ch in enumerate(body):
        if ch in ",;" and not inside[i]:
            fields.append(_Field(start, i, body[start:i]))
            start = i + 1
    fields.append(_Field(start, len(body), body[start:]))
    return [f for f in fields if f.group()]


# A time after a date that closes a field: "00:50 UTC", "à 6 h 00", "12:30 Uhr".
_FIELD_TIME = rx.compile(r"\s*(?:,\s*)?(?:(?i:à|at|um|a las|alle)\s+)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
                         r"(?:\s*(?i:uhr|h|[ap]\.?m\.?|utc|gmt|cet|cest|[ecmp][sd]t))?\s*$")


def _dated_name(field: str, language: str | None) -> tuple[str, PartialDate] | None:
    """A publisher's name followed by its date to the day and perhaps a time, in one field of
    an inline sources line ("Le Figaro January 03, 2024 00:50 UTC"): the name and the date."""
    for mention in find_dates(field, language):
        if mention.year_inferred or mention.date.precision != "day":
            continue
        name, after = field[:mention.start].strip(" .:-–"), field[mention.end:]
        if name and after.strip() and not _FIELD_TIME.fullmatch(after):
            return None
        if name and not name[0].islower() and word_count(name) <= 6:
            return name, mention.date
        return None
    return None


def _parse_sources(original: str, text: str, blocks: list[tuple[int, int]],
                   language: str | None) -> list[Citation]:
    lex = get_lexicon()
    citations = []
    for start, end in blocks:
        block = text[start:end]
        if lex.sources_header.matches(_HEADING_MARK.sub("", block)) or _PHOTO_CREDIT.match(block):
            continue
        inline = lex.sources_inline.matches(block)
        colon = block.find(":")
        # no colon: "Source rugbyrama.fr" (lexicon sources_inline), the label is its first word
        body_at = start + (colon + 1 if colon >= 0 else _LABEL_WORD.match(block).end()) if inline else start
        if inline and _quoted(block):
            # "Sources : Reuters, « titre », 7 août 2025": the entries follow the label.
            start = end - len(text[body_at:end].lstrip())
            block = text[start:end]
        elif inline:
            # "Sources : AFP, Reuters" names publishers only; a field that is only a date
            # ("Sources : Le Monde, 5 mars 2025") dates the name before it (or after it).
            first, pending = len(citations), None
            for m in _inline_fields(text[body_at:end], language):
                name = m.group().strip(" .")
                if not name:
                    continue
                date = _date(name, language) if any(map(str.isdigit, name)) else None
                dated = _dated_name(name, language) if date is None and any(map(str.isdigit, name)) else None
                if dated is not None:
                    # "Le Figaro January 03, 2024 00:50 UTC": a name, then its date and time
                    name, pending = dated
                if date is not None:
                    if len(citations) > first:
                        citations[-1] = replace(citations[-1], date=date)
                    else:
                        pending = date
                    continue
                s = body_at + m.start() + (len(m.group()) - len(m.group().lstrip(" .")))
                shown = original[s:s + len(name)]
                citations.append(Citation(shown, None, None, pending, s, s + len(name), shown,
                                          kind=_named_kind(shown)))
                pending = None
            continue
        entries = split_entries(block, start)
        dates = [_date(text[s:e], language) for s, e in entries]
        # Split only a paragraph that really holds several entries (several quoted titles or
        # publication dates); one academic reference has many full stops but one date.
        marked = sum(bool(date or _quoted(text, s, e)) for (s, e), date in zip(entries, dates))
        if marked < 2:
            entries, dates = [(start, end)], [_date(block, language)]
        for (s, e), date in zip(entries, dates):
            if date is None and _defines_term(original[s:e]):
                continue  # a glossary line in the notes box defines a word, it cites no one
            citations.append(parse_citation(original, text, s, e, date))
    return citations


# "En stock : ensemble de la population recensée à un moment donné" (legrandcontinent.eu, a
# notes box headed "Sources"): a term of a few words, no name in it, then its definition, all
# in lower case, with no date, figure, address or quoted title. A citation names something:
# "Le Monde : la population immigrée", "Insee : « Estimations de population », janvier 2024".
_TERM_DEFINITION = rx.compile(r"^\W*(?P<term>[^\W\d_][\w'’-]*(?:\s+[\p{Ll}'’-]+){0,3})\s*:\s*"
                              r"(?P<definition>[\p{Ll}][\p{Ll}'’,\s-]*?)\s*[.;]?\s*$")
_DEFINITION_WORDS = 5  # "ensemble de la population recensée": a topic's label is shorter


def _defines_term(entry: str) -> bool:
    """Is the sources entry a glossary line, a term then what it means (no one cited)? A
    body's name as the term then a publication's noun ("Banque mondiale : indicateurs du
    développement dans le monde") is a source's (source_title_nouns), unless the words define
    it (definition_markers); a body then any other words is defined ("Agence de notation :
    entreprise privée évaluant…", "Rating agency: a company assessing…")."""
    m = _TERM_DEFINITION.match(entry)
    if m is None or word_count(m.group("definition")) < _DEFINITION_WORDS:
        return False
    lex = get_lexicon()
    term = m.group("term")
    if term.split()[0].lower() in lex.all_stopwords:
        return True
    if term[1:].strip().isupper() or normalise_publisher(term) in get_publishers().canonical:
        return False
    body = term.split()[0].lower() in lex.organisation_kinds or lex.organisation.search(term) is not None
    if not body or lex.source_title_noun is None or not lex.source_title_noun.match(m.group("definition")):
        return True
    return lex.definition_marker is not None and lex.definition_marker.search(m.group("definition")) is not None


# A credit's lead: "avec", "Source :"; or the newsroom's own name before "avec" ("franceinfo
# avec AFP", "Le Monde avec Reuters"), as French sites sign wire-based stories (_newsroom).
# "Par La Presse Canadienne", "By Reuters": an agency's byline on a line of its own is its credit.
_LEAD_WORDS = (r"(?:\(?\s*(?:avec|with|mit|con|com|met|par|by|von|por|source\s*:|sources\s*:|"
               r"quelle\s*:|fuente\s*:|fonte\s*:|bron\s*:)\s*)?(?:l'|l’)?")
_CREDIT_LEAD = rx.compile(r"^\W*(?P<newsroom>(?:[^\W\d][\w.'’-]*\s+){1,3}(?=(?:avec|with|mit|con|com|met)\s))?"
                          + _LEAD_WORDS, re.IGNORECASE)
_CREDIT_LEAD_PLAIN = rx.compile(r"^\W*" + _LEAD_WORDS, re.IGNORECASE)  # no newsroom before it


# "(avec AFP)", "(dpa)" closing a block; compiled once: every block of the page is asked.
_CREDIT_TAIL = rx.compile(r"\((?:avec|with|mit|con|com|met)\s+[^()]{2,60}\)[.\s]*$"
                          r"|\((?:[^()]{2,30})\)[.\s]*$", re.IGNORECASE)
_CONJUNCTION = rx.compile(r"(?i)\b(?:et|and|und|y|e|en)\b")
# A reporter's byline, then the agency that employs them: "Article de Helen Moka. La Presse
# Canadienne." (round 7, levisurbain.ca), "Par Mia Rabson, La Presse Canadienne". Without its
# opening word, "Graham Hughes / La Presse Canadienne" is a picture's credit.
_AGENCY_BYLINE = rx.compile(r"^\W*(?i:(?:un\s+)?article\s+(?:de|by|von|di)|par|by|von|por|di)\s+"
                            r"[\p{Lu}][\w'’.-]*(?:\s+[\p{Lu}][\w'’.-]*){0,3}\s*[.,/|–—-]\s*")
_LONG_WORD = rx.compile(r"[^\W\d_]{4,}")


_LABEL_WORD = rx.compile(r"\s*\S+\s*")
_CAPITALISED = rx.compile(r"[\p{Lu}0-9]")
_SITE = rx.compile(r"\w\.[a-z]{2,4}\b")


def _newsroom(words: str) -> bool:
    """Whether the words before "avec AFP" sign the story: a publisher the lexicon knows
    ("franceinfo"), a site ("bfmtv.com"), or a name of two capitalised words ("Le Parisien")."""
    name = words.strip()
    if normalise_publisher(name) in get_publishers().canonical or _SITE.search(name):
        return True
    parts = name.split()
    return len(parts) >= 2 and all(_CAPITALISED.match(w) for w in parts)


def find_agency_credits(original: str, text: str, blocks: list[tuple[int, int]],
                        headings: list[tuple[int, int]] = ()) -> list[Citation]:
    """"Avec AFP", "(avec Reuters)", "AFP/Reuters", "(dpa)" closing an article or a line of its
    own: news agencies named as sources. In ``headings``, only lines that open on a credit's
    word ("Par AGEFI - Dow Jones", "Avec AFP"): a byline the segmenter took for a heading."""
    publishers = get_publishers()
    # Every credit names an agency: only blocks where a name may start are read (one scan of
    # the text, not a look at each of 166,000 short lines).
    starts = skipping(publishers.agency_start).finditer(text)  # a match opens where one does
    named = Sites(text, array("q", (m.start() for m in starts)))
    return _credits(original, text, blocks, named, False) + \
        _credits(original, text, headings, named, True)


def _credits(original: str, text: str, blocks, named: Sites, bylines_only: bool) -> list[Citation]:
    publishers = get_publishers()
    found = []
    if not blocks:
        return found
    for (start, end), may in zip(blocks, named.holding(blocks)):
        if not may:
            continue
        block = text[start:end]
        tail = _CREDIT_TAIL.search(block) if "(" in block else None
        candidates = [(0, block)] if word_count(block) <= 8 else []
        if tail:
            candidates.append((tail.start(), tail.group()))
        for offset, chunk in candidates:
            lead = _CREDIT_LEAD.match(chunk)
            if lead.group("newsroom") and not _newsroom(lead.group("newsroom")):
                # "Un accord signé avec l'AFP" signs nothing; "(FR mit dpa)" is read as before
                lead = _CREDIT_LEAD_PLAIN.match(chunk)
            rest = chunk[lead.end():]
            if bylines_only and not lead.group().strip(" (l'’\t\n"):
                continue
            names = list(publishers.agency_name.finditer(rest))
            if len(names) == 1 and not lead.group().strip(" (l'’") and "(" not in chunk:
                byline = _AGENCY_BYLINE.match(chunk)
                if byline is None:
                    continue  # "Reuters" alone on a line is a picture's credit, not the article's
                lead, rest = byline, chunk[byline.end():]
                names = list(publishers.agency_name.finditer(rest))
            leftover = publishers.agency_name.sub(" ", rest)
            if not names or _LONG_WORD.search(_CONJUNCTION.sub(" ", leftover)):
                continue  # not a credit line: other words than agency names
            for m in names:
                s = start + offset + lead.end() + m.start()
                shown = original[s:s + len(m.group())]
                found.append(Citation(shown, None, None, None, s, s + len(m.group()), shown,
                                      kind="agency"))
            break
    return found


# A path segment of hyphen-joined words, maybe a numeric id and an extension after them:
# "hurricanes-favored-golden-knights-stanley-cup-final", "tennessee-vcu-baseball-game-score-143048987.html";
# two words of three letters or more too, a page's name ("/histoire-chiffres/place-financiere/",
# round 26b), not a locale's code ("/fr-ch/").
_SLUG = re.compile(r"[^\W\d_]+(?:-[^\W_]+){2,}|[^\W\d_]{3,}-[^\W\d_]{3,}")


def slug_title(citation) -> str:
    """A bare link's words: an entry that is only a URL (the sources reader's ``url``, from
    the page's link or the entry's text) has its slug for a title."""
    url = citation.url
    if not url or _WORDS.search(citation.raw.replace(url, " ")):
        return ""  # words beside the link are read as the entry's own
    stems = [part.rsplit(".", 1)[0] for part in urlsplit(url).path.split("/")]
    slugs = [m.group() for stem in stems if (m := _SLUG.match(stem)) and m.end() >= len(stem) - 12]
    return slugs[-1].replace("-", " ") if slugs else ""


_WORDS = re.compile(r"[^\W\d_]{4,}")
