# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_calendar_feed
from . import test_cluster_calendar
from . import test_cluster_calendar_attacks
from . import test_company_calendar
from . import test_ical
from . import test_team_availability
