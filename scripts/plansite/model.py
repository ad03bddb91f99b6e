"""Model stage: the typed, frozen records every data file is read into.

One class per kind of entry. The JSON Schema published at /du-lieu/ is
generated from these classes (see export.py), so the schema and the
validator cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, create_model

from plansite.i18n import LANGS, ORIGINAL, TRANSLATIONS, named

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$"
# A source's address: a web page only (no javascript:, data: or relative links), no spaces.
URL_PATTERN = r"^https?://[^\s<>\"'`]+$"
DOMAIN_PATTERN = r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$"
# A page of the site, as its address below the language's home: "hien-trang/", "" the home.
PAGE_PATTERN = r"^(?:[a-z0-9-]+/)*$"
MAX_TEXT = 20_000
# Text may hold line breaks and tabs but no other control character: a stray
# carriage return or form feed would break Markdown tables and calendar lines.
TEXT_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2000)]
Domain = Annotated[str, StringConstraints(pattern=DOMAIN_PATTERN, max_length=250)]
Words = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=MAX_TEXT, strip_whitespace=False, pattern=TEXT_PATTERN
    ),
]


def check_partial_date(value: str) -> str:
    """A date written YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar."""
    parts = [int(part) for part in value.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    dt.date(year, month, day)  # raises ValueError for 2014-02-30
    return value


PartialDate = Annotated[
    str, StringConstraints(pattern=DATE_PATTERN), AfterValidator(check_partial_date)
]


def date_key(value: str) -> tuple[int, int, int]:
    """Sortable key of a partial date; missing parts sort first."""
    parts = [int(part) for part in value.split("-")]
    return tuple((parts + [0, 0])[:3])


def is_partial_date(value: str) -> bool:
    return bool(re.fullmatch(DATE_PATTERN, value))


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _pending_note(code: str) -> str:
    return f"`{code}: null` marks {named(code, article=True)} translation still pending."


# Reader-visible text: one field per language of plansite/i18n/, as data files write it
# (`vi: …`, `en: …`): the original's required, each translation's text or null. Built from
# the language files, so that a language is named there only; read it with
# plansite.language.pick(text, lang), never by a field's name.
Text = create_model(
    "Text",
    __base__=Record,
    __doc__=" ".join(["Reader-visible text.", *map(_pending_note, TRANSLATIONS)]),
    __module__=__name__,
    **{code: (Words if code == ORIGINAL else Words | None, ...) for code in LANGS},
)


class Certainty(StrEnum):
    plan = "plan"
    checked = "checked"
    unverified = "unverified"
    unknown = "unknown"
    differs = "differs"  # sources give different values: every one is shown with its source


# A source's language: one of the site's (its name is shown in every language).
Language = StrEnum("Language", {code: code for code in LANGS}, module=__name__)


class Source(Record):
    """A public source that checked facts cite (data/sources.yml)."""

    id: Id
    publisher: Words
    title: Words | None = None  # as the source shows it, in its own language; null if not shown
    date: PartialDate | None = None
    url: Url | None = None
    lang: Language


class Variant(Record):
    """One of the values that sources give for a field whose certainty is `differs`."""

    value: Words
    certainty: Certainty
    sources: list[Id] = Field(default_factory=list)


class DocumentType(StrEnum):
    hien_phap = "hien-phap"
    bo_luat = "bo-luat"
    luat = "luat"
    nghi_quyet_qh = "nghi-quyet-qh"
    nghi_quyet_dang = "nghi-quyet-dang"
    ket_luan = "ket-luan"
    thong_bao = "thong-bao"
    chuong_trinh = "chuong-trinh"
    ke_hoach = "ke-hoach"
    nghi_quyet_dai_hoi = "nghi-quyet-dai-hoi"
    cong_van = "cong-van"


class Organisation(Record):
    id: Id
    name: Text
    short: Text | None = None
    level: Id  # one of the plan's levels (data/plan.yml)
    parent: Id | None = None
    reports_to: list[Id] = Field(default_factory=list)
    reports_via: Id | None = None
    # Its life: null dates are unknown; a null successor means nobody is known to do its work.
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    successor: Id | None = None
    life_certainty: Certainty | None = None  # of start_date, end_date and successor
    life_sources: list[Id] = Field(default_factory=list)
    life_note: Text | None = None


class Task(Record):
    id: Id  # its plan anchor, of the shape data/plan.yml gives (task_ids)
    group: Id
    text: Text
    responsible: list[Id] = Field(min_length=1)
    supporting: list[Id] = Field(default_factory=list)
    documents: list[Id] = Field(default_factory=list)
    programmes: list[Id] = Field(default_factory=list)
    movements: list[Id] = Field(default_factory=list)
    aims: list[Id] = Field(default_factory=list)


class Relations(Record):
    implements: list[Id] = Field(default_factory=list)
    based_on: list[Id] = Field(default_factory=list)
    replaces: list[Id] = Field(default_factory=list)
    amends: list[Id] = Field(default_factory=list)


DOCUMENT_FIELDS_WITH_CERTAINTY = (
    "number",
    "title",
    "issuer",
    "signer",
    "issue_date",
    "effective_date",
)


class Document(Record):
    id: Id
    number: Words | None
    type: DocumentType
    title: Text
    issuer: Text | None
    signer: Text | None
    issue_date: PartialDate | None
    effective_date: PartialDate | None
    certainty: Certainty
    certainty_by_field: dict[str, Certainty] = Field(default_factory=dict)
    relations: Relations = Field(default_factory=Relations)
    mentions: list[Words] = Field(default_factory=list)
    sources: list[Id] = Field(default_factory=list)  # of every checked field
    sources_by_field: dict[str, list[Id]] = Field(default_factory=dict)
    variants: dict[str, list[Variant]] = Field(default_factory=dict)  # fields that differ
    source_note: Text | None = None  # what the plan says of it, or why a value is unverified
    summary: Text
    why_cited: Text
    notes: Text | None = None

    def certainty_of(self, field_name: str) -> Certainty:
        if getattr(self, field_name, None) is None:
            return Certainty.unknown
        return self.certainty_by_field.get(field_name, self.certainty)

    def sources_of(self, field_name: str) -> list[str]:
        """The sources of one field: its own list where it has one, else the document's."""
        return self.sources_by_field.get(field_name, self.sources)


