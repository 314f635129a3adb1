"""Outlook section: forward-looking cues by kind, past tense left out, speakers, verbatim quotes; and the
speaker rules of the shared `_cues` module the section relies on."""

from __future__ import annotations

import pytest

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.model import Article, Document, Sentence
from briefgen.sections import outlook
from briefgen.sections._cues import attribute, find_attributions
from briefgen.segment import split_sentences


def make_doc(text: str) -> Document:
    return split_sentences(Article(text=text, title="t", source="t.txt"))


def items_of(text: str, **settings: int):
    return outlook.extract(make_doc(text), Settings(**settings)).items


def one(text: str):
    items = items_of(text)
    assert len(items) == 1, [i.text for i in items]
    return items[0]


def assert_verbatim(doc: Document, section) -> None:
    for item in section.items:
        assert item.quotes, item.text
        for quote in item.quotes:
            assert doc.article.text[quote.start : quote.end] == quote.text
            sentence = doc.sentences[quote.sentence_id]
            assert sentence.start <= quote.start and quote.end <= sentence.end
        assert item.text == item.quotes[0].text
        assert item.sentence_ids == (item.quotes[0].sentence_id,)


# ---------------------------------------------------------------------------------------- cue kinds


def test_future_tense_is_an_expectation_with_its_speaker():
    item = one("Mayor Jane Doe said the bridge will reopen to traffic.")
    assert item.fields["kind"] == "expectation"
    assert item.fields["cue"] == "will"
    assert item.fields["speaker"] == "Jane Doe"
    assert item.text == "Mayor Jane Doe said the bridge will reopen to traffic."


def test_explicit_prediction_verb_beats_the_modal_it_governs():
    item = one("Analysts predicted that oil prices would fall by the summer.")
    assert item.fields["kind"] == "prediction"
    assert item.fields["cue"] == "predicted"
    assert item.fields["speaker"] == "analysts"


def test_plan():
    item = one("The company plans to open two factories in Ohio.")
    assert item.fields["kind"] == "plan"
    assert item.fields["cue"] == "plans to"


def test_warning_verb():
    item = one("City engineer Tom Reyes warned that the old dam could fail in heavy rain.")
    assert item.fields["kind"] == "warning"
    assert item.fields["cue"] == "warned"
    assert item.fields["speaker"] == "Tom Reyes"


def test_conditional_harm_is_a_warning_even_without_a_warning_verb():
    item = one("“If the convoy crosses the border, it will be treated as a target,” General Ann Lee said.")
    assert item.fields["kind"] == "warning"
    assert item.fields["cue"] == "will"
    assert item.fields["speaker"] == "Ann Lee"


def test_dated_future_and_coming_days():
    item = one("Talks between the two unions resume in the coming days.")
    assert item.fields["cue"] == "in the coming days"
    assert item.fields["kind"] == "expectation"


# ------------------------------------------------------------------------------- what is not outlook


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened last week after the repairs were finished.",
        "He would have won the race without the crash, his coach said.",
        "The meeting was expected to end early but ran late.",
        "She signed her will in the presence of two lawyers.",
        "The fog was thick and drivers could barely see the road.",
        "He died the next week in a hospital in Boston.",
        "Officials would not say how many people were hurt.",
        "The victims were warned by their bank about the scam.",
    ],
)
def test_past_tense_and_false_cues_give_no_outlook(text):
    assert items_of(text) == ()


def test_weak_modal_counts_inside_a_quotation():
    item = one("“Prices could rise again,” Jones said.")
    assert item.fields["cue"] == "could"
    assert item.fields["kind"] == "prediction"
    assert item.fields["speaker"] == "Jones"


# ------------------------------------------------------------------------------------ focus, ranking


def test_long_sentence_is_narrowed_to_the_verbatim_clause_of_its_cue():
    text = (
        "Despite weeks of heavy rain across the northern valleys and repeated flood alerts from the national "
        "weather service, the minister predicted that the harvest would still be larger than last year, as "
        "farmers continue to plant new fields."
    )
    doc = make_doc(text)
    section = outlook.extract(doc, Settings())
    assert [i.text for i in section.items] == [
        "the minister predicted that the harvest would still be larger than last year"
    ]
    assert section.items[0].fields["speaker"] == "minister"
    assert_verbatim(doc, section)


