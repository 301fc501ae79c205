"""Session 24's reading of three articles written for the suite: a newspaper report on the
killings on the Syrian coast in March 2025 (the deposed president's loyalists, field executions
in Baniyas), an agency wire on the shooting near an aid distribution site in Rafah, and a wire
on the Indian strikes in Pakistan and the shelling across the Line of Control. Plus the rules
they exposed, on sentences of their own."""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

import hadath
from hadath.ner.lexicons import _office

COAST = "2025-03-08"  # a Saturday: «منذ يوم الخميس» is the 6th
RAFAH = "2025-06-01"  # a Sunday: «صباح اليوم الأحد»
KASHMIR = "2025-05-07"  # a Wednesday: «ليل الثلاثاء الأربعاء»


def _events(text: str, published: str) -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


# --- the Syrian coast ---------------------------------------------------------------------------


def test_field_executions_in_baniyas_are_an_attack_on_civilians() -> None:
    _, doc = read_article("syria_coast_newspaper.txt", COAST)
    (attack,) = of_sub(doc, "Attack")
    # «وثق المرصد السوري "إعدامات ميدانية" نفذها عناصر من الفصائل المسلحة بحق مدنيين ...»
    assert name(attack.actor2) == "Civilians (Syria)" and attack.actor2 is not None and attack.actor2.text == "مدنيين"
    assert attack.location is not None and attack.location.name == "Bāniyās"
    assert attack.source is not None and attack.source.name == "Syrian Observatory for Human Rights"


def test_the_deposed_president_acts_for_no_state() -> None:
    _, doc = read_article("syria_coast_newspaper.txt", COAST)
    (clash,) = of_sub(doc, "Armed clash")
    # «هاجم مسلحون موالون للرئيس المخلوع بشار الأسد حواجز لقوات الأمن العام»
    sides = [clash.actor1, clash.actor2, *clash.assoc_actors]
    assert "Government of Syria" not in [name(a) for a in sides]
    assert name(clash.actor2) == "Police Forces of Syria" and clash.fatalities == 16


def test_a_quarter_of_a_syrian_town_is_not_a_city_in_cameroon() -> None:
    _, doc = read_article("syria_coast_newspaper.txt", COAST)
    # «في حي القصور»: a Baniyas quarter the gazetteer lacks, not Kousséri
    assert {e.geo.country for e in doc.entities if e.geo is not None} == {"SY"}


def test_field_executions_against_someone_report_the_killings() -> None:
    (attack,) = _events("وثق المرصد السوري إعدامات ميدانية بحق مدنيين في مدينة بانياس.", COAST)
    assert attack.sub_event_type == "Attack" and attack.actor1 is None
    assert name(attack.actor2) == "Civilians (Syria)"
    # the noun alone is as often a charge: no victims after «بحق», no event
    assert not _events("تنفي الحكومة الاتهامات بإعدامات ميدانية.", COAST)


def test_a_person_acts_for_the_state_only_while_in_office() -> None:
    text = "هاجم مسلحون موالون لبشار الأسد حواجز لقوات الأمن العام في محيط مدينة جبلة."
    (clash,) = _events(text, COAST)
    assert "Government of Syria" not in [name(a) for a in (clash.actor1, clash.actor2, *clash.assoc_actors)]
    (shelling,) = _events("قصفت قوات بشار الأسد مدينة حلب.", "2015-03-01")
    assert name(shelling.actor1) == "Government of Syria"


def test_in_office_is_checked_when_the_lexicon_loads() -> None:
    assert _office("2000-07-17..2024-12-07", "x") == ("2000-07-17", "2024-12-07")
    assert _office("2024-12-08..", "x") == ("2024-12-08", "")
    with pytest.raises(ValueError, match="in_office"):
        _office("2024-12-08", "x")
    with pytest.raises(ValueError, match="in_office"):
        _office("8/12/2024..", "x")


# --- Rafah ----------------------------------------------------------------------------------


def test_the_shooting_near_the_aid_site() -> None:
    _, doc = read_article("gaza_aid_site_agency.txt", RAFAH)
    (attack,) = of_sub(doc, "Attack")
    # «قُتل 31 فلسطينياً على الأقل ... صباح اليوم الأحد، برصاص الجيش الإسرائيلي»: the time aside
    # does not move the shooters away from the dead; the counted Palestinians are the victims
    assert name(attack.actor1) == "Military Forces of Israel"
    assert name(attack.actor2) == "Civilians (Palestine)" and attack.actor2 is not None and attack.actor2.text == "فلسطينياً"
    assert attack.fatalities == 31 and attack.event_date == RAFAH
    assert attack.location is not None and attack.location.name == "Rafaḩ"
    assert attack.source is not None and attack.source.name == "Civil Defence"


