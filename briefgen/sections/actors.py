"""Actors section (sections stage): the people, organisations, countries and places an article names.

Names come from capitalisation, read with care: a capitalised word that opens a sentence, a quotation
or the headline counts only when the article also capitalises it mid-sentence or the gazetteer knows it.
Roles come from titles before a name ("Secretary of State Antony Blinken"), role nouns before it
("hospital spokeswoman Kelley Luckstein") and appositions after it ("Nigel Pearson, manager of
Leicester"). Mentions merge into one actor per referent: a surname joins the full name it shortens,
demonyms and capitals join their country ("North Korean", "Pyongyang" -> North Korea). Actors are
ranked by salience: how often they are mentioned, a headline mention, an early first mention, a role.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .. import gazetteer as gz
from ..config import Settings
from ..model import Document, Item, Quote, Section, Sentence
from ._actor_words import (
    AUXILIARIES,
    CLEAR,
    COMMON,
    INITIAL,
    PARTICLE_PREFIX,
    PLAIN,
    ROLE_PREPOSITIONS,
    SIDE,
    STRONG,
    TEAM,
    WEAK,
    is_acronym,
)
from ._appositions import is_verb
from ._mention import Mention
from ._name_context import read_context
from ._sentence_mentions import sentence_mentions
from ._things import thing_spans
from ._tokens import Token, name_text, tokenize

KEY = "actors"
TITLE = "Actors"

# A headline names what the story is about: a name there counts as much as two more mentions.
HEADLINE_BONUS = 2.0
# The lead introduces the principal actors: a first mention in the first sentence adds this much,
# falling linearly to nothing for a first mention in the last sentence.
LEAD_BONUS = 2.0
# News copy introduces the people who matter with a title or a role, and a title is given once: a
# titled person mentioned once still outranks a name mentioned in passing twice.
ROLE_BONUS = 2.0
# Each further actor of the same kind counts this much less in the order of the list: the page shows the
# leading actors of every kind rather than six countries and no organisation.
KIND_DECAY = 0.8
# A mention after a locative ("in Kursk", "near Moscow") names where something happens rather than
# who acts: it counts this much of a mention.
SETTING_WEIGHT = 0.5

# One quote per surface form, the role-bearing mention first: enough to show how aliases merged.
MAX_QUOTES = 3

# A common word capitalised this often is used as a name ("Arsenal", "Wasps"), not as a heading.
MIN_NAME_REPEATS = 3

# Reporter credits ("CNN's Greg Botelho contributed to this report.") name the newsroom, not the story.
_CREDIT = re.compile(r"\bcontributed (?:reporting )?to this (?:report|story|article)\b", re.IGNORECASE)
# The newsroom's credits at the end of a story: "Farid Ahmed reported from Dhaka and ...", "Greg Botelho
# wrote this story from Atlanta": who reported it from where, not who is in it.
_FILED_FROM = re.compile(
    r"\b(?:reported|wrote|filed|reporting)(?: and (?:wrote|reported))?(?: this (?:story|report|article))?"
    r" (?:from|in) [A-Z]"
)
CREDIT_TAIL = 3  # sentences at the end of a story where credits stand
# How many sentences (the headline and the body's first) are read for actors: far beyond any news story.
MAX_ACTOR_SENTENCES = 5_000


@dataclass
class Actor:
    """Mentions merged into one referent."""

    mentions: list[Mention]
    known: gz.Known | None = None
    person: bool = False  # a surname or given name of a person merged into it

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def votes(self) -> Counter:
        """The clues to the actor's kind, summed over its mentions (PLAIN counts mentions of plain words)."""
        total: Counter = Counter()
        for mention in self.mentions:
            total.update(mention.votes)
        return total

    @property
    def kind(self) -> str:
        return self._kind(teams=True)

    def kind_before_sides(self) -> str:
        """The kind that the clues give before a match report's sides are read as teams."""
        return self._kind(teams=False)

    def _kind(self, teams: bool) -> str:
        if self.person:
            return gz.PERSON
        if self.known is not None:
            if self.known.kind == gz.PLACE and any(m.votes[SIDE] for m in self.mentions):
                return gz.ORGANISATION  # "beat West Ham 1-0": the city's club
            return self.known.kind
        votes = self.votes()
        votes.pop(COMMON, 0)
        if votes.pop(PLAIN, 0):
            votes[gz.PERSON] += WEAK
        side, team = votes.pop(SIDE, 0), votes.pop(TEAM, 0)
        if (
            teams
            and team
            and votes[gz.ORGANISATION] + team * STRONG >= votes[gz.PERSON]
            and not any(gz.is_given_name(m.words[0]) for m in self.mentions)
        ):
            # "Real Sociedad beat Espanyol 1-0", "leader Juventus": in a match report a side that no given
            # name makes a player is a team; a role noun before it is its place in the table.
            return gz.ORGANISATION
        if +votes:
            # Ties go to the kinds news writes about most: people, then organisations.
            order = (gz.PERSON, gz.ORGANISATION, gz.PLACE, gz.COUNTRY)
            kind = max(order, key=lambda k: (votes[k], -order.index(k)))
            return gz.ORGANISATION if kind == gz.PLACE and side else kind  # "lost to Manchester City"
        return gz.PERSON if any(len(m.words) > 1 for m in self.mentions) else gz.ORGANISATION

    def weight(self) -> float:
        """Mentions, each after a locative counting SETTING_WEIGHT."""
        return sum(SETTING_WEIGHT if m.setting else 1.0 for m in self.mentions)

    @property
    def name(self) -> str:
        if self.known is not None and not self.person:
            return self.known.name
        best = max(self.mentions, key=lambda m: (len(m.words), -m.start))
        return best.surface


