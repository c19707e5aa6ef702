from __future__ import annotations

import functools

from audit import rx
from audit.check import Context, Rule
from audit.lexicon import get_lexicon
from audit.model import Severity, SpanKind


class SEG002(Rule):
    """Share, subscribe or navigation text remains inside a body paragraph.

    What it checks:
        Body paragraphs for the page furniture that extractors and copy-paste leave inside
        them: "Partager sur Facebook", "Abonnez-vous à notre newsletter", a plea's first-person
        button label closing its line, with no final period («Pour soutenir Mediapart je m’abonne»;
        not a reader's «je m'abonne à ce journal depuis vingt ans», nor an interviewee's answer
        «Pour soutenir les journaux locaux, je m'abonne.»), "Lire aussi :",
        "Lire aussi l'opinion :", a label naming the outlet's own piece over its headline ("Notre
        commentaire : En France, de nouveaux ministres …"; not over a sentence), "Share on Twitter", "Subscribe to our newsletter"; a widget's label alone on its line
        ("EMBED More News Videos", "Report a correction or typo", "Close this search box.",
        «Suite de l'article »», «Voir le diaporama en grand »»; not a sentence about
        them); a comment box's disclaimer or its
        platform's credit as a line ("Comments … do not always reflect the views of this
        station. powered by Disqus"; not someone's remarks). A paywall's prompt ("La lecture de
        cet article est réservée aux abonnés :") inside a body paragraph, or in pasted text
        (plain text, Markdown) on its own line after the body began: the segmenter leaves
        that line out, but the copy is cut there; on an HTML page, between two body paragraphs as
        a heading too when the copy stops mid-sentence ("EXCLUSIVO / ASSINE JÁ"; not a badge
        or a promo box in a whole article); so is a members' wall's ("It looks like you are
        not a member of VIP Club yet. Please fill out the form below to access the page", "Cette
        page est réservée aux membres"; not "If you are not a member, you cannot vote") and a
        registration wall's ("Create a free account to continue reading", «Abonnez-vous pour lire
        la suite»; not "Create a free account to save your articles"); once a box: its other prompts ("Il vous reste
        83% de cet article à lire / Cet article est réservé aux abonné.e.s / Déjà abonné.e ?
        Connectez-vous") are the same cut, unless a paragraph of the article stands between. A
        links widget left in the copy, its label in brackets ("[TRENDING: … | … | …]",
        "[RELATED: …]"; not an editor's "[sic]"). A line inside the article read as a heading
        that is one of these phrases whole ("Get a weekly recap of the latest … news", «Bitte
        beachten Sie unsere Nutzungsregeln»; not a heading that only holds one). In German and
        Italian the related label «Lesen Sie auch:» / «Leggi anche:» opening a line or after a
        sentence; not yet in Spanish and Portuguese after a sentence (their label over a
        headline on its own line is taken out of the copy). In pasted text (plain text,
        Markdown), a line the segmenter leaves out of the body that opens with one of these
        phrases (Markdown's "- ", "> ", "**" before it skipped), inside the article: after a
        body paragraph, the article's prose under it (its sentences, an agency's bracketed credit
        «(comm/nxp)», «(AFP)» maybe after the last, not «(1/3)»; or, right under the line, the copy's
        last paragraph cut mid-sentence where the paste stops, a sentence's words, not a menu's), before the first paywall prompt after
        the article starts («Leggi anche: Ancona, il bando periferie», «Lire aussi :»,
        «SUSCRÍBETE gratis al Boletín…» between two paragraphs; not on an HTML page, whose box
        there is the site's, not at the page's tail over a list, not a teaser's read-more link
        "Lire la suite"). A browser-notification prompt ("GET BREAKING NEWS IN YOUR BROWSER.
        CLICK HERE TO TURN ON NOTIFICATIONS."; not "urged residents to turn on notifications",
        nor "Click here to turn on notifications, the banner says": these prompts end their
        line or their sentence),
        a paper's wall for its online edition ("Online Subscribers: Please click here to log
        in…", "Not an Online Subscriber? Click here…"), an ad slot's label in Portuguese
        («Continua após o anúncio»; not «… continua após o anúncio do ministro», «Continua após
        o anúncio, porém, a mobilização…»).

    Why it matters:
        Such text is not the article: it skews counts, quotes and numbers, and in a CMS it
        means a widget was pasted into the copy. After a paywall's prompt the article goes
        on, unseen: every check read only its start.

    Example:
        Le ministre a démissionné mardi. Partager sur Facebook Lire aussi : la crise.

    Use instead:
        Le ministre a démissionné mardi.

    Configuration:
        Phrases live in audit/lexicons/<lang>.yml under ``boilerplate_inline``, a paywall's
        prompts under ``paywall_prompts``, a comment box's link or form line alone on its line
        («Réagir à cet article», "Please enter your comment!") under ``comment_box_lines``.
    """

    code = "SEG002"
    name = "boilerplate-in-body"
    severity = Severity.WARNING
    scope = (SpanKind.BODY,)

    def check(self, ctx: Context):
        inline = ctx.facts.inline_boilerplate
        for (start, end), times in _runs(ctx.text, inline):
            phrase = ctx.text[start:end]
            again = f" (and {times - 1} more times in the paragraph)" if times > 1 else ""
            shown = phrase if len(phrase) <= _SHOWN else phrase[:_SHOWN].rstrip() + "…"
            yield self.finding(start, end, f"page furniture inside the body: «{shown}»{again}",
                               evidence={"phrase": phrase, "times": times},
                               suggestion="remove it from the article text")
        last = None  # the end of the paywall block reported last
        for start, end in ctx.facts.paywall_prompts:
            if any(s < end and start < e for s, e in inline):
                continue  # reported above
            if last is not None and not _prose_between(ctx.text, last, start):
                last = end  # the same box's next prompt (round 33a, r1): the copy was cut once
                continue
            last = end
            phrase = ctx.text[start:end]
            cut = _cut_short(ctx.text, start)
            yield self.finding(start, end, f"a paywall's prompt in the article text: «{phrase}»; "
                               "the text after it is missing" +
                               (f", and the text before it stops mid-sentence («…{cut}»)" if cut else ""),
                               evidence={"phrase": phrase, "cut": cut},
                               suggestion="paste the whole article, then remove the prompt")


