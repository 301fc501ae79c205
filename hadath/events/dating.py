"""When an event happened: the date rule, sentence by sentence through one document.

ACLED codes the day a happening took place, with ``time_precision`` 1 (day), 2 (week) or
3 (month or vaguer); a report that gives no date is not given one by guesswork. In order:

1. a date written in the event's own clauses («قتل خمسة أمس، فيما أصيب اثنان اليوم»: each
   clause its own day), the one nearest the trigger; else the nearest date in its sentence
   (inside the quotation, for a trigger inside one: the frame's «يوم الأربعاء» dates the words);
   not the start of the period a comparison reaches back over («للمرة الأولى منذ عام 2011»،
   «في أعنف هجوم منذ 2019», :func:`hadath.text.recency.compared_since`), nor the start of
   a running tally's period in another clause («قتل شاب ... في بلدة الجيزة، ليرتفع عدد
   الذين قتلوا ... منذ مطلع العام إلى 214»: the tally's, not the killing's); not a date after
   «حتى/لغاية» (a period's end: «فرضت حظر تجول حتى صباح الثلاثاء»), nor one in a later clause
   that tells what the event answered («ردا على غارات ... الأسبوع الماضي»), nor the day of a
   saying before its «إن» when it is the story's day or a day or two after it («وقال المتحدث
   ... في مؤتمر صحفي الأحد إن قوات بلاده قتلت»: the deed is the story's);
2. else the date of the previous dated event sentence of the same paragraph (the paragraph
   goes on telling the same happening: «واستمرت الاشتباكات ...»);
3. else the *story date*: the first date an event sentence of the article states (not one in
   the pluperfect, «وكان ... قد بدأوا إضراباً قبل أسبوعين»: what had happened before), normally
   the lead's («الموصل - (أ ف ب) - قتل خمسة عناصر ... أمس»), which the later paragraphs
   of a wire report follow; not the date some other incident of the previous paragraph
   happened to give («اعتقلت الشرطة ... يوم الأحد» does not date «وفي بغداد، تظاهر ...»);
4. else, after a sentence that opens a list with a colon («... يوم أمس الثلاثاء ... وفيما يلي أبرز
   الأحداث:»), that sentence's date (or, when it has none and is the paragraph right after
   the first line, the headline's: «حصيلة يوم الثلاثاء 14 تشرين الأول»): a roundup's items
   are that day's;
5. else none.

Dates of background sentences are never carried (rules 2 and 3): a sentence that recalls
an anniversary, history or a trial (cues.tsv kinds), or whose date lies more than
:data:`hadath.text.recency.BACKGROUND_DAYS` before publication («وشهدت الجنينة في يونيو من
العام الماضي مجازر»): such an event is a recap, dropped by :mod:`hadath.events.recency`, and
its date must not leak into the report that follows. Nor is the start of a period of more
than a week carried («منذ ديسمبر الماضي», :func:`hadath.text.recency.is_tally_since`): it
says how long something has lasted, not the day of the next report.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from hadath.bisects import bisect_left
from hadath.doc import DateMention, Doc
from hadath.events.context import Candidate, SentenceCtx
from hadath.events.lexicon import QAD
from hadath.text.recency import compared_since, is_tally_since, long_before

PRECISION: Final = {"day": 1, "week": 2, "month": 3, "year": 3}
"""ACLED time_precision of a date's grain."""
BACKGROUND_CUES: Final = frozenset({"anniversary", "history", "trial"})
"""Cue kinds (events/data/cues.tsv) that make a sentence recall the past."""

_NAME_TYPES: Final = frozenset({"ORG", "PER"})
# «حتى/لغاية» right before a date: the end of a period («فرضت حظر تجول حتى صباح الثلاثاء»)
_UNTIL: Final = regex.compile(r"(?:^|[\s\(])(?:حتى|لغاية|غاية)\s+$")
_UNTIL_REACH: Final = 8  # characters before a date where «حتى/لغاية» may stand


