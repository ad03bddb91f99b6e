"""The Content-Security-Policy matches the built site (static, over site/*.html).

The policy is written twice: as a <meta> in overrides/main.html and as a header in
deploy/nginx.conf (plus frame-ancestors). Its script-src allows Material's inline
scripts by their SHA-256 hashes, which change whenever Material (or our override of
partials/javascripts/base.html) changes them. These tests recompute the hashes of every
inline script of every built page and fail with the policy to write when they differ.
That every page satisfies the policy in chromium is tested in tests/browser/test_pages.py.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.project import ROOT

MAIN = ROOT / "overrides" / "main.html"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
DATA_TYPES = {"application/json", "application/ld+json"}  # not executed, not blocked


class InlineParser(HTMLParser):
    """Collects inline scripts, <style> elements, style= and on*= attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.other: list[str] = []
        self._script: list[str] | None = None
        self.policies: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and "src" not in values and values.get("type") not in DATA_TYPES:
            self._script = []
        if tag == "style":
            self.other.append(f"<style> at line {self.getpos()[0]}")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies.append(values.get("content") or "")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.other.append(f"{name}={value!r} on <{tag}> at line {self.getpos()[0]}")
            if name in {"href", "src"} and (value or "").strip().lower().startswith("javascript:"):
                self.other.append(f"{name}={value!r} on <{tag}> at line {self.getpos()[0]}")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def source_policy() -> str:
    match = re.search(
        r'http-equiv="Content-Security-Policy" content="([^"]+)"',
        MAIN.read_text(encoding="utf-8"),
    )
    assert match, "overrides/main.html has no Content-Security-Policy <meta>"
    return match.group(1)


@pytest.fixture(scope="module")
def parsed_pages(built_site: Path) -> dict[str, InlineParser]:
    pages = {}
    for html in sorted(built_site.rglob("*.html")):
        parser = InlineParser()
        parser.feed(html.read_text(encoding="utf-8"))
        parser.close()
        pages[html.relative_to(built_site).as_posix()] = parser
    return pages


@pytest.mark.build
def test_every_page_carries_the_policy(parsed_pages: dict[str, InlineParser]) -> None:
    policy = source_policy()
    wrong = [path for path, page in parsed_pages.items() if page.policies != [policy]]
    assert wrong == [], f"pages without the policy of overrides/main.html (once): {wrong[:10]}"


@pytest.mark.build
def test_script_hashes_match_the_inline_scripts(parsed_pages: dict[str, InlineParser]) -> None:
    needed: dict[str, str] = {}
    for path, page in parsed_pages.items():
        for script in page.scripts:
            needed.setdefault(sha256(script), f"{path}: {script[:60]}…")
    assert needed, "no inline script found: is the parser broken?"
    allowed = [s for s in directives(source_policy())["script-src"] if s.startswith("'sha256-")]
    wanted = "script-src 'self' " + " ".join(sorted(needed))
    assert set(allowed) == set(needed), (
        "the script hashes of the Content-Security-Policy do not match the site's inline "
        f"scripts.\nMissing: {[needed[h] for h in set(needed) - set(allowed)]}\n"
        f"Unused: {sorted(set(allowed) - set(needed))}\n"
        f"Write `{wanted}` in overrides/main.html and deploy/nginx.conf."
    )


@pytest.mark.build
def test_no_inline_styles_or_handlers(parsed_pages: dict[str, InlineParser]) -> None:
    found = {path: page.other for path, page in parsed_pages.items() if page.other}
    assert found == {}, f"inline styles or handlers, blocked by the policy: {found}"


def test_nginx_sends_the_same_policy_plus_frame_ancestors() -> None:
    match = re.search(
        r'add_header Content-Security-Policy "([^"]+)" always;',
        NGINX_CONF.read_text(encoding="utf-8"),
    )
    assert match, "deploy/nginx.conf does not send a Content-Security-Policy header"
    assert match.group(1) == source_policy() + "; frame-ancestors 'none'", (
        "deploy/nginx.conf: the policy must be the one of overrides/main.html followed by "
        "\"; frame-ancestors 'none'\""
    )


def test_policy_allows_no_inline_or_eval() -> None:
    parsed = directives(source_policy())
    for directive in ("default-src", "script-src", "style-src"):
        assert directive in parsed, f"the policy has no {directive}"
        unsafe = [s for s in parsed[directive] if s.startswith("'unsafe-")]
        assert unsafe == [], f"{directive} allows {unsafe}"
    assert parsed["object-src"] == ["'none'"]
    for directive in ("worker-src", "connect-src"):
        assert parsed[directive] == ["'self'"], f"{directive} must stay 'self' (search worker)"
