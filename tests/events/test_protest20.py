"""Protests as ACLED codes them, in the forms agency wires on Iraq, Lebanon, Sudan, Tunisia,
Morocco, Palestine, Egypt and Jordan use: a strike that a heeded call called for («لبى آلاف العمال
دعوة الاتحاد إلى الإضراب»), a strike people keep up or enter far from its noun («يواصل نحو ألف
أسير ... إضرابهم»، «دخل أطباء المستشفيات الحكومية في السودان في إضراب»), who staged a strike
(«نفذ سائقو سيارات الأجرة إضرابا»), and the calls, plans, rights and diplomatic protests that
report no protest.

New sentences and articles written for these tests in wire style (not from the gold data).
"""

from __future__ import annotations

import pytest

import hadath


def protests(text: str) -> list:
    found = hadath.extract(text, published="2024-05-15").events
    return [e for e in found if e.plover_type == "PROTEST"]


def test_a_heeded_call_to_strike_is_the_strike_of_who_heeded_it() -> None:
    (e,) = protests("ولبى آلاف العمال في تونس دعوة الاتحاد العام التونسي للشغل إلى الإضراب العام أمس.")
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.name == "Labor Group (Tunisia)"  # the workers, not the union
    (e,) = protests("واستجاب التجار في الخليل لدعوة الإضراب الشامل احتجاجا على اغتيال الشبان الثلاثة.")
    assert e.actor1 is not None and e.actor1.text == "التجار"


@pytest.mark.parametrize("text", [
    "ودعت قوى الحرية والتغيير السودانيين إلى التظاهر غدا في الخرطوم.",
    "ودعا الاتحاد العام التونسي للشغل إلى إضراب عام في القطاع العام يوم الخميس المقبل.",
    "واستجابت الحكومة لدعوة النقابة إلى الحوار لإنهاء الإضراب.",  # a government heeds no strike
    "ولم يستجب التجار لدعوة الإضراب التي أطلقتها الفصائل.",  # negated: not listed
])
def test_a_call_no_one_is_said_to_heed_is_no_protest(text: str) -> None:
    assert protests(text) == []


