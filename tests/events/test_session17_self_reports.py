"""Session 17: an armed or state speaker that reports its own deed after «أنه/إنها».

Sentences written for these tests in wire style (not from any data set). «وأعلن الجيش الباكستاني
أنه قصف مواقع للمسلحين» had no event (a single trigger scores low, and «قصف» after a pronoun
particle was read as a verbal noun); the speaker is the doer. A speaker that is no armed or state
actor and «ولكنه هاجم السلطات» (criticised) are no self-report.
"""

from __future__ import annotations

import pytest

import hadath


def _attacks(text: str) -> list[hadath.schema.Event]:
    return [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "doer"), [
    ("وأعلن الجيش الباكستاني أنه قصف مواقع للمسلحين في وزيرستان الشمالية.", "الجيش الباكستاني"),
    ("وقالت حركة الشباب إنها استهدفت قاعدة عسكرية في مقديشو بقذائف الهاون.", "حركة الشباب"),
])
def test_speaker_reports_its_deed(text: str, doer: str) -> None:
    events = _attacks(text)
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.text == doer


@pytest.mark.parametrize("text", [
    "وقال النائب إنه هاجم الحكومة في كلمته أمام البرلمان.",
    "وكان الوزير قد انتقد الحكومة ولكنه هاجم السلطات المحلية أيضا.",
])
def test_no_self_reported_attack(text: str) -> None:
    assert _attacks(text) == []
