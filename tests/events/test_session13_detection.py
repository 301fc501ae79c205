"""Detection rules of session 13 for constructions the gold sentences barely hold
(``hadath/events/stage.py``): a finite clash verb with its armed subject (``_clash_joined``),
self-immolation in protest (``_immolated_in_protest``, and the split «أضرم شاب النار في نفسه»
of ``hadath/events/lexicon.py``), and a counted crowd whose light verb carries a protest word
(``_counted_march`` with ``_complement_of_light_verb``), and an indefinite march as the subject
of a verb of moving through streets (``_march_subject``).

Sentences written for these tests in wire-report style.
"""

from __future__ import annotations

import hadath
from hadath.schema import Event

PUBLISHED = "2026-11-27"


def _events(text: str, plover: str) -> list[Event]:
    return [e for e in hadath.extract(text, published=PUBLISHED).events if e.plover_type == plover]


def test_clash_verb_with_armed_subject() -> None:
    (clash,) = _events("اشتبك مسلحون مع قوات الأمن في مدينة الرمادي.", "ASSAULT")
    assert clash.sub_event_type == "Armed clash"
    assert _events("واشتبكت قوات الجيش مع عناصر من حركة الشباب شمال مقديشو.", "ASSAULT")
    # after «إن»: the subject before the verb
    assert _events("وقالت الشرطة إن مسلحين اشتبكوا مع دورية لها قرب تكريت.", "ASSAULT")


def test_clash_verb_not_with_protesters_nor_as_background() -> None:
    # police and protesters: a riot or an intervention, not an armed clash
    assert not _events("واشتبكت الشرطة مع متظاهرين غاضبين في وسط المدينة.", "ASSAULT")
    # a time clause recalls an old clash
    assert not _events("ويذكر أنه عندما اشتبك مسلحون مع الجيش، توترت العلاقات بين البلدين.", "ASSAULT")


def test_self_immolation_in_protest() -> None:
    # the subject splits «أضرم ... النار في نفسه»
    (protest,) = _events("أضرم شاب النار في نفسه أمام مقر المحافظة احتجاجا على البطالة.", "PROTEST")
    assert protest.sub_event_type == "Peaceful protest"
    assert _events("وأضرمت امرأة النار في نفسها أمام مبنى البلدية احتجاجا على هدم منزلها.", "PROTEST")
    assert _events("ولم يتردد أحد الشبان في إحراق نفسه احتجاجا على الظلم.", "PROTEST")


def test_threatened_self_immolation_is_no_protest() -> None:
    assert not _events("وهدد العمال بإحراق أنفسهم إذا لم تصرف رواتبهم.", "PROTEST")


def test_counted_crowd_with_light_verb() -> None:
    (sit_in,) = _events("وقام العشرات من النشطاء بالاعتصام داخل مقر الحزب.", "PROTEST")
    assert sit_in.sub_event_type == "Peaceful protest"
    assert _events("وأقدم مئات العمال على الإضراب احتجاجا على تأخر رواتبهم.", "PROTEST")


def test_light_verb_whose_complement_is_no_protest() -> None:
    # the raid is what the soldiers did; the demonstration is only when
    assert not _events("وقام مئات الجنود بحملة دهم في الحي بعد المظاهرة.", "PROTEST")


def test_indefinite_march_moving_through_streets() -> None:
    (march,) = _events("وجابت مسيرة حاشدة شوارع المدينة تندد بالاحتلال.", "PROTEST")
    assert march.sub_event_type == "Peaceful protest"
    assert _events("وتوجهت أمس مسيرة من أمام المسجد إلى مقر المحافظة.", "PROTEST")


def test_march_told_before_or_as_background() -> None:
    # the definite march: the route of one already reported
    assert not _events("وجابت المسيرة شوارع المدينة.", "PROTEST")
    assert not _events("وقال إن المسيرة التي جابت شوارع المدينة كانت سلمية.", "PROTEST")


