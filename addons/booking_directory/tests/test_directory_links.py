# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestDirectoryLinks(DirectoryCommon):
    """Issue 12, finding 11: a relational field is read back with its
    target's name, computed as superuser. Every link between directory
    entries stays inside one directory, whoever writes it; each test writes
    another cluster's id as the attacker would, then reads it back."""

    # An entry's companies are refused before writing, by a UserError
    refusal = UserError

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.foreign = cls._create_entry(
            cls.booker_q, name="Salle Odyssée", city="Gatineau"
        )
        cls.foreign_person = cls._create_entry(
            cls.booker_q, name="Josée Tremblay", is_company=False
        )
        cls.person = cls._create_entry(
            cls.booker_a, name="Anne Le Goff", is_company=False
        )
        # A booker of both clusters, both ticked: she may read both entries
        cls.shared_booker = cls._create_user(
            "dir_shared_booker",
            cls.company_a | cls.company_q,
            groups="base.group_user,booking_directory.group_directory_user",
        )

    def assertNamesNothingForeign(self, text):
        for secret in ("Odyssée", "Tremblay", "Transat", "Québec"):
            self.assertNotIn(secret, text)

    def test_run_by_cannot_name_another_cluster_entry(self):
        """Many2one: a Breton booker sets a venue's "Run By" to a Transat id."""
        venue = self._as(self.booker_b, self.venue)
        message = self._refused(
            lambda: venue.web_save(
                {"operator_id": self.foreign.id},
                {"operator_id": {"fields": {"display_name": {}}}},
            )
        )
        self.assertIn("Run By", message)
        self.assertNamesNothingForeign(message)

    def test_shared_booker_cannot_link_two_directories(self):
        """One2many: a booker of both clusters makes a Transat entry "run by"
        a Breton venue, which Transat's users would then read by name."""
        venue = self._as(self.shared_booker, self.venue)
        self._refused(
            lambda: (
                venue.web_save(
                    {"operated_ids": [Command.link(self.foreign.id)]},
                    {"operated_ids": {"fields": {"display_name": {}}}},
                )
                and self._as(self.booker_q, self.foreign).web_read(
                    {"operator_id": {"fields": {"display_name": {}}}}
                )
            )
        )

    def test_programmers_stay_in_the_directory(self):
        """Many2many, both sides of the programmer relation."""
        venue = self._as(self.booker_b, self.venue)
        person = self._as(self.booker_b, self.person)
        for record, field, target in (
            (venue, "programmer_ids", self.foreign_person),
            (person, "programmed_structure_ids", self.foreign),
        ):
            with self.subTest(field=field):
                values = {field: [Command.link(target.id)]}
                spec = {field: {"fields": {"display_name": {}}}}
                message = self._refused(
                    lambda record=record, values=values, spec=spec: record.web_save(
                        values, spec
                    )
                )
                self.assertNamesNothingForeign(message)

    def test_person_cannot_join_another_cluster_structure(self):
        """Odoo's own "Company" of a person (parent_id): attaching her to a
        Transat structure would name it, and move her into Transat's
        directory."""
        person = self._as(self.booker_b, self.person)
        message = self._refused(
            lambda: person.web_save(
                {"parent_id": self.foreign.id},
                {
                    "parent_id": {"fields": {"display_name": {}}},
                    "directory_cluster_id": {"fields": {"display_name": {}}},
                },
            )
        )
        self.assertNamesNothingForeign(message)
        self.assertEqual(self.person.directory_cluster_id, self.cluster_breizh)

    def test_entry_cannot_move_to_another_directory(self):
        """The directory itself: an entry is not planted in, nor moved to, a
        cluster the writer is not in."""
        venue = self._as(self.booker_b, self.venue)
        message = self._refused(
            lambda: venue.web_save(
                {"directory_cluster_id": self.cluster_transat.id},
                {"directory_cluster_id": {"fields": {"display_name": {}}}},
            )
        )
        self.assertNamesNothingForeign(message)
        Partner = self._as(self.booker_b, self.env["res.partner"])
        message = self._refused(
            lambda: Partner.create(
                {"name": "Plant", "directory_cluster_id": self.cluster_transat.id}
            ).web_read({"directory_cluster_id": {"fields": {"display_name": {}}}})
        )
        self.assertNamesNothingForeign(message)

    def test_entry_companies_are_its_cluster_members(self):
        """The companies of an entry: adding another cluster's company by
        hand would share it there and name that company."""
        venue = self._as(self.booker_b, self.venue)
        for values in (
            {"company_ids": [Command.link(self.company_q.id)]},
            {"company_id": self.company_q.id},
        ):
            with self.subTest(values=values):
                message = self._refused(
                    lambda values=values: venue.web_save(
                        values, {"company_id": {"fields": {"display_name": {}}}}
                    )
                )
                self.assertNamesNothingForeign(message)
        self.assertFalse(self.venue.company_ids)

    def test_links_inside_the_directory_still_work(self):
        """What the constraint must not stop: links between entries of one
        directory, and people following their structure."""
        hall = self._create_entry(self.booker_b, name="La Carène")
        venue = self._as(self.booker_b, self.venue)
        venue.write(
            {
                "operator_id": hall.id,
                "programmer_ids": [Command.link(self.person.id)],
            }
        )
        self._as(self.booker_b, self.person).parent_id = hall
        self.assertEqual(self.person.programmed_structure_ids, self.venue)
        self.assertEqual(hall.operated_ids, self.venue)
        self.assertEqual(self.person.commercial_partner_id, hall)
