"""Clues to a name's kind (sections stage): what the gazetteer knows, its words, and the words around it."""

from __future__ import annotations

import re
from collections import Counter

from .. import gazetteer as gz
from ._actor_words import (
    APPOSITION_STOPS,
    AUXILIARIES,
    BODY_KIND_NOUNS,
    CLEAR,
    COMMON,
    GOVERNMENT_NOUNS,
    KIN_AFTER,
    KIN_BEFORE,
    LOCATIVES,
    NEXT_LOWER,
    PLAIN,
    ROLE_PREPOSITIONS,
    SPEECH_VERBS,
    STRONG,
    WEAK,
    is_acronym,
    opens_with_initial,
)
from ._mention import Mention, Parsed
from ._spans import SAINTS, plain_word
from ._tokens import Token, is_branch, name_text

INVERTED_SPEECH_VERBS = frozenset("said says added asked wrote".split())

_AGENT_BY = re.compile(r"\b[a-z]{3,}ed\s+by\s+$")

# "according to a study by Chatham House", "a survey by Ipsos": what bodies publish, by its author.
_STUDY_BY = re.compile(r"\b(?:study|report|survey|poll|analysis|review|audit|index|ranking|census)\s+by\s+(?:the\s+)?$")

_AFTER_NAME_PLACE = re.compile(r",\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s*(?:[,.;:)]|$))")
_DOMAIN = re.compile(r"\.[a-z]{2,}$")

_AGE = re.compile(r",\s+\d{1,3},")
# A route's ends, the first maybe placed by a second name ("from Kuala Lumpur, Malaysia, to Beijing").
_FROM_TO = re.compile(r"\bfrom\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*)*,?\s+to\s+$")
_TO_NAME = re.compile(r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,)?\s+to\s+[A-Z]")

# "the suburb of Sand Springs", "west of Tulsa": a place noun or a direction, then "of", then the name.
_PLACE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")

# "his Toro Rosso debut", "their Acme contracts": a name between a possessive and a noun qualifies the noun, as a
# team's, a firm's or a work's name does; people are seldom had ("his Jo Lee impression").
_POSSESSED = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.IGNORECASE)

# "Rotterdam-based", "Boston-born", "Tulsa-area": only a place gets these tails.
_PLACE_TAIL = re.compile(r"[-‐](?:based|born|area|raised|bred)\b")
# "United Kingdom-based International Animal Rescue": what is based somewhere, named right after, is a body (a
# person based there is named after a noun: "a London-based artist").
_BASED_BEFORE = re.compile(r"[-‐]based\s+(?:the\s+)?$")
# "Garmisch-Partenkirchen in Germany": a name placed inside a known place is a place itself.
_IN_PLACE = re.compile(r"\s+in\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})")
# "told Tass news agency", "the official Kestel news agency": the name is the agency's.
_NEWS_AGENCY_AFTER = re.compile(r"[ \t]+(?:state[ \t]+|official[ \t]+)?news[ \t]+agency\b")
# "the Tulsa metro area": an adjective of a place between the name and its place noun.
_NEXT_TWO_LOWER = re.compile(r"[ \t]+(?:metro|metropolitan|greater|urban|suburban|rural)[ \t]+([a-z]+)\b")
# "Águas do Baixo Alcarva, the utility that ...", "Del Rey, a publisher": an apposition naming a kind of body.
_ORG_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:utility|company|firm|agency|group|cooperative|"
    r"co-operative|charity|organi[sz]ation|club|band|network|newspaper|magazine|broadcaster|retailer|chain|"
    r"maker|manufacturer|bank|airline|insurer|carrier|party|union|publisher|website|blog|start-?up|provider|"
    r"non-?profit|operator|developer|contractor|supplier|regulator|watchdog|authority|board|team|label)s?"
    # The body's noun ends the apposition: "the authority's operations director" is a person's role.
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|with|in|of|for)\b)"
)
# ", a tributary of", " is a flourishing neighborhood in": a noun that may say what kind of place the name is.
_PLACE_APPOSITION = re.compile(
    r"(?:,|\s+(?:is|was))\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|on|near|outside|that|which|where|north|south|east|west)\b)"
)
# "the band Twisted Sister", "the aid organization CARE": a kind of body, then its name.
_BODY_NOUNS = "(?:" + "|".join(sorted(BODY_KIND_NOUNS)) + ")"
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+)?|[a-z]+\s+)" + _BODY_NOUNS + r"\s*,?\s+$"
)
# "watchdog Ofcom", "super-regulator Ofcom", "satire magazine Charlie Hebdo": the noun right before the
# name says what kind of body it is, whatever comes before the noun.
_BODY_NOUN_RIGHT_BEFORE = re.compile(r"(?:^|[\s-])" + _BODY_NOUNS + r"\s+$")
# "director of Águas do Baixo Alcarva", "spokesman for Rite Aid", "one of the founders of Acme": who employs
# the holders of a role. Only roles held in bodies: "mayor of Sumoto" and "governor of Texas" name places.
_EMPLOYER = re.compile(
    r"\b(?:director|spokes(?:man|woman|person)|ceo|cfo|chairman|chairwoman|chair|founder|co-founder|"
    r"manager|executive|employee|editor|owner|chief|secretary-general|analyst|researcher|economist|"
    r"lawyer|attorney|member)s?\s+(?:of|for|at)\s+(?:the\s+)?$"
)
# "MP for Sedgefield", "AM for Aberavon", "Member of Parliament for Ashford": a legislator sits for a seat, a place.
_SEAT = re.compile(r"\b(?:MP|AM|MSP|MEP|MLA|TD|Member of Parliament)s?\s+for\s+$")
# "governor of Nizhniy Novgorod", "the mayor of Sumoto": the offices held over a place, not in a body (those are
# _EMPLOYER's).
_OFFICE_OVER = re.compile(r"\b(?:governor|mayor|governorship|mayoralty)s?\s+of\s+$", re.IGNORECASE)
# "wrote in National Review", "an essay in Rolling Stone": what one writes or publishes in is a publication, a
# body, not the place where something happens.
_PUBLISHED_IN = re.compile(
    r"\b(?:wr(?:ote|ites?|iting|itten)|publish(?:ed|es)|articles?|essays?|columns?|op-eds?|editorials?)"
    r"\s+in\s+(?:the\s+)?$"
)


