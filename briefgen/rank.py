"""Rank stage: summarisers that order an article's body sentences by importance.

Every algorithm returns a full ranking (best first) so the brief can keep each selected sentence's
rank; `select_sentences` takes the top k. The sumy algorithms run on a document built from our own
sentences (sumy's default tokenizer needs NLTK data that cannot be had offline).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from .doccache import per_document
from .errors import ConfigError
from .model import Document, Sentence

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ranked:
    """A sentence with its rank (0 = best) and the algorithm's score."""

    sentence: Sentence
    rank: int
    score: float


def _sumy_document(doc: Document, tokenizer):
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    paragraphs: dict[int, list] = {}
    owners: dict[int, Sentence] = {}
    for sentence in doc.sentences:
        sumy_sentence = SumySentence(sentence.text, tokenizer, is_heading=sentence.headline)
        owners[id(sumy_sentence)] = sentence
        paragraphs.setdefault(sentence.paragraph, []).append(sumy_sentence)
    model = ObjectDocumentModel(tuple(Paragraph(tuple(p)) for p in paragraphs.values()))
    return model, owners


def _make_sumy(name: str, doc: Document):
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    language = doc.article.language
    try:
        stemmer = Stemmer(language)
        stop_words = get_stop_words(language)
    except LookupError:
        stemmer, stop_words = Stemmer("english"), get_stop_words("english")
    module_name, class_name = SUMY_ALGORITHMS[name][:2]
    module = __import__(f"sumy.summarizers.{module_name}", fromlist=[class_name])
    summarizer = getattr(module, class_name)(stemmer)
    if name == "edmundson":
        # Title and location methods only: cue words would need hand-made lists per language.
        summarizer = getattr(module, class_name)(stemmer, cue_weight=0.0, key_weight=0.0, title_weight=1.0,
                                                 location_weight=1.0)
        summarizer.null_words = stop_words
        summarizer.bonus_words = ()
        summarizer.stigma_words = ()
    else:
        summarizer.stop_words = stop_words
    return summarizer


def rank_sumy(doc: Document, name: str) -> dict[int, float]:
    """Scores by sentence id from one sumy algorithm (body sentences only)."""
    summarizer = _make_sumy(name, doc)
    from .segment import SumyTokenizer  # NLTK and sumy load only when a sumy algorithm runs

    tokenizer = SumyTokenizer(doc.article.language)
    body = doc.body
    cap = SUMY_MAX_SENTENCES[name]
    if len(body) > cap:
        log.info("%s reads the first %d of %d sentences", name, cap, len(body))
        doc = Document(doc.article, tuple(s for s in doc.sentences if s.headline) + body[:cap])
    model, owners = _sumy_document(doc, tokenizer)
    scores: dict[int, float] = {}

    def capture(sentences, count, rating, *args, **kwargs):
        for sumy_sentence in sentences:
            value = rating[sumy_sentence] if isinstance(rating, dict) else rating(sumy_sentence, *args, **kwargs)
            owner = owners.get(id(sumy_sentence))
            if owner is not None and not owner.headline:
                scores[owner.id] = float(value)
        return ()

    # sumy's summarisers all end in `_get_best_sentences(sentences, count, rating)`; shadowing it on
    # the instance hands us every sentence's rating instead of a top-k in document order.
    summarizer._get_best_sentences = capture
    if len(doc.body) > 0:
        summarizer(model, len(doc.body))
    # Sentences past the cap follow every ranked one, in document order.
    floor = min(scores.values(), default=0.0) - 1.0
    for i, sentence in enumerate(body[cap:]):
        scores[sentence.id] = floor - i
    return scores


def rank_lead(doc: Document) -> dict[int, float]:
    """The first sentences of the body score highest."""
    body = doc.body
    return {s.id: float(len(body) - i) for i, s in enumerate(body)}


def rank_default(doc: Document) -> dict[int, float]:
    """The project's default selector (see `briefgen.selector`)."""
    from .selector import score_sentences

    return score_sentences(doc)


