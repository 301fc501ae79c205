"""A short quotation inside a sentence is a name («داعش») unless it counts something."""

from __future__ import annotations

import pytest

import hadath


@pytest.mark.parametrize("marks", [("\"", "\""), ("«", "»")])
def test_short_quotation_with_a_count_is_speech(marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"قال الجيش الإسرائيلي في بيان إن قواته {o}قتلت أربعة مسلحين{c} خلال عملية في جنين."
    doc = hadath.extract(text)
    assert [(text[q.start:q.end], q.speaker) for q in doc.quotes] == [("قتلت أربعة مسلحين", "الجيش الإسرائيلي")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن «داعش» يسيطر على المدينة.",
        "وقال المتحدث إن «اللواء 313» انسحب من المدينة.",
    ],
)
def test_short_names_in_marks_stay_names(text: str) -> None:
    assert hadath.extract(text).quotes == []
