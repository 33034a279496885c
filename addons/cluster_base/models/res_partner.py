# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.exceptions import AccessError


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
        self._check_company_settings_targets(vals)
        # sudo: only the current company's values of company-dependent
        # fields, on partners the user reads, naming records she reads, with
        # her rights on partners and on each field checked above
        return super(ResPartner, self.sudo()).write(vals)

    def _check_company_settings_targets(self, vals):
        """A setting written as superuser names only records the user reads
        herself: the form reads the setting back with its target's name,
        which would otherwise show her another company's account or terms."""
        for name, value in vals.items():
            field = self._fields[name]
            if field.type != "many2one" or not value:
                continue
            targets = self.env[field.comodel_name].browse(getattr(value, "ids", value))
            if not targets.has_access("read"):
                raise AccessError(
                    self.env._(
                        "Your company's settings on a contact can only name "
                        "records you can read."
                    )
                )
