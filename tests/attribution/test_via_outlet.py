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


@pytest.mark.parametrize(("text", "speaker", "canonical", "via"), [
    # the frame of telling («في حديث لـ») stands between the verb's speaker and the quotation
    ("وقال محمد الحسن في حديث لـ«الشرق الأوسط» إن «الحصار مستمر منذ أسابيع».", "محمد الحسن", None, "الشرق الأوسط"),
    ("وقال الرئيس محمد الحسن في تصريحات لوكالة فرانس برس إن «الحصار مستمر منذ أسابيع».",
     "محمد الحسن", None, "وكالة فرانس برس"),
    # the person named between commas after a title, then the outlet
    ("وقال المتحدث باسم وزارة الصحة، أنيس الأصبحي، في تصريح لقناة «المسيرة» إن «الغارات استهدفت الميناء».",
     "أنيس الأصبحي", None, "قناة «المسيرة»"),
    # the title's body resolves to a lexicon source («وزارة الصحة في صنعاء»); the person still speaks
    ("وقال المتحدث باسم وزارة الصحة في صنعاء، أنيس الأصبحي، لقناة «المسيرة» إن «الغارات استهدفت الميناء».",
     "أنيس الأصبحي", "Health Ministry (Sanaa)", "قناة «المسيرة»"),
])
def test_via_after_a_frame_of_telling_or_an_apposed_name(text: str, speaker: str, canonical: str | None, via: str) -> None:
    (q,) = hadath.extract(text).quotes
    assert q.speaker == speaker
    if canonical is not None:
        assert q.speaker_canonical == canonical
    assert q.via == via


def test_a_press_conference_names_no_outlet() -> None:
    # «في مؤتمر صحافي عقده في بغداد»: where he spoke, not an outlet he told
    text = "وقال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول في مؤتمر صحافي عقده في بغداد، إن «القوات تقدمت»."
    (q,) = hadath.extract(text).quotes
    assert q.speaker == "يحيى رسول"
    assert q.via is None


@pytest.mark.parametrize("text", [
    "وقتل 50 مدنيا في الفاشر أمس، بحسب تقرير الأمم المتحدة.",
    "وقتل 50 مدنيا في الفاشر أمس، وفق تقرير صادر عن الأمم المتحدة.",
])
def test_a_report_owned_by_a_known_body_names_it(text: str) -> None:
    # «تقرير الأمم المتحدة»: a known body right after the noun owns the report, as «لـ» would say
    (c,) = hadath.extract(text, published="2024-05-15").claims
    assert c.source is not None and c.source.name == "United Nations"


def test_an_unowned_report_names_nobody() -> None:
    (c,) = hadath.extract("وقتل 50 مدنيا في الفاشر أمس، بحسب تقرير رسمي.", published="2024-05-15").claims
    assert c.source is None
