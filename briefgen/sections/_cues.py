"""Shared helpers of the outlook and open-questions sections (sections stage): cues, speakers, focus, picking.

What both sections need and neither owns:

* `Cue` / `match_cues`: a regular expression with a kind and a strength (1 weak, 2 clear, 3 explicit),
  plus the left and right contexts that veto it ("the will of", "would have gone").
* `attribute`: who says each sentence, from small English rules: "Blinken said", "said Blinken",
  "according to X", "X, along with Y, stated", "officials said", "he said" (resolved to the last named
  speaker close before), and sentences inside a multi-sentence quotation borrow the attribution of the
  sentence that opens or closes it.
* `focus_span`: the verbatim part of a long sentence that carries a cue (its quotation or its clause),
  and `centrality`: how close each sentence is to the article's overall vocabulary.
* `select_diverse`: the greedy pick of items, one of each kind first, repeated wording penalised, and
  nothing the situation section already shows (`situation_ids`): the page should not say it twice. The
  actors section reads `situation_ids` too: an actor named in those sentences acts in the main event.

English only: the lexicons are English, so the sections skip other languages.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..config import Settings
from ..doccache import per_document
from ..model import Document, Sentence
from ..rank import select_sentences
from ..segment import document_stems
from ..selector import is_link_line
from ..literals import Literals, lowered_text, required_literals

# ---------------------------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cue:
    """One cue: a pattern, what it signals (`kind`) and how surely (`strength` 1-3).

    `not_before` / `not_after` veto a match when they match the text just before it (anchored at its
    end) or just after it (anchored at its start). `outside_quotes` cues are the reporter's idiom ("declined
    to comment"): inside a quotation they are someone's anecdote, not a note on the story.
    """

    pattern: re.Pattern[str]
    kind: str
    strength: int
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    outside_quotes: bool = False
    # Strings one of which every match contains (None: unknown): a sentence without them is skipped.
    literals: Literals | None = None


@dataclass(frozen=True)
class CueMatch:
    """A cue found in the article: its verbatim text and offsets into `article.text`."""

    cue: Cue
    text: str
    start: int
    end: int


def cue(
    pattern: str,
    kind: str,
    strength: int,
    not_before: str | None = None,
    not_after: str | None = None,
    outside_quotes: bool = False,
) -> Cue:
    """A `Cue` from pattern strings, matched case-insensitively unless the pattern starts with "(?-i)"."""
    compiled = re.compile(pattern[5:]) if pattern.startswith("(?-i)") else re.compile(pattern, re.IGNORECASE)
    return Cue(
        compiled,
        kind,
        strength,
        re.compile(f"(?:{not_before})$", re.IGNORECASE) if not_before else None,
        re.compile(not_after, re.IGNORECASE) if not_after else None,
        outside_quotes,
        required_literals(compiled),
    )


# How far (characters) either side of a match the veto patterns look: enough for a few words, and a
# bounded window keeps matching linear on long sentences.
VETO_WINDOW = 60


def cued_sentences(doc: Document, cues: Iterable[Cue], keep: Callable[[list[CueMatch]], list[CueMatch]] = list
                   ) -> tuple[dict[int, list[CueMatch]], dict[int, tuple[Attribution, ...]], dict[int, float]]:
    """What the outlook and the open questions read first: the cue matches (those `keep` keeps) of each
    body sentence that has any, by its index in `doc.body`, save a related story's link or a subheading
    ("Why the battle for Lorvale will end the siege ."); the attributions of those sentences only; every
    body sentence's centrality."""
    cues, body = tuple(cues), doc.body
    cued = {index: found for index, sentence in enumerate(body)
            if not is_link_line(sentence.text) and (found := keep(match_cues(sentence, cues)))}
    return cued, attribute(doc, frozenset(body[index].id for index in cued)), centrality(doc)


def match_cues(sentence: Sentence, cues: Iterable[Cue]) -> list[CueMatch]:
    """Every cue match inside one sentence, in text order, with offsets into the article text."""
    found = []
    body = sentence.text
    lowered = lowered_text(body)
    for item in cues:
        if item.literals is not None and not item.literals.may_match(body, lowered):
            continue
        for match in item.pattern.finditer(body):
            before = body[max(0, match.start() - VETO_WINDOW) : match.start()]
            after = body[match.end() : match.end() + VETO_WINDOW]
            if item.not_before is not None and item.not_before.search(before):
                continue
            if item.not_after is not None and item.not_after.match(after):
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if item.outside_quotes and in_quotation(sentence, start, end):
                continue
            found.append(CueMatch(item, match.group(), start, end))
    found.sort(key=lambda m: (m.start, -m.end))
    return found


# ------------------------------------------------------------------------------------------ speakers

