"""Tests of the ingest stage: text, Markdown, HTML and feed inputs; encodings; hostile and broken inputs."""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import os
import socket
import sys
import time
import zipfile
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import decode, detect_kind, load_article, load_articles, parse_article, read_source

INPUTS = Path(__file__).parent / "data" / "inputs"
# Generous bounds for the pathological pages: they must finish, not race.
SLOW_PAGE_SECONDS = 20


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Ingest must never open a connection: any attempt fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    """A file in tmp_path with these bytes (str is written as UTF-8); its path as a string."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def feed_stdin(monkeypatch, data: bytes) -> None:
    """Make standard input hold these bytes."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- plain text and Markdown -------------------------------------------------------------------------------


def test_text_file_headline_and_body(tmp_path):
    path = write(tmp_path, "story.txt", "Floods hit the valley\nThe river rose two metres overnight.\n")
    (article,) = load_articles(path)
    assert article.title == "Floods hit the valley"
    assert article.text[article.body_start:].startswith("The river rose")
    assert article.source == path


def test_markdown_loses_its_markup(tmp_path):
    path = write(tmp_path, "story.md", "# Floods hit the valley\n\nThe river **rose** two [metres](http://x.example).\n")
    (article,) = load_articles(path)
    assert article.title == "Floods hit the valley"
    assert "The river rose two metres." in article.text
    assert "**" not in article.text and "](" not in article.text


def test_parse_article_and_load_article_keep_their_shape(tmp_path):
    article = parse_article("Title here\nBody sentence one.", source="x.txt", language="german")
    assert (article.title, article.body_start, article.language) == ("Title here", 11, "german")
    path = write(tmp_path, "a.txt", "Just one sentence of body text.")
    assert load_article(path).title == "A"


def test_language_is_passed_through(tmp_path):
    path = write(tmp_path, "ru.txt", "Мэр Москвы\nМэр Москвы объявил о новом плане.")
    assert load_articles(path, language="russian")[0].language == "russian"
    assert all(a.language == "russian" for a in load_articles(str(INPUTS / "feed_rss.xml"), language="russian"))
    assert load_articles(str(INPUTS / "page_fr.html"), language="french")[0].language == "french"


def test_hundred_thousand_character_token(tmp_path):
    token = "x" * 100_000
    path = write(tmp_path, "long.txt", f"Odd file\nA token {token} sits in this sentence.")
    (article,) = load_articles(path)
    assert token in article.text


# --- HTML pages --------------------------------------------------------------------------------------------


def test_html_page_main_text_and_metadata():
    (article,) = load_articles(str(INPUTS / "page_fr.html"))
    assert article.title == "Le maire de Lyon présente un plan pour les écoles"
    assert article.date == "2024-03-05"
    assert article.author == "Élodie Marchand"
    assert article.site == "La Gazette du Rhône"
    assert article.link == "https://gazette.example/lyon/ecoles-plan"
    body = article.text[article.body_start:]
    lines = body.split("\n")
    assert len(lines) == 4  # paragraphs one a line
    assert lines[0].startswith("Le maire de Lyon a présenté mardi")
    assert "« irréaliste »" in lines[2]
    for marker in ("SCRIPT-MARKER", "NAV-MARKER", "COMMENT-MARKER", "ASIDE-MARKER", "FOOTER-MARKER", "font-family"):
        assert marker not in article.text
    # The headline is line one, once: the <h1> repeating it is not kept twice.
    assert article.text.count("présente un plan pour les écoles") == 1
    assert article.text[: article.body_start] == article.title + "\n"


def test_title_flag_overrides_page_title():
    (article,) = load_articles(str(INPUTS / "page_fr.html"), title="Mon titre")
    assert article.title == "Mon titre"


def test_html_page_that_is_only_a_url_is_not_fetched(tmp_path):
    path = write(tmp_path, "link.html", "https://news.example/story-that-must-not-be-fetched")
    with pytest.raises(InputError, match="no article text found"):  # read as text, never fetched
        load_articles(path)


