# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_ranking
from . import test_option_flow
from . import test_option_concurrency
from . import test_option_conflicts
from . import test_option_security
from . import test_demo_options
