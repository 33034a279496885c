# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_contract_report
from . import test_contract_version
from . import test_deal_attacks
from . import test_deal_flow
from . import test_deal_invoicing
from . import test_precontract
from . import test_settlement_examples
from . import test_settlement_properties
