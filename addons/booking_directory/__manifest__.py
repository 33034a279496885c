# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Directory",
    "summary": "One professional directory of venues, festivals, networks and "
    "programmers per cluster, invisible to other clusters",
    "version": "18.0.1.0.1",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_base",
        "cluster_role",
        "contacts",
        # OCA/multi-company, from PyPI: odoo-addon-partner_multi_company
        "partner_multi_company",
    ],
    "data": [
        "security/booking_directory_security.xml",
        "security/ir.model.access.csv",
        "data/directory_month_data.xml",
        "data/directory_role_data.xml",
        "data/directory_discipline_data.xml",
        "views/directory_discipline_views.xml",
        "views/directory_role_views.xml",
        "views/res_partner_views.xml",
        "views/booking_directory_menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "booking_directory/static/src/**/*.js",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "demo": [
        "demo/booking_directory_demo.xml",
    ],
}
