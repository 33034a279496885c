from . import test_hr_role
from . import test_private_details
