"""Session 16's reading of articles written for the suite: a newspaper report on an
offensive on Aleppo (territory taken by an armed group and by Turkish-backed factions, the
army's own account, Russian air strikes told by the civil defence, a field commander's words
to the paper, the army regaining villages per the state agency); plus the rules they exposed,
on sentences of their own."""

from __future__ import annotations

from article_support import of_sub, read_article

import hadath

ALEPPO = "2024-11-30"  # a Saturday: «أمس الجمعة» is the 29th


def _aleppo() -> tuple[str, hadath.Document]:
    return read_article("aleppo_offensive_newspaper.txt", ALEPPO)


def test_territory_taken_by_each_side() -> None:
    _, doc = _aleppo()
    taken = of_sub(doc, "Non-state actor overtakes territory")
    by_actor = {e.actor1.name: e for e in taken if e.actor1 is not None}
    hts = by_actor["HTS: Hayat Tahrir al Sham"]
    assert hts.location is not None and hts.location.name == "Aleppo"
    assert hts.event_date == "2024-11-29"
    # «فصائل «الجيش الوطني» المدعومة من تركيا»: the head outside the quotes makes the name of
    # the Syrian National Army; «الجيش» alone would be Syria's army
    sna = by_actor["SNA: Syrian National Army"]
    assert sna.actor2 is not None and sna.actor2.name == "SDF: Syrian Democratic Forces"
    assert sna.location is not None and sna.location.name == "Tall Rif‘at"
    # «أن الجيش استعاد السيطرة على عدد من القرى في ريف حماة الشمالي»: definite villages after a
    # quantity are ground taken; the countryside is Hama's governorate
    (regained,) = of_sub(doc, "Government regains territory")
    assert regained.actor1 is not None and regained.actor1.name == "Military Forces of Syria"
    assert regained.location is not None and regained.location.name == "Hama"
    assert regained.location.geo_precision == 2


def test_the_armys_own_account() -> None:
    _, doc = _aleppo()
    (clash,) = of_sub(doc, "Armed clash")
    assert clash.source is not None and clash.source.name == "Syrian Ministry of Defence"
    # «من دون أن تذكر عدد قتلى الجيش»: the dead not told are no side of the clash
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Syria"
    assert clash.actor2 is not None and clash.actor2.name.startswith("Unidentified Armed Group")
    assert clash.fatalities == 100  # «مئات الإرهابيين» قتلوا
    # «في ريفي حلب وإدلب»: the countryside of both, so neither town itself
    assert clash.location is not None and clash.location.geo_precision == 2
    # «وحدات الجيش «تصدت لهجوم إرهابي واسع»»: a quotation after a definite head, no organisation
    assert not any(e.text.startswith("تصدت") for e in doc.entities)


def test_russian_strikes_and_the_paper_told() -> None:
    text, doc = _aleppo()
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Russia"
    assert strike.fatalities == 7
    assert strike.source is not None and strike.source.name == "Syrian Civil Defence"
    # «وقال قائد عسكري في الفصائل لـ«الشرق الأوسط»»: told to the paper, though a definite word
    # stands before «لـ»
    commander = [q for q in doc.quotes if text[q.start:q.end].startswith("الهدف")]
    assert commander and commander[0].via == "الشرق الأوسط"


def test_the_observatorys_toll_counts_the_dead() -> None:
    _, doc = _aleppo()
    # «حصيلة القتلى منذ بدء الهجوم ارتفعت إلى 277 شخصاً، بينهم 28 مدنياً»: the attack the toll
    # counts from stands between the casualty noun and the figure
    subjects = {c.quantity.low: c.subject for c in doc.claims}
    assert subjects[277] == "people killed"
    assert subjects[28] == "civilians killed"


def test_belonging_before_lam_is_no_outlet() -> None:
    doc = hadath.extract("وقال عنصر في الفصائل التابعة لـ«الجيش الوطني» إن «الهدف هو إبعاد مدفعية النظام».")
    assert [q.via for q in doc.quotes] == [None]


def test_a_toll_without_a_noun_after_its_figure() -> None:
    doc = hadath.extract("وقال المرصد إن حصيلة القتلى منذ بدء الهجوم ارتفعت إلى 277.")
    assert [c.subject for c in doc.claims] == ["people killed"]


