# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_books_per_role
from . import test_totals_follow_roles
from . import test_partner_screens
