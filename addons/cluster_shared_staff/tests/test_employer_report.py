# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import StaffCommon


@tagged("post_install", "-at_install")
class TestEmployerReport(StaffCommon):
    """November 2026 in Europe/Paris (UTC+1) for Ar Men (A), with Kan
    Diskan (B) busy at the same time."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue = cls.env["res.partner"].create(
            {"name": "Théâtre de Lorient", "is_company": True}
        )
        # A's time: 5 h in November, 2 h in October (the previous period)
        cls._log("a", 5.0, "2026-11-03")
        cls._log("a", 2.0, "2026-10-10")
        # 23:30 in Paris on 30 November: still November
        cls._interaction(
            "a",
            "Lorient wants the spring date",
            datetime(2026, 11, 30, 22, 30),
            cls.venue,
        )
        # 00:30 in Paris on 1 December: not November any more
        cls._interaction(
            "a", "Call after midnight", datetime(2026, 11, 30, 23, 30), cls.venue
        )
        # 00:30 in Paris on 1 November, still October in UTC: November
        cls._interaction(
            "a",
            "Proposal sent for the spring tour",
            datetime(2026, 10, 31, 23, 30),
            cls.venue,
            interaction_type="proposal",
        )
        cls._interaction("a", "October call", datetime(2026, 10, 15, 9, 0), cls.venue)
        cls._interaction(
            "a",
            "Asked for the rider",
            datetime(2026, 11, 5, 9, 0),
            cls.venue,
            followup_date="2026-11-20",
            followup_done=True,
            followup_done_date="2026-11-25",
        )
        cls._interaction(
            "a",
            "Waiting for the budget",
            datetime(2026, 11, 6, 9, 0),
            cls.venue,
            interaction_type="mail",
            followup_date="2026-11-10",
        )
        cls._interaction(
            "a",
            "Meeting at the festival",
            datetime(2026, 11, 7, 9, 0),
            cls.venue,
            interaction_type="meeting",
            followup_date="2026-12-10",
        )
        # B's activity: never in A's report
        cls._log("b", 12.0, "2026-11-04")
        cls.b_secret = cls._interaction(
            "b", "Kan Diskan fee ceiling 4800", datetime(2026, 11, 4, 9, 0), cls.venue
        )
        cls.env["directory.note"].create(
            {
                "company_id": cls.company_b.id,
                "partner_id": cls.venue.id,
                "pitch": "Kan Diskan private pitch",
            }
        )
        cls.report_a = cls.agreement._get_report(
            cls.company_a, cls._d("2026-11-01"), cls._d("2026-11-30")
        )
        cls.report_a.action_compute()

    def _values(self, report):
        return {
            (line.section, line.code or line.name): line.value
            for line in report.line_ids
        }

    def _texts(self, report):
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("cluster_shared_staff.report_staff_report", report.ids)[
                0
            ]
            .decode()
        )
        return (
            " ".join(
                report.line_ids.mapped("name")
                + [name for name in report.line_ids.mapped("partner_name") if name]
            )
            + html
        )

    def test_figures_of_the_period(self):
        values = self._values(self.report_a)
        self.assertEqual(values[("time", "Tournée Ar Men Test")], 5.0)
        self.assertEqual(self.report_a.hours, 5.0)
        self.assertEqual(self.report_a.previous_hours, 2.0)
        self.assertEqual(
            values[("activity", "call")], 2, "the 23:30 call and the rider call"
        )
        self.assertEqual(
            values[("activity", "proposal")], 1, "00:30 Paris on 1 November"
        )
        self.assertEqual(values[("activity", "mail")], 1)
        self.assertEqual(values[("activity", "meeting")], 1)
        self.assertEqual(values[("activity", "followup_done")], 1)
        self.assertEqual(values[("activity", "followup_overdue")], 1)
        call = self.report_a.activity_line_ids.filtered(
            lambda line: line.code == "call"
        )
        self.assertEqual(call.previous_value, 1)
        self.assertEqual(call.trend, 100.0)
        self.assertEqual(
            self.report_a.highlight_line_ids[0].name, "Lorient wants the spring date"
        )
        self.assertNotIn(
            "Call after midnight", self.report_a.highlight_line_ids.mapped("name")
        )
        self.assertEqual(
            self.report_a.followup_line_ids.mapped("name"), ["Meeting at the festival"]
        )

    def test_time_logged_after_the_period_closes(self):
        self._log("a", 1.5, "2026-11-30", name="Logged on 2 December for 30 November")
        self._log("a", 4.0, "2026-12-01")
        self.report_a.action_compute()
        self.assertEqual(self.report_a.hours, 6.5)

    def test_a_report_ignores_b(self):
        before = self._values(self.report_a)
        self._log("b", 20.0, "2026-11-10")
        self._interaction(
            "b", "Another B call", datetime(2026, 11, 12, 9, 0), self.venue
        )
        self.report_a.action_compute()
        self.assertEqual(self._values(self.report_a), before)
        # computed in one batch with B's report: still only A's figures
        report_b = self.agreement._get_report(
            self.company_b, self._d("2026-11-01"), self._d("2026-11-30")
        )
        (self.report_a | report_b).action_compute()
        self.assertEqual(self._values(self.report_a), before)
        self.assertEqual(report_b.hours, 32.0)
        texts = self._texts(self.report_a)
        for secret in (
            "Tournée Kan Diskan Test",
            "Kan Diskan fee ceiling",
            "private pitch",
            "Another B call",
        ):
            self.assertNotIn(secret, texts)

    def test_only_the_employer_reads_its_report(self):
        env_b = self._tick(self.managers["b"], self.company_b)
        self.assertFalse(
            env_b["cluster.staff.report"].search([("id", "=", self.report_a.id)])
        )
        with self.assertRaises(AccessError):
            env_b["cluster.staff.report"].browse(self.report_a.id).read(["hours"])
        env_a = self._tick(self.managers["a"], self.company_a)
        self.assertEqual(
            env_a["cluster.staff.report"].browse(self.report_a.id).hours, 5.0
        )

    def test_sent_report_is_frozen(self):
        self.report_a.action_send()
        with self.assertRaisesRegex(UserError, "was sent"):
            self.report_a.action_compute()

    def test_digest_sends_each_employer_its_part_once(self):
        with freeze_time("2026-12-02 06:00:00"):
            self.env["cluster.staff.agreement"]._cron_send_reports()
        reports = self.env["cluster.staff.report"].search(
            [("agreement_id", "=", self.agreement.id)]
        )
        self.assertEqual(reports.company_id, self.companies)
        self.assertEqual(set(reports.mapped("state")), {"sent"})
        message = self.report_a.message_ids.filtered(
            lambda m: m.message_type == "comment"
        )
        self.assertEqual(len(message), 1)
        self.assertEqual(message.partner_ids, self.managers["a"].partner_id)
        body = str(message.body)
        self.assertIn("Tournée Ar Men Test", body)
        self.assertIn("Lorient wants the spring date", body)
        self.assertIn("Meeting at the festival", body)
        self.assertNotIn("Tournée Kan Diskan Test", body)
        self.assertNotIn("Kan Diskan fee ceiling", body)
        self.assertEqual(len(message.attachment_ids), 1, "the PDF report")
        report_b = reports.filtered(lambda r: r.company_id == self.company_b)
        body_b = str(
            report_b.message_ids.filtered(lambda m: m.message_type == "comment").body
        )
        self.assertIn("Kan Diskan fee ceiling", body_b)
        self.assertNotIn("Tournée Ar Men Test", body_b)
        with freeze_time("2026-12-03 06:00:00"):
            self.env["cluster.staff.agreement"]._cron_send_reports()
        self.assertEqual(
            len(
                self.report_a.message_ids.filtered(
                    lambda m: m.message_type == "comment"
                )
            ),
            1,
        )

    def test_employee_shows_the_agreement(self):
        self.assertEqual(self.employees["b"].staff_agreement_ids, self.agreement)
