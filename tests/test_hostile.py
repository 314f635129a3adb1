"""Hostile inputs (issue 4/4), end to end through the CLI: limits, no escape from the output folder, no
file or network read from article content, no markup or template code or header injection from an
article, no partial file and no traceback. Each case asserts the exact outcome and the files left behind.

PDFs are rendered only where the PDF itself is what is at stake (a handful); the rest use md,json.
"""

from __future__ import annotations

import bz2
import email
import email.policy
import errno
import gzip
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import markdown
import pytest

from briefgen.render import escape_markdown
from click.testing import CliRunner
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.errors import RenderError

ARTICLE = (
    "Harbor Bridge Closes For Repairs\n"
    "The Harbor Bridge closed on Monday after engineers found a crack, Mayor Ana Ortiz said.\n"
    "Repairs will cost about $4 million and are expected to take six weeks.\n"
    "The city has not yet said how traffic will be diverted.\n"
)
BODY = "The mayor said the bridge will close on Monday after engineers found a crack."
# What an output would hold if any stage had read /etc/passwd.
PASSWD_MARK = "root:x:0:0"
# Generous hang guards: these must finish, not race.
QUICK, SLOW, HUGE = 30, 120, 300


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Nothing in-process may open a connection or resolve a name: every attempt is recorded and fails."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError(errno.ENETUNREACH, "network use in a hostile-input test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], f"tried to use the network: {attempts}"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    """A file in tmp_path holding `data` (str as UTF-8)."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    """`briefgen ARGS`, with the invariant every run keeps: no Python traceback for the user."""
    result = runner.invoke(main, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output + result.stderr, result.stderr
    assert not isinstance(result.exception, (AssertionError, RecursionError, MemoryError)), result.exception
    return result


def outputs(folder: Path) -> list[str]:
    """The files in an output folder, the manifest aside; no temporary file may be among them."""
    if not folder.exists():
        return []
    names = sorted(p.name for p in folder.iterdir() if p.name != ".briefgen-manifest.json")
    assert not [n for n in names if n.endswith(".part")], names
    return names


def all_text(folder: Path) -> str:
    """Everything written to a folder as text: Markdown and JSON as they are, PDFs by their extracted text."""
    parts = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf":
            parts.extend(page.extract_text() for page in PdfReader(path).pages)
        else:
            parts.append(path.read_text("utf-8", errors="replace"))
    return "\n".join(parts)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def md_as_html(text: str) -> str:
    """What a Markdown viewer makes of a brief: the test of "no raw HTML, script or link from an article"."""
    return markdown.markdown(text).lower()


def assert_inert_html(html: str) -> None:
    """No tag in rendered output that runs, fetches or links to script (article text as text is fine)."""
    for tag in re.findall(r"<[^>]+>", html):
        name = re.match(r"</?\s*([\w-]*)", tag).group(1).lower()
        assert name not in {"script", "img", "iframe", "object", "embed", "link", "style", "svg", "base", "meta",
                            "form", "input", "video", "audio", "source"}, tag
        assert not re.search(r"\son\w+\s*=", tag, re.IGNORECASE), tag
        assert not re.search(r"(?:href|src|action)\s*=\s*[\"']?\s*(?:javascript|vbscript|data|file):", tag,
                             re.IGNORECASE), tag


# --- Limits: size, quadratic summarisers, monster sentences and tokens ------------------------------------


@pytest.mark.timeout(QUICK)
def test_file_over_the_cap_names_the_cap_and_the_flag(runner, tmp_path):
    big = write(tmp_path, "big.txt", ARTICLE * 40)  # 9,560 bytes
    result = run(runner, "brief", big, "--max-bytes", "1000", "--out", tmp_path / "out", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr == (f"error: {big}: larger than the 1,000-byte limit ({big.stat().st_size:,} bytes); "
                             "raise it with --max-bytes\n")
    assert outputs(tmp_path / "out") == []


@pytest.mark.timeout(QUICK)
def test_stdin_over_the_cap_is_refused_without_reading_it_all(runner, tmp_path):
    result = run(runner, "brief", "-", "--max-bytes", "100", "--out", tmp_path / "out", "--format", "md",
                 input=ARTICLE * 1000)
    assert result.exit_code == 1
    assert result.stderr == "error: -: larger than the 100-byte limit; raise it with --max-bytes\n"
    assert outputs(tmp_path / "out") == []


@pytest.mark.timeout(QUICK)
def test_50_mb_input_fails_cleanly_at_the_default_cap_in_a_real_process(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk; the cap must act on the size
        handle.truncate(50_000_000)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", "from briefgen.cli import main; main()", "brief", str(big),
                           "--out", str(out)], capture_output=True, text=True, timeout=QUICK, check=False)
    assert proc.returncode == 1
    assert proc.stderr == (f"error: {big}: larger than the 5,000,000-byte limit (50,000,000 bytes); "
                           "raise it with --max-bytes\n")
    assert outputs(out) == []


def _many_sentences(count: int) -> str:
    """An article of `count` distinct short sentences on one line (so Punkt sees one 9 MB line), each with a figure."""
    words = ("council", "bridge", "river", "budget", "police", "harbor", "minister", "vote")
    return "Many Sentences\n" + " ".join(
        f"The {words[i % 8]} report {i} said {words[(i * 3) % 8]} costs rose." for i in range(count)) + "\n"


@pytest.mark.timeout(HUGE)
def test_200000_sentences_brief_completes_with_the_default_selector(runner, tmp_path):
    path = write(tmp_path, "many.txt", _many_sentences(200_000))
    assert path.stat().st_size > 5_000_000
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--max-bytes", "20000000", "--out", out, "--format", "md,json")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["many.json", "many.md"]
    data = json.loads((out / "many.json").read_text())
    assert len(data["sentences"]) == 200_001
    assert data["sections"][0]["items"][0]["text"] == "The council report 0 said council costs rose."


@pytest.mark.timeout(HUGE)
@pytest.mark.parametrize("algorithm", ["lexrank", "kl"])
def test_200000_sentences_quadratic_summarisers_stay_bounded(runner, tmp_path, algorithm):
    # 200,000 shorter sentences fit under the default cap; summarize has no --max-bytes.
    text = "Many\n" + " ".join(f"Vote {i} rose." for i in range(200_000)) + "\n"
    path = write(tmp_path, "many.txt", text)
    assert path.stat().st_size < 5_000_000
    result = run(runner, "summarize", path, "--algorithm", algorithm, "--sentences", "2")
    assert result.exit_code == 0, result.stderr
    lines = result.output.splitlines()
    assert len(lines) == 2 and all(re.fullmatch(r"Vote \d+ rose\.", line) for line in lines)


@pytest.mark.timeout(SLOW)
def test_one_sentence_of_100000_characters_fits_one_page_shortened(runner, tmp_path):
    words = " ".join(f"word{i}" for i in range(14_000))[:100_000]
    path = write(tmp_path, "monster.txt", f"Monster Sentence\nThe report begins {words} and ends here\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "md,pdf,json")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["monster.json", "monster.md", "monster.pdf"]
    assert pdf_pages(out / "monster.pdf") == 1
    bottom = json.loads((out / "monster.json").read_text())["sections"][0]["items"][0]
    assert bottom["text"].startswith("The report begins word0 word1") and bottom["text"].endswith("…")
    assert bottom["truncated"] is True and len(bottom["text"]) <= 1501


@pytest.mark.timeout(SLOW)
def test_100000_character_token_fits_one_page(runner, tmp_path):
    path = write(tmp_path, "token.txt", "Token Story\nThe code was " + "x" * 100_000 + " and nothing else.\n"
                 "The council met on Monday to discuss it.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "pdf,json")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["token.json", "token.pdf"]
    assert pdf_pages(out / "token.pdf") == 1


@pytest.mark.timeout(SLOW)
def test_100000_character_line_without_spaces_or_stops_is_segmented(runner, tmp_path):
    path = write(tmp_path, "blob.txt", "Blob\n" + "ab," * 40_000 + "\nThe council met on Monday.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads((out / "blob.json").read_text())
    assert "".join(s["text"] for s in data["sentences"][1:-1]) == "ab," * 40_000


@pytest.mark.timeout(15)
def test_long_run_of_capitalised_words_is_bounded(runner, tmp_path):
    path = write(tmp_path, "caps.txt", "Caps\n" + " ".join(["Headline"] * 10_000) + " said the mayor.\n")
    result = run(runner, "brief", path, "--out", tmp_path / "out", "--format", "json")
    assert result.exit_code == 0


@pytest.mark.timeout(SLOW)
def test_title_of_3000_words_fits_one_page(runner, tmp_path):
    path = write(tmp_path, "story.txt", ARTICLE)
    title = " ".join(f"w{i}" for i in range(3000))
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--title", title, "--out", out, "--format", "pdf,json")
    assert result.exit_code == 0, result.stderr
    assert pdf_pages(out / "story.pdf") == 1
    shown = json.loads((out / "story.json").read_text())["title"]
    assert shown.startswith("w0 w1 w2") and shown.endswith("…") and len(shown) <= 201


@pytest.mark.timeout(SLOW)
def test_html_nested_10000_levels(runner, tmp_path):
    path = write(tmp_path, "deep.html", "<html><body>" + "<div>" * 10_000 + f"<p>{BODY}</p>" + "</div>" * 10_000
                 + "</body></html>")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "md,json")
    assert result.exit_code == 0, result.stderr
    assert "WARNING: reading the page as plain text: nested too deeply for lxml" in result.stderr
    assert outputs(out) == ["deep.json", "deep.md"]
    assert BODY in (out / "deep.md").read_text()


@pytest.mark.timeout(SLOW)
def test_markdown_nested_10000_levels(runner, tmp_path):
    nested_list = "".join("  " * i + "- item\n" for i in range(1000))  # 1 MB; recursion, not size, is the test
    path = write(tmp_path, "deep.md", "Nested Quotes\n\n" + ">" * 10_000 + f" {BODY}\n\n{nested_list}\n"
                 "The council met on Monday.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "WARNING: Markdown nested too deeply to parse; reading it as plain text" in result.stderr
    assert BODY in json.loads((out / "deep.json").read_text())["text"]


@pytest.mark.timeout(SLOW)
def test_table_of_20000_rows_is_cut(runner, tmp_path):
    rows = "".join(f"<tr><td>{i}</td><td>cell</td></tr>" for i in range(20_000))
    path = write(tmp_path, "table.html", f"<html><body><article><p>{BODY}</p><table>{rows}</table></article>"
                 "</body></html>")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "WARNING: left out 19800 table rows past the first 200 of each table" in result.stderr
    text = json.loads((out / "table.json").read_text())["text"]
    assert BODY in text and "19999" not in text


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", ARTICLE)
    return buffer.getvalue()


@pytest.mark.timeout(QUICK)
@pytest.mark.parametrize(("name", "data", "message"), [
    ("gzipped.txt", gzip.compress(ARTICLE.encode()), "binary data (looks like gzip), not text"),
    ("zipped.html", _zip(), "binary data (looks like zip), not text"),
    ("bzipped.txt", bz2.compress(ARTICLE.encode() * 3), "binary data (contains NUL bytes), not text"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary data (looks like PDF), not text"),
    ("program.html", b"\x7fELF\x02\x01\x01" + bytes(64), "binary data (looks like an executable), not text"),
    ("noise.html", bytes((i * 7919 + 13) % 255 + 1 for i in range(5000)),
     "unknown text encoding (not UTF-8 and no legacy encoding fits); re-save as UTF-8"),
])
def test_binary_files_named_as_text_are_refused(runner, tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", ARTICLE)
    out = tmp_path / "out"
    result = run(runner, "brief", path, good, "--out", out, "--format", "md")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"error: {path}: {message}")
    assert outputs(out) == ["good.md"]


# --- Paths: symlink loops, system files, unreadable files, folders, devices ------------------------------


@pytest.mark.timeout(QUICK)
def test_symlink_loop_is_skipped(runner, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    good = write(tmp_path, "good.txt", ARTICLE)
    result = run(runner, "brief", loop, good, "--out", tmp_path / "out", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr == f"error: {loop}: symbolic link loop (the link points back to itself; fix or remove it)\n"
    assert outputs(tmp_path / "out") == ["good.md"]


@pytest.mark.timeout(QUICK)
@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "/dev/zero", "/dev/urandom"])
def test_links_to_system_files_are_skipped(runner, tmp_path, target):
    if not os.path.exists(target):
        pytest.skip(f"{target} is not on this system")
    link = tmp_path / "story.txt"
    link.symlink_to(target)
    out = tmp_path / "out"
    result = run(runner, "brief", link, "--out", out, "--format", "md,json")
    assert result.exit_code == 1
    real = os.path.realpath(target)
    assert result.stderr == (f"error: {link}: a system file ({real}), not an article; "
                             "give a text, Markdown, HTML or feed file\n")
    assert outputs(out) == []


@pytest.mark.timeout(QUICK)
def test_unreadable_file_is_skipped_with_a_clear_message(runner, tmp_path, monkeypatch):
    locked = write(tmp_path, "locked.txt", ARTICLE)
    good = write(tmp_path, "good.txt", ARTICLE)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        # chmod 000 does not stop root (CI may run as root), so the refusal the OS would give is simulated.
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("briefgen.ingest.files.open", guarded_open, raising=False)
    out = tmp_path / "out"
    result = run(runner, "brief", locked, good, "--out", out, "--format", "md")
    assert result.exit_code == 1
    assert result.stderr == f"error: {locked}: permission denied (make the file and its folders readable)\n"
    assert outputs(out) == ["good.md"]


@pytest.mark.timeout(QUICK)
def test_empty_folder_named_like_an_article_and_a_fifo_are_errors(runner, tmp_path):
    folder = tmp_path / "story.txt"
    folder.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block for ever
    good = write(tmp_path, "good.txt", ARTICLE)
    result = run(runner, "brief", folder, fifo, good, "--out", tmp_path / "out", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {folder}: no article files in this folder (briefgen reads .txt, .md, .markdown, .html, .htm, "
        ".xml, .rss, .atom, .jsonl, .jsonl.gz files in it and its subfolders)",
        f"error: {fifo}: not a regular file (a device, pipe or socket); use - to read standard input",
    ]
    assert outputs(tmp_path / "out") == ["good.md"]


# --- Exit codes --------------------------------------------------------------------------------------------


@pytest.mark.timeout(QUICK)
def test_feed_read_with_warnings_exits_0(runner, tmp_path):
    feed = Path(__file__).parent / "data" / "inputs" / "feed_malformed.xml"
    out = tmp_path / "out"
    result = run(runner, "brief", feed, "--out", out, "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "WARNING:" in result.stderr and "malformed feed" in result.stderr
    assert "error:" not in result.stderr
    assert outputs(out)[0] == "feed-malformed.md" or outputs(out)[0].startswith("feed-malformed-")


@pytest.mark.timeout(QUICK)
def test_bad_config_file_is_exit_2_and_nothing_is_written(runner, tmp_path):
    config = write(tmp_path, "briefgen.toml", 'colour = "red"\nsentences = "many"\n')
    story = write(tmp_path, "story.txt", ARTICLE)
    out = tmp_path / "out"
    result = run(runner, "--config", config, "brief", story, "--out", out)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config}: colour: unknown setting; sentences: ")
    assert not out.exists()


@pytest.mark.timeout(QUICK)
def test_output_folder_that_is_a_file_is_exit_2(runner, tmp_path):
    story = write(tmp_path, "story.txt", ARTICLE)
    blocker = write(tmp_path, "out", "my file")
    result = run(runner, "brief", story, "--out", blocker, "--format", "md")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {blocker}: ")
    assert blocker.read_text() == "my file"


def test_readme_documents_the_exit_codes():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    assert re.search(r"`0` every brief written; `1` some inputs failed \(the rest were written\); `2` usage or",
                     readme)


# --- Never outside the output folder; never a user's file --------------------------------------------------


@pytest.mark.timeout(QUICK)
def test_hostile_file_names_give_safe_deterministic_slugs(runner, tmp_path):
    names = ["CON.txt", "aux.md", "..txt", "日本語.txt", "x" * 240 + ".txt", "a b.txt", "a_b.txt", "A-B.txt",
             "nul.tar.txt", "-.txt"]
    folder = tmp_path / "in"
    folder.mkdir()
    paths = [write(folder, name, ARTICLE) for name in names]
    out = tmp_path / "out"
    result = run(runner, "brief", *paths, "--out", out, "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == sorted(f"{slug}.md" for slug in [
        "con-brief", "aux-brief", "brief", "brief-2", "x" * 100, "a-b", "a-b-2", "a-b-3", "nul-tar", "brief-3"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # nothing written beside the folder


@pytest.mark.timeout(QUICK)
def test_feed_entry_names_and_input_names_are_resolved_deterministically(runner, tmp_path):
    feed = write(tmp_path, "x.xml", FEED_TWO)
    other = write(tmp_path, "x-2.txt", "Third Story\nThe river rose two metres overnight, officials said.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", feed, other, "--out", out, "--format", "md")
    assert result.exit_code == 0
    assert outputs(out) == ["x-1.md", "x-2-2.md", "x-2.md"]


FEED_TWO = """<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>
<item><title>First entry</title><description>The council approved the budget on Monday, the mayor said.</description></item>
<item><title>Second entry</title><description>The bridge will close for six weeks, engineers said.</description></item>
</channel></rss>
"""


@pytest.mark.timeout(QUICK)
def test_user_files_and_links_in_the_output_folder_are_never_touched(runner, tmp_path):
    story = write(tmp_path, "story.txt", ARTICLE)
    victim = write(tmp_path, "victim.txt", "precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "story.json").symlink_to(victim)  # a link out of the folder in place of an output
    result = run(runner, "brief", story, "--out", out, "--format", "md,json")
    assert result.exit_code == 1
    assert result.stderr == f"error: story.json: refusing to write outside {out}\n"
    assert victim.read_text() == "precious" and (out / "notes.txt").read_text() == "mine"
    assert outputs(out) == ["notes.txt", "story.json"]  # and no story.md: a brief is written whole or not at all


# --- No file or network read from article content ---------------------------------------------------------


def _lures(url: str) -> str:
    """Markup that would make a careless renderer, extractor or feed reader fetch `url` or /etc/passwd."""
    return (f'<link rel="stylesheet" href="{url}/a.css"><link rel="stylesheet" href="file:///etc/passwd">'
            f'<style>@import url("{url}/b.css"); body {{ background: url(file:///etc/passwd) }}</style>'
            f'<img src="{url}/c.png"><img src="file:///etc/passwd"><iframe src="file:///etc/passwd"></iframe>'
            f'<script src="{url}/d.js"></script><object data="file:///etc/passwd"></object>'
            f'<meta http-equiv="refresh" content="0;url=file:///etc/passwd">')


def _page(url: str) -> str:
    return (f'<html><head><base href="file:///etc/"><title>Lured Page</title>{_lures(url)}</head><body><article>'
            f"<p>{BODY}</p><p>Repairs will cost about $4 million, officials said on Tuesday.</p>"
            f'<p><img src="passwd"> <a href="file:///etc/passwd">the list</a></p></article></body></html>')


def _feed(url: str) -> str:
    return (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{url}/rss.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            f'<!ENTITY net SYSTEM "{url}/e.txt">]><rss version="2.0"><channel><title>Wire &xxe;</title>'
            f"<item><title>Lured entry &xxe;</title><link>{url}/story</link>"
            f"<description><![CDATA[<p>{BODY} &xxe; &net;</p>{_lures(url)}]]></description></item>"
            f"</channel></rss>")


def _text(url: str) -> str:
    return (f"Lured Text\n{BODY}\nThe page said <link href=file:///etc/passwd> and "
            f'<img src="{url}/e.png"> and @import url(file:///etc/passwd); then it ended.\n'
            f"Repairs will cost about $4 million, officials said.\n")


@pytest.mark.timeout(SLOW)
def test_articles_naming_files_and_urls_read_neither_in_process(runner, tmp_path, no_network):
    url = "http://127.0.0.1:9"
    inputs = [write(tmp_path, "page.html", _page(url)), write(tmp_path, "wire.xml", _feed(url)),
              write(tmp_path, "text.txt", _text(url))]
    out = tmp_path / "out"
    result = run(runner, "brief", *inputs, "--out", out, "--format", "md,pdf,json")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["page.json", "page.md", "page.pdf", "text.json", "text.md", "text.pdf",
                            "wire.json", "wire.md", "wire.pdf"]
    written = all_text(out)
    assert PASSWD_MARK not in written and "/bin/bash" not in written and "nologin" not in written
    assert BODY in written
    assert all(pdf_pages(out / f"{name}.pdf") == 1 for name in ("page", "text", "wire"))
    assert no_network == []


class _Listener:
    """A TCP server on 127.0.0.1 that counts the connections it is offered (a real process's fetches)."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.mark.timeout(SLOW)
def test_real_process_fetches_nothing_named_in_articles(tmp_path, monkeypatch):
    # The in-process guard patches socket; a real process shows whatever a C library (libxml2, Pango,
    # WeasyPrint's fetcher) would open. The listener was bound before the fixture's patch.
    monkeypatch.undo()
    listener = _Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}"
        inputs = [write(tmp_path, "page.html", _page(url)), write(tmp_path, "wire.xml", _feed(url)),
                  write(tmp_path, "text.txt", _text(url))]
        out = tmp_path / "out"
        proc = subprocess.run([sys.executable, "-c", "from briefgen.cli import main; main()", "brief",
                               *map(str, inputs), "--out", str(out), "--format", "md,pdf"],
                              capture_output=True, text=True, timeout=SLOW, check=False)
    finally:
        listener.close()
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert listener.connections == 0
    assert PASSWD_MARK not in all_text(out)


