"""Benchmark (daily stage): articles per second and peak memory of `briefgen daily` on the dev corpus.

The 300 dev articles (read from `../shared/corpus/dev/` at run time, written as .txt files to a
temporary folder, never into the project) are run through `briefgen daily` for Markdown only and for
Markdown+PDF, with --jobs 1 and --jobs 2, each into a fresh output folder (no cache), then once more
into the same folder (everything cached). Peak memory is the largest resident set of any briefgen
process of the run (getrusage of children, measured in a wrapper process per run).

    .venv/bin/python benchmarks/daily.py [--write]
    .venv/bin/python benchmarks/daily.py --scale [--write]   # 1,000 articles, md,pdf, --jobs 2
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import RESULTS, publish_section  # noqa: E402
from table_cache import filled_table_cache  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HEADING = "## Daily run"
BRIEFGEN = Path(sys.executable).parent / "briefgen"
DATE = "2024-11-01"
RUNS = [("md", 1), ("md", 2), ("md,pdf", 1), ("md,pdf", 2)]
# The scale run: this many articles, the dev corpus plus recombinations of it made at run time.
SCALE_ARTICLES = 1000
SCALE_HEADING = "## Daily run at 1,000 articles"


def write_corpus(folder: Path) -> int:
    """The dev articles as .txt files (headline line when the item has a title); how many."""
    count = 0
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
            item = json.loads(line)
            head = f"{item['title']}\n" if item.get("title") else ""
            (folder / f"{item['id']}.txt").write_text(head + item["article"] + "\n", "utf-8")
            count += 1
    return count


def write_recombined(folder: Path, total: int) -> int:
    """The dev articles, then new ones made of the first half of one and the second half of another, to `total`."""
    items = []
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        items += [json.loads(line) for line in (CORPUS_DIR / name).read_text("utf-8").splitlines()]
    count = write_corpus(folder)
    k = 0
    while count < total:
        first, second = items[k % len(items)], items[(k * 7 + 13) % len(items)]
        a, b = first["article"].split(". "), second["article"].split(". ")
        text = ". ".join(a[: len(a) // 2] + b[len(b) // 2:])
        (folder / f"mix-{k:04d}.txt").write_text(f"Mixed Report {k}: {first.get('title') or 'News'}\n{text}\n",
                                                 "utf-8")
        count, k = count + 1, k + 1
    return count


def scale_section() -> str:
    """The `## Daily run at 1,000 articles` section: md,pdf with --jobs 2, time and the largest process's memory."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as temp:
        inputs = Path(temp) / "in"
        inputs.mkdir()
        articles = write_recombined(inputs, SCALE_ARTICLES)
        out = Path(temp) / "out"
        command = [str(BRIEFGEN), "-q", "daily", str(inputs), "--out", str(out), "--date", DATE,
                   "--format", "md,pdf", "--jobs", "2"]
        run = measure(command)
        reader = PdfReader(out / DATE / "daily-brief.pdf")
        stories = len(list((out / DATE / "stories").glob("*.json")))
        pages, outline = len(reader.pages), len(reader.outline)
        cover = " ".join(reader.pages[0].extract_text().split())
    lines = [SCALE_HEADING, "",
             f"`briefgen daily` on {articles} articles: the 300 dev articles plus {articles - 300} made at run time",
             "from the first half of one and the second half of another (never committed), md and pdf,",
             "`--jobs 2`, fresh output folder. Peak RSS is the largest single process (parent or worker).", "",
             "- command: `.venv/bin/python benchmarks/daily.py --scale --write` (the run: "
             f"`briefgen -q daily IN --out OUT --date {DATE} --format md,pdf --jobs 2`)",
             f"- machine: {os.cpu_count()} cores (shared), Python {platform.python_version()}; "
             f"{datetime.date.today().isoformat()}", "",
             "| articles | stories | PDF pages | outline entries | seconds | articles/s | peak RSS MiB |",
             "|---:|---:|---:|---:|---:|---:|---:|",
             f"| {articles} | {stories} | {pages} | {outline} | {run['seconds']:.1f} | "
             f"{articles / run['seconds']:.1f} | {run['rss']:.0f} |", "",
             f"Cover pages: {pages - stories} (it ends: \"…{cover[-80:]}\").", ""]
    return "\n".join(lines)


def measure(command: list[str]) -> dict:
    """Run a command in a wrapper process; wall seconds and peak RSS (MiB) of its largest process."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter(); rc = subprocess.call(sys.argv[1:])\n"
        "print(json.dumps({'rc': rc, 'seconds': time.perf_counter() - t,"
        " 'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def section() -> str:
    """The `## Daily run` section as Markdown."""
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        inputs = Path(temp) / "in"
        inputs.mkdir()
        articles = write_corpus(inputs)
        for formats, jobs in RUNS:
            out = Path(temp) / f"out-{formats.replace(',', '-')}-{jobs}"
            command = [str(BRIEFGEN), "-q", "daily", str(inputs), "--out", str(out), "--date", DATE,
                       "--format", formats, "--jobs", str(jobs)]
            first = measure(command)
            again = measure(command)
            stories = len(list((out / DATE / "stories").glob("*.json")))
            pages = ""
            if "pdf" in formats:
                from pypdf import PdfReader

                pages = str(len(PdfReader(out / DATE / "daily-brief.pdf").pages))
            rows.append((formats, jobs, first, again, stories, pages))
            print(formats, jobs, first, again, file=sys.stderr)
    lines = [
        HEADING, "",
        f"`briefgen daily` on the {articles} dev articles (`../shared/corpus/dev/`, written to a temporary folder at",
        "run time), fresh output folder (cold: nothing cached), then the same command again (warm: every",
        "brief, fit and the PDF come from `DIR/.cache/`; files are compared, none rewritten). Peak RSS is the",
        "largest single briefgen process (with --jobs 2, each worker's own peak; the parent's is included).",
        "",
        (f"- command: `cd /work/main && .venv/bin/python benchmarks/daily.py --write` (each run: "
         f"`briefgen -q daily IN --out OUT --date {DATE} --format md|md,pdf --jobs 1|2`)"),
        f"- machine: {os.cpu_count()} cores, Python {platform.python_version()}; {datetime.date.today().isoformat()}",
        "",
        "| formats | jobs | stories | PDF pages | cold s | cold articles/s | warm s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for formats, jobs, first, again, stories, pages in rows:
        lines.append(f"| {formats} | {jobs} | {stories} | {pages or '—'} | {first['seconds']:.1f} | "
                     f"{articles / first['seconds']:.1f} | {again['seconds']:.1f} | {first['rss']:.0f} |")
    lines += ["", "PDF pages = the cover (at most two pages: lead stories, then a compact list and \"and N more\") + exactly",
              "one page per story, rendered in parts of 50 pages and joined, each part checked by its stories' anchors."]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Print the section; with --write also store it in RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"update the {HEADING} section of {RESULTS}")
    parser.add_argument("--scale", action="store_true", help=f"run only the {SCALE_ARTICLES}-article run")
    args = parser.parse_args()
    with filled_table_cache():  # every timed briefgen process reads the same filled table cache
        if args.scale:
            text = scale_section()
            publish_section(text, SCALE_HEADING, args.write)
            return
        text = section()
        publish_section(text, HEADING, args.write)


if __name__ == "__main__":
    main()
