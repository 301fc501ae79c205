"""Trigger phrases whose parts the subject splits: «وأطلق مسلحون النار على ...»، «لقي شرطي
مصرعه» (``hadath/events/lexicon.py:_split_shots``, triggers.tsv «die violently»).
Sentences written for these tests in wire-report style."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import hadath
from hadath.events.lexicon import (
    _SPLIT_BLAST,
    _SPLIT_SELF,
    _SPLIT_SHOT,
    _split_shots,
    event_hits,
    triggers,
)
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


# words of split phrases and what may stand around them, in normalised spelling («اطلق»، «وفتحت»)
_SPLIT_WORDS = [normalize_key(w) for w in (
    "أطلق", "وأطلق", "فأطلقوا", "أطلقت", "فتح", "ففتح", "وفتحوا", "النار", "أضرم", "وأشعلت", "في", "نفسه", "نفسها",
    "أنفسهم", "فجر", "ففجرت", "فجروا", "انتحاري", "مسلحون", "قوات", "الأمن", "على", "x", "،", ".")]


@given(st.lists(st.tuples(st.sampled_from(_SPLIT_WORDS), st.sampled_from([" ", " ", " ", "", "\n"])), max_size=30))
@settings(max_examples=500, deadline=None)
def test_split_shots_finds_what_the_regexes_find(words: list[tuple[str, str]]) -> None:
    """_split_shots tries each regex only where one of its verb stems starts: the same hits as
    the regexes' own search of the whole text."""
    _same_split_hits("".join(w + sep for w, sep in words))


def test_split_hits_of_written_phrases() -> None:
    for text in ("وأضرم شاب النار في نفسه أمام مبنى المحافظة، ففجر انتحاري نفسه",
                 "أشعلت امرأة عاطلة عن العمل النار في نفسها وأطلق مسلحون النار", "فأضرموا النار في أنفسهم"):
        _same_split_hits(normalize_key(text))


def _same_split_hits(text: str) -> None:
    expected = []
    for pattern in (_SPLIT_SHOT, _SPLIT_SELF, _SPLIT_BLAST):
        for m in pattern.finditer(text):
            key = m.group(2) + " " + m.group(4)
            found = triggers().find_norm(key)
            if found and found[0][2] == key:
                expected.append((m.start(2), m.end(2), key, m.start(1)))
    assert [(h[0], h[1], h[2], h[4]) for h in _split_shots(text)] == expected