@functools.lru_cache(maxsize=4096)  # merging compares every name with every longer one: keys are asked again and again
def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    """How a name compares: case-folded, periods and curly apostrophes ignored ("A.J." = "AJ"), initials dropped."""
    return tuple(w.replace("’", "'").replace(".", "").casefold() for w in words if not INITIAL.fullmatch(w))


def merge_mentions(mentions: list[Mention]) -> list[Actor]:
    """One actor per referent: known names by canonical name, surnames into full names, plurals into singulars."""
    actors: dict[tuple, Actor] = {}
    singles: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.known is not None and not (len(mention.words) == 1 and mention.known.via == gz.VIA_NAME):
            key = ("known", mention.known.name, mention.known.kind)
        elif len(_key(mention.words)) > 1:
            key = ("name", _key(mention.words))
        else:
            singles.append(mention)
            continue
        actor = actors.setdefault(key, Actor([], mention.known))
        actor.mentions.append(mention)
    # Shorter multi-word names that end a longer person's name are that person ("Mansour Hadi").
    multi = sorted((a for k, a in actors.items() if k[0] == "name"), key=lambda a: a.first.start)
    for key, actor in list(actors.items()):
        if key[0] != "name":
            continue
        for longer in multi:
            lk = _key(longer.first.words)
            if (
                longer is not actor
                and len(lk) > len(key[1])
                and (lk[-len(key[1]) :] == key[1] or _abbreviates(actor.first.words, lk))
                and longer.kind == gz.PERSON
            ):
                longer.mentions.extend(actor.mentions)
                del actors[key]
                break
    # Whether a side is a team is decided after this: "Ivo Marsh" beaten 6-4 takes the "Marsh" who speaks.
    people = [
        a for a in sorted(actors.values(), key=lambda a: a.first.start)
        if a.known is None and a.kind_before_sides() == gz.PERSON
    ]
    others = [a for a in actors.values() if a.known is None and a.kind_before_sides() != gz.PERSON]
    # A known name ("Jordan", "America") shortens only someone the text marks as a person.
    titled = [a for a in people if a.votes()[gz.PERSON] >= STRONG]
    groups: dict[tuple[str, gz.Known | None], Actor] = {}
    for mention in singles:
        word = (_key(mention.words) or (mention.words[0].casefold(),))[0]
        groups.setdefault((word, mention.known), Actor([], mention.known)).mentions.append(mention)
    for (word, known), group in groups.items():
        votes = group.votes()
        if known is None:
            target = next((p for p in people if _surname_key(p) == word), None)
            # A given name alone ("Liam" for Liam Scholes), unless something says the word is a place or a
            # body ("in Indianapolis" is no "Indianapolis Colts", "Germanwings CEO" no "Germanwings Airbus").
            # A common given name joins whatever the clues: "at Sara's" is still Sara.
            if target is None and (not (votes[gz.PLACE] or votes[gz.ORGANISATION]) or gz.is_given_name(word)):
                target = next((p for p in people if _key(p.first.words)[0] == word), None)
            if target is None:
                # "Valdreth" after "the Port of Valdreth", "Alcarva" after "the Alcarva River": the one
                # place or body whose name is this word and its head noun.
                cores = [a for a in others if _core(a) == word and (a.kind == gz.PLACE or "of" in a.first.words)]
                if len(cores) == 1 and not votes[gz.PERSON] >= CLEAR:
                    cores[0].mentions.extend(group.mentions)
                    continue
        else:
            target = next((p for p in titled if _key(p.first.words)[-1] == word), None)
        if target is not None:
            target.mentions.extend(group.mentions)
            target.person = True
        elif known is not None:
            actors.setdefault(("known", known.name, known.kind), Actor([], known)).mentions.extend(group.mentions)
        else:
            actors.setdefault(("name", (word,)), Actor([])).mentions.extend(group.mentions)
    _given_names_from_places(actors, people)
    _merge_variants(actors)
    result = []
    # Last names of people: their plurals name a family ("the Kerchers"), not an actor. (A people's name
    # in the plural, "Uyghurs", reads like a movement's, "Houthis", and stays.)
    surnames = {a.mentions[0].words[-1] for a in actors.values() if a.known is None and a.kind == gz.PERSON
                and len(a.mentions[0].words) > 1}
    for actor in actors.values():
        actor.mentions.sort(key=lambda m: m.start)
        if _plural_of_people(actor, surnames):
            continue
        # A word seen only as a qualifier of someone's role ("Defense" in "Defense Secretary") is no actor.
        if actor.known is None and all(m.modifier for m in actor.mentions):
            continue
        if actor.known is None and not actor.person and not +(actor.votes() - Counter({COMMON: len(actor.mentions)})):
            if actor.votes()[COMMON]:
                continue  # common words in title case, and nothing else says it is a name
        if _unsupported_word(actor):
            continue
        result.append(actor)
    return result


