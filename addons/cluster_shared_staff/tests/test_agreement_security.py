# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import datetime

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import StaffCommon


@tagged("post_install", "-at_install")
class TestRedirectedReport(StaffCommon):
    """Issue 12, finding 1: the accountant of Ar Men (A), a staff manager
    through his role, makes an agreement that names Kan Diskan (B), or a
    company of another cluster, as served and himself as recipient of its
    report, and waits for the daily job to send it to him."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue = cls.env["res.partner"].create(
            {"name": "Salle du Secret", "is_company": True}
        )
        cls._log("b", 6.0, "2026-11-04", name="B secret routing")
        cls._interaction(
            "b", "Kan Diskan fee ceiling 4800", datetime(2026, 11, 4, 9, 0), cls.venue
        )
        cls.attacker = cls.accountants["a"]
        cls.env_attacker = cls._tick(cls.attacker, cls.company_a)
        # Maëlle works for Transat too, in the other cluster
        cls.maelle.company_ids |= cls.company_p
        cls.env["hr.employee"].create(
            {"name": "Maëlle", "user_id": cls.maelle.id, "company_id": cls.company_p.id}
        )

    def _agreement_values(self, company, recipients):
        return {
            "name": "Innocent sharing",
            "company_id": self.company_a.id,
            "user_id": self.maelle.id,
            "served_ids": [
                Command.create({"company_id": self.company_a.id}),
                Command.create(
                    {
                        "company_id": company.id,
                        "report_recipient_ids": [Command.set(recipients.ids)],
                    }
                ),
            ],
        }

    def _messages_to_attacker(self):
        return self.env["mail.message"].search(
            [("partner_ids", "in", self.attacker.partner_id.ids)]
        )

    def _run_job(self):
        with freeze_time("2026-12-02 06:00:00"):
            self.env["cluster.staff.agreement"]._cron_send_reports()

    def test_attacker_cannot_receive_another_members_report(self):
        Agreement = self.env_attacker["cluster.staff.agreement"]
        with self.assertRaises(ValidationError) as caught:
            Agreement.create(self._agreement_values(self.company_b, self.attacker))
        self.assertNotIn("Kan Diskan", str(caught.exception))
        self._run_job()
        bodies = " ".join(str(m.body) for m in self._messages_to_attacker())
        self.assertNotIn("fee ceiling", bodies)
        self.assertNotIn("Salle du Secret", bodies)

    def test_unconfirmed_company_gets_no_report(self):
        """Even with B's own manager as recipient, B takes part only once its
        member administrator confirms: the attacker cannot make B's report
        nor confirm for B."""
        agreement = self.env_attacker["cluster.staff.agreement"].create(
            self._agreement_values(self.company_b, self.managers["b"])
        )
        served_b = agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        self.assertEqual(served_b.state, "proposed")
        self.assertEqual(
            agreement.served_ids.filtered(
                lambda m: m.company_id == self.company_a
            ).state,
            "confirmed",
            "the employer takes part by making the agreement",
        )
        with self.assertRaises(AccessError):
            served_b.action_confirm_participation()
        with self.assertRaises(AccessError):
            served_b.write({"state": "confirmed"})
        self._run_job()
        self.assertFalse(
            self.env["cluster.staff.report"].search(
                [
                    ("agreement_id", "=", agreement.id),
                    ("company_id", "=", self.company_b.id),
                ]
            )
        )
        with self.assertRaisesRegex(UserError, "not confirmed"):
            agreement.sudo()._get_report(
                self.company_b, self._d("2026-11-01"), self._d("2026-11-30")
            )
        # B's member administrator sees the proposal and confirms it
        env_admin_b = self._tick(self.admins["b"], self.company_b)
        proposals = env_admin_b["cluster.staff.agreement.member"].search(
            [("state", "=", "proposed")]
        )
        self.assertIn(served_b.id, proposals.ids)
        self.assertTrue(proposals.browse(served_b.id).can_confirm)
        proposals.browse(served_b.id).action_confirm_participation()
        self.assertEqual(served_b.state, "confirmed")
        self.assertEqual(served_b.confirmed_by_id, self.admins["b"])

    def test_member_admin_of_another_company_cannot_confirm(self):
        agreement = self.env_attacker["cluster.staff.agreement"].create(
            self._agreement_values(self.company_b, self.managers["b"])
        )
        served_b = agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        env_admin_c = self._tick(self.admins["c"], self.company_c)
        with self.assertRaises(AccessError):
            served_b.with_env(env_admin_c).action_confirm_participation()
        self.assertEqual(served_b.state, "proposed")

    def test_attacker_cannot_serve_another_cluster(self):
        Agreement = self.env_attacker["cluster.staff.agreement"]
        with self.assertRaises(ValidationError) as caught:
            Agreement.create(
                self._agreement_values(self.company_p, self.env["res.users"])
            )
        self.assertNotIn("Transat", str(caught.exception))

    def test_served_company_cannot_rewrite_the_agreement(self):
        """Kan Diskan's accountant reads the agreement, but only Ar Men
        changes whom it serves and its recipients."""
        env_b = self._tick(self.accountants["b"], self.company_b)
        agreement = self.agreement.with_env(env_b)
        served_b = agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        with self.assertRaises(AccessError):
            served_b.write({"report_recipient_ids": [Command.clear()]})
        with self.assertRaises(AccessError):
            agreement.write({"name": "Rewritten"})

    def test_job_builds_each_report_as_its_recipient(self):
        self._run_job()
        reports = self.env["cluster.staff.report"].search(
            [("agreement_id", "=", self.agreement.id)]
        )
        self.assertEqual(reports.company_id, self.companies)
        for key, company in zip("abc", self.companies, strict=True):
            report = reports.filtered(lambda r, c=company: r.company_id == c)
            self.assertEqual(report.create_uid, self.managers[key])
            self.assertEqual(report.state, "sent")
            self.assertEqual(
                report.sent_message_id.notification_ids.res_partner_id,
                self.managers[key].partner_id,
                "notified, though the job worked as her",
            )

    def test_job_skips_a_recipient_who_lost_her_role(self):
        manager_b = self.managers["b"]
        manager_b.role_line_ids.unlink()
        self._run_job()
        self.assertFalse(
            self.env["cluster.staff.report"].search(
                [
                    ("agreement_id", "=", self.agreement.id),
                    ("company_id", "=", self.company_b.id),
                ]
            )
        )

    def test_recipients_must_read_the_report(self):
        """Maëlle books for B but may not read B's reports; a portal user
        and a user of A are refused the same way."""
        portal = self._create_user("staff_portal", self.company_b, "base.group_portal")
        served_b = self.agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        env_a = self._tick(self.accountants["a"], self.company_a)
        for user in (self.maelle, portal, self.managers["a"]):
            with self.subTest(user=user.login), self.assertRaises(ValidationError):
                served_b.with_env(env_a).write(
                    {"report_recipient_ids": [Command.link(user.id)]}
                )

    def test_shared_person_is_a_user_of_the_employer(self):
        outsider = self._create_user("transat_person", self.company_p)
        with self.assertRaises(ValidationError) as caught:
            self.env_attacker["cluster.staff.agreement"].create(
                {
                    "name": "Probe",
                    "company_id": self.company_a.id,
                    "user_id": outsider.id,
                }
            )
        self.assertNotIn(outsider.name, str(caught.exception))

    def test_employer_of_record_never_changes(self):
        with self.assertRaisesRegex(UserError, "cannot change"):
            self.agreement.write({"company_id": self.company_b.id})


@tagged("post_install", "-at_install")
class TestWriteThenRead(StaffCommon):
    """Issue 12, write then read: a many2one pointed at another company's
    record would show its name, computed as superuser."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.transat_project = cls.env["project.project"].create(
            {"name": "Transat secret project", "company_id": cls.company_p.id}
        )
        cls.report_b = cls.agreement._get_report(
            cls.company_b, cls._d("2026-11-01"), cls._d("2026-11-30")
        )

    def test_report_line_cannot_name_a_foreign_project(self):
        env_b = self._tick(self.managers["b"], self.company_b)
        report = self.report_b.with_env(env_b)
        with self.assertRaises(ValidationError) as caught:
            report.write(
                {
                    "line_ids": [
                        Command.create(
                            {
                                "section": "time",
                                "name": "Probe",
                                "project_id": self.transat_project.id,
                            }
                        )
                    ]
                }
            )
        self.assertNotIn("Transat", str(caught.exception))

    def test_report_cannot_point_at_a_foreign_message(self):
        secret = self.env["mail.message"].create(
            {
                "model": "res.partner",
                "res_id": self.company_p.partner_id.id,
                "subject": "Transat secret subject",
                "body": "Transat secret",
            }
        )
        env_b = self._tick(self.managers["b"], self.company_b)
        with self.assertRaises(ValidationError) as caught:
            self.report_b.with_env(env_b).write({"sent_message_id": secret.id})
        self.assertNotIn("Transat", str(caught.exception))
