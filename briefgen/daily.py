"""Daily stage: many articles in, one digest out (right of fit and publish, left of cli).

`run_daily` collects input files (a JSON lines file is one task per line), briefs each article,
groups them into stories (`briefgen.stories`), merges each story, fits the digest's stories (`top`)
to one page and writes the day's folder through `OutputFolder`. Briefing, the candidate search,
merging and fitting are tasks of a backend (`briefgen.executors`: in process, `jobs` processes or a
Dask cluster), results in input order. The driver keeps what grouping and the digest need: a cache
key and a profile per article, a key, salience and title per story, the digest's stories in full.

    DIR/<date>/daily-brief.pdf     a cover of at most two pages + exactly one page per story, rendered in
                                   parts of CHUNK_STORIES pages and joined, a bookmark per story
    DIR/<date>/daily-brief.md      the same digest in Markdown
    DIR/<date>/stories/<slug>.md   one note per story (YAML front matter, relative links)
    DIR/<date>/stories/<slug>.json the story in the JSON schema (a `sources` list; sentences name theirs)
    DIR/<date>/daily-brief.epub    the day as an EPUB 3 book (with epub)
    DIR/index.md                   every day in DIR, newest first
    DIR/index.html, DIR/actors/    the HTML library (with html, or once DIR has one; `briefgen.library`)

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_atomic
from .config import DAILY_DEFAULT_FORMATS, DAILY_FORMATS, Settings
from .errors import BriefgenError, ConfigError, InputError, RenderError
from .executors import Executor, open_executor
from .fit import fit_page, frame_overflows
from .ingest import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    expand_inputs,
    is_jsonl,
    parse_input,
    read_jsonl,
    read_source,
)
from .model import Article, Brief
from .pipeline import brief_from_article
from .notes import DIGEST, STORIES, Note, find_notes, library_days
from .publish import OutputFolder, free_name, slugify
from .render import (
    brief_from_dict,
    brief_to_dict,
    pdf_bytes,
    render_document,
    render_json_bytes,
    render_template,
    template_dirs,
)
from .stories import (
    SAME_STORY_THRESHOLD,
    Profiles,
    Story,
    group_profiles,
    merge_story,
    order_stories,
    profile_brief,
    profile_to_dict,
    salience,
    source_letter,
)

log = logging.getLogger(__name__)

INDEX = "index.md"
CACHE = ".cache"
DAILY_MD_TEMPLATE = "daily.md.j2"
DAILY_HTML_TEMPLATE = "daily.html.j2"
STORY_MD_TEMPLATE = "daily_story.md.j2"
INDEX_TEMPLATE = "index.md.j2"
# Templates whose text decides a story's layout: part of the fit cache key, so editing one re-fits.
LAYOUT_TEMPLATES = (DAILY_HTML_TEMPLATE, "daily.css", "brief.css")
# Temporary files of an atomic write (`publish`) or cache write: `.name.random.part`.
TEMP_FILE = re.compile(r"^\..+\.part$")
# Stories per part of the digest PDF: each part is one WeasyPrint document, joined with pypdf. The whole
# 300-story digest as one document peaked at 976 MB; a part of 50 pages stays near a tenth of that.
CHUNK_STORIES = 50
# Stories the cover lists with their top lines; the rest get a compact line each, as far as two pages go.
LEAD_STORIES = 8
MAX_COVER_PAGES = 2
# Compact titles laid out at most when fitting the cover: more than two pages of 7.4pt lines ever hold.
MAX_COVER_TITLES = 300
CACHE_FORMAT = "3"
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
    """Article files from files and folders (recursively, see `ingest.expand_inputs`), sorted."""
    found: list[str] = []
    for entry in expand_inputs(paths):
        if entry.error is not None:
            raise entry.error
        if entry.path != "-" and not os.path.lexists(entry.path):
            raise InputError(f"{entry.path}: no such file or folder (check the path)")
        found.append(entry.path)
    # Sorted once over everything so the order (and so the output) never depends on the file system.
    return sorted(dict.fromkeys(found))


# --- Cache and worker results: briefs travel as their public JSON (render.brief_to_dict) -----------


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- Cache ----------------------------------------------------------------------------------------


class Cache:
    """Content-addressed files under `DIR/.cache/`: written atomically, a damaged entry is a miss.

    An entry that cannot be written (a full disk, a read-only folder) is kept in memory for this run
    instead: the cache only costs speed, and what the run put in it, it can always `read` back.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits = 0
        self._held: dict[Path, bytes] = {}

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

    def put(self, kind: str, key: str, data: bytes, suffix: str = ".json") -> None:
        """Store an entry (held in memory if it cannot be written: errors are logged, not raised)."""
        target = self.path(kind, key, suffix)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data, mode=0o600)
        except OSError as exc:
            log.warning("cannot write the cache entry %s (%s); kept in memory for this run", target, exc)
            self._held[target] = data

    def read(self, kind: str, key: str, suffix: str = ".json") -> bytes:
        """An entry this run put (or found) in the cache, read back; OSError if it has gone since."""
        target = self.path(kind, key, suffix)
        held = self._held.get(target)
        return held if held is not None else target.read_bytes()


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
        briefs = [brief_from_article(article, settings) for article in articles]
        # `brief_from_dict` is the exact inverse of `brief_to_dict`, so the brief profiles as its cached
        # form would.
        return {"briefs": [_dumps(brief_to_dict(b)) for b in briefs],
                "profiles": [profile_to_dict(profile_brief(b)) for b in briefs]}, None
    except BriefgenError as exc:
        return None, exc
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the day
        return None, InputError(f"{source}: internal error ({type(exc).__name__}: {exc}); rerun with --debug")