def _surname_key(person: Actor) -> str:
    """How a person's surname is written alone: "al-Maliki" as "maliki" too ("Nuri al-Maliki ... Maliki")."""
    last = _key(person.first.words)[-1]
    return PARTICLE_PREFIX.sub("", last)


def _given_names_from_places(actors: dict[tuple, Actor], people: list[Actor]) -> None:
    """"Paris Jackson ... Paris said": a place's or a capital's name, alone, that is also the given name of
    someone in the story is that person wherever nothing places it ("in Paris" stays the city)."""
    firsts = {_key(p.first.words)[0]: p for p in reversed(people) if len(_key(p.first.words)) > 1}
    for key, actor in list(actors.items()):
        known = actor.known
        if known is None or not (known.via == gz.VIA_CAPITAL or known.kind == gz.PLACE):
            continue
        moved = [
            m for m in actor.mentions
            if len(m.words) == 1 and not m.setting and not m.votes[gz.PLACE] and _key(m.words)[0] in firsts
        ]
        for mention in moved:
            firsts[_key(mention.words)[0]].mentions.append(mention)
            actor.mentions.remove(mention)
        if not actor.mentions:
            del actors[key]


def _plural_of_people(actor: Actor, surnames: set[str]) -> bool:
    """Whether an unknown one-word actor is the plural of a person's surname: a family ("the Kerchers"
    beside Meredith Kercher)."""
    if actor.known is not None or actor.person or any(len(m.words) > 1 for m in actor.mentions):
        return False
    if actor.votes()[gz.ORGANISATION] >= STRONG:
        return False
    word = actor.mentions[0].words[0]
    return len(word) >= 5 and word.endswith("s") and word[:-1] in surnames


