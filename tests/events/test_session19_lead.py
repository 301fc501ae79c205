"""Session 19's reading of articles written for the suite: a wire on al-Shabaab's assault on an
army base in Lower Shabelle (a car bomb at the gate told by an officer, the group's own account of
a take-over and 41 dead, a roadside bomb near Afgooye, AFRICOM's strike near Jilib given as
background); a newspaper report on Israeli strikes in south Lebanon (the health ministry's
toll, the army spokesman's account of whom the strike on Aita al-Shaab hit, Hezbollah's
statements of its attacks, the cumulative toll told against the army's own); plus the rules
they exposed, on sentences of their own); an agency wire on clashes between two armed groups in
Tripoli (a dated dateline, the ambulance service's toll against the ministry's and the medics',
a ceasefire announced by the prime minister, a mediation by the notables of Souq al-Juma).
A newspaper report on a power protest at the Dhi Qar governorate building in Nasiriyah (the
medics' and the human rights commission's counts of wounded protesters, the police's arrests, a
sit-in in Basra). A statement-led report on the shelling of Zamzam camp near El Fasher (the
displaced people's coordination body, the Emergency Lawyers' higher toll, an army division's
repelled attack told after «وفي تطور آخر»). Plus the rules they exposed, on sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

LEBANON = "2024-05-15"  # «بعد ظهر أمس» is the 14th
SOMALIA = "2026-11-25"
ZAMZAM = "2024-12-06"  # a Friday: «صباح الخميس» is the 5th
NASIRIYAH = "2024-07-15"  # «أمس الأحد» is the 14th
TRIPOLI = "2023-08-15"  # the dateline's day; «مساء أمس الاثنين» is the 14th  # a Wednesday: «فجر الثلاثاء» is the 24th, «مساء الاثنين» the 23rd


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


def _lebanon() -> tuple[str, hadath.Document]:
    return read_article("south_lebanon_strikes_newspaper.txt", LEBANON)


def test_the_strike_on_aita_al_shaab_told_again_by_the_army() -> None:
    text, doc = _lebanon()
    aita = [e for e in doc.events if e.location is not None and e.location.name == "Aita al-Shaab"]
    # «وأكد المتحدث باسمه أفيخاي أدرعي أن الغارة على عيتا الشعب استهدفت «عنصراً ...»»: the
    # strike told four paragraphs before, whose target the army disputes: one event, the
    # ministry's civilians as the target, the spokesman's words in its evidence
    (strike,) = aita
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities == 3
    assert name(strike.actor1) == "Military Forces of Israel" and name(strike.actor2) == "Civilians (Lebanon)"
    assert any(text[s.start:s.end] == "الغارة" for s in strike.evidence)
    # «المتحدث باسمه أفيخاي أدرعي»: the spokesman is the name after «باسمه», not «باسمه»
    speakers = {q.speaker for q in doc.quotes}
    assert "أفيخاي أدرعي" in speakers and "باسمه" not in speakers


def test_hezbollahs_shelling_is_hezbollahs() -> None:
    _, doc = _lebanon()
    # «كما استهدفوا موقع رويسات العلم في تلال كفرشوبا المحتلة بقذائف المدفعية»: the shells'
    # artillery is the weapon, not Lebanon's army
    assert not any(name(e.actor1) == "Military Forces of Lebanon" or name(e.actor2) == "Military Forces of Lebanon"
                   for e in doc.events)


def test_a_toll_before_a_contrasted_clause_is_not_its_speakers() -> None:
    _, doc = _lebanon()
    (cumulative,) = [c for c in doc.claims if c.quantity.low == 400]
    # «قُتل أكثر من 400 شخص في لبنان ...، بينما أعلن الجيش الإسرائيلي مقتل 12 جندياً»: the
    # newspaper's own figure; the army reports the 12
    assert cumulative.source is None or cumulative.source.name != "Military Forces of Israel"
    (soldiers,) = [c for c in doc.claims if c.quantity.low == 12]
    assert soldiers.source is not None and soldiers.source.name == "Military Forces of Israel"
    # a closing attribution covers the clauses before it, contrasted or not
    doc = hadath.extract("قُتل قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي، "
                         "في حين أصيب عنصران من قوات النظام بانفجار عبوة ناسفة، وفق ما أفاد به «تجمع أحرار حوران».",
                         published="2024-04-08")
    assert all(e.source is not None and e.source.name == "Horan Free League" for e in doc.events)


def _tripoli() -> tuple[str, hadath.Document]:
    return read_article("tripoli_militia_clashes_agency.txt", TRIPOLI)


def test_the_tripoli_clashes_are_dated_by_the_report_not_its_dateline() -> None:
    text, doc = _tripoli()
    (clash,) = [e for e in of_sub(doc, "Armed clash") if e.location is not None and e.location.name == "Tripoli"]
    # «طرابلس (ليبيا) 15 أغسطس (د ب أ) - اندلعت اشتباكات ... مساء أمس الاثنين»: the dateline's
    # date is when the wire was filed; the clashes were the evening before
    assert clash.event_date == "2023-08-14"
    assert name(clash.actor1) == "Rada Special Deterrence Force" and name(clash.actor2) == "444th Brigade"
    assert clash.source is not None and clash.source.name == "Ambulance and Emergency Service (Libya)"
    # «بين «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب» و«اللواء 444 قتال»»: two names in marks
    assert not any("جهاز الردع" in text[q.start:q.end] for q in doc.quotes)


def test_the_ceasefire_is_announced_by_the_prime_minister() -> None:
    _, doc = _tripoli()
    (deal,) = [e for e in doc.events if e.plover_type == "AGREE"]
    # «وأعلن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة مساء أمس التوصل إلى اتفاق»: a titled
    # name before an announced fact («التوصل») is the source; «سوق الجمعة» names a district, not Friday
    assert deal.source is not None and deal.source.text == "عبد الحميد الدبيبة"
    assert deal.event_date == "2023-08-14"


def test_the_three_tolls_disagree() -> None:
    _, doc = _tripoli()
    reasons = " / ".join(c.reason for c in doc.conflicts)
    assert "Ambulance and Emergency Service (Libya) reports 27 people killed" in reasons
    assert "Health authorities reports 19" in reasons


def _nasiriyah() -> tuple[str, hadath.Document]:
    return read_article("nasiriyah_power_protest_newspaper.txt", NASIRIYAH)


def test_the_nasiriyah_riot_and_the_basra_sit_in() -> None:
    _, doc = _nasiriyah()
    (riot,) = of_sub(doc, "Violent demonstration")
    assert name(riot.actor1) == "Rioters (Iraq)" and name(riot.actor2) == "Police Forces of Iraq"
    assert riot.location is not None and riot.location.name == "Nasiriyah"
    assert riot.event_date == "2024-07-14"
    (sit_in,) = of_sub(doc, "Peaceful protest")
    assert sit_in.location is not None and sit_in.location.name == "Basrah"


def test_the_commission_counts_more_wounded_than_the_medics() -> None:
    _, doc = _nasiriyah()
    # «قالت المفوضية العليا لحقوق الإنسان في العراق إن فريق الرصد التابع لها سجل إصابة 23
    # متظاهراً»: Iraq in the body's name is not where the 23 were counted, so they meet the
    # medics' 14 wounded protesters in Nasiriyah
    reasons = [c.reason for c in doc.conflicts]
    assert any("14 protesters wounded" in r and "23" in r for r in reasons), reasons


def _zamzam() -> tuple[str, hadath.Document]:
    return read_article("zamzam_camp_shelling_statement.txt", ZAMZAM)


def test_the_shelling_of_zamzam_and_the_repelled_attack() -> None:
    _, doc = _zamzam()
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "RSF: Rapid Support Forces" and name(shelling.actor2) == "Refugees/IDPs (Sudan)"
    # «ارتفعت إلى 15 قتيلاً بعد وفاة أربعة من المصابين»: the toll of the same shelling rose
    # (session 27: the 11 «نازحاً ... قتلوا» are read as killed, so the update reaches them)
    assert shelling.event_date == "2024-12-05" and shelling.fatalities == 15
    assert shelling.source is not None
    assert shelling.source.name == "General Coordination for Displaced Persons and Refugees (Darfur)"
    # «صدت هجوماً لقوات الدعم السريع ...، وقتلت العشرات من عناصرها، واستولت على 12 مركبة قتالية»:
    # vehicles seized are spoils, not ground: a clash, no change of territory
    assert not of_sub(doc, "Non-state actor overtakes territory")
    assert len(of_sub(doc, "Armed clash")) == 1


def test_an_update_before_a_turn_disputes_nothing_after_it() -> None:
    _, doc = _zamzam()
    # «ارتفعت إلى 15 قتيلاً بعد وفاة أربعة من المصابين» and, «وفي تطور آخر»، the RSF's dead at
    # the northern front count different happenings
    assert not [c for c in doc.conflicts if "RSF" in c.reason]


def test_the_artillery_a_force_fires_is_its_weapon() -> None:
    doc = hadath.extract("كما قصفت القوات التركية والفصائل الموالية لها بالمدفعية الثقيلة قرى في ريف تل تمر.",
                         published="2024-04-08")
    (shelling,) = doc.events
    # «بالمدفعية الثقيلة»: the weapon, not Syria's army
    assert all(a.name != "Military Forces of Syria" for a in [shelling.actor1, shelling.actor2, *shelling.assoc_actors]
               if a is not None)
