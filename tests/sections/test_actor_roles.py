"""Actors section: the shapes in which news copy gives a person's role, each on made-up sentences."""

from __future__ import annotations

import pytest

from tests.sections.test_actors import actor, brief_actors


def role_of(text: str, name: str) -> str | None:
    """The role the actors section gives one person of a text (which must be found as a person)."""
    _, section = brief_actors(text)
    item = actor(section, name)
    assert item.fields["kind"] == "person"
    return item.fields["role"]


def test_a_military_rank_abbreviated_in_two_words_is_kept_whole():
    assert role_of("Brig. Gen. Omar Halabi said the army was ready.", "Omar Halabi") == "Brig. Gen."


def test_a_ranking_before_a_name_is_the_players_role():
    assert role_of("World number 46 Rudolf Marek broke in the ninth game.", "Rudolf Marek") == "World number 46"
    assert role_of("Marek beat British number one Tim Hendon in Doha.", "Tim Hendon") == "British number one"
    assert role_of("The final was won by world No. 1 Rory Moyes on Sunday.", "Rory Moyes") == "world No. 1"


def test_a_countrys_international_and_a_new_signing_are_players_roles():
    text = "A late red card for Brazil international Tomas Varga, who was sent off."
    assert role_of(text, "Tomas Varga") == "Brazil international"
    assert role_of("He met former Wales international Gary Lindell.", "Gary Lindell") == "former Wales international"
    text = "Kevin Magnus was filling in for new signing Fernando Alvarez, who is hurt."
    assert role_of(text, "Fernando Alvarez") == "new signing"
    # Alone, "signing" is a verb: what the club may do is no one's role.
    assert role_of("The club may consider signing Adrian Mutescu next week.", "Adrian Mutescu") is None


def test_a_role_noun_before_a_rank_of_the_peerage_is_the_role_not_the_rank():
    assert role_of("Labour peer Baroness Kendal said people were angry.", "Kendal") == "Labour peer"
    assert role_of("The Tory peer Lord Tebbitt said no.", "Tebbitt") == "Tory peer"
    # With nothing before it, the rank is all the text says.
    assert role_of("Baroness Kendal said people were angry.", "Kendal") == "Baroness"


def test_a_definite_description_as_a_later_clauses_subject_is_the_role_of_the_subject_before():
    # After the speaker of the sentence before, behind an opening phrase.
    text = "Voters face a clear choice, said Charles Kendry. In his New Year message the Liberal Party leader said so."
    assert role_of(text, "Charles Kendry") == "Liberal Party leader"
    # Behind an opening conjunction.
    text = "Mark Hollis spoke on Monday. But the Tory leader will argue against quotas."
    assert role_of(text, "Mark Hollis") == "Tory leader"
    # After a quotation.
    text = 'And Jerry Springfield appears in the film. "Great fun," the talk show host says.'
    assert role_of(text, "Jerry Springfield") == "talk show host"
    # A description with no verb after it away from the sentence's start is no subject.
    text = "Mark Hollis spoke on Monday. But the Tory leader's plan failed."
    assert role_of(text, "Mark Hollis") is None


def test_a_quoted_title_before_a_role_noun_belongs_to_the_role():
    text = '"Top Chef" host Tom Colicchio and others are past honorees.'
    assert role_of(text, "Tom Colicchio") == '"Top Chef" host'
    text = 'And this May "The Walking Dead" star Andrew Linwood will appear.'
    assert role_of(text, "Andrew Linwood") == '"The Walking Dead" star'
    assert role_of('The "Friends" actor Matt LeBlond was there.', "Matt LeBlond") == '"Friends" actor'
    # Quoted speech is no title, and "host" alone before a name says nothing.
    assert role_of('"We will win," host Tom Colicchio said.', "Tom Colicchio") is None


def test_hopefuls_before_names_are_their_role_after_a_party_or_an_adjective():
    text = "Mr Howell will visit Tory Parliamentary hopefuls Robert Lighter and Sayeeda Warsa on Monday."
    # The verb before the party's name is the clause's, not a qualifier of the role.
    assert role_of(text, "Robert Lighter") == "Tory Parliamentary hopefuls"
    assert role_of(text, "Sayeeda Warsa") == "Tory Parliamentary hopefuls"
    assert role_of("Republican presidential hopeful Jeb Busch spoke.", "Jeb Busch") == "Republican presidential hopeful"
    assert role_of("Jeb Busch is hopeful that he wins.", "Jeb Busch") is None


