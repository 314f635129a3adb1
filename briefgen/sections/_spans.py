"""Capitalised runs (sections stage): which words of a sentence may form one name."""

from __future__ import annotations

import itertools
import re

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import ARTICLES, RANKING, SPACE
from ._tokens import Token, gap_between, name_text

_CONNECTORS = frozenset({("of",), ("of", "the"), ("for",), ("for", "the"), ("on",), ("and",)})


# "No 1", "No. 3": the number sign of a ranking, which no name holds ("World No 1" is a rank, no body).
_RANKING_AT = re.compile(rf"(?=No\.?\s){RANKING}")


def capitalised_runs(sentence: Sentence, tokens: list[Token]) -> list[list[int]]:
    """Runs of capitalised words that may form one name, joined by "of", "von", "&" where names use them."""
    runs: list[list[int]] = []
    current: list[int] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.cap and not _RANKING_AT.match(sentence.text, token.start - sentence.start):
            if current and not _owner_named(tokens, current) and (
                adjacent(sentence, tokens[current[-1]], token) or _possessive_body(sentence, tokens, current[-1])
                or _campus(sentence, tokens, current, i)
            ):
                current.append(i)
            else:
                if current:
                    runs.append(current)
                current = [i]
            i += 1
            continue
        bridge = _bridge(sentence, tokens, current, i) if current else 0
        if bridge:
            current.extend(range(i, i + bridge + 1))
            i += bridge + 1
            continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return [_without_qualifying_adjective(sentence, tokens, run) for run in runs]


# A list goes on after a name: ", Cap..." or "and Cap...".
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s+[A-Z]|,\s+[A-Z]")
# A campus's name after its university's: one to this many words ("Santa Cruz", "Ann Arbor").
MAX_CAMPUS_WORDS = 3


def _campus(sentence: Sentence, tokens: list[Token], run: list[int], i: int) -> bool:
    """Whether tokens[i], after a comma, opens the campus of the state university that the run names: "University
    of California, Santa Cruz", "University of Michigan, Ann Arbor" -- a name no list knows, no body's or place's
    noun in it, and no list going on after it ("the University of Texas, Rice University and ...")."""
    words = [tokens[k] for k in run]
    if len(words) < 3 or words[0].lower != "university" or words[1].lower != "of" or not words[-1].cap:
        return False
    state = gz.lookup(name_text(words[2:]))
    if state is None or state.kind != gz.PLACE or gap_between(sentence, words[-1], tokens[i]) != ", ":
        return False
    end = _run_end(sentence, tokens, i)
    campus = tokens[i : end + 1]
    return (
        len(campus) <= MAX_CAMPUS_WORDS
        and gz.lookup(name_text(campus)) is None
        and not any(gz.is_org_cue(t.text) or gz.is_place_cue(t.text) for t in campus)
        and not _LIST_GOES_ON.match(sentence.text, campus[-1].raw_end - sentence.start)
    )


def _without_qualifying_adjective(sentence: Sentence, tokens: list[Token], run: list[int]) -> list[int]:
    """A run without an adjective that ends it after a known name and qualifies the common noun after it:
    "NATO European populations", "a Boston Federal court", "Tory Parliamentary hopefuls" -- the name is the
    known one, the adjective is the noun's ("Amnesty International officials" is no known name and a word)."""
    if len(run) < 2 or run[-1] + 1 >= len(tokens):
        return run
    last, nxt = tokens[run[-1]], tokens[run[-1] + 1]
    if (
        nxt.cap
        or not SPACE.fullmatch(gap_between(sentence, last, nxt))
        or not (gz.word_tag(nxt.lower) or "").startswith("NN")
        or "JJ" not in (gz.word_tag(last.lower), gz.word_tag(last.text))  # "federal"; "European" only capitalised
        or last.possessive
        or gz.lookup(last.text) is not None
    ):
        return run
    name = [tokens[i] for i in run[:-1]]
    if gz.lookup(name_text(name)) is None or gz.lookup(name_text([*name, last])) is not None or gz.is_event_name(
            [t.text for t in name] + [last.text]):
        return run  # "French Open title": an event's name ends in its adjective
    return run[:-1]