class Period(Record):
    start: int = Field(ge=1900, le=2100)
    end: int = Field(ge=1900, le=2100)


class Programme(Record):
    id: Id
    title: Text
    period: Period
    document: Id
    summary: Text


class MovementKind(StrEnum):
    movement = "movement"
    campaign = "campaign"


class Movement(Record):
    id: Id
    kind: MovementKind
    name: Text
    note: Text | None = None


class Frequency(StrEnum):
    yearly = "yearly"
    monthly = "monthly"


class Timing(StrEnum):
    before = "before"
    on = "on"
    during_month = "during-month"


class Recurrence(Record):
    freq: Frequency
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    timing: Timing
    since: PartialDate


class EventKind(StrEnum):
    duty = "duty"
    change = "change"


class Event(Record):
    id: Id
    kind: EventKind = EventKind.duty
    title: Text
    description: Text
    organisations: list[Id] = Field(min_length=1)
    tasks: list[Id] = Field(default_factory=list)
    date: PartialDate | None = None
    recurrence: Recurrence | None = None
    certainty: Certainty = Certainty.plan
    sources: list[Id] = Field(default_factory=list)
    lessons: bool = False  # a yearly report for which the plan asks lessons drawn


class GlossaryEntry(Record):
    id: Id
    term: Words
    expansion: Text
    note: Text | None = None


class PlanLevel(Record):
    """One level of the organisations the plan addresses, and what the site does with it."""

    id: Id
    name: Text
    union: bool = False  # reached by a duty addressed to every level
    every_level: bool = False  # an organisation of this level stands for "every level"
    checklist: Id | None = None  # its checklist's address: /bang-kiem/<checklist>/
    column: Id | None = None  # the column of the task matrix that counts it


class MatrixColumn(Record):
    """A column of the task matrix (/nhiem-vu/): the levels naming it in `column`."""

    id: Id
    name: Text


class TaskIds(Record):
    """The shape of this plan's task ids, the anchors of its task paragraphs."""

    pattern: Words  # a regular expression a whole task id matches
    example: Id


class SectionNote(Record):
    """A note on the page of every task whose id starts with `section` and a hyphen."""

    section: Id
    text: Text


class Notice(Record):
    """The announcement above every page: a sentence and a link to a page of the site."""

    text: Text
    link: Annotated[str, StringConstraints(pattern=PAGE_PATTERN)]  # e.g. hien-trang/
    link_text: Text


class CalendarIdentity(Record):
    prodid: Words  # PRODID of every calendar file: "-//owner//product//language"
    uid_domain: Domain  # events' UIDs are <event id>@<uid_domain>


# Words that depend on the plan (its year, its programmes, its duties): a plan words them its
# own way in data/plan.yml (`wording`); the language files (plansite/i18n/) hold plan-neutral defaults.
PLAN_WORDS = (
    "programmes",
    "changes",
    "changes_intro",
    "org_duties_history",
    "dg_chain_desc",
    "calendar_note",
)


class PlanIdentity(Record):
    """What makes the site this plan's site (data/plan.yml); the generator names no plan."""

    name: Text  # the site's name
    description: Text  # the site's description (search engines, link previews)
    slug: Id  # the offline copy's folder and .zip, and the checklists' file names
    repository: Url | None = None  # for edit links; REPO_URL at build time takes precedence
    calendar: CalendarIdentity
    task_ids: TaskIds
    aims: Id | None = None  # the section whose paragraphs are the plan's aims, e.g. "i"
    levels: list[PlanLevel] = Field(min_length=1)
    columns: list[MatrixColumn] = Field(default_factory=list)
    section_notes: list[SectionNote] = Field(default_factory=list)
    notice: Notice | None = None  # the announcement bar above every page
    wording: dict[str, Text] = Field(default_factory=dict)  # PLAN_WORDS in its own words

    def level_name(self, level_id: str) -> Text:
        return next(level.name for level in self.levels if level.id == level_id)

    def levels_where(self, role: str) -> frozenset[str]:
        """The ids of the levels with `role` ("union" or "every_level") set."""
        return frozenset(level.id for level in self.levels if getattr(level, role))

    def checklist_slugs(self) -> dict[str, str]:
        """Level id -> its checklist's slug, for the levels that have one, in plan order."""
        return {level.id: level.checklist for level in self.levels if level.checklist}

    def task_id_matches(self, task_id: str) -> bool:
        return re.fullmatch(self.task_ids.pattern, task_id) is not None


class SiteSettings(Record):
    """Settings of a build (data/site.yml); what the plan is, is data/plan.yml."""

    status_as_of: PartialDate | None = None


KINDS: dict[str, type[Record]] = {
    "sources": Source,
    "organisations": Organisation,
    "tasks": Task,
    "documents": Document,
    "programmes": Programme,
    "movements": Movement,
    "events": Event,
    "glossary": GlossaryEntry,
}


def task_number(task_id: str) -> str:
    """ii-1-3 -> II.1.3"""
    roman, *rest = task_id.split("-")
    return ".".join([roman.upper(), *rest])
