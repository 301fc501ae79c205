"""Quantities in realistic news sentences, with their offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text.numbers import find_numbers


def one(text: str) -> list[tuple[str, float, float, bool, bool, bool, str | None]]:
    out = []
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
        out.append((n.text, n.low, n.high, n.approximate, n.vague, n.percent, n.bound))
    return out


def test_digits_and_approximate_words_in_one_sentence() -> None:
    text = "قتل 12 شخصا وأصيب نحو عشرين آخرين"
    found = find_numbers(text)
    assert [(n.text, n.low, n.approximate) for n in found] == [("12", 12.0, False), ("نحو عشرين", 20.0, True)]
    assert (found[0].start, found[0].end) == (4, 6)
    assert text.index("نحو") == found[1].start


def test_range_with_between_and_to() -> None:
    assert one("اندلعت اشتباكات بين 300 إلى 400 مقاتل") == [("بين 300 إلى 400", 300, 400, False, False, False, None)]
    assert one("قتل ما بين 800 و900 شخص") == [("ما بين 800 و900", 800, 900, False, False, False, None)]
    assert one("من 4 إلى 5 آلاف نازح") == [("من 4 إلى 5 آلاف", 4000, 5000, False, False, False, None)]
    assert one("قتل ثلاثة إلى أربعة") == [("ثلاثة إلى أربعة", 3, 4, False, False, False, None)]
    assert one("بين 3 و4 ملايين") == [("بين 3 و4 ملايين", 3e6, 4e6, False, False, False, None)]


def test_and_between_plain_numbers_is_not_a_range() -> None:
    # without «بين» two numbers joined by «و» stay two numbers
    assert [n.low for n in find_numbers("قتل 5 و6 جرحى")] == [5, 6]


def test_bounds() -> None:
    assert one("أكثر من ٥٠٠ ألف نازح") == [("أكثر من ٥٠٠ ألف", 500000, 500000, False, False, False, "at_least")]
    assert one("ما لا يقل عن 7 أشخاص") == [("ما لا يقل عن 7", 7, 7, False, False, False, "at_least")]
    assert one("أقل من عشرة") == [("أقل من عشرة", 10, 10, False, False, False, "at_most")]
    # the bound after the counted noun marks the number but the span stays on it
    found = find_numbers("قتل 50 شخصا على الأقل")
    assert [(n.text, n.bound) for n in found] == [("50", "at_least")]


def test_percentages() -> None:
    assert one("90 في المائة من الأراضي") == [("90 في المائة", 90, 90, False, False, True, None)]
    assert one("ارتفعت بنسبة ٤٥٪") == [("٤٥٪", 45, 45, False, False, True, None)]
    assert one("بين 20 و30 بالمئة") == [("بين 20 و30 بالمئة", 20, 30, False, False, True, None)]


def test_attached_prefixes_are_outside_the_span() -> None:
    text = "استهدف الموقع بأربعة صواريخ ولثلاثة أيام وبـ 5 قذائف"
    found = find_numbers(text)
    assert [(n.text, n.low) for n in found] == [("أربعة", 4), ("ثلاثة", 3), ("5", 5)]
    assert found[0].start == text.index("أربعة")


def test_vague_quantities() -> None:
    found = one("عشرات القتلى ومئات الجرحى وعشرات الآلاف من النازحين وبضعة آلاف")
    assert all(a for _t, _lo, _hi, a, _v, _p, _b in found)  # a vague count is an estimate
    assert [(t, lo, hi, v) for t, lo, hi, _a, v, _p, _b in found] == [
        ("عشرات", 10, 99, True),
        ("مئات", 100, 999, True),
        ("عشرات الآلاف", 10000, 99999, True),
        ("بضعة آلاف", 3000, 9999, True),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("خمسمائة و خمسة و عشرون", 525),
        ("ثلاثمائة وخمسين", 350),
        ("خمسة وعشرون ألفا و ثلاثمائة", 25300),
        ("مليون ونصف المليون", 1.5e6),
        ("نصف مليون", 5e5),
        ("ألفين", 2000),
        ("مئتان", 200),
        ("ثلاث مئة", 300),
        ("إحدى عشرة", 11),
        ("اثني عشر", 12),
        ("ثلاثة عشر", 13),
        ("1.5 مليون", 1.5e6),
        ("٣٬٥٠٠", 3500),
        ("12,000", 12000),
        ("٢٫٥", 2.5),
        ("۱۲", 12),  # Persian digits
        ("تلتمية وخمسين", 350),
        ("اتنين مليون", 2e6),
    ],
)
def test_values(text: str, value: float) -> None:
    found = find_numbers(text)
    assert len(found) == 1 and found[0].text == text and found[0].low == value == found[0].high


@pytest.mark.parametrize(
    "text",
    [
        "منذ عام 2014",  # a year
        "في 15 مارس 2024",  # a date
        "وقع الحادث في 2013/02/12",
        "الساعة 3 فجرا",
        "يوم الاثنين",  # Monday, not «two»
        "في القرن التاسع عشر",  # an ordinal
        "لست أدري",  # «I am not», not six
        "أحد الجنود",  # «one of»
        "نصف السكان",  # a proportion, not a count
        "مارس الجيش ضغوطا",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_numbers(text) == []


def test_diacritics_and_tatweel_keep_offsets() -> None:
    text = "قُتِلَ ثَلاثَةُ أشخاص وأُصيب خمســة"
    found = find_numbers(text)
    assert [(n.text, n.low) for n in found] == [("ثَلاثَةُ", 3), ("خمســة", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "وضبطت كمية من المخدرات",  # ك + مية is not «like a hundred»
        "السيستاني وأحد مساعديه",  # و + أحد «one of» folds to «واحد»
        "بزعامة عبد الواحد محمد النور",
        "لمعرفة ساعة الصفر",
        "تيار «الرابع عشر من آذار»",
        "فشلوا بعد الظفر بلقب 2007.",
    ],
)
def test_context_vetoes(text: str) -> None:
    assert find_numbers(text) == []


def test_a_year_sized_count_is_kept() -> None:
    assert [n.low for n in find_numbers("قتل 2000 شخص")] == [2000]


def test_article_is_in_the_span_and_conjunction_is_not() -> None:
    assert one("منذ ما يقارب الثلاثين عاما") == [("ما يقارب الثلاثين", 30, 30, True, False, False, None)]
    assert one("أفرج عن الجنود الثلاثة") == [("الثلاثة", 3, 3, False, False, False, None)]
    assert one("قتل 5 وحوالي مائة جريح")[1] == ("حوالي مائة", 100, 100, True, False, False, None)


def test_a_time_ago_is_not_a_quantity_but_a_duration_is() -> None:
    assert find_numbers("قبل ثلاثة أيام") == []
    assert [n.low for n in find_numbers("منذ عشرين عاما قتل 5")] == [5]
    assert [n.low for n in find_numbers("استمرت المعارك ثلاثة أيام")] == [3]


def test_more_connectors_and_bounds() -> None:
    assert one("أطلقوا ب15 صاروخا") == [("15", 15, 15, False, False, False, None)]
    assert one("300 - 400") == [("300 - 400", 300, 400, False, False, False, None)]
    assert one("لا يتجاوز 20") == [("لا يتجاوز 20", 20, 20, False, False, False, "at_most")]
    assert one("يزيد على 50") == [("يزيد على 50", 50, 50, False, False, False, "at_least")]
    assert one("1 فاصلة 5") == [("1 فاصلة 5", 1.5, 1.5, False, False, False, None)]


def test_day_of_the_current_month_is_not_a_quantity() -> None:
    assert find_numbers("يوم 12 الجاري") == []
    assert find_numbers("في 12 من الشهر الجاري") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ثلاثه", "عشر", "و", "عشرات", "الاف", "10", "و400", "مائه", "فاصله", "خمسه", "نصف", "بثلاثه", "الاثنين", "ميه", "2.5"]), min_size=1, max_size=6),
       st.sampled_from(["", "قتل ", "(", "نحو "]), st.sampled_from(["", " شخصا", ".", "،"]))
def test_a_chain_reads_the_same_wherever_it_stands(words: list[str], before: str, after: str) -> None:
    # the per-chain cache is only valid because the grammar never looks outside the chain
    from hadath.text.numbers import _chain_groups, _compiled, _groups

    chain = " ".join(words)
    text = before + chain + after
    direct = [(g.start - len(before), g.end - len(before), g.value()) for g in _groups(text, len(before), len(text) - len(after), _compiled())
              if not (g.half_only or g.colloquial_only)]
    assert direct == [(g.start, g.end, (g.low, g.high)) for g in _chain_groups(chain)]


def test_a_plain_item_is_what_the_patterns_match() -> None:
    """Where ``_plain_item`` spares the pattern («300 عائلة»، «ثلاثة أشخاص»، «12،») the pattern
    would have matched the same one item as a chain, at every candidate of texts of number
    words, date words and digits joined by spaces, punctuation or nothing."""
    import random

    from hadath.text.normalize import Profile, normalize
    from hadath.text.numbers import _DIGITS, _compiled, _plain_item
    from hadath.text.numwords import months, number_words, scan

    c = _compiled()
    words = sorted(number_words())[::7] + sorted(months()[0])[::3]
    words += ["300", "12", "2017", "1990", "3000", "15/3/2024", "2.5", "1,500", "14:30", "و400", "ب5", ".5", "قتل", "شخصا",
              "عائلة", "عام", "العام", "منذ", "قبل", "الساعة", "شهر", "الشهر", "من", "هذا", "الجاري", "أيام", "فاصلة", "و",
              "بثلاثة", "والعشرات", "مارسيليا", "%", "في المائة", "(", ")", "«", "»", "،", ".", "-", "/", ":", "_", "x"]
    glue = [" ", " ", " ", "  ", "", "، ", ". ", "\n", " (", "-", "/"]
    rng = random.Random(11)
    tried = plain = 0
    for _ in range(3000):
        text = normalize("".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 10))), Profile.CAREFUL).text
        for pos in scan(text)[0]:
            digit = text[pos] in _DIGITS
            end = _plain_item(text, pos, digit, c)
            tried += 1
            if end < 0:
                continue
            plain += 1
            m = (c.master if digit else c.master_word).match(text, pos)
            assert m is not None and m.group("chain") is not None and m.span() == (pos, end), (text, pos)
    assert plain > tried // 20  # the test reaches the shortcut
