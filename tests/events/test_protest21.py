"""Session 21's protest articles and the rules they exposed: an Iraqi newspaper report on protests
in Kut (riot police fire on a crowd of graduates, the health directorate's toll against the
police's account, the crowd's march told again in the pluperfect, a call for a «مليونية» next
Friday, a sit-in in the Suwaira district) and an agency wire from Rabat (contract teachers'
sit-in broken up, the coordination's figures, nurses' stand in Casablanca called by their union,
a strike and a march announced for next week, a march banned last month). Plus the same
constructions on sentences of their own, with their near misses.

Texts written for these tests in newspaper and wire style (not from the gold data).
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

import hadath

KUT = "2024-02-26"  # a Monday: «أمس الأحد» is the 25th
RABAT = "2024-03-14"  # a Thursday: «مساء الأربعاء» is the 13th


def protests(text: str, published: str = KUT) -> list[hadath.Event]:
    return [e for e in hadath.extract(text, published=published).events if e.plover_type == "PROTEST"]


def test_the_kut_shooting_is_one_excessive_force_with_the_directorates_toll() -> None:
    text, doc = read_article("kut_protest_newspaper.txt", KUT)
    (force,) = of_sub(doc, "Excessive force against protesters")
    assert name(force.actor1) == "Police Forces of Iraq" and name(force.actor2) == "Protesters (Iraq)"
    assert force.location is not None and force.location.name == "Al-Kut"
    assert force.event_date == "2024-02-25" and force.fatalities == 2
    assert name(force.source) == "Health authorities"
    # «وكان المئات من الخريجين ... قد خرجوا في تظاهرة صباح أمس»: the march before the shooting,
    # told in the pluperfect, is the same happening (was a second, peaceful protest in Wasit)
    assert any(text[s.start:s.end] == "تظاهرة" for s in force.evidence)
    assert of_sub(doc, "Peaceful protest") == [e for e in doc.events if e.sub_event_type == "Peaceful protest"
                                               and e.location is not None and e.location.name != "Wasit"]


def test_the_suwaira_sit_in_is_the_districts_people_and_the_million_march_only_called() -> None:
    _, doc = read_article("kut_protest_newspaper.txt", KUT)
    (sit_in,) = of_sub(doc, "Peaceful protest")
    # «نظم العشرات من أهالي القضاء وقفة احتجاجية»: «القضاء» is the district, no trial
    assert sit_in.location is not None and sit_in.location.name == "Aş Şuwayrah"
    assert name(sit_in.actor1) == "Protesters (Iraq)" and sit_in.actor1 is not None
    assert "أهالي القضاء" in sit_in.actor1.text
    assert sit_in.event_date == "2024-02-25"
    # «ودعت إلى تظاهرة مليونية يوم الجمعة المقبل»: called for, not held
    assert len([e for e in doc.events if e.event_type == "Protests"]) == 2


def test_the_kut_quotes_and_claims() -> None:
    text, doc = read_article("kut_protest_newspaper.txt", KUT)
    speakers = {q.speaker for q in doc.quotes}
    assert {"مدير إعلام دائرة صحة واسط", "حيدر كاظم", "قيادة شرطة واسط"} <= speakers
    said = {(c.subject, c.quantity.low, name(c.source)) for c in doc.claims}
    assert ("protesters killed", 2, "Health authorities") in said
    assert ("police officers wounded", 11, "قيادة شرطة واسط") in said


def test_the_rabat_sit_in_broken_up_is_the_teachers_protest_with_intervention() -> None:
    _, doc = read_article("rabat_teachers_sitin_agency.txt", RABAT)
    (sit_in,) = of_sub(doc, "Protest with intervention")
    assert sit_in.actor1 is not None and name(sit_in.actor1) == "Protesters (Morocco)"
    # «اعتصاماً نظمه مئات الأساتذة المتعاقدين»: who staged it, not the wounded «عدد من المحتجين»
    assert sit_in.actor1.text == "مئات الأساتذة المتعاقدين"
    assert name(sit_in.actor2) == "Police Forces of Morocco"
    assert sit_in.location is not None and sit_in.location.name == "Rabat"
    assert sit_in.event_date == "2024-03-13" and sit_in.fatalities is None
    # «وفق ما أفادت التنسيقية الوطنية للأساتذة الذين فرض عليهم التعاقد»: the report's source
    assert name(sit_in.source) == "CNPCC: National Coordination of Contract Teachers"


def test_the_casablanca_stand_and_no_announced_or_banned_march() -> None:
    _, doc = read_article("rabat_teachers_sitin_agency.txt", RABAT)
    (stand,) = of_sub(doc, "Peaceful protest")
    assert stand.location is not None and stand.location.name == "Casablanca"
    assert stand.actor1 is not None and stand.actor1.text == "الممرضين"
    # the strike and march «ابتداء من الاثنين المقبل» and the march banned in Tangier: none
    assert len([e for e in doc.events if e.event_type == "Protests"]) == 2
    assert all(e.event_date is None or e.event_date <= RABAT for e in doc.events)


def test_the_rabat_quotes_and_the_wounded_teachers() -> None:
    text, doc = read_article("rabat_teachers_sitin_agency.txt", RABAT)
    by_words = {text[q.start:q.end]: q.speaker for q in doc.quotes}
    assert by_words["السلطات اختارت المقاربة الأمنية بدل الحوار"] == "عبد الله قشمار"
    said = {(c.subject, c.quantity.low) for c in doc.claims}
    assert ("teachers wounded", 40) in said  # «أكثر من 40 أستاذاً أصيبوا»


@pytest.mark.parametrize("text", [
    "وأعلنت التنسيقية خوض إضراب وطني عن العمل لمدة ثلاثة أيام ابتداء من الاثنين المقبل.",
    "وقررت النقابة تنظيم وقفة احتجاجية أمام البرلمان يوم الأربعاء القادم.",
    "وأكد الاتحاد أن الاعتصام المفتوح سيبدأ الأسبوع المقبل في جميع المحافظات.",
])
def test_a_protest_dated_to_a_day_to_come_is_none(text: str) -> None:
    assert protests(text) == []


def test_a_protest_beside_a_coming_election_is_still_reported() -> None:
    # «المقبلة» after no day or period dates nothing: the protest was held
    (e,) = protests("وتظاهر المئات أمس في البصرة للمطالبة بتأجيل الانتخابات المقبلة.")
    assert e.sub_event_type == "Peaceful protest"


def test_the_district_and_its_people_are_no_judiciary() -> None:
    (e,) = protests("ونظم العشرات من سكان القضاء وقفة احتجاجية أمام مبنى القائمقامية احتجاجا على شح المياه.")
    assert e.actor1 is not None and "سكان القضاء" in e.actor1.text
    # the judiciary still recalls a trial: the protest is what a court heard
    assert protests("وقال القضاء إن المتهمين شاركوا في مظاهرة غير مرخصة العام الماضي.") == []


def test_teachers_and_nurses_who_protest_are_the_crowd() -> None:
    (e,) = protests("واعتصم الأساتذة المتعاقدون أمام المديرية الإقليمية للتعليم في مراكش.", RABAT)
    assert e.actor1 is not None and e.actor1.text == "الأساتذة المتعاقدون"
    (e,) = protests("وتظاهر مئات الممرضين أمام وزارة الصحة في الرباط للمطالبة بتحسين أوضاعهم.", RABAT)
    assert e.actor1 is not None and "الممرضين" in e.actor1.text


def test_a_union_behind_a_strike_is_associated_and_the_crowd_named_is_actor1() -> None:
    (e,) = protests("ودخل أساتذة التعليم الثانوي في إضراب مفتوح، استجابة لدعوة النقابة الوطنية المستقلة "
                    "لأساتذة التعليم الثانوي والتقني، للمطالبة بتحسين الأجور.", "2024-05-15")
    assert e.actor1 is not None and e.actor1.text == "أساتذة التعليم الثانوي"
    assert [a.name for a in e.assoc_actors] == [
        "SNAPEST: National Autonomous Union of Secondary and Technical Education Teachers"]
    (e,) = protests("ونفذ الاتحاد العمالي العام اعتصاما أمام مقر وزارة العمل في بيروت أمس.", "2024-05-15")
    assert [a.name for a in e.assoc_actors] == ["CGTL: General Labour Confederation"]


def test_the_crowd_of_a_pluperfect_march_is_between_kana_and_qad() -> None:
    (e,) = protests("وكان المئات من العاطلين عن العمل في المدينة قد خرجوا في مسيرة احتجاجية صباح أمس.")
    assert e.actor1 is not None and e.actor1.text == "المئات من العاطلين عن العمل في المدينة"


def test_a_pluperfect_peaceful_march_after_no_intervention_stays_its_own() -> None:
    found = protests("تظاهر العشرات أمام مبنى المحافظة في الديوانية أمس.\n\n"
                     "وكان المئات من الخريجين قد خرجوا في مسيرة احتجاجية في السماوة صباح أمس.")
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "وأضرم المتظاهرون النار في إطارات مطاطية وسط المدينة احتجاجا على انقطاع الكهرباء.",
    "وقد أحرق المحتجون في عدة أحياء إطارات السيارات وأغلقوا الطرق الرئيسية.",
])
def test_protesters_who_burned_tyres_rioted(text: str) -> None:
    (e,) = protests(text)
    assert e.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "وكانت الشرطة قد أزالت الحواجز بعد أن أحرق المتظاهرون الإطارات في الشارع الرئيسي.",
    "وتعرض الطريق لأضرار حيث أشعل المتظاهرون الإطارات ليقطعوا الطريق قبل أسبوع.",
])
def test_tyres_burned_as_background_are_no_report(text: str) -> None:
    assert [e for e in protests(text) if e.sub_event_type == "Violent demonstration"] == []


def test_the_cities_of_the_capital_are_the_capital_not_jordans_governorate() -> None:
    # «مدن العاصمة الثلاث» (Khartoum, Omdurman, Bahri): the capital of the country the wire is
    # from, not Jordan's Capital Governorate, which only «محافظة العاصمة» names
    doc = hadath.extract("الخرطوم - (رويترز)\n\nوخرجت مظاهرات حاشدة في مدن العاصمة الثلاث أمس للمطالبة "
                         "بإسقاط الحكومة.", published="2024-05-15")
    (e,) = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert e.location is not None and e.location.country == "SD"


@pytest.mark.parametrize("text", [
    "وشكل مئات الطلاب سلسلة بشرية حول مبنى الجامعة في إربد احتجاجا على رفع الرسوم.",
    "وشكل العشرات من أهالي الأسرى سلسلة بشرية على طول الشارع الرئيسي في المدينة.",
    "وشكلت نساء القرية سلسلة بشرية أمام مقر البلدية.",
])
def test_a_human_chain_people_formed_is_a_protest(text: str) -> None:
    (e,) = protests(text)
    assert e.sub_event_type == "Peaceful protest"


def test_a_committee_formed_is_no_chain() -> None:
    # a government forms a committee, not a chain; «بشكل» is a manner, no verb
    assert protests("وشكلت الحكومة لجنة وزارية لمتابعة مطالب المحتجين.") == []
