"""Actors section: names found from capitals, roles, merged aliases, mention counts, kinds and salience."""

from __future__ import annotations

import json

import pytest

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.model import Document, Item, Section
from briefgen.sections import actors
from briefgen.segment import split_sentences


def brief_actors(text: str, max_actors: int = 50) -> tuple[Document, Section]:
    doc = split_sentences(parse_article(text, source="x.txt"))
    return doc, actors.extract(doc, Settings(max_actors=max_actors))


def names(section: Section) -> list[str]:
    return [item.text for item in section.items]


def actor(section: Section, name: str) -> Item:
    """The item for one actor, failing with every name found otherwise."""
    found = [item for item in section.items if item.text == name]
    assert len(found) == 1, names(section)
    return found[0]


def assert_traceable(doc: Document, section: Section) -> None:
    for item in section.items:
        assert 1 <= len(item.quotes) <= actors.MAX_QUOTES
        for quote in item.quotes:
            assert doc.article.text[quote.start : quote.end] == quote.text
            assert quote.sentence_id in item.sentence_ids
        assert list(item.sentence_ids) == sorted(set(item.sentence_ids))


def test_section_identity_and_a_title_before_a_name_is_the_role():
    doc, section = brief_actors("Secretary of State Antony Blinken spoke in Tokyo on Thursday.")
    assert (section.key, section.title) == ("actors", "Actors")
    blinken = actor(section, "Antony Blinken")
    assert blinken.fields["kind"] == "person"
    assert blinken.fields["role"] == "Secretary of State"
    assert blinken.quotes[0].text == "Secretary of State Antony Blinken"
    assert (blinken.quotes[0].start, blinken.quotes[0].end) == (0, 33)
    assert_traceable(doc, section)


def test_surname_merges_into_the_full_name_and_mentions_count_every_alias():
    _, section = brief_actors(
        "Secretary of Defense Lloyd Austin arrived on Monday. Austin met reporters. Later, Austin left with his aides."
    )
    austin = actor(section, "Lloyd Austin")
    assert austin.fields["role"] == "Secretary of Defense"
    assert austin.fields["aliases"] == ["Austin"]
    assert austin.fields["mentions"] == 3
    assert austin.sentence_ids == (0, 1, 2)
    # One quote per surface form, the role-bearing one first.
    assert [q.text for q in austin.quotes] == ["Secretary of Defense Lloyd Austin", "Austin"]
    assert "Austin" not in names(section)


def test_demonyms_and_capitals_join_their_country():
    _, section = brief_actors(
        "North Korean troops crossed the border. Pyongyang denied it, and Moscow said nothing. "
        "Russian officials met North Korea's envoy."
    )
    north_korea = actor(section, "North Korea")
    assert north_korea.fields["kind"] == "country"
    assert north_korea.fields["aliases"] == ["North Korean", "Pyongyang"]
    assert north_korea.fields["mentions"] == 3
    russia = actor(section, "Russia")
    assert russia.fields["aliases"] == ["Moscow", "Russian"]
    assert russia.fields["role"] is None
    assert not {"Pyongyang", "Moscow", "North Korean", "Russian"} & set(names(section))


def test_us_abbreviations_are_the_united_states_but_us_the_pronoun_is_not():
    _, section = brief_actors("The U.S. government and US officials spoke. Let us wait, the mayor told us.")
    united_states = actor(section, "United States")
    assert united_states.fields["aliases"] == ["U.S.", "US"]
    assert united_states.fields["mentions"] == 2


def test_a_capital_after_in_is_the_city_not_the_government():
    _, section = brief_actors("Officials met in Washington on Friday. Washington and Seoul signed a deal.")
    assert actor(section, "Washington").fields["kind"] == "place"
    assert actor(section, "United States").fields["aliases"] == ["Washington"]
    assert actor(section, "South Korea").fields["aliases"] == ["Seoul"]


def test_sentence_initial_words_dates_and_function_words_are_not_actors():
    _, section = brief_actors(
        "However, the talks stalled on Thursday. Initially, both sides agreed. "
        "During the meeting on Oct. 31, Kim Jong Un said nothing. Scroll down for video."
    )
    assert names(section) == ["Kim Jong Un"]


def test_a_sentence_initial_word_seen_capitalised_mid_sentence_is_a_name():
    _, section = brief_actors(
        "Russian President Vladimir Putin spoke. Putin said the deal was fair. Critics disagreed."
    )
    putin = actor(section, "Vladimir Putin")
    assert putin.fields["role"] == "Russian President"
    assert putin.fields["mentions"] == 2
    assert actor(section, "Russia").fields["mentions"] == 1  # the demonym in his title
    assert "Critics" not in names(section)


def test_title_case_headline_words_count_only_when_the_body_capitalises_them():
    doc, section = brief_actors(
        "US Reports Troops Moving Near Kursk Region\n"
        "The troops moved toward the Kursk region, officials in the United States said."
    )
    assert doc.sentences[0].headline
    assert set(names(section)) == {"United States", "Kursk"}
    kursk = actor(section, "Kursk")
    assert kursk.fields["kind"] == "place"
    assert kursk.fields["headline"] is True
    assert kursk.sentence_ids == (0, 1)


def test_apposition_and_role_noun_give_roles():
    doc, section = brief_actors(
        'Kelley Luckstein, a hospital spokeswoman, said he was well. "Fine," said Nigel Pearson, '
        "manager of last-place Leicester. Chelsea manager Jose Mourinho agreed. Chelsea won."
    )
    assert actor(section, "Kelley Luckstein").fields["role"] == "hospital spokeswoman"
    assert actor(section, "Nigel Pearson").fields["role"] == "manager of last-place Leicester"
    mourinho = actor(section, "Jose Mourinho")
    assert mourinho.fields["role"] == "Chelsea manager"
    assert mourinho.quotes[0].text == "Chelsea manager Jose Mourinho"
    assert actor(section, "Chelsea").fields["kind"] == "organisation"
    luckstein_quote = actor(section, "Kelley Luckstein").quotes[0]
    assert luckstein_quote.text == "Kelley Luckstein, a hospital spokeswoman"
    assert_traceable(doc, section)


def test_a_clause_after_a_comma_is_not_a_role():
    _, section = brief_actors("Walter Mondale, 87, was diagnosed after he went to the hospital for a checkup.")
    mondale = actor(section, "Walter Mondale")
    assert mondale.fields["role"] is None
    assert mondale.fields["kind"] == "person"


def test_kinds_from_cue_words_and_context():
    _, section = brief_actors(
        "The U.S. Department of Defense sent aid to Rochester, Minnesota. "
        "Rescuers reached Lake Eufaula, and the FAA said its inspectors would fly from Tulsa to McAlester."
    )
    assert actor(section, "U.S. Department of Defense").fields["kind"] == "organisation"
    assert actor(section, "Rochester").fields["kind"] == "place"
    assert actor(section, "Minnesota").fields["kind"] == "place"
    assert actor(section, "Lake Eufaula").fields["kind"] == "place"
    assert actor(section, "FAA").fields["kind"] == "organisation"
    assert actor(section, "Tulsa").fields["kind"] == "place"


def test_hyphenated_country_pairs_are_two_countries():
    _, section = brief_actors("Fighting near the Russia-Ukraine border grew, and the Russia-North Korea pact held.")
    assert actor(section, "Russia").fields["mentions"] == 2
    assert actor(section, "Ukraine").fields["mentions"] == 1
    assert actor(section, "North Korea").fields["mentions"] == 1


def test_dateline_and_reporter_credit_are_not_actors():
    _, section = brief_actors(
        "Sanaa, Yemen (CNN)Houthi rebels advanced on Saturday, the Yemeni government said. "
        "Saudi jets struck Houthi positions. CNN's Greg Botelho contributed to this report."
    )
    assert actor(section, "Yemen").fields["aliases"] == ["Yemeni"]
    assert actor(section, "Houthi").fields["mentions"] == 2  # confirmed mid-sentence, so the opener counts
    assert "Sanaa" not in names(section)
    assert "Greg Botelho" not in names(section)


def test_ranked_by_salience_and_capped_at_max_actors():
    text = (
        "Mayor Ana Ortiz opened the Harbor Clinic on Monday. Ortiz thanked the council. "
        "Ortiz said the clinic would open daily. A nurse, Tom Reyes, said he was ready."
    )
    _, section = brief_actors(text)
    assert names(section)[0] == "Ana Ortiz"
    assert [item.rank for item in section.items] == list(range(len(section.items)))
    scores = [item.fields["score"] for item in section.items]
    assert scores == sorted(scores, reverse=True)
    _, capped = brief_actors(text, max_actors=1)
    assert names(capped) == ["Ana Ortiz"]
    _, none = brief_actors(text, max_actors=0)
    assert none.items == ()


def test_an_actor_named_in_the_situation_sentences_outranks_one_named_more_often_later():
    # The situation section's sentences summarise the main event: the trust that paid for the clinic
    # outranks a man mentioned twice further down, but only while its sentence is one the page shows.
    text = (
        "A new clinic opened on the quay on Monday. The Brenvik Harbor Trust paid for the building. "
        "Doctors will see patients six days a week. The waiting room holds forty chairs. "
        "Tom Reyes painted the sign by the door. Parking is free for patients. "
        "Reyes said the chairs came from a school."
    )
    doc = split_sentences(parse_article(text, source="x.txt"))
    shown = actors.extract(doc, Settings(algorithm="lead", sentences=2))
    assert [(item.text, item.fields["kind"]) for item in shown.items] == [
        ("Brenvik Harbor Trust", "organisation"), ("Tom Reyes", "person")]
    assert actor(shown, "Tom Reyes").fields["mentions"] == 2
    left_out = actors.extract(doc, Settings(algorithm="lead", sentences=1))
    assert names(left_out) == ["Tom Reyes", "Brenvik Harbor Trust"]


def test_a_setting_named_in_a_situation_sentence_gains_half_the_bonus():
    # "opened in Dorlin": the town is where the event happens, named in passing, so the man mentioned
    # twice after the lead outranks it though only the town is in the situation's one sentence.
    text = (
        "A new clinic opened in Dorlin on Monday. Tom Reyes painted the sign by the door. "
        "Doctors will see patients six days a week. Reyes said the chairs came from a school. "
        "Parking is free for patients."
    )
    doc = split_sentences(parse_article(text, source="x.txt"))
    section = actors.extract(doc, Settings(algorithm="lead", sentences=1))
    assert [(item.text, item.fields["kind"]) for item in section.items] == [
        ("Tom Reyes", "person"), ("Dorlin", "place")]


def test_the_outlet_of_the_dateline_ranks_below_the_actors_it_cites():
    # "(NWN)" credits the story: the outlet told things is a source, not who acts in the fire.
    story = (
        "A fire closed the Dorlin paper mill on Monday, the owner told NWN. "
        "Workers left the site safely, NWN affiliate KDRL reported. "
        "The blaze spread to a warehouse before firefighters arrived. "
        "\"It was fast,\" plant manager Ivo Marsh told NWN."
    )
    _, section = brief_actors("(NWN)" + story)
    assert [(item.text, item.fields["kind"]) for item in section.items] == [
        ("Ivo Marsh", "person"), ("KDRL", "organisation"), ("NWN", "organisation")]
    assert actor(section, "Ivo Marsh").fields["role"] == "plant manager"
    assert actor(section, "NWN").fields["mentions"] == 3
    _, undated = brief_actors(story)
    assert names(undated)[0] == "NWN"


def test_fields_are_json_serialisable():
    _, section = brief_actors("Secretary of State Antony Blinken met Chinese officials in Beijing.")
    for item in section.items:
        decoded = json.loads(json.dumps(dict(item.fields)))
        assert set(decoded) >= {"kind", "role", "aliases", "mentions"}
        assert isinstance(decoded["aliases"], list)


def test_an_article_without_names_has_no_actors():
    _, section = brief_actors("It rained all day. Nobody came, and the roads stayed empty.")
    assert section.items == ()


def test_shouted_text_gives_only_known_names():
    _, section = brief_actors("THE U.S. AND RUSSIA MET ON MONDAY. PUTIN SAID NOTHING.")
    assert set(names(section)) == {"United States", "Russia"}


def test_two_hundred_repeated_sentences_give_each_actor_once():
    # Speed lives in benchmarks/speed.py (--part stages); here the result of a long repetitive text.
    text = " ".join(
        f"Governor Maria Lopez of Texas met Senator John Reed in Austin on Monday about plan {i}." for i in range(200)
    )
    doc = split_sentences(parse_article(text, source="x.txt"))
    found = {item.text: item for item in actors.find_actors(doc)}
    assert found["Maria Lopez"].fields["mentions"] == 200 and found["Maria Lopez"].fields["role"] == "Governor"
    assert found["John Reed"].fields["role"] == "Senator"


@pytest.fixture(scope="module")
def kursk(request: pytest.FixtureRequest) -> tuple[Document, list[Item]]:
    text = request.getfixturevalue("kursk_text")
    doc = split_sentences(parse_article(text, source="seeds/kursk_north_korean_troops.txt"))
    return doc, actors.find_actors(doc)


