"""Session 28's reading of realistic articles and the rules they exposed: an AFP wire on
sectarian killings in Homs, a Reuters wire on the PKK burning its weapons near Sulaymaniyah, a
Saba report on an al-Qaeda attack in Abyan, and an Anadolu wire on an Islamic State raid in
Cabo Delgado.

Rules: an arrest's count may stand after a long subject and a place («اعتقلت قوى الأمن الداخلي
في حمص ثلاثة أشخاص»), and one suspect is an arrest («اعتقلت مشتبها به»); a date after
«حتى/لغاية» ends a period and dates no event; a toll «حينها» of a background attack is
background; a speaker's own account of a background happening is background; «المهاجمين»
whom the article cannot name are the attackers of the attack told before, and their dead add
to its toll; fighters burning their own weapons destroy no one's property; beheading kills; a
given name after a title («العميد مرهف النعسان»); Cabo Delgado and its towns are placed."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

HOMS = "2025-06-16"  # a Monday: «ليل الأحد» is the 15th
SULAYMANIYAH = "2025-07-11"  # a Friday
SHABWA = "2025-08-03"  # a Sunday
CABO = "2025-09-25"  # a Thursday: «الثلاثاء الماضي» is the 23rd
JAFFAR = "2025-03-12"  # a Wednesday: «الثلاثاء» is the 11th
AFPAK = "2025-10-12"  # a Sunday: «ليل السبت» is the 11th
PUNTLAND = "2025-08-20"  # a Wednesday: «يوم الاثنين» is the 18th
SOKOTO = "2025-11-04"  # a Tuesday: «مساء الاثنين» is the 3rd


def _events(text: str, published: str = HOMS) -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


# --- Homs -------------------------------------------------------------------------------------


def test_the_homs_killing_and_the_arrest_of_a_suspect() -> None:
    _, doc = read_article("homs_killings_wire.txt", HOMS)
    (attack,) = of_sub(doc, "Attack")
    assert attack.fatalities == 3 and attack.event_date == "2025-06-15"
    assert attack.location is not None and attack.location.name == "Homs"
    assert attack.source is not None and attack.source.name == "Syrian Observatory for Human Rights"
    (arrest,) = of_sub(doc, "Arrests")
    assert name(arrest.actor1) == "Police Forces of Syria"
    # the curfew runs «حتى صباح الثلاثاء»: that Tuesday dates nothing; the story's day does
    assert arrest.event_date == "2025-06-15"
    # «قائد الأمن الداخلي في محافظة حمص العميد مرهف النعسان»: the title's holder speaks
    (quote,) = doc.quotes
    assert quote.speaker == "مرهف النعسان"


def test_an_arrest_counted_after_a_long_subject_and_a_place() -> None:
    (ev,) = _events("اعتقلت قوى الأمن الداخلي في حمص ثلاثة أشخاص.")
    assert ev.sub_event_type == "Arrests" and name(ev.actor1) == "Police Forces of Syria"


def test_one_suspect_arrested_is_an_arrest() -> None:
    (ev,) = _events("اعتقلت الشرطة مطلوبا في حمص.")
    assert ev.sub_event_type == "Arrests"
    assert not _events("قال إن الشرطة لم تعتقل مشتبها به حتى الآن.")


def test_a_date_after_until_dates_no_event() -> None:
    doc = hadath.extract("قتل مسلحون شخصين في حي الزهراء بمدينة حمص ليل الأحد. وفرضت قوى الأمن الداخلي "
                         "حظر تجول في الحي حتى صباح الثلاثاء، واعتقلت ثلاثة أشخاص.", published=HOMS)
    assert doc.events and all(e.event_date == "2025-06-15" for e in doc.events)


# --- Sulaymaniyah -----------------------------------------------------------------------------


def test_fighters_burning_their_own_weapons_destroy_no_property() -> None:
    _, doc = read_article("sulaymaniyah_pkk_weapons_wire.txt", SULAYMANIYAH)
    assert not of_sub(doc, "Looting/property destruction")
    assert {q.speaker for q in doc.quotes} == {"بسي هوزات", "عمر جليك"}
    # burning someone else's goods is still destruction
    (ev,) = _events("أحرق مسلحون منازل عدد من المدنيين في قرية قرب مدينة السليمانية.", SULAYMANIYAH)
    assert ev.sub_event_type == "Looting/property destruction"


# --- Abyan ------------------------------------------------------------------------------------


def test_the_aqap_attack_is_one_event_with_both_sides_dead() -> None:
    text, doc = read_article("shabwa_aqap_agency.txt", SHABWA)
    violent = [e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                           "Violence against civilians")]
    # the source's account («إن المهاجمين استخدموا طائرة مسيرة ...، وقتل اثنين من المهاجمين») is
    # the lead's attack: five soldiers and two attackers dead; the attack two weeks before is background
    (attack,) = violent
    assert attack.sub_event_type == "Armed clash" and attack.fatalities == 7
    assert attack.event_date == "2025-08-03"
    assert "مسيرة" in " ".join(text[s.start:s.end] for s in attack.evidence)


def test_the_toll_of_a_background_attack_then_is_background() -> None:
    assert not _events("ويأتي الهجوم بعد أسبوعين من هجوم مماثل تبناه التنظيم على موقع للقوات الجنوبية في "
                       "مديرية المحفد، وأسفر حينها عن مقتل ستة جنود.", SHABWA)


def test_a_speakers_account_of_a_background_strike_is_background() -> None:
    assert not _events("وتأتي الغارة بعد يومين من قصف مدرسة تؤوي نازحين في مدينة دير البلح، قالت وزارة "
                       "الصحة في غزة إنه أوقع 14 قتيلا، بينما قال الجيش الإسرائيلي إنه قتل \"ثمانية "
                       "إرهابيين\" كانوا يتحصنون داخلها.", "2024-05-15")


# --- Cabo Delgado -----------------------------------------------------------------------------


def test_the_cabo_delgado_beheadings() -> None:
    _, doc = read_article("cabo_delgado_wire.txt", CABO)
    (attack,) = of_sub(doc, "Attack")
    assert name(attack.actor1) == "Islamic State" and attack.fatalities == 6
    assert attack.location is not None and attack.location.name == "Mocímboa da Praia"
    assert attack.event_date == "2025-09-23"
    assert attack.source is not None and attack.source.name == "Doctors Without Borders"
    # the group's own figure, in its marks, is a claim of its own
    assert any(c.quantity.low == 8 and c.source is not None and c.source.name == "Islamic State"
               for c in doc.claims)


def test_heads_count_as_dead_only_when_cut() -> None:
    (ev,) = _events("قطع مسلحون رؤوس ستة مدنيين في هجوم على قرية قرب بلدة ماكوميا.", CABO)
    assert ev.fatalities == 6
    (ev,) = _events("قصفت القوات مواقع المسلحين بصواريخ ذات رؤوس حربية قرب بلدة ماكوميا.", CABO)
    assert ev.fatalities is None


# --- the Jaffar Express ------------------------------------------------------------------------


def test_the_train_hijack_and_its_rescue() -> None:
    _, doc = read_article("jaffar_express_wire.txt", JAFFAR)
    # «انتهاء عملية تحرير ركاب قطار»: passengers freed, no ground taken
    assert not [e for e in doc.events if e.sub_event_type in ("Government regains territory",
                                                               "Non-state actor overtakes territory")]
    # «مؤكدا مقتل 21 رهينة وأربعة جنود»: the hostages are the dead counted, no abduction of them
    (rescue,) = [e for e in doc.events if e.event_date == "2025-03-12" and e.source is not None
                 and e.source.name == "Military Forces of Pakistan"]
    assert rescue.fatalities == 25
    (bomb,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert name(bomb.actor1) == "BLA: Balochistan Liberation Army" and bomb.event_date == "2025-03-11"
    # «كان يقل نحو 440 راكبا من كويتا إلى بيشاور»: the route is not where the train was hit
    assert bomb.location is not None and bomb.location.name == "Bolan"


def test_a_freed_hostage_count_is_no_abduction_and_a_route_no_place() -> None:
    (ev,) = _events("أعلن الجيش انتهاء العملية في بلوشستان، مؤكدا مقتل 21 رهينة وأربعة جنود.", JAFFAR)
    assert ev.sub_event_type != "Abduction/forced disappearance" and ev.fatalities == 25
    (ev,) = _events("خطف مسلحون 20 رهينة في بلوشستان.", JAFFAR)
    assert ev.sub_event_type == "Abduction/forced disappearance"
    (ev,) = _events("فجر مسلحون عبوة ناسفة بحافلة كانت تقل 30 راكبا من كويتا إلى كراتشي.", JAFFAR)
    assert ev.location is None or ev.location.name != "Quetta"


# --- the Afghan-Pakistani border ------------------------------------------------------------------


def test_the_border_clash_is_one_event_on_the_night_it_was_fought() -> None:
    _, doc = read_article("afpak_border_agency.txt", AFPAK)
    (clash,) = [e for e in doc.events if e.event_type == "Battles"]
    assert clash.sub_event_type == "Armed clash"
    assert {name(clash.actor1), name(clash.actor2)} == {"Military Forces of Afghanistan", "Military Forces of Pakistan"}
    # «قال المتحدث ... في مؤتمر صحفي الأحد إن قوات بلاده قتلت ... وسيطرت على 25 موقعا»: the
    # Afghan account of the night's clash, not a take-over on Sunday, nor in Kabul, which the
    # clause of what it answered names
    assert clash.event_date == "2025-10-11"
    assert clash.location is None or clash.location.name != "Kabul"
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Pakistan" and strike.time_precision == 2


def test_his_countrys_forces_are_the_speakers_military() -> None:
    (ev,) = _events("وقال المتحدث باسم الحكومة الأفغانية إن قوات بلاده قتلت 58 جنديا باكستانيا قرب معبر "
                    "تورخم.", AFPAK)
    assert name(ev.actor1) == "Military Forces of Afghanistan"


# --- Puntland ---------------------------------------------------------------------------------


def test_puntland_takes_the_cal_miskaad_strongholds() -> None:
    _, doc = read_article("puntland_isis_newspaper.txt", PUNTLAND)
    (taken,) = of_sub(doc, "Government regains territory")
    assert name(taken.actor1) == "Military Forces of Puntland" and name(taken.actor2) == "Islamic State"
    assert taken.location is not None and taken.location.name == "Cal Miskaad"
    # the commander's account («وقتلت 12 من عناصر التنظيم ...، فيما قتل ثلاثة من جنوده»): both sides' dead
    assert taken.fatalities == 15
    (quote,) = doc.quotes
    assert quote.speaker == "محمد علي" and quote.via == "الشرق الأوسط"
    estimate = next(c for c in doc.claims if c.quantity.low == 600)
    assert estimate.source is not None and estimate.source.name == "Experts"
    # «ثلاثة من جنوده»: Puntland's soldiers, not the group's
    assert not any(c.quantity.low == 3 and "Islamic State" in c.subject for c in doc.claims)


def test_a_group_s_last_strongholds_are_ground() -> None:
    (ev,) = _events("أعلنت قوات ولاية بونتلاند أنها سيطرت على آخر معاقل تنظيم «داعش» في المنطقة.", PUNTLAND)
    assert ev.sub_event_type == "Government regains territory"


# --- Sokoto -----------------------------------------------------------------------------------


def test_the_lakurawa_attack_with_two_tolls() -> None:
    _, doc = read_article("sokoto_lakurawa_wire.txt", SOKOTO)
    (attack,) = doc.events
    assert attack.sub_event_type == "Attack" and name(attack.actor1) == "Lakurawa"
    assert name(attack.actor2) == "Civilians (Nigeria)"
    # the police spokesman who «أكد وقوع الهجوم» did not carry it out; his toll is the lower
    assert attack.fatalities == 10 and attack.event_date == "2025-11-03"
    assert len(doc.conflicts) == 1


def test_who_confirms_an_attack_took_place_did_not_carry_it_out() -> None:
    events = _events("وأكد المتحدث باسم شرطة ولاية سوكوتو وقوع الهجوم على القرية.", SOKOTO)
    assert all(e.actor1 is None or not name(e.actor1).startswith("Police") for e in events)


# --- Sanaa ------------------------------------------------------------------------------------


def test_the_houthis_detaining_un_staff_is_an_arrest() -> None:
    _, doc = read_article("sanaa_un_staff_wire.txt", "2025-09-01")
    (ev,) = doc.events
    assert ev.sub_event_type == "Arrests" and name(ev.actor1) == "Houthi Movement"
    assert ev.event_date == "2025-08-31"
    assert ev.location is not None and ev.location.name == "Sanaa"


# --- an observatory roundup -------------------------------------------------------------------


def test_a_roundup_takes_the_day_of_its_headline() -> None:
    _, doc = read_article("observatory_roundup_2025.txt", "2025-10-15")
    # the intro («خلال الساعات الـ24 الماضية ... على النحو التالي:») has no date of its own; the
    # headline line above it («حصيلة يوم الثلاثاء 14 تشرين الأول») dates the bulletin's items
    assert len(doc.events) == 5 and all(e.event_date == "2025-10-14" for e in doc.events)
    (clash,) = of_sub(doc, "Armed clash")
    # «اشتباكات بين X وY، أسفرت عن مقتل مسلح»: the dead gunman is one side's, the pair the sides
    assert {name(clash.actor1), name(clash.actor2)} == {"SDF: Syrian Democratic Forces", "Tribal Militia (Syria)"}
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert abduction.location is not None and abduction.location.name == "Jablah"


def test_an_air_power_shelling_a_far_country_struck_from_the_air() -> None:
    (ev,) = _events("قصفت إسرائيل ميناء الحديدة في اليمن فجر اليوم.", "2025-06-20")
    assert ev.sub_event_type == "Air/drone strike" and name(ev.actor1) == "Military Forces of Israel"
    # its guns reach south Lebanon
    (ev,) = _events("قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان.", "2025-06-20")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_ground_announced_in_marks_is_taken() -> None:
    # «أعلنت ... «السيطرة الكاملة» على»: the marks split the phrase the trigger lexicon knows
    (ev,) = _events("وأعلنت قوات الدعم السريع «السيطرة الكاملة» على مدينة بابنوسة.", "2025-06-20")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.location is not None and ev.location.name == "Babanūsah"


def test_a_count_of_11_to_99_takes_the_singular_nationality() -> None:
    # «25 فلسطينيا»: a count from eleven on takes a singular accusative noun
    (ev,) = _events("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم 25 فلسطينيا على الأقل في الضفة الغربية.", "2025-06-20")
    assert ev.sub_event_type == "Arrests" and name(ev.actor1) == "Military Forces of Israel"


def test_an_attack_on_the_road_between_two_towns_is_near_the_first() -> None:
    _, doc = read_article("mali_fuel_convoy_wire.txt", "2025-10-10")
    (attack,) = [e for e in doc.events if e.event_type == "Battles"]
    assert name(attack.actor1) == "JNIM: Group for Support of Islam and Muslims"
    # «على الطريق بين كايس وباماكو»: on the road, near Kayes (ACLED geo precision 2)
    assert attack.location is not None and attack.location.name == "Kayes" and attack.location.geo_precision == 2


def test_a_groups_count_of_its_dead_disputes_the_armys() -> None:
    doc = hadath.extract("قال الجيش الصومالي إنه قتل 30 من مقاتلي حركة الشباب في غارة جوية قرب بلدة جلب. في "
                         "المقابل، قالت حركة الشباب إن خمسة فقط من عناصرها قتلوا في الغارة.", published="2025-06-20")
    # «30 من مقاتلي حركة الشباب»: the group's name starts with the counted noun; «خمسة فقط من
    # عناصرها»: «فقط» between the count and its noun
    subjects = {c.subject: c for c in doc.claims}
    assert subjects["Al Shabaab fighters killed"].quantity.low == 5
    assert any(s.startswith("Al Shabaab fighters killed in") for s in subjects)
    assert len(doc.conflicts) == 1


# --- south Lebanon (NNA) ----------------------------------------------------------------------


def test_another_drone_dropping_a_bomb_is_an_air_strike_near_the_town() -> None:
    _, doc = read_article("nna_south_lebanon_agency.txt", "2025-07-22")
    (killed,) = [e for e in doc.events if e.fatalities == 1]
    # «وفق ما أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة»: Lebanon's ministry
    assert killed.source is not None and killed.source.name == "Lebanese Ministry of Public Health"
    drone = [e for e in doc.events if e.location is not None and e.location.name == "Adaisseh"]
    # «ألقت مسيرة أخرى قنبلة صوتية على أطراف بلدة العديسة»: another drone, not a hand grenade
    assert [e.sub_event_type for e in drone] == ["Air/drone strike"]
    # «أطراف بلدة»: «near» before the head word (a region row of precision 1)
    assert drone[0].location.geo_precision == 2
    (ev,) = _events("قصفت مسيرة إسرائيلية قرب بلدة العديسة.", "2025-07-22")
    assert ev.location is not None and ev.location.geo_precision == 2


def test_counted_drones_downed_are_disrupted_weapons() -> None:
    (ev,) = _events("أسقطت الدفاعات الجوية الروسية 40 مسيرة أوكرانية فوق منطقة بيلغورود.", "2025-06-20")
    assert ev.sub_event_type == "Disrupted weapons use" and name(ev.actor1) == "Military Forces of Russia"
    # a march is downed by no one
    assert not _events("أسقط المتظاهرون صورة الرئيس خلال مسيرة في بغداد.", "2025-06-20")


def test_executions_and_assassinations_by_office_count_their_dead() -> None:
    (ev,) = _events("أعدم تنظيم داعش ثلاثة رعاة في صحراء الأنبار بتهمة التعاون مع القوات الأمنية.", "2025-06-20")
    assert ev.sub_event_type == "Attack" and name(ev.actor1) == "Islamic State" and ev.fatalities == 3
    # a state's execution of a sentence is no event ACLED codes
    assert not _events("أعدمت السلطات الإيرانية ثلاثة رجال شنقا في سجن قزل حصار.", "2025-06-20")
    (ev,) = _events("اغتال مسلحون مجهولون مختار قرية الصنمين بريف درعا بإطلاق النار عليه.", "2025-06-20")
    assert ev.fatalities == 1
    (ev,) = _events("اغتال مسلحون مجهولون ثلاثة عناصر من الأمن العام في درعا.", "2025-06-20")
    assert ev.fatalities == 3


def test_al_mawasi_is_placed_in_gaza() -> None:
    (ev,) = _events("قال مسعفون إن غارة إسرائيلية على خيمة تؤوي نازحين في المواصي قتلت سبعة أشخاص.", "2025-06-20")
    assert ev.location is not None and ev.location.name == "Al-Mawasi" and ev.location.country == "PS"
    assert name(ev.actor2) == "Civilians (Palestine)"


def test_a_state_named_as_the_striker_and_an_attack_in_words() -> None:
    # «قصفت الولايات المتحدة مواقع»: the country right after the verb, a military target after it
    (ev,) = _events("قصفت الولايات المتحدة مواقع للحوثيين في صعدة.", "2025-06-20")
    assert name(ev.actor1) == "Military Forces of the United States" and ev.sub_event_type == "Air/drone strike"
    # «هاجم ... في خطاب/في تغريدة»، «بشدة»: words, not violence
    assert not _events("هاجمت إيران الاتفاق النووي في خطاب أمام البرلمان.", "2025-06-20")
    assert not _events("هاجم الرئيس ترامب وسائل الإعلام في تغريدة على منصة إكس.", "2025-06-20")
    assert _events("هاجم مسلحون نقطة للجيش في ريف درعا فجر اليوم.", "2025-06-20")


def test_a_verbal_noun_a_preposition_governs_takes_no_ground() -> None:
    assert not _events("يواجه الجيش السوداني صعوبات في استعادة السيطرة على دارفور بحسب محللين.", "2025-06-20")
    (ev,) = _events("تمكنت القوات من استعادة السيطرة على بلدة الحويز.", "2025-06-20")
    assert ev.sub_event_type == "Government regains territory"


# --- Kirkuk (newspaper analysis) --------------------------------------------------------------


def test_the_kirkuk_ambush_and_the_two_counts_of_the_cells() -> None:
    _, doc = read_article("kirkuk_analysis_newspaper.txt", "2025-09-20")
    (clash,) = of_sub(doc, "Armed clash")
    assert name(clash.actor1) == "Islamic State" and clash.fatalities == 3 and clash.event_date == "2025-09-18"
    # «في وادي الشاي جنوب غربي كركوك»: a compound bearing from the city, outside it
    assert clash.location is not None and clash.location.name == "Kirkuk" and clash.location.geo_precision == 2
    # the source's «لا يتجاوز 150» against the analyst's «بين 400 و500»
    assert len(doc.conflicts) == 1
    # «مصدر في قيادة عمليات كركوك» then «وقال المصدر»: the same source, the command's
    said = [q for q in doc.quotes if q.speaker == "المصدر"]
    assert said and all(q.speaker_canonical == "Kirkuk Operations Command" for q in said)
    assert any(c.quantity.low == 150 and c.source is not None and c.source.name == "Kirkuk Operations Command"
               for c in doc.claims)


# --- Tawila (Reuters) -------------------------------------------------------------------------


def test_the_accused_attackers_counter_account_is_the_same_happening() -> None:
    _, doc = read_article("darfur_tawila_wire.txt", "2025-09-01")
    # «في حين قالت قوات الدعم السريع إنها "صدت هجوما لميليشيات متحالفة مع الجيش"»: the RSF's
    # account of the attack MSF reports, not a second clash
    (ev,) = doc.events
    assert ev.sub_event_type == "Attack" and name(ev.actor1) == "RSF: Rapid Support Forces"
    assert ev.fatalities == 40 and ev.event_date == "2025-08-30"
    assert ev.location is not None and ev.location.name == "Tawila"
    # «ميليشيات متحالفة مع الجيش»: the army is the militias' ally, not the side they fought
    (told,) = _events("وقالت قوات الدعم السريع إنها صدت هجوما لميليشيات متحالفة مع الجيش على بلدة طويلة.", "2025-09-01")
    assert name(told.actor2) == "RSF: Rapid Support Forces"
    assert [a.name for a in told.assoc_actors] == ["Military Forces of Sudan"]
