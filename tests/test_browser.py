"""Library stage in a real browser: the HTML library opened from file:// in headless Chromium.

One browser session and one small day for the whole module: search for an actor, follow the result,
read the story page; the page fits a 360 px phone; hostile article text stays text; the browser's own
ranking equals briefgen.library.search; and the browser requests nothing outside file:.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from briefgen.daily import run_daily
from briefgen.library import search
from tests.readers import chromium, read_index_parts

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
DATE = "2024-11-01"
OLDER_DATE = "2024-10-30"
HOSTILE_TITLE = "Mayor <img src=x onerror=alert(1)> Quits & <script>alert(2)</script> Council Reacts"
HOSTILE = (f"{HOSTILE_TITLE}\n"
           "Mayor Odile Brassens of Velmont resigned on Monday, the council said in a statement. "
           "\"<b>We</b> will elect a successor within 30 days,\" council leader Piet Haring said. "
           "Brassens denied reports that she had been forced out.\n")
WAIT_SECONDS = 10


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """A small day (the Kursk seed, a three-source story, a hostile article) written with the HTML library."""
    root = tmp_path_factory.mktemp("browser")
    inputs = root / "in"
    inputs.mkdir()
    shutil.copy(ROOT / "seeds" / "kursk_north_korean_troops.txt", inputs)
    for name in ("ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt"):
        shutil.copy(STORIES / name, inputs)
    (inputs / "hostile.txt").write_text(HOSTILE, "utf-8")
    # An older day in another month: the search index then has two month parts, ranked as one.
    older = root / "older"
    older.mkdir()
    for name in ("marathon-record.txt", "ferry-island-radio.txt"):
        shutil.copy(STORIES / name, older)
    assert not run_daily([older], out=root / "out", date=OLDER_DATE, formats=("md", "html")).failures
    result = run_daily([inputs], out=root / "out", date=DATE, formats=("md", "html"))
    assert not result.failures
    return root / "out", result


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium(tmp_path_factory.mktemp("profile"))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(condition, what: str):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _requests(driver) -> list[str]:
    """Every URL the browser asked for since the last call (Chrome's performance log, CDP Network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _ready(driver) -> None:
    _wait(lambda: driver.execute_script("return window.briefgenReady === true"), "every index part")


def _results(driver) -> list[tuple[str, str]]:
    from selenium.webdriver.common.by import By

    from selenium.common.exceptions import StaleElementReferenceException

    try:
        return [(a.text, a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "#q-results a")]
    except StaleElementReferenceException:  # the list was rebuilt as an older month arrived: read it again
        return _results(driver)


def test_search_an_actor_then_read_the_story(library, browser) -> None:
    from selenium.webdriver.common.by import By

    out, result = library
    kursk = next(s for s in result.stories if "Kursk" in s.brief.title)
    slug = result.slugs[result.stories.index(kursk)]
    browser.get((out / "index.html").as_uri())
    _requests(browser)  # page load requests checked in the last test; start this one afresh
    browser.find_element(By.ID, "q").send_keys("Blinken")
    _ready(browser)
    hits = _wait(lambda: _results(browser), "search results for Blinken")
    assert hits[0][0] == kursk.brief.title and len(hits) == 1
    assert hits[0][1].endswith(f"/{DATE}/stories/{slug}.html")
    assert "1 matching story" in browser.find_element(By.ID, "q-status").text
    browser.find_element(By.CSS_SELECTOR, "#q-results a").click()
    _wait(lambda: browser.current_url.endswith(f"{slug}.html"), "the story page")
    assert browser.find_element(By.TAG_NAME, "h1").text == kursk.brief.title
    actors = browser.find_element(By.CSS_SELECTOR, ".section-actors").text
    assert "Antony Blinken" in actors and "Secretary of State" in actors
    # The actor's name links to the actor page, which links back to this story.
    browser.find_element(By.LINK_TEXT, "Antony Blinken").click()
    _wait(lambda: "/actors/" in browser.current_url, "the actor page")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Antony Blinken"
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "main .stories a")] == [kursk.brief.title]


def test_typing_lists_results_while_you_type(library, browser) -> None:
    from selenium.webdriver.common.by import By

    out, _ = library
    browser.get((out / "index.html").as_uri())
    box = browser.find_element(By.ID, "q")
    box.send_keys("fer")  # a prefix of "ferry": results before the word is finished
    _ready(browser)
    hits = _wait(lambda: len(_results(browser)) >= 2, "results for a prefix, from both months") and _results(browser)
    assert any("Ferry" in title for title, _ in hits)
    assert {href.split("/")[-3] for _, href in hits} == {DATE, OLDER_DATE}  # the day is in every link
    box.send_keys("ry zzzunknown")
    _wait(lambda: not _results(browser), "no results for an unknown word")
    assert "No stories match" in browser.find_element(By.ID, "q-status").text


