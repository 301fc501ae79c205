"""An attack right after a word of attempting names what someone tried, unless someone suffered
or survived it (hadath.events.modality._only_attempted).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def events(text: str) -> list[object]:
    return hadath.extract(text, published="2024-07-10").events


def test_a_foiled_or_charged_attempt_is_no_attack() -> None:
    found = events("اعتقلت قوات الأمن ثلاثة مسلحين خلال محاولتهم زرع عبوة ناسفة على الطريق الدولي.")
    assert [e.sub_event_type for e in found] == ["Arrests"]  # the bomb was never set off
    assert not [e for e in events("وأعلنت الشرطة اعتقال خمسة أشخاص بتهمة التخطيط ومحاولة تفجير سيارة مفخخة "
                                  "قرب السفارة.") if e.plover_type == "ASSAULT"]


def test_an_attempt_someone_suffered_or_survived_took_place() -> None:
    (attempt,) = events("تعرضت وزيرة الدولة لشؤون المرأة لمحاولة اغتيال في مدينة ملكال أمس.")
    assert attempt.plover_type == "ASSAULT" and attempt.location is not None
    (bomb,) = events("ونجا محافظ الأنبار من محاولة اغتيال بعبوة ناسفة استهدفت موكبه غرب الرمادي صباح اليوم.")
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    # the survivor, the place and the day may stand between the verb and the attempt; the
    # blast after «إثر» is then no background (something violent was told before it)
    (blast,) = events("نجا قائد شرطة النجدة في البصرة، أمس، من محاولة اغتيال إثر تعرض موكبه لانفجار عبوة ناسفة "
                      "أدى إلى مقتل أحد المارة.")
    assert blast.fatalities == 1


def test_a_deed_told_before_the_attempt_word_stays() -> None:
    found = events("وحاول مسلحون اقتحام مقر الشرطة في الحي فاشتبكوا مع عناصر الحراسة لساعة، ما أسفر عن مقتل "
                   "شرطيين.")
    assert [e.fatalities for e in found if e.plover_type == "ASSAULT"] == [2]  # the clash that followed
    (wounded,) = events("أصيب وزير الداخلية بجروح طفيفة في محاولة اغتيال استهدفت موكبه وسط العاصمة مساء أمس.")
    assert wounded.plover_type == "ASSAULT"
