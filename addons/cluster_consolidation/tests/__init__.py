# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_acquisition
from . import test_approval
from . import test_cluster_accountant
from . import test_collection
from . import test_engine_examples
from . import test_remeasurement
from . import test_engine_properties
from . import test_french
from . import test_worked_example
from . import test_mapping
from . import test_statements
from . import test_manual_entry
