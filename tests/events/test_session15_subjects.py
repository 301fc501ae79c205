"""Session 15: who carried out an attack: the subject after a targeting verb, the «استشهادي».

Sentences written for these tests in wire style (not from any data set). A singular
«استهدف/استهدفت» puts its subject right after it also when a fronted adverbial opens the clause
(«وفي حادث منفصل استهدف مفجر انتحاري ...»); after an attack noun («وفي هجوم استهدف دورية»)
the verb is a relative clause's and the noun after it the target. A «استشهادي» who blows
himself up is an armed actor, as an «انتحاري» is; so is the person a civilian noun names after a
support verb with the attack's pronoun («هجوم انتحاري نفذته امرأة»). Whom an assassination word
names right after it («اغتيل النائب وليد عيدو») is the target, not the attacker.
"""

from __future__ import annotations

import hadath


def test_targeting_verb_after_a_fronted_phrase_has_its_subject_after_it() -> None:
    text = "وفي حادث منفصل استهدف مفجر انتحاري مركزا للشرطة في بيشاور فقتل 12 شخصا."
    e = next(e for e in hadath.extract(text).events if e.plover_type == "ASSAULT")
    assert e.actor1 is not None and e.actor1.text == "مفجر انتحاري"


def test_targeting_verb_after_an_attack_noun_stays_relative() -> None:
    e = next(e for e in hadath.extract("وفي هجوم استهدف دورية للجيش قتل ثلاثة جنود.").events if e.plover_type == "ASSAULT")
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces")
    assert e.actor1 is None or not e.actor1.name.startswith("Military Forces")


def test_martyrdom_bomber_is_the_attacker() -> None:
    # «استشهادي» is how armed groups' statements name their suicide bomber
    text = "وقالت الكتائب في بيان إن استشهاديا فجر نفسه عند حاجز للجيش الإسرائيلي."
    e = next(e for e in hadath.extract(text).events if e.plover_type == "ASSAULT")
    assert e.sub_event_type == "Suicide bomb"
    assert e.actor1 is not None and e.actor1.text == "استشهاديا"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Israel")


def test_woman_who_carried_out_the_bombing_is_the_attacker() -> None:
    text = "أسفر هجوم انتحاري نفذته امرأة أمس في سوق ببغداد عن مقتل ثلاثة أشخاص."
    e = next(e for e in hadath.extract(text).events if e.plover_type == "ASSAULT")
    assert e.actor1 is not None and e.actor1.text == "امرأة"
    assert e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians")


def test_a_kind_of_attack_a_woman_carries_out_names_no_target() -> None:
    text = "وقتل ثلاثة أشخاص في هجوم انتحاري نفذته امرأة في سوق ببغداد، في أحدث هجوم من نوعه تنفذه امرأة."
    e = next(e for e in hadath.extract(text).events if e.plover_type == "ASSAULT")
    assert e.actor1 is not None and e.actor1.text == "امرأة"
    assert e.actor2 is None or e.actor2.text != "امرأة"


def test_name_after_an_assassination_word_is_the_target() -> None:
    text = "وفي 13 يونيو اغتيل النائب وليد عيدو بانفجار سيارة مفخخة في بيروت."
    e = next(e for e in hadath.extract(text).events if e.plover_type == "ASSAULT")
    assert e.actor2 is not None and e.actor2.text == "وليد عيدو"
    assert e.actor1 is None or e.actor1.text != "وليد عيدو"