def test_a_definite_head_before_a_quotation_names_nothing() -> None:
    doc = hadath.extract("وقال البيان إن القوات «ستواصل عملياتها حتى تطهير المنطقة» من المسلحين.")
    assert not any(e.text.startswith("ستواصل") for e in doc.entities)
    doc = hadath.extract("وأعلنت حركة «أحرار الشام» مقتل ثلاثة من عناصرها.")
    assert any(e.text == "أحرار الشام" and e.type == "ORG" for e in doc.entities)


def test_the_armys_account_of_the_borno_attack() -> None:
    # «قال المتحدث باسم الجيش النيجيري ... إن القوات "صدت الهجوم وقتلت ستة من الإرهابيين"»: the
    # bare «القوات» in a force's own statement are its forces; «الهجوم» is the attack told in the
    # lead, two paragraphs up, and takes its place
    _, doc = read_article("nigeria_borno_wire.txt", "2024-05-15")
    (clash,) = of_sub(doc, "Armed clash")
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Nigeria"
    assert clash.actor2 is not None and clash.actor2.name.startswith("Boko Haram")
    assert clash.fatalities == 6
    assert clash.location is not None and clash.location.name == "Borno"


def test_bare_forces_need_a_speaking_state_force() -> None:
    doc = hadath.extract("وقال المرصد إن القوات قصفت قرية الزيارة بالمدفعية.", published="2024-04-08")
    assert all(e.actor1 is None for e in doc.events)


# --- Gaza: a strike on a school shelter and the army's counter-claim (newspaper) --------------

GAZA = "2024-08-01"  # a Thursday: «فجر اليوم الخميس»


def _gaza() -> tuple[str, hadath.Document]:
    return read_article("gaza_school_newspaper.txt", GAZA)


def test_the_school_strike_is_one_event() -> None:
    _, doc = _gaza()
    strikes = of_sub(doc, "Air/drone strike")
    # «وأضاف بصل أن الغارة «استهدفت ثلاثة فصول ...»»: the strike told again (its victims the
    # displaced families, civilians as the lead's «مدرسة تؤوي نازحين»)
    assert len(strikes) == 1
    (strike,) = strikes
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Israel"
    assert strike.fatalities == 31 and strike.location is not None and strike.location.name == "Gaza"


def test_the_armys_civilian_count_disputes_the_childrens() -> None:
    _, doc = _gaza()
    by_subject = {c.subject: i for i, c in enumerate(doc.claims)}
    # «إن عدد القتلى المدنيين «لا يتجاوز عشرة»»: a bound in marks, a predicate of the toll
    civ = doc.claims[by_subject["civilians killed"]]
    assert civ.quantity.high == 10 and civ.source is not None and civ.source.name == "Military source"
    # «بينهم 14 طفلاً» per the civil defence: children are civilians, 14 > 10
    pair = {by_subject["civilians killed"], by_subject["children killed"]}
    assert any(set(c.claims) == pair for c in doc.conflicts)
    # the four dead of Khan Younis («وفي خان يونس جنوب القطاع، ...») are another happening's
    assert len(doc.conflicts) == 1


def test_the_war_toll_compound_number() -> None:
    _, doc = _gaza()
    # «إلى 39 ألفاً و677 شخصاً»: one number, a toll's figure past «في قطاع غزة منذ السابع من أكتوبر»
    (toll,) = [c for c in doc.claims if c.quantity.low > 1000]
    assert toll.quantity.low == 39677 and toll.subject == "people killed"


def test_jenin_raid_and_arrests() -> None:
    _, doc = _gaza()
    (killing,) = [e for e in doc.events if e.location is not None and e.location.name == "Jenin camp"
                  and e.sub_event_type == "Attack"]
    assert killing.actor2 is not None and killing.actor2.name == "Civilians (Palestine)"  # «ثلاثة شبان»
    # «أفاد نادي الأسير الفلسطيني باعتقال 15 شخصاً»: arrests reported
    (arrests,) = of_sub(doc, "Arrests")
    assert arrests.source is not None and arrests.source.name == "Palestinian Prisoners' Society"


