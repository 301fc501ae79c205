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

import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

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
_DELETE = 0xFFFFFFFF


def _code_table(profile: Profile) -> np.ndarray:
    """The translation table as a BMP-sized code-point array; deletions are ``_DELETE``."""
    arr = np.arange(0x10000, dtype=np.uint32)
    for k, v in _TABLES[profile].items():
        arr[k] = _DELETE if v is None else ord(v)
    return arr


_CODE_TABLES = {p: _code_table(p) for p in Profile}
_IS_COMBINING = np.zeros(0x10000, dtype=bool)
_IS_COMBINING[[ord(c) for c in C.DIACRITICS]] = True
_PRESENTATION = regex.compile(C.PRESENTATION_FORMS)


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
    comb = _IS_COMBINING[np.minimum(codes, 0xFFFF)] & (codes < 0x10000)
    # for every raw position, the index of the next position that is not a diacritic
    idx = np.arange(n_raw + 1)
    not_comb = np.append(~comb, True)
    nxt = np.where(not_comb, idx, n_raw + 1)
    nxt = np.minimum.accumulate(nxt[::-1])[::-1]
    after = starts + 1
    return nxt[np.minimum(after, n_raw)].clip(max=n_raw).astype(np.int64)


def normalize(raw: str, profile: Profile = Profile.MATCH) -> Normalized:
    """Normalise ``raw`` for matching; see the module docstring for the two profiles."""
    if not raw:
        return Normalized(raw, raw)
    if _PRESENTATION.search(raw):
        return _normalize_slow(raw, profile)
    codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    bmp = codes < 0x10000
    mapped = codes.copy()
    mapped[bmp] = _CODE_TABLES[profile][codes[bmp]]
    keep = mapped != _DELETE
    if keep.all():
        return Normalized(raw, mapped.tobytes().decode("utf-32-le"))
    starts = np.flatnonzero(keep)
    text = mapped[keep].tobytes().decode("utf-32-le")
    return Normalized(raw, text, starts, _ends_for(codes, starts, len(raw)))


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
