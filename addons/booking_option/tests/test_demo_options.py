# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The demo's options, as the readme tells them. Reads the demo data on
purpose; skips when the suite was installed without it."""

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoOptions(TransactionCase):
    def setUp(self):
        super().setUp()
        self.maelle = self.env.ref("cluster_base.user_maelle_demo", False)
        if not self.maelle:
            self.skipTest("installed without demo data")

    def _date(self, name):
        return self.env.ref(f"booking_option.date_kan_ar_mor_{name}_option_demo")

    def test_maelle_reads_the_ranked_options_of_kan_ar_mor(self):
        """Two venues hold 28 May (ranks 1 and 2), the third option on
        4 June challenges the two above it, and the 21 May option expired;
        Maëlle reads them with Ar Men ticked."""
        ar_men = self.env.ref("cluster_base.company_ar_men_demo")
        self.maelle.with_context(active_company_ids=ar_men.ids).set_groups_from_roles()
        env = self.env(user=self.maelle, context={"allowed_company_ids": ar_men.ids})
        cornouaille = self._date("cornouaille").with_env(env)
        triskell = self._date("triskell").with_env(env)
        self.assertEqual(
            [(d.state, d.option_rank) for d in cornouaille | triskell],
            [("option", 1), ("option", 2)],
        )
        rance = self._date("rance").with_env(env)
        if rance.option_challenge_state:  # settled once its deadline passed
            self.assertEqual(rance.option_challenge_state, "challenging")
            self.assertEqual(
                self._date("arvorik").with_env(env).option_challenge_state, "pending"
            )
        self.assertEqual(self._date("mor_braz").with_env(env).option_end, "expired")
        self.assertIn(
            "challenged", self._date("liberte").option_event_ids.mapped("event")
        )
