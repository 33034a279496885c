# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_prospection_stage
from . import test_prospection_line
from . import test_prospection_attacks
from . import test_add_to_portfolio
from . import test_prospection_tour
