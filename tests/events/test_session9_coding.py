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
