"""Session ev22: event errors found in the articles written for the attribution tests
(tests/attribution/test_attr21.py), mended by rules that hold for Arabic reporting at large."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

TRIPOLI = "2023-08-17"


def test_a_clash_s_rising_toll_reports_the_clash() -> None:
    # «أعلن مركز ... ارتفاع حصيلة الاشتباكات بين اللواء 444 قتال وجهاز الردع ... إلى 55 قتيلا»:
    # the toll counts the dead of one fight between named sides (ACLED: the figure given)
    _, doc = read_article("tripoli_clashes_interview_newspaper.txt", TRIPOLI)
    (clash,) = of_sub(doc, "Armed clash")
    assert {name(clash.actor1), name(clash.actor2)} == {"444th Brigade", "Rada Special Deterrence Force"}
    assert clash.fatalities == 55


def test_a_toll_of_clashes_between_two_sides_in_a_short_report() -> None:
    doc = hadath.extract("وبلغت حصيلة المواجهات بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض 12 قتيلا.",
                         published=TRIPOLI)
    (clash,) = of_sub(doc, "Armed clash")
    assert {name(clash.actor1), name(clash.actor2)} >= {"RSF: Rapid Support Forces"}


def test_a_clash_noun_without_a_toll_stays_a_mention() -> None:
    doc = hadath.extract("ويخشى السكان من عودة الاشتباكات بين الفصائل المسلحة في العاصمة.", published=TRIPOLI)
    assert not of_sub(doc, "Armed clash")


def test_a_named_detention_told_as_the_clash_s_cause_is_an_abduction() -> None:
    # «إثر احتجاز جهاز الردع آمر اللواء 444 محمود حمزة في مطار معيتيقة»: the verbal noun's agent
    # and its named object; a non-state group detaining is an abduction (ACLED)
    _, doc = read_article("tripoli_clashes_interview_newspaper.txt", TRIPOLI)
    (held,) = of_sub(doc, "Abduction/forced disappearance")
    assert name(held.actor1) == "Rada Special Deterrence Force"


def test_an_arrest_noun_without_its_doer_is_no_arrest() -> None:
    doc = hadath.extract("وطالبت عائلة الناشط محمود حمزة باحتجاز المتورطين في قتله ومحاكمتهم.", published=TRIPOLI)
    assert not of_sub(doc, "Abduction/forced disappearance") and not of_sub(doc, "Arrests")


SOHR = "2024-06-17"


def test_a_monitor_s_daily_total_over_scattered_happenings_is_no_event() -> None:
    # «وثق المرصد ... مقتل 19 شخصا ... وذلك في حوادث متفرقة وعمليات عسكرية شهدتها عدة محافظات»
    _, doc = read_article("idlib_badia_observatory_daily.txt", SOHR)
    assert not [e for e in doc.events if e.fatalities == 19]
    # its «يوم أمس الأحد» still dates the day's happenings listed after it
    (shelling,) = of_sub(doc, "Shelling/artillery/missile attack")
    assert shelling.event_date == "2024-06-16"


def test_a_killing_named_before_the_scattered_ones_stays() -> None:
    doc = hadath.extract("قتل ثلاثة جنود عراقيين في هجوم بعبوة ناسفة في قضاء الطارمية أمس، "
                         "فيما قتل خمسة أشخاص آخرين في حوادث متفرقة.", published=SOHR)
    assert doc.events
    assert not hadath.extract("قتل 12 شخصا في حوادث متفرقة في عدة محافظات عراقية أمس.", published=SOHR).events


def test_a_killing_before_the_running_tally_it_raises_keeps_its_day() -> None:
    # «قتل شاب برصاص مسلحين مجهولين في بلدة الجيزة، ليرتفع عدد الذين قتلوا ... منذ مطلع العام
    # إلى 214 شخصا»: the year's start dates the tally, not the killing (which is no recap)
    _, doc = read_article("idlib_badia_observatory_daily.txt", SOHR)
    (killing,) = [e for e in doc.events if e.location is not None and e.location.name_ar == "الجيزة"]
    assert name(killing.actor1) == "Unidentified Armed Group (Syria)" and killing.event_date != "2024-01-01"
