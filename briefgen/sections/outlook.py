"""Outlook section: forward-looking statements (expectations, predictions, plans, warnings), quoted verbatim.

A body sentence qualifies when it carries a forward-looking cue: an explicit verb ("anticipate",
"predicted", "plans to", "warned"), the future tense or a dated future ("will", "likely to", "next
week", "in the coming days"), or a speculative modal ("could", "might", "would"). Modals are weak: in
narrative prose they are as often past ("he could see the smoke") as forward, so they count only in a
quotation or an attributed sentence, and never as past hypotheticals ("would have gone") or refusals
("would not say").

Item `text` is the sentence verbatim, or in a long sentence the verbatim quotation or clause holding
the strongest cue; `quotes` holds that same span. `fields`: `cue` (the matched words), `kind`
(expectation | prediction | plan | warning), `speaker` (as written, titles stripped, or None),
`score`. Items come best first: a greedy pick by score that shows each kind found before a second item
of one kind and penalises repeating an earlier item's words, so four items are not four wordings of
one forecast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import Settings
from ..doccache import per_document
from ..model import Document, Item, Section, Sentence
from ._cues import (
    Candidate,
    Cue,
    CueMatch,
    cue,
    cued_sentences,
    focus_span,
    in_quotation,
    select_diverse,
    situation_ids,
    speaker_of,
)

KEY = "outlook"
TITLE = "Outlook"

# Cue strengths: an explicit verb of looking ahead says so outright; the future tense and dated
# futures nearly always do; speculative or reported modals only sometimes.
EXPLICIT, FUTURE, WEAK = 3, 2, 1

# Words that make "the will", "his will" a noun.
_NOUN_WILL = r"\b(?:the|a|his|her|their|its|our|my|your|free|political|good|ill|own|last|of)\s+"
# "would have gone", "could not have known": hypotheticals about the past ("would have to" is a need).
_PAST_MODAL = r"(?:n[’']t|\s+not|\s+never)?(?:\s+\w+ly)?\s+have\b(?!\s+to\b)"
# "would not say": a refusal, reported in the past; it belongs to the open questions.
_REFUSAL = r"(?:n[’']t|\s+not)\s+(?:say|comment|elaborate|confirm|discuss|disclose|reveal|identify|specify|answer)\b"
# "was expected to", "was going to": an expectation held in the past, often already settled.
_PAST_FRAME = r"\b(?:was|were|had\s+been|had)\s+"
# "the highly-anticipated semifinal", "a much anticipated return": the participle describes a noun, the
# sentence says nothing of what is expected next.
_ADJECTIVE_BEFORE = r"[-‐]|\b(?:the|a|an|its|his|her|their|much|long|eagerly|highly|widely|keenly)\s+"
# "You would expect the crowd to cheer": a generic subject's expectation is a figure of speech about what
# happened, no forecast.
_GENERIC_SUBJECT = r"\b(?:you|one)\s+(?:would|could|might|may|should|[’']d)\s+(?:\w+ly\s+)?"

OUTLOOK_CUES: tuple[Cue, ...] = (
    cue(r"\b(?:expects?|expecting|anticipat(?:es?|ed|ing))\b", "expectation", EXPLICIT,
        not_before=_PAST_FRAME + r"|\bas\s+|" + _ADJECTIVE_BEFORE + r"|" + _GENERIC_SUBJECT),
    cue(r"\bpredict(?:s|ed|ing|ions?)?\b|\bforecasts?\b|\bforecast(?:ed|ing)\b|\bprojected\s+to\b",
        "prediction", EXPLICIT),
    # "the plan to issue an invitation": a plan named in passing, often one already carried out; "were
    # planning to": a plan of the past.
    cue(r"\bplan(?:s|ning)?\s+to\b|\b(?:is|are)\s+planning\b|\bintends?\s+to\b|\baims?\s+to\b", "plan", EXPLICIT,
        not_before=r"\b(?:the|a|an|this|that)\s+|" + _PAST_FRAME),
    cue(r"\b(?:is|are|’s|'s)\s+(?:set|scheduled|slated|poised)\s+to\b|\bscheduled\s+for\b", "plan", EXPLICIT,
        not_before=r"\boriginally\s+|\bhad\s+been\s+"),
    cue(r"\b(?:is|are)\s+due\s+to\b", "plan", EXPLICIT,
        not_after=r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|heavy|high|low|poor|bad|lack|concerns?)\b"),
    cue(r"\b(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+(?:to|that)\b|\bvow(?:s|ed)?\b", "plan",
        EXPLICIT),
    cue(r"\b(?:hopes?|hoping|seeks?|seeking)\s+to\b|\b(?:is|are)\s+(?:preparing|considering|weighing)\b", "plan",
        FUTURE, not_before=_PAST_FRAME),
    # "victims are warned": a passive warning is something done to someone, not a statement on record.
    cue(r"\bwarn(?:s|ed|ing|ings)?\b|\bcaution(?:s|ed)?\s+(?:that|against)\b|\bthreaten(?:s|ed|ing)?\s+to\b",
        "warning", EXPLICIT, not_before=r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+"),
    cue(r"\bat\s+risk\b|\brisks?\s+(?:of|losing|becoming|being)\b", "warning", FUTURE),
    cue(r"(?-i)\b(?:will|shall)\b|[’']ll\b|\bwon[’']t\b", "expectation", FUTURE, not_before=_NOUN_WILL,
        not_after=r"\s+of\b"),
    cue(r"\bgoing\s+to\b(?=\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|school\b|church\b|work\b|court\b|jail\b|"
        r"prison\b|hospital\b|war\b|bed\b)(?-i:[a-z]))", "expectation", FUTURE, not_before=_PAST_FRAME),
    # "more likely to report" compares rates; "their likely market value" describes a noun.
    cue(r"\b(?:un)?likely\b|\bbound\s+to\b", "prediction", FUTURE,
        not_before=r"\b(?:most|more|less|least|as|the|a|an|their|its|his|her|our|my|your)\s+"),
    cue(r"(?-i)\b(?:may|might|could)\s+(?:well\s+)?soon\b", "prediction", FUTURE),
    cue(r"\bnext\s+(?:week|month|year|season|spring|summer|fall|autumn|winter|decade|round|step|session|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "expectation", FUTURE,
        not_before=r"\bthe\s+"),
    cue(r"\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:hours|days|weeks|months|years|decades)\b|"
        r"\bin\s+the\s+(?:near|foreseeable|coming)\s+future\b|\blater\s+(?:today|tonight)\b|"
        r"\blater\s+(?:this|next)\s+(?:week|month|year|season|spring|summer|fall|autumn|winter)\b|"
        r"\b(?:tomorrow|upcoming)\b", "expectation", FUTURE),
    cue(r"\bsoon\b", "expectation", WEAK, not_after=r"\s+(?:after|afterwards?|thereafter)\b"),
    cue(r"(?-i)\bwould\b", "expectation", WEAK, not_after=_PAST_MODAL + "|" + _REFUSAL),
    cue(r"(?-i)\b(?:could|might|may)\b", "prediction", WEAK,
        not_after=_PAST_MODAL + r"|(?:n[’']t|\s+not)\b"),
)

# A conditional whose consequence is harm reads as a warning ("If these troops fight, they will be
# considered legitimate targets"), whatever verb carries it.
# ("as if" and "even if" concede rather than condition.)
_CONDITION = re.compile(r"\b(?<!as )(?<!even )(?:if|unless)\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:targets?|attacks?|strikes?|retaliat\w*|consequences?|punish\w*|sanctions?|war|die|deaths?|kill\w*|"
    r"collapse|crisis|fail\w*|destroy\w*|danger\w*|threat\w*|harm|damage|suffer\w*|severe|catastroph\w*|"
    r"disaster\w*|escalat\w*|violence|lose|losses)\b",
    re.IGNORECASE,
)
# Which kind wins between cues of equal strength: the more specific one.
KIND_PRIORITY = ("warning", "plan", "prediction", "expectation")

# Score weights (they sum to 1 before bonuses). The cue decides most: it is what makes a sentence
# outlook at all. Centrality keeps the outlook on the article's main story rather than an aside;
# position adds the inverted pyramid's lean to the lead; a named speaker and a direct quotation mark
# on-the-record statements, which a brief should prefer to the reporter's paraphrase.
W_CUE = 0.5
W_CENTRALITY = 0.25
W_POSITION = 0.1
W_SPEAKER = 0.1
W_QUOTED = 0.05
# Each further distinct cue in the sentence ("anticipate ... will ... in the near future") adds a
# little, up to a limit, so piling up modals cannot outweigh an explicit verb.
EXTRA_CUE_BONUS = 0.1
MAX_EXTRA_CUES = 2
# How much a repeated wording costs in the greedy pick, times the share of content stems it has in
# common with the closest item already chosen: a full repeat loses more than a speaker and a cue earn.
REDUNDANCY_WEIGHT = 0.4


def _best(matches: list[CueMatch]) -> CueMatch:
    """The strongest cue, the more specific kind first, the earlier one on a tie."""
    return min(matches, key=lambda m: (-m.cue.strength, KIND_PRIORITY.index(m.cue.kind), m.start))


def _kind(sentence: Sentence, best: CueMatch) -> str:
    """The statement's kind: the cue's, or a warning when a condition before the cue leads to harm after it."""
    cut = best.start - sentence.start
    if (best.cue.kind in {"expectation", "prediction"} and _CONDITION.search(sentence.text, 0, cut)
            and _HARM.search(sentence.text, cut)):
        return "warning"
    return best.cue.kind


@dataclass(frozen=True)
class _Statement:
    """What an outlook item shows: the best cue, the verbatim span and who said it."""

    best: CueMatch
    start: int
    end: int
    speaker: str | None


def find_statements(doc: Document) -> list[Candidate]:
    """Every body sentence with a forward-looking cue, scored (a `_Statement` as payload)."""
    text = doc.article.text
    body = doc.body
    cued, attributions, central = cued_sentences(doc, OUTLOOK_CUES)
    found = []
    for index, all_matches in cued.items():
        sentence = body[index]
        said_by = attributions.get(sentence.id, ())
        matches = [m for m in all_matches if m.cue.strength > WEAK or said_by or in_quotation(sentence, m.start, m.end)]
        if not matches:
            continue
        best = _best(matches)
        start, end = focus_span(text, sentence, [(best.start, best.end)])
        speaker = speaker_of(said_by, sentence, best.start, best.end)
        extra = len({m.text.lower() for m in matches if start <= m.start and m.end <= end}) - 1
        cue_score = best.cue.strength / EXPLICIT + EXTRA_CUE_BONUS * min(max(extra, 0), MAX_EXTRA_CUES)
        score = (
            W_CUE * cue_score
            + W_CENTRALITY * central.get(sentence.id, 0.0)
            + W_POSITION * (1 - index / len(body))
            + W_SPEAKER * (speaker is not None)
            + W_QUOTED * in_quotation(sentence, best.start, best.end)
        )
        found.append(Candidate(score, sentence.id, _kind(sentence, best), best.cue.strength,
                               _Statement(best, start, end, speaker)))
    return found


@per_document(maxsize=2)
def choose_statements(doc: Document, settings: Settings) -> tuple[Candidate, ...]:
    """The statements the section shows, best first, none repeating a situation sentence while others remain.

    Cached: the open questions ask which sentences the outlook shows, so as not to show them twice.
    """
    if settings.max_outlook == 0 or not doc.body:
        return ()
    return tuple(select_diverse(
        doc, find_statements(doc), settings.max_outlook, REDUNDANCY_WEIGHT, situation_ids(doc, settings)
    ))


def extract(doc: Document, settings: Settings) -> Section:
    """Up to `settings.max_outlook` forward-looking statements, best first, each quoted verbatim."""
    chosen = choose_statements(doc, settings)
    if not chosen:
        return Section(key=KEY, title=TITLE)
    items = []
    for rank, candidate in enumerate(chosen):
        statement: _Statement = candidate.payload
        quote = doc.quote(statement.start, statement.end)
        items.append(
            Item(
                text=quote.text,
                sentence_ids=(candidate.sentence_id,),
                quotes=(quote,),
                rank=rank,
                fields={
                    "cue": statement.best.text,
                    "kind": candidate.kind,
                    "speaker": statement.speaker,
                    "score": round(candidate.score, 6),
                },
            )
        )
    return Section(key=KEY, title=TITLE, items=tuple(items))