SHORT_STORY = ("The council approved the new harbour budget on Monday after a long debate. "
               "Mayor Ana Ortiz said repairs to the north pier will begin in May and cost about $4 million. "
               "Residents asked how traffic will be diverted while the work goes on.")


def test_html_with_short_body_falls_back_to_its_text(tmp_path):
    path = write(tmp_path, "tiny.html", f"<html><head><title>Tiny page</title></head><body><p>{SHORT_STORY}</p></body></html>")
    (article,) = load_articles(path)
    assert article.title == "Tiny page"
    assert SHORT_STORY[:40] in article.text


@pytest.mark.parametrize("body", [
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><div id='app'></div>"
    "<noscript>Please enable JavaScript to view this site.</noscript>",
    "<div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript>"
    "<footer>© 2024 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>",
    "<p>One line of news.</p>",
])
def test_a_page_without_an_article_is_an_error(tmp_path, body):
    path = write(tmp_path, "shell.html", f"<html><head><title>Example News</title></head><body>{body}</body></html>")
    with pytest.raises(InputError, match=r"shell\.html: no article text found"):
        load_articles(path)


def test_article_words_count_only_real_sentences():
    from briefgen.ingest import MIN_ARTICLE_WORDS, article_words

    assert article_words("Home\nNews\nSport\nPlease enable JavaScript to view this site.") == 7
    assert article_words(SHORT_STORY) >= MIN_ARTICLE_WORDS > article_words("Loading...\nAccept cookies.")
    assert article_words("東京で地震が発生しました。") >= 4  # CJK characters count one word each


def test_deeply_nested_html_does_not_crash(tmp_path):
    depth = 10_000
    markup = (
        "<html><head><title>Nested page</title></head><body>"
        + "<div>" * depth + "<p>Deep inside the page there is a sentence.</p>" + "</div>" * depth
        + "<p>After the nesting another sentence follows.</p></body></html>"
    )
    path = write(tmp_path, "deep.html", markup)
    started = time.monotonic()
    (article,) = load_articles(path)
    assert time.monotonic() - started < SLOW_PAGE_SECONDS
    assert article.title == "Nested page"
    assert "Deep inside the page there is a sentence." in article.text
    assert "After the nesting another sentence follows." in article.text


def test_unclosed_nesting_does_not_crash(tmp_path):
    path = write(tmp_path, "open.html", "<html><body>" + "<span><b><i>" * 5_000 + "Words at the bottom of the page say the council met on Monday to vote.</body></html>")
    (article,) = load_articles(path)
    assert "Words at the bottom" in article.text


def test_huge_table_is_cut_not_hung(tmp_path, caplog):
    rows = "".join(f"<tr><td>row {i}</td><td>{i * 7}</td><td>value</td></tr>" for i in range(20_000))
    markup = (
        "<html><head><title>Budget tables</title></head><body><article>"
        "<p>The council published its budget on Monday, with every line item in the table below.</p>"
        f"<table>{rows}</table>"
        "<p>Councillors will vote on the budget next week, officials said on Monday evening.</p>"
        "</article></body></html>"
    )
    path = write(tmp_path, "table.html", markup)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        (article,) = load_articles(path)
    assert time.monotonic() - started < SLOW_PAGE_SECONDS
    assert "The council published its budget on Monday" in article.text
    assert "row 19999" not in article.text
    assert "table rows" in caplog.text


def test_too_many_elements_falls_back_to_plain_text(tmp_path, caplog):
    spans = "<span>word</span> " * 60_000
    markup = f"<html><body><nav>Menu NAV-MARKER</nav><p>The story begins here today, reporters said. The council met on Monday to vote on the budget.</p><p>{spans}</p></body></html>"
    path = write(tmp_path, "many.html", markup)
    with caplog.at_level(logging.WARNING):
        (article,) = load_articles(path)
    assert "The story begins here today, reporters said." in article.text
    assert "NAV-MARKER" not in article.text
    assert "too many" in caplog.text


