# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.cluster_role.uninstall import take_back_implied_groups

# The groups of other modules that this module's data gives to other
# modules' roles (tests/test_install_uninstall.py checks the list).
IMPLIED_GROUPS = {
    "cluster_role.role_accountant": [
        "account.group_account_manager",
        "account.group_account_user",
    ],
}


def uninstall_hook(env):
    """Uninstalled, the module no longer opens the books to the Accountant
    role: account stays installed, and its groups would stay with the role,
    now without the rules that keep each company's books to its own
    accountants."""
    take_back_implied_groups(env, IMPLIED_GROUPS)
