"""Reading a capitalised run (sections stage): the name it holds and the title or role noun before it."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import (
    APPOSITION_STOPS,
    ARTICLES,
    AUXILIARIES,
    BODY_KIND_NOUNS,
    INITIAL,
    MAX_ROLE_NOUN_MODIFIERS,
    PARTICLE_PREFIX,
    PEERAGE,
    QUALIFIED_ROLE_NOUNS,
    RANKING,
    ROLE_PREPOSITIONS,
    SPACE,
    SPEECH_VERBS,
    is_acronym,
    opens_with_initial,
)
from ._mention import Parsed
from ._name_context import Context
from ._spans import adjacent
from ._tokens import Token, gap_between, name_text

# "West Ham boss", "Deputy Police Chief": a longer capitalised run before a role is a name of its own.
MAX_MODIFIER_WORDS = 3
# ... unless the run before the role is a body's name of at most this many words, taken whole ("Abu Dhabi Ocean
# Racing skipper"): a role never starts inside a name.
MAX_QUALIFIER_RUN_WORDS = 5

# Roles of performers: a capitalised name before one is the show or the film they perform in.
PERFORMER_NOUNS = frozenset("actor actress co-star presenter host anchor comedian".split())  # "United star": a player too

# A doctrine, a faith's name or a fear of one ("Buddhism", "Communism", "Islamophobia") and a code mixing
# letters and digits ("DB10").
_DOCTRINE = re.compile(r"[a-z]{3,}(?:ism|phobia)$")
_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d-]{3,}")


def clean(run: list[Token], ctx: Context, headline: bool) -> list[list[Token]]:
    """The parts of a run that read as names: doubtful words dropped, function words and dates trimmed."""
    keep: list[bool] = []
    for i, token in enumerate(run):
        if not token.cap:
            keep.append(True)
        elif (
            token.trusted or ctx.credible(token) or _starts_known(run, i) or gz.title_length([t.text for t in run[i:]])
        ):
            keep.append(True)  # "Attorney General Eric Holder" opening a sentence keeps "Attorney"
        elif i == 0 and not headline and _noun_title([t.text for t in run]):
            keep.append(True)  # "Journalist Victoria Butenko reported ...": the role, read as a title
        elif i == 0 and not headline and _qualifies_title(run):
            keep.append(True)  # "Security Minister Rafik Chelly said ...": the title's own department word
        elif i == 0 and opens_with_initial([t.text for t in run]):
            keep.append(True)  # "P Dowd (Staffordshire).": an initial opening a line is no capitalised word
        else:
            # "Emily Jones said ..." keeps "Emily"; "Unreleased Kurt Cobain song" drops "Unreleased" because
            # the article names "Kurt Cobain" on its own elsewhere.
            rest = name_text(run[1:])
            keep.append(
                i == 0
                and len(run) > 1
                and not headline
                and ctx.plausible_first(token)
                # "Helena Marques Tavira" opening a paragraph keeps "Helena": a given name is no adjective.
                and not (len(run) > 2 and rest in ctx.trusted_runs and not gz.is_given_name(token.text))
            )
    parts: list[list[Token]] = []
    current: list[Token] = []
    for token, kept in zip(run, keep):
        if kept:
            current.append(token)
        elif current:
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return [trimmed for part in parts if (trimmed := _trim(_past_title_of_body(part), ctx))]


def _past_title_of_body(part: list[Token]) -> list[Token]:
    """A run that is a title of a body ("CEO of the Norland Media Group", "chairman of Ofcom") without the
    title: the body is the actor here; the title is the role of whoever the sentence names beside it."""
    n = gz.title_length([t.text for t in part]) or int(gz.is_role_noun(part[0].lower, before_name=True))
    k = n
    while 0 < k < len(part) and part[k].lower in ("of", "the", "for", "at"):
        k += 1
    if n == 0 or k >= len(part) or not part[k].cap:
        return part
    body = part[k:]
    words = [t.text for t in body]
    if k == n:
        # "Producer Warner Bros. Television": a role noun glued to a body's name that ends in its noun; a
        # cue word alone is no body's name ("Metropolitan Police" keeps its first word), and a role word
        # the lexicon reads as an adjective qualifies the body ("Metropolitan Opera Ballet", "General
        # Electric Company", "Cardinal Health Inc").
        adjective = (gz.word_tag(part[n - 1].lower) or "").startswith("JJ")
        return body if gz.is_org_cue(words[-1]) and len(body) > 1 and not adjective else part
    if any(gz.is_org_cue(w) for w in words) or (
        (known := gz.lookup(" ".join(words))) is not None and known.kind == gz.ORGANISATION
    ):
        return body
    return part


_ORDINAL_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _trim(part: list[Token], ctx: Context) -> list[Token]:
    """A part of a run with function words, dates and faiths trimmed; empty when what is left is no name."""
    while (
        part
        and not _starts_known(part, 0)
        and (not part[0].cap or (part[0].lower in ctx.stop_words and not _opens_name(part))
             or gz.is_date_word(part[0].text))
        and not opens_with_initial([t.text for t in part])  # the stop list holds single letters
    ):
        part = part[1:]
    while part and (not part[-1].cap or (gz.is_date_word(part[-1].text) and not gz.is_month(part[-1].text)
                                         and gz.lookup(name_text(part)) is None)):
        part = part[:-1]  # "Delhi Tuesday"; but months may be surnames ("Theresa May"), and "USA Today" is known
    # "Shiite Houthis": a faith qualifies the name that follows, unless the two make one name
    # ("Islamic State", "Catholic Church").
    while (
        len(part) > 1
        and gz.is_faith_or_group(part[0].text)
        and not _starts_known(part, 0)
        and not any(gz.is_org_cue(t.text) or gz.is_place_cue(t.text) for t in part)
    ):
        part = part[1:]
    if not part:
        return []
    words = [t for t in part if t.cap]
    if all(gz.is_non_name(t.text) or gz.is_date_word(t.text) for t in words) or gz.is_non_name(name_text(part)):
        return []  # "Shiite Muslims", "Arab Spring", "New Yorkers"
    if len(words) > 1 and gz.is_faith_or_group(words[-1].text) and all(
        (k := gz.lookup(t.text)) is not None and k.via == gz.VIA_DEMONYM for t in words[:-1]
    ):
        return []  # "Iraqi Sunni", "Lebanese Shia": a faith's people in a country, a group, not an actor
    if len(words) > 1 and words[-1].text in ctx.class_plurals and all(_people_adjective(t.text) for t in words[:-1]):
        return []  # "Crimean Tatars", "Iraqi Kurds": a people of a place, not an actor
    codes = [t for t in part if _CODE.fullmatch(t.text) and not _ORDINAL_WORD.fullmatch(t.text)]  # not "9th"
    if not _starts_known(part, 0) and (
        _DOCTRINE.search(part[-1].text)
        or any(len(part) > 1 or sum(c.isdigit() for c in t.text) > 2 for t in codes)  # "G20" is a group
    ):
        # "Tibetan Buddhism", "Communism", "Islamophobia": a doctrine or an attitude, not an actor; "H982 FKL",
        # "DB10": a code, a plate, a model number -- a product or a thing.
        return []
    # A title in title case ("Goodbye Note Will Make You Dream") has function words inside; a name does
    # not (two-letter words aside: "Un" in "Kim Jong Un" is in the stop list as French).
    # A surname that is also a function word ends a name: "Theresa May", "James May"; so does a firm's
    # legal form, which the stop list holds too ("Norvex Ltd", "Acme Inc").
    if any(
        len(t.text) > 2 and t.lower in ctx.stop_words and not (t is part[-1] and gz.is_surname(t.text))
        and not (t is part[-1] and gz.is_org_cue(t.text))
        for t in words[1:]
    ) and not _starts_known(part, 0):
        return []
    if len(part) == 1 and not _starts_known(part, 0):
        word = part[0].text
        if (
            gz.is_non_name(word)
            or part[0].lower in ctx.stop_words
            or len(word.rstrip(".")) < 2
            or gz.is_honorific(word)
            or gz.title_length([word]) > 0
            # "Police", "Army", "Region" alone are common nouns written with a capital, not names ("the
            # Midlands" is one).
            or gz.is_org_cue(word)
            or (gz.is_place_cue(word) and not gz.is_region_noun(word))
            # "PCs", "MP3s": a plural of an acronym counts things, never a body.
            or re.fullmatch(r"[A-Z0-9]{2,}s", word)
            # "Stability", "Forwards", "Maoist": a common word, unless the article also writes it with a
            # capital where capitals mean something.
            # capital where capitals mean something and it is a noun ("Arsenal").
            or (gz.is_common_word(word) and not is_acronym(word)
                and (word not in ctx.trusted_caps or not gz.is_noun(word)))
            # "Communications director Ivo Marsh" opening a sentence: the role's field, no body.
            or (word in ctx.role_qualifiers and not part[0].trusted)
            or word in ctx.peoples  # "Uyghurs" beside "Uyghur activists"; "Turkic-speaking"
        ):
            return []
    return part


def _people_adjective(word: str) -> bool:
    """Whether a word is a country's demonym or a place's adjective ("Iraqi", "Crimean")."""
    known = gz.lookup(word)
    return known.via == gz.VIA_DEMONYM if known is not None else gz.people_home(word) is not None


def _opens_name(part: list[Token]) -> bool:
    """Whether a stop-list word opening a run of two words or more is the name's own: an adjective or a noun
    capitalised where capitals mean something ("New Bedford", "Old Trafford", "Third Circuit Court"), or a
    pronoun capitalised there, which only a name's or a title's own would be ("Us Weekly"); the list holds
    "new", "old", "third" and "us" for their use as function words."""
    return len(part) > 1 and part[0].trusted and (gz.word_tag(part[0].lower) or "")[:2] in ("JJ", "NN", "PR")


def _starts_known(run: list[Token], i: int) -> bool:
    """Whether a known name starts at run[i] ("US", "New York", "Islamic State"), articles aside."""
    if run[i].lower in ARTICLES:
        return False
    # Only runs as long as the longest known name can match: a long capitalised run stays linear.
    for j in range(min(len(run), i + gz.max_name_words()), i, -1):
        if gz.lookup(name_text(run[i:j])) is not None:
            return True
    return False


def _noun_title(words: list[str]) -> bool:
    """Whether the first of three or more capitalised words is a role written as a title: a role noun
    ("Journalist Victoria Butenko") or a common noun before a given name ("Creator Julian Fellowes"),
    never itself a name; of two words, a role or agent noun before a given name ("Newcomer Ciara")."""
    if len(words) < 2 or gz.is_honorific(words[0]) or gz.is_given_name(words[0]):
        return False
    word = words[0].lower()
    if gz.is_surname(words[0]) and not (
        (gz.is_role_noun(word, before_name=True) or gz.is_agent_noun(word))
        and gz.is_given_name(words[1]) and not gz.is_surname(words[1])
    ):
        # A surname opens no name before a given name that is no surname too: "Newcomer Ciara" is a
        # newcomer named Ciara ("Baker Mayfield", "Hunter Biden" are given names before surnames).
        return False
    if len(words) == 2:
        # "Newcomer Ciara": a role or agent noun before a given name alone.
        return (gz.is_role_noun(word, before_name=True) or gz.is_agent_noun(word)) and gz.is_given_name(words[1])
    if gz.is_role_noun(word, before_name=True) and gz.word_tag(word) != "NNS":
        return True  # (a plural before a name is a verb: "Stars David Duchovny and ...")
    # "Creator Julian Fellowes", "EP Andrew Kreisberg": a common noun or an acronym before a given name
    # says what the person does rather than opening their name.
    # Singular nouns only: "Stars David Duchovny and Gillian Anderson" opens with a verb.
    # An age group is no role: "Teenager LaShawn Merritt" is a teenager named LaShawn Merritt.
    singular = gz.word_tag(word) == "NN" and not gz.is_age_group(word)
    return gz.is_given_name(words[1]) and (singular or (is_acronym(words[0]) and "." not in words[0]))


def _qualifies_title(run: list[Token]) -> bool:
    """Whether a run opens with a common noun that qualifies the title after it, before a name: "Security
    Minister Rafik Chelly", "Health Secretary Ana Ruiz". Opening a sentence, the noun is capitalised for the
    title's sake whatever the article writes elsewhere ("the security of the museum")."""
    words = [t.text for t in run]
    n = gz.title_length(words[1:])
    return (
        n > 0
        and len(words) > n + 1  # a name follows the title
        and (gz.word_tag(run[0].lower) or "") == "NN"
        and not gz.is_date_word(words[0])
        and not gz.is_role_modifier(run[0].lower)
    )


