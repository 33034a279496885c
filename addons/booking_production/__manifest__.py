# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Productions",
    "summary": "Productions, their team and technical riders, tours and "
    "performance dates, confidential to the company that books them",
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
        "cluster_access_request",
        "cluster_role",
        "mail",
    ],
    "data": [
        "security/booking_production_security.xml",
        "security/ir.model.access.csv",
        "wizards/booking_date_cancel_views.xml",
        "views/booking_production_views.xml",
        "views/booking_tour_views.xml",
        "views/booking_date_views.xml",
        "views/booking_production_menus.xml",
    ],
    "demo": [
        "demo/booking_production_demo.xml",
    ],
}
