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
    ARTICLES,
    AUXILIARIES,
    CLEAR,
    COMMON,
    INITIAL,
    KIN_BEFORE,
    LOCATIVES,
    MAX_ROLE_NOUN_MODIFIERS,
    NEXT_LOWER,
    PARTICLE_PREFIX,
    PLAIN,
    POSITIONS,
    ROLE_PREPOSITIONS,
    SIDE,
    SPACE,
    STRONG,
    TEAM,
    WEAK,
    is_acronym,
)
from ._appositions import apposition, is_verb, role_before
from ._kinds import resolve, vote
from ._mention import Mention, Parsed
from ._name_context import Context, read_context
from ._names import clean, parse
from ._spans import capitalised_runs
from ._things import quoted_titles, thing_spans
from ._tokens import Token, gap_between, name_text, tokenize

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

NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred".split())

# What a side does or has in a match report: "beat X", "lost to X", "X 2-0", "X boss".
_SIDE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeat|defeats|against|over|versus|vs\.?|v|to|hosts?|hosted|visit|visiting"
    rf"|(?:{POSITIONS}|manager|boss|coach|captain|player)\s+(?:at|for|of)"  # "the number two keeper at Arsenal"
    r"|face|faces|facing|played|play|plays|with|than|club|side|team|leader|leaders"
    r"|(?:\d{1,2}-\d{1,2}|win|draw|defeat|victory|loss)\s+(?:at|over|against|by|with))\s+(?:(?:the|reigning|league|champion|champions|surging|"
    r"struggling|[a-z]+-(?:last|placed|tier))\s+){0,3}$"
)
_SIDE_AFTER = re.compile(
    rf"\s+(?:\d{{1,2}}-\d{{1,2}}\b|(?:boss|manager|coach|{POSITIONS}|"
    r"forward|captain|fans|supporters|side|squad|players?|beat|drew|lost|won|reached|claimed|trail|lead|led"
    r"|hold|holds|held|equalised|equalized|conceded)\b)"
    # "Arsenal's number one keeper", "Chelsea's main threat"
    rf"|['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{POSITIONS}|boss|manager|coach|captain|fans|side|squad|players?)\b"
)

# The part of a side's context that only a team has: a result or a place in the table ("beat X 4-0",
# "X 2-0", "held 0-0 at X", "leader X"), not a preposition a person may follow too ("with", "to").
_TEAM_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|hosts|hosted|leader|leaders|club|side|team|\d{1,2}-\d{1,2}"
                          r"|win|draw|victory|[a-z]+-placed)\b")
_BEATEN_BEFORE = re.compile(r"\b(?:beat|beating|defeated|defeating|thrashed|knocked\s+out)\s+$")

_PLACED_BEFORE = re.compile(r"\b[A-Za-z]+-placed\s+$")  # "Third-placed Napoli also drew"
_TEAM_AFTER = re.compile(r"\s+(?:\d{1,2}-\d{1,2}|beat|drew|lost|won)\b")

# A common word capitalised this often is used as a name ("Arsenal", "Wasps"), not as a heading.
MIN_NAME_REPEATS = 3

# A roster: a sentence that is nothing but four or more names in a comma list, maybe after a heading
# ("Subs Not Used: Eboue, Taylor, ...") and with substitutes in brackets ("Tonge (Quinn 97)"). Team
# sheets list people.
_ROSTER_ITEM = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^()]{1,40}\))?"
_ROSTER = re.compile(rf"^(?:[A-Z][\w ]{{0,30}}:\s*(?:{_ROSTER_ITEM}, )+|(?:{_ROSTER_ITEM}, ){{3,}}){_ROSTER_ITEM}\.?$")
# "Stability and Growth Pact": a name joined by "and" to a name that ends in an event word.
_EVENT_AFTER_AND = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Pact|Act|Cup|Prize|Treaty|Accord|Award|Awards|War|Games)\b")

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

_PLACE_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.'’-]*,\s+$")

SHIP_PREFIXES = frozenset("USS HMS RMS HMAS HMCS INS MV SS".split())

# A team sheet's "Name (Club)": the bracket after a player's name holds the club's name.
_SHEET_CLUB = re.compile(r"[A-Z][\w'’.-]+ \((?:[a-z]+, )?((?:The )?[A-Z][^()\d]{0,40})\)")
MIN_SHEET_ENTRIES = 3


