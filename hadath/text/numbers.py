"""Quantities in Arabic news text: «قتل 12 شخصا وأصيب نحو عشرين آخرين».

:func:`find_numbers` reads digits in both scripts (thousands separators «,» «٬», decimals
«.» «٫», fractions «٧٧/١٠٠»), number words (masculine and feminine, teens, tens, hundreds,
duals, scales, Egyptian/Levantine colloquial forms, attached proclitics: «بأربعة»), vague
quantities («عشرات»، «مئات الآلاف»، «بضعة»), approximators («نحو»، «قرابة»), bounds («أكثر
من» -> ``bound="at_least"``), ranges («بين 300 و400») and percentages («90 في المائة»).

How: one compiled regex over the CAREFUL-normalised text finds *chains* of number tokens
(digits and number words joined by spaces, «و» or «فاصلة») and, first, date-like stretches
to skip («عام 2014»، «15/3/2024»، «الساعة 3»). Each chain is split into numbers by a small
grammar (:func:`_groups`): «خمسمائة و خمسة و عشرون» is one number, «300 و400» two. The
words around a number (approximators, bounds, range words, percent) are read from the text
just before and after it. Every span maps back to the raw text; a span never includes an
attached preposition or conjunction («ب» of «بأربعة»), but does include the article
(«الثلاثة») and the approximator or bound words («نحو عشرين»).

Conventions: a bound keeps the figure in ``low == high`` and says which side in ``bound``
(«أكثر من 50» -> 50, ``"at_least"``); «50 شخصا على الأقل» sets the bound but the span stays
on «50». Vague counts are ranges flagged ``vague`` and ``approximate``: «عشرات» 10-99,
«مئات» 100-999, «آلاف» 1,000-9,999, «بضعة» 3-9, «عشرات الآلاف» 10,000-99,999; the events
stage applies ACLED's conservative figure. Years, dates, times and «قبل ثلاثة أيام» are
skipped (they are dates, not quantities).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, NamedTuple

from hadath.doc import NumberMention
from hadath.text.chars import ARABIC_DECIMAL_SEP, ARABIC_THOUSANDS_SEP, OPENING_QUOTES, WORD_TRAIL
from hadath.text.normalize import Normalized, Profile, normalize
from hadath.text.numwords import (
    NumberWord,
    date_words,
    months,
    number_context,
    number_words,
    ordinals,
    scan,
    trie_pattern,
)

# CAREFUL keeps these apart from "." and ",": decimal and thousands separators.
_DEC: Final = ARABIC_DECIMAL_SEP  # ٫
_THOU: Final = ARABIC_THOUSANDS_SEP  # ٬
_WS: Final = r"\s+"


@dataclass(frozen=True, slots=True)
class _Compiled:
    master: re.Pattern[str]
    master_word: re.Pattern[str]  # ``master`` for a candidate that opens with no digit
    token: re.Pattern[str]
    post: re.Pattern[str]
    post_any: re.Pattern[str]  # ``post``, else the bound or approximator after the counted noun
    # what :func:`_post` checks before ``post_any``, by first letter: the first words of the
    # phrases the word after a number may open (percent, bound, approximator), and of those
    # the word after the next may open (a bound or approximator after the counted noun)
    post_first: dict[str, tuple[str, ...]]
    noun_next_first: dict[str, tuple[str, ...]]
    words: dict[str, NumberWord]
    pre: dict[str, str]  # folded phrase -> role (approx_pre, at_least_pre, at_most_pre, range_start)
    pre_max_words: int
    pre_last: frozenset[str]  # last words of those phrases
    pre_first: dict[int, frozenset[str]]  # word count -> first words of the phrases that long
    pre_ends: dict[int, frozenset[str]]  # word count -> last words of the phrases that long
    range_sep: frozenset[str]
    range_sep_max: int  # the longest range word: a longer gap is none, and is never hashed
    ordinal_words: frozenset[str]
    # what :func:`_plain_item` reads: a whole word that is one number with its proclitics
    # («ثلاثه»، «والاف»), the words that may continue a chain after a word or a digit
    # (or open a skip after a digit), and the month names a skip may open with
    one_word: frozenset[str]
    cont_word: frozenset[str]
    cont_digit: frozenset[str]
    month_firsts: dict[str, tuple[str, ...]]  # first letter -> the first words of month names with it


def _alt(words: list[str]) -> str:
    return trie_pattern(sorted(set(words)))


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    words = number_words()
    ctx = number_context()
    month_names, _ambiguous = months()
    word_alt = _alt(list(words))
    # proclitics: conjunction و/ف, preposition ب/ل/ك, article ال (لل = ل + ال)
    # و ف, then ب ل (not ك: «كمية» is not ك + مية), then ال / لل
    clitic = r"(?:[\u0648\u0641]?(?:\u0628?\u0627\u0644|\u0644\u0644|[\u0628\u0644])|[\u0648\u0641])?"
    digits = (
        rf"\d+/\d+(?![/\d])"
        rf"|\d+(?:[,{_THOU}]\d{{3}})+(?:[.{_DEC}]\d+)?(?![\d,{_THOU}])"
        rf"|\d+(?:[.{_DEC}]\d+)?|[.{_DEC}]\d+"
    )
    item = rf"(?:[\u0648\u0628\u0644\u0641]?(?:{digits})(?![\w])|{clitic}(?:{word_alt})(?!\w))"
    decimal_words = _alt(list(ctx.get("decimal", {})))
    join = rf"(?:\s+(?:(?:\u0648|{decimal_words})\s+)?|\s*\u0648\s*(?=\d))"
    chain = rf"(?<![\w.,{_DEC}{_THOU}/])(?<![A-Za-z]-){item}(?:{join}{item})*"

    month = _alt(list(month_names))
    year = r"(?:19|20)\d{2}(?!\d)"
    # one fixed-width lookbehind per word (a month name may hold a space: «كانون الثاني»)
    year_before = "|".join(rf"(?<={re.escape(w)}\s)" for w in sorted(set(_YEAR_BEFORE) | set(month_names) | {")"}))
    this_words = _alt([w for w, _ in date_words().get("this", []) if w.startswith("\u0627\u0644")])  # الجاري ...
    ago_before = r"(?<=\u0642\u0628\u0644\s)|(?<=\u0645\u0646\u0630\s)"  # قبل، منذ
    time_units = _alt([w for r, items in date_words().items() if r.startswith("unit_") for w, _ in items if not w.startswith("\u0627\u0644")])
    hour_before = "|".join(rf"(?<={w}\s)" for w in _HOUR_BEFORE)
    ago = (  # «قبل ثلاثة أيام»، «منذ 30 عاما»: a time ago is a date, not a quantity
        rf"(?:{ago_before})(?:\d{{1,4}}|{clitic}(?:{word_alt})(?:\s+(?:\u0648\s*)?(?:{word_alt}))*)\s+(?:{time_units})(?!\w)"
    )
    skip = "|".join(
        [
            # 15/3/2024, 2024-03-15, 1.5.2014
            r"\d{1,4}(?P<dsep>[/\-.])\d{1,2}(?P=dsep)\d{1,4}(?!\d)",
            rf"\d{{1,2}}/{year}",  # 2/2013
            r"\d{1,2}:\d{2}(?::\d{2})?",  # 14:30
            # 15 مارس 2024, 15 من شهر آذار, مارس (آذار) 2024
            rf"\d{{1,2}}\s*(?:\u0645\u0646\s+)?(?:\u0634\u0647\u0631\s+)?(?:{month})(?:\s*[(/]\s*(?:{month})\s*\)?)?"
            rf"(?:\s*[\u060c,]?\s*(?:(?:\u0645\u0646\s+|\u0641\u064a\s+)?(?:\u0627\u0644)?(?:\u0639\u0627\u0645|\u0633\u0646\u0647)\s+)?{year})?",
            # a year or an hour right after the word that announces it; checked from the
            # digits (lookbehinds), so those common words need not be scan candidates
            # the lookaheads first: only a year-shaped number is put through ~55 lookbehinds
            rf"(?={year})(?:{year_before}){year}",
            rf"(?=\d)(?:{hour_before})\d{{1,2}}(?!\d)",
            # «12 الجاري»، «12 من الشهر الجاري»: a day of the current month
            rf"\d{{1,2}}\s+(?:\u0645\u0646\s+)?(?:(?:\u0647\u0630\u0627\s+)?\u0627\u0644\u0634\u0647\u0631\s+)?(?:{this_words})(?!\w)",
            ago,
        ]
    )
    master = re.compile(rf"(?<!\w)(?P<skip>{skip})|(?P<chain>{chain})")
    # every skip alternative but ``ago`` opens with a digit: a candidate that does not
    # («ثلاثة»، «و400»، «.5») is tried against ``ago`` and the chain alone, the same match
    master_word = re.compile(rf"(?<!\w)(?P<skip>{ago})|(?P<chain>{chain})")
    token = re.compile(
        rf"(?P<dcl>[\u0648\u0628\u0644\u0641]?)(?P<d>{digits})(?![\w])"
        rf"|(?P<cl>{clitic})(?P<w>{word_alt})(?!\w)"
        rf"|(?P<wa>\u0648)(?=\s)"
        rf"|(?P<fa>{decimal_words})(?=\s)"
    )
    pct = _alt([p for p in ctx.get("percent", {}) if p != "%"])
    least_post = _alt(list(ctx.get("at_least_post", {})))
    approx_post = _alt(list(ctx.get("approx_post", {})))
    noun = rf"\s+[^\s\d]+\s+(?:(?P<nleast>{least_post})|(?P<napprox>{approx_post}))(?!\w)"
    after = (
        rf"\s*(?P<pct>%)|\s+(?P<pctw>{pct})(?!\w)|\s+(?P<least>{least_post})(?!\w)"
        rf"|\s+(?P<approx>{approx_post})(?!\w)"
    )
    post = re.compile(after)
    # alternatives are tried in order: ``post``'s match if there is one, else the noun's
    # (its own group names): one regex call a number where two ran one after the other
    post_any = re.compile(f"{after}|{noun}")
    pre: dict[str, str] = {}
    for role in ("approx_pre", "at_least_pre", "at_most_pre", "range_start"):
        pre.update(ctx.get(role, {}))
    ordinal_words = frozenset(w for w, v in ordinals().items() if 2 <= v <= 10)
    # the proclitics ``clitic`` takes: every string of up to three of و ف ب ا ل it matches
    pieces = ["", "\u0648", "\u0641", "\u0628", "\u0627", "\u0644"]
    clitics = {a + b + c for a in pieces for b in pieces for c in pieces if re.fullmatch(clitic, a + b + c)}
    items = {cl + w.split()[0] for cl in clitics for w in words} | set("\u0648\u0628\u0644\u0641")  # [وبلف] before digits
    cont_word = items | {w.split()[0] for w in ctx.get("decimal", {})} | {p for w in words for p in w.split()[1:]}
    this_all = [w for w, _ in date_words().get("this", []) if w.startswith("\u0627\u0644")]
    cont_digit = cont_word | {"\u0645\u0646", "\u0634\u0647\u0631", "\u0647\u0630\u0627", "\u0627\u0644\u0634\u0647\u0631"}  # من شهر هذا الشهر
    cont_digit |= {w.split()[0] for w in this_all}
    firsts = {m.split()[0] for m in month_names}
    return _Compiled(
        master=master,
        master_word=master_word,
        token=token,
        post=post,
        post_any=post_any,
        post_first=_by_first_letter(w.split()[0] for role in ("percent", "at_least_post", "approx_post") for w in ctx.get(role, {})),
        noun_next_first=_by_first_letter(w.split()[0] for role in ("at_least_post", "approx_post") for w in ctx.get(role, {})),
        words=words,
        pre=pre,
        pre_max_words=max(len(p.split()) for p in pre),
        pre_last=frozenset(p.split()[-1] for p in pre),
        pre_first={k: frozenset(p.split()[0] for p in pre if len(p.split()) == k) for k in {len(p.split()) for p in pre}},
        pre_ends={k: frozenset(p.split()[-1] for p in pre if len(p.split()) == k) for k in {len(p.split()) for p in pre}},
        range_sep=frozenset(ctx.get("range_sep", {})),
        range_sep_max=max(map(len, ctx.get("range_sep", {"": ""}))),
        ordinal_words=ordinal_words,
        one_word=frozenset(cl + w for cl in clitics for w in words if " " not in w),
        cont_word=frozenset(cont_word),
        cont_digit=frozenset(cont_digit),
        month_firsts={ch: tuple(sorted(w for w in firsts if w[0] == ch)) for ch in {w[0] for w in firsts}},
    )


def _by_first_letter(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """First letter -> the words that open with it (for ``startswith`` on a few, not all)."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        out.setdefault(w[0], []).append(w)
    return {ch: tuple(ws) for ch, ws in out.items()}


