# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Directory Private Notes",
    "summary": "Each company's private notes and interaction history on the "
    "shared directory's contacts",
    "version": "18.0.1.0.1",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_directory",
        "cluster_access_request",
        "mail",
    ],
    "data": [
        "security/booking_directory_notes_security.xml",
        "security/ir.model.access.csv",
        "views/directory_note_views.xml",
        "views/directory_interaction_views.xml",
        "views/res_partner_views.xml",
        "views/booking_directory_notes_menus.xml",
    ],
    "demo": [
        "demo/booking_directory_notes_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "booking_directory_notes/static/tests/tours/*.js",
        ],
    },
}
