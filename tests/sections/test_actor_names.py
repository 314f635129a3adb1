"""Actors section: where a name starts and ends, and which mentions of it merge into one actor."""

from __future__ import annotations

import pytest

from briefgen.model import Section
from tests.sections.test_actors import actor, names
from tests.sections.test_actors import brief_actors as read_actors


def brief_actors(text: str) -> Section:
    return read_actors(text)[1]


def test_a_surname_with_its_particle_merges_into_the_full_name() -> None:
    section = brief_actors(
        "Yemeni Interior Minister Khalid al-Rashami toured Marib on Sunday. Minister al-Rashami said the roads "
        "were open. Later, Rashami flew to Aden."
    )
    rashami = actor(section, "Khalid al-Rashami")
    assert rashami.fields["kind"] == "person"
    assert rashami.fields["role"] == "Yemeni Interior Minister"
    assert rashami.fields["aliases"] == ["al-Rashami", "Rashami"]
    assert "al-Rashami" not in names(section)


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("The Ireland and Wales Netball Council said the final would go ahead.", "Ireland and Wales Netball Council"),
        ("A grant came from the Tom and Edith Varga Foundation on Monday.", "Tom and Edith Varga Foundation"),
        ("The fine was set by the UK Fisheries and Waterways Commission on Monday.",
         "UK Fisheries and Waterways Commission"),
    ],
)
def test_a_bodys_name_ending_in_its_noun_takes_the_x_and_y_before_it(sentence: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, body).fields["kind"] == "organisation"
    assert len([n for n in names(section) if n in body]) == 1, names(section)


def test_two_names_joined_by_and_stay_two_before_a_bodys_noun() -> None:
    section = brief_actors("Officials at the White House and Congress met Norvex and Apple Inc on Monday.")
    assert {"White House", "Congress", "Apple Inc"} <= set(names(section))
    assert not [n for n in names(section) if " and " in n]


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("She danced for the Metropolitan Dance Theatre in Leeds for ten years.", "Metropolitan Dance Theatre"),
        ("Shares in General Turbine Company fell on Monday, traders said.", "General Turbine Company"),
    ],
)
def test_a_role_word_read_as_an_adjective_opens_the_bodys_name_after_it(sentence: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, body).fields["kind"] == "organisation"


@pytest.mark.parametrize("name", ["Vantrel Ltd", "Korlan Holdings Inc"])
def test_a_firms_legal_form_ends_its_name_though_the_stop_list_holds_it(name: str) -> None:
    section = brief_actors(f"Shares in {name} fell sharply on Monday, traders said.")
    assert actor(section, name).fields["kind"] == "organisation"


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("Radar will give way to the Next Generation Flight Control System, officials said.",
         "Next Generation Flight Control System", "organisation"),
        ("The case was heard in New Marston Juvenile Court on Friday.", "New Marston Juvenile Court", "organisation"),
        ("The talks were held at the Inner Dunmore Education Authority on Friday.",
         "Inner Dunmore Education Authority", "organisation"),
        ("United lost 2-1 at Old Cradley on Monday.", "Old Cradley", "place"),
    ],
)
def test_an_adjective_of_the_stop_list_capitalised_mid_sentence_opens_a_name(
    sentence: str, name: str, kind: str
) -> None:
    section = brief_actors(sentence)
    assert actor(section, name).fields["kind"] == kind


@pytest.mark.parametrize("people", ["Berliners", "New Yorkers"])
def test_a_places_people_in_the_plural_are_a_group_not_an_actor(people: str) -> None:
    section = brief_actors(f"Many angry {people} said on Monday that the new fares were far too high.")
    assert names(section) == []


def test_a_known_platform_after_a_persons_name_is_a_name_of_its_own() -> None:
    section = brief_actors("Her letter was posted on the Dorian Pell Facebook page, and thousands shared it on Monday.")
    assert actor(section, "Dorian Pell").fields["kind"] == "person"
    assert actor(section, "Facebook").fields["kind"] == "organisation"
    assert "Dorian Pell Facebook" not in names(section)


def test_a_demonym_before_a_bodys_acronym_qualifies_it() -> None:
    section = brief_actors("The arrest was reported by the Iranian KORN news agency on Sunday.")
    assert actor(section, "KORN").fields["kind"] == "organisation"
    assert "Iranian KORN" not in names(section)


