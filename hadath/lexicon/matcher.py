"""Phrase matching over normalised text with Aho-Corasick, clitic-aware, offsets kept.

A key matches only at word boundaries. On the left, Arabic proclitics may stand between
the boundary and the key (و ف ب ل ك and their pairs: «وبالرقة» matches «الرقة»), and a key
starting with ال also matches after «لل» («للتحالف» matches «التحالف»). Overlaps are
resolved leftmost-longest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from hadath.text.normalize import Normalized, normalize_key

T = TypeVar("T")

_CLITIC_LETTERS = frozenset("وفبلكس")
_MAX_CLITICS = 2


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A match: raw offsets, the payloads of its key, and the clitic prefix seen."""

    start: int
    end: int
    text: str
    key: str
    payloads: tuple[T, ...]
    prefix: str


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


class PhraseMatcher(Generic[T]):
    """Compile ``(phrase, payload)`` pairs into one automaton; ``find`` returns matches."""

    def __init__(self, entries: Iterable[tuple[str, T]], clitics: bool = True) -> None:
        table: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = normalize_key(phrase)
            if key:
                table.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._auto.add_word(key, (key, 0, tuple(payloads)))
            if clitics and key.startswith("ال") and len(key) > 3:
                lil = "لل" + key[2:]
                if lil not in table:
                    self._auto.add_word(lil, (key, 1, tuple(payloads)))
        self._clitics = clitics
        self._empty = not table
        if not self._empty:
            self._auto.make_automaton()
        self.keys = frozenset(table)

    def __len__(self) -> int:
        return len(self.keys)

    def _left_ok(self, text: str, s: int) -> tuple[bool, int]:
        """Is there a word boundary before ``s``, possibly across clitic letters?"""
        if s == 0 or not _is_letter(text[s - 1]):
            return True, s
        if not self._clitics:
            return False, s
        i = s
        for _ in range(_MAX_CLITICS):
            if i > 0 and text[i - 1] in _CLITIC_LETTERS:
                i -= 1
                if i == 0 or not _is_letter(text[i - 1]):
                    return True, i
            else:
                break
        return False, s

    def find_norm(self, text: str) -> list[tuple[int, int, str, tuple[T, ...], int]]:
        """Matches on an already normalised string: ``(start, end, key, payloads, prefix_start)``."""
        if self._empty:
            return []
        cands: list[tuple[int, int, str, tuple[T, ...], int]] = []
        n = len(text)
        for end_idx, (key, skip, payloads) in self._auto.iter(text):
            e = end_idx + 1
            s = e - (len(key) if not skip else len(key))  # «لل»+rest has the key's length
            if e < n and _is_letter(text[e]):
                continue
            ok, pstart = self._left_ok(text, s)
            if not ok:
                continue
            cands.append((s + skip, e, key, payloads, pstart))
        if not cands:
            return []
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out = []
        last_end = -1
        for c in cands:
            if c[0] >= last_end:
                out.append(c)
                last_end = c[1]
        return out

    def find(self, norm: Normalized) -> list[Match[T]]:
        """Matches in a normalised document, with offsets into its raw text."""
        out: list[Match[T]] = []
        for s, e, key, payloads, pstart in self.find_norm(norm.text):
            rs, re_ = norm.raw_span(s, e)
            out.append(Match(rs, re_, norm.raw[rs:re_], key, payloads, norm.text[pstart:s]))
        return out
