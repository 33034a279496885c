# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date, datetime

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval

from .common import OptionCommon


@tagged("post_install", "-at_install")
class TestOptionFlow(OptionCommon):
    def test_options_on_one_day_are_ranked_in_the_order_they_come(self):
        """Two more organisers hold the day: ranks 2 and 3, each saved from
        the form by a booker holding only the Booker role."""
        second = self._place(self.booker, self.venue_2)
        third = self._place(self.booker_2, self.venue_3)
        self.assertEqual(
            self._ranks(self.date, second, third),
            [("option", 1), ("option", 2), ("option", 3)],
        )
        self.assertEqual(second.option_rank_label, "Option 2")
        self.assertEqual(self._events(third), ["placed"])
        self.assertEqual(third.option_event_ids.user_id, self.booker_2)

    def test_a_new_option_expires_after_the_company_delay_with_a_reminder(self):
        """Default expiry from the company setting; the booker gets a
        reminder activity two days before."""
        self.company_a.option_default_expiry_days = 10
        with freeze_time("2027-02-01"):
            option = self._place(self.booker_2, self.venue_2)
        self.assertEqual(option.option_expiry, date(2027, 2, 11))
        reminder = option.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("booking_option.mail_activity_option_expiry")
            )
        )
        self.assertEqual(reminder.user_id, self.booker_2)
        self.assertEqual(reminder.date_deadline, date(2027, 2, 9))

    def test_releasing_moves_the_lower_options_up_and_tells_their_bookers(self):
        """Rank 1 released: 2 becomes 1, 3 becomes 2, each in the history,
        and the second booker is told on her date."""
        second = self._place(self.booker_2, self.venue_2)
        third = self._place(self.booker_2, self.venue_3)
        self.date.with_env(self._env_of(self.booker)).action_option_release()
        self.assertEqual(
            self._ranks(self.date, second, third),
            [("cancelled", 0), ("option", 1), ("option", 2)],
        )
        self.assertEqual(self.date.option_end, "released")
        self.assertEqual(self.date.cancel_reason, "Option released")
        self.assertEqual(self._events(second), ["placed", "promoted"])
        promoted = second.option_event_ids.filtered(lambda e: e.event == "promoted")
        self.assertEqual((promoted.rank_from, promoted.rank_to), (2, 1))
        notice = second.message_ids.filtered(
            lambda m: self.booker_2.partner_id in m.partner_ids
        )
        self.assertIn("moved up to rank 1", notice[:1].body)

    def test_the_organiser_declining_ends_the_option(self):
        """Declined by the organiser: the option ends so, the next moves up."""
        second = self._place(self.booker, self.venue_2)
        self.date.with_env(self._env_of(self.booker)).action_option_decline()
        self.assertEqual(self.date.option_end, "declined")
        self.assertEqual(self._ranks(second), [("option", 1)])

    def test_only_the_first_option_is_confirmed_and_the_others_released(self):
        """Confirming rank 2 is refused; confirming rank 1 releases the
        others (the company's default policy)."""
        second = self._place(self.booker, self.venue_2)
        with self.assertRaisesRegex(UserError, "Only the first option"):
            second.action_confirm()
        self.date.with_env(self._env_of(self.booker)).action_confirm()
        self.assertEqual(
            self._ranks(self.date, second), [("confirmed", 0), ("cancelled", 0)]
        )
        self.assertEqual(self._events(second), ["placed", "released"])

    def test_with_the_flag_policy_the_others_wait_flagged(self):
        """Flag policy: the others stay options, flagged, and move up; the
        confirmed date put back to an option comes first again."""
        self.company_a.option_confirm_policy = "flag"
        second = self._place(self.booker, self.venue_2)
        env = self._env_of(self.booker)
        self.date.with_env(env).action_confirm()
        self.assertEqual(self._ranks(second), [("option", 1)])
        self.assertTrue(second.option_flagged)
        with self.assertRaisesRegex(UserError, "already confirmed"):
            second.with_env(env).action_confirm()
        self.date.with_env(env).action_reset_option()
        self.assertEqual(self._ranks(self.date, second), [("option", 1), ("option", 2)])
        self.assertFalse(second.option_flagged)

    @freeze_time("2027-03-01 09:00:00")
    def test_a_challenge_releases_the_higher_options_that_do_not_answer(self):
        """Rank 3 challenges: ranks 1 and 2 get a deadline (company setting)
        and an activity; 2 keeps its option, 1 does not answer; at the
        deadline the job releases 1, and the challenger becomes 2."""
        self.company_a.option_challenge_hours = 24
        second = self._place(self.booker_2, self.venue_2)
        third = self._place(self.booker, self.venue_3)
        third.with_env(self._env_of(self.booker)).action_option_challenge()
        self.assertEqual(self.date.option_challenge_state, "pending")
        self.assertEqual(
            self.date.option_challenge_deadline, datetime(2027, 3, 2, 9, 0)
        )
        challenged = self.env.ref("booking_option.mail_activity_option_challenge")
        self.assertEqual(
            second.activity_ids.filtered(
                lambda a: a.activity_type_id == challenged
            ).user_id,
            self.booker_2,
        )
        with self.assertRaisesRegex(UserError, "answers a challenge by confirming"):
            self.date.with_env(self._env_of(self.booker)).action_option_answer()
        second.with_env(self._env_of(self.booker_2)).action_option_answer()
        self.assertEqual(second.option_challenge_state, "answered")
        self.env["booking.date"]._cron_option_deadlines()
        self.assertEqual(self._ranks(self.date), [("option", 1)])
        with freeze_time("2027-03-02 09:00:01"):
            self.env["booking.date"]._cron_option_deadlines()
        self.assertEqual(
            self._ranks(self.date, second, third),
            [("cancelled", 0), ("option", 1), ("option", 2)],
        )
        self.assertFalse(third.option_challenge_state)
        self.assertFalse(second.option_challenge_state)
        self.assertEqual(self._events(third), ["placed", "challenge", "promoted"])
        self.assertFalse(self.date.option_event_ids[:1].user_id)

    def test_a_challenge_is_only_for_a_lower_option(self):
        """The first option challenges no one; two challenges at once are
        refused."""
        second = self._place(self.booker, self.venue_2)
        env = self._env_of(self.booker)
        with self.assertRaisesRegex(UserError, "no higher option"):
            self.date.with_env(env).action_option_challenge()
        second.with_env(env).action_option_challenge()
        third = self._place(self.booker, self.venue_3)
        with self.assertRaisesRegex(UserError, "already under way"):
            third.with_env(env).action_option_challenge()

    def test_the_job_releases_expired_options(self):
        """Past its expiry date an option expires; the next moves up."""
        second = self._place(self.booker, self.venue_2)
        self.date.option_expiry = "2027-01-10"
        second.option_expiry = "2027-02-10"
        with freeze_time("2027-01-11"):
            self.env["booking.date"]._cron_option_deadlines()
        self.assertEqual(self.date.option_end, "expired")
        self.assertEqual(self.date.cancel_reason, "Option expired")
        self.assertEqual(self._ranks(second), [("option", 1)])

    def test_moving_an_option_to_another_day_ranks_it_there(self):
        """The option leaves its day (the next moves up) and comes last on
        the new one."""
        second = self._place(self.booker, self.venue_2)
        other_day = self._place(self.booker, self.venue_3, day="2027-03-13")
        self.date.with_env(self._env_of(self.booker)).write({"date": "2027-03-13"})
        self.assertEqual(
            self._ranks(second, other_day, self.date),
            [("option", 1), ("option", 1), ("option", 2)],
        )

    def test_cancelling_from_the_dialog_releases_the_option(self):
        """The cancel dialog of any date keeps the ranking right."""
        second = self._place(self.booker, self.venue_2)
        env = self._env_of(self.booker)
        action = self.date.with_env(env).action_cancel()
        wizard = Form(env[action["res_model"]].with_context(**action["context"]))
        wizard.reason = "Salle en travaux"
        wizard.save().action_cancel()
        self.assertEqual(self.date.cancel_reason, "Salle en travaux")
        self.assertEqual(self._ranks(second), [("option", 1)])
        self.date.with_env(env).action_reset_option()
        self.assertEqual(self._ranks(second, self.date), [("option", 1), ("option", 2)])

    def test_the_default_rank_setting_puts_new_options_there(self):
        """A default rank of 1 puts a new option first, the others down."""
        self.company_a.option_default_rank = 1
        second = self._place(self.booker, self.venue_2)
        self.assertEqual(self._ranks(second, self.date), [("option", 1), ("option", 2)])
        self.assertEqual(self._events(self.date), ["placed", "demoted"])

    def test_a_date_entered_confirmed_takes_the_day(self):
        """Created confirmed (an import), it takes the day by the policy;
        a second one on the same day is refused."""
        confirmed = self._place(self.booker, self.venue_2, state="confirmed")
        self.assertEqual(
            self._ranks(confirmed, self.date), [("confirmed", 0), ("cancelled", 0)]
        )
        with self.assertRaisesRegex(UserError, "already confirmed"):
            self._place(self.booker, self.venue_3, state="confirmed")

    def test_the_database_refuses_two_options_on_one_rank(self):
        """The partial unique indexes are the last guard, under any path."""
        self.company_a.option_confirm_policy = "flag"
        second = self._place(self.booker, self.venue_2)
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            second.sudo().with_context(booking_option_ranking=True).write(
                {"option_rank": 1}
            )
            second.flush_recordset()
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.date.action_confirm()
            second.sudo().with_context(booking_option_ranking=True).write(
                {"state": "confirmed"}
            )
            second.flush_recordset()

    def test_the_options_menu_lists_options_by_production_and_day(self):
        """The Options menu, as the booker's web client reads it."""
        self._place(self.booker, self.venue_2)
        env = self._env_of(self.booker)
        action = env["ir.actions.act_window"]._for_xml_id(
            "booking_option.booking_date_action_options"
        )
        groups = env["booking.date"].web_read_group(
            safe_eval(action["domain"]),
            ["option_rank:max"],
            ["production_id", "date:day"],
        )
        self.assertEqual(groups["groups"][0]["production_id_count"], 2)
        form = env["booking.date"].get_views([(False, "form")])["views"]["form"]["arch"]
        for button in ("action_option_challenge", "action_option_release"):
            self.assertIn(button, form)