def published_in(before: str) -> bool:
    """Whether the words before a name say it is where something was written or published ("wrote in National
    Review"): a publication."""
    return bool(_PUBLISHED_IN.search(before))


# "at Torrejas", "from Lisbon": a place as often as an employer ("at Google"), so a weak clue only.
AT_FROM = frozenset({"at", "from"})

# Nouns right after a name that make it a body: its staff, its money, its seat ("Boeing officials"), or the kind
# of body it is ("Rolling Stone magazine", "the Acme company"; not "team" or "campaign", which a person leads).
BODY_NOUNS = frozenset(
    """officials executives employees staff shareholders workers spokesman spokeswoman spokesperson
    headquarters shares stock profits revenue sales customers subscribers members magazine newspaper
    broadcaster airline company firm charity website blog restaurant""".split()
)

# Bodies' words that also name the building the body is in ("the Mercury Theatre", "the Kraljevo Sports Center"):
# after a preposition of place the name is the building, a place by the guideline ("a concert at the Mercury
# Theatre", "hurrying out of the Sejong Cultural Institute"); acting or speaking, it is the body ("the museum said").
VENUE_NOUNS = frozenset("center centre theatre theater gallery museum institute opera cathedral".split())
# "the attacks on the World Trade Center", "a raid on the Tarn Cultural Center": what is attacked there is a target.
_VENUE_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|into|near|out\s+of|(?:attacks?|strikes?|raids?|assaults?|bombings?)\s+on)\s+(?:the\s+)?$"
)
# "the Koch Institute building": the venue's name qualifies its building, wherever it stands.
_VENUE_BUILDING = re.compile(r"[ \t]+(?:building|buildings|premises)\b")
_VENUE_ON = re.compile(r"\s+on\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})")
# "a fellow at the Brenner Institute", "researchers at the Rowan Center", "she works at the Tarn Museum": "at" after
# a person's job or a verb of work or study names the employer, a body.
_WORK_AT = re.compile(r"\b([a-z-]+)\s+at\s+(?:the\s+)?$")
WORK_VERBS = frozenset("work works worked working study studies studied studying teach teaches taught teaching".split())

# "did not attend St Fintian's.", "rushed to St Mary's, where ...": a saint's name in the possessive with no noun
# after it names what is named after the saint, a school, a church or a hospital (bodies), not a place.
_SAINTS_ELLIPTIC = re.compile(r"['’]s(?=\s*(?:[,.;:!?)\"”]|$))")

# "the Oklahoma City area, including Moore", "towns such as Eufaula": what a place noun's list holds are places.
_PLACES_LISTED = re.compile(r"\b([a-z]+),?\s+(?:including|such\s+as)\s+$")

# "Cambridge police officer Brendan O'Hearn", "Ferguson police said": a town's police is named by the town, which
# is a place; the police, not the town, employs the officer. The group is the force's noun ("Seoul police" names a
# body of its own, see `_sentence_mentions`).
PLACE_SERVICE = re.compile(r"[ \t]+(police)\b")

