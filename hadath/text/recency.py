"""Is a date old news? One rule for every stage that tells a report from its background.

Analyses and wire stories recall the past: «وكانت الحرب قد اندلعت في السابع من أكتوبر 2023» in
an article of June 2024 tells the reader what happened long ago. The events stage drops such
happenings (:mod:`hadath.events.recency`) and the attribution stage keeps their figures apart
from this week's (:mod:`hadath.attribution.claims`): a war's whole toll is no rival of a count
for yesterday's strike.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Final

import regex

from hadath.doc import DateMention
from hadath.text.normalize import normalize_key

BACKGROUND_DAYS: Final = 90
"""How old a happening may be and still be news: reports of sieges, investigations and
tallies come weeks after; a quarter of a year on, a dated happening is a recap."""

_SPAN_DAYS: Final = {"day": 0, "week": 6, "month": 30, "year": 365}  # a date stands for its whole period


def long_before(published: dt.date | None, d: DateMention) -> bool:
    """Does the period ``d`` names end more than :data:`BACKGROUND_DAYS` before ``published``?

    False when either date is unknown: without a publication date relative dates are
    unresolved and absolute ones cannot be judged.
    """
    if published is None or d.date is None:
        return False
    last_day = d.date + dt.timedelta(days=_SPAN_DAYS.get(d.precision, 0))
    return (published - last_day).days > BACKGROUND_DAYS


SINCE: Final = "\u0645\u0646\u0630"  # منذ
TALLY_DAYS: Final = 7
"""A count «since» a day more than this long ago sums many happenings: a tally, not one report."""


def opens_period(raw: str, d: DateMention) -> bool:
    """Is ``d`` written as the start of a period that is still running («منذ ديسمبر الماضي»،
    «منذ بداية الشهر»، «ومنذ عام 2014»)? The dates stage may or may not include «منذ» in the span."""
    if d.text.startswith(SINCE):
        return True
    before = raw[max(0, d.start - 8):d.start].split()
    return bool(before) and before[-1].lstrip("\u0648\u0641") == SINCE  # «ومنذ»، «فمنذ»


# words of comparison before «منذ»: «لأول مرة منذ»، «للمرة الأولى منذ»، «الأولى من نوعها منذ»،
# «أعنف هجوم منذ»، «الأكثر دموية منذ» (not «أكثر»: «قتل أكثر من 300 شخص منذ ديسمبر» is a tally)
_COMPARISONS: Final = frozenset(normalize_key(w) for w in (
    "مرة", "المرة", "الأولى", "الأول", "أول", "نوعه", "نوعها", "أعنف", "الأعنف", "أكبر", "الأكبر", "أسوأ", "الأسوأ",
    "أشد", "الأشد", "أدمى", "الأدمى", "أعلى", "الأعلى", "الأكثر", "أقوى", "الأقوى", "أخطر", "الأخطر",
    "أوسع", "الأوسع", "أضخم", "الأضخم"))


def comparison_words() -> frozenset[str]:
    """The normalised words of comparison that may stand before «منذ» or «خلال» («أعنف هجوم
    منذ»، «الأعلى خلال العام»): the events stage's running-toll veto skips a period they open."""
    return _COMPARISONS


_COMPARISON_REACH: Final = 5  # «أعنف هجوم انتحاري يشهده البلد منذ»: words from the comparison to «منذ»
_PHRASE_BREAKS: Final = frozenset(",.;:!?\u060c\u061b\u061f")  # , . ; : ! ? ، ؛ ؟