def test_the_staging_verbs_subject_struck_not_the_strike_noun() -> None:
    (e,) = protests("ونفذ سائقو سيارات الأجرة في عمان إضرابا عن العمل احتجاجا على رفع أسعار المحروقات.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Jordan)"
    assert e.actor1.text == "سائقو سيارات الأجرة"  # was «إضرابا»


def test_a_strike_kept_up_by_those_its_pronoun_names() -> None:
    (e,) = protests("ويواصل نحو ألف وخمسمئة أسير فلسطيني في سجون الاحتلال إضرابهم المفتوح عن الطعام "
                    "لليوم العاشر على التوالي.")
    assert e.actor1 is not None and e.actor1.text == "نحو ألف وخمسمئة أسير فلسطيني"
    (e,) = protests("ويواصل الأسير الفلسطيني خضر عدنان إضرابه عن الطعام لليوم الخمسين على التوالي.")
    assert e.actor1 is not None and e.actor1.text == "الأسير الفلسطيني خضر عدنان"


def test_a_strike_entered_by_people_named_with_their_workplace() -> None:
    (e,) = protests("ودخل أطباء المستشفيات الحكومية في السودان في إضراب شامل عن العمل.")
    assert e.actor1 is not None and e.actor1.country == "SD"
    (e,) = protests("ودخل مئات الأسرى الفلسطينيين في سجون الاحتلال الإسرائيلي في إضراب مفتوح عن الطعام.")
    assert e.actor1 is not None and "الأسرى" in e.actor1.text
    # entering a town during a strike is no strike entered
    assert protests("ودخلت القوات الإسرائيلية إلى المدينة في أثناء الإضراب.") == []


@pytest.mark.parametrize("text", [
    "وأعلنت نقابة المعلمين أنها ستنفذ إضرابا عاما الأسبوع المقبل إذا لم تستجب الحكومة لمطالبها.",
    "وأكد الوزير أن حق التظاهر السلمي مكفول بموجب الدستور.",
    "وقدمت وزارة الخارجية المصرية احتجاجا رسميا إلى السفير الإسرائيلي.",
    "وهددت النقابة بخطوات تصعيدية تشمل الإضراب والاعتصام إذا لم تتم تلبية مطالبها.",
    "وقالت الحكومة إنها تحترم حق المواطنين في الاحتجاج السلمي.",
    "واستدعت وزارة الخارجية الأردنية السفير الإسرائيلي وسلمته مذكرة احتجاج.",
])
def test_announced_threatened_generic_and_diplomatic_protests_are_none(text: str) -> None:
    assert protests(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("ونظم عشرات الصحفيين وقفة احتجاجية أمام مقر نقابة الصحفيين في القاهرة تضامنا مع زملائهم المعتقلين.",
     "Peaceful protest"),
    ("واعتصم المئات من الخريجين العاطلين عن العمل لليوم الثالث على التوالي أمام مقر وزارة التربية في الرباط.",
     "Peaceful protest"),
    ("وأغلق محتجون الطرق الرئيسية في البصرة بالإطارات المحترقة احتجاجا على انقطاع الكهرباء.",
     "Violent demonstration"),
    ("وقطع محتجون غاضبون الطريق الدولي بين تونس والجزائر بالحجارة والإطارات المشتعلة.", "Violent demonstration"),
    ("وخرج المئات في تظاهرة في مدينة صور جنوب لبنان تنديدا بتردي الأوضاع المعيشية.", "Peaceful protest"),
    ("واحتشد آلاف السودانيين في شارع القصر بالخرطوم للمطالبة بالحكم المدني.", "Peaceful protest"),
    ("وتجمهر العشرات من أهالي المعتقلين أمام مبنى المحكمة في الإسكندرية.", "Peaceful protest"),
    ("وهتف المتظاهرون في ساحة التحرير ببغداد بشعارات تطالب برحيل الحكومة ورفعوا لافتات تندد بالفساد.",
     "Peaceful protest"),
    ("وأضرب المعلمون في المدارس الحكومية بالأردن عن العمل للمطالبة بزيادة رواتبهم.", "Peaceful protest"),
    ("ونفذ طلاب جامعة الخرطوم إضرابا عن الدراسة احتجاجا على اعتقال زملائهم.", "Peaceful protest"),
    ("وأقام ناشطون وقفة بالشموع في وسط بيروت إحياء لذكرى ضحايا انفجار المرفأ.", "Peaceful protest"),
])
def test_protest_forms_of_the_wires_stay_detected(text: str, sub: str) -> None:
    (e,) = protests(text)
    assert e.sub_event_type == sub


def test_live_fire_on_protesters_is_excessive_force_by_the_shooters() -> None:
    (e,) = [e for e in hadath.extract("وأطلقت قوات الأمن الرصاص الحي على المحتجين في الناصرية فقتلت ثلاثة منهم "
                                      "وأصابت العشرات.", published="2024-05-15").events]
    assert e.sub_event_type == "Excessive force against protesters"
    assert e.actor2 is not None and e.actor2.name == "Protesters (Iraq)"
    assert e.fatalities == 3


TUNIS_STRIKE = """تونس - (وكالات)

لبى آلاف العمال والموظفين في تونس أمس دعوة الاتحاد العام التونسي للشغل إلى الإضراب العام في القطاع العام، احتجاجا على تجميد الأجور.

وقال الأمين العام للاتحاد في تصريح صحفي إن نسبة المشاركة في الإضراب بلغت 95 في المئة.

ودعا الاتحاد إلى إضراب جديد يومي الخميس والجمعة المقبلين إذا لم تستجب الحكومة لمطالبه.
"""


def test_an_agency_article_on_a_general_strike_has_one_strike() -> None:
    doc = hadath.extract(TUNIS_STRIKE, published="2024-05-15")
    found = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert len(found) == 1  # the strike held; the next one is only called for
    (e,) = found
    assert e.actor1 is not None and e.actor1.country == "TN"
    assert e.event_date == "2024-05-14"


