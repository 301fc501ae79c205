"""Session 14's reading of a newspaper report from Daraa (southern Syria): a former rebel
commander shot dead by unknown gunmen, a roadside bomb that wounded two soldiers, the
Observatory's running count of assassinations against a local documentation office's, and a
raid with arrests; plus the argument rules it exposed, on sentences of their own."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath

PUBLISHED = "2024-05-14"  # a Tuesday: «مساء الأحد» is the 12th, «صباح الإثنين» the 13th


def _doc() -> hadath.Document:
    return read_article("daraa_newspaper.txt", PUBLISHED)[1]


def test_the_gunmen_shot_the_former_commander() -> None:
    doc = _doc()
    (shot,) = [e for e in doc.events if e.fatalities == 1]
    assert shot.actor1 is not None and shot.actor1.name == "Unidentified Armed Group (Syria)"  # «برصاص مسلحين مجهولين»
    assert shot.actor2 is not None and shot.actor2.name == "Opposition Rebels (Syria)"
    assert shot.event_date == "2024-05-12"
    assert shot.source is not None and shot.source.name == "Horan Free League"


def test_the_wounded_soldiers_are_the_bombs_target() -> None:
    doc = _doc()
    bombs = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs
    for e in bombs:  # «أصيب عنصران من قوات النظام بانفجار عبوة ناسفة»: the soldiers struck nobody
        assert e.actor1 is None or e.actor1.name != "Military Forces of Syria"
        assert e.actor2 is not None and e.actor2.name == "Military Forces of Syria"


def test_a_count_over_the_same_period_is_a_tally_with_its_own_source() -> None:
    doc = _doc()
    # «وثق «مكتب توثيق الشهداء في درعا» مقتل 190 شخصاً ... خلال الفترة ذاتها»: no event of 190 dead
    assert all(e.fatalities != 190 for e in doc.events)
    (office,) = [c for c in doc.claims if c.quantity.low == 190]
    assert office.source is not None and office.source.name == "مكتب توثيق الشهداء في درعا"
    # a body's name in marks after «وثق» is no quotation
    text = read_article("daraa_newspaper.txt", PUBLISHED)[0]
    assert not any(text[q.start:q.end].startswith("مكتب توثيق") for q in doc.quotes)
    # the same period as the Observatory's count «منذ مطلع العام الجاري»: the two disagree
    assert any("267" in c.reason and "190" in c.reason for c in doc.conflicts)


def test_the_raid_arrests() -> None:
    doc = _doc()
    (raid,) = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert raid.actor1 is not None and raid.actor1.name == "Military Forces of Syria"
    assert raid.location is not None and raid.location.name == "Aş Şanamayn"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # the side the dead belonged to, named after «في» or «من», is the target
    ("قتل عنصر في فصائل المعارضة برصاص مسلحين مجهولين في بلدة اليادودة.", "Unidentified Armed Group", "Opposition Rebels"),
    ("قتل ثلاثة عناصر من الجيش في هجوم لتنظيم داعش قرب المدينة.", "Islamic State", "Military Forces"),
])
def test_the_side_of_the_dead_is_the_target(text: str, actor1: str, actor2: str) -> None:
    (e,) = hadath.extract(text).events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert e.actor2 is not None and e.actor2.name == actor2


def test_a_body_named_in_marks_after_a_documenting_verb_is_the_source() -> None:
    text = ("قالت الشبكة إن 40 شخصا قتلوا منذ مطلع العام الجاري. في المقابل، وثق «مجموعة رصد الضحايا في الجنوب» "
            "مقتل 25 شخصا خلال الفترة نفسها.")
    doc = hadath.extract(text, published="2024-05-14")
    (c,) = [c for c in doc.claims if c.quantity.low == 25]
    assert c.source is not None and c.source.name == "مجموعة رصد الضحايا في الجنوب"
    assert not doc.quotes


TAIZ_PUBLISHED = "2024-05-16"  # a Thursday: «أمس الأربعاء» is the 15th


def _taiz() -> hadath.Document:
    return read_article("taiz_aden_newspaper.txt", TAIZ_PUBLISHED)[1]


def test_the_sniper_shot_a_child() -> None:
    doc = _taiz()
    (shot,) = [e for e in doc.events if e.sub_event_type == "Attack"]
    # «قُتلت طفلة ... برصاص قناص تابع لجماعة الحوثيين»: the sniper's side fired, the girl is a civilian
    assert shot.actor1 is not None and shot.actor1.name == "Houthi Movement"
    assert shot.actor2 is not None and shot.actor2.name == "Civilians (Yemen)"
    assert (shot.event_date, shot.fatalities) == ("2024-05-15", 1)


def test_the_group_named_again_attacked_the_army_positions() -> None:
    doc = _taiz()
    (attack,) = [e for e in doc.events if e.fatalities == 3]
    # «في هجوم شنه مسلحو الجماعة»: «الجماعة» is the one armed group the article named
    assert attack.actor1 is not None and attack.actor1.name == "Houthi Movement"
    assert attack.actor1.text == "مسلحو الجماعة"
    assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Yemen"
    assert attack.location is not None and attack.location.name == "Maqbanah"
    # «وفق ما أعلن المركز الإعلامي لمحور تعز العسكري، الذي أكد أن ...»: a body led by a definite
    # head, its speech going on through a relative clause
    assert attack.source is not None and attack.source.name == "المركز الإعلامي لمحور تعز العسكري"
    (attackers,) = [c for c in doc.claims if c.subject == "fighters killed"]
    assert attackers.source is not None and attackers.source.name == attack.source.name


def test_the_health_official_named_between_commas_and_the_agency_of_the_group() -> None:
    doc = _taiz()
    # «وقال مدير مكتب الصحة في المحافظة، راجح المليكي، لـ«العربي الجديد»، إن «...»»
    (official,) = [q for q in doc.quotes if q.speaker == "راجح المليكي"]
    assert official.via == "العربي الجديد"
    # «قالت وكالة «سبأ» التابعة للحوثيين إن «...»»: the Houthis own the agency, they are no listener
    (saba,) = [q for q in doc.quotes if q.speaker_canonical == "Saba News Agency"]
    assert saba.via is None


def test_the_aden_protest_met_by_the_police() -> None:
    doc = _taiz()
    (riot,) = [e for e in doc.events if e.event_type == "Riots"]
    assert riot.location is not None and riot.location.name == "Aden"
    assert riot.actor2 is not None and riot.actor2.name == "Police Forces of Yemen"


@pytest.mark.parametrize(("text", "actor1"), [
    ("قتل طفل برصاص قناص من قوات النظام في مدينة درعا.", "Military Forces"),
    ("قُتلت طفلة برصاص قناص حوثي في مدينة تعز.", "Houthi Movement"),
])
def test_the_shooters_side_after_the_sniper(text: str, actor1: str) -> None:
    (e,) = hadath.extract(text).events
    assert e.actor1 is not None and e.actor1.name.startswith(actor1)
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians")


MARIB_PUBLISHED = "2024-05-12"  # a Sunday: «مساء السبت» is the 11th


def _marib() -> hadath.Document:
    return read_article("marib_missile_newspaper.txt", MARIB_PUBLISHED)[1]


def test_the_missile_struck_a_quarter_of_marib_not_a_namesake_in_sanaa() -> None:
    doc = _marib()
    (missile,) = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    # «حي الروضة السكني وسط مدينة مأرب»: the quarter of the town named with it; GeoNames' Rawdah
    # is in Sanaa, 120 km away, so the town is the place
    assert missile.location is not None and missile.location.name == "Ma'rib"
    assert (missile.fatalities, missile.event_date) == (4, "2024-05-11")
    assert missile.actor1 is not None and missile.actor1.name == "Houthi Movement"


def test_positions_regained_after_battles_are_a_territory_change() -> None:
    doc = _marib()
    (regained,) = [e for e in doc.events if e.sub_event_type == "Government regains territory"]
    # «أعلنت القوات الحكومية استعادة السيطرة على مواقع في جبهة الخنجر بعد معارك مع الحوثيين»
    assert regained.actor1 is not None and regained.actor1.name == "Military Forces of Yemen"
    assert regained.actor2 is not None and regained.actor2.name == "Houthi Movement"
    assert regained.location is not None and regained.location.name == "Al Jawf"
    # the offensive of February 2021 is background, not an event of this report
    assert all(e.event_date and e.event_date >= "2024" for e in doc.events)


@pytest.mark.parametrize("text", [
    "أعلنت القوات عزمها استعادة السيطرة على مواقع في جبهة الخنجر.",  # an intention
    "سيطر مقاتلو الحركة على مواقع التواصل الاجتماعي.",  # no ground
])
def test_no_territory_change(text: str) -> None:
    assert not [e for e in hadath.extract(text).events if e.event_type == "Battles"]


@pytest.mark.parametrize(("text", "place"), [
    ("قتلت طفلة برصاص قناص في حي الروضة شرقي مدينة تعز.", "Taiz"),
    ("سقط صاروخ على حي الروضة السكني وسط مدينة مأرب.", "Ma'rib"),
    ("قصفت الطائرات حي الروضة في صنعاء.", "Ar Rawḑah"),  # Sanaa's own quarter
])
def test_a_quarter_lies_in_the_town_named_with_it(text: str, place: str) -> None:
    (e,) = hadath.extract(text).events
    assert e.location is not None and e.location.name == place


def test_the_statement_an_agency_published_and_the_minister_named_between_commas() -> None:
    doc = _marib()
    # «وقالت السلطة المحلية في المحافظة، في بيان نشرته وكالة الأنباء اليمنية الرسمية (سبأ)، إن «...»»
    (local,) = [q for q in doc.quotes if q.speaker == "السلطة المحلية"]
    assert local.via == "وكالة الأنباء اليمنية"
    # «وأدان وزير الإعلام ...، معمر الإرياني، الهجوم، واصفاً إياه بـ«...»»
    text = read_article("marib_missile_newspaper.txt", MARIB_PUBLISHED)[0]
    (minister,) = [q for q in doc.quotes if text[q.start:q.end].startswith("الجريمة الإرهابية")]
    assert minister.speaker == "معمر الإرياني"


BAGHDAD_PUBLISHED = "2024-02-08"  # a Thursday: «ليل الأربعاء» is the 7th


def _baghdad() -> hadath.Document:
    return read_article("baghdad_strike_newspaper.txt", BAGHDAD_PUBLISHED)[1]


def test_the_drone_strike_killed_the_commander_and_two_companions() -> None:
    doc = _baghdad()
    (strike,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    # «قُتل قيادي بارز في «كتائب حزب الله» العراقية واثنان من مرافقيه»: 1 + 2
    assert strike.fatalities == 3
    assert strike.actor2 is not None and strike.actor2.name == "Kataib Hezbollah"
    assert strike.location is not None and strike.location.name == "Baghdad"
    # «وأعلنت القيادة المركزية الأمريكية (سنتكوم)، في بيان، أن قواتها «نفذت ضربة ...»»: CENTCOM
    # speaks for the US military (sources.tsv forces column), whose strike it was
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of the United States"


def test_the_funeral_in_tahrir_square_is_no_battle() -> None:
    doc = _baghdad()
    # «وشيّع المئات ... جثامين القتلى الثلاثة في ساحة التحرير»: the square is a name, the dead are
    # the strike's; the chanting mourners are a protest
    assert [e.event_type for e in doc.events if e.event_date == BAGHDAD_PUBLISHED] == ["Protests"]
    text = read_article("baghdad_strike_newspaper.txt", BAGHDAD_PUBLISHED)[0]
    # «نعت «كتائب حزب الله» في بيان «القائد أبو باقر الساعدي»»: a name, not a quotation
    assert not any(text[q.start:q.end].startswith("القائد أبو باقر") for q in doc.quotes)


@pytest.mark.parametrize("text", [
    "تظاهر الآلاف في ميدان التحرير بالقاهرة.",
    "شارك المئات في تشييع جثامين الضحايا في مدينة الصدر.",
])
def test_no_assault_in_a_square_or_a_funeral(text: str) -> None:
    assert not [e for e in hadath.extract(text).events if e.plover_type == "ASSAULT"]


def test_a_list_item_may_name_its_group_without_marks() -> None:
    (e,) = hadath.extract("قتل قيادي بارز في كتائب حزب الله واثنان من مرافقيه في غارة.").events
    assert e.fatalities == 3  # the group's name NER found is one modifier of «قيادي»


OBEID_PUBLISHED = "2024-11-26"  # a Tuesday: «فجر اليوم الثلاثاء»


def test_the_drone_attack_on_el_obeid_and_the_estimates_counted_with_bi() -> None:
    doc = read_article("obeid_drones_newspaper.txt", OBEID_PUBLISHED)[1]
    (strike,) = [e for e in doc.events if e.fatalities == 5]
    assert strike.actor1 is not None and strike.actor1.name == "RSF: Rapid Support Forces"
    assert strike.actor2 is not None and strike.actor2.name == "Civilians (Sudan)"
    assert strike.location is not None and strike.location.name == "El Obeid"
    # «تقدر منظمات محلية عدد القتلى بأكثر من 60 ألفاً»: «بـ» links the toll noun to its figure
    (toll,) = [c for c in doc.claims if c.quantity.low == 60000]
    assert toll.subject == "people killed"
    assert toll.source is not None and toll.source.name == "Local organisations"
    # «وقالت الغرفة في بيان إن «...»»: the emergency room named two sentences before by its head
    (room,) = [q for q in doc.quotes if q.speaker == "الغرفة"]
    assert room.speaker_canonical == "غرفة طوارئ المدينة"


def test_their_number_names_no_source() -> None:
    doc = hadath.extract("ورفع متظاهرون يقدر عددهم ببضع مئات لافتات تدعو إلى السلام في مدينة بيداوة.")
    assert all(e.source is None or "عدد" not in e.source.text for e in doc.events)


def test_a_state_operation_after_gunmen_is_not_their_attack() -> None:
    text = ("هاجم مسلحون مجهولون حاجزا للشرطة في بلدة الخالص وقتلوا ثلاثة من عناصره. "
            "وقال الجيش في بيان إن قواته نفذت عملية في المنطقة.")
    (attack,) = [e for e in hadath.extract(text).events if e.fatalities == 3]
    assert attack.actor1 is not None and attack.actor1.name.startswith("Unidentified")
