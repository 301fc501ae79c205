"""``hadath.bisects`` (a native loop in the compiled build, the C ``bisect`` in pure Python) must
give the standard library's index for every sorted list of ints, value and ``lo``: repeated
items, values before, between and after them, the empty list and big ints included. The loops
themselves (``_loop_left``/``_loop_right``) are checked in either build."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath import bisects

_PAIRS: list[tuple[Callable[..., int], Callable[..., int]]] = [
    (bisects.bisect_left, bisects.bisect_right), (bisects._loop_left, bisects._loop_right)]
_LISTS = st.lists(st.integers(-5, 40), max_size=30).map(sorted)


@settings(max_examples=400, deadline=None)
@given(_LISTS, st.integers(-8, 45), st.data())
def test_the_index_is_the_standard_librarys(a: list[int], x: int, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(a)))
    for left, right in _PAIRS:
        assert left(a, x) == bisect.bisect_left(a, x)
        assert right(a, x) == bisect.bisect_right(a, x)
        assert left(a, x, lo) == bisect.bisect_left(a, x, lo)
        assert right(a, x, lo) == bisect.bisect_right(a, x, lo)


def test_big_ints_and_every_position() -> None:
    big = 1 << 70  # beyond a C long: the compiled build's boxed-int path
    a = [-big, -3, 0, 0, 0, 7, big, big]
    for x in [*a, -big - 1, -4, -1, 1, 6, 8, big + 1]:
        for lo in range(len(a) + 1):
            for left, right in _PAIRS:
                assert left(a, x, lo) == bisect.bisect_left(a, x, lo), (x, lo)
                assert right(a, x, lo) == bisect.bisect_right(a, x, lo), (x, lo)


def test_pure_python_callers_get_the_c_functions() -> None:
    """Pure Python, a caller imports ``bisect``'s own functions, not a Python function calling them."""
    if not bisects.COMPILED:
        assert bisects.bisect_left is bisect.bisect_left
        assert bisects.bisect_right is bisect.bisect_right