PRISONERS = """رام الله - (وفا)

يواصل نحو ألف وخمسمئة أسير فلسطيني في سجون الاحتلال إضرابهم المفتوح عن الطعام لليوم العاشر على التوالي، للمطالبة بتحسين ظروف اعتقالهم.

وقال نادي الأسير في بيان إن إدارة السجون نقلت عددا من المضربين إلى العزل الانفرادي.

ونظم أهالي الأسرى اعتصاما أمام مقر الصليب الأحمر في مدينة رام الله تضامنا مع أبنائهم.
"""


def test_an_agency_article_on_a_hunger_strike_and_a_solidarity_sit_in() -> None:
    doc = hadath.extract(PRISONERS, published="2024-05-15")
    found = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert len(found) == 2
    strike, sit_in = sorted(found, key=lambda e: e.evidence[0].start)
    assert strike.actor1 is not None and strike.actor1.text == "نحو ألف وخمسمئة أسير فلسطيني"
    assert sit_in.actor1 is not None and sit_in.actor1.text == "أهالي الأسرى"
    assert sit_in.location is not None and sit_in.location.name == "Ramallah"


def test_a_named_organisation_behind_a_protest_is_its_associate_not_its_actor1() -> None:
    # ACLED: a protest's actor1 is its crowd, the party or movement that called or staged it
    # an associated actor; worded as the text names them
    (e,) = protests("وانطلقت في عمان مسيرة دعت إليها جماعة الإخوان المسلمين تنديدا بالعدوان على غزة.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Jordan)"
    assert e.actor1.text == "جماعة الإخوان المسلمين"
    assert [a.name for a in e.assoc_actors] == ["Muslim Brotherhood"]
    (e,) = protests("وتظاهر المئات من أنصار جماعة الإخوان المسلمين أمام نقابة الصحفيين في القاهرة.")
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")


def test_an_organisation_that_reports_a_protest_is_neither_its_actor_nor_associate() -> None:
    (e,) = protests("وأعلنت لجان المقاومة في مدينة كوستي أن قوات الأمن اعتقلت 12 ناشطا خلال وقفة احتجاجية "
                    "نظمها عشرات الشبان أمام مقر الحكومة المحلية.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Sudan)"
    assert e.actor1.text == "عشرات الشبان"
    assert e.assoc_actors == []


def test_a_hunger_strike_declared_or_started_by_prisoners() -> None:
    (e,) = protests("وأعلن الأسرى الإداريون في سجن عوفر الإضراب المفتوح عن الطعام رفضا لاعتقالهم الإداري.")
    assert e.actor1 is not None and e.actor1.text == "الأسرى الإداريون"
    (e,) = protests("وأعلن الأسير ماهر الأخرس إضرابه عن الطعام رفضا لاعتقاله الإداري.")
    assert e.actor1 is not None and e.actor1.text == "الأسير ماهر الأخرس"
    (e,) = protests("وشرع المئات من الأسرى في إضراب مفتوح عن الطعام.")
    assert e.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "وأعلنت مصلحة السجون أن الأسير أنهى إضرابه عن الطعام.",  # what a declaration reports
    "وأعلنت النقابة الإضراب العام في جميع المستشفيات.",  # a general strike declared: as often set for later
])
def test_declarations_that_start_no_hunger_strike(text: str) -> None:
    assert protests(text) == []


def test_a_march_people_staged_is_a_protest_a_movements_rally_or_a_parade_is_not() -> None:
    (e,) = protests("ونظم طلاب جامعة بيرزيت مسيرة تضامنا مع الأسرى المضربين عن الطعام.")
    assert e.actor1 is not None and e.actor1.text == "طلاب جامعة بيرزيت"
    assert protests("ونظمت حركة حماس مسيرات حاشدة لمناصريها في غزة.") == []
    assert protests("ونظم طلاب المدارس مسيرة كشفية احتفالا بعيد الاستقلال.") == []