def test_browser_ranking_equals_python_ranking(library, browser) -> None:
    out, _ = library
    browser.get((out / "index.html").as_uri())
    parts = read_index_parts(out)
    browser.execute_script("document.getElementById('q').focus();")
    _wait(lambda: browser.execute_script("return window.briefgenReady === true"), "the search index")
    assert len(parts) == 2
    for query in ("north korea", "ferry", "blinken troops", "port sel", "14", "council", "marathon", "divers"):
        in_browser = browser.execute_script("return window.briefgenSearch(arguments[0]).map(h => h.path)", query)
        assert in_browser == [hit["path"] for hit in search(parts, query)], query
        assert in_browser, query


def test_story_page_fits_a_phone(library, browser) -> None:
    out, result = library
    page = out / DATE / "stories" / f"{result.slugs[0]}.html"
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    try:
        browser.get(page.as_uri())
        width = browser.execute_script("return document.documentElement.scrollWidth")
        body = browser.execute_script("return document.body.getBoundingClientRect().width")
        assert width <= 360 and body <= 360
        font = browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
        assert font >= 16  # readable without zooming
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


CONTRAST_JS = """
function lum(c) {
  const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => { v = v / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const bg = getComputedStyle(document.body).backgroundColor, out = {background: lum(bg)};
for (const sel of ['body', 'main a', '.meta', '.cite', '.kicker', '.bottom-line p']) {
  const el = document.querySelector(sel); if (!el) continue;
  let back = bg, node = el;
  while (node && node !== document.documentElement) {
    const c = getComputedStyle(node).backgroundColor;
    if (c !== 'rgba(0, 0, 0, 0)') { back = c; break; } node = node.parentElement; }
  const a = lum(getComputedStyle(el).color), b = lum(back);
  out[sel] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
return out;
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colours_follow_the_system_scheme_with_readable_contrast(library, browser, scheme) -> None:
    out, result = library
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        browser.get((out / DATE / "stories" / f"{result.slugs[0]}.html").as_uri())
        ratios = browser.execute_script(CONTRAST_JS)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    background = ratios.pop("background")
    assert (background > 0.8) if scheme == "light" else (background < 0.05)
    assert len(ratios) == 6 and min(ratios.values()) >= 4.5, ratios  # WCAG AA for normal text


def test_hostile_article_text_stays_text(library, browser) -> None:
    from selenium.webdriver.common.by import By

    out, result = library
    slug = result.slugs[[s.brief.title for s in result.stories].index(HOSTILE_TITLE)]
    browser.get((out / DATE / "stories" / f"{slug}.html").as_uri())
    assert browser.find_element(By.TAG_NAME, "h1").text == HOSTILE_TITLE
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main b, main script")
    browser.get((out / "index.html").as_uri())
    browser.find_element(By.ID, "q").send_keys("mayor")
    _ready(browser)
    hits = _wait(lambda: _results(browser), "results for the hostile story")
    assert hits[0][0] == HOSTILE_TITLE
    assert not browser.find_elements(By.CSS_SELECTOR, "#q-results img, #q-results script")
    assert browser.execute_script("return typeof window.alert === 'function' && !document.querySelector('img')")


def test_standalone_brief_page_styles_load_under_its_csp(library, browser, tmp_path) -> None:
    from briefgen.config import Settings
    from briefgen.library import brief_page

    _, result = library
    page = tmp_path / "brief.html"
    page.write_bytes(brief_page(result.stories[0].brief, Settings()))
    browser.get_log("browser")
    browser.get(page.as_uri())
    # The inline stylesheet is allowed by its hash: if the CSP refused it, the body would be full width.
    assert browser.execute_script("return getComputedStyle(document.body).maxWidth") != "none"
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_no_request_leaves_file_and_csp_holds(library, browser) -> None:
    out, result = library
    _requests(browser)
    pages = [out / "index.html", out / DATE / "index.html", out / DATE / "stories" / f"{result.slugs[0]}.html",
             out / "actors" / "index.html"]
    for page in pages:
        browser.get(page.as_uri())
        browser.execute_script("document.getElementById('q') && document.getElementById('q').focus();")
    urls = _requests(browser)
    assert urls and all(url.startswith("file:") for url in urls), [u for u in urls if not u.startswith("file:")]
    assert any(url.endswith("/search-index.js") for url in urls)
    assert any(url.endswith(f"/search/{DATE[:7]}.js") for url in urls)
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors  # a CSP violation or a script error would show here
