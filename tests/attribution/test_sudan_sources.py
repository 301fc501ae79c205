"""Source forms in one agency-style report (``data/articles/sudan_sources.txt``, written for
this test, illustrative, not a real report): a source that told an outlet («أفادت مصادر محلية
لـ«سودان تريبيون» بأن»), a correspondent relaying witnesses, media affiliated with a side, an
official who asked not to be named, «بحسب ما نقلته وكالة ... عن مصدر عسكري», a denial and a
claim («نفت ... أن»، «زعمت أن») that must not become the source of the event they deny.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hadath.attribution.sources import source_for
from hadath.doc import Doc
from hadath.pipeline import run

TEXT = (Path(__file__).resolve().parent / "data" / "articles" / "sudan_sources.txt").read_text(encoding="utf-8")
RSF = "RSF: Rapid Support Forces"


@lru_cache(maxsize=1)
def _doc() -> Doc:
    return run(TEXT, published="2024-06-12")


def _claim_source(low: float) -> str | None:
    found = [c for c in _doc().claims if c.quantity.low == low]
    assert found, [(c.subject, c.quantity.low) for c in _doc().claims]
    return found[0].source.name if found[0].source else None


def test_a_source_that_told_an_outlet_is_the_source_not_the_outlet() -> None:
    assert _claim_source(11) == "Local sources"
    fasher = [e for e in _doc().events if e.fatalities == 11]
    assert fasher and fasher[0].source is not None and fasher[0].source.name == "Local sources"


def test_a_correspondent_relays_the_witnesses() -> None:
    [m] = [m for m in _doc().extras["sources"] if m.frame_kind == "transmit"]
    assert (m.text, m.name) == ("شهود عيان", "Witnesses")


def test_media_affiliated_with_a_side_say_whose_they_are() -> None:
    assert _claim_source(17) == "Media reports (affiliated with Military Forces of Sudan)"
    [m] = [m for m in _doc().extras["sources"] if m.name.startswith("Media reports")]
    assert m.text == "وسائل إعلام تابعة للجيش السوداني"
    # at least 11 civilians and 17 people: the two figures do not disagree
    assert _doc().conflicts == []


def test_an_unnamed_official_and_his_figure_of_fighters() -> None:
    claim = next(c for c in _doc().claims if c.quantity.low == 6)
    assert claim.source is not None and claim.source.name == "Official source"
    assert claim.subject.endswith("fighters killed")


def test_agency_relaying_a_military_source() -> None:
    assert _claim_source(4) == "Military source"


def test_denial_and_claim_are_the_denier_s_not_the_event_s() -> None:
    doc = _doc()
    assert all(e.source is None or e.source.name != RSF for e in doc.events)
    s = TEXT.index("قصف السوق")
    src = source_for(doc, s, s + len("قصف السوق"))
    assert src is not None and src.name == RSF  # «وزعمت أن الجيش هو من قصف السوق»: the RSF's claim
