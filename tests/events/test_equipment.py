"""Weapons a force comes «equipped with» («معززة بطائرات مسيرة») are not a strike."""

from __future__ import annotations

import hadath

RAID = ("أفاد مراسل الوكالة بأن قوة كبيرة من جيش الاحتلال، معززة بجرافات عسكرية وطائرات مسيرة، "
        "اقتحمت مخيم جنين فجر اليوم وحاصرت منزلا.")
STRIKE = "قصفت طائرات مسيرة إسرائيلية منزلا في مخيم جنين فجر اليوم، ما أسفر عن مقتل شخصين."


def test_drones_a_force_comes_with_are_no_drone_strike() -> None:
    subs = {e.sub_event_type for e in hadath.extract(RAID, published="2024-07-16").events}
    assert "Air/drone strike" not in subs


def test_drones_that_strike_are_a_drone_strike() -> None:
    subs = {e.sub_event_type for e in hadath.extract(STRIKE, published="2024-07-16").events}
    assert "Air/drone strike" in subs