def test_role_nouns_joined_by_and_before_a_name_keep_their_own_qualifiers_only():
    text = "Fans cheered in scenes former tennis champion and broadcaster Pam Shrive called rare."
    assert role_of(text, "Pam Shrive") == "former tennis champion and broadcaster"
    text = "He praised the club's Uruguayan manager Gus Poyer on Monday."
    assert role_of(text, "Gus Poyer") == "club's Uruguayan manager"


def test_a_rugby_position_after_a_team_or_country_is_the_players_role():
    assert role_of("Ireland lock Paul O'Connor was injured.", "Paul O'Connor") == "Ireland lock"
    text = "Leicester wing Austin Healy hopes to return. He plays for Leicester."
    assert role_of(text, "Austin Healy") == "Leicester wing"
    # Alone, a position's word is a thing.
    assert role_of("He lives near the city centre Paul O'Connor said.", "Paul O'Connor") is None
    text = "The court heard from point-to-point jockey Richard Wakefield, 34, from York."
    assert role_of(text, "Richard Wakefield") == "jockey"


def test_a_year_ending_an_opening_phrase_is_no_part_of_the_role():
    assert role_of("In 2012, Chief Deputy Tarmo Kask said the case was closed.", "Tarmo Kask") == "Chief Deputy"
    assert role_of("The 10,000m champion Ana Ruiz won again.", "Ana Ruiz") == "10,000m champion"
def test_an_age_group_before_a_name_is_no_role():
    assert role_of("Teenager Lamar Whitby ran the third fastest 400m of all time.", "Lamar Whitby") is None
    assert role_of("Dalby teenager Mara Colton was charged on Monday.", "Mara Colton") is None
    assert role_of("Pensioner Edna Morley said she was scared.", "Edna Morley") is None
    # An agent noun for what a person does stays a role.
    assert role_of("The boat was led by skipper Ian Walton.", "Ian Walton") == "skipper"


def test_a_description_is_not_whoever_its_own_sentence_names():
    # The description's sentence names the other person of the sentence before: the description is the subject.
    text = "Mara Jonas has sued Tory boss Victor Conway. The Olympic gold medallist says Conway damaged her name."
    assert role_of(text, "Mara Jonas") == "Olympic gold medallist"
    # The subject named again: the description is the other person of the sentence before.
    text = ("Reyes had match point before Tim Hollin double-faulted, but Hollin rallied to win the set. "
            "The British number one then took the decider and his sixth win over Reyes.")
    assert role_of(text, "Tim Hollin") == "British number one"
    # Two people left: the subject of the sentence before, as news copy goes on with it.
    text = "Tim Hollin beat Greg Reyes in three sets. The British number one then met Ivo Marsh."
    assert role_of(text, "Tim Hollin") == "British number one" and role_of(text, "Greg Reyes") is None
    # Two people left and no subject among them: whose role it is cannot be told.
    text = "In Leeds, Tim Hollin beat Greg Reyes in three sets. The British number one then met Ivo Marsh."
    assert role_of(text, "Tim Hollin") is None and role_of(text, "Greg Reyes") is None


def test_a_lede_description_of_someone_not_yet_named_is_the_role_of_the_next_sentences_subject():
    # An opening definite description, with no one named before it.
    text = ("Wales 'must learn lessons'\nThe new health minister for Wales says there are lessons to learn.\n\n"
            "Dr Brian Gibbard, on his first day in the job, admitted big challenges.")
    assert role_of(text, "Brian Gibbard") == "new health minister"
    # The one who speaks after a quotation, with more words after the name.
    text = ("Yunnan has linked the violence to militants. The Communist Party chief of Yunnan told reporters to "
            'look abroad. "Some extremists in Yunnan have left," said Zhang Weiming on the sidelines of the session.')
    assert role_of(text, "Zhang Weiming") == "Communist Party chief"
    # A closing speaker: the people its sentence names are what is reported, not who reports it.
    text = ("Hollis to name poll date\nTony Hollis is likely to name 5 May as election day, the BBC's political "
            "editor has learned.\n\nAndrew Morley says Mr Hollis will ask the Queen on 4 April.")
    assert role_of(text, "Andrew Morley") == "BBC's political editor"
    assert role_of(text, "Tony Hollis") is None
    # A description after a sentence that names someone is that person's, or no one's.
    text = ("Vote\nTony Hollis spoke to Ivo Marsh on Monday. The party leader said it went well. "
            "Andrew Morley said so too.")
    assert role_of(text, "Andrew Morley") is None


