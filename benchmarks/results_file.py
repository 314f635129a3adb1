"""Benchmarks' shared writer: each script owns one `## ` section of benchmarks/RESULTS.md."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(text: str, heading: str, path: Path = RESULTS) -> None:
    """Replace one `## ` section of the results file (up to the next `## ` heading), keeping the rest."""
    current = path.read_text("utf-8") if path.is_file() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated.rstrip("\n") + "\n", "utf-8")


def publish_section(text: str, heading: str, write: bool) -> None:
    """Print a benchmark's section and, when asked, store it in RESULTS.md (saying so on stderr)."""
    import sys

    print(text)
    if write:
        write_section(text, heading)
        print(f"wrote {heading} to {RESULTS}", file=sys.stderr)


def run_benchmark(describe: str, heading: str, make_text) -> None:
    """A benchmark script's command line: print its section; with --write also store it in RESULTS.md."""
    import argparse

    parser = argparse.ArgumentParser(description=describe)
    parser.add_argument("--write", action="store_true", help=f"update the {heading} section of {RESULTS}")
    args = parser.parse_args()
    publish_section(make_text(), heading, args.write)
