# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Helpers shared by the benchmarks: an Odoo environment on a given
database, medians of repeated timings, and the result table."""

import argparse
import statistics
import time
from contextlib import contextmanager

import odoo
from odoo import api
from odoo.modules.registry import Registry


@contextmanager
def environment(database, db_args):
    odoo.tools.config.parse_config(["-d", database, *db_args])
    registry = Registry(database)
    with registry.cursor() as cr:
        yield api.Environment(cr, odoo.SUPERUSER_ID, {})


def main(argv, run, option, default):
    """Command line of a benchmark: DB, its size ``option`` (e.g.
    ``--entries``) and the Odoo options passed as ``--db-arg``; then
    ``run(env, size)``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument(option, dest="size", type=int, default=default)
    parser.add_argument("--db-arg", action="append", default=[])
    args = parser.parse_args(argv)
    with environment(args.database, args.db_arg) as env:
        run(env, args.size)


def median_ms(function, runs=7, setup=None):
    """Median wall time of ``function()`` in milliseconds; ``setup()`` runs
    untimed before each run (e.g. to empty the ORM cache)."""
    timings = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


class Table:
    """Rows of (measure, baseline, measured, target ratio or absolute)."""

    def __init__(self, title):
        self.title = title
        self.rows = []

    def ratio(self, name, baseline_name, baseline, measured, max_ratio):
        ratio = measured / baseline if baseline else float("inf")
        self.rows.append(
            (
                name,
                f"{baseline_name}: {baseline:.1f} ms",
                f"{measured:.1f} ms",
                f"{ratio:.2f}x",
                f"<= {max_ratio}x",
                "ok" if ratio <= max_ratio else "MISSED",
            )
        )

    def compare(self, name, baseline_name, baseline, measured, max_ratio, setup):
        """Time ``baseline()`` and ``measured()`` alike, ``setup()`` before
        each run, and add their ratio."""
        self.ratio(
            name,
            baseline_name,
            median_ms(baseline, setup=setup),
            median_ms(measured, setup=setup),
            max_ratio,
        )

    def absolute(self, name, measured, unit, target, met):
        self.rows.append(
            (
                name,
                "-",
                f"{measured:.1f} {unit}",
                "-",
                target,
                "ok" if met else "MISSED",
            )
        )

    def note(self, name, text):
        self.rows.append((name, "-", text, "-", "-", "-"))

    def print(self):
        header = ("measure", "baseline", "measured", "ratio", "target", "verdict")
        widths = [
            max(len(str(row[i])) for row in [header, *self.rows]) for i in range(6)
        ]
        line = "+".join("-" * (w + 2) for w in widths)
        print(f"\n{self.title}\n{line}")
        for row in [header, None, *self.rows]:
            if row is None:
                print(line)
                continue
            print(
                " | ".join(
                    str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)
                )
            )
        print(line)
