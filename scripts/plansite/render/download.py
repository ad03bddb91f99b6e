"""Render stage: the offline copy's page (/tai-ve/): how to use it, and the .zip with its size.

The .zip exists only after `python -m plansite build` has built the offline site; before
that (and inside the offline copy itself, which cannot hold itself) the page says where
to get it.
"""

from __future__ import annotations

from plansite.archive import OfflineCopy
from plansite.crossref import Index
from plansite.language import date_text, number_text, suffix, t
from plansite.render.common import link, page


def size_text(size: int, lang: str) -> str:
    return f"{number_text(size / 1_000_000, 1, lang)} MB"


def render_download_page(index: Index, copy: OfflineCopy | None, lang: str) -> str:
    body = [f"# {t('offline', lang)} {{#tai-ve}}", "", t("offline_intro", lang), ""]
    if copy is None:
        body += [f"*{t('offline_missing', lang)}*", ""]
    else:
        as_of = date_text(index.as_of.isoformat(), lang)
        label = f"{t('offline_download', lang)} ({copy.name}, {size_text(copy.size, lang)})"
        body += [
            f'{link(label, copy.name)}{{download="{copy.name}" .md-button .md-button--primary}}',
            "",
            f"{t('offline_data_as_of', lang).capitalize()} {as_of}.",
            "",
        ]
    body += [f"## {t('offline_how', lang)} {{#cach-dung}}", ""]
    steps = ("download", "unzip", "open", "update")
    body += [f"{n}. {t(f'offline_step_{step}', lang)}" for n, step in enumerate(steps, 1)]
    body.append("")
    return page(
        t("offline", lang), t("offline_intro", lang), body, "python -m plansite build", lang
    )


def pages(index: Index, lang: str) -> dict[str, str]:
    """The offline copy's page (pagekinds: "offline"), linking index.offline if built."""
    return {f"index{suffix(lang)}.md": render_download_page(index, index.offline, lang)}


def offline_files(copy: OfflineCopy | None) -> dict[str, bytes]:
    """The offline copy's .zip beside its page, once for every language."""
    return {} if copy is None else {copy.name: copy.data}
