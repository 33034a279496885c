from . import confidential
