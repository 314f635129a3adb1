"""Intake stage: subscriptions -> the day's articles (fetch, only what is new, filters, full text); left of daily.

For each subscription, concurrently: a conditional GET of the feed (a 304 costs nothing more); a site
page instead of a feed has its feed discovered; every entry not seen before is checked against
`--since` and the filters, its page fetched when the feed carries only a teaser, and the lot recorded
in the state database in one transaction with the feed's validators. The day is then read back from
the database whole, so a second run on the same day keeps the morning's entries and adds the new ones.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .errors import BriefgenError, InputError
from .ingest import compose_article, decode, detect_kind, parse_article
from .model import Article
from .state import CachedPage, EntryRecord, State, StateError
from .subscriptions import Filters, Subscription, drop_reason
from .urls import FetchError, check_url, fetch_error, redact_url

log = logging.getLogger(__name__)

# Entries whose own text is under this many words are teasers, and their page is fetched for the full
# text (full-text = "auto"). Measured (`python benchmarks/teasers.py`, RESULTS.md "Teasers"): the
# shortest of the 300 dev articles has 104 words and 99% have 128 or more, while what feeds carry as a
# teaser (a standfirst of 1-3 sentences; the CNN highlights as a proxy) has at most 60 words (p99 58);
# 100 sits between the two and leaves a short full article alone.
TEASER_WORDS = 100
# Feeds read at once; the fetcher still allows only two connections to any one host.
FEED_WORKERS = 8
# Entry identities longer than this are stored as a hash (some feeds use whole URLs with tracking as guids).
MAX_KEY_CHARS = 300
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class FeedFailure:
    """A subscription that could not be read this run, and why."""

    label: str
    error: BriefgenError

    @property
    def reason(self) -> str:
        """The error without the address it names (the cover names the feed itself)."""
        if isinstance(self.error, FetchError):
            return self.error.reason
        text = str(self.error)
        head, sep, rest = text.partition(": ")
        return rest if sep and ("://" in head or head == self.label) else text


@dataclass(frozen=True)
class IntakeOptions:
    """What a run takes in: its day and moment, `--since`, `--full-text`, the global filters, the language."""

    day: str
    now: datetime.datetime
    since: datetime.datetime | None = None
    full_text: str = "auto"
    filters: Filters = field(default_factory=Filters)
    language: str = "english"


@dataclass(frozen=True)
class Intake:
    """The day as the database holds it after this run, and what this run could not read."""

    articles: tuple[Article, ...]
    feeds: int
    failures: tuple[FeedFailure, ...] = ()
    new_entries: int = 0
    drops: tuple[tuple[str, int], ...] = ()

    def cover_notes(self) -> tuple[str, ...]:
        """The digest cover's lines about feeds that failed and entries the filters dropped."""
        notes = []
        if self.failures:
            listed = "; ".join(f"{f.label} ({f.reason})" for f in self.failures)
            notes.append(f"{len(self.failures)} of {self.feeds} feed{'' if self.feeds == 1 else 's'} could not be "
                         f"read: {listed}.")
        if self.drops:
            total = sum(count for _, count in self.drops)
            listed = "; ".join(f"{name}: {count}" for name, count in self.drops)
            notes.append(f"Filters dropped {total} entr{'y' if total == 1 else 'ies'} — {listed}.")
        return tuple(notes)


def day_from_state(state: State, options: IntakeOptions, feeds: int = 0,
                   failures: Sequence[FeedFailure] = (), new_entries: int = 0) -> Intake:
    """The day's articles and filter counts as the database holds them."""
    return Intake(tuple(state.day_articles(options.day, options.language)), feeds, tuple(failures), new_entries,
                  tuple(state.day_drops(options.day)))


