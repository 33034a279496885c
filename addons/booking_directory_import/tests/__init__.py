from . import test_directory_import
