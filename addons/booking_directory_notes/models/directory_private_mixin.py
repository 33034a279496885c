# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class DirectoryPrivateMixin(models.AbstractModel):
    """What a company keeps on a contact of its cluster's directory: the
    company and the contact say whose it is and what it is about, so they
    never change through a grant (cluster.owned.mixin), and the contact is
    one the writer may read, of the company's cluster: pointing a record at
    another cluster's contact and reading it back would reveal its name."""

    _name = "directory.private.mixin"
    _inherit = ["cluster.owned.mixin"]
    _description = "Company's Private Record on a Directory Contact"
    _cluster_owner_fields = ("company_id", "partner_id")

    user_id = fields.Many2one(
        "res.users",
        string="Author",
        default=lambda self: self.env.user,
        index=True,
        check_company=True,
    )

    @api.constrains("partner_id", "company_id")
    def _check_partner_in_cluster(self):
        partners = self.partner_id
        readable = partners.with_context(active_test=False).search(
            [("id", "in", partners.ids)]
        )
        for record in self:
            if record.partner_id not in readable or (
                record.partner_id.directory_cluster_id
                not in (record.company_id.cluster_id, self.env["cluster.cluster"])
            ):
                raise ValidationError(
                    self.env._(
                        "This contact is not in the directory of your "
                        "company's cluster."
                    )
                )

    @api.constrains("user_id", "company_id")
    def _check_author_in_company(self):
        """Before Odoo's company check, whose message would name the user."""
        for record in self:
            # sudo: whether the author works for the record's company, a yes
            # or no that names no one
            if record.user_id and record.company_id not in (
                record.user_id.sudo().company_ids
            ):
                raise ValidationError(
                    self.env._("The author must be a user of this company.")
                )