@pytest.mark.parametrize("surname, given", [("Choi", "Dong-hyeon"), ("Ryu", "Tae-seok")])
def test_a_hyphenated_given_name_of_romanised_syllables_is_kept_whole(surname: str, given: str) -> None:
    name = f"{surname} {given}"
    section = brief_actors(
        f"Ministry spokesman {name} said on Monday that the talks would resume. Later, {surname} left."
    )
    person = actor(section, name)
    assert person.fields["aliases"] == [surname]
    assert person.fields["kind"] == "person"
    assert person.fields["role"] == "Ministry spokesman"


def test_a_hyphenated_word_after_a_name_stays_apart_from_it() -> None:
    section = brief_actors("The Oscar-winner Clara Venn said on Monday that she was happy.")
    assert actor(section, "Clara Venn").fields["kind"] == "person"


def test_a_title_before_common_words_makes_a_persons_name_that_of_leaves() -> None:
    section = brief_actors("Chancellor Rose Block of Norvale University called the protest a teachable moment.")
    block = actor(section, "Rose Block")
    assert (block.fields["kind"], block.fields["role"]) == ("person", "Chancellor")
    assert actor(section, "Norvale University").fields["kind"] == "organisation"


def test_a_place_after_on_is_where_a_body_stands_not_its_subject() -> None:
    section = brief_actors("The portraits hang in the Varden Gallery on Keswick Square, while the Council on Rural "
                           "Affairs met.")
    assert {"Varden Gallery", "Keswick Square", "Council on Rural Affairs"} <= set(names(section))


def test_a_possessive_after_a_persons_full_name_ends_the_name() -> None:
    section = brief_actors("The striker was surplus to requirements at Lucas van Dorn's United, but the Kern County "
                           "Sheriff's Office said he left.")
    assert actor(section, "Lucas van Dorn").fields["kind"] == "person"
    assert actor(section, "Kern County Sheriff's Office").fields["kind"] == "organisation"


def test_a_bodys_noun_hyphened_to_a_country_names_its_branch_there() -> None:
    section = brief_actors("The court ordered Varga Foundation-Latvia to close, and the Russia-Ukraine talks failed.")
    assert actor(section, "Varga Foundation-Latvia").fields["kind"] == "organisation"
    assert {"Russia", "Ukraine"} <= set(names(section))


def test_a_country_owning_a_bodys_shared_head_name_is_kept_after_a_sentence_opening_article() -> None:
    section = brief_actors("The UK Fisheries and Waterways Commission announced the fines on Monday.")
    assert actor(section, "UK Fisheries and Waterways Commission").fields["kind"] == "organisation"
    assert not [n for n in names(section) if n in ("UK Fisheries", "Waterways Commission")], names(section)


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("Lawyers for the pair wrote to the Norland Ministry of Justice on Monday.", "Norland Ministry of Justice"),
        ("The commission took the pair to the Vestian Court of Human Justice last year.",
         "Vestian Court of Human Justice"),
    ],
)
def test_a_title_word_ending_a_bodys_of_complement_is_the_bodys_name(sentence: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, body).fields["kind"] == "organisation"


def test_a_title_after_a_bodys_of_complement_is_still_a_role() -> None:
    section = brief_actors("Norland Department of Homeland Security Secretary Ivo Marsh spoke on Monday.")
    assert actor(section, "Ivo Marsh").fields["role"] == "Norland Department of Homeland Security Secretary"


def test_a_bodys_name_without_its_owning_country_merges_into_the_full_name() -> None:
    section = brief_actors(
        "The United States Bureau of Fisheries fined the firm on Monday. Later the Bureau of Fisheries said "
        "the fine would stand."
    )
    bureau = actor(section, "United States Bureau of Fisheries")
    assert bureau.fields["aliases"] == ["Bureau of Fisheries"]
    assert "Bureau of Fisheries" not in names(section)


def test_a_demonym_opening_a_name_of_common_words_is_the_bodys_own() -> None:
    section = brief_actors("The Danish Herring Industry (DHI) said catches fell. The DHI expects a better year.")
    body = actor(section, "Danish Herring Industry")
    assert body.fields["kind"] == "organisation"
    assert "Herring Industry" not in names(section)


def test_a_demonym_before_a_persons_name_still_qualifies_it() -> None:
    section = brief_actors("Danish Ivo Marsvig won the final on Sunday.")
    assert actor(section, "Ivo Marsvig").fields["kind"] == "person"


@pytest.mark.parametrize(
    "sentence, known, cut",
    [
        ("The case went before a Denver Federal court on Monday.", "Denver", "Denver Federal"),
        ("The shield would protect NATO Continental populations and forces.", "NATO", "NATO Continental"),
    ],
)
def test_an_adjective_after_a_known_name_qualifies_the_common_noun_after_it(sentence: str, known: str, cut: str) -> None:
    section = brief_actors(sentence)
    assert known in names(section)
    assert cut not in names(section)


