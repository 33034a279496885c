# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Reporting periods, plain Python."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta


def previous_period(date_from, date_to):
    """The period of the same length just before ``date_from``..``date_to``:
    as many whole months before when the period is whole months (so that
    February follows January, whatever their lengths), else as many days.

    >>> from datetime import date
    >>> previous_period(date(2026, 3, 1), date(2026, 3, 31))
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    >>> previous_period(date(2026, 4, 1), date(2026, 6, 30))
    (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    >>> previous_period(date(2026, 3, 9), date(2026, 3, 15))
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 8))
    """
    day_before = date_from - timedelta(days=1)
    if date_from.day == 1 and (date_to + timedelta(days=1)).day == 1:
        span = relativedelta(date_to + timedelta(days=1), date_from)
        return date_from - relativedelta(
            months=span.years * 12 + span.months
        ), day_before
    return date_from - timedelta(days=(date_to - date_from).days + 1), day_before


def last_closed_period(today, months=1):
    """The first and last days of the last whole period of ``months`` months
    before ``today``: the month before for 1, the calendar quarter before for
    3, the year before for 12.

    >>> from datetime import date
    >>> last_closed_period(date(2026, 3, 15))
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    >>> last_closed_period(date(2026, 1, 1))
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 31))
    >>> last_closed_period(date(2026, 5, 20), months=3)
    (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    >>> last_closed_period(date(2026, 2, 1), months=3)
    (datetime.date(2025, 10, 1), datetime.date(2025, 12, 31))
    """
    this_period = today.replace(month=(today.month - 1) // months * months + 1, day=1)
    return this_period - relativedelta(months=months), this_period - timedelta(days=1)


def last_closed_week(today):
    """Monday and Sunday of the last whole week before ``today``.

    >>> from datetime import date
    >>> last_closed_week(date(2026, 3, 11))  # a Wednesday
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 8))
    >>> last_closed_week(date(2026, 3, 9))  # a Monday
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 8))
    """
    start = today - timedelta(days=today.weekday() + 7)
    return start, start + timedelta(days=6)
