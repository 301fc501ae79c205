"""The span index answers exactly what a scan over all spans would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.bisects import SpanIndex

SPAN = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPAN, max_size=12), SPAN)
def test_matches_brute_force(spans: list[tuple[int, int]], q: tuple[int, int]) -> None:
    idx = SpanIndex(spans)
    s, e = q
    assert idx.overlaps(s, e) == any(a < e and s < b for a, b in spans)
    assert idx.contains(s, e) == any(a <= s and e <= b for a, b in spans)
