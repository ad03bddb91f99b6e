"""`make zensical-trial`: build the real site with Zensical and write down what works.

Zensical (by Material's authors) reads mkdocs.yml and overrides/ and runs our Markdown
extensions, but ignores `hooks:` and plugins and builds one language per configuration. So
this trial, from the project root:

1. generates the pages (`plansite.generate`, what the hook would have run);
2. lays out one docs folder per language (hard links: Vietnamese without the `.en.` files,
   English with them in place of the Vietnamese, which fill in where there is no
   translation, as mkdocs-static-i18n does) and one configuration per language, written
   from mkdocs.yml (plugins and hooks left out, the language switch as `extra.alternate`);
3. builds both with `zensical build --strict` (Vietnamese at the root, English under en/),
   then runs plansite.finish over the output, as the hook does after MkDocs;
4. times the same site's MkDocs build (`plansite build --no-offline`);
5. checks the output page by page and writes engines/results/zensical.md.

Zensical runs from its own virtual environment (.venv-zensical, requirements/zensical.lock),
whose versions differ from the site's; work goes to .zensical/ (gitignored).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from plansite.finish import finish_site  # noqa: E402
from plansite.generate import generate  # noqa: E402
from plansite.language import LANGS, LANGUAGES, menu_titles  # noqa: E402
from plansite.paths import Paths  # noqa: E402
from plansite.sitebuild import template_words  # noqa: E402

WORK = ROOT / ".zensical"
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"
RESULTS = ROOT / "engines" / "results" / "zensical.md"


class PythonName(str):
    """A `!!python/name:` value of mkdocs.yml, written back as it was."""


def _loader() -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):
        pass

    def env(loader, node):  # !ENV [NAME, default]: the value MkDocs would take now
        names = loader.construct_sequence(node)
        return next((os.environ[n] for n in names[:-1] if n in os.environ), names[-1])

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor(
        "tag:yaml.org,2002:python/name:", lambda loader, suffix, node: PythonName(suffix)
    )
    return Loader


def _dumper() -> type[yaml.SafeDumper]:
    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(
        PythonName,
        lambda dumper, value: dumper.represent_scalar(f"tag:yaml.org,2002:python/name:{value}", ""),
    )
    return Dumper


def _translated(nav: list, translations: dict[str, str]) -> list:
    return [
        {translations.get(title, title): target for title, target in item.items()} for item in nav
    ]


def configurations() -> dict[str, Path]:
    """One Zensical configuration per language, from mkdocs.yml."""
    base = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_loader())
    site_url = base["site_url"].rstrip("/") + "/"
    # The site's name and description are the plan's (data/plan.yml), as the hook sets them.
    plan = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))
    out = {}
    for lang in LANGS:
        config = {
            k: v for k, v in base.items() if k not in ("plugins", "hooks", "watch", "validation")
        }
        # Relative to the configuration (absolute folders make Zensical 0.0.73 panic).
        config["docs_dir"] = f"docs-{lang}"
        config["site_dir"] = "site" if lang == "vi" else f"site/{lang}"
        config["theme"] = {**base["theme"], "language": lang, "custom_dir": "../overrides"}
        config["extra"] = {
            **base["extra"],
            "words": template_words(lang),
            "alternate": [
                {
                    "name": LANGUAGES[code].own_name,
                    "link": "/" if code == "vi" else f"/{code}/",
                    "lang": code,
                }
                for code in LANGS
            ],
        }
        config["site_name"] = plan["name"].get(lang) or plan["name"]["vi"]
        config["site_description"] = plan["description"].get(lang) or plan["description"]["vi"]
        if plan.get("repository") and not config.get("repo_url"):
            config["repo_url"] = plan["repository"]
        if lang != "vi":
            config["site_url"] = f"{site_url}{lang}/"
            config["nav"] = _translated(base["nav"], menu_titles(lang))
        path = WORK / f"{lang}.yml"
        path.write_text(
            yaml.dump(config, Dumper=_dumper(), allow_unicode=True, sort_keys=False), "utf-8"
        )
        out[lang] = path
    return out


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def lay_out_docs() -> None:
    """docs-vi/ and docs-en/: each language's files under the names its site serves."""
    docs = ROOT / "docs"
    files = [p for p in sorted(docs.rglob("*")) if p.is_file()]
    translated = set()
    for path in files:
        parts = path.name.split(".")
        if len(parts) >= 3 and parts[-2] == "en":
            plain = path.with_name(".".join(parts[:-2] + parts[-1:]))
            translated.add(plain)
            _link(path, WORK / "docs-en" / plain.relative_to(docs))
    for path in files:
        parts = path.name.split(".")
        if len(parts) >= 3 and parts[-2] == "en":
            continue
        _link(path, WORK / "docs-vi" / path.relative_to(docs))
        if path not in translated:
            _link(path, WORK / "docs-en" / path.relative_to(docs))


