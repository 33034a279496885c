from . import test_books_per_role
from . import test_totals_follow_roles
from . import test_partner_screens
