# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Day Sheets",
    "summary": "The day sheet (feuille de route) of a confirmed date or of a "
    "tour's week, printed and sent to the team on tour in one click",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        # this repository
        "booking_production",
        # Odoo
        "mail",
    ],
    "data": [
        "report/booking_day_sheet_reports.xml",
        "data/mail_template_data.xml",
        "views/booking_date_views.xml",
    ],
    "demo": [
        "demo/booking_day_sheet_demo.xml",
    ],
}