# Words naming a broadcaster's medium: "TV Station", "News Channel" are bodies, not places.
BROADCAST_WORDS = frozenset("tv television radio news".split())

# Words for a party's member, which qualify the name after them as a place does ("Kentucky Republican Rand Paul").
PARTY_WORDS = frozenset("republican democrat democratic labour tory conservative liberal socialist".split())


def resolve(words: list[Token]) -> list[tuple[list[Token], gz.Known | None, Counter]]:
    """A name's pieces, each with what the gazetteer knows of it or with votes on its kind from its words."""
    text = name_text(words)
    known = gz.lookup(text)
    if known is None and any(w.possessive for w in words[:-1]):
        # "the People's Republic of China": a possessive inside a name is one of its words (the last one's is
        # the name's own, "China's").
        known = gz.lookup(" ".join(w.text + "'s" * w.possessive for w in words[:-1]) + " " + words[-1].text)
    if known is not None:
        return [(words, known, Counter())]
    votes: Counter = Counter()
    lowered = [w.text for w in words]
    state = _country_of_state(words)
    if state is not None:
        return [state]
    if len(words) == 2 and gz.is_given_name(lowered[0]) and gz.is_org_cue(lowered[-1]) and not gz.is_org_cue(
        lowered[-1], plural=False
    ):
        votes[gz.PERSON] += CLEAR  # "Guy Chambers": a given name, and a surname that only looks like "chambers"
        return [(words, None, votes)]
    body_word = any(gz.is_org_cue(w) or is_branch(w) for w in lowered) and not _headed_by_place(lowered)
    if body_word or _DOMAIN.search(text) or " & " in text:
        votes[gz.ORGANISATION] += STRONG
        return [(words, None, votes)]
    if len(words) == 2 and opens_with_initial(lowered) and not is_acronym(lowered[-1]):
        votes[gz.PERSON] += CLEAR  # "G Poll", "B Lima", "J. Yapp": an initial opens a person's name
        return [(words, None, votes)]
    if len(words) == 2 and gz.is_given_name(lowered[0]) and gz.is_place_cue(lowered[-1]) and (
        not gz.is_place_cue(lowered[-1], plural=False) or gz.is_surname_cue(lowered[-1])
    ):
        # "Dan Parks", "Damon Hill": a given name, and a surname that only looks like "parks" or a hill
        votes[gz.PERSON] += CLEAR
        return [(words, None, votes)]
    if gz.is_place_cue(lowered[-1]) or (
        len(words) > 1 and gz.is_place_prefix(lowered[0]) and gz.lookup(lowered[0]) is None
        and not _headed_past_place(words)
    ):
        votes[gz.PLACE] += STRONG
        return [(words, None, votes)]
    # "Russian Igor Andreev": a demonym before a name of two or more words qualifies it; so it does before
    # a body's acronym ("the Iranian FARS news agency"). Before common words that end in a noun it opens a
    # body's name ("British Phonographic Industry", "British Retail Consortium"): no one's name is made of them.
    head = gz.lookup(lowered[0])
    if (
        (len(words) > 2 or (len(words) == 2 and is_acronym(lowered[1])))
        and head is not None
        and head.via == gz.VIA_DEMONYM
        and gz.lookup(name_text(words[1:])) is None
        and not any(gz.is_org_cue(w) or gz.is_place_cue(w) or w == "of" for w in lowered[1:])
        and not _common_body_words(words[1:])
    ):
        rest = resolve(words[1:])
        if len(rest) == 1 and rest[0][1] is None and not rest[0][2][COMMON] and not any(is_acronym(w) for w in lowered):
            # "Italian Dominik Paris": a people's noun, then who of them (not "American Middle Eastern" order, nor
            # "the Iranian FARS news agency")
            rest[0][2][gz.PERSON] += CLEAR
        return [(words[:1], head, Counter()), *rest]
    # "Londoner Tony Francis": a place's resident noun before a given name qualifies the person.
    if len(words) > 2 and lowered[0].endswith("er") and gz.is_given_name(lowered[1]) and (
            (resident := gz.lookup(lowered[0][:-2])) is not None and resident.kind in (gz.PLACE, gz.COUNTRY)):
        return resolve(words[1:])
    # "Kentucky Republican Rand Paul": a place and a party before a given name and a surname qualify the person.
    if (
        len(words) > 3
        and head is not None
        and head.kind in (gz.PLACE, gz.COUNTRY)
        and head.via == gz.VIA_NAME
        and lowered[1].lower() in PARTY_WORDS
        and not any(gz.is_org_cue(w) or gz.is_place_cue(w) or w == "of" for w in lowered[2:])
    ):
        return [(words[:1], head, Counter()), *resolve(words[2:])]
    # "the Chris Kyle Facebook page", "a Taya Ruiz Twitter post": a person's name, then the known body
    # whose page or account it is; two names side by side, whatever the dictionary says of the person's.
    for j in range(2, len(words)) if gz.is_given_name(lowered[0]) else ():
        rest = gz.lookup(name_text(words[j:]))
        if rest is not None and rest.kind == gz.ORGANISATION and rest.via == gz.VIA_NAME and not any(
                gz.is_org_cue(w) or gz.is_place_cue(w) for w in lowered[:j]):
            return [*resolve(words[:j]), (words[j:], rest, Counter())]
    # Two known names side by side are each at most max_name_words long, so longer runs skip the search.
    for j in range(1, len(words) if len(words) <= 2 * gz.max_name_words() else 1):
        # Two names side by side only when both are known ("Iraqi Kurdistan"); otherwise a demonym or a
        # place starts a longer name ("Indian Wells", "USA Today", "Florida Panhandle"). Two regions side
        # by side are one region ("Asia Pacific"), as no place is named by two others.
        head, rest = gz.lookup(name_text(words[:j])), gz.lookup(name_text(words[j:]))
        if head is not None and rest is not None and _branch(head, rest):
            votes[gz.ORGANISATION] += CLEAR  # "BBC Wales", "Amnesty International Norway": the body's branch there
            return [(words, None, votes)]
        if head is not None and rest is not None and not _regions(head, rest):
            return [(words[:j], head, Counter()), (words[j:], rest, Counter())]
    if _opened_by_body(words):
        votes[gz.ORGANISATION] += CLEAR  # "Credit Suisse First Boston", "Abu Dhabi Ocean Racing": the body's unit
        return [(words, None, votes)]
    tail = gz.lookup(lowered[-1]) if len(words) == 2 else None
    if (
        tail is not None
        and tail.kind in (gz.PLACE, gz.COUNTRY)
        and tail.via != gz.VIA_DEMONYM
        and gz.lookup(lowered[0]) is None
        and not gz.is_given_name(lowered[0])
        and not gz.is_place_prefix(lowered[0])
        and not gz.is_name_particle(lowered[0].lower())
    ):
        # "Bayern Munich", "Atletico Madrid", "Werder Bremen": a club named after its city; a person's
        # surname is seldom a city (and a given name before one is caught above).
        votes[gz.ORGANISATION] += CLEAR
        return [(words, None, votes)]
    if len(words) > 1 and gz.is_common_plural(lowered[-1]) and not gz.is_given_name(lowered[0]) and not (
            (head := gz.lookup(lowered[0])) is not None and head.via == gz.VIA_DEMONYM):
        # "Northampton Saints", "Sale Sharks": nobody's surname is a plural common noun; a team's name is
        # (a place opening with a demonym is one too, "Indian Wells", as a team seldom is).
        votes[gz.ORGANISATION] += CLEAR
        return [(words, None, votes)]
    if len(words) == 1 and is_acronym(text):
        votes[gz.ORGANISATION] += CLEAR
    elif any(c.isdigit() for c in text):
        votes[gz.ORGANISATION] += WEAK  # "Airbus A320", "F-16": products and their makers, not people
    elif len(words) > 1 and gz.is_given_name(lowered[0]) and (
            not is_acronym(lowered[-1]) or gz.is_roman_numeral(lowered[-1])):
        # "Helena Marques Tavira": a given name opens a person's name; so it does a monarch's or a pope's,
        # with the numeral that is no acronym ("Richard III")
        votes[gz.PERSON] += CLEAR
    elif len(words) > 2 and gz.is_given_name(lowered[0]) and not any(is_acronym(w) for w in lowered[:-1]):
        votes[gz.PERSON] += CLEAR  # "Ian Rank-Broadley FRBS", "Ann Lee QC": a person's letters after the name
    elif len(words) == 1 and gz.is_given_name(text):
        votes[gz.PERSON] += WEAK  # "his sister Venus"
    elif len(words) == 2 and (head := gz.lookup(lowered[0])) is not None and head.kind == gz.PLACE and (
            head.via == gz.VIA_NAME and gz.is_surname(lowered[-1]) and not gz.is_common_word(lowered[-1].lower())):
        # "Devon Ramsay", "Kent Smith": a given name that is also a county's (not "Glasgow Green": a common word)
        votes[gz.PERSON] += CLEAR
    elif (
        len(words) > 1
        and (head := gz.lookup(lowered[0])) is not None
        and (head.kind == gz.PLACE or head.via == gz.VIA_DEMONYM)
    ):
        # "Florida Panhandle", "Indian Wells": nobody's given name is a state or a demonym (but "Jordan"
        # Spieth's may be a country's).
        votes[gz.PLACE] += WEAK
    elif len(words) > 1 and is_acronym(lowered[0]) and "." not in lowered[0]:
        votes[gz.ORGANISATION] += WEAK  # "USS Ranger", "NBA Finals" (but "A.J. Pero" has initials)
    elif len(words) > 1 and _common_words(lowered):
        # "Top Gear", "Common Core", "Break Capital": common words in title case name a show, a programme
        # or a slogan; nobody's name is made of common words alone. Only other clues make it an actor.
        votes[COMMON] = 1
    elif len(words) > 2 and lowered[1] == "of" and gz.title_length(lowered[:1]) == 1 and not gz.is_org_cue(lowered[0]):
        votes[gz.PERSON] += CLEAR  # "the Duchess of Cornwall", "the Archbishop of Canterbury": whoever holds the title
    elif len(words) > 1 and (
        any(w in ("of", "for", "on", "and", "&", "del", "de la") for w in lowered[1:-1])
        or lowered[0].lower() in ("la", "el", "le", "les", "los", "las", "il", "al")
    ):
        # "Islamic State of Iraq", "Copa del Rey", "La Liga": a connector inside or a Romance article
        # before it makes a name a body's or a place's, not a person's ("von", "bin" are particles, above).
        votes[gz.ORGANISATION] += WEAK
    elif (
        len(words) > 1
        and (gz.word_tag(lowered[-1].lower()) or "").startswith("NN")
        and not gz.is_surname(lowered[-1])
        and not any(re.fullmatch(r"[A-Z]\.?", w) for w in lowered)
    ):
        # "Lincoln Town Car", "Google Earth", "Pew Internet": a name ending in a common noun that is no
        # surname names a body or a thing, not a person (surnames that are words, "Bell", "Baker", are).
        votes[gz.ORGANISATION] += WEAK
    elif len(words) > 1 and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in lowered):
        # "Ipsos MORI", "Mercedes-Benz SUV": an acronym of three letters or more makes a body or a brand
        votes[gz.ORGANISATION] += WEAK
    elif len(words) > 1 and gz.word_tag(lowered[0].lower()) == "JJ" and not gz.is_given_name(lowered[0]):
        pass  # "Old Trafford": an adjective opens no person's name unless it is a given name too ("Frank")
    elif len(words) > 1:
        # Two or more plain words read as a person's name, but the guess counts once per actor
        # (Actor.kind): counted per mention, it outvoted "in Castro Alvar" and "the Rite Aid".
        votes[PLAIN] = 1
    return [(words, None, votes)]


