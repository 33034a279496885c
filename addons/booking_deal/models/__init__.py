# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import res_company
from . import res_config_settings
from . import res_partner
from . import booking_deal
from . import booking_settlement
from . import booking_settlement_band
from . import booking_settlement_line
from . import booking_deal_documents
from . import account_move
from . import account_move_line
from . import booking_contract_version
from . import booking_date
