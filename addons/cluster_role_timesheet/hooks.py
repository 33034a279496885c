# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.cluster_role.uninstall import take_back_implied_groups

# The groups of other modules that this module's data gives to other
# modules' roles (tests/test_install_uninstall.py checks the list).
IMPLIED_GROUPS = {
    "cluster_role.role_booker": ["hr_timesheet.group_hr_timesheet_user"],
    "cluster_role.role_booking_manager": ["hr_timesheet.group_hr_timesheet_approver"],
}


def uninstall_hook(env):
    """Uninstalled, the module no longer gives the booking roles
    timesheets: hr_timesheet stays installed, and its groups would stay with
    the roles."""
    take_back_implied_groups(env, IMPLIED_GROUPS)
