# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import Form, tagged

from .common import ProspectionCommon


@tagged("post_install", "-at_install")
class TestAddToPortfolio(ProspectionCommon):
    """Issue 15: *Add to Portfolio* from a directory filter or selection,
    in one click."""

    def _add(self, user, active_ids, active_domain=None, period=None):
        """The server action on the directory list, then its dialog, as the
        web client runs them; the notification's parameters."""
        env = self._env_of(user)
        context = {
            "active_model": "res.partner",
            "active_ids": active_ids,
            "active_domain": active_domain or [],
        }
        action = env.ref(
            "booking_prospection.booking_prospection_add_action_from_directory"
        )
        result = action.with_context(**context).run()
        self.assertEqual(result["res_model"], "booking.prospection.add")
        dialog = Form(
            env[result["res_model"]].with_context(**context, **result["context"])
        )
        period = period or self.spring_a
        dialog.production_id = period.production_id
        dialog.tour_period_id = period
        counts = (dialog.prospect_count, dialog.new_count)
        notification = dialog.save().action_add()
        return counts, notification["params"]

    def _portfolio(self, period=None):
        return self.env["booking.prospection.line"].search(
            [("tour_period_id", "=", (period or self.spring_a).id)]
        )

    def test_ticked_entries_are_added_once(self):
        first = self._create_line(partner=self.venue)
        counts, params = self._add(
            self.prospector_a, (self.venue | self.festival | self.programmer).ids
        )
        self.assertEqual(counts, (3, 2))
        self.assertEqual(
            self._portfolio().partner_id, self.venue | self.festival | self.programmer
        )
        self.assertEqual(
            params["message"],
            "2 added to the portfolio of Printemps 2027, 1 already in it.",
        )
        self.assertEqual(params["next"]["res_model"], "booking.prospection.line")
        self.assertEqual(
            params["next"]["domain"], [("tour_period_id", "=", self.spring_a.id)]
        )
        added = self._portfolio() - first
        self.assertEqual(added.stage_id, self.stages_a[0])
        self.assertEqual(added.company_id, self.company_a)
        self.assertEqual(added.user_id, self.prospector_a)

    def test_the_current_filter_when_none_is_ticked(self):
        """The filtered list: its structures and programmers of the
        company's directory; not the technical director, not another
        cluster's entries."""
        counts, _params = self._add(
            self.prospector_a, [], [("name", "not ilike", "Cornouaille")]
        )
        self.assertEqual(counts, (2, 2))
        self.assertEqual(self._portfolio().partner_id, self.festival | self.programmer)

    def test_another_clusters_booker_adds_none_of_ours(self):
        """P's booker ticks the Breton entries by id: none is hers to add."""
        counts, params = self._add(
            self.prospector_p,
            (self.venue | self.festival).ids,
            period=self.spring_p,
        )
        self.assertEqual(counts, (0, 0))
        self.assertFalse(self._portfolio(self.spring_p))
        self.assertEqual(params["type"], "warning")

    def test_a_booker_of_two_clusters_adds_the_productions_cluster_only(self):
        """With a company of each cluster ticked, she reads both directories:
        the filter adds to Ar Men's portfolio the Breton entries only."""
        both = self._create_user_with_roles(
            "pr_booker_ap",
            [(self.role_booker, self.company_a), (self.role_booker, self.company_p)],
        )
        counts, _params = self._add(both, [], [("is_company", "=", True)])
        self.assertEqual(counts, (2, 2))
        self.assertEqual(self._portfolio().partner_id, self.venue | self.festival)

    def test_the_action_is_offered_to_bookers_only(self):
        action = self.env.ref(
            "booking_prospection.booking_prospection_add_action_from_directory"
        )
        bindings = {
            user.login: [
                a["id"]
                for a in self._env_of(user)["ir.actions.actions"]
                .get_bindings("res.partner")
                .get("action", [])
            ]
            for user in (self.prospector_a, self.accountant_a)
        }
        self.assertIn(action.id, bindings["pr_booker_a"])
        self.assertNotIn(action.id, bindings["pr_accountant_a"])
