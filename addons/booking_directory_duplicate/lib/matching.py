# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Duplicate detection between directory entries, without the ORM.

Successive imports plant duplicates: the same venue typed twice with other
accents or capitals, a festival and the association that runs it. Entries
are compared on normalised keys and sorted into three levels:

* ``certain``: the same e-mail address, VAT number or company registry
  number (SIRET);
* ``suspect``: the same name and the same city;
* ``possible``: names that look alike.
"""

import re
from difflib import SequenceMatcher

from odoo.addons.booking_directory.lib.text import name_key

CERTAIN = "certain"
SUSPECT = "suspect"
POSSIBLE = "possible"
LEVELS = (CERTAIN, SUSPECT, POSSIBLE)
# Why two entries were found alike: the key they share
NAME_CITY = "name_city"
LOOK_ALIKE = "look_alike"
REASONS = ("email", "vat", "registry", NAME_CITY, LOOK_ALIKE)

# Ratio of difflib's SequenceMatcher from which two names look alike.
POSSIBLE_RATIO = 0.8
# Words too common in structure names to tell two structures apart.
STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "sur",
        "the",
        "of",
        "festival",
        "theatre",
    ]
)


def email_key(email):
    """
    >>> email_key(" S.Morvan@Theatre.example ")
    's.morvan@theatre.example'
    """
    return (email or "").strip().casefold()


def number_key(number):
    """VAT or SIRET without spaces, dots or dashes.

    >>> number_key("FR 12 345.678-901")
    'FR12345678901'
    """
    return re.sub(r"[\s.\-]", "", number or "").upper()


def build_entry(name=None, email=None, vat=None, registry=None, city=None):
    """The dict the matching functions compare, from an entry's name,
    e-mail, VAT number, company registry number (SIRET) and city.

    >>> build_entry("La Carène", city="Brest")["city"]
    'Brest'
    """
    return {
        "name": name,
        "email": email,
        "vat": vat,
        "registry": registry,
        "city": city,
    }


def lookup_keys(entry):
    """Keys under which an entry can meet a certain or suspect duplicate,
    as ``(kind, key)`` pairs; ``entry`` is a dict as for :func:`match_level`.

    >>> lookup_keys({"name": "L'Arvorik", "email": " Info@Arvorik.example"})
    [('email', 'info@arvorik.example'), ('name', 'l arvorik')]
    """
    return [
        key
        for key in (
            ("email", email_key(entry.get("email"))),
            ("vat", number_key(entry.get("vat"))),
            ("registry", number_key(entry.get("registry"))),
            ("name", name_key(entry.get("name"))),
        )
        if key[1]
    ]


def significant_words(key):
    """
    >>> sorted(significant_words("festival des rives celtes"))
    ['celtes', 'rives']
    """
    return {word for word in key.split() if word not in STOP_WORDS}


def names_look_alike(key_a, key_b):
    """Names one typing error apart, or one name's significant words all
    found in the other's.

    >>> names_look_alike("rives celtes", "festival des rives celtes")
    True
    >>> names_look_alike("le grand phare", "le grand phar")
    True
    >>> names_look_alike("le grand phare", "le liberte rennes")
    False
    """
    if not key_a or not key_b:
        return False
    words_a, words_b = significant_words(key_a), significant_words(key_b)
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return True
    return SequenceMatcher(None, key_a, key_b).ratio() >= POSSIBLE_RATIO


def match(entry, other):
    """Level at which two entries are duplicates and why, as ``(level,
    reason)``, or None. The reason is one of :data:`REASONS`.

    Entries are dicts as built by :func:`build_entry`.

    >>> a = {"name": "Théâtre de Cornouaille", "city": "Quimper",
    ...      "email": "accueil@cornouaille.example", "registry": "123 456 789"}
    >>> match(a, {"name": "x", "email": "ACCUEIL@cornouaille.example"})
    ('certain', 'email')
    >>> match(a, {"name": "x", "registry": "123456789"})
    ('certain', 'registry')
    >>> match(a, {"name": "THEATRE DE CORNOUAILLE", "city": "QUIMPER"})
    ('suspect', 'name_city')
    >>> match(a, {"name": "Théâtre Cornouaille", "city": "Brest"})
    ('possible', 'look_alike')
    >>> match(a, {"name": "Le Grand Phare", "city": "Brest"}) is None
    True
    """
    for key, normalise in (
        ("email", email_key),
        ("vat", number_key),
        ("registry", number_key),
    ):
        value = normalise(entry.get(key))
        if value and value == normalise(other.get(key)):
            return CERTAIN, key
    name_a, name_b = name_key(entry.get("name")), name_key(other.get("name"))
    city_a = name_key(entry.get("city"))
    if name_a and name_a == name_b and city_a and city_a == name_key(other.get("city")):
        return SUSPECT, NAME_CITY
    if names_look_alike(name_a, name_b):
        return POSSIBLE, LOOK_ALIKE
    return None


def match_level(entry, other):
    """Level at which two entries are duplicates, or None.

    >>> match_level({"name": "La Carène"}, {"name": "LA CARENE"})
    'possible'
    """
    found = match(entry, other)
    return found[0] if found else None
