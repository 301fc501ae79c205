"""Session 17: protest reports in styles the gold data's training part barely holds.

Sentences written for these tests in wire style (not from any data set): people named by who
they are as a protest verb's subject («تظاهرت نساء»، «اعتصم أهالي المفقودين»), a bare «وقفة»
that people stage in front of a building or for a cause, a human chain, a counted crowd of
protesters storming a building, and a deed people did «احتجاجا على» something. Each has its
near miss: a verb of gathering without a purpose, a memorial or festive stand, a stand called
for, a present-tense habit, a state's diplomatic protest, a walkout of MPs.
"""

from __future__ import annotations

import pytest

import hadath


def _protests(text: str) -> list[hadath.schema.Event]:
    return [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(("text", "crowd"), [
    ("تظاهرت نساء أمام مقر المحكمة مطالبات بالإفراج عن أزواجهن.", "نساء"),
    ("اعتصم أهالي المفقودين في خيمة أمام مبنى الأمم المتحدة.", "أهالي"),
    ("وتجمع ذوو المعتقلين أمام مبنى وزارة العدل مطالبين بالكشف عن مصير أبنائهم.", "ذوو المعتقلين"),
])
def test_people_as_a_protest_verbs_subject(text: str, crowd: str | None) -> None:
    events = _protests(text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Peaceful protest"
    if crowd is not None:
        assert events[0].actor1 is not None and crowd in events[0].actor1.text


@pytest.mark.parametrize("text", [
    "تجمع أهالي الضحايا في المستشفى لمعرفة مصير أبنائهم.",
    "وتجمع الطلاب في ساحة الجامعة لحضور حفل التخرج.",
    "احتج سكان الحي على قرار البلدية برفع رسوم جمع النفايات.",
    "سقطت قذيفة على تجمع للمواطنين في السوق.",
])
def test_people_gathering_without_a_protest(text: str) -> None:
    # a verb of gathering needs a purpose or a chant; «احتج» with people is also to object in
    # words; «تجمع» after «على» is a noun
    assert _protests(text) == []


@pytest.mark.parametrize("text", [
    "نظمت عائلات المعتقلين وقفة أمام مقر الصليب الأحمر في غزة للمطالبة بالإفراج عن أبنائها.",
    "ونظم العشرات وقفة في ساحة البلدة تضامنا مع ضحايا التفجير.",
    "ونظم المحتجون سلسلة بشرية على طول الكورنيش.",
])
def test_staged_stand_or_chain(text: str) -> None:
    events = _protests(text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "نظم الحزب وقفة تأبينية في ذكرى رحيل مؤسسه.",
    "نظمت الجمعية وقفة احتفالية بمناسبة عيد الاستقلال.",
    "يعتزم المعلمون تنظيم وقفة أمام وزارة التربية الأسبوع المقبل.",
    "وقفة مع الذات: كيف نقرأ نتائج الانتخابات؟",
])
def test_stand_that_is_no_protest(text: str) -> None:
    assert _protests(text) == []


def test_counted_protesters_storming() -> None:
    events = _protests("اقتحم مئات المحتجين مبنى مجلس المحافظة في الناصرية.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Violent demonstration"
    assert [e for e in hadath.extract("اقتحم مئات المحتجين مبنى مجلس المحافظة في الناصرية.").events
            if e.plover_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "crowd"), [
    ("أغلق التجار محالهم التجارية في سوق المدينة احتجاجا على فرض ضرائب جديدة.", "التجار"),
    ("أغلق عشرات من سائقي سيارات الأجرة الطريق المؤدي إلى المطار احتجاجا على رفع أسعار الوقود.",
     "عشرات من سائقي سيارات الأجرة"),
])
def test_deed_done_in_protest(text: str, crowd: str) -> None:
    events = _protests(text)
    assert len(events) == 1
    assert events[0].actor1 is not None and events[0].actor1.text == crowd


@pytest.mark.parametrize("text", [
    "استدعت وزارة الخارجية السفير الإيراني احتجاجا على تصريحات المسؤولين الإيرانيين.",
    "أعلنت الحركة الحداد العام في المدينة احتجاجا على مقتل أنصارها.",
    "يغلق التجار محالهم كل يوم جمعة احتجاجا على الضرائب.",
    "انسحب النواب من جلسة البرلمان احتجاجا على تأجيل التصويت.",
    "أغلقت السلطات المعبر احتجاجا على خروقات الطرف الآخر.",
    "لم يغلق التجار محالهم رغم دعوات الإضراب.",
])
def test_no_protest_deed(text: str) -> None:
    assert _protests(text) == []


def test_protest_in_front_of_an_official_building_is_no_lodged_protest() -> None:
    # «الرسمي» qualifies the building; only the adverb «رسميا» (or «لدى») lodges a protest
    events = _protests("واحتج عشرات الصحفيين أمام مبنى التلفزيون الرسمي على منعهم من التغطية.")
    assert len(events) == 1
    assert _protests("واحتجت وزارة الخارجية رسمياً لدى السفير الإسرائيلي على الانتهاكات.") == []


def test_strike_begun_by_people() -> None:
    assert len(_protests("وبدأ مئات الأسرى في السجون الإسرائيلية إضرابا مفتوحا عن الطعام.")) == 1


@pytest.mark.parametrize("text", [
    "وبدأت الحكومة مفاوضات مع النقابة لإنهاء إضراب المعلمين المستمر منذ أسبوعين.",
    "وبدأ وزير العمل جولة على المصانع للاطلاع على أسباب إضراب العمال.",
])
def test_no_strike_begun(text: str) -> None:
    assert _protests(text) == []
