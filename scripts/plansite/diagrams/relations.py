"""Render stage: pictures of how documents relate, drawn from documents.yml and programmes.yml.

`card_figure`: on a document's card, the document in the middle, what it implements, is
based on, replaces or amends on the left, what does so to it on the right (one step each
way). `chain_figure`: on /van-ban/, every document linked by a relation, in two parts: the
chain (implements, based on, and the programmes the plans carry out), and the law lineages
(replaces, amends), oldest on the left. Every box links to its card; its status is written
in it, and drawn by the box's border and colour (legend under the picture).
"""

from __future__ import annotations

from dataclasses import dataclass

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams import svg
from plansite.diagrams.layered import Layout, Placed, layout
from plansite.language import ORIGINAL, pick, plan_t, t
from plansite.render import documents as card
from plansite.status import Status

CHAIN = ("implements", "based_on")
LINEAGE = ("replaces", "amends")
PROGRAMME = "programme"  # a programme's plan carries it out (programmes.yml: document)
BOX_H, PAD = 64, 6
SIZES = (12, 11, 10)  # font sizes: number, title, status line
CARD_W, CARD_GAP = 128, 72  # a card's two columns fit a 360 px phone
MAX_WIDTH = 680  # the content column of a desktop page, so the picture shows at full size
# A bigger site draws its first groups of relations and says so (the table has them all):
# the real site has 27 boxes; 100 synthetic provinces would make a first view over 80 kB.
MAX_NODES = 36
SHELF_GAP = 24
PART_TITLE = 26


@dataclass(frozen=True)
class Edge:
    left: str  # what the relation points to (drawn on the left)
    right: str  # the document that has the relation (drawn on the right)
    rel: str


def edges(index: Index) -> list[Edge]:
    """Every relation written in the data, and each programme with the plan carrying it out."""
    out = [
        Edge(target, doc.id, rel)
        for doc in index.docs.values()
        for rel in (*CHAIN, *LINEAGE)
        for target in getattr(doc.relations, rel)
    ]
    out += [Edge(f"p:{p.id}", p.document, PROGRAMME) for p in index.programmes.values()]
    return out


def _node(index: Index, node: str, lang: str) -> tuple[str, list[str], str, str]:
    """(status class; lines: number, year (bottom right), title, status; accessible name; href from
    /van-ban/) of a document or a programme ("p:" id). The status is in words, never cut."""
    if node.startswith("p:"):
        programme = index.programmes[node[2:]]
        period = f"{programme.period.start}–{programme.period.end}"
        ended = programme.period.end < index.as_of.year
        status = Status.ended if ended else Status.no_known_change
        title = pick(programme.title, lang)
        words = t("dg_st_ended", lang) if ended else ""
        return (
            status.value,
            [period, "", title, words],
            f"{t('programme', lang)}: {title} ({period}{', ' + words if words else ''})",
            f"../chuong-trinh/{programme.id}.md",
        )
    doc = index.docs[node]
    status = index.status[node].status
    first = doc.number or card.type_name(doc.type, lang)
    state = t("dg_st_" + status.value, lang)
    # No words for "no known change": the thin grey border says it (legend).
    words = "" if status == Status.no_known_change else state
    year = doc.issue_date[:4] if doc.issue_date else "—"
    when = doc.issue_date[:4] if doc.issue_date else t("dg_year_unknown", lang)
    name = f"{card.doc_heading(doc, lang)} ({when}; {state})"
    return status.value, [first, year, pick(doc.title, lang), words], name, f"{node}.md"


def _box(index: Index, node: str, at: Placed, lang: str, href: str = "", here: str = "") -> str:
    status, (first, year, title, words), name, own_href = _node(index, node, lang)
    inner = at.w - 2 * PAD
    cls = f"dg-b dg-st-{status}" + (" dg-here" if here else "")
    parts = [svg.rect(at.x, at.y, at.w, at.h, cls)]
    y = at.y + PAD + SIZES[0]
    parts.append(svg.text(at.x + PAD, y, svg.fit(first, inner, SIZES[0] * svg.BOLD), "dg-n"))
    for piece in svg.wrap(title, inner, SIZES[1], 2):
        y += SIZES[1] + 3
        parts.append(svg.text(at.x + PAD, y, piece, "dg-l"))
    bottom = at.y + at.h - PAD
    if words:
        parts.append(svg.text(at.x + PAD, bottom, words, "dg-s"))
    if year:
        parts.append(svg.text(at.x + at.w - PAD, bottom, year, "dg-y", "end"))
    label = f"{here}: {name}" if here else name
    return svg.link(href or own_href, label, parts, "dg-node")