def _dates_what_it_answered(s: SentenceCtx, d: DateMention) -> bool:
    """Is ``d`` in a clause (after the event's) that tells what the event answered? «... إن قوات
    بلاده سيطرت على 25 موقعا، مؤكدا أن العملية جاءت ردا على غارات جوية ... الأسبوع الماضي»:
    last week dates the strikes, not the take-over."""
    k = bisect_left(s.tok_starts, d.start + 1) - 1
    a = s.clause_starts[s.clause_of(k)]
    return any(s.norms[j] in _IN_REPLY for j in range(a, k))


# «ردا على»، «انتقاما لـ»: what a deed answers (normalised)
_IN_REPLY: Final = frozenset({"\u0631\u062f\u0627", "\u0627\u0646\u062a\u0642\u0627\u0645\u0627", "\u062b\u0627\u0631\u0627"})
_SAID_AFTER_DAYS: Final = 2  # a statement this many days after the story's day may tell the story's deed
# «إن/أن» opening what a speaker said (normalised forms)
_SAID_THAT: Final = frozenset({"ان", "بان", "وان", "انه", "انها"})


def _dates_the_saying(s: SentenceCtx, d: DateMention, best: Candidate) -> bool:
    """Is ``d`` written before the «إن/أن» that opens what was said, with the trigger after it
    («قال ... الأحد إن قوات بلاده قتلت»)? Then it dates the statement, not the deed."""
    if d.end > best.start:
        return False
    a = bisect_left(s.tok_starts, d.end)
    at = bisect_left(s.tok_starts, d.start)
    if any(s.norms[k] in _SAID_THAT for k in range(at)):
        return False  # «إن الحادث وقع مساء الثلاثاء ... وإن الجنود تعرضوا»: the date is in what was said
    return any(s.norms[k] in _SAID_THAT for k in range(a, min(best.tok, len(s.norms))))


def _period_end(raw: str, d: DateMention) -> bool:
    """Is the date the end of a period, after «حتى/لغاية»? A curfew until Tuesday morning, or
    fighting that went on until Sunday evening, happened on no such day: the day a weekday
    name resolves to (the past one) would misdate the event. The event takes the date of
    its clause, paragraph or story instead."""
    return _UNTIL.search(raw, max(0, d.start - _UNTIL_REACH), d.start) is not None


def _in_name(d: DateMention, named: list[tuple[int, int]], starts: list[int]) -> bool:
    """Is the date written inside a name («حزب الغد», «حركة 6 أبريل»)? It dates nothing."""
    k = bisect_left(starts, d.start + 1) - 1
    return k >= 0 and named[k][0] <= d.start and d.end <= named[k][1]


_DATELINE_REACH: Final = 80  # a dateline's date stands this close to the text's start
_BEFORE_FILING_DATE: Final = regex.compile(r"\s*(?:\([^()\n]{1,24}\)\s*)?")  # «طرابلس (ليبيا) 15 أغسطس»
_AFTER_FILING_DATE: Final = regex.compile(r"\s*(?:\([^()\n]{1,24}\)\s*)?[-\u2013\u2014\u0640:]")  # «15 أغسطس (د ب أ) -»


def _filing_date(raw: str, d: DateMention, datelines: object) -> bool:
    """Is ``d`` the date of a dateline («طرابلس (ليبيا) 15 أغسطس (د ب أ) - اندلعت ...»)? It is
    when the report was filed, as the dateline's place is where: no event's date."""
    for _, e in datelines:  # type: ignore[attr-defined]
        if e <= d.start:
            m = _BEFORE_FILING_DATE.match(raw, e)
            if m is not None and m.end() == d.start and _AFTER_FILING_DATE.match(raw, d.end):
                return True
    return False


