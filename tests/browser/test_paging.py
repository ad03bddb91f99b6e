"""A list split over pages, built and read in Chromium: the benchmark's synthetic data at
9× (180 tasks, more than one page of the task index), built by `plansite build` with
MkDocs' strict link checks, then the pager followed on a phone in both languages."""

from __future__ import annotations

import functools
import sys
import threading
from http.server import ThreadingHTTPServer

import pytest

from tests.conftest import SiteRequestHandler, plansite_build
from tests.project import ROOT, copy_project

sys.path.insert(0, str(ROOT / "bench"))
synth = pytest.importorskip("synth")

pytestmark = [pytest.mark.browser, pytest.mark.build]
PHONE = {"width": 360, "height": 740}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("paged") / "project")
    synth.multiply(project, 9)
    result = plansite_build(project, "--no-offline")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    handler = functools.partial(SiteRequestHandler, directory=str(project / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", project / "site"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("prefix", "title"), [("", "Nhiệm vụ (trang 2)"), ("/en", "Tasks (page 2)")], ids=["vi", "en"]
)
def test_the_pager_leads_through_the_task_index(browser, paged_site, prefix, title):
    base, site = paged_site
    assert (site / prefix.strip("/") / "nhiem-vu" / "trang-2" / "index.html").is_file()
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}{prefix}/nhiem-vu/")
    first = set(page.eval_on_selector_all("article li a", "els => els.map(a => a.href)"))
    page.locator("article p.pager a").get_by_text("2", exact=True).first.click()
    page.wait_for_url(f"{base}{prefix}/nhiem-vu/trang-2/")
    assert page.locator("h1").inner_text().strip().removesuffix("#") == title
    second = set(page.eval_on_selector_all("article li a", "els => els.map(a => a.href)"))
    assert second and not first & second, "page 2 repeats tasks of page 1"
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "page 2 is wider than a phone"
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], [v["id"] for v in violations]
    page.locator("article p.pager a").get_by_text("1", exact=True).first.click()
    page.wait_for_url(f"{base}{prefix}/nhiem-vu/")
    assert errors == []
    context.close()
