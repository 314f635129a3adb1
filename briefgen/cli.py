"""Command line (cli stage): a thin click adapter over the library; the only place that prints or exits.

Exit codes: 0 every brief written; 1 some inputs failed (the rest written); 2 usage or configuration error.
"""

from __future__ import annotations

import datetime
import functools
import logging
import sys
import traceback
from contextlib import nullcontext
from pathlib import Path

import click

from . import __version__
from .config import ALL_FORMATS, DAILY_DEFAULT_FORMATS, DAILY_FORMATS, FORMATS, LANGUAGES, PAGE_SIZES, Settings, find_config, read_config
from .errors import BriefgenError, ConfigError
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, expand_inputs, load_articles
from .publish import OutputFolder, free_name, slug_for_source, unique_names
from .rank import algorithms, check_algorithm
from .subscriptions import NOW_ENV
from .urls import check_url, is_url

# The pipeline, the renderers, WeasyPrint and the HTTP client are imported inside the commands that use
# them, so `briefgen --help`, `briefgen algorithms` and `briefgen notes` start in about the time click takes.

log = logging.getLogger("briefgen")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EPILOG_BRIEF = """\b
Examples:
  briefgen brief seeds/kursk_north_korean_troops.txt
      -> out/kursk-north-korean-troops.md, .pdf and .json
  briefgen brief seeds/*.txt --out briefs/ --format md,pdf
  briefgen brief inbox/ --jobs 2          # every article file below inbox/
  cat article.txt | briefgen brief - --format md --out -
  briefgen brief https://example.org/2024/11/01/story.html
      -> out/story.md, .pdf and .json (the page is fetched; nothing else is)
\b
Each brief has five sections: situation (the top-ranked sentences), actors,
numbers, outlook and open questions. Every item quotes the article and cites
its sentences as sN (sentence N, counting from 0). The PDF is always one page:
lowest-ranked items are left out to fit, and the brief says how many. When the
PDF is among the formats, the Markdown and JSON hold the same items as the PDF.
\b
Exit codes: 0 all briefs written, 1 some inputs failed (the others are
written), 2 usage or configuration error."""


class Failures:
    """Counts inputs that failed, so a run can go on and still exit non-zero."""

    def __init__(self, debug: bool) -> None:
        self.count = 0
        self.debug = debug

    def report(self, exc: BaseException, source: str) -> None:
        """Print one line about a failed input (a traceback only with --debug)."""
        self.count += 1
        if isinstance(exc, BriefgenError):
            message = str(exc)
        else:
            message = f"{source}: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
        click.echo(f"error: {message}", err=True)
        if self.debug:
            traceback.print_exception(exc)


def _formats(value: str, allowed: tuple[str, ...] = ALL_FORMATS) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in formats if f not in allowed]
    if bad or not formats:
        raise click.BadParameter(f"{value!r}: give a comma list of {', '.join(allowed)} (e.g. md,pdf)",
                                 param_hint="--format")
    return formats


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-10-31") from None


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # WeasyPrint and fontTools are chatty at INFO; only their warnings matter to a user.
    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def _progress(total: int, quiet: bool, label: str):
    """A rich progress bar on a terminal for several inputs; nothing otherwise."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
    return progress


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="briefgen")
@click.option("-v", "--verbose", count=True, help="Say more (-vv for debugging detail).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bar.")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help=f"Settings file [default: ./{'briefgen.toml'} when present]. Flags override it.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool, debug: bool, config_path: Path | None) -> None:
    """Turn news articles into structured one-page briefs, offline.

    \b
    briefgen brief FILE...        Markdown, one-page PDF and JSON briefs in out/
    briefgen summarize FILE       the top sentences of an article, one a line
    briefgen algorithms           the summarisers you can choose with --algorithm
    briefgen daily INPUT...       a day's digest: stories merged across sources, one PDF, notes
    briefgen notes [DIR]          list or search the story notes `briefgen daily` wrote
    briefgen evaluate CORPUS      ROUGE scores of summarisers against references
    briefgen mail BRIEF --to A    email a brief or a day's digest (Markdown + HTML, PDF attached)
    briefgen daily --feed URL     a day's digest of files, folders and feeds (only what is new)
    briefgen notes DIR            list or search the story notes of the library

    Run `briefgen COMMAND --help` for the options and examples of each. -v, -q and
    --debug go before or after the command.
    """
    _setup_logging(verbose, quiet)
    ctx.obj = {"quiet": quiet, "debug": debug, "verbose": verbose}
    path = find_config(config_path)
    ctx.obj["feeds"] = ()
    if path is not None:
        try:
            ctx.default_map = config_defaults(main, read_config(path), path)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        ctx.obj["feeds"] = ctx.default_map.pop(FEED_TABLES, ())
        log.info("settings from %s", path)


def _option_lookup(command: click.Command) -> dict[str, click.Option]:
    """A command's options by every name a config key may use: `page-size`, `page_size`."""
    lookup = {}
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            for opt in param.opts + param.secondary_opts:
                if opt.startswith("--"):
                    lookup[opt[2:]] = param
                    lookup[opt[2:].replace("-", "_")] = param
            lookup[param.name] = param
    return lookup


