"""Stage 2: Document -> spans (one per block, each with a kind) and the comment thread."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from audit import rx
from audit.lexicon import Sites, blank, fold, get_ai_lexicon, words_of, words_regex
from audit.model import Block, Comment, Document, SpanKind, Spans, offsets
from audit.segment.blocks import first_opinion
from audit.segment.classify import classify_page
from audit.segment.comments import parse_comments
from audit.segment.cues import BlockReading
from audit.segment.disclosure import Readings
from audit.segment.lines import LineModel
from audit.titles import without_site_name

__all__ = ["Segmentation", "segment"]

# Not the title's: a Markdown heading's marks, a pasted list's bullet ("• Les chiffres du Land
# Rover Defender", round 8).
_TITLE_MARKS = "# •▪◦‣"
# Nor a heading's permalink mark after it, its own word: "… un Communiqué Efficace #" (a
# documentation theme's anchor, round 10a), Sphinx's "¶".
_ANCHOR_AFTER = rx.compile(r"\s+[#¶]$")


@functools.cache
def _title_label() -> re.Pattern[str]:
    """A template's field label opening the headline's line, then its colon, then words (lexicon
    title_field_labels: "Titre : Saviez-vous que…", a blog's template, round 41a r6)."""
    return rx.compile(rf"(?:{words_regex(list(words_of('title_field_labels')))})\s*:\s+(?=\S+\s+\S)",
                      re.IGNORECASE)


def _shown_bare(text: str, head: str) -> bool:
    """The headline after a label stands again as a line of its own: the label is a
    template's field ("Titre : Saviez-vous que…" over "link : …" and the bare headline, round
    41a fr13), not the headline's first word ("Título: el Real Madrid…", review 41)."""
    head = " ".join(head.split())
    return any(" ".join(line.split()) == head for line in text.splitlines())


@dataclass(frozen=True)
class Segmentation:
    spans: Spans  # columns, a Span made when read
    comments: tuple[Comment, ...]
    title: str | None
    folded: str  # the document text folded for matching (same offsets), shared with extract
    agent_sites: Sites  # where the folded text may name an AI agent, read once for every block
    residue_sites: Sites  # where it may hold a chatbot leftover
    # The disclosure reader's memo for this article (block text -> readings): the segmenter
    # fills it, the extractor reads it; a cache of pure readings, dropped with the sites.
    readings: Readings = field(default_factory=dict, compare=False, repr=False)
    # The starts of the blocks in a related-links box ("A lire aussi" and its teasers): their
    # dates are other stories', never the article's.
    related: frozenset[int] = frozenset()
    # The starts of the blocks that date the visit (a home page's <title> line and the site's
    # today under it): never the article's date.
    visit_dated: frozenset[int] = frozenset()

    def of_kind(self, *kinds: SpanKind) -> Spans:
        return self.spans.of_kind(*kinds)


_CHROME_ZONES = frozenset({"nav", "footer"})


def _meta_title(doc: Document) -> str | None:
    """The <title> when no line of the page is its title; None when that <title> is only the
    site's name: one part, which a block of the page's footer or nav opens with ("Quotidiano
    Piacenza" over a footer's "Quotidiano Piacenza — testata online.", round 34b). Its site's
    part is cut when it is the site's: an address, the canonical address's host, or what the
    footer or nav opens with ("Googlezon : scénario ? - affordance.info", round 37a r13)."""
    title = doc.meta.get("title")
    key = " ".join((title or "").split()).casefold()
    if not key or doc.format != "html":
        return title
    chrome = [" ".join(doc.text[b.start:b.end].split()).casefold()
              for b in doc.blocks if b.zone in _CHROME_ZONES]
    if any(_opens(shown, key) for shown in chrome):
        return None
    head = without_site_name(title)
    site = " ".join(title.split())[len(" ".join(head.split())):].strip(_SITE_MARKS).casefold()
    host = _HOST.match(doc.meta.get("canonical") or "")
    # A footer's line that opens with the name and says more ("© Tendance Ouest …"); a menu's
    # item that is the name alone is a section's or the page's ("Feuerwehr Oldenburg - Ausbildung")
    if head and site and (_ADDRESS.fullmatch(site) or
                          any(len(shown) > len(site) and _opens(shown, site) for shown in chrome) or
                          host is not None and _folded(site) in _host_names(host[1])):
        return head
    return title


# A separator's marks between a <title>'s headline and its site's part
_SITE_MARKS = " |«»·–›•-/—"
_ADDRESS = rx.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # "affordance.info"
_HOST = rx.compile(r"https?://(?:www\.)?([^/:?#]+)")


# Second-level labels under a country's code: the name is the label before ("bbc.co.uk")
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "gov", "gouv", "ac", "edu", "gob", "nic"})


