"""Rank stage: every algorithm by name, full rankings, and bounded cost on long articles."""

from __future__ import annotations

import pytest

from briefgen import ConfigError, summarize
from briefgen.ingest import parse_article
from briefgen.rank import SUMY_ALGORITHMS, SUMY_MAX_SENTENCES, check_algorithm, rank_sentences, select_sentences
from briefgen.segment import split_sentences

ARTICLE = (
    "Harbor City Approves Flood Wall\n"
    "The Harbor City council approved a flood wall on Monday after two storms flooded the port.\n"
    "The wall will cost $40 million and protect 3,000 homes, Mayor Ana Ortiz said.\n"
    "Engineers expect construction to start in March.\n"
    "Residents who opposed the wall said it would block views of the harbor.\n"
    "The council vote was 7 to 2.\n"
)


@pytest.mark.parametrize("name", ["default", "lead", *SUMY_ALGORITHMS])
def test_every_algorithm_ranks_every_body_sentence(name: str) -> None:
    doc = split_sentences(parse_article(ARTICLE))
    ranked = rank_sentences(doc, name)
    assert sorted(r.sentence.id for r in ranked) == [s.id for s in doc.body]
    assert [r.rank for r in ranked] == list(range(len(doc.body)))
    assert all(not r.sentence.headline for r in ranked)


def test_selection_is_in_document_order_and_keeps_ranks() -> None:
    doc = split_sentences(parse_article(ARTICLE))
    chosen = select_sentences(doc, 3, "lexrank")
    assert [c.sentence.id for c in chosen] == sorted(c.sentence.id for c in chosen)
    assert sorted(c.rank for c in chosen) == [0, 1, 2]


def test_lead_takes_the_first_body_sentences_not_the_headline() -> None:
    assert summarize(ARTICLE, 2, "lead") == [
        "The Harbor City council approved a flood wall on Monday after two storms flooded the port.",
        "The wall will cost $40 million and protect 3,000 homes, Mayor Ana Ortiz said.",
    ]


def test_unknown_algorithm_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match="choose one of: default, lead, lexrank"):
        check_algorithm("bert")


def test_quadratic_algorithms_read_a_bounded_prefix_of_long_articles() -> None:
    cap = SUMY_MAX_SENTENCES["kl"]
    body = "\n".join(f"Sentence {i} mentions topic{i % 7} and item{i % 5} in the report." for i in range(cap + 40))
    doc = split_sentences(parse_article("Long Report\n" + body))
    ranked = rank_sentences(doc, "kl")
    assert len(ranked) == cap + 40
    # Sentences past the cap all rank after those the algorithm read, in document order.
    tail = [r.sentence.id for r in ranked[cap:]]
    assert tail == sorted(tail) and min(tail) == doc.body[cap].id
