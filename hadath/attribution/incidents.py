"""Sentences that turn to another happening: «وفي هجوم آخر، ...»، «وفي حادث منفصل، ...».

A wire report often strings several incidents together. A figure told after such a turn
counts the new incident's dead, however similar its subject («مقتل 15 شخصا» after «مقتل
أربعة من عناصر الشرطة»): it is no rival of the earlier figures, and the two events are not
one disputed happening. The phrases are data (``data/incidents.tsv``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from hadath.lexicon.loader import load_tsv, split_variants
from hadath.text.normalize import normalize_key

INCIDENTS_TSV = Path(__file__).resolve().parent / "data" / "incidents.tsv"
OPENING = 40  # characters of a sentence in which its opening phrase is read
_CONJ = ("\u0648", "\u0641")  # و ف


@lru_cache(maxsize=1)
def turn_phrases() -> tuple[str, ...]:
    """The phrases of ``incidents.tsv``, normalised, longest first."""
    rows = load_tsv(INCIDENTS_TSV, ("id", "variants"), ("id", "variants"), ("id",))
    keys = {normalize_key(v) for r in rows for v in split_variants(r["variants"])}
    return tuple(sorted(keys, key=len, reverse=True))


@lru_cache(maxsize=1)
def _phrases_by_prefix() -> tuple[int, dict[str, tuple[str, ...]]]:
    """The phrases by their first ``k`` characters, ``k`` the shortest phrase's length: a
    sentence can open only with the phrases that share its first ``k`` characters, so one
    look-up leaves none to compare for most sentences."""
    phrases = turn_phrases()
    k = min(map(len, phrases), default=0)
    table: dict[str, list[str]] = {}
    for p in phrases:
        table.setdefault(p[:k], []).append(p)
    return k, {key: tuple(ps) for key, ps in table.items()}


def opens_turn(sentence: str) -> bool:
    """Does ``sentence`` open with a turn to another happening (after «و»/«ف»)?"""
    head = normalize_key(sentence[:OPENING].lstrip())
    if head[:1] in _CONJ:
        head = head[1:]
    k, table = _phrases_by_prefix()
    return any(head.startswith(p) and (len(head) == len(p) or not head[len(p)].isalpha())
               for p in table.get(head[:k], ()))


def turn_starts(raw: str, sentences: Sequence[object]) -> list[int]:
    """Raw starts of the sentences that open a turn, in order."""
    out = []
    for s in sentences:
        start, end = s.start, s.end  # type: ignore[attr-defined]
        if opens_turn(raw[start : min(end, start + OPENING)]):
            out.append(start)
    return out


def incident_at(turns: list[int], pos: int) -> int:
    """How many turns come at or before raw ``pos``: figures with the same number are told
    of the same run of happenings."""
    return bisect_right(turns, pos)
