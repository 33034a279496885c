# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import booking_partner_check_mixin
from . import booking_production
from . import booking_production_member
from . import booking_production_rider
from . import booking_production_unavailability
from . import booking_tour
from . import booking_tour_period
from . import booking_date