def sentence_mentions(sentence: Sentence, tokens: list[Token], ctx: Context) -> list[Mention]:
    """Every name mentioned in one sentence, with roles and clues to its kind."""
    parsed_parts: list[Parsed] = []
    absorbed: set[int] = set()
    employers: set[int] = set()
    works: set[int] = set()
    for run in capitalised_runs(sentence, tokens):
        for part in clean([tokens[i] for i in run], ctx, sentence.headline):
            parsed, taken = parse(sentence, tokens, part, ctx)
            parsed_parts.append(parsed)
            (employers if parsed.employer else absorbed).update(taken)
            if parsed.performer:
                works.update(taken)
    mentions: list[Mention] = []
    roster = bool(_ROSTER.match(sentence.text.strip()))
    for parsed in parsed_parts:
        part = parsed.tokens
        is_modifier = parsed.first in absorbed
        employs = parsed.first in employers  # "Chelsea" in "Chelsea manager Jose Mourinho"
        if parsed.first in works and parsed.title_end == 0 and gz.lookup(name_text(part)) is None and not any(
                gz.is_org_cue(t.text) for t in part):  # "Norland Radio host": a station employs its host
            ctx.things.add(tuple(t.text for t in part))  # "Friends" in "Friends actor Matt LeBlanc": a show
            continue
        # Words before the title qualify the role ("Russian President"): mentions too, but only as qualifiers.
        role_words = [t for t in part[: parsed.title_start] if t.cap and not gz.is_role_modifier(t.lower)]
        if role_words:
            for words, known, votes in resolve(role_words):
                # An acronym or a name with inner capitals is a body's name ("PepsiCo CEO", "FAA spokesman"),
                # not a department word qualifying the title ("Health Secretary").
                named = any(is_acronym(w.text) or any(c.isupper() for c in w.text[1:]) for w in words)
                mention = _mention(sentence, words, known, votes, modifier=not named)
                mention.votes[gz.ORGANISATION] += CLEAR if known is None else 0  # "Germanwings CEO"
                mentions.append(mention)
        name = part[parsed.title_end :]
        if name and name[0].text in SHIP_PREFIXES:
            continue  # "USS Sterett", "HMS Victory": a ship, no actor
        if len(name) > 1 and name[-1].text == "Flight" and re.match(r"\s*\d", sentence.text[name[-1].end - sentence.start :]):
            name = name[:-1]  # "Malaysia Airlines Flight 370": the flight is a vehicle, the airline an actor
        if not name:
            continue
        index = parsed.first + parsed.title_end
        prev = tokens[index - 1] if index > 0 and parsed.title_end == 0 else None
        after = sentence.text[name[-1].end - sentence.start :]
        before_name = tokens[index - 1] if index > 0 else None
        counted = (
            [before_name.text] if before_name is not None and before_name.cap and before_name.lower in NUMBER_WORDS
            and SPACE.fullmatch(gap_between(sentence, before_name, name[0])) else []
        )  # "Six Nations", "Big Ten": a number word opens the event's name
        if gz.is_event_name(counted + [t.text for t in name]) or _EVENT_AFTER_AND.match(after):
            # "Davis Cup", "Cyclone Pam", "Stability and Growth Pact": events, laws and awards are not actors.
            ctx.event_words.update(t.lower for t in name if not gz.is_event_word(t.text))
            stem = name[:-1]
            if len(name) > 2 and gz.is_event_word(name[-1].text) and gz.lookup(name_text(stem)) is None and not any(
                t.after_ampersand or gz.is_org_cue(t.text) for t in stem):  # "Food & Wine Classic": a firm's event
                # "Soul Train Awards" ... "Soul Train nominations": the event's name without its word is
                # still the event (one word alone may be a person's: "Davis Cup", "Davis said").
                ctx.things.add(tuple(t.text for t in stem))
            # "Dubai Tennis Championships", "Beijing Olympics": the known place it is named after is where
            # it happens, and a place of the story.
            host = gz.lookup(name[0].text) if len(name) > 1 else None
            if host is not None and host.kind in (gz.PLACE, gz.COUNTRY) and host.via != gz.VIA_DEMONYM:
                mention = _mention(sentence, name[:1], host, Counter(), modifier=False)
                mention.setting = True
                if host.via == gz.VIA_CAPITAL:
                    mention.known = gz.Known(mention.surface, gz.PLACE, gz.VIA_NAME)
                mentions.append(mention)
            continue
        if len(name) == 1 and name[0].lower in ctx.event_words:
            continue  # "before Pam struck"
        nxt = NEXT_LOWER.match(after)
        if len(name) == 1 and nxt and gz.title_length([name[0].text, nxt.group(1).removesuffix("s")]) == 2:
            continue  # "Foreign ministers ... met": half of a title written in lower case, not a name
        for words, known, votes in resolve(name):
            if known is not None and known.via == gz.VIA_DEMONYM and _demonym_alone(sentence, tokens, words):
                continue  # "experimenting with Japanese and Spanish", "he is British": a language or an origin
            if known is None and _capitalised_role(tokens, words):
                continue  # "the Warning Coordination Meteorologist with ...": a job title, no body
            mention = _mention(sentence, words, known, votes, modifier=is_modifier)
            # "in Kursk" is a setting; "in Jackie's account" is not.
            mention.setting = (
                prev is not None and prev.lower in LOCATIVES and words[0] is name[0] and not words[-1].possessive
            )
            if (known is not None and known.kind == gz.PLACE and len(words) == 1 and gz.is_given_name(words[0].text)
                    and KIN_BEFORE.search(sentence.text[: words[0].start - sentence.start])):
                # "Her older sister, Venus,": kin names a person, whatever place bears the name too
                mention.known = None
                mention.votes[gz.PERSON] += CLEAR
            in_place = prev is not None and prev.lower in LOCATIVES
            after_place = bool(_PLACE_BEFORE_COMMA.search(sentence.text[: words[0].start - sentence.start]))
            if known is not None and known.via == gz.VIA_CAPITAL and (
                in_place or after_place or _among_places(sentence, words[0], words[-1]) or _qualifies_noun(after)
            ):
                # "a press conference in Washington", "Bremerton, Washington", "areas such as London,
                # Birmingham and Glasgow": the place, not its government.
                mention.known = gz.Known(mention.surface, gz.PLACE, gz.VIA_NAME)
            if ctx.match_report and (mention.known is None or mention.known.kind == gz.PLACE):
                before = sentence.text[: words[0].start - sentence.start]
                after_words = sentence.text[words[-1].end - sentence.start :]
                side_before = _SIDE_BEFORE.search(before) or _PLACED_BEFORE.search(before)
                side_after = _SIDE_AFTER.match(after_words)
                if side_before or side_after:
                    mention.votes[SIDE] += 1
                if (side_before and _TEAM_BEFORE.search(side_before.group())) or (
                    side_after and _TEAM_AFTER.match(side_after.group())
                ):
                    mention.votes[TEAM] += 1
            elif known is not None and known.kind == gz.PLACE and known.via == gz.VIA_NAME and _BEATEN_BEFORE.search(
                sentence.text[: words[0].start - sentence.start]
            ):
                mention.votes[SIDE] += 1  # "after beating Liverpool": a city beaten is its club, report or not
            if known is None:
                before = sentence.text[: words[0].start - sentence.start]
                vote(mention, prev, before, after, parsed, is_modifier)
                if len(words) == len(name) and _among_places(sentence, words[0], words[-1], after_such_as=False):
                    mention.votes[gz.PLACE] += CLEAR
                if employs and words[0] is name[0]:
                    mention.votes[gz.ORGANISATION] += CLEAR  # who employs the person is a body
                if roster:
                    mention.votes[gz.PERSON] += STRONG
            affiliated = _affiliated_person(sentence, mentions, mention) if words[-1] is name[-1] else None
            described = affiliated and apposition(sentence, tokens, tokens.index(words[-1]), ctx)
            if described:
                # "said Konstantin Batygin of Caltech, one of the authors": the person's, not the body's.
                affiliated.role = _slice(sentence, *described)
                affiliated.quote = (affiliated.start, described[1])
                affiliated.votes[gz.PERSON] += STRONG
            elif parsed.role_start is not None and known is None:
                mention.role = _slice(sentence, *_role_span(sentence, parsed.role_start, parsed.role_end))
                mention.quote = (parsed.role_start, mention.end)
            elif known is None and words[-1] is name[-1]:
                span = apposition(sentence, tokens, tokens.index(words[-1]), ctx)
                if span is not None and not mention.votes[gz.ORGANISATION] >= STRONG:
                    mention.role = _slice(sentence, *span)
                    mention.quote = (mention.start, span[1])
                    mention.votes[gz.PERSON] += STRONG
                elif words[0] is name[0] and parsed.title_end == 0 and not parsed.honorific:
                    span = role_before(sentence, tokens, tokens.index(words[0]), ctx)
                    if span is not None and not mention.votes[gz.ORGANISATION] >= STRONG:
                        mention.role = _slice(sentence, *span)
                        mention.quote = (span[0], mention.end)
                        mention.votes[gz.PERSON] += STRONG
            mentions.append(mention)
    _share_plural_roles(sentence, mentions)
    _roles_of_a_list(sentence, mentions)
    mentions = _without_role_titles(mentions)
    things = thing_spans(sentence, tokens)
    ctx.things.update(tuple(t.text for t in tokens if a <= t.start and t.end <= b) for a, b in things)
    skipped = quoted_titles(sentence) + things
    mentions = [
        m for m in mentions
        if not any(a <= m.start and m.end <= b for a, b in skipped)
        and sentence.text[m.start - sentence.start - 1 : m.start - sentence.start] not in ("#", "@")  # "#BringBackX"
    ]
    return _sheet_clubs(sentence, tokens, mentions)