def _warm_up_briefing(source: str, data: bytes | Article, settings: Settings) -> None:
    """Load what briefing needs before the workers fork (`PoolExecutor.map`), as `briefgen brief` does: a
    job briefs and serialises, it renders no page."""
    from .batch import warm_up

    warm_up(source, settings.replace(formats=("json",)))


_brief_job.warm_up = _warm_up_briefing  # type: ignore[attr-defined]


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


_PART_DEFAULTS = {"leads": [], "others": [], "more": 0, "first_page": 1, "total_pages": 1}


def daily_html(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings, cover: bool) -> str:
    """The digest HTML of one part: the cover, or story pages (one each)."""
    numbered = [{"page": e["number"], **e} for e in entries]
    return render_daily_template(DAILY_HTML_TEMPLATE, settings, html=True, stories=numbered, cover=cover,
                                 **{**_PART_DEFAULTS, **context})


# --- Fitting stories ------------------------------------------------------------------------------


def _story_page(context: dict[str, Any], settings: Settings):
    """The HTML of a story laid out alone on one page of the daily layout (what `fit_page` fits)."""
    return lambda brief: daily_html([_entry(brief, "story", 1)], context, settings, cover=False)


def fit_story(brief: Brief, context: dict[str, Any], settings: Settings) -> Brief:
    """The story with as many items as fit one page of the daily layout (the fit stage's fitter, this layout)."""
    return fit_page(brief, _story_page(context, settings)).brief


def _story_start_pages(document, anchors: list[str]) -> list[int | None]:
    """The 0-based page each story's anchor lands on."""
    where: dict[str, int] = {}
    for number, page in enumerate(document.pages):
        for anchor in page.anchors:
            where.setdefault(anchor, number)
    return [where.get(anchor) for anchor in anchors]


def _spilled(document, anchors: list[str]) -> list[int]:
    """Indices of stories whose page overflows (or that do not take exactly one page) in a laid-out part."""
    starts = _story_start_pages(document, anchors)
    ends = starts[1:] + [len(document.pages)]
    return [i for i, (start, end) in enumerate(zip(starts, ends))
            if start is None or end - start != 1 or frame_overflows(document.pages[start])]


# --- Output ---------------------------------------------------------------------------------------


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
        if _holds(folder, name, data):
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


