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


def test_a_number_of_leaders_killed_are_the_target() -> None:
    # «عددا من» counts the killed as «عشرات» does: the name after it is no subject of «قتل»
    e = _assaults("وقال الجيش الأمريكي إنه قتل عددا من قادة طالبان في غارات جوية على الإقليم.")[0]
    assert e.actor1 is not None and e.actor1.text == "الجيش الأمريكي"
    assert e.actor2 is not None and e.actor2.text == "طالبان"


def test_woman_who_undertook_the_bombing_is_the_attacker() -> None:
    e = _assaults("وقامت امرأة بتفجير نفسها وسط سوق شعبي في المدينة أمس.")[0]
    assert e.actor1 is not None and e.actor1.text == "امرأة"
    assert e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is None or e.actor2.text != "امرأة"


def test_woman_helping_the_wounded_is_no_bomber() -> None:
    e = _assaults("وقامت امرأة بنقل الجرحى بعد أن فجر انتحاري نفسه في السوق.")[0]
    assert e.actor1 is not None and e.actor1.text == "انتحاري"


def test_force_that_lost_its_men_is_the_target() -> None:
    e = _assaults("وقال المتحدث باسم الشرطة إن الشرطة فقدت اثنين من عناصرها في انفجار عبوة ناسفة.")[0]
    assert e.actor2 is not None and e.actor2.text == "الشرطة"
    assert e.actor1 is None


def test_spokesman_who_lost_our_soldiers_speaks_for_the_target() -> None:
    text = "وقال المتحدث باسم الجيش الأمريكي إننا فقدنا أمس خمسة من جنودنا في انفجار عبوتين ناسفتين."
    e = _assaults(text)[0]
    assert e.actor2 is not None and e.actor2.text == "الجيش الأمريكي"
    assert e.actor1 is None
