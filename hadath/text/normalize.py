"""Arabic normalisation that never loses track of the original offsets.

Matching (lexicons, numbers, dates) runs on a normalised string; every match maps back to
the exact span of the untouched input with :meth:`Normalized.raw_span`. The common case
(1:1 replacements and deletions) is a vectorised table look-up over the code points
(numpy), with the offset map as an array, so a 700-word article costs ~0.1 ms. Presentation-form glyphs,
which expand (ﻻ -> لا), take a slower explicit path.

Two profiles (STYLE.md):

* ``MATCH``: aggressive, for lexicon matching. أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و,
  ئ -> ي, diacritics/tatweel/invisibles deleted, digits -> ASCII, Arabic punctuation ->
  Latin, quote marks -> ``"``, Latin lower-cased.
* ``CAREFUL``: for numbers and dates. Same letter folding, but ٫ ٬ ، ؛ are kept as they
  are, so «1٫5» and «5، 6» stay distinguishable.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Final

import numpy as np
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
        table[ord(ch)] = C.QUOTE_NORM
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


_TABLES: Final = {p: _table(p) for p in Profile}
_DELETE: Final = 0xFFFFFFFF


def _code_table(profile: Profile) -> np.ndarray:
    """The translation table as a BMP-sized code-point array; deletions are ``_DELETE``."""
    arr = np.arange(0x10000, dtype=np.uint32)
    for k, v in _TABLES[profile].items():
        arr[k] = _DELETE if v is None else ord(v)
    return arr


_CODE_TABLES: Final = {p: _code_table(p) for p in Profile}
# every profile deletes the same characters (:func:`_table`), so the kept positions and the
# offset maps of one serve all: :func:`_normalize` computes them once
assert all(np.array_equal(t == _DELETE, _CODE_TABLES[Profile.MATCH] == _DELETE) for t in _CODE_TABLES.values())
_IS_COMBINING = np.zeros(0x10000, dtype=bool)
_IS_COMBINING[[ord(c) for c in C.DIACRITICS]] = True
_PRESENTATION: Final = regex.compile(C.PRESENTATION_FORMS)
_IS_PRESENTATION = np.zeros(0x10000, dtype=bool)  # C.PRESENTATION_FORMS as a look-up table
_IS_PRESENTATION[0xFB50:0xFE00] = True
_IS_PRESENTATION[0xFE70:0xFF00] = True


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of ``raw`` with a map from its offsets back to ``raw``.

    ``text[i]`` came from ``raw[starts[i]]`` and, with the diacritics that follow it, ends
    at ``raw[ends[i]]``. When nothing was deleted or expanded both maps are ``None`` (identity).
    """

    raw: str
    text: str
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None
    # ``text``'s code points (uint32), when the normaliser had them anyway: the tokeniser
    # reads them instead of encoding ``text`` again (:func:`normalize_both` keeps them for
    # the MATCH view only, the one the tokeniser reads)
    codes: np.ndarray | None = field(default=None, compare=False, repr=False)
    # ``raw``'s code points, likewise (the sentence splitter reads them). Set only by the
    # table path, which keeps each raw character as one or deletes it (:data:`RAW_KINDS`):
    # the tokeniser maps offsets by walking the raw text only when they are set
    raw_codes: np.ndarray | None = field(default=None, compare=False, repr=False)

    def raw_start(self, i: int) -> int:
        """Raw offset of normalised character ``i`` (``len(text)`` maps to ``len(raw)``)."""
        if i >= len(self.text):
            return len(self.raw)
        return i if self.starts is None else int(self.starts[i])

    def raw_end(self, i: int) -> int:
        """Raw end (exclusive) of normalised character ``i``, trailing diacritics included."""
        return i + 1 if self.ends is None else int(self.ends[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``(start, end)`` of normalised ``text[start:end]``.

        The end takes in diacritics that follow the last character (they belong to it),
        but not a following tatweel or invisible mark. Like spaCy's ``alignment_mode=
        "expand"``, a span inside an expanded presentation-form glyph covers the glyph.
        """
        s = self.raw_start(start)
        if end <= start:
            return s, s
        return s, self.raw_end(end - 1)


def _ends_for(codes: np.ndarray, starts: np.ndarray, n_raw: int) -> np.ndarray:
    """End of each kept char: one past it, extended over the diacritics right after it."""
    comb = _IS_COMBINING[np.minimum(codes, 0xFFFF)]
    if not comb.any():
        return starts + 1  # the usual news text: no diacritics at all
    # the first non-diacritic position after each start (``n_raw`` past the last one)
    solid = np.append(np.flatnonzero(~comb), n_raw)
    return solid[np.searchsorted(solid, starts, side="right")].astype(np.int64)


def normalize(raw: str, profile: Profile = Profile.MATCH) -> Normalized:
    """Normalise ``raw`` for matching; see the module docstring for the two profiles."""
    return _normalize(raw, (profile,))[0]


def normalize_both(raw: str) -> tuple[Normalized, Normalized]:
    """The MATCH and the CAREFUL view of ``raw`` (what :class:`hadath.doc.Doc` needs), at
    little more than the cost of one: both profiles delete the same characters, so the
    code-point array, the kept positions and the offset maps are computed once."""
    match, careful = _normalize(raw, (Profile.MATCH, Profile.CAREFUL))
    return match, careful


def _normalize(raw: str, profiles: tuple[Profile, ...]) -> list[Normalized]:
    if not raw:
        return [Normalized(raw, raw) for _ in profiles]
    codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    top = int(codes.max())
    if top < 0xFB50 and profiles == _BOTH:
        return _normalize_pair(raw, codes)
    clipped = codes if top < 0x10000 else np.minimum(codes, 0xFFFF)
    if top >= 0xFB50 and _IS_PRESENTATION[clipped].any():
        return [_normalize_slow(raw, p) for p in profiles]
    out: list[Normalized] = []
    keep: np.ndarray | None = None
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None
    for profile in profiles:
        mapped = _CODE_TABLES[profile][clipped]
        if top >= 0x10000:
            mapped = np.where(codes < 0x10000, mapped, codes)  # outside the BMP: unchanged
        if keep is None:  # the same for every profile (see :data:`_CODE_TABLES`)
            keep = mapped != _DELETE
            if not keep.all():
                starts = np.flatnonzero(keep)
                ends = _ends_for(codes, starts, len(raw))
                starts.flags.writeable = ends.flags.writeable = False  # shared by the views
        kept = mapped if starts is None else mapped[keep]
        kept.flags.writeable = False
        out.append(Normalized(raw, kept.tobytes().decode("utf-32-le"), starts, ends, kept, codes))
    return out


# What the table path of :func:`_normalize` does with each BMP code point of the raw text, as
# one character a code point (``ord(RAW_KINDS[c])``: a string, which compiled code reads
# without a boxed object): :data:`KEPT` (mapped to one character), :data:`DELETED`, or
# :data:`DIACRITIC` (deleted, and the raw span of the character before runs on over it). The
# tokeniser walks the raw text with it to map its offsets (``hadath.text.segment``).
KEPT: Final = 0
DELETED: Final = 1
DIACRITIC: Final = 2
RAW_KINDS: Final = np.where(
    _IS_COMBINING, DIACRITIC, np.where(_CODE_TABLES[Profile.MATCH] == _DELETE, DELETED, KEPT)
).astype(np.uint8).tobytes().decode("latin-1")

_BOTH: Final = (Profile.MATCH, Profile.CAREFUL)
# Both profiles' tables in one, for text whose code points all lie below the presentation
# forms (U+FB50): ``_PAIR[c]`` is CAREFUL(c) << 16 | MATCH(c), each a BMP code point, and a
# deleted character maps to ``_GONE`` in both halves (a diacritic to ``_DIACRITIC``: its
# raw span extends the previous character's). U+FFFE and U+FFFF are no characters of such
# a text nor of what it maps to, so the markers cannot be confused with one. One gather
# gives both views, what to keep (a kept character's CAREFUL half is below ``_DIACRITIC``)
# and where the diacritics are.
_GONE, _DIACRITIC = 0xFFFF, 0xFFFE
assert int(max(_CODE_TABLES[p][:0xFB50][_CODE_TABLES[p][:0xFB50] != _DELETE].max() for p in _BOTH)) < 0xFB50
_PAIR = np.where(_CODE_TABLES[Profile.MATCH] == _DELETE, _GONE, _CODE_TABLES[Profile.MATCH]) | (
    np.where(_CODE_TABLES[Profile.CAREFUL] == _DELETE, _GONE, _CODE_TABLES[Profile.CAREFUL]) << 16
)
_DIACRITIC_PAIR: Final = _DIACRITIC << 16 | _DIACRITIC
_PAIR[_IS_COMBINING] = _DIACRITIC_PAIR
_PAIR = _PAIR.astype(np.uint32)
_KEPT_BELOW: Final = np.uint32(_DIACRITIC << 16)
_HALVES: Final = (0, 1) if sys.byteorder == "little" else (1, 0)  # where MATCH and CAREFUL sit in a uint32
_decode_utf16: Final = codecs.utf_16_le_decode


def _normalize_pair(raw: str, codes: np.ndarray) -> list[Normalized]:
    """:func:`normalize_both` of a text below U+FB50 (news text: no presentation forms, no
    emoji), 0.67M -> 0.36M instructions for a 700-word article (callgrind):

    * one gather of :data:`_PAIR` where two gathers (one a profile) and a third for the
      diacritics ran, and the tests on contiguous 32-bit words;
    * both halves are BMP code points, so each view's text is decoded from 16-bit units
      (UTF-16 without surrogates) straight from the array's buffer, at less than half the
      cost of decoding UTF-32 from a ``tobytes`` copy.
    """
    pair = _PAIR.take(codes)
    keep = pair < _KEPT_BELOW
    if keep.all():
        starts = ends = None
    else:
        starts = np.flatnonzero(keep)
        comb = pair == _DIACRITIC_PAIR
        if comb.any():
            # the first non-diacritic position after each start (``len(raw)`` past the last)
            solid = np.append(np.flatnonzero(~comb), len(raw))
            ends = solid[np.searchsorted(solid, starts, side="right")].astype(np.int64)
        else:
            ends = starts + 1  # the usual news text: no diacritics at all
        starts.flags.writeable = ends.flags.writeable = False  # shared by the views
        pair = pair[keep]
    halves = pair.view(np.uint16).reshape(-1, 2)  # the two 16-bit halves of each character
    out: list[Normalized] = []
    for k in _HALVES:
        units = np.ascontiguousarray(halves[:, k])
        kept = None
        if not out:  # the MATCH view's code points, which the tokeniser reads; nothing reads the CAREFUL view's
            kept = units.astype(np.uint32)
            kept.flags.writeable = False
        out.append(Normalized(raw, _decode_utf16(units.data)[0], starts, ends, kept, codes))
    return out


def _normalize_slow(raw: str, profile: Profile) -> Normalized:
    """Char-by-char path for text with presentation-form glyphs, which may expand."""
    table = _TABLES[profile]
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
            piece = unicodedata.normalize("NFKC", ch).translate(table)
        else:
            piece = ch.translate(table)
        for c in piece:
            out.append(c)
            offsets.append(i)
    starts = np.asarray(offsets, dtype=np.int64)
    codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    return Normalized(raw, "".join(out), starts, _ends_for(codes, starts, len(raw)))


@lru_cache(maxsize=65536)
def normalize_key(s: str) -> str:
    """Normalise a lexicon entry or a word for lookup (MATCH profile, spaces collapsed).

    No offsets are needed here, so short strings take ``str.translate`` (a microsecond)
    rather than the vectorised path, whose fixed cost dominates for one word; lexicons of
    thousands of entries load in milliseconds.
    """
    if _PRESENTATION.search(s):
        return " ".join(normalize(s, Profile.MATCH).text.split())
    return " ".join(s.translate(_TABLES[Profile.MATCH]).split())
