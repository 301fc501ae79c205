"""A vehicle's make or model after «سيارة»/«طراز» is no person and no organisation, whatever
the CRF labels it (fold models read «سيارة رانج روفر» as a person)."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.ner.stage import _crf_mentions


def _crf(text: str, labels: list[str]) -> list[tuple[str, str]]:
    doc = Doc(raw=text)
    doc.segment()
    tc = doc.token_columns
    assert len(tc.starts) == len(labels)
    return [(m.text, m.type) for m in _crf_mentions(doc, tc, [(0, len(labels))], labels)]


def test_a_make_after_a_car_is_no_person() -> None:
    assert _crf("اصطدمت شاحنة عسكرية مع سيارة رانج روفر", ["O"] * 5 + ["B-PER", "I-PER"]) == []
    assert _crf("بسقوط طائرة من طراز بوينج", ["O"] * 4 + ["B-ORG"]) == []


def test_a_given_name_after_a_car_is_its_owner() -> None:
    assert _crf("وانفجرت سيارة عماد مغنية", ["O", "O", "B-PER", "I-PER"]) == [("عماد مغنية", "PER")]