def test_bomber_between_verb_and_reflexive() -> None:
    # «فجر ... نفسه» split by its bomber, as «أطلق مسلحون النار» is by its shooters
    (bombing,) = _events("وفجر شاب نفسه وسط سوق شعبي في مدينة الحلة.", "ASSAULT")
    assert bombing.sub_event_type == "Suicide bomb"
    (bombing,) = _events("وفجرت امرأة نفسها عند مدخل مبنى حكومي في بعقوبة.", "ASSAULT")
    assert bombing.sub_event_type == "Suicide bomb"
    # «فجر اليوم»: dawn, no bombing
    assert all(e.sub_event_type != "Suicide bomb" for e in _events("فجر اليوم قصفت الطائرات مواقع للمتمردين.", "ASSAULT"))


def test_projectiles_launched_at_a_target() -> None:
    (shelling,) = _events("وأطلق مقاتلو حركة الشباب قذائف على القصر الرئاسي في مقديشو.", "ASSAULT")
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert _events("وقال الجيش إن قواته أطلقت صاروخا على مخبأ للمسلحين.", "ASSAULT")


def test_projectiles_without_an_aim_are_left_to_the_classifier() -> None:
    # a missile test: no «على/باتجاه» aims the missiles
    assert not _events("وأعلن جيش كوريا الجنوبية ان كوريا الشمالية أطلقت الخميس صاروخين قصيري المدى في البحر.",
                       "ASSAULT")


def test_masculine_nominative_dual_is_a_trigger() -> None:
    # «صاروخان» (subject) as «صاروخين» (object) was
    (strike,) = _events("وسقط صاروخان أطلقا من قطاع غزة على بلدة سديروت.", "ASSAULT")
    assert strike.sub_event_type == "Shelling/artillery/missile attack"


def test_what_an_inquiry_looks_into_is_no_new_report() -> None:
    assert not _events("وفتحت الشرطة تحقيقا في الهجوم الذي استهدف مقر البلدية.", "ASSAULT")
    assert not _events("وتواصلت التحقيقات القضائية والأمنية في تفجير السوق.", "ASSAULT")
    # the report before the comma stands
    assert _events("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد، وفتحت الشرطة تحقيقا في الحادث.", "ASSAULT")


def test_achieving_is_no_inquiry() -> None:
    # «تحقيق السلام»: a construct (achieving peace), not an inquiry «في» something
    assert _events("وقتل 20 شخصا في اشتباكات بين الجيش والمتمردين أمس رغم جهود تحقيق السلام في المنطقة.", "ASSAULT")


def test_last_century_is_history() -> None:
    assert not _events("في سنة 1978، تم اغتيال أحد قادة الجبهة في بغداد.", "ASSAULT")
    assert not _events("وشهدت المدينة في الثمانينات معارك عنيفة بين الجيش والمتمردين.", "ASSAULT")


def test_since_a_year_birth_years_and_ages_are_no_era() -> None:
    # a comparison: today's attack
    assert _events("وقتل 30 شخصا في هجوم بسيارة مفخخة هو الأعنف منذ عام 1990 في المدينة.", "ASSAULT")
    assert _events("قتل شاب من مواليد 1990 برصاص قناص في حي الشجاعية أمس.", "ASSAULT")
    assert _events("وقتل رجل في الثمانينات من عمره في قصف على بلدته أمس.", "ASSAULT")


def test_funeral_turned_into_a_protest() -> None:
    (protest,) = _events("وتحولت جنازة القتيل إلى مظاهرة غاضبة ضد قوات الاحتلال.", "PROTEST")
    assert protest.sub_event_type == "Peaceful protest"
    assert _events("وتحول تشييع الضحايا في المدينة إلى مسيرة احتجاجية.", "PROTEST")
    # a relative clause: background to the speaker's comment
    assert not _events("وقال إن الجنازة التي تحولت إلى مظاهرة كانت سلمية.", "PROTEST")
