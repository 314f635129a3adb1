"""Benchmark (render, fit, cli): the PDF floor, layouts per brief, throughput beside sumy, start-up.

Each part writes one section of benchmarks/RESULTS.md (`--write`); every figure is a ratio measured side
by side in one run, on this machine's shared cores. The dev corpus is read from `../shared/corpus/dev/`
at run time and written to a temporary folder, never into the project.

    .venv/bin/python benchmarks/speed.py [--part floor|fit|throughput|startup|stages] [--write]

- floor: per page, briefgen's render of a brief (one layout + PDF) against WeasyPrint rendering the same
  brief's text as an <h1> title plus one <p> per item (same fonts, page size and margins, one page),
  CPU time, interleaved, the median of pair ratios over the five seeds.
- fit: layouts per brief and how often the fitter's fallback runs, over the 300 dev articles, with the
  default limits and with large ones that make most briefs overflow.
- throughput: `briefgen brief` on 100 dev articles (md,pdf,json and md alone, default --jobs) beside a
  sumy user's script (LexRank, 3 sentences, a regex sentence splitter) on the same files, one run, and
  WeasyPrint alone rendering the same briefs' floor pages (the least a WeasyPrint tool can take).
- startup: `briefgen --help`, `algorithms`, `notes`, `brief --help` beside `python -c 'import click'`.
- stages: per-stage times of a 200,000-sentence article (segment, selector, each section), and the
  whole command's time and peak memory; `--without actors,numbers` adds the whole command with those
  sections empty (their rewrite is measured on its own).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import html
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import RESULTS, publish_section  # noqa: E402
from table_cache import filled_table_cache  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
BIN = Path(sys.executable).parent
MACHINE = f"{os.cpu_count()} cores (shared), Python {platform.python_version()}; {datetime.date.today().isoformat()}"

SUMY_SCRIPT = r'''
import re, sys
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

class Tokenizer:  # what a sumy user writes offline: NLTK's punkt data cannot be downloaded
    language = "english"
    def to_sentences(self, text):
        return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    def to_words(self, sentence):
        return re.findall(r"\w+", sentence)

tokenizer = Tokenizer()
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    sentences = [Sentence(s, tokenizer) for s in tokenizer.to_sentences(" ".join(text.split()))]
    document = ObjectDocumentModel([Paragraph(sentences)])
    with open(path + ".sumy.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(str(s) for s in summarizer(document, 3)) + "\n")
'''


def dev_articles(limit: int | None = None) -> list[tuple[str, str]]:
    """(id, text) of the dev articles, headline first when the item has a title."""
    items = []
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
            item = json.loads(line)
            head = f"{item['title']}\n" if item.get("title") else ""
            items.append((item["id"], head + item["article"] + "\n"))
    return items[:limit] if limit else items


def run_timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MiB) of the largest process of a command, run in a wrapper."""
    wrapper = ("import resource, subprocess, sys, time, json\n"
               "t = time.perf_counter(); rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
               "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
               " rc]))\n")
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True,
                         cwd=cwd)
    seconds, rss, rc = json.loads(out.stdout.strip().splitlines()[-1])
    if rc not in (0, 1):  # 1: some inputs failed, reported on stderr; anything else is a broken run
        raise SystemExit(f"{' '.join(command[:3])} ... exited {rc}")
    return seconds, rss / 1024


# --- floor ----------------------------------------------------------------------------------------


def floor_html(brief, settings) -> str:
    """The floor page: the brief's title as an <h1>, then one <p> per item as the page shows it."""
    import lxml.html

    from briefgen.render import render_html

    page = lxml.html.fromstring(render_html(brief, settings))
    bottom = page.find_class("bottom-line")[0]
    bottom = bottom if bottom.tag == "p" else bottom.find("p")  # the box, or a box holding a heading and a <p>
    # The page's "Bottom line:" label is the page's own word, not the brief's text: the floor leaves it out.
    lines = [" ".join(bottom.text_content().split()).removeprefix("Bottom line:").strip()]
    lines += [" ".join(el.text_content().split()) for el in page.iter("li", "p") if el.get("data-item") or
              "omitted" in (el.get("class") or "") or "empty" in (el.get("class") or "")]
    css = (f"@page {{ size: {settings.page_size}; margin: 14mm 15mm }} html {{ font-family: 'DejaVu Sans', sans-serif;"
           " font-size: 8.6pt; line-height: 1.34 } h1 { font-family: 'DejaVu Serif', serif } p { margin: 0 0 2.6pt }")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<h1>{html.escape(brief.title)}</h1>{body}</body></html>")


