from . import directory_discipline
from . import directory_month
from . import directory_role
from . import res_partner
from . import ir_rule