def test_seed_names_its_principal_actors_with_roles(kursk):
    doc, items = kursk
    by_name = {item.text: item for item in items}
    assert by_name["Antony Blinken"].fields["role"] == "Secretary of State"
    assert by_name["Antony Blinken"].fields["aliases"] == ["Blinken"]
    assert by_name["Lloyd Austin"].fields["role"] == "Secretary of Defense"
    assert by_name["Vladimir Putin"].fields["role"] == "Russian President"
    assert by_name["Volodymyr Zelenskyy"].fields["role"] == "Ukrainian President"
    assert by_name["North Korea"].fields["aliases"] == ["North Korean", "Pyongyang"]
    assert by_name["Russia"].fields["aliases"] == ["Russian", "Moscow"]
    assert by_name["United States"].fields["aliases"] == ["US", "U.S."]
    assert by_name["China"].fields["kind"] == "country"
    assert by_name["Kursk"].fields["kind"] == "place"
    first = by_name["Antony Blinken"].quotes[0]
    assert (first.text, first.sentence_id) == ("Secretary of State Antony Blinken", 1)
    principals = {
        "Antony Blinken",
        "Lloyd Austin",
        "Vladimir Putin",
        "Volodymyr Zelenskyy",
        "North Korea",
        "Russia",
        "Ukraine",
        "China",
    }
    # The United States (in the headline) and Kursk (headline, six mentions) rank among them, and the
    # kinds are mixed (the Department of Defense before a sixth country), so all eight principals and the
    # Pentagon's department fill the default twelve places.
    shown = {item.text for item in items[: Settings().max_actors]}
    assert principals | {"U.S. Department of Defense"} <= shown
    assert {"Thursday", "However", "Initially", "The", "Oct", "Reports", "Troops"}.isdisjoint(by_name)
    section = actors.extract(doc, Settings())
    assert len(section.items) == Settings().max_actors
    assert_traceable(doc, section)


def test_a_head_noun_of_a_name_keeps_of_and_the_bare_name_joins_it():
    _, section = brief_actors(
        "A crane fell at the Port of Brenvik in northern Norway on Tuesday. "
        "Dock work in Brenvik stopped, and the Isle of Skarra ferry was cancelled."
    )
    port = actor(section, "Port of Brenvik")
    assert port.fields["kind"] == "place"
    assert port.fields["aliases"] == ["Brenvik"]
    assert port.fields["mentions"] == 2
    assert actor(section, "Isle of Skarra").fields["kind"] == "place"
    assert {"Port", "Brenvik", "Isle", "Skarra"}.isdisjoint(names(section))


def test_a_bare_word_joins_a_head_noun_name_only_when_one_fits():
    _, section = brief_actors(
        "Officials at the Port of Brenvik and the Bank of Brenvik met. The mood in Brenvik was quiet on Monday."
    )
    assert actor(section, "Port of Brenvik").fields["aliases"] == []
    assert actor(section, "Bank of Brenvik").fields["kind"] == "organisation"
    assert "Brenvik" in names(section)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engineers measured the flow at Tollegas on Monday.", "Tollegas"),
        ("The board in Castel Morro, Portugal, called the cut illegal.", "Castel Morro"),
        ("Storms hit the suburb of Pine Hollow overnight.", "Pine Hollow"),
        ("Trailers were destroyed just west of Brackley on Friday.", "Brackley"),
        ("The Brackley metro area lost power.", "Brackley"),
        ("The Dunmore-based agency sent money.", "Dunmore"),
        ("She won the race at Oberfeld-Kastl in Germany.", "Oberfeld-Kastl"),
        ("Flooding in Castel Morro forced 200 people out. Castel Morro has no shelter.", "Castel Morro"),
    ],
)
def test_place_evidence_makes_an_unknown_name_a_place(text: str, name: str):
    _, section = brief_actors(text)
    assert actor(section, name).fields["kind"] == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He bought milk at the Quik Mart. He went to the Quik Mart again.", "Quik Mart", "organisation"),
        (
            "Pestana is director of Aguas do Baixo Norte, the utility that sells water.",
            "Aguas do Baixo Norte",
            "organisation",
        ),
        ("He drummed for the metal band Crooked Brother for years.", "Crooked Brother", "organisation"),
        ("The Zorvath Consulting said prices rose.", "Zorvath Consulting", "organisation"),
        ("He met Helena Varga at a cafe in Lisbon, where Varga works.", "Helena Varga", "person"),
        ("Flying from Sandberg to Nooyi took Sheryl Dunmore an hour.", "Sheryl Dunmore", "person"),
    ],
)
def test_kind_follows_the_evidence_not_the_number_of_words(text: str, name: str, kind: str):
    _, section = brief_actors(text)
    assert actor(section, name).fields["kind"] == kind


def test_a_lone_given_name_joins_the_person_it_names():
    _, section = brief_actors(
        "Benjamin Netanyahu faced scandals about his wife Sara Netanyahu. Critics said Sara spent too much. "
        "Serena Okafor won, and her sister, Venus, cheered. Venus Okafor lost earlier. "
        "Laura Brandt joined the company in 2019. Workers at Laura's said she left."
    )
    assert "Sara" not in names(section)
    assert actor(section, "Sara Netanyahu").fields["mentions"] == 2
    assert actor(section, "Venus Okafor").fields["aliases"] == ["Venus"]
    assert actor(section, "Laura Brandt").fields["mentions"] == 2  # "at Laura's" is no place


def test_a_lone_kin_named_given_name_is_a_person():
    _, section = brief_actors("Netanyahu and his wife Sara flew home. Her sister, Tamar, stayed.")
    assert actor(section, "Sara").fields["kind"] == "person"
    assert actor(section, "Tamar").fields["kind"] == "person"


def test_a_given_name_opening_a_paragraph_stays_with_the_name():
    _, section = brief_actors(
        "The board sued, said chair Helena Marques Tavira on Monday.\n\n"
        "Helena Marques Tavira rejected the offer.\n\nMarques Tavira left."
    )
    assert names(section) == ["Helena Marques Tavira"]
    assert actor(section, "Helena Marques Tavira").fields["mentions"] == 3


def test_initials_join_the_full_name_they_abbreviate():
    _, section = brief_actors(
        "A.J. Pero, a drummer, died on Friday. Anthony Jude Pero passed away, a bandmate said. Pero was 55."
    )
    pero = actor(section, "Anthony Jude Pero")
    assert pero.fields["mentions"] == 3
    assert set(pero.fields["aliases"]) == {"A.J. Pero", "Pero"}


# --- Issue 8 failure patterns, on sentences of our own ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # Appositions with a number or a possessive inside the role.
        ("The inquiry was led by Ivo Marsh, a 19-year veteran of the Brenner Institute, and it ended.",
         "Ivo Marsh", "19-year veteran of the Brenner Institute"),
        ("Lena Ortiz, the agency's 41-year-old deputy secretary general, said the work goes on.",
         "Lena Ortiz", "agency's 41-year-old deputy secretary general"),
        # The head of a role is its last role noun before the complement.
        ("The talks are over, said Tom Reyes, associate vice chancellor of public affairs.",
         "Tom Reyes", "associate vice chancellor of public affairs"),
        # A role before the name, qualified by lower-case nouns or a body.
        ("The season is lost, said council member Ana Ruiz at the meeting.", "Ana Ruiz", "council member"),
        ("Former Norland host Piers Hale, who clashed with the presenter, spoke out.", "Piers Hale",
         "Former Norland host"),
        ("Norland Audit Office chief Sir John Bram said a new scheme was being drawn up.", "John Bram",
         "Norland Audit Office chief"),
        # A role closing the clause before a comma and the name.
        ("The head of the Coastal Rowing Club, Ivo Marsh, said the regatta would go ahead.", "Ivo Marsh",
         "head of the Coastal Rowing Club"),
        # ... after an owner, with role words qualifying its noun.
        ("The tour company's general director, Oscar Brel, released a statement.", "Oscar Brel",
         "tour company's general director"),
        # A copula, and a role in brackets.
        ("The race went ahead. Ana Ruiz is the former literacy counselor who raised the alarm.", "Ana Ruiz",
         "former literacy counselor"),
        ("Forwards: Ross Hale (Norland Saints), Gordon Blake (captain, Coastal Rugby), Dan Marsh (Norland Saints).",
         "Gordon Blake", "captain"),
        # A body's name before the role in an apposition.
        ("It is a leap forward, said Chris Stanning, Norland Online general manager.", "Chris Stanning",
         "Norland Online general manager"),
    ],
)
def test_roles_from_appositions_titles_and_copulas(sentence: str, name: str, role: str) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, name).fields["role"] == role
    assert_traceable(doc, section)


def test_a_verb_after_the_comma_is_no_role() -> None:
    _, section = brief_actors("Headline\nNorland, without Dennis Bergkamp, partnered 17-year-old striker Arturo Lupoli.")
    assert actor(section, "Dennis Bergkamp").fields["role"] is None
    assert actor(section, "Arturo Lupoli").fields["role"] == "17-year-old striker"


def test_events_laws_and_awards_are_not_actors() -> None:
    text = ("Headline\nCyclone Pam hit Vanuatu. Ivo Marsh won the Davis Cup and the Nobel Prize before the "
            "Falklands War. Before Pam struck, the Affordable Care Act was passed.")
    _, section = brief_actors(text)
    found = names(section)
    for event in ("Cyclone Pam", "Davis Cup", "Nobel Prize", "Falklands War", "Affordable Care Act"):
        assert event not in found
    assert "Vanuatu" in found and "Ivo Marsh" in found


@pytest.mark.parametrize(
    "name",
    ["U.N. Office for the Coordination of Humanitarian Affairs", "Center on Religion and Chinese Society",
     "Journal of Health and Social Behavior"],
)
def test_organisations_keep_their_whole_complement(name: str) -> None:
    _, section = brief_actors(f"Headline\nA report from the {name} was published on Monday by the staff.")
    assert actor(section, name).fields["kind"] == "organisation"


def test_an_acronym_after_a_country_prefix_is_an_alias() -> None:
    text = ("Headline\nOzone is back in the news. The U.S. Environmental Protection Agency (EPA) proposed rules. "
            "The EPA said so.")
    _, section = brief_actors(text)
    assert "EPA" in actor(section, "U.S. Environmental Protection Agency").fields["aliases"]
    assert "EPA" not in names(section)


def test_an_event_named_once_stays_out_when_its_name_comes_back_alone() -> None:
    _, section = brief_actors("Headline\nCyclone Pam hit Vanuatu on Friday. Before Pam struck, the Stability and "
                              "Growth Pact was in force in Europe.")
    found = names(section)
    assert "Pam" not in found and "Stability" not in found and "Vanuatu" in found


def test_the_place_an_event_is_named_after_is_a_place() -> None:
    _, section = brief_actors("Headline\nIvo Marsh won at the Dubai Tennis Championships on Tuesday night.")
    assert actor(section, "Dubai").fields["kind"] == "place"
    assert "Dubai Tennis Championships" not in names(section)


@pytest.mark.parametrize("team", ["Northampton Saints", "Sale Sharks", "Glasgow Rugby"])
def test_teams_named_after_a_town_are_organisations(team: str) -> None:
    _, section = brief_actors(f"Headline\nThe squad: Ross Hale ({team}), Dan Marsh ({team}) and others.")
    assert actor(section, team).fields["kind"] == "organisation"


def test_plurals_of_acronyms_and_common_words_are_not_actors() -> None:
    _, section = brief_actors("Headline\nSales of PCs and MP3s rose. Maoist slogans were painted by Ivo Marsh.")
    found = names(section)
    assert "PCs" not in found and "MP3s" not in found and "Maoist" not in found
    assert "Ivo Marsh" in found


def test_a_demonym_before_a_full_name_qualifies_the_person() -> None:
    _, section = brief_actors("Headline\nThe Briton now faces Russian Igor Andreev in the last 16.")
    assert actor(section, "Igor Andreev").fields["kind"] == "person"
    assert "Russian" in actor(section, "Russia").fields["aliases"]


def test_the_employer_before_a_role_is_an_actor_but_a_department_word_is_not() -> None:
    _, section = brief_actors("Headline\nHe wrote to Labour leader Ed Miliband. Women such as PepsiCo CEO Indra Nooyi "
                              "spoke, and Health Secretary Ann Lee agreed.")
    assert actor(section, "Ed Miliband").fields["role"] == "Labour leader"
    assert actor(section, "Labour Party").fields["kind"] == "organisation"
    assert actor(section, "PepsiCo").fields["kind"] == "organisation"
    assert "Health" not in names(section)


def test_kinds_from_the_words_of_a_name_and_after_it() -> None:
    text = ("Headline\nMonks live at Longquan Monastery near the city. Police closed Thomas Drive on Sunday. "
            "Ivo Marsh visited the Berlin Wall. Critics said Norvex officials knew, and Norvex shares fell.")
    _, section = brief_actors(text)
    assert actor(section, "Longquan Monastery").fields["kind"] == "place"
    assert actor(section, "Thomas Drive").fields["kind"] == "place"
    assert actor(section, "Berlin Wall").fields["kind"] == "place"
    assert actor(section, "Norvex").fields["kind"] == "organisation"


def test_title_case_common_words_are_no_actor() -> None:
    _, section = brief_actors("Headline\nFans of the show Top Gear signed a petition. Ivo Marsh read it at High School.")
    found = names(section)
    assert "Top Gear" not in found and "Ivo Marsh" in found


def test_a_team_sheet_lists_people() -> None:
    text = ("Headline\nNorland won on penalties.\n\nKenny, Geary, Morvane, Bromby, Tonge (Quinn 97), Gray.\n\n"
            "Subs Not Used: Francis, Kabba, Haystead.")
    _, section = brief_actors(text)
    for name in ("Geary", "Morvane", "Bromby", "Kabba", "Haystead"):
        assert actor(section, name).fields["kind"] == "person"


def test_a_team_sheet_names_after_its_heading_and_in_brackets_are_people() -> None:
    # A colon or a bracket makes a capital doubtful elsewhere; on a team sheet every word after the heading is a name.
    text = ("Headline\nNorland won on penalties.\n\nKenny, Geary, Morvane, Bromby, Tonge (Quinlan 97), Gray.\n\n"
            "Subs Not Used: Fennick, Kabba, Haystead.")
    _, section = brief_actors(text)
    for name in ("Fennick", "Quinlan"):
        assert actor(section, name).fields["kind"] == "person"
    assert "Subs Not Used" not in names(section)


