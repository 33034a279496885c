# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest
import re

from freezegun import freeze_time

from odoo.tests import BaseCase, tagged

from ..lib import graph, ownership, periods
from .common import ClusterCommon


@tagged("post_install", "-at_install")
class TestOwnershipEngine(BaseCase):
    def test_engine_doctests(self):
        """The worked examples in the engine's docstrings hold."""
        result = doctest.testmod(ownership)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def test_periods_doctests(self):
        """The previous periods in the docstrings hold: months, quarters, days."""
        result = doctest.testmod(periods)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def test_interest_multiplies_along_chains(self):
        """P 80 % of S, S 50 % of T: P's interest in T is 40 %."""
        shares = ownership.interest({("P", "S"): 0.8, ("S", "T"): 0.5}, "P")
        self.assertAlmostEqual(shares["T"], 0.4)

    def test_interest_ignores_treasury_loop_through_parent(self):
        """Shares of the parent held by its subsidiary add no interest."""
        shares = ownership.interest({("P", "S"): 0.6, ("S", "P"): 0.1}, "P")
        self.assertAlmostEqual(shares["S"], 0.6)

    def test_interest_through_a_loop_between_members(self):
        """S and T hold each other: the loop S->T->S adds up geometrically.
        i(S) = 0.5 + 0.2 * i(T), i(T) = 0.5 * i(S) => i(S) = 0.5 / 0.9."""
        shares = ownership.interest(
            {("P", "S"): 0.5, ("S", "T"): 0.5, ("T", "S"): 0.2}, "P"
        )
        self.assertAlmostEqual(shares["S"], 0.5 / 0.9)
        self.assertAlmostEqual(shares["T"], 0.25 / 0.9)

    def test_control_is_not_interest(self):
        """Control sums votes of controlled companies; interest multiplies."""
        holdings = {("P", "S"): 0.6, ("S", "T"): 0.4, ("P", "T"): 0.15}
        self.assertAlmostEqual(ownership.control(holdings, "P")["T"], 0.55)
        self.assertAlmostEqual(ownership.interest(holdings, "P")["T"], 0.39)

    def test_uncontrolled_holder_votes_do_not_count(self):
        """Votes held by an associate (30 %) are not the parent's."""
        holdings = {("P", "A"): 0.3, ("A", "T"): 0.6}
        self.assertAlmostEqual(ownership.control(holdings, "P")["T"], 0.0)

    def test_closed_loop_is_an_error(self):
        with self.assertRaises(ownership.OwnershipError) as caught:
            ownership.check_holdings(
                {("A", "B"): 1.0, ("B", "C"): 1.0, ("C", "A"): 1.0}
            )
        self.assertEqual(caught.exception.kind, "cycle")
        self.assertEqual(caught.exception.companies, ["A", "B", "C"])

    def test_loop_with_outside_shareholder_is_fine(self):
        ownership.check_holdings({("A", "B"): 1.0, ("B", "A"): 0.99})


@tagged("post_install", "-at_install")
class TestConsolidationMethod(ClusterCommon):
    def _membership(self, company):
        return self.cluster_transat.membership_ids.filtered(
            lambda m: m.company_id == company
        )

    def test_method_follows_control(self):
        """The parent and a 60 % subsidiary are fully consolidated, a 30 %
        associate by equity, a 10 % holding not at all."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 60.0)
        self._link(self.cluster_transat, self.company_p, self.company_r, 30.0)
        self.assertEqual(self._membership(self.company_p).consolidation_method, "full")
        self.assertEqual(self._membership(self.company_q).consolidation_method, "full")
        self.assertEqual(self._membership(self.company_q).interest_pct, 60.0)
        self.assertEqual(
            self._membership(self.company_r).consolidation_method, "equity"
        )
        self.cluster_transat.ownership_ids.filtered(
            lambda link: link.held_id == self.company_r
        ).percentage = 10.0
        self.assertEqual(self._membership(self.company_r).consolidation_method, "none")

    def test_indirect_control_through_a_subsidiary(self):
        """P 60 % of Q and Q 55 % of R: P controls R (55 %) with a 33 %
        interest."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 60.0)
        self._link(self.cluster_transat, self.company_q, self.company_r, 55.0)
        membership = self._membership(self.company_r)
        self.assertEqual(membership.consolidation_method, "full")
        self.assertAlmostEqual(membership.control_pct, 55.0)
        self.assertAlmostEqual(membership.interest_pct, 33.0)

    def test_method_set_by_hand_wins(self):
        """Joint control is declared by hand as proportional."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 50.0)
        membership = self._membership(self.company_q)
        self.assertEqual(membership.consolidation_method, "equity")
        membership.consolidation_method_manual = "proportional"
        self.assertEqual(membership.consolidation_method, "proportional")

    def test_no_consolidating_company_means_no_consolidation(self):
        """A pooling group without a head consolidates nobody."""
        self.assertEqual(
            set(self.cluster_breizh.membership_ids.mapped("consolidation_method")),
            {"none"},
        )

    @freeze_time("2026-06-15")
    def test_later_holding_replaces_earlier(self):
        """A purchase dated later changes the method from that date on."""
        self._link(
            self.cluster_transat, self.company_p, self.company_q, 30.0, "2024-01-01"
        )
        self._link(
            self.cluster_transat, self.company_p, self.company_q, 70.0, "2026-06-01"
        )
        self.assertEqual(self._membership(self.company_q).consolidation_method, "full")
        holdings_2025 = self.cluster_transat._get_holdings(
            date=self.cluster_transat.ownership_ids[0].date_start.replace(year=2025)
        )
        self.assertEqual(holdings_2025[(self.company_p.id, self.company_q.id)], 0.3)

    def test_ownership_graph_draws_holders_above_held(self):
        """A member opening the graph sees an arrow from Transat to Québec
        labelled 60 %, the members' control and interest, and no company of
        another cluster."""
        self._link(self.cluster_transat, self.company_p, self.company_q, 60.0)
        member = self._create_user("graph_member", self.company_q)
        data = self.cluster_transat.with_user(member).web_read({"ownership_graph": {}})
        drawing = str(data[0]["ownership_graph"])
        self.assertIn("<svg", drawing)
        self.assertIn("marker-end", drawing)
        self.assertIn("60.00 %", drawing)
        self.assertIn("Transat Québec Test", drawing)
        self.assertNotIn("Ar Men Test", drawing)
        # the holder's box is drawn above the held company's
        top = {
            name: float(y)
            for y, name in re.findall(
                r'<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]+)<', drawing
            )
        }
        self.assertLess(top["Transat Test"], top["Transat Québec Test"])

    def test_ownership_graph_of_an_empty_cluster_says_so(self):
        empty = self.env["cluster.cluster"].create({"name": "Empty Test"})
        self.assertIn("no members yet", str(empty.ownership_graph))
        self.assertIn("No holdings", str(self.cluster_breizh.ownership_graph))

    def test_graph_doctests(self):
        """The drawing's layout examples hold."""
        result = doctest.testmod(graph)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)
