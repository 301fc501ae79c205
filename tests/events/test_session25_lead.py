"""Session 25's reading of an agency wire on Israeli strikes on Hodeidah after a missile from
Yemen was intercepted (with a Saudi interception of two drones over Jizan and Houthi shelling in
Marib), plus the rules it and the session's sentences exposed: air defences that meet
incoming drones or missiles report disrupted weapons use (ACLED's interception), and are the
forces of the country they fire over; an interception where a strike got through is part of
that strike; a drone that hits something after a fire broke out is the strike the fire tells;
arrests an operation resulted in; a source's own description names no side."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

HODEIDAH = "2025-05-05"  # a Monday: «مساء أمس الأحد» is the 4th


def _events(text: str, published: str = HODEIDAH) -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


def _hodeidah() -> hadath.Document:
    return read_article("hodeidah_interceptions_wire.txt", HODEIDAH)[1]


# --- the wire ---------------------------------------------------------------------------------


def test_the_israeli_strikes_on_hodeidah_killed_three_civilians() -> None:
    (strike,) = of_sub(_hodeidah(), "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel"
    # «وفق ما أعلنت وزارة الصحة في حكومة صنعاء التابعة لجماعة الحوثي»: the ministry's
    # description is who reports, not whom the strike hit
    assert name(strike.actor2) == "Civilians (Yemen)"
    assert strike.location is not None and strike.location.name == "Al Ḩudaydah"
    assert strike.fatalities == 3 and strike.event_date == "2025-05-04"
    assert strike.source is not None and strike.source.name == "Health authorities"


def test_the_missile_over_tel_aviv_was_intercepted() -> None:
    doc = _hodeidah()
    intercepted = [e for e in of_sub(doc, "Disrupted weapons use") if e.location is not None
                   and e.location.name == "Tel Aviv"]
    assert len(intercepted) == 1
    (ev,) = intercepted
    assert name(ev.actor1) == "Military Forces of Israel" and ev.fatalities is None


def test_saudi_air_defences_downed_the_drones_over_jizan() -> None:
    doc = _hodeidah()
    (ev,) = [e for e in of_sub(doc, "Disrupted weapons use") if e.location is not None and e.location.name == "Jizan"]
    # «الدفاعات الجوية» in a Saudi ministry's words, over Saudi ground, in a Yemen report
    assert name(ev.actor1) == "Military Forces of Saudi Arabia"
    assert ev.source is not None and ev.source.name == "Military Forces of Saudi Arabia"
    # no drone strike on Jizan: the drones were downed before reaching their target
    assert not [e for e in of_sub(doc, "Air/drone strike") if e.location is not None and e.location.name == "Jizan"]


def test_the_houthi_shelling_in_marib_killed_two_soldiers() -> None:
    (shelling,) = [e for e in of_sub(_hodeidah(), "Shelling/artillery/missile attack")
                   if e.fatalities is not None]
    assert name(shelling.actor1) == "Houthi Movement" and name(shelling.actor2) == "Military Forces of Yemen"
    assert shelling.fatalities == 2
    assert shelling.location is not None and shelling.location.name == "Sūq Şirwāḩ"


def test_the_wire_keeps_its_quotes_and_figures() -> None:
    doc = _hodeidah()
    speakers = [q.speaker_canonical for q in doc.quotes]
    assert "Military Forces of Israel" in speakers and "Houthi Military Spokesman" in speakers
    figures = {(c.quantity.low, c.source.name if c.source else None) for c in doc.claims}
    assert (12, "Health authorities") in figures  # the wounded
    assert (3, "Military source") in figures  # the wounded soldiers in Marib


# --- the rules, on sentences of their own ----------------------------------------------------


def test_air_defences_meeting_drones_disrupt_them() -> None:
    (ev,) = _events("وقالت وزارة الدفاع السعودية إن الدفاعات الجوية تصدت لثلاث طائرات مسيرة أطلقها "
                    "الحوثيون باتجاه مدينة جازان وأسقطتها دون وقوع إصابات.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert name(ev.actor1) == "Military Forces of Saudi Arabia" and name(ev.actor2) == "Houthi Movement"
    assert ev.fatalities == 0  # «دون وقوع إصابات»


def test_the_iron_dome_is_israels_military() -> None:
    (ev,) = _events("وأعلن الجيش الإسرائيلي أن منظومة القبة الحديدية اعترضت صاروخين أطلقا من قطاع غزة "
                    "باتجاه مدينة عسقلان.")
    assert ev.sub_event_type == "Disrupted weapons use" and name(ev.actor1) == "Military Forces of Israel"
    assert ev.location is not None and ev.location.name == "Ashkelon"


def test_meeting_an_attack_or_blocking_a_convoy_disrupts_no_weapon() -> None:
    (clash,) = _events("وتصدت القوات العراقية لهجوم شنه مسلحو داعش على قرية في قضاء الطارمية، ما أسفر عن "
                       "مقتل ثلاثة من المهاجمين.")
    assert clash.sub_event_type == "Armed clash" and clash.fatalities == 3
    events = _events("ونفذت عملية الاغتيال ظهر أمس قرب السوق، إذ اعترضت سيارة موكب النائب وترجل منها أربعة "
                     "مسلحين أطلقوا النار باتجاه سيارته.")
    assert events and all(e.sub_event_type != "Disrupted weapons use" for e in events)
    assert not _events("واعترضت الصين على القرار في مجلس الأمن.")


def test_a_drone_that_hit_what_burned_struck_it() -> None:
    (strike,) = _events("واندلع حريق في مستودع للوقود في بورتسودان بعد أن أصابته مسيرة أطلقتها قوات الدعم السريع.")
    assert strike.sub_event_type == "Air/drone strike" and name(strike.actor1) == "RSF: Rapid Support Forces"
    assert strike.location is not None and strike.location.name == "Port Sudan"
    (strike,) = _events("واستهدفت مسيرة أطلقتها قوات الدعم السريع مستودعا للوقود في بورتسودان.")
    assert strike.sub_event_type == "Air/drone strike"


def test_an_interception_where_the_strike_got_through_is_that_strike() -> None:
    events = _events("وقال مصدر عسكري إن المضادات الأرضية تصدت لمسيرات استهدفت قاعدة فلامنغو البحرية في "
                     "بورتسودان فجر اليوم، فيما اندلع حريق في مستودع للوقود بعد أن أصابته مسيرة أخرى.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].location is not None and events[0].location.name == "Port Sudan"


def test_arrests_an_operation_resulted_in() -> None:
    (ev,) = _events("وقالت خلية الإعلام الأمني في بيان إن قوة من جهاز مكافحة الإرهاب نفذت عملية إنزال جوي في "
                    "صحراء الأنبار أسفرت عن اعتقال خمسة إرهابيين من عصابات داعش.")
    assert ev.sub_event_type == "Arrests"
    assert name(ev.actor1) == "Military Forces of Iraq" and name(ev.actor2) == "Islamic State"
    # arrests that end a clash with protesters are that protest's outcome, not an event of their own
    events = _events("ووقعت مواجهات بين الشرطة ومئات المتظاهرين في محيط البرلمان، ما أدى إلى توقيف 200 شخص.")
    assert all(e.sub_event_type != "Arrests" for e in events)


def test_the_spokesmans_missile_force_is_his_group() -> None:
    # «قال المتحدث العسكري باسم الحوثيين يحيى سريع ... إن «القوة الصاروخية نفذت عملية عسكرية نوعية
    # استهدفت مطار بن غوريون ... بصاروخ باليستي»»: the group claims its own missile force's deed
    # (session 26: the claim and Israel's interception of that missile the same day are one
    # event, the interception, with the group as the side whose missile was stopped)
    doc = _hodeidah()
    assert not [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.fatalities is None]
    (intercepted,) = [e for e in of_sub(doc, "Disrupted weapons use") if e.location is not None
                      and e.location.name == "Tel Aviv"]
    assert name(intercepted.actor2) == "Houthi Movement"


KASHMIR = "2025-05-07"


def test_the_country_that_shelled_is_the_subject_after_the_dead() -> None:
    text = ("قالت باكستان إن 26 مدنياً على الأقل قتلوا وأصيب 46 آخرون عندما قصفت الهند ستة مواقع في الشطر "
            "الباكستاني من كشمير وإقليم البنجاب ليل الثلاثاء الأربعاء.")
    (ev,) = _events(text, KASHMIR)
    assert name(ev.actor1) == "Military Forces of India" and name(ev.actor2) == "Civilians (Pakistan)"
    # «الشطر الباكستاني من كشمير»: Pakistan's part of Kashmir, not India's
    assert ev.location is not None and ev.location.name == "Azad Kashmir" and ev.location.country == "PK"
    assert ev.fatalities == 26


def test_what_follows_a_verb_after_anna_with_its_pronoun_is_the_object() -> None:
    (ev,) = _events("وأعلن الجيش الباكستاني أنه أسقط خمس طائرات حربية هندية.", KASHMIR)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert name(ev.actor1) == "Military Forces of Pakistan" and name(ev.actor2) == "Military Forces of India"


# --- a Syrian observatory's daily toll (April 2025) -----------------------------------------

TOLL = "2025-04-12"  # a Saturday: «مساء أمس» is the 11th


def _toll() -> hadath.Document:
    return read_article("syria_daily_toll_observatory.txt", TOLL)[1]


def test_the_days_sum_over_scattered_incidents_is_no_event() -> None:
    # «مقتل 14 شخصاً في مناطق سورية متفرقة ... في حوادث أمنية متفرقة وانفجار مخلفات حرب»
    doc = _toll()
    assert not [e for e in doc.events if e.fatalities == 14]
    assert [e.location.name if e.location else None for e in doc.events] == [
        "Daraa", "Hama", "Quneitra", "Jablah", "Homs", "Dhībān"]


def test_a_man_shot_by_gunmen_is_a_civilian() -> None:
    attack = _toll().events[0]
    assert attack.sub_event_type == "Attack" and name(attack.actor2) == "Civilians (Syria)"
    assert name(attack.actor1) == "Unidentified Armed Group (Syria)" and attack.fatalities == 1


def test_children_who_died_of_a_landmine_count() -> None:
    mine = _toll().events[1]
    # «قضى طفلان شقيقان جراء انفجار لغم أرضي من مخلفات الحرب»: «قضى» is a death verb
    assert mine.sub_event_type == "Remote explosive/landmine/IED" and mine.fatalities == 2


def test_an_israeli_incursion_that_arrests_shepherds_is_the_arrests() -> None:
    (arrests,) = of_sub(_toll(), "Arrests")
    # «توغلت قوة إسرائيلية ... واعتقلت ثلاثة رعاة»: the force is Israel's, the incursion no
    # territory taken on its own, the shepherds Syria's civilians
    assert name(arrests.actor1) == "Military Forces of Israel" and name(arrests.actor2) == "Civilians (Syria)"
    assert not of_sub(_toll(), "Armed clash")[:-1]  # only the Jableh clash
    assert not [e for e in _toll().events if "territory" in e.sub_event_type]


def test_the_shell_fell_in_the_town_not_the_fronted_province() -> None:
    shell = _toll().events[-1]
    # «وفي دير الزور، قُتلت امرأة ... على منزلهم في بلدة ذيبان بالريف الشرقي»
    assert shell.location is not None and shell.location.name == "Dhībān" and shell.fatalities == 1


def test_a_fronted_topic_stays_when_the_other_place_is_elsewhere() -> None:
    (protest,) = _events("وفي طهران، تجمع عشرات الطلاب أمام جامعة طهران تضامنا مع أهالي زاهدان، وفرقتهم قوات الأمن.")
    assert protest.location is not None and protest.location.name == "Tehran"


def test_foreign_forces_that_take_ground_overtake_it() -> None:
    (ev,) = _events("وسيطرت القوات الروسية على قرية نوفوبافليفكا في مقاطعة دونيتسك بعد معارك عنيفة مع القوات "
                    "الأوكرانية.", TOLL)
    assert ev.sub_event_type == "Non-state actor overtakes territory" and name(ev.actor1) == "Military Forces of Russia"
    (ev,) = _events("واستعاد الجيش السوري السيطرة على بلدة خان شيخون بريف إدلب.", TOLL)
    assert ev.sub_event_type == "Government regains territory"


def test_a_man_who_killed_his_wife_is_no_conflict_event() -> None:
    assert not _events("وأقدم رجل على قتل زوجته طعنا بالسكين في مدينة حمص.", TOLL)
    (ev,) = _events("وقتل رجل أمن برصاص مسلحين مجهولين في مدينة درعا.", TOLL)
    assert name(ev.actor2) == "Police Forces of Syria"


def test_a_force_estimated_in_number_reports_nothing() -> None:
    doc = hadath.extract("بينما تحدثت مصادر أخرى عن توجه قوة عسكرية صومالية يقدر عددها بنحو 600 مقاتل صوب المدينة.",
                         published=TOLL)
    assert all(c.source is None or "Somalia" not in c.source.name for c in doc.claims)


def test_an_envoy_posted_to_a_body_speaks_for_his_state() -> None:
    # «سفير إيران لدى الأمم المتحدة»: the United Nations hosts him, Iran's government speaks
    doc = hadath.extract("وقال سفير إيران لدى الأمم المتحدة أمير سعيد إيرواني إن «الضربات الإسرائيلية قتلت أكثر من "
                         "200 مدني» في طهران ومدن أخرى.", published="2025-06-15")
    assert [q.speaker_canonical for q in doc.quotes] == ["Government of Iran"]
    assert {c.source.name for c in doc.claims if c.source} == {"Government of Iran"}
    # with no name NER knows after the host, the envoy himself speaks, as his state
    doc = hadath.extract("وقال مندوب روسيا لدى مجلس الأمن فاسيلي نيبينزيا إن القصف الأوكراني قتل خمسة مدنيين في "
                         "بيلغورود.", published="2025-06-15")
    (ev,) = doc.events
    assert ev.source is not None and ev.source.name == "Government of Russia"
    assert name(ev.actor1) == "Military Forces of Ukraine" and ev.fatalities == 5


# --- Duhok: Turkish strikes in Iraqi Kurdistan, a newspaper's account (August 2024) ---------

DUHOK = "2024-08-16"  # a Friday: «مساء الخميس» is the 15th


def _duhok() -> hadath.Document:
    return read_article("duhok_turkish_strikes_newspaper.txt", DUHOK)[1]


def test_the_drone_strike_on_the_car_killed_five_civilians() -> None:
    strike = _duhok().events[0]
    assert strike.sub_event_type == "Air/drone strike" and name(strike.actor1) == "Military Forces of Turkey"
    assert name(strike.actor2) == "Civilians (Iraq)" and strike.fatalities == 5
    assert strike.location is not None and strike.location.name == "Kānī Māsī"
    assert strike.event_date == "2024-08-15"


def test_the_ministry_neutralised_pkk_fighters_from_the_air() -> None:
    # «أعلنت وزارة الدفاع التركية في بيان أنها «حيدت 12 إرهابياً» من حزب العمال الكردستاني في
    # غارات جوية ...، من دون أن تشير إلى سقوط ضحايا مدنيين»: the pronoun on «أن» did it, the
    # counted men were the PKK's, the civilians the ministry did not mention are no target
    strike = _duhok().events[1]
    assert strike.sub_event_type == "Air/drone strike"
    assert name(strike.actor1) == "Military Forces of Turkey"
    assert name(strike.actor2) == "PKK: Kurdistan Workers Party"
    assert strike.source is not None and strike.source.name == "Turkish Ministry of National Defence"


def test_the_pkk_statement_carried_by_its_agency() -> None:
    doc = _duhok()
    # «أما حزب العمال الكردستاني، فقد أكد في بيان نشرته وكالة «فرات» المقربة منه أن مقاتليه «...»»
    (pkk,) = [q for q in doc.quotes if q.speaker_canonical == "PKK: Kurdistan Workers Party"]
    assert pkk.via is not None and "فرات" in pkk.via
    # «ودانت حكومة إقليم كردستان الغارة ...، ودعت في بيان «...»»: the sentence's subject speaks
    assert any(q.speaker_canonical == "Kurdistan Regional Government" for q in doc.quotes)
    claims = {(c.quantity.low, c.source.name if c.source else None) for c in doc.claims}
    assert (17, "PKK: Kurdistan Workers Party") in claims and (12, "Turkish Ministry of National Defence") in claims


def test_a_year_after_a_season_is_no_count() -> None:
    # «ويشن الجيش التركي منذ ربيع 2022 عملية عسكرية واسعة»: no claim of 2022 attacks
    assert all(c.quantity.low != 2022 for c in _duhok().claims)


# --- Mandera: an al-Shabaab roadside bomb in Kenya, a wire (February 2025) -----------------

MANDERA = "2025-02-11"  # a Tuesday


def test_the_roadside_bomb_in_mandera_and_the_two_tolls() -> None:
    doc = read_article("mandera_shabaab_ied_wire.txt", MANDERA)[1]
    (bomb,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert name(bomb.actor1) == "Al Shabaab" and name(bomb.actor2) == "Police Forces of Kenya"
    assert bomb.fatalities == 4  # the police's count, not the group's eight
    assert bomb.location is not None and bomb.location.name == "Mandera" and bomb.location.country == "KE"
    # the group's eight and the police's four disagree
    assert doc.conflicts
    (abduction,) = of_sub(doc, "Abduction/forced disappearance")
    assert abduction.location is not None and abduction.location.name == "Garissa"
    assert abduction.event_date == "2025-02-10"  # «ليل الاثنين»
    # «الهجوم على جامعة غاريسا عام 2015»: history, no event
    assert len(doc.events) == 2


def test_a_groups_spokesman_names_its_own_navy() -> None:
    # «قال يحيى سريع إن القوات البحرية استهدفت السفينة»: the Houthis' navy, not Yemen's state's
    (ev,) = _events("وقال يحيى سريع إن القوات البحرية استهدفت السفينة «ماجيك سيز» بزورقين مسيرين وعدد من "
                    "الصواريخ الباليستية في البحر الأحمر.", "2025-07-08")
    assert name(ev.actor1) == "Houthi Movement"
    (ev,) = _events("وقال المتحدث باسم الجيش اليمني إن القوات المسلحة صدت هجوما للحوثيين في مأرب.", "2025-07-08")
    assert name(ev.actor2) == "Military Forces of Yemen"


def test_a_ship_hit_by_a_projectile_was_attacked() -> None:
    (ev,) = _events("وأعلنت هيئة عمليات التجارة البحرية البريطانية أن سفينة تجارية أصيبت بمقذوف مجهول على بعد "
                    "50 ميلا بحريا غرب ميناء الحديدة، من دون وقوع إصابات بين أفراد الطاقم.", "2025-07-08")
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.fatalities == 0
    assert ev.source is not None and ev.source.name == "UKMTO"


# --- Algeria: the defence ministry's weekly operational results (February 2025) ------------


def test_a_weekly_tally_of_scattered_operations_is_no_event() -> None:
    doc = read_article("algeria_mod_weekly_statement.txt", "2025-02-12")[1]
    # «أوقفت مفارز للجيش الوطني الشعبي 4 عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر
    # التراب الوطني»: a week's sum over the country, each arrest coded on its own or not at all
    assert doc.events == []
    # the army's towns in the far south are Algeria's, and so is the article
    places = {e.geo.name for e in doc.entities if e.geo is not None}
    assert {"Tamanghasset", "Bordj Badji Mokhtar", "In Guezzam"} <= places
    (detained,) = [c for c in doc.claims if c.quantity.low == 4]
    assert "Algeria" in detained.subject


def test_a_place_after_an_added_deed_is_that_deeds() -> None:
    # «أن الدفاعات الأرضية «تصدت لثماني مسيّرات ...»، مضيفاً أن قوات الجيش صدت أيضاً هجوماً ...
    # على مدينة بابنوسة»: Babanusa is where the attack was repelled, not where drones were downed
    events = _events("من جهته، أعلن الناطق الرسمي باسم القوات المسلحة السودانية، العميد نبيل عبد الله، أن الدفاعات "
                     "الأرضية «تصدت لثماني مسيّرات معادية وأسقطتها قبل وصولها إلى أهدافها»، مضيفاً أن قوات الجيش صدت "
                     "أيضاً هجوماً واسعاً لـ«الميليشيا» على مدينة بابنوسة بولاية غرب كردفان.", "2024-05-15")
    (downed,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert downed.location is None and name(downed.actor1) == "Military Forces of Sudan"
    (clash,) = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash.location is not None and clash.location.name == "Babanūsah"
    # in the article the drones downed over El Obeid are part of the strike that got through there
    doc = read_article("obeid_drones_newspaper.txt", "2024-05-15")[1]
    assert not of_sub(doc, "Disrupted weapons use")


def test_a_drone_that_drops_a_stun_grenade_strikes_from_the_air() -> None:
    # «مسيّرة إسرائيلية ألقت قنبلة صوتية قرب مزارعين»: the drone before the verb of dropping (SVO)
    (ev,) = _events("وأفادت الوكالة الوطنية للإعلام بأن مسيّرة إسرائيلية ألقت قنبلة صوتية قرب مزارعين في أطراف "
                    "بلدة كفركلا، من دون أن تسفر عن إصابات.", "2025-06-20")
    assert ev.sub_event_type == "Air/drone strike" and name(ev.actor1) == "Military Forces of Israel"
    assert ev.fatalities == 0
