# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Directory Import",
    "summary": "Import directory entries from CSV or XLSX with a column "
    "mapping, duplicate detection and a per-row report",
    "version": "18.0.1.0.2",
    "category": "Sales/CRM",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "base_import",
        "booking_directory",
        # Rows already in the directory are reported, not imported, through
        # its look-up by e-mail, VAT, SIRET or name and city; look-alike
        # names go to its background check.
        "booking_directory_duplicate",
    ],
    "data": [
        "security/ir.model.access.csv",
        "wizard/directory_import_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "booking_directory_import/static/tests/tours/*.js",
        ],
    },
}
