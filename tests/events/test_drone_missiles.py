"""Missiles a drone or an aircraft fires are an air strike, not shelling."""

from __future__ import annotations

import hadath


def _subs(text: str) -> set[str]:
    return {e.sub_event_type for e in hadath.extract(text, published="2024-03-11").events}


def test_missiles_fired_by_the_drone_are_an_air_strike() -> None:
    subs = _subs("وقالت الوكالة إن المسيرة أطلقت صاروخين على سيارة قرب قرية خربة عمو في ريف الحسكة أمس.")
    assert "Air/drone strike" in subs and "Shelling/artillery/missile attack" not in subs


def test_missiles_fired_by_fighters_stay_a_missile_attack() -> None:
    subs = _subs("وقالت الوكالة إن المسلحين أطلقوا صواريخ على قرية خربة عمو في ريف الحسكة أمس.")
    assert "Shelling/artillery/missile attack" in subs


def test_the_drones_missiles_are_the_strike_told_again() -> None:
    text = ("قُتل عنصران من الأسايش مساء الأحد جراء استهداف طائرة مسيرة تركية سيارة قرب القامشلي.\n\n"
            "وقالت الوكالة إن المسيرة أطلقت صاروخين على السيارة قرب قرية خربة عمو، ما أدى إلى احتراقها.")
    evs = hadath.extract(text, published="2024-03-11").events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