def part_floor(rounds: int = 15, compare: Path | None = None) -> str:
    """The `## PDF floor` section; `compare`: a templates folder whose page is measured against the floor too."""
    from briefgen import Settings, fit_brief
    from briefgen.ingest import load_article
    from briefgen.pipeline import brief_from_article
    from briefgen.render import render_document, render_html

    settings = Settings(date="2024-11-01")
    load = os.getloadavg()[0]
    rows = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        brief = fit_brief(brief_from_article(load_article(str(seed)), settings), settings).brief
        floor = floor_html(brief, settings)
        # Each page is timed right beside a floor render of its own (brief, floor, then other, floor), so a
        # heavy page measured in between cannot tilt the brief's pair.
        pages = [("brief", render_html(brief, settings)), ("floor", floor)]
        if compare is not None:
            pages += [("compare", render_html(brief, settings.replace(templates=compare))), ("compare floor", floor)]
        times: dict[str, list[tuple[float, float]]] = {k: [] for k, _ in pages}
        for _ in range(rounds + 1):
            for kind, page in pages:
                start = time.process_time()
                document = render_document(page)
                layout = time.process_time() - start
                document.write_pdf()
                times[kind].append((layout, time.process_time() - start))
                assert len(document.pages) == 1 or kind == "compare", (seed.name, kind)
        b, f = times["brief"][1:], times["floor"][1:]
        c, cf = times.get("compare", [])[1:], times.get("compare floor", [])[1:]
        rows.append((seed.stem, statistics.median(x[1] for x in b) * 1000, statistics.median(x[1] for x in f) * 1000,
                     statistics.median(x[0] / y[0] for x, y in zip(b, f)),
                     statistics.median(x[1] / y[1] for x, y in zip(b, f)),
                     statistics.median(x[1] / y[1] for x, y in zip(c, cf)) if c else None))
    lines = ["## PDF floor", "",
             "Per page: briefgen rendering a fitted seed brief (one layout + the PDF) against the floor, WeasyPrint",
             "rendering the same brief's text as an `<h1>` title plus one `<p>` per item as the page shows it (the",
             "bottom line and every listed item with its citations), same fonts, page size and margins, one page.",
             f"CPU time, interleaved, {rounds} rounds; ratios are medians of pair ratios. The floor's own rules",
             "(h1 in DejaVu Serif, 2.6pt between paragraphs) apply since the brief's redesign of 2026-12-01 (a",
             "quoting slip had dropped them, and its h1 was DejaVu Sans Bold); the brief embeds the same two faces.",
             "Ratios rise a few percent when the shared cores are busy (the load average is in the machine line).", "",
             "The last column renders the same brief with another templates folder (`--compare-templates`, here",
             "the page design before issue 10: `git show 74d5e21:templates/X` for brief.html.j2, brief.css and",
             "_sections.html.j2), against the same floor rendered right after it.", "",
             "- command: `.venv/bin/python benchmarks/speed.py --part floor --compare-templates OLD --write`",
             f"- machine: {MACHINE}; load average {load:.1f} at the start", "",
             "| seed | brief ms | floor ms | layout ratio | layout + PDF ratio | other templates: layout + PDF ratio |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, bt, ft, rl, rt, rc in rows:
        lines.append(f"| {name} | {bt:.1f} | {ft:.1f} | {rl:.2f} | {rt:.2f} | {'—' if rc is None else f'{rc:.2f}'} |")
    compared = [r[5] for r in rows if r[5] is not None]
    lines.append(f"| **median** | | | {statistics.median(r[3] for r in rows):.2f} | "
                 f"{statistics.median(r[4] for r in rows):.2f} | "
                 f"{statistics.median(compared) if compared else float('nan'):.2f} |")
    return "\n".join(lines) + "\n"


# --- fit ------------------------------------------------------------------------------------------


def part_fit() -> str:
    """The `## Layouts per brief` section."""
    from collections import Counter

    from briefgen import Settings, build_brief, fit_brief

    configs = [("default limits", Settings()),
               ("--sentences 30, every --limit raised to 20-30",
                Settings(sentences=30, max_actors=30, max_numbers=30, max_outlook=20, max_questions=20))]
    articles = dev_articles()
    rows = []
    for label, settings in configs:
        layouts: Counter[int] = Counter()
        fallbacks = overflowed = 0
        for _, text in articles:
            fitted = fit_brief(build_brief(text, settings=settings), settings)
            assert fitted.pages == 1
            layouts[fitted.layouts] += 1
            fallbacks += fitted.fallback
            overflowed += fitted.layouts > 1
        rows.append((label, len(articles), overflowed, dict(sorted(layouts.items())), fallbacks))
    lines = ["## Layouts per brief", "",
             "How many WeasyPrint layouts fitting a brief to one page takes (one when it fits at once; two when the",
             "first layout's box positions predict the drops and one more verifies them) and how often the fallback",
             "(a missed prediction, re-predicted or dropped one by one) runs, over the dev articles.", "",
             "- command: `.venv/bin/python benchmarks/speed.py --part fit --write`", f"- machine: {MACHINE}", "",
             "| settings | briefs | overflowing | briefs by layouts | fallback runs |", "|---|---:|---:|---|---:|"]
    for label, count, overflowed, layouts, fallbacks in rows:
        spread = ", ".join(f"{n} layout{'s' if n > 1 else ''}: {c}" for n, c in layouts.items())
        lines.append(f"| {label} | {count} | {overflowed} | {spread} | {fallbacks} ({fallbacks / count:.1%}) |")
    return "\n".join(lines) + "\n"


# --- throughput -----------------------------------------------------------------------------------


# Pairs (briefgen, then sumy) per row: the median pair ratio of five holds when a neighbour's job starts
# mid-run on these shared cores.
PAIRS = 5


@contextlib.contextmanager
def installed_bytecode():
    """briefgen's modules byte-compiled while the block runs, as pip compiles an installed package.

    This environment sets PYTHONDONTWRITEBYTECODE, so an editable checkout is compiled from source in
    every process (about 0.07 s each) while sumy, installed by pip, has its bytecode. The files made here
    are removed afterwards, so other parts measure the checkout as they always did.
    """
    import compileall
    import importlib.util

    sources = sorted((ROOT / "briefgen").rglob("*.py"))
    made = [Path(importlib.util.cache_from_source(str(p))) for p in sources]
    made = [c for c in made if not c.exists()]
    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    try:
        yield
    finally:
        for cached in made:
            cached.unlink(missing_ok=True)


# Where a run's CPU goes, in one fresh process: the warm-up a pool forks after (imports, lexicons, a first
# layout), then each article's stages. Printed as JSON: seconds per part.
_COST_SCRIPT = r"""
import json, sys, time
start = time.process_time()
from briefgen import Settings
from briefgen.batch import warm_up
from briefgen.ingest import load_articles
from briefgen.fit import fit_brief
from briefgen.pipeline import brief_from_article
from briefgen.render import render_json_bytes, render_markdown
settings = Settings(date="2024-11-01", formats=tuple(sys.argv[1].split(",")))
warm_up(sys.argv[2], settings)
costs = {"warm-up": time.process_time() - start, "sections": 0.0, "fit + PDF": 0.0, "md, json": 0.0}
for path in sys.argv[2:]:
    mark = time.process_time()
    briefs = [brief_from_article(a, settings) for a in load_articles(path, language="english")]
    costs["sections"] += time.process_time() - mark
    mark = time.process_time()
    if "pdf" in settings.formats:
        briefs = [fit_brief(b, settings).brief for b in briefs]
    costs["fit + PDF"] += time.process_time() - mark
    mark = time.process_time()
    for brief in briefs:
        if "md" in settings.formats:
            render_markdown(brief, settings)
        if "json" in settings.formats:
            render_json_bytes(brief, settings)
    costs["md, json"] += time.process_time() - mark
print(json.dumps(costs))
"""


# WeasyPrint alone on the same 100 pages: each brief's floor page (its text as an <h1> and one <p> per item,
# made beforehand), rendered by briefgen's own page call in a pool of this machine's cores forked after a first
# page, as briefgen forks after its warm-up. No sentence is read: the least any tool rendering these pages with
# WeasyPrint takes.
_FLOOR_RUN_SCRIPT = r"""
import multiprocessing, os, sys
from pathlib import Path
from briefgen.render import pdf_bytes, render_document

def render(path):
    Path(path + ".pdf").write_bytes(pdf_bytes(render_document(Path(path).read_text("utf-8"))))

paths = sys.argv[1:]
render(paths[0])
with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
    pool.map(render, paths[1:], chunksize=1)
"""


FLOOR_RUN = "WeasyPrint floor pages only"


def floor_pages(paths: list[str], folder: Path) -> list[str]:
    """Each article's fitted brief as its floor page (see `floor_html`), written into `folder`; the paths."""
    from briefgen import Settings, fit_brief
    from briefgen.ingest import load_articles
    from briefgen.pipeline import brief_from_article

    settings = Settings(date="2024-11-01")
    folder.mkdir()
    pages = []
    for path in paths:
        for article in load_articles(path, language="english"):
            brief = fit_brief(brief_from_article(article, settings), settings).brief
            page = folder / f"{len(pages):03d}.html"
            page.write_text(floor_html(brief, settings), "utf-8")
            pages.append(str(page))
    return pages


def part_throughput(count: int = 100) -> str:
    """The `## Throughput beside sumy` section."""
    load = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory() as temp, installed_bytecode():
        folder = Path(temp) / "in"
        folder.mkdir()
        paths = []
        for ident, text in dev_articles(count):
            path = folder / f"{ident}.txt"
            path.write_text(text, "utf-8")
            paths.append(str(path))
        script = Path(temp) / "sumy_lexrank.py"
        script.write_text(SUMY_SCRIPT, "utf-8")
        sumy = [sys.executable, str(script), *paths]
        briefgen_runs = [("md,pdf,json", [str(BIN / "briefgen"), "-q", "brief", *paths, "--out", f"{temp}/o1",
                                          "--date", "2024-11-01"]),
                         ("md", [str(BIN / "briefgen"), "-q", "brief", *paths, "--out", f"{temp}/o2", "--format",
                                 "md", "--date", "2024-11-01"])]
        floor_run = [sys.executable, "-c", _FLOOR_RUN_SCRIPT, *floor_pages(paths, Path(temp) / "floor")]
        runs = [(f"briefgen, {label}", command) for label, command in briefgen_runs]
        runs.append((FLOOR_RUN, floor_run))
        for label, command in runs:
            pairs = []
            for _ in range(PAIRS):  # briefgen then sumy, in turn; the median pair ratio is kept
                ours, _rss = run_timed(command)
                theirs, _rss = run_timed(sumy)
                pairs.append((ours, theirs))
                for stale in Path(temp).glob("o*/*"):
                    stale.unlink()
                for stale in folder.glob("*.sumy.txt"):
                    stale.unlink()
                for stale in (Path(temp) / "floor").glob("*.pdf"):
                    stale.unlink()
            rows.append((label, statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs),
                         statistics.median(p[0] / p[1] for p in pairs)))
        costs = {}
        for label, _command in briefgen_runs:
            out = subprocess.run([sys.executable, "-c", _COST_SCRIPT, label, *paths], capture_output=True, text=True,
                                 check=True)
            costs[label] = json.loads(out.stdout.strip().splitlines()[-1])
    lines = ["## Throughput beside sumy", "",
             f"`briefgen brief` on {count} dev articles (CNN, `../shared/corpus/dev/`, written to a temporary folder)",
             "with the default `--jobs` (this machine's cores), beside the script a sumy user writes for the same",
             "files (LexRank, 3 sentences, a regex sentence splitter, one summary file per article:",
             f"`SUMY_SCRIPT` in this file), whole processes run in turn, {PAIRS} pairs: median seconds and the median",
             "of the pair ratios. briefgen's modules are byte-compiled for the run, as pip leaves an installed",
             "package and sumy's (this environment sets PYTHONDONTWRITEBYTECODE, so a checkout would otherwise be",
             "compiled from source in every process). The run has a table cache of its own, filled before any",
             "timing (benchmarks/table_cache.py), as any earlier run of briefgen on the machine fills the user's.",
             "The last row reads no sentence: it renders each of the same 100 fitted briefs as its floor page (see",
             "the PDF floor below; pages made before timing) with briefgen's page call in a pool of the machine's",
             "cores forked after a first page, as briefgen forks after its warm-up: the least time any tool takes",
             "that lays these pages out with WeasyPrint.", "",
             "- command: `.venv/bin/python benchmarks/speed.py --part throughput --write`",
             f"- machine: {MACHINE}; load average {load:.1f} at the start", "",
             "| run | s | briefs/s | sumy s | run / sumy |", "|---|---:|---:|---:|---:|"]
    for label, ours, theirs, ratio in rows:
        lines.append(f"| {label} | {ours:.1f} | {count / ours:.1f} | {theirs:.1f} | {ratio:.2f} |")
    floor = next(ratio for label, _ours, _theirs, ratio in rows if label == FLOOR_RUN)
    lines += ["", f"The floor pages alone take {floor:.2f} times sumy: the issue's 2 times leaves {2 - floor:.2f} "
              f"of sumy's", f"time for reading the {count} articles and for whatever a page costs above its floor."]
    cores = os.cpu_count() or 1
    lines += ["", "Where the CPU goes (one fresh process per format list, the same files, CPU seconds): the warm-up a",
              "pool forks after (imports, lexicons, a first page) runs before any worker can start; the articles",
              f"then share the {cores} cores, so warm-up + articles' CPU / {cores} is the least wall time a run can",
              "take this way.", "",
              ("| formats | warm-up s | sections ms/article | fit + PDF ms/article | md, json ms/article | "
               "least wall s |"), "|---|---:|---:|---:|---:|---:|"]
    for label, cost in costs.items():
        articles = cost["sections"] + cost["fit + PDF"] + cost["md, json"]
        page = f"{cost['fit + PDF'] / count * 1000:.1f}" if "pdf" in label else "—"
        lines.append(f"| {label} | {cost['warm-up']:.2f} | {cost['sections'] / count * 1000:.1f} | {page} | "
                     f"{cost['md, json'] / count * 1000:.1f} | {cost['warm-up'] + articles / cores:.1f} |")
    return "\n".join(lines) + "\n"


