"""Render stage: a card per document (/van-ban/<id>/) and the document index."""

from __future__ import annotations

from urllib.parse import quote

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams import relations
from plansite.language import ORIGINAL, date_text, pick, suffix, t
from plansite.pagekinds import folder, href, page_size
from plansite.render import authored, paging
from plansite.render.common import esc, json_ld, link, page, plan_link
from plansite.render.sources import Citations, source_link, variant_origin
from plansite.render.tasks import doc_link, task_link
from plansite.status import Status

STATUS_ADMONITION = {
    Status.in_force: "success",
    Status.amended: "info",
    Status.superseded: "warning",
    Status.ended: "info",
    Status.pending: "info",
    Status.no_known_change: "note",
    Status.unknown: "note",
}
LEGAL_FORCE = {
    Status.in_force: "InForce",
    Status.amended: "InForce",
    Status.superseded: "NotInForce",
    Status.ended: "NotInForce",
    Status.pending: "NotInForce",
}
VBPL_SEARCH = "https://vbpl.vn/pages/vbpq-timkiem.aspx?Keyword="


def type_name(kind: m.DocumentType, lang: str) -> str:
    return t(f"doctype_{kind.value}", lang)


def doc_heading(doc: m.Document, lang: str) -> str:
    title = pick(doc.title, lang)
    return f"{doc.number} — {title}" if doc.number else title


def certainty_badge(certainty: m.Certainty, lang: str) -> str:
    return f'<span class="certainty certainty-{certainty.value}">{t("certainty_" + certainty.value, lang)}</span>'


def status_text(index: Index, doc_id: str, lang: str) -> str:
    status = index.status[doc_id]
    return t(f"status_{status.status.value}", lang)


def _variants(doc: m.Document, field_name: str, cite: Citations, lang: str) -> str:
    """Every value the sources give for a field they differ on, each with its source."""
    shown = []
    for variant in doc.variants[field_name]:
        value = variant.value
        value = date_text(value, lang) if m.is_partial_date(value) else esc(value)
        origin = variant_origin(variant, lang, lambda s: source_link(cite.index.sources[s]))
        if variant.sources:
            origin += " " + cite.marks(variant.sources)
        shown.append(f"{value} ({origin})")
    return "; ".join(shown)


def _metadata(doc: m.Document, cite: Citations, lang: str) -> list[str]:
    rows = [
        ("number", esc(doc.number) if doc.number else t("unknown_value", lang)),
        ("type", type_name(doc.type, lang)),
        ("title", esc(pick(doc.title, lang))),
        ("issuer", esc(pick(doc.issuer, lang))),
        ("signer", esc(pick(doc.signer, lang))),
        ("issue_date", date_text(doc.issue_date, lang)),
        ("effective_date", date_text(doc.effective_date, lang)),
    ]
    out = [f"| {t('field', lang)} | {t('value', lang)} | {t('certainty', lang)} |", "|---|---|---|"]
    for key, value in rows:
        certainty = doc.certainty if key == "type" else doc.certainty_of(key)
        sure = certainty_badge(certainty, lang)
        if certainty == m.Certainty.differs:
            value = _variants(doc, key, cite, lang)
        elif certainty == m.Certainty.checked:
            sure += " " + cite.marks(doc.sources if key == "type" else doc.sources_of(key))
        out.append(f"| {t(key, lang)} | {value} | {sure} |")
    return [*out, ""]


def _sources(doc: m.Document, cite: Citations, lang: str) -> list[str]:
    lines = [f"## {t('sources', lang)} {{#nguon}}", ""]
    if doc.source_note:
        lines += [esc(pick(doc.source_note, lang)), ""]
    listed = cite.listing()
    if listed:
        lines += [t("sources_intro", lang), "", *listed, ""]
    return lines if len(lines) > 2 else []