@dataclass(slots=True)
class _Group:
    """One number under construction inside a chain (normalised offsets)."""

    start: int
    end: int
    total: float = 0.0
    current: float = 0.0
    low: float | None = None  # set for vague quantities
    high: float | None = None
    digit: bool = False
    last_kind: str = ""
    last_value: float = 0.0
    scaled: float = 0.0  # last scale applied (1000, 10^6 ...), 0 when none
    half_only: bool = False
    colloquial_only: bool = False
    first_clitic: str = ""
    article: bool = False  # the first word carries ال / لل
    words: list[str] = field(default_factory=list)

    @property
    def vague(self) -> bool:
        return self.low is not None

    def value(self) -> tuple[float, float]:
        if self.low is not None and self.high is not None:
            return self.low, self.high
        v = self.total + self.current
        return v, v


def _digit_value(s: str) -> float | None:
    if "/" in s:
        a, b = s.split("/")
        return int(a) / int(b) if int(b) else None
    return float(s.replace(",", "").replace(_THOU, "").replace(_DEC, "."))


_HUNDREDS: Final = frozenset({"hundred", "hundred_base", "hundred_colloquial"})


def _groups(text: str, start: int, end: int, c: _Compiled) -> list[_Group]:
    """Split the chain ``text[start:end]`` into numbers (see the module docstring)."""
    out: list[_Group] = []
    g: _Group | None = None
    sep = "space"
    for m in c.token.finditer(text, start, end):
        if m.group("wa") is not None:
            sep = "wa"
            continue
        if m.group("fa") is not None:
            sep = "fasila"
            continue
        d = m.group("d")
        if d is not None:
            value = _digit_value(d)
            if value is None:
                g, sep = None, "space"
                continue
            s, e = m.span("d")
            if m.group("dcl") == "\u0648":
                sep = "wa"
            if g is not None and sep == "fasila" and not g.vague and "/" not in d:
                g.current += value / 10 ** len(d.lstrip(".").replace(_DEC, ""))
                g.end = e
            else:
                g = _Group(s, e, current=value, digit=True, last_kind="digit", last_value=value,
                           first_clitic=m.group("dcl"))
                out.append(g)
            sep = "space"
            continue
        word = m.group("w")
        cl = m.group("cl") or ""
        entry = c.words[" ".join(word.split())]
        s, e = m.span("w")
        if cl and len(word) <= 2:
            g, sep = None, "space"  # «لست» is «I am not», not ل + ست
            continue
        if cl.startswith(("\u0648", "\u0641")):  # و ف
            sep = "wa"
        article = cl.endswith(_AL) or cl.endswith(_LL)
        if article and entry.value == 2 and entry.kind == "unit":
            g, sep = None, "space"  # ال / لل: «الاثنين» is Monday
            continue
        if cl.endswith(_AL):
            # the article is part of the number's span («الثلاثين»), a preposition is not
            s -= 2
            cl = cl[:-2]
        g = _extend(g, entry, sep, s, e, out, cl, article)
        g.article = g.article or (article and len(g.words) == 0)
        g.words.append(word)
        sep = "space"
    return out


