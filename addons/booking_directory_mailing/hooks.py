# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.cluster_role.uninstall import take_back_implied_groups

# The groups of other modules that this module's data gives to other
# modules' roles (tests/test_install_uninstall.py checks the list).
IMPLIED_GROUPS = {
    "cluster_role.role_booker": ["mass_mailing.group_mass_mailing_user"],
}


def uninstall_hook(env):
    """Uninstalled, the module no longer makes bookers mailers: mass_mailing
    stays installed, and its group would stay with the Booker role."""
    take_back_implied_groups(env, IMPLIED_GROUPS)