def test_civil_defence_is_no_civilian() -> None:
    _, doc = read_article("gaza_aid_site_agency.txt", RAFAH)
    texts = [a.text for e in doc.events for a in (e.actor1, e.actor2, *e.assoc_actors) if a is not None]
    assert "المدني" not in texts


def test_the_foundation_that_runs_the_site_is_named() -> None:
    _, doc = read_article("gaza_aid_site_agency.txt", RAFAH)
    assert {q.speaker_canonical for q in doc.quotes if q.speaker == "مؤسسة غزة الإنسانية"} == {"Gaza Humanitarian Foundation"}


def test_the_jabalia_strike() -> None:
    _, doc = read_article("gaza_aid_site_agency.txt", RAFAH)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel" and name(strike.actor2) == "Civilians (Palestine)"
    assert strike.fatalities == 5 and strike.source is not None and strike.source.name == "Medical source"


def test_counted_nationals_are_civilians_unless_their_group_follows() -> None:
    (strike,) = _events("أعلنت وزارة الصحة مقتل خمسة فلسطينيين في غارة إسرائيلية على خان يونس.", RAFAH)
    assert name(strike.actor2) == "Civilians (Palestine)"
    (strike,) = _events("قتل ثلاثة لبنانيين من عناصر حزب الله في غارة إسرائيلية على بلدة الخيام.", RAFAH)
    assert name(strike.actor2) == "Hezbollah"


# --- India and Pakistan ------------------------------------------------------------------------


def test_a_country_that_speaks_is_its_government_even_when_its_name_starts_with_ba() -> None:
    _, doc = read_article("kashmir_strikes_wire.txt", KASHMIR)
    # «قالت باكستان إن 26 مدنياً ...»: the ب of «باكستان» is the name's, not a preposition
    assert {c.source.name for c in doc.claims if c.quantity.low == 26 and c.source is not None} == {"Government of Pakistan"}
    (strike,) = _events("قالت بريطانيا إن 26 مسلحا قتلوا في غارة على رفح.", KASHMIR)
    assert strike.source is not None and strike.source.name == "Government of the United Kingdom"


def test_the_strike_on_bahawalpur_is_sourced_to_the_army_its_spokesman_speaks_for() -> None:
    _, doc = read_article("kashmir_strikes_wire.txt", KASHMIR)
    (hit,) = [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.fatalities == 13]
    # «بهاولبور»: a Punjab city GeoNames names only in Latin script (places_extra.tsv)
    assert hit.location is not None and hit.location.name == "Bahawalpur" and hit.location.country == "PK"
    assert name(hit.actor1) == "Military Forces of India" and name(hit.actor2) == "Civilians (Pakistan)"
    # «وقال المتحدث باسم الجيش الباكستاني الفريق أحمد شريف شودري»: the army reports, through him
    assert hit.source is not None and hit.source.name == "Military Forces of Pakistan"


def test_the_shelling_across_the_line_of_control() -> None:
    _, doc = read_article("kashmir_strikes_wire.txt", KASHMIR)
    (shelling,) = [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.fatalities == 10]
    assert name(shelling.actor1) == "Military Forces of Pakistan" and name(shelling.actor2) == "Civilians (India)"
    assert shelling.source is not None and shelling.source.name == "Military Forces of India"


def test_the_pahalgam_attack_is_recalled_not_reported() -> None:
    text, doc = read_article("kashmir_strikes_wire.txt", KASHMIR)
    recalled = text.index("وتأتي الضربات")
    assert not [e for e in doc.events if any(recalled <= sp.start for sp in e.evidence[:1])]


def test_a_country_that_strikes_is_its_military() -> None:
    (shelling,) = _events("قصفت تركيا قرى في ريف الحسكة.", KASHMIR)
    assert name(shelling.actor1) == "Military Forces of Turkey"
    # a country that «advances» in a ranking takes no ground
    for e in _events("وتراجعت الإمارات إلى المرتبة الثانية، في حين تقدمت فرنسا إلى المرتبة الثالثة.", KASHMIR):
        assert name(e.actor1) != "Military Forces of France"


def test_the_object_of_another_verb_is_no_count_of_the_dead() -> None:
    text = "قالت باكستان إن 26 مدنياً على الأقل قتلوا عندما قصف الجيش الهندي ستة مواقع في كشمير."
    (shelling,) = _events(text, KASHMIR)
    assert shelling.fatalities == 26  # not 32: «ستة مواقع» are sites «قصف» hit
    (strike,) = _events("قتلت غارة جوية ثلاثة مدنيين في إدلب.", KASHMIR)
    assert strike.fatalities == 3


