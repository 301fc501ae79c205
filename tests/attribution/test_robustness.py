"""The stage never raises on odd text, and every span it emits points into the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import assert_offsets, make_doc

WORDS = [
    "قال", "المرصد", "«", "»", "“", "”", '"', ":", "إن", "مقتل", "5", "قتلى", "عشرات", "بحسب", "وفقا",
    "للمرصد", "نقلت", "عن", "قوله", "\n", "،", ".", "لـ", "الشرق", "الأوسط", "(", ")", "-", "رويترز",
    "مضيفا", "وأضاف", "المتحدث", "باسم", "الجيش", "العميد", "أحمد", "الخالد", "%", "في المئة", "من",
    "الأراضي", "ـ", "\u064b", "٣", "أ ف ب", "بمقتل", "مصدر أمني", "كلم", "توغلت", "فدية", "دولار",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from([" ", "", "  "]))
def test_any_sequence_of_news_words(words: list[str], sep: str) -> None:
    raw = sep.join(words)
    if not raw.strip():
        return
    doc = make_doc(raw)
    assert_offsets(doc)
    for c in doc.claims:
        assert c.quantity.low <= c.quantity.high
    for cf in doc.conflicts:
        i, j = cf.claims
        assert 0 <= i < j < len(doc.claims)
