"""Atomic file writes (leaf module): the one way briefgen writes a file that someone may read meanwhile.

A file is written beside its target under a hidden temporary name and moved over the target in one
`os.replace`, so a reader sees the old file or the new one, never half of either, and a failed write
leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# What an ordinary new file gets: read and write for whoever the umask lets (mkstemp alone makes 0600).
ORDINARY = 0o666 & ~_current_umask()


def write_atomic(target: Path, data: bytes, mode: int = ORDINARY, durable: bool = False) -> None:
    """Write `data` to `target` atomically, with permissions `mode`; `durable` also syncs it to disk first.

    OSError when the folder cannot take the file (the temporary file is removed again).
    """
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
