# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import OptionCommon


@tagged("post_install", "-at_install")
class TestOptionSecurity(OptionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.second = cls.env["booking.date"].create(
            {
                "production_id": cls.production.id,
                "date": cls.date.date,
                "venue_id": cls.venue_2.id,
                "user_id": cls.booker_2.id,
                "option_expiry": "2027-06-30",
            }
        )

    def test_a_booker_of_another_company_neither_sees_nor_touches_options(self):
        """Kan Diskan's booker finds no option of Ar Men, reads none of its
        history, and can neither challenge, answer nor release one."""
        env = self._env_of(self.booker_b_only)
        self.assertFalse(
            env["booking.date"].search([("production_id", "=", self.production.id)])
        )
        self.assertFalse(
            env["booking.option.event"].search([("date_id", "=", self.date.id)])
        )
        for action in (
            "action_option_challenge",
            "action_option_answer",
            "action_option_release",
            "action_option_decline",
            "action_confirm",
        ):
            with self.subTest(action=action), self.assertRaises(AccessError):
                getattr(self.second.with_env(env), action)()
        self.assertEqual(
            self._ranks(self.date, self.second), [("option", 1), ("option", 2)]
        )

    def test_a_booker_of_another_company_is_refused_without_being_named(self):
        """Ar Men's booker cannot hand her date to Kan Diskan's booker, and
        the refusal does not name him."""
        env = self._env_of(self.booker)
        with self.assertRaises(ValidationError) as refusal:
            self.second.with_env(env).web_save(
                {"user_id": self.booker_b_only.id}, {"user_id": {}}
            )
        self.assertNotIn(self.booker_b_only.name, str(refusal.exception))

    def test_the_booker_field_offers_and_takes_only_the_companys_users(self):
        """On a new date's form, Ar Men's booker is offered Ar Men's users
        as the date's booker, not Kan Diskan's; saving one of Kan Diskan's
        anyway is refused without naming him, and no date is made."""
        env = self._env_of(self.booker)
        Date = env["booking.date"]
        spec = {"production_id": {}, "company_id": {}, "user_id": {}}
        fields_ = Date.get_views([(False, "form")])["models"]["booking.date"]
        domain = fields_["fields"]["user_id"]["domain"]
        values = Date.onchange({}, [], spec)["value"]
        values.update(
            Date.onchange(
                {**values, "production_id": self.production.id},
                ["production_id"],
                spec,
            )["value"]
        )
        self.assertEqual(values["company_id"], self.company_a.id)
        if isinstance(domain, str):
            domain = safe_eval(domain, {"company_id": values["company_id"]})
        offered = {
            user_id
            for user_id, _name in env["res.users"].name_search("", domain, limit=None)
        }
        self.assertIn(self.booker.id, offered)
        self.assertNotIn(self.booker_b_only.id, offered)
        count = Date.search_count([])
        with self.assertRaises(ValidationError) as refusal:
            Date.web_save(
                {
                    "production_id": self.production.id,
                    "date": "2027-03-13",
                    "venue_id": self.venue_2.id,
                    "user_id": self.booker_b_only.id,
                },
                self._spec(),
            )
        self.assertNotIn(self.booker_b_only.name, str(refusal.exception))
        self.assertEqual(Date.search_count([]), count)

    def test_an_accountant_reads_the_history_but_acts_on_no_option(self):
        """Ar Men's accountant reads the dates and their history, and may not
        release or challenge."""
        env = self._env_of(self.accountant)
        date = self.second.with_env(env)
        self.assertEqual(date.option_event_ids.mapped("event"), ["placed"])
        with self.assertRaises(AccessError):
            date.action_option_challenge()
        with self.assertRaises(AccessError):
            date.action_option_release()

    def test_the_job_touches_only_what_is_due_and_tells_only_the_owners(self):
        """Run as superuser, the job expires Ar Men's expired option and
        leaves alone Kan Diskan's options on the same day (not due) and the
        challenge whose deadline has not come; the notices go to Ar Men's
        bookers on Ar Men's dates (expired, moved up)."""
        production_b = self._create_production(self.company_b, name="Kan B")
        date_b = self._create_date(
            production_b, venue_id=self.venue_2.id, option_expiry="2027-06-30"
        )
        date_b2 = self._create_date(
            production_b, venue_id=self.venue_3.id, option_expiry="2027-06-30"
        )
        with freeze_time("2027-03-01 09:00"):
            date_b2.with_env(self._env_of(self.booker_b_only)).action_option_challenge()
        self.date.option_expiry = "2027-03-01"
        last = self.env["mail.message"].search([], order="id desc", limit=1).id
        with freeze_time("2027-03-02 10:00"):
            self.env["booking.date"].with_user(
                self.env.ref("base.user_root")
            )._cron_option_deadlines()
        self.assertEqual(
            self._ranks(self.date, self.second, date_b, date_b2),
            [("cancelled", 0), ("option", 1), ("option", 1), ("option", 2)],
        )
        self.assertEqual(self.date.option_end, "expired")
        self.assertEqual(date_b2.option_challenge_state, "challenging")
        self.assertEqual(
            date_b.option_event_ids.mapped("event"), ["challenged", "placed"]
        )
        notices = self.env["mail.message"].search(
            [
                ("id", ">", last),
                ("model", "=", "booking.date"),
                ("res_id", "in", (self.date | self.second | date_b | date_b2).ids),
                ("partner_ids", "!=", False),
            ]
        )
        self.assertEqual(
            sorted(notices.mapped("res_id")), sorted((self.date | self.second).ids)
        )
        self.assertEqual(notices.partner_ids, (self.booker | self.booker_2).partner_id)
        events = self.env["booking.option.event"].search(
            [("date_id", "in", (self.date | self.second).ids)]
        )
        self.assertEqual(events.company_id, self.company_a)
