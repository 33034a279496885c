# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BookingProductionMember(models.Model):
    """A person of the production's cast or crew: a contact the booker may
    read (a person of the company, of the directory, or a user), optionally
    linked to a user of the company."""

    _name = "booking.production.member"
    _inherit = ["cluster.owned.mixin", "booking.partner.check.mixin"]
    _description = "Team Member"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id")
    _check_company_auto = True
    _order = "production_id, sequence, id"

    sequence = fields.Integer(default=10)
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="production_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's record by id would name it
        compute_sudo=False,
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Person",
        required=True,
        index=True,
        help="The person on tour: a contact of your company, of your "
        "cluster's directory, or a user.",
    )
    user_id = fields.Many2one(
        "res.users",
        help="When the person works in Odoo: her days on tour show in her calendars.",
    )
    job = fields.Char(help="What the person does on tour: dancer, sound engineer...")
    on_tour = fields.Boolean(
        default=True, help="Travels with the production, so is busy on its dates."
    )

    @api.constrains("partner_id", "company_id")
    def _check_partner_readable(self):
        self._check_partners(["partner_id"], directory_only=False)

    @api.constrains("user_id", "company_id")
    def _check_user_in_company(self):
        for member in self:
            # sudo: whether the user works for the production's company, a
            # yes or no that names no one
            if member.user_id and member.company_id not in (
                member.user_id.sudo().company_ids
            ):
                raise ValidationError(
                    self.env._("The user must be a user of this company.")
                )

    @api.onchange("user_id")
    def _onchange_user_id(self):
        if self.user_id and not self.partner_id:
            self.partner_id = self.user_id.partner_id
