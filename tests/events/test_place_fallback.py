"""Event locations when the sentence only points at a place (hadath.events.place_fallback)."""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.place_fallback import anaphors

TEXT = """قال مصدر عسكري إن مسلحين هاجموا حاجزا للجيش في مدينة تلعفر أمس.

وأضاف أن قوات الجيش استعادت السيطرة على قرية الخرابة القريبة بعد انسحاب المسلحين، مشيرا إلى أن طائرات التحالف شنت ثلاث غارات على مواقع التنظيم في المنطقة."""

UNANCHORED = """استعادت قوات الجيش السيطرة على قرية الخرابة بعد معارك عنيفة أمس."""


def test_anaphor_data_loads() -> None:
    kinds = {m.payloads[0] for m in anaphors().find(Doc(raw="في المنطقة والقرى المجاورة").norm)}
    assert kinds == {"anaphor", "near"}


def test_unresolved_village_and_the_area_take_the_town_named_before() -> None:
    evs = hadath.extract(TEXT, published="2024-05-15").events
    later = [e for e in evs if e.evidence[0].start > TEXT.index("\n")]
    subs = {e.sub_event_type for e in later}
    assert {"Government regains territory", "Air/drone strike"} <= subs
    for e in later:
        assert e.location is not None, e.sub_event_type
        assert e.location.country == "IQ"
        assert e.location.name_ar.endswith("تلعفر")
        assert e.location.geo_precision >= 2  # near the town, not in it


def test_no_place_before_means_no_guess() -> None:
    evs = hadath.extract(UNANCHORED, published="2024-05-15").events
    assert evs and all(e.location is None for e in evs)
