"""Render stage: who reports to whom, via whom and by when, drawn on /don-vi/.

From organisations.yml (reports_to, reports_via, end_date, successor) and the deadlines of
events.yml. Reporting bodies on the left, those they report to on the right. An office that
reports go through is drawn inside the body it belongs to (the provincial federation's
board inside the federation), so a report's path reads left to right without a loop. A
body that has ended has a dashed box that says when, and an arrow to who does its work now.
"""

from __future__ import annotations

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams import svg
from plansite.diagrams.layered import Placed, layout
from plansite.language import date_text, pick, t, when_text

BOX_W = 176
INNER_H = 34
PAD = 6
LINE = 13
DEADLINES = (m.Timing.before, m.Timing.on)
MAX_BOXES = 40  # a bigger site draws its first reporting lines and says so


def _deadlines(index: Index, org_id: str, lang: str) -> list[str]:
    """When the body must report: its dated duties and those due before or on a day."""
    out = []
    for event in index.events.values():
        if event.kind != m.EventKind.duty or org_id not in event.organisations:
            continue
        if event.date or (event.recurrence and event.recurrence.timing in DEADLINES):
            out.append(when_text(event, lang))
    return out


def _name(index: Index, org_id: str, lang: str) -> str:
    org = index.orgs[org_id]
    return pick(org.short or org.name, lang)


def reporting_figure(index: Index, lang: str) -> str:
    """The picture (a raw-HTML Markdown block), or "" when nobody reports to anyone."""
    everyone = [o for o in index.orgs.values() if o.reports_to]
    if not everyone:
        return ""
    reporters, boxes = [], set()
    for org in everyone:  # in data order, while the picture stays readable
        more = boxes | {org.id, *org.reports_to}
        if reporters and len(more) > MAX_BOXES:
            break
        reporters.append(org)
        boxes = more
    vias = {o.reports_via for o in reporters if o.reports_via}
    taking_part = {o.id for o in reporters} | {x for o in reporters for x in o.reports_to} | vias

    def host(org_id: str) -> str:
        parent = index.orgs[org_id].parent
        return parent if org_id in vias and parent in taking_part else org_id

    lines = [(o.id, o.reports_via, target) for o in reporters for target in o.reports_to]
    nodes = list(dict.fromkeys(host(x) for o in reporters for x in (o.id, *o.reports_to)))
    pairs = [(host(a), host(b)) for a, _, b in lines if host(a) != host(b)]
    handover = [
        (o, index.orgs[o].successor) for o in nodes if index.ended(o) and index.orgs[o].successor
    ]
    nodes += [s for _, s in handover if s not in nodes]
    inner = {n: [v for v in sorted(vias) if host(v) == n and v != n] for n in nodes}
    text_w = BOX_W - 2 * PAD
    content: dict[str, list[tuple[str, str]]] = {}
    for node in nodes:
        org = index.orgs[node]
        rows = [
            (piece, "dg-n")
            for piece in svg.wrap(_name(index, node, lang), text_w, svg.BOLD * 12, 2)
        ]
        if index.ended(node):
            rows.append((f"{t('org_ended_short', lang)} {date_text(org.end_date, lang)}", "dg-s"))
        elif org.start_date:
            rows.append((f"{t('dg_org_from', lang)} {date_text(org.start_date, lang)}", "dg-s"))
        for due in _deadlines(index, node, lang):
            rows += [
                (piece, "dg-s") for piece in svg.wrap(f"{t('dg_by', lang)}: {due}", text_w, 10, 2)
            ]
        content[node] = rows
    sizes = {
        n: (BOX_W, 2 * PAD + len(content[n]) * LINE + len(inner[n]) * (INNER_H + PAD) + 2)
        for n in nodes
    }
    placed = layout(nodes, sizes, [*pairs, *handover], 56, 14)
    inner_at: dict[str, Placed] = {}
    for node in nodes:
        box = placed.boxes[node]
        top = box.y + PAD + len(content[node]) * LINE + 4
        for via in inner[node]:
            inner_at[via] = Placed(box.x + PAD, top, box.w - 2 * PAD, INNER_H)
            top += INNER_H + PAD
    # Boxes first, arrows over them: an arrow into an inner box crosses its host's edge.
    body = []
    for node in nodes:
        body.append(_org_box(index, node, placed.boxes[node], content[node], lang))
        for via in inner[node]:
            body.append(_inner_box(index, via, inner_at[via], node, lang))
    for a, via, b in dict.fromkeys((host(a), via, host(b)) for a, via, b in lines):
        if a == b or (a, b) not in placed.routes:
            continue
        points = list(placed.routes[(a, b)])
        if via in inner_at and host(via) == b:
            points[-1] = (inner_at[via].x, inner_at[via].mid)
        if via in inner_at and host(via) == a:
            points[0] = (inner_at[via].x + inner_at[via].w, inner_at[via].mid)
        body.append(_arrow(points, a, b, "reports"))
    for a, b in handover:
        body.append(_arrow(placed.routes[(a, b)], a, b, "successor"))
    picture = svg.Picture(
        "dg-bao-cao",
        round(placed.width) + 2,
        round(placed.height) + 2,
        t("dg_reporting", lang),
        t("dg_reporting_desc", lang),
        body,
    )
    legend = [
        ("dg-b dg-org", t("dg_org_active", lang)),
        ("dg-b dg-org-ended", t("dg_org_ended", lang)),
        ("dg-e dg-e-reports", t("dg_rel_reports", lang)),
    ]
    if handover:
        legend.append(("dg-e dg-e-successor", t("dg_rel_successor", lang)))
    caption = t("dg_reporting", lang)
    if len(reporters) < len(everyone):
        shown = t("dg_more_lines", lang).format(shown=len(reporters), total=len(everyone))
        caption += ". " + shown
    figure = svg.figure(picture, caption, legend, t("dg_scroll", lang))
    words = _as_text(index, reporters, handover, lang)
    return figure.replace("</figcaption>", words + "</figcaption>")


