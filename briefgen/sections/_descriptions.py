"""Roles the article gives an actor away from its name (sections stage): definite descriptions, pronouns."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import AUXILIARIES, RANKING, ROLE_PREPOSITIONS
from ._appositions import is_verb
from ._kinds import INVERTED_SPEECH_VERBS
from ._mention import Mention
from ._merge import Actor
from ._tokens import Token

# A sentence opening with a definite description of a person: "The Glasgow forward has ...", "The British
# number one then ...": up to three qualifiers, then a role noun (or a ranking) and a verb.
LEDE_SENTENCES = 3
_INDEFINITE_OPENING = re.compile(r"(?:A|An)\s+")
_LOWER_WORD = re.compile(r"[\w'’-]+")


def _announced_role(sentence: Sentence, named_here: bool, named_before: bool) -> tuple[int, int] | None:
    """Local span of the role a lede sentence gives someone it does not name: its closing speaker ("..., the BBC's
    political editor has learned."), whatever the sentence names; else, when it names no one, an opening
    indefinite description ("A US researcher has ...", "An ex-chief financial officer at Boeing has ...": up to
    four words ending in a role or agent noun) or, when the sentence before names no one either (else the
    description may be theirs), a definite one ("The new health minister for Wales says ...")."""
    closing = _CLOSING_SPEAKER.search(sentence.text)
    if closing is not None:
        span = _role_words(sentence, closing.end(), agents=False, owned=True)
        if span is not None and _SPEAKS_AT.fullmatch(sentence.text, span[1]):
            return span
    if named_here:
        return None
    opening = _INDEFINITE_OPENING.match(sentence.text)
    if opening is not None:
        return _role_words(sentence, opening.end(), agents=True)
    return None if named_before else _description_span(sentence)


# "..., the BBC's political editor has learned.": a description closing the sentence as its speaker.
_CLOSING_SPEAKER = re.compile(r",\s+the\s+(?=[^,;:\"“”]{1,60}$)")
_SPEAKS_AT = re.compile(r"\s+(?:has\s+|have\s+)?(?:said|says|learned|learnt|told\s+[\w\s]{1,30}?)\s*[.!]?\s*")


_DESCRIPTION = re.compile(
    rf"The\s+((?:[\w'’-]+\s+){{0,3}}?(?:{RANKING}|([a-z][\w-]*)))(?:['’]s)?\s+(?=[a-z])"
)


_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
MAX_SUBJECT_OFFSET_WORDS = 3  # "Chelsea captain John Terry said": the subject opens the sentence

# The speaker of a sentence that quotes or reports speech: "..., said Charles Kennedy." or '"...," Kennedy said'.
_SAID_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(INVERTED_SPEECH_VERBS))})\s+$")
_CLOSED_AFTER = re.compile(r"\s*(?:[.!?;]|$)")
_QUOTED_BEFORE = re.compile(r"[,.!?]?[\"”]\s+$")
# '"...," said Zhang Chunxian on the sidelines of ...': after a quotation, the inverted speaker whatever follows.
_QUOTED_SAID_BEFORE = re.compile(rf"[,.!?][\"”]\s+(?:{'|'.join(sorted(INVERTED_SPEECH_VERBS))})\s+$")
_SAID_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(INVERTED_SPEECH_VERBS))})\b")


def _speaks(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention is who speaks in its sentence: "..., said Charles Kennedy.", '"...," said Kennedy on
    ...', '"...," Kennedy said'."""
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    return bool((_SAID_BEFORE.search(before) and _CLOSED_AFTER.match(after)) or _QUOTED_SAID_BEFORE.search(before)
                or (_QUOTED_BEFORE.search(before) and _SAID_AFTER.match(after)))


def definite_descriptions(sentences: list[tuple[Sentence, list[Token]]], actors: list[Actor]) -> dict[int, Mention]:
    """Roles given by a definite description right after the only person of the sentence before, its subject or
    its speaker ("Euan Murray has been named in the squad. ... The Glasgow forward has ..."): id(actor) -> a
    mention-like carrier of the role, quoted where the description is."""
    people: dict[int, set[int]] = {}
    first: dict[int, tuple[int, int]] = {}  # sentence -> (start, actor id) of its first name
    owners: set[int] = set()  # sentences whose first name is in the possessive
    said: dict[int, set[str]] = {}  # actor id -> the sexes its forms of address tell ("m", "f")
    texts = {sentence.id: sentence for sentence, _ in sentences}
    for actor in actors:
        person = actor.kind == gz.PERSON
        for mention in actor.mentions:
            opening = texts[mention.sentence].text[: mention.start - texts[mention.sentence].start]
            # Only a name that opens the sentence is its subject, or one that speaks there; a name opening a
            # quotation is the speaker's words ('"Some extremists in Xinjiang ...," said Zhang').
            opens = ("," not in opening and len(opening.split()) <= MAX_SUBJECT_OFFSET_WORDS
                     and not opening.startswith(('"', "“"))) or (person and _speaks(texts[mention.sentence], mention))
            # "Kenyan Bernard Lagat missed out ...": a demonym qualifying the name after it is no subject.
            qualifier = (mention.known is not None and mention.known.via == gz.VIA_DEMONYM
                         and _NAME_AFTER.match(texts[mention.sentence].text, mention.end - texts[mention.sentence].start))
            if opens and not qualifier and (mention.sentence not in first or mention.start < first[mention.sentence][0]):
                first[mention.sentence] = (mention.start, id(actor))
                # "Oprah Winfrey's network posted ...": an owner opening the sentence is its topic, not its subject.
                if _POSSESSIVE.match(texts[mention.sentence].text, mention.end - texts[mention.sentence].start):
                    owners.add(mention.sentence)
                else:
                    owners.discard(mention.sentence)
            if person:
                people.setdefault(mention.sentence, set()).add(id(actor))
                addressed = _ADDRESSED.search(opening)
                if addressed:
                    said.setdefault(id(actor), set()).add("m" if addressed.group(1) else "f")
    sexes = {person: next(iter(told)) for person, told in said.items() if len(told) == 1}
    found: dict[int, Mention] = {}
    previous: Sentence | None = None
    before_previous = -1
    # The people a description may name and their subject: the sentence before's, or, over sentences whose
    # subject is "he" or "she" and that name no one, the subject of the last sentence that named someone
    # ("Michael Howard is to ... He will say ... But the Tory leader will argue").
    topic: tuple[set[int], int, bool] = (set(), 0, False)  # ..., and whether the subject is no owner
    lede = {sentence.id for sentence, _ in sentences if not sentence.headline}
    lede = set(sorted(lede)[:LEDE_SENTENCES])  # a BBC standfirst may come before the lede
    for sentence, _ in sentences:
        _pronoun_role(sentence, people.get(sentence.id, set()), people.get(previous.id, set()) if previous else set(),
                      found, sexes)
        # "A US researcher has suggested ... Ravi Purushotma believes ...": a lede's description of someone it
        # does not name (_announced_role), then the person it announces, named first in the next sentence.
        # Only the lede announces this way; later, "A spokesman said ..." is seldom the next person named.
        opener = first.get(sentence.id, (0, 0))[1]
        if previous is not None and previous.id in lede and opener in people.get(sentence.id, set()) and (
                opener not in people.get(previous.id, set())):
            announced = _announced_role(previous, previous.id in people, before_previous in people)
            if announced is not None:
                found.setdefault(opener, _role_carrier(previous, announced))
        span = _description_span(sentence)
        clause = _next_clause_description(sentence)
        if clause is not None and opener and people.get(sentence.id) == {opener} and sentence.id not in owners:
            found.setdefault(opener, _role_carrier(sentence, clause))
        if previous is None or not _PRONOUN_SUBJECT.match(previous.text):
            topic = ((people.get(previous.id, set()), first.get(previous.id, (0, 0))[1], previous.id not in owners)
                     if previous else (set(), 0, False))
        else:
            # "he" or "she" goes on with the subject of the sentence before, if that was a person, and with
            # whoever else the sentence names ("He met Ivo Marsh": either may be described next).
            # Whom "he" met may be described as well as "he": the subject no longer outranks the others.
            topic = (({topic[1]} & topic[0]) | people.get(previous.id, set()), topic[1], False)
        before, subject, plain = topic
        before_previous = previous.id if previous is not None else -1
        previous = sentence
        target = _described(before, people.get(sentence.id, set()), subject, plain)
        if span is not None and target is not None:
            found.setdefault(target, _role_carrier(sentence, span))
    return found


# A sentence whose subject is "he" or "she", behind a conjunction or "that" ("And that he wants ...").
_PRONOUN_SUBJECT = re.compile(r"(?:(?:And|But|So|Yet)\s+)?(?:that\s+)?(?:He|She|he|she)\s")


def _described(before: set[int], here: set[int], subject: int, plain: bool) -> int | None:
    """Whom a description opening a sentence names: the only person of the sentence before that this one does
    not name itself ("Jones sued Conte. The gold medallist says Conte lied": not Conte), when that person was
    the subject there ("Euan Murray has been named") or the subject is the one named again ("Rusedski missed
    and Henman rallied. The British number one then beat Rusedski"); of several, the subject there when it was
    `plain`, no owner ("Lagat beat Brannen. The Olympic champion's time ..."; "Winfrey's network ... with Tran
    and Vanzant. The host ..." may be any of them); None when that cannot be told."""
    candidates = before - here
    if len(candidates) > 1 and plain and subject in candidates:
        return subject
    if len(candidates) != 1:
        return None
    (target,) = candidates
    return target if subject == target or subject in before & here else None


# Where else a definite description is its clause's subject: after an opening conjunction ("But the Tory leader
# will argue"), an opening phrase ("In his New Year message the Liberal Democrat leader said") or a quotation
# ('"Great fun," the talk show host says').
_SUBJECT_THE = (
    re.compile(r"(?:But|And|Yet|So)\s+the\s+"),
    re.compile(r"(?:In|On|At|During|After|Before|Since)\s+[^,;:\"“”]{1,60}?\s+the\s+"),
    re.compile(r".*?[,.!?][\"”]\s+the\s+"),
)
# ... or after an opening clause set off by a comma ("As the first candidate to declare, the Norland senator
# presented ...", "Having finished seventh, the champion rebounded"), where a past form is the verb too.
_SUBJECT_AFTER_CLAUSE = re.compile(
    r"(?:As|While|When|After|Before|Since|Until|Although|Though|Despite|Having|With)\s+[^,;:]{1,120}?,\s+the\s+")
# "Ivo Marsh may have missed out on gold, but the Norland skier has set her sights on ...": a description opening
# the sentence's next clause names its subject.
_NEXT_CLAUSE_THE = re.compile(r",\s+(?:but|and|yet|so)\s+the\s+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _description_span(sentence: Sentence) -> tuple[int, int] | None:
    """Local span of the role a sentence's subject names with a definite description: "The world champion
    will ...", "The Glasgow forward's ban ...", "The world number one", "But the Tory leader will": up to
    four words, ending in a role noun (the last one before the verb) or a rank."""
    match = _DESCRIPTION.match(sentence.text)
    if match is not None:
        if match.group(2) is None:
            return match.span(1)  # "The world number one"
        return _role_words(sentence, match.start(1), agents=False)
    for pattern in _SUBJECT_THE:
        opening = pattern.match(sentence.text)
        span = opening and _role_words(sentence, opening.end(), agents=False)
        # Away from the sentence's start, only a description its verb follows is the clause's subject.
        if span and _verb_follows(sentence.text, span[1]):
            return span
    opening = _SUBJECT_AFTER_CLAUSE.match(sentence.text)
    span = opening and _role_words(sentence, opening.end(), agents=False)
    if span and _verb_follows(sentence.text, span[1], participles=True):
        return span
    return None


def _next_clause_description(sentence: Sentence) -> tuple[int, int] | None:
    """Local span of the role a description names as the subject of a sentence's next clause ("..., but the
    Norland skier has set ..."): up to four words ending in a role noun, its verb right after."""
    for opening in _NEXT_CLAUSE_THE.finditer(sentence.text):
        span = _role_words(sentence, opening.end(), agents=True)
        if span and _verb_follows(sentence.text, span[1]):
            return span
    return None


def _verb_follows(text: str, end: int, participles: bool = False) -> bool:
    """Whether a finite verb or an auxiliary follows text[:end], maybe after one adverb ("also drew"); with
    `participles`, a past form the lexicon reads as a participle too ("presented")."""
    for _ in range(2):
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return False
        if is_verb(word.group(1)) or word.group(1) in AUXILIARIES or (
                participles and gz.word_tag(word.group(1)) == "VBN"):
            return True
        if gz.word_tag(word.group(1)) != "RB":
            return False
        end = word.end()
    return False


def _role_words(sentence: Sentence, start: int, agents: bool, owned: bool = False) -> tuple[int, int] | None:
    """Local span from `start` of up to four words ending in the last role noun (or, with `agents`, agent
    noun) before a preposition, a verb or a possessive: the role a description names. With `owned`, a first
    word in the possessive is the role's owner ("the BBC's political editor")."""
    best = None
    for k, word in enumerate(_LOWER_WORD.finditer(sentence.text, start)):
        text = word.group()
        bare = text.removesuffix("'s").removesuffix("’s").lower()
        if k >= 4 or (k and (bare in ROLE_PREPOSITIONS or is_verb(bare) or bare in AUXILIARIES)):
            break
        # A capitalised word may qualify the role ("The Glasgow forward") but not be its noun, first.
        if (text[:1].islower() or k) and (gz.is_role_noun(bare) or (agents and gz.is_agent_noun(bare))):
            best = (start, word.start() + len(bare))
        if len(bare) != len(text) and not (owned and k == 0):
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
    r"\b([Hh]e|[Ss]he)\s+(?:is|was|serves\s+as|served\s+as|works\s+as|worked\s+as|has\s+been|had\s+been)\s+"
    r"(?:(?:still|now|also)\s+)?"
    r"(?:(?:a|an|the)\s+)?((?:[a-z][\w'’-]*\s+){0,3}?([a-z][\w-]*))(?=\s*(?:[,.;:]|$)|\s+(?:at|of|for|in|with|within)\b)"
)
# Forms of address that tell a person's sex: "Ms Druyun" is "she", "Mr Sears" is "he".
_ADDRESSED = re.compile(r"\b(?:(Mr)|(Ms|Mrs|Miss))\.?\s+$")


# "during her five years as the assembly's first health minister", "his spell as manager": the post held.
_TENURE_AS = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}?(?:time|tenure|term|spell|stint|years|months|days|reign)\s+as\s+"
    r"(?:(?:the|a|an)\s+)?"
)


