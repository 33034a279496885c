# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import cluster_owned_mixin
from . import cluster_access_mixin
from . import cluster_access_request
from . import cluster_access_event
from . import ir_rule
