"""An agency report from El Fasher (AFP style; illustrative, written for these tests, not a real
report) read as an ACLED coder would: RSF shelling of Abu Shouk camp with the state health
ministry's toll, its subset of children and women and its evening update; the army division's
account of an RSF attack it repelled; the RSF's denial and its spokesman's claim (no events);
a drone strike in Nyala; the army's air strike on an RSF column near El Obeid; medics abducted
in Kutum; IOM's and OCHA's displacement figures; a displaced woman's words; a protest in Port
Sudan; the war's background (no events)."""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

from hadath.schema import Document


@pytest.fixture(scope="module")
def sudan() -> tuple[str, Document]:
    return read_article("sudan_agency.txt", "2025-06-09")  # «الأحد»: 8 June 2025


def test_camp_shelling_takes_the_ministrys_updated_toll(sudan: tuple[str, Document]) -> None:
    text, doc = sudan
    lead = doc.events[0]
    assert lead.sub_event_type == "Shelling/artillery/missile attack"
    assert (name(lead.actor1), name(lead.actor2)) == ("RSF: Rapid Support Forces", "Civilians (Sudan)")
    assert lead.location is not None and lead.location.name == "El Fasher"
    assert lead.event_date == "2025-06-08"
    # 27, then «ارتفعت حصيلة قتلى القصف على مخيم أبو شوك إلى 31» (was 13: «بين القتلى تسعة
    # أطفال وأربع نساء» read as the toll; and the update a shelling of its own)
    assert lead.fatalities == 31
    at = text.index("ارتفعت حصيلة")
    assert any(s.start <= at < s.end for s in lead.evidence)
    assert len([e for e in of_sub(doc, "Shelling/artillery/missile attack")]) == 1
    assert ("people killed", 31) in {(c.subject, c.quantity.low) for c in doc.claims}


def test_army_account_of_the_attack_it_repelled(sudan: tuple[str, Document]) -> None:
    _, doc = sudan
    (clash,) = of_sub(doc, "Armed clash")  # «أن قواتها صدت هجوماً واسعاً شنته قوات الدعم السريع»
    assert name(clash.actor1) == "RSF: Rapid Support Forces"
    assert name(clash.actor2) == "Military Forces of Sudan"  # the division's forces (was none)
    assert clash.fatalities == 10  # «مقتل العشرات»: tens, ACLED's 10


def test_army_air_strike_on_the_rsf_column(sudan: tuple[str, Document]) -> None:
    text, doc = sudan
    at = text.index("طيرانه الحربي")
    (strike,) = [e for e in doc.events if e.evidence[0].start == at]
    # «قال الجيش في بيان إن طيرانه الحربي دمر رتلاً لقوات الدعم السريع» (was an Attack by the RSF)
    assert strike.sub_event_type == "Air/drone strike"
    assert (name(strike.actor1), name(strike.actor2)) == ("Military Forces of Sudan", "RSF: Rapid Support Forces")
    assert strike.location is not None and strike.location.name == "El Obeid"


def test_other_events_and_no_background(sudan: tuple[str, Document]) -> None:
    _, doc = sudan
    (drone,) = [e for e in of_sub(doc, "Air/drone strike") if e.location and e.location.name == "Nyala"]
    assert drone.fatalities == 5 and name(drone.actor1) is None  # «ولم يعلق الجيش على الغارة»
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert name(abduction.actor1) == "RSF: Rapid Support Forces"
    (protest,) = [e for e in doc.events if e.event_type == "Protests"]
    assert protest.location is not None and protest.location.name == "Port Sudan"
    assert len(doc.events) == 6  # the denial, the spokesman's claim, the siege since 2024: none


def test_claims_of_the_report(sudan: tuple[str, Document]) -> None:
    _, doc = sudan
    subjects = {(c.subject, c.quantity.low) for c in doc.claims}
    assert ("civilians killed", 27) in subjects
    assert ("children killed", 9) in subjects
    assert ("people displaced", 40000) in subjects  # IOM
    # «بعد وفاة أربعة من الجرحى متأثرين بإصاباتهم»: four of the wounded died (was 4 wounded)
    assert ("people killed", 4) in subjects and ("people wounded", 4) not in subjects
    # the update is no conflict with the ministry's first toll
    assert not [c for c in doc.conflicts if "killed" in c.reason and "31" in c.reason]
    # «قدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) عدد النازحين الجدد بنحو 25 ألفاً»
    # against IOM's «أكثر من 40 ألف شخص نزحوا»: two agencies disagree on one displacement
    disputed = [sorted(doc.claims[i].quantity.low for i in c.claims) for c in doc.conflicts]
    assert [25000, 40000] in disputed
