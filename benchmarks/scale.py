"""Benchmark (stories and daily stages at scale): synthetic days of 1,000 to 16,000 articles, written to RESULTS.md.

Days are generated at run time from the dev corpus (`../shared/corpus/dev/`, never committed): every
synthetic article is made of spliced sentences (the first half of one dev sentence joined to the
second half of another), its names and its rare words (at most `RARE_WORD_COUNT` uses in the corpus)
replaced by words of its own, so most articles are distinct stories with realistic wording. A known
share (`REWRITE_SHARE`) are planted rewrites of an earlier
article: a new headline, `REPLACED_SHARE` of the sentences replaced by new ones and the rest
reordered, the names kept. Measured, side by side in one run:

- grouping alone (`group_profiles`, profiles made beforehand) at each size, with the candidate pairs
  it scored, and the full-matrix clustering it replaces at the smallest size (same groups?);
- pairwise precision and recall of the grouping on the planted rewrites;
- the whole `briefgen daily DAY.jsonl --format md` with `--jobs 2` and on a Dask LocalCluster (2 worker
  processes on 127.0.0.1): articles/s, the driver's peak RSS and the workers' peak RSS.

From the measured per-article costs, a paper estimate for days of 100,000 and 1,000,000 articles.

    .venv/bin/python benchmarks/scale.py [--sizes 1000,4000,16000] [--cluster-max N] [--write]
    .venv/bin/python benchmarks/scale.py --memory --sizes 1000,4000,16000   # driver memory with --top 200
    .venv/bin/python benchmarks/scale.py --grouping-only --sizes 1000,4000,16000 [--profiles-cache DIR]

`--grouping-only` briefs each day in a pool of 2 processes (no output files), then times grouping alone
at every size, one after another in one run; `--profiles-cache` keeps those profiles between runs (a
folder outside the repository) so that a change to grouping is measured again in seconds.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import multiprocessing
import os
import pickle
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import RESULTS, publish_section  # noqa: E402
from table_cache import filled_table_cache  # noqa: E402

from briefgen.config import Settings  # noqa: E402
from briefgen.daily import _brief_job  # noqa: E402
from briefgen.ingest.jsonl import read_jsonl  # noqa: E402
from briefgen.render import brief_from_dict  # noqa: E402
from briefgen.stories import (  # noqa: E402
    SAME_STORY_THRESHOLD,
    cluster,
    Profiles,
    candidate_pairs,
    group_profiles,
    signatures,
    similarity_matrix,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HEADING = "## Grouping at scale"
DATE = "2024-11-01"
SEED = 12
# One article in five is a rewrite of an earlier one: enough pairs to measure recall, few enough that
# most articles stand alone, as on a real day.
REWRITE_SHARE = 0.2
# A rewrite replaces this share of its source's sentences and reorders the rest (the "at least 40%").
REPLACED_SHARE = 0.4
SENTENCES = (8, 20)  # sentences per synthetic article, uniformly
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")
_WORD = re.compile(r"\b[a-z]{4,}\b")
# Words this rare in the dev corpus are what makes a story its own (a place, a product, an event's
# nouns); each synthetic story gets its own for them, as it gets its own names, so two unrelated
# articles that happen to reuse one dev fragment do not look like one story.
RARE_WORD_COUNT = 3
_SYLLABLES = ["ka", "ro", "vin", "tel", "mar", "os", "dun", "bre", "li", "sa", "no", "quar", "zen", "po", "hal", "ver"]


def dev_sentences() -> list[str]:
    """Every dev-corpus sentence of 6 to 60 words."""
    sentences = []
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
            for sentence in _SENTENCE_END.split(json.loads(line)["article"].replace("\n", " ")):
                if 6 <= len(sentence.split()) <= 60:
                    sentences.append(sentence.strip())
    return sentences


class DayMaker:
    """Synthetic articles from spliced dev sentences; each story's names are its own."""

    def __init__(self, sentences: list[str], seed: int = SEED) -> None:
        self.sentences = sentences
        self.random = random.Random(seed)
        self.names_made = 0
        counts = Counter(w for s in sentences for w in _WORD.findall(s))
        self.rare = {w for w, c in counts.items() if c <= RARE_WORD_COUNT}

    def _name(self) -> str:
        # A running number spelt in syllables: every new name is new, as every story's own words are.
        self.names_made += 1
        number, word = self.names_made, ""
        while number:
            number, digit = divmod(number, len(_SYLLABLES))
            word += _SYLLABLES[digit]
        return (word + self.random.choice(_SYLLABLES)).capitalize()

    def _spliced(self) -> str:
        a, b = self.random.sample(self.sentences, 2)
        wa, wb = a.split(), b.split()
        return " ".join(wa[: len(wa) // 2] + wb[len(wb) // 2:])

    def _rename(self, sentence: str, names: dict[str, str]) -> str:
        sentence = _NAME.sub(lambda m: names.setdefault(m.group(), self._name()), sentence)
        return _WORD.sub(lambda m: names.setdefault(m.group(), self._name().lower()) if m.group() in self.rare
                         else m.group(), sentence)

    def _headline(self, names: dict[str, str]) -> str:
        words = self._rename(self._spliced(), names).rstrip(".!?\"'").split()[:9]
        return " ".join(words).strip(",;:") or "News"

    def article(self) -> tuple[str, list[str], dict[str, str]]:
        """A new story: headline, sentences and its name map."""
        names: dict[str, str] = {}
        body = [self._rename(self._spliced(), names) for _ in range(self.random.randint(*SENTENCES))]
        return self._headline(names), body, names

    def rewrite(self, body: list[str], names: dict[str, str]) -> tuple[str, list[str]]:
        """Another outlet's version: new headline, REPLACED_SHARE of sentences new, the rest reordered."""
        replace = set(self.random.sample(range(len(body)), max(1, round(REPLACED_SHARE * len(body)))))
        kept = [s for i, s in enumerate(body) if i not in replace]
        self.random.shuffle(kept)
        fresh = [self._rename(self._spliced(), dict(names)) for _ in replace]
        merged = kept + fresh
        self.random.shuffle(merged)
        return self._headline(dict(names)), merged

    def day(self, size: int) -> tuple[list[dict], list[int]]:
        """`size` JSON records and each one's story number (rewrites share their source's)."""
        records, truth, made = [], [], []
        for index in range(size):
            if made and self.random.random() < REWRITE_SHARE:
                story, body, names = self.random.choice(made)
                title, text = self.rewrite(body, names)
            else:
                title, body, names = self.article()
                story, text = index, body
                made.append((story, body, names))
            records.append({"title": title, "text": " ".join(text), "source": f"outlet-{index % 7}"})
            truth.append(story)
        return records, truth


def pairwise(groups, truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of groups against the planted stories."""
    found = {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}
    members: dict[int, list[int]] = {}
    for index, story in enumerate(truth):
        members.setdefault(story, []).append(index)
    same = {frozenset(p) for m in members.values() for p in itertools.combinations(m, 2)}
    tp = len(found & same)
    return (tp / len(found) if found else 1.0), (tp / len(same) if same else 1.0)


# The driver is run in its own process and reports its own peak RSS and its children's (the pool).
# Its own is VmHWM, not ru_maxrss: Linux carries the peak of the process that started it (this
# benchmark, holding the day) into ru_maxrss across exec, which made a 171 MiB driver read 380.
_DRIVER = """
import resource, sys, time, json
from briefgen.cli import main
t = time.perf_counter()
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rc": code, "seconds": time.perf_counter() - t, "driver": peak / 1024,
                  "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_day(path: Path, out: Path, extra: list[str]) -> dict:
    """`briefgen daily` on a JSON lines day: seconds, return code and peak RSS (MiB) of driver and pool."""
    command = [sys.executable, "-c", _DRIVER, "-q", "daily", str(path), "--out", str(out), "--date", DATE,
               "--format", "md", *extra]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def cached_day(day: Path, out: Path) -> tuple[list[str], Profiles]:
    """The serialised briefs and (packed) profiles a daily run of `day` left in its cache, in line order."""
    entries = []
    for path in (out / ".cache" / "briefs").glob("*.json"):
        entry = json.loads(path.read_text("utf-8"))
        for brief, profile in zip(entry["briefs"], entry["profiles"]):
            line = int(json.loads(brief)["source"].rsplit("#", 1)[1])
            entries.append((line, brief, Profiles.pack(profile)))
    entries.sort(key=lambda e: e[0])
    return [e[1] for e in entries], Profiles.of_rows(e[2] for e in entries)


def _worker_peak() -> float:
    import resource as r

    return r.getrusage(r.RUSAGE_SELF).ru_maxrss / 1024


def section(sizes: list[int], cluster_max: int) -> str:
    """The `## Grouping at scale` section as Markdown."""
    maker = DayMaker(dev_sentences())
    rows, run_rows, quality = [], [], []
    same_groups = None
    with tempfile.TemporaryDirectory() as temp:
        for size in sizes:
            records, truth = maker.day(size)
            day = Path(temp) / f"day-{size}.jsonl"
            day.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
            local = run_day(day, Path(temp) / f"out-{size}-jobs2", ["--jobs", "2"])
            run_rows.append((size, "--jobs 2", local["seconds"], local["driver"], local["children"]))
            print(size, "jobs2", local, file=sys.stderr)
            briefs, profiles = cached_day(day, Path(temp) / f"out-{size}-jobs2")
            start = time.perf_counter()
            grouping = group_profiles(profiles)
            seconds = time.perf_counter() - start
            precision, recall = pairwise(grouping.groups, truth)
            rows.append((size, seconds, grouping.candidates, grouping.compared))
            quality.append((size, precision, recall, sum(1 for count in Counter(truth).values() if count > 1)))
            print(size, "grouping", seconds, grouping.candidates, precision, recall, file=sys.stderr)
            if same_groups is None:
                start = time.perf_counter()
                full = cluster(similarity_matrix([brief_from_dict(json.loads(b)) for b in briefs]),
                               SAME_STORY_THRESHOLD)
                full_seconds = time.perf_counter() - start
                same_groups = (size, sorted(sorted(g) for g in grouping.groups) == full, full_seconds, seconds)
            del briefs, profiles
            if size <= cluster_max:
                from distributed import Client, LocalCluster

                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as running, Client(running) as client:
                    dask = run_day(day, Path(temp) / f"out-{size}-dask", ["--scheduler", running.scheduler_address])
                    workers = max(client.run(_worker_peak).values())
                run_rows.append((size, "LocalCluster, 2 workers", dask["seconds"], dask["driver"], workers))
                print(size, "dask", dask, workers, file=sys.stderr)
    return _markdown(rows, run_rows, quality, same_groups, sizes, cluster_max)


def _markdown(rows, run_rows, quality, same_groups, sizes, cluster_max) -> str:
    base_size, base_seconds = rows[0][0], rows[0][1]
    lines = [
        HEADING, "",
        "Synthetic days generated at run time from the dev corpus: each article is spliced dev sentences with",
        f"names and rare words of its own (distinct stories); {REWRITE_SHARE:.0%} are planted rewrites of an",
        f"earlier article (new headline, {REPLACED_SHARE:.0%} of sentences replaced, the rest reordered, names kept).",
        "Grouping scores only candidate pairs (articles whose 32 heaviest shared TF-IDF stems meet in 5, each",
        "article meeting only its nearest holders of a stem in the day's order of signatures, MinHash with the",
        "rarest stem first), then clusters each component of the",
        "over-threshold graph exactly (see `briefgen/stories.py`).",
        "",
        f"- command: `.venv/bin/python benchmarks/scale.py --sizes {','.join(map(str, sizes))} "
        f"--cluster-max {cluster_max} --write`",
        f"- machine: {os.cpu_count()} cores (shared with other work: times are noisy), Python "
        f"{platform.python_version()}, {platform.machine()}; {datetime.date.today().isoformat()}",
        "",
        "| articles | grouping s | x the smallest day | candidate pairs | pairs scored | of all pairs |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size, seconds, candidates, compared in rows:
        lines.append(f"| {size:,} | {seconds:.2f} | {seconds / base_seconds:.1f} (size x{size / base_size:.0f}) | "
                     f"{candidates:,} | {compared:,} | {compared / (size * (size - 1) / 2):.4%} |")
    size, same, full_seconds, seconds = same_groups
    lines += ["", f"Same groups as the full similarity matrix with average-link clustering at {size:,} articles: "
              f"**{'yes' if same else 'NO'}** (full matrix {full_seconds:.1f} s, candidates {seconds:.2f} s).", "",
              "| articles | planted rewrite stories | precision | recall |", "|---:|---:|---:|---:|"]
    for size, precision, recall, planted in quality:
        lines.append(f"| {size:,} | {planted:,} | {precision:.3f} | {recall:.3f} |")
    lines += ["", "Whole runs (`briefgen -q daily DAY.jsonl --format md`, fresh output folder):", "",
              "| articles | backend | seconds | articles/s | driver peak RSS MiB | largest worker peak RSS MiB |",
              "|---:|---|---:|---:|---:|---:|"]
    for size, backend, seconds, driver, workers in run_rows:
        lines.append(f"| {size:,} | {backend} | {seconds:.0f} | {size / seconds:.1f} | {driver:.0f} | {workers:.0f} |")
    lines += ["", _estimate(rows, run_rows)]
    return "\n".join(lines) + "\n"


def _estimate(rows, run_rows) -> str:
    """A paper estimate for 100,000 and 1,000,000 articles from the measured per-article costs."""
    import math

    local = [r for r in run_rows if r[1] == "--jobs 2"]
    big = local[-1]
    # Worker time per article, from the largest local run: 2 processes busy for its wall time.
    core_seconds = 2 * big[2] / big[0]
    # Grouping's growth between the two largest days, as a power of the size, extrapolated.
    (n1, t1), (n2, t2) = (rows[-2][0], rows[-2][1]), (rows[-1][0], rows[-1][1])
    exponent = math.log(t2 / t1) / math.log(n2 / n1)
    driver_slope = (local[-1][3] - local[0][3]) / max(1, local[-1][0] - local[0][0])
    parts = []
    for n in (100_000, 1_000_000):
        grouping = t2 * (n / n2) ** exponent
        parts.append(
            f"**{n:,} articles**: {n * core_seconds / 3600:.1f} worker-hours of briefing "
            f"({n * core_seconds / 16 / 3600:.2f} h on 16 workers), grouping in the driver about "
            f"{grouping / 60:.0f} min, and a driver of about "
            f"{(local[0][3] + driver_slope * (n - local[0][0])) / 1024:,.0f} GiB")
    return (f"Paper estimate (linear in the measured per-article costs, not run): {core_seconds:.3f} worker-seconds "
            f"per article for `--format md`; grouping time grew as size^{exponent:.2f} between the two largest days; "
            f"the driver grew by {driver_slope * 1000:.0f} MiB per 1,000 articles. " + "; ".join(parts) + ".")


def memory(sizes: list[int]) -> str:
    """Driver and worker peak RSS of `briefgen daily DAY.jsonl --jobs 2 --top 200` at each size (one day
    generator for all sizes, so each size is a fresh draw), and grouping alone on each run's profiles:
    seconds, pairs, precision and recall on the planted rewrites, the full matrix's groups at the first size."""
    maker = DayMaker(dev_sentences())
    lines = ["| articles | seconds | driver peak RSS MiB | largest worker peak RSS MiB | grouping alone s | "
             "candidate pairs | precision | recall |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    notes = []
    with tempfile.TemporaryDirectory() as temp:
        for size in sizes:
            records, truth = maker.day(size)
            day = Path(temp) / f"day-{size}.jsonl"
            day.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
            out = Path(temp) / f"out-{size}"
            run = run_day(day, out, ["--jobs", "2", "--top", "200"])
            print(size, run, file=sys.stderr)
            briefs, profiles = cached_day(day, out)
            start = time.perf_counter()
            grouping = group_profiles(profiles)
            seconds = time.perf_counter() - start
            precision, recall = pairwise(grouping.groups, truth)
            lines.append(f"| {size:,} | {run['seconds']:.0f} | {run['driver']:.0f} | {run['children']:.0f} | "
                         f"{seconds:.2f} | {grouping.candidates:,} | {precision:.3f} | {recall:.3f} |")
            print(size, "grouping", seconds, grouping.candidates, precision, recall, file=sys.stderr)
            if size == sizes[0]:
                start = time.perf_counter()
                full = cluster(similarity_matrix([brief_from_dict(json.loads(b)) for b in briefs]),
                               SAME_STORY_THRESHOLD)
                same = sorted(sorted(g) for g in grouping.groups) == full
                notes.append(f"Same groups as the full similarity matrix at {size:,} articles: "
                             f"{'yes' if same else 'NO'} (full matrix {time.perf_counter() - start:.1f} s).")
            del briefs, profiles
    return "\n".join(lines + [""] + notes) + "\n"


def day_profiles(maker: DayMaker, size: int, folder: Path) -> tuple[Profiles, list[int]]:
    """The next day of `size` articles from `maker`, briefed as `briefgen daily` briefs it (its task, in a
    pool of 2 processes; no output files), as packed profiles in line order, with each one's story number."""
    records, truth = maker.day(size)
    day = folder / f"day-{size}.jsonl"
    day.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    settings = Settings().replace(date=None, formats=("md", "json"))
    profiles = Profiles()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        tasks = ((line.name, line.article, settings) for line in read_jsonl(str(day)))
        for done, error in pool.starmap(_brief_job, tasks, chunksize=20):
            if error is not None:
                raise error
            for profile in done["profiles"]:
                profiles.append(profile)
    day.unlink()
    return profiles, truth


# Grouping alone is timed as the fastest of this many rounds, each round timing every size in turn, in
# CPU seconds of this process (grouping runs in one thread): on shared cores the wall time of one run
# can be twice the next's, and a burst of other work then slows one round of every size, not one size.
GROUPING_ROUNDS = 3


def _fastest(calls: list) -> list[tuple]:
    """Each call's result, and the fewest CPU seconds and wall seconds it took over GROUPING_ROUNDS rounds."""
    results = [None] * len(calls)
    cpu, wall = [float("inf")] * len(calls), [float("inf")] * len(calls)
    for _ in range(GROUPING_ROUNDS):
        for index, call in enumerate(calls):
            start, start_cpu = time.perf_counter(), time.process_time()
            results[index] = call()
            cpu[index] = min(cpu[index], time.process_time() - start_cpu)
            wall[index] = min(wall[index], time.perf_counter() - start)
    return list(zip(results, cpu, wall))


def grouping_only(sizes: list[int], cache: Path | None) -> str:
    """Grouping alone (`group_profiles` on profiles made beforehand) at each size, side by side in one
    run: CPU and wall seconds (fastest of GROUPING_ROUNDS), candidate pairs, pairs scored, precision and
    recall on the planted rewrites, the same with every holder of every signature stem met, and the full
    similarity matrix's groups at the smallest size."""
    maker = DayMaker(dev_sentences())
    days = []
    with tempfile.TemporaryDirectory() as temp:
        for index, size in enumerate(sizes):
            # Days are drawn one after another from one generator: a cached day is named by all before it.
            path = cache / f"profiles-{SEED}-{'-'.join(map(str, sizes[:index + 1]))}.pickle" if cache else None
            if path is not None and path.is_file():
                maker.day(size)  # keeps the generator where it would be
                rows, truth = pickle.loads(path.read_bytes())
                profiles = Profiles.of_rows(rows)
            else:
                profiles, truth = day_profiles(maker, size, Path(temp))
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(pickle.dumps(([profiles.packed(i) for i in range(len(profiles))], truth)))
            print(size, "profiles ready", file=sys.stderr)
            days.append((size, profiles, truth))
    lines = ["| articles | grouping CPU s | x the previous size | wall s | candidate pairs | per article | "
             "pairs scored | precision | recall | every holder met: candidate pairs, CPU s | same groups |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    # The same grouping with every holder of every signature stem met (no neighbour bound) is the
    # exhaustive search the bound replaces: it shows what the bound loses.
    bounded = _fastest([lambda p=p: group_profiles(p) for _, p, _ in days])
    every = _fastest([lambda p=p, n=n: group_profiles(p, pairs=candidate_pairs(signatures(p), neighbours=n))
                      for n, p, _ in days])
    previous = None
    for (size, _, truth), (grouping, cpu, wall), (exhaustive, every_cpu, _) in zip(days, bounded, every):
        precision, recall = pairwise(grouping.groups, truth)
        same = sorted(grouping.groups) == sorted(exhaustive.groups)
        growth = f"{cpu / previous[1]:.1f} (size x{size / previous[0]:.0f})" if previous else "-"
        lines.append(f"| {size:,} | {cpu:.2f} | {growth} | {wall:.2f} | {grouping.candidates:,} | "
                     f"{grouping.candidates / size:.2f} | {grouping.compared:,} | {precision:.3f} | {recall:.3f} | "
                     f"{exhaustive.candidates:,}, {every_cpu:.2f} | {'yes' if same else 'NO'} |")
        print(size, "grouping", cpu, wall, grouping.candidates, precision, recall, exhaustive.candidates,
              every_cpu, same, file=sys.stderr)
        previous = (size, cpu)
    size, profiles, _ = days[0]
    start = time.perf_counter()
    full = cluster(similarity_matrix(profiles), SAME_STORY_THRESHOLD)
    same = sorted(sorted(g) for g in group_profiles(profiles).groups) == full
    lines += ["", f"Same groups as the full similarity matrix at {size:,} articles: {'yes' if same else 'NO'} "
              f"(full matrix {time.perf_counter() - start:.1f} s)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Print the section; with --write also store it in RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000", help="comma list of day sizes")
    parser.add_argument("--cluster-max", type=int, default=16000, help="LocalCluster runs only up to this size")
    parser.add_argument("--write", action="store_true", help=f"update the {HEADING} section of {RESULTS}")
    parser.add_argument("--memory", action="store_true",
                        help="only the driver's memory with --jobs 2 --top 200, and grouping alone on those "
                             "days (printed, not written)")
    parser.add_argument("--grouping-only", action="store_true",
                        help="only grouping alone at each size, on profiles made beforehand (printed, not written)")
    parser.add_argument("--profiles-cache", type=Path, default=None,
                        help="with --grouping-only: keep the days' profiles in this folder and reuse them")
    args = parser.parse_args()
    with filled_table_cache():  # every timed briefgen process reads the same filled table cache
        if args.grouping_only:
            print(grouping_only([int(s) for s in args.sizes.split(",")], args.profiles_cache))
            return
        if args.memory:
            print(memory([int(s) for s in args.sizes.split(",")]))
            return
        text = section([int(s) for s in args.sizes.split(",")], args.cluster_max)
        publish_section(text, HEADING, args.write)


if __name__ == "__main__":
    main()
