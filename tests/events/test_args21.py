"""Session 21: who acts and who is hit in violent events (actor1 / actor2 / assoc, ACLED sense).

Sentences written for these tests in wire style (not taken from any data set), each a pattern
that the OEDA gold's source / target spans showed hadath misreading on the training part:

* the subject of a verb of suffering an attack («تعرض X لهجوم») is the target, and nobody named
  before that verb (the statement's author) attacked;
* a title span in apposition before a name («وزير الدفاع الياس المر») does not hide the verb of
  being hurt before it;
* the bomber that a suicide attack's own words name («هجوم انتحاري») is its attacker, never the
  target after «استهدف»;
* the nationality after a hostage noun («الرهينة الألماني») is the hostage's, not an attacker's;
* a person who carried out a suicide attack («امرأة نفذت عملية انتحارية») is an unidentified
  armed actor, and the same noun again is no victim;
* gunmen right before the verb of the deed («مسلحون أطلقوا النار») are its subject, not its target.
"""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath
from hadath.schema import Event


def _violent(text: str) -> list[Event]:
    events = [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]
    assert events, text
    return events


def _one(text: str) -> Event:
    return _violent(text)[0]


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


# --- verbs of suffering: «تعرض X لهجوم» -------------------------------------------------------

def test_author_of_statement_before_suffering_verb_is_not_the_attacker() -> None:
    e = _one("وأصدرت قيادة الشرطة بيانا أشارت فيه إلى «تعرض عدد من مخافر الشرطة في المدينة لاعتداءات "
             "متفرقة كان آخرها إطلاق النار على دورية، مما أدى إلى إصابة شرطيين بجروح».")
    assert e.actor1 is None
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Police Forces")


def test_subject_before_suffering_verb_is_the_target() -> None:
    e = _one("وقال مصدر أمني إن القوات البريطانية تعرضت لهجوم بالصواريخ قرب قاعدتها في البصرة مساء أمس.")
    assert e.actor1 is None
    assert _name(e.actor2) == "Military Forces of the United Kingdom"


def test_subject_set_off_by_comma_before_suffering_verb_is_the_target() -> None:
    e = _one("وأفاد شهود بأن مجمع الوزارات الذي يضم مقر السفارة البريطانية، تعرض لقصف بقذائف الهاون فجر اليوم.")
    assert _name(e.actor1) is None
    assert _name(e.actor2) == "Government of the United Kingdom"


def test_attacker_named_after_the_suffered_attack_stays_actor1() -> None:
    e = _one("وكانت دورية للشرطة قد تعرضت هي الأخرى لهجوم آخر، حيث ألقى مسلحون مجهولون قنبلة يدوية "
             "عليها، ولاذوا بالفرار.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Police Forces")


def test_casualties_after_the_suffered_attack_are_not_its_attacker() -> None:
    e = _one("وتعرضت دورية للجيش لهجوم قرب الحدود أسفر عن مقتل ثلاثة جنود وإصابة عنصرين من الشرطة.")
    assert e.actor1 is None
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Military Forces")


def test_person_who_suffered_an_assassination_attempt_is_the_target() -> None:
    # the attacker, «أحد الأشخاص», is named after the attempt: he is no victim
    e = _one("تعرضت مديرة التربية في المحافظة، سعاد الجبوري، زوجة رئيس المجلس البلدي، لمحاولة اغتيال في "
             "مدينة الحلة، وذلك عندما صوب أحد الأشخاص مسدسا الى رأسها قبل أن يعتقله الحراس.")
    assert e.actor2 is not None and e.actor2.text == "سعاد الجبوري"
    assert _name(e.actor2) == "Civilians (Iraq)"


# --- a title span before the name of who was hurt ----------------------------------------------

def test_minister_wounded_by_a_car_bomb_is_the_target() -> None:
    e = _one("وكان قد جرح وزير الدفاع الياس المر في تفجير سيارة مفخخة استهدفت موكبه في ضاحية بيروت.")
    assert e.actor1 is None
    assert e.actor2 is not None and e.actor2.text == "الياس المر"


# --- bombers ---------------------------------------------------------------------------------

