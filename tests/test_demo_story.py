"""The demo database tells the pooling story of the README.

These tests read the demo data on purpose: they check that what a newcomer
sees after ``scripts/demo`` is what the README promises. They skip when the
suite was installed without demo data.
"""

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoStory(TransactionCase):
    def setUp(self):
        super().setUp()
        self.breizh = self.env.ref("cluster_base.cluster_breizh_demo", False)
        if not self.breizh:
            self.skipTest("installed without demo data")
        self.transat = self.env.ref("cluster_base.cluster_transat_demo")

    def _user(self, xmlid):
        return self.env.ref(f"cluster_base.{xmlid}")

    def test_shared_booker_sees_her_cluster_only(self):
        """Maëlle works for the four Breton companies and never sees Réseau
        Transat."""
        maelle = self._user("user_maelle_demo")
        self.assertEqual(len(maelle.company_ids), 4)
        clusters = self.env["cluster.cluster"].with_user(maelle).search([])
        self.assertEqual(clusters, self.breizh)
        self.assertEqual(self.breizh.member_count, 4)
        self.assertEqual(self.breizh.cost_share_total, 100.0)

    def test_quebec_user_sees_transat_only(self):
        julie = self._user("user_julie_demo")
        clusters = self.env["cluster.cluster"].with_user(julie).search([])
        self.assertEqual(clusters, self.transat)

    def test_transat_methods_follow_ownership(self):
        """The Québec company is 60 % owned, hence fully consolidated in EUR;
        the 30 % associate is on the equity method."""
        methods = {
            m.company_id.currency_id.name + ":" + m.company_id.name: (
                m.consolidation_method,
                round(m.interest_pct, 2),
            )
            for m in self.transat.membership_ids
        }
        self.assertEqual(
            methods,
            {
                "EUR:Transat Productions": ("full", 100.0),
                "CAD:Productions Transat Québec inc.": ("full", 60.0),
                "EUR:Scène Atlantique": ("equity", 30.0),
            },
        )
        self.assertEqual(self.transat.currency_id.name, "EUR")
