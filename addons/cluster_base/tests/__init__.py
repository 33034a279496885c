from . import test_cluster_constraints
from . import test_cluster_visibility
from . import test_ownership
