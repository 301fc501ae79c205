"""Session 11's reading of a Reuters-style wire from north-east Nigeria: a village massacre
whose toll the residents and the army dispute, a school abduction in another state, a
governor's press conference in the state capital, and a protest there."""

from __future__ import annotations

from pathlib import Path

import hadath

ARTICLE = (Path(__file__).parent / "articles" / "nigeria_borno_wire.txt").read_text(encoding="utf-8")
PUBLISHED = "2024-05-16"


def _doc() -> hadath.Document:
    return hadath.extract(ARTICLE, published=PUBLISHED)


def test_the_massacre_is_placed_in_its_state_and_its_toll_is_disputed() -> None:
    doc = _doc()
    attack = doc.events[0]
    assert attack.actor1 is not None and attack.actor1.name.startswith("Boko Haram")
    assert attack.location is not None and (attack.location.name, attack.location.country) == ("Borno", "NG")
    assert attack.event_date == "2024-05-14"  # «مساء الثلاثاء» before a Thursday publication
    assert attack.fatalities == 12  # the lowest of the reported tolls, as ACLED codes
    assert any("37" in c.reason and "12" in c.reason for c in doc.conflicts)


def test_a_resident_is_the_source_not_his_village() -> None:
    doc = _doc()
    counts = [c for c in doc.claims if c.subject == "people killed" and c.quantity.low == 37 and c.source is not None
              and "سكان" in c.source.text]
    assert counts and counts[0].source is not None and counts[0].source.name == "أحد سكان قرية كوشيبي"
    assert all(c.source is None or c.source.name != "كوشيبي" for c in doc.claims)


def test_abducted_students_are_civilians_in_the_town_named() -> None:
    doc = _doc()
    (abduction,) = [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert abduction.actor2 is not None and abduction.actor2.name == "Civilians (Nigeria)"
    assert abduction.location is not None and (abduction.location.name, abduction.location.country) == ("Gusau", "NG")
    assert abduction.event_date == "2024-05-16"
    assert any(c.subject.startswith("students") and c.quantity.low == 20 for c in doc.claims)


def test_no_attack_in_the_capital_where_the_governor_spoke() -> None:
    doc = _doc()
    in_capital = [e for e in doc.events if e.location is not None and e.location.name == "Maiduguri"]
    assert [e.sub_event_type for e in in_capital] == ["Peaceful protest"]


def test_residents_speak_from_their_place() -> None:
    """«أحد سكان X»: X is a place even when NER reads a person, and never the speaker's name."""
    doc = hadath.extract("وقال أحد سكان كوشيبي لرويترز إنه أحصى 37 جثة.", published=PUBLISHED)
    (count,) = [c for c in doc.claims if c.quantity.low == 37]
    assert count.source is not None and count.source.name == "أحد سكان كوشيبي"
    doc = hadath.extract("وقال أحد أهالي البلدة محمد العلي لرويترز إنه أحصى 37 جثة.", published=PUBLISHED)
    (count,) = [c for c in doc.claims if c.quantity.low == 37]
    assert count.source is not None and count.source.name == "محمد العلي"
