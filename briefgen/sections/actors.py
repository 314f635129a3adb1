"""Actors section (sections stage): the people, organisations, countries and places an article names.

Names come from capitalisation, read with care: a capitalised word that opens a sentence, a quotation
or the headline counts only when the article also capitalises it mid-sentence or the gazetteer knows it.
Roles come from titles before a name ("Secretary of State Antony Blinken"), role nouns before it
("hospital spokeswoman Kelley Luckstein") and appositions after it ("Nigel Pearson, manager of
Leicester"). Mentions merge into one actor per referent: a surname joins the full name it shortens,
demonyms and capitals join their country ("North Korean", "Pyongyang" -> North Korea). Actors are
ranked by salience: how often they are mentioned, a headline mention, an early first mention, a mention in
the sentences the situation section shows, a role.

Reading is split by job into private modules, each importing only from those before it:
`_actor_words` (word lists, clue weights and shared patterns), `_tokens` (a sentence's words), `_spans`
(capitalised runs), `_name_context` (what the whole article says about its words), `_mention` (the
records), then `_names` (a run's name and the title or role noun before it), `_appositions` (roles after
a name and in its clause), `_kinds` (clues to a name's kind) and `_things` (names of vehicles, works and
conditions, and names used as a common noun's), then `_sentence_mentions` (the mentions of one sentence),
`_merge` (mentions merged into actors and aliases) and `_descriptions` (definite descriptions and pronouns'
roles). This module reads the article's sentences, leaves out the newsroom's credits, and scores, quotes and
ranks the actors.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from .. import gazetteer as gz
from ..config import Settings
from ..doccache import per_document
from ..model import Document, Item, Quote, Section, Sentence
from ..segment import dateline_outlet
from ._actor_words import KIN_NOUNS, ROLE_PREPOSITIONS
from ._cues import situation_ids
from ._descriptions import definite_descriptions
from ._mention import Mention
from ._merge import Actor, merge_mentions
from ._name_context import read_context
from ._sentence_mentions import sentence_mentions
from ._things import thing_spans
from ._tokens import name_text, tokenize

KEY = "actors"
TITLE = "Actors"

# A headline names what the story is about: a name there counts as much as two more mentions.
HEADLINE_BONUS = 2.0
# The situation section's sentences are the article's own summary of its main event: an actor named in one
# of them acts there, and each such sentence counts as much as a headline mention (half for a setting named
# in passing: "finances sea defences in Europe", as its mention counts).
SITUATION_BONUS = 2.0
# The lead introduces the principal actors: a first mention in the first sentence adds this much,
# falling linearly to nothing for a first mention in the last sentence.
LEAD_BONUS = 2.0
# News copy introduces the people who matter with a title or a role, and a title is given once: a
# titled person mentioned once still outranks a name mentioned in passing twice.
ROLE_BONUS = 2.0
# The outlet that published the story (its dateline's "(CNN)") is where the reporting comes from: cited in
# it ("told CNN", "CNN affiliate KTUL"), it is a source, seldom who acts in the story, and ranks this much
# lower.
OUTLET_FACTOR = 0.25
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


def _role(actor: Actor) -> tuple[str | None, Mention | None]:
    """The actor's role: the first one given, unless a later one says more ("President" -> "Russian President")
    or the first says only whose kin the person is ("son of rock star Bryan Ferry" -> "joint leader of the
    South Shropshire Hunt")."""
    if actor.kind != gz.PERSON:
        return None, None
    role, carrier = None, None
    for mention in actor.mentions:
        if mention.role is None:
            continue
        if role is None or (role.lower() in mention.role.lower() and len(mention.role) > len(role)) or (
                is_kin(role) and not is_kin(mention.role)):
            role, carrier = mention.role, mention
    return role, carrier


def is_kin(role: str) -> bool:
    """Whether a role only says whose kin the person is: its head, the last word before a preposition, is a word
    for family ("son of rock star Bryan Ferry", "Lily's mother"), which the guideline keeps out of roles."""
    words = role.lower().split()
    cut = next((k for k, word in enumerate(words) if word in ROLE_PREPOSITIONS), len(words))
    return cut > 0 and words[cut - 1] in KIN_NOUNS


def is_partitive(role: str) -> bool:
    """Whether a role only places the person among others ("one of America's most decorated athletes"): what a
    description of the person says ("The Sydney Olympic gold medallist says ...") is the role."""
    return role.lower().startswith("one of ")


def _quotes(doc: Document, actor: Actor, carrier: Mention | None) -> tuple[Quote, ...]:
    """The role-bearing mention, then the first mention of each other surface form, up to MAX_QUOTES."""
    chosen: list[Mention] = [carrier] if carrier is not None else []
    seen = {carrier.surface} if carrier is not None else set()
    for mention in actor.mentions:
        if mention.surface not in seen:
            seen.add(mention.surface)
            chosen.append(mention)
    return tuple(doc.quote(*m.quote) for m in chosen[:MAX_QUOTES])


def _score(actor: Actor, role: str | None, body_start: int, body_length: int, situation: frozenset[int]) -> float:
    """Salience: mentions, plus bonuses for a headline mention, an early first mention, each situation
    sentence naming the actor and a role."""
    headline = any(m.headline for m in actor.mentions)
    body = [m.sentence - body_start for m in actor.mentions if not m.headline]
    lead = LEAD_BONUS * (1 - min(body) / body_length) if body else 0.0
    summarised: dict[int, float] = {}  # situation sentence -> the weight of the actor's mention there
    for mention in actor.mentions:
        if mention.sentence in situation:
            summarised[mention.sentence] = max(summarised.get(mention.sentence, 0.0), mention.weight)
    return (actor.weight() + HEADLINE_BONUS * headline + lead + SITUATION_BONUS * sum(summarised.values())
            + ROLE_BONUS * (role is not None))


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


def find_actors(doc: Document, settings: Settings | None = None) -> list[Item]:
    """Every actor of an article as an item, most salient first (rank 0); `settings` (the defaults when None)
    choose the situation sentences, whose actors rank higher."""
    return list(_actor_items(doc, situation_ids(doc, settings or Settings())))


# The numbers section asks for the actors of the document just read (whose age a bare "the 78-year-old"
# is): the pipeline runs this section first, so the second call is a lookup, not a second reading. Kept per
# document (`doccache`): the pipeline releases it once the brief is made, so a huge article's actors do not
# stay in memory through rendering.
@per_document(maxsize=4)
def _read_actors(doc: Document) -> tuple[tuple[Actor, str | None, Mention | None], ...]:
    """Every actor of an article with its role and the mention carrying it, in no particular order."""
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
    read = []
    for actor in actors:
        role, carrier = _role(actor)
        if (role is None or is_kin(role) or is_partitive(role)) and id(actor) in described and actor.kind == gz.PERSON:
            carrier = described[id(actor)]
            role = carrier.role
        read.append((actor, role, carrier))
    return tuple(read)


@per_document(maxsize=4)
def _actor_items(doc: Document, situation: frozenset[int]) -> tuple[Item, ...]:
    """The actors as items, ranked by salience (`_score`, then `_mix_kinds`)."""
    body = doc.body
    body_start = body[0].id if body else 0
    outlet = dateline_outlet(doc.article)
    scored = []
    for actor, role, carrier in _read_actors(doc):
        score = _score(actor, role, body_start, max(len(body), 1), situation)
        if outlet is not None and any(m.surface == outlet for m in actor.mentions):
            score *= OUTLET_FACTOR
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
    return tuple(items)


def extract(doc: Document, settings: Settings) -> Section:
    """The `settings.max_actors` most salient people, organisations, countries and places, with roles."""
    return Section(key=KEY, title=TITLE, items=tuple(find_actors(doc, settings)[: settings.max_actors]))
