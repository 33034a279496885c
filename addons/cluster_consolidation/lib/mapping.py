# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Which consolidation account a member's account maps onto, plain Python."""


def resolver(account_rules, prefix_rules):
    """A function (company, account, code) -> target, or None when no rule
    maps the account: the account's own rule first, then the longest prefix
    of its code, a company's own rule before the cluster's (company ``False``)
    for prefixes of one length.

    :param account_rules: {account: target}, one account mapped by hand
    :param prefix_rules: iterable of (prefix, company or False, target)

    >>> resolve = resolver(
    ...     {"acc-512": "Petty cash"},
    ...     [("6", False, "Expenses"), ("64", False, "Staff"), ("6", "B", "B's costs")],
    ... )
    >>> resolve("A", "acc-641", "641000"), resolve("A", "acc-606", "606000")
    ('Staff', 'Expenses')
    >>> resolve("B", "acc-606", "606000"), resolve("B", "acc-641", "641000")
    ("B's costs", 'Staff')
    >>> resolve("A", "acc-512", "512000"), resolve("A", "acc-701", "701000")
    ('Petty cash', None)
    """
    rules = sorted(
        prefix_rules,
        key=lambda rule: (len(rule[0]), bool(rule[1])),
        reverse=True,
    )

    def resolve(company, account, code):
        if account in account_rules:
            return account_rules[account]
        for prefix, rule_company, target in rules:
            if rule_company in (False, company) and code.startswith(prefix):
                return target
        return None

    return resolve