def read_day(subscriptions: Sequence[Subscription], state: State, fetcher, options: IntakeOptions,
             progress: ProgressCallback | None = None) -> Intake:
    """Read every subscription (concurrently), record what is new, and return the whole day from the database."""
    reader = _Reader(state, fetcher, options)
    failures: list[FeedFailure] = []
    new = 0
    done = 0
    report = progress or (lambda done, total: None)
    report(0, len(subscriptions))
    if subscriptions:
        with ThreadPoolExecutor(max_workers=min(FEED_WORKERS, len(subscriptions))) as pool:
            futures = [pool.submit(reader.read, sub) for sub in subscriptions]
            for sub, future in zip(subscriptions, futures):
                try:
                    new += future.result()
                except StateError:
                    raise
                except BriefgenError as exc:
                    failures.append(FeedFailure(sub.label, exc))
                except Exception as exc:  # noqa: BLE001 - one broken feed must not stop the day
                    log.debug("internal error reading %s", sub.label, exc_info=True)
                    failures.append(FeedFailure(sub.label, InputError(
                        f"{sub.label}: internal error ({type(exc).__name__}: {exc}); rerun with --debug")))
                done += 1
                report(done, len(subscriptions))
    return day_from_state(state, options, len(subscriptions), failures, new)


# --- One subscription -----------------------------------------------------------------------------


def entry_key(entry) -> str:
    """An entry's identity: its guid, else its link, else a hash of its title and date."""
    if entry.guid:
        kind, value = "guid", entry.guid
    elif entry.link:
        kind, value = "link", redact_url(entry.link)
    else:
        kind, value = "hash", hashlib.sha256(f"{entry.title or ''}\0{entry.published or entry.date or ''}"
                                             .encode("utf-8")).hexdigest()
    if len(value) > MAX_KEY_CHARS:
        value = hashlib.sha256(value.encode("utf-8")).hexdigest()
    return f"{kind}:{value}"


def words(text: str | None) -> int:
    """How many words a text has."""
    return len((text or "").split())


def needs_page(entry, mode: str) -> bool:
    """Whether an entry's page is fetched for its full text under a full-text mode."""
    if not entry.link or mode == "never":
        return False
    return mode == "always" or words(entry.text) < TEASER_WORDS


