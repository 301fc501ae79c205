"""Two agency wires read as an ACLED coder would (illustrative texts written for these tests).

``wire_gaza.txt``: an air strike whose toll the health officials and the army dispute, the
army's own account of the same strike, arrests in the West Bank, a protest dispersed by
police, and a closing paragraph recalling October 2023. ``wire_somalia.txt``: a car bomb at
an army checkpoint, a claim of responsibility with a bigger toll, a town retaken, an
abduction, and a background sentence about an insurgency since 2007.
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

from hadath.schema import Document


@pytest.fixture(scope="module")
def gaza() -> tuple[str, Document]:
    return read_article("wire_gaza.txt", "2024-06-11")


@pytest.fixture(scope="module")
def somalia() -> tuple[str, Document]:
    return read_article("wire_somalia.txt", "2024-03-10")  # a Sunday: «اليوم الأحد»


# --- Gaza ----------------------------------------------------------------------------------

def test_gaza_strike_names_the_state_that_struck_and_its_source(gaza: tuple[str, Document]) -> None:
    _, doc = gaza
    strikes = of_sub(doc, "Air/drone strike")
    assert strikes, doc.events
    lead = strikes[0]
    assert name(lead.actor1) == "Military Forces of Israel"  # «غارة جوية إسرائيلية»
    assert lead.location is not None and lead.location.name_ar == "مخيم النصيرات"
    assert lead.event_date == "2024-06-11"
    assert lead.source is not None and lead.source.name == "Health authorities"
    # «وقالت مصادر عسكرية إسرائيلية إن ثلاثة أشخاص فقط قتلوا في الغارة» is this strike told by the
    # army, not a second one in Gaza City: one event, and ACLED's most conservative toll (the
    # health officials' 12 against the army's 3 stays listed as a conflict)
    assert len(strikes) == 1 and lead.fatalities == 3
    assert any(len(c.claims) == 2 for c in doc.conflicts)


def test_gaza_arrests_and_dispersed_protest(gaza: tuple[str, Document]) -> None:
    _, doc = gaza
    # «اعتقلت القوات الإسرائيلية 15 فلسطينيا خلال مداهمات في مدينتي جنين ونابلس»: ACLED codes
    # one event per location
    jenin, nablus = of_sub(doc, "Arrests")
    assert [e.location.name for e in (jenin, nablus) if e.location] == ["Janīn", "Nablus"]
    for arrests in (jenin, nablus):
        assert name(arrests.actor1) == "Military Forces of Israel"
        assert arrests.source is not None and arrests.source.name == "Palestinian Prisoners' Society"
    (protest,) = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert protest.sub_event_type == "Protest with intervention"
    assert name(protest.actor1) == "Protesters (Palestine)"
    assert name(protest.actor2) == "Police Forces of Palestine"
    assert protest.location is not None and protest.location.name == "Ramallah"


def test_gaza_background_war_is_no_event_and_its_toll_rivals_nothing(gaza: tuple[str, Document]) -> None:
    _, doc = gaza
    assert all(e.event_date and e.event_date.startswith("2024-06") for e in doc.events)
    killed = {i: c for i, c in enumerate(doc.claims) if c.subject.startswith(("people killed", "people of Palestine killed"))}
    figures = sorted(c.quantity.low for c in killed.values())
    assert figures == [3, 12, 12, 1200]
    disputed = [tuple(sorted(doc.claims[i].quantity.low for i in c.claims)) for c in doc.conflicts]
    assert (3, 12) in disputed  # the health officials' 12 against the military sources' 3
    assert all(1200 not in pair for pair in disputed)


def test_gaza_quote_said_to_an_agency(gaza: tuple[str, Document]) -> None:
    text, doc = gaza
    (q,) = [q for q in doc.quotes if "انتشلنا" in text[q.start:q.end]]
    assert (q.speaker, q.via) == ("محمود بصل", "رويترز")


# --- Somalia -------------------------------------------------------------------------------

def test_somalia_car_bomb_at_a_checkpoint(somalia: tuple[str, Document]) -> None:
    _, doc = somalia
    bombs = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert bombs
    lead = bombs[0]
    assert lead.fatalities == 7  # not 7 + 4 from «الكيلو 4»
    assert name(lead.actor2) == "Military Forces of Somalia"  # «نقطة تفتيش للجيش الصومالي»
    assert name(lead.actor1) != "Military Forces of Somalia"  # «بينهم 3 جنود» are among the dead
    assert lead.location is not None and lead.location.name == "Mogadishu"
    assert all(e.fatalities in (None, 7) for e in bombs)


def test_somalia_town_retaken_and_abduction(somalia: tuple[str, Document]) -> None:
    _, doc = somalia
    (retaken,) = of_sub(doc, "Government regains territory")
    assert name(retaken.actor1) == "Military Forces of Somalia"
    assert retaken.fatalities == 20
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert (name(abduction.actor1) or "").startswith("Unidentified Armed Group")
    assert not any(e.event_date and e.event_date < "2024" for e in doc.events)  # «منذ عام 2007»


def test_somalia_the_groups_claimed_toll_disputes_the_security_count(somalia: tuple[str, Document]) -> None:
    _, doc = somalia
    soldiers = [(c.quantity.low, c.source.name if c.source else None) for c in doc.claims
                if c.subject == "soldiers killed"]
    assert (3, "Security source") in soldiers and (15, "Al Shabaab") in soldiers
    disputed = [tuple(sorted(doc.claims[i].quantity.low for i in c.claims)) for c in doc.conflicts]
    assert (3, 15) in disputed
