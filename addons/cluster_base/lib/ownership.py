# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Ownership arithmetic between the companies of a cluster.

Plain Python, no ORM, so that it can be reasoned about and tested on its own.
Companies are any hashable keys; holdings are fractions (0.6 for 60 %).

Two figures drive consolidation, as in French (ANC 2020-01) and IFRS practice:

* the *control* of the consolidating company over a member: what it holds
  directly plus what the companies it controls hold, summed. It decides the
  consolidation method;
* the *interest* of the consolidating company in a member: products of the
  holdings along every chain. It weights the member's figures.
"""

TOLERANCE = 1e-9

FULL = "full"
PROPORTIONAL = "proportional"
EQUITY = "equity"
NONE = "none"

CONTROL_THRESHOLD = 0.5
SIGNIFICANT_INFLUENCE_THRESHOLD = 0.2


class OwnershipError(ValueError):
    """Holdings that cannot describe real ownership."""

    def __init__(self, kind, companies):
        super().__init__(kind, companies)
        self.kind = kind
        self.companies = companies


def _companies(holdings):
    return sorted({company for pair in holdings for company in pair}, key=str)


def check_holdings(holdings):
    """Refuse holdings that no company structure can have.

    * a company holding its own shares directly (``self``);
    * more than 100 % of a company held in total (``over_100``);
    * a closed loop of companies that together hold all of each other, so that
      they would own all of themselves with no outside shareholder
      (``cycle``).

    >>> check_holdings({("A", "B"): 0.6, ("B", "A"): 0.1})
    >>> try:
    ...     check_holdings({("A", "B"): 1.0, ("B", "A"): 1.0})
    ... except OwnershipError as error:
    ...     print(error.kind, error.companies)
    cycle ['A', 'B']
    """
    for (holder, held), share in holdings.items():
        if holder == held and share:
            raise OwnershipError("self", [holder])
    held_total = {}
    for (_holder, held), share in holdings.items():
        held_total[held] = held_total.get(held, 0.0) + share
    for held, total in held_total.items():
        if total > 1 + TOLERANCE:
            raise OwnershipError("over_100", [held])
    # A substochastic matrix has spectral radius 1, i.e. a company owning all
    # of itself, exactly when a strongly connected group of companies is held
    # 100 % from inside the group.
    for component in _strongly_connected(holdings):
        if len(component) < 2:
            continue
        inside = all(
            sum(holdings.get((holder, held), 0.0) for holder in component)
            >= 1 - TOLERANCE
            for held in component
        )
        if inside:
            raise OwnershipError("cycle", sorted(component, key=str))


def _strongly_connected(holdings):
    """Tarjan's algorithm over the graph holder -> held (non-zero links)."""
    graph = {company: [] for company in _companies(holdings)}
    for (holder, held), share in holdings.items():
        if share > 0:
            graph[holder].append(held)
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for succ in graph[node]:
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            result.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    return result


def control(holdings, parent):
    """Control of ``parent`` over every other company of ``holdings``.

    Votes held by companies that ``parent`` controls (more than 50 %) count
    in full for ``parent``:

    >>> c = control({("P", "S"): 0.6, ("S", "T"): 0.3, ("P", "T"): 0.25}, "P")
    >>> round(c["S"], 4), round(c["T"], 4)
    (0.6, 0.55)
    """
    companies = [c for c in _companies(holdings) if c != parent]
    controlled = {parent}
    result = {}
    changed = True
    while changed:
        changed = False
        for company in companies:
            share = sum(holdings.get((holder, company), 0.0) for holder in controlled)
            result[company] = share
            if share > CONTROL_THRESHOLD + TOLERANCE and company not in controlled:
                controlled.add(company)
                changed = True
    return result


def interest(holdings, parent):
    """Interest of ``parent`` in every other company: the sum over all chains
    of the product of holdings, through any intermediate company but
    ``parent`` itself (shares of ``parent`` held by members are treasury
    shares, not interest).

    >>> i = interest({("P", "S"): 0.6, ("S", "T"): 0.3, ("P", "T"): 0.25}, "P")
    >>> round(i["S"], 4), round(i["T"], 4)
    (0.6, 0.43)
    """
    check_holdings(holdings)
    companies = [c for c in _companies(holdings) if c != parent]
    n = len(companies)
    position = {company: k for k, company in enumerate(companies)}
    # i[x] - sum_y i[y] * h[y, x] = h[parent, x], solved by Gauss-Jordan.
    matrix = [[0.0] * (n + 1) for _ in range(n)]
    for x, company in enumerate(companies):
        matrix[x][x] = 1.0
        matrix[x][n] = holdings.get((parent, company), 0.0)
        for (holder, held), share in holdings.items():
            if held == company and holder in position:
                matrix[x][position[holder]] -= share
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(matrix[r][col]))
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        lead = matrix[col][col]
        matrix[col] = [value / lead for value in matrix[col]]
        for row in range(n):
            if row != col and matrix[row][col]:
                factor = matrix[row][col]
                matrix[row] = [
                    a - factor * b
                    for a, b in zip(matrix[row], matrix[col], strict=True)
                ]
    return {company: matrix[position[company]][n] for company in companies}


def consolidation_method(control_share, is_parent=False):
    """Method that a level of control calls for.

    Joint control (proportional method) cannot be read from percentages alone,
    so it is only ever chosen by hand.

    >>> consolidation_method(0.6), consolidation_method(0.3)
    ('full', 'equity')
    >>> consolidation_method(0.1), consolidation_method(0.0, is_parent=True)
    ('none', 'full')
    """
    if is_parent or control_share > CONTROL_THRESHOLD + TOLERANCE:
        return FULL
    if control_share >= SIGNIFICANT_INFLUENCE_THRESHOLD - TOLERANCE:
        return EQUITY
    return NONE


def holdings_at(links, date):
    """Holdings in force at ``date`` from dated links.

    ``links`` are ``(holder, held, date_from, share)``; the latest link of a
    pair dated on or before ``date`` wins, so a later link replaces an
    earlier one (a share of 0 records a sale).

    >>> holdings_at([("A", "B", 1, 0.6), ("A", "B", 5, 0.8)], 3)
    {('A', 'B'): 0.6}
    >>> holdings_at([("A", "B", 1, 0.6), ("A", "B", 5, 0.8)], 5)
    {('A', 'B'): 0.8}
    """
    latest = {}
    for holder, held, date_from, share in links:
        if date_from > date:
            continue
        key = (holder, held)
        if key not in latest or latest[key][0] < date_from:
            latest[key] = (date_from, share)
    return {key: share for key, (_date, share) in latest.items()}
