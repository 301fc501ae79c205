"""Protest reports the classifier misses out of fold: a counted crowd chanting, the dispersal
of a protest not told before, a strike under way, and a riot that kills.

New sentences written for these tests (not from the gold data).
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import _counted_chant, _crowd_follows, _dispersed, _sustained, score
from hadath.pipeline import Pipeline, default_stages


def events(text: str, plover: str | None = None) -> list:
    found = hadath.extract(text, published="2024-05-15").events
    return [e for e in found if plover is None or e.plover_type == plover]


def rule(fn, text: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    doc = Pipeline(default_stages())(Doc(raw=text))
    return {c.text: fn(c) for s in score(doc) for c in s.candidates if c.trigger.plover == "PROTEST"}


def test_a_counted_crowd_chanting_reports_a_protest() -> None:
    text = "وفي لاهور، ردد أكثر من ألفي شخص هتافات ضد الحكومة أمام مقر البرلمان، وقال المتظاهرون إنهم سيعودون غدا."
    assert rule(_counted_chant, text) == {"المتظاهرون": True}
    (e,) = events(text, "PROTEST")
    assert e.sub_event_type == "Peaceful protest"
    assert rule(_counted_chant, "وهتف آلاف الطلاب في ساحة الجامعة ضد قرار الوزارة، ثم تفرق المتظاهرون.")["المتظاهرون"]


def test_chants_of_a_crowd_already_told_of_are_a_detail() -> None:
    # the definite protesters and «العديد من» (some of them) chant at a protest reported before
    assert rule(_counted_chant, "وردد المتظاهرون هتافات ضد الحكومة.") == {"المتظاهرون": False}
    assert rule(_counted_chant, "وردد العديد من المتظاهرين هتافات ضد الحكومة.") == {"المتظاهرين": False}
    # a chant verb inside a relative clause is background, and a trial recalls the protest
    assert not any(rule(_counted_chant, "وحاكمت المحكمة أمس طلابا ردد أكثر من مئة شخص معهم هتافات في مظاهرة العام الماضي.").values())


def test_a_count_of_several_words_is_read_to_its_last_word() -> None:
    # «أكثر من ألف» is one count: the people counted come after «ألف», not after «أكثر»
    doc = Pipeline(default_stages())(Doc(raw="وتظاهر أكثر من ألف شخص أمام مبنى البلدية."))
    assert {c.text: _crowd_follows(c) for s in score(doc) for c in s.candidates} == {"تظاهر": True}
    # after «أن» the verb is a subjunctive: «could not gather», no report
    doc = Pipeline(default_stages())(Doc(raw="وقال إن الحزب لم يستطع يوما أن يجمع أكثر من خمسين متظاهرا."))
    assert not any(_crowd_follows(c) for s in score(doc) for c in s.candidates if c.trigger.mode == "demonstrate")


def test_a_dispersed_protest_not_told_before_is_reported() -> None:
    text = "الى ذلك فرقت الشرطة مستخدمة الغاز المسيل للدموع مظاهرة نظمها حزب معارض في الخرطوم للتنديد بإعدام الرئيس الراحل."
    assert rule(_dispersed, text) == {"مظاهرة": True}
    (e,) = events(text, "PROTEST")
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor2 is not None and e.actor2.inter == 1


def test_dispersing_the_protesters_is_a_detail() -> None:
    # the definite protesters, a verbal noun, and an attempt («محاولتها تفريق مظاهرة») are no new protest
    assert rule(_dispersed, "وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع.") == {"المتظاهرين": False}
    assert rule(_dispersed, "واستخدمت الشرطة خراطيم المياه لتفريق مظاهرة أمام البرلمان.") == {"مظاهرة": False}
    assert rule(_dispersed, "واتهمت المنظمة الشرطة بأنها فرقت مظاهرة سلمية بالقوة.") == {"مظاهرة": False}


def test_a_strike_under_way_is_reported() -> None:
    assert rule(_sustained, "وقال المحامي إن موكله يضرب عن الطعام منذ أسبوع في سجنه.") == {"يضرب عن الطعام": True}
    text = "وقال رئيس التحرير إن صحيفتين معارضتين تشاركان أيضا في الإضراب عن الطعام لثلاثة أيام."
    assert rule(_sustained, text) == {"الإضراب عن الطعام": True}
    (e,) = events(text, "PROTEST")
    assert e.sub_event_type == "Peaceful protest"


def test_a_strike_mentioned_is_not_one_under_way() -> None:
    # the noun alone, a threat and an ended strike are left to the classifier
    assert rule(_sustained, "وأثار الإضراب عن الطعام جدلا واسعا في البرلمان.") == {"الإضراب عن الطعام": False}
    assert rule(_sustained, "وأنهى المعتقل إضرابه عن الطعام بعد أسبوعين.") == {"إضرابه عن الطعام": False}


def test_protesters_attacking_a_police_station_and_a_death_are_one_riot() -> None:
    text = "وهاجم محتجون مركزا للشرطة في مدينة الديوانية امس احتجاجا على انقطاع الكهرباء وقتل شرطي وأصيب ثلاثة آخرون."
    (e,) = events(text)  # was an «Excessive force against protesters» by the policeman, beside the riot
    assert (e.plover_type, e.event_type, e.sub_event_type) == ("PROTEST", "Riots", "Violent demonstration")
    assert e.actor1 is not None and e.actor1.inter == 5  # rioters (ACLED inter 5)
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")
    assert e.fatalities == 1


def test_a_killing_in_another_clause_stays_its_own_event() -> None:
    text = "واقتحم متظاهرون مبنى المحافظة في البصرة امس، فيما قتل جنديان في هجوم على دورية في الموصل."
    found = events(text)
    assert {(e.plover_type, e.event_type) for e in found} == {("PROTEST", "Riots"), ("ASSAULT", "Battles")}