def _holds(folder: OutputFolder, name: str, data: bytes) -> bool:
    """Whether the output folder's file `name` is a regular file holding exactly `data`."""
    target = folder.target(name)
    return target.is_file() and not target.is_symlink() and target.read_bytes() == data


def _remove_stale(folder: OutputFolder, date: str, keep: set[str], result: DailyResult) -> None:
    """Remove story files of this day that briefgen wrote and this run did not produce."""
    prefix = f"{date}/{STORIES}/"
    for name in sorted(folder.manifest):
        if name.startswith(prefix) and name not in keep:
            if folder.owns(name):
                result.removed.append(name)
                log.info("removed %s (no longer in the inputs)", folder.path / name)
            folder.remove(name)


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
    formats: Sequence[str] = DAILY_DEFAULT_FORMATS,
    jobs: int = 1,
    settings: Settings | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    threshold: float = SAME_STORY_THRESHOLD,
    scheduler: str | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    top: int | None = None,
    articles: Sequence[Article] = (),
    cover_notes: Sequence[str] = (),
) -> DailyResult:
    """Write the day's digest, story notes and the library index for these inputs (see the module docstring).

    `top` keeps the digest to the most salient stories (every story still gets its note and JSON);
    `scheduler` runs briefing and fitting on that Dask cluster instead of `jobs` local processes;
    `max_bytes` caps each article, `max_file_bytes` a whole JSON lines file (decompressed).
    `articles` are briefed after the input files (the day's web entries, `briefgen.intake`), and
    `cover_notes` are lines for the digest's cover (feeds that failed, entries filters dropped).

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
        briefs, profiles = _brief_all(sources, articles, settings, max_bytes, max_file_bytes, cache, executor,
                                      report, result)
        result.articles = len(briefs)
        stored = _build_stories(briefs, profiles, settings, threshold, date, cache, executor, report)
        del briefs, profiles  # the stories hold what the rest needs
        slugs = title_slugs([s.title for s in stored])
        # The digest holds the `top` most salient stories, in memory; the others stay in the cache and get
        # their notes unfitted.
        shown = len(stored) if top is None else min(top, len(stored))
        digest = [s.load() for s in stored[:shown]]
        context = _context(date, digest, formats, cover_notes)
        if "pdf" in formats:
            digest = _fit_all(digest, context, settings, cache, executor, report)
            context = _context(date, digest, formats, cover_notes)  # the fitted stories' actors
        stories: list[Story | StoredStory] = [*digest, *stored[shown:]]
        result.stories, result.slugs = stories, slugs
        notes = _write_notes(root, stories, slugs, date, settings, result)
        entries = [_entry(s.brief, slug, n) for n, (s, slug) in enumerate(zip(digest, slugs), start=1)]
        outputs = {}
        outputs[f"{day}/{DIGEST}.md"] = render_daily_template(DAILY_MD_TEMPLATE, settings, html=False,
                                                              stories=entries, **context).encode("utf-8")
        if "pdf" in formats:
            report("render", 0, 1)
            pdf, result.pages = _daily_pdf(entries, context, settings, cache, executor)
            outputs[f"{day}/{DIGEST}.pdf"] = pdf
            report("render", 1, 1)
    finally:
        executor.close()
    library = "html" in formats or LIBRARY_HOME in root.manifest
    if "epub" in formats or library:
        report("library", 0, 1)
        outputs.update(_reading_outputs(root, date, stories, slugs, formats, settings, library))
        report("library", 1, 1)
    _write_all(root, outputs, result)
    _remove_stale(root, date, notes | set(outputs), result)
    if library:
        _remove_stale_library(root, notes | set(outputs), result)
    # The index is made from the day folders as they now stand, this day's files included.
    _write_all(root, {INDEX: render_index(root.path, settings).encode("utf-8")}, result)
    root.save_manifest()
    result.cache_hits = cache.hits
    return result


# --- Reading offline: the HTML library and the day's EPUB (briefgen.library, briefgen.epub) ---------

LIBRARY_HOME = "index.html"


def _reading_outputs(root: OutputFolder, date: str, stories: Sequence[Story], slugs: Sequence[str],
                     formats: Sequence[str], settings: Settings, library: bool) -> dict[str, bytes]:
    """The day's EPUB (with epub) and every HTML library page (with html, or once a library exists, so it
    never links a story that is gone)."""
    outputs: dict[str, bytes] = {}
    briefs = [s.brief for s in stories]
    if "epub" in formats:
        from .epub import daily_epub

        outputs[f"{date}/{DIGEST}.epub"] = daily_epub(date, briefs, slugs, settings)
    if library:
        from .library import library_outputs, read_library

        digests = tuple(f for f in formats if f in ("md", "pdf", "epub"))
        outputs.update(library_outputs(read_library(root.path, (date, slugs, briefs, digests)), settings))
    return outputs


def _remove_stale_library(folder: OutputFolder, keep: set[str], result: DailyResult) -> None:
    """Remove library pages briefgen wrote that this run did not produce (a day or actor that is gone)."""
    from .library import is_library_file

    for name in sorted(folder.manifest):
        if name not in keep and is_library_file(name):
            if folder.owns(name) and folder.target(name).exists():
                result.removed.append(name)
                log.info("removed %s (no longer in the library)", folder.path / name)
            folder.remove(name)


def _context(date: str, stories: Sequence[Story], formats: Sequence[str],
             cover_notes: Sequence[str] = ()) -> dict[str, Any]:
    """What the digest templates know of the day besides the stories."""
    sources = [src for s in stories for src in s.brief.sources]
    actors = list(dict.fromkeys(i.text for s in stories for i in s.brief.section_items("actors")))
    return {"date": date, "story_count": len(stories), "source_count": len(sources),
            "source_names": [src.name for src in sources], "actors": actors, "has_pdf": "pdf" in formats,
            "digest": DIGEST, "stories_dir": STORIES, "cover_notes": list(cover_notes)}




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
    # An article read from the web (`briefgen.intake`): the task carries it as it is.
    article: Article | None = None
    # Standard input, which cannot be read twice: the task carries the bytes read for its key.
    data: bytes | None = None


def _article_key(article: Article) -> str:
    return _dumps(dataclasses.asdict(article))


def _work_items(sources: list[str], articles: Sequence[Article], settings: Settings, max_bytes: int,
                max_file_bytes: int, result: DailyResult) -> list[_Work]:
    """Every briefing task of the inputs, in input order (lines in file order), then the web's articles;
    bad inputs and lines recorded."""
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
                data = read_source(source, max_bytes)
                items.append(_Work(source, _file_key(source, data, settings_key), source,
                                   data=data if source == "-" else None))
        except BriefgenError as exc:
            result.failures.append(Failure(source, exc))
    for number, article in enumerate(articles):
        article = replace(article, language=settings.language)
        items.append(_Work(article.source, _line_key(article.source, article, settings_key), f"web:{number}",
                           article=article))
    return items


def _payloads(todo: list[_Work], settings: Settings, max_bytes: int, max_file_bytes: int) -> Iterator[tuple]:
    """The task arguments of work items, read again lazily: the driver holds a window of articles, not a day."""
    task_settings = settings.replace(date=None)
    settings_key = _brief_settings_key(settings)
    by_path: dict[str, list[_Work]] = {}
    for item in todo:
        by_path.setdefault(item.path, []).append(item)
    for path, items in by_path.items():
        if items[0].article is not None:
            yield items[0].name, items[0].article, task_settings
            continue
        if items[0].data is not None:
            yield items[0].name, items[0].data, task_settings
            continue
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
    """The day's serialised briefs, kept in the cache rather than in the driver: it holds a key per brief,
    and reads a brief back when a task needs it."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.refs: list[tuple[str, int]] = []
        # The entry read last, decoded: a feed's entry holds many briefs, asked for one after another.
        self._last: tuple[str, list[str]] | None = None

    def add(self, key: str, count: int) -> None:
        """Record a cache entry's `count` briefs."""
        self.refs.extend((key, position) for position in range(count))

    def __len__(self) -> int:
        return len(self.refs)

    def __getitem__(self, index: int) -> str:
        key, position = self.refs[index]
        try:
            last = self._last  # one read of the attribute: a reader in another thread may replace it
            if last is None or last[0] != key:
                last = self._last = (key, json.loads(self.cache.read("briefs", key))["briefs"])
            return last[1][position]
        except (OSError, ValueError, KeyError, IndexError) as exc:
            raise BriefgenError(f"the cache entry of a brief was removed during the run ({exc}); run again") from None


