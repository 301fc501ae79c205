"""Claims one pattern at a time: what is counted, how much, in which unit, by whom."""

from __future__ import annotations

import pytest

from hadath.doc import Mention

from .conftest import assert_offsets, make_doc, mention


def _claims(raw: str, entities: list[Mention] | None = None) -> list[tuple[str, float, float, bool, str | None, str | None]]:
    doc = make_doc(raw, entities=entities)
    assert_offsets(doc)
    return [
        (c.subject, c.quantity.low, c.quantity.high, c.quantity.approximate, c.unit, c.source.name if c.source else None)
        for c in doc.claims
    ]


def test_toll_before_the_number() -> None:
    raw = "وارتفعت حصيلة القتلى إلى 42، وفق ما ذكر المرصد السوري لحقوق الإنسان."
    assert _claims(raw) == [("people killed", 42, 42, False, "people", "Syrian Observatory for Human Rights")]


def test_range_and_approximation() -> None:
    raw = "قالت مصادر محلية إن ما بين 300 و400 مقاتل انسحبوا، وإن نحو 4 آلاف مدني نزحوا."
    assert _claims(raw) == [
        ("fighters withdrew", 300, 400, False, "people", "local sources"),
        ("civilians displaced", 4000, 4000, True, "people", "local sources"),
    ] or _claims(raw) == [
        ("fighters", 300, 400, False, "people", "local sources"),
        ("civilians displaced", 4000, 4000, True, "people", "local sources"),
    ]


def test_share_of_territory_with_place() -> None:
    raw = "أفاد ناشطون بأن التنظيم يسيطر على 90 في المئة من أراضي محافظة دير الزور."
    claims = _claims(raw)
    assert claims == [("share of territory", 90, 90, False, "percent", "activists")]


def test_fighters_of_an_actor_in_a_place() -> None:
    class _Actor:
        name = "Islamic State"

    raw = "وقال مصدر عسكري إن 50 عنصرا من تنظيم داعش قتلوا في الرقة."
    ents = [
        mention(raw, "داعش", "ORG", "Islamic State", actor=_Actor()),
        mention(raw, "الرقة", "GPE", "Raqqa"),
    ]
    assert _claims(raw, ents) == [
        ("Islamic State fighters killed in Raqqa", 50, 50, False, "people", "security source")
    ]


def test_advance_in_km_but_not_a_locator() -> None:
    raw = "وتوغلت القوات مسافة 5 كلم داخل المنطقة، بحسب مصادر محلية. ووقعت الاشتباكات قرب سامراء (125 كلم شمال بغداد)."
    assert _claims(raw) == [("advance", 5, 5, False, "km", "local sources")]


def test_ransom_in_dollars_but_not_a_budget() -> None:
    raw = "وطالب الخاطفون بفدية قدرها مليون دولار، وفق ما ذكرت الشرطة. وتبلغ ميزانية المشروع 5 ملايين دولار."
    assert _claims(raw) == [("ransom", 1_000_000, 1_000_000, False, "USD", "police")]


@pytest.mark.parametrize(
    "raw",
    [
        "قتل رجل يبلغ من العمر 45 عاما.",
        "وكانت المدينة قد سقطت في عام 2014.",
        "وللتواصل يمكن الاتصال على الرقم 0933123456.",
        "وجاء في المادة 12 من القانون أن العقوبة تشمل الغرامة.",
        "وشارك 3 وزراء في الاجتماع الذي عقد في الساعة 10 صباحا.",
    ],
)
def test_numbers_that_are_not_claims(raw: str) -> None:
    assert _claims(raw) == []


