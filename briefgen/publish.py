"""Publish stage: safe file names and atomic writes into the output folder.

Every file is written to a temporary name in the same folder and renamed into place, so a reader
(or a crash) never sees half a file. briefgen keeps a manifest of what it wrote (`.briefgen-manifest.json`)
and only ever replaces a file whose content is still what it wrote: a user's own files are never touched.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from pathlib import Path

from .atomic import write_atomic
from .config import MANIFEST
from .errors import BriefgenError
from .urls import is_url, url_stem

log = logging.getLogger(__name__)

__all__ = ["MANIFEST", "OutputError", "OutputFolder", "free_name", "slug_for_source", "slugify", "unique_names", "unique_slugs"]
# Long enough to stay readable, short enough for every file system once an extension is added.
MAX_SLUG_CHARS = 100
# Names Windows reserves for devices, in any case and with any extension.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)]
)


class OutputError(BriefgenError):
    """An output file cannot be written."""


def slugify(name: str) -> str:
    """A file-name-safe slug: ASCII letters, digits and single hyphens, never empty, never a device name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    slug = slug[:MAX_SLUG_CHARS].rstrip("-")
    if not slug:
        slug = "brief"
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-brief"
    return slug


def slug_for_source(source: str) -> str:
    """The output name of an input: its file stem slugged ("-" gives "stdin"); of a URL, its last path
    segment's stem, else its host (https://example.org/2024/story.html gives "story")."""
    if source == "-":
        return "stdin"
    if is_url(source):
        return slugify(url_stem(source))
    name = Path(source).name
    stem = name.split("#")[0]
    stem = Path(stem).stem or stem
    return slugify(stem)


def free_name(base: str, taken: set[str]) -> str:
    """`base`, else `base-2`, `base-3`, ...: the first name not in `taken`, which it then joins."""
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


def unique_slugs(sources: list[str]) -> list[str]:
    """Slugs for several inputs, collisions resolved by input order ("x", "x-2", "x-3")."""
    taken: set[str] = set()
    return [free_name(slug_for_source(source), taken) for source in sources]


def unique_names(names: list[str]) -> list[str]:
    """Slugs of output names ("a/x" -> "a-x"), collisions resolved by input order ("x", "x-2", "x-3")."""
    taken: set[str] = set()
    return [free_name(slugify(name), taken) for name in names]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class OutputFolder:
    """An output folder that briefgen writes atomically and owns only file by file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{self.path}: not a folder (choose another --out)")
        # The folder is made at the first write, so a run that writes nothing leaves nothing behind; a
        # folder that could never be made is refused now, before any article is read.
        existing = next(p for p in (self.path.absolute(), *self.path.absolute().parents) if p.exists())
        if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
            raise OutputError(f"{self.path}: cannot create the output folder ({existing} is not a writable folder)")
        self.root = self.path.resolve()
        self.manifest = self._load_manifest()
        # Names written by this run: a second output of the same name (a feed's "x-2" entry and an input
        # named x-2.txt) would otherwise silently replace the first, since the manifest now claims it.
        self.written: set[str] = set()
        self.changed = False

    def _load_manifest(self) -> dict[str, str]:
        try:
            data = json.loads((self.path / MANIFEST).read_text("utf-8"))
            return {str(k): str(v) for k, v in data.get("files", {}).items()}
        except (OSError, ValueError, AttributeError):
            return {}

    def target(self, name: str) -> Path:
        """The path of an output name, guaranteed to lie inside the folder."""
        target = (self.root / name).resolve()
        if target.parent != self.root and self.root not in target.parents:
            raise OutputError(f"{name}: refusing to write outside {self.path}")
        return target

    def owns(self, name: str) -> bool:
        """Whether briefgen may replace this file: absent, or unchanged since briefgen wrote it."""
        target = self.target(name)
        if not target.exists() and not target.is_symlink():
            return True
        if target.is_symlink() or not target.is_file():
            return False
        recorded = self.manifest.get(name)
        return recorded is not None and recorded == _digest(target.read_bytes())

    def check(self, names: list[str]) -> None:
        """Raise `OutputError` if any of these names is a file briefgen did not write."""
        for name in names:
            if name in self.written:
                raise OutputError(f"{self.path / name} was already written by another input in this run; "
                                  "rename one of the inputs")
            if not self.owns(name):
                raise OutputError(
                    f"{self.path / name} exists and was not written by briefgen; move it away or choose another --out"
                )

    def write(self, name: str, data: bytes) -> Path:
        """Write one file atomically (temp file + rename) and record it in the manifest."""
        self.check([name])
        target = self.target(name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data, durable=True)
        except OSError as exc:  # a full disk or a read-only folder is the user's to fix, not a crash
            raise OutputError(f"{target}: cannot be written ({exc.strerror or exc}); nothing of it was left") from None
        self.manifest[name] = _digest(data)
        self.written.add(name)
        self.changed = True
        return target

    def remove(self, name: str) -> None:
        """Delete a file briefgen wrote (and nothing else)."""
        if self.owns(name):
            self.target(name).unlink(missing_ok=True)
        if self.manifest.pop(name, None) is not None:
            self.changed = True

    def adopt(self, name: str, data: bytes) -> None:
        """Record a file that already holds exactly what briefgen would write (a run killed before saving)."""
        if self.manifest.get(name) != _digest(data):
            self.manifest[name] = _digest(data)
            self.changed = True

    def save_manifest(self) -> None:
        """Persist the record of what briefgen wrote (nothing, when this run changed nothing)."""
        if not self.changed:
            return
        body = json.dumps({"files": dict(sorted(self.manifest.items()))}, indent=1) + "\n"
        try:
            write_atomic(self.path / MANIFEST, body.encode("utf-8"), durable=True)
        except OSError as exc:
            # Called after every brief is written, outside any per-input error handling, so raising would
            # end the run in a traceback. A lost manifest only makes the next run refuse to replace these
            # files (they look like the user's), which is the safe direction.
            log.warning("%s: cannot save the record of written files (%s); a re-run will not replace them",
                        self.path / MANIFEST, exc.strerror or exc)
