"""Evaluation (beside the rank stage): ROUGE scores of summarisers against a corpus of reference summaries.

A corpus is JSON lines, one article a line: `article` (the text), `summary` (the reference, one sentence a
line), optional `title` and `id`. Each summariser picks k sentences of each article; ROUGE-1, ROUGE-2 and
ROUGE-Lsum F1 (Google's `rouge-score`, stemming on) are averaged over items. `rouge-score` is an optional
extra (`pip install 'briefgen[eval]'`), imported only when scoring starts.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .errors import ConfigError, InputError
from .ingest import parse_article
from .model import Article, Document
from .rank import check_algorithm, select_sentences
from .segment import split_sentences

# The corpus protocol's budget: as many sentences as the reference has, but never more than five
# (CNN highlights have 2-4 lines; BBC extractive references ~7, which would swamp a one-page brief).
MAX_BUDGET = 5
ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
# The baseline every table shows first: the first k body sentences, cut by briefgen's own segmenter.
BASELINE = "lead"


@dataclass(frozen=True)
class CorpusItem:
    """One article of an evaluation corpus with its reference summary (one sentence a line)."""

    id: str
    article: str
    summary: tuple[str, ...]
    title: str | None = None

    def to_article(self, language: str = "english") -> Article:
        """The item as briefgen reads it: a given title replaces any headline guess."""
        return parse_article(self.article, source=self.id, title=self.title, language=language)


@dataclass(frozen=True)
class EvaluationRow:
    """One summariser's scores: mean F1 x 100 per ROUGE type, median seconds per article, per-item F1s."""

    algorithm: str
    rouge1: float
    rouge2: float
    rougeLsum: float
    median_seconds: float
    # Per item, in corpus order: (rouge1, rouge2, rougeLsum) F1 x 100; for significance tests and splits.
    items: tuple[tuple[float, float, float], ...] = ()


@dataclass(frozen=True)
class EvaluationTable:
    """Every summariser scored on one corpus at one budget; the LEAD-k baseline is the first row."""

    corpus: str
    items: int
    budget: str
    rows: tuple[EvaluationRow, ...]

    def row(self, algorithm: str) -> EvaluationRow:
        """The row of one algorithm."""
        for row in self.rows:
            if row.algorithm == algorithm:
                return row
        raise KeyError(algorithm)


def _reference_lines(value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        lines = value.splitlines()
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        lines = value
    else:
        return None
    return tuple(line.strip() for line in lines if line.strip())


def parse_corpus_line(line: str, where: str) -> CorpusItem:
    """One corpus item from one JSON line; `where` ("file:line") prefixes every error message."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with 'article' and 'summary', got {type(data).__name__}")
    missing = [key for key in ("article", "summary") if key not in data]
    if missing:
        raise InputError(f"{where}: missing {' and '.join(repr(k) for k in missing)} (each line needs both)")
    article = data["article"]
    if not isinstance(article, str) or not article.strip():
        raise InputError(f"{where}: 'article' must be a non-empty string")
    summary = _reference_lines(data["summary"])
    if not summary:
        raise InputError(f"{where}: 'summary' must be a non-empty string, one reference sentence a line")
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f"{where}: 'title' must be a string or null")
    item_id = data.get("id")
    if item_id is None:
        item_id = where
    elif not isinstance(item_id, (str, int)):
        raise InputError(f"{where}: 'id' must be a string or a number")
    title = (title.strip() or None) if title else None
    return CorpusItem(id=str(item_id), article=article, summary=summary, title=title)


def load_corpus(path: str | Path) -> tuple[CorpusItem, ...]:
    """Every item of a JSON-lines corpus (blank lines skipped); an `InputError` names the first bad line."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a .jsonl corpus file")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such corpus file (check the path)") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); re-save the corpus as UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    items = [
        parse_corpus_line(line, f"{path}:{number}")
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
    if not items:
        raise InputError(f"{path}: no items (expected JSON lines with 'article' and 'summary')")
    return tuple(items)


