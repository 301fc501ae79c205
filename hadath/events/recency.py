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

A documenting report is the first account of what it documents: a rights group or monitor
(sources.tsv kinds ngo, monitor, un) that «وثقت» (frames.tsv's document verbs) or speaks «في تقرير»
publishes weeks or months of incidents at once, each told with its own day («وفي 2 أبريل/نيسان، قصفت
طائرة ... سوقا مزدحمة في بلدة كبكابية»). In such an article (:func:`documents`) an event dated to a
day by its own sentence is kept up to :data:`DOCUMENTED_DAYS` before publication; a month or a year
(«في يونيو/حزيران من العام الماضي») still marks a recap.

A running tally is no event either: a death toll dated by the start of a period of more
than a week («قتل أكثر من 300 شخص منذ ديسمبر الماضي»، «منذ بداية الشهر»,
:func:`hadath.text.recency.is_tally_since`) sums many happenings; it stays a claim. So does a
toll counted «خلال الفترة ذاتها» after such a period (:func:`hadath.text.recency.same_period_as`).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from hadath.attribution.lexicons import frame_verbs
from hadath.bisects import bisect_left
from hadath.doc import DateMention, Doc
from hadath.events.context import Memo
from hadath.events.draft import Event
from hadath.text.normalize import normalize_key
from hadath.text.recency import (
    earlier_month,
    is_tally_since,
    long_before,
    opens_period,
    same_period_as,
)

DOCUMENTED_DAYS: Final = 365
"""How old an incident a documenting report tells with its own day may be and still be coded: a
rights group's report covers the months before it, not the history it recalls."""
_DOCUMENTERS: Final = frozenset({"ngo", "monitor", "un"})  # sources.tsv kinds that document violations
_DOCUMENT_FRAME: Final = "document"  # frames.tsv id of «وثق، رصد، أحصى، سجلت»
_REPORT_AFTER: Final = normalize_key("في تقرير")  # «قالت منظمة العفو الدولية في تقرير»
_CONJ: Final = "\u0648\u0641"  # و ف


def documents(doc: Doc) -> bool:
    """Is the article a documenting report: a rights group, monitor or UN body (by its sources.tsv
    kind, or a later mention carrying the name of one) that documents («ووثقت المنظمة 14 هجوما»)
    or speaks in a report («قالت منظمة هيومن رايتس ووتش في تقرير أصدرته اليوم»)?"""
    sources = doc.extras.get("sources") or []
    names = {m.name for m in sources if m.kind in _DOCUMENTERS}
    if not names:
        return False
    verbs = frame_verbs()
    raw = doc.raw
    for m in sources:
        if m.name not in names:
            continue
        frame = verbs.get(normalize_key(raw[m.frame_start:m.frame_end]).lstrip(_CONJ)) if m.frame_start is not None and m.frame_end is not None else None
        if frame is not None and frame.id == _DOCUMENT_FRAME:
            return True
        if normalize_key(raw[m.end:m.end + 12]).lstrip(" \u060c,").startswith(_REPORT_AFTER):
            return True
    return False


def _documented(d: DateMention, published: dt.date) -> bool:
    """Is ``d`` a day a documenting report may tell an incident of (:data:`DOCUMENTED_DAYS`)?"""
    return d.precision == "day" and d.date is not None and (published - d.date).days <= DOCUMENTED_DAYS


def is_background(doc: Doc, ev: Event) -> bool:
    """Does the event's own sentence date it long before publication?"""
    dates = sorted(doc.dates, key=lambda d: d.start)
    return _is_background(doc.raw, doc.published, dates, [d.start for d in dates], ev, documents(doc))


def _is_background(raw: str, published: dt.date | None, dates: list[DateMention], starts: list[int],
                   ev: Event, documented: bool = False) -> bool:
    """:func:`is_background` on ``dates`` sorted by start (``starts`` their offsets);
    ``documented``: the article is a documenting report (:func:`documents`)."""
    if published is None or ev.event_date is None or not ev.evidence:
        return False
    sentence = ev.evidence[-1]  # the events stage lists the sentence span last
    d = _own_date(dates, starts, sentence.start, sentence.end, _DAY_OF[ev.event_date])
    if d is None:
        if ev.fatalities is None:
            return False
        # «ووثق المكتب مقتل 190 شخصا خلال الفترة ذاتها»: the running tally named before
        d = same_period_as(raw, sentence.start, sentence.end, dates, starts)
        return d is not None and is_tally_since(raw, published, d)
    if ev.fatalities is not None and is_tally_since(raw, published, d):
        return True
    # «في أيار/مايو الماضي» in a July report: a month gone by dates a recap too (not «منذ شهرين»,
    # how long something has lasted: «أزمة النفايات المستعصية منذ شهرين»)
    return (long_before(published, d) or (earlier_month(published, d) and not opens_period(raw, d))) \
        and not (documented and _documented(d, published))


def _own_date(dates: list[DateMention], starts: list[int], start: int, end: int, event_date: dt.date | str) -> DateMention | None:
    """The first date in raw ``[start, end)`` that is ``event_date`` (a day, or a string that is
    not one's ISO form, compared with each date's ISO form), if any."""
    if isinstance(event_date, dt.date):
        # compared as days, not as ISO strings made of every date of the sentence: the same
        # answer (a day's ISO form names it alone; a datetime is unequal to a day either way)
        for d in dates[bisect_left(starts, start):bisect_left(starts, end)]:
            if d.date is not None and d.date == event_date:
                return d
        return None
    for d in dates[bisect_left(starts, start):bisect_left(starts, end)]:
        if d.date is not None and d.date.isoformat() == event_date:
            return d
    return None


def _day_of(event_date: str) -> dt.date | str:
    """The day an event's ``event_date`` names when it is a day's ISO form («2024-05-15»), else
    the string itself."""
    try:
        day = dt.date.fromisoformat(event_date)
    except ValueError:
        return event_date
    return day if day.isoformat() == event_date else event_date


# :func:`_day_of` once per string: every event of an article asks it of one of a few dates
# (a parse and an ISO formatting each, ~5k instructions compiled)
_DAY_OF: Final[Memo[str, dt.date | str]] = Memo(_day_of)


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
        self.documented = self.published is not None and documents(doc)

    def is_recap(self, start: int, end: int, event_date: dt.date | None) -> bool:
        """Is an event of the sentence raw ``[start, end)`` dated ``event_date`` background
        by :func:`~hadath.text.recency.long_before` (so :func:`drop_background` drops it)?"""
        if self.published is None or event_date is None:
            return False
        d = _own_date(self.dates, self.starts, start, end, event_date if type(event_date) is dt.date else event_date.isoformat())
        return d is not None and long_before(self.published, d) and not (
            self.documented and _documented(d, self.published))


def drop_background(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without the background ones (order kept)."""
    if doc.published is None or not events:
        return events
    dates = sorted(doc.dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    documented = documents(doc)
    return [ev for ev in events if not _is_background(doc.raw, doc.published, dates, starts, ev, documented)]