def _convert(param: click.Option, key: str, value: object) -> object:
    """A config value checked and converted as the option would be; lists allowed for lists."""
    if isinstance(value, list) and param.name == "formats":
        value = ",".join(map(str, value))
    if param.multiple:
        values = value if isinstance(value, list) else [value]
        return [param.type.convert(v, param, None) for v in values]
    if isinstance(value, (dict, list)):
        raise click.BadParameter(f"expected a single {param.type.name} value, not {type(value).__name__}")
    if param.is_flag and not isinstance(value, bool):
        raise click.BadParameter("expected true or false")
    return param.type.convert(value, param, None)


def config_defaults(group: click.Group, data: dict, path: Path) -> dict:
    """Click's default_map from a config file: top-level keys apply to every command with that flag,
    `[command]` tables to one command. Every unknown or ill-typed key is reported at once."""
    problems: list[str] = []
    defaults: dict[str, dict] = {}
    commands = group.commands
    data = dict(data)
    feeds = data.pop("feed", None)
    if feeds is not None:
        # [[feed]] tables: subscriptions of `briefgen daily`, kept apart from the flags' default_map.
        from .subscriptions import feed_tables

        subscriptions, feed_problems = feed_tables(feeds)
        problems.extend(feed_problems)
        defaults[FEED_TABLES] = subscriptions  # type: ignore[assignment]
    sections = data.pop("sections", None)
    if sections is not None:
        # [sections] actors = 6 ... is the friendly spelling of --limit actors=6 for every command with --limit.
        if not isinstance(sections, dict):
            problems.append("sections: must be a table, e.g. [sections] actors = 6")
        else:
            bad = [k for k, v in sections.items()
                   if k not in LIMITED_SECTIONS or not isinstance(v, int) or isinstance(v, bool) or v < 0]
            problems.extend(f"sections.{k}: use a whole number for one of {', '.join(LIMITED_SECTIONS)}" for k in bad)
            if not bad:
                for command in commands.values():
                    if "limit" in _option_lookup(command):
                        defaults.setdefault(command.name, {})["limits"] = [f"{k}={v}" for k, v in sections.items()]
    shared = {k: v for k, v in data.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    for key in [*shared, *(f"{t}.{k}" for t, table in tables.items() for k in table)]:
        if "password" in key.lower():
            problems.append(f"{key}: passwords never go in the config file; set BRIEFGEN_SMTP_PASSWORD instead")
    for name in tables:
        if name not in commands:
            problems.append(f"[{name}]: no such command (tables are named after commands: {', '.join(commands)})")
    for key, value in shared.items():
        users = [c for c in commands.values() if key in _option_lookup(c)]
        if not users and "password" not in key.lower():
            problems.append(f"{key}: unknown setting")
        for command in users:
            param = _option_lookup(command)[key]
            try:
                defaults.setdefault(command.name, {})[param.name] = _convert(param, key, value)
            except click.BadParameter as exc:
                problems.append(f"{key}: {exc.message}")
                break
    for name, table in tables.items():
        command = commands.get(name)
        if command is None:
            continue
        lookup = _option_lookup(command)
        for key, value in table.items():
            if key not in lookup:
                if "password" not in key.lower():
                    problems.append(f"{name}.{key}: unknown setting for `briefgen {name}`")
                continue
            try:
                defaults.setdefault(name, {})[lookup[key].name] = _convert(lookup[key], key, value)
            except click.BadParameter as exc:
                problems.append(f"{name}.{key}: {exc.message}")
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    return defaults


# Where config_defaults hands over briefgen.toml's [[feed]] tables (never a command name).
FEED_TABLES = "[[feed]]"
LIMITED_SECTIONS = {"actors": "max_actors", "numbers": "max_numbers", "outlook": "max_outlook",
                    "questions": "max_questions"}
LIMIT_HELP = ("Most items a section may list, e.g. --limit actors=6 --limit numbers=10 (sections: actors, numbers, "
              "outlook, questions; the situation's length is --sentences).")


def _limits(values: tuple[str, ...]) -> dict[str, int]:
    """Settings fields from repeated --limit SECTION=N options."""
    limits = {}
    for value in values:
        key, _, number = value.partition("=")
        field = LIMITED_SECTIONS.get(key.strip().lower())
        if field is None or not number.strip().isdigit():
            raise click.BadParameter(f"{value!r}: use SECTION=N with SECTION one of {', '.join(LIMITED_SECTIONS)}",
                                     param_hint="--limit")
        limits[field] = int(number)
    return limits


def _algorithm_callback(ctx: click.Context, param: click.Parameter, value: str | tuple[str, ...] | None):
    """Check --algorithm values (one, or repeated) as they are parsed, naming the valid ones."""
    try:
        if isinstance(value, tuple):
            return tuple(check_algorithm(v) for v in value)
        return None if value is None else check_algorithm(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


# Options several commands share; each use makes a fresh click.Option.
ALGORITHM_OPTION = click.option("-a", "--algorithm", default="default", show_default=True, metavar="NAME",
                                callback=_algorithm_callback, help="Sentence selector (see `briefgen algorithms`).")
PAGE_SIZE_OPTION = click.option("--page-size", type=click.Choice(PAGE_SIZES, case_sensitive=False), default="A4",
                                show_default=True, help="PDF page size.")
LANGUAGE_OPTION = click.option(
    "-l", "--language", type=click.Choice(LANGUAGES), default="english", show_default=True, metavar="LANG",
    help="Language of the articles (stop words, stemmer, sentence rules): " + ", ".join(LANGUAGES)
    + ". Actors, numbers, outlook and open questions are English-only and say so for other languages.")
LIMIT_OPTION = click.option("--limit", "limits", multiple=True, metavar="SECTION=N", help=LIMIT_HELP)
JOBS_OPTION = click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), default=None, metavar="N",
    help="Worker processes [default: this machine's cores]; the output is the same whatever the number.")
