# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Options",
    "summary": "Ranked options on a production's dates: expiry, release and "
    "promotion, challenge, confirmation of the first, conflicts, history",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_production",
    ],
    "data": [
        "security/booking_option_security.xml",
        "security/ir.model.access.csv",
        "data/mail_activity_type_data.xml",
        "data/ir_cron_data.xml",
        "views/booking_date_views.xml",
        "views/res_config_settings_views.xml",
        "views/booking_option_menus.xml",
    ],
    "post_init_hook": "post_init_hook",
    "demo": [
        "demo/booking_option_demo.xml",
    ],
}