def _owner_named(tokens: list[Token], run: list[int]) -> bool:
    """Whether a run ends in a possessive after a person's full name or a body's: what follows is the person's
    or the body's own ("Louis van Gaal's United", "Ana Ruiz's Foundation", "the Department of Justice's Bureau
    of Statistics"), not a body named after an owner ("Sheriff's Office", "Attorney General's Office")."""
    owner = tokens[run[-1]]
    if not owner.possessive or len(run) < 2:
        return False
    # A plural's possessive is inside a body's name, whom it serves ("Organization of Women's Freedom").
    plural = owner.lower in PLURAL_PEOPLE or gz.word_tag(owner.lower) == "NNS" or owner.raw_end - owner.end == 1
    return gz.is_given_name(tokens[run[0]].text) or (
        not plural and any(gz.is_org_cue(tokens[k].text) for k in run[:-1]))


PLURAL_PEOPLE = frozenset("people children women men workers veterans peoples".split())
SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
# Royal titles: places are named after their holders ("Prince George's County", "Queen Anne's County").
ROYALS = frozenset("Prince Princess King Queen Duke Duchess".split())


def _possessive_body(sentence: Sentence, tokens: list[Token], left: int) -> bool:
    """Whether a common word's possessive opens a body's name: "the People's Liberation Front", "Donetsk
    People's Republic", "Women's Institute" -- the run after it ends in an organisation's noun -- or a
    saint's or a royal's opens a place's ("St John's Wood", "Prince George's County")."""
    token = tokens[left]
    # A plural's possessive names whom the body serves ("People's", "Children's", "Women's"); a singular's
    # is its owner ("the Bank's Monetary Policy Committee" is the Bank of England's).
    plural = token.lower in PLURAL_PEOPLE or gz.word_tag(token.lower) == "NNS"
    # "St Fintian's High School", "St. Mary's Hospital": a saint's possessive names the body after the saint.
    spaced = left > 0 and SPACE.fullmatch(gap_between(sentence, tokens[left - 1], token))
    named_for = tokens[left - 1].text if spaced else ""
    saint, royal = named_for in SAINTS, named_for in ROYALS
    if not (token.possessive and (plural or saint or royal)) or gz.lookup(token.text) is not None:
        return False
    k = left + 1
    if k >= len(tokens) or not tokens[k].cap or not SPACE.fullmatch(gap_between(sentence, token, tokens[k])):
        return False
    # "Organization of Women's Freedom in Iraq": after a body's "of", the possessive is inside its name.
    # ("... Norland-Party of People's Freedom": the body's noun after a hyphen heads it.)
    head = re.split(r"[-‐]", tokens[left - 2].text)[-1] if left >= 2 else ""
    if left >= 2 and tokens[left - 1].lower == "of" and gz.heads_of_name(head):
        return True
    k = _run_end(sentence, tokens, k)
    if (saint or royal) and gz.is_place_cue(tokens[k].text, plural=False):
        return True  # "St Mark's Square", "Prince George's County"
    return not royal and (gz.is_org_cue(tokens[k].text) or tokens[k].lower == "republic")


def _run_end(sentence: Sentence, tokens: list[Token], k: int) -> int:
    """Index of the last word of the capitalised run that tokens[k] opens (spaces or "&" between its words)."""
    while k + 1 < len(tokens) and tokens[k + 1].cap and adjacent(sentence, tokens[k], tokens[k + 1]):
        k += 1
    return k


def adjacent(sentence: Sentence, left: Token, right: Token) -> bool:
    """Whether two capitalised words can belong to one name: only spaces or "&" between them."""
    gap = gap_between(sentence, left, right)
    # A possessive ends a name ("Russia's Kursk region") unless an organisation follows ("Sheriff's Office").
    if right.glued or (left.possessive and not gz.is_org_cue(right.text)):
        return False
    return bool(SPACE.fullmatch(gap) or re.fullmatch(r"\s+&\s+", gap))


