"""Library stage: the browsable HTML library of a `briefgen daily` folder (right of render, left of daily).

From every day's story JSON (the day being written comes from memory) it renders:

    OUT/index.html                    home: days newest first, the newest day's lead stories, search
    OUT/search-index.js               which search index parts exist, as a script (`window.BRIEFGEN_INDEX = …`),
                                      so search works from file:// where fetch/XHR of a local file is refused
    OUT/search/YYYY-MM.js             one month's search index (loaded newest first, on first use)
    OUT/library.css, OUT/library.js   the stylesheet and the search code, shipped in the package
    OUT/actors/index.html             every actor; OUT/actors/<slug>.html every story naming one actor
    OUT/<date>/index.html             the day: cover and contents
    OUT/<date>/stories/<slug>.html    one story: the same items as its PDF page
    OUT/<date>/day.json               the day's story order (lead stories first), read back by later runs

Pages load nothing remote: a Content-Security-Policy meta tag allows only the library's own files, and
all article text reaches the pages through autoescaping templates (the search results through
`textContent`). Every output is a pure function of the stories, so re-runs are byte-identical.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import LANGUAGE_CODES, Settings
from .model import Brief
from .notes import DAY_FOLDER, DIGEST, STORIES
from .publish import free_name, slugify
from .render import brief_from_dict, render_template, template_file
from .stories import source_letter

log = logging.getLogger(__name__)

ACTORS = "actors"
DAY_RECORD = "day.json"
DAY_SCHEMA = "briefgen.day/1"
HOME = "index.html"
INDEX_SCRIPT = "search-index.js"
SEARCH_DIR = "search"
ASSETS = ("library.css", "library.js")
TEMPLATE_DIR = "library"
# The home page shows this many of the newest day's stories: the lead stories a reader opens first.
LEAD_STORIES = 5
# One Content-Security-Policy for every page: only the library's own files, nothing remote, no inline code.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'")

# --- Search index weights -------------------------------------------------------------------------
# A word in the title says most about what a story is; an actor's name says who it is about; the
# items' words say what it tells. Integer weights keep the index small (they are summed per word).
TITLE_WEIGHT = 4
ACTOR_WEIGHT = 3
ITEM_WEIGHT = 1
# Per-word weights saturate (as BM25's tf does), so one word repeated in every item cannot dominate;
# the cap also keeps every weight two digits at most.
MAX_WEIGHT = 40
# Words shorter than this carry no meaning alone ("a", "of") and would bloat every posting list.
MIN_WORD = 2
_WORD = re.compile(r"[^\W_]+")
# Above this the index stops being quick to load on a phone (issue 11's budget at 1,000 stories).
INDEX_BUDGET_BYTES = 2_000_000


@dataclass(frozen=True)
class StoryEntry:
    """One story of the library: its day, file slug, place in the day (1 = lead) and brief."""

    date: str
    slug: str
    number: int
    brief: Brief

    @property
    def path(self) -> str:
        """The story page, relative to the library root."""
        return f"{self.date}/{STORIES}/{self.slug}.html"


@dataclass(frozen=True)
class DayEntry:
    """One day of the library: its stories in order and which digest files it has."""

    date: str
    stories: tuple[StoryEntry, ...]
    files: tuple[str, ...]  # digest files present: "pdf", "md", "epub"


@dataclass(frozen=True)
class Actor:
    """One actor across the library: a normalised name and kind, aliases merged, every story naming it."""

    slug: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: tuple[tuple[StoryEntry, str], ...]  # (story, role there), newest day first


# --- Reading the library --------------------------------------------------------------------------


def day_record(date: str, slugs: Sequence[str], briefs: Sequence[Brief]) -> bytes:
    """`day.json`: the day's stories in order, so later runs rebuild this day's pages in the same order."""
    data = {"schema": DAY_SCHEMA, "date": date,
            "stories": [{"slug": slug, "title": brief.title} for slug, brief in zip(slugs, briefs)]}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _read_day(folder: Path) -> list[tuple[str, Brief]]:
    """A day folder's stories as (slug, brief), in the order its day.json records (else by title)."""
    briefs: dict[str, Brief] = {}
    for path in sorted((folder / STORIES).glob("*.json")):
        try:
            briefs[path.stem] = brief_from_dict(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("%s: not a story briefgen can read; left out of the library", path)
    order: list[str] = []
    try:
        record = json.loads((folder / DAY_RECORD).read_text("utf-8"))
        order = [s["slug"] for s in record["stories"] if s.get("slug") in briefs]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    rest = sorted((s for s in briefs if s not in order), key=lambda s: (briefs[s].title.lower(), s))
    return [(slug, briefs[slug]) for slug in order + rest]


def _digest_files(folder: Path) -> tuple[str, ...]:
    return tuple(ext for ext in ("pdf", "epub", "md") if (folder / f"{DIGEST}.{ext}").is_file())


def read_library(root: Path, current: tuple[str, Sequence[str], Sequence[Brief], Sequence[str]] | None = None
                 ) -> list[DayEntry]:
    """Every day under `root`, newest first; `current` = (date, slugs, briefs, digest formats) of the day being
    written replaces what is on disk for that date."""
    stories_by_day: dict[str, list[tuple[str, Brief]]] = {}
    files_by_day: dict[str, tuple[str, ...]] = {}
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir() and DAY_FOLDER.match(folder.name) and (folder / STORIES).is_dir():
                stories_by_day[folder.name] = _read_day(folder)
                files_by_day[folder.name] = _digest_files(folder)
    if current is not None:
        date, slugs, briefs, formats = current
        stories_by_day[date] = list(zip(slugs, briefs))
        files_by_day[date] = tuple(ext for ext in ("pdf", "epub", "md") if ext in formats)
    return [DayEntry(date, tuple(StoryEntry(date, slug, n, brief)
                                 for n, (slug, brief) in enumerate(stories_by_day[date], start=1)),
                     files_by_day[date])
            for date in sorted(stories_by_day, reverse=True)]


# --- Actors across days ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    """A name or word as the index and actor grouping compare it: accents dropped, lower case, one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return " ".join(plain.lower().split())



ActorLinks = dict[tuple[str, str, str], str]  # (date, story slug, actor item text) -> actor page slug


def collect_actors(days: Sequence[DayEntry]) -> tuple[list[Actor], ActorLinks]:
    """Every actor named in the library, one per normalised name and kind, and which page each story's item links.

    A one-word name ("Blinken") joins the longer name whose aliases hold it ("Antony Blinken", same
    kind) when exactly one such name exists; when two people share the surname it stays on its own
    rather than guess.
    """
    spellings: dict[tuple[str, str], Counter] = defaultdict(Counter)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions: dict[tuple[str, str], list[tuple[StoryEntry, str]]] = defaultdict(list)
    items: list[tuple[tuple[str, str], StoryEntry, str]] = []
    for day in days:
        for story in day.stories:
            for item in story.brief.section_items("actors"):
                key = (normalise(item.text), str(item.fields.get("kind") or ""))
                if not key[0]:
                    continue
                spellings[key][item.text] += 1
                aliases[key].update(str(a) for a in item.fields.get("aliases") or ())
                mentions[key].append((story, str(item.fields.get("role") or "")))
                items.append((key, story, item.text))
    # Which longer names claim a one-word alias, per kind.
    claims: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for key, names in aliases.items():
        if " " in key[0]:
            for alias in names:
                claims[(normalise(alias), key[1])].add(key)
    target = {key: next(iter(claims[key])) for key in spellings
              if " " not in key[0] and len(claims.get(key, ())) == 1}
    merged: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(spellings):
        merged[target.get(key, key)].append(key)
    actors = []
    page_of: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    base_counts = Counter(slugify(_display(spellings, keys)) for keys in merged.values())
    for main in sorted(merged, key=lambda k: (_display(spellings, merged[k]).lower(), k)):
        keys = merged[main]
        name = _display(spellings, keys)
        base = slugify(name)
        if base_counts[base] > 1 and main[1]:
            base = f"{base}-{slugify(main[1])}"  # Georgia the country and Georgia the place
        seen: dict[tuple[str, str], tuple[StoryEntry, str]] = {}
        for key in keys:
            for story, role in mentions[key]:
                ident = (story.date, story.slug)
                if ident not in seen or (role and not seen[ident][1]):
                    seen[ident] = (story, role)
        names = {n for key in keys for n in spellings[key]} | {a for key in keys for a in aliases[key]}
        ordered = sorted(seen.values(), key=lambda m: (_reverse_date(m[0].date), m[0].number))
        slug = free_name(base, taken)
        page_of.update((key, slug) for key in keys)
        actors.append(Actor(slug, name, main[1], tuple(sorted(names - {name}, key=str.lower)), tuple(ordered)))
    links = {(story.date, story.slug, text): page_of[key] for key, story, text in items}
    return actors, links


def _display(spellings: dict[tuple[str, str], Counter], keys: list[tuple[str, str]]) -> str:
    """The name shown for an actor: the longest form (the full name), then the most common spelling."""
    counts: Counter = Counter()
    for key in keys:
        counts.update(spellings[key])
    return min(counts, key=lambda n: (-len(normalise(n)), -counts[n], n))


def _reverse_date(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-"))


# --- Search index ---------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The index's words of some text: normalised, split on anything not a letter or digit (as library.js)."""
    return [w for w in _WORD.findall(normalise(text)) if len(w) >= MIN_WORD]


def _item_texts(brief: Brief) -> Iterable[str]:
    for section in brief.sections:
        if section.key == "actors":
            continue
        for item in section.items:
            yield item.text
            for quote in item.quotes:
                if quote.text not in item.text:
                    yield quote.text


def build_search_index(days: Sequence[DayEntry], actors: Sequence[Actor]) -> dict[str, Any]:
    """The search index: stories (day, page, title, top line) and, per word, the stories holding it with a weight.

    Postings are flat [story delta, weight, …] lists (story numbers ascending, stored as differences),
    which keeps 1,000 stories well inside the budget; library.js ranks with BM25-like saturation and idf.
    """
    actor_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor in actors:
        for story, _role in actor.mentions:
            actor_names[(story.date, story.slug)].extend([actor.name, *actor.aliases])
    docs = []
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for day in days:
        for story in day.stories:
            number = len(docs)
            brief = story.brief
            names = actor_names[(story.date, story.slug)]
            top = brief.bottom_line.text if brief.bottom_line else ""
            docs.append([story.date, story.path, brief.title, top, ", ".join(dict.fromkeys(
                a.text for a in brief.section_items("actors")))])
            weights: Counter = Counter()
            for word in words(brief.title):
                weights[word] += TITLE_WEIGHT
            for word in set(words(" ".join(names))):
                weights[word] += ACTOR_WEIGHT
            for text in _item_texts(brief):
                for word in words(text):
                    weights[word] += ITEM_WEIGHT
            for word, weight in weights.items():
                postings[word].append((number, min(weight, MAX_WEIGHT)))
    terms = sorted(postings)
    flat = []
    for term in terms:
        row, last = [], 0
        for number, weight in postings[term]:
            row.extend((number - last, weight))
            last = number
        flat.append(row)
    return {"version": 1, "docs": docs, "terms": terms, "postings": flat}


def _script_json(data: Any) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # JSON is a JavaScript expression except for U+2028/2029 in old engines; `</` cannot end a script file,
    # but escaping it costs nothing and keeps the file safe to inline one day.
    return body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")


def search_index_script(index: dict[str, Any], month: str) -> bytes:
    """One month's index as a script file, safe to load with a <script src>:
    `(window.BRIEFGEN_INDEX_PARTS = window.BRIEFGEN_INDEX_PARTS || {})["2024-11"] = {...};`."""
    data = (f"(window.BRIEFGEN_INDEX_PARTS = window.BRIEFGEN_INDEX_PARTS || {{}})[{_script_json(month)}] = "
            f"{_script_json(index)};\n").encode("utf-8")
    if len(data) > INDEX_BUDGET_BYTES:
        log.warning("the search index of %s is %d bytes (over %d): search may be slow to load on phones",
                    month, len(data), INDEX_BUDGET_BYTES)
    return data


def search_parts(days: Sequence[DayEntry], actors: Sequence[Actor]) -> dict[str, dict[str, Any]]:
    """The search index split by month, newest first: a part stays small however long the library grows,
    and library.js loads the newest month first, so recent stories are found before old months arrive."""
    months: dict[str, list[DayEntry]] = defaultdict(list)
    for day in days:
        months[day.date[:7]].append(day)
    return {month: build_search_index(months[month], actors) for month in sorted(months, reverse=True)}


def index_manifest(parts: dict[str, dict[str, Any]]) -> bytes:
    """`search-index.js`: which month parts exist (newest first) and how many stories each holds."""
    data = {"version": 2, "parts": [{"month": m, "file": f"{SEARCH_DIR}/{m}.js", "stories": len(p["docs"])}
                                    for m, p in parts.items()]}
    return f"window.BRIEFGEN_INDEX = {_script_json(data)};\n".encode("utf-8")


def search(parts: Sequence[dict[str, Any]], query: str, limit: int = 20) -> list[dict[str, Any]]:
    """The stories a query finds in these index parts (newest month first), best first, as library.js ranks
    them (Python's copy, for tests and tools). Ties keep the newer month, then the day's order."""
    hits = []
    total = sum(len(part["docs"]) for part in parts)

    def df(term: str) -> int:  # across every part, so splitting by month does not change the ranking
        count = 0
        for part in parts:
            at = bisect.bisect_left(part["terms"], term)
            if at < len(part["terms"]) and part["terms"][at] == term:
                count += len(part["postings"][at]) // 2
        return count

    for order, part in enumerate(parts):
        docs = part["docs"]
        scores = _score_part(part, words(query), total, df)
        hits.extend((-score, order, n, docs[n]) for n, score in scores.items())
    hits.sort(key=lambda hit: hit[:3])
    return [{"date": d[0], "path": d[1], "title": d[2], "score": -score} for score, _, _, d in hits[:limit]]


def _score_part(index: dict[str, Any], tokens: list[str], total: int, df: Callable[[str], int]) -> dict[int, float]:
    """Score of every story of one part holding every token (the last one as a prefix); idf from `total`
    stories and `df`, the stories of all parts holding a word."""
    if not tokens:
        return {}
    terms, postings = index["terms"], index["postings"]
    scores: dict[int, float] | None = None
    for position, token in enumerate(tokens):
        prefix = position == len(tokens) - 1
        start = bisect.bisect_left(terms, token)
        found: dict[int, float] = {}
        index_ = start
        while index_ < len(terms) and (terms[index_] == token or (prefix and terms[index_].startswith(token))):
            row = postings[index_]
            count = df(terms[index_])
            idf = math.log(1 + (total - count + 0.5) / (count + 0.5))
            exact = 1.0 if terms[index_] == token else PREFIX_FACTOR
            number = 0
            for j in range(0, len(row), 2):
                number += row[j]
                weight = row[j + 1]
                value = idf * exact * weight * (SATURATION + 1) / (weight + SATURATION)
                found[number] = max(found.get(number, 0.0), value)
            index_ += 1
            if index_ - start >= MAX_PREFIX_TERMS:
                break
        scores = found if scores is None else {n: s + found[n] for n, s in scores.items() if n in found}
        if not scores:
            return {}
    return scores or {}


# Ranking constants shared with library.js (kept equal there; a test compares both rankings).
SATURATION = 1.2  # BM25's k1: how fast extra weight stops counting
PREFIX_FACTOR = 0.7  # a word matched only by its beginning (while typing) counts less than the whole word
MAX_PREFIX_TERMS = 400  # a one-letter prefix expands to at most this many words, keeping a keystroke fast


# --- Pages ----------------------------------------------------------------------------------------


def _page(name: str, settings: Settings, root: str, **context: Any) -> bytes:
    html = render_template(f"{TEMPLATE_DIR}/{name}", settings, html=True, root=root, csp=CSP, letter=source_letter,
                           **context)
    return html.encode("utf-8")


def _lang(brief: Brief) -> str:
    return LANGUAGE_CODES.get(brief.language, "en")


def _asset(name: str, settings: Settings) -> bytes:
    return template_file(f"{TEMPLATE_DIR}/{name}", settings)


def library_outputs(days: Sequence[DayEntry], settings: Settings) -> dict[str, bytes]:
    """Every file of the HTML library, by name relative to the library root."""
    actors, actor_slug = collect_actors(days)
    outputs: dict[str, bytes] = {name: _asset(name, settings) for name in ASSETS}
    parts = search_parts(days, actors)
    outputs[INDEX_SCRIPT] = index_manifest(parts)
    for month, part in parts.items():
        outputs[f"{SEARCH_DIR}/{month}.js"] = search_index_script(part, month)
    latest = days[0] if days else None
    outputs[HOME] = _page("home.html.j2", settings, "", days=days, latest=latest,
                          lead=latest.stories[:LEAD_STORIES] if latest else (), actor_count=len(actors),
                          story_count=sum(len(p["docs"]) for p in parts.values()))
    outputs[f"{ACTORS}/index.html"] = _page("actors.html.j2", settings, "../", actors=actors)
    for actor in actors:
        outputs[f"{ACTORS}/{actor.slug}.html"] = _page("actor.html.j2", settings, "../", actor=actor)
    for position, day in enumerate(days):
        newer = days[position - 1] if position > 0 else None
        older = days[position + 1] if position + 1 < len(days) else None
        outputs[f"{day.date}/{DAY_RECORD}"] = day_record(day.date, [s.slug for s in day.stories],
                                                         [s.brief for s in day.stories])
        outputs[f"{day.date}/index.html"] = _page("day.html.j2", settings, "../", day=day, newer=newer,
                                                  older=older, digest=DIGEST,
                                                  source_count=sum(len(s.brief.sources) for s in day.stories))
        for number, story in enumerate(day.stories):
            links = {item.text: f"../../{ACTORS}/{actor_slug[(story.date, story.slug, item.text)]}.html"
                     for item in story.brief.section_items("actors") if (story.date, story.slug, item.text) in actor_slug}
            outputs[story.path] = _page(
                "story.html.j2", settings, "../../", story=story, brief=story.brief,
                bottom_line=story.brief.bottom_line, lang=_lang(story.brief), actor_links=links, day=day,
                previous=day.stories[number - 1] if number > 0 else None,
                next=day.stories[number + 1] if number + 1 < len(day.stories) else None)
    return outputs


def is_library_file(name: str) -> bool:
    """Whether an output name is one this stage writes (so a stale one may be removed)."""
    parts = name.split("/")
    if len(parts) == 1:
        return name in (HOME, INDEX_SCRIPT, *ASSETS)
    if parts[0] == ACTORS:
        return len(parts) == 2 and name.endswith(".html")
    if parts[0] == SEARCH_DIR:
        return len(parts) == 2 and name.endswith(".js")
    if DAY_FOLDER.match(parts[0]):
        return (len(parts) == 2 and parts[1] in ("index.html", DAY_RECORD)) or (
            len(parts) == 3 and parts[1] == STORIES and parts[2].endswith(".html"))
    return False


def brief_page(brief: Brief, settings: Settings) -> bytes:
    """One brief as a standalone HTML page (`briefgen brief --format html`): styles inlined, no scripts."""
    css = _asset("library.css", settings).decode("utf-8")
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    # The inline stylesheet is allowed by its hash alone: still no remote loads and no inline script.
    csp = (f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; "
           "form-action 'none'")
    html = render_template(f"{TEMPLATE_DIR}/brief_page.html.j2", settings, html=True, brief=brief,
                           bottom_line=brief.bottom_line, lang=_lang(brief), csp=csp, css=css, root="",
                           letter=source_letter)
    return html.encode("utf-8")


__all__ = ["Actor", "DayEntry", "StoryEntry", "brief_page", "build_search_index", "collect_actors", "day_record",
           "index_manifest", "is_library_file", "library_outputs", "read_library", "search", "search_index_script",
           "search_parts", "words"]
