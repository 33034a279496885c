# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import DaySheetCommon


@tagged("post_install", "-at_install")
class TestDaySheetSend(DaySheetCommon):
    def _composer(self, env):
        action = self.date.with_env(env).action_send_day_sheet()
        composer_env = env["mail.compose.message"].with_context(**action["context"])
        return Form(composer_env)

    def test_send_mails_the_sheet_to_the_team_on_tour_only(self):
        """One click opens the composer on the date with the PDF attached,
        addressed to the team members on tour who have an e-mail; sent, the
        mail reaches them and not the date's followers."""
        self.date.message_subscribe(partner_ids=self.accountant.partner_id.ids)
        env = self._env_of(self.booker)
        form = self._composer(env)
        self.assertEqual(form.partner_ids[:], self.dancer.partner_id.with_env(env))
        self.assertEqual(len(form.attachment_ids), 1)
        self.assertIn("Kan ar Mor", form.attachment_ids[0].name)
        self.assertIn("Feuille de route", form.subject)
        form.save().action_send_mail()
        message = self.date.message_ids[0]
        self.assertEqual(message.attachment_ids.res_model, "booking.date")
        self.assertEqual(message.notified_partner_ids, self.dancer.partner_id)
        mail = self.env["mail.mail"].search([("mail_message_id", "=", message.id)])
        self.assertEqual(mail.recipient_ids, self.dancer.partner_id)

    def test_other_messages_still_reach_the_followers(self):
        """Only the day sheet skips the followers: a plain message on the
        date notifies them as usual."""
        self.date.message_subscribe(partner_ids=self.accountant.partner_id.ids)
        message = self.date.with_env(self._env_of(self.booker)).message_post(
            body="Horaires confirmés",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.assertIn(self.accountant.partner_id, message.notified_partner_ids)

    def test_a_team_without_e_mail_is_told_so(self):
        """With nobody on tour reachable by e-mail, sending says what to fix."""
        self.dancer.partner_id.email = False
        env = self._env_of(self.booker)
        env = env(context=dict(env.context, lang="fr_FR"))
        with self.assertRaisesRegex(UserError, "adresse e-mail"):
            self.date.with_env(env).action_send_day_sheet()

    def test_a_booker_of_another_company_cannot_send_the_sheet(self):
        """B's booker cannot open A's date's composer."""
        env = self._env_of(self.booker_b_only)
        with self.assertRaises(Exception) as caught:
            self.date.with_env(env).action_send_day_sheet()
        self.assertEqual(type(caught.exception).__name__, "AccessError")
