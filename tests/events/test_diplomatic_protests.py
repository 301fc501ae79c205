"""A protest lodged with a government is diplomacy, not a demonstration
(hadath.events.modality._lodged).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in hadath.extract(text, published="2024-07-10").events]


def test_a_protest_lodged_with_a_government_is_no_demonstration() -> None:
    assert not types("واحتجت وزارة الخارجية المصرية رسميا لدى السفير الإيراني في القاهرة أمس على تصريحاته.")
    assert not types("وسلمت الخارجية القائم بالأعمال مذكرة احتجاج على الغارة التي استهدفت الحدود.")
    assert not types("وقدمت الحكومة احتجاجا رسميا على انتهاك طائرات حربية مجالها الجوي.")


def test_street_protests_stay() -> None:
    assert types("احتج مئات الطلاب أمام مبنى الجامعة أمس على رفع الرسوم الدراسية.") == ["Peaceful protest"]
    # «لدى» after a comma, or as «upon», is no lodging
    assert types("تظاهر المئات أمام السفارة احتجاجا على الغارة لدى وصول الوفد.") == ["Peaceful protest"]
