"""Rules of session 8: protests that break out, attacks carried by a support verb or suffered,
accusations that govern their clause, and «لم يتردد» (did not hesitate) that negates nothing.

New sentences written for these tests (not from the gold data).
"""

from __future__ import annotations

import pytest

import hadath
from hadath.doc import Doc
from hadath.events.stage import _rule_support, score
from hadath.pipeline import Pipeline, default_stages


def events(text: str, plover: str) -> list:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == plover]


def candidates(text: str) -> tuple[Doc, list]:
    doc = Pipeline(default_stages())(Doc(raw=text))
    return doc, [c for s in score(doc) for c in s.candidates]


def ruled(text: str, plover: str) -> bool:
    doc, cands = candidates(text)
    return any(_rule_support(doc, c) for c in cands if c.trigger.plover == plover and not c.veto)


@pytest.mark.parametrize("text", [
    "اندلعت احتجاجات في عدة مدن جزائرية أمس بعد إعلان نتائج الانتخابات.",
    "وانفجرت عدة مظاهرات في مختلف أحياء المدينة احتجاجا على قرار الحكومة.",
])
def test_protests_breaking_out_are_reported(text: str) -> None:
    assert ruled(text, "PROTEST")
    (e,) = events(text, "PROTEST")
    assert e.event_type == "Protests"


@pytest.mark.parametrize("text", [
    # definite: the protests the story has told of already
    "واندلعت الاحتجاجات مجددا في المدينة.",
    # background after «بعد أن»
    "وقالت الشرطة إنها أعادت فتح الطرق بعد أن اندلعت مظاهرات في المدينة.",
])
def test_protests_breaking_out_need_a_new_indefinite_protest(text: str) -> None:
    assert not ruled(text, "PROTEST")


@pytest.mark.parametrize("text", [
    "شن مسلحون هجوما على مركز للشرطة في بلدة العريش فجر أمس.",
    "وقال البيان إن المتمردين شنوا الهجوم على الموقع العسكري بسيارة مفخخة.",
    "تعرض مقر حزب المؤتمر لهجوم بالقنابل اليدوية فجر اليوم في مدينة تعز.",
    "وقالت الشرطة إن المنطقة الخضراء تعرضت لهجوم بقذائف الهاون أمس.",
])
def test_attacks_carried_by_a_support_verb_or_suffered_are_reported(text: str) -> None:
    assert ruled(text, "ASSAULT")
    assert events(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # «شن» spelt as its verbal noun after a noun or a preposition: a plan or an option
    "وتدرس الإدارة الأمريكية خيار شن ضربات جوية على معسكرات المتشددين.",
    "واعتقلت الشرطة عشرة طلاب لعلاقتهم بمحاولة شن هجوم انتحاري في المدينة.",
    # a relative clause recalls the attack as background to another report
    "وقال البيان إن الوحدة التي نفذت الهجوم عادت إلى قواعدها بسلام.",
    # torture and abuse are told as allegations as often as deeds
    "وقال المعتقل إنه تعرض للتعذيب والضرب خلال التحقيق معه.",
    "وتعرض زوجها للاعتداء من قبل جيرانه.",
    # «عندما» tells the circumstance of another happening
    "وانتهت المسيرة بسرعة عندما تعرض المشاركون فيها لإطلاق النار.",
])
def test_support_and_suffering_rules_leave_mentions_to_the_classifier(text: str) -> None:
    assert not ruled(text, "ASSAULT")


def test_an_accusation_governs_its_whole_clause() -> None:
    text = ("واتهمت النيابة الأربعة الآخرين بأنهم «في منطقة المرفأ بتاريخ 12/7/2005 أقدموا على تفجير "
            "سيارة مفخخة استهدفت موكب وزير الدفاع».")
    _, cands = candidates(text)
    attacks = [c for c in cands if c.trigger.plover == "ASSAULT"]
    assert attacks and all(c.veto == "trial" for c in attacks)
    assert not events(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "لم يتردد المسلحون في إطلاق النار على المصلين داخل المسجد.",
    "ولم يتورع شاب عن إحراق نفسه أمام مقر الولاية احتجاجا على مصادرة عربته.",
])
def test_did_not_hesitate_negates_nothing(text: str) -> None:
    doc = Pipeline(default_stages())(Doc(raw=text))
    (s,) = score(doc)
    assert not any(cue.kind == "negation" for cue in s.cues)
    assert any(cue.kind == "litotes" for cue in s.cues)
    assert all(c.veto is None for c in s.candidates)


def test_a_denial_governs_its_whole_clause() -> None:
    text = ("ونفت قوات الدعم السريع في بيان نشرته على منصة «تلغرام» مساء أمس استهداف المدنيين في مخيم أبو "
            "شوك غرب مدينة الفاشر.")
    _, cands = candidates(text)
    attacks = [c for c in cands if c.trigger.plover == "ASSAULT"]
    assert attacks and all(c.veto == "denial" for c in attacks)
    assert not events(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وشهدت البلاد حوالي 140 هجوما انتحاريا في العام الماضي بحسب تقرير للأمم المتحدة.",
    "وشن مقاتلو الحركة أكثر من مائة هجوم منذ بداية العام الحالي.",
])
def test_attacks_counted_in_tens_are_a_tally(text: str) -> None:
    _, cands = candidates(text)
    assert any(c.veto == "tally" for c in cands)
    assert not events(text, "ASSAULT")


def test_a_few_counted_attacks_and_many_shells_are_reports() -> None:
    _, cands = candidates("ونفذ المسلحون ثلاث هجمات على حواجز للجيش في ريف حماة أمس.")
    assert not any(c.veto == "tally" for c in cands)
    _, cands = candidates("وقال شهود إن أكثر من عشرين قذيفة هاون سقطت على قاعدة المطار أمس.")
    assert not any(c.veto == "tally" for c in cands)


def test_a_solidarity_stand_is_a_protest() -> None:
    text = "ونظم العشرات وقفة تضامنية مع الأسرى أمام مقر الصليب الأحمر في رام الله أمس."
    assert ruled(text, "PROTEST")
    assert events(text, "PROTEST")