def _edge_markup(edge: Edge, points: list[tuple[float, float]], lang: str, label: str = "") -> str:
    """The relation as an arrow from the document that has it to the one it points to;
    `label` "left" or "right" names it in words beside the box at that end."""
    back = list(reversed(points))
    path = (
        f'<path d="{svg.curve(back)}" class="dg-e dg-e-{edge.rel}" marker-end="A" '
        f'data-rel="{edge.rel}" data-from="{svg.esc(edge.right)}" data-to="{svg.esc(edge.left)}"/>'
    )
    if not label:
        return path
    words = t(f"dg_rel_{edge.rel}", lang)
    if label == "left":
        (x, y), anchor = points[0], ""
        x += 12
    else:
        (x, y), anchor = points[-1], "end"
        x -= 4
    return path + svg.text(x, y - 4, words, "dg-lbl", anchor)


def legend(lang: str, statuses: list[str], rels: tuple[str, ...]) -> list[tuple[str, str]]:
    """What the picture's borders and lines mean: the statuses it shows, then the relations."""
    shown = [s.value for s in Status if s.value in statuses]
    keys = [(f"dg-b dg-st-{s}", t(f"dg_st_{s}", lang)) for s in shown]
    return keys + [(f"dg-e dg-e-{rel}", t(f"dg_rel_{rel}", lang)) for rel in rels]


def _statuses(index: Index, nodes: list[str]) -> list[str]:
    return [_node(index, node, ORIGINAL)[0] for node in nodes]


def _real(node: str, doc_id: str) -> str:
    """A card's box id without the side it is drawn on (L or R: a document may be on both)."""
    return node if node == doc_id else node[1:]


def card_figure(index: Index, doc: m.Document, lang: str) -> str:
    """The card's picture (a raw-HTML Markdown block), or "" for a document without relations."""
    rels = (*CHAIN, *LINEAGE)
    out = [Edge(f"L{t_}", doc.id, rel) for rel in rels for t_ in getattr(doc.relations, rel)]
    out += [
        Edge(doc.id, f"R{source}", rel)
        for rel in rels
        for source in index.reverse_relations[rel].get(doc.id, [])
    ]
    if not out:
        return ""
    nodes = list(dict.fromkeys([e.left for e in out if e.left != doc.id] + [doc.id]))
    nodes += list(dict.fromkeys(e.right for e in out if e.right != doc.id))
    sizes = {node: (CARD_W, BOX_H) for node in nodes}
    placed = layout(nodes, sizes, [(e.left, e.right) for e in out], CARD_GAP, 12)
    body = []
    for edge in out:
        shown = Edge(_real(edge.left, doc.id), _real(edge.right, doc.id), edge.rel)
        side = "left" if edge.right == doc.id else "right"
        body.append(_edge_markup(shown, placed.routes[(edge.left, edge.right)], lang, side))
    for node in nodes:
        here = t("dg_here", lang) if node == doc.id else ""
        body.append(
            _box(
                index,
                _real(node, doc.id),
                placed.boxes[node],
                lang,
                "#thong-tin" if here else "",
                here,
            )
        )
    picture = svg.Picture(
        "dg-quan-he",
        round(placed.width),
        round(placed.height) + 2,
        f"{t('dg_relations', lang)}: {card.doc_heading(doc, lang)}",
        t("dg_relations_desc", lang),
        body,
    )
    used = tuple(dict.fromkeys(e.rel for e in out))
    keys = legend(lang, _statuses(index, [_real(node, doc.id) for node in nodes]), used)
    return svg.figure(picture, t("dg_relations", lang), keys, t("dg_scroll", lang))


