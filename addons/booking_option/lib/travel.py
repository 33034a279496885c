# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Travel between two consecutive dates, plain Python.

Distances are as the crow flies between the venues' coordinates; a show
without times is taken to end at 23:00 and a get-in to start at 14:00.

>>> round(distance_km(48.39, -4.49, 48.11, -1.68))  # Brest to Rennes
210
>>> hours_between(date(2027, 3, 5), 22.5, date(2027, 3, 6), 10.0)
11.5
>>> hours_between(date(2027, 3, 5), 0.0, date(2027, 3, 6), 0.0)
15.0
>>> travel_shortfall(210.0, 70.0, 11.5) is None
True
>>> travel_shortfall(1000.0, 70.0, 11.5)
(14.3, 11.5)
"""

from datetime import date  # noqa: F401 (used by the doctests)
from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0
DEFAULT_END = 23.0
DEFAULT_GET_IN = 14.0


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points, in kilometres."""
    phi1, phi2 = radians(lat1), radians(lat2)
    dphi, dlambda = radians(lat2 - lat1), radians(lon2 - lon1)
    h = sin(dphi / 2) ** 2 + cos(phi1) * cos(phi2) * sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(sqrt(h))


def hours_between(day_before, end, day_after, get_in):
    """Hours from the end of the show of ``day_before`` (hour of the day,
    0 when unknown) to the get-in of ``day_after``."""
    end = end or DEFAULT_END
    get_in = get_in or DEFAULT_GET_IN
    return (day_after - day_before).days * 24 + get_in - end


def travel_shortfall(km, speed_kmh, available_hours):
    """(hours needed, hours available), rounded to a tenth, when the trip
    takes longer than the time available; None otherwise."""
    needed = km / speed_kmh
    if needed <= available_hours:
        return None
    return round(needed, 1), round(available_hours, 1)
