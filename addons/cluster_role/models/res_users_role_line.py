# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.exceptions import ValidationError

# Groups a member administrator can never touch through a role line: a line
# on a user rewrites all of her groups from her roles (base_user_role).
ADMINISTRATION_GROUPS = ("base.group_system", "base.group_erp_manager")


class ResUsersRoleLine(models.Model):
    _inherit = "res.users.role.line"
    _cluster_shared = (
        "A role line says who holds which role in a company, for the user "
        "managers and that company's member administrators (their own rules)."
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_member_administrator_values(vals)
        self._check_first_roles_keep_groups(vals_list)
        lines = super().create(vals_list)
        lines.user_id._apply_roles_sudo()
        return lines

    def write(self, vals):
        users = self.user_id
        if {"user_id", "company_id", "role_id"} & set(vals):
            # sudo: the line's current values, completed by the new ones
            for line in self.sudo():
                self._check_member_administrator_values(
                    {
                        "user_id": line.user_id.id,
                        "company_id": line.company_id.id,
                        "role_id": line.role_id.id,
                        **vals,
                    }
                )
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

    def _is_member_administrator(self):
        """Whether the current user gives roles as a member administrator,
        not as a user manager (or the superuser)."""
        return not (self.env.su or self.env.user.has_group("base.group_erp_manager"))

    @api.model
    def _check_member_administrator_values(self, vals):
        """Member administrators give delegable roles, in the companies they
        administer, to the users of those companies, and never to an
        administrator of the instance: a role line rewrites all the groups of
        its user, and would take Settings away from her. Checked on the new
        values, before they are written, since record rules only check lines
        as they were; the messages name nobody, as the user or company may be
        one the member administrator cannot read."""
        if not self._is_member_administrator():
            return
        user = self.env.user
        administered = user._companies_with_group(
            ["cluster_role.group_member_admin"], user.company_ids.ids
        )
        # sudo: the roles a member administrator may not give are also
        # hidden from them, and the message must still say why; the user
        # given the role may be one she cannot read
        role = self.env["res.users.role"].sudo().browse(vals.get("role_id"))
        grantee = self.env["res.users"].sudo().browse(vals.get("user_id"))
        company_id = vals.get("company_id")
        if not company_id or not role.delegable or company_id not in administered:
            raise ValidationError(
                self.env._(
                    "You can only give roles marked “Assigned by Member "
                    "Administrators”, and only in a company you administer."
                )
            )
        if grantee and any(grantee.has_group(xm) for xm in ADMINISTRATION_GROUPS):
            raise ValidationError(
                self.env._(
                    "This user administers the instance: only a user "
                    "administrator can change her roles, which would replace "
                    "her access rights."
                )
            )
        if company_id not in grantee.company_ids.ids:
            raise ValidationError(
                self.env._(
                    "You can only give roles to the users of a company you "
                    "administer, in that company."
                )
            )

    @api.model
    def _check_first_roles_keep_groups(self, vals_list):
        """A user's first role lines replace all her groups with those of the
        roles (base_user_role): refuse them when she would lose a group she
        has, rather than strip her silently (the instance administrator
        would lose Settings). Users created with their roles have nothing
        to lose yet, and setting up data as superuser is exempt."""
        if self.env.su or self.env.context.get("cluster_role_new_users"):
            return
        # sudo: the groups of the users given roles and of the roles given,
        # to compare them; nothing of it is shown but the groups' names
        roles_by_user = {}
        for vals in vals_list:
            if vals.get("user_id") and vals.get("role_id"):
                roles_by_user.setdefault(vals["user_id"], []).append(vals["role_id"])
        # sudo: the roles given and the users given them, as said above
        Roles = self.env["res.users.role"].sudo()
        kept = self.env["res.users"]._get_self_writable_groups()
        # sudo: the users given the roles only
        for user in self.env["res.users"].sudo().browse(roles_by_user):
            if user.role_line_ids:
                continue
            roles = Roles.browse(roles_by_user[user.id])
            given = roles.group_id | roles.implied_ids | roles.trans_implied_ids
            lost = user.groups_id - given - kept
            if lost:
                raise ValidationError(
                    self.env._(
                        "A first role replaces all the access rights of its "
                        "user, who would lose: %(groups)s. Give these rights "
                        "through a role as well, or remove them from the user "
                        "first.",
                        groups=", ".join(sorted(lost.mapped("full_name"))),
                    )
                )
