"""Link previews and the printed QR code (plansite.sharing) on every built page."""

from __future__ import annotations

import html
import re

import pytest

from plansite.sharing import first_paragraph, qr_svg

SITE_DESCRIPTIONS = {
    "vi": "Toàn văn kế hoạch của Liên đoàn Lao động tỉnh Kon Tum thực hiện Kết luận 79-KL/TW",
    "en": "Full text of the Kon Tum Provincial Labour Federation",
}


def article(text: str) -> str:
    return text[text.index("<article") : text.rindex("</article>")]


META = re.compile(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


@pytest.mark.build
def test_every_page_has_a_link_preview_and_a_printed_qr_code(built_site):
    pages = [p for p in built_site.rglob("index.html") if p.parent != built_site / "404"]
    assert len(pages) > 100
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        name = str(page.relative_to(built_site))
        lang = "en" if name.startswith("en/") else "vi"
        meta = dict(META.findall(text))
        canonical = CANONICAL.findall(text)
        if len(canonical) != 1:
            problems.append(f"{name}: no canonical link")
            continue
        want = {
            "og:url": canonical[0],
            "og:locale": {"vi": "vi_VN", "en": "en_US"}[lang],
            "og:locale:alternate": {"vi": "en_US", "en": "vi_VN"}[lang],
            "og:type": "website",
            "twitter:card": "summary_large_image",
        }
        problems += [f"{name}: {k}={meta.get(k)!r}" for k, v in want.items() if meta.get(k) != v]
        if not meta.get("og:title", "").strip():
            problems.append(f"{name}: empty og:title")
        description = html.unescape(meta.get("og:description", ""))
        # The home pages' own description is the site's.
        home = page.parent in (built_site, built_site / "en")
        site_wide = description.startswith(SITE_DESCRIPTIONS[lang]) and not home
        if not description.strip() or (site_wide and first_paragraph(article(text))):
            problems.append(f"{name}: og:description is empty or the site's: {description[:60]!r}")
        image = meta.get("og:image", "")
        if not image.startswith(("http://", "https://")) or not image.endswith("/assets/og.png"):
            problems.append(f"{name}: og:image {image!r} is not an absolute URL of assets/og.png")
        if qr_svg(canonical[0]) not in text:
            problems.append(f"{name}: no QR code of {canonical[0]}")
    assert problems == []
    image = (built_site / "assets" / "og.png").read_bytes()
    assert image[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(image[16:20]), int.from_bytes(image[20:24])) == (1200, 630)