def _brief_all(sources: list[str], articles: Sequence[Article], settings: Settings, max_bytes: int,
               max_file_bytes: int, cache: Cache, executor: Executor, report: ProgressCallback,
               result: DailyResult) -> tuple[_Briefs, Profiles]:
    """Every article's serialised brief (kept in the cache) and grouping profile, in input order.

    Profiles are packed as each entry arrives (`stories.Profiles`): decoded JSON, a day of them was
    the driver's largest holding.
    """
    items = _work_items(sources, articles, settings, max_bytes, max_file_bytes, result)
    # Per work item: how many briefs and their packed profiles.
    entries: dict[int, tuple[int, list[bytes]]] = {}
    todo = []
    for index, item in enumerate(items):
        hit = cache.get("briefs", item.key)
        if hit is not None:
            try:
                entry = json.loads(hit)
                entries[index] = (len(entry["briefs"]), [Profiles.pack(p) for p in entry["profiles"]])
                log.info("cache hit: %s", item.name)
                continue
            except (ValueError, KeyError, TypeError, OverflowError):
                log.warning("damaged cache entry for %s; briefing it again", item.name)
        todo.append(index)
    advance = _stage_counter(report, "brief", len(items), len(items) - len(todo))
    work = [items[i] for i in todo]
    fresh = _map(executor, _brief_job, _payloads(work, settings, max_bytes, max_file_bytes), advance)
    for index, (serialised, error) in zip(todo, fresh):
        if error is not None:
            result.failures.append(Failure(items[index].name, error))
            continue
        cache.put("briefs", items[index].key, json.dumps(serialised, ensure_ascii=False).encode("utf-8"))
        entries[index] = (len(serialised["briefs"]), [Profiles.pack(p) for p in serialised["profiles"]])
    # Every brief goes through its serialised form, fresh or cached, so both runs see identical objects.
    briefs = _Briefs(cache)
    rows: list[bytes] = []
    for index in sorted(entries):
        count, packed = entries.pop(index)
        briefs.add(items[index].key, count)
        rows.extend(packed)
    return briefs, Profiles.of_rows(rows)


