# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Consolidation",
    "summary": "Consolidated trial balance, profit and loss and balance sheet "
    "of a cluster: ownership, eliminations and currency translation",
    "version": "18.0.1.1.1",
    "category": "Accounting",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role_account",
        "account_invoice_inter_company",
        "report_xlsx",
    ],
    "data": [
        "security/cluster_consolidation_security.xml",
        "security/ir.model.access.csv",
        "report/consolidation_report_templates.xml",
        "views/cluster_cluster_views.xml",
        "views/consolidation_account_views.xml",
        "views/consolidation_run_views.xml",
        "views/consolidation_acquisition_views.xml",
        "views/consolidation_unmapped_views.xml",
        "views/consolidation_statement_line_views.xml",
        "views/consolidation_approval_views.xml",
        "views/consolidation_entry_views.xml",
        "views/cluster_consolidation_menus.xml",
    ],
    "demo": [
        "demo/cluster_consolidation_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "cluster_consolidation/static/tests/tours/*.js",
        ],
    },
}