def test_an_events_name_keeps_its_adjective_before_a_common_noun() -> None:
    section = brief_actors("Ivo Marsh wants a fifth French Open title in May.")
    assert "France" not in names(section)


@pytest.mark.parametrize(
    "sentence",
    ["The World No 4 singles player, Ivo Marsh, lost on Sunday.", "Ivo Marsh, the World No. 12, lost on Sunday."],
)
def test_a_rankings_number_sign_ends_a_name(sentence: str) -> None:
    section = brief_actors(sentence)
    assert names(section) == ["Ivo Marsh"]


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Newcomer Maisie - who topped the chart in May - has four nominations. Newcomer Maisie's album sold well.",
         "Maisie", "Newcomer"),
        ("Singer Lena Ortiz was arrested on Tuesday. Ortiz denied the charge.", "Lena Ortiz", "Singer"),
    ],
)
def test_a_role_noun_that_is_also_a_surname_opens_no_name_before_a_given_name(text: str, person: str, role: str) -> None:
    section = brief_actors(text)
    assert actor(section, person).fields["role"] == role


def test_a_role_written_solid_after_co_is_a_role_noun() -> None:
    section = brief_actors("Captain Ivo Marsh flew the jet. Copilot Vaski, 27, sat beside him.")
    assert "Copilot Vaski" not in names(section)
    assert actor(section, "Vaski").fields["kind"] == "person"


@pytest.mark.parametrize(
    "sentence, country, surface",
    [
        ("Ivo Marsh met officials of the Norwegian Government on Monday.", "Norway", "Norwegian Government"),
        ("Ivo Marsh said the Government of Chile would pay.", "Chile", "Government of Chile"),
        ("Ivo Marsh grew up in Communist Cuba.", "Cuba", "Communist Cuba"),
        ("Fighting spread across Western Moldova on Monday.", "Moldova", "Western Moldova"),
    ],
)
def test_a_countrys_state_or_an_adjective_before_a_country_is_the_country(
        sentence: str, country: str, surface: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, country).fields["kind"] == "country"
    assert surface not in names(section)


def test_a_body_named_after_its_assembly_keeps_its_government_noun() -> None:
    section = brief_actors("The Welsh Assembly Government said no on Monday.")
    assert actor(section, "Welsh Assembly Government").fields["kind"] == "organisation"


@pytest.mark.parametrize(
    "sentence, person, role, body",
    [
        ('"It will not last," said Norland TV Royal Correspondent Ivo Marsh.', "Ivo Marsh",
         "Norland TV Royal Correspondent", "Norland TV"),
        ("The charge was read by Assistant U.S. Attorney Dana Kovac on Friday.", "Dana Kovac",
         "Assistant U.S. Attorney", "United States"),
        ("Air Chief Marshal Leo Varga of the Lorvale Air Force met them.", "Leo Varga", "Air Chief Marshal",
         "Lorvale Air Force"),
        ("'It is over,' said Norland TV National Security Analyst Ivo Marsh.", "Ivo Marsh",
         "Norland TV National Security Analyst", "Norland TV"),
    ],
)
def test_a_role_noun_written_as_a_title_inside_a_run_is_no_part_of_the_name(
        sentence: str, person: str, role: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, person).fields["kind"] == "person"
    assert actor(section, person).fields["role"] == role
    assert body in names(section)
    assert not [n for n in names(section) if n != person and person in n], names(section)


def test_letters_glued_to_a_number_end_a_code_and_name_no_body() -> None:
    section = brief_actors("The airline flew a Boeing 767-300ER from Lorvale to Ostbay on Monday.")
    assert "ER" not in names(section)


def test_a_persons_full_name_after_for_ends_the_bodys_name_before_it() -> None:
    section = brief_actors("They chose the Lorvale Bank of China Tower for Tom Marsh's famous jump.")
    assert actor(section, "Tom Marsh").fields["kind"] == "person"
    assert "Lorvale Bank of China Tower" in names(section)


def test_a_known_bodys_name_before_a_known_place_names_its_branch() -> None:
    section = brief_actors("Ivo Marsh told BBC Scotland on Monday that the plan would go ahead.")
    assert actor(section, "BBC Scotland").fields["kind"] == "organisation"
    assert not {"BBC", "Scotland"} & set(names(section))


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("Order was kept at the rally, Lorvale police said on Monday.", "Lorvale police"),
        ("The Dunmore Institute police, who guard the campus, made no arrest.", "Dunmore Institute police"),
    ],
)
def test_a_towns_or_a_bodys_police_is_a_body_named_with_its_lower_case_noun(sentence: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, body).fields["kind"] == "organisation"
    assert body.removesuffix(" police") not in names(section)


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("Finnish police arrested two men on Monday.", "Finland"),
        ("UK police arrested two men on Monday.", "United Kingdom"),
    ],
)
def test_a_countrys_police_stay_the_country(sentence: str, country: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, country).fields["kind"] == "country"
    assert not [n for n in names(section) if n.endswith("police")]


