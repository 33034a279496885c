# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResUsersRole(models.Model):
    _inherit = "res.users.role"

    delegable = fields.Boolean(
        string="Assigned by Member Administrators",
        help="Member administrators may give this role to the users of their "
        "own company. Roles that open the instance's settings or user "
        "management can never be delegated.",
    )
    applies_per_ticked_company = fields.Boolean(
        string="Applies in Each Selected Company",
        help="Checked: the role applies while one of the companies it is held "
        "in is selected in the company switcher. Unchecked, as in "
        "base_user_role_company: it applies only when it is held in every "
        "selected company.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        roles = super().create(vals_list)
        roles._check_delegable()
        return roles

    def write(self, vals):
        # implied_ids lives on the role's group (_inherits), where a
        # constraint of this model is not triggered; base_user_role also
        # pops the group's fields out of vals, hence the keys taken first
        checked = {"delegable", "implied_ids"} & set(vals)
        result = super().write(vals)
        if checked:
            self._check_delegable()
        return result

    def _check_delegable(self):
        forbidden = self.env.ref("base.group_erp_manager") | self.env.ref(
            "base.group_system"
        )
        for role in self.filtered("delegable"):
            if (role.group_id | role.group_id.trans_implied_ids) & forbidden:
                raise ValidationError(
                    self.env._(
                        "The role “%s” gives access to user management or "
                        "settings, so member administrators cannot assign it.",
                        role.name,
                    )
                )
