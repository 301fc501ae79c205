"""Session 9's reading of real-style reports: who attacked, told the way observatories tell it."""

from __future__ import annotations

import hadath

BULLETIN = (
    "رصد المرصد السوري لحقوق الإنسان مقتل 7 عناصر من قوات النظام والمسلحين الموالين لها، جراء هجوم نفذته "
    "خلايا تابعة لتنظيم \"الدولة الإسلامية\" على مواقعهم في بادية الميادين بريف دير الزور الشرقي، فجر اليوم الثلاثاء.\n\n"
    "وفي سياق متصل، شنت طائرات حربية روسية أكثر من 15 غارة جوية على مناطق انتشار خلايا التنظيم في بادية "
    "السخنة شرقي حمص، دون ورود معلومات عن خسائر بشرية.")


def test_the_cells_of_a_group_are_the_group() -> None:
    doc = hadath.extract(BULLETIN, published="2026-11-24")
    (attack,) = [e for e in doc.events if e.event_type == "Battles"]
    assert attack.actor1 is not None and attack.actor1.name == "Islamic State"  # «خلايا تابعة لتنظيم ...»
    assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Syria"
    assert attack.fatalities == 7
    (strikes,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes.actor1 is not None and strikes.actor1.name == "Military Forces of Russia"
    assert strikes.actor2 is not None and strikes.actor2.name == "Islamic State"  # «خلايا التنظيم»


def test_cells_alone_are_an_unidentified_group_and_a_crisis_cell_is_none() -> None:
    doc = hadath.extract("هاجمت خلايا نائمة حاجزا للجيش العراقي قرب بعقوبة أمس وقتلت جنديين.", published="2026-11-24")
    (attack,) = doc.events
    assert attack.actor1 is not None and attack.actor1.name.startswith("Unidentified Armed Group")
    doc = hadath.extract("قالت خلية الإعلام الأمني إن قوات الجيش قتلت ثلاثة مسلحين قرب بعقوبة أمس.",
                         published="2026-11-24")
    assert all(e.actor1 is None or not e.actor1.name.startswith("Unidentified") for e in doc.events)


def test_the_weapons_of_the_attack_told_before_are_no_new_shelling() -> None:
    text = BULLETIN.split("\n\n")[0] + (
        "\n\nوبحسب مصادر المرصد، فإن الهجوم استمر نحو ساعتين، واستخدمت فيه الأسلحة الرشاشة "
        "والقذائف الصاروخية، فيما لا تزال أعداد القتلى مرشحة للارتفاع لوجود جرحى بعضهم في حالات خطرة.")
    doc = hadath.extract(text, published="2026-11-24")
    (attack,) = doc.events
    assert attack.sub_event_type == "Armed clash" and attack.fatalities == 7
    second = text.index("وبحسب")
    assert any(s.start >= second for s in attack.evidence)  # the retelling is evidence of the attack


def test_a_body_found_killed_is_an_attack_with_one_dead() -> None:
    text = "وفي محافظة درعا، عثر أهالي بلدة طفس على جثة شاب مقتول بطلقات نارية في الرأس، بعد يومين من اختطافه على يد مجهولين."
    (attack,) = hadath.extract(text, published="2026-11-24").events
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians", "Attack")
    assert attack.fatalities == 1
    assert attack.location is not None and attack.location.country == "SY"
    assert attack.event_date is None  # the report does not say when


def test_who_found_the_body_did_not_kill() -> None:
    text = "عثرت الشرطة على جثة رجل مقتولا بالرصاص في حي الصناعة بمدينة القامشلي صباح اليوم."
    (attack,) = hadath.extract(text, published="2026-11-24").events
    assert attack.fatalities == 1
    assert attack.actor1 is None or "Police" not in attack.actor1.name


def _article(name: str) -> tuple[str, hadath.schema.Document]:
    from pathlib import Path

    text = (Path(__file__).resolve().parent / "articles" / name).read_text(encoding="utf-8")
    return text, hadath.extract(text, published="2026-11-25")


def test_an_age_in_brackets_is_no_toll_and_the_shooters_are_named_after_the_time() -> None:
    # «استشهد ثلاثة مواطنين، فجر اليوم الأربعاء، برصاص قوات الاحتلال»; «يوسف خالد (25 عاماً)»
    _, doc = _article("westbank_agency.txt")
    (killing,) = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert killing.actor1 is not None and killing.actor1.name == "Military Forces of Israel"
    assert killing.fatalities == 3
    assert all(e.fatalities in (None, 3) for e in doc.events)  # never 25, 22 or 19 (ages)
    (arrests,) = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert arrests.actor1 is not None and arrests.actor1.name == "Military Forces of Israel"


def test_a_duration_is_no_count_of_the_dead() -> None:
    text = "وقتل أكثر من 30 شخصا خلال الأربعة أسابيع الماضية في هجمات انتحارية شنها مسلحون في المناطق القبلية."
    doc = hadath.extract(text, published="2026-11-25")
    assert [e.fatalities for e in doc.events if e.plover_type == "ASSAULT"] == [30]  # not 34


def test_an_analysis_keeps_only_the_strike_it_tells_and_leaves_blame_open() -> None:
    # generic statements, a hypothetical («قد تستهدف»), a feared displacement and a hoped truce
    # are no events; «مسيّرات استهدفت» are drones, not marches; «في هجوم نسبته السلطات إلى الدعم
    # السريع التي نفت مسؤوليتها عنه» names neither side of the attack
    _, doc = _article("sudan_drones_analysis.txt")
    (strike,) = doc.events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.location is not None and strike.location.name == "Atbara"
    assert strike.actor1 is None and strike.actor2 is None
    assert str(strike.event_date) == "2026-10-01" and strike.time_precision == 3  # «الشهر الماضي»


def test_every_protest_has_its_protesters() -> None:
    # «نظّم العشرات من الخريجين العاطلين عن العمل وقفة احتجاجية»: ACLED's actor1 of a protest is
    # always the protesters of the place, whatever the text calls them
    _, doc = _article("basra_protest_wire.txt")
    protests = [e for e in doc.events if e.event_type == "Protests"]
    # «أمام مبنى مجلس محافظة البصرة»: the governorate's building, in the city (session 25)
    assert {e.location.name for e in protests if e.location} == {"Basrah", "Nasiriyah"}
    assert all(e.actor1 is not None and e.actor1.name == "Protesters (Iraq)" for e in protests)
    (basra,) = [e for e in protests if e.location and e.location.name == "Basrah"]
    assert basra.sub_event_type == "Protest with intervention"
    assert not [e for e in doc.events if "Baghdad" in (e.location.name if e.location else "")]  # a call for next week


def test_a_group_s_statement_of_its_own_attack_on_a_position_is_an_event() -> None:
    # «أعلن الحزب أن مقاتليه استهدفوا "موقع المالكية التابع لجيش العدو الإسرائيلي بالأسلحة
    # الصاروخية"»: the object's name opens a quotation; the army's own account of its strike
    # («قضت على عنصر في حزب الله») is the strike told again, not a second one
    _, doc = _article("lebanon_claims_agency.txt")
    (strike,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Israel"
    assert strike.fatalities == 2
    (attack,) = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert attack.actor1 is not None and attack.actor1.name == "Hezbollah"
    assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Israel"
    assert len(doc.events) == 2


def test_the_other_side_s_dead_add_to_the_battle_s_toll() -> None:
    # «قُتل عشرون جندياً ... في هجوم شنه مسلحون ... على قاعدة عسكرية في منطقة دجيبو», then in the
    # source's quote «عشرات المهاجمين قُتلوا في الرد الجوي»: the attackers are the dead of the
    # passive verb (not the killers), their dozens (10) add to the 20 soldiers, and the quote that
    # names no place is the same battle as the one in Djibo (a country-level place holds Djibo)
    _, doc = _article("sahel_wire.txt")
    (battle,) = [e for e in doc.events if e.event_type == "Battles"]
    assert battle.location is not None and battle.location.name == "Djibo"
    assert battle.actor2 is not None and battle.actor2.name == "Military Forces of Burkina Faso"
    assert battle.fatalities == 30
    (ied,) = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert ied.location is not None and ied.location.country == "NE" and ied.fatalities == 7
