"""Session 27: protest forms of today's wires that the 2007-08 training part lacks.

* a strike told by its verb with what is withheld: «أضرب المعلمون ... عن العمل»
  (:func:`hadath.events.stage._struck_from_work`);
* a protest noun with its people's pronoun kept up or joined like a strike: «واصل مئات العمال
  اعتصامهم المفتوح» (triggers.tsv, :func:`hadath.events.stage._own_protest`).

Near misses: a strike recalled in a relative clause, threatened, or «أضرب» that is a beating;
a sit-in ended.
"""

from __future__ import annotations

import pytest

import hadath


def _protests(text: str) -> list[hadath.Event]:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(("text", "crowd"), [
    ("أضرب المعلمون في المدارس الحكومية عن العمل لليوم الثالث على التوالي.", "المعلمون"),
    ("وأضرب عمال الميناء عن العمل أمس.", "عمال الميناء"),
    ("أضرب الأطباء المقيمون في المستشفيات العامة عن الدوام احتجاجا على الاعتداءات المتكررة.", "الأطباء المقيمون"),
])
def test_a_strike_verb_with_what_is_withheld_is_a_strike(text: str, crowd: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1 is not None and ev.actor1.text == crowd


@pytest.mark.parametrize("text", [
    "وقال إن العمال الذين أضربوا عن العمل الشهر الماضي فصلوا من وظائفهم.",  # background
    "وهدد المعلمون بأن يضربوا عن العمل الأسبوع المقبل.",  # a threat
    "وأضرب الرجل زوجته ضربا مبرحا.",  # a beating: nothing withheld
    "وقالت الوزارة إنها ستتخذ الإجراءات القانونية بحق المضربين.",
])
def test_a_strike_verb_told_as_background_threat_or_beating_is_no_protest(text: str) -> None:
    assert not _protests(text)


@pytest.mark.parametrize("text", [
    "واصل مئات العمال اعتصامهم المفتوح أمام مقر الشركة لليوم العاشر.",
    "واصل المحتجون احتجاجاتهم في ساحة التحرير لليوم الثاني.",
])
def test_a_protest_of_their_own_kept_up_is_a_protest(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "وأنهى العمال اعتصامهم بعد الاتفاق مع الإدارة.",  # ended, not kept up
    "وقرر المعلمون تعليق احتجاجاتهم حتى إشعار آخر.",
    "وقال إن الذين واصلوا اعتصامهم العام الماضي فصلوا من عملهم.",  # background
])
def test_a_protest_of_their_own_ended_or_recalled_is_no_protest(text: str) -> None:
    assert not _protests(text)


# --- a protest's actor2 is the force that intervened, never a crowd (stage._crowd_no_actor2) ---------


