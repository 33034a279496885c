# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import booking_production
from . import booking_prospection_stage
from . import booking_prospection_line
from . import directory_interaction
from . import ir_module_module
from . import res_company
