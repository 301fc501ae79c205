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


def test_same_paragraph_carries_the_place_not_across_paragraphs() -> None:
    lead = "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس."
    follow = "وقتل ثلاثة مدنيين في انفجار عبوة ناسفة."
    same = hadath.extract(lead + " " + follow, published="2024-05-15").events
    assert [e.location.name_ar if e.location else None for e in same][-1] == "كفرنبل"
    apart = hadath.extract(lead + "\n\n" + follow, published="2024-05-15").events
    assert apart[-1].location is None


def test_a_dropped_recap_lends_no_place() -> None:
    # the strike on Aleppo in 2017 is background (dropped by recency); the bomb after it in
    # the same paragraph names no place and must not be put in Aleppo
    text = "وكانت طائرات حربية قد قصفت مدينة حلب في يوليو 2017، ما أسفر عن مقتل عشرات المدنيين. وقتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة."
    evs = hadath.extract(text, published="2024-05-15").events
    assert len(evs) == 1 and evs[0].location is None


STORY_TOWN = """رام الله - وكالات
استشهد ثلاثة شبان فلسطينيين فجر اليوم خلال اقتحام قوات الاحتلال الإسرائيلي مدينة جنين.

وقالت وزارة الصحة إن بين الجرحى طفلا حالته خطيرة.

وأفاد شهود بأن قوات الاحتلال اعتقلت ستة مواطنين من المخيم."""


def test_the_town_reaches_back_to_the_story_town_beyond_one_paragraph() -> None:
    evs = hadath.extract(STORY_TOWN, published="2024-07-16").events
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.name_ar == "جنين"
    assert arrests[0].location.geo_precision >= 2


def test_the_town_does_not_reach_a_town_outside_the_lead() -> None:
    text = STORY_TOWN.replace("مدينة جنين", "الضفة الغربية").replace(
        "إن بين الجرحى", "في مؤتمر عقد في مدينة نابلس إن بين الجرحى")
    evs = hadath.extract(text, published="2024-07-16").events
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and (arrests[0].location is None or arrests[0].location.name_ar != "نابلس")
