"""Open questions section: cue kinds, the stem + verbatim format, merging per sentence, speakers."""

from __future__ import annotations

import pytest

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.model import Article, Document
from briefgen.sections import questions
from briefgen.segment import split_sentences


def make_doc(text: str) -> Document:
    return split_sentences(Article(text=text, title="t", source="t.txt"))


def items_of(text: str, **settings: int):
    return questions.extract(make_doc(text), Settings(**settings)).items


def one(text: str):
    items = items_of(text)
    assert len(items) == 1, [i.text for i in items]
    return items[0]


def assert_format(doc: Document, section) -> None:
    for item in section.items:
        quote = item.quotes[0]
        assert doc.article.text[quote.start : quote.end] == quote.text
        assert item.text == f"{item.fields['stem']}: {quote.text}"
        assert item.fields["stem"] == questions.STEMS[item.fields["kind"]]
        assert item.sentence_ids == (quote.sentence_id,)


@pytest.mark.parametrize(
    ("text", "kind", "cue", "speaker"),
    [
        ("The ministry denied the report on Tuesday.", "denial", "denied", "ministry"),
        ("Police said the alleged gunman fled on foot.", "allegation", "alleged", "police"),
        ("The video could not be independently verified.", "unconfirmed", "not be independently verified", None),
        ("The army has not yet released the names of the dead.", "not_yet", "not yet", None),
        ("Residents expressed concerns about the new dam.", "concern", "expressed concerns", "residents"),
        ("It is unclear when the trial will start.", "unknown", "unclear", None),
        ("Whether the deal survives remains to be seen.", "unknown", "remains to be seen", None),
        ("A spokesman for the club declined to comment.", "unknown", "declined to comment", "spokesman for the club"),
    ],
)
def test_cue_kinds(text, kind, cue, speaker):
    item = one(text)
    assert item.fields["kind"] == kind
    assert item.fields["cue"] == cue
    assert item.fields["speaker"] == speaker
    assert item.text == f"{questions.STEMS[kind]}: {text}"


def test_cues_of_one_sentence_merge_into_one_item():
    text = "Both governments denied the deployment, though President Ivan Petrov did not refute the claim."
    item = one(text)
    assert item.fields["kind"] == "denial"
    assert item.fields["cues"] == ["denied", "refute"]
    # Each cue verb is said by its own subject, not by the nearest name in the sentence.
    assert item.fields["speaker"] == "governments"
    assert item.fields["speakers"] == ["governments", "Ivan Petrov"]
    assert item.text == "Contested: " + text


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was denied bail by the judge.",
        "“She didn't say anything about why,” the principal said.",
        "As far as the coach is concerned, the season is over.",
        "The firm hired an unknown designer for the logo.",
        "Inhibition and fear do not exist on the mat.",
    ],
)
def test_not_open_questions(text):
    assert items_of(text) == ()


def test_one_of_each_kind_before_a_second_of_any_and_the_cap():
    text = (
        "The company denied the claims.\n"
        "The company also denied the earlier reports.\n"
        "The alleged fraud began in 2019.\n"
    )
    kinds = [i.fields["kind"] for i in items_of(text)]
    assert kinds == ["denial", "allegation", "denial"]
    assert len(items_of(text, max_questions=1)) == 1
    assert items_of(text, max_questions=0) == ()


def test_seed_open_questions(kursk_text):
    doc = split_sentences(parse_article(kursk_text, source="kursk_north_korean_troops.txt"))
    section = questions.extract(doc, Settings())
    assert section.key == "questions" and section.title == "Open questions"
    assert len(section.items) == Settings().max_questions
    assert_format(doc, section)
    by_kind = {i.fields["kind"]: i for i in section.items}
    assert set(by_kind) == {"denial", "not_yet", "allegation", "concern"}

    denial = by_kind["denial"]
    assert denial.text.startswith("Contested: Initially, both Pyongyang and Moscow denied the deployment")
    assert "did not completely refute the claim" in denial.text
    assert denial.fields["speaker"] == "Pyongyang and Moscow"
    assert denial.fields["speakers"] == ["Pyongyang and Moscow", "Vladimir Putin"]

    assert "have not yet attacked Ukrainian forces" in by_kind["not_yet"].text
    assert "the alleged deployment of North Korean troops" in by_kind["allegation"].text

    concern = by_kind["concern"]
    assert "concerns about potential Russian military support to North Korea" in concern.text
    assert concern.fields["speaker"] == "Blinken"
