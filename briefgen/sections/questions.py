"""Open questions section: what the article leaves contested, alleged, unconfirmed, pending or unknown.

A body sentence is a candidate when it carries a cue of one of six kinds:

* denial ("denied", "did not completely refute", "rejected the allegations", "disputed"),
* allegation ("alleged", "accused of", "reportedly", "claims that"),
* unconfirmed ("could not be independently verified", "unconfirmed", "declined to confirm"),
* not_yet ("not yet", "yet to", "have not seen ... yet"),
* concern ("concerns about", "worried", "fears", "raise alarm"),
* unknown ("it is unclear", "remains to be seen", "no details", "declined to comment", "under investigation").

Format of an item, the only words of the tool being the stem:

    text   == f"{fields['stem']}: {quotes[0].text}"

The stem is one of STEMS (one per kind: "Contested", "Alleged", "Unconfirmed", "Not yet", "Concern",
"Unclear"); `quotes[0]` is verbatim evidence: the whole sentence, or in a long sentence the quotation
or clauses that hold its cues. All cues of one sentence make one item (its kind the strongest cue's);
`fields`: `kind`, `stem`, `speaker` (who says it: the subject of a cue verb such as "denied", else the
sentence's attribution, or None), `cue`, and `kinds` / `speakers` / `cues` over every cue merged in.
Items come best first, one of each kind found before a second of any (see `select_diverse`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from ..model import Document, Item, Section
from .outlook import choose_statements
from ._cues import (
    Candidate,
    Cue,
    CueMatch,
    cue,
    cued_sentences,
    focus_span,
    select_diverse,
    situation_ids,
    speaker_of,
)

KEY = "questions"
TITLE = "Open questions"

# The tool's own words before each verbatim fragment, one per kind.
STEMS = {
    "denial": "Contested",
    "allegation": "Alleged",
    "unconfirmed": "Unconfirmed",
    "not_yet": "Not yet",
    "concern": "Concern",
    "unknown": "Unclear",
}
# Cue strengths: 3 says outright that a claim is disputed or unverified; 2 marks a claim as open;
# 1 is routine ("did not respond to a request for comment") and fills a brief only when nothing else does.
STRONG, CLEAR, ROUTINE = 3, 2, 1
# Which kind wins between cues of equal strength in one sentence: the more pointed one.
KIND_PRIORITY = ("denial", "unconfirmed", "allegation", "not_yet", "concern", "unknown")

# "was denied bail": a refusal done to someone, not a denial of a claim.
_PASSIVE = r"\b(?:was|were|been|being|be|is|are)\s+"
_NEGATION = r"(?:\bnot|\bnever|n[’']t|\bunable\s+to|\bcannot|\bno\s+way\s+to|\bdeclined\s+to|\brefused\s+to)"

QUESTION_CUES: tuple[Cue, ...] = (
    cue(r"\b(?:denie[sd]|deny(?:ing)?|denials?)\b", "denial", STRONG, not_before=_PASSIVE + r"|\bin\s+",
        not_after=r"\s+(?:him|her|them|us|me|people|service|services|coverage|benefits|bail|entry|access|parole|"
                  r"permission|further|goals?|victory|a\s+permit|"
                  r"the\s+(?:request|appeal|motion|application|permit|opportunity|chance|win|victory|title))\b"),
    cue(r"\b(?:refut(?:e[sd]?|ing)|rebut(?:s|ted|ting)?)\b", "denial", STRONG),
    cue(r"\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?)\s+(?:the\s+|these\s+|those\s+|such\s+|that\s+|any\s+|all\s+)?"
        r"(?:[\w-]+\s+)?(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?|assertions?)\b",
        "denial", STRONG),
    cue(r"\bdisput(?:ed|ing)\b|\bdisputes?\s+(?:the|that|this|these|those|his|her|their|its)\b|\bcontested\b|"
        r"\b(?:baseless|unfounded|groundless)\b", "denial", CLEAR),
    cue(r"\balleg(?:ed|edly|ing|ations?|es)\b|\baccus(?:ed|es|ing|ations?)\b|\bpurported(?:ly)?\b|\breportedly\b|"
        r"\bclaim(?:s|ed)?\s+that\b", "allegation", CLEAR),
    cue(r"\b(?:unconfirmed|unverified)\b|\bno\s+(?:official\s+|independent\s+)?confirmation\b|" + _NEGATION
        + r"(?:\s+[\w’'-]+){0,3}?\s+(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b",
        "unconfirmed", STRONG),
    # "not ... yet" within one clause, the gap holding no second negation ("could not accept it because
    # he's not yet a candidate" is one "not yet", not a ten-word span).
    cue(r"(?:\bnot|n[’']t)\b(?:\s+(?!not\b)(?![\w’'-]*n[’']t\b)[\w’'-]+){0,10}?\s+yet\b|\byet\s+to\b",
        "not_yet", CLEAR),
    # Concern as something someone has: "concerns about", "expressed concerns", "fears that", "worried";
    # the bare noun ("fear does not exist on the mat") is left alone.
    cue(r"\bconcerns?\s+(?:about|over|that|regarding|for|among)\b|"
        r"\b(?:raised|raises|raising|expressed|expresses|voiced|growing|serious|grave|deep|major)\s+concerns?\b|"
        r"\bworr(?:y|ies|ied|ying)\b|\bfears?\s+(?:that|of|for|about|over)\b|\bfear(?:ed|ing)\b|"
        r"\b(?:raise[sd]?|raising|sound(?:ed|s|ing)?)\s+(?:the\s+|an?\s+)?alarm\b|\balarm(?:ed|ing)\b",
        "concern", CLEAR),
    # "the parties concerned.", "as far as I am concerned", "concerned with": not a worry.
    cue(r"\bconcerned\b", "concern", CLEAR, not_before=r"\bas\s+far\s+as\s+(?:\w+\s+){1,4}",
        not_after=r"\s*(?:[.,;]|$)|\s+(?:with|in)\b"),
    # "an unknown number", "with unknown wonder": used before a noun, "unknown" describes, it does not ask.
    cue(r"\b(?:unknown|uncertain)\b", "unknown", CLEAR,
        not_before=r"\b(?:a|an|the|its|his|her|their|relatively|previously|virtually|little|then|with|of)\s+"),
    cue(r"\b(?:unclear|uncertainty)\b|\bnot\s+(?:yet\s+)?(?:clear|known)\b|\bremains?\s+to\s+be\s+seen\b|"
        r"\bno\s+(?:further\s+|other\s+)?(?:details|information|word|explanation|indication|motive|timeline)\b|"
        r"\b(?:under|pending)\s+investigation\b|\bbeing\s+investigated\b|\bquestions\s+(?:remain|linger)\b|"
        r"\b(?:raises?|raised|raising)\s+(?:\w+\s+)?questions\b|\bto\s+determine\s+(?:what|why|how|whether|who|the\s+cause)\b",
        "unknown", CLEAR),
    cue(r"\b(?:declined|refused)\s+to\s+(?:say|elaborate|discuss|specify|disclose|reveal|identify|name|explain|answer)\b|"
        r"\b(?:would|did|could)\s*(?:not|n[’']t)\s+(?:say|elaborate|discuss|specify|disclose|reveal|explain)\b",
        "unknown", CLEAR, outside_quotes=True),
    cue(r"\b(?:declined|refused)\s+(?:to\s+)?comment\b|\b(?:did|has|have|had)\s*(?:not|n[’']t)\s+(?:immediately\s+)?"
        r"(?:respond|return|reply)\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b",
        "unknown", ROUTINE, outside_quotes=True),
)

# Score weights (they sum to 1 before the speaker bonus): the cue's strength decides
# most; centrality keeps the questions on the article's main story; position leans to the lead.
W_CUE = 0.55
W_CENTRALITY = 0.3
W_POSITION = 0.15
# An attributed doubt ("Blinken expressed concerns") is a stated position a reader can follow up.
W_SPEAKER = 0.1
# Each further distinct cue merged into one sentence adds a little (the denial and Putin's "did not
# completely refute" are one stronger item), up to a limit.
EXTRA_CUE_BONUS = 0.1
MAX_EXTRA_CUES = 2
# How much a repeated wording costs in the greedy pick, times the share of stems shared with the
# closest item already chosen.
REDUNDANCY_WEIGHT = 0.4


@dataclass(frozen=True)
class _Question:
    """What a question item shows: the sentence's cues (primary first), its span and speakers."""

    cues: tuple[CueMatch, ...]
    speakers: tuple[str | None, ...]
    start: int
    end: int


