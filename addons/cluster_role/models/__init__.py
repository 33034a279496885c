from . import base
from . import ir_rule
from . import res_users
from . import res_users_role
from . import res_users_role_line
