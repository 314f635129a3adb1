"""Actors section: the kind of an actor the gazetteer does not know, from how the article uses its name."""

from __future__ import annotations

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.sections import actors
from briefgen.segment import split_sentences


def kinds(text: str) -> dict[str, str]:
    """Every actor's name with its kind."""
    doc = split_sentences(parse_article(text, source="x.txt"))
    return {item.text: item.fields["kind"] for item in actors.extract(doc, Settings(max_actors=50)).items}


def test_speech_after_a_prepositions_object_is_the_subjects():
    # "said" follows the body the chief executive works for: the speaker is the chief executive.
    found = kinds("Charity warns on drink\n"
                  "Morag Tully, chief executive of Drink Sense Fallowmere, said the plan was flawed. "
                  "Ms Tully wants a new law.")
    assert found["Morag Tully"] == "person"
    assert found["Drink Sense Fallowmere"] == "organisation"


def test_a_legislators_seat_is_a_place():
    found = kinds("Doctor backs reform\n"
                  "Dr Ifor Pryce, who was a GP before becoming AM for Llanwern, said staff needed time.")
    assert found["Llanwern"] == "place"
    assert found["Ifor Pryce"] == "person"


def test_a_locative_before_a_comma_is_no_setting_of_the_name():
    # "In 2001," ends a phrase: the name after the comma is the clause's subject, not where it happens.
    found = kinds("Singer sues label\n"
                  "The label Brightfold Records was sued last year. In 2001, Quennell accused Brightfold of theft. "
                  "Quennell said he wants damages.")
    assert found["Quennell"] == "person"


def test_a_place_qualifying_a_head_after_it_is_no_place_name():
    # "South", a place's prefix, opens the name, but the known place after it only qualifies "Hunt".
    found = kinds("Hunt defies ban\n"
                  "Giles Marchant, joint master of the South Dorset Hunt, said: \"We will ride on.\" "
                  "Mr Marchant was questioned.")
    assert found["South Dorset Hunt"] == "organisation"
    assert found["Giles Marchant"] == "person"


def test_a_place_named_by_its_words_takes_no_role():
    # A bay's name, its place word first: the phrase after it is the news source, no role of a person's.
    found = kinds("Diver dies in boat crash\n"
                  "The crash happened a mile from the Bay of San Telmo, the Federal Attorney General's Office "
                  "for the Protection of the Environment said in a statement.")
    assert found["Bay of San Telmo"] == "place"


def test_a_known_body_opening_a_longer_name_makes_it_a_body():
    # "Nomura" is a known bank: a name it opens is one of its units, not a person.
    found = kinds("Banks cut jobs\n"
                  "Deutsche Bank said it would cut 1,900 jobs, while as many as 300 jobs will be lost at "
                  "Nomura First Halverson.")
    assert found["Nomura First Halverson"] == "organisation"


def test_a_name_after_a_persons_name_and_of_is_who_the_person_works_for():
    # Two plain words read as a person's name; after "Carlos Ibarra of", they are where he cooks.
    found = kinds("Chefs to watch\n"
                  "Carlos Ibarra of Casa Linda was born into a family of cooks.")
    assert found["Casa Linda"] == "organisation"
    assert found["Carlos Ibarra"] == "person"


def test_a_name_after_a_persons_name_and_of_placed_elsewhere_is_a_home_town():
    # "of Marrowfield" may be an employer or a home town: "in Marrowfield" later settles it (a guard: the
    # employer's vote must not outweigh the place's).
    found = kinds("Phone burns man\n"
                  "Erik Dahlstrom of Marrowfield says his phone caught fire. "
                  "He is now at home with family in Marrowfield.")
    assert found["Marrowfield"] == "place"


def test_letters_after_a_persons_name_keep_it_a_persons():
    # "FRBS" is a fellowship's letters, no body's acronym; the surname alone is the same sculptor.
    found = kinds("New coin portrait\n"
                  "The portrait replaces one by Owen Hale-Carrow FRBS, made in 1998. "
                  "Hale-Carrow was praised for it.")
    assert found == {"Owen Hale-Carrow FRBS": "person"}


def test_a_sea_passage_is_a_place() -> None:
    assert kinds("Norway and Russia both claim the Kalvdjup Passage, a newly ice-free route.")["Kalvdjup Passage"] == (
        "place")


