"""Command line (cli stage): a thin click adapter over the library; the only place that prints or exits.

Exit codes: 0 every brief written; 1 some inputs failed (the rest written); 2 usage or configuration error.
"""

from __future__ import annotations

import datetime
import logging
import sys
import traceback
from contextlib import nullcontext
from pathlib import Path

import click

from . import __version__
from .config import FORMATS, LANGUAGES, PAGE_SIZES, Settings, find_config, read_config
from .errors import BriefgenError, ConfigError
from .fit import fit_brief
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, load_articles
from .model import Article, Brief
from .pipeline import brief_from_article, summarize_article
from .publish import OutputFolder, free_name, unique_slugs
from .rank import algorithms, check_algorithm
from .render import render_json, render_markdown

log = logging.getLogger("briefgen")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EPILOG_BRIEF = """\b
Examples:
  briefgen brief seeds/kursk_north_korean_troops.txt
      -> out/kursk-north-korean-troops.md, .pdf and .json
  briefgen brief seeds/*.txt --out briefs/ --format md,pdf
  cat article.txt | briefgen brief - --format md --out -
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


def _formats(value: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise click.BadParameter(f"{value!r}: give a comma list of {', '.join(FORMATS)} (e.g. md,pdf)")
    return formats


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-10-31") from None


def _file_date(source: str) -> str | None:
    """The local date an input file was last modified: stable across re-runs, unlike today's date."""
    if source == "-":
        return None
    try:
        return datetime.date.fromtimestamp(Path(source).stat().st_mtime).isoformat()
    except OSError:
        return None


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
    briefgen evaluate CORPUS      ROUGE scores of summarisers against references
    briefgen mail BRIEF --to A    email a brief or a day's digest (Markdown + HTML, PDF attached)

    Run `briefgen COMMAND --help` for the options and examples of each.
    """
    _setup_logging(verbose, quiet)
    ctx.obj = {"quiet": quiet, "debug": debug}
    path = find_config(config_path)
    if path is not None:
        try:
            ctx.default_map = config_defaults(main, read_config(path), path)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
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
MAX_BYTES_OPTION = click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(1),
                                help="Refuse inputs larger than this.")


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
              help="Comma list of md, pdf, json.")
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
@click.pass_context
def brief(ctx: click.Context, inputs: tuple[str, ...], out: str, formats: str, sentences: int, algorithm: str,
          page_size: str, templates: Path | None, date: str | None, title: str | None, language: str,
          limits: tuple[str, ...], max_bytes: int) -> None:
    """Write a structured one-page brief of each article FILE ('-' reads stdin).

    Inputs: plain text (.txt; a first line without closing punctuation is the
    headline), Markdown (.md), saved web pages (.html: main text, title, date,
    author and site are extracted) and RSS/Atom feeds (.xml/.rss/.atom: one
    brief per entry), in any common encoding. Outputs are named after each
    input's file name, slugged: kursk_troops.txt -> kursk-troops.md/.pdf/.json
    (a feed's entries get -1, -2, ...).
    """
    fmt = _formats(formats)
    page_size = "A4" if page_size.lower() == "a4" else "letter"
    settings = _settings(sentences=sentences, algorithm=algorithm, page_size=page_size, templates=templates,
                         formats=fmt, date=_date(date), language=language, **_limits(limits))
    to_stdout = out == "-"
    if to_stdout and (len(fmt) != 1 or fmt[0] == "pdf" or len(inputs) != 1):
        raise click.UsageError("--out - prints one brief as Markdown or JSON: give one input and --format md or json")
    failures = Failures(ctx.obj["debug"])
    try:
        folder = None if to_stdout else OutputFolder(out)
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    sources = list(inputs)
    slugs = unique_slugs(sources)
    handed_out: set[str] = set()
    progress = _progress(len(sources), ctx.obj["quiet"], "Briefing")
    with progress or nullcontext():
        task = progress.add_task("brief", total=len(sources)) if progress else None
        for source, slug in zip(sources, slugs):
            try:
                articles = load_articles(source, title=title, language=language, max_bytes=max_bytes)
                names = _output_names(slug, len(articles), handed_out | (set(slugs) - {slug}))
                handed_out.update(names)
                for article, name in zip(articles, names):
                    _write_brief(article, name, settings, folder)
            except Exception as exc:  # one bad input must not stop the others
                failures.report(exc, source)
                if isinstance(exc, BriefgenError) and exc.exit_code == EXIT_USAGE:
                    sys.exit(EXIT_USAGE)  # a broken template or setting fails every input alike
            if progress:
                progress.advance(task)
    if folder is not None:
        folder.save_manifest()
    sys.exit(EXIT_FAILED if failures.count else EXIT_OK)


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


def make_brief(article: Article, settings: Settings) -> tuple[Brief, bytes | None]:
    """The brief of an article, fitted to one page with its PDF when PDF is among the formats."""
    if settings.date is None:
        settings = settings.replace(date=article.date or _file_date(article.source))
    brief = brief_from_article(article, settings)
    if "pdf" not in settings.formats:
        return brief, None
    fitted = fit_brief(brief, settings)
    return fitted.brief, fitted.pdf


def _write_brief(article: Article, name: str, settings: Settings, folder: OutputFolder | None) -> None:
    brief, pdf = make_brief(article, settings)
    outputs: dict[str, bytes] = {}
    for fmt in settings.formats:
        if fmt == "md":
            outputs[f"{name}.md"] = render_markdown(brief, settings).encode("utf-8")
        elif fmt == "json":
            outputs[f"{name}.json"] = render_json(brief, settings).encode("utf-8")
        elif fmt == "pdf" and pdf is not None:
            outputs[f"{name}.pdf"] = pdf
    if folder is None:
        sys.stdout.buffer.write(next(iter(outputs.values())))
        sys.stdout.flush()
        return
    # Every output of this brief is rendered before the first is written, and every name is checked:
    # a failure leaves no partial set behind.
    folder.check(list(outputs))
    for filename, data in outputs.items():
        path = folder.write(filename, data)
        log.info("wrote %s", path)


@main.command("summarize")
@click.argument("source", metavar="FILE")
@click.option("-n", "--sentences", default=3, show_default=True, type=click.IntRange(1, 1000),
              help="How many sentences to select.")
@ALGORITHM_OPTION
@LANGUAGE_OPTION
@click.pass_context
def summarize_command(ctx: click.Context, source: str, sentences: int, algorithm: str, language: str) -> None:
    """Print a plain extractive summary of FILE: the selected sentences, one a line, in document order.

    \b
    Example:
      briefgen summarize seeds/kursk_north_korean_troops.txt --sentences 3 --algorithm lexrank
    """
    try:
        (article, *_rest) = load_articles(source, language=language)
        for line in summarize_article(article, sentences=sentences, algorithm=algorithm):
            click.echo(line)
    except Exception as exc:
        Failures(ctx.obj["debug"]).report(exc, source)
        sys.exit(EXIT_FAILED)


@main.command("algorithms")
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
@click.pass_context
def mail_command(ctx: click.Context, source: str, to: tuple[str, ...], sender: str, attach_pdf: bool,
                 eml: Path | None, smtp_host: str, smtp_port: int | None, security: str, username: str | None,
                 timeout: float, templates: Path | None) -> None:
    """Email a brief: a day folder (out/YYYY-MM-DD) or a single brief's .md file.

    The message holds the Markdown as plain text and a sanitised HTML
    rendering of it (no images, scripts or remote content), plus the PDF with
    --attach-pdf. The subject comes from email_subject.j2: "Daily brief —
    DATE" for a day folder, "Brief — TITLE" for a single brief.

    \b
    Examples:
      briefgen mail out/2024-11-01 --to ana@example.com --from briefs@example.com
      BRIEFGEN_SMTP_PASSWORD=... briefgen mail out/2024-11-01 --attach-pdf \\
          --to ana@example.com --to bo@example.com --from briefs@example.com \\
          --smtp-host smtp.example.com --username briefs
      briefgen mail out/kursk-north-korean-troops.md --to me@example.com \\
          --from me@example.com --eml kursk.eml
    \b
    A [mail] table in briefgen.toml sets defaults for these options (e.g.
    smtp-host, from, to); the password is never a flag or a setting: set
    BRIEFGEN_SMTP_PASSWORD in the environment.
    """
    import os

    from .mail import PASSWORD_ENV, build_message, send_message, write_eml

    password = os.environ.get(PASSWORD_ENV) or None
    if eml is None and username and password is None:
        raise click.UsageError(f"--username {username} needs a password: set {PASSWORD_ENV} in the environment")
    try:
        settings = _settings(templates=templates)
        msg = build_message(source, list(to), sender, attach_pdf=attach_pdf, settings=settings)
        if eml is not None and str(eml) == "-":
            sys.stdout.buffer.write(msg.as_bytes())
            sys.stdout.flush()
        elif eml is not None:
            log.info("wrote %s", write_eml(msg, eml))
        else:
            send_message(msg, list(to), host=smtp_host, port=smtp_port, security=security, username=username,
                         password=password if username else None, timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one `error:` line, as in the other commands
        Failures(ctx.obj["debug"]).report(exc, source)
        sys.exit(exc.exit_code if isinstance(exc, BriefgenError) else EXIT_FAILED)


EPILOG_DAILY = """\b
Examples:
  briefgen daily feeds/ extra/article.txt --date 2024-11-01
      -> out/2024-11-01/daily-brief.pdf, daily-brief.md, stories/*.md/.json, out/index.md
  briefgen daily inbox/ --format md --jobs 2
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
Exit codes: 0 the day written, 1 some inputs failed (the day is written
without them), 2 usage, configuration, template or output error."""


@main.command("daily", epilog=EPILOG_DAILY)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--date", metavar="YYYY-MM-DD", help="The day the digest is filed under [default: today, local time].")
@click.option("-o", "--out", default="out", show_default=True, metavar="DIR", help="Library folder.")
@click.option("-f", "--format", "formats", default="md,pdf", show_default=True, metavar="LIST",
              help="Comma list of md, pdf for the day's digest (story notes are always .md and .json).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes; the output is the same whatever the number.")
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
@click.pass_context
def daily_command(ctx: click.Context, inputs: tuple[str, ...], date: str | None, out: str, formats: str, jobs: int,
                  sentences: int, algorithm: str, page_size: str, templates: Path | None, language: str,
                  limits: tuple[str, ...], max_bytes: int, max_file_bytes: int, top: int | None,
                  scheduler: str | None) -> None:
    """Write a daily digest of every article in INPUT files and folders: one PDF, Markdown notes, an index."""
    from .daily import run_daily

    fmt = _formats(formats)
    if any(f not in ("md", "pdf") for f in fmt):
        raise click.BadParameter(f"{formats!r}: the daily digest is md, pdf or md,pdf", param_hint="--format")
    page_size = "A4" if page_size.lower() == "a4" else "letter"
    settings = _settings(sentences=sentences, algorithm=algorithm, page_size=page_size, templates=templates,
                         language=language, **_limits(limits))
    day = _date(date)
    quiet = ctx.obj["quiet"]
    bar = None if quiet or not sys.stderr.isatty() else _daily_progress()
    tasks: dict[str, object] = {}

    def report(stage: str, done: int, total: int) -> None:
        if bar is None:
            return
        if stage not in tasks:
            tasks[stage] = bar.add_task(_DAILY_STAGES.get(stage, stage), total=total)
        bar.update(tasks[stage], completed=done, total=total)

    try:
        with bar or nullcontext():
            result = run_daily(list(inputs), out=out, date=day, formats=fmt, jobs=jobs, settings=settings,
                               max_bytes=max_bytes, progress=report, top=top, scheduler=scheduler or None,
                               max_file_bytes=max_file_bytes)
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        if ctx.obj["debug"]:
            traceback.print_exc()
        sys.exit(EXIT_USAGE)
    failures = Failures(ctx.obj["debug"])
    for failure in result.failures:
        failures.report(failure.error, failure.source)
    if not quiet:
        merged = sum(1 for s in result.stories if len(s.members) > 1)
        pages = f", {result.pages} PDF pages" if result.pages else ""
        click.echo(f"{result.folder}: {_count(len(result.stories), 'story', 'stories')} from "
                   f"{_count(result.articles, 'article')} ({merged} merged from several sources{pages}); "
                   f"{_count(len(result.written), 'file')} written, {len(result.removed)} removed", err=True)
    sys.exit(EXIT_FAILED if failures.count else EXIT_OK)


_DAILY_STAGES = {"brief": "Briefing", "group": "Grouping", "merge": "Merging", "fit": "Fitting",
                 "render": "Rendering"}


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
def notes_command(ctx: click.Context, folder: Path, actor: str | None, day: str | None, word: str | None) -> None:
    """List or search the story notes `briefgen daily` wrote in DIR, newest day first.

    \b
    Examples:
      briefgen notes out/
      briefgen notes out/ --actor Salo --date 2024-11
      briefgen notes out/ --word ferry
    """
    from .daily import find_notes

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
