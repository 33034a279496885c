# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The shared booker's company switching: what she creates lands in the
company she is working for, and her reminders follow her records.

Across modules: roles (cluster_role), the directory and its private notes.
"""

from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestSharedBookerSwitching(RoleCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.maelle = cls._create_user_with_roles(
            "maelle_switch",
            [(cls.role_booker, cls.company_a), (cls.role_booker, cls.company_b)],
        )

    def _working_for(self, current, *others):
        """The web client's context: the current company first, then the
        other ticked ones; the groups follow the ticked companies."""
        return self._tick(self.maelle, current.union(*others))

    def test_records_land_in_the_current_company(self):
        env = self._working_for(self.company_b, self.company_a)
        self.assertEqual(env.company, self.company_b)
        venue = (
            env["res.partner"]
            .with_context(directory_entry=True)
            .create({"name": "Le Quartz", "is_company": True})
        )
        # The directory entry is the cluster's, not Kan Diskan's
        self.assertEqual(venue.directory_cluster_id, self.cluster_breizh)
        self.assertFalse(venue.sudo().company_ids)
        # Her call is Kan Diskan's, and so is the reminder on it
        call = env["directory.interaction"].create(
            {
                "partner_id": venue.id,
                "interaction_type": "call",
                "summary": "Pitched the spring tour",
                "followup_date": "2027-01-10",
            }
        )
        self.assertEqual(call.company_id, self.company_b)
        self.assertEqual(call.activity_ids.user_id, self.maelle)
        # Back on Ar Men alone: the call does not show. Its reminder still
        # does, in her own activities: Odoo lets a user read the activities
        # assigned to her whatever the company, and it is her own work.
        env_a = self._working_for(self.company_a)
        self.assertFalse(env_a["directory.interaction"].search([("id", "=", call.id)]))
        on_call = [
            ("res_model", "=", "directory.interaction"),
            ("res_id", "=", call.id),
        ]
        self.assertEqual(env_a["mail.activity"].search(on_call), call.activity_ids)
        # Ar Men's other booker sees neither
        colleague = self._create_user_with_roles(
            "armen_colleague", [(self.role_booker, self.company_a)]
        )
        env_colleague = self.env(
            user=colleague, context={"allowed_company_ids": self.company_a.ids}
        )
        self.assertFalse(env_colleague["mail.activity"].search(on_call))
        # The shared entry itself does
        self.assertEqual(env_a["res.partner"].search([("id", "=", venue.id)]), venue)

    def test_default_company_is_where_she_logs_in(self):
        """At login the roles of her default company apply (OCA's hook);
        the switcher then adds the others."""
        self.maelle.set_groups_from_roles()
        self.assertEqual(self.maelle.company_id, self.company_a)
        self.assertIn(self.role_booker.group_id, self.maelle.groups_id)
