"""The decoder's word tables are dropped and refilled when they reach ``MAX_WORDS``
(bounded memory in a long batch); the entities must not depend on when that happens."""

from __future__ import annotations

from importlib import resources

import pytest

import hadath
from hadath.ner import decoder as decoder_module


def _entities(text: str) -> list[tuple[int, int, str, str | None]]:
    doc = hadath.extract(text, published="2024-05-15")
    return [(e.start, e.end, e.type, e.canonical) for e in doc.entities]


def test_entities_unchanged_when_word_tables_refill(monkeypatch: pytest.MonkeyPatch) -> None:
    text = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")
    expected = _entities(text)
    dec = decoder_module.decoder()
    before = dec.generation
    # a cap below one article's vocabulary: every call now drops and refills the tables
    monkeypatch.setattr(decoder_module, "MAX_WORDS", 50)
    # words the tables have not seen force the drop; then the sample's words are new again
    hadath.extract("التقى الوزير سمعان زعبلاوي بنظيره قرطماني في مدينة حلب يوم الأحد.")
    assert dec.generation > before
    assert _entities(text) == expected
