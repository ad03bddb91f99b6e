"""Checks of the plan's source pages against the original text.

The plan (docs/ke-hoach/index.md, Vietnamese, verbatim; index.en.md, English) is
the site's primary source. These tests render both files with Python-Markdown
and the site's extensions (attr_list, footnotes, md_in_html, admonition, toc; no
MkDocs) and check that:

- the Vietnamese page holds every line of the original, in order, and nothing
  else outside the editorial notes, whitespace aside; the original's "- " bullets
  are the page's list items (tests/fixtures/ke-hoach-original.txt is a byte copy
  of the original as we received it);
- the four footnotes stand where the original had them, with their text;
- the signature and recipients blocks hold the original's two columns;
- both pages carry exactly the published anchors (tests/contracts/anchors.txt);
- data/tasks.yml quotes each task block exactly as the pages render it.

Needs only `markdown` and `pyyaml`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from tests.project import ROOT

PAGES = {
    "vi": ROOT / "docs" / "ke-hoach" / "index.md",
    "en": ROOT / "docs" / "ke-hoach" / "index.en.md",
}
ORIGINAL = ROOT / "tests" / "fixtures" / "ke-hoach-original.txt"
ANCHORS = ROOT / "tests" / "contracts" / "anchors.txt"
TASKS = ROOT / "data" / "tasks.yml"
SHARED_IDS = ROOT / "notes" / "ids.md"

EXTENSIONS = ["attr_list", "footnotes", "md_in_html", "admonition", "toc"]
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
BLOCK_TAGS = {"p", "li", "ul", "ol", "div", "blockquote", "table", "tr", "td", "th", "hr", "br"}
BLOCK_TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd"}
LOST_MARKER = "\ufffd"  # the original's footnote markers were lost and show as U+FFFD
TASK_ID = re.compile(r"^iii?-\d+-\d+$")
TASK_KEYS = {"id", "group", "text", "responsible", "supporting", "documents", "programmes"}
TASK_KEYS |= {"movements", "aims"}


# --- a minimal DOM over Python-Markdown's output -------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        assert self.stack[-1].tag == tag, f"unbalanced HTML: </{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def collapse(text: str) -> str:
    """Collapse every run of whitespace (NBSP included) to one space; trim."""
    return re.sub(r"\s+", " ", text).strip()


def is_fnref(node: Node) -> bool:
    return node.tag == "sup" and node.attrs.get("id", "").startswith("fnref:")


def text_of(node: Node, skip=lambda n: False, fn_markers: bool = False) -> str:
    """Visible text of `node`; footnote references dropped (or shown as `[^n]`)."""
    parts: list[str] = []

    def walk(n: Node) -> None:
        for child in n.children:
            if isinstance(child, str):
                parts.append(child)
            elif is_fnref(child):
                if fn_markers:
                    parts.append(f"[^{child.attrs['id'].split(':', 1)[1]}]")
            elif child.has_class("footnote-backref") or skip(child):
                continue
            elif child.tag in BLOCK_TAGS:
                parts.append(" ")
                walk(child)
                parts.append(" ")
            else:
                walk(child)

    walk(node)
    return collapse("".join(parts))


@dataclass
class Page:
    lang: str
    source: str
    root: Node

    @functools.cached_property
    def ids(self) -> list[str]:
        return [n.attrs["id"] for n in self.root.iter() if "id" in n.attrs]

    def by_id(self, id_: str) -> Node:
        found = [n for n in self.root.iter() if n.attrs.get("id") == id_]
        assert len(found) == 1, f"{self.lang}: want one element with id {id_!r}, got {len(found)}"
        return found[0]

    def block_text(self, id_: str) -> str:
        return text_of(self.by_id(id_))

    def body_text(self, fn_markers: bool = False) -> str:
        """The plan's running text: no admonitions, footnotes, signature or recipients."""

        def skip(n: Node) -> bool:
            return (
                n.has_class("admonition")
                or n.has_class("footnote")
                or n.attrs.get("id") in {"chu-ky", "noi-nhan"}
            )

        return text_of(self.root, skip=skip, fn_markers=fn_markers)

    def footnotes(self) -> dict[str, str]:
        return {
            n.attrs["id"]: text_of(n)
            for n in self.root.iter()
            if n.tag == "li" and n.attrs.get("id", "").startswith("fn:")
        }

    def fnref_blocks(self) -> dict[str, str]:
        """For each footnote reference, the id of the nearest enclosing element with an id."""
        result: dict[str, str] = {}

        def walk(n: Node, owner: str | None) -> None:
            for child in n.children:
                if isinstance(child, Node):
                    if is_fnref(child):
                        result[child.attrs["id"]] = owner
                    walk(child, child.attrs.get("id", owner))

        walk(self.root, None)
        return result


