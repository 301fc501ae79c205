"""Sentences, tokens and clitics, all as offsets into the raw text.

Sentences end at ``. ! ? ؟`` followed by space, or at a line break, but not inside «...»
or (...) that are still open on the same paragraph (a quotation often spans clauses), not
after a one-letter abbreviation («أ. ف. ب»), and list markers start a new sentence.
Trailing site boilerplate («مشاركة :», «اقرأ أيضا») is cut off.

Clitics: Arabic attaches و ف (conjunctions), ب ل ك (prepositions), س (future) and the
article ال to the word. :func:`split_clitics` proposes the stem of a token so that
«والسيطرة» yields «السيطرة»/«سيطرة» and «لـ«داعش»» yields «داعش», keeping offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from hadath.text.normalize import Normalized, normalize

_SENT_END = regex.compile(r"[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s)|\n\s*")
_BOILERPLATE = regex.compile(
    r"(?:\s*(?:مشاركة|شارك|اقرأ أيضا|اقرأ أيضاً|المصدر|تابعونا|للمزيد)\s*[:：]?\s*)+$"
)
_LIST_MARKER = regex.compile(r"(?m)^[ \t]*(?:[-*•▪–]|\d{1,2}[.)-]|[\u0660-\u0669]{1,2}[.)-])[ \t]+")
_OPENERS = {"«": "»", "(": ")", "“": "”"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}


class Sentence(NamedTuple):
    start: int
    end: int


class Token(NamedTuple):
    """A token; ``stem_start`` is where the word proper starts after proclitics."""

    start: int
    end: int
    text: str
    norm: str
    stem_start: int
    stem: str

    @property
    def prefix(self) -> str:
        return self.norm[: len(self.norm) - len(self.stem)]

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


_EVENTS = regex.compile(
    r"(?P<open>[«(“])|(?P<close>[»)”])|(?P<end>[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s))|(?P<nl>\n\s*)"
)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentence spans (leading/trailing whitespace trimmed)."""
    cuts: list[int] = [0]
    # list markers start a new sentence
    for m in _LIST_MARKER.finditer(text):
        if m.start() > 0:
            cuts.append(m.start())
    depth: list[str] = []
    for m in _EVENTS.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth.append(m.group())
            continue
        if kind == "close":
            ch = m.group()
            if depth and depth[-1] == _CLOSERS[ch]:
                depth.pop()
            continue
        if kind == "nl":
            depth.clear()
            cuts.append(m.end())
            continue
        # a sentence end: its trailing closers may close what is open
        for ch in m.group():
            if ch in _CLOSERS and depth and depth[-1] == _CLOSERS[ch]:
                depth.pop()
        if depth:
            continue
        # one-letter abbreviation before the dot: «أ. ف. ب.»
        s = m.start()
        if m.group()[0] == "." and s >= 1 and text[s - 1].isalpha() and (s < 2 or not text[s - 2].isalpha()):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    bounds = sorted(set(cuts))
    out: list[Sentence] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = text[a:b]
        tail = max(0, len(seg) - 60)
        bp = _BOILERPLATE.search(seg, tail)
        if bp and bp.start() > 0:
            seg = seg[: bp.start()]
        elif bp:
            continue
        lstrip = len(seg) - len(seg.lstrip())
        rstrip = len(seg.rstrip())
        if rstrip > lstrip:
            out.append(Sentence(a + lstrip, a + rstrip))
    return out


_NORM_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,\u066b\u066c]\d+)*|\S")
_CONJ = frozenset("\u0648\u0641")  # و ف
_PREP = frozenset("\u0628\u0644\u0643")  # ب ل ك
_ART = "\u0627\u0644"  # ال
_LIL = "\u0644\u0644"  # لل


def split_clitics(word: str) -> tuple[int, str]:
    """Return ``(offset, stem)``: where the stem starts in the *normalised* word, and the stem.

    Conservative: و ف ب ل ك are only taken off when a definite article follows
    (والسيطرة، بالرقة، للجيش); «وزير» stays whole. For «للجيش» the stem is given as
    «الجيش» (the article's alef is elided after ل) starting at the second lam.
    """
    i = 0
    if len(word) > 1 and word[0] in _CONJ:
        i = 1
    if word.startswith(_LIL, i) and len(word) - i > 4:
        return i + 1, _ART + word[i + 2 :]
    if len(word) > i + 1 and word[i] in _PREP and word.startswith(_ART, i + 1):
        i += 1
    if word.startswith(_ART, i) and len(word) - i - 2 >= 2:
        return i, word[i:]
    return 0, word


_PROCLITIC_START = _CONJ | _PREP | {"\u0627"}
_split = lru_cache(maxsize=32768)(split_clitics)


def tokens(text: str, norm: Normalized | None = None) -> list[Token]:
    """Tokenise ``text``; each token knows its normalised form and clitic-free stem.

    Tokenisation runs on the normalised text (one pass, no per-token normalisation) and
    maps back with the offset arrays.
    """
    n = norm if norm is not None else normalize(text)
    nt = n.text
    out: list[Token] = []
    if n.starts is None:
        for m in _NORM_TOKEN.finditer(nt):
            s, e = m.span()
            w = m.group()
            off, stem = _split(w) if w[0] in _PROCLITIC_START else (0, w)
            out.append(Token(s, e, text[s:e], w, s + off, stem))
        return out
    starts, ends = n.starts.tolist(), n.ends.tolist()  # type: ignore[union-attr]
    for m in _NORM_TOKEN.finditer(nt):
        s, e = m.span()
        w = m.group()
        rs, re_ = starts[s], ends[e - 1]
        off, stem = _split(w) if w[0] in _PROCLITIC_START else (0, w)
        out.append(Token(rs, re_, text[rs:re_], w, starts[s + off] if off else rs, stem))
    return out
