"""Session 15: who protested, and whether force met the protest.

Sentences written for these tests in wire style (not from any data set):

* a killing named as what a protest is against or followed («احتجاجا على مقتل ...»، «على
  خلفية مقتل ...») is the protest's grievance: the protest is peaceful and its crowd actor1,
  not *Excessive force against protesters* with the crowd as actor2;
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
