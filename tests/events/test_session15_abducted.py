"""Session 15: whom an abduction verb takes.

Sentences written for these tests in wire style (not from any data set): the person a finite
abduction verb takes as its object, described by words no lexicon knows as an actor, is the
abduction's actor2, ACLED's civilians of the nationality the words name (else of the place).
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _abduction(text: str) -> Event:
    events = [e for e in hadath.extract(text).events if e.sub_event_type == "Abduction/forced disappearance"]
    assert events, text
    return events[0]


def test_object_after_the_subject_is_the_abducted() -> None:
    e = _abduction("وأعلنت الشرطة أن مسلحين مجهولين اختطفوا مهندسا تركيا في كركوك أمس.")
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.text == "مهندسا تركيا"
    assert e.actor2.name == "Civilians (Turkey)"


def test_object_after_subject_and_time_word() -> None:
    e = _abduction("وخطف مسلحون امس مصورا فرنسيا في بوساسو.")
    assert e.actor2 is not None and e.actor2.text == "مصورا فرنسيا"


def test_passive_subject_ends_at_its_nationality() -> None:
    e = _abduction("خطف موظف بريطاني يعمل في إحدى منصات النفط أمس.")
    assert e.actor2 is not None and e.actor2.text == "موظف بريطاني"


def test_counted_soldiers_stay_the_force() -> None:
    e = _abduction("وقال مصدر أمني إن مسلحين اختطفوا سبعة جنود قرب الحدود.")
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces")