# "Konstantin Batygin of Caltech": a person named with where they work or come from.
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")


def _affiliated_person(sentence: Sentence, mentions: list[Mention], mention: Mention) -> Mention | None:
    """The name of two words or more right before `mention` with "of", "at" or "from" ("Konstantin Batygin
    of Caltech"), unknown and with no role yet: a person when a role follows; None when there is none."""
    if not mentions:
        return None
    person = mentions[-1]
    gap = sentence.text[person.end - sentence.start : mention.start - sentence.start]
    if person.role is not None or person.known is not None or len(person.words) < 2 or not _AFFILIATION.fullmatch(gap):
        return None
    return person


_AND_NEXT = re.compile(r",?\s+and\s+|,\s+")
# A list of names after the group they belong to: "several current members of Congress, including ...".
_LIST_OPENER = re.compile(r"(?:,\s+(?:including|among\s+them)|,?\s+such\s+as)\s+$")
_GROUP_BEFORE = re.compile(r"((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*s(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)$")
QUANTIFIERS = frozenset("several many some two three four five other the these those its their his her".split())
# ... nor a preposition ("working with young choreographers such as ...")
_NOT_IN_GROUP = QUANTIFIERS | frozenset("with for from by to among between at in on of".split())


def _roles_of_a_list(sentence: Sentence, mentions: list[Mention]) -> None:
    """A plural role before ", including" is each listed name's: "several current members of Congress,
    including Ileana Ros-Lehtinen, Bob Menendez and Mario Diaz-Balart" makes each a member of Congress."""
    text = sentence.text
    for k, mention in enumerate(mentions):
        if mention.role is not None or mention.known is not None:
            continue
        opener = _LIST_OPENER.search(text, 0, mention.start - sentence.start)
        if opener is None:
            continue
        group = _GROUP_BEFORE.search(text, max(0, opener.start() - 80), opener.start())
        if group is None:
            continue
        words = list(re.finditer(r"\S+", text[: group.end(1)]))
        words = [w for w in words if w.start() >= group.start(1)]
        heads = [i for i, w in enumerate(words) if gz.is_plural_role_noun(w.group())]
        if not heads:
            continue
        # The group's words: its head (and what follows it, "of Congress") and at most MAX_ROLE_NOUN_MODIFIERS
        # lower-case modifiers before it; a quantifier ("several"), a preposition, a verb ("arrested"), a
        # pronoun or a capitalised word before them belongs to the clause ("Police arrested protesters").
        head = heads[-1]
        first = head
        while first > 0 and head - first < MAX_ROLE_NOUN_MODIFIERS:
            word = words[first - 1].group()
            tag = gz.word_tag(word.lower()) or ""
            if not word.islower() or word in _NOT_IN_GROUP or is_verb(word) or tag.startswith(("VB", "PRP", "IN", "DT")):
                break
            first -= 1
        role_start = words[first].start()
        role = text[role_start : opener.start()]
        previous = mention
        for listed in mentions[k:]:
            gap = text[previous.end - sentence.start : listed.start - sentence.start]
            if listed is not mention and not _AND_NEXT.fullmatch(gap):
                break  # the list ends where something other than ", " or " and " parts two names
            if listed.role is None and listed.known is None:
                listed.role, listed.quote = role, (sentence.start + role_start, listed.end)
                listed.votes[gz.PERSON] += STRONG
            previous = listed
        return