def test_an_initial_without_its_dot_opens_a_person_and_shortens_the_full_name() -> None:
    # Team sheets and referees' lines write initials bare: "K Varlow (Norshire)." opens its line with a
    # single letter; "T Mardle" is the player Tom Mardle, and "B Quito" a player, not a club of the city.
    text = ("Headline\nNorland captain Tom Mardle scored twice.\n\nT Mardle (Wales), B Quito (Samoa), "
            "D Pellew (Fiji), R Tandy (Tonga).\n\nK Varlow (Norshire).")
    _, section = brief_actors(text)
    assert actor(section, "K Varlow").fields["kind"] == "person"
    assert actor(section, "B Quito").fields["kind"] == "person"
    assert "T Mardle" in actor(section, "Tom Mardle").fields["aliases"]
    assert "Ecuador" not in names(section)


def test_who_after_a_name_makes_it_a_person() -> None:
    _, section = brief_actors("Headline\nThe save came from Almunia, who kept his nerve.")
    assert actor(section, "Almunia").fields["kind"] == "person"


def test_a_role_stops_at_the_clause_verb_and_never_opens_with_a_conjunction() -> None:
    text = ("Headline\nGeorge Gresham, president of United Health Care Workers East wrote in the paper. "
            "The riders were Richard Wakeham, 34, from York, and former royal chef Nick Wood, 41.")
    _, section = brief_actors(text)
    assert "wrote" not in (actor(section, "George Gresham").fields["role"] or "")
    assert actor(section, "Nick Wood").fields["role"] == "former royal chef"
    assert actor(section, "York").fields["role"] is None


def test_clubs_named_after_their_city_are_organisations() -> None:
    _, section = brief_actors("Headline\nThe striker left Bayern Munich for Inter Milan in the summer.")
    assert actor(section, "Bayern Munich").fields["kind"] == "organisation"
    assert actor(section, "Inter Milan").fields["kind"] == "organisation"


def test_census_given_names_make_a_name_a_persons() -> None:
    _, section = brief_actors("Headline\nThe final was watched by Monica Niculescu and Caroline Wozniacki.")
    assert actor(section, "Monica Niculescu").fields["kind"] == "person"
    assert actor(section, "Caroline Wozniacki").fields["kind"] == "person"


def test_reported_speech_does_not_make_a_body_a_person() -> None:
    text = ("Headline\nThe audit office said Defra had improved. He said Defra had been slow. The agriculture "
            "department Defra replied.")
    _, section = brief_actors(text)
    assert actor(section, "Defra").fields["kind"] == "organisation"


# ("Lincoln Town Car", once here, is a car's model: no actor at all, test_actor_kinds.)
@pytest.mark.parametrize("name", ["Islamic State of Iraq", "La Scala"])
def test_names_no_person_bears_are_not_people(name: str) -> None:
    _, section = brief_actors(f"Headline\nThe report named {name} again on Monday evening.")
    assert actor(section, name).fields["kind"] != "person"


def test_works_and_races_are_not_actors() -> None:
    _, section = brief_actors("Headline\nIvo Marsh won the Fayetteville Invitational and starred in The Muppet Movie.")
    found = names(section)
    assert "Fayetteville Invitational" not in found and "Muppet Movie" not in found and "Ivo Marsh" in found


def test_the_list_mixes_kinds_before_a_fifth_country() -> None:
    text = ("Headline\nFrance, Spain, Italy, Greece and Portugal met. France and Spain agreed, Italy and Greece "
            "did not, and Portugal waited. The Norland Fisheries Agency said the quota would stand.")
    _, section = brief_actors(text, max_actors=5)
    assert "Norland Fisheries Agency" in names(section)


def test_half_of_a_lower_case_title_is_no_name() -> None:
    _, section = brief_actors("Headline\nForeign ministers met in Oslo. Norwegian Foreign Minister Sigrid Aalvik spoke.")
    assert "Foreign" not in names(section)


@pytest.mark.parametrize(
    ("sentence", "actors_expected", "not_actors"),
    [
        # Quoted titles are works, not actors; the people around them stay.
        ('Their song "Blurred Lines" copied the Marvin Gaye classic, the jury in Lorvale found.',
         ["Marvin Gaye"], ["Blurred Lines", "Lines"]),
        ('Ana Ruiz wrote "Kookaburra Sits in the Old Gum Tree" for the Girl Guides of Norland.',
         ["Ana Ruiz"], ["Kookaburra Sits", "Old Gum Tree", "Gum Tree"]),
        ('The drama "The Gilded Age" will air on NBC next year, Paula Brandt said.',
         ["Paula Brandt", "NBC"], ["Gilded Age"]),
    ],
)
def test_quoted_titles_are_not_actors(sentence: str, actors_expected: list[str], not_actors: list[str]) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    found = names(section)
    for name in actors_expected:
        assert name in found
    for name in not_actors:
        assert name not in found
    assert_traceable(doc, section)


def test_quoted_speech_still_gives_actors() -> None:
    # Speech has words in lower case: the names quoted in it are actors.
    doc, section = brief_actors('Headline\n"We told Paula Brandt the bridge was closing," Ivo Marsh said on Monday.')
    assert {"Paula Brandt", "Ivo Marsh"} <= set(names(section))


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The security of the museum was raised. Security Minister Rafa Chell said the attackers trained abroad.",
     "Rafa Chell", "Security Minister"),
    ("The health of the nation matters. Health Secretary Ana Ruiz said on Friday that the plan works.",
     "Ana Ruiz", "Health Secretary"),
])
def test_a_department_word_opening_a_sentence_belongs_to_the_title(text: str, name: str, role: str) -> None:
    # The article writes the word in lower case elsewhere; before a title and a name it is the title's.
    _, section = brief_actors(f"Headline\n{text}")
    assert actor(section, name).fields["role"] == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Journalist Victoria Brandt reported from Lorvale on Monday.", "Victoria Brandt", "Journalist"),
        ("Creator Julian Fenwick is developing another drama for NBC.", "Julian Fenwick", "Creator"),
        ("Liberal Democrat MP Richard Allard said the rules were too weak.", "Richard Allard", "Liberal Democrat MP"),
    ],
)
def test_capitalised_role_words_move_out_of_the_name(sentence: str, name: str, role: str) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    item = actor(section, name)
    assert item.fields["kind"] == "person"
    assert item.fields["role"] == role
    assert_traceable(doc, section)


def test_city_names_in_a_match_report_are_clubs() -> None:
    text = (
        "Headline\nChelsea beat West Ham 1-0 on Sunday to stay top of the league. "
        "West Ham boss Sam Allardyce said his team deserved a point. "
        "Manchester City lost 2-0 to Burnley in Manchester on Saturday."
    )
    doc, section = brief_actors(text)
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["West Ham"] == "organisation"
    assert kinds["Manchester City"] == "organisation"
    assert kinds["Manchester"] == "place"  # "in Manchester": where the match was, not a side


def test_sides_of_a_match_report_with_no_given_name_are_teams() -> None:
    text = (
        "Headline\nSixth-placed Corvale beat Aldon Rovers 4-0, while Real Estvia beat Marno 1-0. "
        "Second-placed Lindmoor were held 0-0 at struggling Quillon Vale, and leader Harwick lost 2-1. "
        "Tim Vaski beat Ivo Marsh 6-4 in the tennis on Sunday. It was hard, Marsh said to Lena Ortiz after it."
    )
    _, section = brief_actors(text)
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Real Estvia"] == "organisation" and kinds["Quillon Vale"] == "organisation"
    assert kinds["Harwick"] == "organisation"  # "leader" is its place in the table, not a person's role
    # A given name or the surname alone makes a player; "spoke to" is no side.
    assert kinds["Tim Vaski"] == "person" and kinds["Ivo Marsh"] == "person" and kinds["Lena Ortiz"] == "person"


def test_a_plural_role_before_one_name_names_a_team() -> None:
    # "champions Corvale" is no person with the role "champions"; sprinters listed are people sharing it.
    text = ("Headline\nThe duo lost 1-0 at home to champions Corvale, but the club are still 12th. "
            "Greek sprinters Kostas Mardel and Katerina Vosk missed a test.")
    _, section = brief_actors(text)
    team = actor(section, "Corvale")
    assert team.fields["kind"] == "organisation" and team.fields["role"] is None
    assert actor(section, "Katerina Vosk").fields["role"] == "Greek sprinters"


def test_a_demonym_and_a_plural_noun_name_a_place_not_a_team() -> None:
    # "Sale Sharks" is a team's name; "Dutch Hollows" opens with a demonym, as a place's name may.
    text = ("Headline\nIvo Marsh won the title at Dutch Hollows on Sunday. He returned to Dutch Hollows after "
            "ten years, and the crowd at Dutch Hollows cheered him.")
    _, section = brief_actors(text)
    assert actor(section, "Dutch Hollows").fields["kind"] == "place"


def test_a_side_s_short_form_is_the_side() -> None:
    # "Dorvo" opens the one side named "Dorvo Almacen", "Juvena" clips Juvenastra: each is that club,
    # whose kind the short form's clues decide ("Dorvo defender"). A first word two names share stays apart.
    text = (
        "Headline\nCorvale beat Dorvo Almacen 6-1 on Sunday. Dorvo defender Tito Brasc was sent off. "
        "Second-placed Marno were held 0-0 by leader Juvenastra, and Lindmoor beat Juvena 2-1 on Monday. "
        "Kestrel Athletic drew 1-1 with Kestrel Town."
    )
    _, section = brief_actors(text)
    club = actor(section, "Dorvo Almacen")
    assert club.fields["kind"] == "organisation" and "Dorvo" in club.fields["aliases"]
    assert "Juvena" in actor(section, "Juvenastra").fields["aliases"]
    assert "Dorvo" not in names(section) and "Juvena" not in names(section)


def test_a_first_word_outside_a_match_report_names_the_whole() -> None:
    # "the Norvane" runs "Norvane Modern", one of its galleries: the short form stays the body's own name.
    text = "Headline\nThe Norvane said its new wing would open. Visitors to Norvane Modern queued for hours."
    _, section = brief_actors(text)
    assert "Norvane" in names(section) and "Norvane Modern" in names(section)


def test_a_side_named_by_a_given_name_alone_is_a_team() -> None:
    text = (
        "Headline\nThird-placed Corvale beat Aldon Rovers 4-0 on Sunday, while second-placed Roma were held 1-1 "
        "at struggling Quillon Vale. Fourth-placed Valencia beat Marno 2-0. "
        "In the tennis, Lena Vaski beat her sister Sara 6-4."
    )
    _, section = brief_actors(text)
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Roma"] == "organisation" and kinds["Valencia"] == "organisation"
    # A given name alone with another clue (kin) is still a player.
    assert kinds["Sara"] == "person" and kinds["Lena Vaski"] == "person"


def test_a_report_of_players_without_scores_reads_city_clubs_as_teams() -> None:
    text = (
        "Headline\nIf Jens is not Liverpool's number one keeper, that is a problem, Ivo Marsh said. "
        "He is currently the number two keeper at Leeds, and the striker wants to move. "
        "Manchester hold Everton, the headline said. The council in Bristol voted on Monday."
    )
    _, section = brief_actors(text)
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Liverpool"] == "organisation" and kinds["Leeds"] == "organisation"
    assert kinds["Manchester"] == "organisation"
    assert kinds["Bristol"] == "place"  # "the council in Bristol": a place in any story


def test_the_same_city_outside_a_match_report_is_a_place() -> None:
    doc, section = brief_actors("Headline\nThe council in Liverpool voted against the plan on Monday.")
    assert actor(section, "Liverpool").fields["kind"] == "place"


@pytest.mark.parametrize(("sentence", "absent", "present"), [
    ("Ana Ruiz served in World War II before she moved to Lorvale.", ("World War II", "World War"), "Ana Ruiz"),
    ("The film Rocky II was shown again, Ivo Marsh said.", ("Rocky II",), "Ivo Marsh"),
    ("Queen Elizabeth II met Ivo Marsh in Lorvale on Monday.", (), "Elizabeth II"),
    ("Fans started #BringBackClarkson on Twitter, Ivo Marsh said.", ("BringBackClarkson",), "Ivo Marsh"),
    ("He drove the Aston Martin DB10 with plate H982 FKL in Lorvale.", ("H982 FKL",), "Lorvale"),
    ("He studied Tibetan Buddhism in Lorvale with Ana Ruiz.", ("Tibetan Buddhism",), "Ana Ruiz"),
    ("The G20 met in Lorvale, Ana Ruiz said.", (), "G20"),
])
def test_numbered_works_hashtags_codes_and_doctrines_are_not_actors_but_monarchs_and_groups_are(
    sentence: str, absent: tuple[str, ...], present: str
) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    found = names(section)
    assert present in found
    assert set(absent).isdisjoint(found)


@pytest.mark.parametrize(("sentence", "name", "kind", "pieces"), [
    ("Fighters of the People's Liberation Front attacked the town on Monday.",
     "People's Liberation Front", "organisation", ["People", "Liberation Front"]),
    ("DAN, the news agency of the self-proclaimed Donetsk People's Republic, said so.",
     "Donetsk People's Republic", "place", ["Donetsk People"]),
    ("Imran Sarker told the International Humanist and Ethical Union that he was afraid.",
     "International Humanist and Ethical Union", "organisation", ["Ethical Union"]),
    ("Ivo Marsh, CEO of the Norland Media Group, said sales fell.",
     "Norland Media Group", "organisation", ["CEO of the Norland Media Group"]),
    # A royal's or a saint's possessive opens a place named after them.
    ("A man was shot in Prince Edmund's County on Monday, police said.",
     "Prince Edmund's County", "place", ["Edmund"]),
    ("Crowds filled St Alban's Square in Lorvale on Sunday.",
     "St Alban's Square", "place", ["Alban", "Square"]),
])
def test_longer_names_stay_whole(sentence: str, name: str, kind: str, pieces: list[str]) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, name).fields["kind"] == kind
    for piece in pieces:
        assert piece not in names(section)
    assert_traceable(doc, section)


