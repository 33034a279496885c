from . import test_hr_role
