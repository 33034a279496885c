# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of a consolidation run against the bare SQL aggregate of the
same journal items (GROUP BY company, account), and of its memory as the
journal items grow.

Usage (through scripts/bench): python -m tests.bench.consolidation DB [--lines N]
"""

import sys
import time
import tracemalloc

from odoo import Command

from .common import Table, main, median_ms
from .security import build_companies, bulk_load

COMPANIES = 10


def build_cluster(env, companies):
    eur, cad = env.ref("base.EUR"), env.ref("base.CAD")
    cluster = env["cluster.cluster"].create(
        {
            "name": "Bench consolidation",
            "currency_id": eur.id,
            "membership_ids": [
                Command.create(
                    {
                        "company_id": company.id,
                        "cost_share": 100.0 / len(companies),
                        "date_start": "2025-01-01",
                    }
                )
                for company in companies
            ],
        }
    )
    cluster.parent_company_id = companies[0]
    cluster.ownership_ids = [
        Command.create(
            {
                "holder_id": companies[0].id,
                "held_id": company.id,
                "percentage": 60.0 if index % 3 else 30.0,
                "date_start": "2025-01-01",
            }
        )
        for index, company in enumerate(companies[1:], start=1)
    ]
    for day, rate in (("2025-01-01", 1.46), ("2026-01-01", 1.45), ("2026-06-01", 1.52)):
        env["res.currency.rate"].create(
            {
                "name": day,
                "rate": rate,
                "currency_id": cad.id,
                "company_id": companies[0].id,
            }
        )
    Account = env["consolidation.account"]
    chart = {}
    for code, section, role in (
        ("C100", "asset", False),
        ("C150", "asset", "investment"),
        ("C160", "asset", "goodwill"),
        ("C300", "equity", False),
        ("C310", "equity", "retained"),
        ("C320", "equity", "cta"),
        ("C330", "equity", "minority"),
        ("C400", "income", False),
        ("C410", "income", "equity_result"),
        ("C450", "expense", "minority_result"),
        ("C500", "expense", False),
        ("C590", "expense", "ic_mismatch"),
    ):
        chart[code] = Account.create(
            {
                "cluster_id": cluster.id,
                "code": code,
                "name": code,
                "section": section,
                "role": role,
            }
        )
    for prefix, code in (("4", "C100"), ("7", "C400"), ("6", "C500")):
        env["consolidation.mapping"].create(
            {"consolidation_account_id": chart[code].id, "prefix": prefix}
        )
    return cluster


def bare_sql(env, run):
    env.cr.execute(
        """
        SELECT company_id, account_id, SUM(balance)
          FROM account_move_line
         WHERE parent_state = 'posted' AND company_id = ANY(%s) AND date <= %s
         GROUP BY company_id, account_id
        """,
        [run.cluster_id.membership_ids.company_id.ids, run.date_to],
    )
    env.cr.fetchall()


def collection(run):
    """The run's one pass over the journal items alone (members, scope and
    acquisitions read first, as the run does): the rest of the run is its
    fixed cost."""
    members = run._members()
    disposals = {company: left for company, (*_m, left) in members.items() if left}
    run._balance_rows(
        run._consolidated_companies(members), run._acquisitions(members), disposals
    )


def peak_memory_mb(run):
    tracemalloc.start()
    run.action_run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def run(env, lines):
    env.cr.execute("SET jit = off")
    eur, cad = env.ref("base.EUR"), env.ref("base.CAD")
    cad.active = True
    companies, accounts, journals = build_companies(env, COMPANIES, [eur, cad])
    cluster = build_cluster(env, companies)
    consolidation = env["consolidation.run"].create(
        {"cluster_id": cluster.id, "date_from": "2026-01-01", "date_to": "2026-12-31"}
    )
    table = Table(
        f"Consolidation benchmark: {COMPANIES} companies in EUR and CAD, "
        f"{lines:,} posted journal items"
    )
    memory = {}
    loaded = 0
    for size in (lines // 10, lines):
        start = time.perf_counter()
        bulk_load(env, companies, accounts, journals, size - loaded)
        loaded = size
        table.note(
            f"bulk load to {size:,} items (SQL)", f"{time.perf_counter() - start:.1f} s"
        )
        consolidation.action_run()  # warm up the caches of both
        baseline = median_ms(
            lambda: bare_sql(env, consolidation), setup=env.invalidate_all
        )
        measured = median_ms(consolidation.action_run, setup=env.invalidate_all)
        table.ratio(
            f"run on {size:,} items",
            "GROUP BY company, account",
            baseline,
            measured,
            2.0,
        )
        query = median_ms(lambda: collection(consolidation), setup=env.invalidate_all)
        table.note(
            f"of which the run's aggregate, {size:,} items",
            f"{query:.1f} ms (fixed cost: {measured - query:.1f} ms)",
        )
        memory[size] = peak_memory_mb(consolidation)
    # the next period opens on this one, locked: its results brought forward
    consolidation.action_lock()
    following = consolidation.create(
        {"cluster_id": cluster.id, "date_from": "2027-01-01", "date_to": "2027-01-31"}
    )
    following.action_run()
    baseline = median_ms(lambda: bare_sql(env, following), setup=env.invalidate_all)
    measured = median_ms(following.action_run, setup=env.invalidate_all)
    table.ratio(
        f"run opening on a locked run, {lines:,} items",
        "GROUP BY company, account",
        baseline,
        measured,
        2.0,
    )
    query = median_ms(lambda: collection(following), setup=env.invalidate_all)
    table.note(
        "of which the run's aggregate",
        f"{query:.1f} ms (fixed cost: {measured - query:.1f} ms)",
    )
    small, large = lines // 10, lines
    table.absolute(
        f"peak Python memory, {small:,} -> {large:,} items",
        memory[large],
        f"MB (was {memory[small]:.1f} MB)",
        "flat (<= 1.2x)",
        memory[large] <= 1.2 * memory[small] + 0.5,
    )
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--lines", 1_000_000)
