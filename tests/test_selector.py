"""Tests for the default selector (rank stage): form rules, centrality, redundancy, order and long input."""

from __future__ import annotations

import pytest

from briefgen import selector, summarize
from briefgen.ingest import parse_article
from briefgen.model import Article, Document
from briefgen.rank import check_algorithm, rank_sentences, select_sentences
from briefgen.segment import split_sentences

NEWS = (
    "Riverton (Wire)Floodwaters forced 3,000 residents of Riverton from their homes on Tuesday after the "
    "Grey River burst its banks. By . Staff Reporter . PUBLISHED: 10:02 EST. The river rose two meters "
    "overnight, the regional water agency said. Emergency shelters opened in three schools, and the army sent "
    "trucks to carry families out of the flooded streets. Scroll down for video. \"It was terrifying.\" "
    "Forecasters expect more rain on Thursday, which could push the river higher still."
)


def doc_of(text: str, title: str | None = None) -> Document:
    return split_sentences(parse_article(text, title=title))


def test_boilerplate_and_fragments_are_recognised():
    assert selector.is_boilerplate("Scroll down for video.")
    assert selector.is_boilerplate("CNN's Jane Doe contributed to this report.")
    assert selector.is_boilerplate("Email your story ideas and tips to tips@cnn.com.")
    assert selector.is_boilerplate("PUBLISHED: 10:02 EST.")
    assert selector.is_boilerplate("Photo: AP.")  # also a fragment
    assert not selector.is_boilerplate("The river rose two meters overnight, the agency said.")


@pytest.mark.parametrize("text, link", [
    ("Why the battle for Lorvale will end the siege .", True),
    ("READ MORE: Five key issues for the next mayor .", True),
    ("Hydro power .", True),
    ("Here is what we know so far: .", True),
    ('"We will rebuild the bridge by spring," the mayor said .', False),  # attributed: prose
    ("Why the battle for Lorvale will end the siege.", False),  # prose spaces no full stop
    ("The army, which has fought in the hills around the city for most of the year, began its push on Monday "
     "after the talks failed .", False),  # long: prose with a stray space
])
def test_related_story_links_and_subheadings_are_recognised(text: str, link: bool) -> None:
    assert selector.is_link_line(text) is link


def test_unattributed_quotes_are_recognised():
    assert selector.is_unattributed_quote('"It was terrifying."')
    assert selector.is_unattributed_quote("“We will rebuild.”")
    assert not selector.is_unattributed_quote('"It was terrifying," a resident said.')
    assert not selector.is_unattributed_quote("Residents said it was terrifying.")


def test_boilerplate_ranks_after_every_real_sentence():
    doc = doc_of(NEWS)
    ranking = rank_sentences(doc, "default")
    furniture = [r.rank for r in ranking if selector.is_boilerplate(r.sentence.text)]
    real = [r.rank for r in ranking if not selector.is_boilerplate(r.sentence.text)]
    assert furniture and real
    assert max(real) < min(furniture)
    chosen = " ".join(r.sentence.text for r in select_sentences(doc, 3, "default"))
    assert "Scroll down" not in chosen and "PUBLISHED" not in chosen


def test_lead_sentence_is_kept_and_selection_is_in_document_order():
    doc = doc_of(NEWS)
    chosen = select_sentences(doc, 3, "default")
    ids = [r.sentence.id for r in chosen]
    assert ids == sorted(ids)
    assert chosen[0].sentence.text.startswith("Riverton (Wire)Floodwaters")


def test_scores_cover_the_body_only_and_are_distinct():
    doc = doc_of("Storm hits the coast\nA storm hit the coast on Monday. Winds reached 150 km/h. The storm turned.")
    scores = selector.score_sentences(doc)
    assert set(scores) == {s.id for s in doc.body}
    assert all(not doc.sentences[sid].headline for sid in scores)
    assert len(set(scores.values())) == len(scores)
    assert max(scores.values()) == 1.0 and min(scores.values()) > 0


def test_centrality_equals_pairwise_similarity_sum():
    terms = [["flood", "river", "town"], ["river", "rain"], ["town", "school", "flood"], ["army", "truck"]]
    vectors = selector.tfidf_vectors(terms)
    fast = selector.centrality_scores(vectors)
    for i, v in enumerate(vectors):
        slow = sum(selector._dot(v, w) for j, w in enumerate(vectors) if j != i)
        assert abs(fast[i] - slow) < 1e-9
    assert fast[3] == 0.0  # shares no word with any other sentence


def test_redundancy_removal_skips_a_near_copy():
    vectors = [{"bank": 0.6, "rates": 0.8}, {"bank": 0.6, "rates": 0.8}, {"mortgage": 1.0}]
    # The copy is almost as relevant as the original, but adds nothing once the original is picked.
    assert selector.order_by_mmr([1.0, 0.95, 0.75], vectors) == [0, 2, 1]
    assert selector.order_by_mmr([1.0, 0.95, 0.75], vectors, trade_off=1.0) == [0, 1, 2]


def test_selection_is_deterministic():
    doc = doc_of(NEWS)
    assert selector.score_sentences(doc) == selector.score_sentences(doc_of(NEWS))


def test_empty_body_and_unknown_language():
    article = Article(text="Headline only", title="Headline only", source="-", body_start=14)
    assert selector.score_sentences(Document(article=article, sentences=())) == {}
    doc = split_sentences(parse_article(NEWS, language="klingon"))
    assert len(selector.score_sentences(doc)) == len(doc.body)


def test_default_algorithm_is_what_summarize_uses():
    assert check_algorithm(None) == "default"
    expected = [r.sentence.text for r in select_sentences(doc_of(NEWS), 2, "default")]
    assert summarize(NEWS, sentences=2) == expected
    assert summarize(NEWS, sentences=2) != [r.sentence.text for r in select_sentences(doc_of(NEWS), 2, "lead")]


# A hang guard, not a speed target (benchmarks/speed.py times a 200,000-sentence article): 2,000 sentences
# are each scored.
@pytest.mark.timeout(120)
def test_a_long_article_has_every_sentence_scored():
    paragraph = " ".join(
        f"Officials in district {i} said the flood damaged {i * 3} homes and {i} schools near river {i % 7}."
        for i in range(2000)
    )
    doc = doc_of(paragraph)
    scores = selector.score_sentences(doc)
    assert len(scores) == len(doc.body) == 2000


def test_title_overlap_raises_relevance():
    sentences = list(doc_of("Tram line approved. Rain fell on the city. Buses ran late.").body)
    vectors = selector.tfidf_vectors([selector.content_terms(s.text) for s in sentences])
    flat = [1.0, 1.0, 1.0]
    plain = selector.relevance_scores(sentences, vectors, position_exponent=0, centrality=flat)
    title = frozenset(selector.content_terms("City rain"))
    boosted = selector.relevance_scores(sentences, vectors, position_exponent=0, centrality=flat, title_terms=title)
    assert plain == [1.0, 1.0, 1.0]
    assert boosted == [1.0, 2.0, 1.0]
