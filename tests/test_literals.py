"""Required literals of a pattern (`sections._literals`): the strings read from the parse tree, and a
prefilter that never rules out a sentence the full pattern matches."""

from __future__ import annotations

import re

import pytest

from briefgen.ingest import parse_article
from briefgen.sections._cues import match_cues
from briefgen.literals import lowered_text, required_literals
from briefgen.sections.outlook import OUTLOOK_CUES
from briefgen.sections.questions import QUESTION_CUES
from briefgen.segment import split_sentences


def strings(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    literals = required_literals(re.compile(pattern, flags))
    return None if literals is None else set(literals.strings)


def test_alternatives_classes_and_optional_groups_expand_to_every_spelling():
    assert strings(r"\b(?:denie[sd]|deny(?:ing)?|denials?)\b") == {
        "denied", "denies", "deny", "denying", "denial", "denials"}


def test_the_most_selective_run_of_a_sequence_is_kept():
    # "no" and "confirmation" are both required; the longer says more.
    assert strings(r"\bno\s+(?:official\s+)?confirmation\b") == {"confirmation"}


def test_case_insensitive_literals_are_lower_case_and_case_sensitive_ones_kept():
    assert strings(r"\bWould\b") == {"would"}
    literals = required_literals(re.compile(r"\bWould\b"))
    assert literals.strings == {"Would"} and not literals.folded


def test_a_pattern_with_no_required_literal_gives_none():
    assert strings(r"\b\w+ly\b") == {"ly"}
    assert strings(r"\b\w+\b") is None
    assert strings(r"(?:said)?\s+\d+") is None


def test_characters_that_fold_to_ascii_letters_disable_the_prefilter():
    # With re.IGNORECASE "s" matches the long s: the lower-cased text would not contain "said".
    pattern = re.compile(r"\bsaid\b", re.IGNORECASE)
    literals = required_literals(pattern)
    text = "He \u017faid so."
    assert pattern.search(text)
    assert lowered_text(text) is None and literals.may_match(text, lowered_text(text))
    assert not literals.may_match("He spoke.", lowered_text("He spoke."))


SENTENCES = """Moscow denied the reports on Tuesday. The claims could not be independently verified, officials said.
They haven't seen the plan yet. "We won't go," she said. The vote is scheduled for next week. It's unclear who
will lead. He DECLINED TO COMMENT. Investors fear that rates could rise soon. The firm’ll hire 40 people.
Nothing here matches at all. The mayor is expected to resign. Police have not yet confirmed the deaths."""


@pytest.mark.parametrize("cues", [OUTLOOK_CUES, QUESTION_CUES], ids=["outlook", "questions"])
def test_prefiltered_matching_finds_what_every_pattern_finds(cues):
    doc = split_sentences(parse_article("Title\n" + SENTENCES))
    unfiltered = [c.__class__(c.pattern, c.kind, c.strength, c.not_before, c.not_after, c.outside_quotes)
                  for c in cues]
    found = 0
    for sentence in doc.body:
        with_filter = match_cues(sentence, cues)
        assert [(m.start, m.end, m.cue.kind) for m in with_filter] == [
            (m.start, m.end, m.cue.kind) for m in match_cues(sentence, unfiltered)]
        found += len(with_filter)
    assert found >= 5  # the sentences do hold cues of both sections


def test_no_prefix_shorter_than_the_shortest_prefix_matches():
    pattern = re.compile(r"\b(?:ferry|ships?|films?)(?:\s+such\s+as)?\s+$", re.IGNORECASE)
    literals = required_literals(pattern)
    texts = ["The ferry Marisol sank near the films such as Jaws.", "No vessel here at all.", "FILMS such as Up",
             "a ship, a ferry and a film ", "He \u017fhip Arrow"]
    tried = 0
    for text in texts:
        shortest = literals.shortest_prefix(text, lowered_text(text))
        for k in range(len(text) + 1):
            if pattern.search(text[:k]):
                assert k >= shortest
                tried += 1
        if shortest > len(text):
            assert not any(pattern.search(text[:k]) for k in range(len(text) + 1))
    assert tried >= 4  # prefixes that do match were checked
    assert literals.shortest_prefix("The ferry Marisol", "the ferry marisol") == len("The ferry")
    assert literals.shortest_prefix("No vessel.", "no vessel.") == len("No vessel.") + 1
    assert literals.shortest_prefix("He \u017fhip", lowered_text("He \u017fhip")) == 0  # cannot be told