def _without_role_titles(mentions: list[Mention]) -> list[Mention]:
    """Mentions less the titles that are a named person's role in an apposition ("Ivo Marsh, Mayor of
    Lorvale," has no body "Mayor of Lorvale"; Lorvale inside it stays a place)."""
    roles = [(m.end, m.quote[1]) for m in mentions if m.role and m.quote[0] == m.start]
    return [
        m for m in mentions
        if not (gz.title_length(list(m.words[:1])) and any(end <= m.start and m.end <= stop for end, stop in roles))
    ]


def _share_plural_roles(sentence: Sentence, mentions: list[Mention]) -> None:
    """A plural role before names joined by "and" is each one's: "Greek sprinters Kostas Kenteris and
    Katerina Thanou" gives both "Greek sprinters"."""
    for mention, nxt in itertools.pairwise(mentions):
        if (
            mention.role
            and gz.is_plural_role_noun(mention.role.split()[-1])
            and nxt.role is None
            and nxt.known is None
            and not nxt.modifier
            and _AND_NEXT.fullmatch(sentence.text[mention.end - sentence.start : nxt.start - sentence.start])
        ):
            nxt.role, nxt.quote = mention.role, (mention.quote[0], nxt.end)
            nxt.votes[gz.PERSON] += STRONG


