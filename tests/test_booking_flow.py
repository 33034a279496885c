# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""A booking, from prospect to calendar, in the browser (issue 15).

Maëlle (the shared booker, Ar Men current) walks the whole flow on the
demo: the spring portfolio of Kan ar Mor, a call to Le Liberté and the line
moved to *Date Possible*, an option on 28 May 2027 behind the demo's two
(Théâtre de Cornouaille first, Espace Triskell second), a challenge of
both; their 48 hours pass and the scheduled job releases them; she confirms
the option, now first, and finds the date on the company calendar and on
the cluster calendar. The tours are ``booking_flow`` and
``booking_flow_confirm`` (booking_calendar/static/tests/tours/); the
assertions below check what they did, on the records.

Across modules: booking_prospection, booking_directory_notes, booking_option
and booking_calendar.
"""

from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestBookingFlow(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref(
            "booking_option.date_kan_ar_mor_cornouaille_option_demo",
            raise_if_not_found=False,
        ):
            cls.skipTest(cls, "the booking demo data is not installed")
        cls.ar_men = cls.env.ref("cluster_base.company_ar_men_demo")
        cls.maelle = cls.env.ref("cluster_base.user_maelle_demo")
        cls.production = cls.env.ref("booking_production.production_kan_ar_mor_demo")
        cls.liberte = cls.env.ref("booking_directory.venue_liberte_demo")
        cls.first = cls.env.ref(
            "booking_option.date_kan_ar_mor_cornouaille_option_demo"
        )
        cls.second = cls.env.ref("booking_option.date_kan_ar_mor_triskell_option_demo")
        cls.line = cls.env.ref("booking_prospection.line_kan_ar_mor_liberte_demo")

    def _new_option(self):
        return self.env["booking.date"].search(
            [
                ("production_id", "=", self.production.id),
                ("date", "=", "2027-05-28"),
                ("venue_id", "=", self.liberte.id),
            ]
        )

    def _events(self, date):
        return date.option_event_ids.sorted("id").mapped("event")

    def test_a_booker_goes_from_prospect_to_calendar(self):
        """From the portfolio to the calendars: the call is Ar Men's, the
        option is placed third, challenges, moves up when the higher ones do
        not answer in time, is confirmed, and shows on both calendars."""
        self.assertEqual(
            (self.first.option_rank, self.second.option_rank),
            (1, 2),
            "the demo's 28 May holds two options",
        )
        self.assertEqual(self.line.stage_id.name, "Contacted")
        calls = self.line.interaction_ids
        self.start_tour("/odoo", "booking_flow", login="maelle")

        # The portfolio: the call went to Ar Men's history with Le Liberté
        self.assertEqual(self.line.stage_id.name, "Date Possible")
        call = self.line.interaction_ids - calls
        self.assertEqual(len(call), 1)
        self.assertEqual(call.interaction_type, "call")
        self.assertEqual(call.summary, "They could take Kan ar Mor on 28 May")
        self.assertEqual(call.company_id, self.ar_men)
        self.assertEqual(call.partner_id, self.liberte)
        self.assertEqual(call.user_id, self.maelle)

        # The option: third, challenging the two higher ones for 48 hours
        option = self._new_option()
        self.assertEqual(len(option), 1)
        self.assertEqual(option.company_id, self.ar_men)
        self.assertEqual(option.user_id, self.maelle)
        self.assertEqual(option.state, "option")
        self.assertEqual(option.option_rank, 3)
        self.assertEqual(option.option_challenge_state, "challenging")
        self.assertEqual(
            (self.first | self.second).mapped("option_challenge_state"),
            ["pending", "pending"],
        )
        deadline = option.option_challenge_deadline
        self.assertAlmostEqual(
            deadline,
            fields.Datetime.now() + timedelta(hours=48),
            delta=timedelta(minutes=10),
        )
        self.assertEqual(self._events(option), ["placed", "challenge"])
        self.assertEqual(self._events(self.first)[-1], "challenged")

        # The holders of the higher options do not answer: two days later the
        # scheduled job releases them and the challenger moves up
        with freeze_time(deadline + timedelta(minutes=1)):
            self.env.ref(
                "booking_option.ir_cron_option_deadlines"
            ).sudo().method_direct_trigger()
        self.env.invalidate_all()
        self.assertEqual(option.option_rank, 1)
        self.assertFalse(option.option_challenge_state)
        for released in self.first | self.second:
            self.assertEqual(released.state, "cancelled")
            self.assertEqual(released.option_end, "released")
        self.assertIn("promoted", self._events(option))

        self.start_tour(
            f"/odoo/action-booking_option.booking_date_action_options/{option.id}",
            "booking_flow_confirm",
            login="maelle",
        )
        self.env.invalidate_all()
        self.assertEqual(option.state, "confirmed")
        self.assertFalse(option.option_rank)
        self.assertEqual(self._events(option)[-1], "confirmed")
        self.assertEqual(option.option_event_ids.sorted("id")[-1].user_id, self.maelle)
        # On the cluster calendar, with the details, for her
        day = (
            self.env["booking.cluster.day"]
            .with_user(self.maelle)
            .with_context(allowed_company_ids=self.ar_men.ids)
            .search([("date_id", "=", option.id)])
        )
        self.assertEqual(day.kind, "detail")
        self.assertEqual(day.state, "confirmed")
