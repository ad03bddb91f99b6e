"""Training tools in a real browser (Debian chromium through Playwright): glossary tooltips
by keyboard and by tap, Chromium's print-to-PDF (A4, the permanent address, no navigation,
a QR code that decodes to the address) and the copy-link buttons with the clipboard."""

from __future__ import annotations

import io
import re
import struct
import time
import unicodedata
import zlib

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
TASK = "/nhiem-vu/ii-1-3/"


@pytest.fixture
def new_page(browser, site_server):
    """Factory: a page in a new context; `goto(path)` opens a path of the local site."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, service_workers="block", **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.open = lambda path: page.goto(site_server + path, wait_until="load")
        return page

    yield make
    for context in contexts:
        context.close()


def canonical(page) -> str:
    return page.locator('link[rel="canonical"]').get_attribute("href")


ACTIVE_TOOLTIP = """() => [...document.querySelectorAll('.glossary-tip:not([hidden])')]
    .map(e => e.innerText.trim()).filter(Boolean)"""


def _wait_for_tooltip(page, timeout: float = 10.0) -> None:
    """Poll from Python: the site's CSP forbids the eval that wait_for_function needs."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(ACTIVE_TOOLTIP):
        assert time.monotonic() < deadline, "no tooltip became active"
        time.sleep(0.05)


# --- glossary tooltips ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["vi", "en"])
def test_abbreviation_tooltip_is_reached_with_the_tab_key(new_page, prefix):
    page = new_page()
    page.open(prefix + "/ke-hoach/")
    assert page.locator("article abbr[tabindex='0']").count() > 20
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "ABBR":
            break
    else:
        pytest.fail("200 presses of Tab reached no abbreviation")
    term = page.evaluate("document.activeElement.textContent")
    _wait_for_tooltip(page)
    described = None
    deadline = time.monotonic() + 5
    while not described and time.monotonic() < deadline:
        described = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
        time.sleep(0.05)
    assert described, f"{term}: the tooltip is not tied to the abbreviation (aria-describedby)"
    shown = page.evaluate(ACTIVE_TOOLTIP)
    expected = {"": "Kết luận", "/en": "Conclusion"}[prefix]
    assert term == "KL" and shown == [expected], (term, shown)
    assert page.errors == []


def test_abbreviation_tooltip_opens_with_a_tap_on_a_phone(new_page):
    page = new_page(PHONE, has_touch=True, is_mobile=True)
    page.open(TASK)
    abbr = page.locator("article abbr", has_text="CNVCLĐ").first
    abbr.tap()
    _wait_for_tooltip(page)
    assert page.evaluate(ACTIVE_TOOLTIP) == ["công nhân, viên chức, lao động"]


def test_abbreviation_tooltip_on_hover_closes_with_escape_and_gives_the_title_back(new_page):
    page = new_page()
    page.open(TASK)
    abbr = page.locator("article abbr", has_text="CNVCLĐ").first
    abbr.hover()
    _wait_for_tooltip(page)
    assert page.evaluate(ACTIVE_TOOLTIP) == ["công nhân, viên chức, lao động"]
    assert abbr.get_attribute("title") is None, "the browser would draw a second tooltip"
    page.keyboard.press("Escape")
    assert page.evaluate(ACTIVE_TOOLTIP) == []
    assert abbr.get_attribute("title") == "công nhân, viên chức, lao động"
    assert abbr.get_attribute("aria-describedby") is None
    assert page.errors == []


# --- print ---------------------------------------------------------------------------


