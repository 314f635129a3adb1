"""Numbers section, dates: what happened on a date, read from the clause it stands in."""

from __future__ import annotations

import pytest

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.sections import numbers
from briefgen.segment import split_sentences


def date_labels(text: str) -> list[str]:
    doc = split_sentences(parse_article(text, source="x.txt"))
    return [item.text for item in numbers.extract(doc, Settings(max_numbers=50)).items
            if item.fields["kind"] == "date"]


@pytest.mark.parametrize("sentence, label", [
    ("She would have needed a crystal ball to know back in 2008 that the deal would fail.",
     "2008 — would have needed a crystal ball to know"),
    ("The Marlow Act was passed by the assembly way back in 1812.", "1812 — Marlow Act was passed by the assembly"),
    ("Back in 2012, when we launched the Harbour Review, we found that families struggled.",
     "2012 — launched the Harbour Review"),
])
def test_back_before_a_date_is_no_event_word(sentence, label):
    assert date_labels(sentence) == [label]


@pytest.mark.parametrize("sentence, label", [
    ('Providers deny blame since the Press Council called them "mere carriers" back in 2003.',
     '2003 — Providers deny blame since the Press Council called them "mere carriers"'),
    ('Ana Velde, who wrote "Harbour Lights" in 1961, died in 1990.', '1961 — Ana Velde, who wrote "Harbour Lights"'),
])
def test_a_quotation_just_before_a_date_is_part_of_its_clause(sentence, label):
    assert label in date_labels(sentence)


def test_the_clause_after_a_quotation_is_the_event_when_it_says_something():
    labels = date_labels('He wore a badge that said "I ran" and who happened to greet Tom Reyes in 2014.')
    assert labels == ["2014 — happened to greet Tom Reyes"]


@pytest.mark.parametrize("sentence, label", [
    ("Mr Hale will ask the King on 7 or 8 May to dissolve the assembly at the end of that week.",
     "Mr Hale will ask the King on 7 or 8 May to dissolve the assembly"),
    ("The Tory government officially has until July 2009 to hold a general election.",
     "Tory government officially has until July 2009 to hold a general election"),
])
def test_an_infinitive_after_a_date_completes_its_event(sentence, label):
    assert date_labels(sentence) == [label]


@pytest.mark.parametrize("sentence, label", [
    # the infinitive's object is a quotation the label cannot read: the event stands before the date
    ('But the launch has been put back to 9 June to create a "fair market" for small firms.',
     "9 June — launch has been put back"),
    # "to win" says which rider, not what was done on the date
    ("He became only the third rider since 1988 to win the race twice.", "since 1988 — became only the third rider"),
])
def test_an_infinitive_without_its_object_or_after_an_ordinal_is_not_read(sentence, label):
    assert date_labels(sentence) == [label]


@pytest.mark.parametrize("sentence, label", [
    ("In 1961, back in Lisbon, she and Rui Sal jointly founded the Tagus Ballet.",
     "1961 — she and Rui Sal jointly founded the Tagus Ballet"),
    ("In May 2013, on the same day that the law took effect, Governor Ann Hoyle issued an executive order.",
     "May 2013 — Governor Ann Hoyle issued an executive order"),
])
def test_a_date_opening_its_sentence_dates_the_clause_past_a_prepositional_aside(sentence, label):
    assert date_labels(sentence) == [label]


def test_a_date_after_that_dates_the_clause_that_introduces():
    labels = date_labels("It's forecast that by 2030 most drivers will own an electric car.")
    assert labels == ["by 2030 — drivers will own an electric car"]


def test_a_date_leads_its_label_when_the_clause_holds_another_figure():
    # Read on through the date, the label would read as the 18% item's; the date leads instead.
    labels = date_labels("The board said it would cut releases into Lorvale by a further 18% from Sept. 1 to "
                         "protect drinking water.")
    assert labels == ["Sept. 1 — board said it would cut releases into Lorvale by a further 18%"]
