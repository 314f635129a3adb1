"""Benchmarks' shared table cache: every briefgen process a benchmark times reads the same filled cache.

briefgen keeps the gazetteer's tables in a table cache (briefgen.tablecache); a process that finds none
builds them first (about 0.15 s). Inside `filled_table_cache()` every command started by the benchmark
uses a cache folder of its own, filled once before any timing, as any earlier run of briefgen on a
machine leaves it: runs measure neither the user's cache nor its absence.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from briefgen.tablecache import CACHE_ENV


@contextlib.contextmanager
def filled_table_cache() -> Iterator[Path]:
    """A table cache of this benchmark's own, filled, for every process started inside the block."""
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-cache-") as folder, \
            mock.patch.dict(os.environ, {CACHE_ENV: folder}):
        subprocess.run([sys.executable, "-c", "from briefgen import gazetteer; gazetteer.load_tables()"], check=True)
        yield Path(folder)
