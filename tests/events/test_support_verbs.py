"""The subject of a support verb («شن»، «نفذ»، «ارتكب») whose object is the attack noun is its attacker.

New sentences written for these tests (not from the gold data).
"""

from __future__ import annotations

import pytest

import hadath


def violent(text: str) -> list:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "name", "words"), [
    # subject before the verb: not the bomber the noun phrase goes on to describe
    ("وقال البيان إن المتمردين شنوا هجوما على الموقع العسكري بسيارة مفخخة يقودها انتحاري أمس.",
     "Opposition Rebels", "المتمردين"),
    # a country as the subject is its military (ACLED codes a state's strike to its forces)
    ("وقال مسؤول أمريكي إن إسرائيل نفذت بالفعل ضربة جوية على موقع قرب الحدود السورية أمس.",
     "Military Forces of Israel", "إسرائيل"),
])
def test_support_verb_subject_is_actor1(text: str, name: str, words: str) -> None:
    (e,) = violent(text)
    assert e.actor1 is not None
    assert e.actor1.name == name
    assert e.actor1.text == words


def test_verb_first_subject_between_the_verb_and_the_noun() -> None:
    from hadath.doc import Doc
    from hadath.events.arguments import _support_subject, actor_spans
    from hadath.events.stage import score
    from hadath.pipeline import Pipeline, default_stages

    doc = Pipeline(default_stages())(Doc(raw="ونفذ الجيش الباكستاني ضربة جوية على مجمعات يستخدمها متشددون في جبال وزيرستان."))
    (s,) = score(doc)
    group = [c for c in s.candidates if c.trigger.plover == "ASSAULT"]
    found = _support_subject(s, group, actor_spans(doc, s, {}))
    assert found is not None and doc.raw[found.start:found.end] == "الجيش الباكستاني"