class _Reader:
    """Reads subscriptions into the state database (one instance per run, shared by the worker threads)."""

    def __init__(self, state: State, fetcher, options: IntakeOptions) -> None:
        self.state = state
        self.fetcher = fetcher
        self.options = options
        self.stamp = options.now.astimezone(datetime.timezone.utc).isoformat()

    def read(self, sub: Subscription) -> int:
        """Read one subscription; the number of entries that joined the day. Raises on a feed that fails."""
        from .fetch import ACCEPT_PAGE, ACCEPT_FEED

        prior = self.state.feed(sub.url)
        if sub.input and prior is not None and prior.kind == "page":
            return 0  # a page named before is part of the day it was first given; never fetched again
        if sub.input and prior is None:
            cached = self.state.page(sub.url)  # already fetched as some feed's entry page
            if cached is not None:
                return self._record_page(sub, cached)
        fetch_url = prior.fetch_url if prior else sub.url
        fetched = self.fetcher.fetch(fetch_url, named=sub.url, etag=prior.etag if prior else None,
                                     last_modified=prior.last_modified if prior else None,
                                     accept=ACCEPT_FEED if not sub.input else f"{ACCEPT_FEED}, {ACCEPT_PAGE}")
        if fetched.not_modified:
            log.info("%s: not modified since the last run", sub.label)
            return 0
        text = _text_of(fetched.body, sub.url)
        kind = detect_kind("-", text)
        if kind == "html" and sub.input:
            page = page_of(text, sub.url, fetched.url)
            self.state.put_page(page, self.stamp)
            return self._record_page(sub, page)
        if kind == "html":
            found = discover_feed(text, fetched.url)
            if found is None:
                raise fetch_error(sub.url, "a web page, not a feed, and it names no feed",
                                  ' (no <link rel="alternate" type="application/rss+xml">); give the feed\'s address')
            log.info("%s: reading the feed it names, %s", sub.label, redact_url(found))
            fetch_url = found
            fetched = self.fetcher.fetch(found, named=sub.url)
            text = _text_of(fetched.body, found)
            kind = detect_kind("-", text)
        if kind != "feed":
            raise fetch_error(fetch_url, "not an RSS or Atom feed", f" (it sent {fetched.content_type or 'text'})")
        from .ingest.feeds import read_feed

        entries = read_feed(text, redact_url(fetch_url), keep_empty=True)
        known = self.state.known_keys(sub.url)
        records = []
        deferred = False
        for entry in entries:
            key = entry_key(entry)
            if key in known:
                continue
            known.add(key)
            record = self._entry(sub, entry, key)
            if record is None:
                deferred = True
            else:
                records.append(record)
        # An entry left for the next run needs the whole feed next time, not a 304: keep no validators then.
        etag, last_modified = (None, None) if deferred else (fetched.etag, fetched.last_modified)
        self.state.record_feed(sub.url, "feed", fetch_url, etag, last_modified, records, self.options.day,
                               self.stamp)
        return sum(1 for r in records if r.status == "new")

    def _entry(self, sub: Subscription, entry, key: str) -> EntryRecord | None:
        """What becomes of one entry never seen before (None: leave it for the next run)."""
        options = self.options
        base = {"key": key, "position": entry.number, "published": entry.published, "title": entry.title,
                "link": entry.link}
        if options.since is not None and entry.published:
            if datetime.datetime.fromisoformat(entry.published) < options.since:
                return EntryRecord(status="old", **base)
        scopes = (options.filters, sub.filters())
        # Excludes are checked on the feed's own text first, so a dropped entry's page is never fetched.
        reason = drop_reason(scopes, entry.title, entry.text, exclude_only=True)
        if reason:
            return EntryRecord(status="dropped", filter=reason, **base)
        page = None
        if needs_page(entry, sub.full_text or options.full_text):
            try:
                page = self.page(entry.link, named=sub.url)
            except InputError as exc:
                why = getattr(exc, "reason", str(exc))
                if words(entry.text):
                    log.warning("%s: full text not fetched (%s); briefed from the feed's own text",
                                redact_url(entry.link), why)
                elif getattr(exc, "transient", False):
                    log.warning("%s: full text not fetched (%s); will try again next run", redact_url(entry.link), why)
                    return None
                else:
                    log.warning("%s: skipped: the entry has no text and its page cannot be read (%s)",
                                redact_url(entry.link), why)
                    return EntryRecord(status="unreadable", **base)
        try:
            article = entry_article(entry, page, sub.label, options.language)
        except InputError as exc:
            log.warning("%s: skipped (%s)", redact_url(entry.link or sub.url), exc)
            return EntryRecord(status="unreadable", **base)
        reason = drop_reason(scopes, article.title, article.text)
        if reason:
            return EntryRecord(status="dropped", filter=reason, **base)
        return EntryRecord(status="new", article=article, **base)

    def page(self, url: str, named: str) -> CachedPage:
        """An entry's page, from the cache or fetched (and cached at once), its main text extracted."""
        cached = self.state.page(url)
        if cached is not None:
            return cached
        page = fetch_page(self.fetcher, url, named)
        self.state.put_page(page, self.stamp)
        return page

    def _record_page(self, sub: Subscription, page: CachedPage) -> int:
        """A page named as a daily input: one article, recorded like a feed entry of its own."""
        source = redact_url(page.final_url)
        article = compose_article(page.text, source, page.title, None, self.options.language, date=page.date,
                                  author=page.author, site=page.site, link=source)
        record = EntryRecord(key=f"page:{redact_url(sub.url)}", position=1, status="new", title=article.title,
                             link=page.final_url, article=article)
        self.state.record_feed(sub.url, "page", sub.url, None, None, [record], self.options.day, self.stamp)
        return 1


# --- Documents ------------------------------------------------------------------------------------


def _text_of(body: bytes, url: str) -> str:
    """A fetched body as clean text (any common encoding), or an `InputError` naming the address."""
    text = decode(body, redact_url(url))
    if not text.strip():
        raise fetch_error(url, "the server sent an empty answer")
    return text


