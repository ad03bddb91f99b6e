"""Shared by every stage: the one list of generated page kinds.

Each kind is declared once: its folder under docs/ (which is its address on the site), the
data it is made from, the functions that render its files, and how many list items one
of its list pages holds. Everything else derives from KINDS: the folders the generator
owns (paths.GENERATED_DIRS, the .gitignore, the MkDocs hook's watching), the generate
stage's files, links between generated pages (href), and the navigation check
(tests/unit/test_pagekinds.py). A renderer is named "module:function" and called with
(index, lang); it returns {file name inside the folder: text or bytes}, file names ending
in the language's suffix (index.md, index.en.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageKind:
    name: str
    folder: str  # under docs/, and the address on the site
    source: str  # the data it is made from
    render: tuple[str, ...]  # "module:function" renderers, called with (index, lang)
    # List items (tasks, rows, organisations…) per list page (render.paging), if it has
    # lists: small enough that a list page's first view stays within the page-weight budget
    # at the benchmark's largest scale (make bench measures it), large enough that the real
    # site's lists fit on one page.
    page_size: int | None = None


KINDS = (
    PageKind("tasks", "nhiem-vu", "data/tasks.yml", ("plansite.render.tasks:pages",), 150),
    PageKind(
        "organisations",
        "don-vi",
        "data/organisations.yml",
        ("plansite.render.organisations:pages",),
        300,
    ),
    PageKind(
        "documents", "van-ban", "data/documents.yml", ("plansite.render.documents:pages",), 500
    ),
    PageKind(
        "programmes", "chuong-trinh", "data/programmes.yml", ("plansite.render.programmes:pages",)
    ),
    PageKind(
        "movements",
        "phong-trao",
        "data/movements.yml",
        ("plansite.render.programmes:movement_pages",),
    ),
    PageKind("timeline", "moc-thoi-gian", "data/*.yml", ("plansite.render.timeline:pages",), 300),
    PageKind(
        "changes", "hien-trang", "data/*.yml", ("plansite.render.timeline:change_pages",), 300
    ),
    PageKind(
        "glossary", "thuat-ngu", "data/glossary.yml", ("plansite.render.reference:glossary_pages",)
    ),
    PageKind(
        "calendars",
        "lich",
        "data/events.yml",
        ("plansite.render.reference:calendar_pages", "plansite.ical:files"),
    ),
    # The data export and the schemas are the same in every language: the generate stage
    # writes them once (generate.data_export, generate.schema_exports).
    PageKind("data", "du-lieu", "data/*.yml", ("plansite.render.reference:data_pages",)),
    PageKind(
        "checklists",
        "bang-kiem",
        "data/tasks.yml, data/events.yml",
        ("plansite.render.checklists:pages", "plansite.sheets:files"),
        200,
    ),
    PageKind("offline", "tai-ve", "python -m plansite build", ("plansite.render.download:pages",)),
)
BY_NAME = {kind.name: kind for kind in KINDS}
# The open-data export: one JSON file in the "data" kind's folder, the same in every language.
DATA_EXPORT = "ke-hoach.json"


def folder(name: str) -> str:
    return BY_NAME[name].folder


def page_size(name: str) -> int:
    return BY_NAME[name].page_size


def href(name: str, item: str = "index", ext: str = "md") -> str:
    """A link from a generated page (one folder below docs/) to a page or file of a kind."""
    return f"../{BY_NAME[name].folder}/{item}.{ext}"
