"""Claims of responsibility (hadath/events/responsibility.py): the claiming group is the
claimed attack's actor1, and the claim's «الهجوم» is that attack, not a second event."""

from __future__ import annotations

import pytest

import hadath

BOMB = "قتل 12 شخصا مساء الجمعة في تفجير انتحاري استهدف مطعما مزدحما في العاصمة مقديشو"


def _violent(text: str) -> list[hadath.schema.Event]:
    doc = hadath.extract(text, published="2026-11-22")
    return [e for e in doc.events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("claim", [
    "، فيما أعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم.",  # same sentence; not the affiliate
    ".\n\nوأعلنت حركة الشباب في بيان نشرته إذاعة الأندلس مسؤوليتها عن التفجير.",
    ". وتبنت حركة الشباب الهجوم في بيان.",
    "، وهو هجوم تبنته حركة الشباب.",
    ". وأعلنت الحكومة الصومالية مسؤولية حركة الشباب عن الهجوم.",  # whose responsibility: the group after the noun
])
def test_the_claimant_is_the_attacker_and_the_claim_no_new_event(claim: str) -> None:
    (bomb,) = _violent(BOMB + claim)
    assert bomb.sub_event_type == "Suicide bomb"
    assert bomb.actor1 is not None and bomb.actor1.name == "Al Shabaab"
    assert bomb.fatalities == 12


@pytest.mark.parametrize("text", [
    BOMB + ". ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",  # negated
    BOMB + ". وحمّل الجيش الصومالي حركة الشباب المسؤولية عن الهجوم.",  # an accusation, not a claim
])
def test_no_claim_leaves_the_attacker_unidentified(text: str) -> None:
    (bomb,) = _violent(text)
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("Unidentified")


def test_a_claim_telling_its_own_attack_names_that_attack() -> None:
    (attack,) = _violent("تبنى تنظيم داعش هجوما استهدف حاجزا للجيش العراقي قرب تكريت أمس وأسفر عن مقتل ثلاثة جنود.")
    assert attack.actor1 is not None and attack.actor1.name == "Islamic State"
    assert attack.fatalities == 3


def test_a_named_attacker_stays_when_another_group_claims() -> None:
    text = ("هاجم مسلحو حركة الشباب حاجزا للجيش الصومالي في مدينة أفجوي أمس وقتلوا أربعة جنود. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.")
    attacks = _violent(text)
    assert attacks and all(e.actor1 is not None and e.actor1.name == "Al Shabaab" for e in attacks)


def test_a_claim_of_something_else_is_no_claim_of_the_attack_told_before() -> None:
    # «تبني حماس إطلاق الصواريخ»: what is claimed is neither the attack told before nor one told here
    text = ("قتل ثلاثة مدنيين في قصف على بلدة النعمانية أمس. "
            "وقال محللون إن تبني حماس إطلاق الصواريخ زاد من التوتر.")
    assert all(e.actor1 is None or e.actor1.name != "Hamas Movement" for e in _violent(text))


def test_gunmen_of_a_named_group_who_attack_an_army_checkpoint() -> None:
    # «حاجزاً للجيش»: the accusative object marks the army as the target, not the attacker;
    # Afgooye has no Arabic name in GeoNames (geo/data/places_extra.tsv gives it one)
    (attack,) = _violent("قالت الشرطة إن مسلحين من حركة الشباب هاجموا حاجزا للجيش في بلدة أفجوي أمس وقتلوا أربعة جنود.")
    assert attack.actor1 is not None and attack.actor1.name == "Al Shabaab"
    assert attack.actor2 is not None and attack.actor2.name.startswith("Military Forces")
    assert attack.location is not None and attack.location.name == "Afgooye"