# name -> (sumy module, class, one-line description)
SUMY_ALGORITHMS: dict[str, tuple[str, str, str]] = {
    "lexrank": ("lex_rank", "LexRankSummarizer", "LexRank: sentence centrality over a cosine-similarity graph"),
    "textrank": ("text_rank", "TextRankSummarizer", "TextRank: PageRank over word-overlap between sentences"),
    "lsa": ("lsa", "LsaSummarizer", "Latent semantic analysis: sentences strongest in the top topics"),
    "luhn": ("luhn", "LuhnSummarizer", "Luhn 1958: clusters of significant (frequent) words"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer", "SumBasic: average word probability, updated as it picks"),
    "kl": ("kl", "KLSummarizer", "KL-Sum: keeps the summary's word distribution close to the article's"),
    "edmundson": ("edmundson", "EdmundsonSummarizer", "Edmundson 1969: title words and sentence location"),
    "reduction": ("reduction", "ReductionSummarizer", "Reduction: graph of sentence similarity, summed weights"),
}

# sumy's algorithms are quadratic (or worse: KL-Sum) in sentences, so each reads at most this many body
# sentences from the top of the article (news puts its point first); the rest rank below them in document
# order. Caps keep one ranking near a second at worst. Seconds measured for 250 / 500 / 1000 sentences of
# CNN copy on this project's 2-core machine: lexrank 0.3/1.0/3.7, textrank 0.1/0.3/1.1, lsa 0.2/1.0/4.8,
# reduction 0.2/0.6/2.3, kl 5.8/43/353, luhn 0.1/0.2/0.5, sumbasic 0.1/0.2/0.5, edmundson 0.1/0.2/0.3.
SUMY_MAX_SENTENCES: dict[str, int] = {
    "lexrank": 500, "textrank": 1000, "lsa": 500, "reduction": 500, "kl": 120,
    "luhn": 2000, "sumbasic": 2000, "edmundson": 2000,
}

OWN_ALGORITHMS: dict[str, tuple[Callable[[Document], dict[int, float]], str]] = {
    "default": (rank_default, "briefgen's selector: position, centrality, title overlap, form, redundancy"),
    "lead": (rank_lead, "The first sentences of the body (the LEAD-k baseline), headline excluded"),
}


def algorithms() -> dict[str, str]:
    """Every algorithm name with its one-line description, default first."""
    described = {name: description for name, (_, description) in OWN_ALGORITHMS.items()}
    described.update({name: spec[2] for name, spec in SUMY_ALGORITHMS.items()})
    return described


def check_algorithm(name: str | None) -> str:
    """The canonical algorithm name, or a `ConfigError` listing the valid ones."""
    name = (name or "default").lower()
    if name not in OWN_ALGORITHMS and name not in SUMY_ALGORITHMS:
        raise ConfigError(f"unknown algorithm {name!r}; choose one of: {', '.join(algorithms())}")
    return name


def rank_sentences(doc: Document, algorithm: str | None = None) -> tuple[Ranked, ...]:
    """Every body sentence ranked best first (ties broken by document order)."""
    return _ranking(doc, check_algorithm(algorithm))


# The situation section and the outlook and questions sections (which avoid repeating the situation)
# all ask for one document's ranking; ranking a huge article is costly, so the last few are kept.
@per_document(maxsize=4)
def _ranking(doc: Document, name: str) -> tuple[Ranked, ...]:
    if name in OWN_ALGORITHMS:
        scores = OWN_ALGORITHMS[name][0](doc)
    else:
        scores = rank_sumy(doc, name)
    by_id = {s.id: s for s in doc.body}
    order = sorted(scores, key=lambda sid: (-scores[sid], sid))
    return tuple(Ranked(by_id[sid], rank, scores[sid]) for rank, sid in enumerate(order) if sid in by_id)


def select_sentences(doc: Document, count: int, algorithm: str | None = None) -> tuple[Ranked, ...]:
    """The `count` best sentences, in document order, each keeping its rank."""
    ranked = rank_sentences(doc, algorithm)[:count]
    return tuple(sorted(ranked, key=lambda r: r.sentence.id))
