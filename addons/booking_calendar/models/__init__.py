# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import ir_rule
from . import booking_cluster_day
from . import booking_team_day
from . import booking_calendar_feed