def _forename(word: str) -> bool:
    """Whether a capitalised word before a title word can be a person's given name."""
    if gz.is_given_name(word):
        return True
    return (word[:1].isupper() and word.isalpha() and not gz.is_common_word(word.lower())
            and gz.lookup(word) is None and not gz.is_role_modifier(word) and not gz.title_length([word]))


def _ends_body_complement(before: list[str]) -> bool:
    """Whether the words before a title are a body's noun and "of", maybe with an adjective, right before the
    title ("Ministry of", "Court of Human"): the title's word is the complement's noun ("Bank of England
    Governor", "Department of Homeland Security Secretary" are roles in the body)."""
    if "of" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("of")
    head, between = before[:k], before[k + 1 :]
    return (
        any(gz.is_org_cue(w) for w in head)
        and not any(gz.title_length([w]) for w in head)
        and all(gz.word_tag(w.lower()) == "JJ" for w in between)
        and len(between) <= 1
    )


# A person's name after a role written as a title inside a run: a given name and a surname, maybe with a middle
# name or an initial between them ("Royal Correspondent Max Foster", "Attorney Ivo J. Marsh").
MIN_TITLED_NAME_WORDS, MAX_TITLED_NAME_WORDS = 2, 3


def _role_noun_title(words: list[str], i: int) -> bool:
    """Whether words[i], inside a run after words that qualify it, is a role noun written as a title before a
    person's name that ends the run: "CNN Royal Correspondent Max Foster", "U.S. Attorney Ivo Marsh" (the title
    list has neither word). A name with a body's or a place's word, or one the gazetteer knows, is no person's
    ("Royal Correspondent Club", "Senior Counsel Chambers")."""
    name = words[i + 1 :]
    if i == 0 or not words[i][:1].isupper() or not MIN_TITLED_NAME_WORDS <= len(name) <= MAX_TITLED_NAME_WORDS:
        return False
    word = words[i].lower()
    if not gz.is_role_noun(word, before_name=True) or gz.is_given_name(words[i]) or gz.is_plural_role_noun(word):
        return False
    return (
        all(w[:1].isupper() and w.replace(".", "").isalpha() for w in name)
        and not any(gz.is_org_cue(w) or gz.is_place_cue(w) or gz.is_role_noun(w.lower()) for w in name)
        and gz.lookup(" ".join(name)) is None
        and not gz.is_event_name(name)
    )