# --- No raw HTML, script, javascript: link or event handler in any output -------------------------------


HOSTILE_MARKUP = (
    'Click <a href="javascript:alert(1)" onclick="steal()">here</a> and <script>alert("x")</script> now. '
    '<img src=x onerror=alert(2)> [link](javascript:alert(3)) ![pic](http://127.0.0.1:9/t.png) '
    "<iframe src=//evil.example></iframe> <svg onload=alert(4)> <div onmouseover='x'>hover</div> "
    "<javascript:alert(5)> [ref]: javascript:alert(6)"
)


@pytest.mark.timeout(SLOW)
def test_markup_in_article_text_is_inert_in_markdown_html_and_email(runner, tmp_path):
    path = write(tmp_path, "markup.txt", f"Markup Story <b>bold</b>\nThe mayor said: {HOSTILE_MARKUP}.\n"
                 f"The council met on Monday, officials said.\n[ref]: javascript:alert(6)\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "md,json")
    assert result.exit_code == 0, result.stderr
    md = (out / "markup.md").read_text()
    assert "onclick" in md  # the text is kept, as data ...
    assert_inert_html(md_as_html(md))  # ... and a Markdown viewer shows it, never runs or fetches it
    eml = tmp_path / "brief.eml"
    result = run(runner, "mail", out / "markup.md", "--to", "ana@example.com", "--from", "b@example.com",
                 "--eml", eml)
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    html = message.get_body(("html",)).get_content().lower()
    plain = message.get_body(("plain",)).get_content().lower()
    assert_inert_html(html.split("</head>", 1)[-1])
    assert "onclick" in plain  # text/plain is never rendered: the article's words stay as data


@pytest.mark.timeout(SLOW)
def test_scripts_and_handlers_in_pages_and_feeds_never_reach_the_brief(runner, tmp_path):
    page = write(tmp_path, "page.html", f"<html><head><script>var secret = 'page-script';</script></head><body>"
                 f"<article><p onclick=\"steal()\">{BODY}</p><script>document.write('inline-script')</script>"
                 f"<p>Repairs will cost $4 million, officials said.</p></article></body></html>")
    feed = write(tmp_path, "wire.rss", f"<rss version='2.0'><channel><title>W</title><item><title>Entry</title>"
                 f"<description><![CDATA[<p>{BODY}</p><script>feed-script()</script>"
                 f"<a href=\"javascript:feed()\" onmouseover=\"x()\">more</a>]]></description></item>"
                 f"</channel></rss>")
    out = tmp_path / "out"
    result = run(runner, "brief", page, feed, "--out", out, "--format", "md,json")
    assert result.exit_code == 0, result.stderr
    written = all_text(out)
    for bad in ("page-script", "inline-script", "feed-script", "javascript:", "onclick", "onmouseover", "steal("):
        assert bad not in written, bad
    assert written.count(BODY) >= 2


# --- Template code is data ---------------------------------------------------------------------------------


@pytest.mark.timeout(QUICK)
def test_template_code_in_titles_and_text_is_never_run(runner, tmp_path):
    code = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{ cycler.__init__.__globals__.os.getcwd() }}"
    path = write(tmp_path, "jinja.txt", f"Story {{{{ 6*7 }}}}\nThe mayor typed {code} into the form, he said.\n"
                 "The council met on Monday.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--title", "{{ 8*8 }}{# x #}", "--out", out, "--format", "md,json")
    assert result.exit_code == 0, result.stderr
    md = (out / "jinja.md").read_text()
    data = json.loads((out / "jinja.json").read_text())
    assert data["title"] == "{{ 8*8 }}{# x #}" and "# {{ 8\\*8 }}{# x #}" in md
    assert "{% for x in range(3) %}loop{% endfor %}" in data["text"]
    # The source path is left out: pytest numbers its temporary folders (pytest-42, pytest-64, ...).
    shown = md.replace(str(path), "").replace(escape_markdown(str(path)), "")
    for evaluated in ("64", "49", "42", "looploop", os.getcwd()):
        assert evaluated not in shown, evaluated


