"""Stories stage: groups a day's briefs into stories and merges each group into one multi-source `Brief`.

Two articles are the same story when their wording and their facts overlap: TF-IDF cosine over
stemmed content words (sumy's stemmer and stop words, IDF over the day's articles), raised by shared
names and shared figures. Groups come from average-link clustering at `SAME_STORY_THRESHOLD`, the
value measured on `tests/data/stories/` by `benchmarks/grouping.py` (see `benchmarks/RESULTS.md`).

A merged story keeps every article as a `Source` (ids 0..n-1, the most central article first);
sentences are renumbered across the story and each names its source, with offsets into that
source's text, so every quote still checks against its own article. Where sources give different
figures for the same counted thing, or one denies what another reports, the story gains an open
question naming both sides.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import math
import re
import struct
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .config import Settings
from .model import Brief, Item, Quote, Section, Sentence, Source
from .segment import content_stems

log = logging.getLogger(__name__)

# A `starmap`-like callable (function, argument tuples) -> results in order: itertools.starmap, or a
# daily backend's `map`.
Mapper = Callable[..., Iterable]

# --- Grouping -------------------------------------------------------------------------------------

# Average similarity at which two clusters are one story. Rewrites of one story score 0.35-0.75 on
# the test set and different stories on one topic (same place, company or bank) 0.05-0.25; the
# threshold sits in that gap, a little nearer the different-story side because a missed merge only
# repeats a story while a false merge hides one (measured in benchmarks/RESULTS.md, "Story grouping").
SAME_STORY_THRESHOLD = 0.45
# How much shared names and shared figures add to the word cosine: rewrites keep the people, places
# and figures but change the wording, so these carry evidence the cosine under-counts.
NAME_WEIGHT = 0.25
FIGURE_WEIGHT = 0.25
# Figures below this are too common ("two", "10%") to be evidence that two articles tell one story.
MIN_SHARED_FIGURE = 10
# Figure kinds specific enough to identify a story; dates and durations repeat across stories.
STORY_FIGURE_KINDS = ("count", "money", "percent")

# --- Merging --------------------------------------------------------------------------------------

# Two situation or outlook sentences from different sources saying the same thing: this share of
# the shorter one's content words in common (overlap coefficient).
SAME_SENTENCE_OVERLAP = 0.6
# Two figures of the same counted thing stand in sentences about the same event: at least this share
# of the shorter sentence's content words in common. Keeps "14 people (killed)" from conflicting with
# "112 people (on board)".
CONFLICT_CONTEXT_OVERLAP = 0.4
# Figure kinds whose differing values are a conflict; two dates or durations usually date two events.
CONFLICT_KINDS = ("count", "money", "percent", "age")
# A denial answers a report when this share of the shorter sentence's content words is shared.
DENIAL_OVERLAP = 0.4
# Words that make a sentence a denial of something reported.
DENIAL_CUES = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|dismiss(?:es|ed)|reject(?:s|ed)?|untrue|false|baseless"
    r"|no plans?)\b",
    re.IGNORECASE,
)
# Ordering: each source counts one; each distinct fact (figure, actor, conflict) adds this much, so the
# number of sources decides first and the amount of information breaks ties.
FACT_WEIGHT = 0.05
CONFLICT_STEM = "Sources differ:"
DENIAL_STEM = "Sources disagree:"

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
# A capitalised word inside a sentence (not its first word): a name, the evidence rewrites keep.
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# Candidate search: each article's SIGNATURE_TERMS heaviest TF-IDF stems (among those another article
# also has) are its signature, and only pairs whose signatures share MIN_SHARED_SIGNATURE stems are
# scored. An article's heaviest stems are the rare words it repeats (names, places, the event's nouns),
# which rewrites of one story keep. Measured (benchmarks/RESULTS.md, "Grouping at scale"): every pair
# at or over SAME_STORY_THRESHOLD on the test set and the 300 dev articles shares at least 8 (dev) and
# 17 (test) signature stems, while 0.4% of the dev corpus's pairs share 5.
SIGNATURE_TERMS = 32
MIN_SHARED_SIGNATURE = 5
# Each article meets, through each signature stem, at most this many of the stem's other holders on
# either side of it in the day's order of signatures (see `candidate_pairs`): a stem in up to
# NEIGHBOURS + 1 signatures is met in full, a commoner one (a day's "trump") only among the articles
# sorted nearest, those whose signatures are most alike. An article's work is then at most
# SIGNATURE_TERMS * 2 * NEIGHBOURS meetings whatever the size of the day, so the search is linear in
# articles. Measured (benchmarks/RESULTS.md, "Grouping at scale"): on synthetic days of 1,000 to
# 16,000 articles, 4 finds every pair at or over SAME_STORY_THRESHOLD that meeting every holder finds
# (2 misses 9 of them at 16,000), and the same groups as the full matrix on the test set and dev corpus.
NEIGHBOURS = 4
# Functions whose minima, in turn, order the day's signatures. Articles tying on all four have nearly
# the same signature, so their order among themselves does not matter (not tuned).
ORDER_HASHES = 4
# Articles per candidate-search task: enough work to outweigh shipping a block's meetings to a worker.
CANDIDATE_BLOCK = 2000
# A story group this large is compared all-pairs (its similarity matrix); logged, since a chain of
# near-duplicates that long is worth a look.
LARGE_COMPONENT = 2000


@dataclass(frozen=True)
class Profile:
    """What grouping compares of one brief: its stems with their counts, names and telling figures."""

    stems: tuple[str, ...]
    counts: tuple[int, ...]
    names: frozenset[str]
    figures: frozenset[tuple]

    @classmethod
    def of(cls, terms: Iterable[tuple[str, int]], names: Iterable[str] = (),
           figures: Iterable[tuple] = ()) -> "Profile":
        """A profile from (stem, count) pairs, stems sorted."""
        pairs = sorted(terms)
        return cls(tuple(t for t, _ in pairs), tuple(c for _, c in pairs), frozenset(names), frozenset(figures))

    @property
    def terms(self) -> Iterable[tuple[str, int]]:
        """(stem, count) pairs, stems sorted."""
        return zip(self.stems, self.counts)


def profile_brief(brief: Brief) -> Profile:
    """The grouping profile of a brief: computed where the brief is made, so grouping needs no briefs."""
    text = " ".join(s.text for s in brief.sentences)
    names = {m.group().lower() for m in _NAME.finditer(text)}
    for item in brief.section_items("actors"):
        names.add(item.text.lower())
    figures = {
        (item.fields.get("kind"), item.fields.get("value"), item.fields.get("unit"))
        for item in brief.section_items("numbers")
        if item.fields.get("kind") in STORY_FIGURE_KINDS and (item.fields.get("value") or 0) >= MIN_SHARED_FIGURE
    }
    return Profile.of(Counter(content_stems(text, brief.language)).items(), names, figures)


def _key(text: str) -> int:
    """A stable 64-bit key of a string (the same in every process and run, unlike `hash`).

    Grouping compares keys, not strings: a day's vocabulary grows with its stories (names, places), and
    as strings it would be the driver's largest holding. Two of a million stems share a key with a
    chance of about 3e-8.
    """
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _figure_text(figure: tuple) -> str:
    # 10 and 10.0 are one figure, as they are equal in a set of tuples.
    kind, value, unit = (tuple(figure) + (None, None, None))[:3]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = float(value)
    return repr((kind, value, unit))


def profile_to_dict(profile: Profile) -> dict[str, list[int]]:
    """A profile as the plain data grouping keeps (for the cache and for tasks): keys (`_key`) of its stems,
    ascending, with their counts, and of its names and its figures."""
    counts: dict[int, int] = {}
    for stem, count in profile.terms:
        key = _key(stem)
        counts[key] = counts.get(key, 0) + int(count)
    stems = sorted(counts)
    return {"stems": stems, "counts": [counts[k] for k in stems], "names": sorted({_key(n) for n in profile.names}),
            "figures": sorted({_key(_figure_text(f)) for f in profile.figures})}


# A packed profile: its stem, name and figure counts and the byte width of its stem counts (the counts
# come last, so the 8-byte keys after the 16-byte header stay aligned).
_ROW_HEADER = struct.Struct("<IIII")
_COUNT_TYPES = {1: "uint8", 2: "uint16", 4: "uint32"}


@dataclass(frozen=True)
class ProfileRow:
    """One profile as arrays over its packed bytes: stem keys (ascending) with counts, name and figure keys."""

    stems: Any
    counts: Any
    names: Any
    figures: Any


class Profiles:
    """The day's grouping profiles, packed: one bytes object an article (uint64 keys, uint32 counts).

    The driver of a large day holds one profile per article, so the form is what bounds its memory:
    about 9 bytes a distinct stem and 8 a name, against some 25 KB an article as decoded JSON.
    """

    def __init__(self) -> None:
        self._rows: list[bytes] = []

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> "Profiles":
        """The packed form of profiles."""
        return cls.of_rows(profile_to_dict(profile) for profile in profiles)

    @staticmethod
    def pack(data: dict[str, list[int]]) -> bytes:
        """The packed bytes of one profile as `profile_to_dict` wrote it."""
        import numpy as np

        stems, names, figures = (np.asarray(data[k], dtype=np.uint64) for k in ("stems", "names", "figures"))
        counts = np.asarray(data["counts"], dtype=np.uint32)
        if len(counts) != len(stems):
            raise ValueError("a profile needs one count per stem")
        # Most counts are small: a byte each, wider only for a profile that needs it.
        width = next(w for w in (1, 2, 4) if not len(counts) or int(counts.max()) < 256 ** w)
        return (_ROW_HEADER.pack(len(stems), len(names), len(figures), width) + stems.tobytes() + names.tobytes()
                + figures.tobytes() + counts.astype(_COUNT_TYPES[width]).tobytes())

    def append(self, data: dict[str, list[int]] | bytes) -> None:
        """Add one profile: as `profile_to_dict` wrote it, or packed (`pack`)."""
        self._rows.append(data if isinstance(data, bytes) else self.pack(data))

    @classmethod
    def of_rows(cls, rows: Iterable[dict[str, list[int]] | bytes]) -> "Profiles":
        """A table of profiles as `profile_to_dict` wrote them, or packed, in order."""
        table = cls()
        for row in rows:
            table.append(row)
        return table

    def __len__(self) -> int:
        return len(self._rows)

    def stem_keys(self):
        """Every profile's stem keys one profile after another (uint64), and where each profile begins
        (n + 1 offsets)."""
        import numpy as np

        lengths = np.fromiter((_ROW_HEADER.unpack_from(data)[0] for data in self._rows), dtype=np.int64,
                              count=len(self._rows))
        first = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        stems = np.empty(int(first[-1]), dtype=np.uint64)
        for at, data, count in zip(first, self._rows, lengths):
            stems[at:at + count] = np.frombuffer(data, dtype=np.uint64, count=count, offset=_ROW_HEADER.size)
        return stems, first

    def packed(self, index: int) -> bytes:
        """One profile's packed bytes (as `pack` made them)."""
        return self._rows[index]

    def row(self, index: int) -> ProfileRow:
        """One profile's arrays (views of its bytes, no copy)."""
        import numpy as np

        data = self._rows[index]
        stems, names, figures, width = _ROW_HEADER.unpack_from(data)
        at = _ROW_HEADER.size
        arrays = []
        for count, dtype, size in ((stems, np.uint64, 8), (names, np.uint64, 8), (figures, np.uint64, 8),
                                   (stems, _COUNT_TYPES[width], width)):
            arrays.append(np.frombuffer(data, dtype=dtype, count=count, offset=at))
            at += count * size
        return ProfileRow(arrays[0], arrays[3], arrays[1], arrays[2])


