"""A call governs what it calls for up to a comma, however far the protest word stands from it
(hadath.events.modality._governs_clause): «دعت الهيئة الأهالي في القرى المجاورة إلى المشاركة في
مظاهرة» names a protest wanted, not held.

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages


def vetoes(text: str) -> dict[str, str | None]:
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text))
    return {c.text: c.veto for s in score(doc) for c in s.candidates if c.trigger.plover == "PROTEST"}


def test_a_call_governs_its_complement_up_to_a_comma() -> None:
    assert vetoes("ودعت الهيئة الأهالي في القرى المجاورة إلى المشاركة في مظاهرة أمام مبنى المحافظة.") == {
        "مظاهرة": "call"}
    assert vetoes("وطالبت الحركة أنصارها في الضفة الغربية بتسيير مسيرات احتجاجية ضد الاستيطان.")["مسيرات"] == "call"
    # after the comma the text reports again
    found = vetoes("ودعت النقابة العمال إلى الإضراب عن العمل، وتظاهر المئات منهم أمام الوزارة أمس.")
    assert found["تظاهر"] is None


def test_a_student_or_a_call_told_already_governs_nothing() -> None:
    assert vetoes("وتظاهر نحو مائة طالب أمام السفارة ورشق المتظاهرون مبناها بالحجارة.")["المتظاهرون"] is None
    found = vetoes("وفي التجمع الذي دعت إليه رابطة الضحايا رفع المتظاهرون لافتات تندد بالحكومة.")
    assert found["المتظاهرون"] is None
