"""The outlet a speaker told the words to («لـ«الشرق الأوسط»») is the quote's via, also after the
speaker's description («شاهد عيان من سكان مدينة رفح»)."""

from __future__ import annotations

import pytest

import hadath


@pytest.mark.parametrize(("text", "speaker", "via"), [
    ("وقال شاهد عيان من سكان مدينة رفح لـ«الشرق الأوسط»، طلب عدم ذكر اسمه، إن «أصوات الانفجارات لم تتوقف».",
     "شاهد عيان", "الشرق الأوسط"),
    ("وقال شاهد عيان لـ«الشرق الأوسط» إن «أصوات الانفجارات لم تتوقف».", "شاهد عيان", "الشرق الأوسط"),
    ("وقال مسؤول محلي في مدينة رفح لوكالة فرانس برس، طالبا عدم الكشف عن هويته، إن «الوضع صعب».",
     "مسؤول محلي", "وكالة فرانس برس"),
])
def test_via_after_the_speakers_description(text: str, speaker: str, via: str) -> None:
    (q,) = hadath.extract(text).quotes
    assert q.speaker == speaker
    assert q.via == via


def test_a_genitive_lam_is_no_outlet() -> None:
    text = "ورأى رئيس الوزراء في رسالة موجهة الى الرئاسة البرتغالية للاتحاد الاوروبي «أن الحوار ضروري»."
    for q in hadath.extract(text).quotes:
        assert q.via is None