def make_scorer():
    """Google's ROUGE scorer with stemming, or a `ConfigError` saying how to install it."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise ConfigError(
            "evaluation needs the rouge-score package: pip install 'briefgen[eval]'"
        ) from None
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def budget_for(item: CorpusItem, sentences: int | None) -> int:
    """Sentences to select for one item: `sentences`, or min(reference sentences, MAX_BUDGET) when None."""
    return sentences if sentences is not None else min(len(item.summary), MAX_BUDGET)


def score_summary(scorer, summary: Sequence[str], reference: Sequence[str]) -> tuple[float, float, float]:
    """ROUGE-1/2/Lsum F1 x 100 of one summary; sentences joined by newlines, as ROUGE-Lsum expects."""
    scores = scorer.score("\n".join(reference), "\n".join(summary))
    return tuple(100.0 * scores[name].fmeasure for name in ROUGE_TYPES)  # type: ignore[return-value]


def _row(algorithm: str, per_item: list[tuple[float, float, float]], seconds: list[float]) -> EvaluationRow:
    means = [statistics.fmean(values) for values in zip(*per_item)]
    return EvaluationRow(algorithm, *means, median_seconds=statistics.median(seconds), items=tuple(per_item))


# A summariser as the evaluation sees it: a segmented article and a budget -> the chosen sentences' texts.
Summariser = Callable[[Document, int], Sequence[str]]


def algorithm_summariser(name: str) -> Summariser:
    """The summariser for one registered algorithm: its top k sentences, in document order."""
    name = check_algorithm(name)
    return lambda doc, k: [r.sentence.text for r in select_sentences(doc, k, name)]


def evaluate_summarisers(
    items: Sequence[CorpusItem],
    summarisers: Mapping[str, Summariser],
    sentences: int | None = None,
    corpus: str = "-",
    language: str = "english",
    progress: Callable[[str, int, int], None] | None = None,
) -> EvaluationTable:
    """Score named summarisers on corpus items, one row each in the given order.

    Timing covers selection only (each article is segmented once and shared), so it compares the
    summarisers rather than the segmenter they all use.
    """
    if sentences is not None and (isinstance(sentences, bool) or not isinstance(sentences, int) or sentences < 1):
        raise ConfigError(f"sentences must be a whole number of at least 1, not {sentences!r}")
    scorer = make_scorer()
    docs: list[Document] = [split_sentences(item.to_article(language)) for item in items]
    rows = []
    for name, summarise in summarisers.items():
        per_item, seconds = [], []
        for index, (item, doc) in enumerate(zip(items, docs)):
            started = time.perf_counter()
            chosen = summarise(doc, budget_for(item, sentences))
            seconds.append(time.perf_counter() - started)
            per_item.append(score_summary(scorer, chosen, item.summary))
            if progress is not None:
                progress(name, index + 1, len(items))
        rows.append(_row(name, per_item, seconds))
    budget = f"k = {sentences}" if sentences is not None else f"k = min(reference sentences, {MAX_BUDGET})"
    return EvaluationTable(corpus=corpus, items=len(items), budget=budget, rows=tuple(rows))


def evaluate_items(
    items: Sequence[CorpusItem],
    algorithms: Iterable[str] = ("default",),
    sentences: int | None = None,
    corpus: str = "-",
    language: str = "english",
    progress: Callable[[str, int, int], None] | None = None,
) -> EvaluationTable:
    """Score LEAD-k and each registered algorithm on corpus items; `sentences=None`: k = min(ref, 5)."""
    names = [BASELINE] + [n for n in dict.fromkeys(check_algorithm(a) for a in algorithms) if n != BASELINE]
    summarisers = {name: algorithm_summariser(name) for name in names}
    return evaluate_summarisers(items, summarisers, sentences, corpus, language, progress)


def evaluate_corpus(
    path: str | Path,
    algorithms: Iterable[str] = ("default",),
    sentences: int | None = None,
    language: str = "english",
    progress: Callable[[str, int, int], None] | None = None,
) -> EvaluationTable:
    """Load a JSON-lines corpus and score LEAD-k and each algorithm on it (see `evaluate_items`)."""
    # Check the optional dependency and the names before reading a possibly large corpus.
    make_scorer()
    algorithms = [check_algorithm(a) for a in algorithms]
    return evaluate_items(load_corpus(path), algorithms, sentences, corpus=str(path), language=language,
                          progress=progress)


def format_table(table: EvaluationTable) -> str:
    """The table as Markdown: one row per summariser, LEAD-k first, F1 x 100 and median s/article."""
    lines = [
        f"{table.corpus}: {table.items} articles, budget {table.budget}; ROUGE F1 x 100 (rouge-score, stemming)",
        "",
        "| method | R1 | R2 | RLsum | median s/article |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in table.rows:
        label = "lead-k" if row.algorithm == BASELINE else row.algorithm
        lines.append(
            f"| {label} | {row.rouge1:.2f} | {row.rouge2:.2f} | {row.rougeLsum:.2f} | {row.median_seconds:.4f} |"
        )
    return "\n".join(lines)