def _extend(g: _Group | None, w: NumberWord, sep: str, s: int, e: int, out: list[_Group], cl: str, article: bool = False) -> _Group:
    """Add word ``w`` to group ``g`` if the grammar allows, else start a new group."""
    kind, value = w.kind, w.value
    if g is not None and sep == "fasila" and not g.vague and kind in ("unit", "teen", "ten", "zero"):
        g.current += value / 10 ** len(str(int(value)))  # «واحد فاصلة واحد» = 1.1
        g.end = e
        return g
    if g is not None and not g.vague and not (g.digit and kind not in ("scale", "scale_plural")):
        ok = False
        if kind in ("scale", "scale_plural") and sep == "space" and g.current > 0:
            if g.scaled == 0 or value < g.scaled:
                g.total += g.current * value
                g.current = 0.0
                g.scaled = value
                g.half_only = g.colloquial_only = False
                ok = True
        elif kind == "scale" and sep == "wa" and g.scaled > value and g.current == 0:
            g.total += value
            ok = True
        elif kind == "scale" and g.last_kind == "half" and value == g.scaled and article:
            ok = True  # «مليون ونصف المليون»
        elif kind == "half" and sep == "wa" and g.last_kind == "scale" and g.current == 0:
            g.total += 0.5 * g.scaled
            ok = True
        elif kind == "hundred_base" and sep == "space" and g.last_kind == "unit" and g.current == g.last_value and 3 <= g.last_value <= 10:
            g.current *= 100
            ok = True
        elif kind in ("hundred", "hundred_base", "hundred_colloquial") and sep == "wa" and g.current == 0 and g.total > 0:
            g.current = value
            ok = True
        elif kind in ("unit", "teen", "ten"):
            last = g.last_kind
            if sep == "wa" and (
                (last in _HUNDREDS or last == "scale") and value < 100
                or last == "unit" and kind == "ten" and g.last_value < 10
            ):
                ok = True
            elif sep == "space" and last in _HUNDREDS and g.current >= 100 and g.current % 100 == 0:
                ok = True  # «متين تلاتة وستين», «خمسمية خمسة و عشرين»
            if ok:
                g.current += value
                g.colloquial_only = False
        if ok:
            g.end = e
            g.last_kind, g.last_value = kind, value
            return g
    if g is not None and g.vague and sep == "space" and kind in ("scale", "scale_plural", "vague") and value >= 100:
        if g.low is not None and g.high is not None and g.scaled < value:
            g.low *= value
            g.high = (g.high + 1) * value - 1
            g.scaled = value
            g.end = e
            g.last_kind, g.last_value = kind, value
            return g
    ng = _Group(s, e, last_kind=kind, last_value=value, first_clitic=cl)
    if kind == "vague" or (kind == "scale_plural"):
        ng.low, ng.high = value, w.high if w.high is not None else value
        ng.scaled = value if kind == "scale_plural" else 0.0
    elif kind == "scale":
        ng.total = value
        ng.scaled = value
    elif kind == "half":
        ng.current = value
        ng.half_only = True
    else:
        ng.current = value
        ng.colloquial_only = kind == "hundred_colloquial"
    out.append(ng)
    return ng


