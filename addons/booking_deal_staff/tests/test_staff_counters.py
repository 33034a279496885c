# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.cluster_shared_staff.tests.common import StaffCommon


@tagged("post_install", "-at_install")
class TestStaffCounters(StaffCommon):
    """Maëlle agrees deals for Ar Men (A) and Kan Diskan (B) in November
    2026, and one for A in October."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue = cls.env["res.partner"].create(
            {
                "name": "Le Quartz",
                "is_company": True,
                "directory_cluster_id": cls.cluster_breizh.id,
            }
        )

    def _agree(self, company, when):
        production = self.env["booking.production"].create(
            {"name": "Kan ar Mor", "company_id": company.id}
        )
        date = self.env["booking.date"].create(
            {
                "production_id": production.id,
                "date": "2027-03-12",
                "venue_id": self.venue.id,
            }
        )
        date.action_confirm()
        env = self._tick(self.maelle, company)
        deal = env["booking.deal"].create(
            {
                "production_id": production.id,
                "organiser_id": self.venue.id,
                "date_ids": [(6, 0, date.ids)],
                "fee": 1000.0,
            }
        )
        with freeze_time(when):
            deal.action_agree()
        return deal

    def _values(self, report):
        return {line.code: line for line in report.line_ids if line.code}

    def test_deals_agreed_count_for_their_company(self):
        """A's report counts A's two November deals, the October one as the
        previous period, and nothing of B's deal."""
        self._agree(self.company_a, "2026-11-03 10:00")
        self._agree(self.company_a, "2026-11-04 10:00")
        self._agree(self.company_a, "2026-10-20 10:00")
        self._agree(self.company_b, "2026-11-05 10:00")
        report = self.agreement._get_report(
            self.company_a, self._d("2026-11-01"), self._d("2026-11-30")
        )
        report.action_compute()
        line = self._values(report)["contracts_agreed"]
        self.assertEqual((line.value, line.previous_value), (2, 1))
        report_b = self.agreement._get_report(
            self.company_b, self._d("2026-11-01"), self._d("2026-11-30")
        )
        report_b.action_compute()
        self.assertEqual(self._values(report_b)["contracts_agreed"].value, 1)