def test_a_ministry_with_a_nationality_is_that_country_s() -> None:
    _, doc = read_article("kashmir_strikes_wire.txt", KASHMIR)
    # «وزارة الدفاع الهندية»: the generic «وزارة الدفاع» of entities.tsv, and India's
    assert {q.speaker_canonical for q in doc.quotes} == {"Ministry of Defence (India)"}


# --- Israel and Iran ------------------------------------------------------------------------

WAR = "2025-06-14"  # a Saturday: «فجر الجمعة» is the 13th


def test_the_strikes_on_iran_are_placed_in_iran_not_in_the_country_that_struck() -> None:
    _, doc = read_article("iran_israel_war_agency.txt", WAR)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Israel" and strike.event_date == "2025-06-13"
    # «بينها منشأة نطنز»: a facility named after the town it is in; «شنت إسرائيل» is who struck
    assert strike.location is not None and strike.location.name == "Naţanz" and strike.location.country == "IR"


def test_the_missile_on_ramat_gan() -> None:
    _, doc = read_article("iran_israel_war_agency.txt", WAR)
    (hit,) = [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.fatalities == 3]
    assert name(hit.actor1) == "Military Forces of Iran" and name(hit.actor2) == "Civilians (Israel)"
    assert hit.location is not None and hit.location.name == "Ramat Gan"
    assert [e.canonical for e in doc.entities if e.text == "نجمة داود الحمراء"] == ["Magen David Adom"]


def test_a_bare_country_is_who_a_located_one_is_where() -> None:
    (strike,) = _events("شنت إسرائيل غارات جوية على منشآت عسكرية في أنحاء إيران.", WAR)
    assert strike.location is not None and strike.location.name == "Iran"
    (strike,) = _events("شنت إسرائيل غارات جوية على مواقع لحزب الله في لبنان.", WAR)
    assert strike.location is not None and strike.location.name == "Lebanon"


# --- Ras Isa ----------------------------------------------------------------------------------

RAS_ISA = "2025-04-18"  # a Friday: «ليل الخميس» is the 17th


def test_the_strikes_on_ras_isa_port() -> None:
    _, doc = read_article("ras_isa_us_strikes_wire.txt", RAS_ISA)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of the United States"
    # «ميناء رأس عيسى النفطي»: the port, curated in regions.tsv, not the whole governorate
    assert strike.location is not None and strike.location.name == "Ras Isa" and strike.location.geo_precision == 1
    assert strike.fatalities == 74 and strike.event_date == "2025-04-17"
    assert strike.source is not None and strike.source.name == "Health Ministry (Sanaa)"


def test_the_shell_on_taiz() -> None:
    _, doc = read_article("ras_isa_us_strikes_wire.txt", RAS_ISA)
    (shell,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shell.actor1) == "Houthi Movement" and name(shell.actor2) == "Civilians (Yemen)"
    assert shell.fatalities == 2 and shell.location is not None and shell.location.name == "Taiz"
    # the Red Sea campaign since November 2023 is background, not an event of this report
    assert not [e for e in doc.events if e.location is not None and e.location.name == "Red Sea"]


def test_the_dead_s_genitive_may_be_a_force_of_several_words() -> None:
    doc = hadath.extract("وقالت مصادر في وزارة الدفاع إن عدد قتلى قوات الأمن والجيش بلغ نحو 100 عنصر.", published=COAST)
    # «عدد قتلى قوات الأمن والجيش بلغ نحو 100 عنصر»: the hundred are dead, not just fighters
    assert [c.subject for c in doc.claims if c.quantity.low == 100] == ["fighters killed"]


def test_the_regime_s_aircraft_are_syria_s_military() -> None:
    (strike,) = _events("قتل ثلاثة مدنيين وأصيب خمسة عندما قصفت طائرات النظام بلدة كفرنبل.", "2016-02-01")
    assert name(strike.actor1) == "Military Forces of Syria" and strike.actor1 is not None
    assert strike.actor1.text == "طائرات النظام" and strike.fatalities == 3


# --- Djibo ------------------------------------------------------------------------------------

DJIBO = "2025-05-12"  # a Monday: «صباح الأحد» is the 11th