class _Num:
    """One number being read (normalised offsets), with what the words around it add.

    A plain class with its own ``__init__``, not a dataclass: compiled by mypyc its
    constructor is a C function, where a dataclass's generated ``__init__`` stays an
    interpreted call (~4,000 instructions a number, callgrind)."""

    def __init__(self, start: int, end: int, low: float, high: float, digit: bool, vague: bool,
                 scaled: float) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.digit = digit
        self.vague = vague
        self.scaled = scaled
        self.approximate = False
        self.percent = False
        self.bound: str | None = None
        self.range_start: str | None = None
        self.range_start_at = -1


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """Up to ``n`` whitespace-separated words ending just before ``pos`` (whole words only)."""
    lo = max(0, pos - 14 * n)
    words = text[lo:pos].split()
    if words and lo > 0 and not text[lo - 1].isspace() and not text[lo].isspace():
        words = words[1:]  # the window cut a word in two
    return words[-n:]


def _pre(text: str, num: _Num, clitic: str, c: _Compiled) -> None:
    """Attach an approximator, a bound or a range opener that ends right before ``num``."""
    at = num.start - len(clitic)
    if at > 0 and not clitic and not text[at - 1].isspace():
        return
    if not clitic:
        # cheap exit: the word right before must end some phrase («نحو»، «من»، «عن» ...)
        k = text.rfind(" ", 0, at - 1)
        last = text[k + 1:at - 1]
        if last not in c.pre_last and last[1:] not in c.pre_last and last[2:] not in c.pre_last:
            return  # «نحو», «ونحو», «وبنحو»
    words = _words_before(text, at, c.pre_max_words)
    if clitic:
        # «يقدر بـ500»: the proclitic belongs to the phrase before the number
        words.append(clitic)
    last_word = words[-1] if words else ""
    for k in range(len(words), 0, -1):
        # a phrase of two words or more keeps its last word whole (proclitics come off the
        # first): one look-up rules out most lengths
        if k > 1 and last_word not in c.pre_ends.get(k, _NONE):
            continue
        # cheap test first: the phrase's first word, maybe after its proclitics, opens a key
        first, firsts = words[-k], c.pre_first.get(k, _NONE)
        if first not in firsts and first[1:] not in firsts and first[2:] not in firsts:
            continue
        phrase = " ".join(words[-k:])
        role = c.pre.get(phrase)
        conj = 0
        if role is None:
            # «ونحو»، «بنحو»، «وبحوالي»، «لنحو»: the conjunction and preposition stay out
            for conj in _proclitics(phrase):
                role = c.pre.get(phrase[conj:])
                if role is not None:
                    break
        if role is None:
            continue
        # where the phrase starts: walk back over its k words
        start = num.start - len(clitic) if clitic else num.start
        for w in reversed(words[-k:] if not clitic else words[-k:-1]):
            start = text.rindex(w, 0, start)
        start += conj
        if role == "range_start":
            num.range_start, num.range_start_at = phrase, start
        else:
            num.start = start
            if role == "approx_pre":
                num.approximate = True
            else:
                num.bound = "at_least" if role == "at_least_pre" else "at_most"
        return


