# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class StaffAgreementServedCompany(models.Model):
    """The key of a company served: its agreed share of the cost."""

    # cluster_shared_staff's up to 18.0.1.0.2, handed over by its migration
    _inherit = "cluster.staff.agreement.member"

    key_percent = fields.Float(
        string="Key (%)",
        help="Agreed share of the cost under the keys and mixed methods.",
    )

    _sql_constraints = [
        (
            "key_range",
            "CHECK(key_percent >= 0 AND key_percent <= 100)",
            "A key is a percentage between 0 and 100.",
        ),
    ]
