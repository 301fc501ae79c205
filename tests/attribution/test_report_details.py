"""Attribution details from agency reports: back-references to organisations, sources of later figures, conflicts between a whole and its part, and dual nouns as counts."""

from __future__ import annotations

import hadath

TEXT = (
    "استشهد ثلاثة شبان وأصيب أحد عشر آخرون في جنين، وفق ما أعلنت وزارة الصحة الفلسطينية.\n\n"
    "وقالت الوزارة في بيان إن بين الجرحى خمسة أطفال."
)


def test_bare_head_takes_the_lexicon_canonical_of_its_antecedent() -> None:
    doc = hadath.extract(TEXT, published="2024-07-16")
    wounded = [c for c in doc.claims if c.quantity.low == 5]
    assert wounded, [c.subject for c in doc.claims]
    assert wounded[0].source is not None
    assert wounded[0].source.name == "Palestinian Ministry of Health"
    assert wounded[0].source.text == "الوزارة"


def test_bare_head_is_the_last_one_named_before_it() -> None:
    from hadath.attribution.speakers import NameRegistry

    names = NameRegistry()
    names.add_org("وزارة الدفاع", "Ministry of Defence", 10)
    names.add_org("وزارة الصحة", "وزارة الصحة", 50)
    names.add_org("وزارة الصحة", "Ministry of Health", 50)  # the lexicon's name at the same place wins
    assert names.org("الوزارة", 30) == "Ministry of Defence"
    assert names.org("الوزارة", 80) == "Ministry of Health"
    assert names.org("الوزارة", 5) == "Ministry of Defence"  # none before: the next one
    assert names.org("الحركة", 80) is None


def test_a_frame_after_the_figure_does_not_borrow_an_earlier_source() -> None:
    text = (
        "جنين - وفا\n"
        "أعلنت كتيبة جنين أن مقاتليها خاضوا اشتباكات مع القوات المقتحمة.\n\n"
        "وفي وقت لاحق، شارك آلاف المواطنين في تشييع جثامين الشهداء، فيما أعلنت القوى الوطنية والإسلامية الإضراب الشامل."
    )
    doc = hadath.extract(text, published="2024-07-16")
    crowd = [c for c in doc.claims if c.quantity.low == 1000]
    assert crowd, [c.subject for c in doc.claims]
    assert crowd[0].source is None or crowd[0].source.name != "Jenin Brigade"


def test_fewer_dead_in_all_than_in_a_part_is_a_conflict() -> None:
    text = (
        "استشهد ثلاثة شبان فلسطينيين فجر اليوم في مدينة جنين، وفق ما أعلنت وزارة الصحة الفلسطينية.\n\n"
        "في المقابل، قال الجيش الإسرائيلي في بيان إن قواته قتلت أربعة مسلحين خلال عملية في جنين."
    )
    doc = hadath.extract(text, published="2024-07-16")
    assert len(doc.conflicts) == 1, [c.subject for c in doc.claims]
    i, j = doc.conflicts[0].claims
    assert {doc.claims[i].quantity.low, doc.claims[j].quantity.low} == {3, 4}
    assert "fighters" in doc.conflicts[0].reason


def test_more_dead_in_all_than_in_a_part_is_no_conflict() -> None:
    text = (
        "استشهد ستة شبان فلسطينيين فجر اليوم في مدينة جنين، وفق ما أعلنت وزارة الصحة الفلسطينية.\n\n"
        "في المقابل، قال الجيش الإسرائيلي في بيان إن قواته قتلت أربعة مسلحين خلال عملية في جنين."
    )
    assert hadath.extract(text, published="2024-07-16").conflicts == []


def test_a_dual_noun_is_a_count_of_two() -> None:
    text = "قُتل عنصران من الشرطة وأصيب ثلاثة مدنيين في انفجار عبوة ناسفة في بعقوبة، بحسب مصدر أمني."
    doc = hadath.extract(text, published="2024-03-11")
    got = {(c.quantity.low, c.subject) for c in doc.claims}
    assert any(low == 2 and "killed" in subject for low, subject in got), got
    assert any(low == 3 and "wounded" in subject for low, subject in got), got


def test_a_dual_noun_next_to_its_number_is_counted_once() -> None:
    doc = hadath.extract("أعلنت الشرطة مقتل جنديين اثنين في بعقوبة.", published="2024-03-11")
    assert [c.quantity.low for c in doc.claims] == [2]


def test_a_bracketed_alias_names_the_counted_force() -> None:
    text = "قُتل عنصران من قوى الأمن الداخلي (الأسايش) جراء استهداف طائرة مسيرة تركية سيارة قرب القامشلي في سوريا."
    doc = hadath.extract(text, published="2024-03-11")
    assert any(c.subject.startswith("Asayish (Syria)") for c in doc.claims), [c.subject for c in doc.claims]


def test_organisations_told_after_a_question_are_indexed_too() -> None:
    """The head-word index is built on the first question; later organisations still count."""
    from hadath.attribution.speakers import NameRegistry

    names = NameRegistry()
    names.add_org("وزارة الدفاع", "Ministry of Defence", 10)
    assert names.org("الوزارة", 30) == "Ministry of Defence"
    names.add_org("وزارة الصحة", "وزارة الصحة", 20)
    names.add_org("وزارة الصحة", "وزارة الصحة", 20)  # a repeat changes nothing
    assert names.org("الوزارة", 30) == "وزارة الصحة"
    names.add_org("وزارة الصحة", "Ministry of Health", 20)
    assert names.org("الوزارة", 30) == "Ministry of Health"
    assert names.named == {"وزارة الدفاع": "Ministry of Defence", "وزارة الصحة": "Ministry of Health"}
