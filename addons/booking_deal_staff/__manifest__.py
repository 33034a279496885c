# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Booking Deals in Shared Staff Reports",
    "summary": "Deals agreed by a shared person count in each employer's "
    "activity report",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "booking_deal",
        "cluster_shared_staff",
    ],
    "auto_install": True,
}
