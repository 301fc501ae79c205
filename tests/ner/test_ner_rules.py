"""Contextual rules on hand-written sentences."""

from __future__ import annotations

from hadath.ner.rules import find_rule_spans
from hadath.text.segment import token_table


def spans(text: str) -> list[tuple[str, str, str]]:
    tc = token_table(text)[1]
    return [(" ".join(tc.texts[r.start:r.end]), r.type, r.rule) for r in find_rule_spans(tc)]


def test_title_then_name_with_modifiers() -> None:
    assert ("بشار الأسد", "PER", "title") in spans("وقال الرئيس السوري بشار الأسد في خطاب")
    assert ("وليد المعلم", "PER", "title") in spans("أكد وزير الخارجية السوري وليد المعلم أمس")


def test_military_rank_and_activist() -> None:
    assert ("أحمد حسن", "PER", "title") in spans("وقال العقيد أحمد حسن للصحفيين إن الهجوم فشل")
    assert ("محمد الحلبي", "PER", "title") in spans("ونقل الناشط محمد الحلبي صورا من الموقع")


def test_title_without_name_yields_nothing() -> None:
    assert not [s for s in spans("وقال الرئيس إن الوضع صعب") if s[1] == "PER"]


def test_kunya_with_nisba() -> None:
    found = spans("وقتل القيادي أبو محمد الرقاوي في الغارة")
    assert [(t, typ) for t, typ, _ in found] == [("أبو محمد الرقاوي", "PER")]
    assert ("أبو علي الأنباري", "PER", "kunya") in spans("قتل أبو علي الأنباري")


def test_org_head_with_quoted_name() -> None:
    assert ("أحرار الشام", "ORG", "org-quote") in spans("هاجمت حركة «أحرار الشام» مواقع للجيش")


def test_place_heads() -> None:
    found = spans("سيطرت القوات على بلدة معرة النعمان وقرية كفرنبل في ريف إدلب")
    assert ("معرة النعمان", "GPE", "place-head") in found
    assert ("كفرنبل", "GPE", "place-head") in found


def test_place_head_stops_at_function_words() -> None:
    assert not [s for s in spans("ومن ناحية ثانية قال المسؤول") if s[1] == "GPE"]


def test_a_channel_is_named_by_the_definite_words_after_its_head() -> None:
    """«قناة» + definite words names a channel (``naming_heads.tsv`` marks it); other heads do
    not name so («إدارة الأعمال»، «لجنة التظلمات»), nor does a channel with an indefinite word."""
    assert ("قناة الرسالة", "ORG", "org-head") in spans("ويذاع البرنامج على قناة الرسالة مساء كل جمعة")
    assert ("لقناة الميادين", "ORG", "org-head") in spans("وقال المتحدث لقناة الميادين إن القصف مستمر")
    assert not [s for s in spans("درس إدارة الأعمال وقدم شكوى إلى لجنة التظلمات") if s[1] == "ORG"]
    assert not [s for s in spans("وأفادت قناة فضائية محلية بأن القصف مستمر") if s[1] == "ORG"]
