"""Dates in Arabic news text, resolved against the publication date.

:func:`find_dates` reads relative days («أمس»، «أول من أمس»، «قبل ثلاثة أيام»), weeks, months
and years («الأسبوع الماضي»، «الشهر المقبل»، «العام الماضي»), weekdays («يوم الأحد»، «الثلاثاء
المقبل»، «أحد الأسبوع الماضي»), Gregorian and Levantine month names with or without day and
year («15 آذار 2014»، «يونيو (حزيران) الماضي»، «الخامس عشر من آذار»، «منتصف آذار»), numeric
dates in both digit scripts («15/3/2024»، «2024-03-15»), «منذ عام 2014», and Duckling's
«ثالث ثلاثاء من شهر أيلول» / «آخر أسبوع في سبتمبر» forms.

News convention (default): a bare weekday is the most recent such day on or before
publication («يوم الأحد» published on a Sunday is that day); «الماضي» means strictly before,
«المقبل» strictly after; a month without a year is the latest such month on or before
publication. ``future=True`` is Duckling's convention (bare weekdays and months look
forward), used only to score against its corpus.

How: an Aho-Corasick automaton finds anchor words (weekday, month, «أمس», «الأسبوع», a digit
...) in one C-level pass; at each anchor the parser walks back over the words that may open
a date («قبل»، «ثالث»، «يوم»، digits ...) and tries one compiled, anchored alternation of date
forms there. Rules only: dateparser is too slow for the hot path (milliseconds a call) and
reads none of the colloquial or Levantine forms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from hadath.doc import DateMention
from hadath.text.chars import WORD_TRAIL
from hadath.text.normalize import Normalized, Profile, normalize
from hadath.text.numwords import (
    date_words,
    months,
    number_words,
    ordinals,
    scan,
    trie_pattern,
    weekdays,
)

# Function words of date expressions, CAREFUL-folded, written as escapes (STYLE.md). Constants
# the hot loops read are Final: the compiled build holds them in C, where a plain module name
# is a look-up in the module's dict at every use.
_MIN: Final = "\u0645\u0646"  # من
_FI: Final = "\u0641\u064a"  # في
_QABL: Final = "\u0642\u0628\u0644"  # قبل
_BAD: Final = "\u0628\u0639\u062f"  # بعد
_MUNDH: Final = "\u0645\u0646\u0630"  # منذ
_HADHA: Final = "\u0647\u0630\u0627"  # هذا
_HADHIH: Final = "\u0647\u0630\u0647"  # هذه
_SHAHR: Final = "\u0634\u0647\u0631"  # شهر
_YAWM: Final = "\u064a\u0648\u0645"  # يوم
_ASBU: Final = "\u0627\u0633\u0628\u0648\u0639"  # اسبوع
_AAM: Final = "\u0639\u0627\u0645"  # عام
_SANA: Final = "\u0633\u0646\u0647"  # سنه
_AL: Final = "\u0627\u0644"  # ال
_WA: Final = "\u0648"  # و
_B: Final = "\u0628"  # ب
_L: Final = "\u0644"  # ل
_MUWAFIQ: Final = "\u0627\u0644\u0645\u0648\u0627\u0641\u0642"  # الموافق
_ALLATHI: Final = "\u0627\u0644\u0630\u064a|\u0627\u0644\u064a|\u0627\u0644\u0644\u064a"  # الذي|الي|اللي
_AWWAL: Final = "\u0627\u0648\u0644"  # اول
_LAYLA: Final = "\u0644\u064a\u0644\u0647"  # ليله
_AMS: Final = "\u0627\u0645\u0633"  # امس
_TEN: Final = ("\u0639\u0634\u0631", "\u0639\u0634\u0631\u0647")  # عشر، عشره
# parts of the day that may open a relative-day expression: صباح مساء فجر ليل ليله ظهر عصر نهار
_DAYPARTS: Final = (
    "\u0635\u0628\u0627\u062d", "\u0645\u0633\u0627\u0621", "\u0641\u062c\u0631", "\u0644\u064a\u0644",
    "\u0644\u064a\u0644\u0647", "\u0638\u0647\u0631", "\u0639\u0635\u0631", "\u0646\u0647\u0627\u0631",
)


def _alt(words: object) -> str:
    return trie_pattern(sorted(set(words)))  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class _Lex:
    month: dict[str, int]
    ambiguous_month: frozenset[str]
    weekday: dict[str, int]
    day_ordinal: dict[str, int]  # «الثالث عشر» -> 13
    nth: dict[str, int]  # «ثالث» -> 3, «اخر» -> -1
    cardinal: dict[str, int]  # number words 1-31 («ثلاثه» -> 3)
    role: dict[str, str]  # relative word -> role (past/next/this/yesterday ...)
    unit: dict[str, tuple[str, str]]  # «يومين» -> ("day", "2")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    month, ambiguous = months()
    ords = ordinals()
    unit_ords = {w: v for w, v in ords.items() if 1 <= v <= 10}
    compound_ones = {w for w, v in ords.items() if v == 1 and w not in ("\u0627\u0648\u0644", "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0648\u0644\u064a", "\u0627\u0644\u0627\u0648\u0644\u064a")}
    day_ord: dict[str, int] = {}
    tens = {w: v for w, v in ords.items() if v in (20, 30)}
    for w, v in unit_ords.items():
        if v == 1 and w in compound_ones:
            pass  # «الحادي» only in compounds
        else:
            day_ord[w] = v
        if v <= 9 and (v != 1 or w in compound_ones):
            for ten in _TEN:
                day_ord[f"{w} {ten}"] = v + 10
            for tw, tv in tens.items():
                if tv + v <= 31 and (tv == 20 or v == 1):
                    day_ord[f"{w} {_WA}{tw}"] = tv + v
                    day_ord[f"{w} {_WA} {tw}"] = tv + v
    day_ord.update(tens)
    nth = {w: v for w, v in ords.items() if v == -1 or (1 <= v <= 5 and w not in compound_ones)}
    cardinal = {w: int(e.value) for w, e in number_words().items()
                if e.kind in ("unit", "teen", "ten") and 1 <= e.value <= 31}
    role: dict[str, str] = {}
    unit: dict[str, tuple[str, str]] = {}
    for r, items in date_words().items():
        for w, form in items:
            if r.startswith("unit_"):
                unit[w] = (r[5:], form)
            else:
                role.setdefault(w, r)
    return _Lex(month, ambiguous, weekdays(), day_ord, nth, cardinal, role, unit)


def _words_of(lex: _Lex, *roles: str) -> list[str]:
    return [w for w, r in lex.role.items() if r in roles]


@dataclass(frozen=True, slots=True)
class _Compiled:
    pattern: re.Pattern[str]  # every alternative (what :attr:`by_first` is checked against)
    by_first: dict[str, re.Pattern[str] | None]  # first letters («#» for digits) -> the alternatives they can open
    # what a date opening with a digit needs: the alternatives of ``by_first["#"]`` up to the
    # month (their optional openers are all words, so none is tried at a digit)
    digit_date: re.Pattern[str]
    openers: frozenset[str]  # words that may open a date expression before its anchor
    alternatives: tuple[str, ...]
    weekdays: frozenset[str]
    name_before: frozenset[str]


def _monref(p: str, lex: _Lex, mon: str, month_words: str, mod_all: str, month_ord: str, mod_wd: str, mod_this: str) -> str:
    """A month: by name («شهر آذار»، «يونيو (حزيران)»), number («شهر 3»، «شهر عشرة»), ordinal
    («الشهر التاسع») or relative («الشهر المقبل»، «هذا الشهر»، «12 الجاري»)."""
    return (
        rf"(?:(?:{_SHAHR}\s+)?(?P<{p}mon>{mon})(?:\s*\(\s*(?P<{p}mon2>{mon})\s*\)|\s*/\s*(?P<{p}mon3>{mon}))?"
        rf"(?:\s+(?P<{p}nmod>{mod_wd})(?!\w))?"
        rf"|{_SHAHR}\s+(?P<{p}mnum>1[0-2]|0?[1-9]|{month_words})(?!\w)"
        rf"|{_AL}{_SHAHR}\s+(?P<{p}mord>{month_ord})"
        rf"|(?P<{p}mthis>{_HADHA}\s+{_AL}{_SHAHR})|{_AL}{_SHAHR}\s+(?P<{p}mmod>{mod_all})|(?P<{p}mcur>{mod_this}))(?!\w)"
    )


def _yearref(p: str, mod_all: str) -> str:
    """An optional year after a month: «2014»، «، 2014»، «من عام 2014»، «لعام 2014»، «السنة القادمة»."""
    return (
        rf"(?:(?:\s*[,\u060c])?\s+(?:(?:{_MIN}|{_FI})\s+)?(?:[{_B}{_L}]?(?:{_AL})?(?:{_AAM}|{_SANA})\s*)?"
        rf"(?P<{p}year>(?:19|20)\d\d)(?!\d)"
        rf"|\s+(?:(?:{_MIN}|{_FI})\s+)?(?:{_AL})?(?:{_AAM}|{_SANA})\s+(?P<{p}ymod>{mod_all}))?"
    )


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    lex = _lex()
    mon = _alt(lex.month)
    wd_al = _alt(w for w in lex.weekday if w.startswith(_AL))
    wd_any = _alt(lex.weekday)
    mod_past = _alt(_words_of(lex, "past"))
    mod_next = _alt(_words_of(lex, "next"))
    mod_this = _alt(w for w in _words_of(lex, "this") if w.startswith(_AL))
    mod_all = f"{mod_past}|{mod_next}|{mod_this}"
    mod_wd = f"{mod_past}|{mod_next}"
    day_ord = _alt(lex.day_ordinal)
    nth = _alt(lex.nth)
    nth_al = _alt(w for w in lex.nth if w.startswith(_AL))
    month_words = _alt(w for w, v in lex.cardinal.items() if v <= 12)
    month_ord = _alt(w for w, v in lex.day_ordinal.items() if v <= 12 and w.startswith(_AL))
    cardinal = _alt(lex.cardinal)
    yesterday = _alt(_words_of(lex, "yesterday"))
    tomorrow = _alt(_words_of(lex, "tomorrow"))
    today = _alt(_words_of(lex, "today"))
    part = _alt(_words_of(lex, "mid", "start", "early", "late"))
    units = _alt(w for w in lex.unit if not w.startswith(_AL))
    of = rf"(?:(?:{_MIN}|{_FI})\s+|{_B})"
    dayparts = rf"(?:(?:{_alt(_DAYPARTS)})\s+)?"
    # «غدا السبت»، «أمس (الاثنين)»: an apposed weekday only names the same day
    apposed_wd = rf"(?:\s*[,\u060c]?\s*\(?\s*(?:{_YAWM}\s+)?{wd_al}(?!\w)\)?)?"

    def mr(p: str) -> str:
        return _monref(p, lex, mon, month_words, mod_all, month_ord, mod_wd, mod_this)

    alts = {
        # 15/3/2024, 2024-03-15; 2/2013
        # (الأحد) 10/3/2024، 2024-03-10، 2/2013
        "num": rf"(?:(?:{_YAWM}\s+)?{wd_al}\s*[,\u060c]?\s+(?:{_MUWAFIQ}\s+)?)?"
        r"(?:(?P<num_a>\d{1,4})(?P<num_s>[/\-.])(?P<num_b>\d{1,2})(?P=num_s)(?P<num_c>\d{1,4})(?!\d)"
        r"|(?P<num_m>\d{1,2})/(?P<num_y>(?:19|20)\d\d)(?!\d))",
        # ثالث ثلاثاء من شهر أيلول 2014، آخر اثنين من الشهر القادم
        "nthwd": rf"(?P<nthwd_n>{nth})\s+(?:{_YAWM}\s+)?(?P<nthwd_wd>{wd_any})\s+{of}{mr('nthwd_')}{_yearref('nthwd_', mod_all)}",
        # الثلاثاء الأولى من أكتوبر، الاثنين الأخير من شهر ثلاثة
        "wdnth": rf"(?P<wdnth_wd>{wd_al})\s+(?P<wdnth_n>{nth_al})\s+{of}{mr('wdnth_')}{_yearref('wdnth_', mod_all)}",
        # أول أسبوع بشهر أكتوبر 2014، الأسبوع الأخير في الشهر التاسع سنة 2014
        "nthweek": rf"(?:(?P<nthweek_n>{nth})\s+{_ASBU}|{_AL}{_ASBU}\s+(?P<nthweek_n2>{nth_al}))\s+{of}{mr('nthweek_')}{_yearref('nthweek_', mod_all)}",
        # آخر يوم بشهر عشرة، اليوم الأخير من شهر عشرة سنة 2015
        "lastday": rf"(?:(?P<lastday_a>{nth})\s+{_YAWM}|{_AL}{_YAWM}\s+(?P<lastday_b>{nth_al}))\s+{of}{mr('lastday_')}{_yearref('lastday_', mod_all)}",
        # (يوم) الاثنين (الموافق) 18 شباط 2013، الرابع من أبريل، اليوم الثالث من شهر عشرة
        "dom": rf"{dayparts}(?:(?:{_YAWM}\s+)?(?P<dom_wd>{wd_al})\s*[,\u060c]?\s+(?:(?:{_MUWAFIQ}|{_FI})\s+)?)?(?:{_FI}\s+)?"
        rf"(?:(?:{_AL})?{_YAWM}\s+)?(?:(?:{_AL}\s*)?(?P<dom_d>[0-3]?\d)|(?P<dom_o>{day_ord}))(?!\w)(?:\s+{_YAWM})?\s+{of}?"
        rf"{mr('dom_')}{_yearref('dom_', mod_all)}",
        # منتصف آذار، بداية شهر 3، مطلع العام الماضي، أواخر 2014
        "part": rf"(?:{_FI}\s+)?(?P<part_k>{part})\s+(?:{mr('part_')}{_yearref('part_', mod_all)}"
        rf"|(?:{_AL})?(?:{_AAM}|{_SANA})\s+(?P<part_yrel>{mod_all})|(?:(?:{_AL})?(?:{_AAM}|{_SANA})\s+)?(?P<part_yr>(?:19|20)\d\d)(?!\d)"
        # «منتصف الشهر»، «مطلع العام»: the current one
        rf"|(?P<part_mbare>{_AL}{_SHAHR})(?!\w)|(?P<part_ybare>{_AL}(?:{_AAM}|{_SANA}))(?!\w))",
        # أحد الأسبوع الماضي، الاثنين من هذا الأسبوع
        "wdweek": rf"(?P<wdweek_wd>{wd_any})\s+(?:{_MIN}\s+)?(?:(?P<wdweek_this>{_HADHA})\s+{_AL}{_ASBU}|{_AL}{_ASBU}\s+(?P<wdweek_mod>{mod_all}))(?!\w)",
        # يوم الأحد، الثلاثاء المقبل، السبت السادس عشر
        "wd": rf"{dayparts}(?:(?:{_YAWM}|{_HADHA})\s+)?(?P<wd_wd>{wd_al})(?!\w)(?:\s+(?P<wd_mod>{mod_wd})(?!\w))?(?:\s+(?P<wd_o>{day_ord})(?!\w))?",
        # الأسبوع الماضي، هذا الأسبوع
        "week": rf"(?:(?P<week_this>{_HADHA})\s+{_AL}{_ASBU}|{_AL}{_ASBU}\s+(?:(?P<week_b>{_QABL})\s+)?(?P<week_mod>{mod_all}))(?!\w)",
        "monthrel": rf"(?:(?P<monthrel_this>{_HADHA})\s+{_AL}{_SHAHR}|{_AL}{_SHAHR}\s+(?:(?P<monthrel_b>{_QABL})\s+)?(?P<monthrel_mod>{mod_all}))(?!\w)",
        # منذ عام 2014، عام 2013، في 2014
        "year": rf"(?:(?:{_MUNDH}|{_FI})\s+)?(?:[{_B}{_L}]?(?:{_AL})?(?:{_AAM}|{_SANA})\s+)(?P<year_y>(?:19|20)\d\d)(?!\d)"
        rf"|{_MUNDH}\s+(?P<year_y2>(?:19|20)\d\d)(?!\d)",
        "yearrel": rf"(?:(?P<yearrel_this>{_HADHA}|{_HADHIH})\s+(?:{_AL})(?:{_AAM}|{_SANA})|(?:{_AL})(?:{_AAM}|{_SANA})\s+(?:(?P<yearrel_b>{_QABL})\s+)?(?P<yearrel_mod>{mod_all}))(?!\w)",
        # قبل ثلاثة أيام، منذ يومين، من أسبوع، بعد 3 أسابيع
        # («بعد يومين» counts from the event told, not from publication: left out)
        "ago": rf"(?P<ago_dir>{_QABL}|{_MUNDH}|{_MIN})\s+(?:(?P<ago_n>\d{{1,3}}|{cardinal}(?:\s+{_WA}\s*{cardinal})?)\s+)?(?P<ago_u>{units})(?!\w)",
        # (يوم) قبل أمس، اليوم الذي بعد الغد، أول من أمس
        "rel2": rf"(?:{dayparts}(?:(?:{_AL})?{_YAWM}\s+(?:(?:{_ALLATHI})\s+)?)?(?:{_AL})?(?P<rel2_dir>{_QABL}|{_BAD})\s+(?:{_AL})?(?:(?P<rel2_y>{yesterday})|{tomorrow})(?!\w)"
        rf"|{dayparts}{_AWWAL}\s+(?:{_MIN}\s+)?(?P<rel2_y2>{_AMS})(?!\w)"
        rf"|(?P<rel2_night>(?:{_AL})?{_LAYLA})\s+(?:(?P<rel2_nb>{_QABL})\s+)?(?:{mod_past})(?!\w)){apposed_wd}",
        # (مساء) أمس، غدا، (في هذا) اليوم، اليوم الماضي
        "rel": rf"(?:{dayparts}(?:{_YAWM}\s+)?(?P<rel_y>{yesterday})(?!\w)(?:\s+(?P<rel_first>{_AL}{_AWWAL})(?!\w))?"
        rf"|{dayparts}(?:{_YAWM}\s+)?(?P<rel_t>{tomorrow})(?!\w)"
        rf"|{dayparts}(?:{_FI}\s+)?(?:{_HADHA}\s+)?(?P<rel_today>{today})(?!\w)(?:\s+(?P<rel_mod>{mod_past})(?!\w))?)"
        # «غدا السبت»، «اليوم الأحد»: the weekday only names the same day
        rf"{apposed_wd}",
        # يونيو (حزيران) الماضي، شهر آذار 2014، أيلول
        "month": rf"(?:(?P<month_shahr>{_SHAHR}|{_FI})\s+)?(?P<month_mon>{mon})(?:\s*\(\s*(?P<month_mon2>{mon})\s*\)|\s*/\s*(?P<month_mon3>{mon}))?(?!\w)"
        rf"(?:\s+(?P<month_mod>{mod_wd})(?!\w))?{_yearref('month_', mod_all)}",
    }
    pattern = re.compile("|".join(f"(?P<{k}>{v})" for k, v in alts.items()))
    # «15/3/2024»، «2/2013» (``num``), or a day, a space, maybe «يوم» and «من/في/ب», and the
    # first word of a month (``dom``: «15 آذار»، «3 من الشهر الجاري»): most digits in news
    # are counts («قتل 30 شخصا»), and this short match spares them the whole alternation
    digit_date = re.compile(
        rf"\d{{1,4}}[/\-.]\d|[0-3]?\d(?!\w)(?:\s+{_YAWM})?\s+{of}?(?:{_SHAHR}|{_AL}{_SHAHR}|{_HADHA}|{mon}|{mod_this})"
    )
    openers = {_AL, _MIN, _FI, _QABL, _BAD, _MUNDH, _HADHA, _HADHIH, _YAWM, _AL + _YAWM, _MUWAFIQ, _AWWAL, _SHAHR}
    openers |= set(_ALLATHI.split("|")) | {_AL + _QABL, _AL + _BAD} | set(_DAYPARTS)
    openers |= set(lex.nth) | set(lex.weekday) | set(lex.cardinal)
    openers |= {p for w in lex.day_ordinal for p in w.split()}
    openers |= {w for w, r in lex.role.items() if r in ("mid", "start", "early", "late")}
    by_first = _dispatch(alts, lex)
    return _Compiled(pattern, by_first, digit_date, frozenset(openers), tuple(alts), frozenset(lex.weekday),
                     frozenset(_words_of(lex, "name_before")))


def _dispatch(alts: dict[str, str], lex: _Lex) -> dict[str, re.Pattern[str] | None]:
    """First word -> a pattern of only the alternatives that can begin with it.

    Trying all seventeen alternatives costs ~5 µs a start; most starts («أمس»، «الأسبوع»)
    can open two or three of them. The table mirrors the alternatives' first tokens: every
    alternative opens with a digit or with a word of this table followed by no letter (a
    space, «،», «(», a digit after «ال», the end), so what it can match at a start is decided
    by the start's run of letters (:data:`_FIRST_WORD`), and a run the table does not know
    («و» of «و4000»، «أسابيع» after a number, the «(» before a weekday) opens no date.
    """
    first: dict[str, set[str]] = {}

    def allow(names: set[str], words: object) -> None:
        for w in words:  # type: ignore[attr-defined]
            first.setdefault(w.split()[0], set()).update(names)  # «كانون الثاني»: its first word

    wd_al = [w for w in lex.weekday if w.startswith(_AL)]
    years = [c + a + w for w in (_AAM, _SANA) for a in ("", _AL) for c in ("", _B, _L)]
    allow({"num", "dom"}, ["#", _AL])
    allow({"nthwd", "nthweek", "lastday"}, lex.nth)
    allow({"wdnth", "dom", "wd", "wdweek", "num"}, wd_al)
    allow({"wdweek"}, lex.weekday)
    allow({"nthweek", "week"}, [_AL + _ASBU])
    allow({"lastday", "dom", "rel2", "rel"}, [_AL + _YAWM])
    allow({"dom", "wd", "rel2", "rel", "num"}, [_YAWM])
    allow({"dom", "part", "year", "rel", "month"}, [_FI])
    allow({"dom"}, {w.split()[0] for w in lex.day_ordinal})
    allow({"part"}, _words_of(lex, "mid", "start", "early", "late"))
    allow({"wd", "week", "monthrel", "yearrel", "rel"}, [_HADHA])
    allow({"yearrel"}, [_HADHIH, _AL + _AAM, _AL + _SANA])
    allow({"monthrel"}, [_AL + _SHAHR])
    allow({"year", "ago"}, [_MUNDH])
    allow({"year"}, years)
    allow({"ago"}, [_QABL, _MIN])
    allow({"rel2"}, [_QABL, _BAD, _AL + _QABL, _AL + _BAD, _AWWAL, _LAYLA, _AL + _LAYLA])
    allow({"rel2", "rel", "dom", "wd"}, _DAYPARTS)
    allow({"rel"}, _words_of(lex, "yesterday", "tomorrow", "today"))
    allow({"month"}, [_SHAHR] + [w.split()[0] for w in lex.month])
    return _LazyPatterns({w: frozenset(n) for w, n in first.items()}, alts)


class _LazyPatterns(dict[str, "re.Pattern[str] | None"]):
    """First word -> pattern, compiled on first use: start-up compiles only what text needs.

    Read with ``table[word]``: a word seen before is a plain C-level dict hit; a word the
    dispatch does not know gets None (no alternative opens with it: see :func:`_dispatch`),
    remembered too, so the table holds at most the distinct first words met (bounded:
    cleared past 8,192).
    """

    def __init__(self, names: dict[str, frozenset[str]], alts: dict[str, str]) -> None:
        super().__init__()
        self._names = names
        self._alts = alts
        self._by_set: dict[frozenset[str], re.Pattern[str]] = {}

    def __missing__(self, word: str) -> re.Pattern[str] | None:
        key = self._names.get(word)
        pat = None
        if key is not None:
            pat = self._by_set.get(key)
            if pat is None:
                pat = re.compile("|".join(f"(?P<{k}>{v})" for k, v in self._alts.items() if k in key))
                self._by_set[key] = pat
        if len(self) >= 8192:
            self.clear()
        self[word] = pat
        return pat


# the run of letters a start opens with: what :func:`_dispatch` keys the alternatives by
_FIRST_WORD: Final = re.compile(r"[^\W\d_]+")




def find_dates(text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """All date expressions in ``text``, resolved against ``published``.

    >>> [(d.text, d.date, d.precision) for d in find_dates("قتل أول من أمس", dt.date(2024, 3, 15))]
    [('أول من أمس', datetime.date(2024, 3, 13), 'day')]
    """
    return dates_in(normalize(text, Profile.CAREFUL), published, future=future)


def dates_in(norm: Normalized, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """:func:`find_dates` on an already normalised (CAREFUL) text, e.g. ``doc.careful``."""
    c = _compiled()
    t = norm.text
    out: list[DateMention] = []
    done = -1
    by_first, first_word, digit_date = c.by_first, _FIRST_WORD.match, c.digit_date.match
    for a in scan(t)[1]:
        if a < done:
            continue
        m = None
        # no opener can stand before ``a`` unless a space does (most anchors: no walk back)
        starts = _openers_before(t, a, c) if a and t[a - 1] == " " else [a]
        if t[a] in _PROCLITICS:  # «والثلاثاء»، «وبالأمس»: try after the proclitics too
            starts += [a + 1, a + 2] if t[a + 1:a + 2] in _PROCLITICS else [a + 1]
        for s in starts:
            if t[s:s + 1].isdigit():
                if digit_date(t, s) is None:
                    continue  # «قتل 300 شخص»: neither a numeric date nor a day of a month
                key = "#"  # a word that opens with a digit (half the anchors): no regex for it
            else:
                # the run of letters at ``s`` (``_FIRST_WORD``), read without a regex call when
                # the word up to the next space is letters and trailing punctuation (most are)
                e = t.find(" ", s)
                key = t[s:e] if e >= 0 else t[s:]
                if not key.isalpha():
                    key = key.rstrip(WORD_TRAIL)
                    if not key.isalpha():
                        w = first_word(t, s)
                        key = w.group() if w else ""
            pat = by_first[key]
            if pat is None:
                continue  # «و» of «و4000»، «أسابيع» after a count: no date opens with it
            m = pat.match(t, s)
            if m is not None and m.end() > a:
                break
            m = None
        if m is None:
            continue
        if not _plausible(t, m, c):
            continue
        res = _resolve(m, published, future)
        if res is None:
            continue
        date, precision = res
        s, e = m.span()
        while e > s and t[e - 1].isspace():
            e -= 1
        rs, re_ = norm.raw_span(s, e)
        out.append(DateMention(rs, re_, norm.raw[rs:re_], date, precision))
        done = m.end()
    return out


_PROCLITICS: Final = frozenset("\u0648\u0641\u0628\u0644")  # و ف ب ل
_SAME: Final = frozenset({"\u0630\u0627\u062a\u0647", "\u0646\u0641\u0633\u0647",
                          "\u0630\u0627\u062a\u0647\u0627", "\u0646\u0641\u0633\u0647\u0627"})  # ذاته نفسه ذاتها نفسها


_MARKET: Final = frozenset({"\u0633\u0648\u0642", "\u0648\u0633\u0648\u0642", "\u0628\u0633\u0648\u0642"})  # سوق وسوق بسوق


def _plausible(text: str, m: re.Match[str], c: _Compiled) -> bool:
    """Context vetoes a pattern cannot express cheaply.

    «اليوم التالي»، «اليوم العالمي»: «اليوم» followed by an adjective is «the day», not
    today; nor is «اليوم ذاته» (the day the text just told: the events stage carries it).
    «قوى 14 آذار»، «شارع 6 أكتوبر»: a day and month after such a word is a name.
    """
    if m.lastgroup == "rel" and m["rel_today"] and not m["rel_mod"]:
        nxt = text[m.end():m.end() + 16].split()[:1]
        if nxt and ((nxt[0].startswith(_AL) and nxt[0] not in c.weekdays) or nxt[0].rstrip(".,\u060c\u061b") in _SAME):
            return False  # «اليوم ذاته»، «اليوم نفسه»: the day just told, not today
    if m.lastgroup == "wd" and m.start() == m.start("wd_wd"):
        prev = text[max(0, m.start() - 8):m.start()].split()[-1:]
        if prev and prev[0] in _MARKET:
            return False  # «سوق الجمعة»، «سوق الخميس»: a market town or district named for its day
    if m.lastgroup == "dom" and not m["dom_wd"]:
        prev = text[max(0, m.start() - 16):m.start()].split()[-1:]
        if prev and prev[0].strip('"(') in c.name_before:
            return False
    return True


def _openers_before(text: str, pos: int, c: _Compiled, limit: int = 6) -> list[int]:
    """Start offsets to try, earliest first: ``pos`` and the opener words right before it."""
    if pos == 0 or text[pos - 1] != " ":
        return [pos]
    lo = max(0, pos - 72)
    starts = [pos]
    end = pos - 1  # the words are read back from here, within ``text[lo:end]``
    taken = 0
    openers = c.openers
    while taken < limit and end > lo:
        k = text.rfind(" ", lo, end)
        if k == end - 1:  # two spaces
            end = k
            continue
        if k < 0 and lo > 0:
            break  # a word cut by the window
        word = text[k + 1:end]
        if "\n" in word:
            break  # a paragraph break
        bare = word.rstrip(",\u060c")
        at = k + 1
        if bare[:1] in _CONJ and bare[1:] in openers:
            bare = bare[1:]
            at += 1
        if not (bare in openers or bare.isdigit()):
            break
        starts.append(at)
        taken += 1
        end = k
    starts.reverse()
    return starts


_CONJ: Final = frozenset("\u0648\u0641")  # و ف


def _resolve(m: re.Match[str], ref: dt.date | None, future: bool) -> tuple[dt.date | None, str] | None:
    """(date, precision) of match ``m``; None when the match is not a date after all."""
    kind = m.lastgroup  # the alternative's own group closes last
    if kind not in _RESOLVERS:
        return None
    return _RESOLVERS[kind](m, _lex(), ref, future)


# ---------------------------------------------------------------- resolution helpers

def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _mod_sign(word: str | None, lex: _Lex) -> int | None:
    if word is None:
        return None
    role = lex.role.get(word)
    return {"past": -1, "next": 1, "this": 0}.get(role or "")


def _month_of(g: re.Match[str], p: str, lex: _Lex, ref: dt.date | None, future: bool) -> tuple[int | None, int] | None:
    """(year or None, month) of a month reference with prefix ``p``; year None = to infer."""
    year: int | None = None
    if g[p + "year"]:
        year = int(g[p + "year"])  # type: ignore[arg-type]
    elif g[p + "ymod"]:
        sign = _mod_sign(g[p + "ymod"], lex)
        if ref is None or sign is None:
            return None
        year = ref.year + sign
    if g[p + "mon"]:
        month = lex.month[" ".join(g[p + "mon"].split())]  # type: ignore[union-attr]
    elif g[p + "mnum"]:
        v = g[p + "mnum"]
        month = int(v) if v.isdigit() else lex.cardinal[" ".join(v.split())]  # type: ignore[union-attr]
    elif g[p + "mord"]:
        month = lex.day_ordinal[" ".join(g[p + "mord"].split())]  # type: ignore[union-attr]
    else:
        sign = 0 if g[p + "mthis"] or g[p + "mcur"] else _mod_sign(g[p + "mmod"], lex)
        if ref is None or sign is None:
            return None
        y, month = _add_months(ref.year, ref.month, sign)
        year = year if year is not None else y
    if not 1 <= month <= 12:
        return None
    return year, month


def _infer_year(month: int, ref: dt.date, future: bool, sign: int | None = None) -> int:
    """The year of a month named without one: latest on or before ``ref`` (news), next with
    ``future`` or «المقبل», strictly before with «الماضي»."""
    if sign == 1:
        return ref.year if month > ref.month else ref.year + 1
    if future and sign is None:
        return ref.year if month >= ref.month else ref.year + 1
    if sign == -1:
        return ref.year if month < ref.month else ref.year - 1
    return ref.year if month <= ref.month else ref.year - 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


Resolved = tuple[dt.date | None, str] | None


def _r_num(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    if g["num_m"]:
        mo, y = int(g["num_m"]), int(g["num_y"])
        return (dt.date(y, mo, 1), "month") if 1 <= mo <= 12 else None
    a, b, c = g["num_a"], g["num_b"], g["num_c"]
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) in (2, 4):
        d, mo, y = int(a), int(b), int(c)
        if len(c) == 2:
            y += 2000 if y < 50 else 1900
    else:
        return None
    date = _safe_date(y, mo, d)
    return (date, "day") if date and 1900 <= y <= 2100 else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    last = calendar.monthrange(year, month)[1]
    if n == -1:
        d = dt.date(year, month, last)
        return d - dt.timedelta(days=(d.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def _month_year(g: re.Match[str], p: str, lex: _Lex, ref: dt.date | None, future: bool, day: int = 0) -> tuple[int, int] | None:
    ym = _month_of(g, p, lex, ref, future)
    if ym is None:
        return None
    year, month = ym
    if year is None:
        if ref is None:
            return None
        sign = _mod_sign(g[p + "nmod"], lex)
        if day and sign:
            # «11 مارس الماضي» published on 15 March: this March; on 5 March: last year's
            later = (month, day) > (ref.month, ref.day)
            year = ref.year - (sign == -1 and later) + (sign == 1 and not later)
        else:
            year = _infer_year(month, ref, future, sign)
    return year, month


def _r_nthwd(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    ym = _month_year(g, "nthwd_", lex, ref, future)
    n = lex.nth[g["nthwd_n"]]
    wd = lex.weekday[g["nthwd_wd"]]
    return (_nth_weekday(*ym, wd, n), "day") if ym else (None, "day")


def _r_wdnth(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    ym = _month_year(g, "wdnth_", lex, ref, future)
    n = lex.nth[g["wdnth_n"]]
    wd = lex.weekday[g["wdnth_wd"]]
    return (_nth_weekday(*ym, wd, n), "day") if ym else (None, "day")


def _r_nthweek(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    ym = _month_year(g, "nthweek_", lex, ref, future)
    if ym is None:
        return None, "week"
    n = lex.nth[g["nthweek_n"] or g["nthweek_n2"]]
    year, month = ym
    if n == -1:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        monday = _monday(last)
        if monday + dt.timedelta(days=6) > last:
            monday -= dt.timedelta(days=7)  # the last week that lies wholly in the month
        return monday, "week"
    first = dt.date(year, month, 1)
    monday = first + dt.timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
    return (monday, "week") if monday.month == month else None


def _r_lastday(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    n = lex.nth[g["lastday_a"] or g["lastday_b"]]
    ym = _month_year(g, "lastday_", lex, ref, future)
    if ym is None:
        return None, "day"
    year, month = ym
    day = calendar.monthrange(year, month)[1] if n == -1 else n
    return _safe_date(year, month, day), "day"


def _r_dom(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    day = int(g["dom_d"]) if g["dom_d"] else lex.day_ordinal[" ".join(g["dom_o"].split())]
    if not 1 <= day <= 31:
        return None
    ym = _month_year(g, "dom_", lex, ref, future, day)
    if ym is None:
        return None, "day"
    return _safe_date(ym[0], ym[1], day), "day"


def _r_part(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    role = lex.role[g["part_k"]]
    if g["part_yr"] or g["part_yrel"] or g["part_ybare"]:
        if g["part_yr"]:
            year = int(g["part_yr"])
        else:
            sign = 0 if g["part_ybare"] else _mod_sign(g["part_yrel"], lex)
            if ref is None or sign is None:
                return None, "year"
            year = ref.year + sign
        return dt.date(year, 1, 1), "year"
    if g["part_mbare"]:
        ym = (ref.year, ref.month) if ref else None
    else:
        ym = _month_year(g, "part_", lex, ref, future)
    if ym is None:
        return None, "day" if role in ("mid", "start") else "month"
    if role == "mid":
        return dt.date(ym[0], ym[1], 15), "day"
    if role == "start":
        return dt.date(ym[0], ym[1], 1), "day"
    return dt.date(ym[0], ym[1], 1), "month"  # مطلع / أواخر: the month, no finer


def _r_wdweek(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    sign = 0 if g["wdweek_this"] else _mod_sign(g["wdweek_mod"], lex)
    if sign is None:
        return None
    if ref is None:
        return None, "day"
    return _monday(ref) + dt.timedelta(days=7 * sign + lex.weekday[g["wdweek_wd"]]), "day"


def _r_wd(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    if ref is None:
        return None, "day"
    wd = lex.weekday[g["wd_wd"]]
    if g["wd_o"]:
        day = lex.day_ordinal[" ".join(g["wd_o"].split())]
        y, mo = ref.year, ref.month
        if future and day < ref.day:
            y, mo = _add_months(y, mo, 1)
        elif not future and day > ref.day:
            y, mo = _add_months(y, mo, -1)
        return _safe_date(y, mo, day), "day"
    sign = _mod_sign(g["wd_mod"], lex)
    if sign == 1 or (sign is None and future):
        delta = (wd - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=delta), "day"
    back = (ref.weekday() - wd) % 7
    if sign == -1 and back == 0:
        back = 7
    return ref - dt.timedelta(days=back), "day"


def _before_last(sign: int | None, before: str | None) -> int | None:
    """«الأسبوع قبل الماضي»: the one before the last one."""
    if before is None or sign is None:
        return sign
    return -2 if sign == -1 else None


def _r_week(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    sign = 0 if g["week_this"] else _before_last(_mod_sign(g["week_mod"], lex), g["week_b"])
    if sign is None:
        return None
    return (_monday(ref) + dt.timedelta(days=7 * sign) if ref else None), "week"


def _r_monthrel(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    sign = 0 if g["monthrel_this"] else _before_last(_mod_sign(g["monthrel_mod"], lex), g["monthrel_b"])
    if sign is None:
        return None
    if ref is None:
        return None, "month"
    y, mo = _add_months(ref.year, ref.month, sign)
    return dt.date(y, mo, 1), "month"


def _r_year(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    return dt.date(int(g["year_y"] or g["year_y2"]), 1, 1), "year"


def _r_yearrel(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    sign = 0 if g["yearrel_this"] else _before_last(_mod_sign(g["yearrel_mod"], lex), g["yearrel_b"])
    if sign is None:
        return None
    return (dt.date(ref.year + sign, 1, 1) if ref else None), "year"


def _r_ago(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    unit, form = lex.unit[g["ago_u"]]
    direction = g["ago_dir"]
    n_text = g["ago_n"]
    if n_text:
        if form != "n" and not (form == "1" and n_text.isdigit()):
            return None  # «قبل ثلاثة يوم» is not Arabic; «قبل 10 يوم» (colloquial) is
        n = int(n_text) if n_text.isdigit() else _cardinal_value(n_text, lex)
    elif form == "n":
        return None  # «منذ أشهر»: how many is not said
    else:
        n = int(form)
    if direction == _MIN and not (unit == "week" or (unit == "day" and n == 2)) or n <= 0:
        return None  # «من شهر رمضان» is not «a month ago»
    sign = 1 if direction == _BAD else -1
    if ref is None:
        return None, "year" if unit == "year" else "month" if unit == "month" else "day"
    if unit == "day":
        return ref + dt.timedelta(days=sign * n), "day"
    if unit == "week":
        return ref + dt.timedelta(days=7 * sign * n), "day"
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, sign * n)
        return dt.date(y, mo, 1), "month"
    return dt.date(ref.year + sign * n, 1, 1), "year"


def _cardinal_value(text: str, lex: _Lex) -> int:
    """«خمسة وعشرين» -> 25 (units before tens, joined by و)."""
    whole = lex.cardinal.get(" ".join(text.split()))
    if whole is not None:
        return whole  # «ثلاثة عشر»
    parts = [p.removeprefix(_WA) for p in text.split()]
    return sum(lex.cardinal.get(p, 0) for p in parts if p)


def _r_rel2(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    if g["rel2_night"]:
        k = -2 if g["rel2_nb"] else -1  # «الليلة (قبل) الماضية»
    elif g["rel2_y2"]:
        k = -2
    else:
        k = -2 if g["rel2_dir"] == _QABL else 2
        if (g["rel2_dir"] == _QABL) != bool(g["rel2_y"]):
            return None  # «قبل غد», «بعد أمس»: not an expression
    return (ref + dt.timedelta(days=k) if ref else None), "day"


def _r_rel(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    if g["rel_y"]:
        k = -2 if g["rel_first"] else -1  # «أمس الأول» is the day before yesterday
    else:
        k = 1 if g["rel_t"] else (-1 if g["rel_mod"] else 0)
    return (ref + dt.timedelta(days=k) if ref else None), "day"


def _r_month(g: re.Match[str], lex: _Lex, ref: dt.date | None, future: bool) -> Resolved:
    name = " ".join(g["month_mon"].split())
    sign = _mod_sign(g["month_mod"], lex)
    has_year = bool(g["month_year"] or g["month_ymod"])
    if name in lex.ambiguous_month and not (g["month_shahr"] or g["month_mon2"] or g["month_mon3"] or sign is not None or has_year):
        return None  # «مارس الضغط»: a verb, not March; «في آذار» is the month
    month = lex.month[name]
    if g["month_year"]:
        return dt.date(int(g["month_year"]), month, 1), "month"
    if ref is None:
        return None, "month"
    if g["month_ymod"]:
        ysign = _mod_sign(g["month_ymod"], lex)
        return (dt.date(ref.year + ysign, month, 1) if ysign is not None else None), "month"
    return dt.date(_infer_year(month, ref, future, sign), month, 1), "month"


_RESOLVERS: Final = {
    "num": _r_num, "nthwd": _r_nthwd, "wdnth": _r_wdnth, "nthweek": _r_nthweek,
    "lastday": _r_lastday, "dom": _r_dom, "part": _r_part, "wdweek": _r_wdweek, "wd": _r_wd,
    "week": _r_week, "monthrel": _r_monthrel, "year": _r_year, "yearrel": _r_yearrel,
    "ago": _r_ago, "rel2": _r_rel2, "rel": _r_rel, "month": _r_month,
}
