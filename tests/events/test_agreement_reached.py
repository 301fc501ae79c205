"""An agreement reported as reached («أعلن ... التوصل إلى اتفاق»، «توصلت ... إلى اتفاق») is an
Agreement event even when the terms that follow name no party («بين»، «مع»); a call for one,
a failure or a purpose is none."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath

PUBLISHED = "2023-08-16"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in hadath.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # the verbal noun after an announcing verb and an aside, the terms after it
    "أعلنت لجنة الوساطة القبلية، مساء أمس، التوصل إلى اتفاق لوقف القتال يقضي بإطلاق سراح المحتجزين لدى الجانبين وفتح الطريق الدولي.",
    # the finite verb, its subject between it and «إلى»
    "وتوصلت القبيلتان المتنازعتان إلى اتفاق هدنة يقضي بسحب المسلحين من الأسواق.",
])
def test_an_agreement_reached_is_an_agreement(text: str) -> None:
    assert _subs(text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "دعت الأمم المتحدة إلى التوصل إلى اتفاق لوقف إطلاق النار يقضي بحماية المدنيين.",  # a call
    "أعلن الوسطاء عدم التوصل إلى اتفاق لوقف إطلاق النار يقضي بتبادل الأسرى.",  # a failure
    "لم يتوصل الطرفان إلى اتفاق لوقف إطلاق النار رغم الوساطة القطرية.",  # negated
    "أكد الوسيط أن المحادثات تهدف للتوصل إلى اتفاق لوقف إطلاق النار يقضي بانسحاب القوات.",  # a purpose
])
def test_an_agreement_wished_or_missed_is_none(text: str) -> None:
    assert "Agreement" not in _subs(text)


def test_the_tripoli_ceasefire() -> None:
    # «وأعلن المجلس الاجتماعي لسوق الجمعة في بيان، فجر اليوم، التوصل إلى اتفاق لوقف إطلاق النار يقضي بتسليم ...»
    doc = read_article("tripoli_clashes_newspaper.txt", PUBLISHED)[1]
    assert [e.sub_event_type for e in doc.events if e.event_type == "Strategic developments"] == ["Agreement"]