class StoredStory:
    """A story of the day whose merged brief waits in the cache on disk: `.brief` reads it back.

    The driver of a large day keeps one of these per story (members, salience, title, a cache key),
    not the brief, so its memory holds the digest's stories only.
    """

    __slots__ = ("members", "salience", "title", "_cache", "_key")

    def __init__(self, members: tuple[int, ...], salience: float, title: str, cache: Cache, key: str) -> None:
        self.members, self.salience, self.title = members, salience, title
        self._cache, self._key = cache, key

    @property
    def brief(self) -> Brief:
        """The merged brief (read from the cache each time)."""
        try:
            return brief_from_dict(json.loads(self._cache.read("stories", self._key)))
        except (OSError, ValueError) as exc:
            raise BriefgenError(f"the cache entry of a story was removed during the run ({exc}); run again") from None

    def load(self) -> Story:
        """The story with its brief in memory."""
        return Story(self.brief, self.members, self.salience)


def _build_stories(briefs: _Briefs, profiles: Profiles, settings: Settings, threshold: float, date: str,
                   cache: Cache, executor: Executor, report: ProgressCallback) -> list[StoredStory]:
    """The day's stories: profiles grouped (the candidate search in tasks), each group merged as a task and
    kept in the cache, most salient first."""
    report("group", 0, 1)
    groups = group_profiles(profiles, threshold, mapper=executor.map).groups
    report("group", 1, 1)
    advance = _stage_counter(report, "merge", len(groups), 0)
    merged = _map(executor, _merge_job, (([briefs[m] for m in members], settings, date) for members in groups),
                  advance)
    stories = []
    for members, (data, score, title) in zip(groups, merged):
        key = _hash(CACHE_FORMAT, data)
        cache.put("stories", key, data.encode("utf-8"))
        stories.append(StoredStory(members, score, title, cache, key))
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


