"""Ingest stage, JSON lines: a `.jsonl` (or gzip-compressed `.jsonl.gz`) file -> one `Article` per line, streamed.

One JSON object a line, the shape data pipelines hand over (and the project's evaluation corpora):
`text` (or `article`) is required; `title`, `url`, `date`, `source` (the outlet), `author` and
`language` are optional. A line that cannot be an article is reported with its file and line number
and skipped, so one bad record never costs the rest of the day. Lines are read one at a time: the
file is never held whole in memory, whatever its size.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from ..config import LANGUAGES
from ..errors import InputError
from ..model import Article
from .encoding import normalize_text
from .files import DEFAULT_MAX_BYTES, MAX_BYTES_FLAG, check_path
from .text import compose_article, parse_article

SUFFIXES_JSONL = (".jsonl", ".jsonl.gz")
# Cap on a whole JSON lines file, decompressed: large (a firehose day is gigabytes), but a finite
# bound, so a gzip bomb or a runaway export stops with an error instead of filling the disk or memory.
DEFAULT_MAX_FILE_BYTES = 20_000_000_000
MAX_FILE_BYTES_FLAG = "--max-file-bytes"
GZIP_MAGIC = b"\x1f\x8b"
TEXT_KEYS = ("text", "article")
OPTIONAL_KEYS = ("title", "url", "date", "source", "author", "language")


@dataclass(frozen=True)
class Line:
    """One line of a JSON lines file: its 1-based number and its article, or why it is not one."""

    number: int
    name: str
    article: Article | None = None
    error: InputError | None = None


def is_jsonl(source: str) -> bool:
    """Whether a path names a JSON lines file (by suffix; `.jsonl.gz` too)."""
    return source.lower().endswith(SUFFIXES_JSONL)


def line_name(source: str, number: int) -> str:
    """How a line's article is named in briefs and messages: "day.jsonl#12"."""
    return f"{source}#{number}"


def _open(source: str):
    """A binary stream of the file's decompressed bytes, after the path checks every input gets."""
    check_path(source)
    try:
        handle = open(source, "rb")
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    if source.lower().endswith(".gz"):
        if handle.read(2) != GZIP_MAGIC:
            handle.close()
            raise InputError(f"{source}: not gzip data, though named .gz (rename it .jsonl or compress it)")
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle, mode="rb")
    return handle


def read_jsonl(source: str, language: str = "english", max_bytes: int = DEFAULT_MAX_BYTES,
               max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Iterator[Line]:
    """Every line of a JSON lines file as an article or an error, in order; blank lines are skipped.

    A file that cannot be read at all (missing, not gzip though named .gz, over `max_file_bytes`
    decompressed, truncated) raises `InputError` when that is found, after the lines read so far.
    """
    total = 0
    number = 0
    stream = _open(source)
    try:
        while True:
            try:
                raw = stream.readline(max_bytes + 2)
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"{source}: damaged gzip data after line {number} ({exc}); "
                                 "the lines before it were read") from None
            if not raw:
                return
            number += 1
            total += len(raw)
            if total > max_file_bytes:
                raise InputError(f"{source}: larger than the {max_file_bytes:,}-byte limit for a JSON lines file "
                                 f"(decompressed); raise it with {MAX_FILE_BYTES_FLAG}")
            if not raw.endswith(b"\n") and len(raw) > max_bytes:
                # The rest of an over-long line is read and dropped in bounded pieces.
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(max_bytes + 2)
                    total += len(raw)
                yield Line(number, line_name(source, number), error=InputError(
                    f"{source}: line {number}: larger than the {max_bytes:,}-byte limit for one article; "
                    f"raise it with {MAX_BYTES_FLAG}"))
                continue
            if not raw.strip():
                continue
            yield _line(raw, source, number, language)
    finally:
        stream.close()


def _line(raw: bytes, source: str, number: int, language: str) -> Line:
    """One non-blank line as an article, or the reason it is not one."""
    name = line_name(source, number)
    try:
        return Line(number, name, article=parse_record(raw, name, language))
    except InputError as exc:
        return Line(number, name, error=InputError(f"{source}: line {number}: {exc}"))


def parse_record(raw: bytes | str, name: str, language: str = "english") -> Article:
    """The article of one JSON record; an `InputError` says what is wrong with it (no file name in it)."""
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        raise InputError("not UTF-8 (JSON lines must be UTF-8)") from None
    except ValueError as exc:
        raise InputError(f"not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"a JSON {type(record).__name__}, not an object with a \"text\" field")
    body = next((record[k] for k in TEXT_KEYS if record.get(k) is not None), None)
    if body is None:
        raise InputError("no \"text\" (or \"article\") field")
    fields = {}
    for key in (*TEXT_KEYS, *OPTIONAL_KEYS):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"\"{key}\" must be a string, not a JSON {type(value).__name__}")
        fields[key] = normalize_text(value).strip() if isinstance(value, str) else None
    language = fields["language"] or language
    if language not in LANGUAGES:
        raise InputError(f"\"language\" must be one of {', '.join(LANGUAGES)}, not {fields['language']!r}")
    text = normalize_text(body)
    if not text.strip():
        raise InputError("empty \"text\" (no article to summarise)")
    metadata = {"date": fields["date"], "link": fields["url"], "author": fields["author"], "site": fields["source"]}
    if fields["title"]:
        return compose_article(text, name, " ".join(fields["title"].split()), language=language, **metadata)
    # No title field: the headline rule of plain text decides, as for a .txt file.
    article = parse_article(text, source=name, language=language)
    title = article.title if article.body_start else name.rsplit("/", 1)[-1].replace("#", " line ")
    return Article(text=article.text, title=title, source=name, body_start=article.body_start,
                   language=language, **metadata)


__all__ = ["DEFAULT_MAX_FILE_BYTES", "Line", "MAX_FILE_BYTES_FLAG", "SUFFIXES_JSONL", "is_jsonl", "line_name",
           "parse_record", "read_jsonl"]
