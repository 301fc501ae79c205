"""Session 11's reading of a Reuters-style wire from north-east Nigeria: a village massacre
whose toll the residents and the army dispute, a school abduction in another state, a
governor's press conference in the state capital, and a protest there."""

from __future__ import annotations

from article_support import read_article

import hadath

PUBLISHED = "2024-05-16"


def _doc() -> hadath.Document:
    return read_article("nigeria_borno_wire.txt", PUBLISHED)[1]


def test_the_massacre_is_placed_in_its_state_and_its_toll_is_disputed() -> None:
    doc = _doc()
    attack = doc.events[0]
    assert attack.actor1 is not None and attack.actor1.name.startswith("Boko Haram")
    assert attack.location is not None and (attack.location.name, attack.location.country) == ("Borno", "NG")
    assert attack.event_date == "2024-05-14"  # «مساء الثلاثاء» before a Thursday publication
    assert attack.fatalities == 12  # the lowest of the reported tolls, as ACLED codes
    assert any("37" in c.reason and "12" in c.reason for c in doc.conflicts)


def test_a_resident_is_the_source_not_his_village() -> None:
    doc = _doc()
    # «وأوضح أحد سكان قرية كوشيبي، ويدعى موسى عثمان، لرويترز»: the resident, by the name given
    counts = [c for c in doc.claims if c.subject == "people killed" and c.quantity.low == 37 and c.source is not None]
    assert counts and counts[0].source is not None and counts[0].source.name == "موسى عثمان"
    assert all(c.source is None or c.source.name != "كوشيبي" for c in doc.claims)