def _capitalised_role(tokens: list[Token], words: list[Token]) -> bool:
    """Whether a capitalised run after "the" ends in a role or agent noun and has no body's word: a job
    title written in capitals ("the Warning Coordination Meteorologist"), not a name."""
    k = tokens.index(words[0])
    last = words[-1].lower
    return (
        len(words) > 1
        and k > 0
        and tokens[k - 1].lower == "the"
        and (gz.is_role_noun(last) or gz.is_agent_noun(last))
        and not any(gz.is_org_cue(w.text) or gz.is_place_cue(w.text) for w in words)
        and not gz.title_length([w.text for w in words])
    )


def _is_demonym(token: Token) -> bool:
    known = gz.lookup(token.text)
    return known is not None and known.via == gz.VIA_DEMONYM


def _demonym_alone(sentence: Sentence, tokens: list[Token], words: list[Token]) -> bool:
    """Whether a singular demonym qualifies no noun ("with Japanese and Spanish", "is British"): a language or
    a person's origin, not the country's state, forces or people ("Russian and Ukrainian troops", "the
    Japanese said", "Americans")."""
    if len(words) != 1 or words[0].text.endswith("s"):
        return False
    k = tokens.index(words[0])
    if k > 0 and tokens[k - 1].lower in ARTICLES:
        return False
    # Past a list of demonyms ("French, Spanish and Russian citizens") to the word they qualify.
    while True:
        if k + 2 < len(tokens) and tokens[k + 1].lower in ("and", "or") and _is_demonym(tokens[k + 2]):
            k += 2
        elif k + 1 < len(tokens) and re.fullmatch(r",\s+", gap_between(sentence, tokens[k], tokens[k + 1])) and (
            _is_demonym(tokens[k + 1])
        ):
            k += 1
        else:
            break
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    gap = gap_between(sentence, tokens[k], nxt)
    if not SPACE.fullmatch(gap) and gap not in ("-", "‐"):
        return True  # punctuation follows: "in Spanish.", "British, ..."
    if gap in ("-", "‐") or nxt.cap:
        return False  # "French-born", "Russian President"
    return not (gz.word_tag(nxt.lower) or "NN").startswith(("NN", "JJ", "VBN", "VBG", "CD"))


