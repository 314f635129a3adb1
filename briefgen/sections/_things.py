"""Names of things (sections stage): vehicles and works ("the ferry Marisol", quoted titles), conditions
("Alzheimer's disease"), and mentions that use a name as a common noun's ("a DVD", "RFID tags")."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..literals import Literals, lowered_text, required_literals
from ..model import Sentence
from ._actor_words import BODY_KIND_NOUNS, NEXT_LOWER, NUMBER_WORDS, RESETS_CASE
from ._kinds import BODY_NOUNS
from ._mention import ACTOR_USE, MODIFIER_USE, THING_USE
from ._tokens import Token, gap_between, name_text

# Vehicles' nouns: a name before one ("the ferry Marisol") is the vehicle's, and a model's code after one is
# the model's ("their F-15 aircraft").
VEHICLE_NOUNS = frozenset(
    """ferry ship vessel tanker freighter yacht liner boat submarine frigate destroyer warship cruiser lifeboat
    spacecraft rocket probe rover airship locomotive""".split()
)
# ... and nouns of vehicles and devices that a model's code qualifies but that name none before them.
_MODEL_NOUNS = VEHICLE_NOUNS | frozenset(
    """aircraft airliner jet jets plane planes fighter fighters bomber bombers helicopter helicopters drone drones
    missile missiles rifle rifles car cars suv suvs truck trucks van vans motorcycle motorcycles console consoles phone
    phones handset handsets games""".split()
)
# A vehicle's or a work's noun before a name: the name is a ship's, a film's or a show's, not an actor's
# ("the ferry Marisol", "medical sitcom Scrubs", "films such as Minority Report, Phone Booth and Daredevil").
_THING_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(VEHICLE_NOUNS)) + "|"
    r"film|films|movie|movies|sitcom|sitcoms|series|drama|dramas|comedy|thriller|blockbuster|album|albums|"
    r"novel|novels|musical|ballet|ballets|documentary|programme|programmes|soap|videogame|sequel|sequels|"
    r"franchise|(?:versions?|copies)\s+of|"
    # What only a work has: its episodes, sequels and showings ("an episode of Lost", "the sequel to Shrek").
    r"(?:episodes?|sequels?|prequels?|remakes?|premieres?|screenings?|stagings?)\s+(?:of|to)(?:\s+the)?|"
    # Nouns that are also verbs ("polls show Obama ahead") only after a determiner or an adjective, or in a list.
    r"(?:(?:the|a|an|his|her|its|their|hit|new|TV|television|reality|talk|long-running|video|computer|online|"
    r"classic|popular|children's|bestselling|best-selling)\s+(?:show|shows|game|games|book|books|song|songs))|"
    r"(?:shows|games|books|songs)(?=\s+such\s+as)|"
    # Devices named by their maker and model: "handheld consoles like the Sony PSP and the Nintendo DS"; and software
    # ("programs such as Google Earth", "technology such as ArtGarden"; "platforms" and "apps" may list their firms).
    r"(?:consoles|handhelds|gadgets|devices|smartphones|phones|tablets|products|technology|technologies|software"
    r"|programs|tools)(?=,?\s+(?:such\s+as|like|including)\b))"
    # "a research vessel, the Skarvøy": the name set off after its noun is the thing's too.
    r"(?:\s+(?:such\s+as|like)(?:\s+the)?|,?\s+including(?:\s+the)?|,\s+the)?\s+$",
    re.IGNORECASE,  # "Games such as The Sims" opening a sentence
)
# A text without one of its nouns cannot end in one (every text may, should the pattern hold no literal).
_THING_LITERALS = required_literals(_THING_BEFORE) or Literals(frozenset({""}), False)
# A literal holding another ("episodes", "episode") is found only where that one is and ends no earlier: the
# shortest prefix is told without it.
_THING_LITERALS = Literals(frozenset(s for s in _THING_LITERALS.strings if not any(
    t != s and t in s for t in _THING_LITERALS.strings)), _THING_LITERALS.folded)

# Words only a work's name has right after it, its cast ("Joey, starring Matt LeBlanc"; "Lee, starring as Hamlet" is
# the actor), and what a performer does in a work before it ("starred in Gattaca", "a cameo in Lost", "took a major
# part in Les Sylphides"): the name is a film's, a show's or a ballet's. A credit with "by" is left out: it may
# qualify a noun before the name ("a poem dedicated to Richard III, written by Carol Ann Duffy").
_CREDITS_AFTER = re.compile(r",?[ \t]+(?:co-)?starring\b(?![ \t]+(?:as|in|on|at|alongside|opposite|with)\b)")
_PERFORMED_IN = r"\b(?:(?:co-)?star(?:s|red|ring)?|cameos?|part)\s+in\s+"
# A prize is given to a person and for a work ("the screenplay award for Les Choristes"; "for Best Picture" is
# its category, no actor either).
_PRIZED_FOR = r"\b(?:awards?|prizes?|nominations?)\s+for(?:\s+the)?\s+"
_BEFORE_WORK = re.compile(f"(?:{_PERFORMED_IN}|{_PRIZED_FOR})$", re.IGNORECASE)
# A work or a product set off after its noun ("his next game, Spore.", "Its latest tool, GenCrowd, enables"); the
# apposition closes at the sentence's end or before the clause's verb ("In his film, Lee plays" is the man).
_WORK_APPOSED = (
    r"\b(?:his|her|its|their|the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:film|movie|album|single|song|book|novel|game|show|"
    r"series|tool|app|software|product|device|console)\s*,\s+"
)
_APPOSED_BEFORE = re.compile(_WORK_APPOSED + "$", re.IGNORECASE)
_APPOSITION_CLOSES = re.compile(r"\s*(?:[.;!?]|$)|,\s+([a-z]+)\b")
# What a work is, said of its name in an apposition or with a copula, or the prize it won: "Les Orvanelles, a
# ballet of 1909", "Harlow Bay was named best new comedy", "Gattaca, the 1997 film,", "Gattaca won best drama"
# (a person wins "best actor"; "Arsenal won the game" is the club's). The noun heads the phrase, which closes
# after it ("Lee, a film director", "Lee, the show's host", "Before Lee, the film was" are the man's).
_WORK_NOUNS = (r"(?:film|movie|documentary|drama|comedy|sitcom|series|show|programme|musical|ballet|opera|novel|"
               r"book|album|single|song|game|videogame|thriller|cartoon)s?")
_WORK_DESCRIBED = re.compile(
    r"(?:,[ \t]+|[ \t]+(?:is|was|are|were)[ \t]+(?:named[ \t]+)?|[ \t]+(?:won|wins|took|takes)[ \t]+(?:the[ \t]+)?"
    r"(?=best[ \t]|top[ \t]))(?:(?:a|an|the)[ \t]+)?((?:[\w'’-]+[ \t]+){0,3}?)"
    + _WORK_NOUNS + r"\b(?!['’-])(?=\s*(?:[.,;:!?)]|$)|\s+(?:of|by|about|from|in|that|which|starring|released|set|"
    r"based|for|with|on|at|and|or)\b)"
)
# Words of the phrase before its noun are modifiers (adjectives, nouns, numbers), not a clause's ("the star of the
# show", "who starred in the film").
_CLAUSE_TAGS = ("VBD", "VBZ", "VBP", "MD", "IN", "WDT", "WP", "PRP", "CC", "DT", "TO")
# Each use above, and a colon before a capital (a subtitle, a feature's heading), is looked for in a sentence
# at all before its names are read for it: most sentences hold none.
SUBTITLE, CREDITS, DESCRIBED, BEFORE, APPOSED = "subtitle", "credits", "described", "before", "apposed"
_CUE_IN_SENTENCE = {
    SUBTITLE: re.compile(r":[ \t]+[A-Z]"),
    CREDITS: _CREDITS_AFTER,
    DESCRIBED: _WORK_DESCRIBED,
    BEFORE: re.compile(f"{_PERFORMED_IN}|{_PRIZED_FOR}", re.IGNORECASE),
    APPOSED: re.compile(_WORK_APPOSED, re.IGNORECASE),
}
# ... and a sentence without one of a cue's literals is not even searched for it.
_CUE_LITERALS = {cue: required_literals(pattern) for cue, pattern in _CUE_IN_SENTENCE.items()}
# One test first for all of them, on the lower-cased text (None when some cue holds no literal).
_ANY_CUE = None if None in _CUE_LITERALS.values() else Literals(
    frozenset(string.lower() for found in _CUE_LITERALS.values() for string in found.strings), True)

# A quotation: straight or curly double quotes, within one sentence.
# A quotation: an opening mark at the start or after a space or bracket, the closing one before a space,
# punctuation or the end ("?\" said X, author of \"Title\"": the mark after "?" closes, it opens nothing).
# Single quotes too ("Why 'Still Alice' matters", a headline's): an apostrophe inside a word ("Alzheimer's") or
# after one ("the players' union") neither opens nor closes one, as the mark must stand before a word and after a space.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[—–]))(?:[\"“](?=\S)([^\"“”]{1,120}?)[\"”]|['‘](?=[^\W\d_])((?:[^'‘’\n]|['’](?=\w)){1,120}?)['’])"
    r"(?=$|[\s,.;:!?)\]—–-])"
)
_QUOTED_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# Words a title leaves in lower case ("Kookaburra Sits in the Old Gum Tree", "How Sweet to be an Idiot").
TITLE_SMALL_WORDS = frozenset("a an the of and or nor but to in on at for with by from as be is so vs up".split())
# A quoted title is short: a song, a film, a campaign, a nickname; quoted speech runs longer or has lower case.
MAX_TITLE_QUOTE_WORDS = 12


def thing_spans(sentence: Sentence, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of names given to vehicles and works ("the ferry Pride of Norland", "sitcom Scrubs", "films
    such as Minority Report, Phone Booth and Daredevil") or used as a work's ("Joey, starring Matt LeBlanc",
    "starred in Gattaca"): things, not actors."""
    spans = []
    text = sentence.text
    lowered = lowered_text(text)
    shortest = _THING_LITERALS.shortest_prefix(text, lowered)
    cues = frozenset(
        cue for cue, pattern in _CUE_IN_SENTENCE.items()
        if (_CUE_LITERALS[cue] is None or _CUE_LITERALS[cue].may_match(text, lowered)) and pattern.search(text)
    ) if _ANY_CUE is None or _ANY_CUE.may_match(text, lowered) else frozenset()
    for i, token in enumerate(tokens):
        # "Mel Gibson's The Passion of the Christ": a name may open right after a possessive one.
        if not token.cap or (i > 0 and tokens[i - 1].cap and not tokens[i - 1].possessive):
            continue
        noun = _THING_BEFORE.search(sentence.text[: token.start - sentence.start]) if (
            token.start - sentence.start >= shortest) else None
        if not noun:
            # Only a name's first word opens one: "Christ won" inside "The Passion of the Christ won" is the title's.
            inside = bool(spans) and token.start < spans[-1][1]
            span = _work_by_use(sentence, tokens, i, cues) if cues and not inside else None
            if span is not None:
                spans.append(span)
            continue
        # "films such as A, B and C", "shows Will and Grace and CSI": a plural noun lists its names
        listed = re.search(r"\b(?:such\s+as|like|including)\b", noun.group(), re.IGNORECASE) is not None or (
            noun.group().rstrip().lower().endswith(("ms", "ws", "es", "ks", "gs", "ls")))
        last = not listed  # "films such as A, B and C": the list runs on to its "and" item
        j = i
        while j + 1 < len(tokens):
            gap = gap_between(sentence, tokens[j], tokens[j + 1])
            if (tokens[j + 1].cap or (
                tokens[j + 1].lower in ("of", "the") and j + 2 < len(tokens) and tokens[j + 2].cap
            )) and not RESETS_CASE.search(gap) and ", " not in gap:
                j += 1
            elif not last and tokens[j + 1].cap and re.fullmatch(r",\s+", gap):
                spans.append((token.start, tokens[j].end))
                token, j = tokens[j + 1], j + 1
            elif not last and tokens[j + 1].lower == "and" and j + 2 < len(tokens) and tokens[j + 2].cap:
                spans.append((token.start, tokens[j].end))
                token, j, last = tokens[j + 2], j + 2, True
            elif (not last and tokens[j + 1].lower == "and" and j + 3 < len(tokens) and tokens[j + 2].lower == "the"
                  and tokens[j + 3].cap):  # "like the Sony PSP and the Nintendo DS"
                spans.append((token.start, tokens[j].end))
                token, j, last = tokens[j + 3], j + 3, True
            else:
                break
        spans.append((token.start, tokens[j].end))
    return spans


