"""Session 15's reading of articles written for the suite: a newspaper report from Tal Afar
(northern Iraq: a clash with the Islamic State told by a security source, a spokesman's press
conference in Baghdad, a local official's estimate of the group's fighters against the
spokesman's, talks on evacuating families); plus the rules they exposed, on sentences of
their own."""

from __future__ import annotations

from article_support import of_sub, read_article

import hadath

TAL_AFAR = "2024-03-12"  # a Tuesday: «أمس الاثنين» is the 11th


def _tal_afar() -> tuple[str, hadath.Document]:
    return read_article("talafar_newspaper.txt", TAL_AFAR)


def test_the_clash_at_tal_afar() -> None:
    _, doc = _tal_afar()
    (clash,) = of_sub(doc, "Armed clash")
    assert {clash.actor1 and clash.actor1.name, clash.actor2 and clash.actor2.name} == {
        "Islamic State", "Military Forces of Iraq"}
    assert clash.location is not None and clash.location.name == "Tall ‘Afar"
    assert clash.event_date == "2024-03-11"
    assert clash.source is not None and clash.source.name == "Security source"
    # three soldiers in the lead, and in the source's account «القوات الأمنية تمكنت من قتل ستة من
    # المهاجمين»: nine dead in the clash (ACLED counts every death, on both sides)
    assert clash.fatalities == 9
    # the spokesman spoke at a press conference in Baghdad: nothing happened there
    assert all(e.location is None or e.location.name != "Baghdad" for e in doc.events)


def test_each_speaker_and_the_spokesmans_surname() -> None:
    text, doc = _tal_afar()
    said = {text[q.start:q.end][:20]: (q.speaker_canonical or q.speaker) for q in doc.quotes}
    # «قال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي»: the named spokesman,
    # and «وأضاف الخفاجي» is the same man
    assert said["الوضع في تلعفر تحت ا"] == "تحسين الخفاجي"
    assert said["عدد عناصر داعش المتب"] == "تحسين الخفاجي"
    assert said["التنظيم يستغل ضعف ال"] == "Official source"
    # «وفرت حافلات لنقل العائلات»: «نقل» transports the families, it relays no one's words;
    # «وأكد أن الأهالي «يخشون ...»» is still the district chief's
    assert said["يخشون على منازلهم وم"] == "قاسم محمد"


def test_the_two_estimates_of_the_groups_fighters_conflict() -> None:
    _, doc = _tal_afar()
    (local,) = [c for c in doc.claims if c.quantity.low == 400]
    # «لكن مسؤولاً محلياً في تلعفر قدّر ...»: the source, its place, then its verb
    assert local.quantity.high == 500 and local.source is not None and local.source.name == "Official source"
    (spokesman,) = [c for c in doc.claims if c.quantity.high == 200]
    assert spokesman.source is not None and spokesman.source.name == "تحسين الخفاجي"
    i, j = doc.claims.index(spokesman), doc.claims.index(local)
    assert any(set(c.claims) == {i, j} for c in doc.conflicts)


def test_a_subjects_place_complement_before_its_verb() -> None:
    text = ("وقال الجيش إن 50 مسلحاً قتلوا في المعارك. لكن مسؤولاً محلياً في مدينة الموصل قدّر عدد "
            "القتلى بما بين 90 و100 مسلح.")
    doc = hadath.extract(text)
    (local,) = [c for c in doc.claims if c.quantity.low == 90]
    assert local.source is not None and local.source.name == "Official source"


LEAD = ("كركوك - قتل ثلاثة جنود عراقيين في اشتباكات مع مسلحين من تنظيم داعش في قضاء الحويجة "
        "ليل الاثنين، بحسب ما أفاد مصدر أمني.\n\n")


def test_a_retold_clash_adds_the_other_sides_dead_only() -> None:
    attackers = LEAD + "وقال المصدر إن عناصر التنظيم هاجموا نقطة للجيش، وقتل أربعة من المهاجمين خلال الاشتباك."
    (clash,) = of_sub(hadath.extract(attackers, published="2024-05-14"), "Armed clash")
    assert clash.fatalities == 7
    # the same soldiers told again: the same dead, the lowest figure
    again = LEAD + "وقال المصدر إن عناصر التنظيم هاجموا نقطة للجيش، وقتل جنديان من عناصر الجيش خلال الاشتباك."
    (clash,) = of_sub(hadath.extract(again, published="2024-05-14"), "Armed clash")
    assert clash.fatalities == 2


HAJJAH = "2024-04-08"  # a Monday: «مساء السبت» is the 6th


def _hajjah() -> tuple[str, hadath.Document]:
    return read_article("hajjah_wedding_wire.txt", HAJJAH)


