"""Part-of-speech tags for the sections: offsets, Penn-style splits and the repairs of the tagger's slips."""

from __future__ import annotations

from briefgen.sections._tags import MAX_TAGGED_CHARS, tag_text


def test_tokens_keep_their_offsets_and_split_possessives_and_negations():
    text = "France's deficit wasn't 3.7% in the U.S. economy."
    tokens = tag_text(text)
    assert all(text[t.start : t.end] == t.word for t in tokens)
    assert [t.word for t in tokens][:6] == ["France", "'s", "deficit", "was", "n't", "3.7"]
    assert {t.word: t.tag for t in tokens}["U.S."] == "NNP"


def test_verbs_after_to_and_passives_before_to_are_verbs():
    tags = {t.word: t.tag for t in tag_text("The deficit is now forecast to drop to 3% next year.")}
    assert (tags["forecast"], tags["drop"], tags["deficit"]) == ("VBN", "VB", "NN")


def test_a_huge_sentence_is_tagged_only_at_its_start():
    text = "Officials counted 40 new cases. " * 1000
    tokens = tag_text(text)
    assert tokens and tokens[-1].end <= MAX_TAGGED_CHARS


def test_a_participle_after_has_before_an_amount_is_a_verb():
    tags = {t.word: t.tag for t in tag_text("Talvik has bid $6.3bn for the Norcom group.")}
    assert tags["bid"] == "VBN"