def _run_end(sentence: Sentence, tokens: list[Token], i: int) -> int:
    """The last token of the capitalised name that opens at `tokens[i]` ("The Passion of the Christ")."""
    j = i
    while j + 1 < len(tokens):
        gap = gap_between(sentence, tokens[j], tokens[j + 1])
        if RESETS_CASE.search(gap) or ", " in gap or tokens[j].possessive:
            break
        if tokens[j + 1].cap:
            j += 1
        elif tokens[j + 1].lower in ("of", "the") and j + 2 < len(tokens) and tokens[j + 2].cap:
            j += 1
        elif tokens[j + 1].lower == "of" and j + 3 < len(tokens) and tokens[j + 2].lower == "the" and tokens[j + 3].cap:
            j += 2
        else:
            break
    return j


# A title's subtitle is two words or more ("CSI: Crime Scene Investigation"; "Lee: Yes" is speech).
MIN_SUBTITLE_WORDS = 2


def _subtitle_end(sentence: Sentence, tokens: list[Token], i: int, j: int) -> int | None:
    """The last token of a subtitle in title case after the name `tokens[i..j]` and a colon, inside a sentence
    ("shows such as CSI: Crime Scene Investigation"): a work's title in two parts. A colon after a sentence's
    first name opens what the name says or heads ("Opinion: Why ...", "Lee: Absolutely"), a common word labels
    a fact ("Suspect: Ivo Marsh"), and a headline is in title case throughout: none is read."""
    if i == 0 or sentence.headline or j + 1 >= len(tokens) or (i == j and gz.is_common_word(tokens[i].lower)):
        return None
    if not tokens[j + 1].cap or not re.fullmatch(r":[ \t]+", gap_between(sentence, tokens[j], tokens[j + 1])):
        return None
    k = _run_end(sentence, tokens, j + 1)
    return k if k - j >= MIN_SUBTITLE_WORDS else None


