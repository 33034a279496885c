# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The check of a French establishment number (SIRET), in plain Python."""

# La Poste's establishments: their SIRET sums to a multiple of 5 instead
LA_POSTE_SIREN = "356000000"


def siret_is_valid(value):
    """A SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's,
    a multiple of 5; INSEE, "Le numéro SIRET").

    >>> siret_is_valid("732 829 320 00074"), siret_is_valid("73282932000075")
    (True, False)
    """
    digits = value.replace(" ", "")
    if len(digits) != 14 or not digits.isdigit():
        return False
    if digits.startswith(LA_POSTE_SIREN):
        return sum(int(d) for d in digits) % 5 == 0
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0
