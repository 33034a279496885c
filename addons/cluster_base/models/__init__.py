from . import cluster_cluster
from . import cluster_membership
from . import cluster_ownership
from . import ir_rule
from . import res_company
from . import res_partner
from . import res_users
