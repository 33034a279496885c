from . import test_approval
from . import test_cluster_accountant
from . import test_engine_properties
from . import test_french
from . import test_worked_example
from . import test_mapping
