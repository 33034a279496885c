# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo import Command, fields
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, tagged

from .common import ClusterCommon


@tagged("post_install", "-at_install")
class TestClusterConstraints(ClusterCommon):
    def test_cost_shares_of_current_members_must_total_100(self):
        """A cluster whose current members' shares miss 100 % is refused."""
        with self.assertRaisesMessage(ValidationError, "add up to 90.00 %"):
            self._create_cluster(
                "Short", [(self.company_loner, 90.0)], date_start="2024-01-01"
            )

    def test_former_members_do_not_count_in_cost_shares(self):
        """Only today's members split the pooled costs."""
        newcomer = self._create_company(name="Newcomer Test")
        cluster = self._create_cluster(
            "Moving", [(self.company_loner, 100.0)], date_start="2020-01-01"
        )
        cluster.write(
            {
                "membership_ids": [
                    Command.update(
                        cluster.membership_ids.id, {"date_end": "2023-12-31"}
                    ),
                    Command.create(
                        {
                            "company_id": newcomer.id,
                            "date_start": "2024-01-01",
                            "cost_share": 100.0,
                        }
                    ),
                ]
            }
        )
        self.assertEqual(cluster.cost_share_total, 100.0)
        self.assertEqual(cluster.company_ids, newcomer)

    def test_shares_edited_through_the_cluster_are_checked_as_a_whole(self):
        """Moving shares between members in one save is allowed, although
        each line on its own would break the total."""
        line_a, line_b = self.cluster_breizh.membership_ids
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(line_a.id, {"cost_share": 45.0}),
                    Command.update(line_b.id, {"cost_share": 55.0}),
                ]
            }
        )
        self.assertEqual(line_b.cost_share, 55.0)

    def test_membership_edited_alone_keeps_the_total(self):
        """Changing one membership directly cannot unbalance the cluster, and
        nothing stored changes."""
        line_a = self.cluster_breizh.membership_ids[0]
        with self.assertRaisesMessage(ValidationError, "must add up to 100"):
            line_a.write({"cost_share": 70.0})
        line_a.invalidate_recordset()
        self.assertEqual(line_a.cost_share, 60.0)

    def test_cost_share_outside_0_100_is_refused(self):
        """A negative share is a typing error, reported as such."""
        with self.assertRaisesMessage(ValidationError, "between 0 and 100"):
            self._create_cluster(
                "Negative",
                [(self.company_loner, 120.0), (self._create_company(name="X"), -20.0)],
            )

    def test_company_is_in_one_cluster_at_a_time(self):
        """Joining a second cluster while still in the first is refused."""
        with self.assertRaisesMessage(ValidationError, "one cluster at a time"):
            self._create_cluster(
                "Poacher", [(self.company_a, 100.0)], date_start="2025-01-01"
            )

    def test_clash_names_nothing_the_administrator_cannot_read(self):
        """A cluster administrator who adds another cluster's member (an id
        sent over RPC) learns from the refusal neither that cluster nor that
        company."""
        breizh_admin = self._create_user(
            "clash_admin",
            self.company_a,
            groups="base.group_user,cluster_base.group_cluster_admin",
        )
        self.cluster_breizh.admin_user_ids = breizh_admin
        with self.assertRaisesMessage(AccessError, "a company you can see") as e:
            self.cluster_breizh.with_user(breizh_admin).write(
                {
                    "membership_ids": [
                        Command.create(
                            {
                                "company_id": self.company_q.id,
                                "date_start": "2025-01-01",
                                "cost_share": 0.0,
                            }
                        )
                    ]
                }
            )
        self.assertNotIn("Transat", str(e.exception))
        self.assertEqual(self.company_q.cluster_id, self.cluster_transat)

    def test_company_may_join_another_cluster_after_leaving(self):
        """Once a company has left, it may join another cluster."""
        line_a, line_b = self.cluster_breizh.membership_ids
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(line_a.id, {"date_end": "2024-12-31"}),
                    Command.update(line_b.id, {"cost_share": 100.0}),
                ]
            }
        )
        cluster = self._create_cluster(
            "Next", [(self.company_a, 100.0)], date_start="2025-01-01"
        )
        self.assertEqual(cluster.membership_ids.company_id, self.company_a)

    def test_leaving_before_joining_is_refused(self):
        """The dates of a membership must follow each other."""
        with self.assertRaisesMessage(ValidationError, "before joining"):
            self.env["cluster.cluster"].create(
                {
                    "name": "Backwards",
                    "membership_ids": [
                        Command.create(
                            {
                                "company_id": self.company_loner.id,
                                "date_start": "2024-01-01",
                                "date_end": "2023-01-01",
                            }
                        )
                    ],
                }
            )

    def test_holding_outside_0_100_is_refused(self):
        with self.assertRaisesMessage(ValidationError, "between 0 and 100"):
            self._link(self.cluster_transat, self.company_p, self.company_q, 120.0)

    def test_more_than_100_percent_held_is_refused(self):
        """Two holders cannot own more than the whole of a company."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 70.0)
        with self.assertRaisesMessage(ValidationError, "more than 100"):
            self._link(self.cluster_transat, self.company_r, self.company_q, 40.0)

    def test_cycle_owning_all_of_itself_is_refused(self):
        """Two companies that hold all of each other would own all of
        themselves."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 100.0)
        with self.assertRaisesMessage(ValidationError, "hold all of each other"):
            self._link(self.cluster_transat, self.company_q, self.company_p, 100.0)

    def test_cross_holdings_are_allowed(self):
        """Partial cross-holdings are common and accepted."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 60.0)
        link = self._link(self.cluster_transat, self.company_q, self.company_p, 10.0)
        self.assertEqual(
            link.display_name, "Transat Québec Test holds 10.00 % of Transat Test"
        )

    def test_company_cannot_hold_itself(self):
        with self.assertRaisesMessage(ValidationError, "its own shares"):
            self._link(self.cluster_transat, self.company_p, self.company_p, 10.0)

    def test_holder_must_be_a_member(self):
        """Holdings are recorded between members only."""
        with self.assertRaisesMessage(ValidationError, "Solo Test is not a member"):
            self._link(self.cluster_transat, self.company_loner, self.company_q, 10.0)

    def test_consolidating_company_must_be_a_member(self):
        with self.assertRaisesMessage(ValidationError, "must be a member"):
            self.cluster_breizh.parent_company_id = self.company_p

    def test_admin_edits_cluster_in_the_form(self):
        """The cluster form saves members, shares and holdings together."""
        with Form(self.env["cluster.cluster"]) as form:
            form.name = "Form Cluster"
            for company, share in (
                (self.company_loner, 70.0),
                (self._create_company(name="Y"), 30.0),
            ):
                with form.membership_ids.new() as line:
                    line.company_id = company
                    line.date_start = "2024-01-01"
                    line.cost_share = share
        cluster = form.record
        self.assertEqual(cluster.member_count, 2)
        self.assertEqual(cluster.cost_share_total, 100.0)


@tagged("post_install", "-at_install")
class TestClusterHelpers(ClusterCommon):
    def test_cluster_companies_of_a_company(self):
        """A member pools with its cluster; a company outside any cluster
        pools with itself only."""
        self.assertEqual(
            self.company_a._get_cluster_companies(), self.company_a | self.company_b
        )
        self.assertEqual(
            self.company_loner._get_cluster_companies(), self.company_loner
        )

    def test_company_cluster_is_searchable(self):
        companies = self.env["res.company"].search(
            [("cluster_id", "=", self.cluster_transat.id)]
        )
        self.assertEqual(companies, self.company_p | self.company_q | self.company_r)
        self.assertEqual(self.company_q.cluster_id, self.cluster_transat)
        self.assertFalse(self.company_loner.cluster_id)

    @freeze_time("2026-06-15")
    def test_cluster_companies_follow_the_dates(self):
        """A member that has left is no longer in the cluster's companies,
        but still was at an earlier date."""
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(
                        self.cluster_breizh.membership_ids[1].id,
                        {"date_end": "2026-01-31"},
                    ),
                    Command.update(
                        self.cluster_breizh.membership_ids[0].id, {"cost_share": 100.0}
                    ),
                ]
            }
        )
        self.assertEqual(self.cluster_breizh._get_member_companies(), self.company_a)
        self.assertEqual(
            self.company_a._get_cluster_companies(
                date=fields.Date.to_date("2025-06-01")
            ),
            self.company_a | self.company_b,
        )

    def test_clusters_of_a_user(self):
        user = self._create_user("helper_user", self.company_b | self.company_loner)
        self.assertEqual(user._get_clusters(), self.cluster_breizh)
