"""Session 21's reading of articles written for the suite: a newspaper report on assassinations in
Daraa (a former rebel commander shot by unknown gunmen in Tafas; an IED on a military-security
car near Nawa told in the lead, again by a local source three paragraphs down after «وفي حادثة
منفصلة», and a third time by the state agency in its own words; a documentation office's and
the observatory's running tolls). Plus the rules it exposed, on sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

DARAA = "2026-11-24"  # a Tuesday: «مساء الأحد» is the 22nd, «صباح الاثنين» the 23rd


def _daraa() -> tuple[str, hadath.Document]:
    return read_article("daraa_assassinations_newspaper.txt", DARAA)


def test_the_tafas_killing_is_one_clash_with_unknown_gunmen() -> None:
    _, doc = _daraa()
    (shot,) = of_sub(doc, "Armed clash")
    assert name(shot.actor1) == "Unidentified Armed Group (Syria)"
    assert name(shot.actor2) == "Opposition Rebels (Syria)"
    assert shot.location is not None and shot.location.name_ar == "طفس"
    assert shot.event_date == "2026-11-22" and shot.fatalities == 1


def test_the_nawa_bomb_told_three_times_is_one_event() -> None:
    text, doc = _daraa()
    # the lead's «لقي عنصران ... حتفهما», the local source's account after «وفي حادثة منفصلة»
    # (separate from the Tafas killing, not from the lead's bomb) and the state agency's
    # «استهدفت دورية ... مشيراً إلى أن الانفجار أسفر عن استشهاد عنصر واحد»
    (bomb,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert len(doc.events) == 2
    assert name(bomb.actor1) is None and name(bomb.actor2) == "Military Forces of Syria"
    # the wounded man taken «إلى المشفى الوطني في مدينة درعا» does not move the blast to Daraa
    assert bomb.location is not None and bomb.location.name_ar == "نوى"
    assert bomb.event_date == "2026-11-23"
    assert bomb.fatalities == 1  # ACLED's most conservative figure: the state agency's one
    told = {text[s.start:s.end] for s in bomb.evidence}
    assert "عبوة ناسفة مزروعة" in told and "الانفجار" in told


def test_a_month_of_assassinations_is_no_event() -> None:
    _, doc = _daraa()
    # «أحصى مقتل 18 شخصاً في عمليات اغتيال بمحافظة درعا خلال شهر تشرين الأول الماضي»
    assert all(e.fatalities != 18 for e in doc.events)
    assert all(e.event_date is None or e.event_date >= "2026-11-22" for e in doc.events)


def _events(text: str, published: str = DARAA) -> list[hadath.Event]:
    return list(hadath.extract(text, published=published).events)


def test_two_met_their_death_counts_two() -> None:
    (ev,) = _events("لقي عنصران من فرع الأمن العسكري حتفهما بانفجار عبوة ناسفة استهدفت سيارتهما "
                    "في ريف درعا الغربي.")
    assert ev.fatalities == 2
    (ev,) = _events("لقي طفلان حتفهما بانفجار لغم أرضي في ريف إدلب الجنوبي.")
    assert ev.fatalities == 2


def test_the_hospital_town_is_not_where_it_happened() -> None:
    # the source's town stands when the blast's own words name none
    (ev,) = _events("أفاد مصدر محلي في بلدة الشيخ مسكين بأن عبوة ناسفة انفجرت بسيارة عسكرية، ما أسفر عن "
                    "مقتل عنصرين وإصابة ثالث نقل على إثرها إلى المشفى الوطني في مدينة درعا.")
    assert ev.location is not None and ev.location.name_ar == "الشيخ مسكين"
    (ev,) = _events("أصيب ثلاثة جنود بجروح في هجوم مسلح على نقطة للجيش في قضاء هيت، نقلوا على إثره "
                    "إلى مستشفى مدينة الرمادي، بحسب مصدر أمني عراقي.", "2024-05-15")
    assert ev.location is not None and "هيت" in ev.location.name_ar


def test_a_place_named_before_keeps_its_sense() -> None:
    # «نوى» is also a common word (intents, stones): named as a town in the lead («بين مدينتي
    # نوى والشيخ مسكين»), the state agency's bare «قرب نوى» is the town too
    text, doc = _daraa()
    at = text.index("قرب نوى") + len("قرب ")
    (nawa,) = [e for e in doc.entities if e.start == at]
    assert nawa.geo is not None and nawa.geo.name_ar == "نوى"


def test_a_plural_series_over_a_month_is_a_summary() -> None:
    assert not _events("وأحصى المرصد مقتل 18 شخصاً في عمليات اغتيال بمحافظة درعا خلال شهر تشرين "
                       "الأول الماضي.")


TAIZ = "2026-11-27"  # a Friday: «أمس الخميس» is the 26th


def _taiz() -> tuple[str, hadath.Document]:
    return read_article("taiz_hodeidah_agency.txt", TAIZ)


def test_the_taiz_shelling_and_the_sanaa_abduction() -> None:
    _, doc = _taiz()
    (shell,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shell.actor1) == "Houthi Movement" and name(shell.actor2) == "Civilians (Yemen)"
    assert shell.fatalities == 2 and shell.event_date == "2026-11-26"
    assert shell.location is not None and shell.location.name == "Taiz"
    (taken,) = of_sub(doc, "Abduction/forced disappearance")
    assert name(taken.actor1) == "Houthi Movement" and taken.event_date == "2026-11-27"
    assert taken.location is not None and taken.location.name == "Sanaa"


def test_a_signed_exchange_is_an_agreement_of_both_sides() -> None:
    text, doc = _taiz()
    # «وقّعت الحكومة اليمنية وجماعة الحوثي في مسقط، برعاية أممية، اتفاقاً لتبادل نحو 200 أسير»
    (deal,) = of_sub(doc, "Agreement")
    assert name(deal.actor1) == "Government of Yemen" and name(deal.actor2) == "Houthi Movement"
    assert deal.location is not None and deal.location.country == "OM"
    assert "اتفاقاً" in {text[s.start:s.end] for s in deal.evidence}


def test_signing_verbs_report_an_agreement_only_when_past() -> None:
    (deal,) = [e for e in _events("أبرمت الحكومة السودانية وحركة العدل والمساواة في جوبا اتفاقية لوقف العدائيات.")
               if e.sub_event_type == "Agreement"]
    assert deal.actor1 is not None and deal.actor2 is not None
    assert not [e for e in _events("ومن المقرر أن توقع الحكومة اليمنية وجماعة الحوثي اتفاقاً لتبادل الأسرى "
                                   "الشهر المقبل.") if e.sub_event_type == "Agreement"]
    assert not [e for e in _events("ولم يوقع الطرفان اتفاقاً حتى الآن رغم جولات التفاوض.")
                if e.sub_event_type == "Agreement"]


JOC = "2026-11-28"  # a Saturday: «اليوم السبت»


def _joc() -> tuple[str, hadath.Document]:
    return read_article("iraq_joc_statement.txt", JOC)


def test_the_joint_operations_statement_arrests_and_defused_bombs() -> None:
    _, doc = _joc()
    (arrests,) = of_sub(doc, "Arrests")
    assert name(arrests.actor1) == "Military Forces of Iraq"
    assert arrests.location is not None and arrests.location.name == "Tall ‘Afar"
    assert name(arrests.source) == "Security Media Cell"
    # «كما تمكنت مفارز هيئة الحشد الشعبي من تفكيك ثلاث عبوات ناسفة»: the managing verb's subject
    # is four words long
    (defused,) = of_sub(doc, "Disrupted weapons use")
    assert name(defused.actor1) == "Popular Mobilization Forces"
    assert defused.location is not None and defused.location.admin1 == "Salah ad Din"
    strikes = of_sub(doc, "Air/drone strike")
    assert strikes and strikes[0].fatalities == 4 and name(strikes[0].actor1) == "Military Forces of Iraq"
    assert all(e.fatalities is None for e in doc.events if e.sub_event_type != "Air/drone strike")


AMHARA = "2026-11-27"  # a Friday: «يوم الأربعاء» is the 25th, «ليل الثلاثاء» the 24th


def test_the_amhara_drone_strike_and_the_fano_attack_are_placed_in_their_region() -> None:
    _, doc = read_article("amhara_fano_wire.txt", AMHARA)
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor2) == "Civilians (Ethiopia)" and strike.fatalities == 12
    # «في بلدة قرب مدينة غوندر»: Gondar has no Arabic name in GeoNames (places_extra.tsv gives it)
    assert strike.location is not None and strike.location.name == "Gonder"
    assert strike.location.admin1 == "Amhara" and strike.event_date == "2026-11-25"
    (clash,) = of_sub(doc, "Armed clash")
    assert name(clash.actor1) == "Fano Militia" and name(clash.actor2) == "Military Forces of Ethiopia"
    assert clash.location is not None and clash.location.name == "Bahir Dar" and clash.event_date == "2026-11-24"
    # «نزح أكثر من 300 ألف شخص في الإقليم منذ بدء النزاع»: a claim, no event
    assert any(c.quantity.low == 300000 for c in doc.claims)
    assert len(doc.events) == 2


def test_an_analysis_of_threats_and_history_reports_no_event() -> None:
    # threats («هددت ... باستهداف ... إذا»)، warnings, remembered strikes of 2019-2020, a
    # researcher's «قد تلجأ إلى هجمات»، an agreement in force («وفق اتفاق بين بغداد وواشنطن»)
    _, doc = read_article("iraq_factions_analysis.txt", "2026-11-25")
    assert doc.events == []


def test_an_agreement_in_force_is_a_reference() -> None:
    for text in ("وقال المتحدث إن القوات ستنسحب من المدينة بموجب اتفاق وقف إطلاق النار الموقع بين الطرفين.",
                 "واتهم الجيش الحوثيين بقصف مواقعه في خرق لاتفاق الهدنة بين الطرفين.",
                 "وتنتشر القوات الأميركية في العراق وفق اتفاق بين بغداد وواشنطن ينتهي العام المقبل."):
        assert not [e for e in _events(text) if e.sub_event_type == "Agreement"], text


FASHER = "2026-11-24"  # a Tuesday: «مساء الأحد» is the 22nd


def test_the_fall_of_the_sixth_division_base_and_the_storming_of_the_town() -> None:
    text, doc = read_article("fasher_fall_newspaper.txt", FASHER)
    # «أعلنت قوات الدعم السريع ... سيطرتها الكاملة على مقر قيادة الفرقة السادسة»: a base taken
    (taken,) = of_sub(doc, "Non-state actor overtakes territory")
    assert name(taken.actor1) == "RSF: Rapid Support Forces" and name(taken.actor2) == "Military Forces of Sudan"
    assert taken.location is not None and taken.location.name == "El Fasher" and taken.event_date == "2026-11-22"
    (looted,) = of_sub(doc, "Looting/property destruction")
    assert name(looted.actor1) == "RSF: Rapid Support Forces"
    # «قُتلوا خلال اقتحام الأحياء الشرقية»: the storming the sentence told the RSF's men did
    (killed,) = of_sub(doc, "Attack")
    assert name(killed.actor1) == "RSF: Rapid Support Forces" and name(killed.actor2) == "Civilians (Sudan)"
    assert killed.fatalities == 60
    assert any(c.quantity.low == 26000 for c in doc.claims)


def test_the_outlet_told_is_an_organisation_not_the_region() -> None:
    # «أفاد مصدر محلي في مدينة نوى لـ«الشرق الأوسط»»: the newspaper, not the Middle East
    text, doc = _daraa()
    at = text.index("لـ«الشرق الأوسط»") + len("لـ«")
    (outlet,) = [e for e in doc.entities if e.start == at]
    assert outlet.type == "ORG"
    doc = hadath.extract("وقال الباحث لـ«العربي الجديد» إن الشرق الأوسط يمر بمرحلة خطيرة.")
    region = [e for e in doc.entities if e.text == "الشرق الأوسط"]
    assert region and region[0].type != "ORG"


def test_an_alliance_or_ministry_named_by_the_entity_list_still_acts() -> None:
    # «حلف شمال الأطلسي» and «البنتاغون» are entities.tsv names; the actor rows the same words
    # make (NATO, the US military) give the event its actor
    (ev,) = _events("قال حلف شمال الأطلسي إنه قتل خمسة مسلحين في غارة جوية بولاية هلمند أمس.", "2024-05-15")
    assert name(ev.actor1) == "NATO: North Atlantic Treaty Organization"
    doc = hadath.extract("وأعلن البنتاغون أن قواته نفذت ضربة جوية في سوريا.")
    (pentagon,) = [e for e in doc.entities if e.text == "البنتاغون"]
    assert pentagon.type == "ORG"


def test_whom_a_protest_is_against_is_no_actor2() -> None:
    (ev,) = [e for e in _events("تظاهر حوالي خمسة آلاف شخص أمس في بيشاور ضد حلف شمال الأطلسي مطالبين الحكومة "
                                "بوقف دعمها لقوات الحلف.", "2024-05-15") if e.event_type == "Protests"]
    assert ev.actor2 is None


def test_a_plural_attack_verb_with_a_weapon_after_its_object() -> None:
    # «أن مجاهديها استهدفوا تجمعاً لجنود العدو الإسرائيلي ... بالأسلحة الصاروخية»: the soldiers
    # after the plural verb were hit; the statement's group fired
    (ev,) = _events("وأعلن حزب الله أن مقاتليه استهدفوا تجمعاً لجنود العدو الإسرائيلي في محيط ثكنة زرعيت "
                    "بالأسلحة الصاروخية.", "2024-05-15")
    assert name(ev.actor1) == "Hezbollah" and name(ev.actor2) == "Military Forces of Israel"
    _, doc = read_article("south_lebanon_strikes_newspaper.txt", "2024-05-15")
    hezbollah = [e for e in doc.events if name(e.actor1) == "Hezbollah"]
    assert len(hezbollah) == 2


def test_the_statements_strike_told_again_in_its_quote_is_one_strike_on_the_islamic_state() -> None:
    # «طائرات F-16 العراقية، وبناءً على معلومات استخبارية دقيقة من جهاز المخابرات، نفذت ضربة
    # جوية»: the intelligence service told, the Iraqi jets struck; the dead «إرهابيين» of a strike
    # on «وكراً لعصابات «داعش»» are the Islamic State's
    _, doc = _joc()
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Iraq" and name(strike.actor2) == "Islamic State"
    assert strike.fatalities == 4


def test_two_proclitics_open_with_a_conjunction() -> None:
    # «سودان» is no «س + و + دان» (condemned), «لستالين» no «ل + س + تالين» (Tallinn)
    (ev,) = _events("وذكرت سودان تربيون أن قوات الدعم السريع قصفت الفاشر.")
    assert name(ev.actor1) == "RSF: Rapid Support Forces" and ev.location is not None
    assert name(ev.source) == "Sudan Tribune"
    doc = hadath.extract("ورفع المتظاهرون صورا لستالين في وسط موسكو.")
    assert not [e for e in doc.entities if e.canonical == "Tallinn"]


def test_yemeni_and_sudanese_news_sites_are_outlets() -> None:
    doc = hadath.extract("ونقل موقع «المصدر أونلاين» عن مصادر محلية قولها إن الاشتباكات تجددت في مأرب.")
    (site,) = [e for e in doc.entities if "أونلاين" in e.text]
    assert site.type == "ORG" and site.canonical == "Al-Masdar Online"
