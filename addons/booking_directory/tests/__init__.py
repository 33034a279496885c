from . import test_directory_visibility
from . import test_directory_qualification
from . import test_directory_links
from . import test_directory_deletion