def _country_of_state(words: list[Token]) -> tuple[list[Token], gz.Known, Counter] | None:
    """The country a name stands for when it names the country's state or qualifies the country:

    - a demonym and a noun of state ("the Venezuelan Government", "the Syrian Regime"), or such a noun, "of"
      and the country ("the Government of the United States"): the country, as "the Venezuelan government" is;
    - adjectives before a country's name ("Communist North Korea", "Eastern Ukraine"): a state's politics or
      a part of it, still the country ("Northern Ireland", "South Korea" are names of their own, known whole).
    """
    texts = [w.lower for w in words]
    if len(words) == 2 and texts[1] in GOVERNMENT_NOUNS:
        known = gz.lookup(words[0].text)
        if known is not None and known.kind == gz.COUNTRY:
            return words[:1], known, Counter()
    if len(words) > 2 and texts[0] in GOVERNMENT_NOUNS and texts[1] == "of":
        k = 3 if texts[2] == "the" else 2
        known = gz.lookup(name_text(words[k:])) if k < len(words) else None
        if known is not None and known.kind == gz.COUNTRY and known.via == gz.VIA_NAME:
            return words[k:], known, Counter()
    for k in range(1, len(words)):
        if gz.word_tag(texts[k - 1]) != "JJ" or gz.lookup(words[k - 1].text) is not None:
            break
        known = gz.lookup(name_text(words[k:]))
        if known is not None and known.kind == gz.COUNTRY and known.via == gz.VIA_NAME:
            return words[k:], known, Counter()
    return None


