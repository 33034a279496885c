# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

{
    "name": "Cluster Roles: HR",
    "summary": "An HR Officer role per company: employee files open only in "
    "the companies where the user holds it",
    "version": "18.0.1.0.2",
    "category": "Human Resources",
    "website": "https://github.com/pooled-booking/cluster-addons",
    "author": "Pooled Booking Contributors",
    "maintainers": ["pooled-booking"],
    "license": "AGPL-3",
    "development_status": "Alpha",
    "depends": [
        "cluster_role",
        "hr",
    ],
    "data": [
        "data/res_users_role_data.xml",
        "security/cluster_role_hr_security.xml",
    ],
    "demo": [
        "demo/cluster_role_hr_demo.xml",
    ],
}
