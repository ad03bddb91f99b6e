"""Render stage helper: a small layered layout (columns left to right), as Sugiyama's method.

Nodes go into columns by their longest path to a sink, so that a node sits just left of
the nodes it points to; an edge across several columns passes through a gap kept for it
in each column between; the order in each column follows the median of the neighbours'
positions (a few sweeps each way); vertical positions are pulled towards the neighbours and
then spread so that no two boxes overlap. Linear in the edges per sweep, and the data's
order breaks every tie, so the result is the same on every build.

Chosen over a library by measurement (README, "Choices"): the pictures have at most a few
dozen boxes, where this takes well under a millisecond per picture.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

SWEEPS = 6
GAP_HEIGHT = 8  # the height an edge's passage through a column takes


@dataclass
class Placed:
    x: float
    y: float
    w: float
    h: float

    @property
    def mid(self) -> float:
        return self.y + self.h / 2


@dataclass
class Layout:
    boxes: dict[str, Placed]
    routes: dict[tuple[str, str], list[tuple[float, float]]]  # (left, right) -> points
    width: float
    height: float
    columns: dict[str, int] = field(default_factory=dict)


def _columns(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Column of each node: the longest path from the first column, nodes pulled as far
    right as their edges allow (a source sits just left of its nearest target)."""
    succ: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        succ[a].append(b)
    depth: dict[str, int] = {}  # longest path to a sink
    state: dict[str, int] = {}  # 1 visiting, 2 done: an edge back into a cycle is ignored

    for root in nodes:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                depth[node] = max(
                    (depth[c] + 1 for c in succ[node] if state.get(c) == 2 and c in depth),
                    default=0,
                )
                state[node] = 2
                stack.pop()
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(succ[child])))
    top = max(depth.values(), default=0)
    return {node: top - depth[node] for node in nodes}


def layout(
    nodes: list[str],
    sizes: dict[str, tuple[float, float]],
    edges: list[tuple[str, str]],
    column_gap: float,
    row_gap: float,
) -> Layout:
    """Boxes of `sizes` (width, height) in columns; `edges` (left, right) in data order."""
    column = _columns(nodes, edges)
    edges = [(a, b) for a, b in dict.fromkeys(edges) if column[a] < column[b]]
    # Edges across several columns get a passage (a dummy node) in each column between.
    chain: dict[tuple[str, str], list[str]] = {}
    heights = {node: sizes[node][1] for node in nodes}
    for a, b in edges:
        path = [a]
        for c in range(column[a] + 1, column[b]):
            dummy = f"\0{a}\0{b}\0{c}"
            column[dummy] = c
            heights[dummy] = GAP_HEIGHT
            path.append(dummy)
        chain[(a, b)] = [*path, b]
    width_of = max(column.values(), default=0) + 1
    order: list[list[str]] = [[] for _ in range(width_of)]
    for node in nodes:
        order[column[node]].append(node)
    for path in chain.values():
        for dummy in path[1:-1]:
            order[column[dummy]].append(dummy)
    left: dict[str, list[str]] = defaultdict(list)
    right: dict[str, list[str]] = defaultdict(list)
    for path in chain.values():
        for u, v in zip(path, path[1:], strict=False):
            right[u].append(v)
            left[v].append(u)

    def sweep(cols: range, neighbours: dict[str, list[str]]) -> None:
        for c in cols:
            place = {node: i for col in order for i, node in enumerate(col)}

            def key(item: tuple[int, str], place=place) -> float:
                i, node = item
                near = sorted(place[m] for m in neighbours[node])
                return near[len(near) // 2] if near else i

            order[c] = [node for _, node in sorted(enumerate(order[c]), key=key)]

    for _ in range(SWEEPS):
        sweep(range(1, width_of), left)
        sweep(range(width_of - 2, -1, -1), right)
    # Vertical positions: stacked, then pulled towards the neighbours without overlapping.
    y: dict[str, float] = {}
    for col in order:
        top = 0.0
        for node in col:
            y[node] = top
            top += heights[node] + row_gap

    def settle(col: list[str], neighbours: dict[str, list[str]]) -> None:
        wanted = {}
        for node in col:
            near = [y[m] + heights[m] / 2 for m in neighbours[node]]
            wanted[node] = (
                sum(near) / len(near) if near else y[node] + heights[node] / 2
            ) - heights[node] / 2
        # Pushed down from the top, and pushed up from the bottom: both keep the boxes
        # apart, and so does their mean, which sits nearer to where the boxes want to be.
        down, up = {}, {}
        floor = float("-inf")
        for node in col:
            down[node] = max(wanted[node], floor)
            floor = down[node] + heights[node] + row_gap
        ceiling = float("inf")
        for node in reversed(col):
            up[node] = min(wanted[node], ceiling - heights[node] - row_gap)
            ceiling = up[node]
        for node in col:
            y[node] = (down[node] + up[node]) / 2

    for _ in range(SWEEPS):
        for c in range(1, width_of):
            settle(order[c], left)
        for c in range(width_of - 2, -1, -1):
            settle(order[c], right)
    low = min(y.values(), default=0.0)
    col_width = [max((sizes[m][0] for m in col if m in sizes), default=0.0) for col in order]
    x_of, x = [], 0.0
    for w in col_width:
        x_of.append(x)
        x += w + column_gap
    boxes = {}
    for node in nodes:
        c = column[node]
        w, h = sizes[node]
        boxes[node] = Placed(x_of[c] + (col_width[c] - w) / 2, y[node] - low, w, h)
    routes = {}
    for (a, b), path in chain.items():
        start, end = boxes[a], boxes[b]
        points = [(start.x + start.w, start.mid)]
        for dummy in path[1:-1]:
            c = column[dummy]
            mid = y[dummy] - low + GAP_HEIGHT / 2
            points += [(x_of[c], mid), (x_of[c] + col_width[c], mid)]
        points.append((end.x, end.mid))
        routes[(a, b)] = points
    height = max((y[m] - low + heights[m] for m in y), default=0.0)
    return Layout(boxes, routes, max(x - column_gap, 0.0), height, {m: column[m] for m in nodes})
