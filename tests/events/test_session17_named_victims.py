"""Session 17: a person NER named, whom no actor lexicon knows, in a killing word's victim slot.

Sentences written for these tests in wire style (not from any data set; the names are made up).
ACLED codes such a victim as civilians; the actor's words are the name with its title.
"""

from __future__ import annotations

import pytest

import hadath


def _target(text: str) -> str | None:
    events = [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]
    assert len(events) == 1
    return events[0].actor2.text if events[0].actor2 else None


@pytest.mark.parametrize(("text", "victim"), [
    ("وشهد الشهر الحالي اغتيال جاسم الذهبي، عميد كلية الإدارة والاقتصاد، بإطلاق نار عليه من سيارة.", "جاسم الذهبي"),
    ("اغتال مسلحون مجهولون الصحفي أحمد الزبيدي في مدينة الموصل أمس.", "الصحفي أحمد الزبيدي"),
    ("وكانت الناشطة هدى سالم قد قتلت برصاص مسلحين مجهولين في البصرة.", "الناشطة هدى سالم"),
])
def test_named_victim(text: str, victim: str) -> None:
    assert _target(text) == victim


def test_the_killer_named_before_his_object_is_no_victim() -> None:
    events = hadath.extract("قتل محمد علي زوجته بسكين في منزلهما بمدينة الزرقاء.").events
    assert all(e.actor2 is None or "محمد" not in e.actor2.text for e in events)
