from . import staff_agreement
from . import staff_report
from . import staff_allocation
from . import account_move
from . import hr_employee
