# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import cluster_cluster
from . import cluster_membership
from . import cluster_ownership
from . import consolidation_account
from . import consolidation_approval
from . import consolidation_mapping
from . import consolidation_run
from . import consolidation_run_line
from . import consolidation_acquisition
from . import consolidation_fair_value
from . import consolidation_entry
from . import consolidation_entry_line