def _cover_html(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings, cover_pages: int,
                listed: int) -> str:
    """The cover's HTML with story pages numbered after `cover_pages` cover pages, `listed` compact titles."""
    numbered = [{**e, "page": cover_pages + e["number"]} for e in entries]
    leads, rest = numbered[:LEAD_STORIES], numbered[LEAD_STORIES:]
    return daily_html([], {**context, "leads": leads, "others": rest[:listed], "more": len(rest) - min(listed, len(rest)),
                           "first_page": 1, "total_pages": cover_pages + len(entries)}, settings, cover=True)


def _cover_pdf(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings) -> tuple[bytes, int]:
    """The cover and contents, at most `MAX_COVER_PAGES` pages: as many compact titles as fit, then "and N more"."""
    listed = min(len(entries), MAX_COVER_TITLES)
    for cover_pages in range(1, MAX_COVER_PAGES + 1):
        document = render_document(_cover_html(entries, context, settings, cover_pages, listed))
        if len(document.pages) <= cover_pages:
            return pdf_bytes(document), cover_pages
    # Too many titles for two pages: keep those the layout put on them, less one line for "and N more".
    fitting = 0
    for page in document.pages[:MAX_COVER_PAGES]:
        fitting += sum(1 for box in page._page_box.descendants()
                       if box.element is not None and box.element.get("data-cover") is not None
                       and box.element_tag == "li" and type(box).__name__ == "BlockBox")
    for listed in range(max(fitting - 1, 0), -1, -1):
        document = render_document(_cover_html(entries, context, settings, MAX_COVER_PAGES, listed))
        if len(document.pages) <= MAX_COVER_PAGES:
            return pdf_bytes(document), MAX_COVER_PAGES
    raise RenderError("the daily cover does not fit two pages even without the compact list; report this")


def _chunk_job(data: list[str], extra: dict[str, Any], context: dict[str, Any], settings: Settings) -> bytes:
    """One part of the digest: these stories' pages, numbered from `extra["first_page"]`, as PDF bytes."""
    entries = [{**_entry(brief_from_dict(json.loads(d)), e["slug"], e["number"]), "page": e["page"]}
               for d, e in zip(data, extra["entries"])]
    document = render_document(daily_html(entries, {**context, "first_page": extra["first_page"],
                                                    "total_pages": extra["total_pages"]}, settings, cover=False))
    spilled = _spilled(document, [e["anchor"] for e in entries])
    if spilled or len(document.pages) != len(entries):
        names = ", ".join(entries[i]["brief"].title[:60] for i in spilled) or "?"
        raise RenderError(f"daily PDF: stories do not take one page each ({names}); report this with the inputs")
    return pdf_bytes(document)


