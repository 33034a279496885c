# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import tagged

from .common import ConsolidationCommon


@tagged("post_install", "-at_install")
class TestCollection(ConsolidationCommon):
    """How the run sorts the journal items into buckets, in its one pass."""

    def test_earlier_results_are_sorted_by_fiscal_year_ending_in_june(self):
        """P's fiscal year ends on 30 June: its revenue of 30 June 2025
        belongs to the fiscal year 2025, that of 1 July and 15 December 2025
        to the fiscal year 2026, whose January is the run's period. Each
        earlier fiscal year is a bucket of its own (its own average rate)."""
        self.p.write({"fiscalyear_last_month": "6", "fiscalyear_last_day": 30})
        self._entry(
            self.p, "2025-06-30", [("512000", 100.0, None), ("706000", -100.0, None)]
        )
        self._entry(
            self.p, "2025-07-01", [("512000", 200.0, None), ("706000", -200.0, None)]
        )
        run = self.consolidation
        members = run._members()
        rows = run._balance_rows(
            run._consolidated_companies(members), run._acquisitions(members), {}
        )
        revenue = self._account(self.p, "706000").id
        self.assertEqual(
            sorted(
                (label, amount)
                for company, account, _partner, label, amount, *_rest in rows
                if company == self.p.id and account == revenue
            ),
            [("2025", -100.0), ("2026", -700.0), ("period", -4000.0)],
        )
