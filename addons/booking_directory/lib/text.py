# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Text normalisation for comparing what people type, without the ORM.

The same venue is typed "Théâtre de la Ville", "THEATRE DE LA VILLE" or
"Theatre de la ville "; spreadsheet headers and type words ("Salle",
"RÉSEAU") differ the same way. Both the duplicate detection and the import
compare such text through :func:`name_key`.
"""

import re
import unicodedata


def name_key(name):
    """Name without accents, case, punctuation or extra spaces.

    >>> name_key("Théâtre de la Ville") == name_key("THEATRE DE LA VILLE")
    True
    >>> name_key("  L'Arvorik  (Lorient) ")
    'l arvorik lorient'
    >>> name_key(False)
    ''
    """
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
