"""Benchmark (evaluation): the full ROUGE protocol on the development corpus, written to RESULTS.md.

Runs LEAD-k, briefgen's default selector and every sumy algorithm on `../shared/corpus/dev/` (read
there, never copied) at k = min(reference sentences, 5) and k = 3, then the default's ablations and a
split-half check, and replaces the `## ROUGE` section of `benchmarks/RESULTS.md` (other sections kept).

    .venv/bin/python benchmarks/rouge.py            # print the section
    .venv/bin/python benchmarks/rouge.py --write    # and write it into benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import functools
import platform
import random
import statistics
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import RESULTS, publish_section  # noqa: E402

from briefgen import selector
from briefgen.evaluate import (
    EvaluationTable,
    algorithm_summariser,
    evaluate_summarisers,
    format_table,
    load_corpus,
)
from briefgen.model import Document
from briefgen.rank import SUMY_ALGORITHMS

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
CORPORA = ("dev_cnndm.jsonl", "dev_bbc.jsonl")
BUDGETS = (None, 3)
# Resamples for the paired bootstrap of default - LEAD-k; fixed seed so the section is reproducible.
BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 0


def _select(doc: Document, k: int, scores: dict[int, float]) -> list[str]:
    best = sorted(scores, key=lambda sid: (-scores[sid], sid))[:k]
    return [doc.sentences[sid].text for sid in sorted(best)]


def _variant(doc: Document, k: int, centrality: str = "undirected") -> list[str]:
    """The default selector with its centrality removed or swapped for PacSum's directed one."""
    body = doc.body
    furniture = {s.id for s in body if selector.is_boilerplate(s.text)}
    real = [s for s in body if s.id not in furniture]
    language = doc.article.language
    vectors = selector.tfidf_vectors([selector.content_terms(s.text, language) for s in real])
    if centrality == "none":
        central = [1.0] * len(real)
    elif centrality == "directed":
        # PacSum's forward edges (Zheng & Lapata 2019): similarity to the sentences that follow only.
        suffix: dict[str, float] = {}
        central = [0.0] * len(real)
        for i in range(len(real) - 1, -1, -1):
            central[i] = selector._dot(vectors[i], suffix)
            for term, weight in vectors[i].items():
                suffix[term] = suffix.get(term, 0.0) + weight
    else:
        central = selector.centrality_scores(vectors)
    title = frozenset(selector.content_terms(doc.article.title, language))
    relevance = selector.relevance_scores(real, vectors, centrality=central, title_terms=title)
    order = selector.order_by_mmr(relevance, vectors)
    n = len(body)
    scores = {real[i].id: (n - rank) / n for rank, i in enumerate(order)}
    scores.update({sid: 0.0 for sid in furniture})
    return _select(doc, k, scores)


def _ablation(**overrides) -> callable:
    return lambda doc, k: _select(doc, k, selector.score_sentences(doc, **overrides))


# (label, what it measures, summariser): each row removes one feature from the default, or swaps one.
ABLATIONS = (
    ("default", "all features", algorithm_summariser("default")),
    ("- position prior", "POSITION_EXPONENT = 0", _ablation(position_exponent=0.0)),
    ("- centrality", "position prior + form + MMR only", functools.partial(_variant, centrality="none")),
    ("- redundancy (MMR)", "MMR_RELEVANCE = 1", _ablation(trade_off=1.0)),
    ("- length factor", "LONG_WORDS = None", _ablation(long_words=None)),
    ("- unattributed-quote factor", "UNATTRIBUTED_QUOTE_FACTOR = 1", _ablation(quote_factor=1.0)),
    ("- boilerplate filter", "bylines, credits, fragments ranked as text", _ablation(skip_boilerplate=False)),
    ("~ directed centrality", "PacSum forward edges instead of undirected", functools.partial(_variant,
                                                                                        centrality="directed")),
    ("- title overlap", "TITLE_WEIGHT = 0 (CNN items have no title)", _ablation(title_weight=0.0)),
)


