from . import directory_segment
from . import mailing
