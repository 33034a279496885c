# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Access Requests",
    "summary": "Knock before entering: a company asks for access to another "
    "member's confidential record, its manager grants or refuses, with a trail",
    "version": "18.0.1.0.1",
    "category": "Hidden/Tools",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role",
    ],
    "data": [
        "security/cluster_access_request_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/cluster_access_request_views.xml",
        "views/cluster_access_event_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "cluster_access_request/static/tests/tours/*.js",
        ],
    },
}
