# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Benchmark of the deals: settling ``--deals`` coréalisations from their
box offices as the module does (``action_compute`` on them all: reading
the deals and box offices, the engine, storing the figures and the
statements' lines) against the settlement engine alone on the same terms
and tickets, and rendering one contract PDF whose production has a 10-page
technical rider. Both settlements' CPU times are printed as well.

The dates are loaded with SQL (one confirmed date per deal), the deals,
settlements and box offices with the ORM, untimed.

Usage (through scripts/bench): python -m tests.bench.booking_deal DB [--deals N]
"""

import base64
import io
import statistics
import sys
import time
from decimal import Decimal

from reportlab.pdfgen import canvas

from odoo import Command

from .common import Table, main, median_ms

RIDER_PAGES = 10


def build(env, count):
    env = env(context={"tracking_disable": True, "mail_create_nolog": True})
    company = env["res.company"].create({"name": "Bench deal company"})
    cluster = env["cluster.cluster"].create(
        {
            "name": "Bench deal cluster",
            "membership_ids": [
                Command.create(
                    {
                        "company_id": company.id,
                        "date_start": "2024-01-01",
                        "cost_share": 100.0,
                    }
                )
            ],
        }
    )
    group = env["account.tax.group"].create({"name": "TVA", "company_id": company.id})
    for name, use, amount in (("5,5", "sale", 5.5), ("20", "purchase", 20.0)):
        env["account.tax"].create(
            {
                "name": f"TVA {name} %",
                "company_id": company.id,
                "type_tax_use": use,
                "amount": amount,
                "tax_group_id": group.id,
                "country_id": env.ref("base.fr").id,
            }
        )
    venue = env["res.partner"].create(
        {"name": "Bench venue", "is_company": True, "directory_cluster_id": cluster.id}
    )
    production = env["booking.production"].create(
        {"name": "Bench production", "company_id": company.id}
    )
    env.flush_all()
    # SQL: the benchmark's own confirmed dates, one a day
    env.cr.execute(
        """
        INSERT INTO booking_date (production_id, company_id, date, venue_id,
               organiser_id, show_count, state)
        SELECT %s, %s, '2027-01-01'::date + i, %s, %s, 1, 'confirmed'
          FROM generate_series(0, %s - 1) i
        RETURNING id
        """,
        [production.id, company.id, venue.id, venue.id, count],
    )
    date_ids = sorted(row[0] for row in env.cr.fetchall())
    deals = env["booking.deal"].create(
        [
            {
                "production_id": production.id,
                "organiser_id": venue.id,
                "date_ids": [Command.set([date_id])],
                "deal_type": "corealisation",
                "producer_percent": 60.0,
                "threshold": 800.0 + index % 7 * 50,
                "minimum": 2000.0,
                "performance_tax": "astp",
                "rights_society": "sacd",
                "rights_payer": "producer",
            }
            for index, date_id in enumerate(date_ids)
        ]
    )
    settlements = env["booking.settlement"].create(
        [{"deal_id": deal.id} for deal in deals]
    )
    env["booking.settlement.band"].create(
        [
            values
            for index, settlement in enumerate(settlements)
            for values in (
                {
                    "settlement_id": settlement.id,
                    "name": "Plein",
                    "price": 18.0,
                    "sold": 100 + index % 150,
                    "free": 4,
                },
                {
                    "settlement_id": settlement.id,
                    "name": "Réduit",
                    "price": 12.0,
                    "sold": 60 + index % 90,
                },
            )
        ]
    )
    env.flush_all()
    return company, production, settlements


def rider_pdf():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for page in range(RIDER_PAGES):
        pdf.drawString(72, 760, f"Fiche technique, page {page + 1}")
        for line in range(40):
            pdf.drawString(72, 720 - line * 16, f"Ligne {line}: plateau, son, lumière")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def run(env, count):
    from odoo.addons.booking_deal.lib import settlement as engine

    company, production, settlements = build(env, count)
    rates = {
        name: Decimal(str(tax.amount)) for name, tax in company._deal_taxes().items()
    }
    # the engine's inputs, read once, untimed
    inputs = [
        (
            settlement.deal_id._engine_terms(),
            [
                engine.PriceBand(
                    band.name,
                    engine.cents(Decimal(str(band.price))),
                    band.sold,
                    band.free,
                    Decimal(str(band.vat_rate)),
                )
                for band in settlement.band_ids
            ],
        )
        for settlement in settlements
    ]

    cpu = {}  # this process's CPU time of each run, in ms

    def engine_alone():
        start = time.process_time()
        for terms, bands in inputs:
            engine.settle(terms, bands, rates)
        cpu.setdefault("engine", []).append((time.process_time() - start) * 1000)

    def orm():
        start = time.process_time()
        settlements.action_compute()
        env.flush_all()
        cpu.setdefault("orm", []).append((time.process_time() - start) * 1000)

    def cold():
        env.invalidate_all()

    table = Table(f"Deals: settling {count:,} deals from their box offices")
    baseline = median_ms(engine_alone, runs=3)
    measured = median_ms(orm, runs=1, setup=cold)
    table.ratio(
        f"settle {count:,} deals (action_compute, stored)",
        "engine alone",
        baseline,
        measured,
        2,
    )
    # PostgreSQL's own work (the lines' foreign keys and indexes) is not
    # this process's: on a loaded machine, wall time counts others' jobs too
    table.note(
        "CPU time of this process",
        f"engine {statistics.median(cpu['engine']):.1f} ms, "
        f"action_compute {statistics.median(cpu['orm']):.1f} ms",
    )
    deal = settlements[0].deal_id
    deal.action_agree()
    env["booking.production.rider"].create(
        {
            "production_id": production.id,
            "file": base64.b64encode(rider_pdf()),
            "file_name": "fiche-technique.pdf",
        }
    )
    report = env.ref("booking_deal.booking_deal_contract_report")
    start = time.perf_counter()
    pdf, _kind = report._render_qweb_pdf(report.report_name, deal.ids)
    seconds = time.perf_counter() - start
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    table.absolute(
        f"contract PDF, {RIDER_PAGES}-page rider ({pages} pages out)",
        seconds,
        "s",
        "report",
        True,
    )
    table.print()
    env.cr.rollback()


if __name__ == "__main__":
    main(sys.argv[1:], run, "--deals", 10_000)