MAX_BYTES_OPTION = click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(1),
                                help="Refuse inputs larger than this (a fetched body: once decompressed).")


FULL_TEXT_OPTION = click.option(
    "--full-text", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
    help="Fetch an entry's page for its full text: auto = when the feed carries only a teaser (under 100 words).")
# How briefgen fetches, for every command that may fetch a URL (each also a briefgen.toml key).
_FETCH_OPTIONS = (
    click.option("--fetch-timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.01),
                 metavar="SECONDS", help="Give up on an address after this long, redirects and retries included."),
    click.option("--connect-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.01),
                 metavar="SECONDS", help="Give up on a host that does not accept a connection."),
    click.option("--read-timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.01),
                 metavar="SECONDS", help="Give up on a server that stops sending."),
    click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
                 help="Retries of a 429 or 503 answer (Retry-After honoured, within --fetch-timeout)."),
    click.option("--host-pause", default=0.5, show_default=True, type=click.FloatRange(min=0),
                 metavar="SECONDS", help="Pause between requests to one host (at most 2 at a time)."),
)


def fetch_options(command):
    """The fetching options, added to a command."""
    for option in reversed(_FETCH_OPTIONS):
        command = option(command)
    return command


def _fetcher(max_bytes: int, fetch_timeout: float, connect_timeout: float, read_timeout: float, retries: int,
             host_pause: float):
    """The fetcher, made only when a URL is to be read (httpx is imported here, never at start-up)."""
    from .fetch import Fetcher, FetchSettings

    return Fetcher(FetchSettings(timeout=fetch_timeout, connect_timeout=connect_timeout, read_timeout=read_timeout,
                                 retries=retries, host_pause=host_pause, max_bytes=max_bytes))


def _late_flag(ctx: click.Context, param: click.Parameter, value) -> None:
    """-v, -q or --debug given after the command: the same as before it."""
    if not value:
        return
    obj = ctx.ensure_object(dict)
    if param.name == "late_verbose":
        obj["verbose"] = obj.get("verbose", 0) + value
    else:
        obj[param.name.removeprefix("late_")] = True
    _setup_logging(obj.get("verbose", 0), obj.get("quiet", False))


def global_flags(command):
    """The group's -v/-q/--debug accepted after a command too (`briefgen brief x.txt -q`)."""
    for decorator in (
        click.option("-v", "--verbose", "late_verbose", count=True, expose_value=False, callback=_late_flag,
                     help="Say more (-vv for debugging detail)."),
        click.option("-q", "--quiet", "late_quiet", is_flag=True, expose_value=False, callback=_late_flag,
                     help="Only errors; no progress bar."),
        click.option("--debug", "late_debug", is_flag=True, expose_value=False, callback=_late_flag,
                     help="Show a traceback when something fails."),
    ):
        command = decorator(command)
    return command


def _settings(**values) -> Settings:
    try:
        return Settings(**values)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


@main.command(epilog=EPILOG_BRIEF)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--out", default="out", show_default=True, metavar="DIR",
              help="Output folder; '-' prints a single Markdown or JSON brief to stdout.")
@click.option("-f", "--format", "formats", default=",".join(FORMATS), show_default=True, metavar="LIST",
              help="Comma list of md, pdf, json, html (a standalone page), epub (a one-brief book).")
@click.option("-n", "--sentences", default=3, show_default=True, type=click.IntRange(1, 50),
              help="Sentences in the situation section.")
@ALGORITHM_OPTION
@PAGE_SIZE_OPTION
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="DIR",
              help="Folder with your own brief.md.j2 / brief.html.j2 / brief.css (others come from the bundled set).")