def _title_span(words: list[str]) -> tuple[int, int]:
    """Where the role title heading a run starts and ends: words[end:] is the name; (0, 0) when none.

    Words before the start qualify the title ("Russian" President); words between start and end are
    the title with its own qualifiers ("Deputy Police Chief").
    """
    starts, ends, i = [], [], 0
    while i < len(words):
        n = gz.title_length(words[i:]) or int(_role_noun_title(words, i))
        if n and words[i][0].isupper():
            starts.append(i)
            ends.append(i + n)
            i += n
        else:
            i += 1
    # "Mervyn King", "Julie Bishop": a title word ending the run right after a given name, or after a word
    # that is neither a common word nor a known name ("Health Secretary", "Russian President" stay titles),
    # is a surname.
    while ends and ends[-1] == len(words) and starts[-1] > 0 and _forename(words[starts[-1] - 1]):
        starts.pop()
        ends.pop()
    # "Norland Ministry of Justice", "European Court of Human Justice": a title word ending the "of" complement
    # of a body's noun names what the body is for, and no one holds it.
    while ends and _ends_body_complement(words[: starts[-1]]) and all(
            gz.is_common_word(w.lower()) and not gz.is_given_name(w) for w in words[ends[-1] :]):
        starts.pop()  # ... and so does one before common words only: "Bureau of Justice Statistics"
        ends.pop()
    if not ends and _noun_title(words):
        starts, ends = [0], [1]
    if not ends:
        return 0, 0
    end = ends[-1]
    name = words[end:]
    if name and name[0][0].islower() and not PARTICLE_PREFIX.match(name[0]):
        # "Minister of Foreign Affairs Sergey Lavrov": the title runs on through its complement, and
        # the name is taken to be the last two words (initials aside), the usual length of a name.
        proper = [
            k for k in range(end, len(words))
            if (words[k][0].isupper() or PARTICLE_PREFIX.match(words[k])) and not INITIAL.fullmatch(words[k])
        ]
        if gz.lookup(" ".join(words[end + 1 :])) is not None:
            return starts[0], len(words)  # "President of the United States": a role, no name
        if len(proper) < 3:
            return 0, 0  # "Justice for Martese": a slogan, not a title
        end = proper[-2]
        name = words[end:]
    # A cue heads a name at its end: "General Motors", "Justice Department" -- but "President Park Geun-hye".
    if (name and (gz.is_org_cue(name[-1]) or gz.is_place_cue(name[-1]))) or (
        name and gz.lookup(" ".join(name)) is not None
    ):
        return 0, 0  # "General Motors", "Justice Department", "Captain America"
    if name and gz.is_org_cue(name[0], plural=False) and not gz.is_given_name(name[0]):
        # "Attorney General's Office for the Protection of the Environment": a body's noun opens no one's name;
        # the title names whose office the body is.
        return 0, 0
    start = starts[0]
    while start > 0 and _qualifies_title_word(words[start - 1]):
        start -= 1  # "CNN Royal Correspondent", "CNN National Security Analyst": the title's words; CNN an actor
    return start, end