def test_each_kind_is_shown_before_a_second_item_of_one_kind():
    text = (
        "The new stadium will open in March.\n"
        "Fans will be able to buy tickets online.\n"
        "The club plans to build a museum beside it.\n"
    )
    kinds = [i.fields["kind"] for i in items_of(text)]
    assert kinds[:2] in (["expectation", "plan"], ["plan", "expectation"])
    assert sorted(kinds) == ["expectation", "expectation", "plan"]


def test_cap_and_ranks():
    text = "The port will close.\nThe mayor plans to resign.\nStorms are likely to return.\n"
    assert len(items_of(text, max_outlook=2)) == 2
    assert items_of(text, max_outlook=0) == ()
    assert [i.rank for i in items_of(text)] == [0, 1, 2]


# -------------------------------------------------------------------------- speaker rules (_cues)


def speakers(text: str) -> list[str | None]:
    sentence = Sentence(0, text, 0, len(text))
    return [a.speaker for a in find_attributions(sentence)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,” said Blinken.", ["Blinken"]),
        ("Blinken said the talks had ended.", ["Blinken"]),
        ("The troops will arrive soon, according to the ministry.", ["ministry"]),
        ("Secretary of State Antony Blinken stated that talks ended.", ["Antony Blinken"]),
        ("Blinken, along with Defense Secretary Lloyd Austin, mentioned that talks ended.", ["Blinken"]),
        ("Initially, both Pyongyang and Moscow denied the deployment.", ["Pyongyang and Moscow"]),
        ("Russian President Vladimir Putin did not completely refute the claim.", ["Vladimir Putin"]),
        ("U.S. officials said the talks had ended.", ["U.S. officials"]),
        ("Police in Japan say they have arrested a man.", ["police"]),
        ("The plan was announced by Governor Ann Lee on Monday.", ["Ann Lee"]),
        ("Tim Kaine, a Democratic senator from Virginia, said that Obama is within his rights.", ["Tim Kaine"]),
        ("A former leader of the group told CNN that it was over.", ["leader of the group"]),
        ("Five women in Syria accused of adultery were killed.", []),
    ],
)
def test_attribution_rules(text, expected):
    assert [s for s in speakers(text) if s] == expected


def test_pronoun_resolves_to_the_last_named_speaker_and_quotations_share_theirs():
    doc = make_doc(
        "Mayor Ann Lee spoke on Monday.\n"
        "“The bridge is safe,” Lee said.\n"
        "“It will reopen soon,” she said.\n"
        "“We are ready for the storm. We will not close the port,” Lee added.\n"
    )
    by_sentence = attribute(doc)
    assert [a.speaker for a in by_sentence[2]] == ["Lee"]
    assert by_sentence[2][0].pronoun == "she"
    # The first sentence of a two-sentence quotation is said by whoever its closing sentence names.
    opening = next(s for s in doc.sentences if s.text.startswith("“We are ready"))
    assert [a.speaker for a in by_sentence[opening.id]] == ["Lee"]
    assert by_sentence[opening.id][0].borrowed


def test_attributions_asked_for_some_sentences_are_those_of_the_whole_reading(kursk_text):
    # The sections ask only about sentences holding a cue; what they get must not depend on that.
    quoted = (
        "Mayor Ann Lee spoke on Monday. “The bridge is safe,” Lee said. “It will reopen soon,” she said.\n"
        "“We are ready for the storm. It is coming. We will not close the port,” Lee added. He agreed.\n"
        "“Nobody knows. Maybe,” said Ortiz. “It is over.” Then nothing. They said it was fine.\n"
    )
    for text in (quoted, kursk_text):
        doc = make_doc(text)
        whole = attribute(doc)
        assert any(any(a.borrowed for a in items) for items in whole.values()) or text is kursk_text
        for sentence in doc.body:
            alone = attribute(doc, frozenset({sentence.id}))
            assert alone[sentence.id] == whole[sentence.id]
            assert alone.items() <= whole.items()  # whatever else it read, it read right
        some = frozenset(s.id for s in doc.body[::3])
        assert attribute(doc, some).items() <= whole.items() and some <= attribute(doc, some).keys()


