"""A real browser on the served site: search, open a record, follow it to the paper's page;
a canned query as a page without SQL, a record's link to its paper, the charts.

Runs `paper-miner serve` on a free localhost port and drives Debian's chromium with
Playwright. Screenshots are saved under extracted/ for a person to look at.
"""
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = ROOT / "extracted"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="chromium is not installed (apt-get install -y chromium); .ci/run installs it",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, log: Path, tries: int = 150) -> None:
    for _ in range(tries):
        if server.poll() is not None:
            raise AssertionError(f"server exited:\n{log.read_text()}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"server did not answer at {url}")


@pytest.fixture
def served(fixture_db, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-c", "from paper_miner.cli import cli; cli()",
             "serve", "--db", str(fixture_db), "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/-/versions.json", server, log)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_search_open_a_record_and_follow_it_to_the_paper(served):
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(served)
        page.fill("#search-all", "warden")
        page.click("input[value=Search]")
        page.wait_for_url("**/papers/search_all?q=warden")
        hit = page.locator("tr", has=page.locator("td.col-record_type", has_text="projects"))
        assert "Street Warden Scheme" in hit.inner_text()
        page.screenshot(path=SCREENSHOTS / "browser-search.png", full_page=True)

        hit.locator("td.col-record a").click()
        page.wait_for_url("**/papers/projects/*")
        assert "£260,000" in page.locator("td.col-amount_gbp").inner_text()
        page.screenshot(path=SCREENSHOTS / "browser-record.png", full_page=True)

        page.click("td.col-page a")
        page.wait_for_url("**/originals/harbourside-cabinet-report.txt")
        assert "The Street Warden Scheme will cost £260,000" in page.inner_text("body")
        page.screenshot(path=SCREENSHOTS / "browser-paper.png")

        query_page_to_paper(page, served)
        charts(page, served)
        browser.close()


def query_page_to_paper(page, served: str) -> None:
    """A question asked without SQL: pick an example value, then open a decision's paper."""
    page.goto(f"{served}/papers/decisions_of_a_body")
    assert page.title() == "Decisions of a body"
    text = page.inner_text("body")
    assert "select" not in text.lower() and "Run SQL" not in text
    page.click("p.choices a >> text=Vale Community Partnership Board")
    page.wait_for_url("**/papers/decisions_of_a_body?body=Vale*")
    assert page.locator("table.rows-and-columns tbody tr").count() == 2
    page.screenshot(path=SCREENSHOTS / "browser-query.png", full_page=True)
    paper = page.locator("td.col-doc_id").first
    assert "(2009-03-03)" in paper.inner_text()
    paper.locator("a").click()
    page.wait_for_url("**/papers/documents/*")
    assert "Vale Community Partnership Board" in page.locator("td.col-title").inner_text()


def charts(page, served: str) -> None:
    page.goto(f"{served}/-/charts")
    money = page.locator("svg.chart").first
    assert money.locator("rect.mark").count() == 2  # the 2012/13 and 2014/15 allocations
    assert money.bounding_box()["width"] > 400  # drawn, not just present in the page
    page.screenshot(path=SCREENSHOTS / "browser-charts.png", full_page=True)