def test_a_teams_a_familys_or_a_programmes_head_word_makes_a_body():
    # "Racing", "Brothers", "Programme" head bodies' names, even after a given name ("Nathan").
    found = kinds("Crews set sail\n"
                  "Tollan Ocean Racing skipper Bram Oyelaran spoke about the leg. "
                  "He thanked Nathan Brothers and the Dorvik Recovery Programme for their help.")
    assert found["Tollan Ocean Racing"] == "organisation"
    assert found["Nathan Brothers"] == "organisation"
    assert found["Dorvik Recovery Programme"] == "organisation"


def test_who_a_governor_or_a_mayor_governs_is_a_place():
    found = kinds("Critic shot dead\n"
                  "Early in his career, Pyotr Brusov was governor of Velikograd for six years. "
                  "Brusov said he had no regrets.")
    assert found["Velikograd"] == "place"


def test_a_publication_is_named_before_its_kind_or_written_in():
    # "in Orlovy Vestnik magazine" is no setting, nor "wrote in Kelvaro Sintra": both are publications.
    found = kinds("Story retracted\n"
                  "The claims first ran in Orlovy Vestnik magazine last year. "
                  "Ana Price later wrote in Kelvaro Sintra that the story was flawed.")
    assert found["Orlovy Vestnik"] == "organisation"
    assert found["Kelvaro Sintra"] == "organisation"


def test_what_is_based_somewhere_named_right_after_is_a_body():
    found = kinds("Orangutan recovers\n"
                  "\"He is improving,\" said Leeds-based Tarrow Kelvane. Vets fed him daily.")
    assert found["Tarrow Kelvane"] == "organisation"


def test_a_name_after_a_demonym_is_a_persons():
    # A city's name ends it, as clubs' names do ("Bayern Munich"); the demonym before it makes a person.
    found = kinds("Skier wins title\n"
                  "The Norwegian opened a lead over Italian Dorvik Lyon on Saturday.")
    assert found["Dorvik Lyon"] == "person"


def test_a_plural_the_lexicon_knows_only_in_the_singular_names_a_team():
    found = kinds("Actress abused online\n"
                  "Judd, a diehard Ohio Hornets fan, said the abuse shocked her.")
    assert found["Ohio Hornets"] == "organisation"


def test_a_name_set_off_after_restaurant_is_a_body():
    found = kinds("Chefs honoured\n"
                  "Tim Maslow took over his father's restaurant, Velvo Maran, and reinvented the food.")
    assert found["Velvo Maran"] == "organisation"


def test_plain_words_lose_a_tie_with_a_clue_to_a_body():
    # Two plain words are only a guess at a person's name; "which" after them is a clue to a body.
    found = kinds("Gamers sign deal\n"
                  "The pair get a contract with Vorrak Zentel, which is one of the few pro-gaming teams.")
    assert found["Vorrak Zentel"] == "organisation"


def test_a_name_opening_with_an_adjective_and_no_clue_is_no_persons():
    found = kinds("Ships broken up\n"
                  "The yard belongs to Global Vessark, and the hulls come from all over the world.")
    assert found["Global Vessark"] == "organisation"


def test_a_longer_name_with_no_clue_takes_the_person_it_ends():
    # "Incumbent" opens the name, so its words say nothing; the shorter name it ends is a person's.
    found = kinds("Leader concedes\n"
                  "Incumbent Obuya Mbeki phoned his rival on Tuesday. "
                  "Obuya Mbeki said he accepted the result. Mbeki thanked his party.")
    assert found["Incumbent Obuya Mbeki"] == "person"
    assert "Obuya Mbeki" not in found


def test_a_circuit_opening_a_name_makes_a_place():
    found = kinds("Driver crashes in test\n"
                  "He lost control of his car at the winter test at the Circuit de Valmora on February 22.")
    assert found["Circuit de Valmora"] == "place"


def test_a_name_between_a_possessive_and_a_noun_qualifies_it():
    # "his Brava Tollo debut": the team's name qualifies the debut, no person's.
    found = kinds("Rookie impresses\n"
                  "Carlos Sainz finished ninth on his Brava Tollo debut.")
    assert found["Brava Tollo"] == "organisation"


def test_a_given_name_with_a_regnal_numeral_is_a_person():
    # "III" is written in capitals like an acronym, but after a given name it is a monarch's numeral.
    found = actors.extract(split_sentences(parse_article(
        "King reburied\nEdmund III was reburied in Lorvale on Friday. "
        "Edmund died in battle in 1399, historians said.", source="x.txt")), Settings(max_actors=50)).items
    monarch = next(item for item in found if item.text == "Edmund III")
    assert monarch.fields["kind"] == "person"
    assert "Edmund" in monarch.fields["aliases"]