# Acronyms are short; a longer word in capitals that the dictionary knows is a shouted common word.
MAX_ACRONYM_WORD = 4


def _unsupported_word(actor: Actor) -> bool:
    """Whether an unknown actor named by one word only has too little evidence of being a name:

    - a people in the plural, the lexicon's proper plural ("Kurds", "Westerners"), unless something
      clearly makes it a body (a club on a team sheet, a side in a match report);
    - a word only ever capitalised where every word is (opening a sentence, the headline): one no
      dictionary knows needs a weak clue ("Google said"), a common one a clear clue;
    - a common English word ("World", "Tribute", "Conduct") with no clear clue, unless the text uses it
      as a name again and again ("Arsenal" all through a match report): capitals alone make a heading,
      a work or a slogan;
    - any other word named once with no clue at all.
    """
    if actor.known is not None or actor.person or any(len(m.words) > 1 for m in actor.mentions):
        return False  # "Christoph Waltz plays ...": two words that are no common words read as a name
    word = actor.first.words[0]
    votes = actor.votes()
    clue = max(votes[gz.PERSON], votes[gz.ORGANISATION], votes[gz.PLACE], votes[gz.COUNTRY])
    if gz.word_tag(word) == "NNPS" and votes[gz.ORGANISATION] < CLEAR and not votes[SIDE]:
        return True
    common = gz.is_common_word(word.lower())
    if not any(m.trusted and not m.headline for m in actor.mentions) and clue < (CLEAR if common else WEAK):
        return True
    if common and is_acronym(word) and len(word) > MAX_ACRONYM_WORD and len(actor.mentions) < MIN_NAME_REPEATS:
        return True  # "OPINION", "BREAKING": a common word in capitals is a heading, not an acronym
    # The lexicon knows many common words capitalised too ("Edition", "Freedom" as NNP): the lower case decides.
    plain = not is_acronym(word) and not any(c.isupper() for c in word[1:]) and gz.is_common_word(word.lower())
    if plain and len(actor.mentions) < MIN_NAME_REPEATS and clue < CLEAR:
        return True
    # A word no list knows, named once with no clue at all to what it is ("Snowflake", "McCafe"), is as
    # often a product, a term or a nickname as an actor: there is nothing to list it by.
    return len(actor.mentions) == 1 and not clue and not votes[SIDE] and not is_acronym(word)


def _abbreviates(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether a name with initials shortens a longer one: "A.J. Pero" -> ("anthony", "jude", "pero")."""
    if len(words) != 2 or not re.fullmatch(r"(?:[A-Z]\.?){2,3}", words[0]):
        return False
    letters = words[0].replace(".", "").lower()
    return longer[-1] == _key(words[-1:])[0] and "".join(w[0] for w in longer[:-1]) == letters


def _core(actor: Actor) -> str | None:
    """The one distinctive word of a place's or body's name ("Port of Valdreth" -> "valdreth"); None if several."""
    words = [
        w
        for w in _key(actor.first.words)
        if not (gz.heads_of_name(w) or gz.is_place_prefix(w) or w in ("of", "the", "for", "on", "and"))
    ]
    return words[0] if len(words) == 1 else None


def _merge_variants(actors: dict[tuple, Actor]) -> None:
    """Merge plural into singular single-word names ("Houthis" -> "Houthi") and acronyms into what they abbreviate."""
    for key in list(actors):
        if key[0] != "name" or len(key[1]) != 1 or key not in actors:
            continue
        word = key[1][0]
        target = None
        if word.endswith("s") and ("name", (word[:-1],)) in actors:
            target = ("name", (word[:-1],))
        elif is_acronym(actors[key].first.surface):
            letters = word.replace(".", "")
            target = next((k for k, a in actors.items() if k != key and letters in _initials(a.name)), None)
        if target is not None:
            actors[target].mentions.extend(actors.pop(key).mentions)


def _initials(name: str) -> set[str]:
    """The acronyms a name may have: "Human Rights Watch" -> {"hrw"}; a leading country ("U.S.
    Environmental Protection Agency") may be left out of it ({"usepa", "epa"})."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).lower()}
    if len(words) > 2 and gz.canonical_country(words[0]) is not None:
        found.add("".join(w[0] for w in words[1:]).lower())
    return found


