# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import directory_discipline
from . import directory_month
from . import directory_role
from . import res_partner
from . import ir_rule