def test_a_place_name_that_names_a_person_alone_is_that_person_where_nothing_places_it():
    # "her sister Venus" makes the word a person's whole name: "Venus pulled out" is she, not the place the
    # gazetteer knows by that name.
    found = actors.extract(split_sentences(parse_article(
        "Skater withdraws\nLina Soto withdrew from the final on Friday. Her sister Venus had withdrawn in "
        "2001. Minutes before that final, Venus pulled out with a knee injury.",
        source="x.txt")), Settings(max_actors=50)).items
    named = [(item.text, item.fields["kind"], item.fields["mentions"]) for item in found if item.text == "Venus"]
    assert named == [("Venus", "person", 2)]


def test_an_initiative_is_a_body():
    # "Initiative" ends the names of charities and programmes, never a person's, even after a given name.
    assert kinds("Charity audited\nDonors gave $2 million to the Lina Global Initiative last year, the paper "
                 "said. The Lina Global Initiative denied it.")["Lina Global Initiative"] == "organisation"


def test_a_venue_after_a_preposition_of_place_is_the_place():
    # "Theatre" and "Center" are bodies' words, but "at the" and "out of the" make the names the buildings.
    found = kinds("Dancers return to stage\n"
                  "Mara Velkova danced at the Harrowgate Theatre for ten years. "
                  "On Friday she was seen walking out of the Dunmere Arts Center with her coach.")
    assert found["Harrowgate Theatre"] == "place"
    assert found["Dunmere Arts Center"] == "place"


def test_a_venue_attacked_is_the_place():
    found = kinds("Fund for victims\n"
                  "The fund helps victims of the attack on the Corvale Trade Center, its director Ivo Marsh said.")
    assert found["Corvale Trade Center"] == "place"


def test_a_venue_after_a_job_and_at_is_the_employer():
    # "a fellow at the": the institute employs her, a body.
    found = kinds("Report warns on rents\n"
                  "Ruth Okafor, a senior fellow at the Calder Institute, said rents would rise. "
                  "Ms Okafor wrote the report.")
    assert found["Calder Institute"] == "organisation"


def test_a_capital_after_a_locative_and_an_adjective_is_the_city():
    # "in central Moscow" places the event in the city; "Moscow said" would be Russia's government.
    found = kinds("Critic shot dead\n"
                  "The critic Ivo Marsh was shot dead in central Moscow on Friday. "
                  "Mr Marsh had written about the war.")
    assert found["Moscow"] == "place"


def test_a_possessive_inside_a_states_formal_name_is_one_of_its_words():
    # "People's" is a word of the formal name: the country, not a body named "People Republic of China".
    found = kinds("Envoys meet\n"
                  "The envoy Ivo Marsh flew to meet officials of the People's Republic of China on Monday.")
    assert found["China"] == "country"
    assert "People's Republic of China" not in found


def test_a_country_taking_a_plural_verb_as_its_clauses_subject_is_its_team():
    # "Malawi have", "by Namibia who": the national sides (a country "has" and is "which").
    found = kinds("Malawi ready for final\n"
                  "Malawi have won their last four games under coach Ivo Marsh. "
                  "They were beaten in last year's final by Namibia who scored twice late on.")
    assert found["Malawi"] == "organisation"
    assert found["Namibia"] == "organisation"


def test_a_country_after_the_noun_a_plural_verb_agrees_with_stays_the_country():
    # "workers ... in Malawi have": the verb is the workers', not the country's.
    found = kinds("Mine blast\n"
                  "The bodies of nine workers killed in a blast in northern Malawi have been recovered. "
                  "Places like Zambia were also hit.")
    assert found["Malawi"] == "country"
    assert found["Zambia"] == "country"


def test_a_country_beaten_in_a_match_report_is_its_team():
    found = kinds("Qualifier report\n"
                  "Ivo Marsh scored twice as Estonia beat Malawi 2-1 in Tallinn on Friday. "
                  "Estonia had lost 3-0 to the same side in March.")
    assert found["Malawi"] == "organisation"


