from . import cluster_owned_mixin
from . import cluster_access_mixin
from . import cluster_access_request
from . import cluster_access_event
from . import ir_rule