def _clauses_span(s: SentenceCtx, group: list[Candidate]) -> tuple[int, int] | None:
    """Raw (start, end) of the clauses the group's triggers stand in, if they hold a token."""
    lo = s.clause_starts[min(c.clause for c in group)]
    hi = s.clause_stop(max(c.clause for c in group))
    if not 0 <= lo < hi <= len(s.norms):
        return None
    return s.tok_starts[lo], s.ends[hi - 1]


Dated = tuple[dt.date | None, int]
_NONE: Final[Dated] = (None, 3)


class EventDates:
    """The date rule for one document's events; ask :meth:`date_for` sentence by sentence,
    in order, and call :meth:`done` after each event sentence."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        named = sorted((m.start, m.end) for m in doc.entities if m.type in _NAME_TYPES)
        name_starts = [a for a, _ in named]
        # a date after publication is a plan or a promise («سيعودون غدا»، «إضراب ... الأسبوع
        # المقبل»): it dates no happening the article reports; kept apart for :meth:`planned`
        after = doc.published
        dates: list[DateMention] = []
        future: list[int] = []
        datelines = doc.extras.get("geo_datelines", ())
        for d in doc.dates:
            if d.date is None or _in_name(d, named, name_starts):
                continue
            if datelines and d.start < _DATELINE_REACH and _filing_date(doc.raw, d, datelines):
                continue
            if _period_end(doc.raw, d):
                continue
            if after is not None and d.date > after:
                future.append(d.start)
            else:
                dates.append(d)
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]
        self.future = sorted(future)
        self.story: Dated | None = None
        self.intro = self._list_intro()
        self.last: tuple[Dated, int] | None = None  # the carried date, end of its sentence
        self.stated: list[DateMention] = []  # the dates the current sentence's events took
        self.quote_spans: list[tuple[int, int]] = []  # the document's quotations, read on first need
        self.quote_starts: list[int] | None = None

    def _in(self, a: int, b: int) -> list[DateMention]:
        return self.dates[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    def date_for(self, s: SentenceCtx, group: list[Candidate], best: Candidate) -> Dated:
        """(date, time_precision) of the event of ``group`` (``best`` its main trigger) in ``s``."""
        found = [d for d in self._in(s.span.start, s.span.end) if not compared_since(self.doc.raw, d)]
        quoted = self._quote_at(best.start)
        if quoted is not None and found:
            # «وقال الحاكم في مؤتمر صحفي يوم الأربعاء إن "المهاجمين وصلوا ... وأطلقوا النار"»: a
            # date outside the quotation dates the words, not the happening they tell
            found = [d for d in found if quoted[0] <= d.start < quoted[1]]
        if found:
            # «حررت 25 طالباً كانوا قد خطفوا ... قبل أسبوعين»: the date of what had happened to them
            found = [d for d in found if not _pluperfect_aside(s, d.start, best)]
        carried = self._carried(s) if found else None
        if carried is not None and carried[0] is not None:
            # «وقال المتحدث ... في مؤتمر صحفي الأحد إن قوات بلاده قتلت 58 جنديا»: the day of the
            # saying, before «إن», dates the words, and the deed told after it is the story's
            # when the saying came on the story's day or a day or two after it (in a lead, with
            # no story date yet, the day of the saying is the best there is; «وكانت أفريكوم قد
            # أعلنت الأسبوع الماضي أنها نفذت غارة» dates an earlier deed)
            day = carried[0]
            found = [d for d in found if d.date is None or not 0 <= (d.date - day).days <= _SAID_AFTER_DAYS
                     or not _dates_the_saying(s, d, best)]
        if found:
            span = _clauses_span(s, group)
            if span is not None:
                a, b = span
                own = [d for d in found if a <= d.start < b]
                found = [d for d in own if not self._tally_elsewhere(best, d)] if own else \
                    [d for d in found if d.start < b or not _dates_what_it_answered(s, d)]
        if found:
            d = min(found, key=lambda d: abs(d.start - best.start))
            self.stated.append(d)
            return d.date, PRECISION.get(d.precision, 3)
        last = self._last_in_paragraph(s)
        if last is not None:
            return last
        if self.story is None and self.intro is not None and self.intro[1] <= s.span.start:
            return self.intro[0]
        return self.story or _NONE

    def _last_in_paragraph(self, s: SentenceCtx) -> Dated | None:
        """The carried date (rule 2), when no paragraph break lies between its sentence and ``s``
        (no newline: ``paragraph_breaks`` counts newline runs)."""
        if self.last is not None and self.doc.raw.find("\n", self.last[1], s.span.start) < 0:
            return self.last[0]
        return None

    def _carried(self, s: SentenceCtx) -> Dated | None:
        """The date rule 2 or 3 would give ``s``'s events, if any."""
        return self._last_in_paragraph(s) or self.story

    def _tally_elsewhere(self, best: Candidate, d: DateMention) -> bool:
        """Is ``d`` the start of a running tally's period («منذ مطلع العام») in a clause other
        than ``best``'s, after it and a comma apart? The tally's clause may join the event's group through
        its own death word («قتل شاب ... في بلدة الجيزة، ليرتفع عدد الذين قتلوا ... منذ مطلع
        العام إلى 214»); its date is the tally's, not the killing's."""
        raw = self.doc.raw
        if d.start < best.end:
            return False  # a tally told before the trigger frames it («منذ ... تجاوز 180، فيما نعى ... منذ بدء المواجهات»)
        if raw.find("\u060c", best.end, d.start) < 0 and raw.find(",", best.end, d.start) < 0:
            return False
        return is_tally_since(raw, self.doc.published, d)

    def _list_intro(self) -> tuple[Dated, int] | None:
        """The date of a sentence that opens a list with a colon before a line break («شهدت
        عدة جبهات، يوم أمس الثلاثاء، تصعيدا ... وفيما يلي أبرز الأحداث:») and where it ends: a
        roundup's items that state no date of their own are that day's (as the lead's date
        dates a wire report's later paragraphs, rule 3). Not a date long before publication
        or a period's start."""
        raw = self.doc.raw
        if ":\n" not in raw and ":\r" not in raw:
            return None
        for sent in self.doc.sentences:
            text = raw[sent.start : sent.end].rstrip()
            if not text.endswith(":"):
                continue
            found = self._in(sent.start, sent.end) or self._headline_date(sent.start)
            if not found:
                continue
            d = found[0]
            if long_before(self.doc.published, d) or is_tally_since(raw, self.doc.published, d):
                return None
            return (d.date, PRECISION.get(d.precision, 3)), sent.end
        return None

    def _headline_date(self, start: int) -> list[DateMention]:
        """The date of the headline line when the list's intro at raw ``start`` is the next
        paragraph («حصيلة يوم الثلاثاء 14 تشرين الأول» over «وثق المرصد خلال الساعات الـ24
        الماضية ... على النحو التالي:»): the bulletin's day."""
        raw = self.doc.raw
        first = raw.find("\n")
        if first < 0 or raw[first:start].strip():
            return []  # the intro is not the paragraph right after the first line
        return self._in(0, first)

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        """The span of the quotation holding raw ``pos``, if any."""
        if self.quote_starts is None:
            spans = sorted((q.start, q.end) for q in self.doc.quotes)
            self.quote_spans, self.quote_starts = spans, [a for a, _ in spans]
        k = bisect_left(self.quote_starts, pos + 1) - 1
        if k >= 0 and self.quote_spans[k][0] <= pos < self.quote_spans[k][1]:
            return self.quote_spans[k]
        return None

    def planned(self, s: SentenceCtx, group: list[Candidate], best: Candidate) -> bool:
        """Is the event a named happening dated only after publication in its own clauses
        («وأعلن الاتحاد عن إضراب عام في قطاع التعليم الأسبوع المقبل»)? Then it is announced, not
        reported. The caller asks only for a noun naming the happening (a verb in the past tense
        tells what happened; «وقال المتظاهرون إنهم سيعودون غدا» dates their return, not the
        protest of the crowd the noun names)."""
        span = _clauses_span(s, group) if self.future else None
        if span is None:
            return False
        a, b = span
        k = bisect_left(self.future, best.end)
        if k >= len(self.future) or self.future[k] >= b:
            return False  # no date after publication after the trigger in its clauses
        return not self._in(a, b)  # and none up to publication there

    def done(self, s: SentenceCtx) -> None:
        """Carry the date the sentence's events stated, unless the sentence is background."""
        stated, self.stated = self.stated, []
        if not stated:
            return
        d = stated[-1]
        # a background cue after the date and a comma is an aside, not the date's («قُتل شخصان،
        # الأربعاء، ...، رغم وقف إطلاق النار الساري منذ نوفمبر»: the lead's day still dates the story)
        at = bisect_left(s.tok_starts, d.start + 1) - 1
        if any(cue.kind in BACKGROUND_CUES and not _aside_after(s, at, cue.tok) for cue in s.cues):
            return
        if long_before(self.doc.published, d) or is_tally_since(self.doc.raw, self.doc.published, d):
            return
        dated: Dated = (d.date, PRECISION.get(d.precision, 3))
        self.last = (dated, s.span.end)
        if self.story is None and not pluperfect(s):
            self.story = dated


