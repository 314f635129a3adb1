"""Subscriptions (leaf-side, no network): what to read and what to keep.

Feeds come from `--feed URL`, `--subscriptions FILE` (OPML 1.0/2.0 as feed readers export it) and
`[[feed]]` tables in briefgen.toml; keyword filters (`include` / `exclude`, per feed and global) decide
which entries are kept; `--since` and `--now` say which entries are recent. Nothing here fetches.
"""

from __future__ import annotations

import datetime
import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError, InputError
from .urls import FetchError, check_url, redact_url

log = logging.getLogger(__name__)

FULL_TEXT_MODES = ("auto", "always", "never")
FEED_KEYS = ("url", "name", "include", "exclude", "full-text")
# OPML files are a list of addresses; anything this large is not one.
MAX_OPML_BYTES = 5_000_000
NOW_ENV = "BRIEFGEN_NOW"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 604800}


class SubscriptionError(InputError):
    """A subscription list cannot be read."""


# --- Filters --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _phrase(words: str) -> re.Pattern:
    """A case-insensitive pattern for a word or phrase, matching whole words only ("war" is not in "award")."""
    parts = [re.escape(w) for w in words.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Filters:
    """Keyword filters of one scope (every feed, or one feed): `include` keeps only entries naming one of
    its words or phrases (when it has any), `exclude` drops entries naming any of its."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    scope: str | None = None  # None: every feed; else the feed's name, shown on the digest's cover

    def __post_init__(self) -> None:
        for name in ("include", "exclude"):
            words = tuple(dict.fromkeys(" ".join(w.split()) for w in getattr(self, name) if w and w.strip()))
            object.__setattr__(self, name, words)

    def _label(self, kind: str, words: tuple[str, ...]) -> str:
        quoted = ", ".join(f"“{w}”" for w in words)
        return f"{kind} {quoted}" + (f" ({self.scope})" if self.scope else "")

    def excluded_by(self, *texts: str) -> str | None:
        """The label of the exclude filter one of these texts trips, or None."""
        for word in self.exclude:
            if any(_phrase(word).search(t) for t in texts if t):
                return self._label("exclude", (word,))
        return None

    def not_included(self, *texts: str) -> str | None:
        """The label of this scope's include filter when none of its words is in these texts, else None."""
        if not self.include:
            return None
        if any(_phrase(w).search(t) for w in self.include for t in texts if t):
            return None
        return self._label("include", self.include)


def drop_reason(scopes: tuple[Filters, ...], title: str | None, text: str, exclude_only: bool = False) -> str | None:
    """The filter that drops an entry (excludes first, then includes, global scope before the feed's), or None."""
    texts = (title or "", text or "")
    for scope in scopes:
        reason = scope.excluded_by(*texts)
        if reason:
            return reason
    if exclude_only:
        return None
    for scope in scopes:
        reason = scope.not_included(*texts)
        if reason:
            return reason
    return None


# --- Subscriptions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subscription:
    """One address to read: a feed (or a site page whose feed is discovered), or a page named as an input."""

    url: str
    name: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    full_text: str | None = None  # None: the run's --full-text
    where: str = "--feed"  # where it was given, for messages
    # A daily INPUT address may be a page, briefed as one article; a --feed page is searched for its feed.
    input: bool = False

    @property
    def label(self) -> str:
        """How messages and the cover name it: its name, else its (redacted) address."""
        return self.name or redact_url(self.url)

    def filters(self) -> Filters:
        """This feed's own filters."""
        return Filters(self.include, self.exclude, scope=self.label)


def merge_subscriptions(*groups) -> tuple[Subscription, ...]:
    """Subscriptions from several places, each address once (the first place it appears wins)."""
    seen: dict[str, Subscription] = {}
    for group in groups:
        for sub in group:
            seen.setdefault(sub.url, sub)
    return tuple(seen.values())


def _words(value: object, key: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key}: give a list of words or phrases, e.g. {key.split('.')[-1]} = [\"ukraine\", \"nato\"]")
        return ()
    return tuple(value)


def feed_tables(value: object) -> tuple[tuple[Subscription, ...], list[str]]:
    """Subscriptions from briefgen.toml's `[[feed]]` tables, and every problem with them (all at once)."""
    problems: list[str] = []
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        return (), ["feed: write each feed as a [[feed]] table with url = \"https://...\""]
    subs = []
    for number, table in enumerate(value, start=1):
        where = f"[[feed]] #{number}"
        bad = [k for k in table if k not in FEED_KEYS]
        problems.extend(f"{where}: {k}: unknown key (use {', '.join(FEED_KEYS)})" for k in bad)
        url = table.get("url")
        if not isinstance(url, str):
            problems.append(f"{where}: needs url = \"https://...\"")
            continue
        try:
            url = check_url(url)
        except FetchError as exc:
            problems.append(f"{where}: {exc}")
            continue
        name = table.get("name")
        if name is not None and not isinstance(name, str):
            problems.append(f"{where}: name must be text")
            name = None
        mode = table.get("full-text")
        if mode is not None and mode not in FULL_TEXT_MODES:
            problems.append(f"{where}: full-text must be one of {', '.join(FULL_TEXT_MODES)}, not {mode!r}")
            mode = None
        subs.append(Subscription(url, name or None, _words(table.get("include"), f"{where}.include", problems),
                                 _words(table.get("exclude"), f"{where}.exclude", problems), mode,
                                 where=f"briefgen.toml {where}"))
    return tuple(subs), problems


def read_opml(path: str | Path) -> tuple[Subscription, ...]:
    """Every feed (an outline with an xmlUrl) of an OPML 1.0 or 2.0 file, nested categories included.

    Parsed without loading a DTD, resolving entities or touching the network, so a hostile file cannot
    expand an entity bomb or read a local file. Outlines with an address that is not http(s) are skipped.
    """
    from .ingest import read_source

    source = str(path)
    return parse_opml(read_source(source, MAX_OPML_BYTES), source)


def parse_opml(data: bytes, source: str) -> tuple[Subscription, ...]:
    """Every feed of an OPML document given as bytes (see `read_opml`); `source` names it in messages."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                                  huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise SubscriptionError(f"{source}: not a readable OPML file ({exc}); export it again from your feed "
                                "reader") from None
    if root is None or not isinstance(root.tag, str) or lxml.etree.QName(root).localname.lower() != "opml":
        raise SubscriptionError(f"{source}: not an OPML file (its root element is not <opml>)")
    subs = []
    for outline in root.iter("{*}outline", "outline"):
        attributes = {k.lower(): v for k, v in outline.attrib.items() if isinstance(k, str)}
        url = (attributes.get("xmlurl") or "").strip()
        if not url:
            continue
        try:
            url = check_url(url)
        except FetchError as exc:
            log.warning("%s: skipped an outline: %s", source, exc)
            continue
        name = " ".join((attributes.get("title") or attributes.get("text") or "").split()) or None
        subs.append(Subscription(url, name, where=source))
    if not subs:
        raise SubscriptionError(f"{source}: no feeds in this OPML file (no <outline xmlUrl=\"...\">)")
    return tuple(subs)


# --- Time: --now and --since ----------------------------------------------------------------------


def parse_now(value: str | None) -> datetime.datetime:
    """The moment a run treats as now: `value` (ISO 8601; local time when it names no zone), else the clock."""
    if not value:
        return datetime.datetime.now(datetime.timezone.utc)
    return _instant(value, "--now")


def _instant(value: str, option: str) -> datetime.datetime:
    try:
        when = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{option} {value!r}: use an ISO date-time such as 2024-11-01T06:00 (or a date)") from None
    if when.tzinfo is None:
        when = when.astimezone()  # a naive time is local time
    return when.astimezone(datetime.timezone.utc)


def parse_since(value: str, now: datetime.datetime) -> datetime.datetime:
    """The earliest entry date `--since` keeps: a duration before now (90m, 24h, 2d, 1w) or an ISO date-time."""
    match = _DURATION.match(value)
    if match:
        amount, unit = float(match.group(1)), match.group(2)[0].lower()
        return now - datetime.timedelta(seconds=amount * _UNIT_SECONDS[unit])
    try:
        return _instant(value, "--since")
    except ConfigError:
        raise ConfigError(f"--since {value!r}: give a duration (90m, 24h, 2d, 1w) or an ISO date-time "
                          "(2024-11-01T06:00)") from None


def local_day(now: datetime.datetime) -> str:
    """The local calendar date of a moment, as YYYY-MM-DD: the day a run files its digest under."""
    return now.astimezone().date().isoformat()


__all__ = [
    "FULL_TEXT_MODES", "Filters", "NOW_ENV", "Subscription", "SubscriptionError", "drop_reason", "feed_tables",
    "local_day", "merge_subscriptions", "parse_now", "parse_opml", "parse_since", "read_opml",
]