def test_a_role_with_its_complement_after_capitalised_qualifiers_before_a_closed_name():
    text = "The Communist Party chief of Yunnan, Zhang Weiming, said the attack was planned."
    assert role_of(text, "Zhang Weiming") == "Communist Party chief of Yunnan"
    text = "Lorvale's youth coach at Aldon Rovers, Ivo Marsh, quit."
    assert role_of(text, "Ivo Marsh") == "youth coach at Aldon Rovers"
    # A name the clause opens is its subject, not the title's holder.
    text = "After talks with the Communist Party chief of Yunnan, Zhang Weiming flew home."
    assert role_of(text, "Zhang Weiming") is None


def test_a_description_after_sentences_about_he_or_she_names_the_person_named_before_them():
    text = ("Mark Hollis is to make a pitch to voters ignored by Tony Blane. He will say taxes are too high. "
            "And that he wants a fair deal. "
            "But the Tory leader will argue against quotas.")
    assert role_of(text, "Mark Hollis") == "Tory leader"
    # A sentence about something else breaks the chain.
    text = ("Mark Hollis is to make a pitch for votes. The polls open in May. "
            "But the Tory leader will argue against quotas.")
    assert role_of(text, "Mark Hollis") is None
    # "He" met someone: either may be the one described.
    text = ("Mark Hollis is to make a pitch for votes. He met Ivo Marsh on Monday. "
            "But the Tory leader will argue against quotas.")
    assert role_of(text, "Mark Hollis") is None and role_of(text, "Ivo Marsh") is None


def test_a_later_role_wins_over_a_first_one_that_only_names_kin():
    text = ("Those charged included Otto Fenn, the 22-year-old son of rock star Brian Fenn. "
            "Otto Fenn, a former Eton pupil and joint leader of the Aldon Hunt, said he had no regrets.")
    assert role_of(text, "Otto Fenn") == "former Eton pupil"
    # Kin alone stays what the text says.
    text = "Those charged included Otto Fenn, the son of rock star Brian Fenn."
    assert role_of(text, "Otto Fenn").startswith("son of")


def test_two_roles_joined_by_and_in_an_apposition_are_each_a_role_the_first_shown():
    text = "Scott Walden, the governor of Lorvale and potential Republican presidential candidate, spoke."
    assert role_of(text, "Scott Walden") == "governor of Lorvale"
    text = "Otto Fenn, a former Eton pupil and joint leader of the Aldon Hunt, said he had no regrets."
    assert role_of(text, "Otto Fenn") == "former Eton pupil"
    # Two nouns of one role stay together.
    assert role_of("Ivo Marsh, a lawyer and activist, spoke.", "Ivo Marsh") == "lawyer and activist"
    text = "Ivo Marsh, the president and chief executive of Lorvale Systems, spoke."
    assert role_of(text, "Ivo Marsh") == "president and chief executive of Lorvale Systems"
    text = "Ivo Marsh, the head of research and development at Lorvale Systems, spoke."
    assert role_of(text, "Ivo Marsh") == "head of research and development at Lorvale Systems"
    assert role_of("Ivo Marsh, a psychology professor and researcher, spoke.", "Ivo Marsh") == (
        "psychology professor and researcher")
    text = "Lena Ortiz, a 45-year-old mother and grassroots activist, spoke."
    assert role_of(text, "Lena Ortiz") == "45-year-old mother and grassroots activist"
    text = "Ivo Marsh, the group's deputy Middle East and North Africa director, spoke."
    assert role_of(text, "Ivo Marsh") == "group's deputy Middle East and North Africa director"


