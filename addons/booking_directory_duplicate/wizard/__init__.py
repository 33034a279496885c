from . import base_partner_merge_automatic_wizard
from . import directory_duplicate_merge