def test_a_title_with_a_word_in_lower_case_leaves_the_name() -> None:
    _, section = brief_actors("Headline\nSenate President pro Tempore Ana Ruiz opened the session.")
    assert actor(section, "Ana Ruiz").fields["role"] == "Senate President pro Tempore"
    assert "Tempore Ana Ruiz" not in names(section)


@pytest.mark.parametrize("sentence", [
    "Content rules raise questions of regulation, watchdog Ofcom has said.",
    "Lord Currie, chairman of super-regulator Ofcom, told the panel.",
])
def test_a_body_noun_before_a_name_makes_it_a_body(sentence: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, "Ofcom").fields["kind"] == "organisation"


def test_a_kind_of_body_before_a_given_name_still_makes_a_body() -> None:
    _, section = brief_actors("Headline\nHe read the French satire magazine Charlie Hebdo on Monday.")
    assert actor(section, "Charlie Hebdo").fields["kind"] == "organisation"


@pytest.mark.parametrize(("sentence", "name"), [
    ("He wrote in the Danish newspaper Nordby Tidende on Saturday.", "Nordby Tidende"),
    ("Sales fell at Brisbane-based game developer Valdo Studios last year.", "Valdo Studios"),
    ("Buying Telnor would give Qwerton, a local phone service provider, a network.", "Qwerton"),
])
def test_a_kind_of_firm_before_or_after_a_name_is_no_persons_role(sentence: str, name: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    firm = actor(section, name)
    assert firm.fields["kind"] == "organisation"
    assert firm.fields["role"] is None


def test_a_body_noun_as_a_persons_role_before_a_given_name_stays_a_role() -> None:
    _, section = brief_actors("Headline\nThe site's publisher Jason Grady refused to name his sources.")
    assert actor(section, "Jason Grady").fields["kind"] == "person"


def test_a_route_between_places_is_no_person() -> None:
    _, section = brief_actors("Headline\nThe Paris-to-Lagos rally starts on Monday in Lorvale, organisers said.")
    found = names(section)
    assert "Paris-to-Lagos" not in found
    assert all(item.fields["kind"] != "person" for item in section.items)


def test_a_given_name_that_is_a_city_stays_with_the_person() -> None:
    _, section = brief_actors("Headline\nParis Jackson, 16, spoke in Lagos. Paris said she was happy. "
                              "France sent a team to Lorvale.")
    assert "Paris" in actor(section, "Paris Jackson").fields["aliases"]
    assert "Paris" not in actor(section, "France").fields["aliases"]


def test_in_the_city_it_stays_the_city() -> None:
    _, section = brief_actors("Headline\nParis Jackson, 16, lives in Paris with her brother Ivo.")
    assert actor(section, "Paris").fields["kind"] == "place"


def test_a_vehicle_named_once_is_no_actor_anywhere_in_the_article() -> None:
    _, section = brief_actors("Headline\nThe Marisol was carrying 112 passengers. Divers searched for people missing "
                              "after the ferry Marisol capsized. Investigators asked whether the Marisol was overloaded.")
    assert "Marisol" not in names(section)


def test_a_work_named_with_the_is_no_actor_where_it_stands_alone() -> None:
    _, section = brief_actors("Headline\nThe Lorvale drama The Quiet Harbour won the prize. Ivo Marsh starred "
                              "in The Quiet Harbour, and Lena Ortiz praised The Quiet Harbour.")
    found = names(section)
    assert "Quiet Harbour" not in found and "The Quiet Harbour" not in found
    assert {"Ivo Marsh", "Lena Ortiz"} <= set(found)


def test_a_concert_and_a_chart_named_by_their_last_word_are_no_actors() -> None:
    _, section = brief_actors("Headline\nHighlights of the Folk Winners Concert will be shown, Ivo Marsh said. The "
                              "song entered the Official Lorvale Singles Chart at number one.")
    assert names(section) == ["Ivo Marsh"]


def test_vehicles_are_not_actors() -> None:
    _, section = brief_actors("Headline\nThe ferry Pride of Norland sank off Lorvale, Ivo Marsh said.")
    found = names(section)
    assert "Pride" not in found and "Norland" not in found and "Pride of Norland" not in found
    assert actor(section, "Lorvale").fields["kind"] == "place"


def test_a_title_and_an_honorific_leave_the_name() -> None:
    _, section = brief_actors("Headline\nDirector-General Dr. Lena Ortiz said the agency would act.")
    item = actor(section, "Lena Ortiz")
    assert item.fields["role"] == "Director-General"


def test_a_team_sheet_brackets_name_clubs() -> None:
    text = ("Headline\nForwards: Ross Beattie (Northampton Saints), Bruce Douglas (The Borders), "
            "Iain Fullarton (Saracens), Robbie Russell (London Irish), Jon Dunbar (Leeds Tykes).")
    _, section = brief_actors(text)
    for club in ("Northampton Saints", "Borders", "Saracens", "London Irish", "Leeds Tykes"):
        assert actor(section, club).fields["kind"] == "organisation"
    assert actor(section, "Iain Fullarton").fields["kind"] == "person"
    assert "United Kingdom" not in names(section)  # "London" of London Irish is no capital here


def test_a_results_list_keeps_countries_and_substitutes() -> None:
    text = ("Headline\nResults: Kenenisa Bekele (Ethiopia), Ivo Marsh (Kenya), Tom Reyes (Spain). "
            "Arsenal: Almunia, Lauren (Eboue 60), Toure, Cygan (Senderos 70), Cole.")
    _, section = brief_actors(text)
    assert actor(section, "Ethiopia").fields["kind"] == "country"
    assert all(item.fields["kind"] != "organisation" for item in section.items if item.text in ("Eboue", "Senderos"))


def test_a_definite_description_after_the_only_person_gives_the_role() -> None:
    text = ("Headline\nEuan Marsh has been named in the Norland squad after a ban.\n\n"
            "The Glasgow forward's ban for stamping ended on Monday.")
    doc, section = brief_actors(text)
    item = actor(section, "Euan Marsh")
    assert item.fields["role"] == "Glasgow forward"
    assert_traceable(doc, section)


@pytest.mark.parametrize("text", [
    # Two people before the description, neither the subject there: whose role it is cannot be told.
    "Headline\nIn Leeds, Tim Henman beat Greg Reyes in three sets. The British number one then won again.",
    # The person is not the subject of the sentence before.
    "Headline\nPark, the country's President, told Mark Lippert she was troubled. The South Korean leader vowed to act.",
])
def test_no_role_from_a_description_that_may_be_someone_else_s(text: str) -> None:
    _, section = brief_actors(text)
    assert all(item.fields["role"] is None for item in section.items if item.text in ("Tim Henman", "Greg Reyes",
                                                                                       "Mark Lippert"))




def test_a_single_word_seen_only_opening_sentences_needs_evidence() -> None:
    _, section = brief_actors("Headline\nZen teaches patience, Ana Ruiz said. Christoph Waltz plays the villain.")
    found = names(section)
    assert "Zen" not in found
    assert "Christoph Waltz" in found and "Ana Ruiz" in found


def test_an_agent_noun_before_a_given_name_is_a_role() -> None:
    _, section = brief_actors("Headline\nThe crew's skipper Ian Walker spoke about the journey. "
                              "Top scorer Tom Reyes agreed with his brother Ivo Reyes.")
    assert actor(section, "Ian Walker").fields["role"] == "crew's skipper"
    assert actor(section, "Tom Reyes").fields["role"] == "Top scorer"
    assert actor(section, "Ivo Reyes").fields["role"] is None  # kin is no role


def test_an_agent_noun_alone_makes_no_person() -> None:
    _, section = brief_actors("Headline\nThe thriller Gone Missing opened in Lorvale on Friday.")
    assert all(item.fields["kind"] != "person" for item in section.items)


@pytest.mark.parametrize(("sentence", "role"), [
    ("Ann Lee, who serves as chief of the Norland police, said so.", "chief of the Norland police"),
    ("Ann Lee, who is the head of the Norland agency, said so.", "head of the Norland agency"),
    ("Ann Lee works as a nurse at the Lorvale clinic.", "nurse at the Lorvale clinic"),
    ("I run the watches with my navigator, Simon Fisher, on deck.", "navigator"),
    # An agent noun after an article is an apposition's role.
    ("Ann Lee, a former teacher, said the school was closing.", "former teacher"),
    ("Ivo Marsh, 42, an auctioneer from Ledbury, said he would plead not guilty.", "auctioneer"),
    # A compound of a noun, a linking "s" and "man" that the lexicon lacks is an agent noun too.
    ("Ivo Marsh, 37, a huntsman from Lorvale, was charged.", "huntsman"),
    ("Tom Reyes, the winner, said he was delighted.", "winner"),
])
def test_roles_linked_by_a_verb_before_a_comma_or_after_an_article(sentence: str, role: str) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    person = next(item for item in section.items if item.fields["kind"] == "person")
    assert person.fields["role"] == role
    assert_traceable(doc, section)


@pytest.mark.parametrize("sentence", [
    "Ann Lee, who was arrested on Monday, said so.",
    "Ann Lee became the first woman to win in Lorvale.",
])
def test_a_verb_that_says_what_happened_gives_no_role(sentence: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, "Ann Lee").fields["role"] is None




def test_a_capital_in_a_list_of_cities_is_the_city() -> None:
    _, section = brief_actors("Headline\nMoscow denied it, and London and Paris agreed. Without Moscow on board "
                              "it fails. Fares rose in areas such as Rome, Birmingham and Glasgow.")
    kinds = {item.text: (item.fields["kind"], item.fields["aliases"]) for item in section.items}
    assert kinds["Russia"][0] == "country" and "Moscow" in kinds["Russia"][1]
    assert "London" in kinds["United Kingdom"][1] and "Paris" in kinds["France"][1]
    assert kinds["Rome"][0] == "place" and "Italy" not in kinds


@pytest.mark.parametrize(("sentence", "name", "kind", "role"), [
    ("South Korean President Park Geun-hye spoke on Monday.", "Park Geun-hye", "person", "South Korean President"),
    ("Florida State Attorney Jeffrey Ashton said so.", "Jeffrey Ashton", "person", "Florida State Attorney"),
    ("Elisabeth von Thurn und Taxis met Ivo Marsh.", "Elisabeth von Thurn und Taxis", "person", None),
    ("He fought al Qaeda in the Arabian Peninsula.", "al Qaeda", "organisation", None),
    ("Ships crossed the Suez Canal on Monday.", "Suez Canal", "place", None),
])
def test_names_titles_and_kinds_seen_on_other_news(sentence, name, kind, role) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    item = actor(section, name)
    assert item.fields["kind"] == kind
    assert item.fields["role"] == role


def test_a_denied_role_is_no_role() -> None:
    _, section = brief_actors("Headline\nChristopher Nowak is not your average collector.")
    assert actor(section, "Christopher Nowak").fields["role"] is None


def test_a_plural_before_names_is_no_role() -> None:
    _, section = brief_actors("Headline\nStars David Duchovny and Gillian Anderson return in January.")
    assert actor(section, "David Duchovny").fields["role"] is None


def test_a_declaration_is_no_actor() -> None:
    _, section = brief_actors("Headline\nThe Sharm el-Sheikh Declaration was signed by Ivo Marsh.")
    assert "Sharm el-Sheikh Declaration" not in names(section)


def test_credits_at_the_end_name_no_actors() -> None:
    text = ("Headline\nA fire killed 13 people in a Dhaka factory, Ivo Marsh said. Police are investigating. "
            "The factory had no exits. Owners denied it. Workers protested. "
            "Farid Ahmed reported from Dhaka and Harmeet Singh from New Delhi. Greg Botelho wrote this story from "
            "Atlanta. CNN's Sugam Pokharel contributed to this report.")
    _, section = brief_actors(text)
    found = names(section)
    assert "Ivo Marsh" in found
    assert {"Farid Ahmed", "Harmeet Singh", "Greg Botelho", "Atlanta", "Sugam Pokharel"}.isdisjoint(found)


def test_reporting_from_a_place_inside_the_story_still_counts() -> None:
    text = ("Headline\nThe BBC's Ana Ruiz reported from Lorvale that the dam had burst. Rescue teams arrived. "
            "Officials said more rain was due. Roads were closed.")
    _, section = brief_actors(text)
    assert "Ana Ruiz" in names(section)


def test_a_surname_without_its_particle_is_the_person() -> None:
    _, section = brief_actors("Headline\nNuri al-Maliki resigned. Critics said that Maliki was to blame.")
    assert "Maliki" in actor(section, "Nuri al-Maliki").fields["aliases"]
    assert "Maliki" not in names(section)


def test_a_country_s_faith_group_is_no_actor() -> None:
    _, section = brief_actors("Headline\nIraqi Sunni fighters and Lebanese Shia militias clashed in Mosul.")
    assert {"Iraqi Sunni", "Lebanese Shia"}.isdisjoint(names(section))


def test_national_security_adviser_is_a_title() -> None:
    _, section = brief_actors("Headline\nNational Security Advisor Susan Rice spoke on Monday.")
    assert actor(section, "Susan Rice").fields["role"] == "National Security Advisor"


def test_a_role_noun_glued_to_a_body_leaves_the_body() -> None:
    _, section = brief_actors("Headline\nProducer Warner Bros. Television has released the first photos.")
    assert actor(section, "Warner Bros. Television").fields["kind"] == "organisation"
    assert "Producer Warner Bros. Television" not in names(section)


def test_a_name_with_an_ampersand_is_a_firm_and_and_stops_before_a_person() -> None:
    _, section = brief_actors("Headline\nThe board of Tate & Lyle met. He studied at the University of California "
                              "and Dan Gillmor agreed.")
    assert actor(section, "Tate & Lyle").fields["kind"] == "organisation"
    assert actor(section, "University of California").fields["kind"] == "organisation"
    assert actor(section, "Dan Gillmor").fields["kind"] == "person"


def test_an_event_named_with_a_number_word_is_no_actor() -> None:
    _, section = brief_actors("Headline\nHe hopes to play in the Six Nations against Ireland, Ivo Marsh said.")
    assert "Nations" not in names(section) and "Six Nations" not in names(section)
    assert "Ivo Marsh" in names(section)


def test_a_body_named_like_an_event_is_an_actor_when_the_gazetteer_knows_it() -> None:
    _, section = brief_actors("Headline\nAid came from the United Nations on Monday. The Six Nations starts on "
                              "Friday.")
    assert actor(section, "United Nations").fields["kind"] == "organisation"
    assert "Six Nations" not in names(section) and "Nations" not in names(section)


def test_as_names_a_role_only_before_a_lower_case_role() -> None:
    _, section = brief_actors("Headline\nIvo Marsh as well as Tom Reyes came. Ana Ruiz appears as Mr. White.")
    assert all(item.fields["role"] is None for item in section.items if item.fields["kind"] == "person")


def test_a_body_named_by_a_role_word_and_its_cue_keeps_both_words() -> None:
    _, section = brief_actors("Headline\nThe families asked for an apology from the Metropolitan Police on Monday. "
                              "Producer Warner Bros. Television denied it.")
    assert actor(section, "Metropolitan Police").fields["kind"] == "organisation"
    assert actor(section, "Warner Bros. Television").fields["kind"] == "organisation"


def test_a_name_before_a_performers_role_is_a_show_not_an_actor() -> None:
    _, section = brief_actors("Headline\nJoey, starring former Lorvale Nights actor Ivo Marsh, won. Lorvale Nights "
                              "ended in 2004. Norland Radio host Tom Reyes and Aldon United manager Ana Ruiz spoke.")
    assert actor(section, "Ivo Marsh").fields["role"] == "former Lorvale Nights actor"
    assert "Lorvale Nights" not in names(section)
    assert actor(section, "Aldon United").fields["kind"] == "organisation"  # a manager's club employs her
    assert actor(section, "Norland Radio").fields["kind"] == "organisation"  # a station employs its host


def test_an_events_name_without_its_event_word_is_still_the_event() -> None:
    _, section = brief_actors("Headline\nIvo Marsh leads the Lorvale Night Awards with five nominations. His "
                              "Lorvale Night nominations include best album. The Food & Wine Classic is in June, "
                              "Food & Wine said.")
    assert "Lorvale Night" not in names(section) and "Ivo Marsh" in names(section)
    assert "Food & Wine" in names(section)  # a firm's name, by its "&", is no event's


def test_a_plural_role_before_including_is_each_listed_persons() -> None:
    _, section = brief_actors("Headline\nThe list names several current members of Norland Congress, including "
                              "Ivo Marsh, Tom Reyes and Ana Ruiz. Lena Ortiz said nothing.")
    for name in ("Ivo Marsh", "Tom Reyes", "Ana Ruiz"):
        assert actor(section, name).fields["role"] == "current members of Norland Congress"
    assert actor(section, "Lena Ortiz").fields["role"] is None


def test_a_distance_qualifies_a_champions_title() -> None:
    _, section = brief_actors("Headline\nShe beat Olympic 10,000m champion Ivo Marsh in Lorvale.")
    assert actor(section, "Ivo Marsh").fields["role"] == "10,000m champion"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ivo Marsh told BBC Radio 4's Today programme it was fine.", "BBC Radio 4"),
    ("It has been shown on Channel 4 in Lorvale, Ivo Marsh said.", "Channel 4"),
    ("The 9th Circuit Court of Appeals ruled on Monday, Ivo Marsh said.", "9th Circuit Court of Appeals"),
])
def test_a_number_inside_a_bodys_name_stays_in_it(sentence, name) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert actor(section, name).fields["kind"] == "organisation"