@click.option("--date", metavar="YYYY-MM-DD", help="Date shown on the brief [default: the input file's date].")
@click.option("--title", help="Title of the brief [default: the article's headline, else the file name].")
@LANGUAGE_OPTION
@LIMIT_OPTION
@MAX_BYTES_OPTION
@FULL_TEXT_OPTION
@fetch_options
@JOBS_OPTION
@click.pass_context
@global_flags
def brief(ctx: click.Context, inputs: tuple[str, ...], out: str, formats: str, sentences: int, algorithm: str,
          page_size: str, templates: Path | None, date: str | None, title: str | None, language: str,
          limits: tuple[str, ...], max_bytes: int, full_text: str, jobs: int | None, **fetch_settings) -> None:
    """Write a structured one-page brief of each article FILE, folder or URL ('-' reads stdin).

    Inputs: plain text (.txt; a first line without closing punctuation is the
    headline), Markdown (.md), saved web pages (.html: main text, title, date,
    author and site are extracted) and RSS/Atom feeds (.xml/.rss/.atom: one
    brief per entry), in any common encoding. Folders are read recursively
    (hidden files and briefgen's own output folders skipped). Outputs are named
    after each input's file name, slugged: kursk_troops.txt -> kursk-troops.md/
    .pdf/.json; inside a folder the path below it: a/x.txt -> a-x.* (a feed's
    entries get -1, -2, ...). Inputs are briefed in parallel (--jobs).

    An http(s) URL is fetched (only when you name one: briefgen is offline
    otherwise) and sniffed: a page is briefed as one article, a feed gives one
    brief per entry (a teaser-only entry's page is fetched, see --full-text).
    Its briefs are named after the last part of the final address's path
    (.../story.html -> story), else its host.
    """
    fmt = _formats(formats)
    page_size = "A4" if page_size.lower() == "a4" else "letter"
    settings = _settings(sentences=sentences, algorithm=algorithm, page_size=page_size, templates=templates,
                         formats=fmt, date=_date(date), language=language, **_limits(limits))
    to_stdout = out == "-"
    if to_stdout and (len(fmt) != 1 or fmt[0] in ("pdf", "epub") or len(inputs) != 1):
        raise click.UsageError("--out - prints one brief as Markdown, JSON or HTML: give one input and --format md, "
                               "json or html")
    failures = Failures(ctx.obj["debug"])
    try:
        folder = None if to_stdout else OutputFolder(out)
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    from .batch import InputResult, brief_input, default_jobs, render_outputs
    from .executors import open_executor

    entries = expand_inputs(inputs)
    readable = [e for e in entries if e.error is None]
    slugs = unique_names([slug_for_source(e.path) if is_url(e.path) else e.name for e in readable])
    blocked = set(slugs)
    handed_out: set[str] = set()
    progress = _progress(len(readable), ctx.obj["quiet"], "Briefing")
    local = [e for e in readable if not is_url(e.path)]
    # The same backends as `daily` (briefgen.executors): in process for one job, else a process pool.
    executor = open_executor(min(jobs or default_jobs(), len(local)) if not to_stdout and local else 1)
    fetcher = None

    def result_of(entry, slug: str, results) -> tuple[str, InputResult]:
        """A readable input's slug and result: the pool's next one, or a URL fetched here (in input order,
        by one polite fetcher for every address named)."""
        nonlocal fetcher
        if not is_url(entry.path):
            return slug, next(results)
        try:
            from .intake import url_articles

            fetcher = fetcher or _fetcher(max_bytes, **fetch_settings)
            articles, final_url = url_articles(check_url(entry.path), fetcher, full_text, language, title)
            outputs = tuple(render_outputs(a, settings, slug_for_source(final_url)) for a in articles)
            return slug_for_source(final_url), InputResult(outputs)
        except Exception as exc:  # noqa: BLE001 - reported below like any input's failure
            return slug, InputResult(error=exc)

    try:
        results = executor.map(brief_input, ((e.path, settings, title, max_bytes) for e in local))
        slug_of = iter(slugs)
        with progress or nullcontext():
            task = progress.add_task("brief", total=len(readable)) if progress else None
            # Each input's files are written as soon as its result arrives (in input order) while the
            # workers brief the next ones, so writing (an fsync a file) overlaps briefing instead of
            # following it. An unreadable folder's error is reported where the folder was named.
            for entry in entries:
                if entry.error is None:
                    slug, result = result_of(entry, next(slug_of), results)
                    if progress:
                        progress.advance(task)
                try:
                    if entry.error is not None:
                        raise entry.error
                    if result.error is not None:
                        raise result.error
                    names = _output_names(slug, len(result.outputs), handed_out | (blocked - {slug}))
                    handed_out.update(names)
                    for name, outputs in zip(names, result.outputs):
                        _write_outputs(name, outputs, folder)
                except Exception as exc:  # one bad input must not stop the others
                    failures.report(exc, entry.path)
                    if isinstance(exc, BriefgenError) and exc.exit_code == EXIT_USAGE:
                        sys.exit(EXIT_USAGE)  # a broken template or setting fails every input alike
    finally:
        executor.close()
        if fetcher is not None:
            fetcher.close()
        if folder is not None:
            # Files are written as results arrive, so a run cut short (Ctrl-C, a usage error, a broken
            # pool) has written some: recorded, a re-run may replace them.
            folder.save_manifest()
    _exit_promptly()
    sys.exit(EXIT_FAILED if failures.count else EXIT_OK)


@functools.cache  # registered once, however often the command runs in one process
def _exit_promptly() -> None:
    """Have the interpreter's closing garbage collections skip today's heap (`gc.freeze` at exit).

    After a run the heap holds the modules and lexicons (and, with a pool, what the workers forked
    with): the collections that tear the interpreter down walk it for about 0.15 s, after every file is
    written and closed. Exit handlers and finalizers still run; only garbage cycles are left uncollected.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)


def _count(number: int, singular: str, plural: str | None = None) -> str:
    """ "1 story", "2 stories"."""
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"


def _output_names(slug: str, count: int, blocked: set[str]) -> list[str]:
    """Names for one input's briefs (a feed's entries get -1, -2, ...), avoiding every `blocked` name.

    `blocked` holds the other inputs' slugs and the names already handed out, so the result depends
    only on the order of the inputs; a clash gets -2, -3, ... ("x-2" taken -> "x-2-2").
    """
    bases = [slug] if count == 1 else [f"{slug}-{i + 1}" for i in range(count)]
    return [free_name(base, blocked) for base in bases]


def _write_outputs(name: str, outputs: dict[str, bytes], folder: OutputFolder | None) -> None:
    """One brief's files, all rendered before the first is written and every name checked first."""
    files = {f"{name}.{fmt}": data for fmt, data in outputs.items()}
    if folder is None:
        sys.stdout.buffer.write(next(iter(files.values())))
        sys.stdout.flush()
        return
    folder.check(list(files))  # a failure leaves no partial set behind
    for filename, data in files.items():
        path = folder.write(filename, data)
        log.info("wrote %s", path)


