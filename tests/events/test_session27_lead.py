"""Session 27's reading of four articles and the rules they exposed: an observatory bulletin
on SDF-tribal clashes in Deir ez-Zor, a Reuters wire on shooting near an aid centre in Rafah,
a newspaper report on Turkish strikes in Duhok, and an AFP wire on an Israeli drone strike in
south Lebanon.

Rules: «اشتباكات بينها وبين X» (the pronoun is the side named before); rocket-propelled
grenades fired beside machine guns in an assault are a clash, and the verb, not the weapon,
orders its sides; a merge of two tellings never makes a side fight itself; «المسلحين» after
«مسلحين من X» is X even when another group is named; reinforcements' origin is not where
anything happened; a place-head noun alone («بريف») is no place; an analyst's opinion does not
source the sentences after it; «ضربة إسرائيلية» names the striking state; an aside with
«منذ» after the lead's date leaves that date the story's."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

DEIR = "2025-09-07"  # a Sunday: «ليل السبت» is the 6th
RAFAH = "2025-06-03"  # a Tuesday
DUHOK = "2025-07-10"  # a Thursday: «فجر أمس» is the 9th
SOUTH_LEBANON = "2025-04-23"  # a Wednesday


def _events(text: str, published: str = DEIR) -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


# --- the observatory bulletin -------------------------------------------------------------------


def test_the_deir_ez_zor_clash_is_one_event_between_the_sdf_and_the_tribes() -> None:
    text, doc = read_article("deir_tribal_observatory.txt", DEIR)
    (clash,) = of_sub(doc, "Armed clash")
    assert {name(clash.actor1), name(clash.actor2)} == {
        "SDF: Syrian Democratic Forces", "Arab Tribal Militia (Syria)"}
    assert clash.location is not None and clash.location.name == "Dhībān"
    assert clash.event_date == "2025-09-06" and clash.fatalities == 11
    assert clash.source is not None and clash.source.name == "Syrian Observatory for Human Rights"
    # the attack on the post, the civilians caught in it and the SDF's own account are its evidence
    words = " ".join(text[s.start:s.end] for s in clash.evidence)
    assert "هاجموا" in words and "مهاجمين" in words
    # the reinforcements came from al-Shuhayl: nothing happened there
    assert all(e.location is None or e.location.name != "Al-Shuhayl" for e in doc.events)
    (arrests,) = of_sub(doc, "Arrests")
    assert name(arrests.actor1) == "SDF: Syrian Democratic Forces"
    assert arrests.location is not None and arrests.location.name == "Al-Hawayij"


def test_no_bare_countryside_place() -> None:
    _, doc = read_article("deir_tribal_observatory.txt", DEIR)
    # «بريف دير الزور»: «ريف» is the head of the place, never a place of its own
    assert not [e for e in doc.entities if e.text in ("ريف", "بريف")]
    assert all("ريف" != c.subject.split(" in ")[-1] for c in doc.claims)


def test_the_pronoun_side_of_a_clash_is_the_group_named_before() -> None:
    (ev,) = _events("أفاد المرصد بمقتل 11 شخصاً بينهم 4 من عناصر قوات سوريا الديمقراطية في اشتباكات "
                    "اندلعت بينها وبين مسلحين من أبناء العشائر العربية في بلدة ذيبان.")
    assert name(ev.actor1) == "SDF: Syrian Democratic Forces"
    assert name(ev.actor2) == "Arab Tribal Militia (Syria)"


def test_rpgs_beside_machine_guns_are_a_clash_ordered_by_the_verb() -> None:
    (ev,) = _events("وقال المرصد إن مسلحين هاجموا نقطة عسكرية لـ«قسد» عند أطراف البلدة "
                    "بالأسلحة الرشاشة والقذائف الصاروخية.")
    assert ev.sub_event_type == "Armed clash"
    assert name(ev.actor1) == "Unidentified Armed Group (Syria)"
    assert name(ev.actor2) == "SDF: Syrian Democratic Forces"
    # rockets alone, fired at a town, stay shelling
    (shelling,) = _events("سقطت قذائف صاروخية أطلقتها الفصائل على أحياء مدينة حلب.")
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"


def test_a_merge_never_makes_a_side_fight_itself() -> None:
    (ev,) = _events("في المقابل، قالت قوات سوريا الديمقراطية في بيان إن وحداتها «تصدت لهجوم نفذته خلايا "
                    "مرتبطة بالنظام السابق» على إحدى نقاطها في ذيبان، مشيرة إلى «تحييد ثلاثة مهاجمين».")
    assert name(ev.actor1) != name(ev.actor2)
    assert name(ev.actor2) == "SDF: Syrian Democratic Forces"


def test_the_gunmen_are_those_introduced_as_a_groups_men() -> None:
    events = _events("اندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين من أبناء العشائر العربية في ذيبان.\n"
                     "وقال المرصد إن المسلحين هاجموا نقطة عسكرية في بلدة الشحيل.")
    attack = next(e for e in events if e.location is not None and e.location.name == "Al-Shuhayl")
    assert name(attack.actor1) == "Arab Tribal Militia (Syria)"


# --- the Rafah wire ---------------------------------------------------------------------------------


def test_the_rafah_shooting_and_the_tent_strike() -> None:
    _, doc = read_article("rafah_aid_wire.txt", RAFAH)
    (shooting,) = of_sub(doc, "Attack")
    assert name(shooting.actor1) == "Military Forces of Israel"
    assert shooting.location is not None and shooting.location.name == "Rafaḩ"
    # the civil defence's 27 against the ministry's 19 received at Nasser hospital from the site:
    # the most conservative figure (ACLED), though the 19 stands in no event of its own
    assert shooting.fatalities == 19
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.fatalities == 3 and name(strike.actor1) == "Military Forces of Israel"
    # the civil defence's 27 against the ministry's 19 from the hospital
    killed = {c.quantity.low for c in doc.claims if c.subject.endswith("killed")}
    assert {27.0, 19.0} <= killed and doc.conflicts
    assert any(q.speaker == "محمود بصل" and q.via == "رويترز" for q in doc.quotes)


# --- the Duhok newspaper report -------------------------------------------------------------------


def test_a_lower_toll_told_apart_is_the_events() -> None:
    text = ("نقلت وكالة رويترز عن مصدر أمني عراقي قوله إن «ثلاثة من عناصر الحشد الشعبي قتلوا في هجوم لتنظيم داعش "
            "على موقعهم في قضاء الطارمية».\n\nفي المقابل، قالت خلية الإعلام الأمني في بيان إن قتيلين فقط سقطا في الهجوم.")
    doc = hadath.extract(text, published="2025-05-10")
    (ev,) = doc.events
    # «إن قتيلين فقط سقطا»: a dual casualty noun counts two, a rival figure, the most conservative
    assert ev.fatalities == 2
    assert any(c.quantity.low == 2.0 and c.subject == "people killed" for c in doc.claims) and doc.conflicts


def test_the_turkish_drone_strike_and_the_ministrys_claim() -> None:
    _, doc = read_article("duhok_villagers_newspaper.txt", DUHOK)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Turkey"
    assert strike.fatalities == 2 and strike.event_date == "2025-07-09"
    (neutralised,) = of_sub(doc, "Armed clash")
    assert name(neutralised.actor2) == "PKK: Kurdistan Workers Party"
    # «في منطقة متينا شمال العراق»: the mountain area (regions.tsv), not the whole country
    assert neutralised.location is not None and neutralised.location.name == "Metina"


def test_an_analysts_opinion_sources_nothing_after_it() -> None:
    _, doc = read_article("duhok_villagers_newspaper.txt", DUHOK)
    (nine,) = [c for c in doc.claims if c.quantity.low == 9.0]
    # «ويرى محللون أن ...» then the paper's own background: the 2022 Zakho shelling
    assert nine.source is not None and nine.source.name == "Asharq Al-Awsat"
    # and that background is no event of this report
    assert all(e.event_date is None or e.event_date >= "2025" for e in doc.events)


# --- the south Lebanon wire -----------------------------------------------------------------------


def test_the_israeli_drone_strike_in_south_lebanon() -> None:
    _, doc = read_article("south_lebanon_drone_wire.txt", SOUTH_LEBANON)
    first, later = of_sub(doc, "Air/drone strike")
    # «في ضربة إسرائيلية بمسيّرة»: the striking state's adjective on «ضربة»
    assert name(first.actor1) == "Military Forces of Israel"
    # «على طريق بلدة برج الشمالي في قضاء صور»: the town by Tyre, not Iran's Borj
    assert first.location is not None and first.location.name == "Burj al-Shamali"
    assert first.location.country == "LB"
    assert first.fatalities == 2 and first.event_date == "2025-04-23"
    # «وفي وقت لاحق»: the lead's day, which the aside «الساري منذ نوفمبر» does not unset
    assert later.event_date == "2025-04-23" and later.fatalities == 0
    assert later.location is not None and later.location.name == "Kfar Kila"
    assert any(q.speaker_canonical == "Joseph Aoun" for q in doc.quotes)


def test_a_strike_noun_carries_the_striking_state() -> None:
    (ev,) = _events("قُتل شخصان بضربة إسرائيلية في جنوب لبنان.", SOUTH_LEBANON)
    assert name(ev.actor1) == "Military Forces of Israel"


# --- the Libya analysis ---------------------------------------------------------------------------

LIBYA = "2025-10-12"


def test_an_analysis_of_old_wars_and_threats_reports_no_event() -> None:
    _, doc = read_article("libya_stalemate_analysis.txt", LIBYA)
    # the 2019 war, May's clashes told in the pluperfect, threats and possible talks
    assert doc.events == []
    assert any(q.speaker == "جلال الحرشاوي" for q in doc.quotes)


# --- the El Obeid wire ----------------------------------------------------------------------------

EL_OBEID = "2025-06-09"  # a Monday


def test_the_el_obeid_drone_attack_takes_the_lowest_toll() -> None:
    _, doc = read_article("elobeid_drone_wire.txt", EL_OBEID)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "RSF: Rapid Support Forces"
    assert strike.location is not None and strike.location.name == "El Obeid"
    # the doctors' network's 15, three paragraphs on and placed nowhere, is another count of
    # the same dead: one event, the lowest figure
    assert strike.fatalities == 12
    assert not of_sub(doc, "Attack")
    (camp,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(camp.actor2) == "Refugees/IDPs (Sudan)" and camp.fatalities == 5
    assert camp.location is not None and camp.location.name == "El Fasher"
    # «ما أدى إلى مقتل خمسة نازحين»: displaced people, killed
    assert any(c.subject == "displaced people killed" and c.quantity.low == 5.0 for c in doc.claims)


# --- the Marib agency report ----------------------------------------------------------------------

MARIB = "2025-08-15"  # a Friday: «مساء الخميس» is the 14th


def test_the_marib_front_and_the_taiz_sniper() -> None:
    _, doc = read_article("marib_houthi_agency.txt", MARIB)
    (clash,) = of_sub(doc, "Armed clash")
    assert {name(clash.actor1), name(clash.actor2)} == {"Houthi Movement", "Military Forces of Yemen"}
    # «جبهة رغوان شمال غرب محافظة مأرب»: the district's front (regions.tsv)
    assert clash.location is not None and clash.location.name == "Raghwan"
    assert clash.event_date == "2025-08-14" and clash.fatalities == 2
    (sniper,) = of_sub(doc, "Attack")
    # «وفي محافظة تعز ... في حي الجحملية شرقي المدينة»: the city the province is named after
    assert sniper.location is not None and sniper.location.name == "Taiz"
    assert sniper.location.geo_precision == 1 and sniper.fatalities == 1


def test_the_city_is_not_taken_for_a_province_without_the_word() -> None:
    (ev,) = _events("وفي محافظة تعز، قال مصدر طبي إن طفلة قُتلت برصاص قناص في مديرية مقبنة.", MARIB)
    assert ev.location is None or ev.location.name != "Taiz"


# --- the Hermel border wire -----------------------------------------------------------------------

HERMEL = "2025-03-17"  # a Monday: «ليل الأحد» is the 16th


def test_the_hermel_border_clash_and_the_syrian_shelling() -> None:
    _, doc = read_article("hermel_border_wire.txt", HERMEL)
    (clash,) = of_sub(doc, "Armed clash")
    assert name(clash.actor1) == "Tribal Militia (Lebanon)"
    assert name(clash.actor2) == "Police Forces of Syria"
    # «إن ثلاثة لبنانيين قتلوا وأصيب آخرون»: the wounded are others, the dead are three
    assert clash.fatalities == 3 and clash.event_date == "2025-03-16"
    # «إن قواتها ردت باستهداف «تجمعات الميليشيا» بالمدفعية»: the answer is a deed told as done
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shelling.actor1) == "Military Forces of Syria" and name(shelling.actor2) == "Hezbollah"
    assert shelling.location is not None and shelling.location.name == "Hawsh al-Sayyid Ali"
    # «أعلن وزير الدفاع السوري مرهف أبو قصرة ووزير الدفاع اللبناني ميشال منسى التوصل إلى اتفاق»
    (agreement,) = of_sub(doc, "Agreement")
    assert name(agreement.actor1) == "Government of Syria"
    assert name(agreement.actor2) == "Government of Lebanon"


def test_killed_and_others_wounded_keeps_the_count_of_the_dead() -> None:
    (ev,) = _events("قالت مصادر إن ثلاثة أشخاص قتلوا وأصيب آخرون في اشتباكات اندلعت ليل الأحد.", HERMEL)
    assert ev.fatalities == 3
    # one count for dead and wounded together is no count of the dead
    (both,) = _events("قالت مصادر إن 15 شخصاً قتلوا وأصيبوا في اشتباكات اندلعت ليل الأحد.", HERMEL)
    assert both.fatalities is None


# --- the Khan Younis wire -------------------------------------------------------------------------

KHAN_YOUNIS = "2025-06-25"  # a Wednesday


def test_an_army_announcing_its_dead_is_the_side_hit() -> None:
    text, doc = read_article("khan_younis_ambush_wire.txt", KHAN_YOUNIS)
    (ied,) = of_sub(doc, "Remote explosive/landmine/IED")
    # «أعلن الجيش الإسرائيلي، الأربعاء، مقتل ضابط وجنديين»: its own dead, not whom it struck
    assert ied.actor1 is None or name(ied.actor1) != "Military Forces of Israel"
    # «إن مقاتليها «فجروا عبوة شديدة الانفجار في ناقلة جند»»: the brigades' own claim, a bomb
    # noun as the verb's object, is the same blast
    assert name(ied.actor1) == "Al Qassam Brigades"
    # «وقال الجيش في بيان إن الحادث وقع مساء الثلاثاء ... وإن الجنود «تعرضوا لكمين»»: the same
    # incident, on the day it happened, not the day it was announced
    assert ied.event_date == "2025-06-24"
    assert not of_sub(doc, "Armed clash")
    assert name(ied.actor2) == "Military Forces of Israel"
    assert ied.fatalities == 3
    # «وقال الجيش في بيان»: the army named in the lead, not a Palestinian one
    sources = {e.source.name for e in doc.events if e.source is not None}
    assert "Military Forces of Palestine" not in sources
    assert all(c.source is None or c.source.name != "Military Forces of Palestine" for c in doc.claims)


# --- the Khor Mor and Bara wires ------------------------------------------------------------------


def test_the_drone_attack_on_khor_mor() -> None:
    _, doc = read_article("khor_mor_drone_wire.txt", "2025-07-17")
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.location is not None and strike.location.name == "Khor Mor gas field"
    assert strike.fatalities == 0 and strike.event_date == "2025-07-16"
    # «ودان رئيس حكومة الإقليم مسرور بارزاني الهجوم، ووصفه بأنه «...»»: the name, not «الهجوم»
    assert any(q.speaker == "مسرور بارزاني" and q.speaker_canonical == "Masrour Barzani" for q in doc.quotes)


def test_bara_taken_by_the_rsf_in_north_kordofan() -> None:
    _, doc = read_article("bara_rsf_wire.txt", "2025-07-13")
    (taken,) = of_sub(doc, "Non-state actor overtakes territory")
    assert name(taken.actor1) == "RSF: Rapid Support Forces"
    # «مدينة بارا»: Sudan's Bara (places_extra.tsv), not «ب» + India's Arrah
    assert taken.location is not None and taken.location.name == "Bārah" and taken.location.country == "SD"
    # «أطراف المدينة الشمالية»: the city's northern outskirts, not the Northern State
    assert all(e.location is None or e.location.name != "Northern State" for e in doc.events)
    # «فيما نفى الجيش ذلك وأكد أن قواته «...»»: the army of the report's country speaks
    assert any(q.speaker == "الجيش" and q.speaker_canonical == "Military Forces of Sudan" for q in doc.quotes)


# --- rules on sentences of their own -------------------------------------------------------------


def test_a_named_air_base_is_the_place_of_the_attack() -> None:
    (ev,) = _events("استهدف هجوم بطائرات مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار.", "2025-05-10")
    # «قاعدة ... الجوية» is a facility (not an organisation whose place words are skipped)
    assert ev.location is not None and ev.location.name == "Ain al-Asad Air Base"
    assert ev.location.geo_precision == 1


def test_a_passive_arrest_with_tamma_is_an_arrest() -> None:
    (ev,) = _events("وتم اعتقال خمسة إرهابيين في قضاء الحويجة، بحسب خلية الإعلام الأمني.", "2025-05-10")
    assert ev.sub_event_type == "Arrests"
    assert ev.location is not None and ev.location.name == "Al Ḩawījah"
    # an order to arrest is no arrest
    assert not _events("طالب القاضي باعتقال خمسة متهمين في قضاء الحويجة.", "2025-05-10")


def test_the_group_that_claims_an_attack_is_named_without_the_attack() -> None:
    doc = hadath.extract("قتل 12 جندياً باكستانياً في هجوم شنه مسلحون على نقطة تفتيش في منطقة شمال وزيرستان، "
                         "وتبنت حركة طالبان باكستان الهجوم، بحسب ما أعلن الجيش.", published="2025-05-10")
    (ev,) = doc.events
    assert name(ev.actor1) == "TTP: Tehreek-i-Taliban Pakistan"
    # «وتبنت حركة طالبان باكستان الهجوم»: the name ends before the deed it claims
    assert all("الهجوم" not in (c.source.text if c.source else "") for c in doc.claims)
    assert ev.source is not None and "الهجوم" not in ev.source.name


def test_the_sambisa_forest_is_placed() -> None:
    (ev,) = _events("أعلن الجيش النيجيري مقتل 20 من عناصر جماعة بوكو حرام في غارات جوية على معاقلها "
                    "في غابة سامبيسا بولاية بورنو.", "2025-05-10")
    assert ev.location is not None and ev.location.name == "Sambisa Forest"


def test_an_ambush_laid_by_a_group_against_the_announcers_men() -> None:
    (ev,) = _events("أعلنت وزارة الداخلية السورية مقتل عنصرين من الأمن العام وإصابة ثلاثة آخرين في كمين نصبه "
                    "مسلحون من فلول النظام البائد على طريق جبلة في ريف اللاذقية.", "2025-05-10")
    # «مقتل عنصرين من الأمن العام»: the ministry's own men, the side hit; «كمين نصبه X»: X laid it
    assert name(ev.actor1) == "Assad Regime Loyalists"
    assert name(ev.actor2) == "Police Forces of Syria"
    assert ev.fatalities == 2


def test_an_assassination_verb_counts_the_one_person_named_after_its_subject() -> None:
    (ev,) = _events("اغتال مسلحون مجهولون يستقلون دراجة نارية القيادي في حركة فتح محمد العرموشي في مخيم "
                    "عين الحلوة جنوب لبنان.", "2025-05-10")
    assert ev.fatalities == 1 and name(ev.actor2) == "Fatah Movement"


def test_ground_named_by_its_head_and_an_unknown_name_is_taken() -> None:
    (ev,) = _events("وفي حضرموت، سيطرت قوات النخبة الحضرمية على مديرية غيل بن يمين بعد اشتباكات مع مسلحين قبليين.",
                    "2025-05-10")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert name(ev.actor1) == "Hadrami Elite Forces"


def test_a_death_noun_with_the_victims_pronoun_counts_them() -> None:
    (two,) = _events("استهدفت طائرة مسيرة تركية سيارة تقل قياديين في قوات سوريا الديمقراطية قرب القامشلي، "
                     "ما أسفر عن مقتلهما.", "2025-05-10")
    assert two.fatalities == 2
    (one,) = _events("استهدفت طائرة مسيرة تركية سيارة القيادي في قسد أحمد علي قرب القامشلي، ما أسفر عن مقتله.",
                     "2025-05-10")
    assert one.fatalities == 1
    # a death the crowd protests is no toll of the protest
    (protest,) = _events("خرج المئات في مسيرة احتجاجا على مقتله برصاص الشرطة.", "2025-05-10")
    assert protest.fatalities is None


def test_a_raid_with_arrests_is_the_arrests() -> None:
    events = _events("وقالت مصادر محلية إن قوات الاحتلال اقتحمت بلدة قباطية جنوب جنين، واعتقلت ثمانية شبان "
                     "بعد مداهمة منازل ذويهم.", "2025-05-10")
    # «واعتقلت ثمانية شبان»: young men counted are the detainees; the storming that took them is
    # no attack beside the arrests (ACLED: one Arrests event)
    (ev,) = events
    assert ev.sub_event_type == "Arrests" and name(ev.actor1) == "Military Forces of Israel"
    assert ev.location is not None and ev.location.name == "Qabāţīyah"
    # a raid with shooting stays a violent event of its own
    shot = _events("اقتحمت قوات الاحتلال بلدة قباطية وأطلقت النار على الشبان.", "2025-05-10")
    assert shot and shot[0].sub_event_type != "Arrests"


def test_shelling_with_drones_is_a_drone_strike_in_merowe() -> None:
    (ev,) = _events("وقصفت قوات الدعم السريع بالمسيرات محطة الكهرباء في مدينة مروي بالولاية الشمالية، ما أدى "
                    "إلى انقطاع التيار الكهربائي.", "2025-05-10")
    assert ev.sub_event_type == "Air/drone strike" and name(ev.actor1) == "RSF: Rapid Support Forces"
    # «مدينة مروي»: Sudan's Merowe (places_extra.tsv)
    assert ev.location is not None and ev.location.name == "Merowe"


def test_a_governments_own_forces_are_its_military() -> None:
    (ev,) = _events("قالت الحكومة الصومالية إن قواتها، بدعم من الشركاء الدوليين، قتلت 30 من مقاتلي حركة الشباب "
                    "في عملية عسكرية بمنطقة شبيلي الوسطى.", "2025-05-10")
    assert name(ev.actor1) == "Military Forces of Somalia"
    assert name(ev.actor2) == "Al Shabaab" and ev.fatalities == 30


def test_bodies_found_are_the_dead_and_unknown_is_their_description() -> None:
    (ev,) = _events("عثرت الشرطة على جثث أربعة أشخاص مجهولي الهوية تحمل آثار تعذيب وإطلاق نار في منطقة زراعية "
                    "قرب بعقوبة.", "2025-05-10")
    # «مجهولي الهوية» describes the dead: no unknown attacker
    assert ev.actor1 is None and ev.fatalities == 4
    # bodies of dozens counted before («جثث العشرات منهم ملقاة») are no new count
    (clash,) = _events("قتل 11 جنديا خلال المواجهات، وما زالت جثث العشرات منهم ملقاة في الشعاب.", "2025-05-10")
    assert clash.fatalities == 11


def test_kidnapped_foreigners_keep_their_nationality() -> None:
    (ev,) = _events("اختطف مسلحون مجهولون ثلاثة مهندسين أتراك يعملون في مشروع لبناء طريق جنوب طرابلس، بحسب "
                    "مصدر أمني ليبي.", "2025-05-10")
    assert name(ev.actor2) == "Civilians (Turkey)"


def test_two_clans_are_both_sides_of_their_clash() -> None:
    (ev,) = _events("اندلعت اشتباكات عنيفة الليلة الماضية بين عشيرتي آل فتلة وآل عبودة في قضاء الشطرة شمالي "
                    "محافظة ذي قار، أسفرت عن مقتل شخصين وإصابة خمسة آخرين.", "2025-05-10")
    # «بين عشيرتي ...»: two unnamed tribal militias, each side coded as ACLED names them
    assert name(ev.actor1) == name(ev.actor2) == "Unidentified Tribal Militia (Iraq)"
    assert ev.fatalities == 2


def test_a_barrage_in_answer_to_a_killing_counts_no_dead() -> None:
    (ev,) = _events("أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، قصف مستوطنات غلاف غزة برشقة "
                    "صاروخية ردا على اغتيال أحد قادتها.", "2025-05-10")
    # «ردا على اغتيال أحد قادتها»: the killing it answers is no death of this barrage
    assert ev.fatalities is None
    # «مستوطنات غلاف غزة»: the Israeli communities by the Strip, not Gaza City
    assert ev.location is not None and ev.location.name == "Gaza Envelope" and ev.location.country == "IL"


def test_a_group_claiming_the_attack_did_not_report_its_toll() -> None:
    doc = hadath.extract("فجر انتحاري نفسه داخل مسجد شيعي في مدينة بيشاور، ما أدى إلى مقتل 56 شخصاً على الأقل، "
                         "وتبنى تنظيم داعش الهجوم.", published="2025-05-10")
    (ev,) = doc.events
    assert name(ev.actor1) == "Islamic State" and ev.fatalities == 56
    assert ev.source is None or ev.source.name != "Islamic State"


def test_a_ramming_attack_on_soldiers_named_by_their_nationality() -> None:
    events = _events("أصيب جنديان إسرائيليان بجروح طفيفة في عملية دهس نفذها فلسطيني عند مفترق غوش عتصيون جنوب "
                     "بيت لحم، قبل أن يطلق الجنود النار عليه ويقتلوه.", "2025-05-10")
    # «عملية دهس»: a ramming attack (triggers.tsv); «الجنود» are the Israeli soldiers named before,
    # not a Palestinian army
    assert events and name(events[0].actor2) == "Military Forces of Israel"
    assert all(name(e.actor1) != "Military Forces of Palestine" for e in events)
    # a car running a child over is an accident, no event
    assert not _events("دهست سيارة طفلا في شارع بغداد فأردته قتيلا.", "2025-05-10")