def test_the_wedding_strike_in_hajjah() -> None:
    _, doc = _hajjah()
    strikes = of_sub(doc, "Air/drone strike")
    wedding = strikes[0]
    assert wedding.actor1 is not None and wedding.actor1.name == "Saudi-led Coalition"
    assert wedding.actor2 is not None and wedding.actor2.name == "Civilians (Yemen)"
    # «صنعاء/الرياض (رويترز) -» is where the report was filed; «بمحافظة حجة» is where it happened
    assert wedding.location is not None and wedding.location.name == "Hajjah"
    assert wedding.event_date == "2024-04-06"
    # «إن 21 مدنيا على الأقل، بينهم ثمانية أطفال، قتلوا»: the aside does not part the count from «قتلوا»
    assert wedding.fatalities == 21
    assert wedding.source is not None and wedding.source.name == "Health authorities"
    subjects = {c.quantity.low: c.subject for c in doc.claims}
    assert subjects[21] == "civilians killed" and subjects[8] == "children killed"


def test_the_drone_attack_in_taiz_is_its_own_event() -> None:
    _, doc = _hajjah()
    (taiz,) = [e for e in of_sub(doc, "Air/drone strike") if e.fatalities == 2]
    # «وفي محافظة تعز ... في جبهة مقبنة غربي المدينة»: near the city the province is named
    # after (session 27: was the whole province)
    assert taiz.location is not None and taiz.location.name == "Taiz"
    assert taiz.location.geo_precision == 2 and taiz.location.name_ar == "تعز"
    assert taiz.actor2 is not None and taiz.actor2.name == "Military Forces of Yemen"


def test_a_governorate_after_bi_and_its_head() -> None:
    # «بمحافظة حجة»: «حجة» is also «argument»; after the governorate's head it is the governorate,
    # and «بمحافظة» asks for a division as «في محافظة» does
    for town, name in (("حجة", "Hajjah"), ("الحديدة", "Al Hudaydah")):
        doc = hadath.extract(f"قتل 21 مدنيا في غارة جوية على حفل زفاف بمحافظة {town}.")
        (strike,) = doc.events
        assert strike.location is not None and strike.location.name == name and strike.location.geo_precision == 3
    # the common word stays a common word without the head
    doc = hadath.extract("وقدم المحامي حجة قوية أمام المحكمة في محافظة إدلب.")
    assert not any(e.text == "حجة" for e in doc.entities)


def test_the_red_sea_analysis_holds_one_attack() -> None:
    # a newspaper analysis a year into the Houthis' attacks on shipping: a year's tally, a threat,
    # a hypothetical, a week without attacks, an anniversary; one attack happened, yesterday's
    text, doc = read_article("redsea_analysis.txt", "2024-11-18")
    (attack,) = doc.events  # «وكانت آخر هذه الهجمات أمس الأحد، حين ... تعرضت لإصابة بصاروخ»: one attack
    assert attack.sub_event_type == "Shelling/artillery/missile attack"
    assert attack.actor1 is not None and attack.actor1.name == "Houthi Movement"  # «وتبنى ... الهجوم»
    assert attack.event_date == "2024-11-17" and attack.fatalities == 0
    # «على بعد 70 ميلا بحريا غرب ميناء الحديدة»: at sea off the port, near it, not in the town
    assert attack.location is not None and attack.location.name == "Al Ḩudaydah" and attack.location.geo_precision == 2
    said = {q.speaker_canonical or q.speaker for q in doc.quotes}
    assert said == {"Houthi Military Spokesman", "ماجد المذحجي"}
    (tally,) = [c for c in doc.claims if c.quantity.low == 100]
    assert tally.unit == "attacks"


def _zahedan() -> tuple[str, hadath.Document]:
    return read_article("zahedan_protest_wire.txt", "2024-03-02")  # a Saturday: «الجمعة» is the 1st


def test_the_protesters_shot_in_zahedan_per_the_rights_group() -> None:
    _, doc = _zahedan()
    (shot,) = of_sub(doc, "Excessive force against protesters")
    assert shot.actor1 is not None and shot.actor1.name == "Police Forces of Iran"
    assert shot.actor2 is not None and shot.actor2.name == "Protesters (Iran)"
    assert shot.location is not None and shot.location.name == "Zahedan"
    assert shot.event_date == "2024-03-01" and shot.fatalities == 4
    # «بحسب ما أفادت منظمة حقوق الإنسان في إيران ومقرها أوسلو»: the Oslo-based monitor, not AFP
    assert shot.source is not None and shot.source.name == "Iran Human Rights"
    assert any(q.speaker_canonical == "Iran Human Rights" for q in doc.quotes)


