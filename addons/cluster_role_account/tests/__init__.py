from . import test_books_per_role