def test_a_copula_after_a_relative_clause_gives_the_role():
    text = "Dame Alina Marek, who has died in Dalby aged 94, was the country's first prima ballerina."
    assert role_of(text, "Alina Marek") == "country's first prima ballerina"
    text = "Ivo Marsh, who was arrested on Monday, is a nurse at Lorvale General Hospital."
    assert role_of(text, "Ivo Marsh") == "nurse at Lorvale General Hospital"
    # What the copula says is no role noun: nothing.
    assert role_of("Ivo Marsh, who won on Monday, was the first to arrive.", "Ivo Marsh") is None


def test_a_plural_role_noun_after_a_subject_noun_is_its_verb():
    text = "Director Ken Brannock's film stars Cate Blanford, Lily Jameson and Rich Madley in a fairy tale."
    assert role_of(text, "Cate Blanford") is None and role_of(text, "Lily Jameson") is None
    assert role_of("The film stars Cate Blanford as a spy.", "Cate Blanford") is None
    # Without an opener the nouns are a role.
    assert role_of("Film stars Cate Blanford and Colin Ferrant attended.", "Colin Ferrant") == "Film stars"


def test_a_role_as_gives_later_in_the_clause_is_its_subjects():
    text = ("Aaron Fenwick and David Trell won a tournament. Mr Fenwick and Mr Trell get the chance to attend the "
            "World Tour as members of the UK's Four-Kings gaming clan.")
    assert role_of(text, "Aaron Fenwick") == "members of the UK's Four-Kings gaming clan"
    assert role_of(text, "David Trell") == "members of the UK's Four-Kings gaming clan"
    assert role_of("Ivo Marsh joined the club in May as its new coach.", "Ivo Marsh") == "new coach"
    # Someone named in between is whom "as" describes; a plural after one name says what others are.
    assert role_of("Ivo Marsh hired Lena Ortiz as coach.", "Ivo Marsh") is None
    assert role_of("Ivo Marsh praised the team as champions.", "Ivo Marsh") is None
    # A part played is no role.
    assert role_of("Julia Moorland gives a fine performance as a college professor.", "Julia Moorland") is None
    text = "Ben Stiler and Owen Wilby reprised their roles as the vacuous models at the show."
    assert role_of(text, "Ben Stiler") is None
    # A clause of its own hopes or supposes: what it says is no one's role.
    text = "Ted Cruzon must win votes if he hopes to break through as a top-tier candidate."
    assert role_of(text, "Ted Cruzon") is None


def test_a_role_never_starts_inside_the_name_of_the_body_before_it():
    assert role_of("Militants said Royal Estonian Air Force pilot Tarmo Kask was freed.", "Tarmo Kask") == (
        "Royal Estonian Air Force pilot")


@pytest.mark.parametrize(("text", "name", "role"), [
    # A role modifier ending in "-ing" that only qualifies the role.
    ("On Friday, Norvex sporting director Eli Brand said the team was ready.", "Eli Brand", "Norvex sporting director"),
    ("He lost to three-time defending champion Marek Holt on Sunday.", "Marek Holt", "three-time defending champion"),
    # A service's noun before a capitalised rank, and a body's whole name with its "of" complement.
    ("Lorvale police Officer Dan Pike arrived at the scene.", "Dan Pike", "police Officer"),
    ("On Monday, Harwick Institute of Technology police Officer Sean Mott was shot.", "Sean Mott",
     "Harwick Institute of Technology police Officer"),
])
def test_role_words_before_a_name_are_kept_whole(text: str, name: str, role: str) -> None:
    assert role_of(text, name) == role


def test_a_judgment_after_a_copula_is_no_role():
    assert role_of('"Ted Varn is clearly a player," said Tomas Perl, president of the Velder Council.', "Ted Varn") is None


def test_an_unnamed_official_who_spoke_is_not_the_named_persons_role():
    text = "Police have a warrant for the knifing suspect, Kim Do-hyun, an official at Lorvale District Court said Friday."
    assert role_of(text, "Kim Do-hyun") == "suspect"


def test_a_role_noun_after_a_plural_of_people_is_their_verb():
    _, section = brief_actors("Many Ostrov supporters suspect Ivan Petrel's administration of involvement.")
    assert all(item.fields.get("role") is None for item in section.items)


def test_a_copulas_role_ends_where_a_pronoun_opens_the_next_clause():
    text = "During the four years that Hana Ilves was secretary of state she used a personal email account."
    assert role_of(text, "Hana Ilves") == "secretary of state"


