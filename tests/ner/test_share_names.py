"""Companies of a market report named by the word after «سهم» ("the share of")."""

from __future__ import annotations

from ner_helpers import find, ner


def test_the_word_after_a_share_is_the_listed_company() -> None:
    doc = ner("وتصدر سهم اعمار قائمة الأسهم الأنشط، تلاه سهم تمويل بتداول 9 ملايين درهم.")
    assert find(doc, "اعمار").type == "ORG"
    assert find(doc, "تمويل").type == "ORG"


def test_a_place_after_a_share_is_the_company_with_its_tail() -> None:
    doc = ner("وبلغت التداولات 12 مليون درهم لسهم دبي للاستثمار في ختام الجلسة.")
    assert find(doc, "دبي للاستثمار").type == "ORG"
    assert not [m for m in doc.entities if m.text == "دبي" and m.type != "ORG"]


def test_a_count_of_shares_names_no_company() -> None:
    doc = ner("وتم تداول 5.7 مليون سهم بقيمة 3.7 مليون ريال، وارتفع سهم الشركة بنسبة 2%.")
    assert not [m for m in doc.entities if m.origin == "rule"]  # the CRF may read «الشركة ...» its way
