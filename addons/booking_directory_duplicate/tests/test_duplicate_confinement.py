# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.tests import tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon

PAIR_SPEC = {
    "partner_id": {"fields": {"display_name": {}}},
    "duplicate_of_id": {"fields": {"display_name": {}}},
    "partner_email": {},
    "partner_city": {},
    "duplicate_email": {},
    "duplicate_city": {},
}


@tagged("post_install", "-at_install")
class TestDuplicatePairConfinement(DirectoryCommon):
    """Issue 12, finding 3: a pair's related fields are read as superuser, so
    both of its sides must stay in the reader's directory."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue.write({"city": "Quimper", "email": "accueil@cornouaille.example"})
        cls.twin = cls._create_entry(
            cls.booker_b, name="THEATRE DE CORNOUAILLE", city="Quimper"
        )
        cls.pair = cls.env["directory.duplicate"].search(
            [("partner_id", "=", cls.twin.id)]
        )
        cls.foreign = cls._create_entry(
            cls.booker_q,
            name="Salle Odyssée",
            city="Gatineau",
            email="info@odyssee.example",
        )

    def assertNamesNothingForeign(self, text):
        for secret in ("Odyssée", "odyssee", "Gatineau", "Transat"):
            self.assertNotIn(secret, text)

    def test_pointing_a_pair_at_a_foreign_entry_is_refused(self):
        """The attacker rewrites either side of a pair of her directory with
        another cluster's id and reads the pair back: refused, and the
        refusal names nothing of the other cluster."""
        pair = self._as(self.booker_b, self.pair)
        for field in ("duplicate_of_id", "partner_id"):
            with self.subTest(field=field):
                values = {field: self.foreign.id}
                message = self._refused(
                    lambda values=values: pair.web_save(values, PAIR_SPEC)
                )
                self.assertNamesNothingForeign(message)
        values = pair.web_read(PAIR_SPEC)[0]
        self.assertEqual(values["duplicate_of_id"]["id"], self.venue.id)
        self.assertNamesNothingForeign(str(values))

    def test_creating_a_pair_with_a_foreign_entry_is_refused(self):
        """A directory administrator may create pairs by hand, never with an
        entry outside her directory."""
        manager = self._create_user(
            "dir_manager_a",
            self.company_a,
            groups="base.group_user,booking_directory.group_directory_manager",
        )
        Duplicate = self._as(manager, self.env["directory.duplicate"])
        message = self._refused(
            lambda: Duplicate.create(
                {
                    "partner_id": self.venue.id,
                    "duplicate_of_id": self.foreign.id,
                    "level": "possible",
                }
            ).web_read(PAIR_SPEC)
        )
        self.assertNamesNothingForeign(message)

    def test_pair_reaching_outside_the_directory_is_not_readable(self):
        """When one side of a pair moves to another directory, the pair
        leaves the list of the first directory's users."""
        self.venue.directory_cluster_id = self.cluster_transat
        Duplicate = self._as(self.booker_b, self.env["directory.duplicate"])
        self.assertFalse(Duplicate.search([("id", "=", self.pair.id)]))
        self.assertFalse(Duplicate.search_count([]))

    def test_contact_merge_wizard_names_no_foreign_contact(self):
        """Odoo's own contact merge, open to directory users: its "Destination
        Contact" is read back with its name, so it and the contacts to merge
        must be contacts the user may open."""
        Merge = self._as(self.booker_b, self.env["base.partner.merge.automatic.wizard"])
        spec = {
            "dst_partner_id": {"fields": {"display_name": {}}},
            "partner_ids": {"fields": {"display_name": {}}},
        }
        for values in (
            {"dst_partner_id": self.foreign.id},
            {"partner_ids": [Command.set((self.twin | self.foreign).ids)]},
        ):
            with self.subTest(values=values):
                message = self._refused(
                    lambda values=values: Merge.create(values).web_read(spec)
                )
                self.assertNamesNothingForeign(message)