def _daily_pdf(entries: list[dict[str, Any]], context: dict[str, Any], settings: Settings, cache: Cache,
               executor: Executor) -> tuple[bytes, int]:
    """The daily PDF: the cover, then the stories in chunks of `CHUNK_STORIES` pages, joined with pypdf.

    Each chunk is one WeasyPrint document (fonts embedded once per chunk) laid out in a worker, so no
    process holds more than a chunk's boxes; page numbers are known before layout (exactly one page per
    story) and the outline is made here, one bookmark per story. Chunks are cached by their HTML's inputs.
    """
    cover, cover_pages = _cover_pdf(entries, context, settings)
    total = cover_pages + len(entries)
    jobs, keys, parts = [], [], {}
    # What every chunk's key shares: the code, the page templates, the settings and the day's context.
    common = (CACHE_FORMAT, code_fingerprint(), _layout_fingerprint(settings), repr(settings), _dumps(context))
    for start in range(0, len(entries), CHUNK_STORIES):
        chunk = entries[start:start + CHUNK_STORIES]
        data = [_dumps(brief_to_dict(e["brief"])) for e in chunk]
        extra = {"first_page": cover_pages + start + 1, "total_pages": total,
                 "entries": [{"slug": e["slug"], "number": e["number"], "page": cover_pages + e["number"]}
                             for e in chunk]}
        key = _hash(*common, _dumps(extra), *data)
        hit = cache.get("pdf", key, ".pdf")
        if hit is not None:
            parts[len(keys)] = hit
        else:
            jobs.append((len(keys), (data, extra, context, settings)))
        keys.append(key)
    fresh = _map(executor, _chunk_job, (args for _, args in jobs), lambda: None)
    for (index, _), pdf in zip(jobs, fresh):
        parts[index] = pdf
        cache.put("pdf", keys[index], pdf, ".pdf")
    return join_pdfs([cover] + [parts[i] for i in range(len(keys))], context["date"],
                     [(e["number"], e["brief"].title, cover_pages + e["number"] - 1) for e in entries]), total


def join_pdfs(parts: list[bytes], date: str, outline: list[tuple[int, str, int]]) -> bytes:
    """One PDF of the parts' pages in order, with a bookmark per (number, title, 0-based page); deterministic."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)), import_outline=False)
    writer.add_outline_item(title="Contents", page_number=0)
    for number, title, page in outline:
        writer.add_outline_item(title=f"{number}. {' '.join(title.split())}"[:200], page_number=page)
    stamp = "D:" + date.replace("-", "")
    writer.add_metadata({"/Title": f"Daily brief {date}", "/Creator": f"briefgen {__version__}",
                         "/Producer": f"briefgen {__version__}", "/CreationDate": stamp, "/ModDate": stamp})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _note_files(brief: Brief, slug: str, date: str, settings: Settings) -> dict[str, bytes]:
    """A story's note and JSON, by output name."""
    base = f"{date}/{STORIES}/{slug}"
    return {
        f"{base}.md": render_daily_template(
            STORY_MD_TEMPLATE, settings, html=False, brief=brief, bottom_line=brief.bottom_line, date=date,
            digest=DIGEST,
        ).encode("utf-8"),
        f"{base}.json": render_json_bytes(brief, settings),
    }


def _write_notes(folder: OutputFolder, stories: Sequence[Story | StoredStory], slugs: list[str], date: str,
                 settings: Settings, result: DailyResult) -> set[str]:
    """Write every story's note and JSON, a batch at a time, so only a batch of them is ever in memory.

    Every name is checked before the first write, as `_write_all` does for one batch: a file of the
    user's in the way stops the run with nothing written (a file of identical bytes, left by a run that
    crashed before saving its manifest, is briefgen's own and is adopted).
    """
    names = [f"{date}/{STORIES}/{slug}{suffix}" for slug in slugs for suffix in (".md", ".json")]
    for index, slug in enumerate(slugs):
        mine = names[2 * index : 2 * index + 2]
        if all(name not in folder.written and folder.owns(name) for name in mine):
            continue
        for name, data in _note_files(stories[index].brief, slug, date, settings).items():
            if name in folder.written or not _holds(folder, name, data):
                folder.check([name])
    for start in range(0, len(stories), NOTE_BATCH):
        batch: dict[str, bytes] = {}
        for story, slug in zip(stories[start:start + NOTE_BATCH], slugs[start:start + NOTE_BATCH]):
            batch.update(_note_files(story.brief, slug, date, settings))
        _write_all(folder, batch, result)
    return set(names)


__all__ = [
    "DailyResult", "Failure", "Note", "collect_inputs", "find_notes",
    "fit_story", "library_days", "render_index", "run_daily",
]
