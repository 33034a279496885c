# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import staff_agreement
from . import staff_agreement_member
from . import staff_cost
from . import staff_allocation
from . import staff_allocation_line
from . import account_move
