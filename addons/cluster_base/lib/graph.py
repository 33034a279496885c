# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Drawing of the ownership graph of a cluster: holders above the companies
they hold, an arrow from holder to held labelled with the percentage.

Plain Python, no ORM: ``layers`` places the companies, ``svg`` draws them.
Companies are any hashable keys; holdings are ``{(holder, held): fraction}``.
"""

from markupsafe import Markup, escape

NODE_WIDTH = 230
NODE_HEIGHT = 40
GAP_X = 40
GAP_Y = 90
MARGIN = 20
# Two companies holding each other: each arrow is drawn this far aside, so
# that both stay readable
CROSS_OFFSET = 10


def layers(companies, holdings, root=None):
    """Rows of the drawing, top to bottom: ``root`` (the consolidating
    company) or else the companies nobody holds, then the companies they
    hold, and so on; companies out of reach go on a last row. Order within a
    row follows ``companies``.

    >>> layers("PQRS", {("P", "Q"): 0.6, ("Q", "R"): 0.3, ("R", "Q"): 0.1}, "P")
    [['P'], ['Q'], ['R'], ['S']]
    >>> layers("AB", {})
    [['A', 'B']]
    >>> layers("AB", {("A", "B"): 0.5, ("B", "A"): 0.5})
    [['A'], ['B']]
    """
    companies = list(companies)
    held = {held for (_holder, held), share in holdings.items() if share}
    if root in companies:
        top = [root]
    else:
        top = [c for c in companies if c not in held] or companies[:1]
    depth = dict.fromkeys(top, 0)
    row = top
    while row:
        following = []
        for holder in row:
            for company in companies:
                if holdings.get((holder, company)) and company not in depth:
                    depth[company] = depth[holder] + 1
                    following.append(company)
        row = following
    last = max(depth.values()) + 1
    rows = {}
    for company in companies:
        rows.setdefault(depth.get(company, last), []).append(company)
    return [rows[level] for level in sorted(rows)]


def svg(names, holdings, root=None, title=""):
    """The graph as an SVG element; ``names`` maps each company to its name,
    in the order to draw them. Names are escaped.

    >>> drawing = svg({"P": "Transat", "Q": "Québec"}, {("P", "Q"): 0.6}, "P")
    >>> "60.00 %" in drawing and "Québec" in drawing and "marker-end" in drawing
    True
    >>> "&lt;b&gt;" in svg({"X": "<b>"}, {})
    True
    """
    rows = layers(names, holdings, root)
    width = max(len(row) for row in rows) * (NODE_WIDTH + GAP_X) - GAP_X
    width += 2 * MARGIN
    height = len(rows) * (NODE_HEIGHT + GAP_Y) - GAP_Y + 2 * MARGIN
    centres = {}
    for level, row in enumerate(rows):
        row_width = len(row) * (NODE_WIDTH + GAP_X) - GAP_X
        left = (width - row_width) / 2
        for index, company in enumerate(row):
            centres[company] = (
                left + index * (NODE_WIDTH + GAP_X) + NODE_WIDTH / 2,
                MARGIN + level * (NODE_HEIGHT + GAP_Y) + NODE_HEIGHT / 2,
            )
    parts = [
        Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" class="o_cluster_ownership_graph" '
            'width="%d" height="%d" viewBox="0 0 %d %d" role="img" '
            'aria-label="%s" font-family="sans-serif" font-size="12">'
            '<defs><marker id="o_cluster_arrow" viewBox="0 0 10 10" '
            'refX="10" refY="5" markerWidth="8" markerHeight="8" '
            'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
            'fill="#555"/></marker></defs>'
        )
        % (width, height, width, height, title)
    ]
    for (holder, held), share in sorted(holdings.items(), key=str):
        if not share or holder not in centres or held not in centres:
            continue
        crossed = bool(holdings.get((held, holder)))
        parts.append(_arrow(centres[holder], centres[held], share, crossed))
    for company, (x, y) in centres.items():
        bold = ' font-weight="bold"' if company == root else ""
        parts.append(
            Markup(
                '<rect x="%.1f" y="%.1f" width="%d" height="%d" rx="6" '
                'fill="#f2f4f7" stroke="#6c757d"/>'
                '<text x="%.1f" y="%.1f" text-anchor="middle"%s>%s</text>'
            )
            % (
                x - NODE_WIDTH / 2,
                y - NODE_HEIGHT / 2,
                NODE_WIDTH,
                NODE_HEIGHT,
                x,
                y + 4,
                Markup(bold),
                _shorten(names[company]),
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _arrow(start, end, share, crossed):
    (x1, y1), (x2, y2) = start, end
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1.0
    # unit vector, and its normal for cross-holdings drawn side by side
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    offset = CROSS_OFFSET if crossed else 0
    nx, ny = -uy * offset, ux * offset
    # start and end on the boxes' edges rather than their centres
    trim_start = _trim(ux, uy)
    trim_end = _trim(ux, uy) + 2
    ax, ay = x1 + ux * trim_start + nx, y1 + uy * trim_start + ny
    bx, by = x2 - ux * trim_end + nx, y2 - uy * trim_end + ny
    return Markup(
        '<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#555" '
        'stroke-width="1.5" marker-end="url(#o_cluster_arrow)"/>'
        '<text x="%.1f" y="%.1f" text-anchor="middle" fill="#212529" '
        'paint-order="stroke" stroke="#ffffff" stroke-width="3">%s</text>'
    ) % (
        ax,
        ay,
        bx,
        by,
        (ax + bx) / 2 + nx,
        (ay + by) / 2 + ny + 4,
        "%.2f %%" % (share * 100),
    )


def _trim(ux, uy):
    """Distance from a box's centre to its edge along (ux, uy)."""
    limits = []
    if ux:
        limits.append(NODE_WIDTH / 2 / abs(ux))
    if uy:
        limits.append(NODE_HEIGHT / 2 / abs(uy))
    return min(limits) if limits else 0.0


def _shorten(name, size=34):
    name = str(name)
    return escape(name if len(name) <= size else name[: size - 1] + "…")
