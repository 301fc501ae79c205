"""A finite past verb of striking with its armed doer as subject reports the deed
(``hadath/events/stage.py:_doer_struck``): single-trigger reports the classifier scores low.

Sentences written for these tests in wire-report style.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event

PUBLISHED = "2026-11-27"


def _events(text: str) -> list[Event]:
    return [e for e in hadath.extract(text, published=PUBLISHED).events if e.plover_type == "ASSAULT"]


def test_verb_then_armed_subject() -> None:
    # VSO: the verb first, the army or gunmen right after it
    (shelling,) = _events("قصفت قوات الجيش السوداني مواقع لقوات الدعم السريع في الفاشر.")
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.actor1 is not None and shelling.actor1.name == "Military Forces of Sudan"
    (abduction,) = _events("اختطف مسلحون مجهولون مهندسا تركيا في كركوك.")
    assert abduction.sub_event_type == "Abduction/forced disappearance"


def test_self_report_of_own_forces() -> None:
    # «قال الجيش إن قواته قصفت»: the speaker's own forces, a possessive, did it
    (shelling,) = _events("وقال الجيش السوداني إن قواته قصفت مواقع للمتمردين في جنوب كردفان.")
    assert shelling.actor1 is not None and shelling.actor1.name.startswith("Military Forces")
    # the doer between the complementiser and the verb
    assert _events("وأعلنت الشرطة أن مسلحين مجهولين اختطفوا مهندسا تركيا.")


def test_own_aircraft_make_an_air_strike_that_folds_into_the_lead() -> None:
    text = ("استهدفت طائرة مسيرة إسرائيلية سيارة عند أطراف بلدة الناقورة في جنوب لبنان، ما أدى إلى مقتل سائقها.\n\n"
            "وقال الجيش الإسرائيلي في بيان إن طائراته استهدفت «عنصرا إرهابيا» في المنطقة.")
    (strike,) = _events(text)
    assert strike.sub_event_type == "Air/drone strike"


def test_not_when_the_subject_is_a_pronoun_or_the_deed_is_background() -> None:
    # «ولكنه هاجم السلطات»: he criticised the authorities (the actor after the verb is its object)
    assert not _events("وشكر الأسير المحرر كل من ساهم في الإفراج عنه، ولكنه هاجم السلطات الإسرائيلية على معاملته.")
    # a time clause recalls an old attack
    assert not _events("ويذكر أنه عندما هاجم مسلحون مقر البرلمان، توترت العلاقات بين البلدين.")
    # a relative clause: background to another noun
    assert not _events("وأشاد الوزير بالوحدة التي اختطفت مسلحين من التنظيم في عملية سابقة.")