def test_a_police_force_before_a_role_noun_qualifies_the_role() -> None:
    section = brief_actors("On Monday, Lorvale police officer Ivo Marsh was hurt.")
    assert actor(section, "Ivo Marsh").fields["role"] == "Lorvale police officer"
    assert "Lorvale police" not in names(section)


def test_a_bodys_possessive_ends_its_name_before_the_unit_it_owns() -> None:
    section = brief_actors("On Monday the Department of Transport's Bureau of Road Research released a report.")
    assert actor(section, "Department of Transport").fields["kind"] == "organisation"
    assert actor(section, "Bureau of Road Research").fields["kind"] == "organisation"


def test_a_plurals_possessive_stays_inside_the_bodys_name() -> None:
    section = brief_actors("A report came from the Federation of Women's Rights on Monday.")
    assert actor(section, "Federation of Women's Rights").fields["kind"] == "organisation"


def test_a_title_word_in_a_bodys_complement_before_common_words_is_the_bodys() -> None:
    section = brief_actors("A report by the Lorvale Office of Justice Studies came out on Monday.")
    assert actor(section, "Lorvale Office of Justice Studies").fields["kind"] == "organisation"
    assert "Studies" not in names(section)


def test_a_name_no_list_knows_takes_of_and_a_countrys_name_into_a_bodys_name() -> None:
    section = brief_actors("The regulator agreed a deal with Banque of Canada Capital Partners on Monday.")
    assert actor(section, "Banque of Canada Capital Partners").fields["kind"] == "organisation"
    assert "Canada Capital Partners" not in names(section)


def test_a_known_name_runs_on_through_in_the() -> None:
    section = brief_actors(
        "Drones struck Al Qaeda in the Arabian Peninsula near Lorvale, officials said. AQAP denied it.")
    assert actor(section, "Al Qaeda in the Arabian Peninsula").fields["kind"] == "organisation"
    assert actor(section, "Al Qaeda in the Arabian Peninsula").fields["aliases"] == ["AQAP"]
    assert "Arabian Peninsula" not in names(section)


def test_in_joins_no_names_outside_a_known_one() -> None:
    section = brief_actors("Aid was sent by Amnesty International in Lorvale on Monday.")
    assert {"Amnesty International", "Lorvale"} <= set(names(section))


def test_a_countrys_name_before_common_words_joined_by_and_is_one_national_body() -> None:
    section = brief_actors("The ruling is for its governing body (USA Rowing and Sailing) to make, he said.")
    assert actor(section, "USA Rowing and Sailing").fields["kind"] == "organisation"
    assert "USA Rowing" not in names(section)


def test_two_bodies_nouns_joined_by_and_after_a_country_stay_two() -> None:
    section = brief_actors("The ruling is for the US Army and Navy to make, he said.")
    assert "US Army and Navy" not in names(section)


def test_a_bodys_noun_after_a_title_opens_no_persons_name() -> None:
    section = brief_actors(
        "Two were hurt, the Lorvale Federal Attorney General's Office for the Protection of Wildlife said.")
    body = "Lorvale Federal Attorney General's Office for the Protection of Wildlife"
    assert actor(section, body).fields["kind"] == "organisation"
    assert "Office for the Protection of Wildlife" not in names(section)


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The blast at Kestrova mine on Monday killed two miners, officials said.", "Kestrova mine"),
        ("The final will be played at Ostbay's Liberty stadium on Saturday.", "Liberty stadium"),
    ],
)
def test_a_name_before_a_sites_lower_case_noun_names_the_site(sentence: str, place: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, place).fields["kind"] == "place"
    assert place.split()[0] not in names(section)


def test_a_known_citys_name_before_a_sites_noun_stays_the_city() -> None:
    section = brief_actors("Guards at the Paris museum said the paintings were safe on Monday.")
    assert actor(section, "Paris").fields["kind"] == "place"
    assert "Paris museum" not in names(section)


