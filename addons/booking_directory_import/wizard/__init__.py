from . import directory_import