def _common_body_words(words: list[Token]) -> bool:
    """Whether a name is made of common words and ends in a common noun no surname spells ("Phonographic
    Industry", "Retail Consortium"): the words of a body's name, not of a person's ("Igor Andreev")."""
    last = words[-1]
    return (len(words) > 1 and all(plain_word(t) for t in words) and gz.word_tag(last.lower) in ("NN", "NNS")
            and not gz.is_surname(last.text))


def _branch(body: gz.Known, place: gz.Known) -> bool:
    """Whether a known body's name right before a country's or a place's own name names the body's branch there
    ("BBC Wales"): a body and a place side by side share no clause without a word between them."""
    return (body.kind == gz.ORGANISATION and body.via == gz.VIA_NAME and place.kind in (gz.COUNTRY, gz.PLACE)
            and place.via == gz.VIA_NAME)


def _regions(*known: gz.Known) -> bool:
    """Whether every one of these known names is a place's own name (no country, capital or demonym)."""
    return all(k.kind == gz.PLACE and k.via == gz.VIA_NAME for k in known)


def _headed_by_place(words: list[str]) -> bool:
    """Whether a name's head noun, its last word, is a place's ("Eglin Air Force Base", "Charing Cross Police
    Station", "Parliament Square"): a body's word before it only qualifies the place. A name with "of" is
    headed before it ("Department of State"); after a given name the head is a surname ("Police Lt. Kenny
    Park"); after a broadcaster's word a station or channel is the broadcaster ("French TV Station")."""
    if len(words) < 2 or "of" in words or not gz.is_place_cue(words[-1]) or gz.is_given_name(words[-2]):
        return False
    return not (words[-1].lower() in ("station", "channel") and words[-2].lower() in BROADCAST_WORDS)


