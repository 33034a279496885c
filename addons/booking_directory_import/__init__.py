from . import wizard
from . import controllers