# Verbs that attribute what a sentence says to their subject (or, inverted, to the name after them).
# Forms that are as often nouns ("states", "reports", "plans", "fears") are left out: "the U.S. state
# of Ohio" must not make "U.S." a speaker.
ATTRIBUTION_VERBS = frozenset(
    """say says said tell tells told stated added adds emphasize emphasizes emphasized emphasise emphasises
    emphasised stressed remarked noted explain explains explained announce announces announced claimed
    argue argues argued insist insists insisted suggest suggests suggested mention mentions mentioned
    wrote writes asserted asserts acknowledge acknowledges acknowledged admit admits admitted confirm
    confirms confirmed warn warns warned predict predicts predicted forecast vowed pledged promised urge
    urges urged cautioned estimated reported believe believes believed think thinks thought expect expects
    expected anticipate anticipates anticipated hoped feared deny denies denied refute refutes refuted
    reject rejects rejected dismiss dismisses dismissed disputed accuse accuses accused allege alleges
    alleged expressed voiced reiterate reiterates reiterated characterized characterised indicated
    indicates testified testifies tweeted posted responded replied countered concluded observed recalled
    declared called planned intend intends intended worried declined refused""".split()
)
# Words that may follow a speaker's name in an inverted attribution ("said Blinken in a statement").
PHRASE_FOLLOWERS = frozenset(
    """in on at during after before when while who whose from of to for via outside inside last this that
    earlier later recently told according and""".split()
)
# Prepositions: a name right after one is the preposition's object, never a verb's subject.
PREPOSITIONS = frozenset("in on at of from to for with by about into over under against near between among".split())
# Verbs whose object is the listener, not the speaker ("told CNN").
ADDRESSEE_VERBS = frozenset({"tell", "tells", "told", "urge", "urges", "urged"})
# Words allowed between a subject and its verb ("Putin did not completely refute", "Blinken also said");
# adverbs in -ly ("initially", "flatly") are allowed too, by rule.
SUBJECT_VERB_GAP = frozenset(
    """has have had did does do was were is are will would could may might also not never again already
    then still first further once later earlier now often didn't doesn't don't hasn't haven't hadn't
    wasn't weren't isn't aren't won't wouldn't couldn't""".split()
)
# Auxiliaries that make the verb after them passive (or progressive, which attribution verbs rarely are).
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't",
                                 "weren't"})
# Third-person pronouns name someone said before; first and second person speak inside a quotation.
RESOLVABLE_PRONOUNS = frozenset({"he", "she", "they"})
OTHER_PRONOUNS = frozenset({"i", "we", "you", "it", "this", "that", "there", "who", "which", "one"})
DEMONSTRATIVES = frozenset({"this", "that", "there", "which", "one"})
# Words before a participle that make it an adjective ("the alleged deployment").
DETERMINERS = frozenset("the a an this that these those his her its their our my your any some no every each".split())
# Nouns that name a speaker without a proper name ("officials said", "according to police", "the North
# High School principal told"); capitalised words before them are kept as modifiers.
COLLECTIVE_SPEAKERS = frozenset(
    """officials official police authorities ministry government spokesman spokeswoman spokesperson
    spokespeople prosecutors prosecutor investigators experts expert analysts analyst witnesses witness
    sources source statement company department agency military army officers officer lawyers lawyer
    attorneys attorney residents resident critics scientists researchers doctors doctor organizers
    administration court judge commission committee council board campaign family diplomats leaders leader
    lawmakers regulators commanders commander rebels militants protesters activists members students
    teachers parents fans players observers group organization president minister secretary director chief
    mayor governor senator sheriff coach manager chairman chairwoman principal founder owner ceo office
    airline site website newspaper network study survey poll hospital university school club team firm
    bank party union representatives report indictment complaint lawsuit governments countries companies
    parties sides agencies""".split()
)
# Titles and roles before a name: the speaker is what follows the last of them ("Secretary of State
# Antony Blinken" -> "Antony Blinken", "Russian President Vladimir Putin" -> "Vladimir Putin").
ROLE_WORDS = frozenset(
    """president secretary state minister prime foreign defense defence chancellor gov. governor sen.
    senator rep. representative mayor chief director spokesman spokeswoman spokesperson general gen.
    lt. col. maj. capt. sgt. officer commissioner judge justice attorney prosecutor sheriff coach manager
    chairman chairwoman chair ceo dr. mr. mrs. ms. prof. professor king queen prince princess pope
    ambassador leader speaker minority majority whip vice deputy assistant supreme commander admiral
    adm. sergeant detective det. inspector agent captain senior executive rev. father bishop archbishop
    cardinal sir lord lady dame secretary-general premier lawmaker councilman councilwoman superintendent
    principal lieutenant colonel major former acting interior finance health justice""".split()
)
# Capitalised words that open sentences or name times, never part of a speaker's name.
NOT_NAMES = frozenset(
    """the a an this that these those there here his her its their our my your but and or so yet however
    meanwhile still also then thus instead indeed moreover later earlier now today yesterday tomorrow in
    on at for as after before while when if since although though despite during under with without
    according by from to until unless because once initially both some many most all each every no
    what who why how where which monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december jan. feb. mar. apr.
    jun. jul. aug. sep. sept. oct. nov. dec. prior last next first""".split()
)
# Small words that may sit inside a name between capitalised words ("Department of Defense", "bin Salman").
NAME_CONNECTORS = frozenset({"of", "de", "da", "del", "van", "von", "bin", "al", "la", "le", "du", "der", "&"})
# Abbreviations that keep their final period as part of the word ("Gen.", "Jr.").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen sen rep gov lt col maj capt sgt jr sr st prof rev det adm cmdr supt insp gov jan feb "
    "mar apr jun jul aug sep sept oct nov dec".split()
)
# The most tokens an appositive may span between a name and its verb ("Blinken, along with ..., said";
# "Tim Kaine, a Democratic senator from Virginia who has signed onto a bill ..., said").
APPOSITIVE_MAX_TOKENS = 30
# How many sentences back "he said" may look for the name it stands for: further than that, a news
# story has usually moved on to someone else.
PRONOUN_LOOKBACK = 2
# How many sentences a quotation may run over before its attribution is no longer trusted.
QUOTE_SPAN_MAX = 4

