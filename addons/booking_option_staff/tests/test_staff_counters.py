# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.cluster_shared_staff.tests.common import StaffCommon


@tagged("post_install", "-at_install")
class TestStaffCounters(StaffCommon):
    """Maëlle places options for Ar Men (A) and Kan Diskan (B) in November
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
        cls.production_a = cls.env["booking.production"].create(
            {"name": "Kan ar Mor", "company_id": cls.company_a.id}
        )
        cls.production_b = cls.env["booking.production"].create(
            {"name": "Secret de B", "company_id": cls.company_b.id}
        )

    def _place(self, production, day, when):
        env = self._tick(self.maelle, production.company_id)
        with freeze_time(when):
            return env["booking.date"].create(
                {
                    "production_id": production.id,
                    "date": day,
                    "venue_id": self.venue.id,
                    "option_expiry": "2027-12-31",
                }
            )

    def _values(self, report):
        return {line.code: line.value for line in report.line_ids if line.code}

    def test_options_placed_and_dates_confirmed_count_for_their_company(self):
        """A's report counts A's two options and one confirmation of
        November, the October option as the previous period, and nothing of
        B's option."""
        first = self._place(self.production_a, "2027-03-12", "2026-11-03 10:00")
        self._place(self.production_a, "2027-03-12", "2026-11-04 10:00")
        self._place(self.production_a, "2027-04-02", "2026-10-20 10:00")
        self._place(self.production_b, "2027-03-12", "2026-11-05 10:00")
        env = self._tick(self.maelle, self.company_a)
        with freeze_time("2026-11-20 10:00"):
            first.with_env(env).action_confirm()
        report = self.agreement._get_report(
            self.company_a, self._d("2026-11-01"), self._d("2026-11-30")
        )
        report.action_compute()
        values = self._values(report)
        self.assertEqual(values["options_placed"], 2)
        self.assertEqual(values["dates_confirmed"], 1)
        previous = report.line_ids.filtered(lambda line: line.code == "options_placed")
        self.assertEqual(previous.previous_value, 1)
        report_b = self.agreement._get_report(
            self.company_b, self._d("2026-11-01"), self._d("2026-11-30")
        )
        report_b.action_compute()
        self.assertEqual(self._values(report_b)["options_placed"], 1)
        self.assertEqual(self._values(report_b)["dates_confirmed"], 0)