def test_html_without_text_is_an_input_error(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>Nothing</title><script>x()</script></head><body></body></html>")
    with pytest.raises(InputError, match=r"empty\.html: no article text found"):
        load_articles(path)


# --- feeds -------------------------------------------------------------------------------------------------


def test_rss_feed_one_article_per_entry():
    source = str(INPUTS / "feed_rss.xml")
    articles = load_articles(source)
    assert len(articles) == 3
    first, second, third = articles
    assert first.source == f"{source}#1"
    assert first.title == "Ferry strike ends in Malmö after talks"
    assert first.link == "https://wire.example/2024/ferry-strike"
    assert first.author == "Åsa Lindqvist"
    assert first.site == "Nordic Wire"
    assert first.date == "2024-03-05"
    # content:encoded wins over the shorter description; its <script> is gone; paragraphs one a line.
    assert first.text[first.body_start:].split("\n") == [
        "The ferry strike in Malmö ended on Tuesday after unions and operators agreed on a new wage deal.",
        "Services to Copenhagen resume on Wednesday, the operator said in a statement.",
    ]
    assert "SCRIPT-MARKER" not in first.text and "teaser" not in first.text
    # The publisher's own date, not the UTC one (23:15 at -02:00 is already the 7th in UTC).
    assert second.date == "2024-03-06"
    assert "No one was injured." in second.text
    assert third.title == "Мэр Мурманска объявил о ремонте порта"
    assert "два миллиарда рублей" in third.text


def test_atom_feed_cjk_and_html_title():
    articles = load_articles(str(INPUTS / "feed_atom.xml"))
    assert [a.title for a in articles] == ["東京都が新しい交通計画を発表", "Seoul opens new metro line"]
    assert "総額は五十億円になる見込みだ。" in articles[0].text
    assert articles[0].author == "山田太郎" and articles[0].site == "東京ニュース"
    assert articles[0].date == "2024-04-01"
    assert articles[1].date == "2024-04-03"
    assert "서울시는 수요일 새 지하철 노선을 개통했다고 밝혔다." in articles[1].text
    assert articles[1].link == "https://tokyo.example/news/2"


def test_malformed_feed_gives_what_it_can_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="briefgen.ingest"):
        articles = load_articles(str(INPUTS / "feed_malformed.xml"))
    assert [a.title for a in articles] == ["First story survives"]
    assert "malformed feed" in caplog.text


def test_unreadable_feed_is_an_input_error(tmp_path):
    path = write(tmp_path, "junk.xml", "<?xml version='1.0'?>\n<rss><<<>>>")
    with pytest.raises(InputError, match=r"junk\.xml: not a readable RSS or Atom feed \(line 2, column 6: .*check the file"):
        load_articles(path)


def test_feed_whose_entries_are_empty_is_an_input_error(tmp_path):
    path = write(tmp_path, "hollow.xml", "<rss version='2.0'><channel><item><title>No body</title></item></channel></rss>")
    with pytest.raises(InputError, match=r"hollow\.xml: none of the feed's entries \(1\) has any text"):
        load_articles(path)


def test_feed_without_entries_is_an_input_error(tmp_path):
    path = write(tmp_path, "none.rss", '<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    with pytest.raises(InputError, match=r"none\.rss: feed has no entries"):
        load_articles(path)


def test_feed_naming_a_url_or_file_reads_neither(tmp_path):
    path = write(tmp_path, "url.xml", "https://feeds.example/rss.xml")
    with pytest.raises(InputError, match="url.xml"):
        load_articles(path)


def test_feed_external_entity_is_not_read(tmp_path):
    secret = write(tmp_path, "secret.txt", "TOP-SECRET-CONTENT")
    feed = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>\n'
        '<rss version="2.0"><channel><title>T</title><item><title>Entity story</title>'
        "<description>The story text is here and &leak; should stay unread.</description></item></channel></rss>"
    )
    path = write(tmp_path, "xxe.xml", feed)
    try:
        articles = load_articles(path)
    except InputError:
        return  # refusing the feed is as safe as ignoring the entity
    assert all("TOP-SECRET-CONTENT" not in a.text for a in articles)


