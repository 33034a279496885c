# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CalendarCommon


@tagged("post_install", "-at_install")
class TestTeamAvailability(CalendarCommon):
    """Nolwenn dances in Ar Men's "Kan ar Mor" and in a second Ar Men
    production; Kan Diskan's secret production has her too."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.nolwenn = cls.env["res.partner"].create({"name": "Nolwenn Dancer"})
        cls.author = cls.env["res.partner"].create({"name": "Yves Author"})
        cls._create_member(cls.production_a, cls.nolwenn, job="dancer")
        cls._create_member(cls.production_a, cls.author, on_tour=False)
        cls.production_a2 = cls._create_production(cls.company_a, name="Gwerz")
        cls._create_member(cls.production_a2, cls.nolwenn, job="dancer")
        cls.date_a2 = cls._create_date(
            cls.production_a2, 3, cls.venue, state="confirmed"
        )
        cls.gap = cls.env["booking.production.unavailability"].create(
            {
                "production_id": cls.production_a2.id,
                "date_from": cls._day_of(10),
                "date_to": cls._day_of(12),
                "reason": "Creation residency",
            }
        )
        cls._create_member(cls.production_b, cls.nolwenn)

    @classmethod
    def _day_of(cls, day):
        return cls.day0.fromordinal(cls.day0.toordinal() + day)

    def _season(self, env, partner):
        """Her days over the season, as the calendar reads them."""
        return env["booking.team.day"].web_search_read(
            [
                ("partner_id", "=", partner.id),
                ("date_stop", ">=", self._day(-30)),
                ("date_start", "<=", self._day(300)),
            ],
            {
                "display_name": {},
                "kind": {},
                "date_start": {},
                "date_stop": {},
                "production_id": {"fields": {"display_name": {}}},
                "reason": {},
            },
        )["records"]

    def test_a_person_s_days_across_the_company_s_productions(self):
        """Ar Men's accountant plans Nolwenn: her option and confirmed
        dates in both Ar Men productions and their unavailability; not the
        cancelled date, and nothing of Kan Diskan's."""
        rows = self._season(self._env_of(self.yann), self.nolwenn)
        self.assertEqual(
            [
                (row["kind"], row["date_start"], row["date_stop"], row["display_name"])
                for row in rows
            ],
            [
                (
                    "option",
                    self._day(0),
                    self._day(0),
                    "Nolwenn Dancer · Kan ar Mor · Théâtre de Cornouaille",
                ),
                (
                    "confirmed",
                    self._day(1),
                    self._day(1),
                    "Nolwenn Dancer · Kan ar Mor · Théâtre de Cornouaille",
                ),
                (
                    "confirmed",
                    self._day(3),
                    self._day(3),
                    "Nolwenn Dancer · Gwerz · Théâtre de Cornouaille",
                ),
                (
                    "unavailable",
                    self._day(10),
                    self._day(12),
                    "Nolwenn Dancer · Gwerz · unavailable: Creation residency",
                ),
            ],
        )

    def test_people_not_on_tour_have_no_days(self):
        self.assertEqual(self._season(self._env_of(self.yann), self.author), [])

    def test_kan_diskan_s_booker_sees_kan_diskan_s_days_only(self):
        """Maëlle with Kan Diskan alone ticked: Nolwenn's Kan Diskan days,
        none of Ar Men's."""
        rows = self._season(self._env_of(self.maelle, self.company_b), self.nolwenn)
        self.assertEqual(
            {row["production_id"]["display_name"] for row in rows},
            {"Kan Diskan secret tour"},
        )

    def test_others_read_no_team_day(self):
        """Transat's booker and Ar Men's member administrator read none,
        by search or by id."""
        rows = self.env["booking.team.day"].search(
            [("partner_id", "=", self.nolwenn.id)]
        )
        self.assertEqual(len(rows), 7, "the control: 4 at Ar Men, 3 at Kan Diskan")
        self.assertEqual(self._season(self._env_of(self.julie), self.nolwenn), [])
        with self.assertRaises(AccessError):
            rows.with_env(self._env_of(self.julie)).read(["kind"])
        with self.assertRaises(AccessError):
            self._season(self._env_of(self.gwen), self.nolwenn)

    def test_the_team_screens_open_for_the_accountant(self):
        env = self._env_of(self.yann)
        Day = env["booking.team.day"]
        views = Day.get_views(
            [(False, "calendar"), (False, "list"), (False, "pivot"), (False, "form")]
        )
        self.assertEqual(set(views["views"]), {"calendar", "list", "pivot", "form"})
        groups = Day.web_read_group(
            [("partner_id", "=", self.nolwenn.id)], ["__count"], ["kind"], lazy=False
        )["groups"]
        self.assertEqual(
            {group["kind"]: group["__count"] for group in groups},
            {"option": 1, "confirmed": 2, "unavailable": 1},
        )