class _Weights:
    """The day's document frequencies of every profile's stems, and each profile's unit TF-IDF weights from them."""

    def __init__(self, table: Profiles) -> None:
        import numpy as np

        self.n = len(table)
        stems, self.first = table.stem_keys()
        # One sort of the day's stem keys gives every stem's frequency in place: a profile's weights are
        # then a slice, not a search of the day's vocabulary (whose cache misses grow with the day).
        order = np.argsort(stems)
        stems = stems[order]
        boundary = np.ones(len(stems), dtype=bool)
        boundary[1:] = stems[1:] != stems[:-1]
        del stems
        starts = np.flatnonzero(boundary)
        del boundary
        counts = np.diff(np.append(starts, len(order))).astype(np.int32)
        self.frequency = np.empty(len(order), dtype=np.int32)
        self.frequency[order] = np.repeat(counts, counts)

    def of(self, index: int, row: ProfileRow):
        """Profile `index`'s unit TF-IDF weights (aligned with its stems, `row`) and its stems' document frequencies."""
        import numpy as np

        frequency = self.frequency[self.first[index]:self.first[index + 1]]
        # Smoothed IDF: a word in every article still weighs something, so two articles alone can match.
        weights = (1 + np.log(row.counts)) * (np.log((1 + self.n) / (1 + frequency)) + 1)
        norm = math.sqrt(float(np.dot(weights, weights))) or 1.0
        return weights / norm, frequency