def test_an_agent_noun_the_lexicon_lacks_is_read_from_its_stem():
    # "dispatcher" is not in the lexicon; "dispatch" is.
    assert role_of("The caller told dispatcher Tomas Reyl about the shots.", "Tomas Reyl") == "dispatcher"

def test_a_predecessor_or_successor_as_a_post_before_a_closed_name_is_that_persons_role():
    text = "Ms Vell took over as chief executive after her predecessor as CEO, Aldo Fenwick, retired."
    assert role_of(text, "Aldo Fenwick") == "predecessor as CEO"
    text = "His successor as party leader, Ivo Marsh, said the vote was fair."
    assert role_of(text, "Ivo Marsh") == "successor as party leader"
    # Without the post, a predecessor is only a relation.
    assert role_of("His predecessor, Ivo Marsh, said the vote was fair.", "Ivo Marsh") is None


def test_a_role_noun_an_article_opens_before_named_is_the_named_persons_role():
    text = "The new series will feature a capable but flawed Imperial official named Tarn Velis who doubts."
    assert role_of(text, "Tarn Velis") == "Imperial official"
    assert role_of("The clinic hired a nurse named Ann Lessing last year.", "Ann Lessing") == "nurse"
    # A word for anyone names no job.
    assert role_of("A man named Ivo Marsh came to the door.", "Ivo Marsh") is None
    assert role_of("She met a character called Ivo Marsh there.", "Ivo Marsh") is None


def test_a_description_after_a_sentence_naming_several_people_is_its_subjects_role():
    text = ("Norvan Ketter beat Tomas Brill by almost ten seconds in Boston. "
            "The Olympic silver medallist's time was the third quickest ever.")
    assert role_of(text, "Norvan Ketter") == "Olympic silver medallist"
    assert role_of(text, "Tomas Brill") is None
    # A demonym before the subject's name does not take its place.
    text = ("Kenyan Norvan Ketter beat Tomas Brill by almost ten seconds in Boston. "
            "The Olympic silver medallist's time was the third quickest ever.")
    assert role_of(text, "Norvan Ketter") == "Olympic silver medallist"
    # An owner opening the sentence is no subject: the description may be anyone's there.
    text = ("Norvan Ketter's network posted an interview of Tomas Brill with Lena Ortiz. "
            "The talk show host fires off at once.")
    assert role_of(text, "Norvan Ketter") is None
    assert role_of(text, "Lena Ortiz") is None


def test_a_description_wins_over_a_role_that_only_places_the_person_among_others():
    text = ("Mara Jonas is one of the most decorated athletes in Norland. "
            "The Olympic gold medallist says Victor Conway damaged her name.")
    assert role_of(text, "Mara Jonas") == "Olympic gold medallist"
    # With no description, the place among others is all the text says.
    text = "Mara Jonas is one of the most decorated athletes in Norland. She says Victor Conway damaged her name."
    assert role_of(text, "Mara Jonas") == "one of the most decorated athletes in Norland"


def test_the_post_his_or_her_time_as_names_is_the_persons_role():
    text = "The hardest problem facing Ms Ortiz during her five years as the council's first housing minister was debt."
    assert role_of(text, "Ortiz") == "council's first housing minister"
    # Of two people, whose time it was cannot be told.
    text = "Ivo Marsh praised Lena Ortiz for her five years as the council's housing minister."
    assert role_of(text, "Lena Ortiz") is None


def test_a_capitalised_member_noun_after_former_before_a_given_name_is_the_role():
    text = "The magazine retracted a story about her father, former Olympian Bruce Tallis."
    assert role_of(text, "Bruce Tallis") == "former Olympian"
    # A given name after "former" opens the name; a party's name is no such noun.
    assert role_of("It was former Republican Tom Reyes who spoke.", "Tom Reyes") is None


def test_a_role_set_off_from_the_name_by_a_dash_is_the_role():
    text = "He and his co-author -- Mirela Dastova of Lorvale University -- are building on the idea."
    assert role_of(text, "Mirela Dastova") == "co-author"
    # A plural before a dash names those the person is one of.
    text = "The return of one of Norland's best one-day players -- Kevin Pallister -- is sure to be demanded."
    assert role_of(text, "Kevin Pallister") is None


