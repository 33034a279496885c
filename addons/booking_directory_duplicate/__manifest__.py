# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Directory Duplicates",
    "summary": "Detect duplicates in the shared directory (certain, suspect, "
    "possible) and merge them, keeping every company's notes",
    "version": "18.0.1.0.1",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_directory",
    ],
    "post_init_hook": "post_init_hook",
    "data": [
        "security/ir.model.access.csv",
        "security/booking_directory_duplicate_security.xml",
        "data/ir_cron_data.xml",
        "views/directory_duplicate_views.xml",
        "views/directory_duplicate_merge_views.xml",
        "views/res_partner_views.xml",
        "views/booking_directory_duplicate_menus.xml",
    ],
}