# --- No header injection in emails --------------------------------------------------------------------------


STANDARD_HEADERS = sorted(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])


@pytest.mark.timeout(SLOW)
@pytest.mark.parametrize("separator", ["\r\n", "\n", "\r", "\u2028", "\u0085"])
def test_titles_cannot_inject_email_headers(runner, tmp_path, separator):
    title = f"Big news{separator}Bcc: victim@evil.example{separator}X-Injected: 1"
    story = write(tmp_path, "story.txt", ARTICLE)
    out = tmp_path / "out"
    assert run(runner, "brief", story, "--title", title, "--out", out, "--format", "md").exit_code == 0
    eml = tmp_path / "story.eml"
    result = run(runner, "mail", out / "story.md", "--to", "ana@example.com", "--from", "b@example.com",
                 "--eml", eml)
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert sorted(message.keys()) == STANDARD_HEADERS
    assert message["Subject"] == "Brief — Big news Bcc: victim@evil.example X-Injected: 1"
    assert message["Bcc"] is None and message["To"] == "ana@example.com"


@pytest.mark.timeout(SLOW)
def test_feed_and_page_titles_cannot_inject_email_headers(runner, tmp_path):
    feed = write(tmp_path, "wire.xml", "<rss version='2.0'><channel><title>W</title><item>"
                 "<title>Big news&#13;&#10;Bcc: victim@evil.example&#x2028;X-A: 1&#x85;X-B: 2</title>"
                 f"<description>{BODY}</description></item></channel></rss>")
    page = write(tmp_path, "page.html", "<html><head><title>Big news&#13;&#10;Bcc: victim@evil.example"
                 f"\u2028X-A: 1</title></head><body><article><p>{BODY}</p></article></body></html>")
    out = tmp_path / "out"
    assert run(runner, "brief", feed, page, "--out", out, "--format", "md").exit_code == 0
    for name in ("wire", "page"):
        eml = tmp_path / f"{name}.eml"
        assert run(runner, "mail", out / f"{name}.md", "--to", "ana@example.com", "--from", "b@example.com",
                   "--eml", eml).exit_code == 0
        message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert sorted(message.keys()) == STANDARD_HEADERS
        assert message["Subject"].startswith("Brief — Big news Bcc: victim@evil.example X-A: 1")