@main.command("summarize")
@click.argument("source", metavar="FILE")
@click.option("-n", "--sentences", default=3, show_default=True, type=click.IntRange(1, 1000),
              help="How many sentences to select.")
@ALGORITHM_OPTION
@LANGUAGE_OPTION
@click.pass_context
@global_flags
def summarize_command(ctx: click.Context, source: str, sentences: int, algorithm: str, language: str) -> None:
    """Print a plain extractive summary of FILE: the selected sentences, one a line, in document order.

    \b
    Example:
      briefgen summarize seeds/kursk_north_korean_troops.txt --sentences 3 --algorithm lexrank
    """
    from .pipeline import summarize_article

    try:
        (article, *_rest) = load_articles(source, language=language)
        for line in summarize_article(article, sentences=sentences, algorithm=algorithm):
            click.echo(line)
    except Exception as exc:
        Failures(ctx.obj["debug"]).report(exc, source)
        sys.exit(EXIT_FAILED)


@main.command("algorithms")
@global_flags
def algorithms_command() -> None:
    """List the sentence selectors you can pass to --algorithm."""
    described = algorithms()
    width = max(map(len, described))
    for name, description in described.items():
        click.echo(f"{name:<{width}}  {description}")


@main.command("evaluate")
@click.argument("corpus", type=click.Path(dir_okay=False, path_type=Path), metavar="CORPUS.jsonl")
@click.option("-a", "--algorithm", "algorithms_", multiple=True, metavar="NAME", callback=_algorithm_callback,
              help="Summariser to score beside LEAD-k; repeat for more [default: default].")
@click.option("-n", "--sentences", type=click.IntRange(1, 50), default=None,
              help="Sentences per summary [default: min(reference sentences, 5)].")
@click.pass_context
@global_flags
def evaluate_command(ctx: click.Context, corpus: Path, algorithms_: tuple[str, ...], sentences: int | None) -> None:
    """Score summarisers against reference summaries with ROUGE-1/2/Lsum F1.

    CORPUS is JSON lines: {"article": ..., "summary": "one reference sentence a line", "title": optional,
    "id": optional}. The table shows LEAD-k (the first k sentences) beside each algorithm, averaged over
    items, with the median seconds per article. Needs rouge-score: pip install 'briefgen[eval]'.

    \b
    Examples:
      briefgen evaluate ../shared/corpus/dev/dev_cnndm.jsonl
      briefgen evaluate corpus.jsonl -a default -a lexrank -a textrank --sentences 3
    """
    from .evaluate import evaluate_corpus, format_table

    names = algorithms_ or ("default",)
    progress = _progress(2, ctx.obj["quiet"], "Scoring")
    try:
        with progress or nullcontext():
            task = progress.add_task("score", total=None) if progress else None

            def advance(name: str, done: int, total: int) -> None:
                if progress:
                    progress.update(task, completed=done, total=total, description=name)

            table = evaluate_corpus(corpus, names, sentences, progress=advance)
    except BriefgenError as exc:
        Failures(ctx.obj["debug"]).report(exc, str(corpus))
        sys.exit(exc.exit_code)
    click.echo(format_table(table))


@main.command("mail")
@click.argument("source", metavar="DAY_FOLDER|BRIEF.md")
@click.option("--to", "to", multiple=True, required=True, metavar="ADDR",
              help="Recipient; repeat for each (--to a@example.com --to b@example.com).")
@click.option("--from", "sender", required=True, metavar="ADDR", help="Sender address (From header and envelope).")
@click.option("--attach-pdf", is_flag=True, help="Attach the PDF beside the Markdown (daily-brief.pdf, <slug>.pdf).")
@click.option("--attach-epub", is_flag=True,
              help="Attach the EPUB beside the Markdown (daily-brief.epub): send-to-Kindle addresses take it.")
@click.option("--eml", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the message to FILE ('-' for stdout) instead of sending it.")
@click.option("--smtp-host", default="localhost", show_default=True, metavar="HOST", help="SMTP server.")
@click.option("--smtp-port", type=click.IntRange(1, 65535), metavar="PORT",
              help="SMTP port [default: 587 starttls, 465 tls, 25 none].")
@click.option("--security", type=click.Choice(["starttls", "tls", "none"]), default="starttls", show_default=True,
              help="STARTTLS upgrade, implicit TLS, or plain (trusted networks only).")
@click.option("--username", metavar="NAME", help="Log in as NAME; the password comes from $BRIEFGEN_SMTP_PASSWORD.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Give up on an SMTP server that does not answer.")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="DIR",
              help="Folder with your own email_subject.j2 (others come from the bundled set).")