_NONE: Final[frozenset[str]] = frozenset()
_CONJ: Final = frozenset("\u0648\u0641")  # و ف
_OPEN_MARKS: Final = frozenset(OPENING_QUOTES)
_PREP: Final = frozenset("\u0628\u0644\u0643")  # ب ل ك


def _proclitics(phrase: str) -> tuple[int, ...]:
    """Lengths of the proclitics ``phrase`` may open with: «و» (1), «ب» (1), «وب» (2).

    «وبين» is «و» + «بين», «بنحو» is «ب» + «نحو»: both readings are tried, shortest first. An
    opening quotation mark counts as one: «نحو» in «قتل «نحو عشرين»» is the count's.
    """
    out = []
    k = 1 if phrase[:1] in _OPEN_MARKS else 0  # «قتل «نحو عشرين»»: the mark opens the quoted count
    if phrase[k : k + 1] in _CONJ:
        k += 1
    if k:
        out.append(k)
    if phrase[k : k + 1] in _PREP:
        out.append(k + 1)
    return tuple(out)


def _post(text: str, num: _Num, c: _Compiled) -> None:
    end = num.end
    if end >= len(text):
        return
    if text[end] != "%":
        # ``post_any`` wants «%», or spaces and then a word opening a percent, bound or
        # approximator phrase, or spaces, the counted noun, spaces and a word opening a bound
        # or approximator: most numbers are followed by none (a regex call that fails costs
        # ~3,000 instructions, this check ~1,000; a first letter alone lets most through:
        # «و»، «ا»، «ف» open most Arabic words)
        if not text[end].isspace():
            return
        cut = end + _POST_WINDOW < len(text)
        words = text[end:end + _POST_WINDOW].split(None, 2)
        if not words:
            if not cut:
                return
        elif not words[0].startswith(c.post_first.get(words[0][0], ())):
            if len(words) > 1:
                if not words[1].startswith(c.noun_next_first.get(words[1][0], ())):
                    return  # ``words[0]`` is the whole noun: a space follows it in the window
            elif not cut:
                return
    m = c.post_any.match(text, end)
    if m is None:
        return
    kind = m.lastgroup
    if kind == "nleast" or kind == "napprox":
        # «قتل 50 شخصا على الأقل»: the bound follows the counted noun; the span stays on the number
        if kind == "nleast":
            num.bound = "at_least"
        else:
            num.approximate = True
        return
    if kind == "pct" or kind == "pctw":
        num.percent = True
        num.end = m.end()
        m2 = c.post.match(text, num.end)
        if m2 is None or m2.group("pct") or m2.group("pctw"):
            return
        m = m2
    if m.group("least"):
        num.bound = "at_least"
        num.end = m.end()
    elif m.group("approx"):
        num.approximate = True
        num.end = m.end()