def _heads_feature(sentence: Sentence, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name `tokens[i..j]` opens its sentence before a colon and is a known body's name and a common
    noun that names no body, place or role: the heading of an outlet's feature or column ("CNN Analysis: Some
    athletes ...", "BBC Poll: ..."), a work; "Justice Department: No charges", "Foreign Minister: ..." and
    "Chuck Berry: ." are who speaks or is shown."""
    last = tokens[j]
    owner = gz.lookup(name_text(tokens[i:j]))
    return (
        i == 0 and j > i and owner is not None and owner.kind == gz.ORGANISATION
        and re.match(r":[ \t]", sentence.text[last.end - sentence.start :]) is not None
        and gz.is_common_word(last.lower)
        and not (gz.is_org_cue(last.text) or gz.is_place_cue(last.text) or gz.is_role_noun(last.lower)
                 or gz.is_plural_role_noun(last.lower) or gz.title_length([last.text]) > 0)
    )


def _work_by_use(sentence: Sentence, tokens: list[Token], i: int, cues: frozenset[str]) -> tuple[int, int] | None:
    """The span of a name that opens at `tokens[i]` and that the words around use as a work's (its cast or what
    it is after it, a performer's part in it or a prize for it before it, a work's noun set off before it, a
    subtitle after a colon), or None; `cues` are the uses the sentence holds at all (`_CUE_IN_SENTENCE`). Names
    the gazetteer knows are left alone ("starred in Paris" is where), and so are names qualifying a noun ("a part
    in the Acme deal") or owning one ("a part in Acme's plan")."""
    j = _run_end(sentence, tokens, i)
    if tokens[j].possessive:
        return None
    span = (tokens[i].start, tokens[j].end)
    before = sentence.text[: tokens[i].start - sentence.start]
    after = sentence.text[tokens[j].end - sentence.start :]
    subtitle = _subtitle_end(sentence, tokens, i, j) if SUBTITLE in cues else None
    if subtitle is not None:
        span = (tokens[i].start, tokens[subtitle].end)
    elif SUBTITLE in cues and _heads_feature(sentence, tokens, i, j):
        pass
    elif CREDITS in cues and _CREDITS_AFTER.match(after):
        pass
    elif DESCRIBED in cues and (described := _WORK_DESCRIBED.match(after)) is not None and not any(
            (gz.word_tag(w.lower()) or "").startswith(_CLAUSE_TAGS) for w in described.group(1).split()):
        pass
    elif BEFORE in cues and _BEFORE_WORK.search(before) and _noun_after(after) is None:
        pass
    elif not (APPOSED in cues and _APPOSED_BEFORE.search(before) and _apposition_closes(after)):
        return None
    return span if gz.lookup(name_text(tokens[i : j + 1])) is None else None


def _apposition_closes(after: str) -> bool:
    """Whether an apposition closes right after a name: at the sentence's end, or before its clause's verb."""
    closes = _APPOSITION_CLOSES.match(after)
    return closes is not None and (closes.group(1) is None or (gz.word_tag(closes.group(1)) or "").startswith(("VB", "MD")))


# "Alzheimer's disease", "Legionnaires' disease", "the Ebola virus": a name before one of these nouns names a
# condition, and so does the name alone elsewhere ("develop Alzheimer's").
_CONDITION_AFTER = re.compile(r"(?:['’]s?)?[ \t]+(?:disease|diseases|syndrome|disorder|virus)\b")


def names_condition(after: str) -> bool:
    """Whether the words after a name make it a disease's or a condition's ("Alzheimer's disease")."""
    return _CONDITION_AFTER.match(after) is not None


def quoted_titles(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of quotations written as titles: every word but the small ones capitalised ("Blurred Lines",
    "Kookaburra Sits in the Old Gum Tree"). A title names a work, a slogan or a nickname, not an actor;
    quoted speech ("We will win," he said) has words in lower case."""
    spans = []
    for match in _QUOTED.finditer(sentence.text):
        group = 1 if match.group(1) is not None else 2
        words = _QUOTED_WORD.findall(match.group(group))
        content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
        if content and len(words) <= MAX_TITLE_QUOTE_WORDS and all(w[0].isupper() for w in content):
            spans.append((sentence.start + match.start(group), sentence.start + match.end(group)))
    return spans


# How an article uses a name, mention by mention: as a thing's (a common noun's head or modifier) or as an
# actor's (who speaks, acts, employs or is where). A name only ever used as a thing's is no actor.

# "a DVD", "an ID", "a weak El Nino", "two PCs": an indefinite article or a count before a name, maybe with
# adjectives between, makes it the head of a common noun phrase: one of many things, not the one actor it names.
# Digits are left out ("1 Patriot Place" is an address, "In 2010, Kim" a date), and so is a capital "A" after
# a sentence's start ("A Lo Cicero (Italy)": an initial).
_COUNTED_BEFORE = re.compile(
    r"(?:^\s*An?|(?:^|\s)(?:an?|" + "|".join(sorted(NUMBER_WORDS)) + r"))\s+((?:[a-z][\w-]*\s+){0,2})$"
)
# Up to three lower-case words after a name: the noun compound it may qualify ("RFID tags", "ID card plans").
_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}")
# "Acme, which ...": a relative pronoun refers to what acts.
_RELATIVE_AFTER = re.compile(r",?\s+(?:who|which)\b")
# Prepositions before a name that make it who did something, who employs or hosts someone ("by X", "at X",
# "at a Kaiser hospital").
_AGENT_BEFORE = re.compile(r"\b(?:at(?:\s+(?:the|a|an))?|for|with|by|from)\s+$")
# Prepositions whose object a name is, maybe after "the" ("the race for the Oscar"): no subject of the verb after it
# ("after", "before" and "like" may open a clause: "after Acme said").
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|in|on|into|about|over|against|under|through|across|among)\s+(?:the\s+)?$")
# Nouns after a name that make it a body of people ("NATO troops", "Houthi rebels"), besides role nouns.
GROUP_NOUNS = frozenset("troops rebels forces army police".split())
# A plural noun after a name before these is a verb: "Google plans to", "Acme owns the".
_VERB_AFTER_PLURAL = re.compile(r"[ \t]+(?:to|a|an|the|that|his|her|its|their)\b")


def _noun_after(after: str) -> str | None:
    """The head of the common noun compound right after a name ("tags" in "RFID tags would"), or None."""
    match = _WORDS_AFTER.match(after)
    if match is None:
        return None
    head, end = None, 0
    for word in re.finditer(r"[a-z][a-z-]*", match.group()):
        if not (gz.word_tag(word.group()) or "").startswith("NN"):
            break
        head, end = word.group(), word.end()
    if head is not None and head.endswith("s") and _VERB_AFTER_PLURAL.match(after, end):
        return None  # "Google plans to launch": a verb
    return head


def _agent_noun(noun: str) -> bool:
    """Whether a noun after a name makes it a body of people: its staff, members or kind ("FAA spokesman",
    "Boeing officials", "Houthi rebels", "Xinhua news agency")."""
    return (
        gz.is_role_noun(noun) or gz.is_plural_role_noun(noun) or gz.is_org_cue(noun)
        or noun in BODY_NOUNS or noun in BODY_KIND_NOUNS or noun in GROUP_NOUNS
    )


# A capitalised word and a connector right before a name: the name may end a longer title ("Convention on
# Human Rights", "Deferred Action for Childhood Arrivals").
_TITLE_CONNECTOR_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|for|on)(?:\s+the)?\s+$")


def ends_title(words: list[str], before: str) -> bool:
    """Whether a name of common words only ("Human Rights", "Childhood Arrivals") follows a capitalised word and
    "of", "for" or "on": the tail of a longer title-cased name the run was cut from, a law's, a programme's or
    a work's, not an actor of its own (a name of names, "Bank of England", keeps its words). A body's or a
    place's word makes the name one ("Members of the French Parliament")."""
    return (
        _TITLE_CONNECTOR_BEFORE.search(before) is not None
        and all(gz.is_common_word(w.lower()) for w in words)
        and not any(gz.is_org_cue(w) or gz.is_place_cue(w) for w in words)
    )


# A model's code: capitals with digits, maybe hyphenated ("F-15", "A380", "E3"; a band's, "U2", or a body's, "MI6",
# qualify no vehicle or device).
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?")


# A vehicle's or a device's noun in lower case right after a name: the name is its model's ("a Black Hawk helicopter").
_MODEL_NOUN_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_MODEL_NOUNS)) + r")\b(?![-‐])")


