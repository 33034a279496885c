# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from . import directory_private_mixin
from . import directory_note
from . import directory_interaction
from . import mail_activity
from . import mail_followers
from . import res_partner