_POST_WINDOW: Final = 64  # characters :func:`_post` splits after a number (more: the pattern decides)


# words right before a year («عام 2014»، «العام 2014»، «منذ 2014», «في 2014») or an hour
# («الساعة 3», «شهر 3»): عام سنه سنوات اعوام منذ في مطلع اوايل اواخر منتصف بدايه نهايه حتي
_YEAR_BEFORE: Final = (
    "\u0639\u0627\u0645", "\u0633\u0646\u0647", "\u0633\u0646\u0648\u0627\u062a",
    "\u0627\u0639\u0648\u0627\u0645", "\u0645\u0646\u0630", "\u0641\u064a",
    "\u0645\u0637\u0644\u0639", "\u0627\u0648\u0627\u064a\u0644",
    "\u0627\u0648\u0627\u062e\u0631", "\u0645\u0646\u062a\u0635\u0641",
    "\u0628\u062f\u0627\u064a\u0647", "\u0646\u0647\u0627\u064a\u0647",
    "\u062d\u062a\u064a",
)
_HOUR_BEFORE: Final = ("\u0633\u0627\u0639\u0647", "\u0634\u0647\u0631")  # ساعه شهر


class _ChainGroup(NamedTuple):
    """A number of a chain, offsets relative to the chain start (see :func:`_chain_groups`)."""

    start: int
    end: int
    low: float
    high: float
    digit: bool
    vague: bool
    scaled: float
    first_clitic: str
    article: bool
    word: str | None  # the word of a one-word number (context vetoes apply), else None


@lru_cache(maxsize=8192)
def _chain_groups(chain: str) -> tuple[_ChainGroup, ...]:
    """The numbers of one chain, by its text alone.

    :func:`_groups` reads only the chain (its lookaheads stop at the chain's end), so the
    same chain («ثلاثة»، «عشرات»، «10 آلاف») gives the same numbers wherever it stands;
    news repeats them, and the grammar walk (~10 µs a chain) runs once per distinct chain.
    Groups that are never quantities (a lone «نصف», a colloquial hundred) are left out.
    """
    out = []
    for g in _groups(chain, 0, len(chain), _compiled()):
        if g.half_only or g.colloquial_only:
            continue
        low, high = g.value()
        word = g.words[0] if len(g.words) == 1 else None
        out.append(_ChainGroup(g.start, g.end, low, high, g.digit, g.vague, g.scaled, g.first_clitic, g.article, word))
    return tuple(out)


_NOT_BEFORE: Final = frozenset(".,\u066b\u066c/-_")  # what the chain's lookbehinds refuse besides \w
_AGO_HOUR3: Final = frozenset({"\u0642\u0628\u0644", "\u0645\u0646\u0630", "\u0634\u0647\u0631"})  # قبل منذ شهر
_HOUR4: Final = "\u0633\u0627\u0639\u0647"  # ساعه
_AFTER_DIGITS: Final = frozenset("/-.:,\u066b\u066c")  # a date, a time, a decimal or thousands separator


def _plain_item(text: str, pos: int, digit: bool, c: _Compiled) -> int:
    """Where :data:`_Compiled.master` (``digit``) or ``master_word`` matching at ``pos`` ends
    when it is sure to match one plain item and nothing after it, else -1 (try the pattern).

    Most candidates are that: «قتل 300 عائلة»، «ثلاثة أشخاص»، «12،». The pattern's skip and
    chain alternatives cost ~15,000 instructions a candidate to find it; this reads the
    characters and the next word around it (no regex: a call costs ~3,000). Such a match
    needs: no lookbehind refusing the start nor a word announcing an hour or a time ago
    («الساعة 3»، «قبل 3 أيام»), not a year's four digits; a run of digits, or a word up to a
    space that is one number with its proclitics; then the end, punctuation that continues
    nothing, or a space before a word that can neither continue the chain (a number word, «و»،
    «فاصلة») nor make a date of the digits («من»، «الجاري»، a month) nor be a digit.
    ``tests/text/test_numbers.py`` checks it against the patterns.
    """
    n = len(text)
    if pos > 0:
        prev = text[pos - 1]
        if prev.isalnum() or prev in _NOT_BEFORE:
            return -1
        if pos >= 4 and prev.isspace() and (text[pos - 4:pos - 1] in _AGO_HOUR3 or text[pos - 5:pos - 1] == _HOUR4):
            return -1
    if digit:
        q = pos + 1
        while q < n and text[q] in _DIGITS:
            q += 1
        if q - pos == 4 and (text[pos:pos + 2] == "19" or text[pos:pos + 2] == "20"):
            return -1  # a year: a date after «عام»، «في» ...
    else:
        q = text.find(" ", pos)
        if q < 0:
            q = n
        if text[pos:q] not in c.one_word:  # letters only, so the word is the whole run of letters
            return -1
    if q == n:
        return q
    x = text[q]
    if x != " ":
        if x.isalnum() or x == "_" or x in _AFTER_DIGITS or x.isspace():
            return -1
        return q  # «12،»، «ثلاثة)»
    r = q + 1
    while r < n and text[r] == " ":
        r += 1
    e = text.find(" ", r)
    if e < 0:
        e = n
    after = text[r:e].rstrip(WORD_TRAIL)
    if not after:
        return q if r == e or text[r] in WORD_TRAIL else -1  # «12 »، «12 ،»
    if not after.isalpha() or (e < n and after == text[r:e] and text[e] != " "):
        return -1  # a digit, «.5», a line break: let the pattern read it
    if digit:
        # ``startswith`` of all ~40 month words cost ~1,800 instructions; those of one letter few
        if after in c.cont_digit or after.startswith(c.month_firsts.get(after[0], ())):
            return -1
    elif after in c.cont_word:
        return -1
    return q


