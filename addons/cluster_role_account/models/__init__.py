# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import res_users
from . import ir_rule
from . import confidential
from . import account_account
from . import account_analytic_line
from . import account_move
from . import account_move_line
from . import digest_digest
from . import res_partner
