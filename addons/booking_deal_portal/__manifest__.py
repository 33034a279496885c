# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Deals: Organiser Portal",
    "summary": "The organiser fills its pré-contrat and signs its contract "
    "online, from a link with a secret token",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        # Odoo
        "portal",
        # this repository
        "booking_deal",
    ],
    "data": [
        "views/booking_deal_portal_templates.xml",
        "views/booking_deal_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "booking_deal_portal/static/tests/tours/*.js",
        ],
    },
}