_TOKEN = re.compile(r"\w(?:[\w’'.&-]*\w)?\.?|[^\w\s]")
_WORD_RUN = re.compile(r"\w+")


class Token(NamedTuple):
    """A word or punctuation mark with offsets into the sentence text.

    A named tuple rather than a dataclass: attribution tokenises every sentence of an article, and a
    tuple is several times cheaper to make.
    """

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The word in lower case with straight apostrophes, for lexicon look-ups."""
        return self.text.lower().replace("’", "'")

    @property
    def pronoun(self) -> str | None:
        """The pronoun this word is or starts with ("I've" -> "i"), else None."""
        head = self.low.split("'")[0]
        return head if head in RESOLVABLE_PRONOUNS or head in OTHER_PRONOUNS else None

    @property
    def is_cap(self) -> bool:
        """Whether the word can be part of a name: capitalised, and not a pronoun, opener or time word."""
        return (self.text[:1].isupper() and self.low not in NOT_NAMES and self.low not in SUBJECT_VERB_GAP
                and self.pronoun is None)


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with offsets; a word's final period is split off unless it is an abbreviation."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 1 and word.endswith(".") and "." not in word[:-1] and word[:-1].lower() not in ABBREVIATIONS:
            tokens.append(Token(word[:-1], start, end - 1))
            tokens.append(Token(".", end - 1, end))
        else:
            tokens.append(Token(word, start, end))
    return tokens


@dataclass(frozen=True)
class Attribution:
    """Who says a sentence: the speaker as written (roles stripped), the verb, offsets into the article.

    `speaker` is None for first-person and unresolved pronouns; `pronoun` keeps the pronoun when the
    speaker was resolved from one; `borrowed` marks an attribution taken from a neighbouring sentence
    of the same quotation.
    """

    speaker: str | None
    verb: str
    verb_start: int
    verb_end: int
    pronoun: str | None = None
    borrowed: bool = False


def _strip_roles(words: list[Token]) -> list[Token]:
    """The words after the last title or role word (all of them when nothing follows the role)."""
    last = max((i for i, w in enumerate(words) if w.low in ROLE_WORDS), default=-1)
    return words[last + 1 :] if last + 1 < len(words) else words


def _clean_run(words: list[Token]) -> str | None:
    """A speaker name from a run of name words: edges trimmed, titles stripped, "and" joining names."""
    while words and (words[0].low in NAME_CONNECTORS or words[0].low in NOT_NAMES or words[0].low == "and"):
        words = words[1:]
    while words and (words[-1].low in NAME_CONNECTORS or words[-1].low == "and"):
        words = words[:-1]
    if not words:
        return None
    # Titles go first, over the whole run: in "Port Authority of New York and New Jersey Executive
    # Director Patrick Foye" the "and" is inside the title, and only what follows the last role is a name.
    words = _strip_roles(words)
    parts: list[list[Token]] = [[]]
    for word in words:
        if word.low == "and":
            parts.append([])
        else:
            parts[-1].append(word)
    names = [" ".join(w.text for w in part) for part in parts if part]
    return " and ".join(names) or None


def _run_left(tokens: list[Token], i: int) -> list[Token]:
    """The name run ending at token i: capitalised words, with connectors and "and" between them."""
    j = i
    while j - 1 >= 0:
        prev = tokens[j - 1]
        if prev.is_cap:
            j -= 1
        elif (prev.low in NAME_CONNECTORS or prev.low == "and") and j - 2 >= 0 and tokens[j - 2].is_cap:
            j -= 2
        else:
            break
    return tokens[j : i + 1]


def _run_right(tokens: list[Token], i: int) -> list[Token]:
    """The name run starting at token i (no "and": after an inverted verb it starts a new clause)."""
    j = i
    while j + 1 < len(tokens):
        nxt = tokens[j + 1]
        if nxt.is_cap:
            j += 1
        elif nxt.low in NAME_CONNECTORS and j + 2 < len(tokens) and tokens[j + 2].is_cap:
            j += 2
        else:
            break
    return tokens[i : j + 1]


def _collective(tokens: list[Token], i: int) -> str | None:
    """A collective speaker ending at token i with its capitalised modifiers ("U.S. officials")."""
    if tokens[i].low not in COLLECTIVE_SPEAKERS:
        return None
    words = [tokens[i]]
    j = i - 1
    if j >= 0 and tokens[j].low.endswith("'s") and not tokens[j].is_cap and tokens[j].pronoun is None:
        # "the sheriff's office", "the state's attorney".
        words.insert(0, tokens[j])
        j -= 1
    while j >= 0 and tokens[j].is_cap:
        words.insert(0, tokens[j])
        j -= 1
    # A lone common noun is given in lower case ("Officials said", "the ministry said" -> "officials", "ministry").
    return " ".join(w.text for w in words) if len(words) > 1 else tokens[i].low


def _in_gap(token: Token) -> bool:
    """Whether a word may stand between a subject and its verb: an auxiliary, negation or -ly adverb."""
    return token.low in SUBJECT_VERB_GAP or (token.low.endswith("ly") and token.text.islower())


# How many tokens back from a noun ("the group", "the club") its head may stand ("a former leader of the
# group", "a spokesman for the Red Cross club").
HEAD_WINDOW = 6


def _head_of(tokens: list[Token], i: int) -> str | None:
    """"leader of the group" when the speaker noun at token i is the object of a preposition after another."""
    j = i - 1
    while j >= 0 and i - j <= HEAD_WINDOW and (tokens[j].is_cap or tokens[j].low in {"the", "a", "an"}
                                                or tokens[j].low.endswith("'s")):
        j -= 1
    if j >= 1 and i - j <= HEAD_WINDOW and tokens[j].low in {"of", "for", "at", "from", "with"} \
            and tokens[j - 1].low in COLLECTIVE_SPEAKERS:
        return " ".join(t.text for t in tokens[j - 1 : i + 1])
    return None


def _subject_before(tokens: list[Token], v: int) -> tuple[str | None, str | None]:
    """(speaker, pronoun) of the verb at token v, looking left over auxiliaries and one appositive."""
    i = v - 1
    while i >= 0 and _in_gap(tokens[i]):
        if tokens[i].low in PASSIVE_AUXILIARIES:
            # "... is expressed", "was told": a passive verb's subject is not its speaker.
            return None, None
        i -= 1
    if i >= 0 and tokens[i].text == ",":
        j = i - 1
        while j >= 0 and tokens[j].text != "," and i - j <= APPOSITIVE_MAX_TOKENS:
            j -= 1
        if j < 0 or tokens[j].text != ",":
            return None, None
        inside = _run_left(tokens, i - 1) if tokens[i - 1].is_cap else []
        if inside and len(inside) == i - j - 1:
            # "A mountain guide who heard the plane, Michel Suhubiette, said": the appositive is the name.
            return _clean_run(inside), None
        # "Blinken, along with Secretary of Defense Lloyd Austin, mentioned": the name before the appositive.
        i = j - 1
    if i < 0:
        return None, None
    word = tokens[i]
    if word.pronoun == "who" and i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].is_cap:
        # "Vettel, who said ...": the relative pronoun stands for the name before it.
        return _clean_run(_run_left(tokens, i - 2)), None
    if word.pronoun:
        return None, word.pronoun
    collective = _collective(tokens, i)
    if collective:
        return _head_of(tokens, i) or collective, None
    if word.is_cap:
        run = _run_left(tokens, i)
        first = i - len(run) + 1
        if first >= 1 and tokens[first - 1].low in PREPOSITIONS:
            # "Police in Japan say": the speaker is the noun before the place. "three women in Syria
            # accused of adultery": a name after a preposition is its object, and the verb a participle.
            if first >= 2 and tokens[first - 1].low in {"in", "from", "at"}:
                return _collective(tokens, first - 2), None
            return None, None
        return _clean_run(run), None
    return None, None


def _name_after(tokens: list[Token], i: int) -> tuple[str | None, str | None, int]:
    """(speaker, pronoun, end token) of a speaker phrase starting at token i.

    Handles "Blinken", "the ministry", "a surprised Hamilton", "100m hurdler Sally Pearson", "Boston Globe
    columnist Kevin Cullen", "State Department spokesman Ned Price", "Waring's website", "U.S. officials".
    """
    n = len(tokens)
    if i < n and tokens[i].pronoun:
        return None, tokens[i].pronoun, i + 1
    while i < n and tokens[i].low in {"the", "a", "an"}:
        i += 1
    skipped = 0
    # Descriptions before a name: "a surprised Hamilton", "100m hurdler Sally Pearson".
    while (i + 1 < n and skipped < 2 and tokens[i].text[0].isalnum() and not tokens[i].is_cap
           and tokens[i].low not in PHRASE_FOLLOWERS and tokens[i].low not in COLLECTIVE_SPEAKERS):
        i += 1
        skipped += 1
    if i >= n:
        return None, None, i
    if not tokens[i].is_cap:
        if tokens[i].low in COLLECTIVE_SPEAKERS:
            if i + 1 < n and tokens[i + 1].is_cap:
                # "spokesman Ned Price": the name after the role.
                run = _run_right(tokens, i + 1)
                return _clean_run(run), None, i + 1 + len(run)
            return tokens[i].low, None, i + 1
        return None, None, i
    run = _run_right(tokens, i)
    end = i + len(run)
    if end < n and (tokens[end].low in COLLECTIVE_SPEAKERS or tokens[end].low.endswith("'s")):
        if end + 1 < n and tokens[end + 1].is_cap and not tokens[end].low.endswith("'s"):
            # "Boston Globe columnist Kevin Cullen", "State Department spokesman Ned Price".
            run = _run_right(tokens, end + 1)
            return _clean_run(run), None, end + 1 + len(run)
        if tokens[end].low in COLLECTIVE_SPEAKERS:
            return " ".join(w.text for w in run + [tokens[end]]), None, end + 1
    if run[-1].low.endswith("'s") and end < n and tokens[end].text.isalpha():
        # "says Waring's website": the speaker is the thing possessed.
        return " ".join(w.text for w in run + [tokens[end]]), None, end + 1
    if end + 1 < n and tokens[end].text.isalpha() and tokens[end].text.islower() and tokens[end + 1].is_cap \
            and tokens[end].low not in PHRASE_FOLLOWERS:
        run = _run_right(tokens, end + 1)
        return _clean_run(run), None, end + 1 + len(run)
    return _clean_run(run), None, end


def _ends_phrase(tokens: list[Token], end: int) -> bool:
    """Whether a speaker phrase may stop before token `end`: at punctuation, the end, or a preposition."""
    return end >= len(tokens) or not tokens[end].text[0].isalnum() or tokens[end].low in PHRASE_FOLLOWERS


def _inverted(tokens: list[Token], v: int) -> tuple[str | None, str | None] | None:
    """(speaker, pronoun) of an inverted attribution after a quotation or comma, or None if it is not one.

    '..., said Blinken.', '..." said he.', '..., says 100m hurdler Sally Pearson.' The phrase must end
    there: in "..., said Obama is right" the name opens the reported clause, and the speaker is found
    the normal way, left of the verb. A pronoun is inverted only right after a closing quotation mark.
    """
    if v + 1 >= len(tokens):
        return None
    speaker, pronoun, end = _name_after(tokens, v + 1)
    if pronoun and tokens[v - 1].text not in {"”", '"'}:
        return None
    if (speaker or pronoun) and _ends_phrase(tokens, end):
        return speaker, pronoun
    return None


def find_attributions(sentence: Sentence) -> list[Attribution]:
    """The attributions one sentence states itself, pronouns unresolved, in text order."""
    # Only a verb of saying or "according" (as a whole word) can start an attribution; most sentences
    # have neither and need no tokens. A token's `low` is a verb exactly when the lower-cased text has
    # that word between non-word characters, so the test rules out only sentences with none.
    words = set(_WORD_RUN.findall(sentence.text.lower()))
    if words.isdisjoint(ATTRIBUTION_VERBS) and "according" not in words:
        return []
    tokens = tokenize(sentence.text)
    found = []
    for v, token in enumerate(tokens):
        low = token.low
        if low == "according" and v + 1 < len(tokens) and tokens[v + 1].low == "to":
            speaker, pronoun, _ = _name_after(tokens, v + 2)
        elif low in ATTRIBUTION_VERBS and token.text[:1].islower():
            prev = tokens[v - 1].text if v > 0 else ""
            nxt = tokens[v + 1] if v + 1 < len(tokens) else None
            if nxt is not None and nxt.low == "by":
                # Passive: "as announced by Secretary of State Antony Blinken".
                speaker, pronoun, _ = _name_after(tokens, v + 2)
            else:
                inverted = _inverted(tokens, v) if prev in {",", "”", '"', "’"} and low not in ADDRESSEE_VERBS else None
                speaker, pronoun = inverted if inverted is not None else _subject_before(tokens, v)
        else:
            continue
        if speaker is None and (pronoun is None or pronoun in DEMONSTRATIVES):
            # "That could explain ...": a demonstrative or relative subject is never a speaker.
            continue
        found.append(Attribution(speaker, token.text, sentence.start + token.start, sentence.start + token.end,
                                 pronoun))
    return found


def _quote_balance(text: str) -> int:
    """Opening minus closing quotation marks (straight double quotes: +1 when odd and opening at the start)."""
    balance = text.count("“") - text.count("”")
    if text.count('"') % 2:
        balance += 1 if text.lstrip().startswith('"') else -1
    return balance


def _quotation_groups(body: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(first, last) body indices of each quotation that runs over several sentences, in order."""
    groups = []
    for i, opening in enumerate(body):
        if _quote_balance(opening.text) <= 0:
            continue
        j = i + 1
        while j < len(body) and j - i < QUOTE_SPAN_MAX and not _has_quote_marks(body[j].text):
            j += 1
        if j >= len(body) or _quote_balance(body[j].text) >= 0:
            continue  # never closed where expected: the grouping would be a guess
        groups.append((i, j))
    return groups


