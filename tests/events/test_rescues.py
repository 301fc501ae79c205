"""Hostages freed are no territory taken (hadath.events.modality._frees_captives): a retaking
word with hostages or captives as its object tells a rescue, and the hostage noun so freed
tells no abduction now.

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in hadath.extract(text, published="2024-07-10").events]


def test_a_rescue_is_no_recapture() -> None:
    # the clash that freed them is the happening (was typed a territory takeover)
    assert types("اشتبك عناصر من الشرطة مع مسلحين قرب بلدة الرشاد جنوب المدينة ما أسفر عن تحرير ثلاثة "
                 "رهائن.") == ["Armed clash"]
    assert "Government regains territory" not in types(
        "وحررت القوات الخاصة الرهائن المحتجزين في مبنى البلدية بعد ساعات من المفاوضات.")


def test_ground_retaken_and_hostages_taken_stay() -> None:
    assert types("حررت القوات الحكومية بلدة الرشاد جنوب المدينة من قبضة المسلحين أمس.") == [
        "Government regains territory"]
    assert types("اختطف مسلحون ثلاثة رهائن أجانب في المدينة أمس.") == ["Abduction/forced disappearance"]
