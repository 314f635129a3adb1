"""Tests for evaluation: corpus loading and its errors, ROUGE scoring, the table and its formatting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefgen.errors import ConfigError, InputError
from briefgen.evaluate import (
    budget_for,
    evaluate_corpus,
    format_table,
    load_corpus,
    make_scorer,
    score_summary,
)

TINY = Path(__file__).resolve().parent / "data" / "tiny_corpus.jsonl"


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_load_tiny_corpus():
    items = load_corpus(TINY)
    assert [i.id for i in items] == ["flood", "vote", "match"]
    assert items[1].title == "Council approves new tram line"
    assert items[0].title is None
    assert len(items[2].summary) == 3
    assert items[1].to_article().title == "Council approves new tram line"


def test_id_defaults_to_file_and_line_and_list_summaries_are_accepted(tmp_path):
    path = write_lines(tmp_path, "", json.dumps({"article": "A storm hit. It rained.", "summary": ["A storm hit."]}))
    (item,) = load_corpus(path)
    assert item.id == f"{path}:2"
    assert item.summary == ("A storm hit.",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"article": "Text."}), "missing 'summary'"),
        (json.dumps({"summary": "S."}), "missing 'article'"),
        (json.dumps({"article": "  ", "summary": "S."}), "'article' must be a non-empty string"),
        (json.dumps({"article": "Text.", "summary": "\n"}), "'summary' must be a non-empty string"),
        (json.dumps({"article": "Text.", "summary": "S.", "title": 3}), "'title' must be a string"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path, line, message):
    good = json.dumps({"article": "A storm hit. It rained.", "summary": "A storm hit."})
    path = write_lines(tmp_path, good, line)
    with pytest.raises(InputError) as info:
        load_corpus(path)
    assert f"{path}:2:" in str(info.value)
    assert message in str(info.value)


def test_missing_empty_and_directory_corpus(tmp_path):
    with pytest.raises(InputError, match="no such corpus file"):
        load_corpus(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="no items"):
        load_corpus(write_lines(tmp_path, "", "  "))
    with pytest.raises(InputError, match="is a directory"):
        load_corpus(tmp_path)


def test_score_summary_identical_and_disjoint():
    scorer = make_scorer()
    assert score_summary(scorer, ["The cat sat.", "It purred."], ["The cat sat.", "It purred."]) == (100.0,) * 3
    assert score_summary(scorer, ["Dogs bark loudly."], ["The cat sat."]) == (0.0, 0.0, 0.0)
    # Stemming is on: "sitting" and "sits" share the stem of "sit".
    assert score_summary(scorer, ["cats sitting"], ["cat sits"])[0] == 100.0


def test_budget_is_reference_length_capped_at_five():
    (item,) = load_corpus(TINY)[2:]
    assert budget_for(item, None) == 3
    assert budget_for(item, 1) == 1
    long = item.__class__(id="x", article="a", summary=tuple("s" for _ in range(8)))
    assert budget_for(long, None) == 5


def test_evaluate_tiny_corpus():
    table = evaluate_corpus(TINY, ["default", "lexrank"])
    assert [r.algorithm for r in table.rows] == ["lead", "default", "lexrank"]
    assert table.items == 3 and table.budget == "k = min(reference sentences, 5)"
    for row in table.rows:
        assert len(row.items) == 3
        assert 0 < row.rouge2 <= row.rouge1 <= 100 and 0 < row.rougeLsum <= 100
        assert row.median_seconds >= 0
    lead = table.row("lead")
    # "match" is summarised well by its own first three sentences.
    assert lead.items[2][0] > 50


def test_default_skips_the_byline_that_lead_keeps():
    table = evaluate_corpus(TINY, ["default"], sentences=2)
    assert table.budget == "k = 2"
    # The flood item's second sentence is a byline: the default passes it over and scores higher.
    assert table.row("default").items[0][1] > table.row("lead").items[0][1]


def test_lead_listed_once_and_unknown_algorithm(tmp_path):
    assert [r.algorithm for r in evaluate_corpus(TINY, ["lead", "default"]).rows] == ["lead", "default"]
    with pytest.raises(ConfigError, match="unknown algorithm 'nope'"):
        evaluate_corpus(TINY, ["nope"])
    with pytest.raises(ConfigError, match="at least 1"):
        evaluate_corpus(TINY, ["default"], sentences=0)


def test_format_table():
    text = format_table(evaluate_corpus(TINY, ["default"], sentences=1))
    lines = text.splitlines()
    assert "3 articles, budget k = 1" in lines[0]
    assert lines[2] == "| method | R1 | R2 | RLsum | median s/article |"
    assert lines[4].startswith("| lead-k | ") and lines[5].startswith("| default | ")


def test_missing_rouge_score_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    with pytest.raises(ConfigError, match=r"pip install 'briefgen\[eval\]'"):
        evaluate_corpus(TINY, ["default"])