def test_feed_in_cp1252_with_its_declaration(tmp_path):
    feed = (
        '<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0"><channel><title>Café Wire</title>'
        "<item><title>Crème brûlée wins the prize</title>"
        "<description>The jury in Besançon praised the crème brûlée “above all others”.</description>"
        "</item></channel></rss>"
    )
    path = write(tmp_path, "cp.rss", feed.encode("cp1252"))
    (article,) = load_articles(path)
    assert article.title == "Crème brûlée wins the prize"
    assert "Besançon praised the crème brûlée “above all others”." in article.text


def test_load_article_of_a_feed_is_its_first_entry(caplog):
    with caplog.at_level(logging.WARNING, logger="briefgen.ingest"):
        article = load_article(str(INPUTS / "feed_rss.xml"))
    assert article.title == "Ferry strike ends in Malmö after talks"
    assert "3 entries" in caplog.text


# --- stdin -------------------------------------------------------------------------------------------------


def test_stdin_text(monkeypatch):
    feed_stdin(monkeypatch, b"Quake shakes coast\nA strong quake shook the coast.")
    (article,) = load_articles("-")
    assert article.title == "Quake shakes coast" and article.source == "-"


def test_stdin_html_is_sniffed(monkeypatch):
    feed_stdin(monkeypatch, (INPUTS / "page_fr.html").read_bytes())
    (article,) = load_articles("-")
    assert article.author == "Élodie Marchand"
    assert "SCRIPT-MARKER" not in article.text


def test_stdin_feed_is_sniffed(monkeypatch):
    feed_stdin(monkeypatch, (INPUTS / "feed_atom.xml").read_bytes())
    articles = load_articles("-")
    assert [a.source for a in articles] == ["stdin#1", "stdin#2"]