def squeeze(text: str) -> str:
    """PDF text without whitespace (pypdf splits Vietnamese words around diacritics)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def test_printed_task_page_is_a4_with_its_address_and_no_navigation(new_page):
    from pypdf import PdfReader

    page = new_page()
    page.open(TASK)
    address = canonical(page)
    assert address.endswith(TASK)
    own_text = squeeze(page.locator("article").inner_text())
    clutter = page.evaluate(
        """() => [
            ...[...document.querySelectorAll('.md-sidebar .md-nav__link, .md-tabs a,'
                + ' .md-footer a, .md-banner')].map(e => e.innerText),
            document.querySelector('.md-search__input').placeholder,
            ...[...document.querySelectorAll('.page-tools button')].map(e => e.innerText),
        ].map(s => s.trim()).filter(Boolean)"""
    )
    # Labels that the page's own text also holds would prove nothing.
    clutter = sorted({c for c in clutter if squeeze(c) and squeeze(c) not in own_text})
    assert any("Mốc thời gian" in c for c in clutter) and len(clutter) > 10, clutter

    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842), "not A4"
    text = squeeze("".join(p.extract_text() for p in reader.pages))
    assert squeeze(address) in text, f"the PDF lacks the address {address}"
    assert squeeze("Nhiệm vụ II.1.3") in text
    printed = [c for c in clutter if squeeze(c) in text]
    assert printed == [], "navigation, header, search or footer text in the PDF"


def png_gray(data: bytes) -> tuple[int, int, bytes]:
    """Decode an 8-bit RGB/RGBA PNG (as Chromium writes screenshots) to grey bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 255
        rows.append(bytes(line[0::channels]))  # the red channel: the code is black on white
        previous = line
    return width, height, b"".join(rows)


def test_printed_qr_code_decodes_to_the_permanent_address(new_page):
    import zxingcpp

    page = new_page(device_scale_factor=2)
    page.open(TASK)
    qr = page.locator(".print-address .print-qr")
    assert not qr.is_visible(), "the QR code shows on screen"
    page.emulate_media(media="print")
    assert qr.is_visible(), "the QR code is not printed"
    width, height, grey = png_gray(qr.screenshot(animations="disabled"))
    found = zxingcpp.read_barcodes(memoryview(grey).cast("B", (height, width)))
    assert [code.text for code in found] == [canonical(page)]


# --- copy link -----------------------------------------------------------------------

CLIPBOARD = ["clipboard-read", "clipboard-write"]


def test_copy_link_buttons_copy_permanent_addresses(new_page):
    page = new_page(permissions=CLIPBOARD)
    page.open(TASK)
    page.locator(".page-tools [data-action=copy]").click()
    assert page.evaluate("navigator.clipboard.readText()") == canonical(page)
    assert page.locator(".copy-toast").inner_text() == "Đã chép liên kết"

    page.open("/en/ke-hoach/")
    button = page.locator("#ii-1-3 button.copy-link")
    assert button.count() == 1, "no copy button beside #ii-1-3"
    assert button.get_attribute("aria-label") == "Copy the link to paragraph #ii-1-3"
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == canonical(page) + "#ii-1-3"
    assert page.locator(".copy-toast").inner_text() == "Link copied"
    assert page.errors == []


def test_copy_link_is_a_44px_target_that_works_with_a_tap(new_page):
    page = new_page(PHONE, has_touch=True, is_mobile=True, permissions=CLIPBOARD)
    page.open("/ke-hoach/")
    buttons = page.locator("article button.copy-link")
    assert buttons.count() == page.locator("article a.para-link").count() > 20
    small = page.evaluate(
        """() => [...document.querySelectorAll('button.copy-link, .page-tools button')]
            .map(b => b.getBoundingClientRect()).filter(r => r.width < 44 || r.height < 44).length"""
    )
    assert small == 0, f"{small} buttons are smaller than 44×44 px"
    page.locator("#iii-3-1 button.copy-link").tap()
    assert page.evaluate("navigator.clipboard.readText()") == canonical(page) + "#iii-3-1"


def test_copy_link_falls_back_to_a_selected_field_without_the_clipboard(new_page):
    page = new_page()
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.open(TASK)
    page.locator(".page-tools [data-action=copy]").click()
    toast = page.locator(".copy-toast")
    # execCommand('copy') may work (the message says so) or not (the field stays, selected).
    if toast.locator("input").count():
        field = toast.locator("input")
        assert field.input_value() == canonical(page)
        assert field.evaluate("f => f === document.activeElement && f.readOnly")
        assert field.evaluate("f => f.selectionEnd - f.selectionStart") == len(canonical(page))
    else:
        assert toast.inner_text() == "Đã chép liên kết"
