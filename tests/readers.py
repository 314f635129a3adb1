"""Real readers for the library tests: headless Chromium (selenium) and epubcheck, found or failed loudly.

A missing reader skips its tests on a developer's machine, but under CI (CI=true) it fails them: the
browser and epubcheck tests must never silently stop running there. `make test` installs both through
scripts/ensure-system-packages.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")
PACKAGES = "chromium chromium-driver epubcheck"


def missing(what: str) -> None:
    """Skip (a developer's machine) or fail (CI) because a reader is not installed."""
    message = f"{what} is not installed; run `make test` as root or `sudo apt-get install {PACKAGES}`"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run this test: {message}", pytrace=False)
    pytest.skip(message)


def chromium(profile: Path, width: int = 1000, height: int = 900):
    """A headless Chromium driven by selenium, logging every network request (performance log)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium (pip install -e '.[test]')")
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.is_file():
            missing(str(binary))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


def epubcheck(book: Path) -> subprocess.CompletedProcess:
    """epubcheck's verdict on a book (Debian ships it as a jar; run it with java, not binfmt)."""
    found = shutil.which("epubcheck")
    java = shutil.which("java")
    if not found or not java:
        missing("epubcheck")
    jar = Path(found).resolve()
    command = [java, "-jar", str(jar)] if jar.suffix == ".jar" else [found]
    return subprocess.run([*command, str(book)], capture_output=True, text=True, timeout=240, check=False)


def read_index_parts(out: Path) -> list[dict]:
    """The month parts of a library's search index, in the order search-index.js lists them (newest first)."""
    import json

    def value(path: Path) -> dict:
        text = path.read_text("utf-8")
        return json.loads(text[text.index("= ", text.index("]") if "PARTS" in text else 0) + 2:].rstrip().rstrip(";"))

    manifest = value(out / "search-index.js")
    return [value(out / part["file"]) for part in manifest["parts"]]
