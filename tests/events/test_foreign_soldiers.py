"""Unnamed soldiers of a foreign army, and soldiers who were hurt rather than struck."""

from __future__ import annotations

import hadath

RAID = """جنين - وفا
استشهد ثلاثة شبان خلال اقتحام قوات الاحتلال الإسرائيلي مدينة جنين فجر اليوم.

وقال الجيش الإسرائيلي في بيان إن قواته قتلت أربعة مسلحين، مشيرا إلى أن جنديين أصيبا بجروح طفيفة جراء انفجار عبوة ناسفة بآليتهما."""


def _ied(text: str) -> hadath.schema.Event:
    evs = [e for e in hadath.extract(text, published="2024-07-16").events
           if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(evs) == 1, [e.sub_event_type for e in hadath.extract(text).events]
    return evs[0]


def test_soldiers_hurt_by_a_bomb_are_its_target_and_the_named_foreign_army() -> None:
    ev = _ied(RAID)
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Israel"
    assert ev.actor2.text == "جنديين"
    assert ev.actor1 is None or ev.actor1.name != "Military Forces of Israel"


SYRIA = """حلب - سانا
قصفت طائرات حربية روسية بلدة الأتارب في ريف حلب الغربي اليوم.

وقال الجيش السوري في بيان إن جنديين أصيبا بجروح جراء انفجار عبوة ناسفة بآليتهما قرب البلدة."""


def test_soldiers_stay_the_focus_countrys_when_its_own_army_is_named() -> None:
    ev = _ied(SYRIA)
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Syria"


CLAIM = ("وأعلنت كتيبة جنين في بيان أن مقاتليها خاضوا اشتباكات مسلحة مع قوات الاحتلال "
         "وفجروا عبوات ناسفة في آلياتها فجر اليوم.")


def test_a_groups_fighters_act_and_the_side_after_with_is_the_target() -> None:
    ev = _ied(CLAIM)
    assert ev.actor1 is not None and ev.actor1.name == "Jenin Brigade"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Israel"


def test_a_bracketed_alias_of_the_articles_country_names_the_force() -> None:
    text = ("قُتل عنصران من قوى الأمن الداخلي (الأسايش) مساء الأحد جراء استهداف طائرة مسيرة تركية "
            "سيارة على طريق القامشلي - عامودا في ريف الحسكة.")
    evs = [e for e in hadath.extract(text, published="2024-03-11").events if e.sub_event_type == "Air/drone strike"]
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Asayish (Syria)"
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Turkey"


def test_the_force_that_meets_an_attack_is_its_target() -> None:
    text = ("أفادت وكالة سانا بأن وحدات من الجيش العربي السوري تصدت لهجوم شنته مجموعات إرهابية "
            "على نقاط عسكرية في ريف إدلب الجنوبي فجر اليوم.")
    evs = hadath.extract(text, published="2024-03-11").events
    assert evs
    sides = {evs[0].actor1.name if evs[0].actor1 else None, evs[0].actor2.name if evs[0].actor2 else None}
    assert sides == {"Military Forces of Syria", "Unidentified Armed Group (Syria)"}


def test_a_denial_that_calls_the_dead_terrorists_is_the_same_strike() -> None:
    text = ("وثق المرصد السوري مقتل 9 مدنيين جراء قصف مدفعي لقوات النظام على مدينة أريحا أمس.\n\n"
            "في المقابل، نفت وزارة الدفاع السورية استهداف مناطق سكنية في أريحا، مؤكدة أن وحداتها "
            "استهدفت مقرات للمجموعات الإرهابية، وأن حصيلة القتلى لم تتجاوز اثنين من المسلحين.")
    evs = [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == "ASSAULT"]
    assert len(evs) == 1, [(e.sub_event_type, e.actor2) for e in evs]