def _qualifies_title_word(word: str) -> bool:
    """Whether a capitalised word before a title is a common adjective or noun that qualifies it ("Royal",
    "Senior", "Security"), no name of its own ("Russian", "Labour" are the country's and the party's) nor a
    body's or a place's noun ("Metropolitan Police Chief": the Metropolitan Police is a body)."""
    return ((gz.word_tag(word.lower()) or "")[:2] in ("JJ", "NN") and gz.lookup(word) is None
            and not gz.is_given_name(word) and not gz.is_faith_or_group(word) and not is_acronym(word)
            and not gz.is_org_cue(word) and not gz.is_place_cue(word))


# Services whose ranks news capitalises before a name ("police Officer", "fire Captain"): their noun
# qualifies the rank, where a lower-case word before a capitalised title otherwise belongs to the clause.
SERVICE_NOUNS = frozenset("police fire prison border transit coast".split())


def extend_left(sentence: Sentence, tokens: list[Token], i: int, ctx: Context) -> tuple[int, list[int]]:
    """How far a role starting at tokens[i] reaches left ("former", "Chelsea", "Yemen's") and which words it took."""
    j, taken, took_name, modifiers = i, [], False, 0
    while j > 0:
        prev = tokens[j - 1]
        gap = gap_between(sentence, prev, tokens[j])
        if not (SPACE.fullmatch(gap) or (gap == "" and tokens[j].glued) or gap == "-"):
            break
        if gz.is_role_modifier(prev.lower):
            j -= 1  # "former", also capitalised at the start of a sentence ("Former Vice President ...")
            continue
        if prev.cap:
            if took_name:
                break
            k = j - 1
            while (
                k > 0
                and j - k < MAX_MODIFIER_WORDS
                and tokens[k - 1].cap
                and adjacent(sentence, tokens[k - 1], tokens[k])
            ):
                k -= 1
            whole = k
            while (whole > 0 and j - whole < MAX_QUALIFIER_RUN_WORDS and tokens[whole - 1].cap
                   and adjacent(sentence, tokens[whole - 1], tokens[whole])):
                whole -= 1
            if whole < k and not (whole > 0 and tokens[whole - 1].cap
                                  and adjacent(sentence, tokens[whole - 1], tokens[whole])):
                k = whole  # "Royal Jordanian Air Force pilot", "Abu Dhabi Ocean Racing skipper": the body whole
            elif whole < k:
                break  # a longer run is no qualifier to cut a piece of
            # "Bank of England governor": a body's name with its "of" complement qualifies the role whole.
            while k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].cap and gz.heads_of_name(tokens[k - 2].text):
                k -= 2
                while k > 0 and tokens[k - 1].cap and adjacent(sentence, tokens[k - 1], tokens[k]) and j - k < (
                        MAX_QUALIFIER_RUN_WORDS):
                    k -= 1  # "Massachusetts Institute of Technology police Officer": the name's words before its head
            while k < j and (tokens[k].lower in ctx.stop_words or gz.is_date_word(tokens[k].text)):
                k += 1
            if k == j or not (
                gz.lookup(name_text(tokens[k:j])) or all(ctx.credible(t) for t in tokens[k:j])
                or _opens_credible_run(tokens, k, j, ctx)
                or (j - k > 1 and gz.is_event_name([t.text for t in tokens[k:j]]))  # "World Cup winners"
            ):
                break
            taken.extend(range(k, j))
            j, took_name = k, True
            continue
        # "Google co-founder and CEO Larry Page": role nouns, and an "and" between two of them.
        joins_roles = (
            prev.lower in ("and", "&")
            and j >= 2
            and (gz.is_role_noun(tokens[j - 2].lower) or gz.title_length([tokens[j - 2].text]) > 0)
        )
        # ... and the role noun before that "and", whatever it would be alone ("star and Dallas Mavericks owner").
        joined = tokens[j].lower in ("and", "&") and gz.is_role_noun(prev.lower)
        # A lower-case word right before a capitalised name qualifying the role belongs to the clause ("will visit
        # Tory hopefuls X and Y"), unless it owns the name ("the club's Uruguayan manager").
        opens_clause = tokens[j].cap and not prev.possessive
        if gz.is_role_noun(prev.lower, before_name=True) or joins_roles or joined:
            j -= 1
            if joined and not gz.is_role_noun(prev.lower, before_name=True):
                modifiers += 1  # "champion" in "tennis champion and broadcaster" counts as a qualifier would
        elif (modifiers < MAX_ROLE_NOUN_MODIFIERS and (prev.lower in SERVICE_NOUNS or (
                not tokens[i].cap and not opens_clause)) and noun_modifier(prev, ctx)):
            # "Cambridge police Officer Michael Nickerson": a service's noun qualifies a capitalised rank too
            # Only a lower-case role takes lower-case qualifiers ("finance minister"); before a capitalised
            # title they belong to the clause ("voters who support President X").
            j -= 1  # "finance minister", "council member", "athletics literacy counselor"
            modifiers += 1
        else:
            break
    return j, taken


