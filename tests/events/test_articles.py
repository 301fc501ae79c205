"""Event extraction on realistic multi-paragraph articles written for these tests.

Styles: an observatory bulletin (Syria), an agency wire (Iraq), protests (Yemen), a
newspaper analysis full of non-events (Lebanon), a Sudan report. Assertions on arguments
that depend on other stages (named actors, places, dates) are made only when those stages
have produced the information the event needs.
"""

from __future__ import annotations

import pytest

import hadath
from hadath.schema import EVENT_TYPES, PLOVER_TYPES

OBSERVATORY = """وثق المرصد السوري لحقوق الإنسان مقتل سبعة مدنيين بينهم ثلاثة أطفال جراء غارات جوية نفذتها طائرات حربية روسية على بلدة كفرنبل في ريف إدلب الجنوبي صباح أمس الثلاثاء.

وأفاد المرصد بأن اشتباكات عنيفة اندلعت بين قوات النظام وفصائل المعارضة على محاور ريف حماة الشمالي، أسفرت عن مقتل 12 عنصرا من الطرفين.

وفي سياق منفصل، تمكنت قوات النظام من السيطرة على قرية الحويز بعد معارك استمرت ثلاثة أيام.

ولم تعلق وزارة الدفاع الروسية على الغارات، فيما نفى مصدر عسكري سوري قصف أي مستشفى في المنطقة."""

WIRE = """بغداد (رويترز) - قالت الشرطة العراقية إن انتحاريا فجر حزاما ناسفا في سوق مزدحمة بمدينة الحلة جنوبي بغداد يوم الجمعة، مما أسفر عن مقتل 15 شخصا على الأقل وإصابة 30 آخرين بجروح.

وفي حادث منفصل، انفجرت عبوة ناسفة لدى مرور دورية للجيش العراقي على الطريق بين بعقوبة والمقدادية دون وقوع إصابات.

واعتقلت قوات الأمن خمسة مشتبه بهم في محافظة ديالى خلال حملة دهم فجر اليوم.

وأدان رئيس الوزراء التفجير ووصفه بأنه عمل إرهابي جبان، مؤكدا أن الحكومة لن تتهاون مع الجماعات المسلحة."""

PROTESTS = """تظاهر آلاف اليمنيين في العاصمة صنعاء يوم الجمعة احتجاجا على تدهور الأوضاع المعيشية وارتفاع الأسعار، ورفع المتظاهرون لافتات تطالب بصرف الرواتب.

وفي مدينة تعز، تظاهر مئات المحتجين أمام مبنى المحافظة قبل أن تفرقهم قوات الأمن بالغاز المسيل للدموع.

ودعت نقابة المعلمين إلى الإضراب عن العمل الأسبوع المقبل إذا لم تستجب الحكومة لمطالبها."""

ANALYSIS = """تعود قضية اغتيال رئيس الوزراء الأسبق رفيق الحريري إلى الواجهة مع استئناف المحكمة الخاصة بلبنان جلساتها في لاهاي.

وأحيا اللبنانيون أمس الذكرى التاسعة عشرة لاغتيال الحريري في وسط بيروت، وسط إجراءات أمنية مشددة.

وعقد المتحدث باسم الجيش اللبناني مؤتمرا صحافيا في بيروت، قال فيه إن الجيش سيرد بحزم على أي هجوم يستهدف مواقعه في الجنوب، مشيرا إلى أنه لم تسجل أي اشتباكات خلال الأسبوع الماضي.

وكان حادث سير على طريق المطار قد أدى إلى إغلاقه لساعات، فيما تسبب انفجار إطار شاحنة بزحمة سير خانقة."""

SUDAN = """الخرطوم - قتل 20 مدنيا على الأقل وأصيب العشرات في هجوم شنه مسلحون على قرية في ولاية شمال دارفور غربي السودان، بحسب ما أفادت لجنة محلية.

وقالت مصادر محلية إن المهاجمين أحرقوا عشرات المنازل ونهبوا المواشي قبل أن ينسحبوا.

وفي الفاشر، خرج مئات المتظاهرين في مسيرة تندد بالهجوم وتطالب بحماية المدنيين."""


def events(text: str, published: str | None = "2024-03-06") -> list:
    return hadath.extract(text, published=published).events


def of_type(evs: list, sub: str) -> list:
    return [e for e in evs if e.sub_event_type == sub]


@pytest.mark.parametrize("text", [OBSERVATORY, WIRE, PROTESTS, ANALYSIS, SUDAN])
def test_events_are_well_formed(text: str) -> None:
    for e in events(text):
        assert e.sub_event_type in EVENT_TYPES[e.event_type]
        assert e.plover_type in PLOVER_TYPES
        assert 0.0 <= e.confidence <= 1.0
        assert e.evidence, "every event carries evidence"
        for sp in e.evidence:
            assert 0 <= sp.start < sp.end <= len(text)
        for a in [e.actor1, e.actor2, *e.assoc_actors]:
            if a is not None:
                assert a.text in text