def test_suicide_attacker_after_targeting_verb_is_actor1() -> None:
    e = _one("واستهدف هجوم انتحاري بسيارة مفخخة، صباح أمس، قافلة لقوات حلف الناتو على طريق مطار قندهار.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert e.actor2 is None or not _name(e.actor2).startswith("Unidentified Armed Group")


def test_person_who_carried_out_suicide_attacks_is_the_attacker() -> None:
    e = _one("وقال التقرير إن 15 امرأة نفذت هجمات انتحارية في العراق خلال العام الماضي مقابل 8 امرأة في العام الذي سبقه.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert e.actor1 is not None and e.actor1.text == "امرأة"
    assert e.actor2 is None


# --- hostages ---------------------------------------------------------------------------------

def test_hostage_nationality_is_not_an_attacking_army() -> None:
    for text in ("وأعلن الخاطفون مساء أمس مقتل الرهينة الألماني الذي اختطف في الصحراء قبل أسبوعين.",
                 "وقتل الرهينة الألماني برصاص خاطفيه في الصحراء."):
        for e in _violent(text):
            assert "Military Forces of Germany" not in (_name(e.actor1), _name(e.actor2)), text


# --- subjects before the deed's verb -----------------------------------------------------------

def test_gunmen_before_the_shooting_verb_are_its_subject() -> None:
    e = _one("ونفذت عملية الاغتيال ظهر أمس قرب السوق، إذ اعترضت سيارة موكب النائب وترجل منها أربعة "
             "مسلحين أطلقوا النار باتجاه سيارته.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert e.actor2 is None or not _name(e.actor2).startswith("Unidentified Armed Group")


def test_force_in_construct_before_bombing_verb_is_not_its_subject() -> None:
    e = _one("وأوضح المصدر أن انتحاريا يقود سيارة مشابهة لسيارات قوات الجيش فجر نفسه عند مرور دورية في المدينة.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")


# --- the dead of a casualty word ---------------------------------------------------------------

def test_hedged_count_of_recruits_names_their_army_as_target() -> None:
    e = _one("وقتل ما لا يقل عن 17 متطوعا في الشرطة العراقية وجرح 30 شخصا آخرون أمس، في هجوم انتحاري "
             "بحزام ناسف استهدف مركزا للتطوع في مدينة الرمادي.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert _name(e.actor2) == "Police Forces of Iraq"


def test_recruits_killed_by_bomber_not_the_target_of_an_earlier_strike() -> None:
    # the «متشددين» target belongs to the strike the attack avenged, and is of the bomber's kind
    e = _one("وقتل مفجر انتحاري 35 مجندا في الجيش الشهر الماضي في هجوم نفذ ردا على غارة جوية استهدفت "
             "معسكرا للمتشددين في إقليم وزيرستان.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Military Forces")


# --- states as attackers: a country's name, a hedged nationality -------------------------------

def test_country_as_subject_of_a_headline_verb_is_its_military() -> None:
    e = _one("تركيا تقصف مواقع لحزب العمال الكردستاني في شمال العراق")
    assert _name(e.actor1) == "Military Forces of Turkey"


def test_country_after_complementiser_is_the_attacker() -> None:
    e = _one("وقالت مصادر إن إيران قصفت مواقع لجماعات كردية معارضة قرب أربيل.")
    assert _name(e.actor1) == "Military Forces of Iran"


def test_country_after_a_preposition_is_the_place_not_the_attacker() -> None:
    e = _one("وفي العراق قصفت طائرات حربية مواقع للمسلحين.")
    assert e.actor1 is None or e.actor1.text != "العراق"


def test_hedged_nationality_of_a_drone_is_its_state() -> None:
    e = _one("وقال مسؤول محلي إن مسلحا قتل بعدما أطلقت طائرة مسيرة، يعتقد أنها أمريكية، صاروخين على "
             "سيارة في مأرب أمس.")
    assert _name(e.actor1) == "Military Forces of the United States"
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Unidentified Armed Group")


# --- one wire report, four incidents -------------------------------------------------------------

def test_diyala_volunteers_wire_article() -> None:
    """A multi-paragraph wire report (written for this test): a suicide bombing of police
    volunteers (hedged count), a patrol that suffered a bombing and gunfire, a police statement
    about attacks its posts suffered, and a drone strike whose state the report hedges."""
    text, doc = read_article("diyala_volunteers_wire.txt", "2024-05-15")
    bomb = of_sub(doc, "Suicide bomb")
    assert len(bomb) == 1
    assert name(bomb[0].actor1) == "Unidentified Armed Group (Iraq)"
    assert name(bomb[0].actor2) == "Police Forces of Iraq"
    assert bomb[0].fatalities == 12
    ied = of_sub(doc, "Remote explosive/landmine/IED")
    assert len(ied) == 1
    assert name(ied[0].actor1) == "Unidentified Armed Group (Iraq)" and ied[0].actor1 is not None
    assert ied[0].actor1.text == "مسلحون مجهولون"
    assert name(ied[0].actor2) == "Military Forces of the United States"
    clash = of_sub(doc, "Armed clash")
    assert len(clash) == 1
    assert clash[0].actor1 is None  # the police command wrote the statement; its posts were attacked
    assert name(clash[0].actor2) == "Police Forces of Iraq"
    drone = of_sub(doc, "Air/drone strike")
    assert len(drone) == 1
    assert name(drone[0].actor1) == "Military Forces of the United States"
    assert name(drone[0].actor2) == "Unidentified Armed Group (Pakistan)"
    for e in doc.events:
        assert not e.assoc_actors
        for sp in e.evidence:
            assert 0 <= sp.start < sp.end <= len(text)


# --- a definite air strike noun; a group that undertook the deed --------------------------------

def test_definite_air_strikes_of_a_state_are_its_military() -> None:
    e = _one("وقتل 40 مدنيا على الأقل في الضربات الجوية الأمريكية التي استهدفت قرى في ولاية هلمند الشهر الماضي.")
    assert e.sub_event_type == "Air/drone strike"
    assert _name(e.actor1) == "Military Forces of the United States"
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Civilians")


def test_group_that_undertook_an_abduction_is_its_actor1() -> None:
    e = _one("وقامت الجماعة في مارس (آذار) الماضي بخطف ستة جنود قرب الحدود، ثم أفرجت عن أربعة منهم.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert e.actor1 is not None and e.actor1.text == "الجماعة"
    assert _name(e.actor2) is not None and _name(e.actor2).startswith("Military Forces")


def test_unnamed_group_that_claimed_a_bombing_is_its_actor1() -> None:
    e = _one("وتبنت الجماعة المسؤولية عن عملية تفجير سيارة عسكرية على الطريق بين مدينتين في شمال البلاد "
             "ومقتل كل من فيها الأحد الماضي.")
    assert _name(e.actor1) is not None and _name(e.actor1).startswith("Unidentified Armed Group")
    assert e.actor1 is not None and e.actor1.text == "الجماعة"


def test_aircraft_that_fired_are_not_the_target() -> None:
    e = _one("وقال شهود إن قذائف هاون سقطت على المطار، أعقبها صوت انفجارات لقنابل طائرات عسكرية ألقت "
             "حمولتها على مكان قريب.")
    assert e.actor2 is None or e.actor2.text != "طائرات عسكرية"
    assert e.actor1 is not None and e.actor1.text == "طائرات عسكرية"
