"""Property tests (issue 4/4): random Unicode text, random HTML and random feeds never crash the pipeline;
each yields briefs (a one-page PDF where rendered) or a clean `BriefgenError`, never another exception.

Examples are few and deadlines off so that the whole file stays well within a minute on CI.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefgen.config import Settings
from briefgen.errors import BriefgenError
from briefgen.fit import fit_brief
from briefgen.ingest import load_articles
from briefgen.pipeline import brief_from_article
from briefgen.render import render_json, render_markdown

COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": True}
# Any code point but surrogates (a file cannot hold them as UTF-8); words and punctuation made likely.
CHARS = st.characters(blacklist_categories=("Cs",))
WORDS = st.sampled_from(["The", "mayor", "said", "bridge", "Ana", "Ortiz", "$4 million", "on Monday", "12%",
                         "will", "close", "Kyiv", "«quoted»", "<b>", "{{ x }}", "\u202e", "e\u0301", "中文", "."])
# Lines of word-like sentences: the inputs most likely to become whole briefs (and so PDFs).
SENTENCES = st.lists(st.lists(WORDS, min_size=1, max_size=15).map(lambda w: " ".join(w) + "."), max_size=12).map(
    "\n".join)
TEXT = st.one_of(
    st.text(CHARS, max_size=400),
    st.lists(st.one_of(WORDS, st.text(CHARS, max_size=8)), max_size=80).map(" ".join),
    SENTENCES,
)
TAGS = ["p", "div", "span", "b", "a", "table", "tr", "td", "ul", "li", "script", "style", "article", "header",
        "nav", "h1", "title", "iframe", "img", "svg", "template", "noscript"]
ATTRS = st.sampled_from(['', ' href="javascript:alert(1)"', ' src="file:///etc/passwd"', ' onclick="x()"',
                         ' href="http://127.0.0.1:9/"', ' class="content"', ' style="x:url(file:///etc/passwd)"'])


def _html_node(children):
    """One element around some children, sometimes left unclosed."""
    return st.tuples(st.sampled_from(TAGS), ATTRS, st.lists(children, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else ""))


HTML = st.tuples(
    st.text(CHARS, max_size=40),
    st.recursive(TEXT.map(escape), _html_node, max_leaves=25),
    st.booleans(),
).map(lambda t: (f"<html><head><title>{escape(t[0])}</title></head><body>{t[1]}</body></html>" if t[2]
                 else t[1]))


@st.composite
def feeds(draw) -> str:
    """An RSS or Atom feed of random entries: text escaped, wrapped in CDATA, or raw; sometimes cut short."""
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 3))):
        title = escape(draw(st.text(CHARS, max_size=30)))
        body = draw(st.one_of(TEXT.map(escape), HTML.map(lambda h: f"<![CDATA[{h.replace(']]>', '')}]]>"),
                              TEXT))
        if atom:
            entries.append(f"<entry><title>{title}</title><content type='html'>{body}</content></entry>")
        else:
            entries.append(f"<item><title>{title}</title><description>{body}</description></item>")
    if atom:
        feed = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>{''.join(entries)}</feed>"
    else:
        feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>{''.join(entries)}</channel></rss>"
    cut = draw(st.one_of(st.none(), st.integers(0, len(feed))))
    return feed if cut is None else feed[:cut]


def _briefs(name: str, content: str, pdf: bool = False) -> list[dict]:
    """Run the CLI's pipeline on `content` saved as `name`: JSON of each brief, or [] for a clean error."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        try:
            articles = load_articles(str(path))
        except BriefgenError as exc:
            assert str(exc) and "Traceback" not in str(exc)
            return []
    briefs = []
    settings = Settings(date="2024-11-01")
    for article in articles:
        brief = brief_from_article(article, settings)
        if pdf:
            fitted = fit_brief(brief, settings)
            assert len(PdfReader(io.BytesIO(fitted.pdf)).pages) == 1
            brief = fitted.brief
        markdown = render_markdown(brief, settings)
        assert markdown.startswith("---\n")
        briefs.append(json.loads(render_json(brief, settings)))
    return briefs


def _check_citations(briefs: list[dict]) -> None:
    """Every item cites sentences that exist, and every sentence is the article's text at its offsets."""
    for data in briefs:
        ids = {s["id"] for s in data["sentences"]}
        for sentence in data["sentences"]:
            assert data["text"][sentence["start"]:sentence["end"]] == sentence["text"]
        for section in data["sections"]:
            for item in section["items"]:
                assert set(item["sentence_ids"]) <= ids


@pytest.mark.timeout(120)
@settings(max_examples=60, **COMMON)
@given(TEXT)
def test_random_unicode_text_never_crashes(text):
    _check_citations(_briefs("story.txt", text))


@pytest.mark.timeout(120)
@settings(max_examples=40, **COMMON)
@given(HTML)
def test_random_html_never_crashes_and_never_leaks_script(html):
    briefs = _briefs("page.html", html)
    _check_citations(briefs)
    for data in briefs:
        assert "file:///etc/passwd" not in json.dumps(data) or "file:///etc/passwd" in html


@pytest.mark.timeout(120)
@settings(max_examples=40, **COMMON)
@given(feeds())
def test_random_feeds_never_crash(feed):
    _check_citations(_briefs("wire.xml", feed))


@pytest.mark.timeout(120)
@settings(max_examples=12, **COMMON)
@given(st.one_of(SENTENCES.map(lambda t: ("story.txt", t)), TEXT.map(lambda t: ("story.txt", t)),
                 st.tuples(HTML, SENTENCES).map(lambda t: ("page.html", f"{t[0]}<p>{escape(t[1])}</p>"))))
def test_random_input_gives_a_one_page_pdf_or_a_clean_error(case):
    name, content = case
    _briefs(name, content, pdf=True)
