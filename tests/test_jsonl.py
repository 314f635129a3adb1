"""Ingest stage, JSON lines: one article a line, optional fields, gzip as a container, bad lines named and skipped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import load_articles, read_jsonl

BODY = "A storm hit the town of Carvel on Monday, officials said. About 300 homes lost power overnight."


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return path


def test_fields_map_onto_the_article(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", [json.dumps({
        "text": BODY, "title": "Storm hits Carvel", "url": "https://example.com/a", "date": "2024-11-01",
        "source": "Coastal Wire", "author": "Ana Lind", "language": "english"})])
    (line,) = read_jsonl(str(path))
    article = line.article
    assert line.number == 1 and line.error is None
    assert article.title == "Storm hits Carvel" and article.text == f"Storm hits Carvel\n{BODY}"
    assert (article.link, article.date, article.site, article.author) == (
        "https://example.com/a", "2024-11-01", "Coastal Wire", "Ana Lind")
    assert article.source == f"{path}#1"


def test_article_key_and_the_headline_rule_without_a_title(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", [json.dumps({"article": f"Storm hits Carvel coast\n{BODY}"}),
                                           json.dumps({"text": BODY})])
    first, second = read_jsonl(str(path))
    assert first.article.title == "Storm hits Carvel coast" and first.article.body_start > 0
    # No headline line and no title: the line itself names the article.
    assert second.article.title == "day.jsonl line 2" and second.article.body_start == 0


def test_bad_lines_are_named_by_line_number_and_skipped(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", [
        json.dumps({"text": BODY}), "", "{not json", "[1, 2]", json.dumps({"title": "no text"}),
        json.dumps({"text": BODY, "title": 7}), json.dumps({"text": "   "}),
        json.dumps({"text": BODY, "language": "xx"}),
        json.dumps({"text": BODY}),
    ])
    lines = list(read_jsonl(str(path)))
    assert [line.number for line in lines if line.article] == [1, 9]
    errors = {line.number: str(line.error) for line in lines if line.error}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8]
    assert errors[3].startswith(f"{path}: line 3: not valid JSON")
    assert "a JSON list" in errors[4] and 'no "text"' in errors[5]
    assert '"title" must be a string' in errors[6] and 'empty "text"' in errors[7] and '"language"' in errors[8]


def test_an_article_over_max_bytes_is_one_bad_line(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", [json.dumps({"text": BODY * 50}), json.dumps({"text": BODY})])
    first, second = read_jsonl(str(path), max_bytes=1000)
    assert "line 1: larger than the 1,000-byte limit" in str(first.error) and "--max-bytes" in str(first.error)
    assert second.article is not None and second.number == 2


def test_the_whole_file_cap_is_named_in_its_error(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", [json.dumps({"text": BODY})] * 20)
    with pytest.raises(InputError, match="2,000-byte limit for a JSON lines file.*--max-file-bytes"):
        list(read_jsonl(str(path), max_file_bytes=2000))


def test_gzip_is_a_container_for_json_lines_only(tmp_path) -> None:
    plain = _write(tmp_path / "day.jsonl", [json.dumps({"text": BODY, "title": "One"}), "oops"])
    packed = tmp_path / "day.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert [a.title for a in load_articles(str(packed))] == ["One"]
    # A single article compressed is still refused, as before.
    single = tmp_path / "story.txt.gz"
    single.write_bytes(gzip.compress(BODY.encode()))
    with pytest.raises(InputError, match="gzip"):
        load_articles(str(single))
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(plain.read_bytes())
    with pytest.raises(InputError, match="not gzip data"):
        list(read_jsonl(str(fake)))
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress(plain.read_bytes() * 50)[:-20])
    with pytest.raises(InputError, match="damaged gzip data"):
        list(read_jsonl(str(truncated)))


def test_a_file_of_only_bad_lines_is_an_input_error(tmp_path) -> None:
    path = _write(tmp_path / "day.jsonl", ["{}", "nope"])
    with pytest.raises(InputError, match="no line holds an article"):
        load_articles(str(path))