# --- No partial file, no traceback -------------------------------------------------------------------------


@pytest.mark.timeout(QUICK)
def test_disk_full_leaves_no_partial_file(runner, tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt", ARTICLE)
    out = tmp_path / "out"

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = run(runner, "brief", story, "--out", out, "--format", "md,json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {out.resolve() / 'story.md'}: cannot be written (No space left on device); nothing of it was left",
    ]
    assert sorted(p.name for p in out.iterdir()) == []  # no .part, no story.*, no manifest (nothing was written)


@pytest.mark.timeout(QUICK)
def test_failed_render_writes_nothing_of_that_brief(runner, tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt", ARTICLE)
    other = write(tmp_path, "other.txt", ARTICLE)

    def broken(brief, settings=None):
        if brief.source == str(story):
            raise RenderError(f"{brief.source}: the PDF could not be laid out")
        raise RenderError("unexpected")

    monkeypatch.setattr("briefgen.fit.fit_brief", broken)
    out = tmp_path / "out"
    result = run(runner, "brief", story, other, "--out", out, "--format", "md,pdf,json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {story}: the PDF could not be laid out", "error: unexpected"]
    assert outputs(out) == []


@pytest.mark.timeout(QUICK)
def test_internal_error_shows_a_traceback_only_with_debug(runner, tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt", ARTICLE)

    def crash(article, settings=None):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("briefgen.pipeline.brief_from_article", crash)
    result = run(runner, "brief", story, "--out", tmp_path / "out", "--format", "md")
    assert result.exit_code == 1
    assert result.stderr == (f"error: {story}: internal error (ZeroDivisionError: division by zero); "
                             "rerun with --debug and report it\n")
    debug = runner.invoke(main, ["--debug", "brief", str(story), "--out", str(tmp_path / "out"), "--format", "md"])
    assert debug.exit_code == 1 and "Traceback (most recent call last)" in debug.stderr


# --- Odd Unicode and entity bombs ------------------------------------------------------------------------------


@pytest.mark.timeout(SLOW)
def test_combining_marks_bidi_overrides_and_invisible_characters(runner, tmp_path):
    text = ("Odd \u202eTitle\u202c\nThe word a" + "\u0301" * 20_000 + " is odd, the mayor said.\n"
            "Zero\u200bwidth\u200d and \u202eright-to-left\u202c text cost $4 million.\n")
    path = write(tmp_path, "odd.txt", text)
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "pdf,json")
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["odd.json", "odd.pdf"] and pdf_pages(out / "odd.pdf") == 1


@pytest.mark.timeout(QUICK)
def test_lone_surrogate_bytes_are_read_as_stray_characters(runner, tmp_path):
    path = write(tmp_path, "sur.txt", b"Surrogates\nThe mayor \xed\xa0\x80 said the bridge will close.\n")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    text = json.loads((out / "sur.json").read_text())["text"]
    assert text.startswith("Surrogates\nThe mayor ") and text.endswith(" said the bridge will close.\n")
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@pytest.mark.timeout(SLOW)
def test_billion_laughs_feed_is_not_expanded(runner, tmp_path):
    entities = "".join(f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "lol") * 10}">' for i in range(1, 10))
    path = write(tmp_path, "lol.xml", f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0">'
                 f"<channel><title>T</title><item><title>Laughs</title><description>{BODY} &lol9;"
                 "</description></item></channel></rss>")
    out = tmp_path / "out"
    result = run(runner, "brief", path, "--out", out, "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "malformed feed" in result.stderr
    md = (out / "lol.md").read_text()
    assert "lollollol" not in md and len(md) < 5000
