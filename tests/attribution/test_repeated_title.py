"""A bare title after the speaker was named in full is the same speaker («وقال المتحدث»)."""

from __future__ import annotations

import pytest

import hadath


def quotes_of(text: str) -> list:
    return hadath.extract(text, published="2026-11-24").quotes


@pytest.mark.parametrize(("text", "who"), [
    # a source the lexicon lists whole, headed by the title
    ("أعلن المتحدث العسكري باسم القوات المسلحة المصرية، العقيد غريب عبد الحافظ، أمس مقتل 12 مسلحا. "
     "وقال المتحدث، في بيان، إن «القوات الجوية دمرت 4 عربات».", "Egyptian Armed Forces Spokesman"),
    ("قال المتحدث باسم الجيش الإسرائيلي إن الطائرات قصفت مواقع في غزة. وأضاف المتحدث أن «العملية ستستمر».",
     "Israeli Army Spokesperson"),
    # the title, then a source the lexicon knows
    ("أعلن الناطق باسم وزارة الداخلية العراقية مقتل خمسة مسلحين. وقال الناطق إن «القوات تلاحق الفارين».",
     "Iraqi Ministry of Interior"),
    # the title, then a person's name
    ("قال المتحدث باسم الشرطة العقيد محمد الكعبي إن قوات الأمن اعتقلت خمسة مسلحين. وقال المتحدث إن «التحقيقات جارية».",
     "محمد الكعبي"),
])
def test_bare_title_is_the_speaker_named_before(text: str, who: str) -> None:
    (q,) = quotes_of(text)
    assert text[q.start:q.end] in text and q.speaker in {"المتحدث", "الناطق"}
    assert q.speaker_canonical == who


def test_bare_title_before_any_name_names_nobody() -> None:
    text = "قال المتحدث إن «العملية ستستمر». وكان المتحدث باسم الجيش الإسرائيلي قد أعلن مقتل جندي."
    (q,) = quotes_of(text)
    assert q.speaker_canonical is None


def test_events_after_the_bare_title_take_the_named_source() -> None:
    text = ("أعلن الناطق باسم وزارة الداخلية العراقية مقتل خمسة مسلحين في اشتباكات مع قوات الأمن في ديالى أمس. "
            "وقال الناطق إن قوات الأمن اعتقلت سبعة مسلحين في بعقوبة.")
    doc = hadath.extract(text, published="2026-11-24")
    assert doc.events
    assert all(e.source is not None and e.source.name == "Iraqi Ministry of Interior" for e in doc.events)