def test_a_possessive_after_a_bodys_of_stays_inside_its_name() -> None:
    _, section = brief_actors("Headline\nIvo Marsh heads the Organization of Women's Freedom in Lorvale, she said. "
                              "Norland's Aldon Times reported it.")
    assert actor(section, "Organization of Women's Freedom").fields["kind"] == "organisation"
    assert "Aldon Times" in names(section)  # a place's possessive owns what follows


def test_a_title_of_a_place_without_a_name_is_whoever_holds_it() -> None:
    _, section = brief_actors("Headline\nThe Archbishop of Lorvale spoke on Monday. The Bank of Norland and the "
                              "Church of Aldon did not.")
    assert actor(section, "Archbishop of Lorvale").fields["kind"] == "person"
    assert actor(section, "Bank of Norland").fields["kind"] == "organisation"
    assert actor(section, "Church of Aldon").fields["kind"] == "organisation"


def test_business_and_stage_roles_before_and_around_a_name() -> None:
    _, section = brief_actors("Headline\nJailed tycoon Ivo Marsh sold his stake. She was spotted by the Russian "
                              "artistic impresario, Tom Reyes, who wanted her to dance.")
    assert actor(section, "Ivo Marsh").fields["role"] == "Jailed tycoon"
    assert actor(section, "Tom Reyes").fields["role"] == "Russian artistic impresario"


def test_lochs_and_montes_are_places_and_british_spellings_resolve() -> None:
    _, section = brief_actors("Headline\nThe view from Loch Lomond was clear. She joined him in Monte Carlo. The "
                              "North Atlantic Treaty Organisation met. Glen Reyes said so.")
    assert actor(section, "Loch Lomond").fields["kind"] == "place"
    assert actor(section, "Monte Carlo").fields["kind"] == "place"
    assert actor(section, "NATO").fields["kind"] == "organisation"
    assert actor(section, "Glen Reyes").fields["kind"] == "person"  # "Glen" is a given name


def test_a_place_and_a_party_before_a_name_qualify_the_person() -> None:
    _, section = brief_actors("Headline\nKentucky Republican Ivo Marsh said no on Monday.")
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"
    assert actor(section, "Kentucky").fields["kind"] == "place"


def test_kin_names_a_person_whatever_place_bears_the_name() -> None:
    _, section = brief_actors("Headline\nIvo Marsh was booed in 2001. Her older sister, Venus, got similar "
                              "treatment.")
    assert actor(section, "Venus").fields["kind"] == "person"


def test_award_ceremonies_are_events() -> None:
    _, section = brief_actors("Headline\nThe films were snubbed before February's Oscars, Ivo Marsh said. The "
                              "Golden Globes are next.")
    assert names(section) == ["Ivo Marsh"]


def test_a_common_word_in_capitals_is_a_heading_not_an_acronym() -> None:
    _, section = brief_actors("Headline\nOPINION: Ivo Marsh says the plan failed. UNICEF helped. NATO met.")
    assert "OPINION" not in names(section)
    assert {"UNICEF", "NATO"} <= set(names(section))


# Roles the text states, one pattern per row: compound and plural titles, "with X as producer",
# appositions with "&", a participle or a number inside, a "such as" list, a title opening the sentence,
# a self-description.
@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("It cost the jobs of BBC chairman Ivo Marsh, director-general Tom Reyes and reporter Ana Ruiz.", "Tom Reyes",
     "director-general"),
    ("The song was written by Ivo Marsh, with Tom Reyes as producer.", "Tom Reyes", "producer"),
    ("Lorvale Court Justices Ana Ruiz and Lena Ortiz disagreed on Monday.", "Lena Ortiz", "Lorvale Court Justices"),
    ("Senators Ivo Marsh and Tom Reyes met on Monday.", "Tom Reyes", "Senators"),
    ("It makes sense, Ivo Marsh, an analyst with Bank Oyens & Van Eeghen, told Bloomberg.", "Ivo Marsh",
     "analyst with Bank Oyens & Van Eeghen"),
    ("It is important, says Tom Reyes, managing partner at Ernst & Young Lorvale.", "Tom Reyes",
     "managing partner at Ernst & Young Lorvale"),
    ("Aldon-born Ana Ruiz, the world's 68th-ranked player, challenged her.", "Ana Ruiz", "world's 68th-ranked player"),
    ("She worked with young choreographers such as Ivo Marsh and Tom Reyes in Lorvale.", "Tom Reyes",
     "young choreographers"),
    ("Head of the division, Ivo Marsh, spoke about it.", "Ivo Marsh", "Head of the division"),
    ("He and Ana Ruiz, who bills herself as a model and entrepreneur, met again.", "Ana Ruiz", "model and entrepreneur"),
    ("Mr Marsh is Lorvale Oil's largest shareholder but is living in exile.", "Marsh", "Lorvale Oil's largest shareholder"),
    ("Ana Ruiz is Aldonia's most successful sailor and has won four golds.", "Ana Ruiz", "Aldonia's most successful sailor"),
    ("Ivo Marsh was the shooter in all but the Lorvale incident, police said.", "Ivo Marsh", None),
    ("Ana Ruiz, a Top Chef contestant, met him.", "Ana Ruiz", "Top Chef contestant"),
    ("It was said by Ivo Marsh of Caltech, one of the authors of the paper.", "Ivo Marsh",
     "one of the authors of the paper"),
    ('This year\'s picks include "Lorvale Chef" contestant Ana Ruiz of Westward.', "Ana Ruiz",
     '"Lorvale Chef" contestant'),
    ("Tom Reyes was the best player on Sunday, his coach said.", "Tom Reyes", "best player"),
])
def test_a_stated_role_is_read_whatever_shape_states_it(sentence, name, role) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert actor(section, name).fields["role"] == role


def test_a_firm_described_by_its_clients_agent_noun_stays_a_firm() -> None:
    _, section = brief_actors("Headline\nKPMG, Lorvale Oil's independent auditor, will also be replaced.")
    assert actor(section, "KPMG").fields["kind"] == "organisation"
    assert actor(section, "KPMG").fields.get("role") is None


@pytest.mark.parametrize("sentence", ["The founders of Lorvex said so.", "Members of Lorvex said so.",
                                      "Tom Reyes, one of the founders of Lorvex, said so."])
def test_the_body_of_a_plural_role_is_an_organisation(sentence: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, "Lorvex").fields["kind"] == "organisation"


def test_uk_counties_are_places_and_county_given_names_people() -> None:
    _, section = brief_actors("Headline\nOne of the men, Ivo Marsh, 34, from Hartpury, Gloucestershire, said he "
                              "would plead not guilty. Devon Ramsay and Tom Reyes of East Lothian sued in January.")
    assert actor(section, "Gloucestershire").fields["kind"] == "place"
    assert actor(section, "East Lothian").fields["kind"] == "place"
    assert actor(section, "Devon Ramsay").fields["kind"] == "person"


def test_a_listed_persons_role_leaves_the_clause_before_it_out() -> None:
    _, section = brief_actors("Headline\nPolice arrested protesters, including Ivo Marsh. The company hired young "
                              "analysts such as Tom Reyes.")
    assert actor(section, "Ivo Marsh").fields["role"] == "protesters"
    assert actor(section, "Tom Reyes").fields["role"] == "young analysts"


def test_as_after_a_verb_names_no_role() -> None:
    _, section = brief_actors("Headline\nVoters rejected Ivo Marsh as leader. The party denied it had chosen Ana "
                              "Ruiz as its candidate.")
    assert actor(section, "Ivo Marsh").fields["role"] is None
    assert actor(section, "Ana Ruiz").fields["role"] is None


def test_defenders_and_strikers_of_causes_report_no_game() -> None:
    _, section = brief_actors("Headline\nHuman rights defenders travelled to Liverpool on Monday. Hunger strikers "
                              "joined them, Ivo Marsh said.")
    assert actor(section, "Liverpool").fields["kind"] == "place"


def test_seats_of_british_power_are_known_bodies() -> None:
    _, section = brief_actors("Headline\nIvo Marsh will ask the Queen to dissolve Parliament. As soon as the "
                              "Commons is back, Downing Street said, MPs will vote.")
    for name in ("Parliament", "House of Commons", "Downing Street"):
        assert actor(section, name).fields["kind"] == "organisation"


def test_a_residents_noun_before_a_name_qualifies_the_person() -> None:
    _, section = brief_actors("Headline\nLondoner Ivo Marsh said it was fine on Monday.")
    assert names(section) == ["Ivo Marsh"]


def test_peoples_in_the_plural_and_days_are_not_actors() -> None:
    _, section = brief_actors("Headline\nWesterners and Kurds fled the town, Ivo Marsh said. He had landed on "
                              "D-Day in Normandy.")
    found = names(section)
    assert {"Westerners", "Kurds", "D-Day"}.isdisjoint(found)
    assert {"Ivo Marsh", "Normandy"} <= set(found)


def test_a_role_ending_before_a_quoted_name_takes_the_name() -> None:
    doc, section = brief_actors('Headline\nAndrew Chan, a member of the so-called "Bali Nine" sentenced on drug '
                                'charges, waits in prison.')
    assert actor(section, "Andrew Chan").fields["role"] == 'member of the so-called "Bali Nine"'
    assert_traceable(doc, section)


def test_a_role_the_text_denies_with_never_is_none() -> None:
    _, section = brief_actors("Headline\nTo this day, Steve McCurry is never charged a fare by taxi drivers.")
    assert actor(section, "Steve McCurry").fields["role"] is None


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Ben Rubin is actually the co-founder of Life On Air Inc.", "Ben Rubin", "co-founder of Life On Air Inc."),
    ("Dariusz Stola, now the director of the museum, said so.", "Dariusz Stola", "director of the museum"),
])
def test_an_adverb_before_a_role_is_not_part_of_it(sentence: str, name: str, role: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, name).fields["role"] == role


def test_a_title_before_another_name_is_no_head_of_this_role() -> None:
    _, section = brief_actors("Headline\nMark Lippert is a longtime friend of President Barack Obama, who met him.")
    assert actor(section, "Mark Lippert").fields["role"] is None
    assert actor(section, "Barack Obama").fields["role"] == "President"


