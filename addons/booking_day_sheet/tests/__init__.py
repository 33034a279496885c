# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_day_sheet
from . import test_day_sheet_http
from . import test_day_sheet_send
