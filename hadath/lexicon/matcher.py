"""Phrase matching over normalised text with Aho-Corasick, clitic-aware, offsets kept.

A key matches only at word boundaries. On the left, Arabic proclitics may stand between
the boundary and the key (و ف ب ل ك and their pairs: «وبالرقة» matches «الرقة»), and a key
starting with ال also matches after «لل» («للتحالف» matches «التحالف»). Overlaps are
resolved leftmost-longest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick
import numpy as np

from hadath.text.normalize import Normalized, normalize_key

T = TypeVar("T")

_CLITIC_LETTERS = frozenset("وفبلكس")
_CONJUNCTIONS = frozenset("وف")  # the only proclitics another may follow


class Match(NamedTuple, Generic[T]):
    """A match: raw offsets, the payloads of its key, and the clitic prefix seen.

    A NamedTuple: an article yields hundreds of matches, and a frozen dataclass costs
    several times more to create."""

    start: int
    end: int
    text: str
    key: str
    payloads: tuple[T, ...]
    prefix: str


def _letters(s: str) -> str:
    """``s`` with every character that is not a letter (``str.isalpha``) made a space."""
    if s.isalpha() or s.replace(" ", "").isalpha():
        return s
    return "".join(c if c.isalpha() else " " for c in s)


@lru_cache(maxsize=1)
def _bmp_letters() -> np.ndarray:
    """Each BMP code point mapped to itself if it is a letter, else to a space."""
    codes = np.arange(0x10000, dtype=np.uint32)
    codes[[c for c in range(0x10000) if not chr(c).isalpha()]] = 0x20
    return codes


@lru_cache(maxsize=8)
def letters_view(text: str) -> str:
    """``text`` with every non-letter made a space, and one space appended (same offsets).

    Vectorised (a table look-up over the code points); cached, because every matcher of a
    pipeline run reads the same ``doc.norm.text``.
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    bmp = codes < 0x10000
    if bmp.all():
        view = _bmp_letters()[codes]
    else:
        view = codes.copy()
        view[bmp] = _bmp_letters()[codes[bmp]]
        for i in np.flatnonzero(~bmp).tolist():
            if not text[i].isalpha():
                view[i] = 0x20
    return view.tobytes().decode("utf-32-le") + " "


