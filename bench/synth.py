"""Benchmark input: a throwaway copy of the project with its data multiplied N times.

The copy holds the real data plus N-1 synthetic provinces. Each synthetic
province is a full copy of the real plan's organisations, tasks, documents,
programmes and events, with ids suffixed `-pNNN`, every "Kon Tum" replaced by
another province's name (so the text is real Vietnamese and English), and
every reference pointing inside the same province, so `plansite check` passes.
The glossary and the emulation movements are national and stay shared.

Task ids must be anchors of the plan and the task texts must equal their
paragraphs word for word. So each province's plan is a part page of the plan,
docs/ke-hoach/pNNN/index.md (and .en.md): sections II and III of the real plan
(the task blocks and their group headings) with the same name replaced and the
anchors renumbered: group ii-3 of province 7 becomes ii-703 and its task ii-3-2
becomes ii-703-2 (the shape tasks ids must have). Synthetic documents keep no
`mentions`: a mention is searched in the whole plan, so N copies of the same
phrase would each match every province's paragraphs. The generator has no
notion of province, so an organisation of level `all-levels` addresses every
union level of the site; a province's copy of it gets level `province`
instead, or each province's "all levels" duties would reach every other
province's unions (N² calendar entries that a real multi-province site would
not have).

    python bench/synth.py TARGET N      # TARGET must not exist
"""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REAL_PROVINCE = "Kon Tum"
# Provinces of Viet Nam (before the 2025 merger), used round-robin as names.
PROVINCES = (
    "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Quảng Ngãi", "Bình Định", "Phú Yên",
    "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Quảng Nam", "Thừa Thiên Huế", "Quảng Trị",
    "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Ninh Bình", "Nam Định", "Thái Bình",
    "Hà Nam", "Hưng Yên", "Hải Dương", "Bắc Ninh", "Bắc Giang", "Quảng Ninh", "Lạng Sơn",
    "Cao Bằng", "Hà Giang", "Tuyên Quang", "Thái Nguyên", "Bắc Kạn", "Phú Thọ", "Vĩnh Phúc",
    "Yên Bái", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Hòa Bình", "Tây Ninh",
    "Bình Phước", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang",
    "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang",
    "Sóc Trăng", "Bạc Liêu", "Cà Mau",
)  # fmt: skip
SHARED = ("glossary", "movements")
PER_PROVINCE = ("organisations", "tasks", "documents", "programmes", "events")
TASK_ANCHOR = re.compile(r"\b(ii|iii)-(\d+)(-\d+)?\b")
HEADING_ANCHOR = re.compile(r"\{#([a-z0-9-]+)\}|\{: #([a-z0-9-]+) \}")
FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")


