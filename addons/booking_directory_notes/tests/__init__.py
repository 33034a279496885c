# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_private_notes
from . import test_private_notes_http
from . import test_access_request
from . import test_partner_form
