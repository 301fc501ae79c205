"""Whole-word phrase matching that only ever sees whole words.

:class:`hadath.lexicon.matcher.PhraseMatcher` finds every occurrence of every key, also
inside words, and checks boundaries in Python afterwards; with short keys («أن», «في»,
«قال») that is most of the cost. Here the keys are compiled with their clitic prefixes
(و ف ب ل ك and pairs, «لل» for «ال») between spaces, and run over a copy of the normalised
text whose non-letters are spaces, so the automaton reports only real word matches. The
copy has the same length as ``doc.norm.text``: offsets map back with ``Normalized.raw_span``.

Overlaps are resolved leftmost-longest, as in ``PhraseMatcher``; a match's ``start`` is
where the key starts (after the clitics), ``prefix`` the clitics seen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from operator import itemgetter
from typing import Final, Generic, TypeVar

import ahocorasick
import numpy as np

from hadath.lexicon.matcher import Match, leftmost_longest, to_raw
from hadath.text.normalize import Normalized, normalize_key

T = TypeVar("T")

_ARTICLE: Final = "\u0627\u0644"  # ال
_LAM: Final = "\u0644"
_PREFIXES: Final = tuple(  # none, و ف, ب ل ك, and a conjunction before a preposition
    sorted({a + b for a in ("", "\u0648", "\u0641") for b in ("", "\u0628", "\u0644", "\u0643")})
)


@lru_cache(maxsize=1)
def _word_codes() -> np.ndarray:
    """Each BMP code point mapped to itself if it is a letter or a digit, else to a space."""
    codes = np.arange(0x10000, dtype=np.uint32)
    for c in range(0x10000):
        if unicodedata.category(chr(c))[0] not in "LN":
            codes[c] = 32
    return codes


@lru_cache(maxsize=1)
def _word_codes16() -> np.ndarray:
    """:func:`_word_codes` as 16-bit codes, for texts with no character beyond the BMP."""
    return _word_codes().astype(np.uint16)


def word_view(norm: Normalized) -> str:
    """``norm.text`` with every non-letter, non-digit replaced by a space, padded by one space.

    One view per document serves every lexicon (see :class:`hadath.attribution.index.DocIndex`).
    Vectorised: one table look-up over the code points, no per-character Python. A text with
    no character beyond the BMP (news, nearly always) goes through UTF-16, half the bytes of
    UTF-32; otherwise UTF-32, where characters beyond the BMP become spaces as before.
    """
    text = norm.text
    units = text.encode("utf-16-le")
    if len(units) == 2 * len(text):  # no surrogate pairs: one 16-bit unit per character
        body = _word_codes16().take(np.frombuffer(units, dtype=np.uint16)).tobytes().decode("utf-16-le")
        return f" {body} "
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    codes = np.where(codes < 0x10000, codes, 32).astype(np.uint32)
    return " " + _word_codes().take(codes).tobytes().decode("utf-32-le") + " "


def _marked_after_lam(key: str) -> tuple[str, ...]:
    """The key's view forms when its last word, a name after the preposition «ل», stands in
    marks: «المركز الاعلامي لقسد» -> «المركز الاعلامي ل قسد» (in the word view the tatweel is
    gone and the mark is a space; «لـ «قسد»» has two). None when the last word takes no «ل»."""
    head, _, last = key.rpartition(" ")
    if not head or last[:1] != _LAM or len(last) < 4 or last.startswith(_LAM + _LAM):
        return ()
    return (f"{head} {_LAM} {last[1:]}", f"{head} {_LAM}  {last[1:]}")


class WordMatcher(Generic[T]):
    """Compile ``(phrase, payload)`` pairs; :meth:`find` returns whole-word matches."""

    def __init__(self, entries: Iterable[tuple[str, T]], clitics: bool = True, marked_names: bool = False) -> None:
        """``marked_names``: a key of several words also matches with the words after its first
        in quotation marks («صحيفة «الشرق الأوسط»»، «وكالة «هاوار»»): in the word view the mark
        is one more space after the head noun."""
        table: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = normalize_key(phrase)
            if key:
                table.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        words: dict[str, tuple[str, int, int, tuple[T, ...]]] = {}
        for key, payloads in table.items():
            pl = tuple(payloads)
            for pre in _PREFIXES if clitics else ("",):
                words.setdefault(" " + pre + key + " ", (key, len(pre), len(key), pl))
            if clitics and key.startswith(_ARTICLE) and len(key) > 3:
                # «للمرصد», «وللمرصد»: the key's lam stands for «ال»; the match starts there
                for pre in ("", "\u0648", "\u0641"):
                    words.setdefault(" " + pre + _LAM + key[1:] + " ", (key, len(pre) + 1, len(key) - 1, pl))
            if marked_names and " " in key:
                head, rest = key.split(" ", 1)
                for pre in _PREFIXES if clitics else ("",):
                    words.setdefault(" " + pre + head + "  " + rest + " ", (key, len(pre), len(key) + 1, pl))
                for marked in _marked_after_lam(key):
                    # «المركز الإعلامي لـ«قسد»»: the key's «لقسد» with the name in marks after «لـ»
                    for pre in _PREFIXES if clitics else ("",):
                        words.setdefault(" " + pre + marked + " ", (key, len(pre), len(marked), pl))
        for w, v in words.items():
            self._auto.add_word(w, v)
        self.words = words
        self._empty = not words
        if words:
            self._auto.make_automaton()
        self.keys = frozenset(table)

    def __len__(self) -> int:
        return len(self.keys)

    def find_view(self, view: str) -> list[tuple[int, int, str, tuple[T, ...], int]]:
        """Matches in a :func:`word_view`: ``(start, end, key, payloads, prefix_start)``.

        Offsets are into the normalised text (view offset - 1: the view is padded).
        """
        if self._empty:
            return []
        cands = []
        for end_idx, (key, plen, blen, payloads) in self._auto.iter(view):
            e = end_idx - 1  # end_idx is the trailing space; body ends before it (norm offsets)
            s = e - blen
            cands.append((s, e, key, payloads, s - plen))
        return leftmost_longest(cands, by_prefix=True)

    def find(self, norm: Normalized, view: str | None = None) -> list[Match[T]]:
        """Matches in a normalised document, with offsets into its raw text."""
        if view is None:
            view = word_view(norm)
        return to_raw(norm, self.find_view(view))


new_match: Final = partial(tuple.__new__, Match)  # Match from one tuple, no Python-level __new__
_SPAN_START, _SPAN_END = itemgetter(2), itemgetter(3)


class LexiconSet:
    """Several :class:`WordMatcher` lexicons run in one automaton pass over the same view."""

    def __init__(self, matchers: dict[str, WordMatcher[object]]) -> None:
        # per view word: (lexicon index, prefix + key length, minus key length, key, payloads)
        # for each lexicon that has it, so a hit becomes a candidate with two subtractions
        merged: dict[str, list[tuple[int, int, int, str, tuple[object, ...]]]] = {}
        for gi, m in enumerate(matchers.values()):
            for w, (key, plen, blen, payloads) in m.words.items():
                merged.setdefault(w, []).append((gi, plen + blen, -blen, key, payloads))
        self.names = tuple(matchers)
        self._auto = ahocorasick.Automaton()
        for w, vals in merged.items():
            self._auto.add_word(w, tuple(vals))
        self._empty = not merged
        if merged:
            self._auto.make_automaton()

    def find(self, norm: Normalized, view: str) -> dict[str, list[Match[object]]]:
        """Leftmost-longest whole-word matches of each lexicon, raw offsets.

        The same result as ``leftmost_longest(..., by_prefix=True)`` then ``to_raw`` per
        lexicon, done in one pass: candidates are built as tuples that sort leftmost-longest
        by themselves (prefix start, then minus the key length, i.e. minus the end; within one
        lexicon no two share both, as one view span is one compiled word), so no key function
        runs per candidate, and the kept ones of every lexicon map to raw offsets in one
        vectorised look-up and become matches without a Python-level constructor call.
        """
        groups: list[list[tuple[int, int, int, int, str, tuple[object, ...]]]] = [[] for _ in self.names]
        if not self._empty:
            # typed: the compiled build unpacks the hits as tuples by index (an untyped hit is
            # unpacked through the iterator protocol, one call per field)
            hits: Iterator[tuple[int, tuple[tuple[int, int, int, str, tuple[object, ...]], ...]]] = \
                self._auto.iter(view)
            for end_idx, vals in hits:
                e = end_idx - 1
                for gi, pb, nb, key, payloads in vals:
                    # groups[gi].append: a native list append in the compiled build (a bound
                    # method held in a list was a generic vectorcall per hit)
                    groups[gi].append((e - pb, nb, e + nb, e, key, payloads))
        kept: list[tuple[int, int, int, int, str, tuple[object, ...]]] = []
        sizes = []
        for cands in groups:
            cands.sort()
            n0 = len(kept)
            last_end = -1
            for c in cands:
                if c[0] >= last_end:
                    kept.append(c)
                    last_end = c[3]
            sizes.append(len(kept) - n0)
        raw, text = norm.raw, norm.text
        if not kept:
            rs: list[int] = []
            re_: list[int] = []
        elif norm.starts is None or norm.ends is None:
            rs = list(map(_SPAN_START, kept))
            re_ = list(map(_SPAN_END, kept))
        else:
            # index arrays as :func:`hadath.lexicon.matcher.to_raw` makes them
            n = len(kept)
            rs = norm.starts[np.fromiter(map(_SPAN_START, kept), np.int64, n)].tolist()
            re_ = norm.ends[np.fromiter(map(_SPAN_END, kept), np.int64, n) - 1].tolist()
        matches = [
            new_match((a, b, raw[a:b], c[4], c[5], text[c[0] : c[2]])) for a, b, c in zip(rs, re_, kept, strict=True)
        ]
        out: dict[str, list[Match[object]]] = {}
        k = 0
        for name, size in zip(self.names, sizes, strict=True):
            out[name] = matches[k : k + size]
            k += size
        return out
