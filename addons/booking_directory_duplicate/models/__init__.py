from . import directory_duplicate
from . import res_partner
