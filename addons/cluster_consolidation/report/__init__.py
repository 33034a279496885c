from . import consolidation_xlsx