@pytest.mark.parametrize(("name", "start", "kind"), [
    ("a.txt", "<html><body>x</body></html>", "text"),  # the user's suffix is trusted for text
    ("a.md", "# Title", "markdown"),
    ("a.html", "<p>fragment</p>", "html"),
    ("a.html", '<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', "feed"),
    ("a.xml", "<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("-", "<!DOCTYPE html>\n<html>", "html"),
    ("-", "Plain words", "text"),
    ("notes", "<body>", "html"),
])
def test_detect_kind(name, start, kind):
    assert detect_kind(name, start) == kind


# --- encodings ---------------------------------------------------------------------------------------------

FRENCH = "Le maire a présenté mardi un plan de rénovation des écoles, qui coûtera 120 millions d’euros. « C’est une priorité », a-t-il déclaré.\n"
GERMAN = "Die Bürgermeisterin von München äußerte sich über die Größe des Projekts.\n"
PORTUGUESE = "O presidente anunciou na terça-feira um novo programa de habitação em São Paulo.\n"
RUSSIAN = "Президент России заявил во вторник, что переговоры продолжатся в Москве.\n"
GREEK = "Ο πρωθυπουργός της Ελλάδας ανακοίνωσε νέα μέτρα την Τρίτη.\n"
CHINESE = "北京市政府周二宣布了新的交通计划，预计将投资五十亿元。\n"
JAPANESE = "東京都は火曜日、新しい交通計画を発表した。\n"


@pytest.mark.parametrize(("text", "encoding"), [
    (FRENCH, "utf-8"),
    (FRENCH, "utf-8-sig"),  # BOM dropped
    (RUSSIAN + CHINESE, "utf-16"),  # BOM, native order
    (FRENCH + RUSSIAN, "utf-16-le-bom"),
    (GREEK + JAPANESE, "utf-16-be-bom"),
    (FRENCH, "utf-32"),
    (FRENCH, "cp1252"),
    (PORTUGUESE, "cp1252"),
    (GERMAN, "latin-1"),
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8-r"),
    (GREEK, "cp1253"),
    (CHINESE, "gb18030"),
    (JAPANESE, "shift_jis"),
    ("The talks in Geneva went on late into the night.\n", "utf-16-le"),  # no BOM
    (RUSSIAN, "utf-16-be"),  # no BOM, non-Latin
])
def test_decode_encodings(text, encoding):
    boms = {"utf-16-le-bom": ("utf-16-le", codecs.BOM_UTF16_LE), "utf-16-be-bom": ("utf-16-be", codecs.BOM_UTF16_BE)}
    if encoding in boms:
        codec, bom = boms[encoding]
        data = bom + text.encode(codec)
    else:
        data = text.encode(encoding)
    assert decode(data, "x.txt") == text


def test_utf8_with_stray_cp1252_bytes():
    data = "Zürich café, ".encode() + "naïve “quotes” pasted in".encode("cp1252")
    assert decode(data, "x.txt") == "Zürich café, naïve “quotes” pasted in"


def test_encoded_file_through_load(tmp_path):
    path = write(tmp_path, "ru.txt", ("Переговоры в Москве\n" + RUSSIAN).encode("cp1251"))
    (article,) = load_articles(path)
    assert article.title == "Переговоры в Москве"
    assert "Президент России" in article.text


def test_html_meta_says_utf8_but_bytes_are_cp1252(tmp_path):
    markup = (
        '<html><head><meta charset="utf-8"><title>Élection à Montréal</title></head><body>'
        "<p>Les électeurs de Montréal ont élu mardi une nouvelle mairesse, après une campagne très disputée.</p>"
        "<p>Elle a promis « des logements abordables » et un métro prolongé vers l’est.</p></body></html>"
    )
    path = write(tmp_path, "mislabelled.html", markup.encode("cp1252"))
    (article,) = load_articles(path)
    assert article.title == "Élection à Montréal"
    assert "Les électeurs de Montréal ont élu mardi" in article.text
    assert "« des logements abordables »" in article.text and "l’est" in article.text
    assert "Ã" not in article.text


def test_html_meta_says_cp1252_but_bytes_are_utf8(tmp_path):
    markup = (
        '<?xml version="1.0" encoding="windows-1252"?>\n<html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Выборы в Москве</title></head><body>"
        "<p>Жители Москвы в воскресенье выбрали нового мэра, сообщила избирательная комиссия.</p>"
        "<p>Явка составила сорок процентов, что выше, чем на прошлых выборах.</p></body></html>"
    )
    path = write(tmp_path, "mislabelled.html", markup)
    (article,) = load_articles(path)
    assert article.title == "Выборы в Москве"
    assert "Явка составила сорок процентов" in article.text


def test_html_cp1251_declared(tmp_path):
    markup = (
        '<html><head><meta charset="windows-1251"><title>Выборы в Москве</title></head><body>'
        "<p>Жители Москвы в воскресенье выбрали нового мэра, сообщила избирательная комиссия. "
        "Явка составила около сорока процентов.</p></body></html>"
    )
    path = write(tmp_path, "ru.html", markup.encode("cp1251"))
    assert load_articles(path)[0].title == "Выборы в Москве"


def test_normalisation_nfc_controls_and_line_breaks():
    data = "Cafe\u0301 opens\r\nBell\x07 rings\tloud\x1b[0m\u2028next\x0cpage\u00a0ok".encode()
    assert decode(data, "x.txt") == "Café opens\nBell rings\tloud[0m\nnext\npage\u00a0ok"


def test_non_latin_scripts_kept_intact(tmp_path):
    text = "وزير الخارجية يزور القاهرة\nقال وزير الخارجية إن المحادثات ستستمر.\nनई दिल्ली में बैठक हुई।\n"
    (article,) = load_articles(write(tmp_path, "ar.txt", text))
    assert article.text == text.rstrip("\n") + "\n" or article.text == text
    assert article.title == "وزير الخارجية يزور القاهرة"


# --- binary and hostile files ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("a.txt", gzip.compress(b"hello"), "gzip"),
    ("a.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
])
def test_binary_files_are_refused(tmp_path, name, data, kind):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError, match=rf"^{path}: binary data \(looks like {kind}\), not text"):
        load_articles(path)


