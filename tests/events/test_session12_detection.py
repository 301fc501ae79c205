"""Session 12's detection rules: a counted crowd that marches or joins a protest, destruction of
military objects by armed forces, fighters «neutralised» (the Turkish ministry's word), an
indefinite attack its doer «waged» («هجوم شنه مسلحون»), and vetoes of abilities and of
indefinite happenings a modal follows.

New sentences written for these tests (not from the gold data).
"""

from __future__ import annotations

from collections.abc import Callable

import hadath
from hadath.doc import Doc
from hadath.events.context import Candidate
from hadath.events.stage import (
    _counted_march,
    _done_by,
    _fighters_neutralised,
    _military_destroyed,
    score,
)
from hadath.pipeline import Pipeline, default_stages


def events(text: str, plover: str | None = None) -> list:
    found = hadath.extract(text, published="2024-05-15").events
    return [e for e in found if plover is None or e.plover_type == plover]


def candidates(text: str) -> list[Candidate]:
    doc = Pipeline(default_stages())(Doc(raw=text))
    return [c for s in score(doc) for c in s.candidates]


def vetoes(text: str) -> dict[str, str | None]:
    return {c.text: c.veto for c in candidates(text)}


def rule(fn: Callable[[Candidate], bool], text: str, plover: str) -> dict[str, bool]:
    return {c.text: fn(c) for c in candidates(text) if c.trigger.plover == plover}


# --- protests: a counted crowd marching or joining


def test_a_counted_crowd_joining_a_march_reports_a_protest() -> None:
    text = "شارك المئات في مسيرة سلمية وسط البصرة للمطالبة بالإفراج عن المعتقلين."
    assert rule(_counted_march, text, "PROTEST") == {"مسيرة": True}
    (e,) = events(text, "PROTEST")
    assert e.sub_event_type == "Peaceful protest"
    assert rule(_counted_march, "شارك أمس العشرات في مظاهرة أمام مبنى السفارة.", "PROTEST") == {"مظاهرة": True}


def test_a_counted_crowd_marching_reports_a_protest() -> None:
    text = "وسار آلاف المتظاهرين نحو القصر الرئاسي في الخرطوم مطالبين بحكومة مدنية."
    assert rule(_counted_march, text, "PROTEST")["المتظاهرين"]
    assert events(text, "PROTEST")


def test_the_protesters_marching_are_a_detail_of_a_protest_told_before() -> None:
    # no count: «المتظاهرون» are the crowd the report already told of
    assert rule(_counted_march, "وسار المتظاهرون نحو السفارة رافعين الأعلام.", "PROTEST") == {"المتظاهرون": False}


def test_joining_without_a_protest_word_is_no_protest() -> None:
    assert not events("شارك الآلاف في تشييع جثامين الضحايا في المدينة.", "PROTEST")


def test_a_march_recalled_or_in_a_relative_clause_is_background() -> None:
    text = "وقال المنظمون إن المسيرة التي شارك فيها المئات في مظاهرة العام الماضي كانت سلمية."
    assert not any(rule(_counted_march, text, "PROTEST").values())
    text = "وبعد أن شارك المئات في مسيرة أمس، اعتقلت الشرطة عددا منهم."
    assert not any(rule(_counted_march, text, "PROTEST").values())


# --- destruction of military objects


def test_armed_forces_destroying_military_objects_attack() -> None:
    text = "دمرت وحدات من الجيش السوري مقرات للإرهابيين في ريف إدلب."
    assert rule(_military_destroyed, text, "ASSAULT") == {"دمرت": True}
    (e,) = events(text, "ASSAULT")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    text = "وقال الجيش إن قواته دمرت مواقع للمتمردين شرق المدينة."
    assert rule(_military_destroyed, text, "ASSAULT") == {"دمرت": True}
    assert events("ودمر مسلحون دبابتين للجيش قرب البلدة.", "ASSAULT")