def test_abducted_students_are_civilians_in_the_town_named() -> None:
    doc = _doc()
    (abduction,) = [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert abduction.actor2 is not None and abduction.actor2.name == "Civilians (Nigeria)"
    assert abduction.location is not None and (abduction.location.name, abduction.location.country) == ("Gusau", "NG")
    assert abduction.event_date == "2024-05-16"
    assert any(c.subject.startswith("students") and c.quantity.low == 20 for c in doc.claims)


def test_no_attack_in_the_capital_where_the_governor_spoke() -> None:
    doc = _doc()
    in_capital = [e for e in doc.events if e.location is not None and e.location.name == "Maiduguri"]
    assert [e.sub_event_type for e in in_capital] == ["Peaceful protest"]


def test_residents_speak_from_their_place() -> None:
    """«أحد سكان X»: X is a place even when NER reads a person, and never the speaker's name."""
    doc = hadath.extract("وقال أحد سكان كوشيبي لرويترز إنه أحصى 37 جثة.", published=PUBLISHED)
    (count,) = [c for c in doc.claims if c.quantity.low == 37]
    assert count.source is not None and count.source.name == "أحد سكان كوشيبي"
    doc = hadath.extract("وقال أحد أهالي البلدة محمد العلي لرويترز إنه أحصى 37 جثة.", published=PUBLISHED)
    (count,) = [c for c in doc.claims if c.quantity.low == 37]
    assert count.source is not None and count.source.name == "محمد العلي"


def test_kurdish_outlet_report_of_turkish_strikes() -> None:
    """A Rudaw-style report: a drone strike near Penjwen, shelling near Amadiya the day before,
    a ministry's claim about PKK fighters, a monitor's multi-year tally and a protest in Erbil."""
    _, doc = read_article("kurdistan_rudaw_report.txt", "2024-05-13")
    strike, shelling = doc.events[0], doc.events[1]
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities == 3
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Turkey"
    assert strike.location is not None and strike.location.country == "IQ"
    assert shelling.sub_event_type == "Shelling/artillery/missile attack" and shelling.event_date == "2024-05-12"
    # «حزب العمال الكوردستاني»: the Kurdish media's spelling reaches the lexicon's PKK
    assert any(c.subject.startswith("PKK: Kurdistan Workers Party") for c in doc.claims)
    # the title's person between commas speaks: «قائمقام بنجوين، رزكار عزيز، لشبكة ...»
    assert [q.speaker for q in doc.quotes] == ["رزكار عزيز"]
    # a body named after its head word is the source of its tally, not the last official
    (tally,) = [c for c in doc.claims if c.quantity.low == 130]
    assert tally.source is not None and tally.source.name == "منظمة فرق صناع السلام الأمريكية"


def test_person_between_commas_after_a_title_speaks() -> None:
    doc = hadath.extract('وقال المتحدث باسم الشرطة، العقيد محمد الخالدي، إن "المسلحين فروا باتجاه الجبال".',
                         published=PUBLISHED)
    (quote,) = doc.quotes
    assert (quote.speaker, quote.speaker_canonical) == ("محمد الخالدي", "Police")
    # an organisation's aside between commas is no person
    doc = hadath.extract('وقال المرصد السوري، ومقره لندن، إن "12 شخصا قتلوا في القصف".', published=PUBLISHED)
    (quote,) = doc.quotes
    assert quote.speaker_canonical == "Syrian Observatory for Human Rights"


def test_a_period_of_control_is_no_taking_and_dates_what_happened_in_it() -> None:
    """«خلال سيطرته على المنطقة», «إبان سيطرته»: the time frame of a past massacre, not ground
    taken now, and not an execution today (a SANA-style report of a mass grave)."""
    _, doc = read_article("sana_hama_report.txt", "2024-05-13")
    kinds = [e.sub_event_type for e in doc.events]
    assert "Non-state actor overtakes territory" not in kinds
    assert not [e for e in doc.events if e.location is not None and e.location.name == "Deir ez-Zor"]
    assert kinds[0] == "Shelling/artillery/missile attack" and doc.events[0].fatalities == 2
    doc = hadath.extract("وكان التنظيم قد أعدم عشرات المدنيين إبان سيطرته على المدينة.", published=PUBLISHED)
    assert doc.events == []
    # a taking told as it happens still is one
    doc = hadath.extract("سيطر مقاتلو المعارضة على بلدة اللطامنة بعد معارك عنيفة أمس.", published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]


def test_soldiers_who_died_are_the_target_of_the_mine() -> None:
    """«ثلاثة عسكريين قد استشهدوا بانفجار لغم من مخلفات الإرهابيين»: dying has no agent; its
    subject is the victim and the group named after it struck them."""
    doc = hadath.extract("وكان ثلاثة عسكريين قد استشهدوا أمس بانفجار لغم أرضي من مخلفات الإرهابيين شرق حمص.",
                         published=PUBLISHED)
    (mine,) = doc.events
    assert mine.actor2 is not None and mine.actor2.name == "Military Forces of Syria"
    assert mine.actor1 is not None and mine.actor1.name == "Unidentified Armed Group (Syria)"
    doc = hadath.extract("وقال مصدر إن خمسة جنود لقوا حتفهم بانفجار عبوة ناسفة زرعها مسلحون في ريف درعا.",
                         published=PUBLISHED)
    (bomb,) = doc.events
    assert bomb.actor2 is not None and bomb.actor2.name == "Military Forces of Syria" and bomb.fatalities == 5


def test_dead_or_wounded_between_is_no_count_of_the_dead() -> None:
    """«وأوقعت عددا منهم بين قتيل ومصاب»: some dead, some wounded, no number of either; a bare
    «قتيل» there is not one dead («مصاب» is a wounding word as «جريح» is)."""
    doc = hadath.extract("قصفت قوات الجيش مواقع المسلحين في ريف حماة أمس وأوقعت عددا منهم بين قتيل ومصاب.",
                         published=PUBLISHED)
    assert doc.events and all(e.fatalities is None for e in doc.events)


def test_a_body_named_in_marks_is_the_source_not_a_quotation() -> None:
    """«وفق ما أعلنت «تنسيقية لجان المقاومة بالفاشر»»: newspapers mark the names of bodies they
    cite; the name is the source of the toll, not words said by the last source named."""
    fasher, doc = read_article("fasher_newspaper_analysis.txt", "2024-09-16")
    assert not [q for q in doc.quotes if "تنسيقية" in fasher[q.start:q.end]]
    shelling = doc.events[0]
    assert shelling.actor1 is not None and shelling.actor1.name == "RSF: Rapid Support Forces"
    assert shelling.fatalities == 9
    assert shelling.source is not None and shelling.source.name == "Resistance Committees (Sudan)"
    (toll,) = [c for c in doc.claims if c.quantity.low == 9]
    assert toll.source is not None and toll.source.name == "Resistance Committees (Sudan)"


def test_a_side_s_dead_told_elsewhere_unplaced_are_not_part_of_the_victims() -> None:
    """The army's unplaced «وقتل العشرات من عناصرها» a paragraph after the RSF's shelling of a
    camp tells the army's own strike: fewer victims there than RSF dead is no contradiction."""
    _, doc = read_article("fasher_newspaper_analysis.txt", "2024-09-16")
    assert doc.conflicts == []


def test_gunmen_loyal_to_the_government_kill_civilians() -> None:
    """«قتل مسلحون موالون للحكومة 11 مدنيا»: the indefinite «موالون» marks the government as
    the gunmen's associate, not their target; the civilians are."""
    doc = hadath.extract("وفي 3 مايو/أيار، قتل مسلحون موالون للحكومة 11 مدنيا في بلدة مايوم بجنوب السودان.",
                         published=PUBLISHED)
    (attack,) = doc.events
    assert attack.sub_event_type == "Attack" and attack.fatalities == 11
    assert attack.actor2 is not None and attack.actor2.name.startswith("Civilians")


def test_a_militia_is_an_armed_actor_and_a_base_name_is_not_cut() -> None:
    """«هاجمت ميليشيا ... قاعدة عين الأسد»: «ميليشيا» is an armed group; «عين» alone after
    «قاعدة» is the first word of the base's name, not a Yemeni village called «عين»."""
    doc = hadath.extract("هاجمت ميليشيا موالية لإيران قاعدة عين الأسد أمس بطائرات مسيرة.", published=PUBLISHED)
    (strike,) = doc.events
    assert strike.actor1 is not None and strike.actor1.name.startswith("Unidentified Armed Group")
    assert strike.location is None or strike.location.country != "YE"


def test_a_date_after_publication_dates_no_event() -> None:
    """«وقال المتظاهرون إنهم سيعودون غدا»: tomorrow is a plan, not the protest's day."""
    doc = hadath.extract("وفي لاهور، ردد أكثر من ألفي شخص هتافات ضد الحكومة أمام مقر البرلمان، "
                         "وقال المتظاهرون إنهم سيعودون غدا.", published="2024-05-15")
    assert doc.events and all(e.event_date is None or e.event_date <= "2024-05-15" for e in doc.events)


def test_a_date_word_inside_a_name_dates_nothing() -> None:
    """«حزب الغد» (the Tomorrow party) is no date: a sit-in of its supporters is not dated
    tomorrow (it was dated 2024-05-16 for a 15 May publication)."""
    doc = hadath.extract("نظم أنصار حزب الغد وقفة احتجاجية أمام مقر البرلمان في القاهرة للمطالبة بالإفراج "
                         "عن زعيم الحزب.", published="2024-05-15")
    (sit_in,) = doc.events
    assert sit_in.event_date is None or sit_in.event_date <= "2024-05-15"


def test_at_dawn_is_no_bombing() -> None:
    """«فجرا» after an attack is «at dawn», not «they (two) blew up»; the dual verb has its
    object next («انتحاريان فجرا نفسيهما»)."""
    doc = hadath.extract("هاجم مسلحون القاعدة العسكرية فجرا، وقتلوا ثلاثة جنود.", published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]
    doc = hadath.extract("انتحاريان فجرا نفسيهما وسط السوق في بغداد أمس.", published=PUBLISHED)
    assert doc.events and doc.events[0].event_type == "Explosions/Remote violence"


def test_slogans_are_the_crowd_s_words_not_the_agencies() -> None:
    """«وجاب المحتجون ... رافعين شعارات من قبيل "..." و"..."»: the protesters' slogans, not
    words of the agencies the dateline names; the capital named after its country is Tunis."""
    tunis, doc = read_article("tunis_protest_wire.txt", "2024-05-19")
    slogans = [q for q in doc.quotes if "حريات" in tunis[q.start:q.end] or "رعب" in tunis[q.start:q.end]]
    assert len(slogans) == 2 and all(q.speaker == "المحتجون" for q in slogans)
    march = doc.events[0]
    assert march.event_type == "Protests" and march.event_date == "2024-05-18"
    assert march.location is not None and march.location.name == "Tunis"


def test_a_strike_announced_for_next_week_is_no_event() -> None:
    """«وأعلن الاتحاد ... عن إضراب عام ... الأسبوع المقبل»: a happening named by a noun and
    dated only after publication in its clause is announced, not reported."""
    doc = hadath.extract("وأعلن الاتحاد العام التونسي للشغل عن إضراب عام في قطاع التعليم الأسبوع المقبل، "
                         "احتجاجا على تدهور الأوضاع المادية للمدرسين.", published="2024-05-19")
    assert doc.events == []
    doc = hadath.extract("ودخل عمال الموانئ في إضراب عام أمس احتجاجا على تأخر الرواتب.", published="2024-05-19")
    assert [e.event_date for e in doc.events] == ["2024-05-18"]


def test_who_suffers_an_attack_is_its_target() -> None:
    """«تعرض مدير شرطة المحافظة لمحاولة اغتيال»: the police chief is actor2 (the construct
    «شرطة المحافظة» names the police), as the survivor of «نجا ... من محاولة اغتيال» is."""
    doc = hadath.extract("تعرض مدير شرطة المحافظة لمحاولة اغتيال بعبوة ناسفة في الرمادي أمس.", published=PUBLISHED)
    (attempt,) = doc.events
    assert attempt.actor2 is not None and attempt.actor2.name == "Police Forces of Iraq"
    assert attempt.actor1 is None or not attempt.actor1.name.startswith("Police")
