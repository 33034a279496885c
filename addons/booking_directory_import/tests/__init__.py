from . import test_directory_import
from . import test_import_files