def test_zip_file_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "text")
    path = write(tmp_path, "story.html", buffer.getvalue())
    with pytest.raises(InputError, match=r"binary data \(looks like zip\), not text"):
        load_articles(path)


def test_nul_bytes_that_are_not_utf16(tmp_path):
    path = write(tmp_path, "a.txt", b"Some text\x00\x00\x17\x00\x00\x00\xff\x01 and more\x00")
    with pytest.raises(InputError, match=r"binary data \(contains NUL bytes\), not text"):
        load_articles(path)


def test_size_cap_names_the_limit_and_the_flag(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "word " * 1000)
    with pytest.raises(InputError, match=r"big\.txt: larger than the 1,000-byte limit \(5,000 bytes\); raise it with --max-bytes"):
        load_articles(path, max_bytes=1000)
    feed_stdin(monkeypatch, b"x" * 2000)
    with pytest.raises(InputError, match=r"^-: larger than the 1,000-byte limit; raise it with --max-bytes"):
        load_articles("-", max_bytes=1000)


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match=r"empty\.txt: empty file"):
        load_articles(write(tmp_path, "empty.txt", " \n\t\n"))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file \(check the path\)"):
        load_articles(str(tmp_path / "nope.txt"))


def test_directory_in_place_of_a_file(tmp_path):
    with pytest.raises(InputError, match=r"is a directory, not an article file"):
        load_articles(str(tmp_path))


def test_symlink_to_a_file_is_followed(tmp_path):
    target = write(tmp_path, "real.txt", "Linked story\nThe link leads here.")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    (article,) = load_articles(str(link))
    assert article.title == "Linked story" and article.source == str(link)


def test_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match=r"loop\.txt: symbolic link loop"):
        load_articles(str(loop))


def test_broken_symlink(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"dangling\.txt: broken symbolic link"):
        load_articles(str(link))


def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe\.txt: not a regular file .*use - to read standard input"):
        read_source(str(fifo))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "locked.txt", "secret")
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError, match=r"locked\.txt: permission denied"):
            load_articles(path)
    finally:
        os.chmod(path, 0o600)


def test_unreadable_file_message(tmp_path, monkeypatch):
    # Root reads anything, so the refusal is simulated where the file is opened.
    path = write(tmp_path, "locked.txt", "secret")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("briefgen.ingest.files.open", refuse, raising=False)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied \(make the file and its folders readable\)"):
        load_articles(path)


def test_feed_entry_with_deep_nesting(tmp_path):
    depth = 10_000
    content = "<div>" * depth + "<p>Deep entry text is still read.</p>" + "</div>" * depth
    feed = (
        '<rss version="2.0"><channel><title>T</title><item><title>Deep entry</title>'
        f"<description><![CDATA[{content}]]></description></item></channel></rss>"
    )
    (article,) = load_articles(write(tmp_path, "deep.rss", feed))
    assert "Deep entry text is still read." in article.text


def test_extractor_crash_falls_back_to_plain_text(monkeypatch, caplog):
    import trafilatura

    def crash(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    with caplog.at_level(logging.WARNING):
        (article,) = load_articles(str(INPUTS / "page_fr.html"))
    assert "Le maire de Lyon a présenté mardi" in article.text
    assert "SCRIPT-MARKER" not in article.text and "NAV-MARKER" not in article.text
    assert article.author == "Élodie Marchand"
    assert "RecursionError" in caplog.text
