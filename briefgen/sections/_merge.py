"""Merging mentions into actors (sections stage): one actor per referent, its aliases and its kind."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .. import gazetteer as gz
from ._actor_words import (
    AFFILIATION, CLEAR, COMMON, INITIAL, PARTICLE_PREFIX, PLAIN, SIBLING_NOUNS, SIDE, STRONG, TEAM, WEAK, is_acronym,
    opens_with_initial,
)
from ._mention import ACTOR_USE, MODIFIER_USE, THING_USE, Mention

# A name that only ever qualifies nouns naming no people, this often, names a thing ("RFID tags", "RFID
# technology"): once is what a body made or runs ("the ICM survey", "a Turkish Airlines plane").
MIN_MODIFIER_USES = 2

# A common word capitalised this often is used as a name ("Arsenal", "Wasps"), not as a heading.
MIN_NAME_REPEATS = 3


@dataclass
class Actor:
    """Mentions merged into one referent."""

    mentions: list[Mention]
    known: gz.Known | None = None
    person: bool = False  # a surname or given name of a person merged into it
    titled: bool = False  # a title the person holds merged into it ("Duchess of Cornwall"): no name of theirs

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
            if self.known.kind == gz.PLACE and any(m.votes[SIDE] or m.votes[TEAM] for m in self.mentions):
                return gz.ORGANISATION  # "beat West Ham 1-0": the city's club
            if self.known.kind == gz.COUNTRY and any(m.votes[TEAM] for m in self.mentions):
                # "Zambia have shown", "beat Angola 2-0": the national team, an organisation by the guideline
                return gz.ORGANISATION
            return self.known.kind
        votes = self.votes()
        votes.pop(COMMON, 0)
        # Plain words are only a guess at a person's name: with no other clue to a person, a tie with a body goes
        # to the body ("Four-Kings Intel, which ..."; "goals from Yacine Brahimi" stays a person's).
        guessed = bool(votes.pop(PLAIN, 0)) and not votes[gz.PERSON]
        if guessed:
            votes[gz.PERSON] += WEAK
        side, team = votes.pop(SIDE, 0), votes.pop(TEAM, 0)
        affiliated = votes.pop(AFFILIATION, 0)
        if affiliated and votes[gz.PLACE]:
            # "Erik Moss of Lindenhurst ... at home in Lindenhurst": the person's home town, not an employer.
            votes[gz.ORGANISATION] -= affiliated * CLEAR
            votes[gz.PLACE] += affiliated * CLEAR
        if (
            teams
            and team
            and votes[gz.ORGANISATION] + team * STRONG >= votes[gz.PERSON]
            and not self._named_as_person()
        ):
            # "Real Sociedad beat Espanyol 1-0", "leader Juventus": in a match report a side that no given
            # name makes a player is a team; a role noun before it is its place in the table.
            return gz.ORGANISATION
        if +votes:
            # Ties go to the kinds news writes about most: people, then organisations.
            order = (gz.ORGANISATION, gz.PERSON, gz.PLACE, gz.COUNTRY) if guessed else (
                gz.PERSON, gz.ORGANISATION, gz.PLACE, gz.COUNTRY)
            kind = max(order, key=lambda k: (votes[k], -order.index(k)))
            return gz.ORGANISATION if kind == gz.PLACE and side else kind  # "lost to Manchester City"
        # No clue at all: a name opening with an adjective ("Public Security Secretariat") is no person's (the
        # plain words of a person's name vote PLAIN).
        return gz.ORGANISATION

    def _named_as_person(self) -> bool:
        """Whether a given name makes the actor a player rather than a side: one opening a name of two words
        or more ("Tim Vaski beat Ivo Marsh 6-4"), or one alone with some other clue that it is a person's (a
        role, kin, "who"). Alone it is the weakest clue (WEAK a mention): clubs bear given names too
        ("second-placed Roma", "fourth-placed Valencia"), and a result outweighs it."""
        alone = 0
        for mention in self.mentions:
            if gz.is_given_name(mention.words[0]):
                if len(mention.words) > 1:
                    return True
                alone += 1
        return alone > 0 and self.votes()[gz.PERSON] > WEAK * alone

    def weight(self) -> float:
        """Mentions, each after a locative counting SETTING_WEIGHT (`Mention.weight`)."""
        return sum(m.weight for m in self.mentions)

    @property
    def name(self) -> str:
        if self.known is not None and not self.person:
            return self.known.name
        # A title the person holds is no name of theirs: "Camilla", not "Duchess of Cornwall" (`_merge_held_titles`).
        best = max(self.mentions, key=lambda m: (not (self.titled and _held_title(m.words)), len(m.words),
                                                 -m.start))
        return best.surface


@functools.lru_cache(maxsize=4096)  # merging compares every name with every longer one: keys are asked again and again
def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    """How a name compares: case-folded, periods and curly apostrophes ignored ("A.J." = "AJ"), initials dropped
    ("J. Yapp", and "P Dowd" of a team sheet, are their surnames)."""
    if opens_with_initial(list(words)):
        words = words[1:]
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
                # a longer name with no clue of its own takes the person's ("Incumbent Goodluck Jonathan")
                and (longer.kind == gz.PERSON or not +longer.votes())
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
            # "al-Abadi" and "Abadi" alike shorten "Haider al-Abadi": the particle is no part of the match.
            target = next((p for p in people if _surname_key(p) == PARTICLE_PREFIX.sub("", word)), None)
            # A given name alone ("Liam" for Liam Scholes), unless something says the word is a place or a
            # body ("in Indianapolis" is no "Indianapolis Colts", "Germanwings CEO" no "Germanwings Airbus").
            # A common given name joins whatever the clues: "at Sara's" is still Sara.
            if target is None and (not (votes[gz.PLACE] or votes[gz.ORGANISATION]) or gz.is_given_name(word)):
                target = next((p for p in people if _key(p.first.words)[0] == word), None)
            if target is None:
                # "Valdreth" after "the Port of Valdreth", "Alcarva" after "the Alcarva River": the one
                # place or body whose name is this word and its head noun ("Jerusalem" is more than "East
                # Jerusalem", a part of it; "Eufaula, Oklahoma" is a town, not Lake Eufaula).
                cores = [a for a in others if _core(a) == word and (a.kind == gz.PLACE or "of" in a.first.words)
                         and not gz.is_part_prefix(a.first.words[0])]
                if len(cores) == 1 and not votes[gz.PERSON] >= CLEAR and not any(m.placed for m in group.mentions):
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
    _merge_owned_bodies(actors)
    _merge_variants(actors)
    _merge_short_forms(actors)
    _merge_held_titles(actors)
    _merge_state_titles(actors)
    result = []
    # Last names of people: their plurals name a family ("the Kerchers"), not an actor. (A people's name
    # in the plural, "Uyghurs", reads like a movement's, "Houthis", and stays.)
    surnames = {a.mentions[0].words[-1] for a in actors.values() if a.known is None and a.kind == gz.PERSON
                and len(a.mentions[0].words) > 1}
    for actor in actors.values():
        actor.mentions.sort(key=lambda m: m.start)
        if _plural_of_people(actor, surnames) or _siblings_of_people(actor, surnames):
            continue
        # A word seen only as a qualifier of someone's role ("Defense" in "Defense Secretary") is no actor,
        # unless its own words make it a place ("West Bengal Chief Minister", as "Texas Governor").
        if actor.known is None and all(m.modifier for m in actor.mentions) and actor.votes()[gz.PLACE] < STRONG:
            continue
        if actor.known is None and not actor.person and not +(actor.votes() - Counter({COMMON: len(actor.mentions)})):
            if actor.votes()[COMMON]:
                continue  # common words in title case, and nothing else says it is a name
        if _unsupported_word(actor) or _used_as_thing(actor) or _group_of_people(actor) or _people_by_origin(actor):
            continue
        result.append(actor)
    return result


def _surname_key(person: Actor) -> str:
    """How a person's surname is written alone: "al-Maliki" as "maliki" too ("Nuri al-Maliki ... Maliki"), and
    without the letters after it ("Ian Rank-Broadley FRBS ... Rank-Broadley")."""
    words = person.first.words
    last = _key(words[:-1] if len(words) > 2 and is_acronym(words[-1]) else words)[-1]
    return PARTICLE_PREFIX.sub("", last)


def _given_names_from_places(actors: dict[tuple, Actor], people: list[Actor]) -> None:
    """"Paris Jackson ... Paris said": a place's or a capital's name, alone, that is also the given name of
    someone in the story (or a person's whole name, "her sister Venus") is that person wherever nothing
    places it ("in Paris" stays the city)."""
    firsts = {_key(p.first.words)[0]: p for p in reversed(people) if len(_key(p.first.words)) > 1}
    # "her sister Venus ... Venus pulled out": a word that already names a person alone is that person too.
    for key, actor in actors.items():
        if key[0] == "name" and len(key[1]) == 1 and actor.known is None and actor.kind == gz.PERSON:
            firsts.setdefault(key[1][0], actor)
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


def _merge_owned_bodies(actors: dict[tuple, Actor]) -> None:
    """Merge a body's name into the same name after its country ("Department of Justice" into "United States
    Department of Justice", "Securities and Exchange Commission" into "US Securities and Exchange Commission"):
    the country owns the body, and the text leaves it out once it is known. Only for a name that is a body's
    by its own words, and one owner."""
    for key, actor in list(actors.items()):
        if key[0] != "name" or len(key[1]) < 2 or not any(gz.is_org_cue(w) for w in actor.first.words):
            continue
        owners = [k for k, a in actors.items() if k[0] == "name" and len(k[1]) > len(key[1])
                  and k[1][-len(key[1]) :] == key[1] and a.kind == gz.ORGANISATION
                  and gz.canonical_country(" ".join(a.first.words[: len(k[1]) - len(key[1])])) is not None]
        if len(owners) == 1:
            actors[owners[0]].mentions.extend(actors.pop(key).mentions)


def _plural_of_people(actor: Actor, surnames: set[str]) -> bool:
    """Whether an unknown one-word actor is the plural of a person's surname: a family ("the Kerchers"
    beside Meredith Kercher)."""
    if actor.known is not None or actor.person or any(len(m.words) > 1 for m in actor.mentions):
        return False
    if actor.votes()[gz.ORGANISATION] >= STRONG:
        return False
    word = actor.mentions[0].words[0]
    return len(word) >= 5 and word.endswith("s") and word[:-1] in surnames


def _siblings_of_people(actor: Actor, surnames: set[str]) -> bool:
    """Whether an actor is siblings named by the surname of people the story names in full ("the Tsarnaev
    brothers" beside Dzhokhar and Tamerlan Tsarnaev): those people, no actor of their own."""
    words = actor.first.words
    return actor.known is None and len(words) == 2 and words[1] in SIBLING_NOUNS and words[0] in surnames


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


def _group_of_people(actor: Actor) -> bool:
    """Whether an unknown name of two words or more names a group of people, which the guideline lists as no
    actor: a faith's people qualified ("Coptic Christians"), or a body's members by their party or their
    role ("House Republicans", "Senate Democrats", "Labour MPs"). A party named by an adjective and its
    members stays a party ("Liberal Democrats", "Social Democrats"), as does one named after its country
    ("Sweden Democrats")."""
    words = actor.first.words
    if actor.known is not None or actor.person or len(words) < 2 or "of" in words:
        return False  # "Museum of the History of Polish Jews": a name with "of" is headed before it
    last = words[-1]
    if not last.endswith("s") or gz.is_surname(last):
        return False  # "Guy Chambers", "Muddy Waters": a surname that looks like a plural
    if gz.is_faith_or_group(last):
        return True
    party = gz.lookup(last)
    members = (party is not None and party.kind == gz.ORGANISATION and gz.word_tag(last) in ("NNS", "NNPS")) or (
        gz.is_plural_role_noun(last.lower()) or gz.title_length([last[:-1]]) > 0)
    return members and all(_names_body(w) for w in words[:-1])


def _people_by_origin(actor: Actor) -> bool:
    """Whether an unknown name ends in a demonym that no name of its own opens: a people ("Han Chinese", "waves of
    Han Chinese, the country's predominant ethnic group") or a region's adjective ("Latin American leaders"), no
    actor by the guideline; a person's given name ("Antonio French"), a role or a title ("owner Mark Cuban"), a
    known place ("London Irish", a club) or a cue word ("Gulf Arab" is left to its place's word) makes a name."""
    words = actor.first.words
    if actor.known is not None or actor.person or len(words) < 2:
        return False
    last = gz.lookup(words[-1])
    if last is None or last.via != gz.VIA_DEMONYM or gz.is_given_name(words[0]) or actor.votes()[gz.PERSON] >= CLEAR:
        return False
    return gz.lookup(" ".join(words[:-1])) is None and not any(gz.is_org_cue(w) or gz.is_place_cue(w) for w in words)


def _names_body(word: str) -> bool:
    """Whether a word before members' plural names the body they sit in: a known body ("Labour", "Senate") or
    a noun ("House"), not an adjective ("Liberal") or a country ("Sweden")."""
    known = gz.lookup(word)
    if known is not None:
        return known.kind == gz.ORGANISATION
    return (gz.word_tag(word.lower()) or "").startswith("NN")


def _used_as_thing(actor: Actor) -> bool:
    """Whether an unknown name is used as a common noun's ("a DVD", "RFID tags ... RFID technology") and never as
    an actor's: a product, a work or a condition, not who acts. A body's name qualifies what it makes once in a
    while ("an HBO documentary"); a person's ("the Obama administration") often, and stays a person."""
    if actor.known is not None and actor.known.kind == gz.ORGANISATION and not actor.person:
        # "followed in a Honda", "bought a Ford": a known maker's name counted as a thing, each time, is its product.
        return all(m.use == THING_USE for m in actor.mentions)
    if actor.known is not None or actor.person:
        return False
    uses = [m.use for m in actor.mentions]
    if ACTOR_USE in uses:
        return False
    return THING_USE in uses or (uses.count(MODIFIER_USE) >= MIN_MODIFIER_USES and actor.kind != gz.PERSON)


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


# A body's short form is a clipped word ("Barca", "Juve"): shorter ones ("Man", "Inter" aside) are words of
# their own as often.
MIN_SHORT_FORM = 4


def _merge_short_forms(actors: dict[tuple, Actor]) -> None:
    """Merge a body's one-word short form into the one body it shortens: a clipped word ("Juve" of
    Juventus, "Yugansk" of Yuganskneftegas; "Barca" is no prefix of Barcelona, nor "Porto" of Portsmouth)
    or, for a match report's sides, the first word of a longer name ("Rayo" of Rayo Vallecano, "Atletico"
    of Atletico Madrid; elsewhere a first word names a whole of which the longer name is a part: "Tate"
    and Tate Britain). An acronym is a name of its own ("NCAA"), and a common word ("Real") or a form two
    names share is left alone."""
    for key in list(actors):
        actor = actors.get(key)
        if key[0] != "name" or len(key[1]) != 1 or actor is None or actor.kind != gz.ORGANISATION:
            continue
        word = key[1][0]
        if len(word) < MIN_SHORT_FORM or gz.is_common_word(word) or is_acronym(actor.first.words[0]):
            continue
        side = bool(actor.votes()[SIDE])
        longer = [k for k, a in actors.items() if k != key and _shortened_by(a, word, side)]
        if len(longer) == 1:
            actors[longer[0]].mentions.extend(actors.pop(key).mentions)


def _merge_state_titles(actors: dict[tuple, Actor]) -> None:
    """Merge a state's formal name without its country into that country, when the article names it: "the
    Islamic Republic" is Iran where "Islamic Republic of Iran" is Iran's name, as "the Kingdom" is Saudi Arabia."""
    countries = [a for k, a in actors.items() if k[0] == "known" and a.known.kind == gz.COUNTRY]
    for key in list(actors):
        actor = actors[key]
        if key[0] != "name" or actor.known is not None or actor.person:
            continue
        target = next((c for c in countries if (known := gz.lookup(f"{actor.first.surface} of {c.known.name}"))
                       is not None and known.name == c.known.name), None)
        if target is not None:
            target.mentions.extend(actors.pop(key).mentions)


def _shortened_by(actor: Actor, word: str, side: bool) -> bool:
    """Whether a body's name opens with `word`: a side's name (`side`: the short form is one) with no clue
    of a person beyond plain words ("Rayo Vallecano"), or a body's one word that `word` clips."""
    words = _key(actor.first.words)
    if len(words) > 1:
        return (words[0] == word and actor.known is None and (side or bool(actor.votes()[SIDE]))
                and not actor.votes()[gz.PERSON] and not actor._named_as_person())
    return words[0].startswith(word) and len(words[0]) > len(word) and actor.kind == gz.ORGANISATION


def _held_title(words: tuple[str, ...]) -> bool:
    """Whether a name is a title "of" a place or a body ("Duchess of Cornwall", "Archbishop of Canterbury")."""
    return len(words) > 2 and words[1] == "of" and gz.title_length(words[:1]) == 1


def _merge_held_titles(actors: dict[tuple, Actor]) -> None:
    """Merge a person named only by a title "of" a place into the one person the article gives that title as a
    role ("Camilla, Duchess of Cornwall, ..." then "The Duchess of Cornwall said ..."): the holder."""
    for key, actor in list(actors.items()):
        if key[0] != "name" or actor.kind != gz.PERSON or not all(_held_title(m.words) for m in actor.mentions):
            continue
        holders = [a for k, a in actors.items() if k != key and a.kind == gz.PERSON and any(
            m.role is not None and _key(tuple(m.role.split())) == key[1] for m in a.mentions)]
        if len(holders) == 1:
            holders[0].mentions.extend(actors.pop(key).mentions)
            holders[0].titled = True


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
