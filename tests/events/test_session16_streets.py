"""Session 16: a crowd that took to the streets demonstrated.

Sentences written for these tests in wire style (not from any data set). «إلى الشوارع» is a
rule-only trigger (triggers.tsv row «take to the streets»): a protest only after a past verb of
going out with a crowd or people subject between them; a pronoun subject, a plan, a police
deployment or a celebration is none.
"""

from __future__ import annotations

import pytest

import hadath


def _protests(text: str) -> list[hadath.schema.Event]:
    return [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]


def test_thousands_took_to_the_streets() -> None:
    events = _protests("وخرج الآلاف إلى شوارع المدينة بعد صلاة الجمعة مطالبين برحيل الرئيس.")
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.text == "الآلاف"
    assert e.actor1.name.startswith("Protesters")


def test_students_went_out_into_the_street() -> None:
    events = _protests("وخرج مئات الطلاب إلى الشارع أمس احتجاجا على رفع الرسوم الجامعية.")
    assert len(events) == 1


@pytest.mark.parametrize("text", [
    "ثم خرجوا إلى الشوارع.",
    "وستضطر الحكومة لزيادة عدد الشرطة في الشوارع.",
    "وينتقل الحوار من الغرف والمكاتب إلى الشوارع والساحات.",
    "وخرج وزير الداخلية إلى الشارع لتفقد الأضرار.",
    "وخرج الآلاف إلى الشوارع في العاصمة احتفالا بفوز المنتخب.",
])
def test_no_protest(text: str) -> None:
    assert _protests(text) == []
