# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, tagged

from .common import SECRET, ProductionCommon

SPEC = {"name": {}, "company_id": {"fields": {"display_name": {}}}}
DATE_SPEC = {
    "name": {},
    "venue_id": {"fields": {"display_name": {}}},
    "organiser_id": {"fields": {"display_name": {}}},
}


@tagged("post_install", "-at_install")
class TestProductionAccess(ProductionCommon):
    def test_booker_creates_and_edits_a_production_with_its_team_and_dates(self):
        """A user holding only the Booker role in A saves a production with a
        team member, a tour and a date from the web client, then edits them."""
        env = self._env_of(self.booker)
        saved = env["booking.production"].web_save(
            {
                "name": "Gavotte Électrique",
                "duration": 100,
                "member_ids": [
                    Command.create(
                        {"partner_id": self.booker.partner_id.id, "job": "Bombarde"}
                    )
                ],
            },
            SPEC,
        )
        production = env["booking.production"].browse(saved[0]["id"])
        self.assertEqual(production.company_id, self.company_a)
        self.assertEqual(production.member_ids.partner_id, self.booker.partner_id)
        tour = env["booking.tour"].create(
            {"name": "Printemps", "production_id": production.id}
        )
        saved = env["booking.date"].web_save(
            {
                "production_id": production.id,
                "tour_id": tour.id,
                "date": "2027-04-09",
                "venue_id": self.venue.id,
            },
            DATE_SPEC,
        )
        self.assertEqual(saved[0]["venue_id"]["id"], self.venue.id)
        self.assertEqual(saved[0]["organiser_id"]["id"], self.venue.id)
        date = env["booking.date"].browse(saved[0]["id"])
        date.web_save({"show_time": 20.5}, DATE_SPEC)
        production.web_save({"name": "Gavotte Électrique (reprise)"}, SPEC)
        self.assertEqual(date.company_id, self.company_a)
        self.assertIn("Gavotte Électrique (reprise)", date.name)

    def test_booker_fills_the_production_and_date_forms(self):
        """The forms as the web client runs them: a team line and a rider
        line on a new production, then a date whose organiser follows the
        venue."""
        env = self._env_of(self.booker)
        with Form(env["booking.production"]) as form:
            form.name = "Bleu Profond"
            with form.member_ids.new() as member:
                member.partner_id = self.booker.partner_id
                member.job = "Chorégraphe"
            with form.rider_ids.new() as rider:
                rider.note = "Plateau 10 x 8 m"
        production = form.record
        self.assertEqual(production.rider_ids.version, 1)
        self.assertEqual(production.member_ids.company_id, self.company_a)
        with Form(env["booking.date"]) as form:
            form.production_id = production
            form.date = "2027-03-18"
            form.venue_id = self.venue
            self.assertEqual(form.organiser_id, self.venue)
        self.assertEqual(form.record.state, "option")

    def test_booker_of_another_company_finds_no_production_nor_date(self):
        """A booker of B, in the same cluster, gets nothing of A's production
        or date through the web client's reads."""
        env = self._env_of(self.booker_b_only)
        for record in (self.production, self.date, self.tour):
            with self.subTest(model=record._name):
                model = env[record._name]
                found = model.web_search_read([("id", "=", record.id)], SPEC)
                self.assertEqual(found["records"], [])
                with self.assertRaises(AccessError):
                    record.with_env(env).web_read({"display_name": {}})
                names = model.name_search(record.display_name[:8])
                self.assertNotIn(record.id, [row[0] for row in names])
        # the control: A's booker finds it the same way
        env_a = self._env_of(self.booker)
        found = env_a["booking.production"].web_search_read(
            [("id", "=", self.production.id)], SPEC
        )
        self.assertEqual(found["records"][0]["name"], "Kan ar Mor")

    def test_a_date_at_another_clusters_venue_is_refused_naming_nothing(self):
        """A date pointed at a venue or organiser of the other cluster's
        directory is refused, and the message names neither."""
        env = self._env_of(self.booker)
        for field in ("venue_id", "organiser_id"):
            with self.subTest(field=field):
                message = self._refused(
                    lambda f=field: env["booking.date"].web_save(
                        {
                            "production_id": self.production.id,
                            "date": "2027-04-10",
                            "venue_id": self.venue.id,
                            f: self.venue_transat.id,
                        },
                        DATE_SPEC,
                    )
                )
                self.assertNotIn(self.venue_transat.name, message)
        message = self._refused(
            lambda: self.date.with_env(env).write({"venue_id": self.venue_transat.id})
        )
        self.assertNotIn(self.venue_transat.name, message)

    def test_a_date_needs_a_directory_entry_as_venue(self):
        """A contact outside the directory, even one the booker reads, is not
        a venue."""
        env = self._env_of(self.booker)
        contact = env["res.partner"].create({"name": "Salle des fêtes privée"})
        self._refused(lambda: self.date.with_env(env).write({"venue_id": contact.id}))

    def test_team_member_must_be_a_contact_the_booker_reads(self):
        """A team member is any contact the booker reads, her own partner
        included; a person of the other cluster is refused, unnamed."""
        env = self._env_of(self.booker)
        member = env["booking.production.member"].create(
            {
                "production_id": self.production.id,
                "partner_id": self.booker.partner_id.id,
            }
        )
        self.assertEqual(member.company_id, self.company_a)
        person = self._create_entry(
            self.booker_q, name="Jeanne Transat", is_company=False
        )
        message = self._refused(lambda: member.write({"partner_id": person.id}))
        self.assertNotIn("Jeanne Transat", message)

    def test_booker_cannot_move_a_production_to_another_company(self):
        """Moving A's production, tour or date into B (where she holds no
        role) is refused, and the records stay A's."""
        env = self._env_of(self.booker)
        with self.assertRaises(AccessError):
            self.production.with_env(env).write({"company_id": self.company_b.id})
        production_b = self._create_production(self.company_b, name="Bleu Profond")
        date = self._create_date(self.production)
        with self.assertRaises(AccessError):
            date.with_env(env).write({"production_id": production_b.id})
        with self.assertRaises(AccessError):
            self.tour.with_env(env).write({"production_id": production_b.id})
        self.assertEqual(self.production.company_id, self.company_a)
        self.assertEqual(date.company_id, self.company_a)

    def test_accountant_reads_the_productions_but_writes_none(self):
        """An accountant of A reads A's productions and dates (to invoice
        them) but cannot change or create any."""
        env = self._env_of(self.accountant)
        found = env["booking.production"].web_search_read(
            [("id", "=", self.production.id)], {"description": {}}
        )
        self.assertIn(SECRET, found["records"][0]["description"])
        self.assertEqual(env["booking.date"].search([]), self.date)
        with self.assertRaises(AccessError):
            self.production.with_env(env).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            env["booking.date"].create(
                {"production_id": self.production.id, "date": "2027-05-01"}
            )
        with self.assertRaises(AccessError):
            self.date.with_env(env).action_confirm()

    def test_accountant_of_a_who_books_for_b_writes_only_bs_productions(self):
        """Groups are global, roles are per company: the Booker role held in
        B opens no write on A's production, which she reads as A's
        accountant, even with both companies ticked."""
        juggler = self._create_user_with_roles(
            "bp_juggler",
            [
                (self.role_accountant, self.company_a),
                (self.role_booker, self.company_b),
            ],
        )
        env = self._env_of(juggler)
        production_b = self._create_production(self.company_b, name="Bleu Profond")
        self.assertEqual(
            env["booking.production"].search([]), self.production | production_b
        )
        production_b.with_env(env).write({"duration": 60})
        with self.assertRaises(AccessError):
            self.production.with_env(env).write({"duration": 60})
        with self.assertRaises(AccessError):
            self.date.with_env(env).action_confirm()

    def test_a_team_members_user_works_for_the_company(self):
        """A team member's user is one of the production's company, and the
        refusal names no one."""
        env = self._env_of(self.booker)
        member = env["booking.production.member"].create(
            {
                "production_id": self.production.id,
                "partner_id": self.booker.partner_id.id,
                "user_id": self.booker.id,
            }
        )
        message = self._refused(
            lambda: member.write({"user_id": self.booker_b_only.id})
        )
        self.assertNotIn(self.booker_b_only.name, message)

    def test_a_date_needs_its_productions_tour(self):
        """The tour of a date is one of its production's."""
        other = self._create_production(self.company_a, name="Les Veilleurs")
        env = self._env_of(self.booker)
        with self.assertRaises(ValidationError):
            env["booking.date"].create(
                {
                    "production_id": other.id,
                    "tour_id": self.tour.id,
                    "date": "2027-05-01",
                    "venue_id": self.venue.id,
                }
            )
