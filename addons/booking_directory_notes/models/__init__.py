from . import directory_note
from . import directory_interaction
from . import res_partner