def _opens_credible_run(tokens: list[Token], k: int, j: int, ctx: Context) -> bool:
    """Whether tokens[k:j] open the sentence, its first word doubtful only for that and the others credible
    ("Formula One star Fernando Alonso returned ...": "One" keeps its capital mid-run, and the run is a name)."""
    first = tokens[k]
    return (k == 0 and j - k > 1 and not first.trusted and first.lower not in ctx.lowercase
            and not gz.is_non_name(first.text) and all(ctx.credible(t) for t in tokens[k + 1 : j]))


def _role_noun_before_name(sentence: Sentence, tokens: list[Token], k: int, ctx: Context) -> bool:
    """Whether tokens[k], right before a name, is a role noun: "coach Tom Reyes"; "member", "host" or
    "chief" only when qualified ("council member", "CNN host", "National Audit Office chief"), since alone
    they are as often adjectives ("official Star Wars canon")."""
    word = tokens[k].lower
    if verb_of_a_subject(tokens, k):
        return False
    if k > 0 and not tokens[k - 1].cap and gz.is_plural_role_noun(tokens[k - 1].lower) and not word.endswith("s") and (
            SPACE.fullmatch(gap_between(sentence, tokens[k - 1], tokens[k]))):
        return False  # "many Nemtsov supporters suspect Putin's administration": the verb of a plural of people
    if gz.is_role_noun(word, before_name=True):
        return True
    if k > 0 and tokens[k - 1].lower == "to" and (gz.word_tag(word + "ed") or "").startswith("VB"):
        # "the aim was to offer Richard III a farewell": after "to", a word that is a verb too ("offered") is the
        # verb ("spoke to dispatcher David Sacco" keeps its role).
        return False
    if k + 1 < len(tokens) and gz.is_agent_noun(word) and gz.is_given_name(tokens[k + 1].text):
        return True  # "dispatcher David Sacco", "skipper Ian Walker": a given name makes the name a person's
    if k + 1 < len(tokens) and gz.is_agent_noun(word) and tokens[k + 1].text in ctx.surnames and not (
            k + 2 < len(tokens) and tokens[k + 2].cap):
        return True  # "sculptor Rank-Broadley" after "Ian Rank-Broadley": the surname alone is the person's
    if (gz.is_agent_noun(word) or gz.is_plural_role_noun(word)) and _uncommon_name(sentence, tokens, k + 1):
        # "the team's meteorologist Luc Truellemans", "World Cup winners Lawrence Dallaglio": a name of two
        # or three words no dictionary knows is a person's ("the river Thames", "Deep Blue" are not).
        return True
    if not (gz.is_role_noun(word) or is_qualified_role_noun(word)) or k == 0:
        return False
    prev = tokens[k - 1]
    if not SPACE.fullmatch(gap_between(sentence, prev, tokens[k])):
        return False
    if is_qualified_role_noun(word):
        known = gz.lookup(prev.text) if prev.cap else None
        return (known is not None and known.kind in (gz.COUNTRY, gz.PLACE)) or (prev.cap and ctx.credible(prev)) or (
            not prev.cap and gz.word_tag(prev.lower) == "JJ")
    if prev.lower in ("m", "km") and sentence.text[prev.start - sentence.start - 1 : prev.start - sentence.start].isdigit():
        return True  # "10,000m champion Kenenisa Bekele": a distance qualifies the title
    return (prev.cap and ctx.credible(prev)) or gz.is_role_modifier(prev.lower) or noun_modifier(prev, ctx)


