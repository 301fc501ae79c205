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


SINCE = "\u0645\u0646\u0630"  # منذ
TALLY_DAYS = 7
"""A count «since» a day more than this long ago sums many happenings: a tally, not one report."""


def opens_period(raw: str, d: DateMention) -> bool:
    """Is ``d`` written as the start of a period that is still running («منذ ديسمبر الماضي»،
    «منذ بداية الشهر»، «ومنذ عام 2014»)? The dates stage may or may not include «منذ» in the span."""
    if d.text.startswith(SINCE):
        return True
    before = raw[max(0, d.start - 8):d.start].split()
    return bool(before) and before[-1].lstrip("\u0648\u0641") == SINCE  # «ومنذ»، «فمنذ»


def is_tally_since(raw: str, published: dt.date | None, d: DateMention) -> bool:
    """Does ``d`` open a period of more than :data:`TALLY_DAYS` before ``published``?

    «وكان المرصد قد أحصى مقتل أكثر من 300 شخص منذ ديسمبر الماضي» counts the dead of weeks of
    fighting: ACLED codes the happenings, not the running total, which stays a claim. «تتواصل
    الاشتباكات منذ صباح أمس» is one happening going on (a day, not a tally). False without a
    publication date.
    """
    if published is None or d.date is None or not opens_period(raw, d):
        return False
    return (published - d.date).days > TALLY_DAYS
