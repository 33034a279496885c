# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.cluster_role.tests.common import RoleCommon


class ConsolidationCommon(RoleCommon):
    """January 2026, in EUR. P (EUR) is the head, holds 60 % of Q (CAD, full
    method) and 30 % of R (EUR, equity method). All three joined on 1
    January 2025.

    CAD rates in P's table: 1.00 on 2025-01-01, 1.25 on 2026-01-01, 1.60 on
    2026-01-16. A CAD amount is worth amount / rate in EUR:

    * historical (2025-01-01): 1 / 1.00 = 1
    * closing (2026-01-31): 1 / 1.60 = 0.625
    * average over the 31 days: (15 x 0.8 + 16 x 0.625) / 31 = 22/31

    P, EUR, weight 1: bank 10,500 (500 of it from a December 2025 sale);
    receivable from Q 1,000; capital -8,000; revenue from Q -1,000; other
    revenue -4,000; costs 2,000. December's -500 sale is last year's result:
    retained earnings -500.

    Q, CAD, weight 1 (full), interest 60 %:

    ===================  =========  ==============  ==========
    account              CAD        rate            EUR
    ===================  =========  ==============  ==========
    bank                 6,390.00   0.625           3,993.75
    payable to P        -1,600.00   0.625          -1,000.00
    capital             -2,000.00   1              -2,000.00
    revenue             -4,650.00   22/31          -3,300.00
    costs billed by P    1,550.00   22/31           1,100.00
    other costs            310.00   22/31             220.00
    ===================  =========  ==============  ==========

    The EUR column sums to -986.25: Q's CTA is +986.25. Q's equity in EUR
    is -2,000 - 3,300 + 1,100 + 220 + 986.25 = -2,993.75 (its net assets,
    3,993.75 - 1,000, negated). Q has no acquisition record: its capital
    stays, and minority interests take 40 % of each part of its equity
    (IFRS 10.B94, IAS 21.41): of its capital -800 (out of retained
    earnings), of its result (-3,300 + 1,100 + 220 = -1,980) -792 (on the
    line of profit attributable to them, +792), of its CTA +394.50 (out of
    the CTA): -1,197.50 in all, 40 % of its net assets.

    R, EUR, equity method at 30 %, no acquisition record (as if bought at
    book value): capital -3,000, revenue -4,000, costs 2,000, net assets
    5,000. Investment 30 % x 5,000 = 1,500; share of result of associates
    30 % x -2,000 = -600 (this period's result, not its net assets); the
    rest, 30 % x -3,000 = -900, in retained earnings. None of R's lines is
    added.

    Eliminations between P and Q: the balances (P's receivable +1,000, Q's
    payable -1,000) cancel; the flows (P's revenue -1,000, Q's costs +1,100
    at the average rate) leave +100. Q's items are in CAD, so the part due
    to rates cannot be told apart: the whole 100 is a flow mismatch, on its
    own line.

    Consolidated: bank 10,500 + 3,993.75 = 14,493.75; receivable and
    payable 0; capital -10,000; revenue -1,000 - 4,000 - 3,300 + 1,000 =
    -7,300; costs 2,000 + 1,100 + 220 - 1,100 = 2,220; retained -500 + 800
    - 900 = -600; CTA 986.25 - 394.50 = 591.75; minority -1,197.50; profit
    attributable to minority interests 792; investment 1,500; share of
    associates -600; mismatch 100. The sum is 0.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cad = cls.env.ref("base.CAD")
        cad.active = True
        cls.p = cls._create_company(name="Transat Conso P")
        cls.q = cls._create_company(name="Transat Conso Q", currency_id=cad.id)
        cls.r = cls._create_company(name="Transat Conso R")
        cls.cluster = cls._create_cluster(
            "Transat Conso",
            [(cls.p, 40.0), (cls.q, 30.0), (cls.r, 30.0)],
            date_start="2025-01-01",
            parent_company_id=cls.p.id,
        )
        cls._link(cls, cls.cluster, cls.p, cls.q, 60.0, "2025-01-01")
        cls._link(cls, cls.cluster, cls.p, cls.r, 30.0, "2025-01-01")
        Rate = cls.env["res.currency.rate"]
        for day, rate in (
            ("2025-01-01", 1.0),
            ("2026-01-01", 1.25),
            ("2026-01-16", 1.6),
        ):
            Rate.create(
                {
                    "name": day,
                    "rate": rate,
                    "currency_id": cad.id,
                    "company_id": cls.p.id,
                }
            )
        cls.chart = cls._chart()
        cls.p_moves = cls._entry(
            cls.p,
            "2026-01-10",
            [
                ("512000", 10000.0, None),
                ("411100", 1000.0, cls.q),
                ("101000", -8000.0, None),
                ("706100", -1000.0, cls.q),
                ("706000", -4000.0, None),
                ("606000", 2000.0, None),
            ],
        ) | cls._entry(
            cls.p, "2025-12-15", [("512000", 500.0, None), ("706000", -500.0, None)]
        )
        cls._entry(
            cls.q,
            "2026-01-20",
            [
                ("512000", 6390.0, None),
                ("401100", -1600.0, cls.p),
                ("101000", -2000.0, None),
                ("706000", -4650.0, None),
                ("622000", 1550.0, cls.p),
                ("606000", 310.0, None),
            ],
        )
        cls._entry(
            cls.r,
            "2026-01-05",
            [
                ("512000", 5000.0, None),
                ("101000", -3000.0, None),
                ("706000", -4000.0, None),
                ("606000", 2000.0, None),
            ],
        )
        cls.consolidation = cls.env["consolidation.run"].create(
            {
                "cluster_id": cls.cluster.id,
                "date_from": "2026-01-01",
                "date_to": "2026-01-31",
            }
        )

    @classmethod
    def _chart(cls):
        Account = cls.env["consolidation.account"]
        chart = {}
        for code, name, section, role in (
            ("C100", "Cash", "asset", False),
            ("C110", "Intercompany receivables", "asset", False),
            ("C150", "Equity-accounted investments", "asset", "investment"),
            ("C160", "Goodwill", "asset", "goodwill"),
            ("C200", "Intercompany payables", "liability", False),
            ("C300", "Share capital", "equity", False),
            ("C310", "Retained earnings", "equity", "retained"),
            ("C320", "Translation difference", "equity", "cta"),
            ("C330", "Minority interests", "equity", "minority"),
            ("C400", "Revenue", "income", False),
            ("C410", "Share of result of associates", "income", "equity_result"),
            (
                "C450",
                "Profit attributable to minority interests",
                "expense",
                "minority_result",
            ),
            ("C460", "Gain or loss on disposals", "income", "disposal"),
            ("C500", "Costs", "expense", False),
            ("C590", "Intercompany mismatch", "expense", "ic_mismatch"),
        ):
            chart[code] = Account.create(
                {
                    "cluster_id": cls.cluster.id,
                    "code": code,
                    "name": name,
                    "section": section,
                    "role": role,
                }
            )
        for prefix, code in (
            ("512", "C100"),
            ("411", "C110"),
            ("401", "C200"),
            ("101", "C300"),
            ("706", "C400"),
            ("6", "C500"),
        ):
            cls.env["consolidation.mapping"].create(
                {"consolidation_account_id": chart[code].id, "prefix": prefix}
            )
        return chart

    @classmethod
    def _account(cls, company, code):
        Account = cls.env["account.account"].with_company(company)
        account = Account.search(
            [("code", "=", code), ("company_ids", "=", company.id)]
        )
        if not account:
            kind = {
                "5": "asset_cash",
                "4": "asset_current" if code.startswith("41") else "liability_current",
                "1": "equity",
                "2": "asset_non_current",
                "7": "income",
                "6": "expense",
                "9": "expense",
            }[code[0]]
            account = Account.create(
                {
                    "code": code,
                    "name": f"Account {code}",
                    "account_type": kind,
                    "company_ids": [Command.set(company.ids)],
                }
            )
        return account

    @classmethod
    def _entry(cls, company, day, rows):
        journal = cls.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "general")], limit=1
        ) or cls.env["account.journal"].create(
            {
                "name": "Misc",
                "code": "MISC",
                "type": "general",
                "company_id": company.id,
            }
        )
        move = cls.env["account.move"].create(
            {
                "move_type": "entry",
                "company_id": company.id,
                "journal_id": journal.id,
                "date": day,
                "line_ids": [
                    Command.create(
                        {
                            "account_id": cls._account(company, code).id,
                            "balance": amount,
                            "partner_id": partner and partner.partner_id.id,
                            "name": code,
                        }
                    )
                    for code, amount, partner in rows
                ],
            }
        )
        move.action_post()
        return move

    @classmethod
    def _approve(cls, company, parent=None):
        """A member administrator of ``company`` approves its consolidation
        by ``parent`` (the cluster's consolidating company by default)."""
        parent = parent or cls.p
        admin = cls._create_user_with_roles(
            f"member_admin_{company.id}_{parent.id}",
            [(cls.role_member_admin, company)],
        )
        env = cls._tick(admin, company)
        return env["consolidation.approval"].create({"parent_company_id": parent.id})