def test_a_capital_one_goes_to_or_that_is_where_is_the_city():
    # "headed to Tokyo" and "from Madrid, where": the cities, not the governments of Japan and Spain.
    found = kinds("Plane lands safely\n"
                  "The jet, flown by pilot Ivo Marsh, was headed to Tokyo when it turned back. "
                  "Its owner spoke from Madrid, where she lives.")
    assert found["Tokyo"] == "place"
    assert found["Madrid"] == "place"


def test_common_words_after_in_the_capitalised_are_a_works_title():
    # "in The Broken Lantern": a capital "The" inside the sentence opens a title, no body's name.
    found = kinds("Dancer dies\n"
                  "The dancer Mara Velkova was outstanding in The Broken Lantern, critics said. "
                  "Ms Velkova retired in 1990.")
    assert "Broken Lantern" not in found
    assert found["Mara Velkova"] == "person"


def test_a_capital_one_leaves_or_visits_is_the_city():
    found = kinds("Jet lost\n"
                  "The jet vanished an hour after it left Lisbon, said pilot Ivo Marsh. "
                  "Mr Marsh had been visiting Oslo.")
    assert found["Lisbon"] == "place"
    assert found["Oslo"] == "place"


def test_a_speech_verb_after_a_prepositions_object_with_an_article_is_not_its_own():
    # "stopped at a Zelmart said": the man said it; the store after "at a" is no speaker, so no person.
    found = kinds("Shooting probed\nA man who had stopped at a Zelmart said he saw the car. Police said the man "
                  "was later shot.")
    assert found.get("Zelmart") != "person"
def test_a_states_formal_name_without_its_country_is_the_country():
    # "the Islamic Republic" shortens "Islamic Republic of Iran": Iran, which the article names.
    found = kinds("Talks resume\n"
                  "Iran agreed to new talks on Monday. Envoy Ivo Marsh said the Islamic Republic would send a team.")
    assert found["Iran"] == "country"
    assert "Islamic Republic" not in found


def test_a_saints_name_in_the_possessive_alone_is_a_body():
    # "attend St Brennan's.": the school named after the saint, not a place called St Brennan.
    found = kinds("Singer denies link\n"
                  "The singer Ivo Marsh said he did not attend St Brennan's. "
                  "The head of St Brennan's, Ann Lee, said the video was unfair.")
    assert found["St Brennan"] == "organisation"


def test_a_known_body_before_a_known_place_is_the_bodys_branch():
    # "BBC Wales": the broadcaster's unit in Wales, one body, not the BBC and Wales side by side.
    found = kinds("Presenter leaves\n"
                  "The presenter Ivo Marsh told BBC Wales he would step down in May.")
    assert found["BBC Wales"] == "organisation"
    assert "Wales" not in found


def test_a_name_a_place_nouns_list_includes_is_a_place():
    # "the Tulsa area, including Brenmoor": one of the area's towns ("which" alone would make it a body).
    found = kinds("Storm hits towns\n"
                  "Storms tore through the Tulsa area, including Brenmoor, which was hit last year too, "
                  "forecaster Ivo Marsh said.")
    assert found["Brenmoor"] == "place"


def test_a_us_states_homonym_with_a_president_is_the_country():
    # A US state has a governor, no president: "Georgia's former president" is the Caucasus republic's.
    found = kinds("Aid group accused\n"
                  "The group was accused of helping to topple Georgia's former president, its head Ivo Marsh said.")
    assert found["Georgia"] == "country"
    found = kinds("Storm warning\n"
                  "Georgia's governor Ann Lee declared an emergency on Monday.")
    assert found["Georgia"] == "place"


def test_a_town_before_police_is_the_place():
    # "Dunmere police officer Ivo Marsh": the town's police employs him; the town is a place.
    found = kinds("Officer hurt\n"
                  "Dunmere police officer Ivo Marsh was hurt on Friday. Officers patrol the campus in Dunmere.")
    assert found["Dunmere"] == "place"
    assert found["Ivo Marsh"] == "person"


def test_a_venue_before_building_is_the_place():
    found = kinds("Officer shot\n"
                  "The car idled near the front of the Velmar Institute building, officer Ivo Marsh said.")
    assert found["Velmar Institute"] == "place"


def test_a_venue_on_a_square_is_the_place():
    found = kinds("Statue unveiled\n"
                  "His paintings hang on the walls of the Harland Gallery on Marlow Square's north side, "
                  "curator Ivo Marsh said.")
    assert found["Harland Gallery"] == "place"