def test_a_role_said_of_she_goes_to_the_one_person_addressed_as_a_woman():
    text = "Ms Kovac had talks with Mr Brandt in May, while she was still a senior procurement official within the ministry."
    assert role_of(text, "Kovac") == "senior procurement official"
    assert role_of(text, "Brandt") is None
    # With no form of address, whose role it is cannot be told.
    text = "Lena Kovac had talks with Tom Brandt in May, while she was a senior procurement official at the ministry."
    assert role_of(text, "Lena Kovac") is None and role_of(text, "Tom Brandt") is None


def test_a_plural_role_written_solid_with_a_known_noun_is_each_listed_persons_role():
    # "megachefs", "filmmakers": words the lexicon lacks, a known word written solid with a job's noun.
    text = "Past winners include international megachefs Ravi Dunmore and Ines Calvo."
    assert role_of(text, "Ravi Dunmore") == "international megachefs"
    assert role_of(text, "Ines Calvo") == "international megachefs"
    text = "The island is home to filmmakers Tomas Brekke and Lise Aune."
    assert role_of(text, "Tomas Brekke") == "filmmakers"


def test_a_plural_role_before_like_and_two_names_is_each_ones_role():
    text = "The island was once home to filmmakers like Tomas Brekke and Lise Aune."
    assert role_of(text, "Tomas Brekke") == "filmmakers"
    assert role_of(text, "Lise Aune") == "filmmakers"
    # Before one name, "like" may be the plural's verb.
    assert role_of("Many coaches like Tomas Brekke because he listens.", "Tomas Brekke") is None


def test_a_degrees_abbreviation_and_a_hyphenated_compound_stay_in_the_role():
    text = "The witness, Lorvale physics Ph.D. candidate Tomas Brekke, spoke first."
    assert role_of(text, "Tomas Brekke") == "Lorvale physics Ph.D. candidate"
    text = "He saw one of his night-shift officers, Tomas Brekke, in a car."
    assert role_of(text, "Tomas Brekke") == "night-shift officers"


def test_a_name_opening_the_sentence_qualifies_the_role_after_it():
    # "Velmar" opens the sentence, so its capital says nothing; "Rovers" mid-run vouches for the run.
    text = "Velmar Rovers striker Tomas Brekke returned to training on Monday."
    assert role_of(text, "Tomas Brekke") == "Velmar Rovers striker"
    assert role_of("Super League star Tomas Brekke is back.", "Tomas Brekke") == "Super League star"


def test_attorney_capitalised_before_a_name_is_a_title_its_qualifiers_keep():
    text = "Assistant U.S. Attorney Lena Ortiz told the jury the car was stolen."
    assert role_of(text, "Lena Ortiz") == "Assistant U.S. Attorney"
    assert role_of("It was filed by Attorney Ivo Marsh on Monday.", "Ivo Marsh") == "Attorney"


def test_a_description_opening_the_next_clause_is_the_subjects_role():
    text = "Ivo Marsh may have missed out on gold in March, but the Norland skier has set his sights on the title."
    assert role_of(text, "Ivo Marsh") == "Norland skier"
    # Of two people, whose description it is cannot be told.
    text = "Ivo Marsh beat Lena Ortiz in March, but the Norland skier has set her sights on the title."
    assert role_of(text, "Ivo Marsh") is None and role_of(text, "Lena Ortiz") is None


def test_a_description_after_an_opening_clause_names_the_person_of_the_sentence_before():
    text = ("Ivo Marsh is back in the race. As the first candidate to quit the \"exploring\" stage, the Norland "
            "senator presented a plan on Monday.")
    assert role_of(text, "Ivo Marsh") == "Norland senator"


def test_a_role_closing_a_long_clause_before_a_closed_name_is_the_names():
    text = ("Reyes won the county in 2008 and Pike won a narrow recount over the eventual party nominee, Ivo Marsh, "
            "in 2012.")
    assert role_of(text, "Ivo Marsh") == "eventual party nominee"


def test_an_indefinite_description_opening_the_sentence_before_a_given_name_is_the_role():
    text = "A proud farmer from Lorvale, Antonio Pelayo sold fruit at the market."
    assert role_of(text, "Antonio Pelayo") == "farmer from Lorvale"
    # A time before the comma is no description.
    assert role_of("A day after the storm, Antonio Pelayo mended nets.", "Antonio Pelayo") is None