def test_the_police_account_is_a_riot_and_students_were_dispersed() -> None:
    _, doc = _zahedan()
    # «إن «مثيري الشغب هاجموا مركزا للشرطة»»: a crowd attacking is a violent demonstration, no armed clash
    assert not of_sub(doc, "Armed clash")
    (riot,) = of_sub(doc, "Violent demonstration")
    assert riot.actor1 is not None and riot.actor1.name == "Rioters (Iran)"
    assert riot.actor2 is not None and riot.actor2.name == "Police Forces of Iran"
    (students,) = of_sub(doc, "Protest with intervention")
    assert students.location is not None and students.location.name == "Tehran"
    assert students.event_date == "2024-03-02"
    # 2022's «الجمعة الدامية» is the city's history: no event dated then
    assert all(e.event_date is None or e.event_date >= "2024" for e in doc.events)


def test_a_place_name_the_tagger_cut_at_its_wa_is_one_mention() -> None:
    _, doc = _zahedan()
    # «محافظة سيستان» and «بلوشستان» across «سيستان وبلوشستان»: one mention, no overlaps
    (province,) = [e for e in doc.entities if "بلوشستان" in e.text]
    assert province.text == "محافظة سيستان وبلوشستان" and province.geo is not None


def test_one_person_named_as_the_subject_of_anna_before_the_death_verb() -> None:
    for text in ("وقال المصدر إن مسلحين هاجموا حاجزا للجيش، مؤكدا أن جنديا قتل في الهجوم.",
                 "وقال المصدر إن مسلحين هاجموا حاجزا للجيش، مؤكدا أن عنصرا من قوات الجيش قتل في الهجوم."):
        (attack,) = hadath.extract(text).events
        assert attack.fatalities == 1
    # wounded, not killed: no toll
    (attack,) = hadath.extract("وقال المصدر إن مسلحين هاجموا حاجزا للجيش، مؤكدا أن جنديا أصيب في الهجوم.").events
    assert attack.fatalities is None