def _status_block(index: Index, doc: m.Document, lang: str) -> list[str]:
    status = index.status[doc.id]
    as_of = date_text(index.as_of.isoformat(), lang)
    title = f"{t('status', lang)}: {t('status_' + status.status.value, lang)} ({t('status_as_of', lang)} {as_of})"
    lines = [f'!!! {STATUS_ADMONITION[status.status]} "{title}"', ""]
    if status.status == Status.superseded:
        successors = ", ".join(doc_link(index, s, lang) for s in status.by)
        lines.append(
            f"    {t('superseded_banner', lang)} {successors} ({date_text(status.since, lang)})."
        )
    elif status.status == Status.ended:
        programmes = ", ".join(
            link(esc(pick(index.programmes[p].title, lang)), href("programmes", p))
            for p in status.by
        )
        lines.append(f"    {t('ended_banner', lang)} {status.since}: {programmes}.")
    elif status.status == Status.amended:
        amenders = "; ".join(
            f"{doc_link(index, a, lang)} ({t('from_date', lang)} "
            f"{date_text(index.docs[a].effective_date or index.docs[a].issue_date, lang)})"
            for a in status.by
        )
        lines.append(f"    {t('amended_banner', lang)} {amenders}.")
    else:
        lines.append(f"    {t('status_' + status.status.value, lang)}.")
    return [*lines, ""]


def _relations(index: Index, doc: m.Document, lang: str) -> list[str]:
    pairs = [
        ("implements", doc.relations.implements),
        ("implemented_by", index.reverse_relations["implements"].get(doc.id, [])),
        ("based_on", doc.relations.based_on),
        ("basis_for", index.reverse_relations["based_on"].get(doc.id, [])),
        ("replaces", doc.relations.replaces),
        ("replaced_by", index.replaced_by(doc.id)),
        ("amends", doc.relations.amends),
        ("amended_by", index.amended_by(doc.id)),
    ]
    lines = []
    for key, ids in pairs:
        if ids:
            lines.append(f"- {t(key, lang)}: " + "; ".join(doc_link(index, d, lang) for d in ids))
    if not lines:
        return []
    figure = relations.card_figure(index, doc, lang)
    return [f"## {t('relations', lang)} {{#quan-he}}", "", figure, "", *lines, ""]


def _cited_by(index: Index, doc: m.Document, lang: str) -> list[str]:
    anchors = index.plan_mentions.get(doc.id, [])
    tasks = index.tasks_by_document.get(doc.id, [])
    if not anchors and not tasks:
        return []
    lines = [f"## {t('cited_by', lang)} {{#duoc-nhac-den}}", ""]
    if anchors:
        plan_links = ", ".join(plan_link(index, a) for a in anchors)
        lines.append(f"- {t('cited_in_plan', lang)}: {plan_links}")
    if tasks:
        lines.append(
            f"- {t('cited_in_tasks', lang)}: " + ", ".join(task_link(index, x, lang) for x in tasks)
        )
    return [*lines, ""]


def _search_url(doc: m.Document) -> str:
    return VBPL_SEARCH + quote(doc.number or pick(doc.title, ORIGINAL))


