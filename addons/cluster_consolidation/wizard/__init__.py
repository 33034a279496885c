from . import consolidation_unmapped
