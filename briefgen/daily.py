"""Daily stage: many articles in, one digest out (right of fit and publish, left of cli).

`run_daily` collects input files (a JSON lines file is one task per line), briefs each article,
groups them into stories (`briefgen.stories`), merges each story, fits the digest's stories (`top`)
to one page and writes the day's folder through `OutputFolder`. Briefing, the candidate search,
merging and fitting are tasks of a backend (`briefgen.executors`: in process, `jobs` processes or a
Dask cluster), results in input order. The driver keeps what grouping and the digest need: a cache
key and a profile per article, a key, salience and title per story, the digest's stories in full.

    DIR/<date>/daily-brief.pdf     cover page + exactly one page per story, ONE WeasyPrint document
    DIR/<date>/daily-brief.md      the same digest in Markdown
    DIR/<date>/stories/<slug>.md   one note per story (YAML front matter, relative links)
    DIR/<date>/stories/<slug>.json the story in the JSON schema (a `sources` list; sentences name theirs)
    DIR/index.md                   every day in DIR, newest first

Work is cached under `DIR/.cache/` by content hash (input bytes, settings, briefgen's code), so a
re-run of the same day skips unchanged work and writes byte-identical files. Every file is written
atomically; a run killed half-way leaves no partial file and the next run completes it.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import itertools
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__
from .config import Settings
from .errors import BriefgenError, ConfigError, InputError, RenderError
from .executors import Executor, open_executor
from .fit import MAX_ITEM_CHARS, MIN_ITEM_CHARS, SHRINK_FACTOR, drop_order, shorten, without
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, is_jsonl, parse_input, read_jsonl, read_source
from .model import Article, Brief, Item
from .pipeline import brief_from_article
from .publish import MANIFEST, OutputFolder, free_name, slugify
from .render import (
    brief_from_dict,
    brief_to_dict,
    pdf_bytes,
    render_document,
    render_json,
    render_template,
    template_dirs,
)
from .stories import (
    SAME_STORY_THRESHOLD,
    Story,
    group_profiles,
    merge_story,
    order_stories,
    profile_brief,
    profile_from_dict,
    profile_to_dict,
    salience,
    source_letter,
)

log = logging.getLogger(__name__)

DIGEST = "daily-brief"
STORIES = "stories"
INDEX = "index.md"
CACHE = ".cache"
DAILY_FORMATS = ("md", "pdf")
DAILY_MD_TEMPLATE = "daily.md.j2"
DAILY_HTML_TEMPLATE = "daily.html.j2"
STORY_MD_TEMPLATE = "daily_story.md.j2"
INDEX_TEMPLATE = "index.md.j2"
# Templates whose text decides a story's layout: part of the fit cache key, so editing one re-fits.
LAYOUT_TEMPLATES = (DAILY_HTML_TEMPLATE, "daily.css", "brief.css")
# Files a folder scan picks up as articles; a file named on the command line is always read.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".jsonl.gz")
DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Temporary files of an atomic write (`publish`) or cache write: `.name.random.part`.
TEMP_FILE = re.compile(r"^\..+\.part$")
# Re-renders allowed when a story fitted alone still spills over in the combined document (it should
# not: the page geometry is the same), each dropping one more item of the stories that spilled.
MAX_FIXUPS = 5
CACHE_FORMAT = "2"
# Story notes rendered and written together: small enough that a large day's notes are never all in
# memory, large enough that the per-batch bookkeeping is noise.
NOTE_BATCH = 500

ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Failure:
    """An input that could not be briefed, and why (the run goes on without it)."""

    source: str
    error: BaseException


@dataclass
class DailyResult:
    """What a daily run did: the day folder, its stories, files written and removed, failures, cache hits."""

    folder: Path
    date: str
    stories: list[Story | StoredStory] = field(default_factory=list)  # the digest's in memory, the rest stored
    slugs: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    cache_hits: int = 0
    articles: int = 0
    pages: int = 0


# --- Inputs ---------------------------------------------------------------------------------------


def collect_inputs(paths: Iterable[str | Path]) -> list[str]:
    """Article files from files and folders (recursively), sorted, hidden files and output folders skipped."""
    found: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                # An output folder of briefgen holds notes, not articles: never read our own output back.
                if MANIFEST in files:
                    dirs[:] = []
                    continue
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                        found.append(str(Path(folder) / name))
        elif path.exists():
            found.append(str(path))
        else:
            raise InputError(f"{path}: no such file or folder (check the path)")
    # Sorted once over everything so the order (and so the output) never depends on the file system.
    return sorted(dict.fromkeys(found))


# --- Cache and worker results: briefs travel as their public JSON (render.brief_to_dict) -----------


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- Cache ----------------------------------------------------------------------------------------


class Cache:
    """Content-addressed files under `DIR/.cache/`: written atomically, a damaged entry is a miss."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits = 0

    def path(self, kind: str, key: str, suffix: str) -> Path:
        """Where an entry lives."""
        return self.root / kind / f"{key}{suffix}"

    def get(self, kind: str, key: str, suffix: str = ".json") -> bytes | None:
        """An entry's bytes, or None."""
        try:
            data = self.path(kind, key, suffix).read_bytes()
        except OSError:
            return None
        self.hits += 1
        return data

    def put(self, kind: str, key: str, data: bytes, suffix: str = ".json") -> bool:
        """Store an entry; whether it was stored (a cache that cannot be written only costs speed, so errors
        are logged, not raised)."""
        target = self.path(kind, key, suffix)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, target)
            return True
        except OSError as exc:
            log.warning("cannot write the cache entry %s (%s)", target, exc)
            return False