def _sheet_clubs(sentence: Sentence, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """On a team sheet ("Iain Fullarton (Saracens), Nick Lloyd (Saracens), ..."), each bracket after a
    player's name is one club's name, whatever its words would say alone ("London Irish", "The Borders")."""
    clubs = list(_SHEET_CLUB.finditer(sentence.text))
    if len(clubs) < MIN_SHEET_ENTRIES:
        return mentions
    spans = []
    for match in clubs:
        start, end = sentence.start + match.start(1), sentence.start + match.end(1)
        words = [t for t in tokens if start <= t.start and t.end <= end and not (t.lower == "the" and t.start == start)]
        if not words or not all(t.cap for t in words) or gz.lookup(name_text(words)) is not None:
            continue  # "Kenenisa Bekele (Ethiopia)": a results list's country stays the country
        spans.append((start, end))
        mention = _mention(sentence, words, None, Counter({gz.ORGANISATION: 2 * STRONG}), modifier=False)
        mentions.append(mention)
    kept = [m for m in mentions if m.votes[gz.ORGANISATION] == 2 * STRONG or not any(
        a <= m.start and m.end <= b for a, b in spans)]
    return sorted(kept, key=lambda m: m.start)


_LISTED_BEFORE = re.compile(r"(?:\b(?:such\s+as|including|like)\s+|([A-Z][\w.'’-]*)(?:,\s+|,?\s+and\s+))$")
_LISTED_AFTER = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)([A-Z][\w.'’-]*)")


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
# Nouns after a capital's name that make it the state, not the city ("the Beijing government").
GOVERNMENT_NOUNS = frozenset("government regime authorities leadership officials administration".split())


def _qualifies_noun(after: str) -> bool:
    """Whether a capital's name qualifies the common noun after it ("a Dublin school", "London office"):
    the city; its government only with a noun of state after it ("the Beijing government")."""
    match = _NOUN_AFTER.match(after)
    if match is None or match.group(1) in GOVERNMENT_NOUNS:
        return False
    return (gz.word_tag(match.group(1)) or "").startswith("NN")


def _among_places(sentence: Sentence, first: Token, last: Token, *, after_such_as: bool = True) -> bool:
    """Whether a name stands in a list of places: beside a city's name ("London, Birmingham and Glasgow"),
    or (with `after_such_as`) right after "such as". A capital there is the city, not its government, which
    acts and speaks ("Moscow denied"); an unknown name there is a place too (a list holds one kind)."""
    before = _LISTED_BEFORE.search(sentence.text[: first.start - sentence.start])
    after = _LISTED_AFTER.match(sentence.text, last.raw_end - sentence.start)
    for match in (before, after):
        if match is None:
            continue
        if match.group(1) is None:
            if after_such_as:
                return True  # "such as London"
            continue
        neighbour = gz.lookup(match.group(1))
        if neighbour is not None and neighbour.kind == gz.PLACE and neighbour.via == gz.VIA_NAME:
            return True  # a city beside it, not another capital ("London and Paris agreed")
    return False


def _slice(sentence: Sentence, start: int, end: int) -> str:
    """The article text between two offsets inside a sentence."""
    return sentence.text[start - sentence.start : end - sentence.start]


_DANGLING = re.compile(r"(?:\s+(?:and|or|of|the|for|at|in|&))+$")


def _role_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """A role's span without a dangling connector ("Professor of Ballet and" -> "Professor of Ballet")."""
    dangling = _DANGLING.search(_slice(sentence, start, end))
    return (start, end - len(dangling.group())) if dangling else (start, end)


def _mention(
    sentence: Sentence, words: list[Token], known: gz.Known | None, votes: Counter, modifier: bool
) -> Mention:
    start, end = words[0].start, words[-1].end
    return Mention(
        sentence=sentence.id,
        start=start,
        end=end,
        surface=_slice(sentence, start, end),
        words=tuple(w.text for w in words),
        known=known,
        headline=sentence.headline,
        votes=Counter(votes),
        quote=(start, end),
        modifier=modifier,
        trusted=words[0].trusted or sentence.text[: start - sentence.start].strip() != "",
    )


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