def render_document(index: Index, doc: m.Document, lang: str) -> str:
    heading = doc_heading(doc, lang)
    body = [f"# {esc(heading)} {{#van-ban}}", "", *_status_block(index, doc, lang)]
    cite = Citations(index, lang)
    body += [f"## {t('details', lang)} {{#thong-tin}}", "", *_metadata(doc, cite, lang)]
    body += [
        f"## {t('summary', lang)} {{#tom-tat}}",
        "",
        f'!!! abstract "{t("summary_note", lang)}"',
        "",
        f"    {esc(pick(doc.summary, lang))}",
        "",
        f"## {t('why_cited', lang)} {{#vi-sao}}",
        "",
        esc(pick(doc.why_cited, lang)),
        "",
    ]
    body += authored.prose(
        index, folder("documents"), doc.id, lang, cite
    )  # content/van-ban/<id>.md
    body += _relations(index, doc, lang) + _cited_by(index, doc, lang)
    for programme_id in index.programmes_by_document.get(doc.id, []):
        programme = index.programmes[programme_id]
        body += [
            f"{t('programme_of', lang)}: {link(esc(pick(programme.title, lang)), href('programmes', programme_id))}",
            "",
        ]
    if doc.notes:
        body += [f"## {t('notes', lang)} {{#ghi-chu}}", "", esc(pick(doc.notes, lang)), ""]
    body += _sources(doc, cite, lang)
    if doc.type not in (m.DocumentType.ke_hoach,) or doc.number:
        body += [
            f"## {t('full_text', lang)} {{#toan-van}}",
            "",
            link(t("full_text_search", lang), _search_url(doc)),
            "",
        ]
    body += [json_ld(_json_ld(index, doc, lang)), ""]
    source = authored.source_file(
        index, folder("documents"), doc.id, lang, f"data/documents.yml ({doc.id})"
    )
    return page(heading, pick(doc.summary, lang), body, source, lang)


def _json_ld(index: Index, doc: m.Document, lang: str) -> dict:
    def sure(field_name: str) -> bool:
        return doc.certainty_of(field_name) in (m.Certainty.plan, m.Certainty.checked)

    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": pick(doc.title, lang),
        "inLanguage": ORIGINAL,  # the plan's documents are in its language
        "legislationType": type_name(doc.type, lang),
        "legislationDateVersion": index.as_of.isoformat(),
        "identifier": doc.id,
    }
    if doc.number and sure("number"):
        data["legislationIdentifier"] = doc.number
    if doc.issue_date and sure("issue_date"):
        data["legislationDate"] = doc.issue_date
    if doc.issuer and sure("issuer"):
        data["legislationPassedBy"] = {"@type": "Organization", "name": pick(doc.issuer, lang)}
    force = LEGAL_FORCE.get(index.status[doc.id].status)
    if force:
        data["legislationLegalForce"] = force
    changes = [*doc.relations.replaces, *doc.relations.amends]
    if changes:
        data["legislationChanges"] = [{"@type": "Legislation", "identifier": c} for c in changes]
    basis = [*doc.relations.implements, *doc.relations.based_on]
    if basis:
        data["isBasedOn"] = [{"@type": "Legislation", "identifier": b} for b in basis]
    return data


def render_document_index(index: Index, lang: str) -> dict[str, str]:
    """{file in van-ban/: page}: every document with its date and status, over several
    pages when they do not fit on one (render.paging)."""
    table = paging.Section(t("documents", lang), "danh-sach", 2, list(index.docs.values()))
    as_of = f"{t('status_as_of', lang)} {date_text(index.as_of.isoformat(), lang)}"
    out = {}
    for listed in paging.pages([table], t("documents", lang), lang, page_size("documents")):
        body = [
            f"# {listed.title} {{#van-ban}}",
            "",
            t("documents_intro", lang),
            "",
            relations.chain_figure(index, lang) if listed.file.startswith("index") else "",
            *listed.pager,
            "",
            f"| {t('documents', lang)} | {t('issue_date', lang)} | {t('status', lang)} ({as_of}) |",
            "|---|---|---|",
        ]
        for doc in paging.items(listed.pieces):
            body.append(
                f"| {link(esc(doc_heading(doc, lang)), f'{doc.id}.md')} | {date_text(doc.issue_date, lang)} | {status_text(index, doc.id, lang)} |"
            )
        body += listed.pager
        out[listed.file] = page(
            listed.title, t("documents_intro", lang), body, "data/documents.yml", lang
        )
    return out


def pages(index: Index, lang: str) -> dict[str, str]:
    """A card per document and the document index (pagekinds: "documents")."""
    sfx = suffix(lang)
    files = {f"{doc.id}{sfx}.md": render_document(index, doc, lang) for doc in index.docs.values()}
    return {**files, **render_document_index(index, lang)}
