from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ClusterCommon


@tagged("post_install", "-at_install")
class TestClusterVisibility(ClusterCommon):
    """Users of one cluster never see another cluster of the database."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.booker = cls._create_user("vis_booker", cls.company_a | cls.company_b)
        cls.quebec_user = cls._create_user(
            "vis_quebec",
            cls.company_q,
            groups="base.group_user,base.group_allow_export",
        )
        cls.breizh_admin = cls._create_user(
            "vis_breizh_admin",
            cls.company_a,
            groups="base.group_user,cluster_base.group_cluster_admin",
        )
        cls.cluster_breizh.admin_user_ids = cls.breizh_admin
        cls.loner = cls._create_user("vis_loner", cls.company_loner)

    def _link_transat(self):
        return self._link(self.cluster_transat, self.company_p, self.company_q, 60.0)

    def test_search_shows_only_own_cluster(self):
        for user, cluster in (
            (self.booker, self.cluster_breizh),
            (self.quebec_user, self.cluster_transat),
        ):
            self.assertEqual(
                self.env["cluster.cluster"].with_user(user).search([]), cluster
            )

    def test_company_outside_clusters_sees_none(self):
        self.assertFalse(self.env["cluster.cluster"].with_user(self.loner).search([]))

    def test_read_of_other_cluster_is_refused(self):
        with self.assertRaises(AccessError):
            self.cluster_transat.with_user(self.booker).read(["name"])

    def test_name_search_and_read_group_hide_other_cluster(self):
        Cluster = self.env["cluster.cluster"].with_user(self.booker)
        self.assertFalse(Cluster.name_search("Transat"))
        groups = Cluster.read_group([], ["currency_id"], ["currency_id"])
        self.assertEqual(sum(g["currency_id_count"] for g in groups), 1)

    def test_memberships_and_holdings_of_other_cluster_are_hidden(self):
        self._link_transat()
        Membership = self.env["cluster.membership"].with_user(self.booker)
        self.assertEqual(
            Membership.search([]).company_id, self.company_a | self.company_b
        )
        self.assertFalse(
            self.env["cluster.ownership"].with_user(self.booker).search([])
        )
        self.assertTrue(
            self.env["cluster.ownership"].with_user(self.quebec_user).search([])
        )

    def test_export_of_other_cluster_members_is_empty(self):
        Membership = self.env["cluster.membership"].with_user(self.quebec_user)
        rows = Membership.search([]).export_data(["cluster_id", "cost_share"])["datas"]
        self.assertEqual(
            sorted(rows),
            [["Transat Test", 20.0], ["Transat Test", 30.0], ["Transat Test", 50.0]],
        )

    def test_members_cannot_edit_their_cluster(self):
        with self.assertRaises(AccessError):
            self.cluster_breizh.with_user(self.booker).write({"name": "Renamed"})

    def test_cluster_admin_edits_only_the_clusters_they_administer(self):
        self.cluster_breizh.with_user(self.breizh_admin).write({"description": "Ours"})
        self.assertEqual(self.cluster_breizh.description, "Ours")
        with self.assertRaises(AccessError):
            self.cluster_transat.with_user(self.breizh_admin).write({"name": "Taken"})
        with self.assertRaises(AccessError):
            self.env["cluster.ownership"].with_user(self.breizh_admin).create(
                {
                    "cluster_id": self.cluster_transat.id,
                    "holder_id": self.company_p.id,
                    "held_id": self.company_q.id,
                    "percentage": 10.0,
                }
            )

    def test_visibility_follows_the_user_companies(self):
        """Adding a company to a user shows its cluster at once: the rule
        cache does not keep the old answer."""
        Cluster = self.env["cluster.cluster"].with_user(self.loner)
        self.assertFalse(Cluster.search([]))
        self.loner.company_ids |= self.company_r
        self.assertEqual(Cluster.search([]), self.cluster_transat)

    def test_system_administrator_sees_every_cluster(self):
        admin = self.env.ref("base.user_admin")
        clusters = self.env["cluster.cluster"].with_user(admin).search([])
        self.assertIn(self.cluster_breizh, clusters)
        self.assertIn(self.cluster_transat, clusters)

    def test_members_see_each_other_companies_only(self):
        """A member reads the company records of its cluster-mates (for
        intercompany documents), never those of another cluster."""
        Company = self.env["res.company"].with_user(self.quebec_user)
        self.assertEqual(
            Company.browse((self.company_p | self.company_r).ids).mapped("name"),
            ["Transat Test", "Scène Atlantique Test"],
        )
        self.assertNotIn(self.company_a, Company.search([]))
        with self.assertRaises(AccessError):
            Company.browse(self.company_a.id).read(["name"])
        with self.assertRaises(AccessError):
            Company.browse(self.company_p.id).write({"name": "Renamed"})

    def test_cluster_kanban_loads_for_a_member(self):
        """The kanban's member tags load for a member who belongs to one
        company of the cluster only."""
        data = (
            self.env["cluster.cluster"]
            .with_user(self.quebec_user)
            .web_search_read(
                [], {"name": {}, "company_ids": {"fields": {"display_name": {}}}}
            )
        )
        names = {tag["display_name"] for tag in data["records"][0]["company_ids"]}
        self.assertEqual(
            names, {"Transat Test", "Transat Québec Test", "Scène Atlantique Test"}
        )
