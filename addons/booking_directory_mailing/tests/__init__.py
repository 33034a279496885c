from . import test_directory_segment