def _jaccard(a, b) -> float:
    """Jaccard similarity of two ascending arrays of distinct keys."""
    import numpy as np

    if not len(a) or not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def _similarity(a: ProfileRow, b: ProfileRow, weights_a, weights_b) -> float:
    """Story similarity of two articles: word cosine plus shared names and figures, at most 1."""
    import numpy as np

    _, at_a, at_b = np.intersect1d(a.stems, b.stems, assume_unique=True, return_indices=True)
    cosine = float(np.dot(weights_a[at_a], weights_b[at_b]))
    score = cosine + NAME_WEIGHT * _jaccard(a.names, b.names) + FIGURE_WEIGHT * _jaccard(a.figures, b.figures)
    return min(1.0, score)


def _matrix(members: Sequence[int], table: Profiles, weights: _Weights):
    """All-pairs similarity of some articles (numpy array in `members` order, 1 on the diagonal)."""
    import numpy as np

    rows = [table.row(m) for m in members]
    vectors = [weights.of(m, r)[0] for m, r in zip(members, rows)]
    matrix = np.eye(len(members))
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            matrix[x, y] = matrix[y, x] = _similarity(rows[x], rows[y], vectors[x], vectors[y])
    return matrix


def similarity_matrix(briefs: Sequence[Brief] | Profiles):
    """Pairwise story similarity of briefs or of their profiles (numpy array, 1 on the diagonal): quadratic,
    for small sets."""
    table = briefs if isinstance(briefs, Profiles) else Profiles.of(profile_brief(b) for b in briefs)
    return _matrix(range(len(table)), table, _Weights(table))


def signature(row: ProfileRow, weights, frequency, size: int = SIGNATURE_TERMS):
    """An article's heaviest stem keys that another article also has (ties by key, never by array order).

    A stem in one article only can never pair it with another, and it is also the heaviest kind (the
    highest IDF): left in, a few typos or one-off words would crowd out the stems rewrites share.
    """
    import numpy as np

    usable = frequency > 1
    stems, weights = row.stems[usable], weights[usable]
    return stems[np.lexsort((stems, -weights))[:size]]


