"""Session 25: rules of the NER stage chosen on the training part's CV folds (hadath/ner/stage.py)."""

from __future__ import annotations

from ner_helpers import find, ner

from hadath.ner.stage import _foreign_name_word


def test_a_foreigner_named_after_his_nationality_with_middling_letters() -> None:
    # «مارات»، «يوجني» sit at bucket 0 of the letter-gram scale, not above it: still a name after «الروسي»
    doc = ner("وتعادل فريقه مع الروسي بافل مارات في الجولة الأخيرة.")
    assert find(doc, "بافل مارات").type == "PER"
    doc = ner("وأحرز الروسي يوجني مارات الميدالية الذهبية.")
    assert find(doc, "يوجني مارات").type == "PER"


def test_a_preposition_and_a_common_word_is_no_foreign_name_word() -> None:
    assert not _foreign_name_word("بتشكيل")
    assert not _foreign_name_word("الحكومة")
    assert _foreign_name_word("يوجني")
