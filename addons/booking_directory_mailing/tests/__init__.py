from . import test_directory_segment
from . import test_mailing_recipients
from . import test_mailing_company
from . import test_turn_into_list
from . import test_mailing_screens

from . import test_subscription_page