def signatures(table: Profiles, weights: _Weights | None = None) -> list:
    """Every profile's signature (`signature`), IDF over the table (the day's articles)."""
    weights = weights if weights is not None else _Weights(table)
    found = []
    for index in range(len(table)):
        row = table.row(index)
        found.append(signature(row, *weights.of(index, row)))
    return found


@dataclass(frozen=True)
class _Index:
    """What the candidate search reads: each article's usable signature stems as slots (article `first`
    bounds, ascending), each slot's stem code (`term`) and place in that stem's posting (`place`), and the
    postings (`holders[starts[c]:starts[c + 1]]`, in the day's order of signatures, `_minhash_rank`)."""

    first: Any
    term: Any
    place: Any
    starts: Any
    holders: Any
    neighbours: int

    def windows(self, low: int, high: int):
        """Bounds in `holders` of the neighbours met through each slot of articles low..high-1."""
        import numpy as np

        at, to = int(self.first[low]), int(self.first[high])
        term, place = self.term[at:to].astype(np.int64), self.place[at:to].astype(np.int64)
        return (np.maximum(self.starts[term], place - self.neighbours),
                np.minimum(self.starts[term + 1], place + self.neighbours + 1))

    @property
    def meetings(self) -> int:
        """How many (article, other holder) meetings the search counts: its work."""
        begin, end = self.windows(0, len(self.first) - 1)
        return int((end - begin).sum()) - len(begin)


# Odd 64-bit constants of the splitmix64 finalizer, and one seed per MinHash function.
_MIX = (0xBF58476D1CE4E5B9, 0x94D049BB133111EB)
_SEEDS = (0x9E3779B97F4A7C15, 0xD1B54A32D192ED03, 0x8CB92BA72F3D8DD7, 0xA0761D6478BD642F)


def _mixed(keys, seed: int):
    """A pseudo-random permutation of 64-bit keys (splitmix64), one per seed: a MinHash function's values."""
    import numpy as np

    with np.errstate(over="ignore"):
        x = keys ^ np.uint64(seed)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(_MIX[0])
        x = (x ^ (x >> np.uint64(27))) * np.uint64(_MIX[1])
        return x ^ (x >> np.uint64(31))


def _minhash_rank(keys, first, posting, n: int):
    """Each article's place in the day's order of signatures (`keys` of its signature stems from `first`,
    with `posting`, how many signatures hold each): articles sorted by the minimum over their stems of
    each of ORDER_HASHES functions, the first one first, input order breaking ties.

    The other functions are MinHash functions (a random permutation of the stems): two articles have
    the same minimum with a chance equal to their signatures' Jaccard similarity, so the more alike two
    signatures are, the longer the run of minima they share and the nearer they sort (the order of an
    LSH forest). The first function ranks stems by how few signatures hold them, a hash breaking ties:
    articles whose rarest stem is the same (a story's own names) sort together first, however much
    wording they do not share.
    """
    import numpy as np

    held = np.flatnonzero(np.diff(first))
    minima = np.full((ORDER_HASHES, n), np.iinfo(np.uint64).max, dtype=np.uint64)
    rarity = np.minimum(posting, (1 << 24) - 1).astype(np.uint64) << np.uint64(40)
    for row in range(ORDER_HASHES if len(held) else 0):
        values = _mixed(keys, _SEEDS[row])
        if row == 0:
            values = rarity | (values >> np.uint64(24))
        minima[row, held] = np.minimum.reduceat(values, first[held])
    order = np.lexsort((np.arange(n),) + tuple(minima[::-1]))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


def _index(signatures: Sequence[Sequence], neighbours: int) -> _Index:
    """The candidate-search index of signatures (see `candidate_pairs`), as numpy arrays."""
    import numpy as np

    n = len(signatures)
    lengths = np.fromiter((len(s) for s in signatures), dtype=np.int64, count=n)
    if n and all(isinstance(s, np.ndarray) for s in signatures):
        flat = np.concatenate(signatures).astype(np.uint64)
    else:
        codes: dict = {}
        flat = np.array([codes.setdefault(t, len(codes)) for terms in signatures for t in terms], dtype=np.uint64)
    article = np.repeat(np.arange(n, dtype=np.int64), lengths)
    _, term, posting = np.unique(flat, return_inverse=True, return_counts=True)
    term = term.reshape(-1)
    # A stem in a single signature cannot pair it.
    keep = posting[term] > 1
    flat, article, term = flat[keep], article[keep], term[keep]
    first = np.concatenate(([0], np.cumsum(np.bincount(article, minlength=n)))).astype(np.int64)
    rank = _minhash_rank(flat, first, posting[term], n)
    del flat
    by_term = np.lexsort((rank[article], term))
    place = np.empty(len(term), dtype=np.int64)
    place[by_term] = np.arange(len(term))
    starts = np.searchsorted(term[by_term], np.arange(len(posting) + 1))
    return _Index(first, term.astype(np.int32), place.astype(np.int32), starts, article[by_term].astype(np.int32),
                  neighbours)


