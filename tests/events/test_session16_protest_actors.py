"""Session 16: who set himself on fire in protest.

Sentences written for these tests in wire style (not from any data set). A self-immolation in
protest has one protester as its actor1 (ACLED: Protesters of the country), written as the
person the sentence names: the subject of the verb of undertaking or not hesitating whose
complement the act is («وأقدم شاب ... على إحراق نفسه»، «لم يتورع أحد الشبان عن إحراق نفسه»), or
of the verb itself («أضرم شاب النار في نفسه»), not the act's words.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _protests(text: str) -> list[Event]:
    events = [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]
    assert events, text
    return events


def test_subject_of_undertaking_an_immolation() -> None:
    e = _protests("وأقدم شاب عاطل عن العمل على إحراق نفسه أمام مقر الولاية احتجاجا على مصادرة بضاعته.")[0]
    assert e.actor1 is not None and e.actor1.text.startswith("شاب")
    assert e.actor1.name.startswith("Protesters")


def test_subject_of_not_hesitating() -> None:
    e = _protests("ولم يتورع أحد الشبان العاطلين عن إحراق نفسه احتجاجا على البطالة.")[0]
    assert e.actor1 is not None and e.actor1.text.startswith("أحد الشبان")


def test_subject_of_the_immolation_verb() -> None:
    e = _protests("وأضرم شاب النار في نفسه أمام مقر المحافظة احتجاجا على البطالة.")[0]
    assert e.actor1 is not None and e.actor1.text == "شاب"


def test_woman_who_set_herself_on_fire() -> None:
    e = _protests("وأقدمت امرأة على إضرام النار في نفسها أمام مبنى البلدية احتجاجا على هدم منزلها.")[0]
    assert e.actor1 is not None and e.actor1.text == "امرأة"


def test_crowd_before_a_plural_protest_verb() -> None:
    # reported speech puts the crowd first: «إن آلاف المصريين تظاهروا»
    e = _protests("وقالت الشرطة إن آلاف المصريين تظاهروا أمس أمام مقر البرلمان.")[0]
    assert e.actor1 is not None and e.actor1.text == "آلاف المصريين"


def test_no_crowd_before_a_strike_noun() -> None:
    e = _protests("وكان نحو مئة ألف معلم قد بدأوا إضرابا مفتوحا عن العمل قبل أسبوعين.")[0]
    assert e.actor1 is None or "بدأوا" not in e.actor1.text
