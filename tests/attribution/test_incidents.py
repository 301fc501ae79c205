"""Sentences that open with a turn to another happening (hadath.attribution.incidents)."""

from __future__ import annotations

import pytest

from hadath.attribution.incidents import (
    OPENING,
    opens_turn,
    turn_phrases,
    turn_starts,
    turns_at,
)
from hadath.doc import Doc


@pytest.mark.parametrize(("sentence", "turn"), [
    ("وفي هجوم آخر، قتل ثلاثة جنود", True),  # after «و», before a comma
    ("فمن جهة ثانية أعلن الجيش", True),
    ("على صعيد آخر", True),  # the whole sentence
    ("في هجوم آخرين", False),  # the phrase must end at a word's end
    ("في هجوم على الحاجز", False),
    ("وقال إنه في هجوم آخر", False),  # only at the sentence's opening
])
def test_opens_turn(sentence: str, turn: bool) -> None:
    assert opens_turn(sentence) is turn


def test_every_phrase_is_found() -> None:
    for p in turn_phrases():
        assert opens_turn("\u0648" + p + "، قتل"), p  # after «و», as wire copy joins them


@pytest.mark.parametrize("text", [
    "قتل جندي.  وفي هجوم آخر، قتل ثلاثة.\nوفي حادثة منفصلة قتل شرطي. ومن جهة أخرى قال الوزير.",
    "قُتِلَ جنديٌّ. وَفِي هُجُومٍ آخَرَ، قُتِلَ ثلاثة. وفي   هجوم\nآخر قتل اثنان. وفي هجومٍ آخرين",  # diacritics, spaces
    "ﻻ شيء. وفي هجوم آخر ﻻ أحد. وفي حادث منفصل.",  # presentation forms (expand)
    "وفي هـجـوم آخـر، قتل. في هجوم آخر قتل",  # tatweel
    "قال: وفي هجوم آخر " + "ـ" * 30 + " قتل. وفي هجوم آخرين" + "ً" * 30,  # the 40-character cut
])
def test_turn_starts_reads_each_opening_as_opens_turn_does(text: str) -> None:
    """turn_starts cuts the openings from the document's normalised view: the same
    answers as normalising each sentence's first 40 characters again."""
    doc = Doc(raw=text)
    doc.segment()
    want = [s.start for s in doc.sentences if opens_turn(text[s.start:min(s.end, s.start + OPENING)])]
    assert turn_starts(doc.norm, doc.sentences) == want
    spans = [(s.start, s.end) for s in doc.sentences]
    assert [a for (a, _), turn in zip(spans, turns_at(doc.norm, spans), strict=True) if turn] == want
    assert want or "قال" in text  # the texts do hold turns (but the last, cut one)
