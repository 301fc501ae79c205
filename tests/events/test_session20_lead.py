"""Session 20's reading of articles written for the suite: a newspaper report on the Rapid
Support Forces' attack on a village in Gezira state (the resistance committees' toll against the
doctors' network's, the RSF's own account, the sovereignty council's condemnation and its words,
the government spokesman named after two titles, an army air strike in Sennar state, the war's
toll as background); an agency wire on American strikes at Jurf al-Nasr (security officials'
toll against a Popular Mobilisation source's, the Islamic Resistance in Iraq described in an
aside); an observatory bulletin from Jabal al-Zawiya (a woman and her child killed, a joint
operations room's shelling, Russian strikes, a body found in Sarmada, a running toll with a
quoted area name). Plus the rules they exposed, on sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

GEZIRA = "2024-06-06"  # a Thursday: «أمس الأربعاء» is the 5th
JURF = "2024-01-24"  # a Wednesday: «ليل الثلاثاء» is the 23rd, «يوم الأحد» the 21st
ZAWIYA = "2024-03-15"


def _gezira() -> tuple[str, hadath.Document]:
    return read_article("gezira_village_newspaper.txt", GEZIRA)


def test_the_village_attack_in_gezira_state() -> None:
    text, doc = _gezira()
    (attack,) = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert name(attack.actor1) == "RSF: Rapid Support Forces" and name(attack.actor2) == "Civilians (Sudan)"
    assert attack.event_date == "2024-06-05" and attack.fatalities == 35  # the lowest figure
    # «قرية ود النورة بولاية الجزيرة وسط السودان»: the village is unknown to GeoNames; the
    # state, with «ب» on its head, is the state, not the channel «الجزيرة»
    assert attack.location is not None and attack.location.name == "Al Jazirah"
    # «لجان مقاومة مدينة مدني»: the indefinite form names the same committees
    assert name(attack.source) == "Resistance Committees (Sudan)"
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.location is not None and strike.location.name == "Singa" and strike.fatalities == 12


def test_the_condemnation_is_the_councils_words_and_the_spokesman_is_named() -> None:
    text, doc = _gezira()
    by_words = {text[q.start:q.end]: q for q in doc.quotes}
    # «وأدان مجلس السيادة الانتقالي الهجوم، ووصفه بأنه «...»»: the council describes it, not
    # the RSF quoted in the paragraph before
    assert by_words["جريمة حرب مكتملة الأركان"].speaker == "مجلس السيادة الانتقالي"
    # «وقال الناطق الرسمي باسم الحكومة، وزير الإعلام خالد الإعيسر، إن «...»»
    assert by_words["الميليشيا المتمردة تواصل استهداف المواطنين العزل"].speaker == "خالد الإعيسر"


def test_the_wars_toll_is_background_and_the_displaced_are_not_dead() -> None:
    _, doc = _gezira()
    # «حرباً ... أودت بحياة عشرات الآلاف وشردت أكثر من عشرة ملايين شخص»
    subjects = {(c.subject, c.quantity.low) for c in doc.claims}
    assert ("people killed", 10000) in subjects
    assert ("people displaced", 10000000) in subjects
    assert not any(c.subject == "people killed" and c.quantity.low == 10000000 for c in doc.claims)
    assert all(e.fatalities is None or e.fatalities < 1000 for e in doc.events)


def test_a_wars_toll_in_tens_of_thousands_is_no_event() -> None:
    doc = hadath.extract("وأسفرت الحرب عن مقتل عشرات الآلاف وتشريد أكثر من عشرة ملايين شخص.", published=GEZIRA)
    assert doc.events == []
    assert {(c.subject, c.quantity.low) for c in doc.claims} == {("people killed", 10000), ("people displaced", 10000000)}


def test_the_jurf_strikes_and_the_aside_that_describes_a_group() -> None:
    _, doc = read_article("jurf_us_strikes_wire.txt", JURF)
    strikes = of_sub(doc, "Air/drone strike")
    us = [e for e in strikes if name(e.actor1) == "Military Forces of the United States"]
    (us_strike,) = us
    assert name(us_strike.actor2) == "Kataib Hezbollah" and us_strike.fatalities == 3
    assert us_strike.event_date == "2024-01-23"
    # «وكانت "المقاومة الإسلامية في العراق"، وهي تحالف لفصائل مسلحة، قد أعلنت مسؤوليتها عن
    # هجوم»: the aside's common noun describes the named group, which acted
    (drone,) = [e for e in strikes if e is not us_strike]
    assert name(drone.actor1) == "Islamic Resistance in Iraq"
    assert name(drone.actor2) == "Military Forces of the United States"
    assert drone.event_date == "2024-01-21"
    assert any(c.claims for c in doc.conflicts)  # 3 against 5 dead fighters


def test_the_zawiya_bulletin() -> None:
    _, doc = read_article("zawiya_observatory_bulletin.txt", ZAWIYA)
    shelling = of_sub(doc, "Shelling/artillery/missile attack")
    # «ما أدى إلى استشهاد مواطنة وطفلها»: a woman and her child, two dead civilians
    (regime,) = [e for e in shelling if name(e.actor1) == "Military Forces of Syria"]
    assert regime.fatalities == 2 and name(regime.actor2) == "Civilians (Syria)"
    # «استهدفت فصائل "الفتح المبين" بقذائف المدفعية مواقع لقوات النظام»
    (rebels,) = [e for e in shelling if e is not regime]
    assert name(rebels.actor1) == "Al Fath al Mubin Operations Room"
    assert name(rebels.actor2) == "Military Forces of Syria" and rebels.fatalities is None
    # «عثر أهالي بلدة سرمدا ... على جثة شاب مقتولا بطلق ناري»: a killing, by unknown gunmen
    (body,) = of_sub(doc, "Attack")
    assert body.fatalities == 1 and name(body.actor2) == "Civilians (Syria)"
    # «ترتفع حصيلة القتلى في منطقة "بوتين-أردوغان" منذ مطلع العام الجاري إلى 211 شخصا»
    assert ("people killed", 211) in {(c.subject, c.quantity.low) for c in doc.claims}


def test_relatives_counted_after_the_first_dead() -> None:
    cases = {
        "قتل رجل وطفلاه في غارة جوية على منزلهما.": 3,
        "قتل رجل وزوجته وطفلاهما في غارة جوية على منزلهم.": 4,
        "قصفت المدفعية البلدة، ما أدى إلى استشهاد مواطنة وابنتها.": 2,
    }
    for text, dead in cases.items():
        (event,) = hadath.extract(text, published=ZAWIYA).events
        assert event.fatalities == dead, text


def test_tens_of_thousands_is_not_ten() -> None:
    (event,) = hadath.extract("قصفت الطائرات الحي ما أدى إلى مقتل العشرات.", published=ZAWIYA).events
    assert event.fatalities == 10


def test_a_body_found_killed_is_an_attack() -> None:
    (event,) = hadath.extract("عثرت الشرطة على جثة رجل مقتولا بالرصاص في منزله بمدينة الموصل.", published=ZAWIYA).events
    assert event.sub_event_type == "Attack" and event.fatalities == 1
    # who found the body did not kill
    assert name(event.actor1) != "Police Forces of Iraq"


MARIB = "2024-03-10"  # a Sunday: «أمس السبت» is the 9th
BOULKESSI = "2022-08-08"  # a Monday: «صباح الأحد» is the 7th


def test_the_marib_battle_after_an_outlets_dateline() -> None:
    _, doc = read_article("marib_front_newspaper.txt", MARIB)
    # «مأرب – «العربي الجديد»: تجددت المعارك العنيفة، أمس السبت، بين القوات الحكومية اليمنية
    # وجماعة الحوثيين»: the outlet's marks quote nobody; the renewed fighting between two sides
    # is a clash, dated and placed
    battle = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    assert {name(battle.actor1), name(battle.actor2)} == {"Military Forces of Yemen", "Houthi Movement"}
    assert battle.event_date == "2024-03-09"
    assert battle.location is not None and battle.location.name == "Marib"
    # «فيما سقط خمسة جنود»: the fallen are dead
    assert ("soldiers killed", 5) in {(c.subject, c.quantity.low) for c in doc.claims}
    # «أعلنت وزارة الصحة التابعة للحوثيين في صنعاء أن مدنياً قُتل ... بقصف مدفعي للقوات
    # الحكومية على قرية في مديرية مقبنة»: the shelling's agent follows it with «ل»; the
    # ministry's seat is not where it happened
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "Military Forces of Yemen" and name(shelling.actor2) == "Civilians (Yemen)"
    assert shelling.location is not None and shelling.location.name == "Maqbanah"
    (mine,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert name(mine.source) == "Masam Project (Yemen demining)" and mine.fatalities == 2


def test_the_boulkessi_attack_and_its_accounts() -> None:
    _, doc = read_article("boulkessi_jnim_wire.txt", BOULKESSI)
    # «أعلنت "جماعة نصرة الإسلام والمسلمين" المرتبطة بتنظيم القاعدة ... أنها سيطرت على معسكر
    # للجيش المالي في بولكيسي وسط البلاد»: the group it is tied to did not act; the town is
    # unknown to GeoNames and the dateline's capital is not where it happened
    (taken,) = of_sub(doc, "Non-state actor overtakes territory")
    assert name(taken.actor1) == "JNIM: Group for Support of Islam and Muslims"
    assert name(taken.actor2) == "Military Forces of Mali"
    assert taken.location is None or taken.location.name != "Bamako"
    # «استهدفت المهاجمين خلال انسحابهم»: the withdrawal dates the strikes, no event of its own
    assert not [e for e in doc.events if e.plover_type == "RETREAT"]
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Mali"
    # «خطف مسلحون يشتبه في انتمائهم إلى الجماعة ذاتها سبعة مدنيين»: the suspected group is no victim
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert name(abduction.actor2) == "Civilians (Mali)"


def test_the_nabatieh_strike_and_hezbollahs_claim() -> None:
    _, doc = read_article("nabatieh_drone_agency.txt", "2024-02-13")
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel" and strike.fatalities == 2
    assert name(strike.source) == "Lebanese National News Agency"
    (claimed,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(claimed.actor1) == "Hezbollah"
    # «أسفر عن مقتل أكثر من 400 شخص في لبنان»: a running toll, no event
    assert all(e.fatalities is None or e.fatalities < 100 for e in doc.events)


def test_the_mogadishu_mortars_and_a_familys_size() -> None:
    _, doc = read_article("mogadishu_mortars_wire.txt", "2024-06-13")
    (mortars,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(mortars.actor1) == "Al Shabaab" and mortars.fatalities == 5
    # «إحداها أصابت منزلا كانت تعيش فيه أسرة من سبعة أفراد»: a family's size, no wounded, so
    # no dispute with the police's 12 wounded
    assert all(c.quantity.low != 7 for c in doc.claims)
    assert doc.conflicts == []
    (retaken,) = of_sub(doc, "Government regains territory")
    assert retaken.fatalities == 20
    # «قتل فيها 17 من المسلحين وثلاثة جنود»: the next item's soldiers are not the fighters' ranks
    subjects = {(c.subject, c.quantity.low) for c in doc.claims}
    assert ("fighters killed", 17) in subjects and ("soldiers killed", 3) in subjects


def test_the_gaza_strike_is_one_event_and_an_earlier_strike_no_rival() -> None:
    _, doc = read_article("gaza_analysis_newspaper.txt", "2024-09-12")
    # the army's own account («إن طائراته "استهدفت مسلحا من حركة حماس"») is the same strike:
    # the aircraft before the quoted verb are its subject
    (strike,) = doc.events
    assert strike.sub_event_type == "Air/drone strike" and name(strike.actor1) == "Military Forces of Israel"
    assert strike.fatalities == 9 and strike.location is not None and strike.location.name == "An Nuşayrāt"
    # «وتأتي الغارة بعد يومين من قصف مدرسة ... أوقع 14 قتيلا»: another, earlier happening
    assert doc.conflicts == []
    assert ("people killed", 41118) in {(c.subject, c.quantity.low) for c in doc.claims}


def test_the_diyala_attack_and_the_kirkuk_strike() -> None:
    _, doc = read_article("diyala_isis_statement.txt", "2024-10-13")
    # «بهجوم شنه عناصر من تنظيم "داعش" الإرهابي»: the members' group carried it out
    (attack,) = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert name(attack.actor1) == "Islamic State" and name(attack.actor2) == "Popular Mobilization Forces"
    assert attack.location is not None and attack.location.name == "Al Miqdādīyah"
    # «أن طائرات "إف 16" العراقية نفذت ضربة جوية»: the model between the aircraft and its nationality
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Iraq" and name(strike.actor2) == "Islamic State"
    assert strike.fatalities == 6
    # the governor's press conference in Baqubah is no event
    assert len(doc.events) == 2


def test_the_tal_tamr_report() -> None:
    _, doc = read_article("tal_tamr_report.txt", "2024-07-17")
    (drone,) = of_sub(doc, "Air/drone strike")
    assert name(drone.actor1) == "Military Forces of Turkey" and drone.fatalities == 2
    # «تحييد 12 إرهابيا من تنظيم بي كا كا/ واي بي جي»: Turkey's name for its enemy, and no
    # Yemeni city in «واي بي» («ای بی» is Ibb in Persian letters)
    assert all(e.location is None or e.location.country != "YE" for e in doc.events)
    assert any(name(e.actor2) == "PKK: Kurdistan Workers Party" for e in doc.events)
    # «قصفت القوات التركية والفصائل الموالية لها بالمدفعية الثقيلة»: the verb's subject acted,
    # its loyal factions with it; the artillery is the weapon
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "Military Forces of Turkey"
    assert [a.name for a in shelling.assoc_actors] == ["SNA: Syrian National Army"]
    assert shelling.location is not None and shelling.location.name == "Tall Tamr"


def test_two_unnamed_groups_fought_in_zawiya() -> None:
    _, doc = read_article("zawiya_libya_wire.txt", "2024-05-27")
    clash = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    # «اشتباكات اندلعت فجر الأحد بين مجموعتين مسلحتين»: two unnamed groups fought
    assert name(clash.actor1) == "Unidentified Armed Group (Libya)"
    assert clash.fatalities == 3 and clash.location is not None and clash.location.name == "Az Zāwīyah"
    # «وقال سكان ... إن الاشتباكات استخدمت فيها الأسلحة المتوسطة والثقيلة، وإن قذائف سقطت على
    # منازل»: the clashes' shells, no second event
    assert [e for e in doc.events if e.plover_type == "ASSAULT"] == [clash]
    assert any(e.plover_type == "AGREE" for e in doc.events)


def test_iranian_shelling_of_sidakan() -> None:
    _, doc = read_article("sidakan_iran_shelling_agency.txt", "2024-02-05")
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "Military Forces of Iran" and shelling.fatalities is None
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Turkey" and strike.fatalities == 1


def test_threats_denials_a_past_war_and_a_trial_are_no_events() -> None:
    _, doc = read_article("beirut_threats_analysis.txt", "2024-07-30")
    # «هدد وزير الدفاع الإسرائيلي بشن "حرب واسعة"»، «نفى الحزب أن يكون قد استهدف بلدة مجدل شمس»،
    # «حرب تموز 2006، التي قتل فيها أكثر من 1200 لبناني»، «محاكمة المتهمين في قضية اغتيال»: a
    # threat, a denial, a war recalled and a trial; the day's two reports are the events
    assert sorted(e.sub_event_type for e in doc.events) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.location is not None and strike.location.name == "En Nâqoûra" and strike.fatalities == 1
    assert strike.event_date == "2024-07-29"
    (claimed,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(claimed.actor1) == "Hezbollah"
    assert [q.speaker_canonical for q in doc.quotes] == ["Hezbollah"]


def test_named_unions_are_a_protests_associated_actors() -> None:
    cases = {
        "نفذ الاتحاد العام التونسي للشغل إضرابا عاما في قطاع الوظيفة العمومية أمس، شارك فيه آلاف الموظفين.":
            ("Protesters (Tunisia)", "UGTT: Tunisian General Labour Union"),
        "نظم تجمع المهنيين السودانيين موكبا في الخرطوم أمس للمطالبة بالحكم المدني.":
            ("Protesters (Sudan)", "SPA: Sudanese Professionals Association"),
        "نفذت نقابة المعلمين الأردنيين اعتصاما أمام وزارة التربية في عمّان أمس.":
            ("Protesters (Jordan)", "Jordanian Teachers' Syndicate"),
    }
    for text, (crowd, union) in cases.items():
        (protest,) = hadath.extract(text, published="2024-04-08").events
        assert name(protest.actor1) == crowd, text
        assert [a.name for a in protest.assoc_actors] == [union], text


def test_kordofan_and_gezira_towns_of_the_sudan_war() -> None:
    # GeoNames holds these towns without an Arabic name (places_extra.tsv); «المجلد» (the
    # volume) and «رفاعة» (a given name) are places only after a head word or a preposition
    towns = {"بابنوسة": "Babanūsah", "الدلنج": "Dilling", "المناقل": "Al Manāqil", "الحصاحيصا": "Al Hasaheisa",
             "مليط": "Mellit", "المجلد": "Al Mijlad", "رفاعة": "Rufā‘a"}
    for arabic, place in towns.items():
        (event,) = hadath.extract(f"قصفت قوات الدعم السريع مدينة {arabic} أمس.", published="2024-04-08").events
        assert event.location is not None and event.location.name == place, arabic
    assert not any(e.geo for e in hadath.extract("صدر المجلد الثالث من الكتاب.").entities)


def test_an_observatorys_daily_list() -> None:
    _, doc = read_article("deir_daily_bulletin.txt", "2024-06-20")
    by_place = {e.location.name: e for e in doc.events if e.location is not None}
    # each line opens on the dead it counts: «- مواطن قتل»، «- طفلان قتلا»، «- مواطنان قتلا»
    assert by_place["Al-Shuhayl"].fatalities == 1
    assert by_place["Hama"].fatalities == 2 and by_place["Hama"].sub_event_type == "Remote explosive/landmine/IED"
    # «على قرية في جبل الزاوية بريف إدلب الجنوبي»: the highland (regions.tsv), finer than the governorate
    assert by_place["Jabal al-Zawiya"].fatalities == 2 and name(by_place["Jabal al-Zawiya"].actor1) == "Military Forces of Syria"
    # «- عنصر في "قسد" قتل برصاص قناص»: the member of the SDF is who was killed
    assert name(by_place["Dhībān"].actor2) == "SDF: Syrian Democratic Forces"
    assert by_place["Dhībān"].actor1 is None or name(by_place["Dhībān"].actor1) != "SDF: Syrian Democratic Forces"
    # «- سيدة قتلت على يد زوجها»: a killing in the family is no political violence
    assert "Jaramānā" not in by_place
    assert by_place["Al Mayādīn"].fatalities == 3


def test_each_line_of_a_list_is_its_openers() -> None:
    _, doc = read_article("deir_daily_bulletin.txt", "2024-06-20")
    # «وثق المرصد السوري ... وجاءت على النحو التالي:» then one line a death
    assert {name(e.source) for e in doc.events} == {"Syrian Observatory for Human Rights"}


def test_an_army_statement_and_the_rsfs_reply() -> None:
    _, doc = read_article("sudan_army_statement.txt", "2024-09-19")
    # «بيان صادر عن مكتب الناطق الرسمي باسم القوات المسلحة السودانية» heads the text: its body
    # is the spokesman's; «قواتكم المسلحة» is the army
    (battle,) = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert name(battle.source) == "Sudanese Armed Forces Spokesman"
    assert name(battle.actor1) == "RSF: Rapid Support Forces" and name(battle.actor2) == "Military Forces of Sudan"
    assert battle.location is not None and battle.location.name == "Dilling"
    # «قالت قوات الدعم السريع ... إنها "أسقطت طائرة مسيرة تابعة للجيش"»: the speaker shot it
    # down; the downed aircraft's owner was hit
    (downed,) = [e for e in doc.events if e.plover_type == "COERCE"]
    assert name(downed.actor1) == "RSF: Rapid Support Forces" and name(downed.actor2) == "Military Forces of Sudan"


def test_ascended_as_martyrs_is_a_death() -> None:
    # «ارتقى 5 شهداء في قصف إسرائيلي»: «ارتقى» (ascended) with martyrs is a death word and trigger
    (event,) = hadath.extract("ارتقى 5 شهداء في قصف إسرائيلي على منزل في رفح.", published="2024-04-08").events
    assert event.fatalities == 5 and name(event.actor1) == "Military Forces of Israel"
    assert hadath.extract("ارتقى الفريق إلى المركز الأول.").events == []