# --- startup --------------------------------------------------------------------------------------


def part_startup(rounds: int = 7) -> str:
    """The `## Start-up` section."""
    briefgen = str(BIN / "briefgen")
    commands = {"briefgen --help": [briefgen, "--help"], "briefgen algorithms": [briefgen, "algorithms"],
                "briefgen notes": [briefgen, "notes", tempfile.gettempdir()],
                "briefgen brief --help": [briefgen, "brief", "--help"],
                "briefgen daily --help": [briefgen, "daily", "--help"]}
    base = [sys.executable, "-c", "import click"]
    rows = []
    for label, command in commands.items():
        ratios, ours_all, base_all = [], [], []
        for _ in range(rounds):
            ours = _child_cpu(command)
            theirs = _child_cpu(base)
            ratios.append(ours / theirs)
            ours_all.append(ours)
            base_all.append(theirs)
        rows.append((label, statistics.median(ours_all), statistics.median(base_all), statistics.median(ratios)))
    lines = ["## Start-up", "",
             "Whole processes, CPU time (user + system), each command beside `python -c 'import click'` in turn,",
             f"{rounds} pairs; `python -X importtime -c 'import briefgen.cli'` shows no pipeline, Jinja2 or WeasyPrint.",
             "", "- command: `.venv/bin/python benchmarks/speed.py --part startup --write`", f"- machine: {MACHINE}", "",
             "| command | ms | import click ms | ratio |", "|---|---:|---:|---:|"]
    for label, ours, theirs, ratio in rows:
        lines.append(f"| `{label}` | {ours * 1000:.0f} | {theirs * 1000:.0f} | {ratio:.2f} |")
    return "\n".join(lines) + "\n"