def test_an_agent_noun_before_the_surname_of_a_person_named_in_full_is_the_role():
    text = ("The mural was painted by Tomas Vell-Arkwright in May. It replaced one made by sculptor Vell-Arkwright "
            "in 1998.")
    assert role_of(text, "Tomas Vell-Arkwright") == "sculptor"


def test_fellow_before_a_demonym_and_a_name_is_no_role():
    assert role_of("He finished well clear of fellow Norwegian Ivo Marsh in Oslo.", "Ivo Marsh") is None
    # Qualified, it is a post.
    assert role_of("He met Lorvale senior fellow Ivo Marsh.", "Ivo Marsh") == "Lorvale senior fellow"


def test_overall_before_a_standings_role_stays_with_it():
    text = "She finished ahead of overall Grand Tour leader Lena Ortiz, whose coach set the course."
    assert role_of(text, "Lena Ortiz") == "overall Grand Tour leader"
    assert role_of("He beat overall leader Ivo Marsh on Sunday.", "Ivo Marsh") == "overall leader"


def test_a_marshals_rank_is_a_title():
    text = '"We chose them well," said Air Chief Marshal Tomas Brekke of the Norland Defence Force.'
    assert role_of(text, "Tomas Brekke") == "Air Chief Marshal"
    assert role_of("Field Marshal Ivo Marsh led the parade.", "Ivo Marsh") == "Field Marshal"


def test_a_capitalised_role_noun_inside_a_run_before_a_name_is_the_title():
    text = '"It is a bold step," said NBC Royal Correspondent Tomas Brekke.'
    assert role_of(text, "Tomas Brekke") == "NBC Royal Correspondent"
    _, section = brief_actors(text)
    assert actor(section, "NBC").fields["kind"] == "organisation"  # the body, without the title's adjective
    text = "NBC National Security Analyst Lena Ortiz said the threat was real."
    assert role_of(text, "Lena Ortiz") == "NBC National Security Analyst"


def test_how_long_a_role_was_held_and_where_the_person_held_it_are_not_the_role():
    text = ('"It is early," said Ivo Marsh, who was for years the dean of Lorvale caucus reporters from his desk at '
            "the Norland Register.")
    assert role_of(text, "Ivo Marsh") == "dean of Lorvale caucus reporters"
    assert role_of("Ivo Marsh, the head of research at his firm, said no.", "Ivo Marsh") == "head of research"


@pytest.mark.parametrize(("text", "person", "role"), [
    ("The aim of the service was to offer Edmund III a fitting farewell.", "Edmund III", None),
    ("The club agreed to transfer Ivo Marsh to Aldon Rovers in May.", "Ivo Marsh", None),
    ("She spoke to dispatcher Ivo Marsh on Monday.", "Ivo Marsh", "dispatcher"),
])
def test_after_to_a_word_that_is_a_verb_too_is_the_verb_not_a_role(text: str, person: str, role: str | None) -> None:
    assert role_of(f"Headline\n{text}", person) == role


@pytest.mark.parametrize(("text", "person", "role"), [
    ("The dinner was hosted by Ivo Marsh, the club's coach Tomas Brekke, and the mayor.", "Ivo Marsh", None),
    ("The dinner was hosted by Ivo Marsh, the club's coach Tomas Brekke, and the mayor.", "Tomas Brekke",
     "club's coach"),
    ("The panel heard from Ivo Marsh, chairman Tomas Brekke and striker Lena Ortiz.", "Ivo Marsh", None),
    ("In a letter to Ivo Marsh, the board's chairman Tomas Brekke said the plan failed.", "Ivo Marsh", None),
    # Kin keep whose kin they are, name and all.
    ("Lena Ortiz, the wife of coach Tomas Brekke, said she was proud.", "Lena Ortiz", "wife of coach Tomas Brekke"),
    # A name inside the role's complement stays in it.
    ("Lena Ortiz, spokeswoman for coach Tomas Brekke, said no.", "Lena Ortiz", "spokeswoman for coach Tomas Brekke"),
])
def test_a_role_noun_right_before_the_next_name_is_that_names_title_not_an_apposition(
        text: str, person: str, role: str | None) -> None:
    assert role_of(text, person) == role
