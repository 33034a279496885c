# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import ProductionCommon


@tagged("post_install", "-at_install")
class TestDateFlow(ProductionCommon):
    def test_an_option_is_confirmed_then_played(self):
        """Option, confirmed, done: the buttons a booker presses."""
        date = self.date.with_env(self._env_of(self.booker))
        self.assertEqual(date.state, "option")
        date.action_confirm()
        self.assertEqual(date.state, "confirmed")
        date.action_done()
        self.assertEqual(date.state, "done")

    def test_a_played_date_does_not_go_back(self):
        """A done date is neither reset, cancelled nor confirmed again, by
        button or by a plain write; the message says which move is refused."""
        date = self.date.with_env(self._env_of(self.booker))
        date.action_confirm()
        date.action_done()
        with self.assertRaisesRegex(UserError, "from done to option"):
            date.action_reset_option()
        with self.assertRaises(UserError):
            date.action_cancel()
        with self.assertRaises(UserError):
            date.write({"state": "confirmed"})
        self.assertEqual(date.state, "done")

    def test_an_option_is_not_played_without_being_confirmed(self):
        """Skipping confirmation is refused, whatever path writes it."""
        date = self.date.with_env(self._env_of(self.booker))
        with self.assertRaisesRegex(UserError, "from option to done"):
            date.action_done()
        with self.assertRaises(UserError):
            date.web_save({"state": "done"}, {"state": {}})

    def test_cancelling_asks_for_the_reason_and_keeps_it(self):
        """Cancel opens a dialog asking why; the reason stays on the date,
        and a cancelled date may become an option again, without it."""
        env = self._env_of(self.booker)
        date = self.date.with_env(env)
        action = date.action_cancel()
        wizard = Form(env[action["res_model"]].with_context(**action["context"]))
        wizard.reason = "Festival annulé"
        wizard.save().action_cancel()
        self.assertEqual(date.state, "cancelled")
        self.assertEqual(date.cancel_reason, "Festival annulé")
        date.action_reset_option()
        self.assertEqual(date.state, "option")
        self.assertFalse(date.cancel_reason)

    def test_a_cancelled_date_needs_a_reason(self):
        """Writing the cancelled state without a reason is refused."""
        date = self.date.with_env(self._env_of(self.booker))
        with self.assertRaises(ValidationError):
            date.write({"state": "cancelled"})

    def test_the_organiser_defaults_to_whoever_runs_the_venue(self):
        """The organiser is the structure running the venue, else the venue."""
        env = self._env_of(self.booker)
        network = self._create_entry(self.booker_a, name="Réseau des Scènes")
        hall = self._create_entry(
            self.booker_a, name="L'Arvorik", operator_id=network.id
        )
        date = env["booking.date"].create(
            {
                "production_id": self.production.id,
                "date": "2027-04-09",
                "venue_id": hall.id,
            }
        )
        self.assertEqual(date.organiser_id, network)
        self.assertEqual(self.date.organiser_id, self.venue)