@click.option("--force", is_flag=True, help="Send even to recipients who already have this version of the brief.")
@click.pass_context
@global_flags
def mail_command(ctx: click.Context, source: str, to: tuple[str, ...], sender: str, attach_pdf: bool,
                 attach_epub: bool, eml: Path | None, smtp_host: str, smtp_port: int | None, security: str,
                 username: str | None, timeout: float, templates: Path | None, force: bool) -> None:
    """Email a brief: a day folder (out/YYYY-MM-DD) or a single brief's .md file.

    The message holds the Markdown as plain text and a sanitised HTML
    rendering of it (no images, scripts or remote content), plus the PDF with
    --attach-pdf and the EPUB with --attach-epub. The subject comes from email_subject.j2: "Daily brief —
    DATE" for a day folder, "Brief — TITLE" for a single brief.

    \b
    Examples:
      briefgen mail out/2024-11-01 --to ana@example.com --from briefs@example.com
      BRIEFGEN_SMTP_PASSWORD=... briefgen mail out/2024-11-01 --attach-pdf \\
          --to ana@example.com --to bo@example.com --from briefs@example.com \\
          --smtp-host smtp.example.com --username briefs
      briefgen mail out/kursk-north-korean-troops.md --to me@example.com \\
          --from me@example.com --eml kursk.eml
      briefgen mail out/2024-11-01 --attach-epub --to me@kindle.com \\
          --from me@example.com     # the day's EPUB to a send-to-Kindle address
    \b
    Each version of a brief is sent to each recipient once: what was sent is
    recorded in the library's DIR/.briefgen.sqlite after the server accepts
    it, so a cron job may run this after every `briefgen daily`; it sends
    again only when the digest changed (or with --force). A failed send
    records nothing, and the next run tries again.
    \b
    A [mail] table in briefgen.toml sets defaults for these options (e.g.
    smtp-host, from, to); the password is never a flag or a setting: set
    BRIEFGEN_SMTP_PASSWORD in the environment.
    """
    import os

    from .mail import PASSWORD_ENV, build_message, send_once, write_eml

    password = os.environ.get(PASSWORD_ENV) or None
    if eml is None and username and password is None:
        raise click.UsageError(f"--username {username} needs a password: set {PASSWORD_ENV} in the environment")
    try:
        settings = _settings(templates=templates)
        msg = build_message(source, list(to), sender, attach_pdf=attach_pdf, settings=settings,
                            attach_epub=attach_epub)
        if eml is not None and str(eml) == "-":
            sys.stdout.buffer.write(msg.as_bytes())
            sys.stdout.flush()
        elif eml is not None:
            log.info("wrote %s", write_eml(msg, eml))
        else:
            outcome = send_once(source, list(to), sender, attach_pdf=attach_pdf, attach_epub=attach_epub,
                                settings=settings, force=force,
                                host=smtp_host, port=smtp_port, security=security, username=username,
                                password=password if username else None, timeout=timeout)
            if outcome.already and not ctx.obj["quiet"]:
                click.echo(f"{source}: this version was already sent to {', '.join(outcome.already)}; not sent "
                           "again (--force sends it anyway)", err=True)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one `error:` line, as in the other commands
        Failures(ctx.obj["debug"]).report(exc, source)
        sys.exit(exc.exit_code if isinstance(exc, BriefgenError) else EXIT_FAILED)


EPILOG_DAILY = """\b
Examples:
  briefgen daily feeds/ extra/article.txt --date 2024-11-01
      -> out/2024-11-01/daily-brief.pdf, daily-brief.md, stories/*.md/.json/.html,
         out/index.md and out/index.html (the library: open it in a browser, no server needed)
  briefgen daily inbox/ --format md,pdf,html,epub   # + out/DATE/daily-brief.epub for e-readers
  briefgen daily inbox/ --format md --jobs 2
  briefgen daily --feed https://example.org/world.rss --feed https://example.net/atom.xml --since 24h
  briefgen daily --subscriptions feeds.opml --since 24h --exclude football
  briefgen daily --feed https://example.org/          (a site's page: its feed is found)
  briefgen daily firehose/2024-11-01.jsonl --top 200
  briefgen daily firehose/*.jsonl.gz --top 200 --scheduler tcp://10.0.0.5:8786
\b
Folders are read recursively (.txt, .md, .html, .xml, .rss, .atom, .jsonl,
.jsonl.gz; hidden files and briefgen output folders skipped). A JSON lines
file holds one article a line: "text" (or "article") required, "title",
"url", "date", "source", "author", "language" optional; a bad line is
reported with its line number and skipped. The same story from several
sources becomes one story citing every source; differing figures for the same
thing, and denials of what another source reports, become open questions.
--date only names the day; it does not filter inputs. A re-run with the same
inputs reuses DIR/.cache and writes identical files; stories no longer in the
inputs are removed (only files briefgen wrote).
\b
From the web (only when you name a URL; offline otherwise): feeds come from
--feed, --subscriptions (OPML) and [[feed]] tables in briefgen.toml; an INPUT
URL is a feed or a page. Each run fetches each feed once (conditionally: an
unchanged feed costs one 304), takes only entries never seen before, fetches
the page of an entry that carries only a teaser, and records everything in
DIR/.briefgen.sqlite. An entry belongs to the day it was first seen on, so a
second run on the same --date keeps that day's earlier stories and adds the
new ones. A feed that fails gets one error line and a line on the digest's
cover; the rest of the day is still written (exit code 1).
\b
Exit codes: 0 the day written, 1 some inputs or feeds failed (the day is
written without them), 2 usage, configuration, template or output error."""