def _bridge(sentence: Sentence, tokens: list[Token], current: list[int], i: int) -> int:
    """How many lower-case words from `i` join the run before them to the capitalised word after; 0 if none."""
    j = i
    while j < len(tokens) and not tokens[j].cap and j - i < 2:
        j += 1
    if j >= len(tokens) or not tokens[j].cap or j == i:
        return 0
    words = tuple(t.text for t in tokens[i:j])
    chain = [tokens[current[-1]], *tokens[i : j + 1]]
    if any(not adjacent(sentence, a, b) for a, b in itertools.pairwise(chain)):
        return 0
    head = tokens[current[-1]].text
    if gz.is_date_word(tokens[j].text):
        return 0  # "Mayo Clinic on Saturday"
    if all(gz.is_name_particle(w) for w in words):
        return j - i  # "Ursula von der Leyen", "Osama bin Laden"
    if gz.title_length([tokens[current[-1]].text, *words, tokens[j].text]) == len(words) + 2:
        return j - i  # "President pro Tempore": a title written with a word in lower case
    if words in (("and", "the"), ("in",), ("in", "the")):
        # Only inside a known name: "Islamic State of Iraq and the Levant", "Al Qaeda in the Arabian Peninsula".
        start = tokens[current[0]].start - sentence.start
        known = any(gz.lookup(sentence.text[start : tokens[m].end - sentence.start])
                    for m in range(j, _run_end(sentence, tokens, j) + 1))
        return j - i if known else 0
    if words not in _CONNECTORS:
        return 0
    # An organisation's name carries its complement on: "U.N. Office for the Coordination of Humanitarian
    # Affairs", "Center on Religion and Chinese Society", "Journal of Health and Social Behavior".
    run = [tokens[k] for k in current]
    inside_body = any(gz.is_org_cue(t.text) for t in run) and any(not t.cap for t in run)
    if words == ("and",):
        # Inside a known name ("Bosnia and Herzegovina") or an organisation's complement, never between
        # two names ("Blinken and Austin").
        if any(gz.lookup(sentence.text[tokens[current[0]].start - sentence.start : tokens[m].end - sentence.start])
               for m in range(j + 1, _run_end(sentence, tokens, j) + 1)):
            return j - i  # "British and Irish Lions": a known name runs on past the word after "and"
        text = sentence.text[tokens[current[0]].start - sentence.start : tokens[j].end - sentence.start]
        right = gz.lookup(tokens[j].text)
        complement = (
            inside_body
            and (right is None or right.via == gz.VIA_DEMONYM)
            and not gz.is_given_name(tokens[j].text)  # "the University of California and Dan Gillmor"
        )  # "and Chinese Society"
        return j - i if gz.lookup(text) is not None or complement or _shared_head(sentence, tokens, run, j) else 0
    if words[0] == "for" and _opens_full_name(sentence, tokens, j):
        # "the Bank of China Tower for Ivo Marsh's jump": a person's name after "for" says whom the clause is for,
        # no body is named for a person so ("Bay of Santa Maria", "Church of Jesus Christ" keep their "of").
        return 0
    if words[0] == "on" and _names_place(sentence, tokens, j):
        return 0  # "the National Gallery on Trafalgar Square": where the body stands, no "Council on Foreign Relations"
    # "Secretary of State", "Department of Defense", "Gulf of Mexico", "Port of Valdreth".
    if gz.heads_of_name(head) or gz.title_length([head]) > 0 or inside_body:
        return j - i
    if words == ("of",) and len(run) == 1 and _unlisted(run[0]) and _opens_named_body(sentence, tokens, j):
        return j - i  # "Banc of America Securities": a word no list knows, "of" and a country, then the body's words
    # "the Great Hall of the Nations": a name made of common words, ending in a noun, carries its "of"
    # complement ("Ana Ruiz of the BBC" is a person, then a body; so is "Chancellor Gene Block of UCLA", a
    # title before words that are common words too).
    if words[0] == "of" and all(gz.is_common_word(t.lower) and not gz.is_given_name(t.text) for t in run) and (
        gz.is_noun(tokens[current[-1]].lower)
    ) and len(run) > 1 and not gz.title_length([run[0].text]):
        return j - i
    return 0


def _unlisted(token: Token) -> bool:
    """Whether a capitalised word is a name no list knows: no common word, given name, surname or known name
    ("Banc")."""
    return (not gz.is_common_word(token.text) and not gz.is_given_name(token.text) and not gz.is_surname(token.text)
            and gz.lookup(token.text) is None)