def _child_cpu(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# --- stages of a huge article ---------------------------------------------------------------------


# The whole command with some sections replaced by empty ones (`--without actors,numbers`): what the rest of
# the pipeline costs while those sections are being rewritten. The registry is patched before the CLI runs.
_WITHOUT_WRAPPER = """
import sys
import briefgen.pipeline as pipeline
from briefgen.model import Section
class Empty:
    def __init__(self, module): self.KEY, self.TITLE = module.KEY, module.TITLE
    def extract(self, doc, settings): return Section(self.KEY, self.TITLE)
skip = set(sys.argv[1].split(","))
pipeline.REGISTRY = tuple(Empty(m) if m.KEY in skip else m for m in pipeline.REGISTRY)
from briefgen.cli import main
sys.argv = ["briefgen", *sys.argv[2:]]
main()
"""


def part_stages(sentences: int = 200_000, without: tuple[str, ...] = ()) -> str:
    """The `## Huge article` section: per-stage CPU and wall times in-process, then the whole command's time and
    memory (and, with `without`, the whole command with those sections empty)."""
    from briefgen import Settings
    from briefgen.ingest import parse_article
    from briefgen.rank import select_sentences
    from briefgen.sections import REGISTRY
    from briefgen.segment import split_sentences

    words = ["council", "river", "budget", "school", "harbor", "rail", "clinic", "market", "Mayor", "Ortiz"]
    body = " ".join(f"The {words[i % 10]} report number {i} said about {i % 97} people met on Oct. {i % 28 + 1}."
                    for i in range(sentences))
    text = "Huge Report On Everything\n" + body + "\n"
    settings = Settings()
    stages = []

    def timed(name, call):
        wall, cpu = time.perf_counter(), time.process_time()
        result = call()
        stages.append((name, time.perf_counter() - wall, time.process_time() - cpu,
                       resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
        return result

    article = timed("ingest (parse)", lambda: parse_article(text))
    doc = timed("segment", lambda: split_sentences(article))
    # The ranking is cached per document (the situation, outlook and questions sections share it), so
    # the selector's cost shows here and the situation's row is what remains.
    timed("selector (default)", lambda: select_sentences(doc, settings.sentences, None))
    for module in REGISTRY:
        timed(f"section {module.KEY}", lambda: module.extract(doc, settings))
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "huge.txt"
        path.write_text(text, "utf-8")
        size = path.stat().st_size
        command = ["-q", "brief", str(path), "--out", f"{temp}/o", "--format", "md,json", "--max-bytes", str(size + 1)]
        results = [("", run_timed([str(BIN / "briefgen"), *command]))]
        if without:
            results.append((f" (sections {', '.join(without)} empty)",
                            run_timed([sys.executable, "-c", _WITHOUT_WRAPPER, ",".join(without), *command])))
    flag = f" --without {','.join(without)}" if without else ""
    lines = ["## Huge article", "",
             f"One article of {sentences:,} sentences on one line ({size / 1e6:.1f} MB). Stage times in one process",
             "(the pipeline's own calls, in order) with the process's peak memory after each, then the whole command",
             "with its peak memory. Wall times on a shared machine run high; CPU seconds are this process's own.", "",
             f"- command: `.venv/bin/python benchmarks/speed.py --part stages{flag} --write`",
             f"- machine: {MACHINE}", "",
             "| stage | wall s | CPU s | peak RSS after it, MiB |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {wall:.1f} | {cpu:.1f} | {rss:.0f} |" for name, wall, cpu, rss in stages]
    lines += ["", "| whole command | seconds | peak RSS MiB |", "|---|---:|---:|"]
    for label, (seconds, rss) in results:
        lines.append(f"| `briefgen brief huge.txt --max-bytes {size + 1} --format md,json`{label} | {seconds:.1f} | "
                     f"{rss:.0f} |")
    return "\n".join(lines) + "\n"


PARTS = {"floor": ("## PDF floor", None), "fit": ("## Layouts per brief", part_fit),
         "throughput": ("## Throughput beside sumy", part_throughput), "startup": ("## Start-up", part_startup),
         "stages": ("## Huge article", part_stages)}


def main() -> None:
    """Run the chosen parts (all by default), print them; with --write store them in RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=sorted(PARTS), help="run only this part (repeatable)")
    parser.add_argument("--write", action="store_true", help=f"update the sections of {RESULTS}")
    parser.add_argument("--compare-templates", type=Path, metavar="DIR",
                        help="floor: also measure the page these templates make")
    parser.add_argument("--without", default="", metavar="KEYS",
                        help="stages: also time the whole command with these sections empty (e.g. actors,numbers)")
    args = parser.parse_args()
    with filled_table_cache():  # every timed briefgen process reads the same filled table cache
        for name in args.part or list(PARTS):
            heading, function = PARTS[name]
            if name == "floor":
                text = part_floor(compare=args.compare_templates)
            elif name == "stages":
                text = part_stages(without=tuple(k for k in args.without.split(",") if k))
            else:
                text = function()
            publish_section(text, heading, args.write)


if __name__ == "__main__":
    main()
