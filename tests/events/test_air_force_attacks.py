"""An attack by an air force or its aircraft is ACLED's Air/drone strike, whatever the verb."""

from __future__ import annotations

import pytest

import hadath


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن «القوات الجوية استهدفت عدداً من البؤر الإرهابية جنوب مدينة الشيخ زويد، ودمرت 4 عربات».",
    "هاجمت مقاتلات إسرائيلية مواقع لحركة حماس في غزة فجر اليوم.",
    "قال الجيش إن الطيران الحربي استهدف مواقع للمسلحين في ريف إدلب أمس.",
])
def test_air_force_attack_is_an_air_strike(text: str) -> None:
    evs = [e for e in hadath.extract(text, published="2026-11-24").events if e.plover_type == "ASSAULT"]
    assert evs
    e = evs[0]
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 is not None and e.actor1.inter == 1


def test_ground_forces_attack_stays_a_clash() -> None:
    (e,) = hadath.extract("هاجمت القوات البرية مواقع المسلحين في الرمادي أمس.", published="2026-11-24").events
    assert e.sub_event_type == "Armed clash"