def test_a_laws_or_events_word_alone_is_no_actor():
    # "the Constitution": the one law the story means, no actor.
    # Named three times, a capitalised common word would be read as a name.
    found = kinds("Senators write letter\n"
                  "Senator Ivo Marsh said the deal was no treaty, which the Constitution requires the Senate to "
                  "approve. He said the Constitution was clear. Article II of the Constitution gives powers to "
                  "the president.")
    assert "Constitution" not in found
    assert found["Ivo Marsh"] == "person"


def test_a_name_ending_in_a_demonym_is_a_people_not_an_actor():
    # "Tarim Chinese" is no known name: waves of a people, the guideline's ethnic group; "Antonio French" stays.
    found = kinds("Tension in the west\n"
                  "The arrival of waves of Tarim Chinese, the region's largest group, has fuelled tension, "
                  "said the researcher Antonio French. Mr French has studied the region.")
    assert "Tarim Chinese" not in found
    assert found["Antonio French"] == "person"


def test_a_known_makers_name_counted_as_a_thing_is_its_product():
    # "in a Honda but": the car; "a Honda spokesman" would be the maker's.
    found = kinds("Carjack trial\n"
                  "The driver Ivo Marsh said his attacker followed in a Honda but later got into his car.")
    assert "Honda" not in found
    found = kinds("Recall\n"
                  "A Honda spokesman, Ivo Marsh, said the cars would be recalled.")
    assert found["Honda"] == "organisation"


def test_a_study_by_plain_words_is_a_bodys_and_by_a_given_name_a_persons():
    found = kinds("Power cuts\n"
                  "Only a fifth of people have power, according to a study by Marlow House. "
                  "A later report by Sarah Dunmore said the same.")
    assert found["Marlow House"] == "organisation"
    assert found["Sarah Dunmore"] == "person"


def test_the_centre_or_heart_of_a_name_makes_it_a_place():
    # "in the center of Lorvale" places it, as "the streets of Lorvale" do; together they outweigh "Lorvale
    # student", which reads as the student's college.
    found = kinds("King reburied\nThe remains were found in the center of Lorvale in 2012. Crowds lined the "
                  "streets of Lorvale. Lorvale student Ana Ruiz said she was proud.")
    assert found["Lorvale"] == "place"


def test_a_body_before_a_vehicles_model_is_an_actor_and_the_model_a_thing():
    # The helicopter is a Stormwing; the Navy flies it.
    found = kinds("Crash probe\n"
                  "A Navy Stormwing helicopter came down near Port Ellery on Monday. Two crew were hurt.")
    assert found["Navy"] == "organisation"
    assert "Navy Stormwing" not in found
    assert "Stormwing" not in found


def test_a_name_ending_in_a_vehicles_noun_is_the_model_not_a_body():
    found = kinds("Pilot honoured\n"
                  "Ivo Marsh qualified as a Kestrel Aircraft commander in 2010. "
                  "He drove his Veltra SUV to the base every day, said Lena Ortiz.")
    assert found["Ivo Marsh"] == "person"
    assert "Kestrel Aircraft" not in found
    assert "Veltra SUV" not in found
    assert "Lincoln Town Car" not in kinds("Headline\nThe report named Lincoln Town Car again on Monday evening.")


def test_a_title_in_single_quotes_is_a_work():
    # A headline's single quotes mark the film's title; the players' apostrophe opens and closes nothing.
    found = kinds("Film wins praise\n"
                  "Why 'Waking Marta' is about all of us. The players' union praised it, said Ivo Marsh.")
    assert "Marta" not in found
    assert "Waking Marta" not in found
    assert found["Ivo Marsh"] == "person"


def test_names_listed_after_software_or_technology_are_products():
    found = kinds("Scam warning\n"
                  "The gang used programs such as Skymapper Pro to find victims. Tools like Quillet help, said "
                  "Ivo Marsh, a spokesman for Lorvale Police. Quillet works on any phone.")
    assert "Skymapper Pro" not in found
    assert "Quillet" not in found
    assert found["Ivo Marsh"] == "person"


def test_a_verb_after_a_prepositions_object_is_not_the_names():
    # "may" is the race's verb: the prize after "for the" is no subject, and "a Velmar" counts it as a thing.
    found = kinds("Prize season\n"
                  "Lena Ortiz won a Velmar for her score last year. The race for the Velmar may be over, she said.")
    assert "Velmar" not in found
    assert found["Lena Ortiz"] == "person"
