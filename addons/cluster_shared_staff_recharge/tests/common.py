# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.cluster_shared_staff.tests.common import StaffCommon


class RechargeCommon(StaffCommon):
    """cluster_shared_staff's Breton agreement, with books in the three
    companies, keys of 50, 30 and 20 % and a monthly cost of 3,000.01."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for company in cls.companies:
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company, install_demo=False
            )
        for served, key_percent in zip(
            cls.agreement.served_ids, (50.0, 30.0, 20.0), strict=True
        ):
            served.key_percent = key_percent
        cls.agreement.cost_ids = [
            Command.create(
                {"date_from": "2026-01-01", "basis": "monthly", "amount": 3000.01}
            )
        ]
