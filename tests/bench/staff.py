# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of the shared staff reports and cost allocation, against the
bare SQL aggregate of the same rows: the very queries they run, executed and
fetched alone, so that the ratio is what the ORM adds around them.

Usage (through scripts/bench): python -m tests.bench.staff DB [--interactions N]
"""

import sys
import time
from datetime import date

from odoo import Command

from .common import Table, main

PEOPLE = 20
COMPANIES = 10
YEAR = 2025


def build(env):
    companies = env["res.company"].create(
        [{"name": f"Bench staff {index:02d}"} for index in range(COMPANIES)]
    )
    people = env["res.users"].create(
        [
            {
                "name": f"Shared booker {index:02d}",
                "login": f"bench_shared_{index:02d}",
                "company_id": companies[0].id,
                "company_ids": [Command.set(companies.ids)],
            }
            for index in range(PEOPLE)
        ]
    )
    env["hr.employee"].create(
        [
            {"name": person.name, "user_id": person.id, "company_id": company.id}
            for person in people
            for company in companies
        ]
    )
    projects = env["project.project"].create(
        [{"name": f"Tour of {c.name}", "company_id": c.id} for c in companies]
    )
    agreements = env["cluster.staff.agreement"].create(
        [
            {
                "name": f"Sharing {person.name}",
                "company_id": companies[index % COMPANIES].id,
                "user_id": person.id,
                "allocation_method": "mixed",
                "fixed_percent": 30.0,
                "served_ids": [
                    Command.create(
                        {"company_id": c.id, "key_percent": 100.0 / COMPANIES}
                    )
                    for c in companies
                ],
                "cost_ids": [
                    Command.create(
                        {"date_from": f"{YEAR}-01-01", "amount": 4000.0 + index}
                    )
                ],
            }
            for index, person in enumerate(people)
        ]
    )
    return companies, people, projects, agreements


def bulk_load(env, companies, people, projects, interactions):
    """A timesheet a day per person and company over the year, and the
    interactions spread over the same people, companies and days."""
    cr = env.cr
    cr.execute(
        """
        INSERT INTO account_analytic_line (name, date, amount, unit_amount,
                                           company_id, user_id, employee_id,
                                           project_id, account_id,
                                           create_date, write_date)
        SELECT 'Bench time', d::date, -30 * h, h, p.company_id, e.user_id, e.id,
               p.id, p.account_id, now(), now()
          FROM generate_series(DATE %(start)s, DATE %(end)s, interval '1 day') AS d
          CROSS JOIN hr_employee e
          JOIN project_project p ON p.company_id = e.company_id
          CROSS JOIN LATERAL (SELECT 1 + (e.id + extract(doy FROM d)::int) %% 7
                                     AS h) AS hours
         WHERE e.user_id = ANY(%(people)s) AND p.id = ANY(%(projects)s)
        """,
        {
            "start": f"{YEAR}-01-01",
            "end": f"{YEAR}-12-31",
            "people": people.ids,
            "projects": projects.ids,
        },
    )
    timesheets = cr.rowcount
    partner = env["res.partner"].create({"name": "Bench venue", "is_company": True})
    cr.execute(
        """
        INSERT INTO directory_interaction (partner_id, company_id, user_id,
                                           interaction_type, summary, date,
                                           followup_date, followup_done,
                                           followup_done_date,
                                           create_date, write_date)
        SELECT %(partner)s, (%(companies)s)[1 + i %% %(n)s],
               (%(people)s)[1 + (i / %(n)s) %% %(p)s],
               (ARRAY['call', 'mail', 'meeting', 'proposal'])[1 + i %% 4],
               'interaction ' || i, day, day::date + 14, i %% 3 = 0,
               CASE WHEN i %% 3 = 0 THEN day::date + 10 END, now(), now()
          FROM generate_series(1, %(count)s) AS i
          CROSS JOIN LATERAL (SELECT TIMESTAMP %(start)s
                                     + (i %% 365) * interval '1 day'
                                     + (i %% 600) * interval '1 minute' AS day) AS t
        """,
        {
            "partner": partner.id,
            "companies": companies.ids,
            "n": len(companies),
            "people": people.ids,
            "p": len(people),
            "count": interactions,
            "start": f"{YEAR}-01-01 08:00:00",
        },
    )
    cr.execute("ANALYZE account_analytic_line")
    cr.execute("ANALYZE directory_interaction")
    env.invalidate_all()
    return timesheets


def bare(env, *queries):
    """The floor: the aggregate queries alone, run and fetched."""
    for query in queries:
        env.cr.execute(query)
        env.cr.fetchall()


def run(env, interactions):
    env.cr.execute("SET jit = off")
    companies, people, projects, agreements = build(env)
    start = time.perf_counter()
    timesheets = bulk_load(env, companies, people, projects, interactions)
    table = Table(
        f"Shared staff benchmark: {PEOPLE} people x {COMPANIES} companies, "
        f"{timesheets:,} daily timesheets over {YEAR}, {interactions:,} interactions"
    )
    table.note("bulk load (SQL)", f"{time.perf_counter() - start:.1f} s")
    Report = env["cluster.staff.report"]
    for label, first, last in (
        ("month", date(YEAR, 12, 1), date(YEAR, 12, 31)),
        ("year", date(YEAR, 1, 1), date(YEAR, 12, 31)),
    ):
        reports = Report.create(
            [
                {
                    "agreement_id": agreement.id,
                    "company_id": company.id,
                    "date_from": first,
                    "date_to": last,
                }
                for agreement in agreements
                for company in companies
            ]
        )
        previous = reports[0]._previous_period()
        table.compare(
            f"report figures, {len(reports)} employer reports of a {label}",
            "bare SQL",
            lambda r=reports, p=(first, last), b=previous: bare(
                env, r._hours_sql(p, b), r._interactions_sql(p, b, r[0].agreement_id.tz)
            ),
            lambda reports=reports: reports._figures(),
            2.0,
            env.invalidate_all,
        )
        started = time.perf_counter()
        reports.action_compute()
        env.flush_all()
        table.note(
            f"  whole compute, lines written ({label})",
            f"{(time.perf_counter() - started) * 1000:.0f} ms",
        )
    for label, months in (("month", 1), ("quarter", 3)):
        if months == 3:
            agreements.recharge_frequency = "quarterly"
        first = date(YEAR, 10, 1)
        allocations = env["cluster.staff.allocation"].create(
            [{"agreement_id": a.id, "date_from": first} for a in agreements]
        )
        last = allocations[0].date_to
        table.compare(
            f"allocation, {len(allocations)} people over a {label}",
            "bare SQL",
            lambda a=allocations, f=first, t=last: bare(env, a._hours_sql(f, t)),
            lambda allocations=allocations: allocations._shares(),
            2.0,
            env.invalidate_all,
        )
        started = time.perf_counter()
        allocations.action_compute()
        env.flush_all()
        table.note(
            f"  whole compute, shares written ({label})",
            f"{(time.perf_counter() - started) * 1000:.0f} ms",
        )
        allocations.unlink()
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--interactions", 50_000)
