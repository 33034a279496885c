# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The demo's spring 2027 season, as the README tells it. Reads the demo
data on purpose; skips when the suite was installed without it."""

from odoo.tests import TransactionCase, tagged

BRETON = ("ar_men", "kan_diskan", "tro_breizh", "mor_glaz")


@tagged("post_install", "-at_install")
class TestDemoSeason(TransactionCase):
    def setUp(self):
        super().setUp()
        self.maelle = self.env.ref("cluster_base.user_maelle_demo", False)
        if not self.maelle:
            self.skipTest("installed without demo data")
        self.companies = {
            name: self.env.ref(f"cluster_base.company_{name}_demo") for name in BRETON
        }

    def _env_of(self, user, companies):
        user.with_context(active_company_ids=companies.ids).set_groups_from_roles()
        return self.env(user=user, context={"allowed_company_ids": companies.ids})

    def test_maelle_sees_the_season_of_her_four_companies(self):
        """Each Breton company has a production with a spring 2027 tour, a
        period and confirmed dates at venues of the Breton directory; Maëlle
        sees all of them and nothing of Transat."""
        env = self._env_of(self.maelle, self.maelle.company_ids)
        productions = env["booking.production"].search([])
        self.assertEqual(
            productions.company_id,
            self.env["res.company"].union(*self.companies.values()),
        )
        breizh = self.env.ref("cluster_base.cluster_breizh_demo")
        for name, company in self.companies.items():
            with self.subTest(company=name):
                tours = env["booking.tour"].search([("company_id", "=", company.id)])
                self.assertTrue(tours.period_ids)
                self.assertTrue(any(t.date_from.year == 2027 for t in tours))
                confirmed = env["booking.date"].search(
                    [("company_id", "=", company.id), ("state", "=", "confirmed")]
                )
                self.assertGreaterEqual(len(confirmed), 2)
                self.assertEqual(confirmed.venue_id.directory_cluster_id, breizh)
        self.assertTrue(env["booking.date"].search([("state", "=", "cancelled")]))

    def test_maelle_sees_one_companys_season_with_that_company_alone(self):
        """With Kan Diskan alone ticked, only Kan Diskan's productions show."""
        kan_diskan = self.companies["kan_diskan"]
        env = self._env_of(self.maelle, kan_diskan)
        self.assertEqual(env["booking.production"].search([]).company_id, kan_diskan)