def machine() -> str:
    """nproc, CPU model, Python and library versions, and today's date, on one line."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?"
    return (
        f"{nproc} cores ({cpu}), Python {platform.python_version()}, sumy {version('sumy')}, "
        f"rouge-score {version('rouge-score')}, nltk {version('nltk')}; {datetime.date.today().isoformat()}"
    )


def bootstrap(deltas: list[float], rng: random.Random) -> tuple[float, float]:
    """95% percentile interval of the mean of paired per-item differences."""
    n = len(deltas)
    means = sorted(statistics.fmean(rng.choices(deltas, k=n)) for _ in range(BOOTSTRAP_SAMPLES))
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def split_half(table: EvaluationTable) -> list[str]:
    """Default vs LEAD-k on even and odd corpus lines (tuned on even; odd held out), and a bootstrap CI."""
    lead, default = table.row("lead"), table.row("default")
    lines = [
        "| half | items | lead-k R1 / R2 / RLsum | default R1 / R2 / RLsum | default - lead |",
        "|---|---:|---|---|---|",
    ]
    for label, start in (("even lines (tuning half)", 0), ("odd lines (held out)", 1)):
        a = [statistics.fmean(v) for v in zip(*lead.items[start::2])]
        b = [statistics.fmean(v) for v in zip(*default.items[start::2])]
        lines.append(
            f"| {label} | {len(lead.items[start::2])} | {' / '.join(f'{x:.2f}' for x in a)} | "
            f"{' / '.join(f'{x:.2f}' for x in b)} | {' / '.join(f'{y - x:+.2f}' for x, y in zip(a, b))} |"
        )
    rng = random.Random(BOOTSTRAP_SEED)
    intervals = []
    for metric, name in enumerate(("R1", "R2", "RLsum")):
        deltas = [d[metric] - l[metric] for d, l in zip(default.items, lead.items)]
        low, high = bootstrap(deltas, rng)
        wins = sum(x > 0 for x in deltas)
        losses = sum(x < 0 for x in deltas)
        mean = statistics.fmean(deltas)
        intervals.append(f"{name} {mean:+.2f} [{low:+.2f}, {high:+.2f}] ({wins} wins, {losses} losses)")
    lines += ["", f"Paired bootstrap, default - lead-k over all {len(lead.items)} items, 95% interval: "
              + "; ".join(intervals) + "."]
    return lines


def ablation_table(table: EvaluationTable) -> list[str]:
    """Each ablation row with its change from the full default."""
    base = table.row("default")
    lines = ["| variant | change | R1 | R2 | RLsum | vs default (R1 / R2 / RLsum) |", "|---|---|---:|---:|---:|---|"]
    notes = {label: note for label, note, _ in ABLATIONS}
    for row in table.rows:
        delta = (row.rouge1 - base.rouge1, row.rouge2 - base.rouge2, row.rougeLsum - base.rougeLsum)
        lines.append(
            f"| {row.algorithm} | {notes.get(row.algorithm, '')} | {row.rouge1:.2f} | {row.rouge2:.2f} | "
            f"{row.rougeLsum:.2f} | {' / '.join(f'{d:+.2f}' for d in delta)} |"
        )
    return lines


def progress(name: str, done: int, total: int) -> None:
    if done == total:
        print(f"  {name}: {total} articles", file=sys.stderr)


def run(corpus_dir: Path) -> str:
    """The whole `## ROUGE` section as Markdown."""
    command = "cd /work/main && .venv/bin/python benchmarks/rouge.py --write"
    out = [
        "## ROUGE",
        "",
        "Extractive summaries against reference summaries: ROUGE-1/2/Lsum F1 x 100 (Google's `rouge-score`,",
        "stemming on; sentences joined by newlines), averaged over items; LEAD-k is the first k body sentences",
        "cut by briefgen's own segmenter. Median seconds per article time the selection only (the article is",
        "segmented once, shared by every method). The corpus is read from `../shared/corpus/dev/` at run time.",
        "",
        f"- command: `{command}` (the same tables one at a time: "
        "`briefgen evaluate ../shared/corpus/dev/dev_cnndm.jsonl -a default -a lexrank ...`)",
        f"- machine: {machine()}",
        "",
    ]
    every = ["lead", "default", *SUMY_ALGORITHMS]
    tables: dict[tuple[str, int | None], EvaluationTable] = {}
    for name in CORPORA:
        items = load_corpus(corpus_dir / name)
        for k in BUDGETS:
            print(f"{name} k={k}", file=sys.stderr)
            summarisers = {a: algorithm_summariser(a) for a in every}
            table = evaluate_summarisers(items, summarisers, k, corpus=name, progress=progress)
            tables[name, k] = table
            out += [f"### {name}, {table.budget}", "", *format_table(table).splitlines()[2:], ""]
    cnn = tables["dev_cnndm.jsonl", None]
    lead, default = cnn.row("lead"), cnn.row("default")
    best_sumy = max((r for r in cnn.rows if r.algorithm in SUMY_ALGORITHMS), key=lambda r: r.rouge1)
    out += [
        "### Targets (dev_cnndm.jsonl, k = min(reference sentences, 5))",
        "",
        f"- above LEAD-k on all three: R1 {default.rouge1 - lead.rouge1:+.2f}, R2 {default.rouge2 - lead.rouge2:+.2f}, "
        f"RLsum {default.rougeLsum - lead.rougeLsum:+.2f} "
        "(the corpus README's reference LEAD-k: 29.95 / 11.32 / 26.32)",
        f"- vs the best sumy algorithm ({best_sumy.algorithm}, R1 {best_sumy.rouge1:.2f}): "
        f"R1 {default.rouge1 - best_sumy.rouge1:+.2f} (target: at least +2)",
        f"- median s/article: default {default.median_seconds:.4f}, lexrank {cnn.row('lexrank').median_seconds:.4f}",
        "",
        "### Split-half check (dev_cnndm.jsonl, k = min(reference sentences, 5))",
        "",
        "The selector's four tuned constants were picked by a grid search on the even-numbered lines only",
        "(objective: the smallest margin over LEAD-k across R1/R2/RLsum); the odd-numbered lines were not",
        "used to pick them (earlier exploratory runs printed both halves, so they are held out, not unseen).",
        "The two halves differ by ~1.6 R1 in LEAD-k alone: that is the noise level of a 100-article half.",
        "",
        *split_half(cnn),
        "",
        "### Ablations: what each design choice adds",
        "",
        "One feature removed (`-`), swapped (`~`) or added (`+`) at a time; constants in `briefgen/selector.py`.",
        "",
    ]
    for name in CORPORA:
        items = load_corpus(corpus_dir / name)
        for k in BUDGETS:
            print(f"ablations {name} k={k}", file=sys.stderr)
            table = evaluate_summarisers(items, {label: fn for label, _, fn in ABLATIONS}, k, corpus=name)
            out += [f"#### {name}, {table.budget}", "", *ablation_table(table), ""]
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR, help="folder holding the dev_*.jsonl files")
    parser.add_argument("--write", action="store_true", help=f"update the ## ROUGE section of {RESULTS}")
    args = parser.parse_args()
    section = run(args.corpus_dir)
    publish_section(section, "## ROUGE", args.write)


if __name__ == "__main__":
    main()