def test_the_djibo_attack_hit_the_army_most_of_the_dead_belonged_to() -> None:
    _, doc = read_article("djibo_jnim_wire.txt", DJIBO)
    # «قُتل أكثر من مئة شخص، معظمهم جنود، في هجوم واسع شنه مسلحون من "جماعة نصرة الإسلام
    # والمسلمين"»: most of the dead were soldiers, so the attack met the army (an armed clash),
    # and the group's own claim of the army's positions is the same fight
    (clash,) = of_sub(doc, "Armed clash")
    assert name(clash.actor1) == "JNIM: Group for Support of Islam and Muslims"
    assert name(clash.actor2) == "Military Forces of Burkina Faso"
    assert clash.location is not None and clash.location.name == "Djibo" and clash.event_date == "2025-05-11"
    (attack,) = of_sub(doc, "Attack")
    assert name(attack.actor2) == "Civilians (Burkina Faso)" and attack.fatalities == 12
    assert attack.location is not None and attack.location.name == "Dori" and attack.location.geo_precision == 2


def test_among_them_is_a_subset_most_of_them_names_the_side() -> None:
    for text in ("قُتل 30 شخصاً، معظمهم جنود، في هجوم لمسلحين على بلدة جيبو.",
                 "قُتل 30 شخصاً، معظمهم من الجنود، في هجوم لمسلحين على بلدة جيبو."):
        (clash,) = _events(text, DJIBO)
        assert clash.sub_event_type == "Armed clash" and name(clash.actor2) == "Military Forces of Burkina Faso"
    # two soldiers among thirty: the attack's victims stay the people counted
    (attack,) = _events("قُتل 30 شخصاً، بينهم جنديان، في هجوم لمسلحين على سوق بلدة جيبو.", DJIBO)
    assert attack.sub_event_type == "Attack" and name(attack.actor2) == "Civilians (Burkina Faso)"


# --- Port Sudan -------------------------------------------------------------------------------

PORT_SUDAN = "2025-05-06"  # a Tuesday: «فجر الثلاثاء» is the day of publication


def test_the_drones_launched_by_the_rsf_on_port_sudan() -> None:
    _, doc = read_article("port_sudan_drones_newspaper.txt", PORT_SUDAN)
    (strike,) = of_sub(doc, "Air/drone strike")
    # «استهدفت طائرات مسيرة أطلقتها قوات الدعم السريع ... مطار بورتسودان»: drones launched by a
    # named side report their strike, however the rest of the sentence reads
    assert name(strike.actor1) == "RSF: Rapid Support Forces"
    # «على المدينة التي تتخذها الحكومة مقراً»: the government has its seat there, it was not hit
    assert strike.actor2 is None
    assert strike.location is not None and strike.location.name == "Port Sudan" and strike.event_date == PORT_SUDAN


def test_a_relative_clause_subject_is_no_argument_unless_its_verb_names_the_deed() -> None:
    (attack,) = _events("قتل ثلاثة مدنيين في القذيفة التي أطلقها الحوثيون على حي سكني في مدينة تعز.", PORT_SUDAN)
    assert name(attack.actor1) == "Houthi Movement"


def test_against_whom_an_operation_was_waged_before_its_toll() -> None:
    text = ("شن الجيش الباكستاني عملية عسكرية ضد مسلحي حركة طالبان باكستان في إقليم خيبر بختونخوا "
            "أسفرت عن مقتل 12 مسلحاً.")
    (clash,) = _events(text, KASHMIR)
    assert name(clash.actor1) == "Military Forces of Pakistan"
    assert name(clash.actor2) == "TTP: Tehreek-i-Taliban Pakistan" and clash.fatalities == 12


def test_a_governor_is_the_state_s() -> None:
    (bomb,) = _events("نجا محافظ عدن من محاولة اغتيال بسيارة مفخخة استهدفت موكبه في حي التواهي.", KASHMIR)
    assert name(bomb.actor2) == "Government of Yemen"


def test_no_event_for_a_tyre_that_burst_or_a_man_who_killed_his_wife() -> None:
    assert not _events("انفجر إطار شاحنة على الطريق السريع في بغداد دون وقوع إصابات.", KASHMIR)
    # «قتل رجل زوجته طعناً»: the stabbing is the same killing in the family, no political violence
    assert not _events("قتل رجل زوجته طعناً في منزلهما بحي الزرقاء.", KASHMIR)
    # gunmen who kill a man and his wife: «وزوجته» is the man's kin, not the killers'
    (attack,) = _events("قتل مسلحون مجهولون رجلاً وزوجته في هجوم على منزلهما في بلدة جاسم.", KASHMIR)
    assert name(attack.actor1) == "Unidentified Armed Group (Syria)"