def test_a_book_length_text_is_read_for_actors_as_far_as_the_bound(monkeypatch) -> None:
    monkeypatch.setattr(actors, "MAX_ACTOR_SENTENCES", 3)
    text = "Headline\nAna Ruiz spoke. Ivo Marsh agreed. Tom Reyes left. Paula Brandt arrived late."
    found = names(brief_actors(text)[1])
    assert {"Ana Ruiz", "Ivo Marsh"} <= set(found) and "Paula Brandt" not in found


@pytest.mark.parametrize(("sentence", "name", "kind", "pieces"), [
    ("He works for the National Oceanic and Atmospheric Administration in Norman.",
     "National Oceanic and Atmospheric Administration", "organisation", ["National Oceanic"]),
    ("The Bank's Monetary Policy Committee left rates on hold.", "Monetary Policy Committee", "organisation",
     ["Bank's Monetary Policy Committee"]),
    ("Iraqi Prime Minister al-Abadi said the city was retaken.", "al-Abadi", "person", ["Prime Minister al-Abadi"]),
])
def test_name_boundaries_seen_on_other_news(sentence: str, name: str, kind: str, pieces: list[str]) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, name).fields["kind"] == kind
    assert set(pieces).isdisjoint(names(section))


def test_one_person_of_a_people_and_a_grand_prix_are_not_actors() -> None:
    _, section = brief_actors("Headline\nThe Frenchman won the Malaysian Grand Prix in Sepang, Ivo Marsh said.")
    found = names(section)
    assert "Frenchman" not in found and not any("Grand Prix" in name for name in found)


def test_a_saint_s_possessive_names_the_body() -> None:
    _, section = brief_actors("Headline\nHe was taken to St. Mary's Hospital in Lorvale. A school, St Fintian's High "
                              "School, complained.")
    assert actor(section, "St. Mary's Hospital").fields["kind"] == "organisation"
    assert actor(section, "St Fintian's High School").fields["kind"] == "organisation"


def test_a_capital_before_a_common_noun_is_the_city_unless_the_noun_is_the_state() -> None:
    _, section = brief_actors("Headline\nA Dublin school complained. The Beijing government denied it.")
    assert actor(section, "Dublin").fields["kind"] == "place"
    assert "Beijing" in actor(section, "China").fields["aliases"]


@pytest.mark.parametrize("sentence", [
    "He will appear in medical sitcom Scrubs, said Ivo Marsh.",
    "He had roles in films such as Minority Report, Phone Booth and Daredevil, Ivo Marsh said.",
    "Ivo Marsh joined the BBC series Ballykissangel in 1999.",
])
def test_works_named_after_their_noun_are_not_actors(sentence: str) -> None:
    _, section = brief_actors(f"Headline\n{sentence}")
    found = names(section)
    assert "Ivo Marsh" in found
    assert {"Scrubs", "Minority Report", "Phone Booth", "Daredevil", "Ballykissangel"}.isdisjoint(found)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Water surged through Sam Upan's house, toppling the church where he serves as a deacon.", "Sam Upan", "deacon"),
    ("Ana Ruiz left early. She is a nurse at the Lorvale clinic.", "Ana Ruiz", "nurse"),
    # Two people before the pronoun: whose role it is cannot be told.
    ("Ana Ruiz met Ivo Marsh. He is a lawyer.", "Ivo Marsh", None),
    # Not a role: what she was in the race.
    ("Dani Barnes ran well. She was the highest finisher.", "Dani Barnes", None),
])
def test_a_role_said_of_a_pronoun_goes_to_the_only_person(text: str, name: str, role: str | None) -> None:
    doc, section = brief_actors(f"Headline\n{text}")
    assert actor(section, name).fields["role"] == role
    assert_traceable(doc, section)


def test_a_plural_role_before_names_joined_by_and_is_each_ones() -> None:
    doc, section = brief_actors("Headline\nThe case against Greek sprinters Kostas Venaris and Irini Talou "
                                "was heard on Monday. Venaris denied it.")
    assert actor(section, "Kostas Venaris").fields["role"] == "Greek sprinters"
    assert actor(section, "Irini Talou").fields["role"] == "Greek sprinters"
    assert_traceable(doc, section)
    # A singular role stays with the name it stands before.
    _, section = brief_actors("Headline\nThe sprinter Kostas Venaris and Irini Talou met on Monday in Lorvale.")
    assert actor(section, "Irini Talou").fields["role"] is None


def test_a_co_role_before_a_name_is_a_role_but_co_operation_is_none() -> None:
    _, section = brief_actors("Headline\n\"Save him?\" his co-host Ivo Marsh wrote on Monday. "
                              "The co-operation Lena Ortiz praised was slow.")
    assert actor(section, "Ivo Marsh").fields["role"] == "co-host"
    assert actor(section, "Lena Ortiz").fields["role"] is None