def _hash(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of briefgen's own source: a cache entry made by other code (even at the same version) is a miss."""
    package = Path(__file__).resolve().parent
    return _hash(__version__, *(p.read_bytes() for p in sorted(package.rglob("*.py"))))


def _brief_settings_key(settings: Settings) -> str:
    # The date, formats and template folder do not change what the pipeline extracts.
    return repr(settings.replace(date=None, formats=("md",), templates=None))


# --- Work done in worker processes ----------------------------------------------------------------


def _brief_job(source: str, data: bytes | Article, settings: Settings) -> tuple[dict[str, list] | None,
                                                                            BaseException | None]:
    """Briefs of every article in one input (its bytes, or one parsed JSON line), serialised, with their profiles.

    The task carries what it reads, so it runs the same on a worker with no access to the input files.
    """
    try:
        articles = (data,) if isinstance(data, Article) else parse_input(data, source, language=settings.language)
        briefs = [_dumps(brief_to_dict(brief_from_article(article, settings))) for article in articles]
        # Profiled from the serialised form, exactly as a cached brief would be.
        profiles = [profile_to_dict(profile_brief(brief_from_dict(json.loads(b)))) for b in briefs]
        return {"briefs": briefs, "profiles": profiles}, None
    except BriefgenError as exc:
        return None, exc
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the day
        return None, InputError(f"{source}: internal error ({type(exc).__name__}: {exc}); rerun with --debug")


def _merge_job(members: list[str], settings: Settings, date: str) -> tuple[str, float, str]:
    """One story of serialised member briefs (the lead first), serialised, with its salience and title."""
    brief = merge_story([brief_from_dict(json.loads(m)) for m in members], settings)
    brief = replace(brief, date=date)
    return _dumps(brief_to_dict(brief)), salience(brief), brief.title


def _fit_job(data: str, context: dict[str, Any], settings: Settings) -> str:
    """A story fitted to one page of the daily layout, serialised."""
    return _dumps(brief_to_dict(fit_story(brief_from_dict(json.loads(data)), context, settings)))


def _map(executor: Executor, function, arguments: Iterable[tuple], on_done: Callable[[], None]) -> Iterator:
    """Results of `function` over arguments, in argument order whatever order they finish in."""
    for result in executor.map(function, arguments):
        on_done()
        yield result


# --- Templates ------------------------------------------------------------------------------------


def render_daily_template(name: str, settings: Settings, html: bool, **context: Any) -> str:
    """A daily template rendered like every other (see `briefgen.render.render_template`), with source letters."""
    return render_template(name, settings, html, letter=source_letter, **context)


def _layout_fingerprint(settings: Settings) -> str:
    texts = []
    for name in LAYOUT_TEMPLATES:
        for folder in template_dirs(settings):
            if (folder / name).is_file():
                texts.append((folder / name).read_text("utf-8"))
                break
    return _hash(settings.page_size, *texts)


def _entry(brief: Brief, slug: str, number: int) -> dict[str, Any]:
    """What the templates know of a story: its brief, file slug, anchor and number (1-based)."""
    return {"brief": brief, "slug": slug, "anchor": f"story-{number}", "number": number,
            "bottom_line": brief.bottom_line}


def daily_html(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings, cover: bool) -> str:
    """The daily HTML document: an optional cover page, then one page per story."""
    return render_daily_template(DAILY_HTML_TEMPLATE, settings, html=True, stories=entries, cover=cover, **context)


# --- Fitting stories ------------------------------------------------------------------------------


def _shorten_items(brief: Brief, limit: int) -> Brief:
    """Every item's text and quotes cut to `limit` characters (as `fit` does for one brief)."""
    def cut(item: Item) -> Item:
        if len(item.text) <= limit and all(len(q.text) <= limit for q in item.quotes):
            return item
        quotes = tuple(q if len(q.text) <= limit else replace(q, text=shorten(q.text, limit), truncated=True)
                       for q in item.quotes)
        return replace(item, text=shorten(item.text, limit), quotes=quotes, fields={**item.fields, "truncated": True})

    return brief.with_sections(tuple(replace(s, items=tuple(cut(i) for i in s.items)) for s in brief.sections))


def _story_pages(brief: Brief, context: dict[str, Any], settings: Settings) -> int:
    html = daily_html([_entry(brief, "story", 1)], context, settings, cover=False)
    return len(render_document(html).pages)


def fit_story(brief: Brief, context: dict[str, Any], settings: Settings) -> Brief:
    """The story with as many items as fit one page of the daily layout (the fit stage's rules, its layout)."""
    brief = _shorten_items(brief, MAX_ITEM_CHARS)
    if _story_pages(brief, context, settings) <= 1:
        return brief
    order = drop_order(brief)
    # Pages fall (weakly) as items are dropped: bisection finds the fewest drops in ~log2(items) renders.
    low, high, best = 1, len(order), None
    while low <= high:
        middle = (low + high) // 2
        candidate = without(brief, order[:middle])
        if _story_pages(candidate, context, settings) <= 1:
            best, high = candidate, middle - 1
        else:
            low = middle + 1
    if best is None:
        best = without(brief, order)
        limit = max([len(i.text) for s in best.sections for i in s.items] + [MIN_ITEM_CHARS])
        while True:
            limit = max(MIN_ITEM_CHARS, int(limit * SHRINK_FACTOR))
            best = _shorten_items(best, limit)
            if _story_pages(best, context, settings) <= 1 or limit == MIN_ITEM_CHARS:
                break
    log.info("%s: %d item(s) left out to fit one page", brief.title, best.omitted)
    return best


def _story_start_pages(document, count: int) -> list[int | None]:
    """The 0-based page each story's anchor lands on."""
    where: dict[str, int] = {}
    for number, page in enumerate(document.pages):
        for anchor in page.anchors:
            where.setdefault(anchor, number)
    return [where.get(f"story-{i + 1}") for i in range(count)]


def _spilled(document, count: int) -> list[int]:
    """Indices of stories that take more than one page in the combined document."""
    starts = _story_start_pages(document, count)
    ends = starts[1:] + [len(document.pages)]
    return [i for i, (start, end) in enumerate(zip(starts, ends)) if start is None or end - start != 1]


# --- Output ---------------------------------------------------------------------------------------


def story_slugs(stories: Sequence[Story]) -> list[str]:
    """File names of stories from their titles, collisions numbered in story order ("x", "x-2")."""
    return title_slugs([story.brief.title for story in stories])


def title_slugs(titles: Sequence[str]) -> list[str]:
    """File names from titles, collisions numbered in order ("x", "x-2")."""
    taken: set[str] = set()
    return [free_name(slugify(title), taken) for title in titles]


def _sweep_temp_files(folders: Iterable[Path]) -> None:
    """Remove temporary files a killed run left behind (`.name.random.part`: never a finished file)."""
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if TEMP_FILE.match(path.name) and path.is_file():
                log.info("removing %s left by an interrupted run", path)
                path.unlink(missing_ok=True)


def _write_all(folder: OutputFolder, outputs: dict[str, bytes], result: DailyResult) -> None:
    """Write every output that changed; a file that already holds exactly these bytes is left alone.

    A file briefgen wrote just before a crash, before its manifest was saved, is recognised by its
    content and adopted, so the next run completes the day instead of refusing to touch it.
    """
    changed = {}
    for name, data in outputs.items():
        target = folder.target(name)
        if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
            folder.manifest[name] = hashlib.sha256(data).hexdigest()
            result.unchanged.append(name)
        else:
            changed[name] = data
    folder.check(list(changed))  # every name is checked before the first write: all or nothing
    for name, data in changed.items():
        folder.target(name).parent.mkdir(parents=True, exist_ok=True)
        path = folder.write(name, data)
        result.written.append(name)
        log.info("wrote %s", path)


def _remove_stale(folder: OutputFolder, date: str, keep: set[str], result: DailyResult) -> None:
    """Remove story files of this day that briefgen wrote and this run did not produce."""
    prefix = f"{date}/{STORIES}/"
    for name in sorted(folder.manifest):
        if name.startswith(prefix) and name not in keep:
            if folder.owns(name):
                result.removed.append(name)
                log.info("removed %s (no longer in the inputs)", folder.path / name)
            folder.remove(name)


@dataclass(frozen=True)
class DayEntry:
    """One day of the library as the index shows it."""

    date: str
    digest_md: bool
    digest_pdf: bool
    stories: tuple[dict[str, Any], ...]


def library_days(root: Path) -> list[DayEntry]:
    """Every day folder under an output folder, newest first, with its stories (title, slug, sources)."""
    days = []
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and DAY_FOLDER.match(p.name)), reverse=True):
        stories = []
        for path in sorted((folder / STORIES).glob("*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
                stories.append({"title": data["title"], "slug": path.stem, "sources": len(data.get("sources", [1]))})
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("%s: not a story briefgen can read; left out of the index", path)
        days.append(DayEntry(folder.name, (folder / f"{DIGEST}.md").is_file(), (folder / f"{DIGEST}.pdf").is_file(),
                             tuple(sorted(stories, key=lambda s: (s["title"].lower(), s["slug"])))))
    return days


def render_index(root: Path, settings: Settings) -> str:
    """`index.md` of an output folder: every day, newest first, linking each digest and story."""
    return render_daily_template(INDEX_TEMPLATE, settings, html=False, days=library_days(root))


# --- The run --------------------------------------------------------------------------------------


def today() -> str:
    """Today's date, local time, as YYYY-MM-DD."""
    return datetime.date.today().isoformat()


def run_daily(
    inputs: Sequence[str | Path],
    out: str | Path = "out",
    date: str | None = None,
    formats: Sequence[str] = DAILY_FORMATS,
    jobs: int = 1,
    settings: Settings | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    threshold: float = SAME_STORY_THRESHOLD,
    scheduler: str | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    top: int | None = None,
) -> DailyResult:
    """Write the day's digest, story notes and the library index for these inputs (see the module docstring).

    `top` keeps the digest to the most salient stories (every story still gets its note and JSON);
    `scheduler` runs briefing and fitting on that Dask cluster instead of `jobs` local processes;
    `max_bytes` caps each article, `max_file_bytes` a whole JSON lines file (decompressed).

    Inputs that fail are recorded in `result.failures` and the rest go on; a template, render or output
    error raises. `date` only names the day's folder and brief, it filters nothing.
    """
    settings = settings or Settings()
    date = date or today()
    formats = tuple(f for f in DAILY_FORMATS if f in formats)
    if not formats:
        raise BriefgenError(f"daily formats must be among {', '.join(DAILY_FORMATS)}")
    if top is not None and top < 1:
        raise ConfigError(f"top must be at least 1, not {top!r}")
    settings = settings.replace(date=date, formats=formats + ("json",))
    report = progress or (lambda stage, done, total: None)
    sources = collect_inputs(inputs)
    # The backend first: an unreachable scheduler is reported before anything is written.
    executor = open_executor(jobs, scheduler)
    try:
        root = OutputFolder(out)
        cache = Cache(root.path / CACHE)
        day = f"{date}"
        result = DailyResult(root.path / day, date)
        _sweep_temp_files([root.path, root.path / day, root.path / day / STORIES,
                           *(root.path / CACHE / kind for kind in ("briefs", "stories", "fits", "pdf"))])
        briefs, profiles = _brief_all(sources, settings, max_bytes, max_file_bytes, cache, executor, report,
                                      result)
        result.articles = len(briefs)
        stored = _build_stories(briefs, profiles, settings, threshold, date, cache, executor, report)
        del briefs, profiles  # the stories hold what the rest needs
        slugs = title_slugs([s.title for s in stored])
        # The digest holds the `top` most salient stories, in memory; the others stay in the cache and get
        # their notes unfitted.
        shown = len(stored) if top is None else min(top, len(stored))
        digest = [s.load() for s in stored[:shown]]
        context = _context(date, digest, formats)
        if "pdf" in formats:
            digest = _fit_all(digest, context, settings, cache, executor, report)
    finally:
        executor.close()
    stories: list[Story | StoredStory] = [*digest, *stored[shown:]]
    result.stories, result.slugs = stories, slugs
    notes = _write_notes(root, stories, slugs, date, settings, result)
    entries = [_entry(s.brief, slug, n) for n, (s, slug) in enumerate(zip(digest, slugs), start=1)]
    context = _context(date, digest, formats)
    outputs = {}
    outputs[f"{day}/{DIGEST}.md"] = render_daily_template(DAILY_MD_TEMPLATE, settings, html=False, stories=entries,
                                                    **context).encode("utf-8")
    if "pdf" in formats:
        report("render", 0, 1)
        pdf, result.pages = _daily_pdf(entries, context, settings, cache)
        outputs[f"{day}/{DIGEST}.pdf"] = pdf
        report("render", 1, 1)
    _write_all(root, outputs, result)
    _remove_stale(root, date, notes | set(outputs), result)
    # The index is made from the day folders as they now stand, this day's files included.
    _write_all(root, {INDEX: render_index(root.path, settings).encode("utf-8")}, result)
    root.save_manifest()
    result.cache_hits = cache.hits
    return result


def _context(date: str, stories: Sequence[Story], formats: Sequence[str]) -> dict[str, Any]:
    """What the digest templates know of the day besides the stories."""
    sources = [src for s in stories for src in s.brief.sources]
    actors = list(dict.fromkeys(i.text for s in stories for i in _actor_items(s.brief)))
    return {"date": date, "story_count": len(stories), "source_count": len(sources),
            "source_names": [src.name for src in sources], "actors": actors, "has_pdf": "pdf" in formats,
            "digest": DIGEST, "stories_dir": STORIES}


def _actor_items(brief: Brief) -> tuple[Item, ...]:
    try:
        return brief.section("actors").items
    except KeyError:
        return ()



def _stage_counter(report: ProgressCallback, stage: str, total: int, done: int) -> Callable[[], None]:
    """Report a stage's progress now (cached work counts as done) and return a one-more-done callback."""
    report(stage, done, total)
    count = itertools.count(done + 1)
    return lambda: report(stage, next(count), total)

@dataclass(frozen=True)
class _Work:
    """One briefing task: an input file, or one line of a JSON lines file, and its cache key."""

    name: str
    key: str
    path: str
    line: int | None = None


def _article_key(article: Article) -> str:
    return _dumps(dataclasses.asdict(article))


def _work_items(sources: list[str], settings: Settings, max_bytes: int, max_file_bytes: int,
                result: DailyResult) -> list[_Work]:
    """Every briefing task of the inputs, in input order (lines in file order); bad inputs and lines recorded."""
    settings_key = _brief_settings_key(settings)
    items = []
    for source in sources:
        try:
            if is_jsonl(source):
                for line in read_jsonl(source, settings.language, max_bytes, max_file_bytes):
                    if line.error is not None:
                        result.failures.append(Failure(line.name, line.error))
                        continue
                    items.append(_Work(line.name, _line_key(line.name, line.article, settings_key), source,
                                       line.number))
            else:
                items.append(_Work(source, _file_key(source, read_source(source, max_bytes), settings_key), source))
        except BriefgenError as exc:
            result.failures.append(Failure(source, exc))
    return items


def _payloads(todo: list[_Work], settings: Settings, max_bytes: int, max_file_bytes: int) -> Iterator[tuple]:
    """The task arguments of work items, read again lazily: the driver holds a window of articles, not a day."""
    task_settings = settings.replace(date=None)
    settings_key = _brief_settings_key(settings)
    by_path: dict[str, list[_Work]] = {}
    for item in todo:
        by_path.setdefault(item.path, []).append(item)
    for path, items in by_path.items():
        if items[0].line is None:
            data = read_source(path, max_bytes)
            if _file_key(items[0].name, data, settings_key) != items[0].key:
                raise _changed(path)
            yield items[0].name, data, task_settings
            continue
        wanted = [item.line for item in items]
        found = 0
        for line in read_jsonl(path, settings.language, max_bytes, max_file_bytes):
            if found < len(wanted) and line.number == wanted[found]:
                if line.article is None or _line_key(line.name, line.article, settings_key) != items[found].key:
                    raise _changed(path)
                found += 1
                yield line.name, line.article, task_settings
        if found < len(wanted):
            raise _changed(path)


def _changed(path: str) -> InputError:
    # Results pair with work items by position: an input that changed between its two reads must stop
    # the run, or a brief would be filed under another article's name and cache key.
    return InputError(f"{path}: changed while the day was being built; run again once it is complete")


def _file_key(source: str, data: bytes, settings_key: str) -> str:
    return _hash(CACHE_FORMAT, code_fingerprint(), settings_key, source, data)


def _line_key(name: str, article: Article, settings_key: str) -> str:
    return _hash(CACHE_FORMAT, code_fingerprint(), settings_key, name, _article_key(article))


class _Briefs:
    """The day's serialised briefs, kept in the cache on disk rather than in memory (held only when the
    cache cannot be written): the driver holds a key per brief, and reads a brief back when a task needs it."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.refs: list[tuple[str, int]] = []
        self.held: dict[str, list[str]] = {}

    def add(self, key: str, briefs: list[str], stored: bool) -> None:
        """Record an entry's briefs (held in memory when `stored` is false)."""
        if not stored:
            self.held[key] = briefs
        self.refs.extend((key, position) for position in range(len(briefs)))

    def __len__(self) -> int:
        return len(self.refs)

    def __getitem__(self, index: int) -> str:
        key, position = self.refs[index]
        if key in self.held:
            return self.held[key][position]
        try:
            return json.loads(self.cache.path("briefs", key, ".json").read_bytes())["briefs"][position]
        except (OSError, ValueError, KeyError, IndexError) as exc:
            raise BriefgenError(f"the cache entry of a brief was removed during the run ({exc}); run again") from None


def _brief_all(sources: list[str], settings: Settings, max_bytes: int, max_file_bytes: int, cache: Cache,
               executor: Executor, report: ProgressCallback, result: DailyResult) -> tuple[_Briefs, list]:
    """Every article's serialised brief (kept in the cache) and grouping profile, in input order."""
    items = _work_items(sources, settings, max_bytes, max_file_bytes, result)
    cached: dict[int, dict[str, list]] = {}
    todo = []
    for index, item in enumerate(items):
        hit = cache.get("briefs", item.key)
        if hit is not None:
            try:
                entry = json.loads(hit)
                cached[index] = {"count": len(entry["briefs"]), "profiles": entry["profiles"], "stored": True}
                log.info("cache hit: %s", item.name)
                continue
            except (ValueError, KeyError, TypeError):
                log.warning("damaged cache entry for %s; briefing it again", item.name)
        todo.append(index)
    advance = _stage_counter(report, "brief", len(items), len(items) - len(todo))
    work = [items[i] for i in todo]
    fresh = _map(executor, _brief_job, _payloads(work, settings, max_bytes, max_file_bytes), advance)
    held: dict[int, list[str]] = {}
    for index, (serialised, error) in zip(todo, fresh):
        if error is not None:
            result.failures.append(Failure(items[index].name, error))
            continue
        stored = cache.put("briefs", items[index].key, json.dumps(serialised, ensure_ascii=False).encode("utf-8"))
        cached[index] = {"count": len(serialised["briefs"]), "profiles": serialised["profiles"], "stored": stored}
        if not stored:
            held[index] = serialised["briefs"]
    # Every brief goes through its serialised form, fresh or cached, so both runs see identical objects.
    briefs = _Briefs(cache)
    profiles = []
    for index in sorted(cached):
        entry = cached.pop(index)
        briefs.add(items[index].key, held.get(index, [""] * entry["count"]), entry["stored"])
        profiles.extend(profile_from_dict(p) for p in entry["profiles"])
    return briefs, profiles


class StoredStory:
    """A story of the day whose merged brief waits in the cache on disk: `.brief` reads it back.

    The driver of a large day keeps one of these per story (members, salience, title, a cache key),
    not the brief, so its memory holds the digest's stories only.
    """

    __slots__ = ("members", "salience", "title", "_cache", "_key", "_held")

    def __init__(self, members: tuple[int, ...], salience: float, title: str, cache: Cache, key: str,
                 held: str | None) -> None:
        self.members, self.salience, self.title = members, salience, title
        self._cache, self._key, self._held = cache, key, held

    @property
    def brief(self) -> Brief:
        """The merged brief (read from the cache each time)."""
        if self._held is not None:
            return brief_from_dict(json.loads(self._held))
        try:
            return brief_from_dict(json.loads(self._cache.path("stories", self._key, ".json").read_bytes()))
        except (OSError, ValueError) as exc:
            raise BriefgenError(f"the cache entry of a story was removed during the run ({exc}); run again") from None

    def load(self) -> Story:
        """The story with its brief in memory."""
        return Story(self.brief, self.members, self.salience)


def _build_stories(briefs: _Briefs, profiles: list, settings: Settings, threshold: float, date: str,
                   cache: Cache, executor: Executor, report: ProgressCallback) -> list[StoredStory]:
    """The day's stories: profiles grouped (the candidate search in tasks), each group merged as a task and
    kept in the cache, most salient first."""
    report("group", 0, 1)
    groups = group_profiles(profiles, threshold, mapper=lambda function, *columns: executor.map(
        function, zip(*columns))).groups
    report("group", 1, 1)
    advance = _stage_counter(report, "merge", len(groups), 0)
    merged = _map(executor, _merge_job, (([briefs[m] for m in members], settings, date) for members in groups),
                  advance)
    stories = []
    for members, (data, score, title) in zip(groups, merged):
        key = _hash(CACHE_FORMAT, data)
        stored = cache.put("stories", key, data.encode("utf-8"))
        stories.append(StoredStory(members, score, title, cache, key, None if stored else data))
    return order_stories(stories)


def _fit_all(stories: list[Story], context: dict[str, Any], settings: Settings, cache: Cache,
             executor: Executor, report: ProgressCallback) -> list[Story]:
    """Every story fitted to one page, cached by the story's content and the layout."""
    layout = _layout_fingerprint(settings)
    fit_settings = settings.replace(formats=("pdf",))
    serialised = [_dumps(brief_to_dict(s.brief)) for s in stories]
    keys = [_hash(CACHE_FORMAT, code_fingerprint(), layout, repr(fit_settings), data) for data in serialised]
    fitted: dict[int, str] = {}
    todo = []
    for index, key in enumerate(keys):
        hit = cache.get("fits", key)
        if hit is not None:
            fitted[index] = hit.decode("utf-8")
        else:
            todo.append(index)
    advance = _stage_counter(report, "fit", len(stories), len(stories) - len(todo))

    results = _map(executor, _fit_job, ((serialised[i], context, fit_settings) for i in todo), advance)
    for index, data in zip(todo, results):
        fitted[index] = data
        cache.put("fits", keys[index], data.encode("utf-8"))
    return [replace(s, brief=brief_from_dict(json.loads(fitted[i]))) for i, s in enumerate(stories)]


def _daily_pdf(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings,
               cache: Cache) -> tuple[bytes, int]:
    """The daily PDF as one document; cached by its HTML. Stories that spill are trimmed and re-rendered."""
    for _ in range(MAX_FIXUPS + 1):
        html = daily_html(entries, context, settings, cover=True)
        key = _hash(CACHE_FORMAT, __version__, html)
        hit = cache.get("pdf", key, ".pdf")
        pages_hit = cache.get("pdf", key, ".pages")
        if hit is not None and pages_hit is not None:
            return hit, int(pages_hit)
        document = render_document(html)
        spilled = _spilled(document, len(entries))
        if not spilled:
            pdf = pdf_bytes(document)
            cache.put("pdf", key, pdf, ".pdf")
            cache.put("pdf", key, str(len(document.pages)).encode(), ".pages")
            return pdf, len(document.pages)
        log.warning("%d stories spill over one page in the digest; trimming them", len(spilled))
        for index in spilled:
            brief = entries[index]["brief"]
            order = drop_order(brief)
            if order:
                entries[index] = {**entries[index], "brief": without(brief, order[:1])}
                entries[index]["bottom_line"] = entries[index]["brief"].bottom_line
    raise RenderError("the daily PDF could not be laid out one page per story; report this with the inputs")


def _note_files(brief: Brief, slug: str, date: str, settings: Settings) -> dict[str, bytes]:
    """A story's note and JSON, by output name."""
    base = f"{date}/{STORIES}/{slug}"
    return {
        f"{base}.md": render_daily_template(
            STORY_MD_TEMPLATE, settings, html=False, brief=brief, bottom_line=brief.bottom_line, date=date,
            digest=DIGEST,
        ).encode("utf-8"),
        f"{base}.json": render_json(brief, settings).encode("utf-8"),
    }


def _write_notes(folder: OutputFolder, stories: Sequence[Story | StoredStory], slugs: list[str], date: str,
                 settings: Settings, result: DailyResult) -> set[str]:
    """Write every story's note and JSON, a batch at a time, so only a batch of them is ever in memory.

    Every name is checked before the first write, as `_write_all` does for one batch: a file of the
    user's in the way stops the run with nothing written (a file of identical bytes, left by a run that
    crashed before saving its manifest, is briefgen's own and is adopted).
    """
    names = {f"{date}/{STORIES}/{slug}{suffix}": index for index, slug in enumerate(slugs)
             for suffix in (".md", ".json")}
    for name, index in names.items():
        if name in folder.written or not folder.owns(name):
            data = _note_files(stories[index].brief, slugs[index], date, settings)[name]
            target = folder.target(name)
            if name in folder.written or not (target.is_file() and not target.is_symlink()
                                              and target.read_bytes() == data):
                folder.check([name])
    for start in range(0, len(stories), NOTE_BATCH):
        batch: dict[str, bytes] = {}
        for story, slug in zip(stories[start:start + NOTE_BATCH], slugs[start:start + NOTE_BATCH]):
            batch.update(_note_files(story.brief, slug, date, settings))
        _write_all(folder, batch, result)
    return set(names)


# --- Notes: searching the library -----------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """One story note of the library."""

    date: str
    title: str
    path: Path
    sources: tuple[str, ...]
    actors: tuple[str, ...]


def find_notes(root: str | Path, actor: str | None = None, date: str | None = None,
               word: str | None = None) -> list[Note]:
    """Story notes under an output folder, newest day first, filtered by actor, date (or prefix) and word.

    An actor matches any part of an actor's name, a word matches whole words of the title or the text,
    all case-insensitively.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder (give the --out folder of `briefgen daily`)")
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE) if word else None
    notes = []
    for day in library_days(root):
        if date and not day.date.startswith(date):
            continue
        for story in day.stories:
            path = root / day.date / STORIES / f"{story['slug']}.json"
            try:
                data = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            actors = tuple(i["text"] for s in data.get("sections", []) if s.get("key") == "actors"
                           for i in s.get("items", []))
            if actor and not any(actor.lower() in a.lower() for a in actors):
                continue
            if pattern and not (pattern.search(data.get("title", "")) or
                                any(pattern.search(s.get("text", "")) for s in data.get("sentences", []))):
                continue
            notes.append(Note(day.date, data["title"], path.with_suffix(".md"),
                              tuple(s.get("source", "") for s in data.get("sources", [])), actors))
    return notes


__all__ = [
    "DailyResult", "Failure", "Note", "collect_inputs", "find_notes",
    "fit_story", "library_days", "render_index", "run_daily", "story_slugs",
]
