"""Session 16: a silent or candlelit vigil that people stage, and a strike a crowd enters, are protests.

Sentences written for these tests in wire style (not from any data set). «وقفة صامتة»، «وقفة
بالشموع» (triggers.tsv, protest noun row) name a protest in every sense after a verb of organising
or holding («نظم»، «أقام»), as «وقفة احتجاجية» does; a call, a recalled vigil or a coach's
«وقفة» with his players is none.
"""

from __future__ import annotations

import pytest

import hadath


def _protests(text: str) -> list[hadath.schema.Event]:
    return [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "ونظم سكان الحي وقفة صامتة أمام منزل الضحية.",
    "وأقام ناشطون وقفة بالشموع أمام السفارة تضامنا مع المعتقلين.",
])
def test_staged_vigil_is_a_protest(text: str) -> None:
    events = _protests(text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "ودعا الاتحاد إلى وقفة صامتة يوم الجمعة المقبل.",
    "وقال إن الوقفة الصامتة التي نظمت الأسبوع الماضي كانت رسالة واضحة.",
    "وكان للمدرب وقفة مطولة مع اللاعبين قبل المباراة.",
])
def test_no_protest(text: str) -> None:
    assert _protests(text) == []


@pytest.mark.parametrize("text", [
    "ودخل عمال شركة النفط في إضراب مفتوح عن العمل أمس.",
    "ودخل مئات الأسرى في إضراب عن الطعام احتجاجا على ظروف احتجازهم.",
])
def test_entering_a_strike_is_a_protest(text: str) -> None:
    # session 16: «دخل ... في إضراب» with its subject between the verb and «في»
    assert len(_protests(text)) == 1


def test_strike_entered_in_a_relative_clause_is_background() -> None:
    assert _protests("وقال إن العمال الذين دخلوا في إضراب الشهر الماضي عادوا إلى العمل.") == []
