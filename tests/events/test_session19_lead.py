"""Session 19's reading of articles written for the suite: a wire on al-Shabaab's assault on an
army base in Lower Shabelle (a car bomb at the gate told by an officer, the group's own account of
a take-over and 41 dead, a roadside bomb near Afgooye, AFRICOM's strike near Jilib given as
background); plus the rules they exposed, on sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

SOMALIA = "2026-11-25"  # a Wednesday: «فجر الثلاثاء» is the 24th, «مساء الاثنين» the 23rd


def _somalia() -> tuple[str, hadath.Document]:
    return read_article("somalia_shabaab_base_wire.txt", SOMALIA)


def test_the_assault_on_the_base_is_one_event_in_lower_shabelle() -> None:
    text, doc = _somalia()
    violent = [e for e in doc.events if e.plover_type == "ASSAULT"]
    bases = [e for e in violent if e.event_date == "2026-11-24"]
    # the officer's car bomb at the gate («إن المهاجمين فجروا سيارة مفخخة») and the group's own
    # account («سيطروا على القاعدة» and 41 dead) tell the assault told first: one row, the
    # lowest toll, the evidence of all three
    (base,) = bases
    assert base.sub_event_type == "Armed clash"
    assert name(base.actor1) == "Al Shabaab" and name(base.actor2) == "Military Forces of Somalia"
    assert base.fatalities == 9
    said = {text[s.start:s.end] for s in base.evidence}
    assert {"فجروا", "سيطروا"} <= said
    # «في بلدة عيل صالين بإقليم شبيلي السفلى جنوب غربي العاصمة مقديشو»: the town is unknown to
    # GeoNames; the region it is in is where it happened, not the capital the bearing is from
    assert base.location is not None and base.location.name == "Lower Shabelle"


def test_the_roadside_bomb_and_the_american_strike() -> None:
    _, doc = _somalia()
    ieds = of_sub(doc, "Remote explosive/landmine/IED")
    (ied,) = ieds
    assert ied.fatalities == 4 and ied.event_date == "2026-11-23"
    assert ied.location is not None and ied.location.name == "Afgooye"
    assert name(ied.actor2) == "Civilians (Somalia)"
    (strike,) = of_sub(doc, "Air/drone strike")
    # «وكانت القيادة الأمريكية في أفريقيا (أفريكوم) قد أعلنت ... أنها نفذت غارة جوية»: the
    # announcer carried it out, and reports it (its short form in brackets between them)
    assert name(strike.actor1) == "Military Forces of the United States"
    assert strike.source is not None and strike.source.name == "Military Forces of the United States"
    assert strike.location is not None and strike.location.name == "Jilib"  # places_extra: «جلب»


def test_a_support_verb_after_that_pronoun_is_the_speakers_deed() -> None:
    for text, actor in (
        ("وأعلن الجيش الإسرائيلي أنه شن غارات على مواقع لحزب الله في جنوب لبنان.", "Military Forces of Israel"),
        ("وأعلنت القوات الأمريكية أنها نفذت ضربة جوية قرب بلدة جلب استهدفت مسلحين من حركة الشباب.",
         "Military Forces of the United States"),
    ):
        doc = hadath.extract(text, published="2024-04-08")
        (ev,) = [e for e in doc.events if e.plover_type == "ASSAULT"]
        assert name(ev.actor1) == actor, text


def test_the_attackers_are_the_group_named_before() -> None:
    doc = hadath.extract("وقال مصدر عسكري إن الجيش صد هجوما لقوات الدعم السريع على الفاشر من المحور الشرقي، "
                         "وكبد المهاجمين خسائر فادحة.", published="2024-04-08")
    (clash,) = of_sub(doc, "Armed clash")
    # «المهاجمين» is the RSF again: the other side is the army that repelled them
    assert name(clash.actor1) == "RSF: Rapid Support Forces"
    assert name(clash.actor2) == "Military Forces of Sudan"


def test_a_place_before_a_bearing_is_where_it_happened() -> None:
    for text, place in (
        ("قتل ستة مدنيين جراء انفجار لغم في بادية السخنة شرقي حمص أمس.", "As Sukhnah"),
        ("اندلعت اشتباكات عند حاجز على مدخل مدينة شهبا شمال محافظة السويداء أمس.", "Shahbā"),
        ("قصفت قوات النظام بلدات في محافظة درعا جنوب دمشق أمس.", "Daraa"),
    ):
        doc = hadath.extract(text, published="2024-04-08")
        (ev,) = doc.events
        assert ev.location is not None and ev.location.name == place, text
    # «في شمال مدينة حلب» is inside Aleppo; a bearing alone keeps its town, near it
    doc = hadath.extract("هاجم مسلحون قاعدة عسكرية جنوب غربي كركوك أمس.", published="2024-04-08")
    (ev,) = doc.events
    assert ev.location is not None and ev.location.name == "Kirkuk"
