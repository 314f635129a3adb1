"""Benchmark (intake stage): how many words tell a feed's teaser from a full article, written to RESULTS.md.

A feed entry whose own text is under `briefgen.intake.TEASER_WORDS` words gets its page fetched for the
full text (`full-text = "auto"`). The threshold must sit above what feeds carry as a teaser and below
the shortest article an extractive brief is made from. Articles: the 300 dev-corpus articles
(`../shared/corpus/dev/`, read at run time). Teasers: the CNN stories' highlights (2-4 sentences written
by the newsroom), the same kind of text a feed's <description> carries as a standfirst; BBC references
are ~45% of their article, not teasers, so they are not used. Also shown: how many of the articles the
briefgen segmenter splits into at least 5 sentences (a bottom line, two more situation items and
something for the other sections).

    .venv/bin/python benchmarks/teasers.py [--write]
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import run_benchmark  # noqa: E402

from briefgen.intake import TEASER_WORDS
from briefgen.ingest import parse_article
from briefgen.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HEADING = "## Teasers and full text"


def _percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure() -> str:
    """The section text: word counts of articles and teasers, and where the threshold sits."""
    articles, teasers, sentences = [], [], []
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
            item = json.loads(line)
            articles.append(len(item["article"].split()))
            sentences.append(len(split_sentences(parse_article(item["article"])).sentences))
            if name == "dev_cnndm.jsonl":
                teasers.append(len(item["summary"].split()))
    under = sum(1 for w in articles if w < TEASER_WORDS)
    over = sum(1 for w in teasers if w >= TEASER_WORDS)
    rows = [
        "| text | items | min | p1 | p5 | median | p95 | p99 | max |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| dev articles (CNN + BBC), words | {len(articles)} | {min(articles)} | {_percentile(articles, .01)} | "
        f"{_percentile(articles, .05)} | {statistics.median(articles):g} | {_percentile(articles, .95)} | "
        f"{_percentile(articles, .99)} | {max(articles)} |",
        f"| teasers (CNN highlights), words | {len(teasers)} | {min(teasers)} | {_percentile(teasers, .01)} | "
        f"{_percentile(teasers, .05)} | {statistics.median(teasers):g} | {_percentile(teasers, .95)} | "
        f"{_percentile(teasers, .99)} | {max(teasers)} |",
    ]
    few = sum(1 for n in sentences if n < 5)
    return "\n".join([
        HEADING, "",
        f"- command: `.venv/bin/python benchmarks/teasers.py --write` ({platform.python_version()}, "
        f"{platform.machine()})",
        f"- threshold: `TEASER_WORDS = {TEASER_WORDS}` (briefgen/intake.py): an entry with fewer words has its page "
        "fetched under `full-text = \"auto\"`",
        "", *rows, "",
        f"At {TEASER_WORDS} words, {under} of {len(articles)} articles would count as teasers (their page fetched "
        f"needlessly, which only costs a request) and {over} of {len(teasers)} teasers as full text (briefed "
        f"from the teaser). {few} of the {len(sentences)} articles have fewer than 5 sentences by briefgen's "
        "segmenter.",
    ]) + "\n"


if __name__ == "__main__":
    run_benchmark(__doc__.splitlines()[0], HEADING, measure)
