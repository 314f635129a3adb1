"""Ingest stage: a file, stdin or a string -> an `Article` (decoded text, title, source)."""

from __future__ import annotations

import html.parser
import re
import sys
import unicodedata
from pathlib import Path

from .errors import InputError
from .model import Article

# A headline is one short line without closing punctuation; longer lines are body text.
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 25
SUFFIXES_MARKDOWN = (".md", ".markdown")
# Default cap on input size; larger inputs are refused rather than read whole into memory.
DEFAULT_MAX_BYTES = 5_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a path, or of stdin for "-"; every failure an `InputError` naming the source."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise InputError(f"{source}: is a directory, not an article file (give the files inside it)")
            if not path.exists():
                raise InputError(f"{source}: no such file (check the path)")
            if not path.is_file():
                raise InputError(f"{source}: not a regular file")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{source}: permission denied (make the file readable)") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than the {max_bytes:,}-byte limit")
    return data


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes (a BOM is dropped), NFC-normalised, control characters removed."""
    if b"\x00" in data:
        raise InputError(f"{source}: binary data, not text (give a UTF-8 .txt or .md article)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    return text


class _TextOfHTML(html.parser.HTMLParser):
    """Plain text of rendered Markdown: blocks become lines, everything else is dropped."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "div"}
    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_markdown(text: str) -> str:
    """The readable text of a Markdown document, one block a line."""
    import markdown

    parser = _TextOfHTML()
    parser.feed(markdown.markdown(text))
    parser.close()
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def is_headline(line: str) -> bool:
    """Whether a first line reads as a headline: short and without closing punctuation."""
    line = line.strip()
    return (
        bool(line)
        and len(line) <= MAX_HEADLINE_CHARS
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and not re.search(r"[.!?:;,…\"”’')\]]$", line)
    )


def stem_title(source: str) -> str:
    """A readable title from a file name: "kursk_north_korean_troops.txt" -> "Kursk north korean troops"."""
    stem = "stdin" if source == "-" else Path(source).stem
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled"


def parse_article(text: str, source: str = "-", title: str | None = None, language: str = "english") -> Article:
    """An `Article` from decoded text: the first line is the title when it reads as a headline."""
    if source != "-" and Path(source).suffix.lower() in SUFFIXES_MARKDOWN:
        text = strip_markdown(text)
    if not text.strip():
        raise InputError(f"{source}: empty article (no text to summarise)")
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    body_start = 0
    if first_line_end >= 0 and is_headline(first_line) and text[first_line_end:].strip():
        body_start = first_line_end + 1
        found_title = first_line.strip()
    else:
        found_title = stem_title(source)
    if not re.search(r"[^\W\d_]", text[body_start:]):
        raise InputError(f"{source}: no words to summarise")
    return Article(text=text, title=title or found_title, source=source, body_start=body_start, language=language)


def load_article(source: str, title: str | None = None, language: str = "english") -> Article:
    """Read, decode and parse one input file (or stdin for "-")."""
    text = decode(read_source(source), source)
    if not text.strip():
        raise InputError(f"{source}: empty file (nothing but whitespace)")
    return parse_article(text, source=source, title=title, language=language)


def load_articles(source: str, title: str | None = None, language: str = "english") -> tuple[Article, ...]:
    """Every article in one input: one for a text or Markdown file (feeds may hold many)."""
    return (load_article(source, title=title, language=language),)
