"""Session 16: the subject of a verb of being hurt or killed is who was hit.

Sentences written for these tests in wire style (not from any data set). «وأصيب وزير الداخلية
الأسبق بجروح في تفجير ...», «وجرح النائب ... في انفجار ...», «وقتل أحد عناصر الشرطة وأصيب ثلاثة
آخرون ...»: the name right after the verb (with «أحد» or a title between at most) is actor2, not
the attacker; an unvowelled «قتل» with an object after its subject stays active.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event


def _assaults(text: str) -> list[Event]:
    events = [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]
    assert events, text
    return events


def test_wounded_minister_is_the_target() -> None:
    e = _assaults("وأصيب وزير الداخلية الأسبق بجروح في تفجير سيارة مفخخة استهدف موكبه وسط العاصمة أمس.")[0]
    assert e.actor2 is not None and e.actor2.text == "وزير الداخلية"
    assert e.actor1 is None or e.actor1.text != "وزير الداخلية"


def test_title_between_the_verb_and_the_name() -> None:
    e = _assaults("وجرح النائب خالد يوسف في انفجار عبوة ناسفة قرب منزله في بغداد أمس.")[0]
    assert e.actor2 is not None and e.actor2.text == "خالد يوسف"
    assert e.actor1 is None


def test_one_of_the_police_killed_is_the_target() -> None:
    text = "وقتل أحد عناصر الشرطة وأصيب ثلاثة آخرون بجروح في انفجار عبوة ناسفة استهدفت دوريتهم جنوب المدينة."
    e = _assaults(text)[0]
    assert e.actor2 is not None and e.actor2.text == "عناصر الشرطة"
    assert e.actor1 is None


def test_active_killing_verb_with_its_object_keeps_its_subject() -> None:
    e = _assaults("وقتلت قوات الأمن خمسة مسلحين في اشتباك قرب الحدود أمس.")[0]
    assert e.actor1 is not None and e.actor1.text == "قوات الأمن"
