"""Benchmark: the pictures' layered layout (plansite.diagrams.layered) against grandalf's.

grandalf (PyPI, pure Python) is the one maintained-enough Sugiyama layout on PyPI that needs
no binary; Graphviz would be a Debian package that `make serve` cannot install. Both lay
out the same graphs: the real site's document relations and reporting lines, then the
relations of N synthetic provinces at once. Reported per graph: time (median of 7 runs),
edge crossings (segments of the routed edges that cross), and the drawing's size.

    .venv/bin/python bench/diagram_layout.py [--provinces 100]
      (grandalf from requirements/bench.lock, as `make bench` installs it)

Results: bench/results/diagram-layout.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from itertools import combinations
from pathlib import Path

from plansite.diagrams import layered, relations
from plansite.generate import check
from plansite.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
W, H, COLUMN_GAP, ROW_GAP = 140, 64, 40, 12


def ours(nodes, edges):
    placed = layered.layout(nodes, {n: (W, H) for n in nodes}, edges, COLUMN_GAP, ROW_GAP)
    return list(placed.routes.values()), placed.width, placed.height


def grandalf_layout(nodes, edges):
    from grandalf.graphs import Edge, Graph, Vertex
    from grandalf.layouts import SugiyamaLayout
    from grandalf.routing import route_with_lines

    class View:
        w, h = H, W  # grandalf lays layers top to bottom: swap to compare left to right

    class Path:
        def setpath(self, points):
            self.points = points

    vertices = {n: Vertex(n) for n in nodes}
    for v in vertices.values():
        v.view = View()
    links = [Edge(vertices[a], vertices[b]) for a, b in edges]
    for link in links:
        link.view = Path()
    graph = Graph(list(vertices.values()), links)
    routes, width, height = [], 0.0, 0.0
    for component in graph.C:
        layout = SugiyamaLayout(component)
        layout.xspace, layout.yspace = ROW_GAP, COLUMN_GAP
        layout.route_edge = route_with_lines
        layout.init_all()
        layout.draw(3)
        xs = [v.view.xy[0] for v in component.sV]
        ys = [v.view.xy[1] for v in component.sV]
        width = max(width, max(ys) - min(ys) + W)
        height += max(xs) - min(xs) + H + ROW_GAP
        for e in component.sE:
            routes.append([(y, x) for x, y in e.view.points])
    return routes, width, height


def crossings(routes) -> int:
    def segments(route):
        return list(zip(route, route[1:], strict=False))

    def cross(p, q):
        (a, b), (c, d) = p, q
        if {a, b} & {c, d}:
            return False

        def side(o, x, y):
            return (x[0] - o[0]) * (y[1] - o[1]) - (x[1] - o[1]) * (y[0] - o[0])

        return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0

    all_segments = [(i, s) for i, route in enumerate(routes) for s in segments(route)]
    return sum(1 for (i, p), (j, q) in combinations(all_segments, 2) if i != j and cross(p, q))


def graphs(provinces: int):
    index = check(Paths(ROOT)).index
    edges = [(e.left, e.right) for e in relations.edges(index)]
    nodes = list(dict.fromkeys(n for e in edges for n in e))
    yield "document relations (real data)", nodes, edges
    orgs = [(o.id, t) for o in index.orgs.values() for t in o.reports_to]
    yield "reporting lines (real data)", list(dict.fromkeys(n for e in orgs for n in e)), orgs
    many = [(f"{a}-{p}", f"{b}-{p}") for p in range(provinces) for a, b in edges]
    yield f"document relations x{provinces}", list(dict.fromkeys(n for e in many for n in e)), many


def measure(layout, nodes, edges, crossings_too=True):
    times = []
    for _ in range(7):
        start = time.perf_counter()
        routes, width, height = layout(nodes, edges)
        times.append(time.perf_counter() - start)
    count = crossings(routes) if crossings_too else None
    return statistics.median(times) * 1000, count, width, height


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provinces", type=int, default=100)
    args = parser.parse_args()
    lines = [
        "| graph | nodes | edges | layout | time (ms) | crossings | width × height (px) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, nodes, edges in graphs(args.provinces):
        small = len(nodes) < 200
        for label, layout in (("ours", ours), ("grandalf 0.8", grandalf_layout)):
            ms, count, width, height = measure(layout, nodes, edges, small)
            shown = "—" if count is None else str(count)
            lines.append(
                f"| {name} | {len(nodes)} | {len(edges)} | {label} | {ms:.2f} | {shown} "
                f"| {width:.0f} × {height:.0f} |"
            )
            print(lines[-1], flush=True)
    out = ROOT / "bench" / "results" / "diagram-layout.md"
    out.write_text(
        "# Layered layout for the pictures: ours against grandalf\n\n"
        "`python bench/diagram_layout.py` (crossings are counted on the real data only).\n\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
