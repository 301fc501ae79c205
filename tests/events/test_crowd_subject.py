"""An indefinite protester noun as the subject of the verb opening its clause introduces a protest.

New sentences written for these tests (not from the gold data).
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import _crowd_subject, score
from hadath.pipeline import Pipeline, default_stages


def events(text: str, plover: str | None = None) -> list:
    found = hadath.extract(text, published="2024-05-15").events
    return [e for e in found if plover is None or e.plover_type == plover]


def crowd_subject(text: str) -> dict[str, bool]:
    doc = Pipeline(default_stages())(Doc(raw=text))
    return {c.text: _crowd_subject(c) for s in score(doc) for c in s.candidates if c.trigger.plover == "PROTEST"}


def test_protesters_storming_a_building_are_one_violent_demonstration() -> None:
    text = "اقتحم متظاهرون مبنى البرلمان في بغداد امس احتجاجا على نتائج الانتخابات."
    (e,) = events(text)  # no armed clash beside it: the crowd stormed the building
    assert (e.plover_type, e.event_type, e.sub_event_type) == ("PROTEST", "Riots", "Violent demonstration")
    assert e.actor1 is not None and e.actor1.inter == 5  # a riot's crowd: rioters (ACLED inter 5)


def test_light_verb_and_a_time_word_before_the_protesters() -> None:
    assert crowd_subject("أقدم امس متظاهرون غاضبون على قطع الطريق الدولية بين شتورة وزحلة.") == {"متظاهرون": True}
    text = "وقام محتجون في ضواحي المدينة بالاعتصام أمام مقر البلدية حتى المساء."
    assert crowd_subject(text)["محتجون"]
    (e,) = events(text, "PROTEST")
    assert e.sub_event_type == "Peaceful protest"


def test_definite_protesters_tell_a_detail_of_a_protest_already_reported() -> None:
    assert crowd_subject("ورشق المتظاهرون قوات الأمن بالحجارة.").get("المتظاهرون") is False


def test_verbs_that_are_no_crowd_deed_or_do_not_open_the_clause() -> None:
    # speaking and managing verbs; a verb after «بعدما» recalls the deed as background
    assert crowd_subject("وقال متظاهرون للتلفزيون إنهم سيبقون في الساحة.").get("متظاهرون") is False
    assert crowd_subject("وتمكن متظاهرون من اغلاق المطار.").get("متظاهرون") is False
    assert crowd_subject("وأصيب ثمانية من رجال الشرطة بعدما رشق متظاهرون الدورية بالحجارة.").get("متظاهرون") is False


def test_a_counted_crowd_after_the_protest_verb_is_its_actor() -> None:
    text = "تظاهر مئات من خريجي الجامعات العاطلين عن العمل أمام مبنى وزارة العمل في بغداد أمس."
    (e,) = events(text, "PROTEST")
    assert e.actor1 is not None and e.actor1.inter == 6
    assert e.actor1.text == "مئات من خريجي الجامعات العاطلين"
    assert text.index(e.actor1.text) >= 0
    # an approximated count of people, then a time word and a preposition end it
    (e,) = events("وتظاهر حوالي خمسة آلاف شخص امس في بيشاور.", "PROTEST")
    assert e.actor1 is not None and e.actor1.text == "حوالي خمسة آلاف شخص"


def test_the_crowd_not_a_protester_noun_of_a_later_clause() -> None:
    text = "وتجمع عدد من أنصار التيار بعد الظهر في الساحة، وقال المتظاهرون انهم سيبقون حتى المساء."
    (e,) = events(text, "PROTEST")
    assert e.actor1 is not None and e.actor1.text == "عدد من أنصار التيار"


def test_a_vague_quantity_is_a_crowd_subject_of_a_protest_verb() -> None:
    from hadath.events.stage import _crowd_follows

    doc = Pipeline(default_stages())(Doc(raw="وتجمع عدد من أنصار الحريري في ساحة عبد الحميد كرامي."))
    assert [_crowd_follows(c) for s in score(doc) for c in s.candidates if c.text == "تجمع"] == [True]
