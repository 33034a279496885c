# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestDirectoryVisibility(DirectoryCommon):
    """A directory entry is shared with exactly the current members of its
    cluster. Each test reads as a user who must not see it."""

    def test_entry_is_shared_with_the_cluster(self):
        self.assertEqual(self.venue.directory_cluster_id, self.cluster_breizh)
        # the directory's rule shares it, not a list of companies on the entry
        self.assertFalse(self.venue.company_ids)
        self.assertEqual(
            self._partners_as(self.booker_b).search([("id", "=", self.venue.id)]),
            self.venue,
        )

    def test_other_cluster_cannot_search_or_read(self):
        Partner = self._partners_as(self.booker_q)
        self.assertFalse(Partner.search([("name", "ilike", "Cornouaille")]))
        with self.assertRaises(AccessError):
            Partner.browse(self.venue.id).read(["name"])

    def test_other_cluster_cannot_name_search(self):
        """Dropdowns on any form use name_search: the entry never shows."""
        Partner = self._partners_as(self.booker_q)
        self.assertFalse(Partner.name_search("Cornouaille"))
        self.assertTrue(self._partners_as(self.booker_b).name_search("Cornouaille"))

    def test_other_cluster_read_group_does_not_count_it(self):
        self.venue.directory_type = "venue"
        domain = [("directory_type", "=", "venue")]
        counts = {
            user: sum(
                group["directory_type_count"]
                for group in self._partners_as(user).read_group(
                    domain, ["directory_type"], ["directory_type"]
                )
            )
            for user in (self.booker_b, self.booker_q)
        }
        self.assertEqual(counts, {self.booker_b: 1, self.booker_q: 0})

    def test_other_cluster_export_is_empty(self):
        Partner = self._partners_as(self.booker_q)
        rows = Partner.search([("is_company", "=", True)]).export_data(["name"])
        self.assertNotIn(["Théâtre de Cornouaille"], rows["datas"])

    def test_other_cluster_cannot_reach_it_through_a_relation(self):
        """Searching through a related field does not reveal the entry."""
        person = self._create_entry(
            self.booker_a, name="Anne Le Goff", is_company=False
        )
        person.programmed_structure_ids = self.venue
        Partner = self._partners_as(self.booker_q)
        self.assertFalse(
            Partner.search([("programmed_structure_ids.name", "ilike", "Cornouaille")])
        )
        self.assertFalse(Partner.search([("name", "=", "Anne Le Goff")]))

    def test_new_member_sees_the_directory(self):
        """A company joining the cluster sees the directory at once."""
        newcomer = self._create_company(name="Newcomer Test")
        self._join(
            self.cluster_breizh,
            newcomer,
            [(m, 30.0) for m in self.cluster_breizh.membership_ids],
        )
        user = self._create_user(
            "dir_newcomer", newcomer, groups="booking_directory.group_directory_user"
        )
        self.assertEqual(
            self._partners_as(user).search([("id", "=", self.venue.id)]), self.venue
        )

    def test_leaving_member_loses_the_directory(self):
        line_a, line_b = self.cluster_breizh.membership_ids
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    (1, line_a.id, {"cost_share": 100.0}),
                    (1, line_b.id, {"date_end": "2024-06-30"}),
                ]
            }
        )
        self.assertFalse(
            self._partners_as(self.booker_b).search([("id", "=", self.venue.id)])
        )
        self.assertEqual(
            self._partners_as(self.booker_a).search([("id", "=", self.venue.id)]),
            self.venue,
        )

    def test_cluster_mates_company_partners_stay_visible(self):
        """Intercompany documents find a member through its company partner."""
        Partner = self._partners_as(self.booker_b)
        self.assertEqual(
            Partner.browse(self.company_a.partner_id.id).read(["name"])[0]["name"],
            "Ar Men Test",
        )

    def test_contacts_outside_the_directory_stay_standard(self):
        """A partner created outside the Directory menu is not scoped to the
        cluster: standard Odoo rules apply."""
        partner = (
            self.env["res.partner"].with_user(self.booker_a).create({"name": "Plumber"})
        )
        self.assertFalse(partner.directory_cluster_id)

    def test_people_follow_their_structure_directory(self):
        """A contact person added under a structure joins its directory."""
        person = self.env["res.partner"].create(
            {"name": "Yann Tanguy", "parent_id": self.venue.id}
        )
        self.assertEqual(person.directory_cluster_id, self.cluster_breizh)
        self.assertFalse(
            self._partners_as(self.booker_q).search([("id", "=", person.id)])
        )

    def test_export_of_a_filtered_selection(self):
        """What the list's Export gives for a filter: the matching entries of
        the user's own directory, with their qualification."""
        self.venue.write({"directory_type": "venue", "seat_count": 650})
        self._create_entry(self.booker_b, name="Festival du Bout du Monde").write(
            {"directory_type": "festival"}
        )
        self._create_entry(self.booker_q, name="Salle Québec").write(
            {"directory_type": "venue"}
        )
        self.booker_b.groups_id += self.env.ref("base.group_allow_export")
        Partner = self._partners_as(self.booker_b)
        rows = Partner.search([("directory_type", "=", "venue")]).export_data(
            ["name", "directory_type", "seat_count", "capacity_band"]
        )["datas"]
        self.assertEqual(
            rows, [["Théâtre de Cornouaille", "Venue", 650, "300 to 799 seats"]]
        )

    def test_base_partner_rule_is_left_as_partner_multi_company_wrote_it(self):
        """The directory brings a rule of its own and rewrites no other
        module's rule, so that uninstalling it leaves them as they were."""
        base_rule = self.env.ref("base.res_partner_rule")
        self.assertNotIn("directory", base_rule.domain_force)
        self.assertIn("company_ids", base_rule.domain_force)
        own_rule = self.env.ref("booking_directory.res_partner_rule_directory")
        self.assertFalse(own_rule.groups)
        self.assertIn("directory_cluster_ids", own_rule.domain_force)

    def test_entry_shared_by_hand_with_another_cluster_stays_hidden(self):
        """Whatever its companies, an entry is seen by its cluster only."""
        self.venue.sudo().company_ids |= self.company_q
        Partner = self._partners_as(self.booker_q)
        self.assertFalse(Partner.search([("id", "=", self.venue.id)]))
        with self.assertRaises(AccessError):
            Partner.browse(self.venue.id).web_read({"name": {}})

    def test_booker_cannot_change_the_companies_of_an_entry(self):
        """The directory manages whom an entry is shared with: a booker
        cannot add or remove companies by hand, in the form or over RPC."""
        venue = self._partners_as(self.booker_b).browse(self.venue.id)
        with self.assertRaisesMessage(UserError, "cannot be changed by hand"):
            venue.write({"company_ids": [Command.set([self.company_b.id])]})
        self.assertFalse(self.venue.company_ids)
        arch = venue.get_views([(False, "form")])["views"]["form"]["arch"]
        page = etree.fromstring(arch).find(".//page[@name='sales_purchases']")
        self.assertEqual(page.get("invisible"), "directory_hides_sales")
        self.assertTrue(
            venue.web_read({"directory_hides_sales": {}})[0]["directory_hides_sales"]
        )
