# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Directory Mailing",
    "summary": "Turn a directory filter into a mailing list that can be "
    "refreshed, respects unsubscriptions and can be sent jointly",
    "version": "18.0.1.1.0",
    "category": "Marketing/Email Marketing",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_directory",
        "mass_mailing",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/booking_directory_mailing_security.xml",
        "views/directory_segment_views.xml",
        "views/directory_segment_create_views.xml",
        "views/mailing_list_views.xml",
        "views/mailing_contact_views.xml",
        "views/mailing_mailing_views.xml",
        "views/mailing_filter_views.xml",
    ],
    "demo": [
        "demo/directory_segment_demo.xml",
    ],
    "uninstall_hook": "uninstall_hook",
    "assets": {
        "web.assets_tests": [
            "booking_directory_mailing/static/tests/tours/*.js",
        ],
    },
}
