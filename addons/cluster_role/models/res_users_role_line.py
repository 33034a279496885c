from odoo import api, models
from odoo.exceptions import ValidationError


class ResUsersRoleLine(models.Model):
    _inherit = "res.users.role.line"

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.user_id._apply_roles_sudo()
        return lines

    def write(self, vals):
        users = self.user_id
        result = super().write(vals)
        (users | self.user_id)._apply_roles_sudo()
        return result

    def unlink(self):
        self.check_access("unlink")
        users = self.user_id
        # sudo: base_user_role resets the users' groups after unlink, as
        # the current user; a member administrator may remove a line but not
        # write groups: the access check above (rules: the companies she
        # administers) fences the lines, sudo only drops them.
        result = super(ResUsersRoleLine, self.sudo()).unlink()
        users._apply_roles_sudo(force=True)
        return result

    @api.constrains("company_id", "role_id")
    def _check_member_administrator_scope(self):
        """Member administrators give delegable roles, in the companies they
        administer. Checked after the write too: record rules only check
        the lines as they were, and a line moved to another company would
        otherwise escape them."""
        user = self.env.user
        if self.env.su or user.has_group("base.group_erp_manager"):
            return
        administered = user._companies_with_group(
            ["cluster_role.group_member_admin"], user.company_ids.ids
        )
        # sudo: the roles a member administrator may not give are also
        # hidden from them, and the message must still say why
        for line in self.sudo():
            if (
                not line.company_id
                or not line.role_id.delegable
                or line.company_id.id not in administered
            ):
                raise ValidationError(
                    self.env._(
                        "You can only give roles marked “Assigned by Member "
                        "Administrators”, and only in a company you administer."
                    )
                )