def _host_names(host: str) -> tuple[str, str]:
    """The host's registered name, folded, and the whole host's ("www.leparisien.fr":
    "leparisien", "leparisienfr"). A <title>'s part is the site's when it is one of these, not
    when the host merely holds it ("… - Paris" on leparisien.fr, "… - Nice" on nicematin.com
    are the headline's places, review 2 of round 37)."""
    labels = host.casefold().split(".")
    k = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS and len(labels[-1]) == 2 else 2
    return _folded(labels[-k] if len(labels) >= k else labels[0]), _folded(host)


def _folded(text: str) -> str:
    """Letters and figures only, case and accents folded ("Ouest-France" → "ouestfrance")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def _opens(shown: str, key: str) -> bool:
    """A chrome block's text opens with ``key``, a whole word's end after it."""
    return shown.startswith(key) and not shown[len(key):len(key) + 1].isalnum()


def segment(doc: Document, line_model: LineModel | None = None,
            block_model: LineModel | None = None, extractor: str = "auto") -> Segmentation:
    """``line_model`` judges the lines of plain text and Markdown, ``block_model`` the blocks
    of HTML (None: the shipped ones); ``extractor``: who judges HTML's main content (one of
    settings.EXTRACTORS)."""
    folded = blank(fold(doc.text), doc.markup) if doc.markup else fold(doc.text)
    read = None  # HTML's blocks as the block model reads them, read again by the classifier
    if doc.format == "html" and doc.blocks and doc.blocks[0].extracted is None:
        if extractor != "trafilatura":
            read = BlockReading(doc.blocks, folded)
        verdicts = first_opinion(doc, extractor, block_model, folded, read)
        if verdicts is not None:
            doc = replace(doc, blocks=tuple(map(Block.judged, doc.blocks, verdicts)))
    agent_sites, residue_sites = get_ai_lexicon().sites(folded)
    readings: Readings = {}
    kinds, page_title, boxed, visit = classify_page(doc, folded, line_model, agent_sites, readings,
                                               read)
    related = frozenset(start for (start, _), held in zip(offsets(doc.blocks), boxed) if held) \
        if any(boxed) else frozenset()
    visit_dated = frozenset(start for (start, _), held in zip(offsets(doc.blocks), visit) if held) \
        if any(visit) else frozenset()
    spans = Spans.from_offsets(offsets(doc.blocks), kinds)
    comment_blocks = [doc.blocks[i] for i, kind in enumerate(kinds) if kind is SpanKind.COMMENTS] \
        if SpanKind.COMMENTS in kinds else []  # the look-up in C: most pages have none
    titles = [doc.text[s.start:s.end] for s in spans.of_kind(SpanKind.TITLE)]
    title = page_title or (_ANCHOR_AFTER.sub("", titles[0].lstrip(_TITLE_MARKS).strip()) if titles
                           else _meta_title(doc))
    if title and (label := _title_label().match(title)) and \
            _shown_bare(doc.text, title[label.end():]):
        title = title[label.end():]  # the field's label is not the headline's
    if doc.format == "markdown" and (doc.meta.get("title") or "").strip():
        title = doc.meta["title"].strip()  # the front matter's, whatever the text's first lines
    return Segmentation(spans=spans, comments=tuple(parse_comments(comment_blocks)), title=title,
                        folded=folded, agent_sites=agent_sites,
                        residue_sites=residue_sites, readings=readings, related=related,
                        visit_dated=visit_dated)
