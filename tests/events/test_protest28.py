"""Session 28: protest styles of unseen news text that sessions 19-27 left uncovered.

* a protest or strike its own people ended is no protest held: «أنهى الأسير إضرابه عن الطعام»
  (:func:`hadath.events.modality._own_protest_ended`);
* a protest noun in another sense, told by the word after it: «تظاهرة ثقافية»، «مسيرة المفاوضات»
  (:func:`hadath.events.modality._other_sense`);
* hunger strikes of detainees told with the plural «المعتقلون»، «السجناء» (cues.tsv kind detainee) or
  under way with the present «يخوض» (:func:`hadath.events.stage._strike_begun`);
* civil disobedience in the accusative or definite: «نفذ سكان الخرطوم عصيانا مدنيا» (triggers.tsv);
* a government is never a protest's actor2: the seat before which protesters met the police is
  where, the police whom (:func:`hadath.events.arguments.actor_spans`' protest branch);
* indefinite protesters dispersed: «فرقت الشرطة متظاهرين أمام مقر الحكومة» (:func:`hadath.events.stage._dispersed`);
* «خرج الآلاف/المئات» (triggers.tsv) with the crowd word as the protesters' text
  (:func:`hadath.events.stage._went_out_crowd`); a crowd that came out of a place or to welcome
  someone without a grievance is none (:func:`hadath.events.modality._left_a_place`, cues.tsv
  audience «لاستقبال»);
* «تظاهر بالإصابة» feigns and «اعتصم بالصمت» clings (:func:`hadath.events.modality._feigned`);
* reported speech with the counted crowd first: «بأن مئات المتظاهرين تجمعوا»، «إن عشرات المحتجين
  أغلقوا الطريق»، «أن آلاف العمال أضربوا عن العمل» (:func:`hadath.events.stage._reported_crowd_before`,
  :func:`hadath.events.stage._reported_deed`);
* protesters who clashed with a force: «اشتبك محتجون مع قوات الأمن» is a violent demonstration
  with the force as actor2 (:func:`hadath.events.stage._deed_verbs`, :func:`hadath.events.stage._force_met_with`).
"""

from __future__ import annotations

import pytest

import hadath


def _protests(text: str) -> list[hadath.Event]:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == "PROTEST"]


# --- a protest its own people ended (modality._own_protest_ended) ------------------------------------


@pytest.mark.parametrize("text", [
    "أنهى الأسير إضرابه عن الطعام بعد 40 يوما إثر اتفاق على الإفراج عنه.",
    "وفك المعتصمون اعتصامهم بعد وعود من المحافظ.",
    "وكسر الأسير إضرابه عن الطعام.",
])
def test_a_protest_its_people_ended_is_no_protest(text: str) -> None:
    assert not _protests(text)


@pytest.mark.parametrize("text", [
    "يواصل الأسير خضر عدنان إضرابه عن الطعام لليوم الخمسين.",  # kept up, not ended
    "واصل المحتجون احتجاجاتهم في ساحة التحرير لليوم الثاني.",
])
def test_a_protest_of_their_own_kept_up_stays_a_protest(text: str) -> None:
    assert _protests(text)


# --- a festival or a course of affairs (modality._other_sense) ---------------------------------------


@pytest.mark.parametrize("text", [
    "انطلقت فعاليات تظاهرة ثقافية في مدينة وهران بمشاركة فنانين عرب.",
    "انطلقت التظاهرة الثقافية في الجزائر العاصمة أمس.",
    "انطلقت مسيرة المفاوضات بين الطرفين في جنيف.",
])
def test_a_festival_or_a_process_is_no_protest(text: str) -> None:
    assert not _protests(text)


@pytest.mark.parametrize("text", [
    "انطلقت مسيرة حاشدة من أمام المسجد الكبير في صنعاء.",
    "انطلقت تظاهرة طلابية في جامعة الخرطوم.",
    "انطلقت مسيرة العودة عند السياج الفاصل شرق غزة.",
])
def test_a_march_named_by_its_size_people_or_cause_stays_a_protest(text: str) -> None:
    assert _protests(text)


# --- hunger strikes of detainees (cues.tsv detainee plurals, stage._strike_begun with «يخوض») --------


