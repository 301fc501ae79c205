"""Property tests: every number and date span is an exact slice of the raw text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text.dates import find_dates
from hadath.text.numbers import find_numbers

PIECES = [
    "قتل", "نحو", "عشرين", "ثلاثة", "آلاف", "أكثر من", "بين", "و", "إلى", "في المائة", "%", "٪",
    "بأربعة", "عشرات", "مئات", "أمس", "أول من أمس", "يوم الأحد", "الأسبوع الماضي", "آذار",
    "يونيو (حزيران)", "الماضي", "منذ عام", "قبل", "أيام", "الخامس عشر من", "مارس",
    "12", "٣٬٥٠٠", "١٥/٣/٢٠٢٤", "2014", "1.5", "٢٫٥", "۱۲", "-", "،", ".", "«", "»", "(", ")",
]
MARKS = ["", "", "", "\u064e", "\u0650", "\u0651", "\u0640", "\u0640\u0640", "\u200f"]


@st.composite
def arabicish(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(MARKS), st.sampled_from([" ", "", "  ", "\n"])), max_size=14))
    out = []
    for word, mark, sep in parts:
        if mark and len(word) > 1:
            k = draw(st.integers(1, len(word) - 1))
            word = word[:k] + mark + word[k:]
        out.append(word + sep)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(arabicish())
def test_number_spans_are_raw_slices(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start:n.end] == n.text
        assert n.low <= n.high


@settings(max_examples=300, deadline=None)
@given(arabicish(), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_date_spans_are_raw_slices(text: str, published: dt.date | None) -> None:
    for d in find_dates(text, published):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text
        assert d.precision in ("day", "week", "month", "year")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قتلنحوعشرينثلاثةآلافأمسيوم٠١٢٣٤٥6789۱۲ ٫٬,./-%\u064e\u0640()")), max_size=60))
def test_random_characters_never_break(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
    for d in find_dates(text, dt.date(2020, 2, 29)):
        assert text[d.start:d.end] == d.text