def _to_nums(norm: Normalized, c: _Compiled) -> list[tuple[_Num, str]]:
    text = norm.text
    out: list[tuple[_Num, str]] = []
    done = -1
    match, match_word = c.master.match, c.master_word.match
    for pos in scan(text)[0]:
        if pos < done:
            continue
        digit = text[pos] in _DIGITS
        end = _plain_item(text, pos, digit, c)
        if end >= 0:
            done = end
            chain = text[pos:end]
        else:
            m = match(text, pos) if digit else match_word(text, pos)
            if m is None:
                continue
            done = m.end()
            found = m.group("chain")
            if found is None:
                continue
            chain = found
        start = pos  # an anchored match starts where it was tried
        if chain.isdigit():  # the common case: one plain digit run
            value = float(chain)
            if not _year_like(text, start, done, value):
                out.append((_Num(start, done, value, value, True, False, 0.0), ""))
            continue
        for g in _chain_groups(chain):
            s, e = start + g.start, start + g.end
            if g.word is not None and _vetoed(norm, s, g.word, g.first_clitic, g.article, c):
                continue
            if g.digit and _year_like(text, s, e, g.low):
                continue
            out.append((_Num(s, e, g.low, g.high, g.digit, g.vague, g.scaled), g.first_clitic))
    return out


def _vetoed(norm: Normalized, start: int, word: str, clitic: str, article: bool, c: _Compiled) -> bool:
    """One-word numbers that are not quantities in context.

    «القرن التاسع عشر»، «الخامس والعشرين» (part of an ordinal), «عبد الواحد» (a name),
    «وأحد» (و + أحد «one of», which folds to «واحد»), «ساعة الصفر».
    """
    text = norm.text
    if word.startswith(_WAHID) and norm.raw[norm.raw_start(start + 1)] == _ALEF_HAMZA:
        return True
    if word == _SIFR and article:
        return True
    words = _words_before(text, start - len(clitic), 1)
    if not words:
        return False
    w = words[-1].lstrip('"(')
    if w[:1] == "\u0648":
        w = w[1:] if w[1:] in c.ordinal_words else w
    return w in c.ordinal_words or (w == _ABD and word.startswith(_WAHID))


def _year_like(text: str, start: int, end: int, value: float) -> bool:
    """A bare year closing a clause («بلقب 2007.»، «انتهت به 2007،») or after a word of the
    year's parts («منذ ربيع 2022»، «مطلع 2023») is not a count."""
    if end - start != 4 or not 1950 <= value <= 2035:
        return False
    rest = text[end:end + 3].lstrip(" ")
    if bool(rest) and rest[0] in _CLAUSE_END:
        return True
    before = _words_before(text, start, 1)
    return bool(before) and before[-1] in _YEAR_PARTS


# words before a year: seasons and parts of a year («ربيع 2022»، «أواخر 2023»، «منذ 2014»)
_YEAR_PARTS: Final = frozenset({
    "\u0631\u0628\u064a\u0639", "\u0635\u064a\u0641", "\u062e\u0631\u064a\u0641", "\u0634\u062a\u0627\u0621",  # ربيع صيف خريف شتاء
    "\u0645\u0637\u0644\u0639", "\u0645\u0646\u062a\u0635\u0641", "\u0623\u0648\u0627\u062e\u0631", "\u0623\u0648\u0627\u0626\u0644",  # مطلع منتصف أواخر أوائل
    "\u0645\u0646\u0630", "\u0639\u0627\u0645", "\u0627\u0644\u0639\u0627\u0645", "\u0633\u0646\u0629",  # منذ عام العام سنة
})