def _arrow(points: list[tuple[float, float]], a: str, b: str, rel: str) -> str:
    return (
        f'<path d="{svg.curve(points)}" class="dg-e dg-e-{rel}" marker-end="A" '
        f'data-rel="{rel}" data-from="{a}" data-to="{b}"/>'
    )


def _org_box(index: Index, node: str, at: Placed, rows: list[tuple[str, str]], lang: str) -> str:
    ended = index.ended(node)
    cls = "dg-b dg-org-ended" if ended else "dg-b dg-org"
    parts = [svg.rect(at.x, at.y, at.w, at.h, cls)]
    y = at.y + PAD
    for words, kind in rows:
        y += LINE
        parts.append(svg.text(at.x + PAD, y - 2, words, kind))
    name = pick(index.orgs[node].name, lang)
    extra = [words for words, kind in rows if kind == "dg-s"]
    label = f"{name}: {'; '.join(extra)}" if extra else name
    return svg.link(f"{node}.md", label, parts, "dg-node")


def _inner_box(index: Index, via: str, at: Placed, host: str, lang: str) -> str:
    words = svg.wrap(_name(index, via, lang), at.w - 2 * PAD, 11, 2)
    parts = [svg.rect(at.x, at.y, at.w, at.h, "dg-b dg-via")]
    for i, piece in enumerate(words):
        parts.append(svg.text(at.x + PAD, at.y + 14 + i * LINE, piece, "dg-l"))
    name = f"{pick(index.orgs[via].name, lang)} ({t('dg_via', lang)}; {pick(index.orgs[host].name, lang)})"
    return svg.link(f"{via}.md", name, parts, "dg-node")


def _as_text(index: Index, reporters: list[m.Organisation], handover, lang: str) -> str:
    """Every reporting line in words, for screen readers (a <details> list)."""

    def a(org_id: str) -> str:
        return f'<a href="{org_id}.md">{svg.esc(pick(index.orgs[org_id].name, lang))}</a>'

    items = []
    for org in reporters:
        line = f"{a(org.id)} — {svg.esc(t('dg_rel_reports', lang))} → " + ", ".join(
            a(x) for x in org.reports_to
        )
        if org.reports_via:
            line += f" ({svg.esc(t('dg_via', lang))} {a(org.reports_via)})"
        dues = _deadlines(index, org.id, lang)
        if dues:
            line += f"; {svg.esc(t('dg_by', lang))}: " + svg.esc("; ".join(dues))
        if index.ended(org.id):
            line += (
                f" ({svg.esc(t('org_ended_short', lang))} {svg.esc(date_text(org.end_date, lang))})"
            )
        items.append(f"<li>{line}</li>")
    for old, new in handover:
        items.append(f"<li>{a(old)} — {svg.esc(t('dg_rel_successor', lang))} → {a(new)}</li>")
    summary = svg.esc(t("dg_as_text", lang))
    return (
        f'<details class="dg-text" data-search-exclude><summary>{summary}</summary><ul>{"".join(items)}</ul></details>'
    )