def find_questions(doc: Document) -> list[Candidate]:
    """Every body sentence with an open-question cue, scored (a `_Question` as payload)."""
    text = doc.article.text
    body = doc.body
    cued, attributions, central = cued_sentences(doc, QUESTION_CUES, _dedupe)
    found = []
    for index, matches in cued.items():
        sentence = body[index]
        matches.sort(key=lambda m: (-m.cue.strength, KIND_PRIORITY.index(m.cue.kind), m.start))
        said_by = attributions.get(sentence.id, ())
        speakers = tuple(speaker_of(said_by, sentence, m.start, m.end) for m in matches)
        start, end = focus_span(text, sentence, [(m.start, m.end) for m in matches])
        best = matches[0]
        extra = len({m.text.lower() for m in matches}) - 1
        cue_score = best.cue.strength / STRONG + EXTRA_CUE_BONUS * min(extra, MAX_EXTRA_CUES)
        score = (
            W_CUE * cue_score
            + W_CENTRALITY * central.get(sentence.id, 0.0)
            + W_POSITION * (1 - index / len(body))
            + W_SPEAKER * (speakers[0] is not None)
        )
        found.append(Candidate(score, sentence.id, best.cue.kind, best.cue.strength,
                               _Question(tuple(matches), speakers, start, end)))
    return found


