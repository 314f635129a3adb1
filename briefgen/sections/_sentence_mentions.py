"""The mentions of one sentence (sections stage): its names with their roles and kind votes."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import (
    AFFILIATION,
    ARTICLES,
    CLEAR,
    GOVERNMENT_NOUNS,
    KIN_BEFORE,
    LOCATIVES,
    MAX_ROLE_NOUN_MODIFIERS,
    NEXT_LOWER,
    NUMBER_WORDS,
    POSITIONS,
    SIBLING_NOUNS,
    SIDE,
    SPACE,
    STRONG,
    TEAM,
    is_acronym,
    opens_with_initial,
)
from ._appositions import apposition, is_verb, role_before, role_named
from ._kinds import PLACE_SERVICE, on_route, place_after, published_in, resolve, vote
from ._mention import ACTOR_USE, THING_USE, Mention, Parsed
from ._name_context import Context
from ._names import clean, is_qualified_role_noun, parse
from ._spans import capitalised_runs
from ._things import (
    ends_in_model_noun,
    ends_title,
    maker_of_model,
    name_use,
    names_condition,
    quoted_titles,
    thing_spans,
)
from ._tokens import Token, gap_between, name_text


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
# "Lyon restored a one-point lead at the top with a 5-1 win at Montpellier": the subject of a clause that its
# verb says it did "with a" result is a side ("Messi scored in a 6-1 win" is a player's, so "with" only).
_WITH_RESULT_AFTER = re.compile(r"\s+([a-z]+)\b[^.;:!?]*?\bwith\s+an?\s+\d{1,2}-\d{1,2}\s+(?:win|victory|draw|defeat)\b")
# Where a clause's subject stands: the sentence's start, or after an opening phrase and its comma ("In France, ").
_CLAUSE_OPENS = re.compile(r"(?:^|,)\s*$")
_TEAM_AFTER = re.compile(r"\s+(?:\d{1,2}-\d{1,2}|beat|drew|lost|won)\b")

# A roster: a sentence that is nothing but four or more names in a comma list, maybe after a heading
# ("Subs Not Used: Eboue, Taylor, ...") and with substitutes in brackets ("Tonge (Quinn 97)"). Team
# sheets list people.
_ROSTER_ITEM = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^()]{1,40}\))?"
_ROSTER = re.compile(rf"^(?:[A-Z][\w ]{{0,30}}:\s*(?:{_ROSTER_ITEM}, )+|(?:{_ROSTER_ITEM}, ){{3,}}){_ROSTER_ITEM}\.?$")
# "Stability and Growth Pact": a name joined by "and" to a name that ends in an event word.
# An event's name of this many words or more may be shortened to its initials ("GDC"); two initials are as
# often a place's or a body's ("DC" is no "Davis Cup").
MIN_EVENT_INITIALS = 3
_EVENT_AFTER_AND = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Pact|Act|Cup|Prize|Treaty|Accord|Award|Awards|War|Games)\b")

# "Zambia have shown", "Liverpool were beaten", "by Angola who knocked out": a place's name as a plural subject or
# as "who" is its team (a side is its players, in British usage), not a state or a city, which "has" and "which".
# Only as the subject of its clause, or the agent after "by": elsewhere the verb may be another noun's ("workers
# killed in Ukraine have", "places like Poland were"), and a list agrees by itself ("Zambia and Angola have").
_TEAM_AGREES = re.compile(r"\s+(?:have|are|were)\b|,?\s+who\b")
_TEAM_SUBJECT_BEFORE = re.compile(r"(?:^|[;:]|,\s+(?:but|and|as|while|when|after)|\b(?:that|but|when|while|as|because|"
                                  r"after|before|if|by))\s*(?:the\s+)?$")

# "from Paris, where she is covering fashion week": a government is never "where"; the city is.
_WHERE_AFTER = re.compile(r",?\s+where\b")
# "headed to Beijing", "flew back to Moscow", "after it left Kuala Lumpur", "visiting Tokyo": where one goes, leaves
# or visits is the city ("appealed to Moscow" is its government).
_MOTION_TO = re.compile(
    r"\b(?:(?:head(?:s|ed|ing)?|fl(?:y|ies|ew|ying|own)|travel(?:s|l?ed|l?ing)?|return(?:s|ed|ing)?|mov(?:e|es|ed|ing)"
    r"|go|goes|going|gone|went|came|come|comes|coming|bound|drove|driven|driving|sailed|moved|relocated|fled)"
    r"\s+(?:back\s+)?to|left|leav(?:e|es|ing)|depart(?:s|ed|ing)|visit(?:s|ed|ing)?|reach(?:es|ed|ing))\s+$"
)

# Nouns of buildings and sites that news writes in lower case after the site's own name ("Bardo museum"); not
# "airport", named after its town as often ("Denpasar airport": the town is the actor).
SITE_NOUNS = frozenset("stadium museum mine prison mosque".split())
_SITE_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(SITE_NOUNS)) + r")\b(?![-‐])")
# What only a sovereign state has, after a name's possessive ("Georgia's former president", "Georgia's parliament").
_STATE_POSSESSED = re.compile(
    r"['’]s\s+(?:(?:former|new|late|current|then|ousted|own)\s+)?(?:president|prime\s+minister|premier|parliament"
    r"|foreign\s+minister|defen[cs]e\s+minister|army|armed\s+forces|embassy|ambassador|independence)\b"
)

# A known maker's name counted ("in a Honda", "bought two Fords") is its product only when its phrase ends with it:
# "a CNN military analyst", "a CNN/ORC poll", "a Boeing 747" name the body's analyst, poll or model.
_PRODUCT_ENDS = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:but|and|or|to|in|on|at|with|for|from|that|which|when|as|was|is)\b")

_SIBLINGS_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(SIBLING_NOUNS)) + r")\b")

_PLACE_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.'’-]*,\s+$")

# Words for a survey that news capitalises after its pollster's name ("Gallup Poll", "ORC International Poll").
POLL_NOUNS = frozenset({"poll", "polls", "survey"})

SHIP_PREFIXES = frozenset("USS HMS RMS HMAS HMCS INS MV SS".split())

# A team sheet's "Name (Club)": the bracket after a player's name holds the club's name.
_SHEET_CLUB = re.compile(r"[A-Z][\w'’.-]+ \((?:[a-z]+, )?((?:The )?[A-Z][^()\d]{0,40})\)")
MIN_SHEET_ENTRIES = 3


def sentence_mentions(sentence: Sentence, tokens: list[Token], ctx: Context) -> list[Mention]:
    """Every name mentioned in one sentence, with roles and clues to its kind."""
    roster = bool(_ROSTER.match(sentence.text.strip()))
    if roster:
        _trust_roster(sentence, tokens)
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
        while len(role_words) > 1 and _qualifies_title_only(role_words):
            role_words.pop()  # "CNN Royal Correspondent", "CNN National Security Analyst": the title's field
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
        if len(name) > 1 and name[-1].lower in POLL_NOUNS and not _persons_name(name):
            name = name[:-1]  # "a CNN/ORC International Poll": the poll is a survey, its pollster the actor
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
            # A word of a name read before ("the Velmar River ... the Velmar Flow Agreement ... the Velmar") or
            # one the gazetteer knows ("Dubai Tennis Championships ... in Dubai") is that name's alone.
            ctx.event_words.update(t.lower for t in name if not gz.is_event_word(t.text)
                                   and t.lower not in ctx.name_words and gz.lookup(t.text) is None)
            capitals = [t.text[0] for t in name if t.cap]
            if len(capitals) >= MIN_EVENT_INITIALS:
                ctx.event_words.add("".join(capitals).lower())  # "Game Developers Conference" ... "GDC's summit"
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
        if len(name) == 1 and _event_word_alone(name[0]):
            continue  # "the Constitution requires", "after the Summit": the one law or event the story means
        if names_condition(after) and gz.lookup(name_text(name)) is None:
            ctx.things.add(tuple(t.text for t in name))  # "Alzheimer's disease" ... "develop Alzheimer's"
            continue
        nxt = NEXT_LOWER.match(after)
        if len(name) == 1 and nxt and gz.title_length([name[0].text, nxt.group(1).removesuffix("s")]) == 2:
            continue  # "Foreign ministers ... met": half of a title written in lower case, not a name
        pieces = _listed_people(tokens, parsed, name)  # "rappers Ludacris & Lil Jon"
        maker = maker_of_model(pieces[-1], after) if pieces[-1][-1] is name[-1] else 0
        if maker:
            # "an Army Black Hawk helicopter": the body is an actor (the article counts the helicopter, not the
            # Army), the model it flies a thing.
            ctx.things.add(tuple(t.text for t in pieces[-1][maker:]))
            pieces[-1] = pieces[-1][:maker]
        for words, known, votes in (found for piece in pieces for found in resolve(piece)):
            if known is not None and known.via == gz.VIA_DEMONYM and _demonym_alone(sentence, tokens, words):
                continue  # "experimenting with Japanese and Spanish", "he is British": a language or an origin
            if known is None and _capitalised_role(tokens, words):
                continue  # "the Warning Coordination Meteorologist with ...": a job title, no body
            mention = _mention(sentence, words, known, votes, modifier=is_modifier)
            # "in Kursk" is a setting; "in Jackie's account" is not, nor '"... turned around," Jo Lee said', nor
            # "wrote in National Review" (a publication).
            mention.setting = (
                prev is not None and prev.lower in LOCATIVES and words[0] is name[0] and not words[-1].possessive
                and bool(SPACE.fullmatch(gap_between(sentence, prev, name[0])))
                and not published_in(sentence.text[: words[0].start - sentence.start])
            )
            if (known is not None and known.kind == gz.PLACE and len(words) == 1 and gz.is_given_name(words[0].text)
                    and KIN_BEFORE.search(sentence.text[: words[0].start - sentence.start])):
                # "Her older sister, Venus,": kin names a person, whatever place bears the name too
                mention.known = None
                mention.votes[gz.PERSON] += CLEAR
            # "in Washington", and past adjectives "in central Moscow", "in war-torn Aleppo": a part of the city.
            in_place = _locative_before(tokens, index)
            after_place = bool(_PLACE_BEFORE_COMMA.search(sentence.text[: words[0].start - sentence.start]))
            if known is not None and known.via == gz.VIA_CAPITAL and (
                in_place or after_place or _among_places(sentence, words[0], words[-1]) or _qualifies_noun(after)
                or on_route(prev, sentence.text[: words[0].start - sentence.start], after)
                or _placed_in_own_country(known, after) or _WHERE_AFTER.match(after)
                or _MOTION_TO.search(sentence.text[: words[0].start - sentence.start])
            ):
                # "a press conference in Washington", "Bremerton, Washington", "areas such as London,
                # Birmingham and Glasgow", "from London to Syria", "Kuala Lumpur, Malaysia": the place, not
                # its government.
                mention.known = gz.Known(mention.surface, gz.PLACE, gz.VIA_NAME)
            if known is not None and known.kind == gz.PLACE and _STATE_POSSESSED.match(after) and (
                    country := gz.homonym_country(mention.surface)) is not None:
                mention.known = country  # "Georgia's former president": the country, which a US state is not
            if ctx.match_report and (mention.known is None or mention.known.kind in (gz.PLACE, gz.COUNTRY)):
                before = sentence.text[: words[0].start - sentence.start]
                after_words = sentence.text[words[-1].end - sentence.start :]
                side_before = _SIDE_BEFORE.search(before) or _PLACED_BEFORE.search(before)
                side_after = _SIDE_AFTER.match(after_words)
                result = _WITH_RESULT_AFTER.match(after_words)
                with_result = (
                    result is not None
                    # "Lyon restored", "Leverkusen moved": a past form reads as its clause's verb
                    and (is_verb(result.group(1)) or gz.word_tag(result.group(1)) == "VBN")
                    and bool(_CLAUSE_OPENS.search(before))
                )
                if side_before or side_after or with_result:
                    mention.votes[SIDE] += 1
                if (side_before and _TEAM_BEFORE.search(side_before.group())) or (
                    side_after and _TEAM_AFTER.match(side_after.group())
                ) or with_result:
                    mention.votes[TEAM] += 1
            elif known is not None and known.kind == gz.PLACE and known.via == gz.VIA_NAME and _BEATEN_BEFORE.search(
                sentence.text[: words[0].start - sentence.start]
            ):
                mention.votes[SIDE] += 1  # "after beating Liverpool": a city beaten is its club, report or not
            if words[-1] is name[-1] and _team_agrees(
                    mention, words, sentence.text[: words[0].start - sentence.start], after):
                mention.votes[TEAM] += 1
            if known is None:
                before = sentence.text[: words[0].start - sentence.start]
                vote(mention, prev, before, after, parsed, is_modifier)
                if len(words) == len(name) and _among_places(sentence, words[0], words[-1], after_such_as=False):
                    mention.votes[gz.PLACE] += CLEAR
                elif len(words) == 1 and _among_bodies(sentence, words[0]):
                    mention.votes[gz.ORGANISATION] += CLEAR
                if employs and words[0] is name[0] and not PLACE_SERVICE.match(after):
                    mention.votes[gz.ORGANISATION] += CLEAR  # who employs the person is a body
                elif _employer_of_person(sentence, mentions, mention):
                    mention.votes[gz.ORGANISATION] += CLEAR
                    mention.votes[AFFILIATION] += 1
                if roster:
                    mention.votes[gz.PERSON] += STRONG
            siblings = _SIBLINGS_AFTER.match(after) if known is None and len(words) == len(name) == 1 else None
            if siblings:
                # "the Koch brothers": siblings named by their surname are people, and the noun is their name's.
                _take_noun(sentence, mention, siblings)
                mention.votes[gz.PERSON] += STRONG
            force = PLACE_SERVICE.match(after) if words[-1] is name[-1] and _polices(known, words) else None
            if force and not _role_after(after[force.end() :]):
                # "Seoul police said", "the MIT police, who ...": a town's or a body's police force is a body of
                # its own, named with its lower-case noun (a country's police are the country's: "UK police").
                # Before a role noun the name qualifies the role ("Cambridge police officer Ivo Marsh"): the
                # town or the body stays the actor there.
                _take_noun(sentence, mention, force)
                mention.known, known = None, None
                mention.votes = Counter({gz.ORGANISATION: STRONG})
            named_site = known is None and words[-1] is name[-1] and not words[-1].possessive
            site = _SITE_AFTER.match(after) if named_site else None
            if site and not force:
                # "the explosion at Zasyadko mine", "Lusaka's Independence stadium": a name no list knows before a
                # building's or a site's lower-case noun names that place ("Denpasar airport" stays the city's).
                _take_noun(sentence, mention, site)
                mention.votes = Counter({gz.PLACE: STRONG})
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
                if span is not None and not _no_persons(mention):
                    mention.role = _slice(sentence, *span)
                    mention.quote = (mention.start, span[1])
                    mention.votes[gz.PERSON] += STRONG
                elif words[0] is name[0] and parsed.title_end == 0 and not parsed.honorific:
                    span = role_before(sentence, tokens, tokens.index(words[0]), ctx) or role_named(
                        sentence, tokens, tokens.index(words[0]), ctx)
                    if span is not None and not _no_persons(mention):
                        mention.role = _slice(sentence, *span)
                        mention.quote = (span[0], mention.end)
                        mention.votes[gz.PERSON] += STRONG
            if known is not None and known.kind == gz.ORGANISATION and _PRODUCT_ENDS.match(after) and name_use(
                    list(mention.words), sentence.text[: words[0].start - sentence.start], after) == THING_USE:
                mention.use = THING_USE  # "followed in a Honda but": the maker's product, counted as a thing is
            if known is None:
                context = mention.votes - votes
                before = sentence.text[: words[0].start - sentence.start]
                if mention.role is None and ends_title(list(mention.words), before):
                    # "Convention on Human Rights": what the words around say is the whole title's
                    mention.use = THING_USE
                elif mention.role is None and ends_in_model_noun(mention.words):
                    mention.use = THING_USE  # "an Apache Aircraft commander": the model, not a body employing one
                elif mention.role or is_modifier or employs or maker or any(context[k] >= CLEAR for k in gz.KINDS):
                    mention.use = ACTOR_USE
                else:
                    mention.use = name_use(list(mention.words), before, sentence.text[words[-1].end - sentence.start :])
            mentions.append(mention)
    _roles_after_quoted_titles(sentence, tokens, mentions)
    _share_plural_roles(sentence, mentions)
    _roles_of_a_list(sentence, mentions)
    _subjects_role_as(sentence, tokens, mentions, ctx)
    mentions = _without_role_titles(mentions)
    things = thing_spans(sentence, tokens)
    for a, b in things:
        words = tuple(t.text for t in tokens if a <= t.start and t.end <= b)
        # "games such as The Sims" ... "the world of The Sims": a name is read without its leading "The", so
        # the work is known by its words without it too.
        ctx.things.update({words, words[1:] if len(words) > 1 and words[0] == "The" else words})
        if len(words) > 1 and "of" not in words and (is_acronym(words[-1]) or any(c.isdigit() for c in words[-1])):
            # "consoles like the Sony PSP" ... "Sony's PSP", "versions of Windows XP" ... "in XP": a maker's
            # name and a model's code, which alone is the model too.
            ctx.things.add(words[-1:])
    titles = quoted_titles(sentence)
    for a, b in titles:
        # "'Gift Horse' is ..." after "the new sculpture, "Gift Horse,"": a work quoted as a title is the work
        # unquoted too. One word quoted may be a name cited as a word ('the last name "Kim"') or a nickname.
        quoted = [t for t in tokens if a <= t.start and t.end <= b and t.cap]
        if len(quoted) > 1 and gz.lookup(name_text(quoted)) is None:
            ctx.things.add(tuple(t.text for t in quoted))
    skipped = titles + things
    mentions = [
        m for m in mentions
        if not any(a <= m.start and m.end <= b for a, b in skipped)
        and sentence.text[m.start - sentence.start - 1 : m.start - sentence.start] not in ("#", "@")  # "#BringBackX"
    ]
    mentions = _sheet_clubs(sentence, tokens, mentions)
    ctx.name_words.update(w.lower() for m in mentions for w in m.words)
    return mentions


def _take_noun(sentence: Sentence, mention: Mention, noun: re.Match) -> None:
    """Extend a mention over the lower-case noun that the match after it found, part of the name ("Koch
    brothers", "Seoul police", "Zasyadko mine")."""
    mention.end += noun.end()
    mention.surface = _slice(sentence, mention.start, mention.end)
    mention.words += (noun.group(1),)
    mention.quote = (mention.start, mention.end)


def _persons_name(name: list[Token]) -> bool:
    """Whether a name opens as a person's does: with an initial or a given name ("G Poll", "Graham Poll")."""
    return opens_with_initial([t.text for t in name]) or gz.is_given_name(name[0].text)


def _polices(known: gz.Known | None, words: list[Token]) -> bool:
    """Whether a name can own a police force named after it: a town's, a capital's or a body's ("Seoul", "MIT"),
    not a country's or a people's ("UK police", "Finnish police" are the country's), nor a possessive's."""
    if words[-1].possessive:
        return False
    return known is None or (known.via == gz.VIA_CAPITAL or (
        known.via == gz.VIA_NAME and known.kind in (gz.PLACE, gz.ORGANISATION)))


_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")


def _role_after(text: str) -> bool:
    """Whether the text opens with a role noun, in any case ("officer", "Chief", "spokesman")."""
    word = _NEXT_WORD.match(text)
    return word is not None and (gz.is_role_noun(word.group(1).lower()) or gz.is_agent_noun(word.group(1).lower())
                                 or gz.is_plural_role_noun(word.group(1).lower()))



def _qualifies_title_only(words: list[Token]) -> bool:
    """Whether the last of the capitalised words before a title is the title's own adjective or field ("Royal"
    of "CNN Royal Correspondent", "Security" of "CNN National Security Analyst"), not part of a body's name:
    a common word, no cue to a body or a place ("Bristol County"), and the words together no name the gazetteer
    knows ("White House")."""
    last = words[-1]
    return (gz.lookup(name_text(words)) is None and gz.lookup(last.text) is None and not gz.is_org_cue(last.text)
            and not gz.is_place_cue(last.text)
            and (gz.word_tag(last.lower) == "JJ" or gz.is_common_word(last.lower)))


def _no_persons(mention: Mention) -> bool:
    """Whether a name's own words make it a body's or a place's ("Acme Group", "Bay of Santa Maria"): a phrase
    beside it is then no role of a person ("the Bay of Santa Maria, the attorney general's office said")."""
    return mention.votes[gz.ORGANISATION] >= STRONG or mention.votes[gz.PLACE] >= STRONG


def _listed_people(tokens: list[Token], parsed: Parsed, name: list[Token]) -> list[list[Token]]:
    """A name split at each "&" when a plural role noun stands before it: "rappers Ludacris & Lil Jon" lists two
    people, as "sprinters Ivo Marsh and Lena Ortiz" does, where "Procter & Gamble" is one firm's name."""
    noun = tokens[parsed.first - 1] if parsed.role_start is not None and parsed.title_end == 0 else None
    if noun is None or not gz.is_plural_role_noun(noun.lower):
        return [name]
    pieces: list[list[Token]] = []
    for token in name:
        if token.after_ampersand or not pieces:
            pieces.append([])
        pieces[-1].append(token)
    return pieces


def _trust_roster(sentence: Sentence, tokens: list[Token]) -> None:
    """On a team sheet every capitalised word after its heading is a name, though a colon or a bracket
    before it would make its capital doubtful ("Subs Not Used: Francis, ...", "Tonge (Quinn 97)")."""
    heading = sentence.text.find(":")
    for token in tokens:
        if token.cap and token.start - sentence.start > heading:
            token.trusted = True


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


def _employer_of_person(sentence: Sentence, mentions: list[Mention], mention: Mention) -> bool:
    """Whether a name follows a person's full name with "of" ("Felipe Massa of Williams", "Carlos Salgado of Taco
    Maria"): who the person works or plays for, or a home town, unless a state or a country places it ("Jo Lee
    of Ocala, Florida": the town)."""
    person = mentions[-1] if mentions else None
    if person is None or person.known is not None or len(person.words) < 2 or mention.placed:
        return False
    gap = sentence.text[person.end - sentence.start : mention.start - sentence.start]
    return gz.is_given_name(person.words[0]) and bool(_OF.fullmatch(gap))


_OF = re.compile(r"\s+of\s+")
_AND_NEXT = re.compile(r",?\s+and\s+|,\s+")
# A list of names after the group they belong to: "several current members of Congress, including ...".
# "filmmakers like Ivo Marsh and Lena Ortiz" too, though "like" after a plural may be its verb ("fans like
# Marsh"): only before two names or more, a list the verb seldom takes.
_LIST_OPENER = re.compile(r"(?:,\s+(?:including|among\s+them)|,?\s+such\s+as|\s+(like))\s+$")
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
        listed_names = [mention]
        for listed in mentions[k + 1 :]:
            gap = text[listed_names[-1].end - sentence.start : listed.start - sentence.start]
            if not _AND_NEXT.fullmatch(gap):
                break  # the list ends where something other than ", " or " and " parts two names
            listed_names.append(listed)
        if opener.group(1) and len(listed_names) < 2:
            return
        for listed in listed_names:
            if listed.role is None and listed.known is None:
                listed.role, listed.quote = role, (sentence.start + role_start, listed.end)
                listed.votes[gz.PERSON] += STRONG
        return


def _without_role_titles(mentions: list[Mention]) -> list[Mention]:
    """Mentions less the titles that are a named person's role in an apposition ("Ivo Marsh, Mayor of
    Lorvale," and "the Mayor of Lorvale, Ivo Marsh," have no body "Mayor of Lorvale"; Lorvale inside it
    stays a place)."""
    roles = [(m.end, m.quote[1]) for m in mentions if m.role and m.quote[0] == m.start]
    # "the Mayor of Lorvale, Ivo Marsh": a role before the name, closed by its comma, is no body either.
    roles += [(m.quote[0], m.start) for m in mentions if m.role and m.quote[1] == m.end and m.quote[0] < m.start]
    return [
        m for m in mentions
        if not (gz.title_length(list(m.words[:1])) and any(end <= m.start and m.end <= stop for end, stop in roles))
    ]


def _roles_after_quoted_titles(sentence: Sentence, tokens: list[Token], mentions: list[Mention]) -> None:
    """A role noun between a quoted title and a name is the person's role with the title: '"Top Chef" host Tom
    Colicchio', '"The Walking Dead" star Andrew Lincoln' (a show's host or star, where "host" or "star" alone
    before a name may be an adjective or a verb), '"Ally McBeal" alum' for a bare "alum"."""
    titles = quoted_titles(sentence)
    for mention in mentions:
        k = next((k for k, t in enumerate(tokens) if t.start == mention.start), 0)
        if mention.known is not None or k < 1 or not titles:
            continue
        noun = tokens[k - 1]
        if noun.cap or not gz.is_role_noun(noun.lower) or not SPACE.fullmatch(gap_between(sentence, noun, tokens[k])):
            continue
        if mention.role is not None and mention.quote[0] != noun.start:
            continue  # a role of its own words ("famed restaurateur"), not the bare noun the title qualifies
        before = _slice(sentence, sentence.start, noun.start)
        title = next((a for a, b in titles if re.fullmatch(r"[\"”]\s+", before[b - sentence.start :])), None)
        if title is not None:
            mention.role, mention.quote = _slice(sentence, title - 1, noun.end), (title - 1, mention.end)
            mention.votes[gz.PERSON] += STRONG


def _share_plural_roles(sentence: Sentence, mentions: list[Mention]) -> None:
    """A plural role before names joined by "and", or in an apposition after them, is each one's: "Greek
    sprinters Kostas Kenteris and Katerina Thanou" gives both "Greek sprinters"."""
    for mention, nxt in itertools.pairwise(mentions):
        last = mention.role.split()[-1] if mention.role else ""
        if (
            (gz.is_plural_role_noun(last) or (last.endswith("s") and is_qualified_role_noun(last)))
            and nxt.role is None
            and nxt.known is None
            and not nxt.modifier
            and _AND_NEXT.fullmatch(sentence.text[mention.end - sentence.start : nxt.start - sentence.start])
        ):
            nxt.role, nxt.quote = mention.role, (mention.quote[0], nxt.end)
            nxt.votes[gz.PERSON] += STRONG
    # "Ivo Marsh and Lena Ortiz, members of the Lorvale Nine,": a plural role in an apposition after the last
    # of two names joined by "and" is each one's.
    for mention, nxt in reversed(list(itertools.pairwise(mentions))):
        if (
            nxt.role
            and nxt.quote[0] == nxt.start
            and gz.is_plural_role_noun(nxt.role.split()[0])
            and mention.role is None
            and mention.known is None
            and not mention.modifier
            and re.fullmatch(r"\s+and\s+", sentence.text[mention.end - sentence.start : nxt.start - sentence.start])
        ):
            mention.role, mention.quote = nxt.role, (mention.start, nxt.quote[1])
            mention.votes[gz.PERSON] += STRONG


_AS = re.compile(r"\s+as\s+")
# Where the subject's clause ends: punctuation, or a clause of its own ("Cruz must ... if he hopes to break
# through as a top-tier candidate" hopes, it does not say what he is).
_CLAUSE_END = re.compile(
    r"[,;:()\[\]\"“”—–]|--|\b(?:if|unless|whether|when|while|because|although|though|that|which|who|but)\b"
)


def _subjects_role_as(sentence: Sentence, tokens: list[Token], mentions: list[Mention], ctx: Context) -> None:
    """A role "as" gives later in the clause is its subject's, one name or names joined by "and", when no one
    else is named in between and its number is theirs: "Mr Foster and Mr Treacy get the chance to attend the World
    Tour as members of the UK's Four-Kings gaming clan" ("X hired Y as coach" is Y's, "X praised the team as
    champions" no one's)."""
    group = _opening_names(sentence, mentions)
    if not group or any(m.role is not None or m.known is not None for m in group):
        return
    rest = sentence.text[group[-1].end - sentence.start :]
    end = _CLAUSE_END.search(rest)
    stop = group[-1].end + (end.start() if end else len(rest))
    for found in _AS.finditer(sentence.text, group[-1].end - sentence.start, stop - sentence.start):
        at = sentence.start + found.start()
        if _PERFORMS.search(sentence.text, group[-1].end - sentence.start, found.start()):
            return  # "Julianne Moore gives a harrowing performance as a brilliant professor": a part played
        # A name in between is another person's unless "the" opens it or it is a known body or place.
        if any(group[-1].end < m.start < at and m.known is None and not _THE_BEFORE.search(
                sentence.text, 0, m.start - sentence.start) for m in mentions):
            return
        before = [k for k, t in enumerate(tokens) if t.raw_end <= at]
        span = before and apposition(sentence, tokens, before[-1], ctx, as_role=True)
        if not span:
            continue
        role = _slice(sentence, *span)
        head = re.split(r"\s+(?:of|for|at|with|in|to|on)\s+", role)[0].split()[-1]
        if gz.is_plural_role_noun(head) != (len(group) > 1):
            return
        for mention in group:
            mention.role, mention.quote = role, (mention.start, span[1])
            mention.votes[gz.PERSON] += STRONG
        return


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Words for playing a part: what "as" names after them is a character, not the performer's role.
_PERFORMS = re.compile(
    r"\b(?:roles?|parts?|performances?|characters?|turn|play(?:s|ed|ing)?|star(?:s|red|ring)?|portray(?:s|ed|ing)?"
    r"|cast|reprise[sd]?|appear(?:s|ed|ing)?|dress(?:es|ed)?)\b"
)
_AND_HONORIFIC = re.compile(r"\s+and\s+(?:[A-Z][a-z]{1,3}\.?\s+)?")


def _opening_names(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The names opening a sentence as its subject, after a form of address, joined by "and" ("Mr Foster and Mr
    Treacy get ..."); none when something else opens it."""
    if not mentions or not all(gz.is_honorific(w) for w in sentence.text[: mentions[0].start - sentence.start].split()):
        return []
    group = [mentions[0]]
    for mention in mentions[1:]:
        gap = _AND_HONORIFIC.fullmatch(sentence.text, group[-1].end - sentence.start, mention.start - sentence.start)
        if gap is None or not all(gz.is_honorific(w) for w in gap.group().split()[1:]):
            break
        group.append(mention)
    return group


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


# Adjectives between a locative and a name that place it ("in central Moscow"): at most this many.
MAX_PLACE_ADJECTIVES = 2


def _locative_before(tokens: list[Token], index: int) -> bool:
    """Whether a locative stands before the name opening at `index`, maybe past a few lower-case adjectives
    ("in Kursk", "in northern Baghdad", "in war-torn central Aleppo"): the name is where something is."""
    k = index - 1
    while (k >= 0 and index - 1 - k < MAX_PLACE_ADJECTIVES and not tokens[k].cap
           and gz.word_tag(tokens[k].lower) == "JJ"):
        k -= 1
    return k >= 0 and tokens[k].lower in LOCATIVES


def _event_word_alone(token: Token) -> bool:
    """Whether a capitalised word alone is an event's, a law's or a work's word ("the Constitution", "the Treaty",
    "the Festival"), none of them actors; not a known name, nor a word that is someone's name too ("Day", "Bill",
    "Song" shorten "Jason Day", "Bill Lee", "Song Ji-hyo")."""
    word = token.text
    return (token.trusted and gz.is_event_word(word) and gz.lookup(word) is None and not gz.is_surname(word)
            and not gz.is_given_name(word) and not gz.is_org_cue(word))


def _team_agrees(mention: Mention, words: list[Token], before: str, after: str) -> bool:
    """Whether a known country's or place's own name (no demonym, no given name: "Georgia") takes a plural verb
    or "who" as a team does ("Zambia have shown"), standing alone (`_TEAM_AGREES`)."""
    known = mention.known
    return (
        known is not None and known.kind in (gz.PLACE, gz.COUNTRY) and known.via == gz.VIA_NAME
        and not words[-1].possessive and not gz.is_given_name(words[0].text)
        and bool(_TEAM_AGREES.match(after)) and bool(_TEAM_SUBJECT_BEFORE.search(before))
    )


def _placed_in_own_country(capital: gz.Known, after: str) -> bool:
    """Whether a capital is placed by its own country or by a place after a comma ("Kuala Lumpur, Malaysia",
    "Washington, D.C."): the city. Another country or capital there makes a list of governments ("Moscow,
    Beijing and Tehran")."""
    hit = place_after(after)
    return hit is not None and (hit.kind == gz.PLACE or (hit.via == gz.VIA_NAME and hit.name == capital.name))


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


# A list of names: items joined by ", ", "and", "or", maybe after "such as" ("such as BSkyB, ITV and the BBC").
_ITEM = r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*"
_LIST_GAP = r"(?:,\s+|,?\s+(?:and|or)\s+)"
_ITEMS_BEFORE = re.compile(rf"(?:{_ITEM}{_LIST_GAP})+$")
_ITEMS_AFTER = re.compile(rf"(?:{_LIST_GAP}{_ITEM})+")
_LIST_OPENS = re.compile(r"\b(?:such\s+as|including|like)\s+(?:the\s+)?$")
_ITEM_SPLIT = re.compile(rf"{_LIST_GAP}|\bthe\s+")


def _among_bodies(sentence: Sentence, word: Token) -> bool:
    """Whether a one-word name stands in a list with a known organisation ("Nokia, Microsoft and T-Mobile",
    "such as BSkyB, ITV and the BBC"): a list holds one kind, and the known member says which."""
    text = sentence.text
    before = _ITEMS_BEFORE.search(text, 0, word.start - sentence.start)
    if before is None and not _LIST_OPENS.search(text, 0, word.start - sentence.start):
        return False  # "the official Opposition and the Lib Dems": the word qualified is no item of the list
    after = _ITEMS_AFTER.match(text, word.raw_end - sentence.start)
    listed = " ".join(m.group() for m in (before, after) if m is not None)
    items = [item for item in _ITEM_SPLIT.split(listed) if item]
    # "... and the BBC.": the sentence's full stop ends the last item ("U.S." keeps its own).
    known = [gz.lookup(item) or gz.lookup(item.rstrip(".")) for item in items]
    return any(k is not None and k.kind == gz.ORGANISATION for k in known)


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
