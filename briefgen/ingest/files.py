"""Ingest stage, reading: a path the user named (or stdin) -> its bytes, every failure a clear `InputError`."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import MANIFEST
from ..errors import InputError

# Default cap on input size; larger inputs are refused rather than read whole into memory.
DEFAULT_MAX_BYTES = 5_000_000
MAX_BYTES_FLAG = "--max-bytes"
# Folders of the operating system's own files and pseudo-files: never an article. A link into them (an
# article folder holding `story.txt -> /etc/shadow`, say) would otherwise copy the file into a brief, and
# /proc and /sys files report a size of 0 whatever they hold.
SYSTEM_DIRS = ("/proc", "/sys", "/dev", "/etc", "/boot", "/run")


def _too_large(source: str, max_bytes: int, size: int | None = None) -> InputError:
    """The error for an input over the size cap, naming the cap and the flag that raises it."""
    found = f" ({size:,} bytes)" if size is not None else ""
    return InputError(f"{source}: larger than the {max_bytes:,}-byte limit{found}; raise it with {MAX_BYTES_FLAG}")


def _stat_error(source: str, exc: OSError) -> InputError:
    """A user-facing message for a path that cannot be looked at."""
    if exc.errno == errno.ELOOP:
        return InputError(f"{source}: symbolic link loop (the link points back to itself; fix or remove it)")
    if exc.errno == errno.ENOENT:
        if os.path.islink(source):
            target = os.readlink(source)
            return InputError(f"{source}: broken symbolic link (it points to {target!r}, which is missing)")
        return InputError(f"{source}: no such file (check the path)")
    if exc.errno == errno.ENOTDIR:
        return InputError(f"{source}: no such file (a part of the path is not a folder)")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{source}: permission denied (make the file and its folders readable)")
    return InputError(f"{source}: cannot be read ({exc.strerror or exc})")


def _read_stdin(max_bytes: int) -> bytes:
    """At most `max_bytes` + 1 bytes of standard input (one more, to notice an oversize input)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-: no standard input to read (pipe an article in, or name a file)")
    return stream.read(max_bytes + 1)


def read_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a path, or of stdin for "-"; every failure an `InputError` naming the source."""
    if source == "-":
        data = _read_stdin(max_bytes)
        if len(data) > max_bytes:
            raise _too_large(source, max_bytes)
        return data
    info = check_path(source)
    if info.st_size > max_bytes:
        raise _too_large(source, max_bytes, info.st_size)
    try:
        with open(source, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _stat_error(source, exc) from None
    if len(data) > max_bytes:  # the file grew after it was looked at
        raise _too_large(source, max_bytes)
    return data


def check_path(source: str) -> os.stat_result:
    """The status of a path that may be read as an input: a regular file outside the system folders."""
    # A symbolic link the user named is the file they meant, so links are followed (os.stat, not lstat);
    # nothing else on disk is ever opened, whatever the document refers to.
    try:
        info = os.stat(source)
    except OSError as exc:
        raise _stat_error(source, exc) from None
    except ValueError:  # a NUL byte in the path
        raise InputError(f"{source!r}: not a valid path") from None
    real = os.path.realpath(source)
    if any(real == folder or real.startswith(folder + os.sep) for folder in SYSTEM_DIRS):
        raise InputError(f"{source}: a system file ({real}), not an article; give a text, Markdown, HTML or feed file")
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{source}: is a directory, not an article file (give the files inside it)")
    if not stat.S_ISREG(info.st_mode):
        # Reading a pipe or device could block forever or never end; stdin has its own name.
        raise InputError(f"{source}: not a regular file (a device, pipe or socket); use - to read standard input")
    return info


# Files a folder is read for; a file named on the command line is always read, whatever its name.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class InputFile:
    """One input to brief: its path, a name for its outputs ("a/x" for a/x.txt below a named folder), or
    the error that makes it unreadable (a folder with no article files in it)."""

    path: str
    name: str
    error: InputError | None = None


def _stem(path: str) -> str:
    """A path without its suffix, as output names use it ("a/x.txt" -> "a/x"; "..txt" -> ".")."""
    folder, name = os.path.split(path)
    name = name.split("#")[0]
    return os.path.join(folder, Path(name).stem or name)


def expand_inputs(paths: Iterable[str | os.PathLike]) -> list[InputFile]:
    """The inputs as named, each folder replaced by its article files (recursively, sorted by path).

    Hidden files and folders are skipped, and so is any folder holding briefgen's manifest: briefgen's
    own output is never read back as articles. Other paths pass through as they are (a missing file is
    reported when it is read). Names are the path below the folder without its suffix, so outputs stay
    flat and distinct: folder/a/x.txt -> "a/x".
    """
    found: list[InputFile] = []
    for raw in paths:
        path = str(raw)
        if path == "-" or not os.path.isdir(path):
            found.append(InputFile(path, "stdin" if path == "-" else _stem(os.path.basename(path))))
            continue
        files = []
        for folder, dirs, names in os.walk(path):
            if MANIFEST in names:
                dirs[:] = []
                continue
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            files.extend(os.path.join(folder, n) for n in names
                         if not n.startswith(".") and n.lower().endswith(ARTICLE_SUFFIXES))
        if not files:
            kinds = ", ".join(ARTICLE_SUFFIXES)
            found.append(InputFile(path, _stem(os.path.basename(path)), InputError(
                f"{path}: no article files in this folder (briefgen reads {kinds} files in it and its subfolders)")))
        for file in sorted(files):
            found.append(InputFile(file, _stem(os.path.relpath(file, path))))
    return found
