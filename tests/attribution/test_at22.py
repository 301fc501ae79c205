"""Sources named in forms the lexicon lacked: a Sudanese town's resistance committees
(«أفادت تنسيقية لجان مقاومة الفاشر»), two local officials in the dual («مسؤولان محليان»),
and residents as the source of what follows («أفاد سكان بأن ...»). Sentences written for
these tests in the style of wire and newspaper reports (not copied from any outlet)."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.pipeline import run


def _claim_sources(text: str) -> list[str | None]:
    doc: Doc = run(text, published="2026-11-24")
    return [c.source.name if c.source else None for c in doc.claims]


def test_a_town_coordination_of_resistance_committees_is_the_committees() -> None:
    text = ("أفادت «تنسيقية لجان مقاومة نيالا» بمقتل 15 مدنياً على الأقل في قصف مدفعي "
            "استهدف أحياء جنوب المدينة يوم الأحد.")
    assert _claim_sources(text) == ["Sudanese Resistance Committees"]


def test_two_local_officials_in_the_dual_are_an_official_source() -> None:
    text = ("قُتل تسعة مدنيين في غارة بطائرة مسيرة على سوق في بلدة قرب مدينة ديسي، "
            "وفق ما أفاد مسؤولان محليان.")
    assert _claim_sources(text) == ["Official source"]


def test_residents_who_told_are_the_witnesses_not_the_source_before() -> None:
    text = ("وقال مصدر عسكري إن الجيش استعاد السيطرة على بلدة مرتفعة، مؤكداً مقتل 20 من المسلحين.\n\n"
            "وفي مدينة أخرى، أفاد سكان بأن مسلحين قتلوا ستة مدنيين في هجوم على قرية مجاورة.")
    sources = _claim_sources(text)
    assert sources[0] == "Military source"
    assert sources[-1] == "Witnesses"
