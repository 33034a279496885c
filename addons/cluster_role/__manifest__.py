# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Roles",
    "summary": "Per-company roles: a user is a booker in some member companies "
    "and an accountant in another, and each role opens only its own companies",
    "version": "18.0.1.0.2",
    "category": "Hidden/Tools",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_base",
        # OCA/server-backend, from PyPI: odoo-addon-base_user_role_company
        "base_user_role_company",
    ],
    "data": [
        "security/cluster_role_security.xml",
        "security/ir.model.access.csv",
        "data/res_users_role_data.xml",
        "views/res_users_role_views.xml",
        "views/res_users_role_line_views.xml",
    ],
    "assets": {
        # Says when the web client ticks a company the user did not tick
        "web.assets_backend": [
            "cluster_role/static/src/**/*",
        ],
        "web.assets_tests": [
            "cluster_role/static/tests/tours/**/*",
        ],
    },
    "demo": [
        "demo/cluster_role_demo.xml",
    ],
}