def _pronoun_role(sentence: Sentence, here: set[int], before: set[int], found: dict[int, Mention],
                  sexes: dict[int, str]) -> None:
    """A role said of "he" or "she" ("... the church where he serves as a deacon"), or of the time "his" or "her"
    held it ("during her five years as the assembly's health minister"), goes to the only person of the sentence,
    or else of the sentence before when this one names nobody."""
    people = here or before
    match = _PRONOUN_ROLE.search(sentence.text)
    if match is not None and len(people) > 1:
        # "Ms Druyun had talks with Mr Sears ... while she was still a top procurement official": the one person
        # whose form of address is the pronoun's, when every other is addressed as the other sex.
        sex = "f" if match.group(1).lower() == "she" else "m"
        same = {p for p in people if sexes.get(p) == sex}
        if len(same) == 1 and all(sexes.get(p) not in (None, sex) for p in people - same):
            people = same
    if len(people) != 1:
        return
    (target,) = people
    if match is not None and gz.is_role_noun(match.group(3)):  # a role, not any agent ("she was the highest finisher")
        found.setdefault(target, _role_carrier(sentence, match.span(2)))
        return
    tenure = _TENURE_AS.search(sentence.text)
    span = tenure and _role_words(sentence, tenure.end(), agents=False, owned=True)
    if span:
        found.setdefault(target, _role_carrier(sentence, span))
