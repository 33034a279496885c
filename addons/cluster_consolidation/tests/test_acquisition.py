# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.tests import tagged

from .common import ConsolidationCommon

ACQUISITION_SPEC = {
    "cluster_id": {"fields": {"display_name": {}}},
    "member_id": {"fields": {"display_name": {}}},
    "holder_id": {"fields": {"display_name": {}}},
    "date": {},
    "investment_account_id": {"fields": {"display_name": {}}},
    "fair_value_ids": {
        "fields": {"name": {}, "account_id": {"fields": {}}, "amount": {}}
    },
    "cost": {},
    "net_assets": {},
    "goodwill": {},
}


@tagged("post_install", "-at_install")
class TestAcquisition(ConsolidationCommon):
    """The worked example of ConsolidationCommon, with Q acquired on 31
    December 2025: P paid 2,400 € for its 60 % (account 261000), when Q's
    books held 3,000 CAD of capital and cash (1 CAD = 1 € that day), and the
    cluster accountant values Q's equipment 500 CAD above its books.

    Goodwill, in CAD: 2,400 / 1 - 60 % x (3,000 + 500) = 300 CAD, 187.50 €
    at the closing rate (0.625). The fair-value adjustment is 312.50 € at
    closing. P's investment is eliminated. Minority interests are 40 % of
    Q's net assets at closing, fair value included: bank (6,390 + 3,000) x
    0.625 = 5,868.75, payable -1,000, equipment 312.50: 5,181.25, so
    -2,072.50. Q's January revenue (-3,300 €) is post-acquisition and stays.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.q)
        cls._approve(cls.r)
        Account = cls.env["consolidation.account"]
        cls.chart["C130"] = Account.create(
            {
                "cluster_id": cls.cluster.id,
                "code": "C130",
                "name": "Equipment",
                "section": "asset",
            }
        )
        cls.chart["C140"] = Account.create(
            {
                "cluster_id": cls.cluster.id,
                "code": "C140",
                "name": "Investments in members",
                "section": "asset",
                "ic_nature": "none",
            }
        )
        cls.env["consolidation.mapping"].create(
            {"consolidation_account_id": cls.chart["C140"].id, "prefix": "26"}
        )
        cls.investment = cls._account(cls.p, "261000")
        cls._entry(
            cls.p, "2025-12-31", [("261000", 2400.0, cls.q), ("512000", -2400.0, None)]
        )
        cls._entry(
            cls.q, "2025-12-31", [("512000", 3000.0, None), ("101000", -3000.0, None)]
        )
        cls.accountant = cls._create_user_with_roles(
            "cluster_accountant_acquisitions",
            [(cls.env.ref("cluster_consolidation.role_cluster_accountant"), cls.p)],
        )

    def _totals(self, run):
        groups = self.env["consolidation.run.line"]._read_group(
            [("run_id", "=", run.id)], ["account_id"], ["amount:sum"]
        )
        return {account.code: round(amount, 2) for account, amount in groups}

    def _record_acquisition(self, env):
        Acquisition = env["consolidation.acquisition"]
        values = Acquisition.onchange({}, [], ACQUISITION_SPEC)["value"]
        self.assertEqual(values["cluster_id"]["id"], self.cluster.id)
        saved = Acquisition.web_save(
            {
                "cluster_id": self.cluster.id,
                "member_id": self.q.id,
                "holder_id": self.p.id,
                "date": "2025-12-31",
                "investment_account_id": self.investment.id,
                "fair_value_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Lighting rig",
                            "account_id": self.chart["C130"].id,
                            "amount": 500.0,
                        },
                    )
                ],
            },
            ACQUISITION_SPEC,
        )[0]
        return Acquisition.browse(saved["id"])

    def test_cluster_accountant_records_an_acquisition_and_sees_goodwill(self):
        """From the web client, the cluster accountant records Q's
        acquisition; the run eliminates the investment against Q's equity at
        that date and shows the goodwill and the fair-value adjustment at
        the closing rate; the record shows the cost, net assets and goodwill
        read from the books."""
        env = self._tick(self.accountant, self.p)
        env["consolidation.acquisition"].get_views([(False, "list"), (False, "form")])
        acquisition = self._record_acquisition(env)
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        totals = self._totals(run)
        self.assertEqual(totals["C160"], 187.50)
        self.assertEqual(totals["C140"], 0.0)
        self.assertEqual(totals["C130"], 312.50)
        self.assertEqual(totals["C330"], -2072.50)
        self.assertEqual(totals["C400"], -7300.00)
        self.assertEqual(round(sum(totals.values()), 2), 0.0)
        read = acquisition.web_read({"cost": {}, "net_assets": {}, "goodwill": {}})[0]
        self.assertEqual(
            (read["cost"], read["net_assets"], round(read["goodwill"], 2)),
            (2400.0, 3000.0, 300.0),
        )
        self.assertIn("acquisition", run.line_ids.mapped("kind"))
        self.assertFalse(run.warning and "Transat Conso Q" in run.warning)

    def test_next_period_opens_on_the_locked_closing(self):
        """January is locked; February, with no new items and the same rate,
        opens on January's closing: its retained earnings are January's
        plus January's result, its translation difference and minority
        interests are January's; nothing intercompany is left to eliminate
        (January's recharge is in retained earnings on both sides)."""
        env = self._tick(self.accountant, self.p)
        self._record_acquisition(env)
        january = env["consolidation.run"].browse(self.consolidation.id)
        january.action_run()
        january.action_lock()
        february = env["consolidation.run"].create(
            {
                "cluster_id": self.cluster.id,
                "date_from": "2026-02-01",
                "date_to": "2026-02-28",
            }
        )
        february.action_run()
        self.assertEqual(february.opening_run_id, january)
        self.assertEqual(february.mismatch_count, 0)
        before, after = self._totals(january), self._totals(february)
        result = sum(
            amount
            for code, amount in before.items()
            if self.chart[code].section in ("income", "expense")
        )
        self.assertAlmostEqual(after["C310"], before["C310"] + result, places=2)
        for code in ("C100", "C300", "C320", "C330", "C160", "C150"):
            self.assertAlmostEqual(after.get(code, 0.0), before.get(code, 0.0), 2)
        self.assertFalse(
            [
                code
                for code, amount in after.items()
                if self.chart[code].section in ("income", "expense") and amount
            ]
        )

    def test_a_stale_closing_rate_is_warned_about(self):
        """The CAD rate of 16 January is the latest on 31 March: a run of
        March says its closing rate is stale."""
        run = self.env["consolidation.run"].create(
            {
                "cluster_id": self.cluster.id,
                "date_from": "2026-03-01",
                "date_to": "2026-03-31",
            }
        )
        run.action_run()
        self.assertIn("closing rate of CAD", run.warning)
        self.consolidation.action_run()
        self.assertNotIn("closing rate", self.consolidation.warning or "")

    def test_a_rate_that_moves_beyond_the_cluster_threshold_is_warned_about(self):
        """The CAD rate goes from 1.25 to 1.60 on 16 January: within January
        it moves by 1.60 / 1.25 - 1 = 28 %, more than the default 10 %; a
        threshold of 30 % says nothing; March, with one rate, says nothing
        either (figures of the worked example)."""
        self.consolidation.action_run()
        self.assertIn("rate of CAD moved by 28.0%", self.consolidation.warning)
        self.cluster.consolidation_rate_threshold = 30.0
        self.consolidation.action_run()
        self.assertNotIn("moved by", self.consolidation.warning or "")
        self.cluster.consolidation_rate_threshold = 10.0
        march = self.env["consolidation.run"].create(
            {
                "cluster_id": self.cluster.id,
                "date_from": "2026-03-01",
                "date_to": "2026-03-31",
            }
        )
        march.action_run()
        self.assertNotIn("moved by", march.warning or "")

    def test_a_cluster_accountant_of_another_head_reads_no_acquisition(self):
        """Acquisition records and their fair values are the consolidating
        company's: a cluster accountant elsewhere finds none of them."""
        self._record_acquisition(self._tick(self.accountant, self.p))
        other_head = self._create_user_with_roles(
            "head_elsewhere_acquisitions",
            [
                (
                    self.env.ref("cluster_consolidation.role_cluster_accountant"),
                    self.company_a,
                )
            ],
        )
        env = self._tick(other_head, self.company_a)
        self.assertFalse(env["consolidation.acquisition"].search([]))
        self.assertFalse(env["consolidation.fair.value"].search([]))

    def test_a_member_sold_during_the_period(self):
        """IFRS 10.B88 and B98-B99: Q is sold on 25 January for 3,000 € (P
        books a gain of 600 over its 2,400 of cost). Q's results up to that
        day stay in the consolidated profit and loss, at the average of the
        days it was a member ((15 x 0.8 + 10 x 0.625) / 25 = 0.73: its
        revenue of 4,650 CAD is 3,394.50 €); nothing of it is left on the
        balance sheet (cash, equipment's fair value, goodwill, minority
        interests); the gain or loss on disposal recycles its translation
        difference; the trial balance balances."""
        env = self._tick(self.accountant, self.p)
        self._record_acquisition(env)
        self._entry(
            self.p,
            "2026-01-25",
            [
                ("512000", 3000.0, None),
                ("261000", -2400.0, self.q),
                ("706000", -600.0, None),
            ],
        )
        by_company = {m.company_id: m for m in self.cluster.membership_ids}
        self.cluster.membership_ids = [
            Command.update(by_company[self.q].id, {"date_end": "2026-01-25"}),
            Command.update(by_company[self.p].id, {"cost_share": 70.0}),
        ]
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        totals = self._totals(run)
        self.assertEqual(totals["C100"], 10000.0 + 500.0 - 2400.0 + 3000.0)
        for code in ("C130", "C140", "C160", "C330"):
            self.assertFalse(totals.get(code), code)
        self.assertEqual(totals["C400"], -1000.0 - 4000.0 - 3394.50 + 1000.0 - 600.0)
        self.assertTrue(totals.get("C460"))
        self.assertEqual(round(sum(totals.values()), 2), 0.0)
        self.assertIn("disposal", run.line_ids.mapped("kind"))

    def test_buying_more_of_a_subsidiary_is_an_equity_transaction(self):
        """IFRS 10.23 and B96: on 20 January P buys another 20 % of Q for
        600 € (a holding of 80 % from that day). Goodwill stays 300 CAD,
        187.50 € at closing; P's investment (2,400 + 600) is eliminated;
        non-controlling interests are 20 % of Q's net assets at closing
        (5,181.25): -1,036.25; nothing of it goes to profit or loss: the
        revenue is the same as without the purchase; the trial balance
        balances."""
        env = self._tick(self.accountant, self.p)
        self._record_acquisition(env)
        self._entry(
            self.p,
            "2026-01-20",
            [("261000", 600.0, self.q), ("512000", -600.0, None)],
        )
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        before = self._totals(run)
        self._link(self.cluster, self.p, self.q, 80.0, "2026-01-20")
        run.action_run()
        totals = self._totals(run)
        self.assertEqual(totals["C160"], 187.5)
        self.assertFalse(totals.get("C140"))
        self.assertEqual(totals["C330"], -1036.25)
        self.assertEqual(totals["C400"], before["C400"])
        self.assertEqual(round(sum(totals.values()), 2), 0.0)
        self.assertIn("interest_change", run.line_ids.mapped("kind"))

    def test_selling_part_of_a_subsidiary_is_no_gain_of_the_group(self):
        """IFRS 10.23 and B96: on 20 January P sells 5 % of Q for 350 €
        and keeps 55 %. P's books take out the cost of the shares sold
        (2,400 x 5 / 60 = 200) and show a gain of 150 in the same entry.
        For the group there is no gain: the revenue is what it was before
        the sale; goodwill stays 187.50; P's investment is eliminated
        whole; non-controlling interests are 45 % of Q's net assets at
        closing, 45 % x 5,181.25 = -2,331.56."""
        env = self._tick(self.accountant, self.p)
        self._record_acquisition(env)
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        before = self._totals(run)
        self._entry(
            self.p,
            "2026-01-20",
            [
                ("512000", 350.0, None),
                ("261000", -200.0, self.q),
                ("706000", -150.0, None),
            ],
        )
        self._link(self.cluster, self.p, self.q, 55.0, "2026-01-20")
        run.action_run()
        totals = self._totals(run)
        self.assertEqual(totals["C400"], before["C400"])
        self.assertEqual(totals["C160"], 187.5)
        self.assertFalse(totals.get("C140"))
        self.assertEqual(totals["C330"], -2331.56)
        self.assertEqual(round(sum(totals.values()), 2), 0.0)
