"""Session 23's reading of an article written for the suite: an agency wire on the fall of Sake
to the M23 outside Goma (North Kivu, DR Congo), the army's account of the fighting, a hospital's
toll from shelling on the city, and an ADF massacre near Beni. Plus the rules it exposed, on
sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

GOMA = "2025-01-26"  # a Sunday: «الأحد» is the day of publication, «ليل السبت» the 25th


def _goma() -> tuple[str, hadath.Document]:
    return read_article("goma_m23_wire.txt", GOMA)


def test_the_m23_takes_sake_and_is_named_so() -> None:
    _, doc = _goma()
    (taken,) = of_sub(doc, "Non-state actor overtakes territory")
    assert name(taken.actor1) == "M23: March 23 Movement" and taken.actor1 is not None and taken.actor1.inter == 2
    assert name(taken.actor2) == "Military Forces of the Democratic Republic of Congo"
    # «بلدة ساكي»: a North Kivu town GeoNames names only in Latin script (places_extra.tsv)
    assert taken.location is not None and taken.location.name == "Sake" and taken.location.geo_precision == 1
    assert taken.event_date == GOMA


def test_north_kivu_ituri_and_beni_are_placed_in_congo() -> None:
    _, doc = _goma()
    geo = {e.text: e.geo for e in doc.entities if e.geo is not None}
    assert geo["إقليم شمال كيفو"].name == "North Kivu" and geo["إقليم شمال كيفو"].geo_precision == 3
    assert geo["إيتوري"].name == "Ituri" and geo["بيني"].name == "Beni"
    assert all(g.country in ("CD", "RW", "ZA") for g in geo.values())


def test_shelling_on_the_city_is_placed_in_goma_not_in_the_nearer_town() -> None:
    _, doc = _goma()
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    # «القصف ... الذي طال أحياء في غرب المدينة»: the place last called «مدينة» (Goma), not the
    # nearer «بلدة ساكي»
    assert shelling.location is not None and shelling.location.name == "Goma"
    assert shelling.fatalities == 17 and shelling.event_date == "2025-01-23"
    assert shelling.source is not None and shelling.source.name == "Medical source"


def test_the_adf_massacre_near_beni() -> None:
    _, doc = _goma()
    (attack,) = of_sub(doc, "Attack")
    assert name(attack.actor1) == "ADF: Allied Democratic Forces"
    assert attack.actor2 is not None and attack.actor2.inter == 7
    assert attack.location is not None and attack.location.name == "Beni" and attack.location.geo_precision == 2
    assert attack.fatalities == 12 and attack.event_date == "2025-01-25"
    # «قتل مسلحون من القوات الديمقراطية المتحالفة 12 مدنياً»: the verb before its named subject
    # counts the figure after it
    assert any(c.subject == "civilians killed in Beni" and c.quantity.low == 12 for c in doc.claims)
    # «قرية قرب بلدة بيني»: an unnamed village, no place called «قرية قرب»
    assert not [e for e in doc.entities if e.text.startswith("قرية")]


def test_the_spokesman_speaks_for_the_m23() -> None:
    _, doc = _goma()
    spoken = {q.speaker_canonical for q in doc.quotes if q.speaker == "لورانس كانيوكا"}
    assert spoken == {"M23: March 23 Movement"}


def test_a_village_near_a_town_is_no_place_named_village_near() -> None:
    doc = hadath.extract("قتل مسلحون عشرة مدنيين في هجوم على قرية قرب مدينة بونيا في إقليم إيتوري.",
                         published=GOMA)
    # the unnamed village is coded near the town it is said to be near, or left out; never a
    # place of its own named «قرية قرب»
    assert not [e for e in doc.entities if e.text == "قرية قرب"]
    village = [e for e in doc.entities if e.text.startswith("قرية")]
    assert all(e.geo is not None and e.geo.name == "Bunia" and e.geo.geo_precision == 2 for e in village)
    assert "Ituri" in [e.geo.name for e in doc.entities if e.geo is not None]


def test_the_city_after_a_town_means_the_city_named_before() -> None:
    text = ("سيطر المتمردون على بلدة ساكي غرب مدينة غوما بعد معارك مع الجيش.\n\n"
            "وقالت مصادر طبية إن ثمانية مدنيين قتلوا في قصف مدفعي طال أحياء في المدينة.")
    doc = hadath.extract(text, published=GOMA)
    shelling = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].location is not None and shelling[0].location.name == "Goma"


KHARKIV = "2024-05-26"  # a Sunday: «الأحد» is the day of publication


def _kharkiv() -> tuple[str, hadath.Document]:
    return read_article("kharkiv_strikes_wire.txt", KHARKIV)


def test_the_missile_strike_is_in_kharkiv() -> None:
    _, doc = _kharkiv()
    (attack,) = of_sub(doc, "Attack")
    assert name(attack.actor1) == "Military Forces of Russia"
    # «خاركيف»: Arabic agencies' spelling (GeoNames has only «خاركوف»; places_extra.tsv)
    assert attack.location is not None and attack.location.name == "Kharkiv"
    assert attack.fatalities == 8 and attack.event_date == KHARKIV


def test_a_capital_that_speaks_is_its_government_and_no_place() -> None:
    _, doc = _kharkiv()
    downed = [c for c in doc.claims if c.subject == "drones destroyed"]
    # «أعلنت موسكو أن دفاعاتها الجوية أسقطت 37 طائرة مسيرة»
    assert downed and downed[0].source is not None and downed[0].source.name == "Government of Russia"
    assert all(e.location is None or e.location.name != "Moscow" for e in doc.events)


def test_forces_named_ukrainian_stay_ukrainian_beside_a_russian_statement() -> None:
    _, doc = _kharkiv()
    strikes = [e for e in of_sub(doc, "Air/drone strike") if e.location is not None and e.location.name == "Enerhodar"]
    # «القوات الأوكرانية قصفت مدينة إنرهودار»: not the one foreign army the article names
    assert strikes and name(strikes[0].actor1) == "Military Forces of Ukraine"


def test_a_drone_that_drops_a_bomb_strikes() -> None:
    _, doc = _kharkiv()
    dropped = [e for e in doc.events if e.location is not None and e.location.name == "Shebekino"]
    # «أسقطت مسيرة أوكرانية عبوة ناسفة على سيارتها»: dropped, not shot down; the governor who
    # tells it is not the dead woman
    assert [e.sub_event_type for e in dropped] == ["Air/drone strike"]
    assert dropped[0].fatalities == 1 and dropped[0].actor2 is not None and dropped[0].actor2.text == "امرأة"
    assert name(dropped[0].actor1) == "Military Forces of Ukraine"  # «مسيرة أوكرانية»


def test_a_governor_speaking_on_telegram_is_the_source() -> None:
    _, doc = _kharkiv()
    children = [c for c in doc.claims if c.subject == "children killed"]
    # «وقال حاكم منطقة خاركيف أوليغ سينيغوبوف عبر تطبيق تلغرام إن ...»
    assert children and children[0].source is not None and children[0].source.text == "أوليغ سينيغوبوف"


def test_a_speaker_on_social_media_keeps_the_speech() -> None:
    doc = hadath.extract("وقال الجيش الإسرائيلي عبر منصة إكس إن طائراته قصفت مواقع لحزب الله في بلدة الخيام.",
                         published=KHARKIV)
    assert doc.events and doc.events[0].source is not None
    assert doc.events[0].source.name == "Military Forces of Israel"


def test_air_defences_that_down_a_drone_disrupt_it() -> None:
    doc = hadath.extract("أسقطت الدفاعات الجوية الروسية طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.", published=KHARKIV)
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]
    assert doc.events[0].location is not None and doc.events[0].location.name == "Belgorod Oblast"


def test_drones_downed_over_russian_regions_are_placed_in_russia() -> None:
    _, doc = _kharkiv()
    (downed,) = of_sub(doc, "Disrupted weapons use")
    # «..., فيما أعلنت موسكو أن دفاعاتها الجوية أسقطت 37 طائرة مسيرة أوكرانية فوق عدة مقاطعات
    # روسية»: not in the Kharkiv the sentence named before «فيما», nor in Moscow that speaks
    assert downed.location is not None and downed.location.name == "Russia" and downed.location.geo_precision == 3


def test_unnamed_regions_with_a_nationality_are_that_country() -> None:
    doc = hadath.extract("تواصلت أمس في مناطق بحرينية عدة، مواجهات بين قوى الأمن ومجموعات من المواطنين الغاضبين "
                         "الذين يحتجون على مقتل مواطن بحريني.", published=KHARKIV)
    assert doc.events and doc.events[0].location is not None and doc.events[0].location.name == "Bahrain"


ZAMFARA = "2024-03-09"  # a Saturday: «ليل الجمعة إلى السبت» is the night just gone


def _zamfara() -> tuple[str, hadath.Document]:
    return read_article("zamfara_bandits_wire.txt", ZAMFARA)


def test_the_bandits_abduct_villagers_in_zamfara() -> None:
    _, doc = _zamfara()
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert abduction.actor1 is not None and abduction.actor1.inter == 3
    assert abduction.actor2 is not None and abduction.actor2.inter == 7
    # «بولاية زمفارة»: the state, as agencies spell it (admin1.tsv)
    assert abduction.location is not None and abduction.location.name == "Zamfara"


def test_kuriga_is_not_riga() -> None:
    _, doc = _zamfara()
    # «كوريغا» is no «ك» + «و» + «ريغا»: two proclitics come conjunction first
    assert all(e.geo is None or e.geo.country in ("NG", "BF") for e in doc.entities)


def test_freed_students_are_a_rescue_not_ground_taken() -> None:
    _, doc = _zamfara()
    # «حررت 25 طالباً كانوا قد خطفوا ...، وقتلت خمسة من الخاطفين»: the fight with the kidnappers,
    # not territory regained, and not an abduction by the army
    assert not of_sub(doc, "Government regains territory") and not of_sub(doc, "Non-state actor overtakes territory")
    rescue = [e for e in doc.events if e.location is not None and e.location.name == "Kaduna"]
    assert [e.sub_event_type for e in rescue] == ["Armed clash"] and rescue[0].fatalities == 5
    assert rescue[0].actor2 is not None and rescue[0].actor2.text == "الخاطفين"
    # «كانوا قد خطفوا من مدرستهم ... قبل أسبوعين» dates the abduction, not the rescue: the story's day
    assert rescue[0].event_date == "2024-03-08"
    # «أعلن الجيش النيجيري أن قواته ...»: its forces are the army that speaks
    assert name(rescue[0].actor1) == "Military Forces of Nigeria"


def test_freeing_a_town_is_still_ground_regained() -> None:
    doc = hadath.extract("حررت القوات العراقية بلدة الكرمة من سيطرة تنظيم داعش بعد معارك استمرت أسبوعاً.",
                         published=ZAMFARA)
    assert [e.sub_event_type for e in doc.events] == ["Government regains territory"]


SUWAYDA = "2025-07-14"  # a Monday: «منذ الأحد» is the 13th


def _suwayda() -> tuple[str, hadath.Document]:
    return read_article("suwayda_2025_agency.txt", SUWAYDA)


def test_bedouin_and_druze_fighters_clash_and_the_ministry_only_reports_it() -> None:
    _, doc = _suwayda()
    clashes = of_sub(doc, "Armed clash")
    assert len(clashes) == 1
    # «بين مسلحين من عشائر البدو وفصائل درزية ...، وفق ما أعلنت وزارة الداخلية السورية»: the two
    # sides; the ministry credited after the fact is the source, no side
    assert {name(clashes[0].actor1), name(clashes[0].actor2)} == {
        "Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)"}
    assert clashes[0].source is not None and clashes[0].source.name == "Syrian Ministry of Interior"
    assert clashes[0].location is not None and clashes[0].location.name == "As-Suwayda"


def test_the_israeli_strike_is_in_suwayda_not_in_the_ministers_words() -> None:
    _, doc = _suwayda()
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel"
    # «... بريف السويداء، وقال وزير الدفاع الإسرائيلي ... "رسالة إلى النظام في دمشق"»
    assert strike.location is not None and strike.location.name == "As-Suwayda" and strike.location.geo_precision == 2


def test_mays_clashes_are_a_recap_and_no_rival_toll() -> None:
    _, doc = _suwayda()
    # «وشهدت محافظة السويداء في أيار/مايو الماضي اشتباكات مماثلة أسفرت عن مقتل أكثر من 100»
    assert all(e.event_date is None or e.event_date >= "2025-07-01" for e in doc.events)
    assert not doc.conflicts
    assert any(c.quantity.low == 100 and c.subject == "people killed" for c in doc.claims)


def test_internal_security_forces_are_the_articles_countrys() -> None:
    # «قوى الأمن الداخلي»: Lebanon's ISF at home, Syria's Interior Ministry forces in Syria since
    # 2025 (and, with «(الأسايش)» after them, the Kurdish Asayish), Mauritania's police there
    # (session 26: a theft charge is police work and no event; the Lebanese arrest is for IS membership)
    syria = hadath.extract("اعتقلت قوى الأمن الداخلي أمس ثلاثة أشخاص في مدينة السويداء بتهمة الخطف.",
                           published=SUWAYDA)
    lebanon = hadath.extract("اعتقلت قوى الأمن الداخلي أمس ثلاثة أشخاص في مدينة طرابلس شمال لبنان بتهمة الانتماء إلى تنظيم داعش.",
                             published=SUWAYDA)
    kurds = hadath.extract("اعتقلت قوى الأمن الداخلي (الأسايش) أمس خمسة أشخاص في مدينة الرقة.",
                           published=SUWAYDA)
    assert [name(e.actor1) for e in syria.events] == ["Police Forces of Syria"]
    assert [name(e.actor1) for e in lebanon.events] == ["Police Forces of Lebanon"]
    assert [name(e.actor1) for e in kurds.events] == ["Asayish (Syria)"]


CEASEFIRE = "2025-11-26"  # a Wednesday: «أمس الثلاثاء» is the 25th


def test_an_analysis_codes_yesterdays_strike_once_and_no_anniversary() -> None:
    _, doc = read_article("lebanon_ceasefire_analysis.txt", CEASEFIRE)
    # «بعد مرور عام على اتفاق وقف إطلاق النار»: a year since the agreement, no new agreement;
    # Nasrallah's killing in September of last year is history
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
    (strike,) = doc.events
    # the ministry's two dead and the army's «استهدف عنصراً في حزب الله» are one strike
    assert name(strike.actor1) == "Military Forces of Israel" and strike.fatalities == 2
    assert strike.location is not None and strike.location.name_ar == "بنت جبيل"
    assert strike.event_date == "2025-11-25"


def test_karmah_is_in_anbar_not_hama() -> None:
    # GeoNames gives Maharda (Hama) the alternate name «الكرمة» (wrong_names.tsv drops it);
    # al-Karmah, between Fallujah and Baghdad, is curated in regions.tsv
    doc = hadath.extract("حررت القوات العراقية بلدة الكرمة من سيطرة تنظيم داعش بعد معارك عنيفة.", published=ZAMFARA)
    assert [(e.geo.name, e.geo.country) for e in doc.entities if e.geo is not None] == [("Al-Karmah", "IQ")]
    syria = hadath.extract("قصفت قوات النظام بلدة محردة في ريف حماة.", published=ZAMFARA)
    assert [e.geo.name for e in syria.entities if e.geo is not None][:1] == ["Maharda"]


def test_rsf_drones_strike_port_sudan() -> None:
    # «استهدفت مسيرات تابعة لقوات الدعم السريع ...»: «مسيرات» after an attack verb are drones
    # (a march elsewhere), and their owner is the attacker
    doc = hadath.extract("استهدفت مسيرات تابعة لقوات الدعم السريع، فجر اليوم الأحد، مستودعات وقود في ميناء "
                         "بورتسودان شرقي السودان، بحسب ما أفاد مصدر عسكري.", published="2025-05-04")
    assert [(e.sub_event_type, name(e.actor1)) for e in doc.events] == [("Air/drone strike", "RSF: Rapid Support Forces")]
    marches = hadath.extract("خرجت مسيرات حاشدة أمس في مدينة الخرطوم تطالب بوقف الحرب.", published="2025-05-04")
    assert all(e.event_type == "Protests" for e in marches.events)


def test_kismayo_as_agencies_spell_it() -> None:
    doc = hadath.extract("قتل 15 شخصاً على الأقل في هجوم شنه مسلحون من حركة الشباب على فندق في مدينة كيسمايو "
                         "جنوب الصومال، وفق ما أعلنت الشرطة.", published="2025-05-04")
    assert [(e.location.name if e.location else None) for e in doc.events] == ["Kismayo"]


def test_a_crowd_out_to_celebrate_is_no_protest() -> None:
    for text in ("خرج آلاف السوريين إلى الشوارع في دمشق أمس احتفالاً بسقوط النظام.",
                 "احتشد الآلاف في ساحة التحرير ببغداد أمس ابتهاجاً بفوز المنتخب العراقي."):
        assert not hadath.extract(text, published="2025-05-04").events, text
    # a grievance in the clause keeps the protest
    doc = hadath.extract("خرج آلاف المتظاهرين إلى الشوارع في الخرطوم أمس احتجاجاً على الانقلاب.", published="2025-05-04")
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"]
    mixed = hadath.extract("تجمع المئات أمس احتفالاً بالإفراج عن المعتقلين ومطالبين بإطلاق سراح الباقين.",
                           published="2025-05-04")
    assert "Peaceful protest" in [e.sub_event_type for e in mixed.events]


def test_a_speaker_may_still_say_where() -> None:
    # the cut at «، وقال» holds only when the event's own words named a place
    doc = hadath.extract("قتل جنديان عراقيان أمس، وقال مصدر أمني إنهما كانا في نقطة تفتيش في قضاء الطارمية.",
                         published="2025-05-04")
    assert [e.location.name if e.location else None for e in doc.events] == ["Aţ Ţārmīyah"]