def test_a_clash_between_two_tribes() -> None:
    (clash,) = _events("وقعت اشتباكات بين عشيرتين في محافظة ذي قار أسفرت عن مقتل ثلاثة أشخاص.", KASHMIR)
    assert name(clash.actor1) == "Unidentified Tribal Militia (Iraq)" and clash.actor1 is not None
    assert clash.actor1.inter == 4 and clash.fatalities == 3
    # the dead fell between the two; they are not the clash's other side
    assert name(clash.actor2) != "Civilians (Iraq)"


def test_two_accounts_of_the_victims_name_no_attacker() -> None:
    text = ("قُتل 15 شخصاً على الأقل في قصف مدفعي على مدينة إدلب، بحسب المرصد السوري لحقوق الإنسان. "
            "في المقابل، قالت وزارة الدفاع إن خمسة مسلحين فقط قتلوا في القصف الذي استهدف مواقع للإرهابيين.")
    (shelling,) = _events(text, KASHMIR)
    # «خمسة مسلحين فقط قتلوا»: the counted subject of the death verb died; merged with the first
    # account, it is not made the side that shelled
    assert shelling.actor1 is None and shelling.fatalities == 5
    (alone,) = _events("قالت وزارة الدفاع إن خمسة مسلحين فقط قتلوا في القصف.", KASHMIR)
    assert alone.actor1 is None and alone.actor2 is not None and alone.actor2.text == "مسلحين"


def test_baghdad_districts_the_gazetteer_lacked() -> None:
    (arrests,) = _events("داهمت قوات الأمن منزلاً في حي الكرادة واعتقلت ثلاثة مطلوبين بتهم إرهابية.", KASHMIR)
    assert arrests.location is not None and arrests.location.name == "Karrada" and arrests.location.geo_precision == 1
    # «الشعلة» is a district only after a head word: the Olympic torch is no place
    assert not [e for e in hadath.extract("أوقدت الشعلة الأولمبية في أثينا.").entities if e.text == "الشعلة" and e.geo]


def test_a_car_bomb_in_a_quarter_and_one_in_the_city_centre_are_two() -> None:
    text = ("قتل اربعة اشخاص في انفجار سيارة مفخخة كانت متوقفة امام سينما السندباد في شارع السعدون وسط بغداد.\n\n"
            "وأفادت المصادر بأن خمسة مدنيين قتلوا في انفجار سيارة مفخخة استهدف موكبا رسميا في منطقة الكرادة.")
    bombs = _events(text, KASHMIR)
    assert sorted((e.location.name if e.location else "", e.fatalities) for e in bombs) == [("Baghdad", 4), ("Karrada", 5)]


def test_a_place_whose_name_starts_with_wa_is_one_mention() -> None:
    doc = hadath.extract("واغادوغو (أ ف ب) - قُتل أكثر من مئة شخص في هجوم على مدينة جيبو.", published=DJIBO)
    # the tagger read «و» as «and» and «اغادوغو» as an organisation; the gazetteer knows the city
    assert [(e.text, e.type) for e in doc.entities if "اغادوغو" in e.text] == [("واغادوغو", "GPE")]


def test_an_organisation_leaves_the_rank_of_the_officer_after_it() -> None:
    doc = hadath.extract("أعلن التلفزيون الرسمي مقتل رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري.", published=WAR)
    texts = [e.text for e in doc.entities]
    assert "هيئة الأركان العامة للقوات المسلحة اللواء" not in texts and "محمد باقري" in texts


def test_a_group_noun_that_launched_is_the_group_named_before() -> None:
    text = ("وأعلن المتحدث العسكري باسم الحوثيين يحيى سريع أن الجماعة أطلقت صاروخاً باليستياً باتجاه قاعدة "
            "نيفاتيم الجوية في جنوب إسرائيل.")
    (launch,) = _events(text, RAS_ISA)
    assert name(launch.actor1) == "Houthi Movement" and launch.actor1 is not None and launch.actor1.text == "الجماعة"
    assert launch.location is not None and launch.location.name == "Nevatim Airbase"


def test_an_official_of_a_state_reports_for_its_government() -> None:
    doc = hadath.extract("وقال وزير خارجية إيران عباس عراقجي إن 78 شخصاً قتلوا في الغارات الإسرائيلية على طهران.",
                         published=WAR)
    assert {c.source.name for c in doc.claims if c.source is not None} == {"Government of Iran"}
    doc = hadath.extract("وقال رئيس وزراء باكستان شهباز شريف إن 26 مدنياً قتلوا في الضربات الهندية.", published=KASHMIR)
    assert {c.source.name for c in doc.claims if c.source is not None} == {"Government of Pakistan"}
