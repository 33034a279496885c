from . import consolidation_account
from . import consolidation_run
