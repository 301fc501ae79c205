"""The mention records every stage makes and reads: entities, numbers, dates.

Kept apart from :mod:`hadath.doc` (which re-exports them) so that the optional compiled build
(``scripts/compiled_modules.txt``) makes them native classes: an article makes some 200 of them
and its stages read their fields about 13,000 times, as struct slots once compiled instead of
look-ups on a Python class (``Doc`` itself stays Python: its lazily made views are
``cached_property``, which a native class cannot hold, and tests subclass it).

Each class writes its ``__init__`` out (``init=False``): mypyc compiles a written ``__init__``
into the native constructor, while the one ``dataclasses`` generates stays interpreted code,
called through the interpreter for every record made (about 7x the cost of the native one
from compiled code). ``dataclasses`` still makes ``__eq__``, ``__repr__`` and ``fields()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

PLACE_TYPES: Final = frozenset({"GPE", "LOC", "FAC"})
"""Mention types that name a place: what the geo stage resolves and the other stages read as places."""
NOMINAL_ORIGINS: Final = frozenset({"generic", "anaphor"})
"""Mention origins of common nouns and pronouns («المسلحون»، «الحركة»), not names."""


@dataclass(slots=True, init=False)
class NumberMention:
    """A quantity in the text: a value (``low == high``) or a range, maybe approximate."""

    start: int
    end: int
    text: str
    low: float
    high: float
    approximate: bool
    vague: bool  # عشرات، مئات، بضعة ...
    percent: bool
    bound: str | None  # "at_least" (أكثر من، على الأقل) | "at_most" (أقل من)

    def __init__(self, start: int, end: int, text: str, low: float, high: float, approximate: bool = False,
                 vague: bool = False, percent: bool = False, bound: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.high = high
        self.approximate = approximate
        self.vague = vague
        self.percent = percent
        self.bound = bound


@dataclass(slots=True, init=False)
class DateMention:
    """A temporal expression; ``date`` is None when it cannot be resolved without ``published``."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day" | "week" | "month" | "year"

    def __init__(self, start: int, end: int, text: str, date: dt.date | None, precision: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.precision = precision


@dataclass(slots=True, init=False)
class Mention:
    """An entity mention. ``actor``/``source``/``place`` hold lexicon payloads when known."""

    start: int
    end: int
    text: str
    type: str
    canonical: str | None
    origin: str  # lexicon | rule | crf | coref
    actor: Any
    place: Any  # a resolved hadath.geo place (filled by the geo stage)
    precision: int | None
    in_org: bool

    def __init__(self, start: int, end: int, text: str, type: str, canonical: str | None = None,  # noqa: A002 - the field's name
                 origin: str = "lexicon", actor: Any = None, place: Any = None, precision: int | None = None,
                 in_org: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.canonical = canonical
        self.origin = origin
        self.actor = actor
        self.place = place
        self.precision = precision
        self.in_org = in_org