def candidate_pairs(signatures: Sequence[Sequence], neighbours: int = NEIGHBOURS,
                    min_shared: int = MIN_SHARED_SIGNATURE, mapper: Mapper | None = None) -> set[tuple[int, int]]:
    """Pairs (i < j) of articles that meet through `min_shared` signature stems.

    Articles meet through a stem when both have it in their signatures and stand at most `neighbours`
    places apart in its posting, which lists its holders in the day's order of signatures
    (`_minhash_rank`): every holder of a stem held by up to `neighbours` + 1 signatures meets every
    other, and of a commoner stem only those sorted nearest, whose signatures are most alike. Each
    article meets at most 2 * `neighbours` others per stem, so the search's work is linear in articles.
    Meetings are counted in blocks of articles, each a task of `mapper` (in order, like `starmap`; a
    process pool or a Dask cluster), made as the mapper asks for them.
    """
    index = _index(signatures, neighbours)
    pairs: set[tuple[int, int]] = set()
    for found in (mapper or itertools.starmap)(_block_pairs, _blocks(index, min_shared)):
        pairs.update(zip(found[0].tolist(), found[1].tolist()))
    return pairs


def _blocks(index: _Index, min_shared: int) -> Iterable[tuple]:
    """Each block's task: its articles' meetings as (owner, other) arrays, the day's article count and `min_shared`."""
    import numpy as np

    n = len(index.first) - 1
    for low in range(0, n, CANDIDATE_BLOCK):
        high = min(n, low + CANDIDATE_BLOCK)
        begin, end = index.windows(low, high)
        lengths = end - begin
        offsets = np.repeat(begin - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        others = index.holders[offsets + np.arange(int(lengths.sum()))]
        owners = np.repeat(np.repeat(np.arange(low, high, dtype=np.int32), np.diff(index.first[low:high + 1])),
                           lengths)
        yield owners, others, n, min_shared


def _block_pairs(owners, others, n: int, min_shared: int):
    """Candidate pairs (i, j > i) of one block's meetings, as two arrays (a task of the candidate search):
    the pairs met `min_shared` times, each meeting a signature stem they share."""
    import numpy as np

    # Meetings are symmetric (each is within the other's window), so each pair is counted from its first article.
    later = others > owners
    pairs, met = np.unique(owners[later].astype(np.int64) * n + others[later], return_counts=True)
    pairs = pairs[met >= min_shared]
    return pairs // max(n, 1), pairs % max(n, 1)


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (each sorted) of a graph on 0..n-1, ordered by their first member."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(root(x), []).append(x)
    return sorted(groups.values(), key=lambda g: g[0])


def cluster(matrix, threshold: float = SAME_STORY_THRESHOLD) -> list[list[int]]:
    """Average-link clusters of a similarity matrix, each sorted, ordered by their first member."""
    import numpy as np

    n = len(matrix)
    clusters = [[i] for i in range(n)]
    # Sums of pairwise similarity between clusters: merging two is adding rows, so each step is one argmax.
    sums = np.array(matrix, dtype=float)
    np.fill_diagonal(sums, -np.inf)
    while len(clusters) > 1:
        sizes = np.array([len(c) for c in clusters], dtype=float)
        average = sums / np.outer(sizes, sizes)
        a, b = np.unravel_index(int(np.argmax(average)), average.shape)
        if average[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        clusters[a] = sorted(clusters[a] + clusters[b])
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = -np.inf
        sums = np.delete(np.delete(sums, b, axis=0), b, axis=1)
        del clusters[b]
    return sorted(clusters, key=lambda c: c[0])


@dataclass(frozen=True)
class Grouping:
    """Stories found among profiles: member lists (input order), each with the lead article first."""

    groups: tuple[tuple[int, ...], ...]
    candidates: int
    compared: int


def group_profiles(profiles: Sequence[Profile] | Profiles, threshold: float = SAME_STORY_THRESHOLD,
                   pairs: Iterable[tuple[int, int]] | None = None, mapper: Mapper | None = None) -> Grouping:
    """Average-link groups of profiles at `threshold`, scoring candidate pairs only (linear in articles).

    Two clusters merge only when their average similarity reaches the threshold, so only when some
    pair across them reaches it: every final group lies inside one connected component of the graph
    of pairs at or over the threshold. Clustering each component on its own all-pairs matrix gives
    exactly the groups of clustering the whole day's matrix, as long as the candidate search finds
    enough such pairs to connect each component (not all of them: a component's pairs are all
    compared anyway). `pairs` may be given; else signatures find them, in tasks of `mapper` if given.
    """
    table = profiles if isinstance(profiles, Profiles) else Profiles.of(profiles)
    # One frequency per stem of the day (4 bytes each), kept from the signatures to the scores: making
    # them again would sort the day's stems twice.
    weights = _Weights(table)
    if pairs is None:
        pairs = candidate_pairs(signatures(table, weights), mapper=mapper)
    pairs = sorted(pairs)
    edges = []
    current, row, vector = -1, None, None
    for i, j in pairs:
        if i != current:
            current, row = i, table.row(i)
            vector = weights.of(i, row)[0]
        other = table.row(j)
        if _similarity(row, other, vector, weights.of(j, other)[0]) >= threshold:
            edges.append((i, j))
    groups: list[tuple[int, ...]] = []
    compared = len(pairs)
    for component in _components(len(table), edges):
        if len(component) == 1:
            groups.append(tuple(component))
            continue
        if len(component) > LARGE_COMPONENT:
            log.warning("%d articles are chained by similar pairs; comparing them all-pairs", len(component))
        matrix = _matrix(component, table, weights)
        compared += len(component) * (len(component) - 1) // 2
        for local in cluster(matrix, threshold):
            members = [component[x] for x in local]
            lead = _lead(local, matrix)
            groups.append(tuple([component[lead]] + [m for m in members if m != component[lead]]))
    groups.sort(key=lambda g: min(g))
    return Grouping(tuple(groups), len(pairs), compared)


def _lead(local: list[int], matrix) -> int:
    """The most central member (highest summed similarity to the others; input order breaks ties)."""
    if len(local) < 3:
        return local[0]
    centrality = {m: sum(matrix[m][o] for o in local if o != m) for m in local}
    return max(local, key=lambda m: (centrality[m], -m))


def group_briefs(briefs: Sequence[Brief], threshold: float = SAME_STORY_THRESHOLD) -> list[list[int]]:
    """Indices of briefs that tell the same story, one sorted list per story, in input order."""
    if not briefs:
        return []
    grouping = group_profiles([profile_brief(b) for b in briefs], threshold)
    return [sorted(g) for g in grouping.groups]


# --- Merging --------------------------------------------------------------------------------------


def source_letter(index: int) -> str:
    """A source's short label: A, B, ... Z, AA, AB, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient: shared share of the smaller set."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass
class _Part:
    """One brief's contribution to a story: its items renumbered, tagged with the source they quote."""

    source: int
    items: list[Item]


def _shift_item(item: Item, offset: int) -> Item:
    return replace(
        item,
        sentence_ids=tuple(i + offset for i in item.sentence_ids),
        quotes=tuple(replace(q, sentence_id=q.sentence_id + offset) for q in item.quotes),
    )


def merge_story(briefs: Sequence[Brief], settings: Settings | None = None) -> Brief:
    """One brief of several briefs of the same story: every source cited, sections merged, conflicts asked.

    The first brief leads: its title, text and language become the story's. A single brief comes back as is.
    """
    settings = settings or Settings()
    if len(briefs) == 1:
        return briefs[0]
    sources: list[Source] = []
    sentences: list[Sentence] = []
    parts: dict[str, list[tuple[int, Item]]] = {}
    titles: dict[str, str] = {}
    for brief in briefs:
        source_offset, sentence_offset = len(sources), len(sentences)
        sources.extend(replace(src, id=src.id + source_offset) for src in brief.sources)
        sentences.extend(
            replace(s, id=s.id + sentence_offset, source=s.source + source_offset) for s in brief.sentences
        )
        for section in brief.sections:
            titles.setdefault(section.key, section.title)
            for item in section.items:
                shifted = _shift_item(item, sentence_offset)
                parts.setdefault(section.key, []).append((_item_source(shifted, sentences), shifted))
    story = _Story(tuple(sources), tuple(sentences), briefs[0].language)
    merged = []
    for key, title in titles.items():
        entries = parts.get(key, [])
        if key == "actors":
            items = story.merge_actors(entries)
        elif key == "numbers":
            items = story.merge_numbers(entries)
        elif key == "questions":
            items = story.conflicts(parts.get("numbers", [])) + story.merge_plain(entries)
        elif key == "situation":
            items = story.merge_plain(entries)[: max(settings.sentences, 1)]
        else:
            items = story.merge_plain(entries)
        merged.append(Section(key, title, tuple(replace(item, rank=rank) for rank, item in enumerate(items))))
    lead = briefs[0]
    return Brief(
        title=lead.title,
        # Every source by name, so a template that shows one `source` line still cites them all.
        source="; ".join(src.name for src in sources),
        text=lead.text,
        sentences=tuple(sentences),
        sections=tuple(merged),
        date=lead.date,
        language=lead.language,
        algorithm=lead.algorithm,
        generator=lead.generator,
        schema=lead.schema,
        sources=tuple(sources),
    )


def _item_source(item: Item, sentences: list[Sentence]) -> int:
    return sentences[item.sentence_ids[0]].source if item.sentence_ids else 0


class _Story:
    """The sources and renumbered sentences of a story being merged, and the merge rules."""

    def __init__(self, sources: tuple[Source, ...], sentences: tuple[Sentence, ...], language: str) -> None:
        self.sources = sources
        self.sentences = sentences
        self.language = language
        self._stems: dict[int, set[str]] = {}

    def stems(self, sentence_id: int) -> set[str]:
        """Content stems of one sentence (cached)."""
        if sentence_id not in self._stems:
            self._stems[sentence_id] = set(content_stems(self.sentences[sentence_id].text, self.language))
        return self._stems[sentence_id]

    def text_stems(self, item: Item) -> set[str]:
        """Content stems of an item's own text."""
        return set(content_stems(item.text, self.language))

    def label(self, source: int) -> str:
        """How an open question names a source: "source A"."""
        return f"source {source_letter(source)}"

    def merge_plain(self, entries: list[tuple[int, Item]]) -> list[Item]:
        """Items of every source, best-ranked first (sources alternate at equal rank), repeats left out."""
        kept: list[tuple[set[str], Item]] = []
        for _, item in sorted(entries, key=lambda e: (e[1].rank, e[0])):
            words = self.text_stems(item)
            if any(item.text == other.text or _overlap(words, seen) >= SAME_SENTENCE_OVERLAP for seen, other in kept):
                continue
            kept.append((words, item))
        return [item for _, item in kept]

    def merge_actors(self, entries: list[tuple[int, Item]]) -> list[Item]:
        """One actor per canonical name (or shared alias), mentions summed, most mentioned first; none
        that a source names as a vehicle or a work ("the ferry Marisol"), though another does not."""
        from .sections.actors import thing_names

        written = {name for _, item in entries for name in (item.text, *(item.fields.get("aliases") or ()))}
        things = {_canonical(name) for name in thing_names(self.sentences, written)}
        merged: list[dict[str, Any]] = []
        for source, item in sorted(entries, key=lambda e: (e[1].rank, e[0])):
            names = {_canonical(item.text)} | {_canonical(a) for a in item.fields.get("aliases") or ()}
            if names & things:
                continue
            for entry in merged:
                if entry["names"] & names:
                    entry["names"] |= names
                    entry["items"].append(item)
                    break
            else:
                merged.append({"names": names, "items": [item], "order": len(merged)})
        result = []
        for entry in merged:
            first, *rest = entry["items"]
            group = entry["items"]
            fields = dict(first.fields)
            if "mentions" in fields or rest:
                fields["mentions"] = sum(int(i.fields.get("mentions", len(i.sentence_ids)) or 0) for i in group)
            aliases = [a for i in group for a in [i.text, *(i.fields.get("aliases") or ())] if a != first.text]
            if "aliases" in fields or aliases:
                fields["aliases"] = list(dict.fromkeys(aliases))
            entry["item"] = replace(first, sentence_ids=_union_ids(group), quotes=_union_quotes(group), fields=fields)
        merged.sort(key=lambda e: (-int(e["item"].fields.get("mentions", 0) or 0), e["order"]))
        for entry in merged:
            result.append(entry["item"])
        return result

    def merge_numbers(self, entries: list[tuple[int, Item]]) -> list[Item]:
        """One figure per value and counted thing; figures several sources give come first."""
        groups: list[list[tuple[int, Item]]] = []
        for entry in sorted(entries, key=lambda e: (e[1].rank, e[0])):
            for group in groups:
                if _same_figure(group[0][1], entry[1]):
                    group.append(entry)
                    break
            else:
                groups.append([entry])
        groups.sort(key=lambda g: -len({source for source, _ in g}))  # stable: rank order within a tie
        items = []
        for group in groups:
            members = [item for _, item in group]
            first = members[0]
            fields = dict(first.fields)
            fields["mentions"] = sum(int(i.fields.get("mentions", 1) or 1) for i in members)
            items.append(replace(first, sentence_ids=_union_ids(members), quotes=_union_quotes(members),
                                 fields=fields))
        return items

    def conflicts(self, entries: list[tuple[int, Item]]) -> list[Item]:
        """Open questions where sources give different figures for one thing, or one denies another."""
        return self._figure_conflicts(entries) + self._denials()

    def _figure_conflicts(self, entries: list[tuple[int, Item]]) -> list[Item]:
        ordered = sorted(entries, key=lambda e: (e[1].rank, e[0]))
        sides_of: list[list[tuple[int, Item]]] = []
        used: set[int] = set()
        for i, (source, item) in enumerate(ordered):
            if i in used or item.fields.get("kind") not in CONFLICT_KINDS or not item.quotes:
                continue
            sides = [(source, item)]
            for j in range(i + 1, len(ordered)):
                other_source, other = ordered[j]
                if j in used or not other.quotes:
                    continue
                if all(self._disagree(s, it, other_source, other) for s, it in sides):
                    sides.append((other_source, other))
                    used.add(j)
            if len(sides) > 1:
                used.add(i)
                sides_of.append(sorted(sides, key=lambda s: s[0]))
        return [self._conflict_item(sides) for sides in sides_of]

    def _disagree(self, source_a: int, a: Item, source_b: int, b: Item) -> bool:
        """Different values for the same counted thing, from different sources, about the same event."""
        fa, fb = a.fields, b.fields
        if source_a == source_b or fa.get("kind") != fb.get("kind") or fa.get("unit") != fb.get("unit"):
            return False
        if fa.get("value") is None or fb.get("value") is None or _ranges_overlap(fa, fb):
            return False
        if not _same_thing(fa.get("counts"), fb.get("counts"), self.language):
            return False
        context = _overlap(self.stems(a.quotes[0].sentence_id), self.stems(b.quotes[0].sentence_id))
        return context >= CONFLICT_CONTEXT_OVERLAP

    def _conflict_item(self, sides: list[tuple[int, Item]]) -> Item:
        phrases = [f"{item.quotes[0].text} ({self.label(source)})" for source, item in sides]
        return Item(
            text=f"{CONFLICT_STEM} " + " vs ".join(phrases),
            sentence_ids=_union_ids([item for _, item in sides]),
            quotes=tuple(item.quotes[0] for _, item in sides),
            fields={
                "kind": "conflict",
                "sides": [
                    {"source": source, "label": source_letter(source), "name": self.sources[source].name,
                     "text": item.quotes[0].text, "value": item.fields.get("value"),
                     "counts": item.fields.get("counts"), "sentence_id": item.quotes[0].sentence_id}
                    for source, item in sides
                ],
            },
        )

    def _denials(self) -> list[Item]:
        """One question per (denying, reporting) pair of sources: the best-matching report it denies."""
        best: dict[tuple[int, int], tuple[float, Sentence, Sentence]] = {}
        body = [s for s in self.sentences if not s.headline]
        for denial in body:
            if not DENIAL_CUES.search(denial.text):
                continue
            for report in body:
                if report.source == denial.source or DENIAL_CUES.search(report.text):
                    continue
                score = _overlap(self.stems(denial.id), self.stems(report.id))
                key = (denial.source, report.source)
                if score >= DENIAL_OVERLAP and score > best.get(key, (0.0,))[0]:
                    best[key] = (score, denial, report)
        items = []
        for (_, _), (_, denial, report) in sorted(best.items()):
            items.append(Item(
                text=f"{DENIAL_STEM} {self.label(report.source)} reports it, {self.label(denial.source)} denies it",
                sentence_ids=tuple(sorted((report.id, denial.id))),
                quotes=(Quote(report.text, report.start, report.end, report.id),
                        Quote(denial.text, denial.start, denial.end, denial.id)),
                fields={
                    "kind": "conflict",
                    "sides": [
                        {"source": s.source, "label": source_letter(s.source), "name": self.sources[s.source].name,
                         "text": s.text, "stance": stance, "sentence_id": s.id}
                        for s, stance in ((report, "reports"), (denial, "denies"))
                    ],
                },
            ))
        return items


def _canonical(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


def _union_ids(items: Iterable[Item]) -> tuple[int, ...]:
    return tuple(sorted({i for item in items for i in item.sentence_ids}))


def _union_quotes(items: Iterable[Item]) -> tuple[Quote, ...]:
    return tuple(dict.fromkeys(q for item in items for q in item.quotes))


def _ranges_overlap(a, b) -> bool:
    low_a, high_a = a["value"], a.get("value_max") or a["value"]
    low_b, high_b = b["value"], b.get("value_max") or b["value"]
    return low_a <= high_b and low_b <= high_a


def _same_figure(a: Item, b: Item) -> bool:
    """The same figure for the same thing in two sources (merged into one item)."""
    fa, fb = a.fields, b.fields
    keys = ("kind", "value", "value_max", "unit", "date")
    if any(fa.get(k) != fb.get(k) for k in keys):
        return False
    if fa.get("kind") == "date":
        return True
    if not fa.get("counts") or not fb.get("counts"):
        return True
    # As the numbers section merges repeats within an article: one shared content word is enough when
    # the value, unit and kind already agree ("inflation of 6.2%" / "inflation running at 6.2%").
    if set(content_stems(fa["counts"])) & set(content_stems(fb["counts"])):
        return True
    # "112 people" in one source, "112 passengers" in another (the numbers section's own rule).
    from .sections.numbers import same_people_count  # the numbers section is loaded only to merge

    return fa.get("kind") == "count" and same_people_count(fa["counts"], fb["counts"])


def _same_thing(a: str | None, b: str | None, language: str = "english") -> bool:
    """Whether two counted phrases name one thing: same head word, and one's modifiers within the other's.

    "troops" and "North Korean troops" are one thing; "North Korean troops" and "Russian troops" are not.
    """
    if not a or not b:
        return False
    words_a, words_b = content_stems(a, language), content_stems(b, language)
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    mods_a, mods_b = set(words_a[:-1]), set(words_b[:-1])
    return mods_a <= mods_b or mods_b <= mods_a


# --- Stories of a day -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """A story of the day: its merged brief, the input positions it came from and its salience."""

    brief: Brief
    members: tuple[int, ...]
    salience: float


def salience(brief: Brief) -> float:
    """How much a story matters: one per source, plus a little per distinct fact it holds."""
    facts = sum(len(brief.section_items(key)) for key in ("actors", "numbers", "questions"))
    return len(brief.sources) + FACT_WEIGHT * facts


def build_stories(briefs: Sequence[Brief], settings: Settings | None = None,
                  threshold: float = SAME_STORY_THRESHOLD) -> list[Story]:
    """The day's stories: briefs grouped, each group merged, most salient first (ties in input order)."""
    settings = settings or Settings()
    if not briefs:
        return []
    grouping = group_profiles([profile_brief(b) for b in briefs], threshold)
    return order_stories(
        Story(brief, members, salience(brief))
        for members in grouping.groups
        for brief in [merge_story([briefs[m] for m in members], settings)]
    )


def order_stories(stories: Iterable[Story]) -> list[Story]:
    """Stories most salient first, ties in input order (of their first article)."""
    return sorted(stories, key=lambda s: (-s.salience, min(s.members)))
