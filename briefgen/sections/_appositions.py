"""Roles after a name and before it in the clause (sections stage): appositions, copulas, role links."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import (
    APPOSITION_STOPS,
    AUXILIARIES,
    KIN_NOUNS,
    MIN_PARTICIPLE_CHARS,
    ROLE_PREPOSITIONS,
    SPACE,
    SPEECH_VERBS,
    SUCCESSION_NOUNS,
)
from ._name_context import Context
from ._names import extend_left, noun_modifier, verb_of_a_subject
from ._tokens import Token, gap_between

# An apposition longer than this is a clause ("Mondale, 87, was diagnosed after ..."), not a role; a role
# with its complement runs to about a dozen words ("head of the Red Cross in the Pacific").
MAX_ROLE_WORDS = 14

# Verbs that link a name to its role ("Willingham is the former athletics literacy counselor who ...").
COPULAS = frozenset("is was".split())
NEGATIONS = frozenset("not never no".split())
# Adverbs between a copula or comma and the role they qualify in time or emphasis.
ROLE_ADVERBS = frozenset("actually now also currently still really already once".split())

# Pronouns that open a clause of their own after a copula's complement.
SUBJECT_PRONOUNS = frozenset("he she they we".split())
RELATIVES = frozenset("who whom whose which that where when".split())
_CLOSES_APPOSITION = re.compile(r"\s*[,;:.!?)\]—–\"”]|\s*--")
# What may stand between two words of a role: spaces, a number the word tokens skip ("a 19-year veteran", "the
# world's 68th-ranked player"), an "&" inside a name ("an analyst with Bank Oyens & Van Eeghen"), a hyphen.
_ROLE_GAP = re.compile(r"['’]?\s+(?:[\d.,]+(?:[-‐][a-z]+)*\s+|[\d.,]+[-‐]?|&\s+)?|[-‐]")

# What may stand between the words of a clause before a comma: anything but punctuation that ends it.
_CLAUSE_GAP = re.compile(r"[^,;:!?()\[\]\"“”—–]*")

DETERMINERS = frozenset("the a an his her its their our".split())
# Owners that name the person of the apposition itself ("from his perch at the Register").
OWN_PRONOUNS = frozenset("his her their".split())
# Spans of time a copula's role may be held for ("who was for years the dean of ...").
DURATIONS = frozenset("years decades months weeks".split())

# Verbs that say what a person is, right after the name or in a relative clause.
_ROLE_LINK = re.compile(
    r"(?:,\s+who\s+|\s+)(?:(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?(?:elected|named|appointed|made)\s+"
    r"|(?:serves|served|works|worked|is\s+serving|was\s+serving|acts|acted|took\s+over|takes\s+over|"
    r"was\s+sworn\s+in|stepped\s+in|joined|returned"
    r"|(?:bills|billed|describes|described|calls|called)\s+(?:herself|himself))\s+as\s+|(?:became|becomes)\s+"
    r"|(?<=who\s)(?:is|was)\s+)"
)
# "with Quincy Jones as producer": after "with" a name, "as" alone names what the person is there ("rejected
# Tony Blair as leader" names what he was denied, no role).
_RELATIVE_THEN_COPULA = re.compile(r",\s+who\s+[^,;:()\[\]\"“”—–]{1,80}?,\s+(?:is|was)\s+")
_AS_ROLE = re.compile(r"\s+as\s+(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z])")
_WITH_NAME_BEFORE = re.compile(r"\bwith\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")


def apposition(sentence: Sentence, tokens: list[Token], last: int, ctx: Context,
               as_role: bool = False) -> tuple[int, int] | None:
    """The span of a role after tokens[last]: an apposition ("Luckstein, a hospital spokeswoman,") or a
    copula ("Willingham is the former athletics literacy counselor who ..."); with `as_role`, the role "as"
    opens after tokens[last] ("... attend the World Tour as members of ...")."""
    if last + 1 >= len(tokens) or tokens[last].possessive:
        return None
    gap = gap_between(sentence, tokens[last], tokens[last + 1])
    i = last + 1
    copula = False
    linked = _ROLE_LINK.match(sentence.text, tokens[last].raw_end - sentence.start)
    # "Dame Alicia Markova, who has died in Bath aged 94, was the UK's first prima ballerina": the copula after
    # a relative clause links the name to its role.
    relative = _RELATIVE_THEN_COPULA.match(sentence.text, tokens[last].raw_end - sentence.start)
    if relative:
        linked, copula = relative, True
    if linked is None and (as_role or _WITH_NAME_BEFORE.search(sentence.text, 0, tokens[last].start - sentence.start)):
        linked = _AS_ROLE.match(sentence.text, tokens[last].raw_end - sentence.start)
    if linked and tokens[i].start - sentence.start <= linked.end() - 1:
        # "Lee, who serves as chief of ...", "Lee works as a nurse", "Lee, who was named coach": the verb
        # links the name to what the person is.
        while i < len(tokens) and tokens[i].end - sentence.start <= linked.end():
            i += 1
        if i >= len(tokens):
            return None
    elif re.fullmatch(r",\s+(?:\d{1,3},\s+)?|\s*\(", gap):
        pass  # "Luckstein, a spokeswoman,", "Mondale, 87, a lawyer", "Bulloch (captain, Glasgow Rugby)"
    elif (
        SPACE.fullmatch(gap)
        and tokens[i].lower in COPULAS
        and i + 1 < len(tokens)
        and SPACE.fullmatch(gap_between(sentence, tokens[i], tokens[i + 1]))
    ):
        i += 1
        copula = True
    else:
        return None
    if tokens[i].lower in ("and", "or", "but", "nor"):
        return None  # "from York, and former royal chef Nick Wood": the next item of a list, not a role
    if tokens[i].lower in NEGATIONS:
        return None  # "Nowak is not your average collector": a role the text denies is none
    if (copula or linked) and i + 2 < len(tokens) and tokens[i].lower == "for" and tokens[i + 1].lower in DURATIONS:
        i += 2  # "Yepsen, who was for years the dean of ...": how long the role was held, then the role
    if not tokens[i].cap and (gz.word_tag(tokens[i].lower) or "") in ("IN", "RBR", "JJR") and tokens[i].lower not in ROLE_ADVERBS:
        return None  # "Hamilton was over half a second quicker than ...": a comparison, not what he is
    if copula and not tokens[i].cap and tokens[i].lower.endswith("ly") and tokens[i].lower not in ROLE_ADVERBS and (
            gz.word_tag(tokens[i].lower) or "") == "RB":
        return None  # "Ted is clearly a player": a judgment of the person, not what the text says they are
    while i + 1 < len(tokens) and tokens[i].lower in ROLE_ADVERBS:
        i += 1  # "Rubin is actually the co-founder of ...", "Stola, now the director of ...": the role follows
    determiner = tokens[i].lower in DETERMINERS
    if determiner:
        i += 1
    if i >= len(tokens):
        return None
    owner = False
    if tokens[i].cap and not determiner and not gz.is_role_noun(tokens[i].lower) and not (
        gz.title_length([tokens[i].text]) and i + 1 < len(tokens) and tokens[i + 1].lower == "of"
    ):  # "Camilla, Duchess of Cornwall,": a title with its complement is a role
        # A list of names ("Blinken, Austin and ..."), not an apposition, unless a role noun follows the
        # capitalised words at once: "Chris Stening, UK Online general manager".
        m = i + 1
        while m < len(tokens) and tokens[m].cap and SPACE.fullmatch(gap_between(sentence, tokens[m - 1], tokens[m])):
            m += 1
        # "Nevzlin is Yukos' largest shareholder": a possessive owner stands where an article would.
        # An agent noun after an owner names a person's role only after a person's name ("KPMG, Fannie Mae's
        # independent auditor," is a firm's).
        owner = tokens[m - 1].possessive and m < len(tokens) and not tokens[m].cap and last > 0 and (
            gz.is_given_name(tokens[last - 1].text) or gz.is_honorific(tokens[last - 1].text))
        if not owner and (m >= len(tokens) or tokens[m].cap or not gz.is_role_noun(tokens[m].lower) and not noun_modifier(
                tokens[m], ctx)):
            return None
    word = tokens[i].lower
    qualifies_role = i + 1 < len(tokens) and gz.is_role_noun(tokens[i + 1].lower)  # "managing partner"
    if not determiner and not tokens[i].cap and not gz.is_role_noun(word) and not qualifies_role and (
            word in AUXILIARIES or word in SPEECH_VERBS or (gz.word_tag(word) or "").startswith("VB")
            or (len(word) > MIN_PARTICIPLE_CHARS and word.endswith(("ed", "ing")))):
        return None  # "Bergkamp, partnered 17-year-old ...": a clause, not a role
    if determiner and not _ROLE_GAP.fullmatch(gap_between(sentence, tokens[i - 1], tokens[i])):
        return None  # the phrase has words the tokens skip that are not a number
    j = i
    while j < len(tokens) and tokens[j].lower not in APPOSITION_STOPS and j - i < MAX_ROLE_WORDS:
        if j > i and not _ROLE_GAP.fullmatch(gap_between(sentence, tokens[j - 1], tokens[j])):
            break
        if j > i and not tokens[j].cap and is_verb(tokens[j].lower):
            break  # "president of the union wrote in ...": the role ends where the clause's verb starts
        if j > i and _participle_after_role(tokens, j):
            break  # "the Spanish defender converting after ...": what the person did, after the role
        if copula and j > i and tokens[j].lower == "and" and _predicate_follows(tokens, j):
            break  # "Smith is Britain's most successful sailor and has won ...": the next predicate
        if copula and j > i and tokens[j].lower in SUBJECT_PRONOUNS and not tokens[j].cap:
            break  # "the years that Clinton was secretary of state she used ...": a new clause's subject
        j += 1
    if j - i >= MAX_ROLE_WORDS or j == i:
        return None
    # An apposition is closed by punctuation or a relative pronoun; "Jenkins, the player had not been ..."
    # runs on into the sentence's own verb.
    closed = (
        j == len(tokens)
        or tokens[j].lower in RELATIVES
        or copula and tokens[j].lower in SUBJECT_PRONOUNS and not tokens[j].cap
        or _CLOSES_APPOSITION.match(gap_between(sentence, tokens[j - 1], tokens[j]))
        or _participle_after_role(tokens, j)
    )
    # "Howard Archer, economist at Global Insight said": a speech verb closes it as a comma would, when
    # what stands before it is one person's role ("in Lorvale, organisers said" is no apposition).
    spoken = not closed and tokens[j].lower in SPEECH_VERBS and SPACE.fullmatch(gap_between(sentence, tokens[j - 1], tokens[j]))
    # "Nevzlin is Yukos' largest shareholder but is living in exile": after a copula, "but" or "and" opens
    # the sentence's next predicate (not "the shooter in all but the Walmart incident").
    joined = copula and not closed and tokens[j].lower in ("but", "and") and bool(
        SPACE.fullmatch(gap_between(sentence, tokens[j - 1], tokens[j]))) and _predicate_follows(tokens, j)
    closed = closed or spoken or joined
    if not closed:
        return None
    heads = [
        k
        for k in range(i, j)
        # "Holliday, 37, a huntsman from Ledbury": after an article, an agent noun names what the person is.
        if (gz.is_role_noun(tokens[k].lower) or gz.title_length([tokens[k].text])
            or ((determiner or owner) and gz.is_agent_noun(tokens[k].lower)
                and (not tokens[k].cap or ctx.credible(tokens[k])))
            # "the son of rock star Brian Fenn": kin with whose kin they are (a role noun there is the name's).
            or (tokens[k].lower in KIN_NOUNS and k + 1 < j and tokens[k + 1].lower == "of"))
        # "the U.S. Justice Department": a title word naming an organisation is no role.
        and not (k + 1 < j and gz.is_org_cue(tokens[k + 1].text))
        # "a friend of President Barack Obama": a title before a name is that person's, not this role's head.
        and not (tokens[k].cap and k + 1 < j and tokens[k + 1].cap and gz.title_length([tokens[k].text]))
        # "the wife of coach Ivo Marsh", "Lee, the club's coach Ivo Marsh, and ...": so is a role noun before one.
        and not _titles_next_name(sentence, tokens, k, j)
    ]
    if not heads:
        return None
    # The role ends at its noun ("the Spanish defender converting after ...") unless a preposition
    # carries it on ("manager of last-place Leicester"); of several role nouns before the first
    # preposition the last is the head ("associate vice chancellor", "deputy secretary general").
    first_prep = next((k for k in range(i, j) if tokens[k].lower in ROLE_PREPOSITIONS), j)
    head = max([k for k in heads if k < first_prep] or heads[:1])
    noun = first_prep - 1
    if (determiner or owner) and head < noun and tokens[head].cap and not tokens[noun].cap and (
            gz.word_tag(tokens[noun].lower) or "") in ("NN", "NNS"):
        head = noun  # "a Top Chef contestant": the capitalised role word names the show, the noun is the role
    if spoken and (gz.is_plural_role_noun(tokens[head].lower) or not gz.is_role_noun(tokens[head].lower)
                   or tokens[i - 1].lower in ("a", "an")):
        # "the suspect, Kim Ki-Jong, an official at Seoul Central District Court said": an unnamed official
        # is the one who spoke ("Howard Archer, economist at Global Insight said" names its speaker)
        return None
    end = head + 1
    if end < j and tokens[end].lower in ROLE_PREPOSITIONS:
        prep = end
        end = next((k for k in range(prep, j - 1) if tokens[k].lower in ROLE_PREPOSITIONS
                    and gz.is_date_word(tokens[k + 1].text)), j)  # "coach of Aldon Rovers in May": no date
        # "the dean of Iowa reporters from his perch at the Register": a later phrase about the person's own
        # place or time ("his", "her") says where they did it, not what they are.
        end = next((k for k in range(prep + 2, end - 1) if gz.word_tag(tokens[k].lower) == "IN"
                    and tokens[k + 1].lower in OWN_PRONOUNS), end)
        while end > prep + 1 and (tokens[end - 1].lower in ROLE_PREPOSITIONS or tokens[end - 1].lower in DETERMINERS):
            end -= 1  # "founder of the" before a quoted name: the complement is not in the tokens
        if end == prep + 1:
            end = prep
    end = _first_of_two_roles(tokens, i, end)
    start = tokens[i].start
    lead = gap_between(sentence, tokens[i - 1], tokens[i]) if i > last + 1 else ""
    if re.search(r"\d", lead):
        # "a 19-year veteran": the role starts at its number, which the word tokens skip.
        start = tokens[i - 1].raw_end + (len(lead) - len(lead.lstrip()))
    stop = tokens[end - 1].end
    if tokens[end - 1].lower in DETERMINERS or tokens[end - 1].lower in ROLE_PREPOSITIONS or tokens[
        end - 1
    ].lower.endswith("-called"):
        # "members of the so-called "Bali Nine"": the role's complement is the quoted name after it.
        quoted = _QUOTED_COMPLEMENT.match(sentence.text, stop - sentence.start)
        if quoted is None:
            return None
        stop = sentence.start + quoted.end()
    return start, stop


_QUOTED_COMPLEMENT = re.compile(r"\s*[\"“]([^\"“”]{1,120})[\"”]")


# Words on each side of "and" that make it join two roles, each complete ("governor of Wisconsin and potential
# Republican presidential candidate"), rather than two nouns of one ("lawyer and activist", "president and chief
# executive of Lorvale", "head of research and development").
MIN_CONJUNCT_WORDS = 2


def _first_of_two_roles(tokens: list[Token], i: int, end: int) -> int:
    """Where the first of two roles joined by "and" ends in the role tokens[i:end] ("a former Eton pupil and
    joint leader of the Hunt": "former Eton pupil"): the guideline writes each role on its own."""
    for k in range(i + MIN_CONJUNCT_WORDS, end - MIN_CONJUNCT_WORDS):
        if tokens[k].lower != "and":
            continue
        before, after = tokens[k - 1], tokens[k + 1 : end]
        # The first ends in a noun that is no kin ("a 45-year-old mother and grassroots activist" stays whole);
        # the second opens in lower case ("deputy Middle East and North Africa director" is one role).
        noun = (before.cap or (gz.word_tag(before.lower) or "").startswith("NN")) and before.lower not in KIN_NOUNS
        if noun and not after[0].cap and after[0].lower not in DETERMINERS and any(
                not t.cap and gz.is_role_noun(t.lower) for t in after):
            return k
    return end


def _titles_next_name(sentence: Sentence, tokens: list[Token], k: int, j: int) -> bool:
    """Whether the lower-case role noun tokens[k] stands right before a capitalised word inside the phrase
    tokens[:j] ("coach Ivo Marsh"): the title of the name that follows, not a role of the name before."""
    return (not tokens[k].cap and k + 1 < j and tokens[k + 1].cap and not gz.is_date_word(tokens[k + 1].text)
            and bool(SPACE.fullmatch(gap_between(sentence, tokens[k], tokens[k + 1]))))


def _predicate_follows(tokens: list[Token], j: int) -> bool:
    """Whether a verb or an auxiliary follows tokens[j] (a conjunction opening the next predicate)."""
    return j + 1 < len(tokens) and (tokens[j + 1].lower in AUXILIARIES or is_verb(tokens[j + 1].lower))


def _participle_after_role(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a participle right after a role noun ("defender converting")."""
    return not tokens[j].cap and gz.word_tag(tokens[j].lower) == "VBG" and gz.is_role_noun(tokens[j - 1].lower)


def is_verb(word: str) -> bool:
    """Whether the lexicon reads a lower-case word as a finite verb or a modal ("wrote", "says", "will")."""
    return (gz.word_tag(word) or "") in ("VBD", "VBZ", "VBP", "MD") and not gz.is_role_noun(word)


def role_before(sentence: Sentence, tokens: list[Token], first: int, ctx: Context) -> tuple[int, int] | None:
    """A role ending with a comma right before a name: "The head of X, Richard Fogarty," or
    "Robbie Williams' former collaborator, Guy Chambers"; None when the words before are no role."""
    # "He and his co-author -- Gregory Laughlin of ...": a dash sets the name off as a comma does.
    gap = gap_between(sentence, tokens[first - 1], tokens[first])
    if first < 2 or not re.fullmatch(r",\s+|\s+(?:--|—)\s+", gap):
        return None
    dashed = "," not in gap
    # The clause before the comma: back to the sentence start or the previous punctuation.
    k = first - 1
    while k > 0 and first - k < MAX_ROLE_WORDS and _CLAUSE_GAP.fullmatch(gap_between(sentence, tokens[k - 1], tokens[k])):
        k -= 1
    # "Santorum won a recount over the eventual GOP nominee, Mitt Romney,": a longer clause may still close
    # with the role, not open with it.
    cut = first - k >= MAX_ROLE_WORDS
    if k > 0 and "(" in gap_between(sentence, tokens[k - 1], tokens[k]):
        return None  # "(captain, Glasgow Rugby)": the role belongs to the name before the bracket
    clause = tokens[k:first]
    succession = _succession_as(clause)
    if succession is not None and _name_closed(sentence, tokens, first):
        # "after his predecessor as CEO, Jim Cantalupo, died": the post "as" names after the predecessor is
        # what the closed name after the comma held.
        return clause[succession].start, clause[-1].raw_end
    titled = _title_with_complement(clause)
    if titled is not None and (_name_closed(sentence, tokens, first)
                               or all(t.lower in DETERMINERS for t in clause[:titled])):
        # "my meeting with the President of Iran, Hassan Rouhani,": a title and its "of" complement close the
        # clause, and the closed name after the comma is whoever holds the title; so is the name after a
        # clause that is the title alone, closed or not ("In his sermon, the Bishop of Lorvale, Tim Stevens
        # said"; but "After meeting the Mayor of Lorvale, Ivo Marsh flew home").
        start, _ = extend_left(sentence, tokens, k + titled, ctx)
        return tokens[start].start, clause[-1].raw_end
    # "Head of the division, Andrew Burke,": a role noun opening the sentence is capitalised for that alone.
    heads = [n for n, t in enumerate(clause) if (not t.cap or k + n == 0) and gz.is_role_noun(t.lower)]
    if not heads and gz.is_agent_noun(clause[-1].lower) and not clause[-1].cap and gz.is_given_name(tokens[first].text):
        heads = [len(clause) - 1]  # "with my navigator, Simon Fisher,"
    # "A proud laborer from Lorvale, Ivo Marsh picked fruit ...": an indefinite description opening the sentence
    # before a given name is the person's, its agent noun the role, adjectives before it.
    fronted = k == 0 and clause[0].lower in ("a", "an") and gz.is_given_name(tokens[first].text)
    if not heads and fronted:
        heads = [n for n, t in enumerate(clause[:-1]) if n and not t.cap and gz.is_agent_noun(t.lower)][:1]
    if not heads:
        return None
    head = heads[0]
    # The role opens the clause ("The head of ...") or closes it ("... former collaborator,"); a role noun
    # in the middle of a clause belongs to some other phrase ("the minister said on Monday, Blinken ...").
    opens = not cut and all(t.lower in DETERMINERS or gz.is_role_modifier(t.lower) for t in clause[:head]) or (
        fronted and all((gz.word_tag(t.lower) or "").startswith("JJ") for t in clause[1:head]))
    if not opens:
        # "The tour company's general director, Felipe Brel,": the role noun that closes the clause is the
        # head, whatever role words ("general") qualify it.
        head = heads[-1]
    if not opens and head != len(clause) - 1 and not (
            _complement_names(clause[head + 1 :]) and _name_closed(sentence, tokens, first)):
        # "The Communist Party chief of Xinjiang, Zhang Chunxian,": the head may keep a complement that names
        # where the role is held, before a closed name.
        return None
    if any(t.lower in APPOSITION_STOPS or t.lower in SPEECH_VERBS for t in clause[head:]):
        return None
    start = head
    if not opens:
        start, _ = extend_left(sentence, tokens, k + head, ctx)
        start -= k
    while start < len(clause) and (clause[start].lower in DETERMINERS or clause[start].lower in ("and", "or", "but")):
        start += 1
    if start >= len(clause) or any(is_verb(t.lower) for t in clause[start:] if not t.cap):
        return None
    if any(verb_of_a_subject(clause, n) for n in range(start, len(clause))):
        return None  # "Director Kenneth Branagh's film stars Cate Blanchett, Lily James and ...": a clause
    if dashed and gz.is_plural_role_noun(clause[-1].lower):
        return None  # "one of England's best one-day players -- Kevin Pietersen --": one of them, not the role
    return clause[start].start, clause[-1].raw_end


# Verbs that give a name to whom the words before describe ("a nurse named Ann Lee", "an official called ...").
_NAMING_VERBS = frozenset("named called".split())
# How many words (adjectives, "but") may stand between an article and the role it opens before "named".
MAX_NAMED_QUALIFIERS = 4


def role_named(sentence: Sentence, tokens: list[Token], first: int, ctx: Context) -> tuple[int, int] | None:
    """A role noun that an article (or an owner, or a number) opens, right before "named" or "called" and the name at tokens[first]: "a nurse
    named Ann Lee", "a capable but flawed Imperial official named Moff Mors" ("a man named Ivo Marsh" has no
    role, "a character named ..." no job); None otherwise."""
    if first < 3 or tokens[first - 1].lower not in _NAMING_VERBS:
        return None
    noun = first - 2
    if tokens[noun].cap or not gz.is_role_noun(tokens[noun].lower) or not all(
            SPACE.fullmatch(gap_between(sentence, tokens[k], tokens[k + 1])) for k in (noun, first - 1)):
        return None
    start, _ = extend_left(sentence, tokens, noun, ctx)
    k = start
    while k > 0 and start - k <= MAX_NAMED_QUALIFIERS and SPACE.fullmatch(gap_between(sentence, tokens[k - 1], tokens[k])):
        k -= 1
        if tokens[k].lower in DETERMINERS or tokens[k].possessive or gz.word_tag(tokens[k].lower) == "CD":
            return tokens[start].start, tokens[noun].end
        if tokens[k].cap or (gz.word_tag(tokens[k].lower) or "")[:2] not in ("JJ", "CC", "RB", "VB"):
            return None
    return None


# What may close an apposition's name: punctuation, or the end of the sentence.
_NAME_CLOSED = re.compile(r"\s*(?:[,;:.!?)\]—–\"”]|--|$)")


def _succession_as(clause: list[Token]) -> int | None:
    """Where "predecessor" or "successor" opens the post "as" names, when the two close the clause after an owner
    ("his predecessor as CEO", "Lorvale's successor as chief executive"); None otherwise. The post is a title or
    role words: a role noun last, or capitalised words ("as CEO")."""
    for n in range(len(clause) - 3, 0, -1):
        if clause[n].lower not in SUCCESSION_NOUNS or clause[n + 1].lower != "as":
            continue
        owner = clause[n - 1].lower in DETERMINERS or clause[n - 1].possessive
        post = clause[n + 2 :]
        while post and post[0].lower in DETERMINERS:
            post = post[1:]
        named = bool(post) and (gz.title_length([t.text for t in post]) == len(post) or gz.is_role_noun(post[-1].lower)
                                or all(t.cap for t in post))
        return n if owner and named and not any(is_verb(t.lower) for t in post if not t.cap) else None
    return None


def _title_with_complement(clause: list[Token]) -> int | None:
    """Where a capitalised title with its "of" complement starts, when the two close the clause ("the
    President of Iran", "the Mayor of Lorvale", "the Secretary of State"); None otherwise. The complement is a name: capitalised words,
    "the" aside ("Speaker of the House")."""
    for n in range(len(clause) - 2, -1, -1):
        token = clause[n]
        size = gz.title_length([t.text for t in clause[n:]])
        if not (token.cap and size):
            continue
        if n + size == len(clause) and any(t.lower == "of" for t in clause[n : n + size]):
            return n  # "the Secretary of State": the title holds its complement
        if not (n + size < len(clause) and clause[n + size].lower == "of"):
            continue
        return n if _complement_names(clause[n + size :]) else None
    return None


def _complement_names(words: list[Token]) -> bool:
    """Whether words are a role's complement naming a body or a place: a preposition, maybe "the", then only
    capitalised words ("of Iran", "of the House", "at Aldon Rovers")."""
    if not words or words[0].lower not in ROLE_PREPOSITIONS:
        return False
    rest = words[1:]
    if rest and rest[0].lower == "the":
        rest = rest[1:]
    return bool(rest) and all(t.cap for t in rest)


def _name_closed(sentence: Sentence, tokens: list[Token], first: int) -> bool:
    """Whether the capitalised name at tokens[first] is closed by punctuation or the sentence's end: an
    apposition ("the Mayor of Lorvale, Ivo Marsh, said"), not the subject after an opening phrase ("After
    meeting the Mayor of Lorvale, Ivo Marsh flew home")."""
    m = first
    while m + 1 < len(tokens) and tokens[m + 1].cap and SPACE.fullmatch(gap_between(sentence, tokens[m], tokens[m + 1])):
        m += 1
    return bool(_NAME_CLOSED.match(sentence.text, tokens[m].raw_end - sentence.start))
