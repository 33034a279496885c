# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""How a directory entry is qualified from its raw data, plain Python."""

CAPACITY_LIMITS = [(100, "xs"), (300, "s"), (800, "m"), (1500, "l")]


def capacity_band(seats):
    """Band of a seat count; no band when the count is unknown.

    >>> capacity_band(0), capacity_band(99), capacity_band(300), capacity_band(2000)
    (False, 'xs', 'm', 'xl')
    """
    if not seats:
        return False
    for limit, band in CAPACITY_LIMITS:
        if seats < limit:
            return band
    return "xl"


def french_department(zip_code):
    """French department of a postcode: '29' for Brest, '2A' for Ajaccio,
    '974' for La Réunion.

    >>> french_department("29200"), french_department("20000")
    ('29', '2A')
    >>> french_department("20600"), french_department("97400"), french_department("")
    ('2B', '974', False)
    """
    code = (zip_code or "").strip().replace(" ", "")
    if len(code) != 5 or not code.isdigit():
        return False
    if code.startswith(("97", "98")):
        return code[:3]
    if code.startswith("20"):
        return "2A" if int(code) < 20200 else "2B"
    return code[:2]
