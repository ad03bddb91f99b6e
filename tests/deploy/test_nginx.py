"""deploy/nginx.conf, served by Debian's nginx on loopback, checked with HTTP and chromium.

The `nginx` fixture serves the built site with tests/nginx_server.py (Debian's nginx,
deploy/nginx.conf with its root and listen lines replaced, on a free port of 127.0.0.1).
Without nginx the tests are skipped locally and fail in CI (CI=true): install it with
`apt-get install nginx`.

Checks: security headers on pages, assets, files and 404s; long caching for
fingerprinted assets only and no-cache for HTML; the types of .ics, .json, .css and .js;
gzip when asked for; the Vietnamese 404 page at / and the English one under /en/; a few
pages in chromium through nginx with zero CSP violations and no console errors.
"""

from __future__ import annotations

import gzip
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.nginx_server import NGINX, NginxError
from tests.nginx_server import nginx as run_nginx
from tests.project import ROOT

IMMUTABLE = "public, max-age=31536000, immutable"


@pytest.fixture(scope="session")
def nginx(built_site: Path, tmp_path_factory) -> Iterator[str]:
    """deploy/nginx.conf served by Debian's nginx on 127.0.0.1; returns the base URL."""
    if not NGINX.exists():
        message = f"{NGINX} is missing; install Debian's nginx: apt-get install nginx"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (nginx tests must run in CI)", pytrace=False)
        pytest.skip(message)
    try:
        with run_nginx(built_site, tmp_path_factory.mktemp("nginx"), free_port()) as base:
            yield base
    except NginxError as error:
        pytest.fail(str(error), pytrace=False)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """(status, headers with lower-case names, body) of a GET, 4xx included."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, head, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, head, body = error.code, error.headers, error.read()
    return status, {name.lower(): value for name, value in head.items()}, body


def asset(site: Path, folder: str, pattern: str) -> str:
    found = sorted((site / "assets" / folder).glob(pattern))
    assert found, f"no site/assets/{folder}/{pattern}"
    return f"/assets/{folder}/{found[0].name}"


def meta_policy() -> str:
    html = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert match, "overrides/main.html has no Content-Security-Policy <meta>"
    return match.group(1)


def assert_security_headers(url: str, headers: dict[str, str]) -> None:
    assert headers.get("content-security-policy") == meta_policy() + "; frame-ancestors 'none'", (
        f"{url}: Content-Security-Policy is {headers.get('content-security-policy')!r}"
    )
    assert headers.get("x-content-type-options") == "nosniff", url
    assert headers.get("referrer-policy") == "strict-origin-when-cross-origin", url
    assert "camera=()" in headers.get("permissions-policy", ""), url
    assert "server" not in headers or "/" not in headers["server"], "nginx shows its version"


def test_html_page(nginx: str) -> None:
    status, headers, body = fetch(nginx + "/ke-hoach/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert headers["cache-control"] == "no-cache"
    assert_security_headers("/ke-hoach/", headers)
    assert b'id="ii-1-3"' in body


def test_folder_without_slash_redirects_relatively(nginx: str) -> None:
    request = urllib.request.Request(nginx + "/ke-hoach", method="HEAD")
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(request, timeout=10)
    assert caught.value.code == 301
    assert caught.value.headers["Location"] == "/ke-hoach/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.parametrize(
    ("folder", "pattern", "kind"),
    [
        ("stylesheets", "main.*.min.css", "text/css; charset=utf-8"),
        ("javascripts", "bundle.*.min.js", "application/javascript; charset=utf-8"),
    ],
    ids=["css", "js"],
)
def test_fingerprinted_asset_is_cached_for_a_year(
    nginx: str, built_site: Path, folder: str, pattern: str, kind: str
) -> None:
    path = asset(built_site, folder, pattern)
    status, headers, _ = fetch(nginx + path)
    assert status == 200
    assert headers["content-type"] == kind
    assert headers["cache-control"] == IMMUTABLE, path
    assert_security_headers(path, headers)


def test_asset_without_fingerprint_is_revalidated(nginx: str) -> None:
    status, headers, _ = fetch(nginx + "/assets/site.css")
    assert status == 200
    assert headers["cache-control"] == "no-cache", "site.css has no hash in its name"


def test_calendar_file(nginx: str, built_site: Path) -> None:
    path = "/" + sorted(built_site.glob("lich/*.ics"))[0].relative_to(built_site).as_posix()
    status, headers, body = fetch(nginx + path)
    assert status == 200
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert headers["cache-control"] == "no-cache"
    assert body.startswith(b"BEGIN:VCALENDAR")
    assert_security_headers(path, headers)


def test_json_file(nginx: str, built_site: Path) -> None:
    files = sorted(built_site.glob("du-lieu/**/*.json"))
    path = "/" + files[0].relative_to(built_site).as_posix()
    status, headers, _ = fetch(nginx + path)
    assert status == 200
    assert headers["content-type"] == "application/json; charset=utf-8"
    assert headers["cache-control"] == "no-cache"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/ke-hoach/", "text/html"),
        ("/assets/site.css", "text/css"),
        ("/lich/ke-hoach.ics", "text/calendar"),
        ("/search/search_index.json", "application/json"),
        ("/assets/favicon.svg", "image/svg+xml"),
    ],
)
def test_gzip_when_asked(nginx: str, built_site: Path, path: str, kind: str) -> None:
    assert (built_site / path.lstrip("/")).exists() or path.endswith("/"), path
    status, plain_headers, plain = fetch(nginx + path)
    assert status == 200 and "content-encoding" not in plain_headers
    status, headers, body = fetch(nginx + path, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["content-type"].startswith(kind)
    if len(plain) >= 256:
        assert headers.get("content-encoding") == "gzip", f"{path} is not compressed"
        assert "accept-encoding" in headers.get("vary", "").lower()
        assert gzip.decompress(body) == plain


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/khong-co-trang-nay/", "vi", "Không tìm thấy"),
        ("/nhiem-vu/khong-co/", "vi", "Không tìm thấy"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/en/nhiem-vu/none.html", "en", "Page not found"),
    ],
)
def test_missing_page(nginx: str, path: str, lang: str, heading: str) -> None:
    status, headers, body = fetch(nginx + path)
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert_security_headers(path, headers)
    text = body.decode("utf-8")
    assert f'<html lang="{lang}"' in text
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    assert h1 and heading in h1.group(1), f"{path}: first heading {h1 and h1.group(1)!r}"
    assert "Not Found" in text or "not found" in text
    assert "Không tìm thấy" in text, "the 404 page is not bilingual"


PAGES = ["/", "/ke-hoach/", "/nhiem-vu/ii-1-3/", "/en/", "/en/lich/", "/khong-co-trang-nay/"]


@pytest.mark.browser
def test_pages_in_chromium_through_nginx(browser, nginx: str) -> None:
    from tests.browser.test_pages import CSP_LISTENER

    context = browser.new_context(service_workers="block")
    violations: list[str] = []
    errors: list[str] = []
    context.expose_binding("__reportCspViolation", lambda source, text: violations.append(text))
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    try:
        for path in PAGES:
            response = page.goto(nginx + path, wait_until="load")
            assert response is not None
            assert response.status == (404 if "khong-co" in path else 200), path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            page.wait_for_timeout(100)
            position = page.evaluate(
                "getComputedStyle(document.querySelector('.md-header')).position"
            )
            assert position == "sticky", f"{path}: stylesheets blocked or missing"
    finally:
        context.close()
    assert violations == [], f"CSP violations through nginx: {violations}"
    # The 404 page itself is logged as a failed load; anything else is an error.
    assert [e for e in errors if "404" not in e] == [], errors


@pytest.mark.browser
def test_pages_cannot_be_framed(browser, nginx: str) -> None:
    context = browser.new_context(service_workers="block")
    errors: list[str] = []
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        page.goto(nginx + "/", wait_until="load")
        framed = page.evaluate(
            """url => new Promise(resolve => {
                const frame = document.createElement('iframe');
                frame.src = url;
                frame.onload = () => {
                    let readable;
                    try { readable = !!frame.contentDocument; } catch (e) { readable = false; }
                    resolve(readable && frame.contentDocument.querySelector('.md-header') !== null);
                };
                document.body.append(frame);
                setTimeout(() => resolve('timeout'), 3000);
            })""",
            nginx + "/ke-hoach/",
        )
    finally:
        context.close()
    assert framed is not True, "the site can be framed: frame-ancestors is not in force"
    assert any("frame-ancestors" in error for error in errors), errors
