from . import directory_segment_create
