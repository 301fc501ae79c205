"""An anonymous title serving in a named body («مصدر في «قسد»»، «مسؤول في وزارة الدفاع»): the
speaker is the whole phrase, the body is who it speaks for (hadath.attribution.speakers._member_of).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import pytest

import hadath


def _source(text: str) -> tuple[str, str]:
    (ev,) = hadath.extract(text, published="2024-05-13").events
    assert ev.source is not None
    return ev.source.text, ev.source.name


@pytest.mark.parametrize(("who", "name"), [
    ("مصدر في «قسد»", "SDF: Syrian Democratic Forces"),
    ("مصدر في قسد", "SDF: Syrian Democratic Forces"),  # not the lexicon's row for its press office
    ("مصدر في «هيئة تحرير الشام»", "HTS: Hayat Tahrir al Sham"),
])
def test_a_source_in_a_group(who: str, name: str) -> None:
    assert _source(f"وقال {who} إن مسلحين هاجموا حاجزا في بلدة ذيبان بريف دير الزور أمس.") == (who, name)


def test_an_official_in_a_ministry() -> None:
    text = "وقال مسؤول في وزارة الداخلية العراقية إن مسلحين هاجموا نقطة تفتيش في بعقوبة أمس."
    assert _source(text)[0] == "مسؤول في وزارة الداخلية العراقية"


def test_a_quote_of_a_source_in_a_group() -> None:
    doc = hadath.extract("وقال مصدر في «قسد» لـ«الشرق الأوسط» إن «الهجوم أسفر عن مقتل عنصرين فقط».",
                         published="2024-05-13")
    assert [(q.speaker, q.speaker_canonical) for q in doc.quotes] == [("مصدر في «قسد»", "SDF: Syrian Democratic Forces")]


def test_a_generic_source_in_a_force_keeps_its_row() -> None:
    # «مصدر في الجيش» is a lexicon row of its own (Military source), read before any body
    assert _source("وقال مصدر في الجيش السوري إن مسلحين هاجموا حاجزا في ريف دير الزور أمس.")[1] == "Military source"


@pytest.mark.parametrize("frame", ["بحسب بيان لشرطة ولاية جنوب دارفور", "بحسب بيان صادر عن شرطة ولاية جنوب دارفور"])
def test_a_state_police_command_no_lexicon_lists(frame: str) -> None:
    # «شرطة» heads a body as «مديرية» does; after «بيان ل» the body is named without the preposition
    text = f"وقتل شرطيان في اشتباك مع عصابة مسلحة في نيالا أمس، {frame}."
    assert _source(text)[0] == "شرطة ولاية جنوب دارفور"