def _opens_named_body(sentence: Sentence, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised run that tokens[j] opens is a country's or a place's own name and more words
    ("America Capital Management"): the rest of a body's name after "of", not a place of its own."""
    end = _run_end(sentence, tokens, j)
    known = gz.lookup(tokens[j].text)
    return end > j and known is not None and known.via == gz.VIA_NAME and known.kind in (gz.COUNTRY, gz.PLACE) and (
        gz.lookup(name_text(tokens[j : end + 1])) is None)


def _opens_full_name(sentence: Sentence, tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] opens a person's full name: a given name, then a capitalised word that is no body's or
    place's noun ("Tom Marsh", not "Grace Church", "Victoria Street")."""
    end = _run_end(sentence, tokens, j)
    return end > j and gz.is_given_name(tokens[j].text) and not any(
        gz.is_org_cue(t.text) or gz.is_place_cue(t.text) for t in tokens[j + 1 : end + 1])


def _names_place(sentence: Sentence, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised run that tokens[j] opens names a place: a known one, or one ending in a place's
    noun ("Trafalgar Square", "Fifth Avenue")."""
    run = tokens[j : _run_end(sentence, tokens, j) + 1]
    known = gz.lookup(" ".join(t.text for t in run))
    return (known is not None and known.kind in (gz.PLACE, gz.COUNTRY)) or gz.is_place_cue(run[-1].text)


# Endings of adjectives a dictionary may lack ("Oceanic", "Humanist" aside): "National Oceanic and
# Atmospheric Administration".
ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ary", "ian")


def plain_word(token: Token) -> bool:
    """Whether a capitalised word is a common word (or reads as an adjective the dictionary lacks) that no list
    knows as a name or a given name: a word that qualifies a body's head noun ("Science", "Phonographic")."""
    return ((gz.is_common_word(token.lower) or token.lower.endswith(ADJECTIVE_ENDINGS))
            and not gz.is_given_name(token.text) and gz.lookup(token.text) is None)


def _shared_head(sentence: Sentence, tokens: list[Token], left: list[Token], j: int) -> bool:
    """Whether "<left> and <tokens[j]...>" is one body's name sharing its head noun: a capitalised run after
    "and" of two words or more, no known name of its own, that ends in an organisation's noun, after words
    that read as that noun's qualifiers, never as a name ("Norvex and Apple Inc", "White House and Congress"):

    - common words ("International Humanist and Ethical Union", "Science and Technology Committee"), maybe
      after a country that owns the body ("US Securities and Exchange Commission");
    - a place or a given name beside one of its own kind after "and" ("England and Wales Cricket Board",
      "Bill and Melinda Gates Foundation"): who the body is for or named after.
    """
    end = _run_end(sentence, tokens, j)
    right = tokens[j : end + 1]
    if _national_body(left, right):
        return True
    if len(right) < 2 or not gz.is_org_cue(right[-1].text) or gz.lookup(" ".join(t.text for t in right)):
        return False
    owned = left
    while len(owned) > 1 and owned[0].lower in ARTICLES:
        owned = owned[1:]  # "The US Securities and Exchange Commission" opening a sentence
    if len(owned) > 1 and gz.canonical_country(owned[0].text) is not None:
        left = owned[1:]  # "US Securities and Exchange Commission": the country owning the body
    if all(plain_word(t) and not gz.is_org_cue(t.text) for t in left):
        return True
    # "The England and Wales Cricket Board": the run opening a sentence takes its article along.
    return all(t.lower in ARTICLES for t in left[:-1]) and _same_kind(left[-1], tokens[j])


def _national_body(left: list[Token], right: list[Token]) -> bool:
    """Whether "<left> and <right>" is a national body named for its field: a country's name, then common words on
    both sides of "and", none a body's noun ("USA Track and Field", "UK Trade and Investment"; "US Army and Navy"
    are two bodies)."""
    if len(left) < 2 or gz.canonical_country(left[0].text) is None:
        return False
    words = (*left[1:], *right)
    return all(plain_word(t) and not gz.is_org_cue(t.text) and not gz.is_place_cue(t.text) for t in words)


def _same_kind(left: Token, right: Token) -> bool:
    """Whether two words joined by "and" are names of one kind that qualify a body's name together: two
    places ("England and Wales"), two given names ("Bill and Melinda")."""
    if gz.is_given_name(left.text) and gz.is_given_name(right.text):
        return True
    places = (gz.COUNTRY, gz.PLACE)
    a, b = gz.lookup(left.text), gz.lookup(right.text)
    return a is not None and b is not None and a.via == b.via == gz.VIA_NAME and a.kind in places and b.kind in places