def test_a_given_name_before_a_surname_like_cue_is_a_person_a_ridge_is_a_place() -> None:
    _, section = brief_actors("Headline\nResidents fled Carvel Ridge on Sunday, and Damon Hill said the road "
                              "was shut. Tom Ridge agreed. Residents of Carvel Ridge were told to leave Lorvale County.")
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Carvel Ridge"] == "place" and kinds["Lorvale County"] == "place"
    assert kinds["Damon Hill"] == "person" and kinds["Tom Ridge"] == "person"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The British Chambers of Commerce (BCC) said it was concerned.", "British Chambers of Commerce"),
    ("The Syrian Observatory for Human Rights has reported the deaths.", "Syrian Observatory for Human Rights"),
    ("The chairman of the U.S. Joint Chiefs of Staff spoke on Monday.", "U.S. Joint Chiefs of Staff"),
])
def test_a_body_noun_before_of_or_for_carries_the_complement(sentence: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert actor(section, name).fields["kind"] == "organisation"
    assert not any(item.text in ("Commerce", "Human Rights", "Staff") for item in section.items)


def test_a_quoted_title_after_a_closing_quote_is_no_actor() -> None:
    _, section = brief_actors("Headline\n\"Why?\" said Ivo Marsh, the author of \"Harbour Power: Explaining "
                              "Victory and Defeat in Modern Battle.\" Marsh lives in Lorvale.")
    assert names(section) and not {"Victory", "Defeat", "Modern Battle", "Harbour Power"} & set(names(section))
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Growth is strong. Howard Archer, economist at Global Insight said the bank may act.", "Howard Archer",
     "economist at Global Insight"),
    ("Aldon led through Nacho Monreal, the Spanish defender converting after a fine move.", "Nacho Monreal",
     "Spanish defender"),
    ("Haider al-Abadi took over as Prime Minister last year to heal the divisions.", "Haider al-Abadi",
     "Prime Minister"),
    ("Ivo Marsh took over as coach of Aldon Rovers in May, the club said.", "Ivo Marsh", "coach of Aldon Rovers"),
])
def test_appositions_closed_by_the_clause_and_roles_taken_over(sentence: str, name: str, role: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert actor(section, name).fields["role"] == role


def test_a_plural_before_a_speech_verb_is_no_apposition() -> None:
    _, section = brief_actors("Headline\nThe rally starts on Monday in Lorvale, organisers said.")
    assert actor(section, "Lorvale").fields["kind"] == "place"


def test_works_named_after_a_plural_noun_or_a_determiner_and_noun_are_no_actors() -> None:
    _, section = brief_actors("Headline\nGames such as The Lorvale Quest could teach languages, Ivo Marsh said. "
                              "The hit show Harbour Lights ended, and the films Night Ferry and Cold Quay ran. "
                              "Polls show Lena Ortiz ahead.")
    found = names(section)
    assert not {"Lorvale Quest", "Harbour Lights", "Night Ferry", "Cold Quay"} & set(found)
    assert "Ivo Marsh" in found and "Lena Ortiz" in found  # "show" as a verb names no work


def test_a_demonym_that_qualifies_no_noun_is_a_language_or_an_origin_not_the_country() -> None:
    _, section = brief_actors("Headline\nOthers are experimenting with Japanese and Spanish, Ivo Marsh said. "
                              "He is British. French, Italian and Russian citizens died. The Dutch said no.")
    found = names(section)
    assert "Japan" not in found and "Spain" not in found and "United Kingdom" not in found
    assert {"France", "Italy", "Russia", "Netherlands"} <= set(found)  # citizens, and "the Dutch" as a people


def test_titles_with_in_and_agent_nouns_in_eur_are_roles() -> None:
    _, section = brief_actors("Headline\nDiners love it, says Harbour Weekly Editor in Chief Dana Colvin. "
                              "The dish was made by the restaurateur Tomas Kell in Lorvale.")
    assert actor(section, "Dana Colvin").fields["role"].endswith("Editor in Chief")
    assert actor(section, "Tomas Kell").fields["role"] == "restaurateur"


def test_a_title_word_after_a_forename_is_a_surname_but_after_a_department_a_title() -> None:
    _, section = brief_actors("Headline\nRates are low. The bank's governor Mervyn King warned on Monday. "
                              "Australian Foreign Minister Julie Bishop has said so. Health Secretary Ivo Marsh agreed. "
                              "The Ministry of Defence spokesman Tom Reyes spoke.")
    assert actor(section, "Mervyn King").fields["kind"] == "person"
    assert actor(section, "Julie Bishop").fields["role"] == "Australian Foreign Minister"
    assert actor(section, "Ivo Marsh").fields["role"] == "Health Secretary"
    assert actor(section, "Tom Reyes").fields["role"] == "Ministry of Defence spokesman"


def test_a_capitalised_job_title_is_a_role_and_storm_opens_a_bodys_name_too() -> None:
    _, section = brief_actors("Headline\n\"Not yet,\" said Greg Carvin, the Warning Coordination Meteorologist "
                              "with the Storm Prediction Center in Lorvale. Cyclone Pam hit Lorvale.")
    assert "Warning Coordination Meteorologist" in actor(section, "Greg Carvin").fields["role"]
    assert actor(section, "Storm Prediction Center").fields["kind"] == "organisation"
    assert "Warning Coordination Meteorologist" not in names(section) and "Cyclone Pam" not in names(section)


def test_a_role_noun_before_a_given_name_alone_is_a_title() -> None:
    _, section = brief_actors("Headline\nThe awards are near. Newcomer Ciara has four nominations. "
                              "Baker Street was closed.")
    assert "Ciara" in names(section) and "Newcomer Ciara" not in names(section)
    assert actor(section, "Baker Street").fields["kind"] == "place"


def test_the_long_forms_of_isis_are_isis() -> None:
    _, section = brief_actors("Headline\nThe Islamic State of Iraq and Syria claimed it, Ivo Marsh said. Fighters "
                              "of the Islamic State of Iraq and the Levant fled.")
    assert actor(section, "ISIS").fields["kind"] == "organisation"
    assert not {"Islamic State of Iraq", "Levant", "Syria"} & set(names(section))


def test_a_word_named_once_with_no_clue_is_not_listed_but_a_list_of_places_is_one_kind() -> None:
    _, section = brief_actors("Headline\nThe firm sells Snowberg online, Ivo Marsh said. The service reaches "
                              "areas such as London, Birmingham and Corvale, Marsh added.")
    found = names(section)
    assert "Snowberg" not in found  # one mention, nothing to say what it is
    assert actor(section, "Corvale").fields["kind"] == "place"  # listed beside known cities


def test_a_placed_side_of_a_match_report_is_a_team() -> None:
    _, section = brief_actors("Headline\nAldon beat Marno 2-1 on Sunday. Lindmoor drew 1-1 with Quillon. "
                              "Third-placed Estvara also drew.")
    assert actor(section, "Estvara").fields["kind"] == "organisation"


def test_the_agent_of_a_passive_is_evidence_of_a_body() -> None:
    _, section = brief_actors("Headline\nA poll conducted by Comvale for Lorvale Radio found support, Ivo Marsh said.")
    assert actor(section, "Comvale").fields["kind"] == "organisation"


def test_a_city_beaten_is_its_club_even_outside_a_match_report() -> None:
    _, section = brief_actors("Headline\nThe leaders stayed top, Ivo Marsh said, after beating Liverpool on Sunday.")
    assert actor(section, "Liverpool").fields["kind"] == "organisation"


def test_newspapers_named_with_a_weekday_are_bodies() -> None:
    _, section = brief_actors("Headline\nThe talks were reported in the Sunday Express, Ivo Marsh said.")
    assert actor(section, "Sunday Express").fields["kind"] == "organisation"


def test_a_ledes_indefinite_description_is_the_role_of_the_person_named_next() -> None:
    _, section = brief_actors("Games teach\nAn ex-chief financial officer at Corvale has received a jail term. "
                              "Ivo Marsh admitted his guilt. The court sat in Lorvale. The case took a year. "
                              "A spokesman was there. Lena Ortiz said so.")
    assert actor(section, "Ivo Marsh").fields["role"] == "ex-chief financial officer"
    assert actor(section, "Lena Ortiz").fields["role"] is None  # past the lede, no announcement


def test_a_title_with_its_complement_in_an_apposition_is_the_role_not_a_body() -> None:
    _, section = brief_actors("Headline\nPrince Ivo and Lena, Duchess of Corvale, visited Lorvale on Monday. "
                              "Tom Reyes, Mayor of Lorvale, met them in Lorvale.")
    assert actor(section, "Lena").fields["role"] == "Duchess of Corvale"
    assert actor(section, "Tom Reyes").fields["role"] == "Mayor of Lorvale"
    assert not {"Duchess of Corvale", "Mayor of Lorvale"} & set(names(section))


def test_a_plurals_possessive_with_a_bare_apostrophe_stays_in_a_bodys_name() -> None:
    _, section = brief_actors("Headline\nThe Professional Footballers' Association said no, Ivo Marsh said.")
    assert actor(section, "Professional Footballers' Association").fields["kind"] == "organisation"


def test_prisons_and_camps_are_places_and_an_acronym_makes_a_body() -> None:
    _, section = brief_actors("Headline\nHe was held in Corvale Prison and then at Camp Lorvale, Ivo Marsh said. "
                              "A poll by Ipsos MORI found support.")
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Corvale Prison"] == "place" and kinds["Camp Lorvale"] == "place"
    assert kinds["Ipsos MORI"] == "organisation"


def test_football_competitions_are_events_but_a_league_of_states_is_a_body() -> None:
    _, section = brief_actors("Headline\nAldon Rovers lead La Liga and play in the Champions League, Ivo Marsh "
                              "said. The Arab League met in Lorvale.")
    found = names(section)
    assert "La Liga" not in found and "Champions League" not in found
    assert actor(section, "Arab League").fields["kind"] == "organisation"


def test_well_known_companies_are_bodies_whatever_their_words_suggest() -> None:
    _, section = brief_actors("Headline\nMercedes and Red Bull led, Ivo Marsh said, while Lockheed Martin and "
                              "Standard & Poor's looked on.")
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Mercedes"] == kinds["Red Bull"] == kinds["Lockheed Martin"] == "organisation"
    assert kinds["Standard & Poor's"] == "organisation"


def test_ships_are_no_actors_a_flight_names_its_airline_and_a_division_carries_its_complement() -> None:
    _, section = brief_actors("Headline\nThe USS Corvale sailed, Ivo Marsh said. Lorvale Airways Flight 370 "
                              "vanished. The Criminal Division for Persons Holding Office ruled.")
    found = names(section)
    assert not any("Corvale" in name for name in found)
    assert "Lorvale Airways" in found and "Lorvale Airways Flight" not in found
    assert "Criminal Division for Persons Holding Office" in found


def test_a_comparison_after_is_is_no_role() -> None:
    _, section = brief_actors("Headline\nIvo Marsh was over half a second quicker than Corvale teammate Tom Reyes.")
    assert actor(section, "Ivo Marsh").fields["role"] is None
    assert actor(section, "Tom Reyes").fields["role"] == "Corvale teammate"


def test_agent_nouns_before_names_no_dictionary_knows_are_roles_and_plurals_are_shared() -> None:
    _, section = brief_actors("Headline\nThe rugby was close. World Cup winners Lorcan Dalvey, Neev Bakk and "
                              "Martyn Jonsen retired. \"It was windy,\" said the team's meteorologist Luc "
                              "Truellemans. They sailed the river Thames, Ivo Marsh said.")
    for name in ("Lorcan Dalvey", "Neev Bakk", "Martyn Jonsen"):
        assert actor(section, name).fields["role"] == "World Cup winners"
    assert actor(section, "Luc Truellemans").fields["role"] == "team's meteorologist"
    assert all(item.fields.get("role") != "river" for item in section.items)


def test_the_plural_of_a_persons_surname_is_a_family_not_an_actor() -> None:
    _, section = brief_actors("Headline\nMeredith Kervale died in Lorvale, Ivo Marsh said. The Kervales mourned.")
    assert "Kervales" not in names(section) and "Meredith Kervale" in names(section)


def test_a_known_name_runs_on_past_and_and_nationality_nouns_are_no_actors() -> None:
    _, section = brief_actors("Headline\nThe British and Irish Lions tour starts soon, Ivo Marsh said. "
                              "The Scot turned it down, and two Britons agreed.")
    found = names(section)
    assert "British and Irish Lions" in found and "Irish Lions" not in found
    assert not {"Scot", "Britons"} & set(found)


def test_a_definite_description_reads_on_to_its_role_noun() -> None:
    _, section = brief_actors("Headline\nIvo Marsh laid down a marker for his rivals on Saturday. The world "
                              "champion will start on pole in Lorvale, as he did last year.")
    assert actor(section, "Ivo Marsh").fields["role"] == "world champion"


def test_a_bodys_name_opening_the_story_with_its_acronym_is_read_whole() -> None:
    _, section = brief_actors("Headline\nThe Lorvale Society Institute (LSI), funded by Ivo Marsh, has accused the "
                              "council. The LSI said so again.")
    assert actor(section, "Lorvale Society Institute").fields["aliases"] == ["LSI"]


def test_scores_ending_their_sentences_make_a_match_report_but_days_of_a_month_do_not() -> None:
    _, section = brief_actors("Headline\nChelsea lost to Liverpool 3-1. Arsenal drew with Everton 2-2.")
    assert actor(section, "Liverpool").fields["kind"] == "organisation"
    _, section = brief_actors("Headline\nThe tour runs March 19-22 in Liverpool, Ivo Marsh said. "
                              "It returns April 9-12 to Liverpool.")
    assert actor(section, "Liverpool").fields["kind"] == "place"


@pytest.mark.parametrize(("sentence", "role"), [
    ("I raised it at my meeting with the President of Lorvale, Ivo Marsh, and came away hopeful.",
     "President of Lorvale"),
    ("The talks were led by the Mayor of Lorvale, Ivo Marsh.", "Mayor of Lorvale"),
    ("Ana Ruiz met the Secretary of State, Ivo Marsh, on Monday.", "Secretary of State"),
    # A clause that is the title alone is the name's, closed or not.
    ("In his sermon, the Bishop of Lorvale, Ivo Marsh said the crowd came to stand in silence.", "Bishop of Lorvale"),
])
def test_a_title_with_its_complement_before_a_closed_name_is_the_names_role(sentence: str, role: str) -> None:
    doc, section = brief_actors(f"Headline\n{sentence}")
    assert actor(section, "Ivo Marsh").fields["role"] == role
    assert role not in names(section)  # the title is a role, no person of its own
    assert_traceable(doc, section)


def test_a_title_before_the_subject_of_the_clause_is_not_its_role() -> None:
    _, section = brief_actors("Headline\nAfter meeting the Mayor of Lorvale, Ivo Marsh flew home.")
    assert actor(section, "Ivo Marsh").fields["role"] is None


def test_a_city_named_subject_of_a_result_it_achieved_with_a_win_is_a_club() -> None:
    text = ("Headline\nAldon beat Marno 2-1 on Sunday. In Estvia, Bayer Corvalen moved up to fourth with a 3-0 win at "
            "Quillon. In France, Lyon restored a one-point lead at the top with a 5-1 win at Montpellier. "
            "Later, Ivo Marsh scored twice in a 6-1 win over Marno.")
    _, section = brief_actors(text)
    kinds = {item.text: item.fields["kind"] for item in section.items}
    assert kinds["Lyon"] == "organisation" and kinds["Bayer Corvalen"] == "organisation"
    assert kinds["Ivo Marsh"] == "person"  # a scorer "in" a win is a player
    assert kinds["France"] == "country"


def test_a_city_named_subject_with_a_win_outside_a_match_report_stays_a_place() -> None:
    _, section = brief_actors("Headline\nIn France, Lyon celebrated with a 5-1 win at the polls for the plan.")
    assert actor(section, "Lyon").fields["kind"] == "place"


def test_a_plural_apposition_after_two_names_joined_by_and_is_each_ones_role() -> None:
    doc, section = brief_actors("Headline\nIvo Marsh and Lena Ortiz, members of the Lorvale Nine, were shot. "
                                "Ana Ruiz and Tim Vaski, a nurse, were there.")
    assert actor(section, "Ivo Marsh").fields["role"] == "members of the Lorvale Nine"
    assert actor(section, "Lena Ortiz").fields["role"] == "members of the Lorvale Nine"
    assert actor(section, "Ana Ruiz").fields["role"] is None  # a singular role is the last name's alone
    assert actor(section, "Tim Vaski").fields["role"] == "nurse"
    assert_traceable(doc, section)


@pytest.mark.parametrize("sentence", [
    "Lorvale Tech sells handheld consoles like the Lorvale Orbit and the Castro Nova to children.",
    "Ivo Marsh reviewed smartphones like the Castro Nova and the Lorvale Orbit last week.",
])
def test_devices_listed_after_their_kind_are_things_not_actors(sentence: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert {"Lorvale Orbit", "Castro Nova", "Orbit", "Nova", "Lorvale Nine"}.isdisjoint(names(section)), names(section)


@pytest.mark.parametrize("sentence, thing", [
    ("Renting a DVQ is cheaper than a ticket, Ivo Marsh said.", "DVQ"),
    ("Ivo Marsh said fans would be buying a new Zorvan Pad this year.", "Zorvan Pad"),
    ("Ivo Marsh said a weak Tamarra Drift had developed over the ocean.", "Tamarra Drift"),
])
def test_a_name_after_an_indefinite_article_is_a_thing_not_an_actor(sentence: str, thing: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert thing not in names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize("text, name", [
    ("Fans want a QVX this year. QVX said sales rose by a third.", "QVX"),  # one mention as a speaker
    ("Ivo Marsh works at a Kelvane Clinic in the north.", "Kelvane Clinic"),  # "at a": where she works
])
def test_a_counted_name_with_one_use_as_an_actor_stays_an_organisation(text: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + text)
    assert actor(section, name).fields["kind"] == "organisation"


def test_a_name_that_only_qualifies_nouns_of_things_again_and_again_is_no_actor() -> None:
    _, section = brief_actors("Headline\nShops fit QRT tags on goods, Ivo Marsh said. Buyers distrust QRT technology.")
    assert "QRT" not in names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize("text", [
    "The KTV documentary aired on Monday, Ivo Marsh said.",  # once: what a body made
    "The KTV documentary and the KTV series aired. KTV said it was proud.",  # one use as a speaker
    "KTV troops and KTV documentary makers came, Ivo Marsh said.",  # nouns for people
])
def test_a_body_that_qualifies_what_it_makes_stays_an_organisation(text: str) -> None:
    _, section = brief_actors("Headline\n" + text)
    assert actor(section, "KTV").fields["kind"] == "organisation"


def test_a_name_before_a_disease_names_the_condition_wherever_it_stands() -> None:
    _, section = brief_actors("Headline\nHer father had Varrick's disease, Ivo Marsh said. Every year more people "
                              "develop Varrick's, and a cure for Varrick's is far off.")
    assert "Varrick" not in names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


def test_a_work_quoted_as_a_title_once_is_the_work_unquoted_too() -> None:
    _, section = brief_actors('Headline\nThe museum unveiled "Iron Meadow," a sculpture, Ivo Marsh said. Critics '
                              'said Iron Meadow was bold. Lena Ortiz, who is "Very Happy," left.')
    found = names(section)
    assert "Iron Meadow" not in found
    assert {"Ivo Marsh", "Lena Ortiz"} <= set(found)


def test_a_models_code_alone_is_the_model_named_with_its_maker_as_a_thing() -> None:
    _, section = brief_actors("Headline\nStudios make games for handheld consoles like the Lorvale QX and the "
                              "Castro Nova, Ivo Marsh said. Sales of the QX rose, and QX owners were pleased.")
    assert "QX" not in names(section) and "Lorvale QX" not in names(section)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The boy was arraigned on Friday in New Marlow Juvenile Court, his lawyer said.", "New Marlow Juvenile Court",
         "organisation"),
        ("Dorvale won 2-1 at Old Kessington on Monday.", "Old Kessington", "place"),
    ],
)
def test_an_adjective_of_the_stop_list_capitalised_mid_sentence_opens_the_name(text: str, name: str, kind: str) -> None:
    # "New" and "Old" are stop words, but capitalised where capitals mean something they are the name's own;
    # and nobody's given name is an adjective, so two such words are no person's name.
    _, section = brief_actors(text)
    assert actor(section, name).fields["kind"] == kind


def test_a_capital_at_an_end_of_a_route_is_the_city_not_its_government() -> None:
    # "from Paris to Madrid": where someone travelled, not the state that speaks for France or Spain.
    _, section = brief_actors(
        "Ana Vidal flew from Paris, France, to Madrid on Monday. The French government said nothing."
    )
    assert actor(section, "Paris").fields["kind"] == "place"
    assert actor(section, "Madrid").fields["kind"] == "place"
    assert actor(section, "France").fields["aliases"] == ["French"]


def test_a_word_written_as_an_address_is_the_town_not_the_longer_place_named_after_it() -> None:
    # "Lake Tavoro" and "Tavoro, Oklahoma" are two places; "the Tavoro" alone would be the lake.
    _, section = brief_actors(
        "A plane crashed on Thursday in Tavoro, Oklahoma. It went down west of Lake Tavoro, officials said."
    )
    assert actor(section, "Tavoro").fields["kind"] == "place"
    assert actor(section, "Lake Tavoro").fields["aliases"] == []


def test_a_plural_role_before_names_joined_by_an_ampersand_lists_people() -> None:
    # "rappers Zedd & Big Tav": two rappers, where "Holm & Fenwick said" is one firm.
    _, section = brief_actors("His work with rappers Zedd & Big Tav won him praise. Holm & Fenwick said it was good.")
    for name in ("Zedd", "Big Tav"):
        assert actor(section, name).fields["kind"] == "person"
        assert actor(section, name).fields["role"] == "rappers"
    assert actor(section, "Holm & Fenwick").fields["kind"] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The domain was sponsored by firms including Nokia, Microsoft and Zentrovo.",
        "Content could come from sources such as Zentrovo, Kavlix and the BBC.",
    ],
)
def test_a_word_named_once_in_a_list_with_a_known_body_is_a_body(text: str) -> None:
    # A list holds one kind; the known member (Microsoft, the BBC) says which.
    _, section = brief_actors(text)
    assert actor(section, "Zentrovo").fields["kind"] == "organisation"


def test_a_word_qualified_before_a_list_of_bodies_is_no_item_of_it() -> None:
    _, section = brief_actors("Labour was the government and the Tories were the official Zentrovo and the BBC.")
    assert "Zentrovo" not in names(section)


