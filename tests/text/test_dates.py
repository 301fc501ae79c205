"""Dates in news usage, resolved against a publication date, with their offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.text.dates import find_dates

PUB = dt.date(2024, 3, 15)  # a Friday


def dates(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None, str]]:
    out = []
    for d in find_dates(text, published):
        assert text[d.start:d.end] == d.text
        out.append((d.text, d.date, d.precision))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أول من أمس ثلاثة أشخاص", ("أول من أمس", dt.date(2024, 3, 13), "day")),
        ("قتل أمس الأول", ("أمس الأول", dt.date(2024, 3, 13), "day")),
        ("وقع الهجوم مساء أمس", ("مساء أمس", dt.date(2024, 3, 14), "day")),
        ("وقع الهجوم قبل ثلاثة أيام", ("قبل ثلاثة أيام", dt.date(2024, 3, 12), "day")),
        ("منذ يومين", ("منذ يومين", dt.date(2024, 3, 13), "day")),
        ("قبل أسبوعين", ("قبل أسبوعين", dt.date(2024, 3, 1), "day")),
        ("خلال الأسبوع الماضي", ("الأسبوع الماضي", dt.date(2024, 3, 4), "week")),
        ("الشهر الماضي", ("الشهر الماضي", dt.date(2024, 2, 1), "month")),
        ("العام الماضي", ("العام الماضي", dt.date(2023, 1, 1), "year")),
        ("السنة الماضية", ("السنة الماضية", dt.date(2023, 1, 1), "year")),
        ("منذ عام 2014", ("منذ عام 2014", dt.date(2014, 1, 1), "year")),
        ("فجر اليوم الجمعة", ("فجر اليوم الجمعة", dt.date(2024, 3, 15), "day")),
        ("بعد غد", ("بعد غد", dt.date(2024, 3, 17), "day")),
    ],
)
def test_relative(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert dates(text) == [expected]


def test_weekday_is_most_recent_on_or_before_publication() -> None:
    assert dates("يوم الأحد") == [("يوم الأحد", dt.date(2024, 3, 10), "day")]
    # published on a Friday, «الجمعة» is that very day; «الجمعة الماضية» the week before
    assert dates("صلاة الجمعة") == [("الجمعة", PUB, "day")]
    assert dates("الجمعة الماضية") == [("الجمعة الماضية", dt.date(2024, 3, 8), "day")]
    assert dates("الأحد المقبل") == [("الأحد المقبل", dt.date(2024, 3, 17), "day")]
    assert dates("أحد الأسبوع الماضي") == [("أحد الأسبوع الماضي", dt.date(2024, 3, 10), "day")]


def test_month_without_year_is_latest_on_or_before_publication() -> None:
    assert dates("في يونيو (حزيران) الماضي") == [("في يونيو (حزيران) الماضي", dt.date(2023, 6, 1), "month")]
    assert dates("في شهر آذار") == [("شهر آذار", dt.date(2024, 3, 1), "month")]
    assert dates("في ديسمبر") == [("في ديسمبر", dt.date(2023, 12, 1), "month")]
    assert dates("في نيسان") == [("في نيسان", dt.date(2023, 4, 1), "month")]
    assert dates("آذار المقبل") == [("آذار المقبل", dt.date(2025, 3, 1), "month")]


def test_full_dates_in_both_digit_scripts() -> None:
    assert dates("في ١٥/٣/٢٠٢٤") == [("١٥/٣/٢٠٢٤", dt.date(2024, 3, 15), "day")]
    assert dates("في ۱۲ كانون الثاني ۲۰۲۳") == [("في ۱۲ كانون الثاني ۲۰۲۳", dt.date(2023, 1, 12), "day")]
    assert dates("بتاريخ 2024-03-10") == [("2024-03-10", dt.date(2024, 3, 10), "day")]
    assert dates("الخامس عشر من آذار") == [("الخامس عشر من آذار", dt.date(2024, 3, 15), "day")]
    assert dates("الثلاثاء 12 آذار") == [("الثلاثاء 12 آذار", dt.date(2024, 3, 12), "day")]
    assert dates("منتصف الشهر الماضي") == [("منتصف الشهر الماضي", dt.date(2024, 2, 15), "day")]


def test_offsets_in_a_sentence() -> None:
    text = "وقال المصدر إن الغارة وقعت مساء الأحد 10 آذار قرب المدينة"
    [d] = find_dates(text, PUB)
    assert (d.start, d.end) == (text.index("مساء"), text.index(" قرب"))
    assert d.date == dt.date(2024, 3, 10)


def test_without_publication_date() -> None:
    # relative dates are still found, with no date; absolute ones resolve anyway
    assert dates("أمس وقبل يومين", None) == [("أمس", None, "day"), ("قبل يومين", None, "day")]
    assert dates("في 15 آذار 2014", None) == [("في 15 آذار 2014", dt.date(2014, 3, 15), "day")]


@pytest.mark.parametrize(
    "text",
    ["أحد الجنود", "الأمين العام للأمم المتحدة", "مارس الجيش ضغوطا", "منذ أشهر", "من شهر رمضان", "سيارة نيسان"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_future_convention_for_duckling() -> None:
    ref = dt.date(2013, 2, 12)  # a Tuesday
    [d] = find_dates("الثلاثاء", ref, future=True)
    assert d.date == dt.date(2013, 2, 19)
    [d] = find_dates("الثلاثاء", ref)
    assert d.date == ref


@pytest.mark.parametrize(
    "text",
    ["في اليوم التالي للهجوم", "بمناسبة اليوم العالمي للمرأة", "قوى 14 آذار", "بعد يوم من الهجوم"],
)
def test_context_vetoes(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فقدنا أمس (الاثنين) خمسة جنود", ("أمس (الاثنين)", dt.date(2024, 3, 14), "day")),
        ("أطلقوا أول من أمس (الأربعاء) سراح", ("أول من أمس (الأربعاء)", dt.date(2024, 3, 13), "day")),
        ("والثلاثاء أصيب 37 شخصا", ("الثلاثاء", dt.date(2024, 3, 12), "day")),
        ("وبالأمس الأول استبقت", ("الأمس الأول", dt.date(2024, 3, 13), "day")),
        ("في الليلة قبل الماضية", ("الليلة قبل الماضية", dt.date(2024, 3, 13), "day")),
        ("الأسبوع قبل الماضي", ("الأسبوع قبل الماضي", dt.date(2024, 2, 26), "week")),
        ("قتل في 11 مارس الماضي، وأشاد", ("في 11 مارس الماضي", dt.date(2024, 3, 11), "day")),
        ("في 28 أبريل (نيسان) الماضي", ("في 28 أبريل (نيسان) الماضي", dt.date(2023, 4, 28), "day")),
    ],
)
def test_apposition_proclitics_and_before_last(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منذ 30 عاما", ("منذ 30 عاما", dt.date(1994, 1, 1), "year")),
        ("قبل خمسة وعشرين عاما", ("قبل خمسة وعشرين عاما", dt.date(1999, 1, 1), "year")),
        ("قبل 15 يوما", ("قبل 15 يوما", dt.date(2024, 2, 29), "day")),
        ("منذ ثلاثة عشر عاما", ("منذ ثلاثة عشر عاما", dt.date(2011, 1, 1), "year")),
    ],
)
def test_time_ago_with_counted_units(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert dates(text) == [expected]


def test_day_of_the_current_month_and_weekday_with_numeric_date() -> None:
    assert dates("يوم 12 الجاري") == [("يوم 12 الجاري", dt.date(2024, 3, 12), "day")]
    assert dates("في الـ15 من الشهر الجاري") == [("في الـ15 من الشهر الجاري", PUB, "day")]
    assert dates("الأحد 10/3/2024") == [("الأحد 10/3/2024", dt.date(2024, 3, 10), "day")]


def test_parts_of_the_current_month_and_year() -> None:
    assert dates("منذ منتصف الشهر") == [("منتصف الشهر", dt.date(2024, 3, 15), "day")]
    assert dates("منذ مطلع العام") == [("مطلع العام", dt.date(2024, 1, 1), "year")]
    assert dates("أواخر الشهر الجاري") == [("أواخر الشهر الجاري", dt.date(2024, 3, 1), "month")]


def test_dispatch_agrees_with_the_whole_alternation() -> None:
    """What a start's first letters dispatch to (``_Compiled.by_first``) matches there exactly
    what all the alternatives do: a run of letters the table does not know opens no date.
    Texts of the lexicons' own words, joined by spaces, punctuation or nothing, every start."""
    import random

    from hadath.text.dates import _FIRST_WORD, _compiled, _lex
    from hadath.text.normalize import Profile, normalize

    c, lex = _compiled(), _lex()
    words = sorted(c.openers | set(lex.month) | set(lex.role) | set(lex.unit) | set(lex.day_ordinal))
    words += ["12", "2014", "15/3/2024", "3", "ال15", "ال", "و", "ب", "عام", "العام", "هذه", "شهر", "الشهر",
              "الاسبوع", "اسابيع", "الموافق", "قتل", "مسلحين", "الثالثه", "(", ")", "،", ".", ":", "/"]
    rng = random.Random(7)
    glue = [" ", " ", " ", "", "، ", " (", ") ", "\n", "/"]
    for _ in range(400):
        text = normalize("".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 12))),
                         Profile.CAREFUL).text
        for s in range(len(text)):
            if text[s].isdigit():
                pat = c.by_first["#"]
            else:
                w = _FIRST_WORD.match(text, s)
                pat = c.by_first[w.group() if w else ""]
            got = pat.match(text, s) if pat is not None else None
            want = c.pattern.match(text, s)
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), (text, s)