@main.command("daily", epilog=EPILOG_DAILY)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--feed", "feed_urls", multiple=True, metavar="URL",
              help="A feed (RSS/Atom) to read, or a site's page naming its feed; repeat for more.")
@click.option("--subscriptions", "subscription_files", multiple=True, metavar="FILE|URL",
              help="An OPML file of feeds, as feed readers export it (or its http(s) address); repeatable.")
@click.option("--since", metavar="WHEN",
              help="Only entries dated after this: a duration before now (90m, 24h, 2d, 1w) or an ISO date-time "
                   "[default: every entry not seen before]. Undated entries count from when first seen.")
@click.option("--include", multiple=True, metavar="WORD",
              help="Keep only entries whose title or text has this word or phrase (any case); repeatable.")
@click.option("--exclude", multiple=True, metavar="WORD",
              help="Drop entries whose title or text has this word or phrase (any case); repeatable.")
@FULL_TEXT_OPTION
@click.option("--now", "now_text", metavar="DATETIME", envvar=NOW_ENV,
              help=f"Treat this ISO date-time as now (for tests and reproducible runs; also ${NOW_ENV}) "
                   "[default: the clock].")
@click.option("--date", metavar="YYYY-MM-DD", help="The day the digest is filed under [default: today, local time].")
@click.option("-o", "--out", default="out", show_default=True, metavar="DIR", help="Library folder.")
@click.option("-f", "--format", "formats", default=",".join(DAILY_DEFAULT_FORMATS), show_default=True, metavar="LIST",
              help="Comma list of md, pdf, html, epub: the digest as Markdown, one PDF, the HTML library "
                   "(DIR/index.html, searchable, works from file://) and an EPUB for e-readers. Story notes are "
                   "always .md and .json; once DIR has an HTML library every run keeps it current.")
@JOBS_OPTION
@click.option("-n", "--sentences", default=3, show_default=True, type=click.IntRange(1, 50),
              help="Sentences in each story's situation section.")
@ALGORITHM_OPTION
@PAGE_SIZE_OPTION
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="DIR",
              help="Folder with your own daily.*.j2 / daily.css / brief templates.")
@LANGUAGE_OPTION
@LIMIT_OPTION
@MAX_BYTES_OPTION
@click.option("--max-file-bytes", default=DEFAULT_MAX_FILE_BYTES, show_default=True, type=click.IntRange(1),
              metavar="N", help="Largest JSON lines file, decompressed (each article in it is capped by --max-bytes).")
@click.option("--top", type=click.IntRange(1), metavar="N",
              help="The digest holds the N most important stories (every story still gets its note and JSON).")
@click.option("--scheduler", envvar="BRIEFGEN_DASK_SCHEDULER", metavar="ADDRESS",
              help="Run on this Dask cluster (tcp://host:8786; also $BRIEFGEN_DASK_SCHEDULER); "
                   "needs pip install 'briefgen[dask]'.")
@fetch_options
@click.pass_context
@global_flags
def daily_command(ctx: click.Context, inputs: tuple[str, ...], feed_urls: tuple[str, ...],
                  subscription_files: tuple[str, ...], since: str | None, include: tuple[str, ...],
                  exclude: tuple[str, ...], full_text: str, now_text: str | None, date: str | None, out: str,
                  formats: str, jobs: int | None, sentences: int, algorithm: str, page_size: str,
                  templates: Path | None, language: str, limits: tuple[str, ...], max_bytes: int,
                  max_file_bytes: int, top: int | None, scheduler: str | None, **fetch_settings) -> None:
    """Write a daily digest of every article in INPUT files, folders and URLs, and of your feeds' new
    entries: one PDF, Markdown notes, an index, the HTML library (DIR/index.html: open it in a browser, it
    searches offline) and, with epub, a book."""
    from .batch import default_jobs
    from .daily import run_daily
    from .state import State
    from .subscriptions import Filters, local_day, parse_now, parse_since

    fmt = _formats(formats, DAILY_FORMATS)
    page_size = "A4" if page_size.lower() == "a4" else "letter"
    settings = _settings(sentences=sentences, algorithm=algorithm, page_size=page_size, templates=templates,
                         language=language, **_limits(limits))
    try:
        now = parse_now(now_text)
        since_at = parse_since(since, now) if since else None
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    day = _date(date) or local_day(now)
    failures = Failures(ctx.obj["debug"])
    local = [i for i in inputs if not is_url(i)]
    subscriptions = _subscriptions(ctx, inputs, feed_urls, subscription_files, failures,
                                   lambda: _fetcher(max_bytes, **fetch_settings))
    has_state = State.exists_in(out)
    if not local and not subscriptions and not has_state and not failures.count:
        raise click.UsageError("nothing to brief: give INPUT files or folders, --feed URL, --subscriptions FILE, "
                               "or [[feed]] tables in briefgen.toml")
    quiet = ctx.obj["quiet"]
    bar = None if quiet or not sys.stderr.isatty() else _daily_progress()
    tasks: dict[str, object] = {}

    def report(stage: str, done: int, total: int) -> None:
        if bar is None:
            return
        if stage not in tasks:
            tasks[stage] = bar.add_task(_DAILY_STAGES.get(stage, stage), total=total)
        bar.update(tasks[stage], completed=done, total=total)

    intake = None
    try:
        with bar or nullcontext():
            if subscriptions or has_state:
                intake = _read_feeds(subscriptions, out, day, now, since_at, full_text, Filters(include, exclude),
                                     language, max_bytes, fetch_settings, report)
            result = run_daily(local, out=out, date=day, formats=fmt, jobs=jobs or default_jobs(),
                               settings=settings, max_bytes=max_bytes, progress=report, scheduler=scheduler,
                               max_file_bytes=max_file_bytes, top=top,
                               articles=intake.articles if intake else (),
                               cover_notes=intake.cover_notes() if intake else ())
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        if ctx.obj["debug"]:
            traceback.print_exc()
        sys.exit(EXIT_USAGE)
    if intake is not None:
        for failure in intake.failures:
            failures.report(failure.error, failure.label)
    for failure in result.failures:
        failures.report(failure.error, failure.source)
    if not quiet:
        merged = sum(1 for s in result.stories if len(s.members) > 1)
        pages = f", {result.pages} PDF pages" if result.pages else ""
        web = ""
        if intake is not None and intake.feeds:
            web = (f"; {intake.feeds - len(intake.failures)} of {_count(intake.feeds, 'feed')} read, "
                   f"{_count(intake.new_entries, 'new entry', 'new entries')}")
        click.echo(f"{result.folder}: {_count(len(result.stories), 'story', 'stories')} from "
                   f"{_count(result.articles, 'article')} ({merged} merged from several sources{pages}){web}; "
                   f"{_count(len(result.written), 'file')} written, {len(result.removed)} removed", err=True)
    sys.exit(EXIT_FAILED if failures.count else EXIT_OK)


