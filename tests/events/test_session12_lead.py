"""Session 12's reading of an agency wire from Yemen: US and British strikes on Hodeidah with
the Houthi health ministry's toll, CENTCOM's statement, a Houthi missile attack on a ship, and
a shell on a Taiz neighbourhood; plus the argument rules it exposed, on sentences of their own."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath

PUBLISHED = "2024-02-05"


def _doc() -> hadath.Document:
    return read_article("yemen_hodeidah_strikes.txt", PUBLISHED)[1]


def test_joint_strikes_name_the_partner_as_associated_actor() -> None:
    strike = _doc().events[0]
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of the United States"
    assert [a.name for a in strike.assoc_actors] == ["Military Forces of the United Kingdom"]
    assert strike.location is not None and strike.location.name == "Al Hudaydah"
    assert strike.fatalities == 4


def test_the_spokesman_speaks_for_the_ministry_to_the_channel() -> None:
    (q, *_) = _doc().quotes
    assert q.speaker == "أنيس الأصبحي"
    assert q.speaker_canonical == "Health Ministry (Sanaa)"
    assert q.via == "قناة «المسيرة»"


def test_their_forces_are_the_spokesmans_group() -> None:
    # «أعلن المتحدث العسكري باسم الحوثيين ... أن قواتهم استهدفت سفينة»
    (ship,) = [e for e in _doc().events if e.location is not None and e.location.name == "Gulf of Aden"]
    assert ship.actor1 is not None and ship.actor1.name == "Houthi Movement"


def test_who_fired_the_shell_is_the_attacker() -> None:
    (taiz,) = [e for e in _doc().events if e.location is not None and e.location.name == "Taiz"]
    assert taiz.actor1 is not None and taiz.actor1.name == "Houthi Movement"
    assert taiz.actor2 is not None and taiz.actor2.name == "Civilians (Yemen)"
    assert taiz.fatalities == 2 and taiz.event_date == "2024-02-04"


@pytest.mark.parametrize(("text", "attacker"), [
    ("قتل خمسة مدنيين ببرميل متفجر ألقته مروحية تابعة لقوات النظام على بلدة كفرنبل.", "Military Forces of Syria"),
    ("قتل جنديان بانفجار عبوة ناسفة زرعها مسلحون على طريق في ريف درعا.", "Unidentified Armed Group (Syria)"),
])
def test_a_weapon_released_or_planted_by_someone(text: str, attacker: str) -> None:
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name == attacker


def test_the_planter_of_a_defused_bomb_is_not_the_first_actor() -> None:
    text = "وفي مدينة الرقة، فككت قوى الأمن الداخلي (الأسايش) عبوة ناسفة زرعها مجهولون قرب دوار النعيم."
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.actor1 is not None and e.actor1.name.startswith("Asayish")


def test_soldiers_killed_by_a_planted_bomb_are_not_the_planters_ranks() -> None:
    text = "قتل جنديان بانفجار عبوة ناسفة زرعها مسلحون على طريق في ريف درعا."
    (c,) = hadath.extract(text, published=PUBLISHED).claims
    assert c.subject == "soldiers killed in Daraa"


@pytest.mark.parametrize(("text", "victims"), [
    # «قتل» with no object after its noun is read passive (قُتل): the noun is the dead
    ("قتل جنود أمريكيون في هجوم على قاعدة شمال العراق.", "Military Forces of the United States"),
    ("قتل عناصر من الشرطة في هجوم على حاجز في العريش.", "Police Forces of Egypt"),
])
def test_soldiers_killed_are_not_the_killers(text: str, victims: str) -> None:
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor2 is not None and e.actor2.name == victims
    assert e.actor1 is None or e.actor1.name != victims


def test_an_active_verb_keeps_its_subject_across_adverbs() -> None:
    # the object comes after adverbs set off by commas: the army is the killer
    text = "قتل الجيش الاسرائيلي، بالرصاص، امس، متظاهرا فلسطينيا، في حادثة هي الثالثة خلال يومين."
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Israel"


def test_the_group_after_lam_on_its_head_word_is_the_attacker() -> None:
    text = "قتل مقاتلون من قسد في هجوم لتنظيم داعش في دير الزور."
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name == "Islamic State"
    assert e.actor2 is not None and e.actor2.name.startswith("SDF")


PK_PUBLISHED = "2024-03-16"


def _pk() -> hadath.Document:
    return read_article("pakistan_kp_wire.txt", PK_PUBLISHED)[1]


def test_the_bombing_keeps_its_own_toll_and_its_claimant() -> None:
    bomb = _pk().events[0]
    assert bomb.sub_event_type == "Suicide bomb"
    # «مشيرة إلى أن قوات الأمن قتلت أربعة مسلحين خلال عملية تمشيط»: another happening, whose
    # four dead are not the bombing's seven
    assert bomb.fatalities == 7
    # the claim two paragraphs on is the bombing's, not the army's sweep told in between
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("TTP")
    assert bomb.location is not None and bomb.location.name == "North Waziristan"


def test_the_sweep_is_its_own_clash() -> None:
    (sweep,) = [e for e in _pk().events if e.fatalities == 4]
    assert sweep.sub_event_type == "Armed clash"
    assert sweep.actor1 is not None and sweep.actor1.inter == 1


def test_a_years_tally_is_no_event() -> None:
    # «شهد عام 2023 أكثر من 650 هجوما في باكستان، قتل فيها نحو ألف شخص»
    assert all(e.fatalities != 1000 for e in _pk().events)
    assert any(c.quantity.low == 1000 for c in _pk().claims)


def test_towns_resolve_in_pakistan() -> None:
    places = {e.location.name: e.location.country for e in _pk().events if e.location is not None}
    assert places.get("Quetta") == "PK"
    assert places.get("Bannu") == "PK"


def test_a_research_centre_with_a_long_name_is_the_tallys_source() -> None:
    # «بحسب مركز باكستان لدراسات النزاع والأمن»: a body named after its head, five words long
    tally = [c for c in _pk().claims if c.quantity.low in (650, 1000)]
    assert len(tally) == 2
    assert all(c.source is not None and c.source.name == "مركز باكستان لدراسات النزاع والأمن" for c in tally)


QA_PUBLISHED = "2024-01-15"


def _qamishli() -> hadath.Document:
    return read_article("qamishli_drone_report.txt", QA_PUBLISHED)[1]


def test_the_media_centre_in_marks_is_the_sdfs() -> None:
    doc = _qamishli()
    strike = doc.events[0]
    # «حسبما أفاد المركز الإعلامي لـ«قسد»»: the lexicon's «المركز الإعلامي لقسد» with marks
    assert strike.source is not None and strike.source.name == "SDF Media Center"
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Turkey"
    assert strike.fatalities == 3
    # «وقال المركز في بيان»: the same centre, named again by its head
    assert doc.quotes[0].speaker_canonical == "SDF Media Center"


def test_the_internal_security_forces_in_brackets_arrest() -> None:
    (arrest,) = [e for e in _qamishli().events if e.plover_type == "COERCE"]
    # «قوات الأمن الداخلي (الأسايش)»: one actor, a de facto authority, so an arrest
    assert arrest.sub_event_type == "Arrests"
    assert arrest.actor1 is not None and arrest.actor1.name == "Asayish (Syria)"
    assert arrest.actor2 is None or not arrest.actor2.name.startswith("Asayish")
    assert any(c.subject.startswith("people detained") and c.quantity.low == 5 for c in _qamishli().claims)


def test_the_newspaper_in_the_dateline_reports_what_no_one_else_does() -> None:
    # «القامشلي - «الشرق الأوسط»»: the newspaper, though its bare name is also "the Middle East"
    (protest,) = [e for e in _qamishli().events if e.plover_type == "PROTEST"]
    assert protest.source is not None and protest.source.name == "Asharq Al-Awsat"


def _kabul() -> hadath.Document:
    return read_article("kabul_iskp_wire.txt", "2024-04-26")[1]


def test_the_branch_that_claimed_the_bombing_is_its_actor() -> None:
    bomb = _kabul().events[0]
    # «وتبنى تنظيم «داعش - ولاية خراسان» الهجوم»: the branch, and the claim reaches past the marks
    assert bomb.actor1 is not None and bomb.actor1.name == "Islamic State (Khorasan)"
    assert bomb.location is not None and bomb.location.name == "Kabul"
    assert bomb.fatalities == 6 and bomb.event_date == "2024-04-25"


def test_a_participle_continues_its_sentences_subject() -> None:
    # «وأدانت بعثة الأمم المتحدة ... الهجوم، داعية سلطات الأمر الواقع إلى «...»»: UNAMA, not
    # the local officials quoted a paragraph before
    text, doc = read_article("kabul_iskp_wire.txt", "2024-04-26")
    (q,) = [q for q in doc.quotes if text[q.start:q.end].startswith("حماية المدنيين")]
    assert q.speaker.startswith("بعثة الأمم المتحدة")


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأدانت الخارجية الأمريكية الهجوم، مؤكدة أن «الإرهاب لن ينتصر».", "US Department of State"),
])
def test_a_condemning_body_goes_on_to_speak(text: str, speaker: str) -> None:
    (q,) = hadath.extract(text).quotes
    assert q.speaker_canonical == speaker


def _khartoum() -> hadath.Document:
    return read_article("khartoum_protest_wire.txt", "2022-06-30")[1]


def test_protesters_shot_dead_are_excessive_force_by_the_security_forces() -> None:
    ev = _khartoum().events[0]
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.actor1 is not None and ev.actor1.name == "Police Forces of Sudan"
    assert ev.actor2 is not None and ev.actor2.name == "Protesters (Sudan)"
    assert ev.fatalities == 2
    assert ev.source is not None and ev.source.name == "Central Committee of Sudan Doctors"


def test_the_police_that_says_it_arrested_is_the_arrester() -> None:
    # «قالت الشرطة ...، مؤكدة أنها تعاملت «بأقصى درجات ضبط النفس» واعتقلت 23 شخصاً»
    (arrest,) = [e for e in _khartoum().events if e.sub_event_type == "Arrests"]
    assert arrest.actor1 is not None and arrest.actor1.name == "Police Forces of Sudan"
    assert any(c.subject == "people detained" and c.quantity.low == 23 for c in _khartoum().claims)


def test_the_committee_named_again_speaks_under_its_english_name() -> None:
    # «وقالت اللجنة»: NER links it to «لجنة أطباء السودان», a sources row's Arabic name
    (q, *_) = _khartoum().quotes
    assert q.speaker == "اللجنة"
    assert q.speaker_canonical == "Central Committee of Sudan Doctors"
    wounded = [c for c in _khartoum().claims if c.subject == "people wounded"]
    assert wounded and wounded[0].source is not None and wounded[0].source.name == "Central Committee of Sudan Doctors"


def test_the_dead_of_the_protests_are_counted_as_killed() -> None:
    # «يرتفع عدد قتلى الاحتجاجات إلى 79 شخصاً»: a genitive between the dead and the link word
    (c,) = hadath.extract("وبذلك يرتفع عدد قتلى الاحتجاجات إلى 79 شخصاً، بحسب اللجنة.").claims
    assert c.subject == "people killed" and c.quantity.low == 79


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع التركية في بيان إنها «حيّدت 4 إرهابيين» في شمال سوريا.",
    "وأعلنت وزارة الدفاع التركية تحييد 12 إرهابيا في شمال العراق.",
    "وأعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع للمسلحين في ريف إدلب.",
])
def test_a_defence_ministry_reports_its_own_forces_deed(text: str) -> None:
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces of ")
    assert e.actor1.name in ("Military Forces of Turkey", "Military Forces of Russia")


def test_the_ministry_speaking_last_is_the_subject_not_an_earlier_speaker() -> None:
    text = ("قصفت طائرة مسيّرة تركية سيارة قرب القامشلي، ما أدى إلى مقتل شخصين، قالت «قسد» إنهما مدنيان، "
            "فيما قالت وزارة الدفاع التركية في بيان إنها «حيّدت 4 إرهابيين» في شمال سوريا.")
    doc = hadath.extract(text, published=PUBLISHED)
    neutralised = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert neutralised and all(e.actor1 is not None and e.actor1.name == "Military Forces of Turkey" for e in neutralised)


@pytest.mark.parametrize(("text", "subject"), [
    ("خرج آلاف السودانيين في مظاهرات في الخرطوم.", "protesters in Khartoum"),
    ("شارك نحو 5000 شخص في مسيرة وسط المدينة.", "protesters"),
    # a status before the number still wins: the killed, the detained are not the crowd
    ("قتل 5 أشخاص في مظاهرات في الخرطوم.", "people killed in Khartoum"),
    ("اعتقلت الشرطة 20 شخصا في مظاهرات في الخرطوم.", "people detained in Khartoum"),
])
def test_a_crowd_in_a_demonstration_is_counted_as_protesters(text: str, subject: str) -> None:
    (c,) = hadath.extract(text, published=PUBLISHED).claims
    assert c.subject == subject


@pytest.mark.parametrize(("text", "not_a_place"), [
    ("قتل طفلان بقذيفة أطلقها الحوثيون على حي سكني في مدينة تعز مساء أمس.", "سكني"),
    ("غارات مماثلة استهدفت العاصمة صنعاء ومحافظة صعدة يوم الخميس الماضي.", "محافظة"),
])
def test_a_describing_word_or_a_bare_head_is_no_place(text: str, not_a_place: str) -> None:
    doc = hadath.extract(text, published=PUBLISHED)
    assert all(e.text != not_a_place for e in doc.entities)


def test_a_yemeni_district_is_a_place_not_a_directorate() -> None:
    # «مديرية الصليف»: the CRF's organisation is «مديرية» + a gazetteer place name
    doc = hadath.extract("استهدف العدوان منشآت مدنية في ميناء رأس عيسى ومديرية الصليف.", published=PUBLISHED)
    (d,) = [e for e in doc.entities if e.text == "مديرية الصليف"]
    assert d.type == "GPE"
    doc = hadath.extract("وقال مدير مديرية شرطة كركوك إن الهجوم وقع ليلا.", published=PUBLISHED)
    assert all(e.type != "GPE" or e.text == "كركوك" for e in doc.entities)
