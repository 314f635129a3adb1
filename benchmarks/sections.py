"""Benchmark (sections stage): actors, roles and figures against hand annotations of 40 dev articles.

The annotations (`benchmarks/data/sections/`, written to GUIDELINE.md there) hold ids and labels; the
article texts are read from `../shared/corpus/dev/` at run time.

    .venv/bin/python benchmarks/sections.py --check      # validate the annotation files (no briefgen)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "sections"
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
ACTOR_KINDS = ("person", "organisation", "country", "place")
FIGURE_KINDS = ("count", "money", "percent", "date", "age", "duration", "other")
# Short enough for a headline's figure, long enough to be found once.
MIN_QUOTE_WORDS = 4


def load_corpus() -> dict[str, dict]:
    """Every dev article by id."""
    items = {}
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            items[item["id"]] = item
    return items


def load_split() -> dict[str, list[str]]:
    """The tuning and held-back ids."""
    data = json.loads((DATA / "ids.json").read_text("utf-8"))
    return {"tune": data["tune"], "held": data["held"]}


def article_text(item: dict) -> str:
    """Title (when there is one) and body, as an annotator reads them."""
    return ((item.get("title") or "") + "\n" + item["article"]).strip()


def check_annotation(data: dict, text: str) -> list[str]:
    """Every problem with one annotation file."""
    problems = []
    for i, actor in enumerate(data.get("actors", [])):
        where = f"actors[{i}] {actor.get('name')!r}"
        if actor.get("kind") not in ACTOR_KINDS:
            problems.append(f"{where}: kind {actor.get('kind')!r} is not one of {ACTOR_KINDS}")
        for alias in actor.get("aliases", []):
            if alias not in text:
                problems.append(f"{where}: alias {alias!r} is not in the article")
        if actor.get("kind") != "person" and actor.get("roles"):
            problems.append(f"{where}: only people have roles")
        for key in ("roles", "also", "aliases"):
            if not isinstance(actor.get(key, []), list):
                problems.append(f"{where}: {key} must be a list")
    for i, figure in enumerate(data.get("figures", [])):
        where = f"figures[{i}] {figure.get('figure')!r}"
        if figure.get("kind") not in FIGURE_KINDS:
            problems.append(f"{where}: kind {figure.get('kind')!r} is not one of {FIGURE_KINDS}")
        if not figure.get("counts"):
            problems.append(f"{where}: counts is empty")
        for quote in [figure.get("quote", ""), *figure.get("also", [])]:
            count = text.count(quote)
            if count != 1:
                problems.append(f"{where}: quote {quote!r} occurs {count} times in the article (must be once)")
            elif len(quote.split()) < MIN_QUOTE_WORDS:
                problems.append(f"{where}: quote {quote!r} is shorter than {MIN_QUOTE_WORDS} words")
            if figure.get("figure", "") not in quote:
                problems.append(f"{where}: figure is not inside its quote {quote!r}")
        for word in figure.get("keep", []):
            if word.lower() not in figure.get("quote", "").lower():
                problems.append(f"{where}: keep word {word!r} is not in the quote")
    return problems


def check(corpus: dict[str, dict], split: dict[str, list[str]]) -> int:
    """Print every problem of every annotation file; the number of problems."""
    total = 0
    for half, ids in split.items():
        for item_id in ids:
            path = DATA / "annotations" / f"{item_id}.json"
            if not path.is_file():
                print(f"{half} {item_id}: not annotated yet")
                total += 1
                continue
            try:
                data = json.loads(path.read_text("utf-8"))
            except ValueError as exc:
                print(f"{path}: not valid JSON ({exc})")
                total += 1
                continue
            problems = check_annotation(data, article_text(corpus[item_id]))
            for problem in problems:
                print(f"{path.name}: {problem}")
            total += len(problems)
    print(f"{total} problem(s)")
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the annotation files and stop")
    args = parser.parse_args()
    corpus, split = load_corpus(), load_split()
    if args.check:
        return 1 if check(corpus, split) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