# A sentence opening with a definite description of a person: "The Glasgow forward has ...", "The British
# number one then ...": up to three qualifiers, then a role noun (or a ranking) and a verb.
LEDE_SENTENCES = 3
_INDEFINITE_OPENING = re.compile(r"(?:A|An)\s+")
_LOWER_WORD = re.compile(r"[\w'’-]+")


def _announced_role(sentence: Sentence) -> tuple[int, int] | None:
    """Local span of the role an opening indefinite description names ("A US researcher has ...", "An
    ex-chief financial officer at Boeing has ..."): up to four words ending in a role or agent noun."""
    opening = _INDEFINITE_OPENING.match(sentence.text)
    return _role_words(sentence, opening.end(), agents=True) if opening else None


_DESCRIPTION = re.compile(
    r"The\s+((?:[\w'’-]+\s+){0,3}?(?:number\s+(?:one|two|three|\d{1,3})|([a-z][\w-]*)))(?:['’]s)?\s+(?=[a-z])"
)


MAX_SUBJECT_OFFSET_WORDS = 3  # "Chelsea captain John Terry said": the subject opens the sentence


def definite_descriptions(sentences: list[tuple[Sentence, list[Token]]], actors: list[Actor]) -> dict[int, Mention]:
    """Roles given by a definite description right after the only person of the sentence before ("Euan
    Murray has been named in the squad. ... The Glasgow forward has ..."): id(actor) -> a mention-like carrier
    of the role, quoted where the description is."""
    people: dict[int, set[int]] = {}
    first: dict[int, tuple[int, int]] = {}  # sentence -> (start, actor id) of its first name
    texts = {sentence.id: sentence for sentence, _ in sentences}
    for actor in actors:
        person = actor.kind == gz.PERSON
        for mention in actor.mentions:
            opening = texts[mention.sentence].text[: mention.start - texts[mention.sentence].start]
            # Only a name that opens the sentence is its subject.
            opens = "," not in opening and len(opening.split()) <= MAX_SUBJECT_OFFSET_WORDS
            if opens and (mention.sentence not in first or mention.start < first[mention.sentence][0]):
                first[mention.sentence] = (mention.start, id(actor))
            if person:
                people.setdefault(mention.sentence, set()).add(id(actor))
    found: dict[int, Mention] = {}
    previous: Sentence | None = None
    lede = {sentence.id for sentence, _ in sentences if not sentence.headline}
    lede = set(sorted(lede)[:LEDE_SENTENCES])  # a BBC standfirst may come before the lede
    for sentence, _ in sentences:
        _pronoun_role(sentence, people.get(sentence.id, set()), people.get(previous.id, set()) if previous else set(),
                      found)
        # "A US researcher has suggested ... Ravi Purushotma believes ...": a lede's indefinite description,
        # then the person it announces, named first in the next sentence.
        # Only the lede announces this way; later, "A spokesman said ..." is seldom the next person named.
        announced = _announced_role(previous) if previous is not None and previous.id in lede else None
        opener = first.get(sentence.id, (0, 0))[1]
        if announced is not None and previous.id not in people and opener in people.get(sentence.id, set()):
            found.setdefault(opener, _role_carrier(previous, announced))
        span = _description_span(sentence)
        before = people.get(previous.id, set()) if previous is not None else set()
        previous_id = previous.id if previous is not None else -1
        previous = sentence
        # The person must be the only one there and its subject, named first ("Euan Murray has been named").
        if span is None or len(before) != 1 or sentence.id in people or first.get(previous_id, (0, 0))[1] not in before:
            continue
        (target,) = before
        found.setdefault(target, _role_carrier(sentence, span))
    return found


def _description_span(sentence: Sentence) -> tuple[int, int] | None:
    """Local span of the role a sentence's opening definite description names: "The world champion will
    ...", "The Glasgow forward's ban ...", "The world number one": up to four words, ending in a role
    noun (the last one before the verb) or a rank."""
    match = _DESCRIPTION.match(sentence.text)
    if match is None:
        return None
    if match.group(2) is None:
        return match.span(1)  # "The world number one"
    return _role_words(sentence, match.start(1), agents=False)


