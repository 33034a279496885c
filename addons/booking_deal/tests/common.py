# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.booking_production.tests.common import ProductionCommon

SECRET = "deal floor 2600 EUR"
DEAL_SPEC = {
    "name": {},
    "state": {},
    "show_count": {},
    "production_id": {"fields": {"display_name": {}}},
    "organiser_id": {"fields": {"display_name": {}}},
    "date_ids": {"fields": {"display_name": {}}},
    "rights_rate": {},
    "note": {},
}
SETTLEMENT_SPEC = {
    "name": {},
    "state": {},
    "balance": {},
    "producer_total": {},
    "band_ids": {"fields": {"name": {}, "vat_rate": {}, "sold": {}, "price": {}}},
    "line_ids": {
        "fields": {
            "code": {},
            "name": {},
            "amount": {},
            "vat_amount": {},
            "tax_id": {"fields": {"display_name": {}}},
        }
    },
}


class DealCommon(ProductionCommon):
    """Company A's production plays two confirmed dates of a new creation at
    the Breton venue; A has the usual 5.5 % sales and 20 % purchase taxes.
    Company B (same cluster) has no tax at all."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.date_2 = cls._create_date(cls.production, date="2027-03-13")
        (cls.date | cls.date_2).action_confirm()
        cls.option = cls._create_date(cls.production, date="2027-03-20")
        cls._create_taxes_of_a()

    @classmethod
    def _create_taxes_of_a(cls):
        """A's 5.5 % sales and 20 % purchase taxes."""
        group = cls.env["account.tax.group"].create(
            {"name": "TVA", "company_id": cls.company_a.id}
        )
        cls.tax_sale = cls._create_tax(cls.company_a, group, "TVA 5,5 %", "sale", 5.5)
        cls.tax_rent = cls._create_tax(
            cls.company_a, group, "TVA 20 % (achats)", "purchase", 20.0
        )

    @classmethod
    def _give_a_books(cls):
        """A keeps books: a French fiscal country and a generic chart, which
        replaces the company's taxes, so A's deal taxes are made again."""
        cls.company_a.country_id = cls.env.ref("base.fr")
        cls.env["account.chart.template"].try_loading(
            "generic_coa", cls.company_a, install_demo=False
        )
        cls.company_a.account_fiscal_country_id = cls.env.ref("base.fr")
        cls._create_taxes_of_a()

    @classmethod
    def _create_tax(cls, company, group, name, use, amount):
        return cls.env["account.tax"].create(
            {
                "name": name,
                "company_id": company.id,
                "type_tax_use": use,
                "amount_type": "percent",
                "amount": amount,
                "tax_group_id": group.id,
                "country_id": cls.env.ref("base.fr").id,
            }
        )

    @classmethod
    def _deal_values(cls, **values):
        """The coréalisation of the engine's worked example
        (test_settlement_examples): 60 % above 1,000.00 per show, 3,000.00
        per show guaranteed to the producer, ASTP by the organiser, SACD
        12 % by the producer, a new creation."""
        return {
            "production_id": cls.production.id,
            "organiser_id": cls.venue.id,
            "date_ids": [Command.set((cls.date | cls.date_2).ids)],
            "deal_type": "corealisation",
            "producer_percent": 60.0,
            "threshold": 1000.0,
            "minimum": 3000.0,
            "performance_tax": "astp",
            "rights_society": "sacd",
            "rights_payer": "producer",
            "new_creation": True,
            "note": f"<p>{SECRET}</p>",
            **values,
        }

    @staticmethod
    def _bands():
        return [
            Command.create({"name": "Plein", "price": 20.0, "sold": 150, "free": 10}),
            Command.create({"name": "Réduit", "price": 12.0, "sold": 100}),
        ]