def test_vague_against_exact_is_a_conflict_but_open_bound_is_not() -> None:
    raw = (
        "قالت مصادر محلية إن عشرات المدنيين قتلوا في القصف. "
        "في المقابل، قالت وزارة الدفاع السورية إن خمسة مدنيين قتلوا. "
        "وأفاد المرصد السوري لحقوق الإنسان بمقتل أكثر من 50 مدنيا."
    )
    doc = make_doc(raw)
    subjects = [(c.subject, c.quantity.low, c.quantity.high) for c in doc.claims]
    assert subjects == [("civilians killed", 10, 99), ("civilians killed", 5, 5), ("civilians killed", 50, 50)]
    # 10..99 vs 5: conflict; 5 vs «more than 50»: conflict; 10..99 vs «more than 50»: they can meet
    assert [c.claims for c in doc.conflicts] == [(0, 1), (1, 2)]
    assert doc.conflicts[1].reason == (
        "Syrian Ministry of Defence reports 5 civilians killed; Syrian Observatory for Human Rights reports at least 50"
    )


def test_bare_numbers_after_status_words() -> None:
    raw = "وقالت مصادر محلية إن الانفجار أدى إلى مقتل أربعة وإصابة سبعة بجروح."
    assert _claims(raw) == [
        ("people killed", 4, 4, False, "people", "local sources"),
        ("people wounded", 7, 7, False, "people", "local sources"),
    ]


def test_one_of_something_is_no_claim_and_population_is_not_counted() -> None:
    assert _claims("ولم تظهر في الصور صورة رجل واحد من قادة الاحتجاج.") == []
    assert _claims("وتقع البلدة في منطقة يبلغ تعداد سكانها 600 ألف نسمة.") == []


def test_a_source_repeating_its_figure_adds_no_second_conflict() -> None:
    raw = (
        "قالت وزارة الدفاع السورية إن خمسة مدنيين قتلوا في القصف. "
        "وأفاد المرصد السوري لحقوق الإنسان بمقتل 40 مدنيا. "
        "وقالت وزارة الدفاع السورية لاحقا إن خمسة مدنيين قتلوا."
    )
    doc = make_doc(raw)
    assert [(c.source.name if c.source else None, c.quantity.low) for c in doc.claims] == [
        ("Syrian Ministry of Defence", 5), ("Syrian Observatory for Human Rights", 40),
        ("Syrian Ministry of Defence", 5),
    ]
    assert [c.claims for c in doc.conflicts] == [(0, 1)]


def test_people_counted_by_nationality_meet_people_counted_by_other_words() -> None:
    raw = (
        "قالت وزارة الصحة إن 12 فلسطينيا على الأقل قتلوا في الغارة. "
        "وقالت مصادر عسكرية إسرائيلية إن ثلاثة أشخاص فقط قتلوا في الغارة."
    )
    doc = make_doc(raw)
    # the subject keeps who they are (session 10), the comparison does not
    assert [(c.subject, c.quantity.low) for c in doc.claims] == [("people of Palestine killed", 12), ("people killed", 3)]
    assert [c.claims for c in doc.conflicts] == [(0, 1)]


def test_a_people_noun_heads_a_number_after_it_only_for_one_or_two() -> None:
    assert _claims("وأشارت الوزارة إلى مقتل مدنيين اثنين فقط.")[0][:3] == ("civilians killed", 2, 2)
    assert _claims("وبالإضافة إلى الأكراد آلاف العوائل العراقية التي نزحت.") == []


def test_a_background_toll_is_no_rival_of_this_weeks_count() -> None:
    import hadath  # the whole pipeline: the era comes from resolved dates and the publication date

    raw = (
        "قال مسؤولون في وزارة الصحة إن 12 شخصا قتلوا في غارة جوية استهدفت منزلا أمس. "
        "وقالت مصادر عسكرية إن ثلاثة أشخاص فقط قتلوا في الغارة. "
        "وكانت الحرب قد اندلعت في السابع من أكتوبر 2023 عندما قتل نحو 1200 شخص، بحسب مصادر رسمية."
    )
    doc = hadath.extract(raw, published="2024-06-11")
    killed = [(c.quantity.low, c.source.name if c.source else None) for c in doc.claims if c.subject.startswith("people killed")]
    assert [k for k, _ in killed] == [12, 3, 1200]
    # 12 vs 3 disagree about yesterday's strike; 1200 belongs to October 2023 and rivals neither
    pairs = [tuple(doc.claims[i].quantity.low for i in c.claims) for c in doc.conflicts]
    assert pairs == [(12, 3)]