def _role_words(sentence: Sentence, start: int, agents: bool) -> tuple[int, int] | None:
    """Local span from `start` of up to four words ending in the last role noun (or, with `agents`, agent
    noun) before a preposition, a verb or a possessive: the role a description names."""
    best = None
    for k, word in enumerate(_LOWER_WORD.finditer(sentence.text, start)):
        text = word.group()
        bare = text.removesuffix("'s").removesuffix("’s").lower()
        if k >= 4 or (k and (bare in ROLE_PREPOSITIONS or is_verb(bare) or bare in AUXILIARIES)):
            break
        # A capitalised word may qualify the role ("The Glasgow forward") but not be its noun, first.
        if (text[:1].islower() or k) and (gz.is_role_noun(bare) or (agents and gz.is_agent_noun(bare))):
            best = (start, word.start() + len(bare))
        if len(bare) != len(text):
            break  # "The Glasgow forward's ban": the possessive ends the description
    return best


def _role_carrier(sentence: Sentence, span: tuple[int, int]) -> Mention:
    """A role said away from the name (a description, a pronoun's predicate), quoted where it is said."""
    start, end = sentence.start + span[0], sentence.start + span[1]
    role = sentence.text[span[0] : span[1]]
    return Mention(sentence=sentence.id, start=start, end=end, surface=role, words=tuple(role.split()),
                    known=None, headline=sentence.headline, role=role, quote=(start, end))


# "... where he serves as a deacon", "She is a nurse": a pronoun's role, up to three qualifiers and the noun.
_PRONOUN_ROLE = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:is|was|serves\s+as|served\s+as|works\s+as|worked\s+as|has\s+been|had\s+been)\s+"
    r"(?:(?:a|an|the)\s+)?((?:[a-z][\w'’-]*\s+){0,3}?([a-z][\w-]*))(?=\s*(?:[,.;:]|$)|\s+(?:at|of|for|in|with)\b)"
)


def _pronoun_role(sentence: Sentence, here: set[int], before: set[int], found: dict[int, Mention]) -> None:
    """A role said of "he" or "she" goes to the only person of the sentence, or else of the sentence
    before when this one names nobody ("Sam Upan's house ... the church where he serves as a deacon")."""
    match = _PRONOUN_ROLE.search(sentence.text)
    people = here or before
    if match is None or len(people) != 1:
        return
    head = match.group(2)
    if not gz.is_role_noun(head):  # a role, not any agent ("she was the highest finisher")
        return
    (target,) = people
    found.setdefault(target, _role_carrier(sentence, match.span(1)))


def _role(actor: Actor) -> tuple[str | None, Mention | None]:
    """The actor's role: the first one given, unless a later one says more ("President" -> "Russian President")."""
    if actor.kind != gz.PERSON:
        return None, None
    role, carrier = None, None
    for mention in actor.mentions:
        if mention.role is None:
            continue
        if role is None or (role.lower() in mention.role.lower() and len(mention.role) > len(role)):
            role, carrier = mention.role, mention
    return role, carrier


def _quotes(doc: Document, actor: Actor, carrier: Mention | None) -> tuple[Quote, ...]:
    """The role-bearing mention, then the first mention of each other surface form, up to MAX_QUOTES."""
    chosen: list[Mention] = [carrier] if carrier is not None else []
    seen = {carrier.surface} if carrier is not None else set()
    for mention in actor.mentions:
        if mention.surface not in seen:
            seen.add(mention.surface)
            chosen.append(mention)
    return tuple(doc.quote(*m.quote) for m in chosen[:MAX_QUOTES])


def _score(actor: Actor, role: str | None, body_start: int, body_length: int) -> float:
    """Salience: mentions, plus bonuses for a headline mention, an early first mention and a role."""
    headline = any(m.headline for m in actor.mentions)
    body = [m.sentence - body_start for m in actor.mentions if not m.headline]
    lead = LEAD_BONUS * (1 - min(body) / body_length) if body else 0.0
    return actor.weight() + HEADLINE_BONUS * headline + lead + ROLE_BONUS * (role is not None)


