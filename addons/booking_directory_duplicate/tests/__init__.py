from . import test_duplicate_detection
