# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import tagged

from .common import MailingCommon


@tagged("post_install", "-at_install")
class TestMailingRecipients(MailingCommon):
    """Issue 12, finding 2: a booker's mailing on Contacts with an empty
    domain, sent by the queue that runs as superuser."""

    def _mailing_on_contacts(self, user, domain="[]"):
        return self._new_record(
            user,
            "mailing.mailing",
            {
                "subject": "Saison 2027",
                "mailing_model_id": self.env["ir.model"]._get_id("res.partner"),
                "mailing_domain": domain,
                "body_html": "<p>Notre saison</p>",
            },
        )

    def _run_queue(self):
        """What the scheduler does: the mass mailing cron, as its user."""
        self.env.ref("mass_mailing.ir_cron_mass_mailing_queue").method_direct_trigger()

    def _reached(self, mailing):
        # What the queue made, read as superuser like the queue itself
        traces = self.env["mailing.trace"].search(
            [("mass_mailing_id", "=", mailing.id)]
        )
        mails = self.env["mail.mail"].search([("mailing_id", "=", mailing.id)])
        mailed = set(mails.recipient_ids.mapped("email")) | {
            to for to in mails.mapped("email_to") if to
        }
        return set(traces.mapped("email")), mailed

    def test_queue_mails_only_the_senders_directory(self):
        mailing = self._mailing_on_contacts(self.role_booker_a)
        mailing.with_user(self.role_booker_a).action_put_in_queue()
        self._run_queue()
        traced, mailed = self._reached(mailing)
        self.assertIn("prog@cornouaille.example", traced)
        for foreign in (
            "info@agora.example",
            "global@stray.example",
            self.role_booker_q.email,
        ):
            self.assertNotIn(foreign, traced)
            self.assertFalse({to for to in mailed if foreign in to}, foreign)
        self.assertIn("prog@cornouaille.example", mailed)
        # Sent as its author would (placeholders rendered with her rights)
        mails = self.env["mail.mail"].search([("mailing_id", "=", mailing.id)])
        self.assertEqual(mails.author_id, self.role_booker_a.partner_id)

    def test_send_now_and_chosen_ids_stay_in_the_directory(self):
        mailing = self._mailing_on_contacts(self.role_booker_a)
        as_a = mailing.with_user(self.role_booker_a).with_context(
            allowed_company_ids=self.company_a.ids
        )
        self.assertNotIn(
            self.agora.id,
            as_a._get_recipients(),
        )
        # The ids a caller passes over RPC are fenced as well
        as_a.action_send_mail([self.agora.id, self.stray.id, self.venue.id])
        traced, _mailed = self._reached(mailing)
        self.assertEqual(traced, {"prog@cornouaille.example"})

    def test_form_counts_what_the_mailing_reaches(self):
        """The recipient count the form shows, before and after saving, is
        the fenced one."""
        Mailing = self._as(self.role_booker_a)["mailing.mailing"]
        new = Mailing.new(
            {
                "mailing_model_id": self.env["ir.model"]._get_id("res.partner"),
                "mailing_domain": "[]",
                "sender_company_ids": self.company_a.ids,
            }
        )
        mailing = self._mailing_on_contacts(self.role_booker_a)
        reached = mailing.with_user(self.role_booker_a)._get_recipients()
        self.assertIn(self.venue.id, reached)
        self.assertNotIn(self.agora.id, reached)
        self.assertEqual(new.total, len(reached))
        self.assertEqual(
            mailing.with_env(Mailing.env).web_read({"total": {}})[0]["total"],
            len(reached),
        )

    def test_other_cluster_reads_no_trace(self):
        mailing = self._mailing_on_contacts(self.role_booker_a)
        mailing.with_user(self.role_booker_a).action_put_in_queue()
        self._run_queue()
        self.assertTrue(
            self._as(self.role_booker_a)["mailing.trace"].search(
                [("mass_mailing_id", "=", mailing.id)]
            )
        )
        for user in (self.role_booker_q, self.role_booker_b):
            env = self._as(user)
            self.assertFalse(
                env["mailing.trace"].search_read([], ["email", "res_id"]),
                user.login,
            )
            self.assertFalse(
                env["mailing.trace"].web_search_read(
                    [("email", "=", "prog@cornouaille.example")],
                    {"email": {}},
                )["records"]
            )
            self.assertFalse(env["mailing.trace.report"].search([]), user.login)
            self.assertFalse(env["mailing.mailing"].name_search("Saison"), user.login)
