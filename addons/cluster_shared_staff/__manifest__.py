# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Shared Staff",
    "summary": "One booker employed by several member companies: sharing "
    "agreement, a report of the work done for each employer, cost allocation "
    "and intercompany recharge",
    "version": "18.0.1.0.2",
    "category": "Human Resources",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role_hr",
        "cluster_role_timesheet",
        "booking_directory_notes",
        "account_invoice_inter_company",
    ],
    "data": [
        "security/cluster_shared_staff_security.xml",
        "security/ir.model.access.csv",
        "data/product_data.xml",
        "data/ir_cron_data.xml",
        "report/staff_report_templates.xml",
        "report/staff_report_reports.xml",
        "data/mail_template_data.xml",
        "views/staff_agreement_views.xml",
        "views/staff_report_views.xml",
        "views/staff_allocation_views.xml",
        "views/hr_employee_views.xml",
        "views/cluster_shared_staff_menus.xml",
    ],
    "demo": [
        "demo/cluster_shared_staff_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "cluster_shared_staff/static/tests/tours/*.js",
        ],
    },
}