def _opened_by_body(words: list[Token]) -> bool:
    """Whether a known body's name opens a longer one ("Credit Suisse First Boston"): a unit, a subsidiary or
    a product of the body, never a person, unless a given name or a role is among its words ("Chelsea
    Clinton", "CNN Royal Correspondent Max Foster": the body's people)."""
    if any(gz.is_given_name(w.text) or gz.is_role_noun(w.lower.removesuffix("s")) for w in words):
        return False
    # Only heads as long as the longest known name can match: a long capitalised run stays linear.
    return any((head := gz.lookup(name_text(words[:j]))) is not None and head.kind == gz.ORGANISATION
               and head.via == gz.VIA_NAME for j in range(1, min(len(words), gz.max_name_words() + 1)))


def _headed_past_place(words: list[Token]) -> bool:
    """Whether a name opening with a place's prefix has a head after the place it names ("South Shropshire Hunt",
    "New York Yankees"): a known place before a last word that is no place's cue, which the place only
    qualifies."""
    if len(words) < 3 or gz.is_place_cue(words[-1].text):
        return False
    places = (gz.lookup(name_text(words[:-1])), gz.lookup(name_text(words[1:-1])))
    return any(place is not None and place.kind in (gz.PLACE, gz.COUNTRY) for place in places)


def _names_place(after: str) -> bool:
    """Whether an apposition or a copula after a name calls it a place ("Blue Nile, a tributary of the Nile",
    "Moore, a suburb of Oklahoma City", "Har Homa is a flourishing neighborhood"): its noun ends the phrase, so
    "a city councillor" is a person's."""
    match = _PLACE_APPOSITION.match(after)
    return match is not None and gz.is_place_of_noun(match.group(1))


def _place_noun(word: str) -> bool:
    """Whether a lower-case noun, maybe plural, names a kind of place ("area", "towns", "cities", "suburbs")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return any(gz.is_place_cue(w) or gz.is_place_of_noun(w) for w in (word, singular))


def _at_venue(mention: Mention, before: str, after: str) -> bool:
    """Whether a name headed by a venue's word ("Mercury Theatre") is where something happens: before "building"
    or "on" a street or a square, or after a preposition of place ("at the", "out of the"), not after a job or a
    verb of work ("a fellow at the ..."), nor as a possessive ("in the Institute's report")."""
    if mention.words[-1].lower() not in VENUE_NOUNS:
        return False
    if _VENUE_BUILDING.match(after):
        return True  # "near the front of the Koch Institute building"
    street = _VENUE_ON.match(after)
    if street and gz.is_place_cue(re.sub(r"['’]s$", "", street.group(1).split()[-1])):
        return True  # "the National Gallery on Trafalgar Square": a building stands on a street or a square
    if not _VENUE_BEFORE.search(before):
        return False
    if re.match(r"['’]s\b", after):
        return False
    work = _WORK_AT.search(before)
    return work is None or not (gz.is_role_noun(work.group(1)) or work.group(1) in WORK_VERBS)


# "was outstanding in The Dying Swan", "starred in The Long Goodbye": "The" capitalised inside a sentence, after "in",
# opens a work's title; a place or a body is written "in the ..." ("in the Rocky Mountains"). Only a name of common
# words ("Dying Swan"), which names no one by itself: "in The Hague", "in The New Yorker" stay names.
_IN_TITLED = re.compile(r"\bin\s+The\s+$")


def _in_titled(mention: Mention, before: str) -> bool:
    """Whether a name of common words follows "in The" inside a sentence: a work's title, no body (`_IN_TITLED`)."""
    return bool(mention.votes[COMMON]) and bool(_IN_TITLED.search(before))


