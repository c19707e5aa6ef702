"""Shape generators: gen(size) -> (data, name). Lines usually differ (a counter)."""
from __future__ import annotations

PROSE = ("Le ministre a démissionné mardi, selon Le Monde, après des semaines de pression, "
         "et le gouvernement doit maintenant trouver un remplaçant avant la fin du mois.")


def _lines(size, make, head="", sep="\n"):
    out, n, i = [head], len(head), 0
    while n < size:
        s = make(i) + sep
        out.append(s); n += len(s); i += 1
    return "".join(out)[:size]


def _rep(size, unit, head=""):
    return (head + unit * (size // len(unit) + 1))[:size]


ARTICLE = "Titre de l'article sur la réforme\n" + (PROSE + "\n") * 3

# --- plain text segmentation cues ---
def sources_list(size):  # Sources : then many citation lines
    return _lines(size, lambda i: f"Le Monde, « Article numéro {i} », 12 mars 2024, https://lemonde.fr/a{i}",
                  ARTICLE + "Sources :\n"), "x.txt"

def sources_inline(size):  # one "Sources : A, B, C, ..." line
    return _rep(size, "", "") if False else (ARTICLE + "Sources : " + ", ".join(
        f"Journal{i}" for i in range(size // 10)))[:size], "x.txt"

def cue_prose_alt(size):  # cue line then prose line, alternating
    return _lines(size, lambda i: (f"Lire aussi : article {i}" if i % 2 == 0 else f"{PROSE} ({i})"),
                  ARTICLE), "x.txt"

def comment_thread(size):  # author / date / text / Répondre
    return _lines(size, lambda i: [f"Jean Dupont{i // 4}", f"12 mars 2024 à 10:{(i // 4) % 60:02d}",
                                   f"Je ne suis pas d'accord avec cet article numéro {i // 4}, c'est faux.",
                                   "Répondre"][i % 4], ARTICLE + "Commentaires\n"), "x.txt"

def comment_thread_nodate(size):  # author / text without dates
    return _lines(size, lambda i: [f"Jean Dupont{i // 2}",
                                   f"Je ne suis pas d'accord avec cet article numéro {i // 2}, c'est faux."][i % 2],
                  ARTICLE + "Commentaires\n"), "x.txt"

def dates_lines(size):  # many date lines
    return _lines(size, lambda i: f"12 mars {1900 + i % 120}", ARTICLE), "x.txt"

def date_reply_alt(size):  # date, Répondre, date, ... (thread shape without header)
    return _lines(size, lambda i: (f"{1 + i % 28} mars 2024 à 10:{i % 60:02d}" if i % 2 == 0 else "Répondre"),
                  ARTICLE), "x.txt"

def comments_headers(size):  # many "Commentaires" lines after article
    return _lines(size, lambda i: f"{i} commentaires", ARTICLE), "x.txt"

def share_widgets(size):
    return _lines(size, lambda i: ["Partager", "Facebook", "Twitter", "Envoyer par e-mail",
                                   f"Partager sur LinkedIn {i}"][i % 5], ARTICLE), "x.txt"

def lire_aussi(size):
    return _lines(size, lambda i: f"Lire aussi : Le gouvernement annonce une réforme numéro {i}",
                  ARTICLE), "x.txt"

def related_then_prose(size):  # related header, teasers, prose repeat
    return _lines(size, lambda i: ("À lire aussi" if i % 3 == 0 else
                                   f"Teaser numéro {i}" if i % 3 == 1 else f"{PROSE} {i}"), ARTICLE), "x.txt"

def ai_disclosure_lines(size):
    return _lines(size, lambda i: f"Ce contenu a été créé avec l'aide de l'IA. ({i})", ARTICLE), "x.txt"

def ai_disclosure_same(size):
    return _lines(size, lambda i: "Ce contenu a été créé avec l'aide de l'IA.", ARTICLE), "x.txt"

def ai_disclosure_oneline(size):
    return _rep(size, "Ce contenu a été créé avec l'aide de l'IA. ", ARTICLE), "x.txt"

def blank_separated(size):  # prose lines separated by blank lines
    return _lines(size, lambda i: f"{PROSE} {i}\n", "Titre\n\n"), "x.txt"

def prose_distinct(size):  # prose lines, distinct
    return _lines(size, lambda i: f"{PROSE} {i}", "Titre\n"), "x.txt"

def prose_same(size):
    return _lines(size, lambda i: PROSE, "Titre\n"), "x.txt"

def crlf_lines(size):
    return _lines(size, lambda i: f"{PROSE} {i}", "Titre\r\n", sep="\r\n"), "x.txt"

def cr_only(size):
    return _lines(size, lambda i: f"{PROSE} {i}", "Titre\r", sep="\r"), "x.txt"

def turkish_I(size):
    return _lines(size, lambda i: f"İstanbul'da İnsan İçin İyi {i} " + PROSE, "Titre\n"), "x.txt"

def turkish_I_oneline(size):
    return _rep(size, "İİİİ İstanbul ", "Titre\n"), "x.txt"

def greek(size):
    return _lines(size, lambda i: f"Ο υπουργός παραιτήθηκε την Τρίτη, σύμφωνα με τον Κόσμο, μετά από εβδομάδες πίεσης {i}.",
                  "Τίτλος\n"), "x.txt"

def arabic(size):
    return _lines(size, lambda i: f"استقال الوزير يوم الثلاثاء، وفقا لصحيفة لوموند، بعد أسابيع من الضغط {i}.",
                  "عنوان\n"), "x.txt"

def headings_paras(size):  # short heading then long paragraph
    return _lines(size, lambda i: (f"Intertitre numéro {i}" if i % 2 == 0 else f"{PROSE} {PROSE} {i}"),
                  "Titre\n"), "x.txt"

# --- extraction ---
def dates_prose(size):
    return _rep(size, "Le 12 mars 2024, puis le 3 avril 2023, il y a 20 ans, depuis 1999. ", "Titre\n"), "x.txt"

def dates_prose_lines(size):
    return _lines(size, lambda i: f"Le {1 + i % 28} mars {1950 + i % 70}, il y a {i % 90} ans, depuis {1900 + i % 120}, a déclaré le ministre.", "Titre\n"), "x.txt"

def unbalanced_quotes(size):
    return _rep(size, "« Il a dit que ", "Titre\n"), "x.txt"

def unbalanced_close(size):
    return _rep(size, "fin » ", "Titre\n"), "x.txt"

def curly_quotes_lines(size):
    return _lines(size, lambda i: f"“Nous allons réformer {i}”, a déclaré le ministre. « C'est important », selon Le Monde.", "Titre\n"), "x.txt"

def quote_open_lines(size):  # quote opened on each line, never closed
    return _lines(size, lambda i: f"« Le ministre a dit que la réforme numéro {i} était importante pour tous", "Titre\n"), "x.txt"

def numbers_words(size):
    return _rep(size, "mille neuf cent quatre-vingt-dix-neuf ", "Titre\n"), "x.txt"

def numbers_words_lines(size):
    return _lines(size, lambda i: f"Il y a eu mille neuf cent quatre-vingt-dix-neuf morts et {i} blessés, soit deux cent mille euros.", "Titre\n"), "x.txt"

def currencies(size):
    return _lines(size, lambda i: f"Le coût est de {i} millions d'euros (environ {i * 1.08:.1f} millions de dollars), soit {i % 100} % de plus.", "Titre\n"), "x.txt"

def currencies_oneline(size):
    return _rep(size, "12 € 13 $ 14 £ 15 % ", "Titre\n"), "x.txt"

def percentages(size):
    return _rep(size, "12,5 % ", "Titre\n"), "x.txt"

def il_y_a(size):
    return _rep(size, "il y a 20 ans depuis 1999 en 2003 ", "Titre\n"), "x.txt"

def attributions(size):
    return _lines(size, lambda i: f"Selon le Monde, le chiffre {i} est faux, a déclaré le ministre, a indiqué l'AFP.", "Titre\n"), "x.txt"

def agency_credits(size):
    return _lines(size, lambda i: f"Le ministre a parlé {i} fois (avec AFP).", "Titre\n"), "x.txt"

def agency_oneline(size):
    return _rep(size, "(avec AFP) ", "Titre\n"), "x.txt"

def urls_lines(size):
    return _lines(size, lambda i: f"https://www.lemonde.fr/politique/article/2024/03/12/titre-{i}.html", ARTICLE), "x.txt"

def urls_oneline(size):
    return _rep(size, "https://www.lemonde.fr/a/b/c ", "Titre\n"), "x.txt"

def long_url(size):
    return ("Titre\nhttps://x.fr/" + "a" * size)[:size], "x.txt"

def years_oneline(size):
    return _rep(size, "1999 2000 2001 ", "Titre\n"), "x.txt"

# --- HTML ---
def _html(body, head=""):
    return f"<html><head><title>Titre</title>{head}</head><body>{body}</body></html>"

def html_many_p(size):
    return _html(_lines(size, lambda i: f"<p>{PROSE} {i}</p>", "<h1>Titre</h1>")), "x.html"

def html_many_li(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><ul>" + _lines(size, lambda i: f"<li>Élément {i}</li>") + "</ul>"), "x.html"

def html_many_links(size):
    return _html("<h1>Titre</h1><p>" + _lines(size, lambda i: f'<a href="https://x.fr/{i}">lien {i}</a> texte', sep=" ") + "</p>"), "x.html"

def html_links_in_p(size):
    return _html(_lines(size, lambda i: f'<p>{PROSE} <a href="https://x.fr/{i}">lien {i}</a></p>', "<h1>Titre</h1>")), "x.html"

def html_link_around_blocks(size):
    return _html('<h1>Titre</h1><a href="https://x.fr/">' + _lines(size, lambda i: f"<p>{PROSE} {i}</p>") + "</a>"), "x.html"

def html_table(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><table>" + _lines(size, lambda i: f"<tr><td>{i}</td><td>{i * 3} €</td><td>texte</td></tr>") + "</table>"), "x.html"

def html_long_attr(size):
    return _html(f'<h1>Titre</h1><p class="{"a " * (size // 2)}">{PROSE}</p>'), "x.html"

def html_long_attr_nospace(size):
    return _html(f'<h1>Titre</h1><p class="{"a" * size}">{PROSE}</p>'), "x.html"

def html_scripts(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>" + _lines(size, lambda i: f"<script>var a{i} = {i};</script><style>.a{i}{{color:red}}</style>")), "x.html"

def html_wide_divs(size):
    return _html(_lines(size, lambda i: f"<div><span>mot {i}</span></div>", "<h1>Titre</h1>")), "x.html"

def html_comments_class(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>" + _lines(size, lambda i: f'<div class="comment"><span class="comment-author">Jean {i}</span><span class="comment-date">12 mars 2024</span><p class="comment-content">Pas d\'accord {i}.</p><a class="comment-reply-link" href="#">Répondre</a></div>')), "x.html"

def html_inline_spans(size):  # one <p> of many inline nodes
    return _html("<h1>Titre</h1><p>" + _lines(size, lambda i: f"<b>mot</b> <i>{i}</i>", sep=" ") + "</p>"), "x.html"

def html_inline_links_one_p(size):
    return _html("<h1>Titre</h1><p>" + _lines(size, lambda i: f'<a href="https://x.fr/{i}">mot {i}</a>', sep=" ") + "</p>"), "x.html"

def html_br_lines(size):
    return _html("<h1>Titre</h1><p>" + _lines(size, lambda i: f"{PROSE} {i}", sep="<br>") + "</p>"), "x.html"

def html_html_comments(size):
    return _html("<h1>Titre</h1><p>" + _lines(size, lambda i: f"mot {i} <!-- commentaire {i} -->", sep=" ") + "</p>"), "x.html"

def html_hidden(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>" + _lines(size, lambda i: f'<div hidden>Généré par ChatGPT {i}</div>')), "x.html"

def html_nested_links(size):
    return _html("<h1>Titre</h1>" + _lines(size, lambda i: f'<a href="https://x.fr/{i}"><div>{PROSE} {i}</div>', sep="")), "x.html"

def html_unclosed_a(size):
    return _html("<h1>Titre</h1>" + _lines(size, lambda i: f'<p><a href="https://x.fr/{i}">{PROSE} {i}', sep="")), "x.html"

def html_meta_tags(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>", _lines(size, lambda i: f'<meta name="m{i}" content="valeur {i}">')), "x.html"

def html_jsonld(size):
    import json
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>", '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "headline": "T", "keywords": ["k%d" % i for i in range(size // 8)]}) + "</script>"), "x.html"

# --- Markdown ---
def md_headings(size):
    return _lines(size, lambda i: f"## Titre {i}", "# Titre\n\n"), "x.md"

def md_list(size):
    return _lines(size, lambda i: f"- Élément de liste numéro {i}", "# Titre\n\n" + PROSE + "\n\n"), "x.md"

def md_links(size):
    return _lines(size, lambda i: f"Voir [le lien {i}](https://x.fr/{i}) et [autre](https://y.fr/{i}).", "# Titre\n\n"), "x.md"

def md_front_matter(size):
    body = _lines(size, lambda i: f"tag{i}: valeur {i}")
    return f"---\ntitle: T\n{body}\n---\n# Titre\n\n{PROSE}\n", "x.md"

def md_paragraphs(size):
    return _lines(size, lambda i: f"{PROSE} {i}\n", "# Titre\n\n"), "x.md"

def md_blockquotes(size):
    return _lines(size, lambda i: f"> Citation {i} du ministre", "# Titre\n\n" + PROSE + "\n\n"), "x.md"

def md_directives(size):
    return _lines(size, lambda i: f"<!-- audit: ignore[NUM001] reason=\"r{i}\" -->\n{PROSE} {i}", "# Titre\n\n"), "x.md"

def txt_directives(size):
    return _lines(size, lambda i: f"<!-- audit: ignore[NUM001] reason=\"r{i}\" -->\n{PROSE} {i}", "Titre\n"), "x.txt"

# --- directives (suppressions) ---
def txt_ignore_lines(size):  # directive every other line, prose between
    return _lines(size, lambda i: (f"audit: ignore[NUM001] reason=r{i}" if i % 2 == 0 else f"{PROSE} {i}"), "Titre\n"), "x.txt"

def txt_disable_enable(size):  # disables of one code, enables of another: none closes
    return _lines(size, lambda i: ["audit: disable[CIT001]", f"{PROSE} {i}", "audit: enable[NUM002]", f"{PROSE} {i}"][i % 4], "Titre\n"), "x.txt"

def txt_ignore_findings(size):  # a directive before each finding line (another rule): F x S
    return _lines(size, lambda i: ("audit: ignore[NUM001]" if i % 2 == 0 else f"Ce contenu a été créé avec l'aide de l'IA. ({i})"), ARTICLE), "x.txt"

def md_ignore_findings(size):
    return _lines(size, lambda i: ("<!-- audit: ignore[NUM001] -->" if i % 2 == 0 else f"Ce contenu a été créé avec l'aide de l'IA. ({i})\n"), "# Titre\n\n" + PROSE + "\n\n"), "x.md"

def html_ignore_findings(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p>" + _lines(size, lambda i: f"<!-- audit: ignore[NUM001] --><p>Ce contenu a été créé avec l'aide de l'IA. ({i})</p>")), "x.html"

def html_disable_enable(size):
    return _html("<h1>Titre</h1>" + _lines(size, lambda i: f"<!-- audit: disable[CIT001] --><p>{PROSE} {i}</p><!-- audit: enable[NUM002] -->")), "x.html"

# --- reductions ---
def counts_noperiod(size):  # a count with a noun and a subject, on a line that is not a sentence
    return _lines(size, lambda i: f"La ville compte {i} habitants", "Titre\n"), "x.txt"

def counts_short_sentence(size):  # a sentence, but under 8 words
    return _lines(size, lambda i: f"La ville compte {i} habitants.", "Titre\n"), "x.txt"

def counts_prose(size):  # prose sentences: groups fill up to 8, then skipped
    return _lines(size, lambda i: f"Selon le maire, la ville compte désormais {i} habitants recensés cette année.", "Titre\n"), "x.txt"

def counts_prose_noperiod(size):  # French prose with a count, no final period: never "in prose"
    return _lines(size, lambda i: f"Selon le maire, la ville compte désormais {i} habitants recensés cette année", "Titre\n"), "x.txt"

def counts_numero(size):  # the reduced quote_open_lines: no quote needed?
    return _lines(size, lambda i: f"Le ministre a dit que la réforme numéro {i} était importante pour tous", "Titre\n"), "x.txt"

def html_table_1cell(size):  # one short cell a row
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><table>" + _lines(size, lambda i: f"<tr><td>cellule {i}</td></tr>") + "</table>"), "x.html"

def html_table_words(size):  # cells of 5 words: shingles, no substring search
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><table>" + _lines(size, lambda i: f"<tr><td>la cellule numéro {i} ici</td></tr>") + "</table>"), "x.html"

def html_p_short(size):  # many short paragraphs inside the article
    return _html("<h1>Titre</h1><article>" + _lines(size, lambda i: f"<p>{PROSE} {i}</p><p>Note {i}</p>") + "</article>"), "x.html"

# --- long runs of white space inside one line (the run grows with the input) ---
def _ws(size, before, after, head=ARTICLE, char=" "):
    n = max(0, size - len(head) - len(before) - len(after))
    return head + before + char * n + after

def ws_prose(size):
    return _ws(size, "Le ministre", "a démissionné mardi.\n"), "x.txt"

def ws_quote(size):  # « … » with a long run of spaces inside
    return _ws(size, "Il a dit « oui", "non », selon Le Monde.\n"), "x.txt"

def ws_dateline(size):  # a line with a digit and a separator: asked is_comment_date
    return _ws(size, "Jean - 12 mars", "2024\n"), "x.txt"

def ws_comment_name(size):  # a short line in a comment thread
    head = ARTICLE + "Commentaires\nJean Dupont\n12 mars 2024 à 10:00\nTrès bon article, merci beaucoup.\n"
    return _ws(size, "Super", "article\nRépondre\n", head), "x.txt"

def ws_tabs(size):
    return _ws(size, "Le ministre", "a démissionné mardi.\n", char="\t"), "x.txt"

def ws_html_pre(size):  # <pre> keeps its white space? (the loader collapses runs)
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><pre>" + "Le ministre" + " " * size + "a démissionné.</pre>"), "x.html"

def ws_md(size):
    return _ws(size, "Le ministre", "a démissionné mardi.\n", "# Titre\n\n" + PROSE + "\n\n"), "x.md"

def blank_lines_run(size):  # article, a huge run of blank lines, a closing line
    return _ws(size, "", "Fin de l'article, a déclaré le ministre.\n", char="\n"), "x.txt"

def ws_directive(size):  # a directive line with a long run of spaces in its reason
    return _ws(size, "audit: ignore[NUM001] reason=taux", "du jour\n" + PROSE + "\n"), "x.txt"

def ws_sources_quote(size):  # a sources entry with « … » and a long run of spaces
    return _ws(size, "Sources :\nLe Monde, « Titre", "de l'article », 12 mars 2024\n"), "x.txt"

def html_nbsp_quote(size):  # &nbsp; runs survive HTML's white-space collapsing, fold() makes them spaces
    n = max(0, (size - 300) // 6)
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><p>Il a dit « oui" + "&nbsp;" * n + "non », selon Le Monde.</p>"), "x.html"

def html_nbsp_prose(size):
    n = max(0, (size - 300) // 6)
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><p>Le ministre" + "&nbsp;" * n + "a démissionné mardi.</p>"), "x.html"

def txt_nbsp_quote(size):
    return _ws(size, "Il a dit « oui", "non », selon Le Monde.\n", char="\u00a0"), "x.txt"

def md_ws_quote(size):
    return _ws(size, "Il a dit « oui", "non », selon Le Monde.\n", "# Titre\n\n" + PROSE + "\n\n"), "x.md"

def ws_separator_line(size):  # minimal: a short line with " - " after the article
    return _ws(size, "ab - cd", "e\n"), "x.txt"

def html_ws_directive(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><!-- audit: ignore[NUM001] reason=\"taux" + " " * max(0, size - 400) + "du jour\" --><p>" + PROSE + "</p>"), "x.html"

def html_nbsp_comment(size):
    n = max(0, (size - 600) // 6)
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><div class=\"comments\"><div class=\"comment\"><span class=\"comment-author\">Jean</span> <span class=\"comment-date\">12 mars 2024 à 10:00</span><p>Super" + "&nbsp;" * n + "article</p></div></div>"), "x.html"

# --- long runs of one character inside a prose line ---
def run_letters(size):
    return _ws(size, "Le ministre a dit ", " selon Le Monde.\n", char="a"), "x.txt"

def run_digits(size):
    return _ws(size, "Le coût est de ", " euros, selon Le Monde.\n", char="1"), "x.txt"

def run_dots(size):
    return _ws(size, "Le ministre a dit", " selon Le Monde.\n", char="."), "x.txt"

def run_dashes(size):
    return _ws(size, "Le ministre a dit ", " selon Le Monde.\n", char="-"), "x.txt"

def run_quotes(size):
    return _ws(size, "Le ministre a dit ", " selon Le Monde.\n", char="«"), "x.txt"

def run_apostrophes(size):
    return _ws(size, "Le ministre a dit l", " selon Le Monde.\n", char="'"), "x.txt"

def run_caps(size):
    return _ws(size, "Le ministre a dit ", " selon Le Monde.\n", char="A"), "x.txt"

def run_digit_space(size):  # "1 1 1 …" inside a prose line after an article (hostile has it alone)
    return (ARTICLE + "Le coût est de " + "1 " * (size // 2))[:size] + " euros.\n", "x.txt"

# --- sources ---
def sources_one_line(size):  # one sources line holding many entries split at ". "
    return (ARTICLE + "Sources :\n" + "".join(f"Le Monde, « Titre {i} », 12 mars 2024. " for i in range(size // 30)))[:size] + "\n", "x.txt"

def sources_one_line_semicolons(size):
    return (ARTICLE + "Sources :\n" + "".join(f"Le Monde, « Titre {i} », 12 mars 2024; " for i in range(size // 30)))[:size] + "\n", "x.txt"

def sources_one_line_dots(size):  # many dots not followed by a capital: no split, still scanned
    return (ARTICLE + "Sources :\n" + "Le Monde, « Titre », 2024" + "".join(f", p. {i}" for i in range(size // 6)))[:size] + "\n", "x.txt"

def html_sources_links(size):
    return _html("<h1>Titre</h1><p>" + PROSE + "</p><h2>Sources</h2><ul>" + _lines(size, lambda i: f'<li>Le Monde, « Titre {i} », 12 mars 2024, <a href="https://lemonde.fr/a{i}">lemonde.fr/a{i}</a></li>') + "</ul>"), "x.html"

def md_sources_links(size):
    return _lines(size, lambda i: f"- Le Monde, « Titre {i} », 12 mars 2024, [lien](https://lemonde.fr/a{i})", "# Titre\n\n" + PROSE + "\n\n## Sources\n\n"), "x.md"

# --- rules that compare each fact with every other ---
def fr_billions(size):  # NUM006: each French "billion" compared with every money amount
    return _lines(size, lambda i: f"Le projet coûtera {i + 1} billions d'euros, selon le ministre des finances.", "Titre\n" + PROSE + "\n"), "x.txt"

def _half_body_half_sources(size, body, entry):
    half = size // 2
    return _lines(half, body, "Titre\n") + "\nSources :\n" + _lines(size - half, entry)

def cit007_body_sources(size):  # CIT007: each citation's publisher searched in the whole body
    return _half_body_half_sources(size, lambda i: f"{PROSE} ({i})",
                                   lambda i: f"Journal{i}, « Titre numéro {i} », 12 mars 2024"), "x.txt"

def cit002_orgs_sources(size):  # CIT002: each organisation named compared with every entry
    return _half_body_half_sources(size, lambda i: f"Le ministre a démissionné mardi, selon le Quotidien Alpha{i}, après des semaines de pression.",
                                   lambda i: f"Journal{i}, « Titre numéro {i} », 12 mars 2024"), "x.txt"


# --- the matrix: one hostile run (kind) set in one place of an article (place) ---
# A shape named "m__KIND__PLACE" is built here: bench/hunt/matrix.py runs them all.
KINDS = {  # a run of n characters between two words, or a repeated unit
    "spaces": " ", "tabs": "\t", "nbsp": "\u00a0", "letters": "a", "capitals": "A", "digits": "1",
    "dots": ".", "dashes": "-", "guillemets": "«", "closing": "»", "straight": '"',
    "apostrophes": "'", "commas": ",", "parens": "(", "brackets": "[", "colons": ":",
    "word_space": "a ", "digit_space": "1 ", "dot_space": ". ", "capital_dot": "A. ",
    "comma_space": "a, ", "open_quote": "« ", "selon": "selon ", "slash": "a/", "hyphen_word": "a-",
    "dash_space": "- ", "paren_word": "(a ", "pipe": "| ",
    "zero_width": "a\u200b", "combining": "e\u0301", "emoji": "😀", "rtl": "\u200fא",
    "digit_letter": "1a", "date_unit": "12 mars ", "euro": "€ ", "percent": "5 % ", "hash": "#1 ",
    "at_time": "à 10:00 ", "url": "https://a.fr/", "capital_words": "Jean ", "ellipsis": "… ",
    "bang": "! ", "question": "? ", "semicolon": "; ", "ordinal": "1er ", "roman": "XIV ",
    "number_word": "mille ", "dit": "dit ", "ia": "IA ", "quote_close": "» ",
}
PLACES = {  # (text before, text after) of the run; the file's name
    "body": (ARTICLE + "Il a dit « oui ", " non », selon Le Monde.\n", "x.txt"),
    "short_line": (ARTICLE + "ab - cd ", " e\n", "x.txt"),
    "first_line": ("Titre ", " fin\n" + ARTICLE, "x.txt"),
    "sources": (ARTICLE + "Sources :\nLe Monde, « Titre ", " de l'article », 12 mars 2024\n", "x.txt"),
    "comment": (ARTICLE + "Commentaires\nJean Dupont\n12 mars 2024 à 10:00\nTrès bon article, merci.\n"
                "Marie\n13 mars 2024 à 11:00\nSuper ", " article\nRépondre\n", "x.txt"),
    "sources_open": (ARTICLE + "Sources :\nLe Monde, ", " 12 mars 2024\n", "x.txt"),
    "comment_name": (ARTICLE + "Commentaires\nJean Dupont\n12 mars 2024 à 10:00\nTrès bon article, merci.\n"
                     "Super ", " article\nRépondre\n", "x.txt"),
    "heading": (ARTICLE + "Intertitre ", " fin\n" + PROSE + "\n", "x.txt"),
    "html_li": ("<html><head><title>Titre</title></head><body><h1>Titre</h1><p>" + PROSE + "</p><ul><li>Un ",
                " deux</li></ul></body></html>", "x.html"),
    "html_td": ("<html><head><title>Titre</title></head><body><h1>Titre</h1><p>" + PROSE + "</p><table><tr><td>Un ",
                " deux</td></tr></table></body></html>", "x.html"),
    "html_h1": ("<html><head><title>Titre</title></head><body><h1>Titre ", " fin</h1><p>" + PROSE + "</p></body></html>",
                "x.html"),
    "html_caption": ("<html><head><title>Titre</title></head><body><h1>Titre</h1><p>" + PROSE + "</p><figure><img src='a.jpg'>"
                     "<figcaption>Photo ", " AFP</figcaption></figure></body></html>", "x.html"),
    "md_front": ("---\ntitle: Titre ", " fin\nauthor: Jean\n---\n\n# Titre\n\n" + PROSE + "\n", "x.md"),
    "byline": ("Titre\nPar Jean ", " Dupont, le 12 mars 2024\n" + PROSE + "\n", "x.txt"),
    "lire_aussi": (ARTICLE + "Lire aussi : ", " fin\n" + PROSE + "\n", "x.txt"),
    "disclosure": (ARTICLE + "Ce contenu a été créé avec l'aide de l'IA ", " et relu.\n", "x.txt"),
    "money": (ARTICLE + "Le coût est de 50 millions de dollars ", " [environ 42,7 millions d'euros].\n", "x.txt"),
    "html": ("<html><head><title>Titre</title></head><body><h1>Titre</h1><p>" + PROSE + "</p><p>Il a dit « oui ",
             " non », selon Le Monde.</p></body></html>", "x.html"),
    "md": ("# Titre\n\n" + PROSE + "\n\n- Il a dit « oui ", " non », selon Le Monde.\n", "x.md"),
}


def __getattr__(name):
    if not name.startswith("m__"):
        raise AttributeError(name)
    _, kind, place = name.split("__")
    unit = KINDS[kind]
    before, after, filename = PLACES[place]

    def gen(size):
        run = (unit * (size // len(unit) + 1))[:max(0, size - len(before) - len(after))]
        if place == "html":
            run = run.replace("&", "&amp;").replace("<", "&lt;")
        return before + run + after, filename
    return gen