def test_observatory_bulletin() -> None:
    evs = events(OBSERVATORY)
    air = of_type(evs, "Air/drone strike")
    assert len(air) == 1
    assert air[0].fatalities == 7
    assert air[0].actor2 is not None and air[0].actor2.inter == 7  # civilians
    clash = of_type(evs, "Armed clash")
    assert len(clash) == 1 and clash[0].fatalities == 12
    territory = [e for e in evs if e.event_type == "Battles" and "territory" in e.sub_event_type]
    assert len(territory) == 1
    assert territory[0].actor1 is not None and territory[0].actor1.inter == 1
    assert territory[0].sub_event_type == "Government regains territory"
    # the denied shelling of a hospital is not an event
    assert not of_type(evs, "Shelling/artillery/missile attack")
    assert len([e for e in evs if e.plover_type == "ASSAULT"]) == 3


def test_observatory_dates_when_dates_stage_present() -> None:
    air = of_type(events(OBSERVATORY), "Air/drone strike")[0]
    if air.event_date is None:
        pytest.skip("dates stage not present: no event date to check")
    assert air.event_date == "2024-03-05" and air.time_precision == 1


def test_no_date_invented_without_published() -> None:
    for e in events(OBSERVATORY, published=None):
        assert e.event_date is None


def test_agency_wire() -> None:
    evs = events(WIRE)
    suicide = of_type(evs, "Suicide bomb")
    assert len(suicide) == 1
    assert suicide[0].fatalities == 15  # deaths, not the 30 wounded
    ied = of_type(evs, "Remote explosive/landmine/IED")
    assert len(ied) == 1 and ied[0].fatalities == 0  # «دون وقوع إصابات»
    arrests = of_type(evs, "Arrests")
    assert len(arrests) == 1 and arrests[0].plover_type == "COERCE"
    # the prime minister's condemnation is not another bombing
    assert len([e for e in evs if e.plover_type == "ASSAULT"]) == 2


def test_protests() -> None:
    evs = events(PROTESTS)
    peaceful = of_type(evs, "Peaceful protest")
    assert len(peaceful) == 1 and peaceful[0].plover_type == "PROTEST"
    assert peaceful[0].fatalities is None
    intervention = of_type(evs, "Protest with intervention")
    assert len(intervention) == 1
    assert intervention[0].actor2 is not None and intervention[0].actor2.inter == 1
    # a call to strike next week, conditional on the government, has not happened
    assert len([e for e in evs if e.plover_type == "PROTEST"]) == 2


def test_analysis_has_no_violent_events() -> None:
    """Trial, anniversary, a threat at a press conference, a negation, accidents: none is an attack."""
    evs = events(ANALYSIS)
    assert [e for e in evs if e.plover_type == "ASSAULT"] == []


def test_sudan_attack_on_civilians() -> None:
    evs = events(SUDAN)
    attacks = [e for e in evs if e.event_type == "Violence against civilians"]
    assert len(attacks) == 1
    a = attacks[0]
    assert a.sub_event_type == "Attack" and a.fatalities == 20
    assert a.actor1 is not None and a.actor1.inter in {2, 3}
    assert a.actor2 is not None and a.actor2.inter == 7
    assert of_type(evs, "Peaceful protest")


def test_merge_one_happening() -> None:
    evs = events("قصفت طائرات حربية بلدة معرة النعمان أمس، ما أدى إلى مقتل أربعة مدنيين.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Air/drone strike" and evs[0].fatalities == 4


@pytest.mark.parametrize("text", [
    "لم تقصف الطائرات الحربية أي موقع في المدينة أمس.",
    "سيقتحم الجيش المدينة إذا لم ينسحب المسلحون منها.",
    "نفت الشرطة مقتل أي متظاهر خلال الاحتجاجات.",
    "أدانت الأمم المتحدة الهجوم على القافلة الإنسانية.",
    "بدأت أمس محاكمة المتهمين في قضية اغتيال الصحافي.",
    "هل قصفت الطائرات الروسية المستشفى؟",
    "انفجار إطار حافلة يتسبب بحادث سير على الطريق الدولي.",
])
def test_non_events(text: str) -> None:
    assert [e for e in events(text) if e.plover_type in {"ASSAULT", "PROTEST"}] == []


@pytest.mark.parametrize("text", [
    "ويرى محللون أن كلا الطرفين يراهن على الحسم العسكري، إذ يسعى الجيش إلى استعادة العاصمة الخرطوم.",
    "وتهدف العملية العسكرية إلى السيطرة على المدينة وطرد المسلحين منها.",
])
def test_an_aim_is_no_happening(text: str) -> None:
    assert events(text) == []
