"""Session 15: who protested, and whether force met the protest.

Sentences written for these tests in wire style (not from any data set):

* a killing named as what a protest is against or followed («احتجاجا على مقتل ...»، «على
  خلفية مقتل ...») is the protest's grievance: the protest is peaceful and its crowd actor1,
  not *Excessive force against protesters* with the crowd as actor2;
* a protest's crowd that no lexicon knows is written as the subject of its verb («تظاهر مئات
  الصرب»، «خرج المئات من أبناء القبائل في تظاهرة»، «اعتصم نحو 400 طالب جامعي»), not as the
  protest or riot word.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _protests(text: str) -> list[Event]:
    events = [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]
    assert events, text
    return events


def test_killing_protested_against_is_no_excessive_force() -> None:
    e = _protests("وتظاهر مئات الطلاب أمام مقر المحافظة احتجاجا على مقتل زميل لهم برصاص الشرطة الأسبوع الماضي.")[0]
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.text == "الطلاب"


def test_killing_the_protest_followed_is_no_excessive_force() -> None:
    e = _protests("وخرج آلاف المتظاهرين إلى الشوارع على خلفية مقتل شاب في مركز للشرطة.")[0]
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")


def test_protester_killed_at_the_protest_is_excessive_force() -> None:
    e = _protests("وفرقت الشرطة مظاهرة للطلاب ما أدى إلى مقتل متظاهر.")[0]
    assert e.sub_event_type == "Excessive force against protesters"


def test_counted_subject_names_the_rioters() -> None:
    e = _protests("وتظاهر مئات الصرب وأحرقوا الإطارات في وسط المدينة.")[0]
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor1 is not None and e.actor1.text == "مئات الصرب"


def test_subject_of_going_out_names_the_protesters() -> None:
    text = "وخرج المئات من أبناء القبائل في تظاهرة أمس مطالبين بالإفراج عن المعتقلين."
    e = _protests(text)[0]
    assert e.actor1 is not None and e.actor1.text == "المئات من أبناء القبائل"
    assert e.actor1.text in text


def test_counted_noun_that_is_also_a_cue_stays_in_the_subject() -> None:
    e = _protests("واعتصم نحو 400 طالب جامعي أمام مبنى الرئاسة للمطالبة بخفض الرسوم.")[0]
    assert e.actor1 is not None and e.actor1.text == "نحو 400 طالب جامعي"


def test_no_people_after_the_verb_keeps_the_protest_word() -> None:
    e = _protests("وأضرب سائقو سيارات الأجرة عن العمل أمس احتجاجا على رفع أسعار الوقود.")[0]
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")


def test_pictures_of_a_massacre_are_no_excessive_force() -> None:
    # session 16: what protesters carry or chant about names the protest's cause, told before
    e = _protests("وخرج آلاف المتظاهرين رافعين صور ضحايا المجزرة ومرددين هتافات ضد الحكومة.")[0]
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")


def test_pictures_after_the_crowd_gathered() -> None:
    e = _protests("واحتشد المتظاهرون أمام السفارة ورفعوا الأعلام وصورا للمجازر في المدينة.")[0]
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.text == "المتظاهرون"