def verb_of_a_subject(tokens: list[Token], k: int) -> bool:
    """Whether a plural role noun before a name is the verb of a singular noun that a determiner or an owner
    opens: "Director Kenneth Branagh's film stars Cate Blanchett", "The show hosts Ivo Marsh" ("Film stars Cate
    Blanchett and ..." is a role)."""
    if k < 2 or not tokens[k].lower.endswith("s") or not gz.is_plural_role_noun(tokens[k].lower):
        return False
    noun, opener = tokens[k - 1], tokens[k - 2]
    return (not noun.cap and gz.word_tag(noun.lower) == "NN" and not gz.is_role_noun(noun.lower)
            and (opener.possessive or opener.lower in ARTICLES))


def is_qualified_role_noun(word: str) -> bool:
    """Whether a word is one of QUALIFIED_ROLE_NOUNS, singular or plural ("hopefuls")."""
    return word in QUALIFIED_ROLE_NOUNS or word.removesuffix("s") in QUALIFIED_ROLE_NOUNS


def _names_a_body(noun: Token, name: list[Token]) -> bool:
    """Whether the noun before a name, or the name's own words, make it a body's: "the Danish newspaper Nordby
    Tidende", "game developer Krome Studios" say what kind of firm is named, not a person's job. A given name
    opening it keeps it a person's ("the site's publisher Jason Grady", "striker Guy Chambers")."""
    if gz.is_given_name(name[0].text):
        return False
    return noun.lower in BODY_KIND_NOUNS or any(gz.is_org_cue(t.text) for t in name)


