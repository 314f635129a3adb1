"""Open questions section: cue kinds, the stem + verbatim format, merging per sentence, speakers."""

from __future__ import annotations

import pytest

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.model import Article, Document
from briefgen.sections import outlook, questions
from briefgen.sections._cues import situation_ids
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
    # The "not yet" statements are the bottom line (s1) and the outlook's first item (s5): shown there,
    # they would only repeat on the page, so the next best questions take their places.
    assert set(by_kind) == {"denial", "allegation", "concern"}
    shown = situation_ids(doc, Settings()) | {c.sentence_id for c in outlook.choose_statements(doc, Settings())}
    assert {1, 5} <= shown
    assert not shown & {sid for item in section.items for sid in item.sentence_ids}

    denial = by_kind["denial"]
    assert denial.text.startswith("Contested: Initially, both Pyongyang and Moscow denied the deployment")
    assert "did not completely refute the claim" in denial.text
    assert denial.fields["speaker"] == "Pyongyang and Moscow"
    assert denial.fields["speakers"] == ["Pyongyang and Moscow", "Vladimir Putin"]

    alleged = [i.text for i in section.items if i.fields["kind"] == "allegation"]
    assert any("the alleged deployment of North Korean troops" in text for text in alleged)

    concern = by_kind["concern"]
    assert "concerns about potential Russian military support to North Korea" in concern.text
    assert concern.fields["speaker"] == "Blinken"


FILLER = "The weather was mild. Crowds gathered early. Shops stayed open late. Buses ran on time. "


def test_a_question_repeating_the_situation_gives_way_to_the_next_best():
    # Three sentences only: all of them are the situation, so the question is kept rather than lost.
    short = "The ministry denied the report on Tuesday. Officials met. Talks went on."
    assert [i.fields["kind"] for i in items_of(short)] == ["denial"]
    # With more text the denial is still the situation's lead, and the next best question is preferred.
    text = "The ministry denied the report on Tuesday. " + FILLER + "It is unclear who paid for the repairs."
    doc = make_doc(text)
    assert 0 in situation_ids(doc, Settings(sentences=1))
    kinds = [i.fields["kind"] for i in questions.extract(doc, Settings(sentences=1)).items]
    assert kinds == ["unknown", "denial"]  # the repeat comes last: the fitter drops it first
    assert [i.fields["kind"] for i in questions.extract(doc, Settings(sentences=1, max_questions=1)).items] == [
        "unknown"
    ]


def test_a_question_the_outlook_already_quotes_is_not_shown_twice():
    text = FILLER + "Officials have not yet said whether the bridge will reopen next week. " + FILLER + (
        "It is unclear who paid for the repairs.")
    doc = make_doc(text)
    settings = Settings(sentences=1, max_questions=1)
    outlook_ids = {c.sentence_id for c in outlook.choose_statements(doc, settings)}
    bridge = next(s.id for s in doc.sentences if "bridge" in s.text)
    assert bridge in outlook_ids and bridge not in situation_ids(doc, settings)
    [item] = questions.extract(doc, settings).items
    assert "who paid for the repairs" in item.text
