"""Word lists, clue weights and patterns shared by the actors section's readers (sections stage)."""

from __future__ import annotations

import re

# Lower-case words that may qualify a role noun before a name ("finance minister", "council member",
# "general manager"): at most this many, so that a clause does not become a role.
MAX_ROLE_NOUN_MODIFIERS = 2

# Weights of the clues to an unknown name's kind, summed over its mentions.
STRONG = 3  # a title or form of address (person), a web domain (organisation), a cue word
CLEAR = 2  # a locative preposition or "X, <state>" (place), an acronym (organisation)
# Not a kind: marks a mention made of two or more plain words, which makes a person's name once per actor.
PLAIN = "plain"
# Not a kind either: marks a mention made only of common words ("Top Gear"), which is no actor without other clues.
COMMON = "common"
WEAK = 1  # a speech verb (person), a preceding "the" (organisation), two or more plain words (person)

# Prepositions after which a name is a location ("in Kursk", "near Vladivostok"); "at" and "from" are
# left out because they introduce organisations as often ("at Google", "from the ministry").
LOCATIVES = frozenset("in near outside inside across throughout around into toward towards off".split())
# Verbs whose subject is a speaker ("Blinken said"); before a name only those that invert ("said Blinken"):
# "told Sky" names the audience.
SPEECH_VERBS = frozenset(
    "said says told added explained wrote tweeted stated noted insisted argued warned announced".split()
)

# Players' positions: a sentence naming one is about a game or a team ("Arsenal's number one keeper").
POSITIONS = "striker|keeper|goalkeeper|defender|midfielder|winger|full-back|centre-back|playmaker"

# Nouns for a kind of body ("the band Twisted Sister", "watchdog Ofcom", "the newspaper Jyllands Posten"): right
# before a name they say what kind of body it names, never a person's job.
BODY_KIND_NOUNS = frozenset(
    """band company firm agency group charity organisation organization club network newspaper magazine broadcaster
    retailer chain publisher website blog label airline bank party union team department ministry watchdog regulator
    carrier insurer lender manufacturer maker giant conglomerate outlet daily tabloid provider restaurant""".split()
)

# A player's place in a ranking, which names what the player is ("World number 46 Rusedski", "The British
# number one", "world No. 1 Rory Moyes").
RANKING = r"(?:number|No\.?)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"

# Nouns that are a role only before a name and after what qualifies them: a country, a team or a party
# ("Argentina international Angel Di Maria", "Leicester wing Austin Healey", "Tory hopefuls X and Y") or an
# adjective ("new signing Fernando Alonso", "presidential hopeful X"); alone, or elsewhere, they are an adjective,
# a verb or a thing ("international Red Cross", "consider signing Adrian Mutu", "Smith is hopeful", "the centre
# of attention"). Rugby's positions are among them.
QUALIFIED_ROLE_NOUNS = frozenset(
    "international signing hopeful wing fly-half scrum-half flanker lock centre prop hooker full-back".split()
)

# Ranks of the peerage: a form of address as much as a title, so that a role noun before one says what the
# peer does ("Labour peer Baroness Kennedy").
PEERAGE = frozenset("baron baroness viscount viscountess earl countess marquess marchioness".split())

SIDE = "side"

TEAM = "team"

# A name after a person's full name and "of" ("Felipe Massa of Williams"): who the person works for, or the
# person's home town ("Erik Moss of Lindenhurst"), which the other mentions decide (Actor.kind). Each such
# mention also votes CLEAR for a body.
AFFILIATION = "affiliation"

# Longer words ending in "-ing"/"-ed" that open a sentence are participles, not given names ("Ted", "Sterling"
# aside, which are short or rare in that position).
MIN_PARTICIPLE_CHARS = 5
AUXILIARIES = frozenset("is are was were has have had will would could can should may might must does did".split())
# Words that end an apposition: what follows is the clause, not the role.
APPOSITION_STOPS = frozenset(
    """who whom whose which that said says told was were is are has have had will would could can did does
    where when while because after before since as if but""".split()
)

# Nouns for who held a post before or after someone: with "as" and the post they name a role ("his predecessor
# as CEO, Jim Cantalupo,"), alone only a relation.
SUCCESSION_NOUNS = frozenset("predecessor predecessors successor successors".split())

# Prepositions that carry a role on ("manager of Leicester", "spokesman for the ministry").
ROLE_PREPOSITIONS = frozenset("of for at with in to on".split())

ARTICLES = frozenset({"the", "a", "an"})

# Nouns for a country's state: after a capital's name they make it the state, not the city ("the Beijing
# government"); after a demonym, or before "of" and a country, they are the country ("the Venezuelan
# Government", "the Government of Norland").
GOVERNMENT_NOUNS = frozenset("government regime authorities leadership officials administration".split())

# Numbers in words: before a name they count things ("two PCs") or open an event's name ("Six Nations").
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred".split())

# Punctuation after which capitalisation says nothing: quotes, brackets, colons, dashes, a missed
# sentence boundary.
RESETS_CASE = re.compile(r"[“\"‘(\[:;—–…]|--|[.!?](?:\s|$)|(?:^|\s)'")
SPACE = re.compile(r"[ \t\u00a0]+")

NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")

# Words for a person's family: only people have them.
KIN_NOUNS = frozenset(
    """wife husband son daughter mother father mom dad parents brother sister widow fiancé fiancée girlfriend
    boyfriend grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt partner""".split()
)
# "the Koch brothers": siblings named by their surname, after it in lower case.
SIBLING_NOUNS = frozenset({"brothers", "sisters"})
_KIN_WORDS = "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
# "his wife Sara", "sister, Venus": kin before a name make it a person's.
KIN_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS})\s*,?\s+$")
# "Smith's mother", "Smith's lawyer": kin (or a lawyer, or family) after a name's possessive make it a person's.
KIN_AFTER = re.compile(rf"['’]s\s+(?:{_KIN_WORDS}|family|children|lawyer|attorney)\b")


def is_acronym(text: str) -> bool:
    """Whether a word is written in capitals: two letters or more, every one upper case ("NATO", "U.S.")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


INITIAL = re.compile(r"[A-Z]\.")
# An initial written without its dot, as sports pages write referees and team sheets ("P Dowd", "S Taylor"):
# "A" and "I" are words.
BARE_INITIAL = re.compile(r"[B-HJ-Z]")


def opens_with_initial(words: list[str]) -> bool:
    """Whether a name of two words or more opens with an initial ("J. Yapp", "P Dowd"): a person's name."""
    return len(words) > 1 and bool(INITIAL.fullmatch(words[0]) or BARE_INITIAL.fullmatch(words[0]))

PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)[-‐]")