def discover_feed(markup: str, base_url: str) -> str | None:
    """The first RSS or Atom feed a page names with <link rel="alternate" type="...">, as an absolute URL."""
    import urllib.parse

    import lxml.html

    try:
        tree = lxml.html.fromstring(markup.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8", no_network=True))
    except (ValueError, lxml.etree.ParserError):
        return None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            candidate = urllib.parse.urljoin(base_url, href)
            try:
                return check_url(candidate)
            except FetchError:
                continue
    return None


def fetch_page(fetcher, url: str, named: str) -> CachedPage:
    """Fetch an entry's page and extract its main text and metadata (trafilatura, as for saved pages)."""
    from .fetch import ACCEPT_PAGE

    fetched = fetcher.fetch(url, named=named, accept=ACCEPT_PAGE)
    return page_of(_text_of(fetched.body, url), url, fetched.url)


def page_of(text: str, url: str, final_url: str) -> CachedPage:
    """What is kept of a fetched page: its main text and metadata (an HTML page), or its text as it is."""
    from .ingest.pages import extract_page

    if detect_kind("-", text) != "html":
        return CachedPage(url, final_url, text)
    page = extract_page(text)
    return CachedPage(url, final_url, page.text, page.title, page.date, page.author, page.site)


def entry_article(entry, page: CachedPage | None, label: str, language: str, title: str | None = None) -> Article:
    """The article of a feed entry: the feed's metadata first, its page's text when one was fetched."""
    link = redact_url(entry.link) if entry.link else None
    source = link or f"{label}#{entry.number}"
    if page is None or words(page.text) < words(entry.text):  # the feed said more than the page yielded
        return compose_article(entry.text, source, entry.title, title, language, date=entry.date,
                               author=entry.author, site=entry.site, link=link)
    text = page.text
    first, _, rest = text.partition("\n")
    if page.title and first.strip() == page.title.strip() and rest.strip():
        text = rest  # the page's own headline; the feed's title heads the article
    return compose_article(text, source, entry.title or page.title, title, language,
                           date=entry.date or page.date, author=entry.author or page.author,
                           site=entry.site or page.site, link=link)


def page_article(text: str, url: str, title: str | None, language: str) -> Article:
    """The article of a fetched page (HTML: main text and metadata; plain text as a text file)."""
    source = redact_url(url)
    if detect_kind("-", text) != "html":
        return parse_article(text, source=source, title=title, language=language)
    from .ingest.pages import extract_page

    page = extract_page(text)
    return compose_article(page.text, source, page.title, title, language, date=page.date, author=page.author,
                           site=page.site, link=source)


def url_articles(url: str, fetcher, full_text: str = "auto", language: str = "english",
                 title: str | None = None) -> tuple[tuple[Article, ...], str]:
    """Every article at an address the user named (a page: one; a feed: one per entry), and the final URL."""
    from .fetch import ACCEPT_FEED, ACCEPT_PAGE
    from .ingest.feeds import read_feed

    fetched = fetcher.fetch(url, named=url, accept=f"{ACCEPT_PAGE}, {ACCEPT_FEED}")
    text = _text_of(fetched.body, url)
    if detect_kind("-", text) != "feed":
        return (page_article(text, fetched.url, title, language),), fetched.url
    label = redact_url(fetched.url)
    articles = []
    for entry in read_feed(text, label, keep_empty=True):
        page = None
        if needs_page(entry, full_text):
            try:
                page = fetch_page(fetcher, entry.link, named=url)
            except InputError as exc:
                if not words(entry.text):
                    log.warning("%s: skipped (%s)", redact_url(entry.link), getattr(exc, "reason", exc))
                    continue
                log.warning("%s: full text not fetched (%s); briefed from the feed's own text",
                            redact_url(entry.link), getattr(exc, "reason", exc))
        try:
            articles.append(entry_article(entry, page, label, language, title))
        except InputError as exc:
            log.warning("%s: skipped (%s)", redact_url(entry.link or label), exc)
    if not articles:
        raise fetch_error(url, "none of the feed's entries has any text to brief")
    return tuple(articles), fetched.url


__all__ = [
    "FeedFailure", "Intake", "IntakeOptions", "TEASER_WORDS", "day_from_state", "discover_feed", "entry_article",
    "entry_key", "fetch_page", "needs_page", "page_article", "read_day", "url_articles",
]
