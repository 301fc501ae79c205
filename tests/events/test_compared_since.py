"""The start of the period a comparison reaches back over («للمرة الأولى منذ عام 2011»، «في أعنف
هجوم منذ 2019») dates no event, and the event is no recap of that year
(hadath.text.recency.compared_since, used by hadath.events.dating).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath
from hadath.text.dates import find_dates
from hadath.text.recency import compared_since


def dated(text: str, published: str = "2024-07-10") -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.event_date) for e in hadath.extract(text, published=published).events]


def test_a_first_since_is_no_date_of_the_event() -> None:
    assert dated("تظاهر آلاف الأشخاص في وسط دمشق للمرة الأولى منذ عام 2011.") == [("Peaceful protest", None)]
    assert dated("شنت الطائرات الحربية غارات على مطار المدينة، هي الأولى من نوعها منذ أكتوبر الماضي.") == [
        ("Air/drone strike", None)]
    assert dated("وقال الجيش إن قواته استعادت السيطرة على البلدة لأول مرة منذ عام 2014.") == [
        ("Government regains territory", None)]


def test_a_superlative_since_is_no_date_either() -> None:
    assert dated("قتل خمسة جنود في هجوم على حاجز للجيش في أعنف هجوم منذ عام 2019.") == [("Armed clash", None)]
    # the day the report gives stays the event's
    assert dated("قتل خمسة جنود أمس في هجوم على حاجز للجيش، هو الأعنف منذ عام 2019.") == [
        ("Armed clash", "2024-07-09")]


def test_a_period_with_no_comparison_still_dates_or_tallies() -> None:
    text = "وكان المرصد قد أحصى مقتل أكثر من 300 شخص منذ ديسمبر الماضي."
    (since,) = find_dates(text, None)
    assert not compared_since(text, since)  # «أكثر من» counts; it compares nothing
    assert not dated(text)  # a running tally, no event
    # «منذ عامين» with no comparison is two years ago: a recap
    assert not dated("وكان القيادي في الحركة قد قتل في غارة جوية منذ عامين في بيروت.")
    assert dated("وكان القيادي في الحركة قد قتل في غارة جوية في بيروت.") == [("Air/drone strike", None)]
