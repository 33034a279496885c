# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Shared Staff: Cost Recharge",
    "summary": "The cost of a person shared by member companies, split to the "
    "cent and recharged by intercompany invoices",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_shared_staff",
        # timesheets as analytic lines, kept to accountants and their authors
        "cluster_role_timesheet",
        # OCA/multi-company, from PyPI: odoo-addon-account_invoice_inter_company
        "account_invoice_inter_company",
    ],
    "data": [
        "security/cluster_shared_staff_recharge_security.xml",
        "security/ir.model.access.csv",
        "data/product_data.xml",
        "views/staff_agreement_views.xml",
        "views/staff_allocation_views.xml",
        "views/cluster_shared_staff_recharge_menus.xml",
    ],
    "demo": [
        "demo/cluster_shared_staff_recharge_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "cluster_shared_staff_recharge/static/tests/tours/*.js",
        ],
    },
}