def test_destruction_without_an_armed_doer_or_a_military_object_is_no_trigger() -> None:
    # floods, a house after a strike told elsewhere, a demolition of a home
    for text in ("دمرت السيول عشرات المنازل في القرية.", "ودمر المنزل المستهدف بالكامل.",
                 "دمرت القوات الإسرائيلية منزلا في جنين."):
        assert not events(text, "ASSAULT"), text
        assert "دمرت" not in vetoes(text) and "دمر" not in vetoes(text)  # no candidate left


def test_a_destroy_verb_adds_nothing_where_another_trigger_tells_the_attack() -> None:
    (e,) = events("قصفت قوات الجيش مواقع للمسلحين بالمدفعية ودمرت قوات الجيش مقرات لهم في القرية.", "ASSAULT")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


# --- «neutralised» fighters


def test_fighters_neutralised_are_an_attack() -> None:
    text = "وأعلنت وزارة الدفاع التركية أن قواتها حيدت 12 إرهابيا في شمال العراق."
    assert rule(_fighters_neutralised, text, "ASSAULT") == {"حيدت": True}
    (e,) = events(text, "ASSAULT")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.fatalities is None  # neutralised: killed, wounded or captured
    (e,) = events("وقالت الوزارة إن قواتها حيدت خمسة من عناصر حزب العمال الكردستاني في منطقة قنديل.", "ASSAULT")
    assert e.actor2 is not None and "PKK" in e.actor2.name


def test_neutralising_in_the_political_sense_and_names_are_no_attack() -> None:
    assert not events("ودعا الرئيس إلى تحييد لبنان عن الصراعات الإقليمية.")
    # «وحيد» is a name, and the count after it counts the dead of another trigger
    (e,) = events("وقال المتحدث العسكري اللواء وحيد ارشاد إن 11 مدنيا قتلوا في التفجير الانتحاري.", "ASSAULT")
    assert e.sub_event_type == "Suicide bomb"


# --- abilities and possibilities


def test_an_ability_is_no_happening() -> None:
    assert vetoes("وقال إن الحركة باتت قادرة على شن هجمات في العاصمة.")["هجمات"] == "ability"
    assert vetoes("وأعلنت إيران إنتاج طائرة بدون طيار قادرة على مهاجمة السفن الحربية.")["طائرة بدون طيار"] == "possible"


def test_an_indefinite_happening_a_modal_follows_is_a_possibility() -> None:
    text = "وأضاف المصدر أن ضربات جوية يمكن أن تستهدف مطارات عسكرية إذا لم تحترم الحكومة الحظر."
    assert vetoes(text)["ضربات جوية"] == "possible"
    assert vetoes("وحذر من مواجهات قد تكون مدمرة للطرفين.")["مواجهات"] == "possible"
    # a definite noun comments on a happening told already; «قد» + a past verb reports one
    assert vetoes("وقال إن الهجوم قد يكون الأعنف منذ سنوات.")["الهجوم"] != "possible"
    assert events("وقال الشهود إن هجوما قد أسفر عن مقتل خمسة جنود قرب الحدود.", "ASSAULT")


# --- an indefinite attack and who waged it


def test_an_indefinite_attack_someone_waged_is_reported() -> None:
    text = "وأصيب ثلاثة من رجال الأمن عقب هجوم مسلح نفذه مجهولون فجر اليوم على نقطة أمنية في المدينة."
    assert rule(_done_by, text, "ASSAULT")["هجوم مسلح"]
    assert events(text, "ASSAULT")
    assert rule(_done_by, "وقتل جنديان في هجوم صاروخي شنه متمردون على معسكر للجيش.", "ASSAULT")["هجوم"]
    assert rule(_done_by, "قتل مدنيان في غارة جوية شنتها طائرة مسيرة على سيارة.", "ASSAULT")["غارة جوية"]


def test_the_definite_attack_someone_waged_refers_back() -> None:
    text = "وقال إن الهجوم الذي شنه المسلحون العام الماضي كان الأعنف."
    assert not any(rule(_done_by, text, "ASSAULT").values())
    assert not events(text, "ASSAULT")
