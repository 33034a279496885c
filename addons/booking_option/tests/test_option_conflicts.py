# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.tests import BaseCase, tagged

from ..lib import travel
from .common import DAY, OptionCommon


@tagged("post_install", "-at_install")
class TestTravelEngine(BaseCase):
    def test_travel_doctests(self):
        """The examples of the travel arithmetic hold."""
        result = doctest.testmod(travel)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)


@tagged("post_install", "-at_install")
class TestOptionConflicts(OptionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.france = cls.env.ref("base.fr")
        cls.venue.write(
            {
                "zip": "29200",
                "country_id": cls.france.id,
                "partner_latitude": 48.39,
                "partner_longitude": -4.49,
            }
        )
        cls.dancer = cls._create_entry(
            cls.booker_a, name="Anna Le Bihan", is_company=False
        )
        cls.env["booking.production.member"].create(
            {"production_id": cls.production.id, "partner_id": cls.dancer.id}
        )

    def _conflicts(self, user=None, date=None):
        date = (date or self.date).with_env(self._env_of(user or self.booker))
        date.invalidate_recordset(["option_conflicts"])
        return date.option_conflicts or ""

    def test_a_team_member_on_another_date_of_the_company_is_named(self):
        """The same dancer plays another production of the company that day:
        the booker reads which date."""
        other = self._create_production(self.company_a, name="Marées Hautes")
        self.env["booking.production.member"].create(
            {"production_id": other.id, "partner_id": self.dancer.id}
        )
        self._create_date(other, venue_id=self.venue_3.id)
        self.assertIn("Anna Le Bihan is on another date that day", self._conflicts())
        self.assertIn("Marées Hautes", self._conflicts())

    def test_a_team_member_busy_elsewhere_in_the_cluster_is_only_busy(self):
        """She plays for another company of the cluster that day: "busy",
        naming neither that company, its production nor its venue."""
        other = self._create_production(self.company_b, name="Secret de Kan Diskan")
        self.env["booking.production.member"].create(
            {"production_id": other.id, "partner_id": self.dancer.id}
        )
        self._create_date(other, venue_id=self.venue_2.id)
        text = self._conflicts()
        self.assertIn(
            "Anna Le Bihan is busy that day with another company of the cluster.",
            text,
        )
        for foreign in ("Secret de Kan Diskan", "Le Grand Phare", "Kan Diskan Test"):
            self.assertNotIn(foreign, text)

    def test_a_member_staying_home_from_the_other_production_is_not_busy(self):
        """Anna tours with Marées Hautes that day; Loïc belongs to Marées
        Hautes too but does not tour with it: only Anna is on another date."""
        stage_hand = self._create_entry(
            self.booker_a, name="Loïc Morvan", is_company=False
        )
        self.env["booking.production.member"].create(
            {"production_id": self.production.id, "partner_id": stage_hand.id}
        )
        other = self._create_production(self.company_a, name="Marées Hautes")
        self.env["booking.production.member"].create(
            [
                {"production_id": other.id, "partner_id": self.dancer.id},
                {
                    "production_id": other.id,
                    "partner_id": stage_hand.id,
                    "on_tour": False,
                },
            ]
        )
        self._create_date(other, venue_id=self.venue_3.id)
        text = self._conflicts()
        self.assertIn("Anna Le Bihan is on another date that day", text)
        self.assertNotIn("Loïc Morvan", text)

    def test_a_team_member_busy_in_another_cluster_is_not_shown(self):
        """The same person plays for a company of another cluster that day:
        nothing of it reaches the Breton booker, not even "busy"."""
        freelance = self.env["res.partner"].create({"name": "Yann Freelance"})
        self.env["booking.production.member"].create(
            {"production_id": self.production.id, "partner_id": freelance.id}
        )
        other = self._create_production(self.company_p, name="Transat Secret")
        self.env["booking.production.member"].create(
            {"production_id": other.id, "partner_id": freelance.id}
        )
        self._create_date(other, venue_id=self.venue_transat.id)
        self.assertNotIn("Yann Freelance", self._conflicts())

    def test_a_day_of_unavailability_is_a_conflict(self):
        """The production is unavailable that day, with the reason."""
        self.env["booking.production.unavailability"].create(
            {
                "production_id": self.production.id,
                "date_from": "2027-03-10",
                "date_to": "2027-03-14",
                "reason": "Résidence de création",
            }
        )
        self.assertIn("Résidence de création", self._conflicts())

    def test_too_little_time_to_travel_from_the_day_before(self):
        """A confirmed date 900 km away ending at 22:30 the evening before a
        10:00 get-in: too little time at 70 km/h; at 100 km/h it fits."""
        far = self._create_entry(
            self.booker_a,
            name="Maillon",
            partner_latitude=48.58,
            partner_longitude=7.75,
        )
        before = self._create_date(
            self.production, date="2027-03-11", venue_id=far.id, end_time=22.5
        )
        before.action_confirm()
        self.date.get_in_time = 10.0
        self.assertIn("Too little time to travel", self._conflicts())
        self.company_a.option_travel_speed = 100
        self.assertNotIn("Too little time", self._conflicts())

    def test_an_option_breaking_a_regional_exclusivity_is_flagged(self):
        """A confirmed date in the same department with ten days of
        exclusivity: the option a week later breaks it, in its conflicts
        and in the confirmed date's."""
        quimper = self._create_entry(
            self.booker_a, name="Théâtre Max Jacob", zip="29000"
        )
        exclusive = self._create_date(
            self.production,
            date="2027-03-05",
            venue_id=quimper.id,
            exclusivity_days=10,
            exclusivity_scope="department",
        )
        exclusive.action_confirm()
        self.assertIn("has exclusivity in its department", self._conflicts())
        self.assertIn("breaks it", self._conflicts(date=exclusive))
        exclusive.exclusivity_days = 5
        self.assertFalse(self._conflicts())

    def test_conflicts_are_shown_before_saving(self):
        """The form warns as soon as the day is chosen (the web client's
        onchange), before anything is saved."""
        self.env["booking.production.unavailability"].create(
            {
                "production_id": self.production.id,
                "date_from": DAY,
                "date_to": DAY,
                "reason": "Relâche",
            }
        )
        env = self._env_of(self.booker)
        result = env["booking.date"].onchange(
            {"production_id": self.production.id, "date": DAY},
            ["date"],
            {"production_id": {}, "date": {}, "option_conflicts": {}},
        )
        self.assertIn("Relâche", result["warning"]["message"])
        self.assertIn("Relâche", result["value"]["option_conflicts"])
