"""Normalisation folds what matching needs folded and always maps back to the raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text.normalize import Profile, _normalize_slow, normalize, normalize_key

ARABIC_ISH = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئء")
        + list("\u064b\u064e\u064f\u0650\u0651\u0652\u0640\u200f\u200c")
        + list("٠١٢٣٤٥٦٧٨٩۱۲0123456789٫٬،؛؟«»“” .,\n")
        + ["\ufefb", "\ufe8e", "\ufef7", "A", "b"]
    ),
    max_size=60,
)


def test_folds_letters_digits_and_marks() -> None:
    n = normalize("قالَ إنّ «الرقّة» ـــ ١٢٣ مدرسةً ۴", Profile.MATCH)
    assert n.text == 'قال ان "الرقه"  123 مدرسه 4'


def test_careful_keeps_number_punctuation() -> None:
    n = normalize("١٫٥ مليون، ٢٬٠٠٠", Profile.CAREFUL)
    assert n.text == "1\u066b5 مليون\u060c 2\u066c000"


def test_presentation_forms_expand() -> None:
    n = normalize("ﻻ بد", Profile.MATCH)
    assert n.text == "لا بد"
    assert n.raw_span(0, 2) == (0, 1)


def test_span_of_a_diacritised_word_includes_its_marks() -> None:
    raw = "في الرقّةِ اليوم"
    n = normalize(raw)
    s = n.text.index("الرقه")
    a, b = n.raw_span(s, s + len("الرقه"))
    assert raw[a:b] == "الرقّةِ"


def test_normalize_key_collapses_space() -> None:
    assert normalize_key("  قوات   سوريا\tالديمقراطية ") == "قوات سوريا الديمقراطيه"


@settings(max_examples=300, deadline=None)
@given(ARABIC_ISH, st.sampled_from(list(Profile)))
def test_every_normalised_char_comes_from_its_raw_char(raw: str, profile: Profile) -> None:
    n = normalize(raw, profile)
    for i, ch in enumerate(n.text):
        src = raw[n.raw_start(i)]
        assert ch in normalize(src, profile).text or ch == src


@settings(max_examples=300, deadline=None)
@given(ARABIC_ISH, st.data())
def test_raw_span_is_monotonic_and_in_bounds(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    if not n.text:
        return
    s = data.draw(st.integers(0, len(n.text) - 1))
    e = data.draw(st.integers(s + 1, len(n.text)))
    a, b = n.raw_span(s, e)
    assert 0 <= a < b <= len(raw)
    # the normalised slice is exactly the normalisation of the raw slice (an expanded
    # presentation-form glyph at an edge is taken whole, so then it only contains it)
    again = normalize(raw[a:b]).text
    if any("\ufb50" <= c <= "\ufeff" for c in raw[a:b]):
        assert n.text[s:e] in again
    else:
        assert again == n.text[s:e]


@settings(max_examples=200, deadline=None)
@given(ARABIC_ISH)
def test_fast_and_slow_paths_agree(raw: str) -> None:
    from hadath.text.normalize import _normalize_slow

    fast = normalize(raw)
    slow = _normalize_slow(raw, Profile.MATCH)
    assert fast.text == slow.text
    for i in range(len(fast.text)):
        assert fast.raw_start(i) == slow.raw_start(i)
        assert fast.raw_end(i) == slow.raw_end(i)


@settings(max_examples=300, deadline=None)
@given(ARABIC_ISH)
def test_normalize_key_agrees_with_normalize(raw: str) -> None:
    assert normalize_key(raw) == " ".join(normalize(raw).text.split())


def test_presentation_table_is_the_presentation_class() -> None:
    import numpy as np
    import regex

    from hadath.text import chars
    from hadath.text.normalize import _IS_PRESENTATION

    pattern = regex.compile(chars.PRESENTATION_FORMS)
    expected = np.array([bool(pattern.match(chr(c))) for c in range(0x10000)])
    assert (expected == _IS_PRESENTATION).all()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("ابتىةأ \u064e\u0651\u0640\u200f\ufeff،؛٫٬,.ABz0١") + ["\ufefb", "😀", "𝟙", "\U00010000"]
), max_size=60))
def test_both_views_equal_the_single_profiles(raw: str) -> None:
    from hadath.text.normalize import normalize_both

    for view, profile in zip(normalize_both(raw), (Profile.MATCH, Profile.CAREFUL), strict=True):
        single = normalize(raw, profile)
        slow = _normalize_slow(raw, profile)
        assert view.text == single.text == slow.text
        for i in range(len(view.text)):
            assert view.raw_start(i) == single.raw_start(i) == slow.raw_start(i)
            assert view.raw_end(i) == single.raw_end(i) == slow.raw_end(i)
        if view.codes is not None:  # the code points handed on to the tokeniser are the text's
            assert view.codes.tolist() == [ord(c) for c in view.text]