@pytest.mark.parametrize(("text", "force"), [
    ("خرجت مواكب حاشدة في الخرطوم اليوم الخميس رفضا للحكم العسكري، وأطلقت قوات الأمن الغاز المسيل للدموع "
     "على المتظاهرين.", "قوات الأمن"),
    ("تظاهر المئات في مدينة السليمانية للمطالبة بصرف الرواتب، وفرقت قوات الأمن المحتجين بالغاز المسيل للدموع.",
     "قوات الأمن"),
])
def test_the_force_that_dispersed_a_protest_is_its_actor2(text: str, force: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters")
    assert ev.actor2 is not None and ev.actor2.text == force and ev.actor2.inter == 1


# --- worshippers leaving or gathering for prayer (modality._worshippers) ------------------------------


@pytest.mark.parametrize("text", [
    "خرج آلاف المصلين من المسجد بعد صلاة الجمعة.",
    "تجمع مئات المصلين في باحات المسجد الأقصى لأداء صلاة التراويح.",
])
def test_worshippers_at_prayer_are_no_protest(text: str) -> None:
    assert not _protests(text)


@pytest.mark.parametrize("text", [
    "خرج آلاف المصلين في مسيرة بعد صلاة الجمعة تنديدا بالعدوان.",
    "خرج آلاف المصلين عقب صلاة الجمعة مرددين هتافات ضد الحكومة.",
    "تجمع مئات المصلين أمام المسجد احتجاجا على إغلاقه.",
    "خرج آلاف العراقيين إلى الشوارع.",
])
def test_worshippers_with_a_grievance_protest(text: str) -> None:
    assert _protests(text)


# --- a crowd that undertook a deed of burning or storming (stage._undertook_deed) ---------------------


@pytest.mark.parametrize("text", [
    "أقدم محتجون على إضرام النار في مقر حزب في مدينة البصرة.",
    "أقدم متظاهرون غاضبون على اقتحام مبنى المحافظة في الناصرية.",
])
def test_protesters_who_undertook_burning_or_storming_are_a_violent_demonstration(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Violent demonstration"


def test_protesters_who_undertook_a_sit_in_are_peaceful() -> None:
    (ev,) = _protests("أقدم محتجون على الاعتصام أمام مبنى المحافظة.")
    assert ev.sub_event_type == "Peaceful protest"


# --- a protest is not placed at its grievance (arguments._grievance_object) ---------------------------


@pytest.mark.parametrize("text", [
    "تظاهر آلاف المغاربة تضامنا مع غزة.",
    "خرج آلاف الأردنيين في مسيرة تضامنا مع أهالي غزة.",
])
def test_the_place_a_protest_is_for_is_not_its_place(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.location is None or ev.location.name != "Gaza"


@pytest.mark.parametrize(("text", "place"), [
    ("تظاهر الآلاف في لندن احتجاجا على الحرب على غزة.", "London"),
    ("تظاهر المئات احتجاجا على انقطاع الكهرباء في البصرة.", "Basrah"),  # the grievance's place is theirs
    ("نظم ناشطون وقفة تضامنا مع غزة في الرباط.", "Rabat"),
])
def test_a_protest_keeps_the_place_it_was_held(text: str, place: str) -> None:
    (ev,) = _protests(text)
    assert ev.location is not None and ev.location.name == place


def test_moroccans_are_moroccan_protesters() -> None:
    (ev,) = _protests("تظاهر آلاف المغاربة تضامنا مع غزة.")
    assert ev.actor1 is not None and ev.actor1.name == "Protesters (Morocco)"


def test_a_funeral_turned_protest_with_a_relative_clause_on_its_subject_is_a_protest() -> None:
    (ev,) = _protests("تحولت جنازة الشاب الذي قتل برصاص الشرطة إلى مظاهرة غاضبة في كربلاء.")
    assert ev.location is not None and ev.location.name == "Karbala"
    assert not _protests("وقال إن المظاهرة التي تحولت إلى مواجهات جرت الشهر الماضي.")


# --- protesters wounded by a state force's fire (stage._protesters_hit) -------------------------------


def _all(text: str) -> list[hadath.Event]:
    return hadath.extract(text, published="2024-05-15").events


@pytest.mark.parametrize(("text", "force", "crowd"), [
    ("أصيب ثلاثة متظاهرين بالرصاص الحي عندما أطلقت قوات الأمن النار على مسيرة في أم درمان.", "قوات الأمن", "متظاهرين"),
    ("أصيب عشرة محتجين برصاص الشرطة في مدينة الناصرية.", "الشرطة", "محتجين"),
    ("أصيب عدد من المحتجين بجروح عندما فتحت قوات الأمن النار عليهم في البصرة.", "قوات الأمن", "المحتجين"),
])
def test_protesters_wounded_by_a_force_are_excessive_force(text: str, force: str, crowd: str) -> None:
    (ev,) = _all(text)
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.actor1 is not None and ev.actor1.text == force
    assert ev.actor2 is not None and ev.actor2.text == crowd and ev.actor2.name.startswith("Protesters")
    assert ev.fatalities is None  # wounded, none dead


def test_protesters_attacked_by_gunmen_are_not_excessive_force() -> None:
    assert all(e.sub_event_type != "Excessive force against protesters"
               for e in _all("أصيب ثلاثة متظاهرين بهجوم شنه مسلحون مجهولون على الاعتصام."))


# --- protests going on or spreading, with their place or day (stage._went_on) ------------------------


@pytest.mark.parametrize("text", [
    "عمت التظاهرات مدن الجنوب العراقي لليوم الثالث على التوالي.",
    "تواصلت الاحتجاجات في مدينة جرادة المغربية لليوم العاشر.",
    "وتجددت المظاهرات في مدينة السويداء أمس.",
    "وامتدت الاحتجاجات إلى مدن البصرة والعمارة.",
])
def test_protests_going_on_with_their_place_or_day_are_a_protest(text: str) -> None:
    assert _protests(text)


@pytest.mark.parametrize("text", [
    "وقال إن الاحتجاجات التي استمرت أشهرا في العراق أسقطت الحكومة.",  # background
    "ويخشى مراقبون من أن تتواصل الاحتجاجات في المدينة.",  # feared
    "واستمرت المفاوضات في الدوحة لليوم الثالث.",
    "وتصاعدت الاحتجاجات الدبلوماسية على القرار.",  # no place, no day
])
def test_protests_going_on_in_background_fear_or_words_are_no_protest(text: str) -> None:
    assert not _protests(text)


# --- a headline protest folds into the body's violent demonstration (coref._same_kind) ----------------


def test_a_headline_protest_folds_into_the_bodys_violent_demonstration() -> None:
    text = ("متظاهرون يغلقون طرقا في البصرة احتجاجا على انقطاع الكهرباء\n\n"
            "أغلق مئات المحتجين الغاضبين، مساء الأحد، طرقا رئيسية في مدينة البصرة جنوبي العراق بالإطارات "
            "المحترقة، احتجاجا على الانقطاع المتكرر للتيار الكهربائي.")
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Violent demonstration"
    assert any(text[s.start:s.end] == "متظاهرون" for s in ev.evidence)  # the headline's words joined it


@pytest.mark.parametrize(("text", "force", "dead"), [
    ("وأفاد مصدر طبي بأن متظاهرا توفي متأثرا بجروحه في مستشفى البصرة التعليمي.", None, 1),
    ("وقال مسعفون إن متظاهرين اثنين قتلا برصاص قوات الأمن في الخرطوم.", "قوات الأمن", 2),  # not the medics
])
def test_protesters_who_died_are_the_victims(text: str, force: str | None, dead: int) -> None:
    (ev,) = _all(text)
    assert ev.sub_event_type == "Excessive force against protesters" and ev.fatalities == dead
    assert ev.actor2 is not None and ev.actor2.name.startswith("Protesters")
    assert (ev.actor1.text if ev.actor1 is not None else None) == force


def test_a_bomb_that_hurt_protesters_is_no_force_against_them() -> None:
    text = "قتل خمسة مدنيين وأصيب متظاهران في انفجار سيارة مفخخة وسط بغداد."
    assert all(e.sub_event_type != "Excessive force against protesters" for e in _all(text))


# --- burning pictures or flags is a sign, not damage (stage._violent_deeds) ---------------------------


@pytest.mark.parametrize(("text", "sub"), [
    ("وأحرق متظاهرون صور المرشد الإيراني في الناصرية.", "Peaceful protest"),
    ("وأحرق متظاهرون العلم الإسرائيلي أمام السفارة في عمان.", "Peaceful protest"),
    ("وأحرق متظاهرون مقر الحزب في الناصرية.", "Violent demonstration"),
])
def test_burning_pictures_or_flags_is_peaceful_and_burning_property_violent(text: str, sub: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == sub