def _dedupe(matches: list[CueMatch]) -> list[CueMatch]:
    """Matches without those inside a longer one ("not yet" within "not ... yet", "confirmed" in "not confirmed")."""
    kept: list[CueMatch] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if any(k.start <= m.start and m.end <= k.end for k in kept):
            continue
        kept.append(m)
    return kept


def extract(doc: Document, settings: Settings) -> Section:
    """Up to `settings.max_questions` open questions, best first, each a stem plus verbatim evidence."""
    if settings.max_questions == 0 or not doc.body:
        return Section(key=KEY, title=TITLE)
    # Neither a situation sentence nor a statement the outlook already quotes is worth a second place.
    shown = situation_ids(doc, settings) | {c.sentence_id for c in choose_statements(doc, settings)}
    chosen = select_diverse(doc, find_questions(doc), settings.max_questions, REDUNDANCY_WEIGHT, shown)
    items = []
    for rank, candidate in enumerate(chosen):
        question: _Question = candidate.payload
        quote = doc.quote(question.start, question.end)
        stem = STEMS[candidate.kind]
        items.append(
            Item(
                text=f"{stem}: {quote.text}",
                sentence_ids=(candidate.sentence_id,),
                quotes=(quote,),
                rank=rank,
                fields={
                    "kind": candidate.kind,
                    "stem": stem,
                    "speaker": question.speakers[0],
                    "cue": question.cues[0].text,
                    "kinds": list(dict.fromkeys(m.cue.kind for m in question.cues)),
                    "speakers": list(dict.fromkeys(s for s in question.speakers if s)),
                    "cues": [m.text for m in question.cues],
                    "score": round(candidate.score, 6),
                },
            )
        )
    return Section(key=KEY, title=TITLE, items=tuple(items))
