# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

# The groups of other modules that this module's security file gives to the
# suite's roles: they outlive this module (mass_mailing stays installed).
ROLE_GROUPS = {
    "cluster_role.role_booker": ["mass_mailing.group_mass_mailing_user"],
}


def uninstall_hook(env):
    """Take back from the suite's roles the groups this module gave them,
    and so from their users (base_user_role applies a role's change to its
    users): uninstalled, the module no longer makes bookers mailers."""
    for role_xmlid, group_xmlids in ROLE_GROUPS.items():
        role = env.ref(role_xmlid, raise_if_not_found=False)
        groups = [env.ref(xmlid, raise_if_not_found=False) for xmlid in group_xmlids]
        if role:
            role.write(
                {"implied_ids": [Command.unlink(group.id) for group in groups if group]}
            )