def test_the_crowd_that_went_out_protesting_not_the_state_word() -> None:
    # «متظاهرين» tells how they went out (حال); the crowd is the verb's subject
    (e,) = protests("وخرج آلاف السودانيين متظاهرين في أم درمان للمطالبة بالحكم المدني.")
    assert e.actor1 is not None and e.actor1.text == "آلاف السودانيين"
    (e,) = protests("وقال شهود إن آلاف السودانيين خرجوا متظاهرين في أم درمان للمطالبة بالحكم المدني.")
    assert e.actor1 is not None and e.actor1.text == "آلاف السودانيين"
    # the counted protesters are the subject itself
    (e,) = protests("وخرج آلاف المتظاهرين في أم درمان للمطالبة بالحكم المدني.")
    assert e.actor1 is not None and e.actor1.text != "آلاف"


BASRA = """البصرة - (رويترز)

أغلق محتجون غاضبون الطرق الرئيسية في مدينة البصرة بالإطارات المحترقة أمس احتجاجا على انقطاع الكهرباء وشح المياه.

وقال مصدر في الشرطة إن المحتجين حاولوا اقتحام مبنى المحافظة، فأطلقت قوات الأمن الرصاص الحي لتفريقهم، ما أدى إلى مقتل شخصين وإصابة 15 آخرين.

ودعت تنسيقيات الاحتجاج إلى التظاهر مجددا يوم الجمعة المقبل.
"""


def test_road_blocking_with_burning_tyres_and_fire_to_disperse_the_protesters() -> None:
    events = hadath.extract(BASRA, published="2024-05-15").events
    riot, fire = sorted(events, key=lambda e: e.evidence[0].start)
    assert riot.event_type == "Riots" and riot.sub_event_type == "Violent demonstration"
    assert riot.actor1 is not None and riot.actor1.name == "Rioters (Iraq)"
    # who was killed by fire meant to disperse the protesters were protesters, not civilians
    assert fire.sub_event_type == "Excessive force against protesters"
    assert fire.actor1 is not None and fire.actor1.name == "Police Forces of Iraq"
    assert fire.actor2 is not None and fire.actor2.name == "Protesters (Iraq)"
    assert fire.fatalities == 2
    # the call to protest again on Friday is no event
    assert len(events) == 2


@pytest.mark.parametrize("text", [
    "ونفذت ساكنة جماعة إميضر مسيرة على الأقدام نحو مقر العمالة احتجاجا على العطش.",  # Moroccan «ساكنة»
    "ونظم نشطاء وقفة إسنادا للأسرى في دوار المنارة وسط رام الله.",  # Palestinian «إسنادا»
    "ونظم العشرات من النشطاء وقفة على سلالم نقابة الصحفيين في القاهرة.",  # Cairo's steps of protest
    "وخرجت مواكب حاشدة في أم درمان للمطالبة بالحكم المدني.",  # Sudan's «مواكب»
    "وسيرت لجان المقاومة مواكب في الخرطوم رفضا للانقلاب العسكري.",
])
def test_regional_words_of_protest(text: str) -> None:
    (e,) = protests(text)
    assert e.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "وسيرت القوات دوريات مشتركة في المنطقة.",
    "ومرت مواكب المسؤولين في شارع النيل وسط إجراءات أمنية مشددة.",
    "ووقف الحضور وقفة على أرواح الشهداء.",
])
def test_patrols_motorcades_and_a_minute_of_silence_are_no_protest(text: str) -> None:
    assert protests(text) == []


KHARTOUM = """الخرطوم - (أ ف ب)

تظاهر آلاف السودانيين أمس في وسط الخرطوم للمطالبة بتسليم السلطة إلى المدنيين، مرددين هتافات ضد المجلس العسكري.

وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع قرب القصر الجمهوري، بحسب شهود عيان.

وقالت لجنة أطباء السودان المركزية إن متظاهرا قتل برصاص قوات الأمن في مدينة أم درمان.
"""


