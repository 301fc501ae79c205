"""A trial, anniversary, history or condemnation word recalls a deed only before its verb
(hadath.events.stage._recalled); after it the word tells what the deed was or what followed.

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import _rule_support, score
from hadath.pipeline import Pipeline, default_stages


def ruled(text: str) -> dict[str, bool]:
    """Which ASSAULT candidates a rule of the stage keeps."""
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text))
    return {c.text: _rule_support(doc, c) for s in score(doc) for c in s.candidates
            if c.trigger.plover == "ASSAULT" and not c.veto}


def test_a_history_word_after_the_deed_tells_what_it_was() -> None:
    text = ("وقال مسؤول عسكري إن الطائرات الحربية نفذت غارة جوية على مستودع للأسلحة قرب المدينة، "
            "هي الأولى من نوعها منذ بداية الحرب.")
    assert ruled(text)["غارة جوية"]
    (strike,) = hadath.extract(text, published="2024-07-10").events
    assert strike.sub_event_type == "Air/drone strike"


def test_a_condemnation_after_the_deed_is_the_reaction() -> None:
    text = "وشن مسلحون هجوما على حاجز للجيش شمال المدينة فجر اليوم، وأدانت الحكومة الهجوم في بيان."
    assert ruled(text)["هجوما"]


def test_a_word_before_the_verb_still_recalls_it() -> None:
    assert not any(ruled("وأحيا السكان أمس ذكرى الهجوم الذي شنه مسلحون على السوق الشعبية في المدينة.").values())
    assert not any(ruled("واتهمت المحكمة الأربعة بأنهم شنوا هجوما على حاجز للشرطة في المدينة.").values())