# A line of the article between two prompts: a sentence closed by its stop, opening after a
# closed line, that speaks to no reader. A box's own lines ask him ("Vous voulez lire la suite ?
# Débloquez tous les articles immédiatement. Sans engagement.", round 27a; "Déjà abonné ?
# Connectez-vous") or go on a line of the box wrapped at its width ("Erhalten Sie Zugriff zu
# diesem und jedem weiteren Artikel im / Web und in unserer App für 4 Wochen kostenlos.", 13a
# de03; "Rejoignez-les pour une information sur / les médias indépendante et sans pub.", 33a
# fr08); the copy going on does neither, however short ("Le journal n'a pas souhaité
# commenter.", review 1, R4).
_ARTICLE_LINE = rx.compile(r"\w.*[\w)»”\"][.!]")
_CLOSED_LINE = rx.compile(r"[.!?:…][\"”’»)]*\Z")
_WORD = rx.compile(r"[\w'’-]+")
_MIN_ARTICLE_WORDS = 4  # a paragraph of its own
_MIN_PROSE_WORDS = 10  # a line among the box's lines, no blank line around it


def _prose_between(text: str, end: int, start: int) -> bool:
    """Whether a paragraph of the article stands between two paywall prompts: else the second
    is the same box's ("Il vous reste 83% de cet article à lire / Cet article est réservé aux
    abonné.e.s / Déjà abonné.e ? Connectez-vous")."""
    you = _second_person()
    rest, *lines = text[end:start].split("\n")  # the first: the prompt's own line, after it
    closed = not rest.strip() or bool(_CLOSED_LINE.search(rest.rstrip()))
    lines = [line.strip() for line in lines]
    for i, line in enumerate(lines):
        words = _WORD.findall(line.lower())
        # set off by a blank line, or prose of some length: a box's slogan runs on among its
        # prompts, short ("Le journalisme indépendant a un coût.", review 2 of rounds 33/34)
        apart = (i > 0 and not lines[i - 1]) or (i + 2 < len(lines) and not lines[i + 1])  # the last: the prompt's line
        if (closed and len(words) >= (_MIN_ARTICLE_WORDS if apart else _MIN_PROSE_WORDS)
                and _ARTICLE_LINE.fullmatch(line) and "?" not in line and not you.intersection(words)):
            return True
        closed = not line or line[-1] in ".!?:…\"”’»)"
    return False


@functools.lru_cache(maxsize=1)
def _second_person() -> frozenset[str]:
    """Every language's words speaking to the reader ("vous", "you")."""
    return frozenset(w for words in get_lexicon().second_person.values() for w in words)


def _cut_short(text: str, start: int) -> str:
    """The last words before a paywall's prompt when the copy stops there inside a sentence,
    a paragraph of some length ending on a letter with no stop ("… dont l'acquisition devrait
    êtr", round 27a): the site cut the text to tease it; a short line (a heading) ends bare.
    The prompt opens its line: after another prompt on its line ("Pour lire la suite de cet
    article Vous êtes déjà abonné? Connexion") the words before are the box's."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return ""
    before = text[:start].rstrip()
    line = before[before.rfind("\n") + 1:]
    if not line or not line[-1].isalpha() or len(line.split()) < 12:
        return ""
    return " ".join(line.split()[-4:])


_SHOWN = 160  # characters of a run quoted in the message (a run may be a whole line)
def _runs(text: str, spans) -> list[tuple[tuple[int, int], int]]:
    """The furniture, each piece once a paragraph (review 29 item 5: a page of unrendered
    shortcodes, "[vc_row][vc_column …]…[/vc_row]" a thousand times on one line, is the same
    debris a thousand times): a piece said again in its paragraph is counted on its first.
    Different pieces side by side stay apart ("Partager sur Facebook Partager sur Twitter")."""
    first: dict[tuple[int, str], int] = {}
    out: list[tuple[tuple[int, int], int]] = []
    for start, end in spans:
        key = (text.rfind("\n", 0, start), " ".join(text[start:end].split()))
        if key in first:
            span, times = out[first[key]]
            out[first[key]] = (span, times + 1)
            continue
        first[key] = len(out)
        out.append(((start, end), 1))
    return out
