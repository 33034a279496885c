from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # Odoo 16's field, gone since: the rule keeping each cluster's people to
    # itself (res_partner_rule_cluster_people) tells company partners by it.
    ref_company_ids = fields.One2many(
        "res.company",
        "partner_id",
        string="Companies Referring to This Partner",
        help="Companies whose partner this is.",
    )
