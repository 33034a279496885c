from . import test_allocation
from . import test_employer_report
