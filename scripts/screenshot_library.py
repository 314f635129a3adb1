"""Pictures of the HTML library and the EPUB for the README: the home page with a search typed, a story
at phone width (360 CSS px) and the EPUB's cover and first chapter, all in headless Chromium.

    .venv/bin/python scripts/screenshot_library.py OUT_FOLDER DATE docs/sample
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.readers import chromium  # noqa: E402

QUERY = "Quillon"


def main(out: Path, date: str, target: Path) -> None:
    from selenium.webdriver.common.by import By

    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        driver = chromium(Path(scratch) / "profile", 900, 760)
        try:
            driver.get((out / "index.html").as_uri())
            driver.find_element(By.ID, "q").send_keys(QUERY)
            time.sleep(0.5)
            driver.save_screenshot(str(target / "library-home.png"))
            first = (out / date / "index.html").read_text("utf-8").split('href="stories/')[1].split('"')[0]
            story = out / date / "stories" / first
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 360, "height": 760, "deviceScaleFactor": 1, "mobile": True})
            driver.get(story.as_uri())
            driver.save_screenshot(str(target / "library-story-phone.png"))
            book = Path(scratch) / "book"
            with zipfile.ZipFile(out / date / "daily-brief.epub") as archive:
                archive.extractall(book)
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 480, "height": 760, "deviceScaleFactor": 1, "mobile": False})
            driver.get((book / "OEBPS" / "cover.xhtml").as_uri())
            driver.save_screenshot(str(target / "epub-cover.png"))
            chapter = sorted((book / "OEBPS").glob("story-001-*.xhtml"))[0]
            driver.get(chapter.as_uri())
            driver.save_screenshot(str(target / "epub-chapter.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
