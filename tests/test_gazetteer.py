"""Gazetteer: countries, demonyms, capitals, places, organisations, titles and non-names, offline."""

from __future__ import annotations

import pytest

from briefgen import gazetteer as gz


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Russia", "Russia"),
        ("Russian Federation", "Russia"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("North Korea", "North Korea"),
        ("South Korea", "South Korea"),
        ("Iran", "Iran"),
        ("Britain", "United Kingdom"),
        ("Türkiye", "Turkey"),
        ("CHINA", "China"),
        ("the Netherlands", "Netherlands"),
    ],
)
def test_country_names_resolve_to_their_canonical_name(name: str, country: str) -> None:
    assert gz.canonical_country(name) == country
    assert gz.lookup(name) == gz.Known(country, gz.COUNTRY, gz.VIA_NAME)


def test_short_capitals_are_acronyms_and_match_only_as_written() -> None:
    assert gz.lookup("Us") is None
    assert gz.lookup("us") is None
    assert gz.lookup("UN") == gz.Known("United Nations", gz.ORGANISATION, gz.VIA_NAME)
    assert gz.lookup("Un") is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("North Korean", "North Korea"),
        ("Russian", "Russia"),
        ("Ukrainian", "Ukraine"),
        ("Chinese", "China"),
        ("American", "United States"),
        ("British", "United Kingdom"),
        ("Americans", "United States"),
        ("Israelis", "Israel"),
    ],
)
def test_demonyms_and_their_plurals_resolve_to_countries(word: str, country: str) -> None:
    assert gz.demonym_country(word) == country
    assert gz.country_of(word) == country
    assert gz.canonical_country(word) is None


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Moscow", "Russia"),
        ("Pyongyang", "North Korea"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Beijing", "China"),
        ("Washington", "United States"),
        ("Seoul", "South Korea"),
    ],
)
def test_capitals_stand_for_their_countries(capital: str, country: str) -> None:
    assert gz.capital_country(capital) == country
    assert gz.lookup(capital).via == gz.VIA_CAPITAL


def test_states_cities_and_organisations_have_their_kinds() -> None:
    assert gz.lookup("Minnesota") == gz.Known("Minnesota", gz.PLACE, gz.VIA_NAME)
    assert gz.lookup("New York") == gz.Known("New York", gz.PLACE, gz.VIA_NAME)
    assert gz.lookup("Georgia").kind == gz.PLACE  # the US state, not the Caucasus republic
    assert gz.lookup("U.N.") == gz.Known("United Nations", gz.ORGANISATION, gz.VIA_NAME)
    assert gz.lookup("Nato").name == "NATO"
    assert gz.lookup("Democrats") == gz.Known("Democratic Party", gz.ORGANISATION, gz.VIA_NAME)
    assert gz.lookup("Republican").via == gz.VIA_DEMONYM
    assert gz.lookup("Kursk") is None
    assert gz.lookup("") is None
    assert gz.capital_country("Minnesota") is None


def test_title_length_counts_the_longest_title_at_the_start() -> None:
    assert gz.title_length(["Secretary", "of", "State", "Antony", "Blinken"]) == 3
    assert gz.title_length(["Secretary", "of", "Defense", "Lloyd", "Austin"]) == 3
    assert gz.title_length(["Prime", "Minister", "Keir", "Starmer"]) == 2
    assert gz.title_length(["Lt.", "Gen.", "Smith"]) == 2
    assert gz.title_length(["Sen.", "Ted", "Cruz"]) == 1
    assert gz.title_length(["Russian", "President"]) == 0
    assert gz.title_length([]) == 0


def test_role_words_cue_words_and_non_names() -> None:
    assert gz.is_role_noun("spokeswoman") and gz.is_role_noun("CEO")
    assert gz.is_role_noun("official") and not gz.is_role_noun("official", before_name=True)
    assert gz.is_role_modifier("former") and not gz.is_role_modifier("said")
    assert gz.is_honorific("Mr.") and gz.is_honorific("Dr") and not gz.is_honorific("Gen.")
    assert gz.is_org_cue("Ministry") and gz.is_org_cue("Institutes") and not gz.is_org_cue("Blinken")
    assert gz.is_place_cue("River") and gz.is_place_cue("Islands") and not gz.is_place_cue("Ministry")
    assert gz.is_place_prefix("San") and not gz.is_place_prefix("Vladimir")
    assert gz.is_name_particle("von") and not gz.is_name_particle("Von")
    assert gz.is_abbreviation("Gen") and gz.is_abbreviation("Oct") and not gz.is_abbreviation("Putin")
    assert gz.is_date_word("Thursday") and gz.is_date_word("Oct.") and not gz.is_date_word("Kursk")
    assert gz.is_month("May") and not gz.is_month("Monday")
    for word in ("Thursday", "Oct.", "The", "I", "Scroll", "Christmas", "No."):
        assert gz.is_non_name(word), word
    assert not gz.is_non_name("Blinken")
    assert gz.is_faith_or_group("Shiite") and not gz.is_faith_or_group("Houthi")


def test_head_nouns_place_nouns_and_given_names():
    for head in ("Port", "Isle", "Bank", "University", "Ministry", "Gulf", "Republic", "Court", "Museum"):
        assert gz.heads_of_name(head), head
    assert not gz.heads_of_name("Valdreth") and not gz.heads_of_name("Antony")
    assert gz.is_place_prefix("River") and gz.is_place_prefix("Port")
    assert gz.is_place_of_noun("suburb") and gz.is_place_of_noun("west") and not gz.is_place_of_noun("director")
    assert gz.is_given_name("Helena") and gz.is_given_name("sara") and gz.is_given_name("Venus")
    # Given names that are as often places, clubs or words are left out.
    for word in ("Austin", "Chelsea", "Jordan", "Paris", "May", "Will", "Oscar", "Valdreth"):
        assert not gz.is_given_name(word), word
    assert gz.is_org_cue("Books") and gz.is_name_particle("do")


def test_a_compound_of_a_word_and_man_is_an_agent_noun_only_when_its_stem_is_a_word() -> None:
    assert gz.is_agent_noun("huntsman") and gz.is_agent_noun("linesman")  # neither is in the lexicon
    assert not gz.is_agent_noun("zqxsman")  # a stem that is no word


@pytest.mark.parametrize(("word", "sex"), [("Erika", "female"), ("John", "male"), ("Lynn", None), ("Sergei", None)])
def test_a_given_name_tells_a_sex_only_when_the_census_gives_it_mostly_to_one(word: str, sex: str | None) -> None:
    assert gz.given_name_gender(word) == sex


def test_a_country_name_read_as_a_us_state_has_its_country_on_demand():
    assert gz.lookup("Georgia").kind == gz.PLACE
    assert gz.homonym_country("Georgia") == gz.Known("Georgia", gz.COUNTRY, gz.VIA_NAME)
    assert gz.homonym_country("Texas") is None
