# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_employer_report
from . import test_agreement_security
from . import test_screens
from . import test_ux
