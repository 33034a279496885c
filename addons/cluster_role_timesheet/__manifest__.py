# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Roles: Timesheets",
    "summary": "Bookers log their time per company; their timesheets stay "
    "readable although analytic lines are kept to accountants",
    "version": "18.0.1.0.1",
    "category": "Services/Timesheets",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role_account",
        "hr_timesheet",
    ],
    "data": [
        "data/res_users_role_data.xml",
    ],
    "auto_install": True,
    "uninstall_hook": "uninstall_hook",
}
