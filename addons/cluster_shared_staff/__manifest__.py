# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Shared Staff",
    "summary": "One booker employed by several member companies: sharing "
    "agreement and a report of the work done for each employer",
    "version": "18.0.1.1.0",
    "category": "Human Resources",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role_hr",
        "booking_directory_notes",
        # the time by project of the reports; no accounting (see the readme)
        "hr_timesheet",
    ],
    "data": [
        "security/cluster_shared_staff_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "report/staff_report_templates.xml",
        "report/staff_report_reports.xml",
        "data/mail_template_data.xml",
        "views/staff_agreement_views.xml",
        "views/staff_report_views.xml",
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
