"""Who protested, in the words a protest report names them with: the relative verb after the
protest noun («مظاهرة نظمها حزب البعث»، «اعتصاما نفذه العشرات من الخريجين»، «مسيرة شارك فيها
آلاف المواطنين»), the crowd that did a rioting deed («أضرم شبان غاضبون النار في إطارات
السيارات»), and a counted crowd before its plural verb of going out to the streets («قال شهود إن
مئات الشبان خرجوا إلى الشوارع»), and a counted crowd chanting, not the protester noun that
later quotes them («ردد أكثر من ألفي شخص هتافات ...، وقال المتظاهرون»).

New sentences written for these tests in wire style (not from the gold data).
"""

from __future__ import annotations

import hadath


def protests(text: str) -> list:
    found = hadath.extract(text, published="2024-05-15").events
    return [e for e in found if e.plover_type == "PROTEST"]


def test_the_party_that_organised_a_dispersed_protest_names_its_protesters() -> None:
    (e,) = protests("وفرقت الشرطة السودانية بالغاز المسيل للدموع مظاهرة نظمها حزب البعث العربي الاشتراكي في الخرطوم أمس.")
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor1 is not None and e.actor1.name == "Protesters (Sudan)"
    assert e.actor1.text == "حزب البعث العربي الاشتراكي"
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")


def test_the_crowd_that_staged_or_joined_a_protest_after_its_noun() -> None:
    (e,) = protests("وفرقت الشرطة بالقوة اعتصاما نفذه العشرات من الخريجين العاطلين عن العمل أمام وزارة التشغيل.")
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")
    assert e.actor1.text == "العشرات من الخريجين العاطلين"
    (e,) = protests("وانطلقت من أمام المسجد الحسيني في عمان مسيرات حاشدة شارك فيها آلاف المواطنين تنديدا بالعدوان على غزة.")
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")
    assert "المواطنين" in e.actor1.text  # the civilians who joined are its protesters (arguments)


def test_a_relative_verb_of_another_thing_names_no_protester() -> None:
    # «نظمتها» after a festival is no protest's organiser, and a verb two nouns away is no relative
    assert protests("واختتمت أمس في الرباط الدورة العاشرة لمهرجان الموسيقى التي نظمتها وزارة الثقافة.") == []
    (e,) = protests("وتظاهر المئات أمام مبنى البلدية في صيدا احتجاجا على انقطاع الكهرباء الذي نفذته الشركة.")
    assert e.actor1 is not None and e.actor1.text == "المئات"


def test_the_crowd_of_a_rioting_deed_is_its_subject_not_its_object() -> None:
    (e,) = protests("وأضرم شبان غاضبون النار في إطارات السيارات وأغلقوا الطرق المؤدية إلى وسط المدينة.")
    assert e.event_type == "Riots"
    assert e.actor1 is not None and e.actor1.name.startswith("Rioters")
    assert e.actor1.text == "شبان غاضبون"


def test_a_counted_crowd_before_its_verb_of_going_out_to_the_streets() -> None:
    (e,) = protests("وقال شهود إن مئات الشبان خرجوا إلى الشوارع في مدينة درعا بعد صلاة الجمعة مرددين هتافات ضد النظام.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Syria)"
    assert e.actor1.text == "مئات الشبان"
    (e,) = protests("وذكرت الوكالة أن آلاف العمال خرجوا إلى الشوارع في الدار البيضاء أمس.")
    assert e.actor1 is not None and e.actor1.name == "Labor Group (Morocco)"  # the workers, by their work


def test_streets_without_a_crowd_reported_going_out_stay_no_protest() -> None:
    # a relative clause, a plan and a celebration
    assert protests("وقال مسؤول إن المتظاهرين الذين خرجوا إلى الشوارع أمس كانوا من أنصار المعارضة.") == []
    assert protests("ويتوقع المنظمون أن يخرج الآلاف إلى الشوارع يوم الجمعة المقبل.") == []
    assert protests("وقالت الشرطة إن آلاف المشجعين خرجوا إلى الشوارع احتفالا بفوز المنتخب.") == []


def test_a_counted_chanting_crowd_is_who_protested_not_the_noun_that_quotes_them() -> None:
    (e,) = protests("وفي لاهور، ردد أكثر من ألفي شخص هتافات ضد الحكومة أمام مقر البرلمان، وقال المتظاهرون إنهم سيعودون غدا.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Pakistan)"
    assert e.actor1.text == "أكثر من ألفي شخص"
    # the definite protesters chanting, with no count, tell a detail of a protest already reported
    assert protests("وردد المتظاهرون هتافات ضد الحكومة، وقال المتظاهرون إنهم سيعودون غدا.") == []


def test_who_reports_a_protest_before_its_complementiser_is_not_who_protested() -> None:
    (e,) = protests("وأفاد سكان بأن العشرات من أبناء المدينة خرجوا إلى الشوارع مساء أمس احتجاجا على انقطاع المياه.")
    assert e.actor1 is not None and e.actor1.text == "العشرات من أبناء المدينة"
    (e,) = protests("وتظاهر سكان الحي أمس أمام مبنى البلدية احتجاجا على تراكم النفايات.")
    assert e.actor1 is not None and e.actor1.text == "سكان الحي"  # residents who demonstrate are its protesters


def test_a_counted_crowd_reported_before_its_plural_protest_verb() -> None:
    (e,) = protests("وقال سكان إن مئات من أهالي القرية تظاهروا أمس أمام مبنى المحافظة.")
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")
    (e,) = protests("وذكرت الوكالة أن آلاف الطلاب اعتصموا في ساحة الجامعة للمطالبة بإقالة رئيسها.")
    assert e.sub_event_type == "Peaceful protest"
    # pilgrims gathering, a plan, and objecting in letters are no protest
    assert protests("وقالت الشرطة إن آلاف الحجاج تجمعوا في صعيد عرفات.") == []
    assert protests("وقال المنظمون إن آلاف المواطنين سيتظاهرون يوم الجمعة.") == []
    assert protests("وقال مسؤول إن عشرات احتجوا على القرار في رسائل إلى الوزارة.") == []
