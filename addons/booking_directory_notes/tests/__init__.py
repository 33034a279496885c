from . import test_private_notes
from . import test_private_notes_http
