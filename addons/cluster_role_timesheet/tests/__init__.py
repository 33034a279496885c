from . import test_timesheet_roles
