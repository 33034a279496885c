# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of the options on dates: placing an option as a booker (lock,
rank, history, reminder, and the conflicts the form reads back) against
creating the same date with the ranking bypassed, and releasing the first
of ten options (nine promotions) against cancelling a date alone.

The dates are loaded with SQL: 10 companies in one cluster, 500 productions
of four team members each, and ``--dates`` dates over three seasons.

Usage (through scripts/bench): python -m tests.bench.booking_option DB [--dates N]
"""

import statistics
import sys
import time
from datetime import date, timedelta

from odoo import Command

from .common import Table, main, median_ms
from .directory import cpu_clock

COMPANIES = 10
PRODUCTIONS = 500
PEOPLE = 1000
# booking_option's context key: the ranking is bypassed (imported by name,
# the addons are not importable before the registry loads)
RANKING = "booking_option_ranking"
START = date(2026, 9, 1)
SEASONS_DAYS = 3 * 365


def build(env, dates):
    companies = env["res.company"].create(
        [{"name": f"Bench option {index:02d}"} for index in range(COMPANIES)]
    )
    cluster = env["cluster.cluster"].create(
        {
            "name": "Bench option cluster",
            "membership_ids": [
                Command.create(
                    {
                        "company_id": c.id,
                        "date_start": "2024-01-01",
                        "cost_share": 100.0 / COMPANIES,
                    }
                )
                for c in companies
            ],
        }
    )
    booker = env["res.users"].create(
        {
            "name": "Bench booker",
            "login": "bench_option_booker",
            "company_id": companies[0].id,
            "company_ids": [Command.set(companies.ids)],
            "role_line_ids": [
                Command.create(
                    {
                        "role_id": env.ref("cluster_role.role_booker").id,
                        "company_id": c.id,
                    }
                )
                for c in companies
            ],
        }
    )
    venues = env["res.partner"].create(
        [
            {
                "name": f"Bench venue {index}",
                "is_company": True,
                "directory_cluster_id": cluster.id,
                "zip": f"{29000 + index * 100}",
                "partner_latitude": 48.0 + index / 10,
                "partner_longitude": -4.0 + index / 10,
            }
            for index in range(20)
        ]
    )
    people = env["res.partner"].create(
        [{"name": f"Bench artist {index}"} for index in range(PEOPLE)]
    )
    env.flush_all()
    cr = env.cr
    # SQL: the benchmark's own companies, productions, members and dates
    cr.execute(
        """
        INSERT INTO booking_production (name, company_id, active, create_uid,
                                        write_uid, create_date, write_date)
        SELECT 'Bench production ' || i, (%s::int[])[1 + i %% %s], TRUE, 1, 1,
               now(), now()
          FROM generate_series(0, %s - 1) i
        RETURNING id
        """,
        [companies.ids, COMPANIES, PRODUCTIONS],
    )
    productions = sorted(row[0] for row in cr.fetchall())
    # SQL: four team members per bench production, from the bench's people
    cr.execute(
        """
        INSERT INTO booking_production_member (production_id, company_id,
               partner_id, on_tour, sequence)
        SELECT p.id, p.company_id, (%s::int[])[1 + (p.id * 4 + k) %% %s], TRUE, 10
          FROM booking_production p, generate_series(0, 3) k
         WHERE p.id = ANY(%s)
        """,
        [people.ids, PEOPLE, productions],
    )
    # SQL: the bench's dates; one per production and day (day = i / 500), so
    # that each option holds rank 1 and each confirmed date its own day
    cr.execute(
        """
        INSERT INTO booking_date (production_id, company_id, date, venue_id,
               organiser_id, show_count, state, cancel_reason, option_rank,
               get_in_time, show_time, end_time)
        SELECT p.id, p.company_id,
               %s::date + ((i / %s) %% %s)::int,
               (%s::int[])[1 + i %% 20], (%s::int[])[1 + i %% 20], 1,
               CASE WHEN i %% 10 < 6 THEN 'confirmed'
                    WHEN i %% 10 < 9 THEN 'option' ELSE 'cancelled' END,
               CASE WHEN i %% 10 = 9 THEN 'bench' END,
               CASE WHEN i %% 10 BETWEEN 6 AND 8 THEN 1 ELSE 0 END,
               14.0, 20.5, 22.5
          FROM generate_series(0, %s - 1) i
          JOIN LATERAL (SELECT id, company_id FROM booking_production
                         WHERE id = (%s::int[])[1 + i %% %s]) p ON TRUE
        """,
        [
            START,
            PRODUCTIONS,
            SEASONS_DAYS,
            venues.ids,
            venues.ids,
            dates,
            productions,
            PRODUCTIONS,
        ],
    )
    cr.execute("ANALYZE booking_date")
    cr.execute("ANALYZE booking_production_member")
    env.invalidate_all()
    return booker, env["booking.production"].browse(productions), venues


def run(env, dates):
    started = time.perf_counter()
    booker, productions, venues = build(env, dates)
    print(
        f"Loaded {dates:,} dates of {PRODUCTIONS} productions in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    user_env = env(
        user=booker,
        context={"allowed_company_ids": productions[0].company_id.ids},
    )
    Date = user_env["booking.date"]
    production = productions[0]
    spec = {"option_rank": {}, "option_conflicts": {}, "state": {}}
    days = iter(START + timedelta(days=n) for n in range(SEASONS_DAYS, 10**4))
    counter = iter(range(10**6))

    def place():
        Date.web_save(
            {
                "production_id": production.id,
                "date": str(START + timedelta(days=30)),
                "venue_id": venues[next(counter) % 20].id,
            },
            spec,
        )

    def bare_create():
        # sudo: the ranking is bypassed only for the superuser (the ranking's
        # own writes); the bench's own date
        Date.sudo().with_context(**{RANKING: True}).create(
            {
                "production_id": production.id,
                "date": str(START + timedelta(days=31)),
                "venue_id": venues[next(counter) % 20].id,
            }
        )
        Date.flush_model()

    def warm():
        env.invalidate_all()

    table = Table(
        f"booking_option: {dates:,} dates, {PRODUCTIONS} productions, "
        f"{COMPANIES} companies"
    )
    # In turn, so that the load of a shared machine weighs on both alike;
    # CPU time (Odoo's thread and its PostgreSQL backend) hardly moves with
    # that load
    clock = cpu_clock(env.cr)
    wall = {bare_create: [], place: []}
    cpu = {bare_create: [], place: []}
    for _ in range(41):
        for call in (bare_create, place):
            warm()
            start, start_cpu = time.perf_counter(), clock and clock()
            call()
            wall[call].append((time.perf_counter() - start) * 1000)
            if clock:
                cpu[call].append((clock() - start_cpu) / 1e6)
    baseline, measured = (statistics.median(found) for found in wall.values())
    table.ratio(
        "placing an option (rank, history, reminder, conflicts)",
        "create without ranking",
        baseline,
        measured,
        3,
    )
    table.absolute(
        "placing an option, median", measured, "ms", "< 20 ms", measured < 20
    )
    quartiles = [statistics.quantiles(found, n=4) for found in wall.values()]
    table.note(
        "  spread, create / placing",
        " / ".join(f"{q[0]:.1f}-{q[2]:.1f} ms" for q in quartiles),
    )
    if clock:
        bare, placing = (statistics.median(found) for found in cpu.values())
        table.note(
            "  CPU (Odoo + PostgreSQL), create / placing",
            f"{bare:.1f} / {placing:.1f} ms, {placing / bare:.2f}x",
        )
    for name, function in (("create without ranking", bare_create), ("placing", place)):
        warm()
        before = env.cr.sql_log_count
        function()
        table.note(f"queries: {name}", str(env.cr.sql_log_count - before))

    # A release cascading promotions: ten options on a fresh day, the first
    # released (nine promotions, each booker told)
    state = {}

    def ten_options():
        day = next(days)
        state["dates"] = Date.create(
            [
                {"production_id": production.id, "date": str(day), "venue_id": v.id}
                for v in venues[:10]
            ]
        )
        Date.flush_model()
        env.invalidate_all()

    def release():
        state["dates"][0].action_option_release()
        Date.flush_model()

    def bare_cancel():
        # sudo: as above, the ranking bypassed; the bench's own date
        state["dates"][0].sudo().with_context(**{RANKING: True}).write(
            {"state": "cancelled", "cancel_reason": "bench"}
        )
        Date.flush_model()

    baseline = median_ms(bare_cancel, runs=9, setup=ten_options)
    measured = median_ms(release, runs=9, setup=ten_options)
    table.ratio(
        "release of option 1 of 10 (9 promotions)",
        "cancel without ranking",
        baseline,
        measured,
        10,
    )
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--dates", 200_000)
