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

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from .. import gazetteer as gz
from ..config import Settings
from ..model import Document, Item, Quote, Section, Sentence
from ._actor_words import AUXILIARIES, ROLE_PREPOSITIONS
from ._appositions import is_verb
from ._mention import Mention
from ._merge import Actor, merge_mentions
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

# One quote per surface form, the role-bearing mention first: enough to show how aliases merged.
MAX_QUOTES = 3

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
