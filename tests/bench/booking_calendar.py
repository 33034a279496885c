# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of the calendars: the cluster calendar's month and a person's
season of team availability, as a booker, against the same reads as
superuser.

Usage (through scripts/bench): python -m tests.bench.booking_calendar DB
[--dates N]
"""

import sys
import time
from datetime import date, timedelta

from odoo import Command

from .common import Table, main, median_ms

CLUSTERS = 5
COMPANIES_PER_CLUSTER = 10
PRODUCTIONS = 500
VENUES_PER_CLUSTER = 100
PEOPLE_PER_COMPANY = 20
MEMBERS_PER_PRODUCTION = 4
# Three seasons, September to August
SEASONS_START = date(2025, 9, 1)
SEASON_DAYS = 365
# The booker books for this many of the ten companies of her cluster: their
# dates in detail, the others' days busy
BOOKED = 3
# The month the calendar shows, in the middle season
MONTH = (date(2026, 11, 1), date(2026, 11, 30))
# What the cluster calendar view reads (booking_cluster_day_view_calendar)
CALENDAR_SPEC = {
    "display_name": {},
    "day": {},
    "kind": {},
    "company_id": {"fields": {"display_name": {}}},
    "production_id": {"fields": {"display_name": {}}},
    "venue_id": {"fields": {"display_name": {}}},
    "organiser_id": {"fields": {"display_name": {}}},
    "state": {},
}
TEAM_SPEC = {
    "display_name": {},
    "date_start": {},
    "date_stop": {},
    "kind": {},
    "partner_id": {"fields": {"display_name": {}}},
    "production_id": {"fields": {"display_name": {}}},
    "venue_id": {},
    "reason": {},
}


def build_clusters(env):
    """The clusters with their companies, and a directory of venues each."""
    clusters = []
    for number in range(CLUSTERS):
        companies = env["res.company"].create(
            [
                {"name": f"Bench troupe {number}-{index}"}
                for index in range(COMPANIES_PER_CLUSTER)
            ]
        )
        cluster = env["cluster.cluster"].create(
            {
                "name": f"Bench cluster {number}",
                "membership_ids": [
                    Command.create(
                        {
                            "company_id": company.id,
                            "date_start": "2024-01-01",
                            "cost_share": 100.0 / COMPANIES_PER_CLUSTER,
                        }
                    )
                    for company in companies
                ],
            }
        )
        venues = (
            env["res.partner"]
            .with_context(directory_skip_duplicates=True, tracking_disable=True)
            .create(
                [
                    {
                        "name": f"Scène {number}-{index}",
                        "is_company": True,
                        "directory_cluster_id": cluster.id,
                        "directory_type": "venue",
                        "city": f"Ville {index}",
                    }
                    for index in range(VENUES_PER_CLUSTER)
                ]
            )
        )
        clusters.append((cluster, companies, venues))
    return clusters


def build_productions(env, clusters):
    """Productions spread over the companies, each with a team of people of
    its company (a person tours with several of its productions), and an
    unavailability a season."""
    Production = env["booking.production"].with_context(tracking_disable=True)
    productions, people = [], {}
    companies = [
        company
        for _c, cluster_companies, _v in clusters
        for company in cluster_companies
    ]
    for company in companies:
        people[company.id] = env["res.partner"].create(
            [
                {"name": f"Artiste {company.id}-{index}"}
                for index in range(PEOPLE_PER_COMPANY)
            ]
        )
    per_company = PRODUCTIONS // len(companies)
    for index_company, company in enumerate(companies):
        team = people[company.id]
        for index in range(per_company):
            first = (index * MEMBERS_PER_PRODUCTION) % PEOPLE_PER_COMPANY
            members = [
                team[(first + offset) % PEOPLE_PER_COMPANY]
                for offset in range(MEMBERS_PER_PRODUCTION)
            ]
            productions.append(
                Production.create(
                    {
                        "name": f"Spectacle {index_company}-{index}",
                        "company_id": company.id,
                        "member_ids": [
                            Command.create({"partner_id": person.id})
                            for person in members
                        ],
                        "unavailability_ids": [
                            Command.create(
                                {
                                    "date_from": SEASONS_START
                                    + timedelta(days=SEASON_DAYS * season + 120),
                                    "date_to": SEASONS_START
                                    + timedelta(days=SEASON_DAYS * season + 130),
                                    "reason": "Résidence de création",
                                }
                            )
                            for season in range(3)
                        ],
                    }
                )
            )
    return productions, people


def bulk_load(env, clusters, productions, dates):
    """``dates`` performance days straight into SQL, spread over the
    productions and three seasons: two in ten options, one in ten
    cancelled, the rest confirmed or played; venues of the production's
    cluster."""
    venues_of = {}
    for _cluster, companies, venues in clusters:
        for company in companies:
            venues_of[company.id] = venues.ids
    production_rows = [
        (production.id, production.company_id.id, venues_of[production.company_id.id])
        for production in productions
    ]
    env.cr.execute(
        """
        CREATE TEMPORARY TABLE bench_production (
            number integer, production_id integer, company_id integer,
            venue_ids integer[]
        ) ON COMMIT DROP
        """
    )
    for number, (production_id, company_id, venue_ids) in enumerate(production_rows):
        env.cr.execute(
            "INSERT INTO bench_production VALUES (%s, %s, %s, %s)",
            (number, production_id, company_id, venue_ids),
        )
    env.cr.execute(
        """
        INSERT INTO booking_date (
            name, production_id, company_id, date, venue_id, organiser_id,
            show_count, state, cancel_reason, get_in_time, show_time, end_time,
            create_uid, write_uid, create_date, write_date
        )
        SELECT 'Bench date ' || i, p.production_id, p.company_id,
               %(start)s::date + ((i * 7919) %% (3 * %(season)s)),
               p.venue_ids[1 + (i %% array_length(p.venue_ids, 1))],
               p.venue_ids[1 + (i %% array_length(p.venue_ids, 1))],
               1,
               CASE WHEN i %% 10 = 0 THEN 'cancelled'
                    WHEN i %% 10 IN (1, 2) THEN 'option'
                    WHEN i %% 10 = 3 THEN 'done'
                    ELSE 'confirmed' END,
               CASE WHEN i %% 10 = 0 THEN 'Bench' END,
               14.0, 20.5, 22.0, 1, 1, now(), now()
          FROM generate_series(1, %(dates)s) AS i
          JOIN bench_production AS p ON p.number = i %% %(productions)s
        """,
        {
            "start": SEASONS_START,
            "season": SEASON_DAYS,
            "dates": dates,
            "productions": len(production_rows),
        },
    )
    # Committed and analysed, as a real calendar is: statistics taken inside
    # the loading transaction miss its rows (see tests/bench/directory.py).
    # The database is thrown away afterwards.
    env.cr.commit()
    env.cr.execute("ANALYZE booking_date")
    env.cr.execute("ANALYZE booking_production_member")
    env.cr.commit()
    env.invalidate_all()


def booker(env, companies):
    """A booker of the first ``BOOKED`` companies of a cluster."""
    held = companies[:BOOKED]
    user = env["res.users"].create(
        {
            "name": "Bench calendar booker",
            "login": "bench_calendar_booker",
            "company_id": held[0].id,
            "company_ids": [Command.set(held.ids)],
            "role_line_ids": [
                Command.create(
                    {
                        "role_id": env.ref("cluster_role.role_booker").id,
                        "company_id": company.id,
                    }
                )
                for company in held
            ],
        }
    )
    user.with_context(active_company_ids=held.ids).set_groups_from_roles()
    return held, user


def run(env, dates):
    table = Table(
        f"Calendar benchmark: {dates:,} dates of {PRODUCTIONS} productions, "
        f"{CLUSTERS * COMPANIES_PER_CLUSTER} companies in {CLUSTERS} clusters"
    )
    start = time.perf_counter()
    clusters = build_clusters(env)
    productions, people = build_productions(env, clusters)
    table.note("productions and teams (ORM)", f"{time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    bulk_load(env, clusters, productions, dates)
    table.note("bulk load of the dates (SQL)", f"{time.perf_counter() - start:.1f} s")

    _cluster, companies, _venues = clusters[0]
    held, user = booker(env, companies)
    as_booker = env(user=user, context={"allowed_company_ids": held.ids})
    others = companies - held
    invalidate = env.invalidate_all

    month = [("day", ">=", MONTH[0]), ("day", "<=", MONTH[1])]
    # The superuser's read of the very rows the booker gets, the rule's
    # domain written out: what remains is the price of the rule
    same_rows = [
        *month,
        "|",
        "&",
        ("kind", "=", "detail"),
        ("company_id", "in", held.ids),
        "&",
        ("kind", "=", "busy"),
        ("company_id", "in", others.ids),
    ]
    Day = as_booker["booking.cluster.day"]
    Unrestricted = env["booking.cluster.day"].sudo()
    rows = Day.search(month)
    control = Unrestricted.search(same_rows)
    if rows != control:
        sys.exit("The booker's month and the superuser's differ: fix the benchmark.")
    table.note(
        "  the month: details / busy rows",
        f"{len(rows.filtered(lambda r: r.kind == 'detail'))} / "
        f"{len(rows.filtered(lambda r: r.kind == 'busy'))}",
    )

    # A person of a booked company, over the middle season
    person = people[held[0].id][0]
    season = [
        ("partner_id", "=", person.id),
        ("date_stop", ">=", SEASONS_START + timedelta(days=SEASON_DAYS)),
        ("date_start", "<", SEASONS_START + timedelta(days=2 * SEASON_DAYS)),
    ]
    Team = as_booker["booking.team.day"]
    team_rows = Team.search(season)
    if team_rows != env["booking.team.day"].sudo().search(season):
        sys.exit("The booker's team days and the superuser's differ.")
    table.note("  the person's season: days", f"{len(team_rows)}")

    env.cr.execute("SHOW jit")
    server_jit = env.cr.fetchone()[0]
    for jit in ["on", "off"] if server_jit == "on" else ["off"]:
        env.cr.execute(f"SET jit = {jit}")
        suffix = f" (jit = {jit})"
        table.compare(
            "cluster calendar, a month, web_search_read" + suffix,
            "superuser, same rows",
            lambda: Unrestricted.web_search_read(same_rows, CALENDAR_SPEC),
            lambda: Day.web_search_read(month, CALENDAR_SPEC),
            1.5,
            invalidate,
        )
        table.compare(
            "team availability, a person's season" + suffix,
            "superuser",
            lambda: env["booking.team.day"].sudo().web_search_read(season, TEAM_SPEC),
            lambda: Team.web_search_read(season, TEAM_SPEC),
            1.5,
            invalidate,
        )
    env.cr.execute("SET jit = off")
    whole_cluster = [*month, ("company_id", "in", companies.ids)]
    elapsed = median_ms(
        lambda: Unrestricted.web_search_read(whole_cluster, CALENDAR_SPEC),
        setup=invalidate,
    )
    table.note(
        "  superuser, the whole cluster's month (both kinds)", f"{elapsed:.1f} ms"
    )
    feed = env["booking.calendar.feed"].create({"user_id": user.id})
    feed.action_generate()
    table.note(
        "  the booker's calendar feed (21 months)",
        f"{median_ms(feed._ical, runs=3, setup=invalidate):.0f} ms",
    )
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--dates", 200_000)
