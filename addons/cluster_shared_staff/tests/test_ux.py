# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from unittest.mock import MagicMock, patch

from lxml import etree

from odoo.tests import tagged

from odoo.addons.base.models.ir_mail_server import IrMailServer

from .common import StaffCommon


@tagged("post_install", "-at_install")
class TestSharedStaffScreens(StaffCommon):
    """Issue 13, item 10: what the employers and the employer of record
    read on the shared staff screens."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # November: 5 h for A (none in October), 7:30 for B (2 h in October)
        cls._log("a", 5.0, "2026-11-03")
        cls._log("b", 7.5, "2026-11-04")
        cls._log("b", 2.0, "2026-10-04")
        cls._log("c", 20.0, "2026-11-01")
        cls.report_b = cls.agreement._get_report(
            cls.company_b, cls._d("2026-11-01"), cls._d("2026-11-30")
        )
        cls.report_a = cls.agreement._get_report(
            cls.company_a, cls._d("2026-11-01"), cls._d("2026-11-30")
        )
        (cls.report_a | cls.report_b).action_compute()

    def _arch(self, env, model, view_type, context=None):
        views = (
            env[model].with_context(**(context or {})).get_views([(False, view_type)])
        )
        return etree.fromstring(views["views"][view_type]["arch"])

    def _html(self, report):
        return (
            self.env["ir.actions.report"]
            ._render_qweb_html("cluster_shared_staff.report_staff_report", report.ids)[
                0
            ]
            .decode()
        )

    def test_hours_in_one_format(self):
        env = self._tick(self.accountants["a"], self.company_a)
        for model, view_type, fields in (
            ("cluster.staff.report", "list", ("hours", "previous_hours")),
            ("cluster.staff.report", "form", ("hours", "previous_hours")),
        ):
            arch = self._arch(env, model, view_type)
            for name in fields:
                with self.subTest(model=model, view=view_type, field=name):
                    nodes = arch.xpath(f"//field[@name='{name}']")
                    self.assertTrue(nodes)
                    self.assertEqual(
                        {node.get("widget") for node in nodes}, {"float_time"}
                    )
        arch = self._arch(env, "cluster.staff.report", "form")
        for name in ("value", "previous_value"):
            node = arch.xpath(f"//field[@name='time_line_ids']//field[@name='{name}']")
            self.assertEqual(node[0].get("widget"), "float_time")
        self.report_b.action_send()
        body = str(self.report_b.sent_message_id.body)
        self.assertIn("07:30", body)
        self.assertNotIn("7.50", body)
        html = self._html(self.report_b)
        self.assertIn("07:30", html)
        self.assertNotIn("7.50", html)

    def test_no_trend_when_nothing_before(self):
        time_a = self.report_a.time_line_ids
        self.assertEqual(time_a.previous_value, 0.0)
        self.assertEqual(time_a.trend_display, "new")
        time_b = self.report_b.time_line_ids
        self.assertEqual(time_b.trend_display, "+275 %")
        nothing = self.report_a.activity_line_ids.filtered(
            lambda line: not line.value and not line.previous_value
        )
        self.assertTrue(nothing)
        self.assertEqual(set(nothing.mapped("trend_display")), {False})
        self.report_a.action_send()
        for text in (
            str(self.report_a.sent_message_id.body),
            self._html(self.report_a),
        ):
            self.assertNotIn("0.00 %", text)
            self.assertNotIn("0.00", text)
            self.assertIn("new", text)

    def _send(self, report, error=None):
        """Send ``report`` and let the mail queue deliver it, the SMTP server
        failing with ``error`` if given."""
        with (
            patch.object(IrMailServer, "connect", return_value=MagicMock()),
            patch.object(
                IrMailServer,
                "send_email",
                side_effect=error,
                return_value="<staff-report@example.com>",
            ),
        ):
            report.action_send()
            self.env["mail.mail"].search(
                [
                    ("mail_message_id", "=", report.sent_message_id.id),
                    ("state", "=", "outgoing"),
                ]
            ).send()

    def test_failed_mail_is_not_marked_sent(self):
        self.managers["b"].notification_type = "email"
        self._send(self.report_b, ConnectionRefusedError("SMTP down"))
        self.assertEqual(self.report_b.state, "failed", "the mail failed")
        # the job leaves it alone, and it is sent again by hand
        self._send(self.report_b)
        self.assertEqual(self.report_b.state, "sent", "sent again")
        self.assertEqual(
            set(
                self.report_b.sent_message_id.notification_ids.mapped(
                    "notification_status"
                )
            ),
            {"sent"},
        )