@functools.cache
def page(lang: str) -> Page:
    source = PAGES[lang].read_text(encoding="utf-8")
    assert FRONT_MATTER.match(source), f"{PAGES[lang]}: must start with a '---' front matter block"
    html = markdown.markdown(FRONT_MATTER.sub("", source, count=1), extensions=EXTENSIONS)
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return Page(lang, source, builder.root)


# --- the original text ----------------------------------------------------------


@dataclass
class Original:
    body: list[str]  # running text, one entry per non-empty line, "." lines excluded
    bullets: list[str]  # the lines that start with "- " (list items on the page), "." glued
    joined: str  # running text as one string, each "." glued to the line before it
    fn_places: list[str]  # the line that each lost footnote marker ended, in order
    footnotes: list[str]  # footnote texts, marker dropped, in order
    signature: list[str]  # right-hand column of the closing block
    recipients: list[str]  # left-hand column of the closing block


@functools.cache
def original() -> Original:
    lines = unicodedata.normalize("NFC", ORIGINAL.read_text(encoding="utf-8")).split("\n")
    body: list[str] = []
    bullets: list[int] = []  # indexes into `joined`
    joined: list[str] = []
    fn_places: list[str] = []
    footnotes: list[str] = []
    signature: list[str] = []
    recipients: list[str] = []
    for raw in lines:
        line = collapse(raw)
        if not line:
            continue
        if line.startswith(LOST_MARKER):
            footnotes.append(collapse(line[1:]))
        elif raw.startswith("\t"):
            # The closing block: two tab columns interleaved line by line. The
            # signature column is indented after the tab; the recipients are not.
            (signature if raw[1:2].isspace() else recipients).append(line)
        elif line == ".":
            fn_places.append(body[-1])
            joined[-1] += "."
        else:
            # A bullet's "- " becomes the page's list item (<li>), not text.
            if line.startswith("- "):
                line = line[2:]
                bullets.append(len(joined))
            body.append(line)
            joined.append(line)
    return Original(
        body=body,
        bullets=[joined[i] for i in bullets],
        joined=" ".join(joined),
        fn_places=fn_places,
        footnotes=footnotes,
        signature=signature,
        recipients=recipients,
    )


