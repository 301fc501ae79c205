"""Session 14: who is the agent of a targeting or abducting verb.

Sentences written for these tests in wire style (not from any data set):

* a singular «استهدف/استهدفت» that opens its clause puts its subject right after it (Arabic's
  verb-first order): that noun is the attacker, and the target follows it;
* after the verb of a relative clause («في هجوم استهدف دورية للجيش») the noun after the verb
  is still the target;
* the counted people right after an abduction verb are the abducted («إن مسلحين اختطفوا سبعة
  جنود»), as they are the detained after an arrest verb.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _assault(text: str) -> Event:
    events = [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]
    assert events, text
    return events[0]


def test_subject_after_opening_targeting_verb() -> None:
    e = _assault("استهدفت القوات التركية مواقع لحزب العمال الكردستاني في جبال قنديل.")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Turkey"
    assert e.actor2 is not None and e.actor2.name.startswith("PKK")


def test_bomber_after_opening_targeting_verb_is_the_attacker() -> None:
    e = _assault("واستهدف مفجر انتحاري مركزا لتجنيد الشرطة في مدينة ديرا اسماعيل خان فقتل 29 شخصا.")
    assert e.actor1 is not None and e.actor1.text == "مفجر انتحاري"
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")


def test_gunmen_after_opening_targeting_verb() -> None:
    e = _assault("استهدف مسلحون مجهولون دورية للشرطة في مدينة الرمادي.")
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")


def test_targeting_verb_after_its_subject_keeps_the_target() -> None:
    e = _assault("وقال مصدر أمني إن مسلحين استهدفوا دورية للجيش قرب بعقوبة.")
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces")


def test_counted_abducted_are_the_target() -> None:
    e = _assault("ذكرت مصادر أمنية أن مسلحين اختطفوا سبعة جنود في منطقة وزيرستان القبلية.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.text == "جنود"


def test_victims_before_an_unvowelled_passive_killing_verb() -> None:
    # «جنديين إسبانيين قتلا وأصيب ثالث»: no object after «قتلا», so its subject was killed
    e = _assault("وقال متحدث باسم الجيش الإسباني إن جنديين إسبانيين قتلا وأصيب ثالث بجروح خطيرة "
                 "في هجوم انتحاري جنوب إقليم هلمند.")
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Spain"
    e = _assault("وقال العقيد في الشرطة إن جنديين عراقيين قتلا بانفجار عبوة ناسفة استهدفت دوريتهما في ناحية الرشاد.")
    assert e.actor1 is None or e.actor1.name != "Military Forces of Iraq"
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Iraq"


def test_killing_verb_with_its_object_is_active() -> None:
    e = _assault("وقال الجيش إن قواته قتلت خمسة مسلحين في اشتباكات قرب الموصل.")
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces")
    assert e.actor2 is not None and e.actor2.name.startswith("Unidentified Armed Group")


def test_own_members_killed_by_the_subject_of_the_verb() -> None:
    # «عناصرها» is the police's: the gunmen right before «قتلوا» killed them
    e = _assault("وقالت الشرطة إن مسلحين قتلوا ثلاثة من عناصرها عند حاجز تفتيش.")
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")
    assert e.fatalities == 3
