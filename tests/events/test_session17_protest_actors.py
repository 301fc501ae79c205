"""Session 17: a protest's crowd worded with the people noun it is in construct with.

Sentences written for these tests in wire style (not from any data set). Arabic names a crowd by a
head noun of people (kin, work, residents) and a genitive: the families of detainees protest, not
the detainees («تجمع ذوو المعتقلين»), and «أهالي» alone says nothing of whose people they are.
A protester noun or a sound plural with its «ن» heads no genitive (the verb's object follows it).
"""

from __future__ import annotations

import pytest

import hadath


def _actor1(text: str) -> str | None:
    events = [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]
    assert len(events) == 1
    return events[0].actor1.text if events[0].actor1 else None


@pytest.mark.parametrize(("text", "crowd"), [
    ("وتجمع ذوو المعتقلين أمام مبنى وزارة العدل مطالبين بالكشف عن مصير أبنائهم.", "ذوو المعتقلين"),
    ("اعتصم أهالي المفقودين في خيمة أمام مبنى الأمم المتحدة.", "أهالي المفقودين"),
    ("نظمت عائلات المعتقلين وقفة أمام مقر الصليب الأحمر في غزة للمطالبة بالإفراج عن أبنائها.", "عائلات المعتقلين"),
    ("تظاهر طلاب جامعة الخرطوم أمس احتجاجا على اعتقال زملائهم.", "طلاب جامعة الخرطوم"),
    ("وتظاهرت أمهات الجنود المفقودين أمام وزارة الدفاع.", "أمهات الجنود المفقودين"),
])
def test_head_and_genitive(text: str, crowd: str) -> None:
    assert _actor1(text) == crowd


@pytest.mark.parametrize(("text", "crowd"), [
    ("رشق متظاهرون قوات الأمن بالحجارة في حي الشيخ جراح.", "متظاهرون"),
    ("هاجم محتجون مقر حزب الدعوة في البصرة وأضرموا فيه النار.", "محتجون"),
    ("قطع الأهالي الطريق الدولي احتجاجا على انقطاع الكهرباء.", "الأهالي"),
])
def test_no_genitive_after_a_protester_or_definite_noun(text: str, crowd: str) -> None:
    assert _actor1(text) == crowd
