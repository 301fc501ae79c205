"""Session 25's protest articles, written for the suite in four styles: an agency wire on an
electricity protest in Diwaniyah met with tear gas and live fire (one protester killed, told two
paragraphs after the protest), a newspaper report on a Sudanese «مليونية» in Khartoum, Omdurman
and Khartoum North with the doctors' committee's toll, a newspaper report on a peaceful nurses'
sit-in and strike in Casablanca and Marrakesh, an agency bulletin on roads blocked with
burning tyres in Beirut and stones thrown at the army in Sidon, and an agency wire on a truck
drivers' strike in Ma'an (a road blocked, tear gas, arrests) and their sit-in in Amman, and a
newspaper analysis of Iraq's protest movement that reports no protest; plus session 24's Tripoli wire
(a storming attempt and its dispersal told two paragraphs after the protest). With the rules
they exposed, on sentences of their own and their near misses.
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

import hadath

DIWANIYAH = "2025-07-13"  # a Sunday: «مساء السبت» is the 12th
OMDURMAN = "2022-01-14"  # a Friday: «أمس الخميس» is the 13th
CASABLANCA = "2024-03-12"  # a Tuesday: «صباح اليوم الثلاثاء»
BEIRUT = "2023-03-13"  # a Monday: «مساء اليوم الاثنين»
TRIPOLI = "2025-05-17"  # a Saturday: «مساء الجمعة» is the 16th
MAAN = "2022-12-07"  # a Wednesday: «اليوم الأربعاء»
ANALYSIS = "2024-10-01"


def _events(text: str, published: str = "2024-05-15") -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


def _subs(text: str, published: str = "2024-05-15") -> list[str]:
    return [e.sub_event_type for e in _events(text, published)]


# --- Diwaniyah: the protest, then its dispersal and its dead two paragraphs on -------------------


def test_the_diwaniyah_protest_is_one_event_of_excessive_force() -> None:
    text, doc = read_article("diwaniyah_power_protest_wire.txt", DIWANIYAH)
    assert [e.sub_event_type for e in doc.events] == ["Excessive force against protesters"]
    (ev,) = doc.events
    # ACLED: the force first, the crowd of the lead («تظاهر مئات العراقيين») its target
    assert name(ev.actor1) == "Police Forces of Iraq" and ev.actor1 is not None and ev.actor1.text == "قوات مكافحة الشغب"
    assert name(ev.actor2) == "Protesters (Iraq)" and ev.actor2 is not None and ev.actor2.text == "العراقيين"
    assert ev.fatalities == 1 and ev.event_date == "2025-07-12"
    assert ev.location is not None and ev.location.name == "Al Diwaniyah" and ev.location.geo_precision == 1
    assert ev.source is not None and ev.source.name == "Agence France-Presse"
    told = [text[s.start:s.end] for s in ev.evidence]
    assert any(t.startswith("تظاهر مئات العراقيين") for t in told)
    assert any(t.startswith("وبعد نحو ساعتين، أطلقت") for t in told)


@pytest.mark.parametrize(("text", "town"), [
    ("تظاهر مئات العراقيين أمس أمام مبنى ديوان محافظة الديوانية.", "Al Diwaniyah"),
    ("تظاهر مئات العراقيين أمس أمام مبنى محافظة البصرة.", "Basrah"),
    ("اعتصم العشرات أمس أمام مقر ولاية الخرطوم.", "Khartoum"),
])
def test_a_protest_at_a_province_building_is_in_its_seat(text: str, town: str) -> None:
    (ev,) = _events(text)
    assert ev.location is not None and ev.location.name == town and ev.location.geo_precision == 1


def test_a_protest_in_a_province_stays_in_the_province() -> None:
    (ev,) = _events("تظاهر مئات العراقيين أمس في محافظة الديوانية.")
    assert ev.location is not None and ev.location.geo_precision == 3


def test_the_diwaniyah_quotes_and_claims() -> None:
    text, doc = read_article("diwaniyah_power_protest_wire.txt", DIWANIYAH)
    speakers = [(q.speaker, q.via) for q in doc.quotes]
    assert ("علي حسين", "وكالة فرانس برس") in speakers
    assert text[doc.quotes[-1].start:doc.quotes[-1].end].startswith("نعيش بلا كهرباء")
    police = [q for q in doc.quotes if q.speaker == "قيادة شرطة الديوانية"]
    assert police and text[police[0].start:police[0].end] == "لم تستخدم الرصاص الحي"
    claims = {(c.subject, c.quantity.low, c.source.name if c.source else None) for c in doc.claims}
    assert ("people wounded", 17, "Medical source") in claims
    assert ("police officers wounded", 6, "قيادة شرطة الديوانية") in claims


@pytest.mark.parametrize("text", [
    "وبعد نحو ساعتين، أطلقت قوات مكافحة الشغب الغاز المسيل للدموع والرصاص الحي لتفريق المتظاهرين، ما أدى إلى مقتل متظاهر.",
    "وأطلقت الشرطة قنابل الغاز لتفريق المحتجين، ما أسفر عن مقتل محتج وإصابة آخرين.",
])
def test_a_protester_killed_by_the_dispersal_is_excessive_force(text: str) -> None:
    (ev,) = _events(text)
    assert ev.sub_event_type == "Excessive force against protesters"
    assert name(ev.actor1) is not None and name(ev.actor1).startswith("Police Forces")  # type: ignore[union-attr]
    assert ev.fatalities == 1


@pytest.mark.parametrize("text", [
    "ونظم المحتجون وقفة في ذكرى مقتل متظاهر برصاص الشرطة قبل عام.",  # recalled
    "وطالب المتظاهرون بمحاسبة المسؤولين عن مقتل متظاهر العام الماضي.",  # no fire, no dispersal
])
def test_a_protester_killed_without_the_fire_that_killed_him_is_no_rule(text: str) -> None:
    assert "Excessive force against protesters" not in _subs(text)


def test_a_peaceful_protest_and_its_crowd_met_later_are_one_event() -> None:
    text = ("تظاهر مئات الأشخاص، اليوم الأحد، أمام مبنى المحافظة في الناصرية احتجاجا على انقطاع الكهرباء.\n\n"
            "ورفع المحتجون لافتات تطالب بإقالة المحافظ.\n\n"
            "وأطلقت قوات الأمن الرصاص الحي لتفريق المتظاهرين، ما أدى إلى مقتل متظاهر.")
    (ev,) = _events(text, "2024-05-19")
    assert ev.sub_event_type == "Excessive force against protesters" and ev.fatalities == 1
    # a new crowd counted in the later sentence is another protest: both stay
    text2 = text.replace("لتفريق المتظاهرين", "لتفريق مئات المتظاهرين في البصرة")
    assert len([e for e in _events(text2, "2024-05-19") if e.event_type == "Protests"]) == 2


# --- Khartoum: the «مليونية» in three towns ----------------------------------------------------


def test_the_millioniya_is_a_protest_in_each_town_of_its_list() -> None:
    _, doc = read_article("omdurman_millioniya_newspaper.txt", OMDURMAN)
    places = sorted((e.location.name, e.sub_event_type) for e in doc.events if e.location is not None)
    # «في العاصمة الخرطوم ومدينتي أم درمان والخرطوم بحري»: a town before the pair is the list's too
    assert places == [("Khartoum", "Protest with intervention"), ("Khartoum North", "Peaceful protest"),
                      ("Omdurman", "Excessive force against protesters")]
    assert all(e.event_date == "2022-01-13" for e in doc.events)  # «رفضاً للحكم العسكري»: no trial
    for e in doc.events:
        assert "Resistance Committees (Sudan)" in [a.name for a in e.assoc_actors]


def test_the_omdurman_toll_is_the_doctors_committees() -> None:
    _, doc = read_article("omdurman_millioniya_newspaper.txt", OMDURMAN)
    (ev,) = of_sub(doc, "Excessive force against protesters")
    assert name(ev.actor1) == "Police Forces of Sudan" and name(ev.actor2) == "Protesters (Sudan)"
    assert ev.fatalities == 2
    assert ev.location is not None and ev.location.name == "Omdurman"
    # «وقنابل الغاز المسيل للدموع»: canisters of tear gas, no bombing
    assert of_sub(doc, "Remote explosive/landmine/IED") == []
    quote = doc.quotes[0]
    assert quote.speaker_canonical == "Central Committee of Sudan Doctors"
    claims = {(c.subject, c.quantity.low, c.source.name if c.source else None) for c in doc.claims}
    assert {("protesters killed", 2, "Central Committee of Sudan Doctors"),
            ("people wounded", 43, "Central Committee of Sudan Doctors"),
            ("police officers wounded", 28, "Police Forces of Sudan")} <= claims


@pytest.mark.parametrize(("text", "subject"), [
    ("وقالت اللجنة إن متظاهرين اثنين قتلا بالرصاص في المدينة.", "protesters killed"),
    ("وقال الجيش إن جنديين أصيبا بجروح طفيفة.", "soldiers wounded"),
])
def test_two_counted_with_a_dual_verb_are_killed_or_wounded(text: str, subject: str) -> None:
    claims = hadath.extract(text, published=OMDURMAN).claims
    assert [(c.subject, c.quantity.low) for c in claims] == [(subject, 2)]


def test_the_khartoum_arrests_are_the_protests_intervention() -> None:
    _, doc = read_article("omdurman_millioniya_newspaper.txt", OMDURMAN)
    (ev,) = of_sub(doc, "Protest with intervention")
    # «واعتقلت قوات الأمن عشرات المحتجين في الخرطوم»: arrests at the protest, same town and day
    assert name(ev.actor1) == "Protesters (Sudan)" and name(ev.actor2) == "Police Forces of Sudan"
    assert ev.location is not None and ev.location.name == "Khartoum"
    assert of_sub(doc, "Arrests") == []
    detained = [c for c in doc.claims if c.subject.startswith("protesters detained")]
    assert detained and detained[0].source is not None and detained[0].source.name == "Emergency Lawyers (Sudan)"


def test_arrests_in_another_town_or_on_another_day_stay_arrests() -> None:
    lead = "خرج آلاف السودانيين أمس في مسيرة بمدينة الأبيض.\n\n"
    assert "Arrests" in _subs(lead + "واعتقلت قوات الأمن عشرات المحتجين في كوستي.", OMDURMAN)
    assert "Arrests" in _subs(lead + "واعتقلت قوات الأمن عشرات المحتجين في الأبيض يوم الثلاثاء.", OMDURMAN)


def test_a_staging_verb_reaches_its_noun_past_a_time_aside_and_a_quotation_mark() -> None:
    (ev,) = _events("خرج عشرات الآلاف من السودانيين، أمس الخميس، في «مليونية» جديدة في أم درمان.", OMDURMAN)
    assert ev.sub_event_type == "Peaceful protest" and ev.event_date == "2022-01-13"
    # a bare «مليونية» with no verb of going out or staging stays no event
    assert _events("ودعت لجان المقاومة إلى «مليونية» جديدة في أم درمان.", OMDURMAN) == []


@pytest.mark.parametrize("text", [
    "وأطلقت الشرطة قنابل الغاز المسيل للدموع على المحتجين.",
    "وألقت قوات الأمن قنابل مسيلة للدموع على المتظاهرين.",
])
def test_tear_gas_canisters_are_no_bombing(text: str) -> None:
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_bomb_is_still_a_bomb() -> None:
    assert "Remote explosive/landmine/IED" in _subs("انفجرت قنبلة في سوق شعبي بمدينة بعقوبة أمس، ما أدى إلى مقتل ثلاثة أشخاص.")


# --- Casablanca: a peaceful sit-in and a strike ------------------------------------------------


def test_the_nurses_sit_ins_stay_peaceful() -> None:
    _, doc = read_article("casablanca_nurses_sitin_newspaper.txt", CASABLANCA)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Peaceful protest", "Casablanca"), ("Peaceful protest", "Marrakesh")]
    lead = doc.events[0]
    # nurses are health workers: ACLED's protesters, the health workers associated
    assert name(lead.actor1) == "Protesters (Morocco)" and lead.actor1 is not None and lead.actor1.inter == 6
    assert [a.name for a in lead.assoc_actors] == ["Health Workers (Morocco)"]
    assert lead.event_date == CASABLANCA and lead.fatalities is None and lead.actor2 is None
    assert lead.source is not None and lead.source.name == "Hespress"
    # «اعتصم عشرات الممرضين»: a crowd worded as its phrase takes the group it names too
    marrakesh = doc.events[1]
    assert name(marrakesh.actor1) == "Protesters (Morocco)" and marrakesh.actor1 is not None
    assert marrakesh.actor1.text == "عشرات الممرضين"
    assert [a.name for a in marrakesh.assoc_actors] == ["Health Workers (Morocco)"]
    # «وتعتزم النقابة تنظيم مسيرة وطنية في الرباط الشهر المقبل»: planned, no event
    assert all(e.location is None or e.location.name != "Rabat" for e in doc.events)


def test_the_union_secretary_general_is_named_after_his_title() -> None:
    text, doc = read_article("casablanca_nurses_sitin_newspaper.txt", CASABLANCA)
    # «وقال الكاتب العام للنقابة، محمد الإدريسي، في تصريح للجريدة: «...»»
    first = doc.quotes[0]
    assert first.speaker == "محمد الإدريسي"
    assert text[first.start:first.end].startswith("نسبة المشاركة في الإضراب")
    ministry = [q for q in doc.quotes if q.speaker == "وزارة الصحة"]
    assert ministry and text[ministry[0].start:ministry[0].end] == "ما زال مفتوحاً"


@pytest.mark.parametrize(("text", "group"), [
    ("نظم عشرات الصحفيين وقفة احتجاجية أمس أمام نقابة الصحفيين في القاهرة.", "Journalists (Egypt)"),
    ("نظمت مئات النساء وقفة احتجاجية أمس أمام مقر الحكومة في بغداد.", "Women (Iraq)"),
])
def test_a_crowd_named_by_who_its_people_are_is_protesters(text: str, group: str) -> None:
    (ev,) = _events(text)
    assert name(ev.actor1) is not None and name(ev.actor1).startswith("Protesters (")  # type: ignore[union-attr]
    assert [a.name for a in ev.assoc_actors] == [group]


def test_the_relatives_of_a_group_are_not_the_group() -> None:
    (ev,) = _events("وتظاهر العشرات من أهالي المعتقلين أمس أمام مبنى المحافظة في العريش.")
    assert name(ev.actor1) == "Protesters (Egypt)"
    assert "Prisoners (Egypt)" not in [a.name for a in ev.assoc_actors]


def test_workers_and_plain_citizens_keep_their_names() -> None:
    (ev,) = _events("تظاهر مئات المواطنين أمس في ساحة التحرير ببغداد احتجاجا على انقطاع الكهرباء.")
    assert name(ev.actor1) == "Protesters (Iraq)" and ev.assoc_actors == []


# --- Beirut and Sidon: burning tyres and stones -----------------------------------------------


def test_roads_blocked_with_burning_tyres_are_a_violent_demonstration() -> None:
    _, doc = read_article("beirut_roads_tyres_agency.txt", BEIRUT)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Violent demonstration", "Beirut"), ("Violent demonstration", "Sidon")]
    beirut, sidon = doc.events
    assert name(beirut.actor1) == "Rioters (Lebanon)" and beirut.actor2 is None
    assert name(sidon.actor1) == "Rioters (Lebanon)" and name(sidon.actor2) == "Military Forces of Lebanon"
    assert all(e.event_date == BEIRUT and e.source is not None
               and e.source.name == "Lebanese National News Agency" for e in doc.events)


def test_rubber_bullets_at_rioters_are_no_attack_on_civilians() -> None:
    _, doc = read_article("beirut_roads_tyres_agency.txt", BEIRUT)
    # «فرد الجيش بإطلاق الرصاص المطاطي، ما أدى إلى إصابة خمسة أشخاص»: the riot's intervention
    assert of_sub(doc, "Attack") == []
    claims = {(c.subject, c.quantity.low) for c in doc.claims}
    assert {("people wounded", 5), ("soldiers wounded", 7), ("people detained", 4)} <= claims


def test_live_fire_is_still_fire() -> None:
    evs = _events("أطلق مسلحون الرصاص الحي على سيارة مدنية في بعقوبة، ما أدى إلى مقتل شخصين.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


# --- Tripoli: the storming attempt and its dispersal two paragraphs on --------------------------


def test_a_protest_dispersed_two_paragraphs_on_is_a_protest_with_intervention() -> None:
    text, doc = read_article("tripoli_dbeibah_protest_wire.txt", TRIPOLI)
    tripoli, misrata = doc.events
    # the words that tell the dispersal support the event; its own sentence's span stays last
    told = [text[sp.start:sp.end] for sp in tripoli.evidence]
    assert any(t.startswith("وقال شهود عيان إن مجموعة من المتظاهرين") for t in told)
    assert told[-1].startswith("طرابلس (ليبيا) - تظاهر آلاف الليبيين")
    # «قبل أن يطلق حراس المبنى الرصاص في الهواء لتفريقهم»: the crowd of the lead, by pronoun
    assert tripoli.sub_event_type == "Protest with intervention"
    assert name(tripoli.actor1) == "Protesters (Libya)" and tripoli.event_date == "2025-05-16"
    assert tripoli.location is not None and tripoli.location.name == "Tripoli"
    # the Misrata stand is told after it, and met by no one
    assert misrata.sub_event_type == "Peaceful protest"
    assert misrata.location is not None and misrata.location.name == "Misratah"


def test_a_dispersal_of_another_crowd_leaves_the_protest_peaceful() -> None:
    text = ("تظاهر مئات الأشخاص، اليوم الأحد، في ساحة الشهداء بطرابلس.\n\n"
            "ورفع المحتجون لافتات تطالب بالانتخابات.\n\n"
            "وفي مصراتة، فرقت الشرطة مئات المحتجين بالغاز المسيل للدموع.")
    subs = [(e.sub_event_type, e.location.name if e.location else None) for e in _events(text, "2024-05-19")]
    assert ("Peaceful protest", "Tripoli") in subs


# --- Ma'an: a strike, a road blocked and its dispersal, a sit-in in Amman ---------------------


def test_the_maan_road_blocking_is_a_riot_the_gendarmerie_met() -> None:
    _, doc = read_article("maan_drivers_strike_agency.txt", MAAN)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events] == [
        ("Peaceful protest", "Ma'an"), ("Violent demonstration", "Ma'an"), ("Peaceful protest", "Amman")]
    strike, riot, sit_in = doc.events
    assert name(strike.actor1) == "Protesters (Jordan)" and strike.event_date == MAAN
    # «وأغلق محتجون الطريق الصحراوي ... بالإطارات المشتعلة والحجارة» then «وتدخلت قوات الدرك ...
    # لتفريق المحتجين، فيما أعلنت مديرية الأمن العام توقيف 11 شخصاً»: the arrests are its intervention
    assert name(riot.actor1) == "Rioters (Jordan)" and name(riot.actor2) == "Police Forces of Jordan"
    assert riot.actor2 is not None and riot.actor2.text == "قوات الدرك"
    assert of_sub(doc, "Arrests") == []
    assert name(sit_in.actor1) == "Protesters (Jordan)" and sit_in.actor2 is None
    assert all(e.source is not None and e.source.name == "Jordan News Agency (Petra)" for e in doc.events)


def test_the_maan_quotes_and_claims() -> None:
    text, doc = read_article("maan_drivers_strike_agency.txt", MAAN)
    psd = [q for q in doc.quotes if q.speaker_canonical == "Police Forces of Jordan"]
    assert [text[q.start:q.end] for q in psd][-1] == "حق التعبير السلمي مكفول ضمن القانون"
    driver = doc.quotes[-1]
    assert driver.speaker == "أحد المشاركين" and driver.via == "الأناضول"
    assert [(c.subject, c.quantity.low) for c in doc.claims] == [("people detained", 11)]


def test_arrests_beside_a_dispersal_are_the_met_crowds_intervention() -> None:
    text = ("تظاهر مئات الأشخاص، اليوم الأحد، أمام مبنى المحافظة في البصرة.\n\n"
            "وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين، فيما أعلنت الشرطة اعتقال 12 شخصاً.")
    (ev,) = _events(text, "2024-05-19")
    assert ev.sub_event_type == "Protest with intervention" and name(ev.actor2) == "Police Forces of Iraq"
    # arrests with no crowd told before dispersed stay arrests
    alone = "وأعلنت الشرطة اعتقال 12 شخصاً في البصرة بتهمة تهريب الأسلحة."
    assert "Arrests" in _subs(text.split("\n\n")[0] + "\n\n" + alone, "2024-05-19")


# --- an analysis of the protest movement: recalled, feared and called-for protests --------------


def test_an_analysis_of_the_protest_movement_reports_no_protest() -> None:
    text, doc = read_article("iraq_protest_movement_analysis.txt", ANALYSIS)
    # «... حين خرج مئات الآلاف إلى ساحة التحرير» recalled on the anniversary; «إذا عاد المحتجون إلى
    # الشوارع» feared; «ودعت تنسيقيات الحراك إلى تظاهرة ... يوم الجمعة المقبل» called for
    assert doc.events == []
    assert [q.speaker for q in doc.quotes] == ["أحمد الشريفي", "الحكومة"]
    assert ("protesters killed", 600) in [(c.subject, c.quantity.low) for c in doc.claims]


def test_a_protest_in_a_when_clause_is_recalled_only_beside_an_anniversary() -> None:
    recalled = "في الذكرى الخامسة للحراك، يتذكر الناشطون الأيام الأولى حين خرج مئات الآلاف إلى ساحة التحرير."
    assert _events(recalled, ANALYSIS) == []
    (ev,) = _events("وأصيب ثلاثة أشخاص عندما تظاهر مئات الطلاب أمس أمام مبنى الجامعة في بغداد.", ANALYSIS)
    assert ev.event_type == "Protests"


# --- riots named by their crowd and the force they stoned; unions by their short name ---------


def test_a_riot_is_its_young_men_s_and_the_force_they_stoned_is_actor2() -> None:
    text = "وتجددت الاحتجاجات مساء الأحد في حي النور بمدينة القصرين، حيث أحرق شبان غاضبون إطارات السيارات ورشقوا قوات الأمن بالحجارة."
    (ev,) = _events(text, "2024-01-22")
    assert ev.sub_event_type == "Violent demonstration"
    assert name(ev.actor1) == "Rioters (Tunisia)" and ev.actor1 is not None and ev.actor1.text == "شبان غاضبون"
    assert name(ev.actor2) == "Police Forces of Tunisia"
    # stones thrown at shops name no force
    (shops,) = _events("ورشق المتظاهرون عددا من المحلات التجارية بالحجارة في القصرين.", "2024-01-22")
    assert shops.actor2 is None


def test_the_tunisian_labour_union_by_its_short_name() -> None:
    (ev,) = _events("وفي العاصمة تونس، نظم اتحاد الشغل وقفة احتجاجية أمام مقر الحكومة في القصبة.", "2024-01-22")
    assert name(ev.actor1) == "Protesters (Tunisia)"
    assert [a.name for a in ev.assoc_actors] == ["UGTT: Tunisian General Labour Union"]
