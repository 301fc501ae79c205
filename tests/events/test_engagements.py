"""Militants killed by state forces in raids are an armed clash, and the army's losses in the
same engagement are the same event's fatalities (ACLED: one event per engagement)."""

from __future__ import annotations

import hadath


def test_raid_kills_are_a_clash_with_both_sides_dead() -> None:
    text = ("أعلن المتحدث العسكري باسم القوات المسلحة المصرية مقتل 12 عنصراً تكفيرياً وتوقيف 7 آخرين خلال "
            "عمليات مداهمة في شمال سيناء، مشيراً إلى مقتل ضابط وثلاثة جنود وإصابة خمسة آخرين خلال تبادل لإطلاق النار.")
    evs = hadath.extract(text, published="2026-11-24").events
    clashes = [e for e in evs if e.plover_type == "ASSAULT"]
    assert len(clashes) == 1, clashes
    (e,) = clashes
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Egypt"
    assert e.actor2 is not None and e.actor2.name.startswith("Unidentified Armed Group")
    assert e.fatalities == 16  # 12 militants + an officer and three soldiers
    # the arrested are neither dead nor the arresters
    (arrest,) = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrest.actor1 is None or arrest.actor1.inter == 1


def test_another_events_clause_keeps_its_own_toll() -> None:
    # «فيما» opens the suicide attack's clause: its three dead are not the kidnapping's
    text = ("قال مسؤولون امس إن حركة طالبان اختطفت حاكم منطقة بشرق أفغانستان، "
            "فيما قتل ثلاثة مدنيين وأصيب خمسة في هجوم انتحاري بغرب البلاد.")
    evs = hadath.extract(text, published="2026-11-24").events
    (kidnap,) = [e for e in evs if e.sub_event_type == "Abduction/forced disappearance"]
    assert kidnap.fatalities is None


def test_militants_counted_after_a_death_word_are_victims_not_agents() -> None:
    text = "أعلنت الشرطة مقتل 6 متشددين واعتقال 4 آخرين في مداهمة بمدينة العريش أمس."
    evs = hadath.extract(text, published="2026-11-24").events
    assert {e.sub_event_type for e in evs} == {"Armed clash", "Arrests"}
    for e in evs:
        assert e.actor1 is not None and e.actor1.inter == 1, e