def _needed(wanted: set[int], groups: list[tuple[int, int]]) -> set[int]:
    """The body indices whose attributions decide those of `wanted`: with every sentence of a quotation
    that holds one, the opening and closing sentences it borrows from, and theirs in turn."""
    member_of: dict[int, list[int]] = {}
    for g, (first, last) in enumerate(groups):
        for k in range(first, last + 1):
            member_of.setdefault(k, []).append(g)
    needed = set(wanted)
    stack = list(wanted)
    while stack:
        for g in member_of.get(stack.pop(), ()):
            for end in groups[g]:
                if end not in needed:
                    needed.add(end)
                    stack.append(end)
    return needed


def attribute(doc: Document, ids: frozenset[int] | None = None) -> dict[int, tuple[Attribution, ...]]:
    """The attributions of every body sentence (or of those with `ids`), pronouns resolved and
    multi-sentence quotations shared.

    With `ids` only the sentences their attributions depend on are read (the two before each, for "he
    said"; the ends of a quotation holding one): the sections ask about the few sentences with a cue,
    and reading every sentence of a huge article is most of their cost. The answers are the same.
    """
    body = doc.body
    groups = _quotation_groups(body)
    if ids is None:
        needed = range(len(body))
    else:
        needed = sorted(_needed({k for k, s in enumerate(body) if s.id in ids}, groups))
    raw: dict[int, list[Attribution]] = {}

    def stated(k: int) -> list[Attribution]:
        if k not in raw:
            raw[k] = find_attributions(body[k])
        return raw[k]

    result: dict[int, list[Attribution]] = {}
    for k in needed:
        sentence = body[k]
        # (sentence id, named speaker) of the sentences just before, latest last
        recent = [(body[p].id, item.speaker) for p in range(max(0, k - PRONOUN_LOOKBACK), k)
                  for item in stated(p) if item.speaker and item.pronoun is None]
        resolved = []
        for item in stated(k):
            if item.speaker is None and item.pronoun in RESOLVABLE_PRONOUNS:
                earlier = [name for sid, name in recent if sentence.id - sid <= PRONOUN_LOOKBACK]
                earlier += [a.speaker for a in resolved if a.speaker]
                if earlier:
                    item = Attribution(earlier[-1], item.verb, item.verb_start, item.verb_end, item.pronoun)
            resolved.append(item)
        result[sentence.id] = resolved
    # A quotation that runs over several sentences ('“We are concerned ... . This should ...,” Blinken
    # remarked.') is said by whoever its closing or opening sentence names.
    for first, last in groups:
        if body[first].id not in result or body[last].id not in result:
            continue  # no sentence asked about lies in it (else its ends would be needed)
        group = body[first : last + 1]
        named = [a for s in (group[-1], group[0]) for a in result[s.id] if a.speaker]
        if not named:
            continue
        source = named[0]
        for s in group:
            if s.id in result and not any(a.speaker for a in result[s.id]):
                result[s.id].append(Attribution(source.speaker, source.verb, source.verb_start, source.verb_end,
                                                source.pronoun, borrowed=True))
    return {sid: tuple(items) for sid, items in result.items()}


