"""Session 10's reading of real-style reports: who was the target, how many died and where.

The articles (tests/events/articles/) are illustrative, written for these tests in three
styles: an agency wire from Aden (``yemen_coast_wire.txt``), an Iraqi newspaper's security
round-up (``iraq_police_bulletin.txt``) and an observatory's evening bulletin
(``observatory_border_bulletin.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hadath
from hadath.schema import Document, Event

ARTICLES = Path(__file__).resolve().parent / "articles"
PUBLISHED = "2026-11-25"


def _read(name: str) -> tuple[str, Document]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return text, hadath.extract(text, published=PUBLISHED)


@pytest.fixture(scope="module")
def yemen() -> tuple[str, Document]:
    return _read("yemen_coast_wire.txt")


@pytest.fixture(scope="module")
def iraq() -> tuple[str, Document]:
    return _read("iraq_police_bulletin.txt")


@pytest.fixture(scope="module")
def observatory() -> tuple[str, Document]:
    return _read("observatory_border_bulletin.txt")


def name(actor: object) -> str | None:
    return getattr(actor, "name", None)


def of_sub(doc: Document, sub: str) -> list[Event]:
    return [e for e in doc.events if e.sub_event_type == sub]


def at(text: str, ev: Event) -> str:
    """The words of the event's trigger."""
    return text[ev.evidence[0].start:ev.evidence[0].end]


# --- 1. the survivor of an assassination attempt is its target ----------------------------