def test_siblings_named_by_their_surname_are_people_unless_the_story_names_them_in_full() -> None:
    _, section = brief_actors("The Varga brothers have funded the campaign. The Varga brothers did not comment.")
    varga = actor(section, "Varga brothers")
    assert (varga.fields["kind"], varga.fields["mentions"]) == ("person", 2)
    _, section = brief_actors("Ivo Marsh and Tom Marsh ran the shop. The Marsh brothers were arrested on Monday.")
    assert "Marsh brothers" not in names(section)
    assert {"Ivo Marsh", "Tom Marsh"} <= set(names(section))
@pytest.mark.parametrize("text, name", [
    ("The wreck was found near Varrow Air Force Base on Monday, Ivo Marsh said.", "Varrow Air Force Base"),
    ("Protesters gathered outside Harlen Cross Police Station, Ivo Marsh said.", "Harlen Cross Police Station"),
    ("A rally filled Assembly Square on Monday, Ivo Marsh said.", "Assembly Square"),
    ("Storms battered the Calder Panhandle on Monday, Ivo Marsh said.", "Calder Panhandle"),
    ("Drivers paid more on the K9 Toll this year, Ivo Marsh said.", "K9 Toll"),
    ("Floods hit the suburb of Brook Springs, Ivo Marsh said.", "Brook Springs"),
])
def test_a_place_noun_heading_a_name_makes_it_a_place_whatever_qualifies_it(text: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + text)
    assert actor(section, name).fields["kind"] == "place"


@pytest.mark.parametrize("text, name", [
    ("The U.S. Department of State said on Monday that talks would resume.", "U.S. Department of State"),
    ("The interview aired on Korvan TV Station on Monday, Ivo Marsh said.", "Korvan TV Station"),
])
def test_a_place_noun_after_of_or_a_broadcasters_word_heads_no_place(text: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + text)
    assert actor(section, name).fields["kind"] == "organisation"


def test_a_place_noun_after_a_given_name_is_a_surname_not_a_place() -> None:
    _, section = brief_actors("Headline\nDeputy Police Chief Tomas Park said the road was closed.")
    assert section.items and all(item.fields["kind"] != "place" for item in section.items)


def test_a_capital_on_a_route_or_placed_in_its_country_is_the_city() -> None:
    _, section = brief_actors("Headline\nThe jet flew from Nairobi, Kenya, to Oslo on Monday. Two students "
                              "travelled from Lima to Spain, and Kenya said it would help.")
    for city in ("Nairobi", "Oslo", "Lima"):
        assert actor(section, city).fields["kind"] == "place"
    assert actor(section, "Kenya").fields["aliases"] == []


def test_a_capital_beside_another_country_is_a_government_in_a_list() -> None:
    _, section = brief_actors("Headline\nOslo, Kenya and Peru signed the accord on Monday.")
    assert "Oslo" in actor(section, "Norway").fields["aliases"]


def test_a_place_alone_is_more_than_its_part_named_with_a_compass_word() -> None:
    _, section = brief_actors("Headline\nHe spoke in Varnholm and promised to build in East Varnholm. The "
                              "river runs past the Alcarva Dam, and the Alcarva floods in spring.")
    assert actor(section, "Varnholm").fields["kind"] == "place"
    assert actor(section, "East Varnholm").fields["aliases"] == []
    assert "Alcarva" in actor(section, "Alcarva Dam").fields["aliases"]


@pytest.mark.parametrize("text, name", [
    ("He spoke in the Dar Velo neighborhood of the city on Monday.", "Dar Velo"),
    ("Crowds came to the settlement of Dar Velo, Ivo Marsh said.", "Dar Velo"),
    ("Today, Dar Velo is a thriving neighborhood in which many families live.", "Dar Velo"),
    ("The dam is being built on Grey Amun, a tributary of the Cassel River.", "Grey Amun"),
    ("Ivo Marsh left St Orrin's in February, a year after the club's promotion.", "St Orrin"),
])
def test_a_place_noun_about_a_name_or_a_saints_name_makes_a_place(text: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + text)
    assert actor(section, name).fields["kind"] == "place"


def test_a_place_noun_that_qualifies_another_noun_is_a_persons_role() -> None:
    _, section = brief_actors("Headline\nLena Ortiz, a city councillor in Varnholm, said the vote was fair.")
    assert actor(section, "Lena Ortiz").fields["kind"] == "person"


def test_a_place_noun_with_an_agents_ending_heads_no_role() -> None:
    _, section = brief_actors("Headline\nThe camp stood on Grey Amun, the Cassel River, and Lena Ortiz, a "
                              "teacher from the border, said so.")
    assert actor(section, "Grey Amun").fields["role"] is None
    assert actor(section, "Lena Ortiz").fields["role"] == "teacher"


def test_a_town_placed_by_its_state_is_not_the_lake_named_after_it() -> None:
    _, section = brief_actors("Headline\nThe helicopter crashed in Tarrow, Oklahoma, on Monday. It went down "
                              "west of Lake Tarrow, Ivo Marsh said.")
    assert actor(section, "Tarrow").fields["kind"] == "place"
    assert actor(section, "Lake Tarrow").fields["aliases"] == []


def test_two_regions_side_by_side_are_one_region_and_a_place_beside_a_country_two() -> None:
    _, section = brief_actors("Headline\nThe firm grew in the Asia Pacific last year, and Iraqi Kurdistan "
                              "was calm, Ivo Marsh said.")
    assert actor(section, "Asia Pacific").fields["kind"] == "place"
    assert "Asia" not in names(section)
    assert actor(section, "Kurdistan").fields["kind"] == "place"


def test_a_place_named_by_its_own_words_before_a_title_is_an_actor() -> None:
    _, section = brief_actors("Headline\nA professor mocked East Varnland Chief Minister Lena Ortiz, and "
                              "Defense Secretary Ivo Marsh said nothing.")
    assert actor(section, "East Varnland").fields["kind"] == "place"
    assert actor(section, "Lena Ortiz").fields["role"] == "East Varnland Chief Minister"
    assert "Defense" not in names(section)


def test_a_region_noun_alone_names_a_region_where_a_river_alone_does_not() -> None:
    _, section = brief_actors("Headline\nIvo Marsh spoke to pupils in the Midlands on Monday, and the River "
                              "rose in the Panhandle town.")
    assert actor(section, "Midlands").fields["kind"] == "place"
    assert actor(section, "Panhandle").fields["kind"] == "place"
    assert "River" not in names(section)


def test_a_vessel_named_after_its_noun_and_a_comma_is_a_thing() -> None:
    _, section = brief_actors("A Norwegian research vessel, the Kalvoy, reported the cut. The Kalvoy left port.")
    assert "Kalvoy" not in [item.text for item in section.items]


def test_meetings_exercises_appeals_and_agreements_are_events() -> None:
    text = ("Headline\nIvo Marsh spoke at the Tile Makers Conference in Dorlin. The Velmar Summit and the "
            "Grey Heron Exercise followed, and the Nordic Free Trade Agreement was signed. Marsh backed the Red "
            "Kettle Challenge. Later, TMC's organisers praised the Zennor Tile Company.")
    _, section = brief_actors(text)
    found = names(section)
    for event in ("Tile Makers Conference", "TMC", "Velmar Summit", "Grey Heron Exercise",
                  "Nordic Free Trade Agreement", "Red Kettle Challenge"):
        assert event not in found
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"
    assert actor(section, "Zennor Tile Company").fields["kind"] == "organisation"


def test_a_bodys_members_and_a_faiths_people_are_groups_not_actors() -> None:
    text = ("Headline\nSenate Republicans and some Labour MPs met Ivo Marsh on Monday. Coptic Christians "
            "marched in Dorlin. The Liberal Democrats said so, and Nora Sellers agreed.")
    _, section = brief_actors(text)
    found = names(section)
    for group in ("Senate Republicans", "Labour MPs", "Coptic Christians"):
        assert group not in found
    assert actor(section, "Liberal Democrats").fields["kind"] == "organisation"
    assert actor(section, "Nora Sellers").fields["kind"] == "person"
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


def test_common_words_ending_a_longer_title_are_no_actor() -> None:
    text = ("Headline\nUnder Delayed Relief for Young Arrivals, Ivo Marsh got a permit in Dorlin. Zennor signed "
            "the Velmar Pledge on Clean Water. Members of the Velmar Parliament backed him.")
    _, section = brief_actors(text)
    found = names(section)
    assert "Young Arrivals" not in found and "Clean Water" not in found
    assert actor(section, "Velmar Parliament").fields["kind"] == "organisation"
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


def test_an_event_named_after_a_place_leaves_the_place_its_later_mentions() -> None:
    text = ("Headline\nThe Velmar River is low. The Velmar Flow Agreement was signed in 1998. Farmers rely on "
            "the Velmar. Ivo Marsh won at the Dubai Tennis Championships and stayed in Dubai.")
    _, section = brief_actors(text)
    assert actor(section, "Velmar River").fields["mentions"] == 2
    assert actor(section, "Dubai").fields["mentions"] == 2
    assert "Velmar Flow Agreement" not in names(section)


@pytest.mark.parametrize("sentence, work", [
    ("Harlow Bay, starring former soap actor Ivo Marsh, was named best new comedy.", "Harlow Bay"),
    ("Ivo Marsh starred in Quillon Nights before she turned to the stage.", "Quillon Nights"),
    ("Ivo Marsh took a major part in Les Orvanelles, a ballet of 1909.", "Les Orvanelles"),
    ("Ivo Marsh surprised the crowd with a preview of his next game, Zennor. Zennor will let players build cities.",
     "Zennor"),
    ("Its latest tool, Brantic, lets artists draw faces, Ivo Marsh said. Brantic will save studios money.", "Brantic"),
    ("Ivo Marsh said Lorvale wants to know who leaked its products, including the Orbit Pad.", "Orbit Pad"),
    ("Ivo Marsh watched an episode of Varrow Lane on Monday.", "Varrow Lane"),
])
def test_a_name_used_as_a_works_is_no_actor(sentence: str, work: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    found = names(section)
    assert work not in found and work.split()[-1] not in found, found
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize("sentence, name", [
    ("Ivo Marsh, starring as Hamlet, drew crowds to the Dorlin Playhouse.", "Ivo Marsh"),  # the actor
    ("Lena Ortiz read a poem dedicated to Ivo Marsh, written by a pupil.", "Ivo Marsh"),  # the poem's
    ("In her latest book, Ivo Marsh argues that taxes are too high.", "Ivo Marsh"),  # the author, the verb after
    ("Ivo Marsh played a part in Castro Holdings' collapse.", "Castro Holdings"),  # its possessive
])
def test_a_name_beside_a_works_words_that_is_not_the_work_stays(sentence: str, name: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert name in names(section), names(section)


@pytest.mark.parametrize("sentence, code", [
    ("The two pilots had ejected from their KV-17 aircraft, Ivo Marsh said.", "KV-17"),
    ("Lorvale will show its consoles at the annual Q4 games fair in Dorlin, Ivo Marsh said.", "Q4"),
])
def test_a_code_qualifying_a_vehicle_or_a_device_is_the_models_not_an_actor(sentence: str, code: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert code not in names(section), names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize("sentence, work", [
    ("In the awards, Harlow Bay was named top new drama, Ivo Marsh said.", "Harlow Bay"),
    ("Ivo Marsh danced in Les Orvanelles, a ballet of 1909, in Dorlin.", "Les Orvanelles"),
    ("Ivo Marsh loved Quillon Nights, the 1997 film, as a child.", "Quillon Nights"),
])
def test_a_name_that_a_copula_or_an_apposition_calls_a_work_is_no_actor(sentence: str, work: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert work not in names(section), names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


@pytest.mark.parametrize("sentence", [
    "Ivo Marsh, the star of the show, waved to fans in Dorlin.",
    "Ivo Marsh, a film director, spoke to fans in Dorlin.",
    "Ivo Marsh, the show's host, spoke to fans in Dorlin.",
    "Before Ivo Marsh, the film was shot in Dorlin.",
])
def test_a_person_beside_a_works_noun_stays_a_person(sentence: str) -> None:
    _, section = brief_actors("Headline\n" + sentence)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


def test_a_title_with_a_subtitle_after_a_colon_is_a_work() -> None:
    _, section = brief_actors("Headline\nIvo Marsh said he never missed ZRK: Dorlin Night Watch on Fridays. "
                              "Suspect: Lena Ortiz (45) Victim: Tim Vaski (50).")
    found = names(section)
    assert "ZRK" not in found and "Dorlin Night Watch" not in found and "Night Watch" not in found, found
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"
    assert {"Lena Ortiz", "Tim Vaski"} <= set(found)  # a common word labelling a fact is no title


def test_a_name_that_won_a_works_prize_is_the_work() -> None:
    _, section = brief_actors("Headline\nIvo Marsh's The Wrath of the Karvani won best drama at the Dorlin awards. "
                              "Karvani told reporters he was proud. Dorlin United won the game, and Lena Ortiz won "
                              "best actor.")
    found = names(section)
    assert "Wrath of the Karvani" not in found, found
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"
    assert actor(section, "Lena Ortiz").fields["kind"] == "person"  # a person's prize
    assert "Dorlin United" in found  # "won the game": no work's prize
    assert "Karvani" in found  # a word inside the title is no title of its own


def test_a_name_a_prize_is_for_is_the_work() -> None:
    _, section = brief_actors("Headline\nIvo Marsh shared the best screenplay award for Les Orvanelles, the jury "
                              "in Dorlin said.")
    assert "Les Orvanelles" not in names(section), names(section)
    assert actor(section, "Ivo Marsh").fields["kind"] == "person"


def test_an_outlets_feature_heading_is_no_actor_but_a_name_shown_before_a_colon_stays() -> None:
    _, section = brief_actors("Headline\nIvo Marsh said the team would play. CNN Analysis: Some players read "
                              "poorly . Lena Ivory: . Tim Vaski said so.")
    found = names(section)
    assert "CNN Analysis" not in found, found
    assert "Lena Ivory" in found  # a person's name ending in a common word ("Chuck Berry: .")
