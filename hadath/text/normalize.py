"""Arabic normalisation that never loses track of the original offsets.

Matching (lexicons, numbers, dates) runs on a normalised string; every match maps back to
the exact span of the untouched input with :meth:`Normalized.raw_span`. The common case
(1:1 replacements and deletions) is done with ``str.translate`` and a piecewise offset map,
so normalising a 700-word article costs tens of microseconds. Presentation-form glyphs,
which expand (ﻻ -> لا), take a slower explicit path.

Two profiles (STYLE.md):

* ``MATCH``: aggressive, for lexicon matching. أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و,
  ئ -> ي, diacritics/tatweel/invisibles deleted, digits -> ASCII, Arabic punctuation ->
  Latin, quote marks -> ``"``, Latin lower-cased.
* ``CAREFUL``: for numbers and dates. Same letter folding, but ٫ ٬ ، ؛ are kept as they
  are, so «1٫5» and «5، 6» stay distinguishable.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

import regex

from hadath.text import chars as C


class Profile(Enum):
    MATCH = "match"
    CAREFUL = "careful"


def _table(profile: Profile) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ch in C.DIACRITICS + C.TATWEEL + C.INVISIBLES:
        table[ord(ch)] = None
    for ch in C.ALEF_FORMS:
        table[ord(ch)] = C.ALEF
    table[ord(C.ALEF_MAQSURA)] = C.YA
    table[ord(C.FARSI_YA)] = C.YA
    table[ord(C.KEHEH)] = C.KAF
    table[ord(C.TA_MARBUTA)] = C.HA
    table[ord(C.WAW_HAMZA)] = C.WAW
    table[ord(C.YA_HAMZA)] = C.YA
    for i, ch in enumerate(C.ARABIC_DIGITS):
        table[ord(ch)] = str(i)
    for i, ch in enumerate(C.PERSIAN_DIGITS):
        table[ord(ch)] = str(i)
    table[ord(C.ARABIC_PERCENT)] = "%"
    table[ord(C.ARABIC_QUESTION)] = "?"
    table[ord(C.ARABIC_FULL_STOP)] = "."
    for ch in C.QUOTE_MARKS:
        table[ord(ch)] = '"'
    table[0x00A0] = " "  # no-break space
    table[0x2009] = " "
    table[0x202F] = " "
    if profile is Profile.MATCH:
        table[ord(C.ARABIC_COMMA)] = ","
        table[ord(C.ARABIC_SEMICOLON)] = ";"
        table[ord(C.ARABIC_DECIMAL_SEP)] = "."
        table[ord(C.ARABIC_THOUSANDS_SEP)] = ","
        for c in range(ord("A"), ord("Z") + 1):
            table[c] = chr(c + 32)
    return table


_TABLES = {p: _table(p) for p in Profile}
_DELETED = {p: frozenset(k for k, v in t.items() if v is None) for p, t in _TABLES.items()}
_DELETABLE_RUN = regex.compile("[" + regex.escape(C.DIACRITICS + C.TATWEEL + C.INVISIBLES) + "]+")
_PRESENTATION = regex.compile(C.PRESENTATION_FORMS)
_COMBINING = frozenset(C.DIACRITICS)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of ``raw`` with a map from its offsets back to ``raw``.

    ``text[i]`` came from ``raw[raw_start(i)]``. Either ``_breaks``/``_shifts`` (piecewise:
    raw = i + shift of the last break <= i) or ``_explicit`` (one raw offset per char) is set.
    """

    raw: str
    text: str
    _breaks: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    _explicit: tuple[int, ...] | None = field(default=None)

    def raw_start(self, i: int) -> int:
        """Raw offset of normalised character ``i`` (``len(text)`` maps to ``len(raw)``)."""
        if i >= len(self.text):
            return len(self.raw)
        if self._explicit is not None:
            return self._explicit[i]
        k = bisect_right(self._breaks, i) - 1
        return i + (self._shifts[k] if k >= 0 else 0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``(start, end)`` of normalised ``text[start:end]``.

        The end takes in diacritics that follow the last character (they belong to it),
        but not a following tatweel or invisible mark. Like spaCy's ``alignment_mode=
        "expand"``, a span inside an expanded presentation-form glyph covers the glyph.
        """
        if end <= start:
            s = self.raw_start(start)
            return s, s
        s = self.raw_start(start)
        e = self.raw_start(end - 1) + 1
        # A span that covers part of an expanded glyph (ﻻ -> لا) takes the whole glyph.
        raw = self.raw
        while e < len(raw) and raw[e] in _COMBINING:
            e += 1
        return s, e


def normalize(raw: str, profile: Profile = Profile.MATCH) -> Normalized:
    """Normalise ``raw`` for matching; see the module docstring for the two profiles."""
    if _PRESENTATION.search(raw):
        return _normalize_slow(raw, profile)
    text = raw.translate(_TABLES[profile])
    if len(text) == len(raw):
        return Normalized(raw, text)
    breaks: list[int] = []
    shifts: list[int] = []
    deleted = 0
    deletable = _DELETED[profile]
    for m in _DELETABLE_RUN.finditer(raw):
        a, b = m.span()
        # a run may mix deletable chars with kept ones only if the profile keeps some; all
        # chars in the class are deleted in both profiles.
        assert all(ord(c) in deletable for c in m.group())
        deleted += b - a
        breaks.append(a - (deleted - (b - a)))
        shifts.append(deleted)
    return Normalized(raw, text, tuple(breaks), tuple(shifts))


def _normalize_slow(raw: str, profile: Profile) -> Normalized:
    table = _TABLES[profile]
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
            expanded = unicodedata.normalize("NFKC", ch)
            piece = expanded.translate(table)
        else:
            piece = ch.translate(table)
        for c in piece:
            out.append(c)
            offsets.append(i)
    return Normalized(raw, "".join(out), _explicit=tuple(offsets))


@lru_cache(maxsize=65536)
def normalize_key(s: str) -> str:
    """Normalise a lexicon entry or a word for lookup (MATCH profile, spaces collapsed)."""
    return " ".join(normalize(s, Profile.MATCH).text.split())
