# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import test_directory_visibility
from . import test_directory_qualification
from . import test_directory_links
from . import test_directory_deletion
from . import test_directory_rule_sql
