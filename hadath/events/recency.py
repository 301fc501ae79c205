"""Background happenings: an event its own sentence dates long before the article.

Analyses and wire stories recall the past: «وشهدت مدينة الجنينة في يونيو من العام الماضي
مجازر ...» in an article of May 2024 tells the reader what happened, it does not report a
new happening. ACLED codes events from the reports that bring them; an article's recap of
last year's fighting would duplicate the events coded back then (with figures such as
«حين قتل نحو 300 ألف شخص» that belong to a war long over).

An event is background when a date written in its own sentence (not one carried from an
earlier sentence) is its ``event_date`` and ends more than :data:`BACKGROUND_DAYS` before
the article's publication date. Without a publication date nothing is dropped: relative
dates are unresolved then and absolute ones cannot be judged.
"""

from __future__ import annotations

import datetime as dt

from hadath.doc import Doc
from hadath.schema import Event

BACKGROUND_DAYS = 90
"""How old a happening may be and still be news: reports of sieges, investigations and
tallies come weeks after; a quarter of a year on, a dated happening is a recap."""

_SPAN_DAYS = {"day": 0, "week": 6, "month": 30, "year": 365}  # a date stands for its whole period


def is_background(doc: Doc, ev: Event) -> bool:
    """Does the event's own sentence date it more than ``BACKGROUND_DAYS`` before publication?"""
    if doc.published is None or ev.event_date is None or not ev.evidence:
        return False
    sentence = ev.evidence[-1]  # the events stage lists the sentence span last
    for d in doc.dates:
        if sentence.start <= d.start < sentence.end and d.date is not None and d.date.isoformat() == ev.event_date:
            last_day = d.date + dt.timedelta(days=_SPAN_DAYS.get(d.precision, 0))
            return (doc.published - last_day).days > BACKGROUND_DAYS
    return False


def drop_background(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without the background ones (order kept)."""
    if doc.published is None:
        return events
    return [ev for ev in events if not is_background(doc, ev)]