_COMMAS: Final = frozenset({"\u060c", ","})


def _aside_after(s: SentenceCtx, date_tok: int, cue_tok: int) -> bool:
    """Is the cue at ``cue_tok`` after the date and a comma apart, an aside of its own?"""
    return cue_tok > date_tok and any(t in _COMMAS for t in s.texts[date_tok + 1:cue_tok])


_KANA: Final = frozenset({"كان", "وكان", "كانت", "وكانت",
                   "كانوا", "وكانوا"})  # كان وكان كانت وكانت كانوا وكانوا
_KANA_REACH: Final = 3  # «وكان» among a sentence's first words
_QAD_REACH: Final = 6  # «قد» this many words after it: «وكان نحو 100 ألف معلم قد بدأوا»


_ASIDE_REACH: Final = 12  # words from «كانوا قد» to a date in its clause


def _pluperfect_aside(s: SentenceCtx, pos: int, best: Candidate) -> bool:
    """Is the date at raw ``pos`` in a pluperfect aside («كانوا قد خطفوا من مدرستهم ... قبل
    أسبوعين», no mark between) that does not hold the event's trigger? It dates what had
    happened before."""
    k = bisect_left(s.tok_starts, pos)
    if k >= len(s.norms):
        return False
    norms = s.norms
    for i in range(k - 1, max(0, k - _ASIDE_REACH) - 1, -1):
        if not s.alpha[i]:
            return False  # a comma or a mark between: the date is not in the aside
        if norms[i] == QAD:
            kana = next((j for j in range(i - 1, max(0, i - 3) - 1, -1) if norms[j] in _KANA), -1)
            # an aside inside the sentence («حررت 25 طالباً كانوا قد خطفوا ...، وقتلت»), not one
            # the sentence opens with («وكانت القوات قد أعلنت في يوليو 2017 استعادة»), and the
            # trigger outside it (not its own verb: «... كانوا قد هاجموا»)
            return kana >= _KANA_REACH and not kana <= best.tok <= k
    return False


def pluperfect(s: SentenceCtx) -> bool:
    """Does the sentence open in the pluperfect, «وكان ... قد + past» ("had done")? It tells
    what had happened before the story («وكان نحو 100 ألف معلم قد بدأوا إضراباً ... قبل أسبوعين»):
    its date is no story date for the paragraphs after it."""
    norms = s.norms
    for i in range(min(_KANA_REACH, len(norms))):
        if norms[i] in _KANA:
            return QAD in norms[i + 1:i + 1 + _QAD_REACH]
    return False

