"""Talks, coalition strikes and attackers named as «مسلحين من X»: new sentences, not the sample's."""

from __future__ import annotations

import pytest

import hadath


def events(text: str, plover: str) -> list:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.plover_type == plover]


def test_talks_with_a_named_counterpart_are_consult_with_both_parties() -> None:
    text = "وأعلنت قيادة العمليات المشتركة أن مباحثات تجري مع شيوخ العشائر في الرمادي لفتح طريق آمن للنازحين."
    (e,) = events(text, "CONSULT")
    assert e.event_type == "Strategic developments" and e.sub_event_type == "Other"
    assert e.actor1 is not None and e.actor1.inter == 1
    assert e.actor2 is not None and e.actor2.name.startswith("Tribal Leaders")
    for sp in e.evidence:
        assert 0 <= sp.start < sp.end <= len(text)


def test_talks_between_two_sides() -> None:
    (e,) = events("بدأت أمس مفاوضات بين الجيش السوري وفصائل المعارضة في درعا.", "CONSULT")
    assert e.actor1 is not None and e.actor2 is not None
    assert e.actor1.name != e.actor2.name


def test_bare_talks_mention_is_no_event() -> None:
    assert not events("وتعثرت المفاوضات منذ أشهر بسبب الخلافات السياسية.", "CONSULT")


def test_dual_air_strike_by_the_coalition_on_islamic_state() -> None:
    text = "وأكد المتحدث أن طائرات التحالف الدولي نفذت غارتين على مقرات تنظيم داعش قرب الميادين."
    (e,) = events(text, "ASSAULT")
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.name == "Global Coalition Against Daesh"
    assert e.actor2 is not None and e.actor2.name == "Islamic State"


def test_reporting_participle_opens_a_new_happening() -> None:
    text = ("وسيطرت قوات النظام على بلدة خان شيخون بعد معارك عنيفة، موضحا أن الطائرات الحربية "
            "شنت غارات على مواقع الفصائل في المنطقة.")
    subs = {e.sub_event_type for e in events(text, "ASSAULT")}
    assert "Air/drone strike" in subs
    assert len(subs) >= 2, subs


def test_gunmen_from_a_named_group_are_that_group() -> None:
    text = "قتل ثلاثة جنود أمس في اشتباكات مع مسلحين من تنظيم «داعش» قرب مدينة بيجي."
    (e,) = events(text, "ASSAULT")
    assert e.actor1 is not None and e.actor1.name == "Islamic State"
    assert e.actor2 is not None and e.actor2.inter == 1


def test_quoted_attack_on_a_checkpoint_owned_by_the_army() -> None:
    text = ("قتل جنديان أمس في هجوم شنه مسلحون من تنظيم «داعش» قرب بيجي.\n"
            "وقال ضابط في الجيش إن «عناصر التنظيم هاجموا حاجزا تابعا للجيش العراقي عند مدخل المدينة».")
    # the officer's attack is the lead's (one actor, place, day: one ACLED row), or its own event
    evs = [e for e in events(text, "ASSAULT") if any(s.start > text.index("\n") for s in e.evidence)]
    assert evs, "the quoted attack is an event"
    e = evs[0]
    assert e.actor1 is not None and e.actor1.name == "Islamic State"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of")


def test_talks_take_the_counterparts_town_named_elsewhere_in_the_article() -> None:
    text = ("اندلعت اشتباكات أمس في مدينة الفلوجة بين القوات العراقية ومسلحين.\n"
            "وأعلنت قيادة عمليات الأنبار أن محادثات تجري مع شيوخ عشائر الفلوجة لتسليم المطلوبين.")
    (e,) = events(text, "CONSULT")
    assert e.location is not None and e.location.latitude > 33.2 and e.location.longitude < 44
    assert e.location.name_ar in text


@pytest.mark.parametrize(("text", "actor"), [
    ("شنت طائرات حربية روسية غارات على بلدة كفرنبل.", "Military Forces of Russia"),
    ("شنت الطائرات الحربية الروسية غارات على بلدة كفرنبل.", "Military Forces of Russia"),
    ("قصفت طائرات مسيرة تركية قرية قرب القامشلي.", "Military Forces of Turkey"),
])
def test_a_states_aircraft_strike_for_it(text: str, actor: str) -> None:
    evs = [e for e in hadath.extract(text).events if e.sub_event_type == "Air/drone strike"]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor
