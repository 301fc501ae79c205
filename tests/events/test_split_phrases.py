"""Trigger phrases whose parts the subject splits: «وأطلق مسلحون النار على ...»، «لقي شرطي
مصرعه» (``hadath/events/lexicon.py:_split_shots``, triggers.tsv «die violently»).
Sentences written for these tests in wire-report style."""

from __future__ import annotations

import hadath
from hadath.events.lexicon import event_hits
from hadath.schema import Event
from hadath.text.normalize import normalize_key

PUBLISHED = "2026-11-27"


def _assaults(text: str) -> list[Event]:
    return [e for e in hadath.extract(text, published=PUBLISHED).events if e.plover_type == "ASSAULT"]


def test_subject_between_verb_and_fire() -> None:
    (shot,) = _assaults("وأطلق مسلحون النار على سيارة مدنية في ريف إدلب.")
    # the subject after the verb is the shooter
    assert shot.actor1 is not None and shot.actor1.name.startswith("Unidentified Armed Group")
    (shot,) = _assaults("وأطلقت قوات الاحتلال النار على شاب فلسطيني قرب الحاجز.")
    assert shot.actor1 is not None and shot.actor1.name == "Military Forces of Israel"
    assert shot.actor2 is not None and shot.actor2.name.startswith("Civilians")


def test_split_hit_spans_the_verb_only_and_keeps_the_phrase_key() -> None:
    text = normalize_key("وفتح حارس شخصي النار على الموكب")
    (hit,) = [h for h in event_hits(text)[0] if h[2] == normalize_key("فتح النار")]
    assert text[hit[0]:hit[1]] == normalize_key("فتح") and text[hit[4]:hit[0]] == "\u0648"


def test_not_across_punctuation_nor_a_ceasefire() -> None:
    assert not [h for h in event_hits(normalize_key("أطلق سراح الأسرى، وأشعل المحتجون النار"))[0]
                if h[2].endswith(normalize_key("النار"))]
    assert not _assaults("ودعا الوسطاء إلى وقف إطلاق النار في غزة.")


def test_met_his_death_with_the_subject_between() -> None:
    assert _assaults("ولقي شرطي مصرعه في هجوم مسلح على نقطة تفتيش في العريش.")
    assert _assaults("ولقي ثلاثة جنود حتفهم في انفجار عبوة ناسفة جنوب بغداد أمس.")
