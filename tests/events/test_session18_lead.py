"""Session 18's reading of articles written for the suite: an agency report on the Jordanian
army's clash with smugglers on the Syrian border (the army's formal name with «- الجيش العربي»,
a military source telling what the border guards recorded, an unknown aircraft's strike across
the border in Suwayda); a newspaper report on a settlers' attack on a West Bank village (the
village council head's figures, the army's own version, arrests in Jenin, two bodies' counts of
settler attacks that both say "more than", a shooting the day before given as background); a wire on Russian strikes on a market in
Jisr al-Shughur (the civil defence's and the observatory's tolls, which agree, Russia's denial,
the rebels' reply on Hama's countryside); plus the rules they exposed, on sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages

JORDAN = "2024-05-12"  # a Sunday: «صباح اليوم الأحد»
WEST_BANK = "2024-06-21"  # «مساء أمس» is the 20th
IDLIB = "2024-06-18"  # a Tuesday: «الاثنين» is the 17th


def _jordan() -> tuple[str, hadath.Document]:
    return read_article("jordan_border_smugglers_agency.txt", JORDAN)


def _west_bank() -> tuple[str, hadath.Document]:
    return read_article("westbank_settlers_newspaper.txt", WEST_BANK)


def test_the_jordanian_armys_clash_with_smugglers() -> None:
    _, doc = _jordan()
    (clash,) = of_sub(doc, "Armed clash")
    # «القوات المسلحة الأردنية - الجيش العربي»: one name, the Jordanian army's, though the
    # article's places are mostly Syrian (its focus country): not Syria's army
    assert name(clash.actor1) == "Military Forces of Jordan"
    assert clash.fatalities == 4 and clash.event_date == JORDAN
    killed = [c for c in doc.claims if c.subject == "people killed" and c.quantity.low == 4]
    assert killed
    # «وقال مصدر عسكري ... إن قوات حرس الحدود رصدت محاولة تسلل ...»: the source is the
    # military source; the border guards recorded what he tells, and «محاولة تسلل» is no one
    sources = {c.source.name for c in killed if c.source}
    assert "Military source" in sources
    assert not any("محاولة" in s for s in sources)


def test_the_strike_across_the_border() -> None:
    _, doc = _jordan()
    (strike,) = of_sub(doc, "Air/drone strike")
    assert strike.fatalities == 3
    assert strike.location is not None and strike.location.country == "SY"
    assert name(strike.actor2) == "Civilians (Syria)"


def test_the_settlers_attack_on_turmus_ayya() -> None:
    text, doc = _west_bank()
    attacks = of_sub(doc, "Attack")
    (attack,) = attacks
    assert name(attack.actor1) == "Settlers (Israel)" and name(attack.actor2) == "Civilians (Palestine)"
    assert attack.location is not None and attack.location.name == "Turmus‘ayyā"
    assert attack.event_date == "2024-06-20" and attack.fatalities == 1
    # «وسط حماية من قوات الاحتلال»: the army guards the settlers who burn the houses; it is
    # no target of the arson
    (burning,) = of_sub(doc, "Looting/property destruction")
    assert name(burning.actor1) == "Settlers (Israel)"
    assert name(burning.actor2) != "Military Forces of Israel"
    assert [a.name for a in burning.assoc_actors] == ["Military Forces of Israel"]


def test_the_shooting_the_day_before_is_background() -> None:
    _, doc = _west_bank()
    # «ويأتي الهجوم بعد يوم من مقتل مستوطن ... تبنتها كتائب شهداء الأقصى»: the story's attack,
    # told again to date it by the shooting before, which was news the day before
    assert not [e for e in doc.events if name(e.actor1) == "Al Aqsa Martyrs Brigade"]
    assert not of_sub(doc, "Armed clash")


def test_the_council_heads_words_and_figures() -> None:
    text, doc = _west_bank()
    # «وقال رئيس مجلس قروي ترمسعيا لافي أديب، لـ«الأيام»»: «لافي» is his name, not «لإفي»
    # (told to EFE); the council's village ends the title, his name follows
    (quote,) = [q for q in doc.quotes if "لإبادة القرية" in text[q.start:q.end]]
    assert quote.speaker == "لافي أديب"
    # «...، مضيفاً: «...»»: the words go on, told to the paper the frame named
    assert quote.via == "الأيام"
    by_subject = {c.subject: c for c in doc.claims if c.source and c.source.name == "لافي أديب"}
    assert by_subject["settlers"].quantity.low == 400
    assert by_subject["buildings destroyed"].quantity.low == 30
    # «وأضرموا النار في أكثر من 30 منزلاً و60 مركبة»
    assert by_subject["vehicles destroyed"].quantity.low == 60


def test_arrests_past_a_time_aside_and_no_false_conflict() -> None:
    _, doc = _west_bank()
    # «اعتقلت قوات الاحتلال، فجر اليوم، خمسة مواطنين»: arrested, past the time between commas
    (arrested,) = [c for c in doc.claims if c.quantity.low == 5]
    assert arrested.subject == "people detained"
    assert arrested.source is not None and arrested.source.name == "Palestinian Prisoners' Society"
    # so the army's «عشرات المواطنين الإسرائيليين» who entered the village do not rival them
    idx = doc.claims.index(arrested)
    assert not [c for c in doc.conflicts if idx in c.claims]


def test_two_counts_of_settler_attacks_that_both_say_more_than() -> None:
    _, doc = _west_bank()
    counts = [c for c in doc.claims if c.unit == "attacks"]
    by_source = {c.source.name: c for c in counts if c.source}
    # «ووفق معطيات هيئة مقاومة الجدار والاستيطان»: the commission's figures
    commission = by_source["Colonization and Wall Resistance Commission"]
    assert commission.quantity.low == 1200
    # «عدد الاعتداءات تجاوز 900 اعتداء»: exceeded, so "at least 900": no conflict with «أكثر من 1200»
    btselem = by_source["B'Tselem"]
    assert btselem.quantity.low == 900 and btselem.quantity.approximate
    pair = (doc.claims.index(commission), doc.claims.index(btselem))
    assert not [c for c in doc.conflicts if set(c.claims) == set(pair)]


def _vetoes(text: str) -> dict[str, str | None]:
    doc = Pipeline(default_stages())(Doc(raw=text))
    return {c.text: c.veto for s in score(doc) for c in s.candidates}


def test_a_happening_a_day_before_is_background() -> None:
    # «بعد يوم من»: the day measures the time between, it does not date the happening today
    v = _vetoes("وقال الحلف إن الانفجار جاء بعد يوم من مقتل 16 شخصا في هجوم انتحاري.")
    assert v["مقتل"] == "after"
    v = _vetoes("ويأتي القصف بعد ساعات من هجوم شنه مسلحون على حاجز للجيش.")
    assert v["القصف"] == "retold" and v["هجوم"] == "after"
    # a weekday after the word still dates it to the story's days
    v = _vetoes("وشلت الحركة في المدينة بعد انفجار سيارة مفخخة أمس.")
    assert v["انفجار"] is None


def test_a_recording_verb_takes_no_listener() -> None:
    doc = hadath.extract("وقال مصدر عسكري إن قوات حرس الحدود رصدت محاولة تسلل لمجموعات مسلحة، "
                         "ما أدى إلى مقتل أربعة من المهربين.", published="2024-05-12")
    (killed,) = [c for c in doc.claims if c.quantity.low == 4]
    assert killed.source is not None and killed.source.name == "Military source"


def test_exceeded_is_a_lower_bound() -> None:
    doc = hadath.extract("وقالت الوزارة إن عدد القتلى تجاوز 180 شخصاً.", published="2024-05-12")
    (n,) = [x for x in doc.claims if x.quantity.low == 180]
    assert n.quantity.approximate


def _idlib() -> tuple[str, hadath.Document]:
    return read_article("idlib_market_strikes_wire.txt", IDLIB)


def test_the_market_strike_and_its_sources() -> None:
    text, doc = _idlib()
    (strike,) = of_sub(doc, "Air/drone strike")
    assert name(strike.actor1) == "Military Forces of Russia" and name(strike.actor2) == "Civilians (Syria)"
    assert strike.fatalities == 11 and strike.event_date == "2024-06-17"
    assert strike.location is not None and strike.location.name == "Jisr ash Shughūr"
    # «وفق ما أفاد الدفاع المدني السوري المعروف بـ«الخوذ البيضاء»»: the lexicon's source, not
    # NER's span that runs on into its other name
    assert strike.source is not None and strike.source.name == "Syrian Civil Defence"
    # «وقال مدير المكتب الإعلامي في الدفاع المدني أحمد يازجي لوكالة فرانس برس»: the office's
    # head, named after where the office is
    assert {q.speaker for q in doc.quotes if "الطائرات الحربية" in text[q.start:q.end]} == {"أحمد يازجي"}
    # «...، مضيفاً أن فرق الإنقاذ «لا تزال تبحث ...»»: he goes on, to the same agency
    (more,) = [q for q in doc.quotes if "ناجين" in text[q.start:q.end]]
    assert more.speaker == "أحمد يازجي" and more.via == "وكالة فرانس برس"
    # at least 11 (the civil defence) and 13 (the observatory) agree
    assert not doc.conflicts


def test_russias_denial_is_no_event_and_the_rebels_reply() -> None:
    _, doc = _idlib()
    # «نافياً استهداف أي مواقع مدنية»: denied, no attack by HTS or anyone
    assert not [e for e in doc.events if name(e.actor1) == "HTS: Hayat Tahrir al Sham"]
    assert not of_sub(doc, "Armed clash")
    (reply,) = of_sub(doc, "Shelling/artillery/missile attack")
    # «ردت فصائل معارضة بقصف صاروخي على مواقع لقوات النظام»
    assert name(reply.actor1) == "Opposition Rebels (Syria)" and name(reply.actor2) == "Military Forces of Syria"
    assert reply.fatalities == 2
    assert reply.source is not None and reply.source.name == "Syrian Observatory for Human Rights"


DERNA = "2023-09-19"  # a Tuesday: «مساء أمس الاثنين» is the 18th


def _derna() -> tuple[str, hadath.Document]:
    return read_article("derna_protest_newspaper.txt", DERNA)


def test_the_derna_protest_that_burnt_the_mayors_house() -> None:
    _, doc = _derna()
    # «قبل أن يتوجه عدد من المحتجين إلى منزل عميد بلدية درنة ... ويضرموا النار فيه»: the
    # crowd burnt a house, a violent demonstration, whose crowd ACLED names rioters
    (riot,) = of_sub(doc, "Violent demonstration")
    assert name(riot.actor1) == "Rioters (Libya)"
    assert riot.location is not None and riot.location.name == "Darnah"
    assert riot.event_date == "2023-09-18"
    # the vigil in Tripoli stayed peaceful, its crowd protesters
    (vigil,) = of_sub(doc, "Peaceful protest")
    assert name(vigil.actor1) == "Protesters (Libya)"
    assert vigil.location is not None and vigil.location.name == "Tripoli"
    # the flood is no conflict event
    assert len(doc.events) == 2


def test_the_flood_tolls_disagree() -> None:
    _, doc = _derna()
    killed = {c.source.name: c for c in doc.claims if c.subject == "people killed" and c.source}
    red_crescent, who = killed["Libyan Red Crescent"], killed["World Health Organization"]
    assert (red_crescent.quantity.low, who.quantity.low) == (11300, 3958)
    pair = {doc.claims.index(red_crescent), doc.claims.index(who)}
    assert [c for c in doc.conflicts if set(c.claims) == pair]
    # «أكثر من تسعة آلاف شخص في عداد المفقودين»: missing, not killed nor plain people
    (missing,) = [c for c in doc.claims if c.quantity.low == 9000]
    assert missing.subject == "people missing"


YEMEN = "2024-03-06"  # a Wednesday: «يوم أمس الثلاثاء» is the 5th


def _roundup() -> tuple[str, hadath.Document]:
    return read_article("yemen_daily_roundup_bulletin.txt", YEMEN)


def test_the_roundups_items_take_its_day() -> None:
    _, doc = _roundup()
    # «شهدت عدة جبهات يمنية، يوم أمس الثلاثاء، تصعيدا ... وفيما يلي أبرز الأحداث ...:»: no
    # item states a date of its own, each is that day's
    assert doc.events and all(e.event_date == "2024-03-05" and e.time_precision == 1 for e in doc.events)


def test_the_roundups_items() -> None:
    _, doc = _roundup()
    (shell,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert name(shell.actor1) == "Houthi Movement" and shell.fatalities == 2
    # «لقي ثلاثة جنود من القوات الحكومية مصرعهم ... في هجوم شنه الحوثيون»: the soldiers are
    # the target (the subject of «لقي» before «مصرعهم»), so the attack is a clash
    (clash,) = of_sub(doc, "Armed clash")
    assert (name(clash.actor1), name(clash.actor2)) == ("Houthi Movement", "Military Forces of Yemen")
    assert clash.fatalities == 3
    # «أعلن الجيش الوطني إسقاط طائرة مسيرة مفخخة أطلقها الحوثيون»: announced, so it happened
    (downed,) = of_sub(doc, "Disrupted weapons use")
    assert (name(downed.actor1), name(downed.actor2)) == ("Military Forces of Yemen", "Houthi Movement")
    assert downed.location is not None and downed.location.name == "Ma'rib"
    # «- صنعاء: أفرجت جماعة الحوثي عن 15 معتقلا من أبناء محافظة إب»: the Houthis released
    # them, in Sanaa (the item's heading); Ibb is where the detainees are from
    (release,) = [e for e in doc.events if e.plover_type == "CONCEDE"]
    assert name(release.actor1) == "Houthi Movement"
    assert release.location is not None and release.location.name == "Sanaa"


KOYA = "2022-11-17"  # a Thursday: «صباح الأربعاء» is the 16th


def _koya() -> tuple[str, hadath.Document]:
    return read_article("koya_iranian_drones_wire.txt", KOYA)


def test_the_iranian_drone_strike_on_koya() -> None:
    _, doc = _koya()
    strikes = of_sub(doc, "Air/drone strike")
    (main,) = [e for e in strikes if e.fatalities == 3]
    assert name(main.actor1) == "Military Forces of Iran - Islamic Revolutionary Guard Corps"
    assert main.location is not None and main.location.name == "Koysinceq"
    assert main.event_date == "2022-11-16"
    # «طائرات مسيرة انتحارية»: kamikaze drones, a drone strike, no suicide bombing
    assert not of_sub(doc, "Suicide bomb")
    # «فيما دانت وزارة الخارجية العراقية ... واستدعت السفير الإيراني في بغداد»: another
    # happening's place; no event of the strike is placed in Baghdad
    assert not [e for e in doc.events if e.location is not None and e.location.name == "Baghdad"]


def test_the_partys_and_the_regions_figures() -> None:
    _, doc = _koya()
    # «إن ثلاثة من أعضائه قتلوا»: the party's members counted, the party their owner
    (members,) = [c for c in doc.claims if c.quantity.low == 3]
    assert members.subject == "KDPI: Democratic Party of Iranian Kurdistan members killed"
    assert members.source is not None and members.source.name == "KDPI: Democratic Party of Iranian Kurdistan"
    (four,) = [c for c in doc.claims if c.quantity.low == 4]
    assert four.subject == "people killed" and four.source is not None
    assert four.source.name == "Kurdistan Regional Government"
    # three of the party's members among four dead: no disagreement
    assert not doc.conflicts


KORDOFAN = "2025-03-09"  # a Sunday: «أمس السبت» is the 8th


def _kordofan() -> tuple[str, hadath.Document]:
    return read_article("kordofan_market_shelling_agency.txt", KORDOFAN)


def test_the_el_obeid_market_shelling() -> None:
    _, doc = _kordofan()
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert (name(shelling.actor1), name(shelling.actor2)) == ("RSF: Rapid Support Forces", "Civilians (Sudan)")
    assert shelling.fatalities == 23 and shelling.event_date == "2025-03-08"
    assert shelling.location is not None and shelling.location.name == "El Obeid"
    # at least 23 (the doctors' network) and 31 (Emergency Lawyers) agree
    assert not doc.conflicts


def test_the_kosti_vigil_met_with_arrests() -> None:
    _, doc = _kordofan()
    # «أن قوات الأمن اعتقلت 12 ناشطا خلال وقفة احتجاجية نظمها عشرات الشبان أمام مقر الحكومة
    # المحلية»: a vigil «staged by» the youths (the verb after the noun), its arrests the
    # intervention, by the security forces (not the government whose building it stood before)
    (vigil,) = of_sub(doc, "Protest with intervention")
    assert name(vigil.actor2) == "Police Forces of Sudan"
    # «في مدينة كوستي»: Kosti, whose GeoNames record has no Arabic name (places_extra.tsv)
    assert vigil.location is not None and vigil.location.name == "Kosti"
    (held,) = [c for c in doc.claims if c.quantity.low == 12]
    assert held.subject == "people detained"
