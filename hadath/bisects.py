"""``bisect_left`` and ``bisect_right`` over lists of ints, as native loops in the compiled build.

The stages find a token, sentence or mention by offset with a bisect, tens of thousands of
times an article (the events stage ~3,700 calls an article on the benchmark articles). From
mypyc-compiled code, the standard library's C ``bisect`` is a generic call: the arguments
parsed by keyword-aware argument clinic, then every probe a ``PySequence_GetItem`` and a
``PyObject_RichCompare`` of two Python ints. Compiled, the loop below reads the list's items
and compares them as C integers, and a compiled caller calls it directly (no argument
parsing); it runs in ~90-140 ns where the C bisect takes ~200-450 ns (lists of 30 and 800
ints, mypyc 2.4.1, /tmp/evspeed15/mt). Pure Python, the loop would be several times slower
than C, so there the module's names are ``bisect``'s own functions: a caller imports the C
function itself (a Python function handing each call on cost the pure events stage 3%).

Same result as ``bisect.bisect_left(a, x, lo)`` / ``bisect.bisect_right(a, x, lo)`` for a list
sorted ascending and ``0 <= lo <= len(a)``; ints only (compiled, an item that is not an ``int``
raises ``TypeError``).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # only annotations name it: a machine integer in the compiled build (mypyc)
    from mypy_extensions import i64

_c_left: Final = bisect.bisect_left
_c_right: Final = bisect.bisect_right


def _probe() -> None:
    """A function whose kind tells the build: a mypyc-compiled function has no ``__code__``."""


COMPILED: Final = not hasattr(_probe, "__code__")
"""This module runs compiled by mypyc (its functions are native: no Python code object)."""


def bisect_left(a: list[int], x: int, lo: int = 0) -> int:
    """The first index ``i >= lo`` with ``x <= a[i]`` (``len(a)`` when none): ``bisect.bisect_left(a, x, lo)``."""
    # machine integers (``i64``) for the bounds, the probe and the values: compiled, a tagged
    # ``int`` costs an overflow-checked add, a shift call and a tagged compare every probe
    # (~0.3M instructions an article less over the three stages, callgrind). A value beyond
    # 64 bits (never an offset; the tests try them) raises ValueError on conversion, and the
    # search runs again on Python ints.
    try:
        target: i64 = x
        low: i64 = lo
        high: i64 = len(a)
        while low < high:
            mid: i64 = (low + high) >> 1
            value: i64 = a[mid]
            if value < target:
                low = mid + 1
            else:
                high = mid
        return low
    except ValueError:
        return _big_left(a, x, lo)


def bisect_right(a: list[int], x: int, lo: int = 0) -> int:
    """The first index ``i >= lo`` with ``x < a[i]`` (``len(a)`` when none): ``bisect.bisect_right(a, x, lo)``."""
    try:  # machine integers, as in :func:`bisect_left`
        target: i64 = x
        low: i64 = lo
        high: i64 = len(a)
        while low < high:
            mid: i64 = (low + high) >> 1
            value: i64 = a[mid]
            if target < value:
                high = mid
            else:
                low = mid + 1
        return low
    except ValueError:
        return _big_right(a, x, lo)


def _big_left(a: list[int], x: int, lo: int) -> int:
    """:func:`bisect_left` on Python ints, for values beyond 64 bits."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _big_right(a: list[int], x: int, lo: int) -> int:
    """:func:`bisect_right` on Python ints, for values beyond 64 bits."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class SpanIndex:
    """Spans sorted by start with a running maximum of their ends, so «does any span
    overlap / contain [s, e)?» is one binary search: a long input has thousands of
    candidates and organisation names, and scanning them all per query was quadratic
    (the geo stage's candidates and organisation names, the events stage's organisation
    names around generic nouns)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        # one loop over typed tuples: native in the compiled build, where map(itemgetter) and
        # accumulate(..., max) made a generic call per span (max's argument parsing the most)
        starts: list[int] = []
        max_end: list[int] = []  # running maximum of the ends
        top = -1
        for s, e in sorted(spans):
            starts.append(s)
            if e > top:
                top = e
            max_end.append(top)
        self._starts = starts
        self._max_end = max_end

    def _max_end_before(self, i: int) -> int:
        return self._max_end[i - 1] if i > 0 else -1

    def overlaps(self, s: int, e: int) -> bool:
        """Some span has ``a < e`` and ``s < b``."""
        return self._max_end_before(bisect_left(self._starts, e)) > s

    def contains(self, s: int, e: int) -> bool:
        """Some span has ``a <= s`` and ``e <= b``."""
        i = bisect_right(self._starts, s)  # (asked for every place name: _max_end_before inlined)
        return i > 0 and self._max_end[i - 1] >= e


_loop_left: Final = bisect_left  # the loops themselves, for the tests in either build
_loop_right: Final = bisect_right

if not COMPILED:
    # pure Python: a caller's ``from hadath.bisects import bisect_left`` gets the C function
    # (compiled callers call the native functions above directly, whatever these names hold)
    bisect_left = _c_left
    bisect_right = _c_right
