"""A list of the dead in which a bare noun counts (hadath/events/tally.py): ACLED sums the list."""

from __future__ import annotations

import pytest

import hadath
from hadath.events.tally import counted_people
from hadath.text.normalize import normalize_key


def violent(text: str) -> list:
    return [e for e in hadath.extract(text, published="2026-11-24").events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "deaths"), [
    # a singular noun joined to a count is one more
    ("أعلن الجيش مقتل ضابط وثلاثة جنود وإصابة خمسة آخرين خلال تبادل لإطلاق النار.", 4),
    ("قتل أحد الجنود وثلاثة مدنيين في قصف على البلدة أمس.", 4),
    ("أسفر الانفجار عن مقتل ضابط برتبة نقيب وجنديين في مدينة العريش أمس.", 3),
    # a dual counts two
    ("أعلن الجيش مقتل ضابطين وجندي في هجوم على حاجز أمس.", 3),
    ("قتل ضابطان وجندي في هجوم على حاجز للجيش أمس.", 3),
    ("قتل شرطي ومدنيان في هجوم على حاجز للشرطة أمس.", 3),
    ("قتل شرطي ومدنيين اثنين في هجوم على حاجز للشرطة أمس.", 3),
    # the wounded are not dead
    ("أعلن الجيش مقتل جندي وإصابة اثنين في هجوم أمس.", 1),
    ("أسفر القصف عن مقتل طفل و3 جرحى أمس.", 1),
    # «بينهم» names a subset; «واحد» belongs to its noun; an age is no count
    ("أسفر القصف عن مقتل 5 أشخاص بينهم طفل وامرأة أمس.", 5),
    ("قتل شاب واحد في المواجهات مع الشرطة أمس.", 1),
    ("قتل فتى يبلغ من العمر 16 عاما في المواجهات مع الشرطة أمس.", 1),
])
def test_listed_dead_add_up(text: str, deaths: int) -> None:
    evs = violent(text)
    assert len(evs) == 1, evs
    assert evs[0].fatalities == deaths


def test_counted_people_lexicon_has_no_plurals() -> None:
    people = counted_people()
    assert normalize_key("ضابط") in people.one and normalize_key("ضابطين") in people.two
    # a plural needs a number: «جنود» alone counts nobody
    assert normalize_key("جنود") not in people.one | people.two
    assert not people.one & people.two
