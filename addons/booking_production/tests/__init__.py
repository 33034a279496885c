# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_production_access
from . import test_date_flow
from . import test_rider_versions
from . import test_demo_season