# What makes names after a plural role a list ("sprinters Kostas Kenteris and Katerina Thanou").
_LIST_GOES_ON = re.compile(r",?\s+(?:and|&)\s+[A-Z]|,\s+[A-Z]")


def _names_a_group(sentence: Sentence, noun: Token, name: list[Token]) -> bool:
    """Whether a plural role noun stands before one name that no other name follows: a team's or a group's
    ("champions Arsenal", "holders Norland"), not people's, who would be listed ("sprinters Ivo Marsh and
    Lena Ortiz", "rappers Ludacris & Lil Jon"). A given name keeps it a person's."""
    if not gz.is_plural_role_noun(noun.lower) or gz.is_given_name(name[0].text) or any(t.after_ampersand for t in name):
        return False
    return not _LIST_GOES_ON.match(sentence.text, name[-1].raw_end - sentence.start)


def _uncommon_name(sentence: Sentence, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k:] open a capitalised run of two or three words, none of them a common word."""
    run = []
    while k < len(tokens) and tokens[k].cap and len(run) < 4 and (not run or adjacent(sentence, run[-1], tokens[k])):
        run.append(tokens[k])
        k += 1
    return 2 <= len(run) <= 3 and not any(gz.is_common_word(t.lower) or gz.lookup(t.text) for t in run)


def noun_modifier(token: Token, ctx: Context) -> bool:
    """Whether a lower-case word before a role noun can qualify it ("finance" minister), not end a clause."""
    word = token.lower
    return (
        not token.cap
        # "swing-shift officers", "Ph.D. candidate": a compound or a degree's abbreviation qualifies it too.
        and word.replace("-", "", 1).replace(".", "").isalpha()
        and len(word) > 2
        and word not in ctx.stop_words
        and word not in SPEECH_VERBS
        and word not in AUXILIARIES
        and word not in APPOSITION_STOPS
        and word not in ROLE_PREPOSITIONS
        and not word.endswith(("ly", "ed", "ing"))
        # "including Professor", "support President": only nouns and adjectives qualify a role.
        and (gz.word_tag(word) or "NN")[:2] in ("NN", "JJ")
    )


def parse(sentence: Sentence, tokens: list[Token], part: list[Token], ctx: Context) -> tuple[Parsed, list[int]]:
    """Split a cleaned run into its role and its name, and find how far the role reaches."""
    first = tokens.index(part[0])
    words = [t.text for t in part]
    title_start, title_end = _title_span(words)
    if title_end == 0 and _former_member(sentence, tokens, first, part):
        title_start, title_end = 0, 1  # "former Olympian Bruce Jenner": what the person was, read as a title
    parsed = Parsed(part, first, title_start, title_end)
    taken: list[int] = []
    name = part[title_end:]
    honorifics = 0
    while honorifics < len(name) - 1 and gz.is_honorific(name[honorifics].text):
        honorifics += 1
    if honorifics:
        parsed.honorific = True
        parsed.title_end += honorifics
    if title_end == 1 and part[0].lower in PEERAGE and first > 0 and _noun_before(sentence, tokens, first, ctx):
        # "Labour peer Baroness Kennedy": the rank is how she is addressed, the noun before it what she is.
        start, taken = extend_left(sentence, tokens, first - 1, ctx)
        parsed.role_start, parsed.role_end = tokens[start].start, tokens[first - 1].end
        parsed.employer = True
    elif title_end:
        # The role's own words end at the last title word; honorifics after it are not part of it.
        start, taken = extend_left(sentence, tokens, first, ctx)
        parsed.role_start, parsed.role_end = _with_number(sentence, tokens[start].start), part[title_end - 1].end
    elif first > 0 and gz.lookup(name_text(name)) is None:
        prev = tokens[first - 1]
        ranked = _ranking_before(sentence, tokens, first, ctx)
        if ranked is not None and not any(gz.is_org_cue(t.text) or gz.is_place_cue(t.text) for t in name):
            parsed.role_start, parsed.role_end = ranked  # "World number 46 Rusedski"
        elif _noun_before(sentence, tokens, first, ctx) and not _names_a_body(prev, name):
            if _names_a_group(sentence, prev, name):
                parsed.group = True
                return parsed, taken
            start, taken = extend_left(sentence, tokens, first - 1, ctx)
            if start == first - 1 and is_qualified_role_noun(prev.lower):
                start -= 1  # "new signing": the word that makes it a role is the role's, stop word or not
            parsed.role_start, parsed.role_end = _with_number(sentence, tokens[start].start), prev.end
            parsed.employer = True
            parsed.performer = prev.lower in PERFORMER_NOUNS
    return parsed, taken


# Endings of a capitalised noun for a member or a participant ("Olympian", "Gunner"), not of a name.
_MEMBER_ENDINGS = ("ian", "er", "ist")


def _former_member(sentence: Sentence, tokens: list[Token], first: int, part: list[Token]) -> bool:
    """Whether a run opens with a capitalised noun for a member, after "former" or another role modifier and
    before a given name and more: "former Olympian Bruce Jenner" (not "former Christian Bale" nor a known name,
    a party's or a country's: "former Republican Ivo Marsh")."""
    if first == 0 or len(part) < 3 or not gz.is_role_modifier(tokens[first - 1].lower):
        return False
    if not SPACE.fullmatch(gap_between(sentence, tokens[first - 1], tokens[first])):
        return False
    word = part[0].text
    return (word.lower().endswith(_MEMBER_ENDINGS) and word.isalpha() and not gz.is_given_name(word)
            and gz.lookup(word) is None and not gz.is_faith_or_group(word) and not gz.is_common_word(word.lower())
            and gz.is_given_name(part[1].text))


def _noun_before(sentence: Sentence, tokens: list[Token], first: int, ctx: Context) -> bool:
    """Whether a lower-case role noun stands right before tokens[first] ("coach Tom Reyes")."""
    prev = tokens[first - 1]
    return (not prev.cap and _role_noun_before_name(sentence, tokens, first - 1, ctx)
            and bool(SPACE.fullmatch(gap_between(sentence, prev, tokens[first]))))


# A ranking right before a name: "World number 46 Rusedski", "world No. 1 Rory Moyes".
_RANKING_BEFORE = re.compile(rf"\b{RANKING}\s+$")


def _ranking_before(sentence: Sentence, tokens: list[Token], first: int, ctx: Context) -> tuple[int, int] | None:
    """The span of a ranking right before tokens[first], with what qualifies it ("world", "British"); None
    when there is none."""
    ranking = _RANKING_BEFORE.search(sentence.text, 0, tokens[first].start - sentence.start)
    if ranking is None:
        return None
    k = next((k for k in range(first) if tokens[k].start - sentence.start == ranking.start()), None)
    if k is None:
        return None
    start, _ = extend_left(sentence, tokens, k, ctx)
    if start == k and k > 0 and SPACE.fullmatch(gap_between(sentence, tokens[k - 1], tokens[k])) and (
            tokens[k - 1].lower == "world" or gz.demonym_country(tokens[k - 1].text)):
        start = k - 1  # "World number 46" opening a sentence, "British number one": where the ranking holds
    return tokens[start].start, sentence.start + len(ranking.group().rstrip()) + ranking.start()


# "10,000m champion", "two-time"; a number ending its clause ("In 2012, Chief Deputy X") is no part of the role.
_NUMBER_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?(?:m|km)?(?:[-‐][a-z]+)*[-‐\s]$")


def _with_number(sentence: Sentence, start: int) -> int:
    """A role's start moved back over a number the word tokens skip ("10,000 metres champion", "two-time")."""
    number = _NUMBER_BEFORE.search(sentence.text[: start - sentence.start])
    return start - len(number.group()) if number else start
