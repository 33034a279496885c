# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Roles: Accounting",
    "summary": "Journal entries, invoices, payments, bank statements and "
    "analytic lines only in the companies where the user is an accountant",
    "version": "18.0.1.0.1",
    "category": "Accounting",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role",
        "account",
    ],
    "data": [
        "security/cluster_role_account_security.xml",
    ],
    "demo": [
        "demo/cluster_role_account_demo.xml",
    ],
    "uninstall_hook": "uninstall_hook",
}