def maker_of_model(words: list[Token], after: str) -> int:
    """How many of a name's first words name a known body that flies, drives or makes the model its other words
    name, before a vehicle's or a device's noun in lower case ("an Army Black Hawk helicopter": "Army", and "Black
    Hawk" is the model); 0 when none does. The model's words are none the gazetteer knows ("a Virgin Atlantic jet"
    is one airline)."""
    if len(words) < 2 or not _MODEL_NOUN_AFTER.match(after) or gz.lookup(name_text(words)) is not None:
        return 0
    for k in range(len(words) - 1, 0, -1):
        maker = gz.lookup(name_text(words[:k]))
        # A body's word alone names the service that flies it ("an Army Black Hawk", "a Navy Seahawk").
        if (maker is not None and maker.kind == gz.ORGANISATION) or (k == 1 and gz.is_org_cue(words[0].text)):
            model = words[k:]
            return k if not any(gz.lookup(w.text) or gz.is_org_cue(w.text) for w in model) else 0
    return 0


def ends_in_model_noun(words: tuple[str, ...]) -> bool:
    """Whether a name of two words or more ends in a vehicle's or a device's singular noun written in capitals ("an
    Apache Aircraft commander", "his Mercedes-Benz SUV"): a model named with its noun, a thing ("Airbus Helicopters",
    plural, is a maker's name)."""
    last = words[-1].lower()
    return len(words) > 1 and last in _MODEL_NOUNS and not last.endswith("s")