def test_a_title_of_a_place_named_alone_is_the_person_who_holds_it() -> None:
    section = brief_actors(
        "Prince Ivo paid tribute to his wife, Lena, Duchess of Lorvale, on Monday. The Duchess of Lorvale, by "
        "sticking to what she knows, connects with people."
    )
    lena = actor(section, "Lena")
    assert lena.fields["role"] == "Duchess of Lorvale"
    assert lena.fields["aliases"] == ["Duchess of Lorvale"]
    assert "Duchess of Lorvale" not in names(section)


def test_a_hyphen_before_a_bodys_noun_joins_two_bodies_names_into_one() -> None:
    section = brief_actors("Ivo Marsh led the Liberal Party of Norway-Party of People's Freedom, a small group.")
    body = "Liberal Party of Norway-Party of People's Freedom"
    assert actor(section, body).fields["kind"] == "organisation"
    assert not [n for n in names(section) if n != body and "Party" in n], names(section)


def test_a_state_universitys_campus_after_a_comma_is_part_of_its_name() -> None:
    section = brief_actors("Her co-author -- Ivo Marsh of University of Oregon, Pine Hollow -- agreed on Monday.")
    body = "University of Oregon, Pine Hollow"
    assert actor(section, body).fields["kind"] == "organisation"
    assert "Pine Hollow" not in names(section)


def test_a_list_after_a_state_universitys_name_takes_no_campus() -> None:
    section = brief_actors("She studied at the University of Texas, Rice University and Baylor.")
    assert {"University of Texas", "Rice University"} <= set(names(section))


def test_the_islamic_republic_alone_is_iran() -> None:
    section = brief_actors("Iran rejected the offer. New sanctions would hurt the Islamic Republic, Ivo Marsh said.")
    iran = actor(section, "Iran")
    assert iran.fields["kind"] == "country"
    assert "Islamic Republic" in iran.fields["aliases"]
    assert "Islamic Republic" not in names(section)


def test_a_district_judge_is_a_title_and_its_court_no_place() -> None:
    section = brief_actors("The ban was struck down by U.S. District Judge Ivo Marsh on Monday.")
    assert actor(section, "Ivo Marsh").fields["role"] == "U.S. District Judge"
    assert "U.S. District" not in names(section)


def test_a_title_of_a_place_with_no_holder_keeps_its_name() -> None:
    section = brief_actors("The Bishop of Lorvale led prayers on Monday. Crowds lined the streets of Lorvale to watch.")
    assert "Bishop of Lorvale" in names(section)
    assert not [item for item in section.items if item.text == "Lorvale" and item.fields["kind"] == "person"]


@pytest.mark.parametrize(
    "sentence, acronym",
    [
        ("A nurse aboard the boat performed CPR, Lorvale officials said.", "CPR"),
        ("He criticised plans for ID cards and new stop and search powers.", "ID"),
        ("The best players of the PC game will meet in Ostbay.", "PC"),
        ('"Will be back ASAP to talk more!" Ivo Marsh wrote.', "ASAP"),
    ],
)
def test_an_acronym_of_a_common_noun_is_no_actor(sentence: str, acronym: str) -> None:
    assert acronym not in names(brief_actors(sentence))


def test_a_poll_named_after_its_pollster_is_the_pollsters() -> None:
    section = brief_actors("A new BBC/Norvex Institute Poll found that 31% backed Ivo Marsh.")
    assert actor(section, "Norvex Institute").fields["kind"] == "organisation"
    assert "Norvex Institute Poll" not in names(section)


def test_a_persons_name_ending_in_poll_stays_whole() -> None:
    section = brief_actors("Arsenal: Lehmann, Lauren, Toure, Cole. Referee: G Poll (Hertfordshire).")
    assert "G Poll" in names(section)


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("He is a founding member of the Painter's Guild of Norland, he said.", "Painter's Guild of Norland"),
        ("She joined the Lorvale Writers Guild on Monday.", "Lorvale Writers Guild"),
    ],
)
def test_a_guild_is_a_bodys_noun(sentence: str, body: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, body).fields["kind"] == "organisation"


def test_a_known_name_ending_in_a_date_word_keeps_it() -> None:
    section = brief_actors("Her father, Ivo Marsh, told USA Today he had been abused in the stands.")
    assert actor(section, "USA Today").fields["kind"] == "organisation"
    assert "United States" not in names(section)


@pytest.mark.parametrize(
    "sentence, agency",
    [
        ("The minister told Vostra news agency that the drills were routine.", "Vostra"),
        ("He was sentenced last year, according to the Kestel news agency.", "Kestel"),
    ],
)
def test_a_name_before_news_agency_is_the_agencys(sentence: str, agency: str) -> None:
    section = brief_actors(sentence)
    assert actor(section, agency).fields["kind"] == "organisation"
