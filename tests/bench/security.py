# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of the per-company roles' rules on the books and the private
notes, against Odoo's standard company rule.

Usage (through scripts/bench): python -m tests.bench.security DB [--lines N]
"""

import sys
import time

from odoo import Command

from .common import Table, main

COMPANIES = 20
HELD = 4
LINES_PER_MOVE = 5


def build_companies(env, count=COMPANIES, currencies=None):
    """``count`` companies, with a fees, a customers and a travel account and
    a general journal each; ``currencies`` are given to them in turn."""
    currencies = currencies or [env.company.currency_id]
    companies = env["res.company"].create(
        [
            {
                "name": f"Bench books {index:02d}",
                "currency_id": currencies[index % len(currencies)].id,
            }
            for index in range(count)
        ]
    )
    accounts, journals = [], []
    for company in companies:
        accounts.append(
            env["account.account"]
            .create(
                [
                    {
                        "name": name,
                        "code": code,
                        "account_type": kind,
                        "company_ids": [Command.set(company.ids)],
                    }
                    for name, code, kind in (
                        ("Fees", "706000", "income"),
                        ("Customers", "411000", "asset_receivable"),
                        ("Travel", "625100", "expense"),
                    )
                ]
            )
            .ids
        )
        journals.append(
            env["account.journal"]
            .create(
                {
                    "name": "Bench",
                    "code": "BNCH",
                    "type": "general",
                    "company_id": company.id,
                }
            )
            .id
        )
    return companies, accounts, journals


def bulk_load(env, companies, accounts, journals, lines):
    """Posted journal entries straight into SQL, spread over the companies;
    called again, it adds as many more."""
    cr = env.cr
    moves = lines // LINES_PER_MOVE
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM account_move")
    (last_move,) = cr.fetchone()
    cr.execute("SELECT COUNT(*) FROM account_move WHERE name LIKE 'BNCH/%%'")
    (offset,) = cr.fetchone()
    cr.execute(
        """
        INSERT INTO account_move (name, journal_id, company_id, currency_id, state,
                                  move_type, auto_post, date, create_date, write_date)
        SELECT 'BNCH/' || (i + %(offset)s), (%(journals)s)[1 + i %% %(n)s],
               (%(companies)s)[1 + i %% %(n)s], %(currency)s, 'posted', 'entry',
               'no', DATE '2026-01-01' + (i %% 300), now(), now()
          FROM generate_series(1, %(moves)s) AS i
        RETURNING id
        """,
        {
            "journals": journals,
            "companies": companies.ids,
            "n": len(companies),
            "currency": env.ref("base.EUR").id,
            "moves": moves,
            "offset": offset,
        },
    )
    cr.execute(
        """
        INSERT INTO account_move_line (move_id, name, company_id, journal_id,
                                       account_id, date, parent_state, currency_id,
                                       company_currency_id, display_type, balance,
                                       debit, credit, amount_currency)
        SELECT m.id, 'line ' || k, m.company_id, m.journal_id,
               (%(accounts)s)[1 + (array_position(%(companies)s, m.company_id) - 1)
                              * 3 + k %% 3],
               m.date, 'posted', m.currency_id, m.currency_id, 'product',
               amount, greatest(amount, 0), greatest(-amount, 0), amount
          FROM account_move m
          CROSS JOIN generate_series(1, %(per_move)s) AS k
          CROSS JOIN LATERAL (SELECT ((m.id * 7 + k * 13) %% 1000 - 500)::numeric
                                     AS amount) AS a
         WHERE m.name LIKE 'BNCH/%%' AND m.id > %(last_move)s
        """,
        {
            "last_move": last_move,
            "accounts": [account for trio in accounts for account in trio],
            "companies": companies.ids,
            "per_move": LINES_PER_MOVE,
        },
    )
    cr.commit()
    cr.execute("ANALYZE account_move")
    cr.execute("ANALYZE account_move_line")
    cr.commit()
    env.invalidate_all()


def users(env, companies):
    held = companies[:HELD]
    with_roles = env["res.users"].create(
        {
            "name": "Bench accountant with roles",
            "login": "bench_roles",
            "company_id": held[0].id,
            "company_ids": [Command.set(held.ids)],
            "role_line_ids": [
                Command.create(
                    {
                        "role_id": env.ref("cluster_role.role_accountant").id,
                        "company_id": company.id,
                    }
                )
                for company in held
            ],
        }
    )
    with_roles.with_context(active_company_ids=held.ids).set_groups_from_roles()
    standard = env["res.users"].create(
        {
            "name": "Bench accountant, standard groups",
            "login": "bench_standard",
            "company_id": held[0].id,
            "company_ids": [Command.set(held.ids)],
            "groups_id": [
                Command.set(
                    [
                        env.ref("account.group_account_manager").id,
                        env.ref("account.group_account_user").id,
                    ]
                )
            ],
        }
    )
    return held, with_roles, standard


def run(env, lines):
    table = Table(
        f"Security benchmark: {lines:,} journal items in {COMPANIES} companies, "
        f"a user holding roles in {HELD}"
    )
    env.cr.execute("SET jit = off")
    companies, accounts, journals = build_companies(env)
    start = time.perf_counter()
    bulk_load(env, companies, accounts, journals, lines)
    table.note("bulk load (SQL)", f"{time.perf_counter() - start:.1f} s")
    held, with_roles, standard = users(env, companies)

    def compare(label, model, call):
        """``call`` on ``model`` as the user with roles, against the same
        call as the user with the standard groups."""
        table.compare(
            label,
            "company rule",
            lambda: call(as_user(standard, model)),
            lambda: call(as_user(with_roles, model)),
            1.3,
            env.invalidate_all,
        )

    def as_user(user, model):
        return env[model].with_user(user).with_context(allowed_company_ids=held.ids)

    # Both users see the same items: the roles' rule must say what the
    # company rule says, at about its cost
    domain = [("parent_state", "=", "posted"), ("balance", ">", 400)]
    seen = {
        as_user(user, "account.move.line").search_count(domain)
        for user in (with_roles, standard)
    }
    assert len(seen) == 1, "the two users must see the same journal items"
    for label, call in (
        ("search, 80 rows", lambda lines_: lines_.search(domain, limit=80)),
        ("search_count", lambda lines_: lines_.search_count(domain)),
        (
            "read_group by account",
            lambda lines_: lines_._read_group(domain, ["account_id"], ["balance:sum"]),
        ),
    ):
        compare(f"move lines: {label}", "account.move.line", call)

    # The directory's private history: the roles' rule against the company
    # rule (the standard user has no roles) on the same interactions
    partner = env["res.partner"].create({"name": "Bench venue", "is_company": True})
    count = lines // 10
    env.cr.execute(
        """
        INSERT INTO directory_interaction (partner_id, company_id, interaction_type,
                                           summary, date, create_date, write_date)
        SELECT %(partner)s, (%(companies)s)[1 + i %% %(n)s], 'call', 'call ' || i,
               now() - i * interval '1 minute', now(), now()
          FROM generate_series(1, %(count)s) AS i
        """,
        {
            "partner": partner.id,
            "companies": companies.ids,
            "n": len(companies),
            "count": count,
        },
    )
    env.cr.execute("ANALYZE directory_interaction")
    standard.groups_id = [
        Command.link(env.ref("booking_directory.group_directory_user").id)
    ]
    with_roles.role_line_ids = [
        Command.create(
            {"role_id": env.ref("cluster_role.role_booker").id, "company_id": c.id}
        )
        for c in held
    ]
    with_roles.with_context(active_company_ids=held.ids).set_groups_from_roles()
    for label, call in (
        ("search, 80 rows", lambda model: model.search([], limit=80)),
        (
            "read_group by company",
            lambda model: model._read_group([], ["company_id"], ["__count"]),
        ),
    ):
        compare(f"interactions ({count:,}): {label}", "directory.interaction", call)
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--lines", 1_000_000)