def name_use(words: list[str], before: str, after: str) -> str | None:
    """How one mention uses a name: THING_USE as a common noun's head ("a DVD", "two PCs") or as a code
    qualifying a vehicle's or a device's ("their F-15 aircraft", "the E3 games expo"), MODIFIER_USE qualifying a
    noun that names no people ("RFID tags"), ACTOR_USE as an actor's ("Acme said", "at Acme", "Acme officials"),
    None when the words around it do not say."""
    head = _noun_after(after)
    if head is not None:
        if _agent_noun(head):
            return ACTOR_USE
        model = len(words) == 1 and _MODEL_CODE.fullmatch(words[0]) and head in _MODEL_NOUNS
        return THING_USE if model else MODIFIER_USE
    if _AGENT_BEFORE.search(before):
        return ACTOR_USE
    counted = _COUNTED_BEFORE.search(before)
    # "a Misha, whom they believe is his wife": a given name after "a" is someone so named.
    if counted is not None and not (len(words) == 1 and gz.is_given_name(words[0])) and all(
        (gz.word_tag(w) or "").startswith(("JJ", "VBN")) for w in counted.group(1).split()
    ):
        return THING_USE
    nxt = NEXT_LOWER.match(after)
    if nxt is not None and (gz.word_tag(nxt.group(1)) or "").startswith(("VB", "MD")) and not _OBJECT_BEFORE.search(
            before):
        # "Acme said", "Acme has", "Acme will": the subject of its clause; in "the race for the Oscar may be over"
        # the verb is the head noun's, and the name after its preposition no subject.
        return ACTOR_USE
    if _RELATIVE_AFTER.match(after):
        return ACTOR_USE
    return None
