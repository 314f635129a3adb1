"""Benchmark (library stage): the HTML library's search index at 1,000 stories: its size, the time to write
the library, and query times in headless Chromium, also with the CPU slowed 4x (Chrome's own emulation of a
phone-class CPU).

The 300 dev articles (read from `../shared/corpus/dev/` at run time; the seeds and test stories when it is
absent) are briefed once, then spread over days as a synthetic 1,000-story library (30 stories a day, each
article reused on several days, so posting lists are longer and the vocabulary smaller than 1,000 distinct
articles would give). Every page of that library is written to a temporary folder and opened from file://;
each query runs 25 times inside the page (performance.now() around the batch for the mean, around each
run for the worst; Chromium rounds it to 0.1 ms).

    .venv/bin/python benchmarks/library.py [--write]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from results_file import RESULTS, publish_section  # noqa: E402

from briefgen.config import Settings  # noqa: E402
from briefgen.library import INDEX_SCRIPT, SEARCH_DIR, DayEntry, StoryEntry, library_outputs  # noqa: E402
from briefgen.pipeline import build_brief  # noqa: E402
from tests.readers import chromium  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HEADING = "## HTML library search"
STORIES = 1000
PER_DAY = 30
REPEATS = 25
# Queries a reader types: whole names, a two-word query, prefixes mid-typing (the worst cases are the
# shortest prefixes, which expand to the most words).
QUERIES = ["police", "president obama", "chelsea", "government", "united states", "ma", "s", "wor", "2014",
           "said"]
THROTTLE = 4
BUDGET_MS = 50
BUDGET_BYTES = 2_000_000


def articles() -> tuple[list[tuple[str, str]], str]:
    """(title, text) of the source articles, and where they came from."""
    items = []
    if CORPUS_DIR.is_dir():
        for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
            for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
                item = json.loads(line)
                items.append((item.get("title") or "", item["article"]))
        return items, "300 dev articles (../shared/corpus/dev)"
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/stories").glob("*.txt")):
        items.append(("", path.read_text("utf-8")))
    return items, f"{len(items)} seed and test articles (no ../shared)"


def synthetic_library(briefs) -> list[DayEntry]:
    """1,000 stories over consecutive days, newest first, PER_DAY a day, the briefs reused in turn."""
    start = datetime.date(2024, 1, 1)
    days = []
    for first in range(0, STORIES, PER_DAY):
        date = (start + datetime.timedelta(days=first // PER_DAY)).isoformat()
        stories = tuple(StoryEntry(date, f"story-{n}", n - first + 1, briefs[n % len(briefs)])
                        for n in range(first, min(first + PER_DAY, STORIES)))
        days.append(DayEntry(date, stories, ()))
    return list(reversed(days))


def browser_times(folder: Path, throttle: int) -> dict[str, dict[str, float]]:
    """Per query: median and worst milliseconds in Chromium, plus the index's load time."""
    with tempfile.TemporaryDirectory() as profile:
        driver = chromium(Path(profile))
        try:
            if throttle > 1:
                driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": throttle})
            driver.get((folder / "index.html").as_uri())
            start = driver.execute_script("document.getElementById('q').focus(); return performance.now()")
            deadline = time.monotonic() + 60
            while not driver.execute_script("return window.briefgenReady === true") and time.monotonic() < deadline:
                time.sleep(0.01)
            # Polled every 10 ms: the load time is good to about that.
            loaded = driver.execute_script("return performance.now()") - start
            times = {"(load every part)": {"median": loaded, "max": loaded, "hits": 0}}
            for query in QUERIES:
                runs = driver.execute_script("""
                    const q = arguments[0], out = []; let hits = 0;
                    const start = performance.now();
                    for (let i = 0; i < arguments[1]; i++) {
                      const t = performance.now(); hits = window.briefgenSearch(q).length;
                      out.push(performance.now() - t);
                    }
                    return [out, hits, (performance.now() - start) / arguments[1]];""", query, REPEATS)
                # Chromium rounds performance.now() to 0.1 ms, so the mean comes from the whole batch.
                times[query] = {"median": runs[2], "max": max(runs[0]), "hits": runs[1]}
            return times
        finally:
            driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the results into {RESULTS}")
    args = parser.parse_args()
    items, origin = articles()
    settings = Settings()
    t = time.perf_counter()
    briefs = [build_brief(text, title=title or None, settings=settings) for title, text in items]
    brief_seconds = time.perf_counter() - t
    days = synthetic_library(briefs)
    t = time.perf_counter()
    outputs = library_outputs(days, settings)
    write_seconds = time.perf_counter() - t
    parts = {n: len(d) for n, d in outputs.items() if n.startswith(f"{SEARCH_DIR}/") or n == INDEX_SCRIPT}
    size = sum(parts.values())
    largest = max((n for n in parts if n != INDEX_SCRIPT), key=parts.get)
    with tempfile.TemporaryDirectory() as folder:
        for name, data in outputs.items():
            target = Path(folder) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        normal = browser_times(Path(folder), 1)
        slow = browser_times(Path(folder), THROTTLE)
    lines = [
        HEADING,
        "",
        f"`.venv/bin/python benchmarks/library.py --write` on {platform.machine()} ({os.cpu_count()} cores, "
        f"Python {platform.python_version()}, shared with other work), {datetime.date.today().isoformat()}.",
        f"A synthetic library of {STORIES:,} stories ({PER_DAY} a day) made from {origin} (briefed in "
        f"{brief_seconds:.1f} s, each reused on several days). Query times are inside headless Chromium, "
        f"{REPEATS} runs each, at full speed and with the CPU slowed {THROTTLE}x (Chrome's CPU throttling, "
        "its stand-in for a phone).",
        "",
        f"- search index: **{size / 1e6:.2f} MB** in all for {STORIES:,} stories (budget {BUDGET_BYTES / 1e6:.0f} MB): "
        f"`{INDEX_SCRIPT}` and {len(parts) - 1} month parts, the largest `{largest}` {parts[largest] / 1e6:.2f} MB; "
        f"{len(outputs):,} library files rendered in {write_seconds:.1f} s",
        "",
        f"| query | stories listed | mean ms | worst ms | mean ms, CPU /{THROTTLE} | worst ms, CPU /{THROTTLE} |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for query in normal:
        a, b = normal[query], slow[query]
        lines.append(f"| `{query}` | {a['hits'] if query[0] != '(' else '—'} | {a['median']:.2f} | {a['max']:.2f} | "
                     f"{b['median']:.2f} | {b['max']:.2f} |")
    worst = max(v["max"] for k, v in slow.items() if k[0] != "(")
    lines += ["", f"Worst query with the CPU slowed {THROTTLE}x: {worst:.1f} ms (budget {BUDGET_MS} ms). "
              "Results are capped at 20 (a one-letter query lists nothing: words"
              " have two letters or more); the last word matches as a prefix (up to 400 words)."]
    text = "\n".join(lines) + "\n"
    publish_section(text, HEADING, args.write)


if __name__ == "__main__":
    main()
