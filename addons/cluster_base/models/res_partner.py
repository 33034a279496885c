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

    def write(self, vals):
        """A company keeps its own settings for the partners it deals with,
        in fields stored per company (receivable and payable accounts,
        fiscal position, payment terms). Its users set them on a
        cluster-mate's company partner too, which the partner rule
        (res_partner_rule_cluster_people_write) lets only that company's own
        users edit: such a write changes nothing the other company sees."""
        if (
            self.env.su
            or not vals
            or not all(
                getattr(self._fields.get(name), "company_dependent", False)
                for name in vals
            )
        ):
            return super().write(vals)
        self.check_field_access_rights("write", list(vals))
        self.browse().check_access("write")
        self.check_access("read")
        # sudo: only the current company's values of company-dependent
        # fields, on partners the user reads, with her rights on partners and
        # on each field checked above
        return super(ResPartner, self.sudo()).write(vals)
