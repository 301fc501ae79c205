"""Security forces that break up a protest make it ACLED's «Protest with intervention»."""

from __future__ import annotations

import pytest

import hadath


@pytest.mark.parametrize("text", [
    "وفي العريش، تظاهر العشرات من أهالي المعتقلين أمام مبنى المحافظة للمطالبة بالإفراج عن ذويهم، "
    "قبل أن تفرقهم قوات الأمن من دون وقوع إصابات، بحسب مصادر محلية.",
    "تجمع مئات الطلاب أمام جامعة الخرطوم أمس احتجاجا على رفع الأسعار، قبل أن تفرقهم الشرطة بالقوة.",
    "تظاهر المئات في ساحة التحرير أمس، وفرقتهم قوات الأمن باستخدام الهراوات.",
    "اعتصم عشرات العمال أمام مقر الشركة أمس قبل أن تفضه قوات الأمن.",
])
def test_dispersed_protest_is_protest_with_intervention(text: str) -> None:
    (e,) = [e for e in hadath.extract(text, published="2026-11-24").events if e.event_type == "Protests"]
    assert e.sub_event_type == "Protest with intervention"


def test_dispersed_protest_has_the_force_as_actor2_and_no_deaths() -> None:
    text = ("وفي العريش، تظاهر العشرات من أهالي المعتقلين أمام مبنى المحافظة، "
            "قبل أن تفرقهم قوات الأمن من دون وقوع إصابات.")
    (e,) = hadath.extract(text, published="2026-11-24").events
    assert e.actor2 is not None and e.actor2.inter == 1
    assert e.fatalities == 0


def test_protesters_who_leave_by_themselves_protested_peacefully() -> None:
    (e,) = hadath.extract("تظاهر العشرات في وسط المدينة أمس ثم تفرقوا بهدوء.", published="2026-11-24").events
    assert e.sub_event_type == "Peaceful protest"