def copy_project(target: Path) -> Path:
    """The project's sources without generated folders (as tests/project.py copies them)."""
    from plansite.paths import GENERATED_DIRS

    ignore = shutil.ignore_patterns("__pycache__", *GENERATED_DIRS)
    for name in ("data", "docs", "content", "overrides", "scripts"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def province_name(k: int) -> str:
    name = PROVINCES[(k - 1) % len(PROVINCES)]
    rounds = (k - 1) // len(PROVINCES)
    return unicodedata.normalize("NFC", name if rounds == 0 else f"{name} {rounds + 1}")


def task_id(anchor: str, k: int) -> str:
    """ii-3-2 of province k -> ii-{100k+3}-2; group ii-3 -> ii-{100k+3}."""
    match = TASK_ANCHOR.fullmatch(anchor)
    section, group, rest = match.group(1), int(match.group(2)), match.group(3) or ""
    return f"{section}-{100 * k + group}{rest}"


class Province:
    """Maps the real records to one synthetic province's copies."""

    def __init__(self, k: int, data: dict[str, list[dict]]) -> None:
        self.k = k
        self.name = province_name(k)
        self.suffix = f"-p{k:03d}"
        self.own = {kind: {e["id"] for e in data[kind]} for kind in PER_PROVINCE}

    def text(self, value):
        """Every string inside `value` with the province's name in place of Kon Tum."""
        if isinstance(value, str):
            return value.replace(REAL_PROVINCE, self.name)
        if isinstance(value, list):
            return [self.text(v) for v in value]
        if isinstance(value, dict):
            return {key: self.text(v) for key, v in value.items()}
        return value

    def ref(self, kind: str, value: str) -> str:
        if kind == "tasks":
            return task_id(value, self.k)
        return value + self.suffix if value in self.own[kind] else value

    def refs(self, kind: str, values: list[str]) -> list[str]:
        return [self.ref(kind, v) for v in values]

    def organisation(self, org: dict) -> dict:
        new = self.text(org)
        new["id"] = self.ref("organisations", org["id"])
        if org["level"] == "all-levels":
            new["level"] = "province"
        for key in ("parent", "reports_via", "successor"):
            if org.get(key):
                new[key] = self.ref("organisations", org[key])
        if "reports_to" in org:
            new["reports_to"] = self.refs("organisations", org["reports_to"])
        return new

    def task(self, task: dict) -> dict:
        new = self.text(task)
        new["id"] = task_id(task["id"], self.k)
        new["group"] = task_id(task["group"], self.k)
        for key in ("responsible", "supporting"):
            new[key] = self.refs("organisations", task.get(key, []))
        for key in ("documents", "programmes"):
            new[key] = self.refs(key, task.get(key, []))
        return new

    def document(self, doc: dict) -> dict:
        new = self.text(doc)
        new["id"] = self.ref("documents", doc["id"])
        new["mentions"] = []
        relations = doc.get("relations") or {}
        new["relations"] = {key: self.refs("documents", ids) for key, ids in relations.items()}
        return new

    def programme(self, programme: dict) -> dict:
        new = self.text(programme)
        new["id"] = self.ref("programmes", programme["id"])
        new["document"] = self.ref("documents", programme["document"])
        return new

    def event(self, event: dict) -> dict:
        new = self.text(event)
        new["id"] = self.ref("events", event["id"])
        new["organisations"] = self.refs("organisations", event["organisations"])
        new["tasks"] = self.refs("tasks", event.get("tasks", []))
        return new

    def plan_sections(self, sections: str, lang: str) -> str:
        """Sections II and III of the plan, renamed and renumbered for this province."""

        def anchor(match: re.Match) -> str:
            old = match.group(1) or match.group(2)
            new = task_id(old, self.k) if TASK_ANCHOR.fullmatch(old) else old + self.suffix
            return match.group(0).replace(old, new)

        body = HEADING_ANCHOR.sub(anchor, FOOTNOTE_REF.sub("", self.text(sections)))
        title = "Dữ liệu thử hiệu năng" if lang == "vi" else "Benchmark data"
        return f"\n# {self.name} ({title}) {{#tinh{self.suffix}}}\n\n{body}\n"


def task_sections(plan: str) -> str:
    """The plan text from the heading of section II to the last task block of section III."""
    lines = plan.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## II."))
    end = max(i for i, line in enumerate(lines) if re.search(r"\{: #iii-\d+-\d+ \}", line))
    return "\n".join(lines[start : end + 1])


def dump(path: Path, entries: list[dict]) -> None:
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10**6)
    path.write_text(text, encoding="utf-8")


def multiply(project: Path, factor: int) -> dict[str, int]:
    """Add factor-1 synthetic provinces (data and plan part pages); return counts."""
    data_dir = project / "data"
    data = {
        kind: yaml.safe_load((data_dir / f"{kind}.yml").read_text(encoding="utf-8"))
        for kind in (*PER_PROVINCE, *SHARED)
    }
    plan = project / "docs" / "ke-hoach"
    sections = {
        lang: task_sections((plan / f"index{sfx}.md").read_text(encoding="utf-8"))
        for lang, sfx in (("vi", ""), ("en", ".en"))
    }
    out = {kind: list(entries) for kind, entries in data.items()}
    for k in range(1, factor):
        province = Province(k, data)
        for kind, convert in (
            ("organisations", province.organisation),
            ("tasks", province.task),
            ("documents", province.document),
            ("programmes", province.programme),
            ("events", province.event),
        ):
            out[kind].extend(convert(entry) for entry in data[kind])
        part = plan / f"p{k:03d}"
        part.mkdir()
        for lang, sfx in (("vi", ""), ("en", ".en")):
            text = province.plan_sections(sections[lang], lang)
            (part / f"index{sfx}.md").write_text(text.lstrip("\n"), encoding="utf-8")
    if factor > 1:
        for kind in PER_PROVINCE:
            dump(data_dir / f"{kind}.yml", out[kind])
    return {kind: len(entries) for kind, entries in out.items()}


def make_project(target: Path, factor: int) -> dict[str, int]:
    copy_project(target)
    return multiply(target, factor)


def main(argv: list[str]) -> int:
    target, factor = Path(argv[0]), int(argv[1])
    counts = make_project(target, factor)
    print(f"{target}: ×{factor}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
