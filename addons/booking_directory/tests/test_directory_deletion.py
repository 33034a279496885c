# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestDirectoryDeletion(DirectoryCommon):
    """Issue 13, item 8: an entry is shared by every company of its cluster;
    deleting it is reserved to directory administrators, bookers archive."""

    def _env(self, user):
        return self.env(
            user=user,
            context=dict(self.env.context, allowed_company_ids=user.company_ids.ids),
        )

    def test_booker_cannot_delete_a_shared_entry_and_is_told_to_archive(self):
        venue = self._env(self.booker_b)["res.partner"].browse(self.venue.id)
        with self.assertRaises(UserError) as caught:
            venue.unlink()
        message = str(caught.exception)
        self.assertIn("every company of your cluster", message)
        self.assertIn("archive", message)
        self.assertTrue(self.venue.exists())
        venue.action_archive()
        self.assertFalse(self.venue.active)
        self.assertFalse(
            self._partners_as(self.booker_a).search([("id", "=", self.venue.id)])
        )

    def test_directory_administrator_deletes_a_shared_entry(self):
        manager = self._create_user(
            "dir_manager_b",
            self.company_b,
            groups="base.group_user,booking_directory.group_directory_manager",
        )
        self._env(manager)["res.partner"].browse(self.venue.id).unlink()
        self.assertFalse(self.venue.exists())

    def test_booker_still_deletes_her_own_contacts_outside_the_directory(self):
        plumber = self._env(self.booker_b)["res.partner"].create({"name": "Plumber"})
        plumber.unlink()
        self.assertFalse(plumber.exists())

    def test_delete_confirmation_names_the_shared_entry(self):
        """The web client's confirmation before deleting says every company
        loses the entry: its patch is in the backend assets, and the list
        and form load the field it reads."""
        bundle = self.env["ir.qweb"]._get_asset_bundle(
            "web.assets_backend", css=False, js=True
        )
        self.assertIn(
            "/booking_directory/static/src/views/delete_confirmation.js",
            [asset["url"] for asset in bundle.files],
        )
        list_view = self.env.ref("booking_directory.res_partner_view_list_directory")
        views = self._env(self.booker_b)["res.partner"].get_views(
            [(list_view.id, "list"), (False, "form")]
        )["views"]
        for view_type in ("list", "form"):
            self.assertIn('name="directory_cluster_id"', views[view_type]["arch"])