@pytest.mark.parametrize("text", [
    "يخوض عشرات الأسرى الفلسطينيين في سجون الاحتلال إضرابا عن الطعام منذ أسبوعين.",
    "أعلن المعتقلون الإداريون إضرابا مفتوحا عن الطعام احتجاجا على اعتقالهم دون تهمة.",
    "وأعلن السجناء السياسيون في سجن صيدنايا الإضراب عن الطعام.",
])
def test_detainees_on_hunger_strike_protest(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters")


@pytest.mark.parametrize("text", [
    "قالت مصلحة السجون إن الأسرى يخوضون معركة قانونية ضد قرار نقلهم.",
    "أعلنت مصلحة السجون أن المعتقلين أنهوا إضرابهم عن الطعام.",
    "يخوض الجيش معارك عنيفة مع المسلحين في ريف إدلب.",
])
def test_waging_a_battle_or_a_strike_ended_is_no_hunger_strike(text: str) -> None:
    assert not _protests(text)


# --- civil disobedience staged (triggers.tsv «عصيانا مدنيا»، «العصيان المدني») -------------------------


def test_civil_disobedience_staged_by_residents_is_a_protest() -> None:
    (ev,) = _protests("نفذ سكان مدينة الخرطوم عصيانا مدنيا لليوم الثاني.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.location is not None and ev.location.name == "Khartoum"


@pytest.mark.parametrize("text", [
    "دعت لجان المقاومة إلى عصيان مدني شامل الأسبوع المقبل.",  # a call
    "وهدد المحتجون بإعلان العصيان المدني إذا لم تستجب الحكومة لمطالبهم.",  # a threat
    "وقال المحلل إن العصيان المدني أداة سلمية فعالة.",
])
def test_civil_disobedience_called_threatened_or_discussed_is_no_protest(text: str) -> None:
    assert not _protests(text)


# --- a government is petitioned or a place, never a protest's actor2 (arguments) ----------------------


def _all(text: str) -> list[hadath.Event]:
    return hadath.extract(text, published="2024-05-15").events


def test_the_police_not_the_parliament_before_which_they_met_protesters_is_actor2() -> None:
    evs = _protests("وقعت مواجهات بين متظاهرين وقوات الشرطة أمام مقر البرلمان في بيروت.")
    (ev,) = evs
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2 is not None and ev.actor2.text == "قوات الشرطة"
    assert ev.location is not None and ev.location.name == "Beirut"


@pytest.mark.parametrize("text", [
    "تجمع آلاف المتظاهرين في الخرطوم احتجاجا على القرار، وتوجه المتظاهرون إلى مقر السفارة البريطانية.",
    "تظاهر نحو مئة طالب أمام السفارة اليونانية في لندن ورفعوا شعارات ضد الحكومة.",
])
def test_the_government_a_protest_goes_to_or_is_against_is_no_actor2(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.actor2 is None


# --- indefinite protesters dispersed (stage._dispersed) ----------------------------------------------


@pytest.mark.parametrize(("text", "force"), [
    ("فرقت الشرطة متظاهرين أمام مقر الحكومة في بغداد.", "الشرطة"),
    ("فرقت قوات الأمن متظاهرين بالغاز المسيل للدموع في بغداد.", "قوات الأمن"),
    ("وفضت الشرطة معتصمين أمام وزارة العمل في الخرطوم.", "الشرطة"),
])
def test_indefinite_protesters_dispersed_are_a_protest_with_intervention(text: str, force: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters (")
    assert ev.actor2 is not None and ev.actor2.text == force


@pytest.mark.parametrize("text", [
    "وقال إن الشرطة التي فرقت متظاهرين الشهر الماضي استخدمت القوة المفرطة.",  # relative: background
    "واتهمت منظمات حقوقية الشرطة بأنها فرقت متظاهرين سلميين بالقوة.",  # an accusation
])
def test_protesters_dispersed_in_background_or_accusation_are_no_protest(text: str) -> None:
    assert not _protests(text)


# --- «خرج الآلاف/المئات» (triggers.tsv, stage._went_out_crowd, modality._left_a_place) ---------------


@pytest.mark.parametrize(("text", "crowd"), [
    ("خرج المئات من أبناء الجالية الفلسطينية في باريس في مسيرة تنديدا بالحرب على غزة.", "المئات"),
    ("خرج الآلاف في شوارع الخرطوم رفضا للانقلاب العسكري.", "الآلاف"),
    ("خرج آلاف في شوارع الخرطوم رفضا للانقلاب العسكري.", "آلاف"),  # the verb is no part of the crowd
])
def test_thousands_who_went_out_with_a_grievance_protest(text: str, crowd: str) -> None:
    (ev,) = _protests(text)
    assert ev.actor1 is not None and ev.actor1.text == crowd and ev.actor1.name.startswith("Protesters (")


@pytest.mark.parametrize("text", [
    "خرج المئات من المرضى من المستشفى بعد تحسن حالتهم.",
    "خرج الآلاف من منازلهم هربا من القصف على المدينة.",
    "وتجمع المئات في المطار لاستقبال الأسرى المحررين.",
])
def test_a_crowd_that_left_a_place_or_came_to_welcome_is_no_protest(text: str) -> None:
    assert not _protests(text)


# --- feigning and clinging (modality._feigned) -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "وتظاهر اللاعب بالإصابة لإضاعة الوقت.",
    "اعتصم الرئيس بالصمت إزاء الانتقادات.",
])
def test_feigning_an_injury_or_keeping_silent_is_no_protest(text: str) -> None:
    assert not _protests(text)


def test_a_sit_in_at_a_place_after_bi_stays_a_protest() -> None:
    (ev,) = _protests("اعتصم العمال بمقر الشركة في البصرة للمطالبة برواتبهم.")
    assert ev.location is not None and ev.location.name == "Basrah"


# --- reported speech, the counted crowd first (stage._reported_crowd_before, stage._reported_deed) ----


@pytest.mark.parametrize(("text", "sub"), [
    ("وأفاد شهود عيان بأن مئات المتظاهرين تجمعوا أمام مبنى البرلمان في بغداد.", "Peaceful protest"),
    ("وقالت مصادر محلية إن عشرات المحتجين أغلقوا الطريق الرئيسي بالإطارات المشتعلة.", "Violent demonstration"),
    ("وذكرت وكالة الأنباء أن آلاف العمال أضربوا عن العمل في مصانع المحلة.", "Peaceful protest"),
])
def test_a_reported_crowd_that_gathered_blocked_or_struck_protests(text: str, sub: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن آلاف الحجاج تجمعوا في صعيد عرفات.",  # no protesters, no purpose
    "وقال إن مئات المتظاهرين الذين تجمعوا أمس أمام البرلمان عادوا إلى منازلهم.",  # relative clause
    "وأكد الشهود أن عشرات الرجال أضربوا الشاب حتى فقد وعيه.",  # a beating: nothing withheld
    "وذكر التقرير أن آلاف العمال أضربوا عن العمل عام 2011 في المحلة.",  # history
])
def test_reported_pilgrims_relatives_beatings_and_history_are_no_protest(text: str) -> None:
    assert not _protests(text)


# --- protesters who clashed with a force (stage._deed_verbs, stage._force_met_with) ------------------


@pytest.mark.parametrize(("text", "force"), [
    ("اشتبك محتجون مع قوات الأمن في وسط مدينة البصرة.", "قوات الأمن"),
    ("اشتبك مئات المحتجين مع الشرطة أمام مقر المحافظة في الناصرية.", "الشرطة"),
])
def test_protesters_who_clashed_with_a_force_are_a_violent_demonstration(text: str, force: str) -> None:
    (ev,) = _protests(text)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor2 is not None and ev.actor2.text == force


@pytest.mark.parametrize("text", [
    "اشتبك المحتجون مع قوات الأمن في وسط مدينة البصرة.",  # definite: a detail of a protest told before
    "وقال إن محتجين اشتبكوا مع الشرطة العام الماضي.",
])
def test_a_clash_of_protesters_told_as_detail_or_past_adds_no_protest(text: str) -> None:
    assert not _protests(text)


def test_gunmen_who_clashed_with_the_police_stay_an_armed_clash() -> None:
    (ev,) = _all("واشتبك مسلحون مع قوات الأمن في الرمادي.")
    assert ev.sub_event_type == "Armed clash"
