"""Session 26's reading of an agency wire on a Houthi missile at Ben Gurion airport that Israel
says it intercepted, and the Israeli strikes on Hodeidah that followed, plus the rules it
exposed: a strike a group claims into another country and that country's interception of it
the same day are one event (disrupted weapons use, the launching side as second actor); a
weapon's launch site is not where it was stopped; a port named by its town is in the town;
a service or outlet head over a known body («خدمة نجمة داوود الحمراء») is that body."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

BEN_GURION = "2025-05-07"  # a Wednesday: «مساء الثلاثاء» is the 6th


def _read() -> tuple[str, hadath.Document]:
    return read_article("ben_gurion_missile_wire.txt", BEN_GURION)


def _doc() -> hadath.Document:
    return _read()[1]


def _events(text: str, published: str = BEN_GURION) -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


# --- the wire ---------------------------------------------------------------------------------


def test_the_claimed_missile_and_its_interception_are_one_event() -> None:
    text, doc = _read()
    (ev,) = of_sub(doc, "Disrupted weapons use")
    # «في حين قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخاً»: the army's own defences,
    # not the group that spoke first in the sentence
    assert name(ev.actor1) == "Military Forces of Israel"
    assert name(ev.actor2) == "Houthi Movement"
    assert ev.location is not None and ev.location.country == "IL"
    assert ev.event_date == "2025-05-06" and ev.fatalities is None
    # the claim is not counted again as a missile attack that hit the airport
    assert not of_sub(doc, "Shelling/artillery/missile attack")
    # both tellings are the evidence: the group's claim and the army's interception
    words = {text[s.start:s.end] for s in ev.evidence}
    assert "اعترضت" in words and any("استهدفت" in w for w in words)


def test_the_israeli_strikes_on_hodeidah_port_are_placed_in_the_town() -> None:
    (strike,) = of_sub(_doc(), "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel"
    # «ميناء الحديدة ... في محافظة الحديدة»: the port is in the town, not anywhere in the province
    assert strike.location is not None and strike.location.name == "Al Ḩudaydah"
    assert strike.location.geo_precision == 1
    assert strike.fatalities == 4


def test_each_figure_has_its_own_source() -> None:
    claims = {(c.subject, c.quantity.low): c.source.name if c.source else None for c in _doc().claims}
    # «وأفادت خدمة نجمة داوود الحمراء للإسعاف بإصابة ثلاثة أشخاص»: the ambulance service, not
    # the Houthi spokesman quoted in the paragraph before
    assert claims[("people wounded", 3.0)] == "Magen David Adom"
    # «وقالت وزارة الصحة في حكومة صنعاء»: the ministry (where it serves is not its name)
    assert claims[("people killed", 4.0)] == "Health authorities"
    assert claims[("people wounded", 39.0)] == "Health authorities"


def test_the_spokesman_and_the_minister_are_quoted() -> None:
    quotes = _doc().quotes
    speakers = [q.speaker_canonical for q in quotes]
    assert speakers.count("Yahya Saree") == 2
    assert any(q.speaker == "يسرائيل كاتس" for q in quotes)


# --- the rules, on sentences of their own -------------------------------------------------------


def test_an_interception_is_not_placed_where_the_missile_came_from() -> None:
    (ev,) = _events("قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخاً أُطلق من اليمن.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert name(ev.actor1) == "Military Forces of Israel"
    assert ev.location is None or ev.location.country != "YE"


def test_a_launch_site_gives_way_to_where_the_weapon_fell() -> None:
    (ev,) = _events("وقال الجيش الإسرائيلي إن «طائرة مسيرة أطلقت من لبنان سقطت في منطقة مفتوحة قرب "
                    "مستوطنة المطلة من دون أن تسفر عن إصابات».")
    assert ev.location is not None and ev.location.name == "Metula"


def test_a_saudi_interception_over_jizan_stays_at_jizan() -> None:
    (ev,) = _events("اعترضت الدفاعات الجوية السعودية صاروخاً باليستياً أطلق من اليمن باتجاه مدينة جازان.")
    assert ev.location is not None and ev.location.name == "Jizan"
    assert name(ev.actor1) == "Military Forces of Saudi Arabia"


def test_an_interception_with_its_own_strike_inside_the_country_stays_apart() -> None:
    # the RSF's drones on Port Sudan are launched at home: a strike that got through, with the
    # army's interception part of it, not a launch from abroad stopped at the border
    text = ("استهدفت قوات الدعم السريع بطائرات مسيرة مستودعات الوقود في مدينة بورتسودان فجر اليوم، "
            "وقال الجيش السوداني إن دفاعاته الجوية تصدت لعدد من المسيرات.")
    events = _events(text)
    assert [e for e in events if e.sub_event_type in {"Air/drone strike", "Shelling/artillery/missile attack"}
            and name(e.actor1) == "RSF: Rapid Support Forces"]


def test_a_group_named_with_a_battalion_head_is_not_the_party_inside_it() -> None:
    doc = hadath.extract("وقالت كتائب حزب الله في بيان: «سنواصل عملياتنا ضد قوات الاحتلال».", published=BEN_GURION)
    assert all(q.speaker_canonical != "Hezbollah" for q in doc.quotes)


def test_men_suspected_of_belonging_to_a_group_are_coded_as_that_group() -> None:
    # ACLED codes the perpetrator a report suspects (the notes keep the doubt)
    (ev,) = _events("هاجم مسلحون يُعتقد أنهم ينتمون إلى تنظيم داعش حاجزاً للجيش العراقي في قضاء الطارمية.")
    assert name(ev.actor1) == "Islamic State" and name(ev.actor2) == "Military Forces of Iraq"
    (ev,) = _events("قتلت القوات العراقية خمسة مسلحين يعتقد أنهم من تنظيم داعش في صحراء الأنبار.")
    assert name(ev.actor1) == "Military Forces of Iraq" and name(ev.actor2) == "Islamic State"


def test_a_group_merely_active_in_the_area_is_not_suspected() -> None:
    (ev,) = _events("اختطف مسلحون مجهولون ثلاثة معلمين في بلدة ليبوي، ولم تتبن أي جهة الحادث حتى الآن، "
                    "فيما تنشط حركة الشباب في المنطقة.")
    assert name(ev.actor1) is not None and name(ev.actor1).startswith("Unidentified Armed Group")


def test_the_djibo_attackers_suspected_of_jnim_are_jnim() -> None:
    # «في هجوم شنه مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين على موقع عسكري»
    doc = read_article("sahel_wire.txt", "2024-05-15")[1]
    (clash,) = [e for e in doc.events if e.location is not None and e.location.name == "Djibo" and e.fatalities == 30]
    assert name(clash.actor1) == "JNIM: Group for Support of Islam and Muslims"


# --- a newspaper report from El Fasher ------------------------------------------------------------

FASHER = "2025-06-13"  # a Friday: «أمس الخميس» is the 12th


def _fasher() -> hadath.Document:
    return read_article("fasher_shelling_newspaper.txt", FASHER)[1]


def test_the_rsf_shelling_of_the_camp_killed_at_least_17_civilians() -> None:
    (shelling,) = of_sub(_fasher(), "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "RSF: Rapid Support Forces" and name(shelling.actor2) == "Civilians (Sudan)"
    assert shelling.location is not None and shelling.location.name == "El Fasher"
    # the committees' 17 against the hospital's 26: the most conservative figure
    assert shelling.fatalities == 17 and shelling.event_date == "2025-06-12"
    assert shelling.source is not None and shelling.source.name == "Resistance Committees (Sudan)"


def test_the_attack_the_rsf_says_it_repelled_was_by_the_army_and_its_allies() -> None:
    (clash,) = of_sub(_fasher(), "Armed clash")
    # «إن قواتها «تصدت لهجوم شنه الجيش والقوة المشتركة للحركات المسلحة على مواقعها»»
    assert name(clash.actor1) == "Military Forces of Sudan"
    assert name(clash.actor2) == "RSF: Rapid Support Forces"
    assert [a.name for a in clash.assoc_actors] == ["Joint Force of Armed Struggle Movements (Sudan)"]
    assert clash.source is not None and clash.source.name == "RSF: Rapid Support Forces"


def test_the_armys_own_drone_struck_the_rsf() -> None:
    (strike,) = of_sub(_fasher(), "Air/drone strike")
    # «أعلن الجيش السوداني أن طائرة مسيرة تابعة له استهدفت تجمعات لقوات الدعم السريع»
    assert name(strike.actor1) == "Military Forces of Sudan"
    assert name(strike.actor2) == "RSF: Rapid Support Forces"


def test_the_displacement_figures_keep_their_sources() -> None:
    doc = _fasher()
    claims = {(c.subject, c.quantity.low): c.source.name if c.source else None for c in doc.claims}
    assert claims[("families displaced", 3500.0)] == "International Organization for Migration"
    # «فيما قدرت سلطات محلية عدد النازحين الجدد بنحو 25 ألف شخص»: the local authorities' estimate
    assert claims[("people displaced", 25000.0)] == "Official source"
    assert claims[("people killed", 26.0)] == "Medical source"
    # «17 مدنياً على الأقل» is open upwards: the hospital's 26 does not contradict it
    assert not doc.conflicts


def test_the_joined_sides_of_a_clash_stay_its_two_sides() -> None:
    (ev,) = _events("اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في محيط مدينة الفاشر.", FASHER)
    assert {name(ev.actor1), name(ev.actor2)} == {"Military Forces of Sudan", "RSF: Rapid Support Forces"}
    (ev,) = _events("تجددت اشتباكات الجيش وقوات الدعم السريع في محيط مدينة الفاشر.", FASHER)
    assert {name(ev.actor1), name(ev.actor2)} == {"Military Forces of Sudan", "RSF: Rapid Support Forces"}


# --- an agency wire from Tripoli ---------------------------------------------------------------

TRIPOLI = "2025-05-14"  # a Wednesday: «ليل الاثنين الثلاثاء» is the night of the 12th


def _tripoli() -> hadath.Document:
    return read_article("tripoli_kikli_wire.txt", TRIPOLI)[1]


def test_the_clash_between_the_two_named_forces_leads_the_wire() -> None:
    # «اندلعت اشتباكات عنيفة بالأسلحة الثقيلة والمتوسطة، ليل الاثنين الثلاثاء، بين «اللواء 444
    # قتال» و«جهاز الردع ...»»: the weapons and the night stand between the noun and «بين», and
    # the second side's «و» stands alone before its marks
    (clash,) = of_sub(_tripoli(), "Armed clash")
    assert {name(clash.actor1), name(clash.actor2)} == {"444th Brigade", "Rada Special Deterrence Force"}
    assert clash.location is not None and clash.location.name == "Tripoli" and clash.location.country == "LY"
    assert clash.event_date == "2025-05-12" and clash.fatalities == 6


def test_the_names_in_marks_are_no_quotations() -> None:
    quotes = _tripoli().quotes
    # «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب» is a name NER knows whole, not Reuters' words
    assert all("جهاز الردع" not in q.speaker and q.speaker_canonical != "Reuters" for q in quotes)
    assert any(q.speaker == "عبد الحميد الدبيبة" for q in quotes)


def test_ground_announced_as_taken_is_taken() -> None:
    (ev,) = _events("وأعلنت وزارة الدفاع في حكومة الوحدة الوطنية، في وقت لاحق، السيطرة الكاملة على منطقة أبو سليم.",
                    TRIPOLI)
    assert ev.sub_event_type == "Government regains territory"
    assert name(ev.actor1) == "Military Forces of Libya - Government of National Unity"
    assert ev.location is not None and ev.location.name == "Abu Salim"


def test_a_verb_of_taking_with_its_subject_before_the_place() -> None:
    (ev,) = _events("سيطرت قوات تابعة لحكومة الوحدة الوطنية على حي أبو سليم جنوب طرابلس.", TRIPOLI)
    assert ev.sub_event_type == "Government regains territory"
    assert ev.location is not None and ev.location.name == "Abu Salim"
    # a matter that dominated sermons takes no ground
    assert not [e for e in _events("وسيطرت القضية تماما على خطب صلاة الجمعة في العاصمة السودانية الخرطوم.", TRIPOLI)
                if e.event_type == "Battles" or e.sub_event_type.endswith("territory")]


def test_the_mediators_home_is_not_where_the_commander_was_held() -> None:
    (ev,) = _events("وكانت الاشتباكات قد اندلعت مساء الاثنين إثر احتجاز جهاز الردع آمر اللواء 444 محمود حمزة "
                    "في مطار معيتيقة، قبل أن يسلمه إلى طرف محايد بوساطة من أعيان سوق الجمعة.", TRIPOLI)
    assert ev.location is not None and ev.location.name == "Mitiga"


def test_forces_named_by_whom_they_belong_to_act_for_them() -> None:
    (ev,) = _events("هاجمت عناصر تابعة لتنظيم داعش نقطة تفتيش تابعة للجيش العراقي في قضاء الطارمية.", TRIPOLI)
    assert name(ev.actor1) == "Islamic State" and name(ev.actor2) == "Military Forces of Iraq"


# --- a newspaper report of a raid on Jenin ----------------------------------------------------------

JENIN = "2025-01-22"  # a Wednesday: «فجر اليوم الأربعاء»


def _jenin() -> hadath.Document:
    return read_article("jenin_raid_newspaper.txt", JENIN)[1]


def test_the_clash_in_the_camp_is_placed_in_jenin_not_at_the_ministrys_seat() -> None:
    (clash,) = of_sub(_jenin(), "Armed clash")
    # «اندلعت اشتباكات مسلحة بين مقاومين وقوات الاحتلال»: the fighters are a Palestinian armed group
    assert {name(clash.actor1), name(clash.actor2)} == {"Unidentified Armed Group (Palestine)", "Military Forces of Israel"}
    # «المخيم» is Jenin's camp; «وزارة الصحة الفلسطينية في رام الله» only says where the ministry sits
    assert clash.location is not None and clash.location.name == "Janīn"


def test_the_brigade_claims_its_fighters_bomb() -> None:
    (ied,) = of_sub(_jenin(), "Remote explosive/landmine/IED")
    # «أعلنت «كتيبة جنين» ... أن مقاتليها «فجروا عبوة ناسفة شديدة الانفجار بآلية عسكرية صهيونية»»
    assert name(ied.actor2) == "Military Forces of Israel"
    assert ied.actor1 is not None and ied.actor1.country == "PS"
    assert ied.location is not None and ied.location.name == "Janīn"


def test_the_army_arrested_the_wanted_men_not_the_men_it_killed() -> None:
    doc = _jenin()
    arrests = of_sub(doc, "Arrests")
    # «إن قواته «قضت على ثلاثة مخربين» واعتقلت تسعة مطلوبين»: the speaker's forces arrested
    assert all(name(a.actor1) == "Military Forces of Israel" for a in arrests)
    claims = {(c.subject, c.quantity.low): c.source.name if c.source else None for c in doc.claims}
    # «وأفاد نادي الأسير الفلسطيني بأن»: «بأن» is no foreigner's name, the society reports
    assert claims[("people detained", 25.0)] == "Palestinian Prisoners' Society"
    assert claims[("people detained", 9.0)] == "Military Forces of Israel"


def test_doors_blown_open_are_no_bombing() -> None:
    assert not _events("ونقلت شاهدة عيان أن القوات الإسرائيلية فجرت أبواب المنازل الخارجية مما أحدث أضراراً واسعة.", JENIN)


# --- an agency wire from Somalia ---------------------------------------------------------------------

MOGADISHU = "2025-03-15"  # a Saturday: «مساء الجمعة» is the 14th, «يوم الخميس» the 13th


def _mogadishu() -> hadath.Document:
    return read_article("mogadishu_hotel_wire.txt", MOGADISHU)[1]


def test_the_shabaab_hotel_attack_in_mogadishu() -> None:
    doc = _mogadishu()
    (attack,) = [e for e in doc.events if e.location is not None and e.location.name == "Mogadishu"]
    assert name(attack.actor1) == "Al Shabaab"
    assert attack.fatalities is not None and attack.fatalities >= 9
    assert attack.event_date == "2025-03-14"


def test_the_us_strike_was_coordinated_with_the_government_not_against_it() -> None:
    (strike,) = of_sub(_mogadishu(), "Air/drone strike")
    # «أعلنت «أفريكوم» أنها نفذت غارة جوية ... بالتنسيق مع الحكومة الفدرالية الصومالية»
    assert name(strike.actor1) == "Military Forces of the United States"
    assert name(strike.actor2) == "Al Shabaab"
    assert [a.name for a in strike.assoc_actors] == ["Government of Somalia"]
    assert strike.location is not None and strike.location.name == "Jilib"
    assert strike.fatalities == 2 and strike.event_date == "2025-03-13"


# --- a newspaper report of a power protest in Basra ---------------------------------------------------

BASRA = "2025-07-21"  # a Monday: «ليلة الأحد» is the 20th


def _basra() -> hadath.Document:
    return read_article("basra_power_protest_newspaper.txt", BASRA)[1]


def test_one_sentence_tells_one_shooting_of_the_crowd() -> None:
    doc = _basra()
    # «... لتفريق مئات المحتجين الذين حاولوا اقتحام مبنى ديوان محافظة البصرة»: the sentence's two
    # readings (the shooting, the crowd) are one event, in the town, not one in the town and one
    # in the province
    (shot,) = of_sub(doc, "Excessive force against protesters")
    assert name(shot.actor1) == "Police Forces of Iraq" and name(shot.actor2) == "Protesters (Iraq)"
    assert shot.location is not None and shot.location.geo_precision == 1 and shot.location.admin1 == "Basra"
    assert shot.fatalities == 1 and shot.event_date == "2025-07-20"


def test_the_teachers_stand_in_baghdad() -> None:
    (stand,) = of_sub(_basra(), "Peaceful protest")
    assert stand.location is not None and stand.location.name == "Baghdad"
    assert stand.actor1 is not None and stand.actor1.country == "IQ"


def test_the_security_mens_wounded_are_no_rival_count_of_the_protesters() -> None:
    doc = _basra()
    # «ورشقوا عناصر الأمن بالحجارة، ما أدى إلى إصابة تسعة منهم»: nine of the security men, not a
    # rival count of the 14 wounded of the crowd
    assert not doc.conflicts


def test_a_counted_release_of_captives_is_an_event_a_demand_for_one_is_not() -> None:
    (ev,) = _events("أفرجت جماعة الحوثي عن 153 أسيراً من القوات الحكومية بوساطة اللجنة الدولية للصليب الأحمر في صنعاء.")
    assert ev.event_type == "Strategic developments"
    assert name(ev.actor1) == "Houthi Movement"
    assert not _events("وطالبت المنظمة بالإفراج عن 153 أسيراً تحتجزهم الجماعة.")


def test_ground_taken_over_from_a_side_is_a_transfer_a_letter_is_not() -> None:
    (ev,) = _events("تسلمت قوات الأمن العام السورية سد تشرين من قوات سوريا الديمقراطية بموجب الاتفاق، "
                    "دون أي اشتباكات.", "2025-03-11")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert name(ev.actor2) == "SDF: Syrian Democratic Forces"
    assert ev.location is not None and ev.location.name == "Tishreen Dam"
    assert not _events("تسلم الرئيس رسالة من نظيره الفرنسي.", "2025-03-11")
    assert not _events("استلمت الحكومة شحنة مساعدات من الأمم المتحدة.", "2025-03-11")


def test_a_ship_that_reports_being_attacked_was_attacked() -> None:
    (ev,) = _events("أعلنت هيئة عمليات التجارة البحرية البريطانية (يو.كيه.إم.تي.أو) أن سفينة تجارية أبلغت عن "
                    "تعرضها لهجوم بصاروخ على بعد 70 ميلاً بحرياً غرب ميناء الحديدة اليمني، من دون وقوع إصابات.",
                    "2025-03-11")
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.location is not None and ev.location.country == "YE" and ev.location.geo_precision == 2
    assert ev.source is not None and ev.source.name == "UKMTO"


def test_the_tagger_does_not_run_a_group_into_the_verbs_object() -> None:
    doc = hadath.extract("هاجم مسلحون يشتبه في أنهم من حركة الشباب مركزا للشرطة في بلدة الواك.", published=BEN_GURION)
    # the CRF read «حركة الشباب مركزا للشرطة» as one organisation: «مركزا» is the verb's object
    assert any(e.text == "حركة الشباب" for e in doc.entities)
    (ev,) = doc.events
    assert name(ev.actor1) == "Al Shabaab"


def test_a_force_of_an_army_is_the_subject_and_drug_arrests_are_no_political_event() -> None:
    (ev,) = _events("هاجمت مجموعة من مسلحي داعش نقطة تفتيش للجيش العراقي في قضاء الطارمية.")
    assert name(ev.actor1) == "Islamic State" and name(ev.actor2) == "Military Forces of Iraq"
    # ACLED codes politically relevant arrests, not police work against drugs or smuggling
    assert not _events("داهمت قوة من الجيش اللبناني منزلاً في بلدة بريتال واعتقلت مطلوباً بجرم الاتجار بالمخدرات.")
    assert not _events("اعتقلت قوة تابعة لجهاز الأمن العام في الزاوية ثلاثة أشخاص يشتبه في تورطهم بعمليات تهريب وقود.")
    (raid,) = _events("داهمت قوة من الجيش اللبناني منزلاً في بلدة بريتال واعتقلت ثلاثة عناصر من تنظيم داعش.")
    assert name(raid.actor1) == "Military Forces of Lebanon"


def test_an_assassination_of_a_named_man_killed_one() -> None:
    (ev,) = _events("اغتال مسلحون مجهولون الناشط حسين العطار وسط مدينة البصرة.")
    assert ev.fatalities == 1
    (ev,) = _events("أقدم مجهولون على اغتيال الناشط المدني حسين العطار بإطلاق النار عليه وسط مدينة البصرة.")
    assert ev.fatalities == 1
    # an attempt killed no one
    assert all(e.fatalities in (None, 0) for e in _events("نجا الناشط حسين العطار من محاولة اغتيال في البصرة."))


def test_a_ministry_of_interior_announces_the_air_forces_strike() -> None:
    (ev,) = _events("وأعلنت وزارة الداخلية العراقية مقتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات F-16 "
                    "في وادي حوران بمحافظة الأنبار.")
    assert ev.sub_event_type == "Air/drone strike"
    assert name(ev.actor1) == "Military Forces of Iraq"
    assert ev.source is not None and ev.source.name == "Iraqi Ministry of Interior"


def test_the_polices_infiltrators_are_the_rioters() -> None:
    (riot,) = of_sub(_basra(), "Violent demonstration")
    # «أن «مندسين» أضرموا النار في إطارات ... ورشقوا عناصر الأمن بالحجارة»: the crowd the police
    # names, not the tyres
    assert riot.actor1 is not None and riot.actor1.text == "مندسين"
    assert name(riot.actor2) == "Police Forces of Iraq"


def test_arrests_made_during_a_protest_told_after_them_are_its_intervention() -> None:
    (ev,) = _events("عمان - اعتقلت قوات الأمن 12 ناشطاً خلال وقفة احتجاجية نظمها عشرات المعلمين أمام مقر الحكومة.")
    assert ev.sub_event_type == "Protest with intervention"
    assert name(ev.actor2) == "Police Forces of Jordan"
    assert ev.location is not None and ev.location.name == "Amman"


def test_fighters_done_away_with_are_a_clash_a_crowds_grievance_is_no_toll() -> None:
    (ev,) = _events("أعلن المتحدث العسكري المصري أن القوات المسلحة قضت على 14 عنصراً تكفيرياً خلال مداهمات في شمال سيناء.")
    assert ev.sub_event_type == "Armed clash" and ev.fatalities == 14
    assert name(ev.actor1) == "Military Forces of Egypt"
    assert not _events("وقال الرئيس إن الحكومة قضت على الفساد في المؤسسات.")
    # «احتجاجاً على مقتل ناشط»: the death the crowd protests is not the riot's
    (riot,) = _events("أحرق متظاهرون غاضبون مقر حزب الدعوة في مدينة الناصرية احتجاجاً على مقتل ناشط.")
    assert riot.fatalities is None


def test_a_launch_and_its_interception_in_one_sentence() -> None:
    (ev,) = _events("أطلق الحوثيون صاروخاً باليستياً باتجاه إسرائيل، وقال الجيش الإسرائيلي إنه اعترضه قبل دخوله الأجواء.",
                    "2025-03-14")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert name(ev.actor1) == "Military Forces of Israel" and name(ev.actor2) == "Houthi Movement"


def test_how_the_kidnappers_came_is_not_whom_they_took() -> None:
    (ev,) = _events("اختطف مسلحون يستقلون دراجات نارية 25 راكباً من حافلة على طريق كادونا - أبوجا شمال غربي نيجيريا.",
                    "2025-03-14")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor2 is not None and ev.actor2.text.startswith("راكباً") and ev.actor2.country == "NG"


def test_two_children_killed_and_their_mother_wounded() -> None:
    (ev,) = _events("وأفاد مصدر طبي بأن طفلين قتلا وأصيبت والدتهما بجروح جراء سقوط قذيفة هاون على منزلهم في حي الشيخ "
                    "مقصود بمدينة حلب.", "2025-03-14")
    # the wounding verb has a subject of its own: «قتلا» counts the two children
    assert ev.fatalities == 2


def test_a_village_named_with_its_part_lies_in_the_rural_area_after_it() -> None:
    (ev,) = _events("وأفادت مصادر محلية بأن مسلحين مجهولين اغتالوا مختار قرية الكرك الشرقي بريف درعا الشرقي، "
                    "بإطلاق النار عليه أمام منزله.", "2025-03-14")
    # «الكرك الشرقي بريف درعا»: a Syrian village, not Jordan's Kerak
    assert ev.location is not None and ev.location.country == "SY"
    assert ev.actor1 is not None and ev.actor1.country == "SY"


def test_a_precision_strike_is_an_air_strike() -> None:
    (ev,) = _events("أعلنت القيادة المركزية الأمريكية (سنتكوم) أن قواتها نفذت ضربة دقيقة في شمال غرب سوريا أسفرت "
                    "عن مقتل قيادي بارز في تنظيم حراس الدين.", "2025-03-14")
    assert ev.sub_event_type == "Air/drone strike"
    assert name(ev.actor1) == "Military Forces of the United States" and ev.fatalities == 1
