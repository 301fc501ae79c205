"""``context.more_breaks`` (counts of the document's break starts, the text cut and searched
only on a tie) must answer as ``segment.more_breaks_than`` does for every span: a span may
start or end inside a break («\\n \\n»), and a break's rest after the span's start may or may
not hold a newline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.doc import Doc
from hadath.events.context import more_breaks
from hadath.text.segment import more_breaks_than

_TEXTS = st.text(alphabet="اب \n\t\r\u00a0", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 45), st.integers(0, 45), st.integers(-1, 4))
def test_more_breaks_answers_as_the_text_does(raw: str, a: int, b: int, most: int) -> None:
    doc = Doc(raw=raw)
    assert more_breaks(doc, a, b, most) == more_breaks_than(raw, a, b, most)


def test_a_span_that_starts_inside_a_break() -> None:
    raw = "قتل\n \n\nجرح\nاصيب"
    doc = Doc(raw=raw)
    for a in range(len(raw) + 1):
        for b in range(len(raw) + 1):
            for most in range(3):
                assert more_breaks(doc, a, b, most) == more_breaks_than(raw, a, b, most), (a, b, most)
