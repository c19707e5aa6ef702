"""Whether a block element the segmenter drops holds JSON-LD (which trafilatura reads first)
is found by lxml's iteration over its scripts: the same answer as ElementPath's find."""

from audit.load.extractor import _JSON_LD, _holds_json_ld, _json_ld_below
from audit.load.html import parse

PAGE = """<html><body>
<aside id="a"><div><script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script></div></aside>
<aside id="b"><script type="text/javascript">var x = 1;</script><p>Newsletter</p></aside>
<div id="c"><!-- <script type="application/ld+json">{}</script> --><p>Lire aussi</p></div>
<div id="d"><section><div><script type="application/ld+json">{"@type": "NewsArticle"}</script></div></section></div>
<nav id="e"><script type="application/ld+json ">{}</script></nav>
<script id="f" type="application/ld+json">{"@type": "WebPage"}</script>
</body></html>"""


def test_json_ld_below_an_element_as_elementpath_finds_it():
    root = parse(PAGE)
    found = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            assert _json_ld_below(el) == (el.find(_JSON_LD) is not None)
            if el.get("id"):
                found[el.get("id")] = (_json_ld_below(el), _holds_json_ld(el))
    # the script itself holds no script below it, but is JSON-LD; a type with a space is none
    assert found == {"a": (True, True), "b": (False, False), "c": (False, False),
                     "d": (True, False), "e": (False, False), "f": (False, True)}