def _has_quote_marks(text: str) -> bool:
    return any(c in text for c in "“”\"")


def speaker_of(attributions: Sequence[Attribution], sentence: Sentence, start: int, end: int) -> str | None:
    """The speaker of the cue between two article offsets inside `sentence`.

    The subject of the cue verb itself ("Moscow denied"); else the sentence's own attribution nearest to
    the cue ("Blinken stated that ... the alleged deployment"; "“... we anticipate ...,” said Blinken"),
    else one borrowed from its quotation. A verb of saying used as a verb, after a subject that was not
    recognised ("Both sides denied"), has no speaker: the nearest attribution belongs to another clause.
    """
    own = [a for a in attributions if start <= a.verb_start and a.verb_end <= end and not a.borrowed]
    if own and own[0].speaker:
        return own[0].speaker
    if not own and _unrecognised_subject(sentence, start, end):
        return None
    named = [a for a in attributions if a.speaker]
    if not named:
        return None
    return min(named, key=lambda a: (a.borrowed, max(a.verb_start - end, start - a.verb_end, 0))).speaker


def _unrecognised_subject(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the cue starts with an active verb of saying after a would-be subject ("governments denied"),
    not an adjective after a determiner ("the alleged deployment") or a passive ("was alleged")."""
    cue_tokens = tokenize(sentence.text[start - sentence.start : end - sentence.start])
    if not cue_tokens or cue_tokens[0].low not in ATTRIBUTION_VERBS:
        return False
    before = tokenize(sentence.text[: start - sentence.start])
    while before and _in_gap(before[-1]):
        if before[-1].low in PASSIVE_AUXILIARIES:
            return False  # "the attack was alleged": a passive has no speaker of its own
        before.pop()
    return bool(before) and before[-1].text[0].isalnum() and before[-1].low not in DETERMINERS


def quotation_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The article offsets of the content inside each pair of quotation marks (or an unclosed one)."""
    spans = []
    text = sentence.text
    for match in re.finditer(r"[“\"]([^”\"]*)(?:[”\"]|$)|^([^“\"]*)”", text):
        group = 1 if match.group(1) is not None else 2
        if match.group(group).strip():
            spans.append((sentence.start + match.start(group), sentence.start + match.end(group)))
    return spans


def in_quotation(sentence: Sentence, start: int, end: int) -> bool:
    """Whether an article span lies inside quotation marks of its sentence."""
    return any(a <= start and end <= b for a, b in quotation_spans(sentence))


# -------------------------------------------------------------------------------------------- focus

# A sentence longer than this is narrowed to the quotation or clause that carries its cue; shorter
# ones read best whole, attribution included.
LONG_SENTENCE_WORDS = 30
# A narrowed span shorter than this says too little on its own: the whole sentence is kept instead.
MIN_FOCUS_WORDS = 6

# Where a clause ends inside a sentence: semicolons, spaced dashes (and CNN's "--"), and a comma before a subordinating
# word or a reporting participle ("..., as Russia continues", "..., stressing that").
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+(?:[—–-]|--)\s+|,\s+(?=(?:but|though|although|while|whereas|as|because|since|which|despite|even as|"
    r"even though|stressing|saying|adding|noting|arguing|citing|insisting|claiming|warning|according to)\b)"
)
# A leading subordinate clause or circumstance ("Despite the arrival of ..., Austin predicted", "During a
# press conference ..., Blinken mentioned") ends at the first comma followed by what can open a main clause:
# a capitalised word, a pronoun, a determiner or a quantifier. Commas inside it ("While ... aggressive,
# often religious language, Herzog's ...") are followed by something else.
_LEADING_CLAUSE = re.compile(
    r"[\s“\"‘']*(?:despite|while|although|though|after|before|since|as|when|because|whereas|even though|during|amid|"
    r"following)\b",
    re.IGNORECASE,
)
_MAIN_CLAUSE_OPENING = re.compile(
    r",\s+(?=[A-Z]|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|"
    r"some|many|more|most|several|few|all|both|each|every|no|any|another|such|one|two|three|four|five|\d)\b)"
)
# Conjunctions a clause cut on its left may start with; dropped so the clause reads as a statement.
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|yet|though|although|while|whereas|because)\s+", re.IGNORECASE)
_EDGE_JUNK = " \t,;:—–-"


def _words(text: str) -> int:
    return len(text.split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without edge spaces, separators and quotation marks left unpaired by the cut."""
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    inner = text[start:end]
    if inner[:1] in "“\"‘" and not any(c in inner[1:] for c in "”\"’"):
        start += 1
    inner = text[start:end]
    if inner[-1:] in "”\"" and not any(c in inner[:-1] for c in "“\""):
        end -= 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return start, end


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans between two article offsets."""
    cuts = [start]
    if _LEADING_CLAUSE.match(text, start, end):
        main = _MAIN_CLAUSE_OPENING.search(text, start, end)
        if main:
            cuts.append(main.end())
    cuts.extend(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end))
    cuts = sorted(set(cuts)) + [end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]


def focus_span(text: str, sentence: Sentence, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The verbatim span to show for cues at `spans`: the whole sentence, or in a long one its clause."""
    whole = (sentence.start, sentence.end)
    if _words(sentence.text) <= LONG_SENTENCE_WORDS or not spans:
        return whole
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    region = whole
    for a, b in quotation_spans(sentence):
        if a <= lo and hi <= b and _words(text[a:b]) >= MIN_FOCUS_WORDS:
            region = (a, b)
            break
    if _words(text[region[0] : region[1]]) > LONG_SENTENCE_WORDS or region == whole:
        hit = [(a, b) for a, b in _clauses(text, *region) if a < hi and lo < b]
        if hit:
            region = (hit[0][0], hit[-1][1])
            conjunction = _LEADING_CONJUNCTION.match(text, region[0], region[1])
            if region[0] > sentence.start and conjunction and conjunction.end() <= lo:
                region = (conjunction.end(), region[1])
    start, end = _trim(text, *region)
    if _words(text[start:end]) < MIN_FOCUS_WORDS:
        return whole
    return start, end


# --------------------------------------------------------------------------------------- centrality


@per_document(maxsize=16)
def centrality(doc: Document) -> dict[int, float]:
    """Cosine similarity of each body sentence's stems to the rest of the article's, scaled to 0..1."""
    every = document_stems(doc)
    stems = {s.id: every[s.id] for s in doc.body}
    total: Counter[str] = Counter()
    for words in stems.values():
        total.update(words)
    # The rest of the article is `total - bag`; its squared norm follows from the total's by changing only
    # the bag's own stems, so each sentence costs its own words, not the article's vocabulary (integer
    # counts: the sums are exact, the same as building the difference). Bags are made one at a time:
    # kept for every sentence of a huge article they would hold tens of megabytes.
    total_squares = sum(c * c for c in total.values())
    scores = {}
    for sid, words in stems.items():
        bag = Counter(words)
        dot = sum(count * (total[stem] - count) for stem, count in bag.items())
        rest_squares = total_squares - sum(total[s] ** 2 - (total[s] - count) ** 2 for s, count in bag.items())
        norm = math.sqrt(sum(c * c for c in bag.values())) * math.sqrt(rest_squares)
        scores[sid] = dot / norm if norm else 0.0
    top = max(scores.values(), default=0.0)
    return {sid: (score / top if top else 0.0) for sid, score in scores.items()}


def stem_set(doc: Document, sentence_id: int) -> frozenset[str]:
    """The content-word stems of one body sentence, for redundancy checks between items."""
    sentence = doc.sentences[sentence_id] if 0 <= sentence_id < len(doc.sentences) else None
    if sentence is None or sentence.headline:
        return frozenset()
    return frozenset(document_stems(doc)[sentence_id])


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient of two stem sets: shared stems over the smaller set's size (0 when one is empty).

    Unlike Jaccard it calls a short sentence redundant when a long one already says all of it.
    """
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


# ---------------------------------------------------------------------------------------- selection


# Kind coverage comes first only for candidates at least this sure: a weak cue never displaces a clear
# one just for being of another kind.
COVERAGE_MIN_STRENGTH = 2


@dataclass(frozen=True)
class Candidate:
    """A scored item-to-be: its sentence, kind, cue strength (1-3) and the score before redundancy."""

    score: float
    sentence_id: int
    kind: str
    strength: int
    payload: object = None


@per_document(maxsize=2)
def situation_ids(doc: Document, settings: Settings) -> frozenset[int]:
    """Ids of the sentences the situation section shows (the bottom line among them), picked as it picks them.

    Cached: the outlook and the open questions both ask, and selecting is the costly part on a huge article.
    """
    return frozenset(ranked.sentence.id for ranked in select_sentences(doc, settings.sentences, settings.algorithm))


def select_diverse(
    doc: Document,
    candidates: Sequence[Candidate],
    limit: int,
    redundancy_weight: float,
    shown: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Up to `limit` candidates, best first: one of each kind first, then the rest, repeats penalised.

    Candidates from the sentences in `shown` (the situation's) come only after every other: an item
    repeating the bottom line or a situation sentence wastes the page, so the next best takes its place,
    and a repeat left at the end is the first item the one-page fitter drops.

    A brief should show the different kinds of statement an article makes before a second wording of
    one, so the pick runs in two rounds: while some kind (with a clear cue) is not shown yet, the best
    candidate of a missing kind; then the best of the rest. In both rounds a candidate's score loses
    `redundancy_weight` times its stem overlap with the closest item already picked; ties go to the
    earlier sentence.
    """
    pool = [c for c in candidates if c.sentence_id not in shown]
    repeats = [c for c in candidates if c.sentence_id in shown]
    if not pool:
        pool, repeats = repeats, []
    chosen: list[Candidate] = []

    def adjusted(c: Candidate) -> float:
        stems = stem_set(doc, c.sentence_id)
        return c.score - redundancy_weight * max((overlap(stems, stem_set(doc, o.sentence_id)) for o in chosen),
                                                 default=0.0)

    while pool and len(chosen) < limit:
        shown = {c.kind for c in chosen}
        missing = [c for c in pool if c.kind not in shown and c.strength >= COVERAGE_MIN_STRENGTH]
        pick = max(missing or pool, key=lambda c: (adjusted(c), -c.sentence_id))
        pool.remove(pick)
        chosen.append(pick)
        if not pool:
            pool, repeats = repeats, []
    return chosen
