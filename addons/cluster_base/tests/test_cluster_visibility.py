# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
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

    def test_former_member_reads_nothing_of_the_cluster_after_leaving(self):
        """A company that left no longer reads the cluster, its members' new
        cost shares or its holdings; it keeps its own membership."""
        former = self._create_user("vis_former", self.company_b)
        line_a, line_b = self.cluster_breizh.membership_ids
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(line_b.id, {"date_end": "2024-06-30"}),
                    Command.update(line_a.id, {"cost_share": 100.0}),
                ]
            }
        )
        self._link(self.cluster_breizh, self.company_a, self.company_b, 10.0)
        env = self.env(user=former)
        self.assertFalse(env["cluster.cluster"].search([]))
        with self.assertRaises(AccessError):
            self.cluster_breizh.with_env(env).read(["name"])
        memberships = env["cluster.membership"].web_search_read(
            [], {"company_id": {}, "cost_share": {}}
        )["records"]
        self.assertEqual([m["id"] for m in memberships], [line_b.id])
        self.assertFalse(env["cluster.ownership"].search([]))
        with self.assertRaises(AccessError):
            line_a.with_env(env).read(["cost_share"])


@tagged("post_install", "-at_install")
class TestClusterPeople(ClusterCommon):
    """The people of a cluster (its internal users, their partners, its
    companies' partners) are seen within the cluster only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        contacts = "base.group_user,base.group_partner_manager"
        cls.breton = cls._create_user("people_breton", cls.company_a, groups=contacts)
        cls.breton_mate = cls._create_user(
            "people_breton_mate", cls.company_b, groups=contacts
        )
        cls.quebec = cls._create_user("people_quebec", cls.company_q, groups=contacts)
        cls.transat = cls._create_user("people_transat", cls.company_p, groups=contacts)

    def _env(self, user):
        return self.env(
            user=user, context={"allowed_company_ids": user.company_ids.ids}
        )

    def test_other_cluster_users_and_partners_are_hidden(self):
        """Names and e-mails of another cluster's staff do not show in
        contacts, user lists or dropdowns."""
        env = self._env(self.quebec)
        Partner, Users = env["res.partner"], env["res.users"]
        self.assertFalse(Partner.search([("id", "=", self.breton.partner_id.id)]))
        self.assertFalse(Partner.name_search("people_breton"))
        with self.assertRaises(AccessError):
            Partner.browse(self.breton.partner_id.id).web_read({"email": {}})
        self.assertFalse(Users.search([("login", "=", "people_breton")]))
        with self.assertRaises(AccessError):
            Users.browse(self.breton.id).read(["name", "login"])
        found = Users.web_search_read([("login", "like", "people_")], {"login": {}})[
            "records"
        ]
        self.assertEqual(
            {user["login"] for user in found}, {"people_quebec", "people_transat"}
        )

    def test_other_cluster_company_partners_are_hidden(self):
        env = self._env(self.quebec)
        with self.assertRaises(AccessError):
            env["res.partner"].browse(self.company_a.partner_id.id).read(["email"])
        self.assertFalse(
            env["res.partner"].search([("id", "=", self.company_a.partner_id.id)])
        )

    def test_cluster_mates_and_instance_people_stay_visible(self):
        """Intercompany invoicing finds a member by its partner; colleagues,
        the instance administrator, OdooBot and the public partner stay."""
        env = self._env(self.quebec)
        visible = (
            self.company_p.partner_id
            | self.company_r.partner_id
            | self.transat.partner_id
            | self.env.ref("base.partner_admin")
            | self.env.ref("base.partner_root")
            | self.env.ref("base.public_partner")
        )
        Partner = env["res.partner"].with_context(active_test=False)
        self.assertEqual(Partner.search([("id", "in", visible.ids)]), visible)
        self.assertEqual(
            env["res.users"].browse(self.transat.id).read(["name"])[0]["name"],
            self.transat.name,
        )

    def test_instance_administrator_sees_everyone(self):
        admin = self.env.ref("base.user_admin")
        Partner = self.env["res.partner"].with_user(admin)
        people = self.breton.partner_id | self.quebec.partner_id
        self.assertEqual(Partner.search([("id", "in", people.ids)]), people)

    def test_other_cluster_company_partner_cannot_be_edited(self):
        """A user with contact rights in another cluster cannot change a
        company's address or e-mail."""
        partner = self.company_a.partner_id.with_env(self._env(self.quebec))
        with self.assertRaises(AccessError):
            partner.write({"email": "phish@example.com"})
        self.assertFalse(self.company_a.partner_id.email)

    def test_company_partner_is_edited_by_its_own_users_only(self):
        """A cluster-mate reads a member's company partner but cannot change
        it; the member's own users can, and their own partner too."""
        mate_env = self._env(self.breton_mate)
        self.assertTrue(self.company_a.partner_id.with_env(mate_env).read(["name"]))
        with self.assertRaises(AccessError):
            self.company_a.partner_id.with_env(mate_env).write({"city": "Nowhere"})
        with self.assertRaises(AccessError):
            self.breton.partner_id.with_env(mate_env).write({"email": "x@example.com"})
        own_env = self._env(self.breton)
        self.company_a.partner_id.with_env(own_env).write({"city": "Brest"})
        self.breton.partner_id.with_env(own_env).write({"phone": "0298000000"})
        self.assertEqual(self.company_a.partner_id.city, "Brest")
