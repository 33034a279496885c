# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Prospection",
    "summary": "A prospection portfolio per production and tour period: the "
    "directory's venues and programmers by stage, calls logged in the "
    "company's history",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_directory",
        "booking_directory_notes",
        "booking_production",
        "cluster_access_request",
        "cluster_role",
        "mail",
    ],
    "data": [
        "security/booking_prospection_security.xml",
        "security/ir.model.access.csv",
        "data/booking_prospection_stage_data.xml",
        "views/booking_prospection_stage_views.xml",
        "views/booking_prospection_line_views.xml",
        "views/directory_interaction_views.xml",
        "views/booking_production_views.xml",
        "report/booking_prospection_report_views.xml",
        "wizard/booking_prospection_add_views.xml",
        "views/booking_prospection_menus.xml",
    ],
    "demo": [
        "demo/booking_prospection_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "booking_prospection/static/tests/tours/*.js",
        ],
    },
}
