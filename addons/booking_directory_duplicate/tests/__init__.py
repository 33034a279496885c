# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_duplicate_detection
from . import test_duplicate_confinement
from . import test_duplicate_review