class PhraseMatcher(Generic[T]):
    """Compile ``(phrase, payload)`` pairs into one automaton; ``find`` returns matches.

    The automaton runs over :func:`letters_view` of the text (every non-letter a space, one
    space appended) and each key is compiled with a trailing space, so it reports only keys
    that end a word: most raw hits of short keys are inside longer words («مصر» in «مصري»),
    and rejecting them in Python was most of the cost. The left boundary and the clitics
    before a key stay a check on the few hits left. A key with non-letters («دير الزور»)
    matches any non-letters in the view, so such hits are compared with the text itself.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], clitics: bool = True,
                 normalized: bool = False) -> None:
        """``normalized=True`` takes the phrases as already ``normalize_key``-ed keys
        (a prebuilt index of 20,000 names builds in ~20 ms instead of ~0.5 s)."""
        table: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = phrase if normalized else normalize_key(phrase)
            if key:
                table.setdefault(key, []).append(payload)
        # view word -> (key, offset of the match in it, payloads, alternatives): alternatives
        # are None when the view decides the match (the key is all letters), else every
        # (text, key, offset, payloads) that looks the same in the view, checked on the text
        self._auto = auto = ahocorasick.Automaton()
        add = auto.add_word
        rest: list[tuple[str, str, int, tuple[T, ...]]] = []
        for key, payloads in table.items():
            pl = tuple(payloads)
            if key.isalpha():  # no other all-letter key has the same word
                add(key + " ", (key, 0, pl, None))
            else:
                rest.append((key, key, 0, pl))
            if clitics and key.startswith("\u0627\u0644") and len(key) > 3:
                lil = "\u0644\u0644" + key[2:]  # «للتحالف» for «التحالف»
                if lil not in table:
                    rest.append((lil, key, 1, pl))
        for found, key, skip, pl in rest:
            word = _letters(found) + " "
            old = auto.get(word, None)
            if old is None:
                add(word, (key, skip, pl, None if found.isalpha() else ((found, key, skip, pl),)))
            else:  # another key looks the same in the view: compare both with the text
                before = old[3] or ((word[:-1], *old[:3]),)
                add(word, (key, skip, pl, (*before, (found, key, skip, pl))))
        self._clitics = clitics
        self._empty = not table
        if not self._empty:
            self._auto.make_automaton()
        self.keys = frozenset(table)

    def __len__(self) -> int:
        return len(self.keys)

    def find_norm(self, text: str) -> list[tuple[int, int, str, tuple[T, ...], int]]:
        """Matches on an already normalised string: ``(start, end, key, payloads, prefix_start)``."""
        if self._empty:
            return []
        view = letters_view(text)
        clitics = self._clitics
        cands: list[tuple[int, int, str, tuple[T, ...], int]] = []
        # typed: the compiled build unpacks a hit by index, not through the iterator protocol
        # one field at a time
        hits: Iterator[tuple[int, tuple[str, int, tuple[T, ...], tuple[tuple[str, str, int, tuple[Any, ...]], ...] | None]]] \
            = self._auto.iter(view)
        for e, (key, skip, payloads, alts) in hits:
            hit = _accept(text, view, e, key, skip, payloads, alts, clitics)
            if hit is not None:
                cands.append(hit)
        return leftmost_longest(cands)

    def find(self, norm: Normalized) -> list[Match[T]]:
        """Matches in a normalised document, with offsets into its raw text."""
        return to_raw(norm, self.find_norm(norm.text))


def leftmost_longest(
    cands: list[tuple[int, int, str, tuple[T, ...], int]], by_prefix: bool = False
) -> list[tuple[int, int, str, tuple[T, ...], int]]:
    """Keep non-overlapping ``(start, end, key, payloads, prefix_start)`` candidates,
    leftmost first, longest among equals; a candidate starts at its key, or at its
    clitic prefix with ``by_prefix``."""
    if not cands:
        return []

    # by start, longest first, ties in input order: two stable sorts on plain item keys
    cands.sort(key=_END, reverse=True)
    cands.sort(key=_PREFIX_START if by_prefix else _START)
    # the candidates walked as objects: in the compiled build a loop variable of the tuple
    # type unboxes every candidate into native fields and boxes it again, a new tuple and
    # new ints, to append it (and to pass it to an ``itemgetter``): ~20% of the NER
    # lexicons' ``find_norm``; read as objects, a candidate kept is the same tuple
    items: list[Any] = cands
    at = 4 if by_prefix else 0
    out: list[Any] = []
    last_end = -1
    for c in items:
        start: int = c[at]
        if start >= last_end:
            out.append(c)
            last_end = c[1]
    return out


_START, _END, _PREFIX_START = itemgetter(0), itemgetter(1), itemgetter(4)
_new_match = partial(tuple.__new__, Match)  # a Match from one tuple, in C


def to_raw(norm: Normalized, found: list[tuple[int, int, str, tuple[T, ...], int]]) -> list[Match[T]]:
    """Candidates in normalised offsets -> matches in raw offsets (one vectorised look-up).

    Matches are built by ``tuple.__new__`` from zipped columns: a NamedTuple's constructor and
    its ``_make`` are Python code (a Python frame per match, also in the compiled build), and
    an article has hundreds of matches."""
    if not found:
        return []
    raw, text = norm.raw, norm.text
    ss, es, keys, payloads, pstarts = zip(*found, strict=True)
    if norm.starts is None or norm.ends is None:
        starts: list[int] = list(ss)
        ends: list[int] = list(es)
    else:
        # index arrays by ``fromiter`` with the type and count given (``arr[list]`` discovers
        # the type of each item first, about twice the cost), the ends' ``- 1`` vectorised
        n = len(ss)
        starts = norm.starts[np.fromiter(ss, np.int64, n)].tolist()
        ends = norm.ends[np.fromiter(es, np.int64, n) - 1].tolist()
    texts = [raw[a:b] for a, b in zip(starts, ends, strict=True)]
    prefixes = [text[a:b] for a, b in zip(pstarts, ss, strict=True)]
    return list(map(_new_match, zip(starts, ends, texts, keys, payloads, prefixes, strict=True)))


class MultiMatcher:
    """Several :class:`PhraseMatcher` run as one automaton: one scan of the text, not one each.

    Scanning is most of a small lexicon's cost (about 25 ns a character whatever the
    number of hits), and the events stage runs three lexicons over every article.
    :meth:`find_norm` gives, for each matcher in order, exactly what its own
    ``find_norm`` gives: every view word keeps each matcher's entry, the boundary and
    clitic rules are the same, and leftmost-longest is chosen per matcher.
    """

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self.matchers = tuple(matchers)
        table: dict[str, list[tuple[int, str, int, tuple[Any, ...], Any]]] = {}
        for i, m in enumerate(self.matchers):
            if m._empty:
                continue
            for word, (key, skip, payloads, alts) in m._auto.items():
                table.setdefault(word, []).append((i, key, skip, payloads, alts))
        self._auto = auto = ahocorasick.Automaton()
        for word, entries in table.items():
            # the view word's length (the key's, and the «لل» form's) once for its entries
            auto.add_word(word, (len(word) - 1, tuple(entries)))
        self._clitics = tuple(m._clitics for m in self.matchers)
        self._empty = not table
        if not self._empty:
            auto.make_automaton()

    def find_norm(self, text: str) -> list[list[tuple[int, int, str, tuple[Any, ...], int]]]:
        """Per matcher, ``PhraseMatcher.find_norm(text)`` of that matcher."""
        out: list[list[tuple[int, int, str, tuple[Any, ...], int]]] = [[] for _ in self.matchers]
        if self._empty:
            return out
        view = letters_view(text)
        clitics = self._clitics
        # typed, as in PhraseMatcher.find_norm
        hits: Iterator[tuple[int, tuple[int, tuple[tuple[int, str, int, tuple[Any, ...], Any], ...]]]] = self._auto.iter(view)
        for e, (n, entries) in hits:
            s = e - n
            plain = not s or view[s - 1] == " "
            for i, key, skip, payloads, alts in entries:
                if alts is None and plain:
                    # most hits: an all-letter key right after a word boundary, which
                    # :func:`_accept` takes as it is (prefix start = key start)
                    out[i].append((s + skip, e, key, payloads, s))
                    continue
                hit = _accept(text, view, e, key, skip, payloads, alts, clitics[i])
                if hit is not None:
                    out[i].append(hit)
        return [leftmost_longest(c) for c in out]


def _accept(
    text: str, view: str, e: int, key: str, skip: int, payloads: tuple[Any, ...],
    alts: tuple[tuple[str, str, int, tuple[Any, ...]], ...] | None, clitics: bool,
) -> tuple[int, int, str, tuple[Any, ...], int] | None:
    """One automaton hit ending at ``e`` (the view's space after the word, so the key's
    end in ``text``) as a ``(start, end, key, payloads, prefix_start)`` candidate, or None
    when it is no word-level match: a key whose view collides with others must equal the
    text, and letters before the key may only be up to two proclitics («وبالرقة»)."""
    s = e - len(key)  # «لل»+rest has the key's length too
    if alts is not None:
        seg = text[s:e]
        alt = next((a for a in alts if a[0] == seg), None)
        if alt is None:
            return None
        _, key, skip, payloads = alt
    pstart = s
    if s > 0 and view[s - 1] != " ":
        c = s - 1
        if not clitics or view[c] not in _CLITIC_LETTERS:
            return None
        if c == 0 or view[c - 1] == " ":
            pstart = c
        elif view[c - 1] in _CONJUNCTIONS and (c == 1 or view[c - 2] == " "):
            pstart = c - 1  # two proclitics: a conjunction first («وب»، «فل»), never «سو» («سودان»)
        else:
            return None
    return (s + skip, e, key, payloads, pstart)