def _components(all_edges: list[Edge]) -> list[list[Edge]]:
    """The edges in groups that share a box, in the order the data first names them."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for edge in all_edges:
        parent[root(edge.left)] = root(edge.right)
    groups: dict[str, list[Edge]] = {}
    for edge in all_edges:
        groups.setdefault(root(edge.left), []).append(edge)
    return list(groups.values())


def _lay(group: list[Edge], gap: float) -> tuple[list[str], Layout]:
    nodes = list(dict.fromkeys(node for e in group for node in (e.left, e.right)))
    sizes = {node: (140, BOX_H) for node in nodes}
    return nodes, layout(nodes, sizes, [(e.left, e.right) for e in group], gap, 12)


def chain_figure(index: Index, lang: str) -> str:
    """The /van-ban/ picture (a raw-HTML Markdown block), or "" when no document has a relation."""
    groups = _components(edges(index))
    if not groups:
        return ""
    parts = {"chain": [], "lineage": []}
    total = len({n for g in groups for e in g for n in (e.left, e.right)})
    shown = 0
    for group in groups:
        size = len({n for e in group for n in (e.left, e.right)})
        if shown and shown + size > MAX_NODES:
            break  # the groups in data order: the first ones whole, then no more
        shown += size
        kind = "lineage" if all(e.rel in LINEAGE for e in group) else "chain"
        parts[kind].append((group, *_lay(group, 64 if kind == "lineage" else 40)))
    body, y, width = [], 0.0, 0.0
    for kind, title in (("chain", "dg_chain_part"), ("lineage", "dg_lineage_part")):
        if not parts[kind]:
            continue
        body.append(svg.text(0, y + 16, t(title, lang), "dg-h"))
        y += PART_TITLE
        x, row = 0.0, 0.0
        for group, nodes, placed in parts[kind]:
            if x and x + placed.width > MAX_WIDTH:
                x, y, row = 0.0, y + row + SHELF_GAP, 0.0
            inner = [
                _edge_markup(
                    e, placed.routes[(e.left, e.right)], lang, "left" * (kind == "lineage")
                )
                for e in group
                if (e.left, e.right) in placed.routes
            ]
            inner += [_box(index, node, placed.boxes[node], lang) for node in nodes]
            body.append(f'<g transform="translate({svg.n(x)},{svg.n(y)})">{"".join(inner)}</g>')
            width = max(width, x + placed.width)
            x += placed.width + SHELF_GAP
            row = max(row, placed.height)
        y += row + SHELF_GAP
    picture = svg.Picture(
        "dg-chuoi",
        round(width) + 2,
        round(y - SHELF_GAP) + 2,
        t("dg_chain", lang),
        plan_t(index.data.plan, "dg_chain_desc", lang),
        body,
    )
    caption = t("dg_chain", lang)
    if shown < total:
        caption += ". " + t("dg_more", lang).format(shown=shown, total=total)
    drawn = [node for kind in parts.values() for _, nodes, _ in kind for node in nodes]
    rels = tuple(
        r for r in (*CHAIN, PROGRAMME, *LINEAGE) if any(e.rel == r for g in groups for e in g)
    )
    keys = legend(lang, _statuses(index, drawn), rels)
    figure = svg.figure(picture, caption, keys, t("dg_scroll", lang))
    shown_groups = [group for kind in parts.values() for group, _, _ in kind]
    words = _as_text(index, shown_groups, lang)
    return figure.replace("</figcaption>", words + "</figcaption>")


def _as_text(index: Index, groups: list[list[Edge]], lang: str) -> str:
    """Every relation of the picture in words, for screen readers (a <details> list)."""
    items = []
    for group in groups:
        for e in group:
            a = _node(index, e.right, lang)
            b = _node(index, e.left, lang)
            items.append(
                f'<li><a href="{svg.esc(a[3])}">{svg.esc(a[2])}</a> — '
                f'{svg.esc(t("dg_rel_" + e.rel, lang))} → <a href="{svg.esc(b[3])}">{svg.esc(b[2])}</a></li>'
            )
    return f'<details class="dg-text" data-search-exclude><summary>{svg.esc(t("dg_as_text", lang))}</summary><ul>{"".join(items)}</ul></details>'
