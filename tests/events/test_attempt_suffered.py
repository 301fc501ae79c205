"""An attempt on someone's life that a verb of suffering or surviving governs took place
(``hadath/events/stage.py:_attempt_suffered``). Sentences written for these tests."""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages

PUBLISHED = "2026-11-27"


def _assaults(text: str) -> int:
    return sum(e.plover_type == "ASSAULT" for e in hadath.extract(text, published=PUBLISHED).events)


def test_suffered_attempt_with_a_long_description_of_the_victim() -> None:
    # the victim's post and names stand between «تعرضت» and «لمحاولة اغتيال»
    assert _assaults("تعرضت نائبة رئيس المجلس المحلي في مدينة تعز، السيدة فلانة، زوجة القيادي في الحزب، "
                     "لمحاولة اغتيال في حي الجحملية مساء أمس.") == 1
    assert _assaults("وتعرض مدير الشرطة لمحاولة اغتيال في وسط المدينة.") == 1


def test_survived_attempt() -> None:
    assert _assaults("ونجا رئيس البلدية صباح اليوم من محاولة اغتيال في مدينة الرمادي.") == 1


def test_not_a_record_of_attempts_nor_a_recalled_one() -> None:
    # plural attempts: a record, not one happening
    assert _assaults("وقال إن أغلب الشخصيات البارزة تعرضت لمحاولات اغتيال خلال السنوات الماضية.") == 0
    # a relative clause recalls the attempt
    doc = Pipeline([s for s in default_stages() if s.name != "events"])(Doc(raw=(
        "وزار الوزير الضابط الذي تعرض لمحاولة اغتيال في المستشفى.")))
    probs = [c.prob for ctx in score(doc) for c in ctx.candidates if c.trigger.mode == "assassination"]
    assert probs and max(probs) < 0.7
