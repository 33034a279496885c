# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import cluster_cluster
from . import cluster_membership
from . import cluster_ownership
from . import ir_rule
from . import res_company
from . import res_partner
from . import res_users