def test_the_survivor_of_an_assassination_attempt_is_its_target(yemen: tuple[str, Document]) -> None:
    # «نجا قائد قوات الحزام الأمني في مديرية المنصورة، صباح اليوم الأحد، من محاولة اغتيال بعبوة
    # ناسفة استهدفت موكبه ...، ما أدى إلى مقتل أحد المارة»: the attempt took place (ACLED codes
    # it by its means, an IED); the commander who survived is actor2, the bomber unknown
    _, doc = yemen
    (bomb,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert bomb.actor1 is None
    assert name(bomb.actor2) == "Security Belt Forces"
    assert bomb.fatalities == 1
    assert bomb.location is not None and bomb.location.country == "YE"


def test_a_survivor_named_with_his_post_and_the_day_is_still_the_target() -> None:
    text = ("نجا قائد شرطة النجدة في مدينة البصرة، صباح اليوم الأحد، من محاولة اغتيال إثر تعرض موكبه "
            "لانفجار عبوة ناسفة زرعت على جانب الطريق.")
    (bomb,) = hadath.extract(text, published=PUBLISHED).events
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert bomb.actor1 is None and name(bomb.actor2) == "Police Forces of Iraq"


# --- 2. a campaign's toll recalled in a quote is no toll of the day's attack ---------------

def test_hundreds_killed_over_years_are_no_toll_of_the_attack() -> None:
    text = ("الطارمية (العراق) - «المدى»\n\n"
            "هاجم مسلحون من تنظيم داعش موقعا للجيش العراقي في قضاء الطارمية شمال بغداد فجر اليوم، ولم "
            "ترد معلومات عن خسائر بشرية.\n\n"
            "وقال ضابط في الجيش إن عناصر التنظيم يتحصنون في بساتين المنطقة منذ سنوات، وإن القوات "
            "طاردتهم مرارا وقتل المئات منهم.")
    doc = hadath.extract(text, published=PUBLISHED)
    (attack,) = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert attack.fatalities in (None, 0)  # not 100: the campaign's dead are not the day's
    # the figure is still what the officer said
    assert any(c.quantity.low == 100 and c.subject == "people killed" for c in doc.claims)


# --- 3. a police force's own members ------------------------------------------------------

def test_a_police_directorate_s_own_members_are_police_officers(iraq: tuple[str, Document]) -> None:
    # «أعلنت مديرية شرطة ديالى ... مقتل 4 من عناصرها ... في هجوم شنه مسلحون من تنظيم داعش»
    _, doc = iraq
    attack = doc.events[0]
    assert (attack.sub_event_type, name(attack.actor1), name(attack.actor2)) == (
        "Armed clash", "Islamic State", "Police Forces of Iraq")
    assert attack.fatalities == 4
    assert [c.subject for c in doc.claims if c.quantity.low == 4] == ["police officers killed"]


def test_a_force_named_before_its_members_owns_them() -> None:
    doc = hadath.extract("وقالت الشرطة العراقية في بيان إن 9 من عناصرها قتلوا في هجوم على نقطة تفتيش "
                         "قرب بعقوبة أمس.", published=PUBLISHED)
    (attack,) = doc.events
    assert name(attack.actor2) == "Police Forces of Iraq" and attack.fatalities == 9
    assert [c.subject for c in doc.claims if c.quantity.low == 9] == ["police officers killed in Baqubah"]


# --- 4. a count of nationals keeps the nationality ----------------------------------------

def test_thousands_of_iraqis_are_people_of_iraq(iraq: tuple[str, Document]) -> None:
    _, doc = iraq
    (thousands,) = [c for c in doc.claims if c.quantity.low == 1000]
    assert thousands.subject == "people of Iraq killed"


# --- 5. one event per place ---------------------------------------------------------------

def test_strikes_on_two_towns_are_two_events(observatory: tuple[str, Document]) -> None:
    # «غارات جوية ... على بلدتي كفرنبل ومعرة النعمان»: ACLED codes one event per location; the
    # five dead are shared out (three and two)
    _, doc = observatory
    strikes = of_sub(doc, "Air/drone strike")
    assert [(e.location.name if e.location else None, e.fatalities) for e in strikes] == [
        ("Kafranbel", 3), ("Ma‘arrat an Nu‘mān", 2)]
    assert all(name(e.actor1) == "Military Forces of Russia" for e in strikes)


def test_a_road_between_two_towns_is_one_place() -> None:
    text = "قتل ثلاثة مدنيين في قصف على الطريق الواصل بين مدينتي البصرة والناصرية صباح اليوم."
    (shelling,) = hadath.extract(text, published=PUBLISHED).events
    assert shelling.fatalities == 3


def test_shelling_of_two_towns_shares_its_dead(yemen: tuple[str, Document]) -> None:
    _, doc = yemen
    shelled = of_sub(doc, "Shelling/artillery/missile attack")
    assert [(e.location.name if e.location else None, e.fatalities) for e in shelled] == [
        ("Zabīd", 2), ("Al Jarrāḩī", 1)]


# --- 6. gunmen where the place the event borrowed is -------------------------------------

def test_gunmen_of_a_borrowed_place_are_of_its_country(observatory: tuple[str, Document]) -> None:
    # a Syria bulletin; «وفي وقت لاحق، هاجم مسلحون قرية الكسكوسة النائية» (no gazetteer entry)
    # takes its paragraph's place, Al Qa'im: its gunmen are Iraq's, not the article's Syria's
    text, doc = observatory
    raid = next(e for e in doc.events if e.evidence[0].start > text.index("وفي وقت لاحق"))
    assert raid.location is not None and raid.location.country == "IQ"
    assert name(raid.actor1) == "Unidentified Armed Group (Iraq)"
    # «وقتلوا راعيين»: two shepherds, civilians (counted_people.tsv, generic_actors.tsv)
    assert (raid.sub_event_type, name(raid.actor2), raid.fatalities) == ("Attack", "Civilians (Iraq)", 2)


# --- 7. an attack the forces repelled ----------------------------------------------------

def test_an_attack_the_forces_repelled_is_the_attackers_clash_with_them(yemen: tuple[str, Document]) -> None:
    # «تصدت قوات المقاومة الوطنية لهجوم شنته جماعة الحوثي ...، وقتل ستة من المهاجمين»: the
    # attackers' dead are their own, the target is the force that met them
    _, doc = yemen
    (clash,) = of_sub(doc, "Armed clash")
    assert (name(clash.actor1), name(clash.actor2)) == ("Houthi Movement", "National Resistance Forces")
    assert clash.fatalities == 6


def test_a_repelled_attack_is_reported() -> None:
    text = ("وقال مصدر عسكري إن القوات الحكومية تصدت لهجوم عنيف شنته ميليشيا الحوثي على مواقعها في "
            "مديرية حيس، وأجبرتها على التراجع بعد معارك استمرت ساعات.")
    (clash,) = hadath.extract(text, published=PUBLISHED).events
    assert (clash.sub_event_type, name(clash.actor1)) == ("Armed clash", "Houthi Movement")
    assert clash.actor2 is not None and clash.actor2.name.startswith("Military Forces")
    (clash,) = hadath.extract("صدت قوات الدعم السريع هجوما شنه الجيش السوداني على مواقعها في مدينة "
                              "الفاشر.", published=PUBLISHED).events
    assert (name(clash.actor1), name(clash.actor2)) == ("Military Forces of Sudan", "RSF: Rapid Support Forces")


# --- 8. a port is its town ----------------------------------------------------------------

def test_a_drone_strike_on_a_port_is_at_its_town(yemen: tuple[str, Document]) -> None:
    # «في هجوم آخر، استهدفت جماعة الحوثي بطائرة مسيرة ميناء المخا غربي محافظة تعز، دون أن
    # تسفر عن إصابات»: Mocha, by the Houthis (the name before the weapon), no one hurt
    _, doc = yemen
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.location is not None and (strike.location.name, strike.location.geo_precision) == ("Mocha", 1)
    assert name(strike.actor1) == "Houthi Movement" and strike.actor2 is None
    assert strike.fatalities == 0


def test_a_bearing_from_a_port_is_no_place_in_its_town() -> None:
    doc = hadath.extract("أصيبت سفينة شحن بصاروخ في البحر الأحمر على بعد 50 ميلا غرب ميناء المخا اليمني.",
                         published=PUBLISHED)
    assert all(e.location is None or e.location.name != "Mocha" for e in doc.events)


# --- 9. «في هجوم آخر» opens another happening, with or without «و» ----------------------

def test_a_separate_incident_without_wa_is_another_event(iraq: tuple[str, Document]) -> None:
    # «في حادث منفصل، قال مصدر طبي إن 11 شخصا قتلوا في انفجار سيارة مفخخة قرب مسجد في بعقوبة»
    # after the market bomb's five dead: two bombings, no disputed toll
    _, doc = iraq
    bombs = of_sub(doc, "Remote explosive/landmine/IED")
    assert [e.fatalities for e in bombs] == [5, 11]
    assert not doc.conflicts


def test_the_turn_phrases_open_with_or_without_a_conjunction() -> None:
    from hadath.attribution.incidents import opens_turn

    assert opens_turn("في هجوم آخر، قتل ثلاثة جنود")
    assert opens_turn("وفي هجوم آخر، قتل ثلاثة جنود")
    assert opens_turn("في حادث منفصل، قتل شخصان")
    assert not opens_turn("فيما قتل شخصان في هجوم آخر")


# --- 10. excessive force: the force first -------------------------------------------------

def test_excessive_force_names_the_force_first(iraq: tuple[str, Document]) -> None:
    # «فرقت قوات الأمن بالقوة تظاهرة ...، ما أدى إلى مقتل متظاهرين اثنين وإصابة آخرين»: one
    # event, the police actor1 and the protesters actor2 (ACLED), two dead
    _, doc = iraq
    (force,) = of_sub(doc, "Excessive force against protesters")
    assert (name(force.actor1), name(force.actor2)) == ("Police Forces of Iraq", "Protesters (Iraq)")
    assert force.fatalities == 2


# --- found on the way ----------------------------------------------------------------------

def test_a_withheld_name_is_no_source(iraq: tuple[str, Document]) -> None:
    # «وقال ضابط في الشرطة، طلب عدم ذكر اسمه، إن ...»: the officer tells it, not «اسمه»
    _, doc = iraq
    assert all(c.source is None or c.source.text != "اسمه" for c in doc.claims)
    (campaign,) = [c for c in doc.claims if c.quantity.low == 100]
    assert campaign.source is not None and campaign.source.text == "ضابط في الشرطة"


def test_the_deed_detainees_are_charged_with_is_no_new_clash() -> None:
    # «اعتقلت سبعة مسلحين متورطين في إطلاق النار على المدنيين خلال الاشتباكات»: the shooting is
    # what they are charged with, during the clashes the lead reported
    _, doc = _read("libya_wire.txt")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash", "Arrests", "Peaceful protest"]


def test_an_army_that_says_it_repelled_an_attack_is_its_target_and_both_sides_dead_count() -> None:
    # «أعلن الجيش اليمني التابع للحكومة المعترف بها دولياً أنه صد هجوماً واسعاً شنته جماعة
    # الحوثي» (the pronoun on «أن» repelled it; the government is the army's owner) and «وأسفرت
    # عن مقتل 17 من مسلحي الجماعة ...، فيما قُتل أربعة من أفراد الجيش»: 21 dead in the battle
    _, doc = _read("yemen_agency.txt")
    (battle,) = of_sub(doc, "Armed clash")
    assert (name(battle.actor1), name(battle.actor2)) == ("Houthi Movement", "Military Forces of Yemen")
    assert battle.fatalities == 21


def test_an_attacker_s_nationality_does_not_move_the_article_abroad() -> None:
    # a Reuters report from Beirut on south Lebanon: «طائرة مسيرة إسرائيلية»، «الجيش
    # الإسرائيلي»، «قصف مدفعي إسرائيلي» name who struck, not where; the civilians hurt in «بلدة
    # ميس الجبل» (no gazetteer entry) are Lebanon's, not Israel's
    _, doc = _read("south_lebanon_wire.txt")
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor2) == "Civilians (Lebanon)"
    assert name(shelling.actor1) == "Military Forces of Israel"