def anchors() -> list[str]:
    lines = ANCHORS.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def first_difference(expected: str, actual: str, width: int = 60) -> str:
    i = next(
        (k for k, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    return (
        f"first difference at character {i}:\n"
        f"  original: …{expected[max(0, i - width) : i + width]!r}\n"
        f"  page:     …{actual[max(0, i - width) : i + width]!r}"
    )


# --- tests: the Vietnamese text is the original ---------------------------------


def test_fixture_looks_like_the_original():
    orig = original()
    assert len(orig.footnotes) == 4, orig.footnotes
    assert len(orig.fn_places) == 4, orig.fn_places
    assert orig.signature == ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Đã ký", "Nghiêm Xuân Bang"]
    assert orig.recipients[0] == "Nơi nhận:" and len(orig.recipients) == 8


def test_every_original_line_is_on_the_vi_page_in_order():
    text = page("vi").body_text()
    pos = 0
    for number, line in enumerate(original().body, 1):
        found = text.find(line, pos)
        if found < 0:
            # Longest prefix of the line found from here, to show where it breaks.
            k = len(line)
            while k and text.find(line[:k], pos) < 0:
                k -= 1
            at = text.find(line[:k], pos) + k if k else pos
            pytest.fail(
                f"line {number} of the original's running text is missing from the vi page "
                f"(or out of order).\n  original line: {line!r}\n"
                f"  matches up to: {line[:k][-60:]!r}\n"
                f"  expected next: {line[k : k + 60]!r}\n"
                f"  page has:      {text[at : at + 60]!r}"
            )
        pos = found + len(line)


def test_vi_page_adds_nothing_to_the_running_text():
    expected, actual = original().joined, page("vi").body_text()
    assert actual == expected, (
        "the vi page's running text (outside admonitions, footnotes, signature and "
        "recipients) must be the original's, whitespace aside; "
        + first_difference(expected, actual)
    )


def test_vi_footnotes_stand_where_the_original_had_them():
    text = page("vi").body_text(fn_markers=True)
    refs = re.findall(r"\[\^(\w+)\]", text)
    assert refs == ["1", "2", "3", "4"], f"expected footnote references 1-4 in order, got {refs}"
    for n, before in enumerate(original().fn_places, 1):
        assert f"{before}[^{n}]." in text, (
            f"footnote {n} must follow the text {before[-50:]!r} and be followed by '.' "
            "(the original has a line holding only '.' there)"
        )


def test_vi_footnote_texts_are_the_original():
    notes = page("vi").footnotes()
    assert list(notes) == ["fn:1", "fn:2", "fn:3", "fn:4"], list(notes)
    for n, expected in enumerate(original().footnotes, 1):
        actual = notes[f"fn:{n}"]
        assert actual == expected, f"footnote {n} differs from the original; " + first_difference(
            expected, actual
        )


def test_vi_list_items_are_the_original_bullets():
    vi = page("vi")
    outside = {
        id(n)
        for top in vi.root.iter()
        if top.has_class("admonition") or top.has_class("footnote")
        for n in top.iter()
    }
    items = [text_of(n) for n in vi.root.iter() if n.tag == "li" and id(n) not in outside]
    assert items == original().bullets, (
        "the vi page's list items must be exactly the original's '- ' lines, in order"
    )


@pytest.mark.parametrize(("block", "column"), [("chu-ky", "signature"), ("noi-nhan", "recipients")])
def test_vi_closing_blocks_hold_the_original_columns(block, column):
    expected = " ".join(getattr(original(), column))
    actual = page("vi").block_text(block)
    assert actual == expected, f"#{block} must hold the original's {column}; " + first_difference(
        expected, actual
    )


# --- tests: anchors, structure, normalization -----------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_page_ids_are_the_published_anchors(lang):
    published = anchors()
    ids = page(lang).ids
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"{lang}: duplicate ids {duplicates}"
    missing = [a for a in published if a not in ids]
    extra = [i for i in ids if i not in published]
    assert not missing, f"{lang}: published anchors missing from the page: {missing}"
    assert not extra, f"{lang}: ids not in tests/contracts/anchors.txt: {extra}"
    blocks = [i for i in ids if not i.startswith("fn")]
    assert blocks == [a for a in published if not a.startswith("fn")], (
        f"{lang}: block ids are not in the order of anchors.txt"
    )


def test_anchor_file_has_no_duplicates():
    published = anchors()
    assert len(published) == len(set(published))


def test_vi_and_en_put_the_same_ids_on_the_same_kinds_of_blocks():
    vi, en = page("vi"), page("en")
    assert vi.ids == en.ids
    for id_ in vi.ids:
        vi_tag, en_tag = vi.by_id(id_).tag, en.by_id(id_).tag
        assert vi_tag == en_tag, f"#{id_}: <{vi_tag}> in vi, <{en_tag}> in en"


def test_en_footnotes_are_in_the_same_blocks_as_vi():
    vi, en = page("vi").fnref_blocks(), page("en").fnref_blocks()
    assert vi == {
        "fnref:1": "ii-1-1",
        "fnref:2": "ii-2-3",
        "fnref:3": "ii-3-1",
        "fnref:4": "ii-3-3",
    }
    assert en == vi
    assert list(page("en").footnotes()) == ["fn:1", "fn:2", "fn:3", "fn:4"]
    for n, text in page("en").footnotes().items():
        assert text.startswith("- "), f"en {n}: footnotes start with '- ' as in the original"


@pytest.mark.parametrize("path", [*PAGES.values(), ANCHORS, TASKS], ids=lambda p: p.name)
def test_files_are_nfc(path):
    text = path.read_text(encoding="utf-8")
    bad = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if unicodedata.normalize("NFC", line) != line
    ]
    assert not bad, f"{path.name}: lines not in Unicode NFC: {[n for n, _ in bad]}"
    assert LOST_MARKER not in text, f"{path.name}: contains U+FFFD"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_editorial_notes_are_marked_as_such(lang):
    titles = [text_of(n) for n in page(lang).root.iter() if n.has_class("admonition-title")]
    expected = {
        "vi": ["Văn bản gốc", "Ghi chú biên tập (không thuộc văn bản gốc)"],
        "en": ["Unofficial translation", "Editorial note (not part of the original)"],
    }[lang]
    assert titles == expected


# --- tests: data/tasks.yml ------------------------------------------------------


@functools.cache
def tasks() -> list[dict]:
    data = yaml.safe_load(TASKS.read_text(encoding="utf-8"))
    assert isinstance(data, list), "data/tasks.yml must be a list of tasks"
    return data


def shared_ids() -> dict[str, set[str]]:
    """Ids from notes/ids.md, by section name (organisations, documents, ...)."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in SHARED_IDS.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].split()[0]
            sections[current] = set()
        elif current and line.strip() and not line.startswith(" "):
            sections[current].add(line.split()[0])
    return sections


def task_ids() -> list[str]:
    """The task blocks, from the published anchors: ii-1-1 ... iii-3-1."""
    return [a for a in anchors() if TASK_ID.match(a)]


def test_tasks_are_the_task_blocks_in_plan_order():
    expected = task_ids()
    actual = [t.get("id") for t in tasks()]
    assert len(actual) == len(set(actual)), "task ids must be unique"
    assert actual == expected, f"tasks must be exactly the task blocks in plan order:\n{expected}"


def find_task(id_: str) -> dict:
    found = [t for t in tasks() if t.get("id") == id_]
    assert len(found) == 1, f"data/tasks.yml must have exactly one task {id_!r}, has {len(found)}"
    return found[0]


@pytest.mark.parametrize("id_", task_ids())
def test_task_matches_the_plan_pages(id_):
    task = find_task(id_)
    assert set(task) == TASK_KEYS, f"{id_}: keys must be exactly {sorted(TASK_KEYS)}"
    vi = page("vi")
    headings = [n.attrs["id"] for n in vi.root.iter() if n.tag == "h3"]
    # The heading a block sits under: the last h3 before it in page order.
    before = vi.ids[: vi.ids.index(id_)]
    group = [i for i in before if i in headings][-1]
    assert task["group"] == group, f"{id_}: sits under #{group}, not #{task['group']}"
    for lang in ("vi", "en"):
        expected = page(lang).block_text(id_)
        assert task["text"][lang] == expected, f"{id_}: text.{lang} differs from the page; " + (
            first_difference(expected, task["text"][lang])
        )


@pytest.mark.parametrize("id_", task_ids())
def test_task_references_are_known_ids(id_):
    if not SHARED_IDS.exists():
        pytest.skip("notes/ids.md not present")
    task = find_task(id_)
    known = shared_ids()
    kinds = {
        "responsible": "organisations",
        "supporting": "organisations",
        "documents": "documents",
        "programmes": "programmes",
        "movements": "movements",
    }
    for key, kind in kinds.items():
        values = task[key]
        assert isinstance(values, list), f"{task['id']}: {key} must be a list"
        assert len(values) == len(set(values)), f"{task['id']}: {key} has duplicates"
        unknown = [v for v in values if v not in known[kind]]
        assert not unknown, f"{task['id']}: unknown {kind} ids in {key}: {unknown}"
    assert task["responsible"], f"{task['id']}: responsible must not be empty"
    both = set(task["responsible"]) & set(task["supporting"])
    assert not both, f"{task['id']}: both responsible and supporting: {sorted(both)}"
    aims = [a for a in anchors() if re.match(r"^i-\d+$", a)]
    assert all(a in aims for a in task["aims"]), f"{task['id']}: aims must be among {aims}"
