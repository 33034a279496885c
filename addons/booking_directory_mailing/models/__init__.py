# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import directory_segment
from . import mailing_list
from . import mailing_contact
from . import mailing_subscription
from . import mailing_mailing
from . import mailing_trace_report
from . import mailing_filter
from . import utm_source
from . import utm_mixin
