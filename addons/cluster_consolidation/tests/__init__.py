from . import test_engine_properties
from . import test_worked_example
