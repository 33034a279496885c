from . import test_private_notes
from . import test_private_notes_http
from . import test_access_request
from . import test_partner_form