def test_soldiers_among_the_dead_share_their_status() -> None:
    raw = "قال مسؤول أمني إن 7 أشخاص قتلوا، بينهم 3 جنود. وزعمت حركة الشباب أنها قتلت 15 جنديا."
    subjects = [(c.subject, c.quantity.low) for c in make_doc(raw).claims]
    assert ("soldiers killed", 3) in subjects


def test_a_casualty_noun_before_the_counted_gives_their_status() -> None:
    # «بين القتلى X», «عدد القتلى بلغ X», «جثث X»: those counted are dead
    assert _claims("وأوضح أن بين القتلى مدنيين اثنين من عائلة واحدة.")[0][:3] == ("civilians killed", 2, 2)
    assert len(_claims("وأوضح أن بين القتلى مدنيين اثنين من عائلة واحدة.")) == 1  # no «one family» claim
    assert _claims("وأكد مصدر أن عدد القتلى بلغ سبعة أشخاص.")[0][:3] == ("people killed", 7, 7)
    assert _claims("واستقبل المستشفى جثث 12 شخصا و20 جريحا.")[0][:3] == ("people killed", 12, 12)
    assert _claims("وأشارت إلى أن بين القتلى ثلاثة أطفال.")[0][:3] == ("children killed", 3, 3)
    # a status verb that is also a noun («أسر»: captured / families) keeps its verb reading
    assert _claims("وأسفرت المعارك عن مقتل 17 مسلحا وأسر اثنين آخرين.")[1][:3] == ("people detained", 2, 2)


def _pipeline(raw: str, published: str = "2024-06-11") -> tuple[list[tuple[float, str | None]], list[tuple[float, ...]]]:
    import hadath  # the whole pipeline: scenes come from resolved places

    doc = hadath.extract(raw, published=published)
    killed = [(c.quantity.low, c.source.name if c.source else None) for c in doc.claims if "killed" in c.subject]
    pairs = [tuple(doc.claims[i].quantity.low for i in c.claims) for c in doc.conflicts]
    return killed, pairs


def test_an_unplaced_toll_meets_the_placed_one_it_follows() -> None:
    raw = (
        "قتل أربعة أشخاص في هجوم على بلدة الدور في محافظة صلاح الدين، بحسب قيادة العمليات المشتركة.\n\n"
        "غير أن مصدرا في الشرطة أكد أن عدد القتلى بلغ سبعة أشخاص."
    )
    killed, pairs = _pipeline(raw)
    assert [k for k, _ in killed] == [4, 7]
    assert pairs == [(4, 7)]


def test_tolls_of_two_places_or_of_a_war_are_no_rivals() -> None:
    raw = (
        "قتل ثمانية أشخاص في غارات على سوق في مدينة صعدة، بحسب وزارة الصحة.\n\n"
        "وفي مأرب، صد الجيش اليمني هجوما للحوثيين. وقال مصدر عسكري إن المعارك أسفرت عن مقتل 17 شخصا.\n\n"
        "وقالت منظمة أطباء بلا حدود إن مستشفى تدعمه في صعدة استقبل جثث 12 شخصا.\n\n"
        "وتقول الأمم المتحدة إن الحرب أودت بحياة أكثر من 150 ألف شخص."
    )
    killed, pairs = _pipeline(raw)
    assert [k for k, _ in killed] == [8, 17, 12, 150000]
    assert pairs == [(8, 12)]  # Saada against Saada; Marib is elsewhere, the war's toll another count
