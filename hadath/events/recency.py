"""Background happenings: an event its own sentence dates long before the article.

Analyses and wire stories recall the past: «وشهدت مدينة الجنينة في يونيو من العام الماضي
مجازر ...» in an article of May 2024 tells the reader what happened, it does not report a
new happening. ACLED codes events from the reports that bring them; an article's recap of
last year's fighting would duplicate the events coded back then (with figures such as
«حين قتل نحو 300 ألف شخص» that belong to a war long over).

An event is background when a date written in its own sentence (not one carried from an
earlier sentence) is its ``event_date`` and ends long before the article's publication date
(:func:`hadath.text.recency.long_before`, shared with the attribution stage's claims). Without a publication date nothing is dropped: relative
dates are unresolved then and absolute ones cannot be judged.

A running tally is no event either: a death toll dated by the start of a period of more
than a week («قتل أكثر من 300 شخص منذ ديسمبر الماضي»، «منذ بداية الشهر»,
:func:`hadath.text.recency.is_tally_since`) sums many happenings; it stays a claim.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from hadath.doc import DateMention, Doc
from hadath.schema import Event
from hadath.text.recency import is_tally_since, long_before


def is_background(doc: Doc, ev: Event) -> bool:
    """Does the event's own sentence date it long before publication?"""
    dates = sorted(doc.dates, key=lambda d: d.start)
    return _is_background(doc.raw, doc.published, dates, [d.start for d in dates], ev)


def _is_background(raw: str, published: dt.date | None, dates: list[DateMention], starts: list[int],
                   ev: Event) -> bool:
    """:func:`is_background` on ``dates`` sorted by start (``starts`` their offsets)."""
    if published is None or ev.event_date is None or not ev.evidence:
        return False
    sentence = ev.evidence[-1]  # the events stage lists the sentence span last
    d = _own_date(dates, starts, sentence.start, sentence.end, ev.event_date)
    if d is None:
        return False
    return long_before(published, d) or (ev.fatalities is not None and is_tally_since(raw, published, d))


def _own_date(dates: list[DateMention], starts: list[int], start: int, end: int, event_date: str) -> DateMention | None:
    """The first date in raw ``[start, end)`` that is ``event_date``, if any."""
    for d in dates[bisect_left(starts, start):bisect_left(starts, end)]:
        if d.date is not None and d.date.isoformat() == event_date:
            return d
    return None


class Recaps:
    """The first half of :func:`drop_background`'s test for one document, asked before the
    event is made.

    The events stage knows an event's date and sentence before it works out its actors,
    place, source and toll; when the date in its own sentence lies long before publication
    it is background whatever its toll, so it is dropped then (an eighth of the benchmark's
    events) rather than made in full and dropped after. The running-tally half needs the
    toll and stays in :func:`drop_background`.
    """

    def __init__(self, doc: Doc) -> None:
        self.published = doc.published
        self.dates = sorted(doc.dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def is_recap(self, start: int, end: int, event_date: dt.date | None) -> bool:
        """Is an event of the sentence raw ``[start, end)`` dated ``event_date`` background
        by :func:`~hadath.text.recency.long_before` (so :func:`drop_background` drops it)?"""
        if self.published is None or event_date is None:
            return False
        d = _own_date(self.dates, self.starts, start, end, event_date.isoformat())
        return d is not None and long_before(self.published, d)


def drop_background(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without the background ones (order kept)."""
    if doc.published is None or not events:
        return events
    dates = sorted(doc.dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    return [ev for ev in events if not _is_background(doc.raw, doc.published, dates, starts, ev)]
