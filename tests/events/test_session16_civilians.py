"""Session 16: a person, a young man and tourists named as the dead are civilians.

Sentences written for these tests in wire style (not from any data set): «وقتل شخص وأصيب أربعة
آخرون»، «وقتل سبعة سياح إسبان في هجوم انتحاري»، «أقدم شاب على تفجير نفسه» name their people with
nouns generic_actors.tsv did not list (the nominative «شخص», «شاب»، «سياح»).
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _assaults(text: str) -> list[Event]:
    events = [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]
    assert events, text
    return events


def test_one_person_killed_is_civilians() -> None:
    e = _assaults("وقتل شخص وأصيب أربعة آخرون بجروح في انفجار سيارة مفخخة قرب سوق شعبي.")[0]
    assert e.actor2 is not None and e.actor2.text == "شخص"
    assert e.actor2.name.startswith("Civilians")


def test_tourists_killed_are_civilians() -> None:
    e = _assaults("وقتل سبعة سياح إسبان في هجوم انتحاري قرب معبد أمس.")[0]
    assert e.actor2 is not None and e.actor2.text == "سياح"
    assert e.actor1 is not None and e.actor1.text == "انتحاري"


def test_young_man_who_undertook_the_bombing_is_the_attacker() -> None:
    e = _assaults("وأقدم شاب على تفجير نفسه بحزام ناسف قرب مركز للشرطة.")[0]
    assert e.actor1 is not None and e.actor1.text == "شاب"
    assert e.actor1.name.startswith("Unidentified Armed Group")


def test_a_places_residents_are_civilians() -> None:
    text = "وشنت الطائرات الحربية غارات على أحياء سكنية في المدينة أسفرت عن مقتل عشرة من سكانها."
    e = _assaults(text)[0]
    assert e.actor2 is not None and e.actor2.text == "سكانها"
    assert e.actor2.name.startswith("Civilians")