def compared_since(raw: str, d: DateMention) -> bool:
    """Is ``d`` the start of the period a comparison reaches back over («تظاهر الآلاف في دمشق
    للمرة الأولى منذ عام 2011»، «غارات ... هي الأولى من نوعها منذ أكتوبر الماضي»، «في أعنف هجوم
    منذ عام 2019»)? It tells how long since the last comparable happening, not when this one
    happened: it dates no event, and the event it follows is no recap of that year. A word of
    comparison (:data:`_COMPARISONS`) within :data:`_COMPARISON_REACH` words before «منذ», with no
    punctuation between."""
    if not opens_period(raw, d):
        return False
    end = d.start if not d.text.startswith(SINCE) else d.start + len(SINCE)
    words = raw[max(0, end - 80):end].split()[:-1]  # the words before «منذ»
    for w in reversed(words[-_COMPARISON_REACH:]):
        if w[-1:] in _PHRASE_BREAKS:
            return False
        key = normalize_key(w.strip("\"'\u00ab\u00bb"))
        if key in _COMPARISONS or key[:1] in "\u0644\u0628" and key[1:] in _COMPARISONS:
            return True  # «لأول»، «بأعنف»
        if key.startswith("\u0644\u0644") and "\u0627\u0644" + key[2:] in _COMPARISONS:
            return True  # «للمرة» is ل + المرة
    return False


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


# «خلال الفترة ذاتها»، «في المدة نفسها»، «خلال نفس الفترة»: the period a sentence before named
_SAME_PERIOD: Final = regex.compile(
    r"(?:\u0627\u0644(?:\u0641\u062a\u0631|\u0645\u062f)[\u0629\u0647]\s+(?:\u0630\u0627\u062a\u0647\u0627|\u0646\u0641\u0633\u0647\u0627|\u0639\u064a\u0646\u0647\u0627)"
    r"|\u0646\u0641\u0633\s+\u0627\u0644(?:\u0641\u062a\u0631|\u0645\u062f)[\u0629\u0647])"
)
# a word every match of _SAME_PERIOD holds («ذاتها»، «عينها»، «نفس» of «نفسها» and «نفس الفترة»):
# str.find for them is a fraction of the regex's scan of a sentence that holds none (most do)
_SAME_PERIOD_WORDS: Final = ("\u0630\u0627\u062a\u0647\u0627", "\u0639\u064a\u0646\u0647\u0627", "\u0646\u0641\u0633")
SAME_PERIOD_REACH: Final = 400
"""How far back (characters) the period «الفترة ذاتها» points to may be named: the sentence before, or
the one before that."""


def same_period_as(raw: str, start: int, end: int, dates: list[DateMention], starts: list[int]) -> DateMention | None:
    """The date a sentence at raw ``[start, end)`` points back to by «خلال الفترة ذاتها» (the same
    period), when it names no date of its own: the last date that opens a period («منذ مطلع العام
    الجاري»، :func:`opens_period`) within :data:`SAME_PERIOD_REACH` characters before it. «وثق
    المكتب مقتل 190 شخصا خلال الفترة ذاتها» after the monitor's count «منذ مطلع العام» is that
    year's tally too. ``dates`` sorted by start, ``starts`` their offsets."""
    for word in _SAME_PERIOD_WORDS:
        if raw.find(word, start, end) >= 0:
            break
    else:
        return None
    if _SAME_PERIOD.search(raw, start, end) is None:
        return None
    k = bisect.bisect_left(starts, start)
    if k < len(starts) and starts[k] < end:
        return None  # the sentence dates itself
    while k > 0:
        k -= 1
        d = dates[k]
        if d.start < start - SAME_PERIOD_REACH:
            return None
        if opens_period(raw, d):
            return d
    return None


ERA_DAYS: Final = 28
"""A month (or a year) that ended more than this long before publication dates an earlier
happening: «وشهدت محافظة السويداء في أيار/مايو الماضي اشتباكات مماثلة أسفرت عن مقتل أكثر من
100 شخص» in a July report is a recap, not this week's clashes, and its figure is no rival of
this week's toll, though neither is old enough for :func:`long_before`."""
_COARSE: Final = frozenset({"month", "year"})


def earlier_month(published: dt.date | None, d: DateMention) -> bool:
    """Is ``d`` a month or a year that ended more than :data:`ERA_DAYS` before ``published``?"""
    if published is None or d.date is None or d.precision not in _COARSE:
        return False
    return (published - d.date).days - _SPAN_DAYS[d.precision] > ERA_DAYS
