# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # As accounting defines it (the same field, when it is installed): the
    # rule that lets a company's own users alone edit its partner
    # (res_partner_rule_cluster_people_write) tells company partners by it.
    ref_company_ids = fields.One2many(
        "res.company", "partner_id", string="Companies that refers to partner"
    )