def test_a_protest_the_police_dispersed_and_a_protester_shot_elsewhere() -> None:
    events = sorted(hadath.extract(KHARTOUM, published="2024-05-15").events, key=lambda e: e.evidence[0].start)
    protest, shot = events
    # the dispersal told after the protest makes it one with intervention, the police its actor2
    assert protest.sub_event_type == "Protest with intervention"
    assert protest.actor2 is not None and protest.actor2.name == "Police Forces of Sudan"
    assert protest.location is not None and protest.location.name == "Khartoum"
    # the protester shot dead in Omdurman is excessive force there
    assert shot.sub_event_type == "Excessive force against protesters"
    assert shot.fatalities == 1
    assert shot.location is not None and shot.location.name == "Omdurman"


RABAT = """الرباط - (و م ع)

نظم مئات الأساتذة المتعاقدين أمس وقفة احتجاجية أمام مقر البرلمان في الرباط، للمطالبة بإدماجهم في الوظيفة العمومية.

ورفع المحتجون لافتات تندد بما وصفوه بالتعاقد المفروض، وهتفوا بشعارات ضد وزارة التربية الوطنية.

وأعلنت التنسيقية الوطنية للأساتذة المتعاقدين أنها ستخوض إضرابا وطنيا لمدة ثلاثة أيام الأسبوع المقبل.
"""


def test_a_sit_in_its_banners_and_an_announced_strike_are_one_protest() -> None:
    (e,) = hadath.extract(RABAT, published="2024-05-15").events
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.text == "مئات الأساتذة المتعاقدين"
    assert e.location is not None and e.location.name == "Rabat"
    assert e.event_date == "2024-05-14"


def test_who_staged_a_stand_not_the_people_of_the_building_it_was_held_at() -> None:
    (e,) = protests("ونظم العشرات من النشطاء وقفة على سلالم نقابة الصحفيين في القاهرة.")
    assert e.actor1 is not None and e.actor1.name == "Protesters (Egypt)"
    assert e.actor1.text == "العشرات من النشطاء"  # was Journalists (Egypt), «الصحفيين» of the syndicate
    (e,) = protests("ونظم عشرات الصحفيين وقفة احتجاجية أمام مقر نقابة الصحفيين في القاهرة.")
    # they are journalists: ACLED's protesters, with the journalists associated (session 25)
    assert e.actor1 is not None and e.actor1.name == "Protesters (Egypt)"
    assert [a.name for a in e.assoc_actors] == ["Journalists (Egypt)"]


@pytest.mark.parametrize(("text", "who"), [
    ("ونفذ الأسير محمد القيق إضرابا عن الطعام استمر 94 يوما.", "الأسير محمد القيق"),
    ("ودخل الأسير ماهر الأخرس في إضراب مفتوح عن الطعام.", "الأسير ماهر الأخرس"),
    ("وبدأ الأسير خليل العواودة إضرابا مفتوحا عن الطعام.", "الأسير خليل العواودة"),
    ("ودخل عمال شركة النفط في إضراب مفتوح.", "عمال شركة النفط"),
    ("وكان نحو 100 ألف معلم قد بدأوا إضرابا عن العمل.", "نحو 100 ألف معلم"),  # not «... قد»
])
def test_who_entered_began_or_staged_a_strike_words_its_strikers(text: str, who: str) -> None:
    found = hadath.extract(text).events
    (e,) = [e for e in found if e.plover_type == "PROTEST"]
    assert e.actor1 is not None and e.actor1.text == who


AMMAN = """عمان - (بترا)

نفذ المئات من أعضاء نقابة المعلمين اعتصاما أمام مبنى رئاسة الوزراء في عمان أمس، للمطالبة بعلاوة المهنة.

وقال نائب نقيب المعلمين في كلمة أمام المعتصمين إن النقابة ستواصل فعالياتها حتى تستجيب الحكومة لمطالبها.

وفرقت قوات الدرك الاعتصام بعد ساعتين، واعتقلت عددا من المعلمين، بحسب شهود.
"""


def test_a_sit_in_dispersed_by_name_a_paragraph_later_is_one_with_intervention() -> None:
    (e,) = hadath.extract(AMMAN, published="2024-05-15").events
    assert e.sub_event_type == "Protest with intervention"
    # the force that met the protest is of the protest's country
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Jordan"
    assert e.location is not None and e.location.name == "Amman"