_WAHID: Final = "\u0648\u0627\u062d\u062f"  # واحد
_ALEF_HAMZA: Final = "\u0623"
_SIFR: Final = "\u0635\u0641\u0631"  # صفر
_AL: Final = "\u0627\u0644"
_LL: Final = "\u0644\u0644"
_ABD: Final = "\u0639\u0628\u062f"  # عبد
_DIGITS: Final = frozenset("0123456789")  # what a candidate opening with a digit starts with (CAREFUL: ASCII)
_CLAUSE_END: Final = frozenset(".,\u060c;\u061b:)\"?!\n")


def find_numbers(text: str) -> list[NumberMention]:
    """All quantities in ``text`` as :class:`NumberMention` spans of the raw text.

    >>> [(n.text, n.low, n.high, n.approximate) for n in find_numbers("أصيب نحو عشرين آخرين")]
    [('نحو عشرين', 20.0, 20.0, True)]
    """
    norm = normalize(text, Profile.CAREFUL)
    return numbers_in(norm)


def numbers_in(norm: Normalized) -> list[NumberMention]:
    """:func:`find_numbers` on an already normalised (CAREFUL) text, e.g. ``doc.careful``."""
    c = _compiled()
    t = norm.text
    raw_nums = _to_nums(norm, c)
    nums: list[_Num] = []
    for num, clitic in raw_nums:
        _pre(t, num, clitic, c)
        _post(t, num, c)
        nums.append(num)
    merged = _ranges(t, nums, c)
    out: list[NumberMention] = []
    last_end = -1
    # ``norm.raw_span`` inlined (a number is never empty): two method calls less a number
    starts, ends, n_text = norm.starts, norm.ends, len(t)
    for n in merged:
        if n.start < last_end:
            continue  # e.g. «المئة» of «في المئة» already read as a percent sign
        if starts is None or ends is None:
            s, e = n.start, n.end
        else:
            s = int(starts[n.start]) if n.start < n_text else len(norm.raw)
            e = int(ends[n.end - 1])
        # (start, end, text, low, high, approximate, vague, percent, bound), by position:
        # «عشرات»: a vague count is an estimate
        out.append(NumberMention(s, e, norm.raw[s:e], n.low, n.high, n.approximate or n.vague, n.vague, n.percent, n.bound))
        last_end = n.end
    return out


def _ranges(text: str, nums: list[_Num], c: _Compiled) -> list[_Num]:
    """Join «بين 300 و400», «من 4 إلى 5», «4-5», «ثلاثة أو أربعة» into one range."""
    out: list[_Num] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums):
            b = nums[i + 1]
            gap = text[a.end:b.start].strip()
            if gap[:1] == "\u0648" and len(gap) > 1 and not gap[1].isspace():
                gap = gap  # a clitic glued to a word: not a plain connector
            if gap == "\u0648" and _compound(a, b):
                # «39 ألفاً و677»، «مليون و200 ألف»: one number, the scaled part and the rest
                r = _Num(a.start, b.end, a.low + b.low, a.high + b.high, a.digit and b.digit, False, a.scaled)
                r.approximate = a.approximate or b.approximate
                r.bound = a.bound
                r.range_start, r.range_start_at = a.range_start, a.range_start_at
                nums[i + 1] = r
                i += 1
                continue
            if _is_range(a, b, gap, c):
                low, high = a.low, b.high
                if b.scaled and not a.scaled and a.high * b.scaled <= b.high:
                    low = a.low * b.scaled  # «بين 3 و4 ملايين»
                start = a.range_start_at if a.range_start is not None else a.start
                r = _Num(start, b.end, low, high, a.digit and b.digit, a.vague or b.vague, b.scaled)
                r.approximate = a.approximate or b.approximate
                r.percent = a.percent or b.percent
                r.bound = a.bound
                out.append(r)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _compound(a: _Num, b: _Num) -> bool:
    """Is ``b``, after «و», the rest of ``a``: an exact scaled number («39 ألفاً»، «مليون») and an
    exact smaller one («677»، «200 ألف»)? A range («بين 300 ألف و400 ألف») has a larger second."""
    return a.scaled >= 1000 and a.low == a.high and b.low == b.high and 0 < b.high < a.scaled \
        and not (a.vague or b.vague or a.percent or b.percent)


def _is_range(a: _Num, b: _Num, gap: str, c: _Compiled) -> bool:
    # most gaps between two numbers are clauses, hundreds of characters: hashing one for the
    # set look-up cost more than the rest of the test
    if len(gap) > c.range_sep_max or gap not in c.range_sep or a.percent and not b.percent:
        return False
    if not (a.low < b.low or (b.scaled and not a.scaled and a.low < b.low / b.scaled)):
        return False
    if gap == "\u0648":
        return a.range_start is not None and a.range_start != "\u0645\u0646"  # بين ... و
    if gap in ("-", "\u2013"):
        return a.digit and b.digit
    return True