def test_a_turn_lends_no_place() -> None:
    _, doc = _gaza()
    # «إلى ذلك، أعلنت «كتائب القسام» ... في حي الشجاعية»: another topic; the quarter is not in
    # the gazetteer, and Bani Suhaila of the paragraph before is not where the tank was hit
    (ied,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert ied.actor1 is not None and ied.actor1.name == "Al Qassam Brigades"
    assert ied.location is None or ied.location.name != "Banī Suhaylā"


# --- Beirut: depositors storm banks (agency wire) ---------------------------------------------

BEIRUT = "2022-09-14"  # a Wednesday: «صباح اليوم الأربعاء»


def _beirut() -> tuple[str, hadath.Document]:
    return read_article("beirut_depositors_wire.txt", BEIRUT)


def test_angry_depositors_storming_banks_riot() -> None:
    _, doc = _beirut()
    # «اقتحم مودعون غاضبون ... ثلاثة فروع لمصارف»: an angry crowd that storms is a violent
    # demonstration (ACLED: Riots), dated by the lead
    riots = of_sub(doc, "Violent demonstration")
    lead = [e for e in riots if e.event_date == BEIRUT]
    assert lead and lead[0].location is not None and lead[0].location.name == "Beirut"
    # «أضرم محتجون النار في مدخل فرع مصرف آخر، وحطموا واجهته»: arson by the crowd in Sidon, and
    # the army that dispersed it
    (sidon,) = [e for e in riots if e.location is not None and e.location.name == "Sidon"]
    assert sidon.actor2 is not None and sidon.actor2.name == "Military Forces of Lebanon"
    # «في بيروت وصيدا»: the lead's storming in each town (session 17), Sidon's told again later
    assert sidon.event_date == BEIRUT
    # the sit-in with banners stays peaceful
    (sit_in,) = of_sub(doc, "Peaceful protest")
    assert sit_in.location is not None and sit_in.location.name == "Beirut"


def test_announced_arrests_and_the_banks_association() -> None:
    text, doc = _beirut()
    # «وأعلنت المديرية العامة لقوى الأمن الداخلي في بيان توقيف خمسة أشخاص»: the noun after
    # «أعلنت» tells arrests made
    (arrests,) = of_sub(doc, "Arrests")
    assert arrests.actor1 is not None and arrests.actor1.name == "Police Forces of Lebanon"
    # «من جهتها، أعلنت جمعية المصارف إقفال الفروع لثلاثة أيام، معتبرة أن «...»»: the body,
    # not its announcement, after a fronted «من جهتها،»
    (banks,) = [q for q in doc.quotes if text[q.start:q.end].startswith("المصارف وموظفيها")]
    assert banks.speaker == "جمعية المصارف"


def test_set_on_fire_split_by_its_subject() -> None:
    doc = hadath.extract("وأضرم مسلحون النار في منازل في قرية الحويز.", published="2024-04-08")
    (burnt,) = doc.events
    assert burnt.sub_event_type == "Looting/property destruction"
    assert burnt.actor1 is not None and burnt.actor1.name.startswith("Unidentified Armed Group")
    # the self-immolation keeps its own reading: a protest, no destruction
    doc = hadath.extract("وأضرم شاب النار في نفسه أمام مقر البلدية احتجاجا على مصادرة بضاعته.",
                         published="2024-04-08")
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"]


# --- Algeria: Friday marches, a clash in Bejaia, a teachers' strike (newspaper) ---------------

ALGIERS = "2022-03-05"  # a Saturday: «أمس الجمعة» is the 4th


def _algiers() -> tuple[str, hadath.Document]:
    return read_article("algiers_hirak_newspaper.txt", ALGIERS)


def test_the_marches_in_the_capital_and_oran_are_peaceful() -> None:
    _, doc = _algiers()
    peaceful = of_sub(doc, "Peaceful protest")
    # «خرج آلاف الجزائريين ... في مسيرات حاشدة بالعاصمة»: the bare «العاصمة» is Algiers
    assert any(e.location is not None and e.location.name == "Algiers" and e.event_date == "2022-03-04"
               for e in peaceful)
    # «وفي وهران، تظاهر المئات أمام مقر الولاية»: no force met them (the riot police of Bejaia,
    # a paragraph later, are another march's)
    assert any(e.location is not None and e.location.name == "Oran" for e in peaceful)
    assert not any(e.location is not None and e.location.name == "Oran" for e in of_sub(doc, "Protest with intervention"))


def test_skirmishes_in_bejaia_and_the_polices_figures() -> None:
    text, doc = _algiers()
    # «غير أن المسيرة في مدينة بجاية شهدت مناوشات بين محتجين وقوات مكافحة الشغب»: «غير أن» is
    # no negation, and a crowd against the riot police is the protest's
    (bejaia,) = [e for e in doc.events if e.location is not None and e.location.name == "Béjaïa"
                 and e.event_type == "Protests"]
    assert bejaia.actor2 is not None and bejaia.actor2.name == "Police Forces of Algeria"
    # «إصابة سبعة من عناصرها»: the DGSN's own officers, not the 23 people it arrested
    assert any(c.subject == "police officers wounded" and c.quantity.low == 7 for c in doc.claims)
    # «وقال الأمين العام للنقابة مسعود بوديبة لـ«الخبر»»: the person after the title's «للنقابة»
    (rate,) = [q for q in doc.quotes if text[q.start:q.end].startswith("تجاوزت")]
    assert rate.speaker == "مسعود بوديبة" and rate.via == "الخبر"


def test_calls_and_anniversaries_are_no_protests() -> None:
    _, doc = _algiers()
    # «ودعا ناشطون ... إلى مسيرة جديدة يوم الجمعة المقبل»، «يستعد المحامون لتنظيم وقفة»، «الذكرى
    # الثالثة لانطلاق الحراك»: nothing happened yet, or long ago
    assert all(e.event_date is None or e.event_date <= ALGIERS for e in doc.events)
    # the marches of Algiers and Oran, the students' sit-in, Bejaia, the teachers' strike
    assert len([e for e in doc.events if e.event_type == "Protests"]) == 5


def test_an_unmanned_aircraft_is_no_negation() -> None:
    doc = hadath.extract("وأطلقت طائرة بلا طيار صاروخين على سيارة في مدينة مأرب، ما أدى إلى مقتل ثلاثة أشخاص.",
                         published="2024-04-08")
    (strike,) = doc.events
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities == 3


# --- Damascus: an Israeli strike told by the state agency and the observatory -----------------

DAMASCUS = "2023-10-22"  # a Sunday: «فجر اليوم الأحد»


def test_the_aggression_is_one_air_strike() -> None:
    _, doc = read_article("damascus_strikes_agency.txt", DAMASCUS)
    # «عدوان جوي إسرائيلي»: the agency's word for an air strike; the military source's
    # «عدواناً جوياً»، the air defence's «لصواريخ العدوان» (the aggression's missiles) and the
    # observatory's «إن الضربات استهدفت مستودعات» are that strike told again
    (strike,) = [e for e in doc.events if e.location is not None and e.location.name == "Damascus"]
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Israel"
    assert strike.fatalities == 3  # the agency's three soldiers, the lower count
    # «إذ قُتل في ضربة سابقة على ريف حمص خمسة عناصر من «حزب الله»»: an earlier strike, recalled
    assert not any(e.location is not None and e.location.name == "Homs" for e in doc.events)
    (tafas,) = [e for e in doc.events if e.location is not None and e.location.name == "Ţafas"]
    assert tafas.fatalities == 1


# --- Iraq: US strikes on Kataib Hezbollah and a claimed drone attack (agency wire) -------------

def test_us_strikes_and_a_claimed_drone_attack() -> None:
    _, doc = read_article("qaim_us_strikes_wire.txt", "2024-01-20")
    strikes = of_sub(doc, "Air/drone strike")
    (qaim,) = [e for e in strikes if e.location is not None and e.location.name == "Al Qā’im"]
    assert qaim.actor1 is not None and qaim.actor1.name == "Military Forces of the United States"
    assert qaim.actor2 is not None and qaim.actor2.name == "Kataib Hezbollah" and qaim.fatalities == 4
    # «أعلنت «المقاومة الإسلامية في العراق» في بيان على تطبيق تلغرام أنها استهدفت قاعدة حرير»:
    # the claimant's closing mark and where the statement was posted stand before «أنها»
    (harir,) = [e for e in strikes if e.location is not None and e.location.name == "Harir Air Base"]  # «قاعدة حرير» (regions.tsv, session 27)
    assert harir.actor1 is not None and harir.actor1.name == "Islamic Resistance in Iraq"
    # the Green Zone sit-in of the PMF's supporters
    assert of_sub(doc, "Peaceful protest")
