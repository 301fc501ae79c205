"""Sentences that open with a turn to another happening (hadath.attribution.incidents)."""

from __future__ import annotations

import pytest

from hadath.attribution.incidents import opens_turn, turn_phrases


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
