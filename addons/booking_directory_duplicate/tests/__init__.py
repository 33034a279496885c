from . import test_duplicate_detection
from . import test_duplicate_confinement
from . import test_duplicate_review
