"""A Palestinian agency report (WAFA style) of an Israeli raid on Jenin, read as an ACLED coder
would (an illustrative text written for these tests, not a real report).

``jenin_agency.txt``: the health ministry's toll (three dead, eleven wounded), the agency
correspondent's account of the raid (a force «معززة بجرافات وطائرات مسيرة», a siege, clashes,
arrests «من المخيم»), the army's statement («قتلت أربعة مسلحين», two soldiers hurt by a bomb),
the Jenin Brigade's claim of clashes and bombs, the presidency spokesman's words at a press
conference in Ramallah, the funeral and a general strike, and the year's toll.
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

from hadath.schema import Document


@pytest.fixture(scope="module")
def jenin() -> tuple[str, Document]:
    return read_article("jenin_agency.txt", "2024-07-16")  # a Tuesday: «فجر اليوم الثلاثاء»


def test_the_raid_toll_is_the_ministrys_and_in_jenin(jenin: tuple[str, Document]) -> None:
    _, doc = jenin
    (attack,) = of_sub(doc, "Attack")  # «الشهداء الثلاثة أصيبوا بالرصاص» is the same attack
    assert name(attack.actor1) == "Military Forces of Israel"
    assert (attack.fatalities, attack.event_date) == (3, "2024-07-16")
    assert attack.location is not None and attack.location.name_ar == "جنين"
    assert attack.source is not None and attack.source.name == "Palestinian Ministry of Health"


def test_drones_the_force_came_with_are_no_strike(jenin: tuple[str, Document]) -> None:
    _, doc = jenin
    assert of_sub(doc, "Air/drone strike") == []


def test_no_event_where_the_spokesman_spoke(jenin: tuple[str, Document]) -> None:
    _, doc = jenin
    assert all(e.location is None or e.location.name_ar != "رام الله" for e in doc.events)


def test_arrests_from_the_camp_are_in_jenin(jenin: tuple[str, Document]) -> None:
    _, doc = jenin
    (arrests,) = of_sub(doc, "Arrests")
    assert name(arrests.actor1) == "Military Forces of Israel"
    assert arrests.location is not None and arrests.location.name_ar == "جنين"


def test_bombs_hurt_israeli_soldiers_and_the_brigade_claims_them(jenin: tuple[str, Document]) -> None:
    text, doc = jenin
    bombs = of_sub(doc, "Remote explosive/landmine/IED")
    assert bombs
    for ev in bombs:
        assert name(ev.actor2) == "Military Forces of Israel"
        assert name(ev.actor1) != "Military Forces of Israel"
        assert name(ev.actor1) != "Military Forces of Palestine"
    # the army's «انفجار عبوة ناسفة بآليتهما» and the brigade's «وفجروا عبوات ناسفة في آلياتها» are
    # one bombing told by both sides: the brigade, which claims it, is its actor1
    (bomb,) = bombs
    assert name(bomb.actor1) in {"Jenin Brigade", "Al Quds Brigades"}
    claim = text.index("وفجروا")
    assert any(s.start <= claim < s.end for s in bomb.evidence)


def test_the_armys_words_are_a_quote_and_its_toll_disputes_the_ministrys(jenin: tuple[str, Document]) -> None:
    text, doc = jenin
    said = {text[q.start:q.end]: q.speaker for q in doc.quotes}
    assert said.get("قتلت أربعة مسلحين") == "الجيش الإسرائيلي"
    assert any(v == "نبيل أبو ردينة" for v in said.values())
    lows = [{doc.claims[i].quantity.low for i in c.claims} for c in doc.conflicts]
    assert {3, 4} in lows


def test_the_funeral_crowd_is_not_the_brigades_figure(jenin: tuple[str, Document]) -> None:
    _, doc = jenin
    crowd = [c for c in doc.claims if c.quantity.low == 1000]
    assert crowd and crowd[0].source is not None
    assert crowd[0].source.name == "WAFA"