def on_route(prev: Token | None, before: str, after: str) -> bool:
    """Whether a name is an end of a route: "from Tulsa to McAlester", "from Kuala Lumpur, Malaysia, to Beijing"."""
    return bool(_FROM_TO.search(before)) or (prev is not None and prev.lower == "from" and bool(_TO_NAME.match(after)))


def place_after(after: str) -> gz.Known | None:
    """What the gazetteer knows of a name set off by a comma right after another ("Vladivostok, Russia",
    "Rochester, Minnesota."), which places it."""
    place = _AFTER_NAME_PLACE.match(after)
    return place and (gz.lookup(place.group(1)) or gz.lookup(place.group(1).rstrip(".")))  # "Minnesota." ends it


def _common_words(words: list[str]) -> bool:
    """Whether a name is made of common words, one of them no noun ("Top Gear", "Real To Me", "High School"):
    a show, a slogan or a heading in title case. Names of people are nouns ("Grace Bell") or unknown words."""
    tags = [gz.word_tag(w.lower()) for w in words]
    return all(tag is not None and not tag.startswith("NNP") for tag in tags) and any(
        not tag.startswith("NN") for tag in tags)


# A preposition right before a name makes it the preposition's object ("chief executive of Acme", "MP for
# Ashford"), and a speech verb after it the clause subject's; with a comma or a quote between, the word is
# no preposition of the name's ('"... turned around," Jo Lee said').
_PREPOSITIONS = "|".join(sorted(ROLE_PREPOSITIONS | AT_FROM | LOCATIVES | {"by"}))
_OBJECT_OF = re.compile(r"\b(?:" + _PREPOSITIONS + r")\s+(?:(?:the|an?)\s+)?$")
_SPEECH_AFTER = re.compile(r",?\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def vote(mention: Mention, prev: Token | None, before: str, after: str, parsed: Parsed, modifier: bool) -> None:
    """Add what the words around an unknown name say about its kind."""
    votes = mention.votes
    if parsed.role_start is not None or parsed.honorific:
        votes[gz.PERSON] += STRONG
    elif parsed.group:
        votes[gz.ORGANISATION] += STRONG  # "champions Arsenal"
    noun = NEXT_LOWER.match(after)
    two = _NEXT_TWO_LOWER.match(after)
    place_noun = any(
        m is not None and (gz.is_place_cue(m.group(1)) or gz.is_place_of_noun(m.group(1))) for m in (noun, two)
    )
    if place_noun or _names_place(after):
        votes[gz.PLACE] += CLEAR  # "the Kursk region", "Boston area", "the Har Homa neighborhood"
    if len(mention.words) == 1 and _AGENT_BY.search(before):
        votes[gz.ORGANISATION] += WEAK  # "a poll conducted by Comres", "owned by Gazprom": who did it
    elif _STUDY_BY.search(before):
        votes[gz.ORGANISATION] += WEAK  # "a study by Chatham House": a body's work, unless a given name says whose
    if len(mention.words) > 1 and mention.words[0] in SAINTS and _SAINTS_ELLIPTIC.match(after):
        # The saint's prefix voted for a place (resolve); the possessive without its noun makes a body.
        votes[gz.PLACE] = max(0, votes[gz.PLACE] - STRONG)
        votes[gz.ORGANISATION] += STRONG
    venue = _at_venue(mention, before, after)
    if venue:
        # The body's word names its building here: the body's vote it gave (resolve) goes to the place.
        votes[gz.ORGANISATION] = max(0, votes[gz.ORGANISATION] - STRONG)
        votes[gz.PLACE] += STRONG
    if prev is not None:
        if mention.setting:
            votes[gz.PLACE] += CLEAR
        elif prev.lower == "the" and not venue and not _in_titled(mention, before) and (
                noun is None or noun.group(1) in SPEECH_VERBS or noun.group(1) in AUXILIARIES):
            # "the Taliban said", "the Pentagon" -- not "the Obama administration". Before two plain words it
            # outweighs the guess that they are a person's name: nobody goes to "the Rite Aid" person.
            votes[gz.ORGANISATION] += CLEAR if len(mention.words) > 1 else WEAK
        elif prev.lower in INVERTED_SPEECH_VERBS and re.match(r"\s*(?:[,.;:!?)\"”]|$)", after):
            # "..., said Blinken." names the speaker; "said Defra had paid" reports what a body did.
            votes[gz.PERSON] += WEAK
        elif (
            prev.lower in AT_FROM
            and mention.words[0] == parsed.tokens[parsed.title_end].text
            # "at Ebola funerals": a name before a noun qualifies it.
            and (noun is None or noun.group(1) in APPOSITION_STOPS or noun.group(1) in ROLE_PREPOSITIONS)
        ):
            votes[gz.PLACE] += WEAK
    if PLACE_SERVICE.match(after):
        votes[gz.PLACE] += CLEAR
    listed = _PLACES_LISTED.search(before)
    if listed and _place_noun(listed.group(1)):
        votes[gz.PLACE] += CLEAR
    of = _PLACE_OF.search(before)
    if of and gz.is_place_of_noun(of.group(1)):
        votes[gz.PLACE] += CLEAR  # "the suburb of Sand Springs", "west of Tulsa"
    if KIN_BEFORE.search(before):
        votes[gz.PERSON] += CLEAR  # "his wife Sara"
    if _ORG_APPOSITION.match(after):
        votes[gz.ORGANISATION] += STRONG
    if " and " in mention.surface:
        votes[gz.ORGANISATION] += STRONG  # "Marks and Spencer": a firm named by its founders (as "&", resolve)
    if _BODY_NOUN_RIGHT_BEFORE.search(before):
        votes[gz.ORGANISATION] += STRONG
    elif _ORG_NOUN_BEFORE.search(before):
        votes[gz.ORGANISATION] += CLEAR
    if _EMPLOYER.search(before.lower()) or published_in(before):
        votes[gz.ORGANISATION] += CLEAR
    if _SEAT.search(before) or _OFFICE_OVER.search(before):
        votes[gz.PLACE] += CLEAR
    if _BASED_BEFORE.search(before):
        votes[gz.ORGANISATION] += CLEAR
    if noun is not None and _POSSESSED.search(before) and (gz.word_tag(noun.group(1)) or "").startswith("NN"):
        votes[gz.ORGANISATION] += WEAK
    if _PLACE_TAIL.match(after):
        votes[gz.PLACE] += CLEAR  # "a Rotterdam-based agency"
    inside = _IN_PLACE.match(after)
    hit_in = inside and (gz.lookup(inside.group(1)) or gz.lookup(inside.group(1).rstrip(".")))
    where = prev is not None and (prev.lower in AT_FROM or prev.lower in LOCATIVES)
    if where and hit_in and hit_in.kind in (gz.PLACE, gz.COUNTRY) and hit_in.via != gz.VIA_DEMONYM:
        # "at Garmisch-Partenkirchen in Germany"; without "at" the name may be what is there ("Ebola in Sierra Leone").
        votes[gz.PLACE] += CLEAR
    if on_route(prev, before, after):
        votes[gz.PLACE] += WEAK  # "flying from Tulsa to McAlester" (but also "from Sandberg to Nooyi")
    hit = place_after(after)
    if hit and hit.kind in (gz.PLACE, gz.COUNTRY):
        votes[gz.PLACE] += CLEAR  # "Vladivostok, Russia", "Rochester, Minnesota"
        mention.placed = True
    if _SPEECH_AFTER.match(after) and not _OBJECT_OF.search(before):
        # "Acme said"; but in "Jo Law, chief executive of Acme, said" the speaker is who the clause is about.
        votes[gz.PERSON] += WEAK
    if re.match(r",?\s+who\b", after):
        votes[gz.PERSON] += CLEAR  # "Almunia, who ...": people are "who", bodies "which"
    elif re.match(r",?\s+which\b", after):
        votes[gz.ORGANISATION] += WEAK
    if KIN_AFTER.match(after) or _AGE.match(after):
        votes[gz.PERSON] += CLEAR  # "Lily's mother", "Mondale, 87,"
    if modifier:
        votes[gz.ORGANISATION] += CLEAR  # "Chelsea manager", "FAA spokesman": who employs the person
    elif noun is not None and noun.group(1) in BODY_NOUNS:
        votes[gz.ORGANISATION] += CLEAR  # "Boeing officials", "Boeing shares": a body with staff and stock
    elif _NEWS_AGENCY_AFTER.match(after):
        votes[gz.ORGANISATION] += CLEAR  # "told Tass news agency", "the Yonhap news agency": the agency's name
