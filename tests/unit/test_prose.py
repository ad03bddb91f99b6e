"""Tests of authored prose joined with generated cards (plansite.prose, plansite.render.authored)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plansite.generate import check, generate, render_all
from plansite.language import t
from plansite.paths import Paths
from plansite.problems import DataErrors
from tests.project import ROOT, copy_project

# The pages issue 19 asks for: (folder, id).
TEACHING_PAGES = (
    ("van-ban", "nq-20-nq-tw-2008"),
    ("van-ban", "kl-79-kl-tw-2013"),
    ("chuong-trinh", "thoa-uoc-2013-2018"),
    ("chuong-trinh", "phat-trien-doan-vien-2013-2018"),
    ("chuong-trinh", "can-bo-cong-doan-2013-2018"),
)
NQ20 = "content/van-ban/nq-20-nq-tw-2008.md"


@pytest.fixture(scope="module")
def real():
    result = check(Paths(ROOT))
    return result, render_all(result.index)


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


# --- the real pages --------------------------------------------------------------------------


@pytest.mark.parametrize(("folder", "item_id"), TEACHING_PAGES)
def test_teaching_page_joins_its_card_in_both_languages(real, folder, item_id):
    result, files = real
    for lang, sfx in (("vi", ""), ("en", ".en")):
        page = files[f"{folder}/{item_id}{sfx}.md"]
        prose = "\n".join(result.index.authored[(folder, item_id, lang)].lines)
        assert not result.index.authored[(folder, item_id, lang)].fallback
        # Each authored heading appears on the card's page, with the card's own title above.
        for heading in re.findall(r"^##+ (.*)$", prose, flags=re.MULTILINE):
            assert heading in page, (folder, item_id, lang, heading)
        assert page.index(
            "{#chuong-trinh}" if folder == "chuong-trinh" else "{#van-ban}"
        ) < page.index("{#bai-hoc}")
        # Its edit link and date follow the authored file.
        assert f'data_source: "content/{folder}/{item_id}{sfx}.md"' in page
        # The study questions, the verbatim plan quotes and the sources are there.
        assert "{#cau-hoi}" in page and "{#tu-2014}" in page and "{#thuc-hien}" in page
        assert t("quote_source", lang) in page
        assert '<sup class="cite">' in page and "{#nguon}" in page


def test_plan_quotes_are_verbatim(real):
    result, files = real
    plans = result.index.data.plans
    for folder, item_id in TEACHING_PAGES:
        for lang, sfx in (("vi", ""), ("en", ".en")):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            prose = "\n".join(result.index.authored[(folder, item_id, lang)].lines)
            anchors = re.findall(r"\{\{ *plan *: *([^} ]+) *\}\}", prose)
            assert anchors, (folder, item_id)
            for anchor in anchors:
                text = (plans[lang].footnotes if anchor.startswith("fn:") else plans[lang].blocks)[
                    anchor
                ]
                quoted = re.search(
                    rf"^> (.*)\n>\n> — .*\(\.\./ke-hoach/index\.md#{re.escape(anchor)}\)",
                    page,
                    re.MULTILINE,
                )
                assert quoted, (folder, item_id, lang, anchor)
                unescaped = re.sub(r"\\(.)", r"\1", quoted.group(1)).replace("&amp;", "&")
                assert unescaped == text


def test_every_summary_point_on_the_teaching_pages_cites_a_source(real):
    _, files = real
    for folder, item_id in TEACHING_PAGES:
        for sfx in ("", ".en"):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            section = re.search(r"\{#yeu-cau \.summary\}\n(.*?)\n###", page, re.DOTALL)
            assert section, (folder, item_id, sfx)
            points = re.findall(r"^- (.*(?:\n  .*)*)", section.group(1), re.MULTILINE)
            assert len(points) >= 2, (folder, item_id, sfx)
            for point in points:
                assert re.search(
                    r'<sup class="cite">\[(\\\[\d+\\\]\]\(#nguon-[a-z0-9]+\)|[^]]+\]\(\.\./ke-hoach/)',
                    point,
                ), point
            # The summary is marked as the editors' words.
            assert t("authored_summary_note", "en" if sfx else "vi") in section.group(1)


def test_every_cited_source_is_listed_with_its_address(real):
    result, files = real
    for folder, item_id in TEACHING_PAGES:
        for sfx in ("", ".en"):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            for source_id in set(re.findall(r"\]\(#nguon-([a-z0-9]+)\)", page)):
                assert f'<span id="nguon-{source_id}"></span>' in page
                url = result.index.sources[source_id].url
                assert url is None or url.replace("(", "%28").replace(")", "%29") in page


def test_the_json_export_carries_the_authored_text(real):
    result, files = real
    data = json.loads(files["du-lieu/ke-hoach.json"])
    texts = {(entry["page"], entry["lang"]): entry for entry in data["authored"]}
    entry = texts[("van-ban/nq-20-nq-tw-2008", "vi")]
    assert entry["file"] == NQ20
    assert entry["markdown"] == (ROOT / NQ20).read_text(encoding="utf-8")
    assert "s1" in entry["sources"] and not entry["fallback"]
    assert {page for page, _ in texts} >= {f"{f}/{i}" for f, i in TEACHING_PAGES}


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