def test_the_noun_of_a_turn_phrase_is_no_trigger_of_its_own() -> None:
    # «وفي هجوم آخر، هاجم مسلحون من تنظيم داعش ...»: the verb tells the attack, with its subject
    text = ("قتل جنديان في هجوم لمسلحين على حاجز للجيش في بعقوبة صباح اليوم، بحسب مصدر أمني.\n\n"
            "وفي هجوم آخر، هاجم مسلحون من تنظيم داعش نقطة تفتيش للشرطة في المقدادية وقتلوا ثلاثة "
            "من عناصرها.")
    first, second = hadath.extract(text, published=PUBLISHED).events
    assert (name(second.actor1), name(second.actor2), second.fatalities) == (
        "Islamic State", "Police Forces of Iraq", 3)
    assert text[second.evidence[0].start:second.evidence[0].end] != "هجوم"


def test_an_unknown_village_said_to_be_abroad_is_not_lent_the_last_town() -> None:
    # «هاجم مسلحون مجهولون قرية الكسكوسة السورية» (no gazetteer entry) after a paragraph on
    # Baghdad: Syria (precision 3) and Syria's gunmen, not «near Baghdad» and Iraq's
    text = ("بغداد - «المدى»\n\n"
            "قتل ثلاثة جنود عراقيين في هجوم شنه مسلحون من تنظيم داعش على نقطة تفتيش في قضاء الطارمية "
            "شمال بغداد.\n\n"
            "وعلى الجانب الآخر من الحدود، هاجم مسلحون مجهولون قرية الكسكوسة السورية وقتلوا راعيين.")
    raid = hadath.extract(text, published=PUBLISHED).events[-1]
    assert raid.location is not None and (raid.location.country, raid.location.geo_precision) == ("SY", 3)
    assert name(raid.actor1) == "Unidentified Armed Group (Syria)"


def test_a_base_named_by_its_nationality_is_that_state_s_military() -> None:
    # «في حين ردت «قسد» باستهداف قاعدة تركية في محيط مدينة رأس العين بالقذائف الصاروخية»
    text, doc = _read("syria_monitor.txt")
    reply = next(e for e in doc.events if e.evidence[0].start > text.index("ردت"))
    assert (name(reply.actor1), name(reply.actor2)) == ("SDF: Syrian Democratic Forces", "Military Forces of Turkey")