def _mix_kinds(scored: list[tuple]) -> list[tuple]:
    """Salience order (and score) with each further actor of a kind counting KIND_DECAY less than the one before, so
    a brief names the leading people, bodies and places before its sixth country ("Russian", "Ukrainian"
    make countries frequent without making each of them more central than the body that acted)."""
    seen: Counter = Counter()
    mixed = []
    for score, actor, role, carrier in scored:
        kind = actor.kind
        mixed.append((score * KIND_DECAY ** seen[kind], score, actor, role, carrier))
        seen[kind] += 1
    mixed.sort(key=lambda s: (-s[0], s[2].first.start))
    return [(rank_score, actor, role, carrier) for rank_score, _, actor, role, carrier in mixed]


def thing_names(sentences: Iterable[Sentence], names: Iterable[str]) -> set[str]:
    """Which of `names` the sentences give to vehicles and works ("the ferry Marisol"), as written: a story
    merged from several sources drops an actor that one source names this way and another does not. Only
    sentences holding one of the names are read, as far as MAX_ACTOR_SENTENCES of them."""
    wanted = {name for name in names if name}
    found = set()
    holding = (s for s in sentences if any(name in s.text for name in wanted))
    for sentence in itertools.islice(holding, MAX_ACTOR_SENTENCES):
        tokens = tokenize(sentence)
        for a, b in thing_spans(sentence, tokens):
            found.add(name_text([t for t in tokens if a <= t.start and t.end <= b]))
    return found & wanted


def find_actors(doc: Document) -> list[Item]:
    """Every actor of an article as an item, most salient first (rank 0)."""
    body = doc.body
    body_start = body[0].id if body else 0
    tail = {s.id for s in doc.sentences[-CREDIT_TAIL:]} if len(doc.sentences) > 2 * CREDIT_TAIL else set()
    sentences = [
        (s, tokenize(s))
        # A book-length text is read for its actors as far as MAX_ACTOR_SENTENCES: work and memory stay
        # bounded, and a news story (a few hundred sentences at most) is read whole.
        for s in doc.sentences[:MAX_ACTOR_SENTENCES]
        if not _CREDIT.search(s.text) and not (s.id in tail and _FILED_FROM.search(s.text))
    ]
    ctx = read_context(sentences, doc.article.language)
    mentions = [m for sentence, tokens in sentences for m in sentence_mentions(sentence, tokens, ctx)]
    mentions = [m for m in mentions if m.words not in ctx.things]  # "the Marisol was overloaded"
    actors = merge_mentions(mentions)
    described = definite_descriptions(sentences, actors)
    scored = []
    for actor in actors:
        role, carrier = _role(actor)
        if role is None and id(actor) in described and actor.kind == gz.PERSON:
            carrier = described[id(actor)]
            role = carrier.role
        score = _score(actor, role, body_start, max(len(body), 1))
        scored.append((score, actor, role, carrier))
    scored.sort(key=lambda s: (-s[0], s[1].first.start))
    scored = _mix_kinds(scored)
    items = []
    for rank, (score, actor, role, carrier) in enumerate(scored):
        name = actor.name
        aliases = list(dict.fromkeys(m.surface for m in actor.mentions if m.surface != name))
        items.append(
            Item(
                text=name,
                sentence_ids=tuple(sorted({m.sentence for m in actor.mentions} | ({carrier.sentence} if carrier else set()))),
                quotes=_quotes(doc, actor, carrier),
                rank=rank,
                fields={
                    "kind": actor.kind,
                    "role": role,
                    "aliases": aliases,
                    "mentions": len(actor.mentions),
                    "headline": any(m.headline for m in actor.mentions),
                    "score": round(score, 3),
                },
            )
        )
    return items


def extract(doc: Document, settings: Settings) -> Section:
    """The `settings.max_actors` most salient people, organisations, countries and places, with roles."""
    return Section(key=KEY, title=TITLE, items=tuple(find_actors(doc)[: settings.max_actors]))