# -------------------------------------------------------------------------------------- the seed


def test_seed_statements(kursk_text):
    doc = split_sentences(parse_article(kursk_text, source="kursk_north_korean_troops.txt"))
    section = outlook.extract(doc, Settings())
    assert section.key == "outlook" and section.title == "Outlook"
    assert len(section.items) == Settings().max_outlook
    assert_verbatim(doc, section)
    by_cue = {i.fields["cue"]: i for i in section.items}

    anticipate = by_cue["anticipate"]
    assert "we anticipate this will happen in the near future" in anticipate.text
    assert anticipate.fields["speaker"] == "Blinken"
    assert anticipate.fields["kind"] == "expectation"

    predicted = by_cue["predicted"]
    assert predicted.text == "Austin predicted that Ukrainian forces would still hold some Kursk territory"
    assert predicted.fields["speaker"] == "Austin"
    assert predicted.fields["kind"] == "prediction"

    warning = next(i for i in section.items if i.fields["kind"] == "warning")
    assert "they will be considered legitimate military targets" in warning.text
    assert warning.fields["speaker"] == "Blinken"


FILLER = "The weather was mild. Crowds gathered early. Shops stayed open late. Buses ran on time. "


def test_a_statement_repeating_the_bottom_line_gives_way_to_the_next_best():
    text = "The council will vote on the budget next week. " + FILLER + "Officials expect the bridge to reopen."
    doc = make_doc(text)
    settings = Settings(sentences=1)
    assert outlook.situation_ids(doc, settings) == {0}  # the vote is the bottom line
    assert [i.sentence_ids for i in outlook.extract(doc, settings).items] == [(5,), (0,)]
    capped = outlook.extract(doc, Settings(sentences=1, max_outlook=1)).items
    assert [i.text for i in capped] == ["Officials expect the bridge to reopen."]


def test_a_statement_the_situation_shows_is_kept_when_there_is_nothing_else():
    assert [i.text for i in items_of("The council will vote on the budget next week.")] == [
        "The council will vote on the budget next week."
    ]


@pytest.mark.parametrize("sentence", [
    "Minutes before the highly-anticipated final, the striker pulled out with a knee injury.",
    "The trailer was released on Monday for an eagerly anticipated film about the band.",
    "The anticipated merger was announced on Monday after months of talks.",
])
def test_an_expectation_participle_describing_a_noun_is_no_outlook(sentence: str) -> None:
    # The participle qualifies the noun after it: nothing is said of what happens next.
    assert items_of(sentence) == ()


def test_an_expectation_verb_still_counts_after_its_subject():
    assert one("The council expects the bridge to reopen in May.").fields["cue"] == "expects"


def test_a_generic_subjects_expectation_is_no_explicit_cue():
    # "You would expect ..." is a figure of speech about what happened; only the weak modal is left.
    items = items_of('"You would expect the crowd to cheer her, so it was the exact opposite," Lee said.')
    assert [item.fields["cue"] for item in items] in ([], ["would"])


def test_a_related_storys_link_is_no_outlook():
    # The corpus keeps a link's headline as a short line with its full stop spaced apart.
    text = ("The army began its push on Lorvale on Monday. Why the battle for Lorvale will end the siege . "
            "Officials said the army will reach the city by Friday.")
    assert [item.text for item in items_of(text)] == ["Officials said the army will reach the city by Friday."]


def test_an_attributed_quote_with_a_spaced_full_stop_is_still_prose():
    item = one('"We will rebuild the bridge by spring," Mayor Ana Ruiz said .')
    assert item.fields["speaker"] == "Ana Ruiz"
