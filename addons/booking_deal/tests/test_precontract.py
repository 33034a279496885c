# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import BaseCase, tagged

from ..lib import siret
from .common import DealCommon

SPEC = {
    "precontract_legal_name": {},
    "company_registry": {},
    "show_licence": {},
    "signatory_name": {},
    "signatory_capacity": {},
    "billing_contact_id": {"fields": {"display_name": {}}},
    "siret_invalid": {},
    "precontract_complete": {},
}


@tagged("post_install", "-at_install")
class TestSiret(BaseCase):
    def test_siret_check_digit(self):
        """A SIRET has 14 digits and a Luhn check digit; La Poste's sum to
        a multiple of 5; spaces are allowed."""
        self.assertEqual(doctest.testmod(siret).failed, 0)
        self.assertTrue(siret.siret_is_valid("44200012500017"))
        self.assertFalse(siret.siret_is_valid("44200012500018"))
        self.assertFalse(siret.siret_is_valid("4420001250001"))
        self.assertTrue(siret.siret_is_valid("35600000000001"))


@tagged("post_install", "-at_install")
class TestPrecontract(DealCommon):
    # another cluster's contact is refused by the check, or by the rules
    # when the check reads it: either way naming nothing
    refusal = (ValidationError, AccessError)

    def test_precontract_is_shared_with_the_cluster(self):
        """A's booker fills the venue's pré-contrat from the web client; B's
        booker, in the same cluster, reads it, complete."""
        env = self._env_of(self.booker)
        accounts = env["res.partner"].create(
            {"name": "Service comptable", "parent_id": self.venue.id}
        )
        venue = self.venue.with_env(env)
        venue.web_save(
            {
                "precontract_legal_name": "Association Cornouaille Scène",
                "company_registry": "442 000 125 00017",
                "show_licence": "PLATESV-R-2021-001234",
                "signatory_name": "Anne Le Goff",
                "signatory_capacity": "Directrice",
                "billing_contact_id": accounts.id,
            },
            SPEC,
        )
        read = self.venue.with_env(self._env_of(self.booker_b_only)).web_read(SPEC)[0]
        self.assertEqual(read["signatory_name"], "Anne Le Goff")
        self.assertEqual(read["billing_contact_id"]["id"], accounts.id)
        self.assertTrue(read["precontract_complete"])
        deal = env["booking.deal"].create(self._deal_values())
        self.assertTrue(deal.organiser_precontract_complete)

    def test_an_invalid_siret_is_flagged_and_leaves_the_precontract_incomplete(self):
        """A registry number that is not a SIRET is kept (imports keep what
        they are given) but flagged, and the pré-contrat is not complete."""
        env = self._env_of(self.booker)
        accounts = env["res.partner"].create(
            {"name": "Compta", "parent_id": self.venue.id}
        )
        read = self.venue.with_env(env).web_save(
            {
                "precontract_legal_name": "Association Cornouaille Scène",
                "company_registry": "442 000 125 00018",
                "show_licence": "PLATESV-R-2021-001234",
                "signatory_name": "Anne Le Goff",
                "signatory_capacity": "Directrice",
                "billing_contact_id": accounts.id,
            },
            SPEC,
        )[0]
        self.assertTrue(read["siret_invalid"])
        self.assertFalse(read["precontract_complete"])

    def test_precontract_contacts_are_the_structures_own(self):
        """The billing contact must be a contact of the structure: another
        entry is refused, another cluster's entry too, naming nothing."""
        env = self._env_of(self.booker)
        venue = self.venue.with_env(env)
        other = self._create_entry(self.booker_a, name="Le Quartz")
        message = self._refused(lambda: venue.write({"billing_contact_id": other.id}))
        self.assertIn("contacts of the structure", message)
        message = self._refused(
            lambda: venue.write({"technical_contact_id": self.venue_transat.id})
        )
        self.assertNotIn(self.venue_transat.name, message)