def test_the_observatorys_bulletin_is_the_observatorys() -> None:
    # a bulletin under its monitor's name alone on the first line: every item is the monitor's,
    # and so are «نشطاء المرصد السوري» and «مصادر المرصد السوري»
    _, doc = read_article("badia_observatory_bulletin.txt", "2024-03-12")
    assert len(doc.events) == 4
    for e in doc.events:
        assert e.source is not None and e.source.name == "Syrian Observatory for Human Rights"
    (mine,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert mine.fatalities == 6 and mine.event_date == "2024-03-12"
    assert mine.actor2 is not None and mine.actor2.name == "Civilians (Syria)"
    # «بادية السخنة شرقي حمص»: As Sukhnah, 200 km east of Homs city, in Homs governorate
    assert any(e.text == "السخنة" and e.geo is not None and e.geo.name == "As Sukhnah" for e in doc.entities)
    (arrests,) = of_sub(doc, "Arrests")
    assert arrests.actor1 is not None and arrests.actor1.name == "SDF: Syrian Democratic Forces"
    assert arrests.location is not None and arrests.location.name == "Dhībān"


def test_a_source_told_to_an_agency_is_not_the_agencys() -> None:
    doc = hadath.extract("قتل جنديان في هجوم على موقع عسكري، بحسب ما أفاد مصدر عسكري لوكالة الأنباء الألمانية.")
    (attack,) = doc.events
    assert attack.source is not None and attack.source.name == "Military source"
    doc = hadath.extract("وقال مراسل سانا إن قذيفة سقطت على حي سكني في حماة ما أدى إلى مقتل مدنيين اثنين.")
    (attack,) = doc.events
    assert attack.source is not None and attack.source.name == "SANA"  # the agency's own correspondent


def test_a_takeover_announced_with_its_adjective() -> None:
    # «أعلنت قوات الدعم السريع، أمس الخميس، سيطرتها الكاملة على مدينة الفولة»: «الكاملة» between
    # the noun and «على» (the trigger lexicon had «سيطرتها على» only)
    _, doc = read_article("sudan_territory_newspaper.txt", "2024-06-21")
    # the RSF adviser's «حررت الفولة من فلول النظام البائد» retells it: in Sudan «فلول النظام البائد»
    # are not Syria's Assad loyalists (events/data/home_only_actors.tsv), so the two fold into one
    (took,) = of_sub(doc, "Non-state actor overtakes territory")
    assert took.actor1 is not None and took.actor1.name == "RSF: Rapid Support Forces"
    assert took.actor2 is not None and took.actor2.name == "Military Forces of Sudan"
    assert took.location is not None and took.location.name == "Al-Fulah"
    assert took.event_date == "2024-06-20"
    by_low = {c.quantity.low: c for c in doc.claims}
    assert by_low[300].source is not None and by_low[300].source.name == "Sudanese Armed Forces Spokesman"
    assert by_low[15].source is not None and by_low[15].source.name == "Resistance Committees (Sudan)"


def test_a_home_only_description_names_its_actor_at_home() -> None:
    doc = hadath.extract("اللاذقية - قتل ثلاثة عناصر من الأمن العام في هجوم شنه فلول النظام البائد على حاجز في ريف جبلة.")
    (attack,) = doc.events
    assert attack.actor1 is not None and attack.actor1.name == "Assad Regime Loyalists"


def test_a_body_named_by_a_generic_word_is_its_actor_as_a_source() -> None:
    _, doc = read_article("sudan_territory_newspaper.txt", "2024-06-21")
    # «فيما نفى الجيش ذلك مؤكدا أن قواته «لا تزال تسيطر على مقر الفرقة 22 مشاة»»
    (denial,) = [q for q in doc.quotes if q.speaker == "الجيش"]
    assert denial.speaker_canonical == "Military Forces of Sudan"
    # a person keeps his own name
    doc = hadath.extract("وقال الرئيس المصري عبد الفتاح السيسي إن «مصر لن تسمح بالمساس بأمنها».")
    (q,) = doc.quotes
    assert q.speaker_canonical is not None and "Government" not in q.speaker_canonical


def test_an_army_announcing_its_own_dead_is_the_side_hit() -> None:
    # «أعلن الجيش مقتل ثلاثة جنود»: the soldiers are the army's; it attacked no one
    (bomb,) = hadath.extract("أعلن الجيش مقتل ثلاثة جنود بانفجار عبوة ناسفة في ريف درعا.").events
    assert bomb.actor1 is None
    assert bomb.actor2 is not None and bomb.actor2.name == "Military Forces of Syria"
    # its enemies' dead leave it the attacker
    (strike,) = hadath.extract("أعلن الجيش السوري مقتل 20 إرهابيا في ضربات جوية على ريف إدلب.").events
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Syria"


def test_the_shooters_not_the_announcer_did_it() -> None:
    # «أعلنت الشرطة العراقية اغتيال مدير شرطة ... برصاص مسلحين مجهولين»: the police report it
    (killing,) = hadath.extract("أعلنت الشرطة العراقية اغتيال مدير شرطة قضاء الخالص برصاص مسلحين "
                                "مجهولين في محافظة ديالى.").events
    assert killing.actor1 is not None and killing.actor1.name == "Unidentified Armed Group (Iraq)"
    assert killing.actor2 is not None and killing.actor2.name == "Police Forces of Iraq"
    (killing,) = hadath.extract("أعلنت الشرطة اغتيال ناشط برصاص مسلحين مجهولين في البصرة.").events
    assert killing.actor1 is not None and killing.actor1.name == "Unidentified Armed Group (Iraq)"


def test_the_passive_of_assassinate_is_a_death() -> None:
    (killing,) = hadath.extract("اغتيل ناشط برصاص مسلحين مجهولين في البصرة.").events
    assert killing.fatalities == 1
    # the dead before «برصاص», the shooters after it
    (killing,) = hadath.extract("اغتيل ثلاثة من عناصر الشرطة برصاص مسلحين مجهولين في البصرة.").events
    assert killing.fatalities == 3
    assert killing.actor1 is not None and killing.actor1.name == "Unidentified Armed Group (Iraq)"
    assert killing.actor2 is not None and killing.actor2.name == "Police Forces of Iraq"
    assert any(c.subject.startswith("police officers killed") for c in hadath.extract(
        "اغتيل ثلاثة من عناصر الشرطة برصاص مسلحين مجهولين في البصرة.").claims)
    # an attempt is no death
    doc = hadath.extract("نجا مدير شرطة من محاولة اغتيال في البصرة.")
    assert all(e.fatalities in (None, 0) for e in doc.events)


def test_an_assassination_is_a_death_an_attempt_is_not() -> None:
    (killing,) = hadath.extract("أعلنت الشرطة اغتيال ناشط برصاص مسلحين مجهولين في البصرة.").events
    assert killing.fatalities == 1
    for text in ("نجا مدير شرطة من محاولة اغتيال في البصرة.", "تعرض ناشط لمحاولة اغتيال فاشلة في البصرة."):
        assert all(e.fatalities in (None, 0) for e in hadath.extract(text).events)
    # the guards he lost in the attempt are dead
    (bomb,) = hadath.extract("نجا مدير شرطة من محاولة اغتيال بعبوة ناسفة أدت إلى مقتل اثنين من حراسه "
                             "في البصرة.").events
    assert bomb.fatalities == 2
