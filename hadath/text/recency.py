"""Is a date old news? One rule for every stage that tells a report from its background.

Analyses and wire stories recall the past: «وكانت الحرب قد اندلعت في السابع من أكتوبر 2023» in
an article of June 2024 tells the reader what happened long ago. The events stage drops such
happenings (:mod:`hadath.events.recency`) and the attribution stage keeps their figures apart
from this week's (:mod:`hadath.attribution.claims`): a war's whole toll is no rival of a count
for yesterday's strike.
"""

from __future__ import annotations

import datetime as dt

from hadath.doc import DateMention

BACKGROUND_DAYS = 90
"""How old a happening may be and still be news: reports of sieges, investigations and
tallies come weeks after; a quarter of a year on, a dated happening is a recap."""

_SPAN_DAYS = {"day": 0, "week": 6, "month": 30, "year": 365}  # a date stands for its whole period


def long_before(published: dt.date | None, d: DateMention) -> bool:
    """Does the period ``d`` names end more than :data:`BACKGROUND_DAYS` before ``published``?

    False when either date is unknown: without a publication date relative dates are
    unresolved and absolute ones cannot be judged.
    """
    if published is None or d.date is None:
        return False
    last_day = d.date + dt.timedelta(days=_SPAN_DAYS.get(d.precision, 0))
    return (published - last_day).days > BACKGROUND_DAYS
