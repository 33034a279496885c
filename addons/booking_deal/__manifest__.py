# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Deals",
    "summary": "Deals on confirmed dates (cession, cession étendue, "
    "coréalisation, coproduction, location, international) and their "
    "settlement from the box office, confidential to the company",
    "version": "18.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "account",
        "booking_production",
        "booking_directory",
        # the books of each company open to its accountants only
        "cluster_role_account",
    ],
    "data": [
        "security/booking_deal_security.xml",
        "security/ir.model.access.csv",
        "security/booking_contract_security.xml",
        "report/booking_deal_reports.xml",
        "report/booking_contract_reports.xml",
        "views/booking_deal_views.xml",
        "views/booking_settlement_views.xml",
        "views/booking_contract_version_views.xml",
        "views/res_config_settings_views.xml",
        "views/res_partner_views.xml",
        "views/booking_deal_invoicing_views.xml",
        "views/booking_date_views.xml",
        "views/booking_deal_menus.xml",
    ],
    "demo": [
        "demo/booking_deal_demo.xml",
    ],
}
