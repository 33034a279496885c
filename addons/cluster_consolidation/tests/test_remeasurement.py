# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.tests import tagged

from .common import ConsolidationCommon


@tagged("post_install", "-at_install")
class TestRemeasurement(ConsolidationCommon):
    """IAS 21.23(a): a member's open intercompany balance in a foreign
    currency is remeasured at the closing rate in its own books. Q (CAD)
    owes P 1,000 € for a bill of 10 January, booked at 1 € = 1.25 CAD
    (1,250 CAD); on 31 January 1 € = 1.60 CAD in Q's rates: the payable
    should be 1,600 CAD. Without Odoo's unrealised exchange entry it is 350
    CAD short (218.75 € at the run's closing rate), far beyond the
    cluster's tolerance."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.q)
        cls._approve(cls.r)
        eur = cls.env.ref("base.EUR")
        for day, rate in (("2026-01-01", 0.8), ("2026-01-16", 0.625)):
            cls.env["res.currency.rate"].create(
                {
                    "name": day,
                    "rate": rate,
                    "currency_id": eur.id,
                    "company_id": cls.q.id,
                }
            )
        cls.bill = cls._foreign_entry(
            "2026-01-10", [("401100", -1250.0, -1000.0), ("606000", 1250.0, None)]
        )
        cls.accountant = cls._create_user_with_roles(
            "cluster_accountant_remeasurement",
            [(cls.env.ref("cluster_consolidation.role_cluster_accountant"), cls.p)],
        )

    @classmethod
    def _foreign_entry(cls, day, rows):
        """An entry of Q's; rows with an amount in euros are with P."""
        eur = cls.env.ref("base.EUR")
        journal = cls.env["account.journal"].search(
            [("company_id", "=", cls.q.id), ("type", "=", "general")], limit=1
        )
        move = cls.env["account.move"].create(
            {
                "move_type": "entry",
                "company_id": cls.q.id,
                "journal_id": journal.id,
                "date": day,
                "line_ids": [
                    Command.create(
                        {
                            "account_id": cls._account(cls.q, code).id,
                            "balance": balance,
                            "name": code,
                        }
                        | (
                            {
                                "currency_id": eur.id,
                                "amount_currency": amount,
                                "partner_id": cls.p.partner_id.id,
                            }
                            if amount is not None
                            else {}
                        )
                    )
                    for code, balance, amount in rows
                ],
            }
        )
        move.action_post()
        return move

    def _warning(self):
        env = self._tick(self.accountant, self.p)
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        return run.warning or ""

    def test_an_open_balance_not_remeasured_is_warned_about(self):
        warning = self._warning()
        self.assertIn("Transat Conso Q has not remeasured", warning)
        self.assertIn("Transat Conso P", warning)
        self.assertIn("401100", warning)
        self.assertIn("IAS 21.23", warning)

    def test_once_remeasured_there_is_no_warning(self):
        # the unrealised exchange difference, as Odoo books it: on the
        # payable, in the foreign currency, for no amount in that currency
        self._foreign_entry(
            "2026-01-31", [("401100", -350.0, 0.0), ("606000", 350.0, None)]
        )
        self.assertNotIn("has not remeasured", self._warning())

    def test_a_difference_within_the_tolerance_is_not_reported(self):
        self._foreign_entry(
            "2026-01-31", [("401100", -349.0, 0.0), ("606000", 349.0, None)]
        )
        self.cluster.consolidation_mismatch_tolerance = 1.0
        self.assertNotIn("has not remeasured", self._warning())
