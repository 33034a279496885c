# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import base
from . import ir_rule
from . import ir_ui_menu
from . import res_users
from . import res_users_role
from . import res_users_role_line
