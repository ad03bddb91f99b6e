"""Tests of authored prose joined with generated cards (plansite.prose, plansite.render.authored):
its rules and fallback, on copies of the project. The real teaching pages:
content/test_teaching_pages.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plansite.generate import check, generate, render_all
from plansite.language import t
from plansite.paths import Paths
from plansite.problems import DataErrors
from tests.project import copy_project

NQ20 = "content/van-ban/nq-20-nq-tw-2008.md"


@pytest.fixture()
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def _errors(project: Path) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        check(Paths(project))
    return [problem.format() for problem in raised.value.problems]


def _write(project: Path, name: str, text: str) -> None:
    path = project / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_card_without_authored_text_is_unchanged(project):
    before = render_all(check(Paths(project)).index)["van-ban/bo-luat-lao-dong-2019.md"]
    _write(project, "van-ban/bo-luat-lao-dong-2019.md", "## Thêm {#them}\n\nMột đoạn.\n")
    after = render_all(check(Paths(project)).index)["van-ban/bo-luat-lao-dong-2019.md"]
    assert "{#them}" in after and "{#them}" not in before
    assert after.replace("## Thêm {#them}\n\nMột đoạn.\n\n", "").replace(
        "content/van-ban/bo-luat-lao-dong-2019.md", "data/documents.yml"
    ) == before.replace("data/documents.yml (bo-luat-lao-dong-2019)", "data/documents.yml")


# --- fallback ----------------------------------------------------------------------------------


def test_a_missing_english_file_falls_back_and_is_counted(project):
    baseline = len(check(Paths(project)).warnings)
    (project / "content" / "van-ban" / "kl-79-kl-tw-2013.en.md").unlink()
    result = check(Paths(project))
    assert len(result.warnings) == baseline + 1
    warning = [
        w.format() for w in result.warnings if w.file == "content/van-ban/kl-79-kl-tw-2013.md"
    ]
    assert warning == [
        "content/van-ban/kl-79-kl-tw-2013.md:1:1: warning: English translation pending: "
        "no content/van-ban/kl-79-kl-tw-2013.en.md; the English page shows the Vietnamese text"
    ]
    generate(Paths(project))
    english = (project / "docs" / "van-ban" / "kl-79-kl-tw-2013.en.md").read_text(encoding="utf-8")
    assert t("translation_pending", "en") in english
    assert "### Kết luận nói gì {#yeu-cau .summary}" in english
    # The English card around it stays English.
    assert "## Details" in english or "{#thong-tin}" in english
    # The command line counts it with the other pending translations.
    run = subprocess.run(
        [sys.executable, "-m", "plansite", "check"], cwd=project, capture_output=True, text=True
    )
    assert run.returncode == 0
    assert f"{baseline + 1} warning(s): English translation pending" in run.stderr


# --- one invalid file per rule, with its message -----------------------------------------------

RULES = [
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## Bài học {#bai-hoc}\n\n## Tóm tắt khác {#tom-tat}\n",
        f"{NQ20}:3:18: error: anchor '#tom-tat' is already used by the generated card of this "
        "page (data/documents.yml, nq-20-nq-tw-2008); choose another id",
    ),
    (
        "chuong-trinh/thoa-uoc-2013-2018.md",
        "Đoạn mở.\n{: #nhiem-vu }\n",
        "content/chuong-trinh/thoa-uoc-2013-2018.md:2:4: error: anchor '#nhiem-vu' is already used "
        "by the generated card of this page (data/programmes.yml, thoa-uoc-2013-2018); choose another id",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        '## A {#a}\n\n<p id="nguon-x">x</p>\n',
        f"{NQ20}:3:4: error: anchor '#nguon-x' is already used by the generated card of this page "
        "(data/documents.yml, nq-20-nq-tw-2008); choose another id",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## A {#a}\n\n## B {#a}\n",
        f"{NQ20}:3:7: error: anchor '#a' is used twice in this file; make it unique",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "# Tiêu đề {#tieu-de-moi}\n",
        f"{NQ20}:1:1: error: a level-1 heading; the card gives the page its title, so start at ##",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## Không có mã\n",
        f"{NQ20}:1:15: error: a heading without an id; end it with {{#id}} (ASCII, the same id in "
        "both languages)",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## A {#a}\n\nMột ý. [@s999]\n",
        f"{NQ20}:3:9: error: unknown source '@s999'; add it to data/sources.yml; did you mean 's9'?",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## A {#a}\n\n{{ plan: ii-9-9 }}\n",
        f"{NQ20}:3:1: error: no paragraph '#ii-9-9' in the plan; did you mean 'ii-5-3'?",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## A {#a}\n\nNgày: {{ ngay }}\n",
        f"{NQ20}:3:7: error: unknown field '{{{{ ngay }}}}'; use {{{{ name }}}} with one of: number, "
        "title, issuer, signer, issue_date, effective_date (or {{ plan: anchor }} alone on a line)",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## A {#a}\n\nMột ý. [sure @s1]\n",
        f"{NQ20}:3:9: error: unknown certainty 'sure' in a citation; use one of: checked, differs, "
        "plan, unknown, unverified",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.md",
        "## Yêu cầu {#yeu-cau .summary}\n\n- Ý có nguồn. [@s1]\n- Ý không có nguồn,\n  hai dòng.\n",
        f"{NQ20}:4:1: error: a point of the editors' summary cites no source; add [@id] (a source "
        "of data/sources.yml) or [@ke-hoach#anchor]",
    ),
    (
        "van-ban/khong-co.md",
        "## A {#a}\n",
        "content/van-ban/khong-co.md:1:1: error: no document 'khong-co' in data/documents.yml to join "
        "this text to; name the file after its id",
    ),
    (
        "van-ban/nq-20-nq-tw-2008.fr.md",
        "## A {#a}\n",
        "content/van-ban/nq-20-nq-tw-2008.fr.md:1:1: error: unknown language '.fr'; name it "
        "nq-20-nq-tw-2008.md or nq-20-nq-tw-2008.en.md",
    ),
]


@pytest.mark.parametrize(("name", "text", "message"), RULES)
def test_each_rule_reports_file_line_col(project, name, text, message):
    _write(project, name, text)
    errors = _errors(project)
    assert message in errors, errors


def test_an_english_file_needs_its_vietnamese_one(project):
    _write(project, "chuong-trinh/can-bo-cong-doan-2013-2018.en.md", "## A {#a}\n")
    (project / "content" / "chuong-trinh" / "can-bo-cong-doan-2013-2018.md").unlink(missing_ok=True)
    errors = _errors(project)
    assert (
        "content/chuong-trinh/can-bo-cong-doan-2013-2018.en.md:1:1: error: an English text without "
        "its Vietnamese one; add content/chuong-trinh/can-bo-cong-doan-2013-2018.md" in errors
    )


def test_heading_ids_must_match_between_languages(project):
    _write(project, "van-ban/nq-20-nq-tw-2008.md", "## A {#a}\n\n## B {#b}\n")
    _write(project, "van-ban/nq-20-nq-tw-2008.en.md", "## A {#a}\n\n## B {#c}\n")
    assert _errors(project) == [
        "content/van-ban/nq-20-nq-tw-2008.en.md:1:1: error: heading ids differ from "
        f"{NQ20}: a c instead of a b; use the same ids in the same order in both languages"
    ]


def test_a_clash_stops_the_build_and_keeps_the_old_site(project):
    _write(project, "van-ban/nq-20-nq-tw-2008.md", "## Quan hệ khác {#quan-he}\n")
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "plansite", "build", "--no-offline"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert (
        f"{NQ20}:1:18: error: anchor '#quan-he' is already used by the generated card" in run.stderr
    )
    assert "Traceback" not in run.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "old"
