# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Calendars",
    "summary": "The company's show calendar, the cluster calendar (details "
    "where one books, busy elsewhere), team availability and calendar feeds",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_production",
        # OCA/web, from PyPI (odoo-addon-web_timeline): the dates by production
        "web_timeline",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/booking_calendar_security.xml",
        "views/booking_date_views.xml",
        "views/booking_cluster_day_views.xml",
        "views/booking_team_day_views.xml",
        "views/booking_calendar_feed_views.xml",
        "views/booking_calendar_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "booking_calendar/static/tests/tours/*.js",
        ],
    },
}
