# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Base",
    "summary": "Groups of companies pooling one instance: members, cost "
    "shares, administrators and ownership",
    "version": "18.0.1.0.2",
    "category": "Hidden/Tools",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "mail",
    ],
    "data": [
        "security/cluster_base_security.xml",
        "security/ir.model.access.csv",
        "views/cluster_cluster_views.xml",
        "views/cluster_membership_views.xml",
        "views/res_company_views.xml",
        "views/cluster_base_menus.xml",
    ],
    "demo": [
        "demo/cluster_base_demo.xml",
    ],
}