def zensical(config: Path, strict: bool = True) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "scripts"), NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    run = subprocess.run(
        [str(ZENSICAL), "build", "--clean", *(["--strict"] if strict else []), "-f", str(config)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return time.perf_counter() - started, run


def mkdocs_build() -> tuple[float, Path]:
    """The same site with MkDocs, as `make build` makes it without the offline copy."""
    target = WORK / "mkdocs-site"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "plansite", "build", "--no-offline", "--site-dir", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return time.perf_counter() - started, target


def strictness_probe(config: Path) -> tuple[int, str]:
    """Zensical --strict on the Vietnamese site plus one page with a broken link and anchor
    (built into a folder of its own: Zensical cleans its site folder)."""
    probe = WORK / "docs-vi" / "probe-broken-link.md"
    text = config.read_text(encoding="utf-8").replace("site_dir: site\n", "site_dir: probe-site\n")
    config = config.with_name("probe.yml")
    config.write_text(text, encoding="utf-8")
    probe.write_text(
        "# Probe\n\n[a page](no-such-page.md) and [an anchor](ke-hoach/index.md#no-such-anchor)\n",
        encoding="utf-8",
    )
    try:
        _, run = zensical(config)
    finally:
        probe.unlink()
    text = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout + run.stderr)
    pattern = r"(probe-broken-link\.md:\d+:\d+)|(\d+ issues? found)|(\w[\w ]* does not exist)"
    return run.returncode, ", ".join("".join(parts) for parts in re.findall(pattern, text))


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def page_checks(site: Path) -> dict[str, bool]:
    """Per-page features on a task page and the plan, in both languages."""
    task, task_en = _html(site, "nhiem-vu/ii-1-3"), _html(site, "en/nhiem-vu/ii-1-3")
    plan_en = _html(site, "en/ke-hoach")
    return {
        "edit link to the data file (task page)": "/edit/main/data/tasks.yml" in task,
        "last-updated date (task page)": '<time datetime="' in task,
        "printed QR code": 'class="print-qr"' in task and 'class="print-qr"' in task_en,
        "link preview (og:title, og:description)": 'content="plansite:' not in task
        and '<meta property="og:description" content="' in task,
        "glossary tooltips (Markdown extension)": "<abbr " in plan_en,
        "plan anchors (attr_list, our slugify)": 'id="ii-1-3"' in _html(site, "ke-hoach"),
        "English page in English": 'lang="en"' in plan_en and "The plan" in plan_en,
        "language selector goes to the same page in English (as with MkDocs)": bool(
            re.search(r'href="[^"]*en/ke-hoach/" hreflang="en"', _html(site, "ke-hoach"))
        ),
        "language selector goes to the English site at all": 'hreflang="en" class="md-select__link"'
        in _html(site, "ke-hoach"),
        "no marker left": not any(
            "plansite:" in p.read_text(encoding="utf-8") for p in site.rglob("*.html")
        ),
    }


def search_in_browser(site: Path) -> dict[str, str]:
    """Type a query into the search box of a Vietnamese and an English page (Debian's
    Chromium through Playwright, the site served on loopback); what comes back."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    found = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            for start, query in (
                ("ke-hoach/", "cong doan co so"),
                ("en/ke-hoach/", "grassroots union"),
            ):
                errors.clear()
                page.goto(f"{base}/{start}")
                page.wait_for_load_state("load")
                on_load = list(errors)
                page.click("input[name=query]")
                page.keyboard.type(query)
                try:
                    page.wait_for_selector(".md-search-result__item", timeout=8000)
                    time.sleep(1)
                    hrefs = page.eval_on_selector_all(
                        ".md-search-result__item > a:first-child",
                        "els => els.map(a => a.getAttribute('href'))",
                    )
                    found[f"/{start} {query!r}"] = f"{len(hrefs)} results, first {hrefs[:2]}"
                except Exception:  # noqa: BLE001 - no result is the finding
                    meta = (
                        page.inner_text(".md-search-result__meta")
                        if page.query_selector(".md-search-result__meta")
                        else ""
                    )
                    found[f"/{start} {query!r}"] = (
                        f"no results (the box says {meta.strip()[:60]!r}; script errors on loading "
                        f"the page: {on_load[:1]}, after typing: {errors[len(on_load) :][:1]})"
                    )
            browser.close()
    finally:
        server.shutdown()
    return found


def main() -> int:
    if not ZENSICAL.is_file():
        print(
            f"{ZENSICAL} is missing: run `make zensical-trial`, which installs it", file=sys.stderr
        )
        return 1
    version = subprocess.run(
        [str(ZENSICAL), "--version"], capture_output=True, text=True
    ).stdout.strip()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    mkdocs_seconds, mkdocs_site = mkdocs_build()

    started = time.perf_counter()
    generate(Paths(ROOT))
    generated = time.perf_counter() - started
    lay_out_docs()
    configs = configurations()
    builds = {lang: zensical(configs[lang]) for lang in LANGS}
    for lang, (_, run) in builds.items():
        if run.returncode:
            print(
                f"zensical build ({lang}) failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}",
                file=sys.stderr,
            )
            return 1
    started = time.perf_counter()
    finished = finish_site(WORK / "site", ROOT)
    finishing = time.perf_counter() - started
    zensical_seconds = generated + sum(seconds for seconds, _ in builds.values()) + finishing

    ours = {p.relative_to(WORK / "site").as_posix() for p in (WORK / "site").rglob("*.html")}
    theirs = {p.relative_to(mkdocs_site).as_posix() for p in mkdocs_site.rglob("*.html")}
    checks = page_checks(WORK / "site")
    search = search_in_browser(WORK / "site")
    strict_code, strict_lines = strictness_probe(configs["vi"])
    warnings = {
        lang: re.findall(r"(?m)^.*(?:warning|Warning|WARNING).*$", run.stdout + run.stderr)
        for lang, (_, run) in builds.items()
    }

    lines = [
        f"# Zensical trial ({version}), {time.strftime('%Y-%m-%d')}",
        "",
        'Made by `make zensical-trial` (engines/zensical_trial.py); see the README, "Engines".',
        "",
        "| | seconds |",
        "|---|---|",
        f"| MkDocs: `plansite build --no-offline` (generate + both languages + finish) | {mkdocs_seconds:.1f} |",
        f"| Zensical: generate + both languages + finish, total | {zensical_seconds:.1f} |",
        f"| … generate | {generated:.1f} |",
        *(f"| … `zensical build --strict` ({lang}) | {builds[lang][0]:.1f} |" for lang in LANGS),
        f"| … plansite.finish ({finished} pages) | {finishing:.1f} |",
        "",
        f"Pages: {len(ours)} HTML files from Zensical, {len(theirs)} from MkDocs; "
        f"only from MkDocs: {sorted(theirs - ours)[:10] or 'none'}; only from Zensical: {sorted(ours - theirs)[:10] or 'none'}.",
        "",
        "| feature | works |",
        "|---|---|",
        *(f"| {name} | {'yes' if ok else 'NO'} |" for name, ok in checks.items()),
        "",
        "Search, typed into the search box in Chromium:",
        "",
        *(f"- {where}: {what}" for where, what in search.items()),
        "",
        f"Strictness: `zensical build --strict` of the Vietnamese site plus a page linking to a missing "
        f"page and a missing anchor exits {strict_code} "
        f"({'the build fails' if strict_code else 'passes: broken links are not caught'}); "
        f"it reports: {strict_lines or 'nothing about them'}.",
        "",
        f"Warnings printed by the two builds: {sum(len(w) for w in warnings.values())}.",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