def _subscriptions(ctx: click.Context, inputs: tuple[str, ...], feed_urls: tuple[str, ...],
                   subscription_files: tuple[str, ...], failures: Failures, make_fetcher) -> tuple:
    """Every subscription of this run: [[feed]] tables, OPML files, --feed flags and INPUT URLs, each once."""
    from .subscriptions import Subscription, SubscriptionError, merge_subscriptions, parse_opml, read_opml
    from .urls import FetchError, redact_url

    flagged = []
    for url in feed_urls:
        try:
            flagged.append(Subscription(check_url(url)))
        except FetchError as exc:
            raise click.BadParameter(str(exc), param_hint="--feed") from None
    listed = []
    for path in subscription_files:
        try:
            if is_url(path):
                with make_fetcher() as fetcher:
                    url = check_url(path)
                    opml = fetcher.fetch(url, named=url, accept="text/x-opml, application/xml, text/xml, */*")
                listed.extend(parse_opml(opml.body, redact_url(url)))
            else:
                listed.extend(read_opml(path))
        except (SubscriptionError, BriefgenError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
    named = []
    for source in inputs:
        if is_url(source):
            try:
                named.append(Subscription(check_url(source), where="INPUT", input=True))
            except FetchError as exc:
                failures.report(exc, source)
    return merge_subscriptions(ctx.obj.get("feeds", ()), listed, flagged, named)


def _read_feeds(subscriptions, out: str, day: str, now, since_at, full_text: str, filters, language: str,
                max_bytes: int, fetch_settings: dict, report):
    """The day's web articles: every subscription read into the library's state database, the day read back."""
    from .intake import IntakeOptions, day_from_state, read_day
    from .publish import OutputFolder
    from .state import State

    OutputFolder(out)  # the library folder, checked and created before the database goes in it
    options = IntakeOptions(day=day, now=now, since=since_at, full_text=full_text, filters=filters,
                            language=language)
    with State.in_library(out) as state:
        if not subscriptions:
            return day_from_state(state, options)
        with _fetcher(max_bytes, **fetch_settings) as fetcher:
            return read_day(subscriptions, state, fetcher, options,
                            progress=lambda done, total: report("fetch", done, total))


_DAILY_STAGES = {"fetch": "Fetching", "brief": "Briefing", "group": "Grouping", "merge": "Merging",
                 "fit": "Fitting", "render": "Rendering", "library": "Library"}


def _daily_progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    transient=True)


@main.command("notes")
@click.argument("folder", default="out", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--actor", metavar="NAME", help="Only stories naming this actor (any part of the name).")
@click.option("--date", "day", metavar="DATE", help="Only this day (YYYY-MM-DD, or a prefix: 2024-11).")
@click.option("-w", "--word", metavar="WORD", help="Only stories whose title or text has this word.")
@click.pass_context
@global_flags
def notes_command(ctx: click.Context, folder: Path, actor: str | None, day: str | None, word: str | None) -> None:
    """List or search the story notes `briefgen daily` wrote in DIR, newest day first.

    \b
    Examples:
      briefgen notes out/
      briefgen notes out/ --actor Salo --date 2024-11
      briefgen notes out/ --word ferry
    """
    from .notes import find_notes

    try:
        notes = find_notes(folder, actor=actor, date=day, word=word)
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for note in notes:
        count = f" ({len(note.sources)} sources)" if len(note.sources) > 1 else ""
        click.echo(f"{note.date}  {note.title}{count}  {note.path}")
    if not notes and not ctx.obj["quiet"]:
        click.echo("no matching notes", err=True)
