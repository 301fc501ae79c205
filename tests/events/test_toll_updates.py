"""Toll updates as ACLED codes them (the lead's decision, session 7).

A later figure the text gives as an update of the same event («ارتفعت الحصيلة إلى»، «رفعت
وزارة الصحة حصيلة ... إلى»، «في حصيلة جديدة») belongs to that event: its fatalities are the
update's figure and the two figures are no conflict. Two sources' different figures with no
update wording keep ACLED's most conservative figure and the conflict. A source's toll told
after the event («مؤكداً مقتل خمسة») is that event's too. Texts are illustrative, written for
these tests.
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

import hadath
from hadath.attribution.updates import is_update
from hadath.doc import Doc

LEAD = ("إدلب (رويترز) - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، اليوم الأحد، في غارة جوية شنتها طائرات "
        "حربية روسية على سوق في مدينة معرة النعمان بريف إدلب الجنوبي، بحسب ما أفاد الدفاع المدني السوري.\n\n"
        "وقال عامل في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت أنقاض المحال المدمرة.\n\n")


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("وارتفعت حصيلة القتلى إلى 42 شخصا", "42", True),
    ("رفعت وزارة الصحة في صنعاء حصيلة ضحايا غارات مجز إلى 11 قتيلاً و19 جريحاً", "19", True),
    ("قتل 12 شخصا في حصيلة جديدة", "12", True),
    ("وفي حصيلة جديدة، قتل 12 شخصا", "12", True),
    ("ارتفعت الحصيلة، بحسب الوزارة، إلى 42", "42", True),  # a source set off by commas
    ("ورفع المحتجون صور 12 شهيدا", "12", False),  # a change verb with no toll word
    ("قتل 12 شخصا، فيما ارتفعت أسعار الخبز", "12", False),
    ("وبلغ عدد القتلى 7 أشخاص", "7", False),  # a toll, told as it is
    ("رفعت الوزارة الحصيلة إلى 11 قتيلا، مشيرة إلى أن بين القتلى 3 أطفال", "3", False),  # the next clause's
    ("يرتفع بذلك عدد الشهداء في الضفة الغربية منذ مطلع العام الجاري إلى 187 شهيدا", "187", False),  # a running total
    # the change verb and the revision phrase written with tatweel and diacritics are found too
    ("وارتـفعت حَصيلة القتلى إلى 42 شخصا", "42", True),
    ("قتل 12 شخصا في حصيلة جَديـدة", "12", True),
])
def test_update_wording(text: str, figure: str, expected: bool) -> None:
    at = text.index(figure)
    assert is_update(text, at, at + len(figure)) is expected
    # the window cut from the document's normalised view (as the claims step reads it) says the same,
    # with diacritics and tatweel in the text too
    assert is_update(text, at, at + len(figure), norm=Doc(raw=text).norm) is expected
    marked = text.replace("حصيلة", "حَصِيلَة").replace("الحصيلة", "الحـصيلة").replace("شخصا", "شخصًا")
    at = marked.index(figure)
    assert is_update(marked, at, at + len(figure), norm=Doc(raw=marked).norm) is is_update(marked, at, at + len(figure))


def test_a_risen_toll_is_the_events_and_no_conflict() -> None:
    text = LEAD + "وفي وقت لاحق، ارتفعت حصيلة القتلى إلى خمسة بعد وفاة اثنين من الجرحى متأثرين بإصاباتهما في المستشفى."
    doc = hadath.extract(text, published="2024-03-10")
    (strike,) = doc.events  # the update names no new happening
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.fatalities == 5  # the newer count supersedes the first (was 3)
    assert not [c for c in doc.conflicts if "killed" in c.reason]
    # both tolls stay claims, with the two wounded who died («بعد وفاة اثنين من الجرحى»)
    assert {c.quantity.low for c in doc.claims if c.subject.endswith("killed")} == {2, 3, 5}


def test_two_sources_without_update_wording_keep_the_lowest_and_the_conflict() -> None:
    text = LEAD + "من جهته، قال المرصد السوري لحقوق الإنسان إن الغارة أسفرت عن مقتل خمسة مدنيين بينهم طفلان."
    doc = hadath.extract(text, published="2024-03-10")
    (strike,) = doc.events  # «الغارة» is the strike told again
    assert strike.fatalities == 3
    (conflict,) = doc.conflicts
    assert sorted(doc.claims[i].quantity.low for i in conflict.claims) == [3, 5]


def test_a_sources_toll_after_the_event_is_that_events() -> None:
    text = LEAD + "في المقابل، قالت وزارة الدفاع الروسية في بيان إن الضربة أسفرت عن مقتل ثمانية مسلحين."
    doc = hadath.extract(text, published="2024-03-10")
    # «الضربة أسفرت عن مقتل ثمانية مسلحين» is the ministry's account of the strike, not an armed
    # clash of its own (it was one, with 8 dead)
    (strike,) = doc.events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.fatalities == 3  # the lower of the two accounts


def test_lebanon_ministry_update_revises_its_own_toll_not_the_armys() -> None:
    _, doc = read_article("lebanon_border.txt", "2024-01-16")
    lead = doc.events[0]
    assert lead.sub_event_type == "Air/drone strike" and name(lead.actor1) == "Military Forces of Israel"
    # «ورفعت وزارة الصحة في بيان لاحق حصيلة الغارة إلى أربعة قتلى»: the ministry's figure
    # (was the newspaper's), and the strike's fatalities (was 3); the army's «مؤكداً مقتل
    # خمسة من عناصر الحزب» is its account of the same strike (was an Attack of its own)
    assert lead.fatalities == 4
    assert of_sub(doc, "Attack") == []
    (update,) = [c for c in doc.claims if (c.subject, c.quantity.low) == ("people killed", 4)]
    assert update.source is not None and update.source.name == "Health authorities"
    # the army's five fighters still disagree with the ministry's four dead in all
    assert [sorted(doc.claims[i].quantity.low for i in c.claims) for c in doc.conflicts] == [[4, 5]]


def test_jenin_running_total_is_no_update_of_the_raid() -> None:
    _, doc = read_article("jenin_agency.txt", "2024-05-15")
    # «يرتفع بذلك عدد الشهداء في الضفة الغربية منذ مطلع العام الجاري إلى 187 شهيداً»
    assert doc.events[0].fatalities == 3
