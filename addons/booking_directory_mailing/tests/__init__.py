# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_directory_segment
from . import test_mailing_recipients
from . import test_mailing_company
from . import test_turn_into_list
from . import test_mailing_screens

from . import test_subscription_page
