"""Session 12: a bare statement or report after a frame («وأضاف البيان»، «بحسب التقرير») is the one a
body issued before: its source is that body, not a person called «البيان» nor nobody."""

from __future__ import annotations

import hadath
from tests.article_support import read_article


def test_the_statement_added_is_the_ministry_s() -> None:
    text = ("أعلنت وزارة الدفاع التركية في بيان مقتل جنديين في هجوم شمالي العراق. "
            "وأضاف البيان أن القوات ردت وقتلت 9 مسلحين.")
    doc = hadath.extract(text, published="2024-06-11")
    assert {c.source.name for c in doc.claims if c.source is not None} == {"Turkish Ministry of National Defence"}
    assert all(c.source is not None for c in doc.claims)


def test_according_to_the_report_is_the_rights_group() -> None:
    """``darfur_rights_report.txt``: «... وأحرقوا أكثر من 200 منزل، بحسب التقرير»، «وفق التقرير»."""
    text, doc = read_article("darfur_rights_report.txt", "2024-07-20")
    told = [c for c in doc.claims if c.source is not None and c.source.text == "التقرير"]
    assert len(told) >= 3 and {c.source.name for c in told} == {"Human Rights Watch"}
    market = next(e for e in doc.events if e.event_date == "2024-04-02")
    assert market.source is not None and market.source.name == "Human Rights Watch"


def test_a_report_with_its_owner_named_is_not_a_back_reference() -> None:
    """«بحسب تقرير للأمم المتحدة» names its owner, and an unnamed source issues no statement: «قال
    مصدر أمني ... وأضاف البيان» is not the source's statement."""
    doc = hadath.extract("وقتل 23 مدنيا في بلدة كتم أمس، بحسب تقرير للأمم المتحدة.", published="2024-07-20")
    assert [c.source.name for c in doc.claims if c.source is not None] == ["United Nations"]
    doc = hadath.extract("قال مصدر أمني إن مسلحين هاجموا حاجزا أمس. وأضاف البيان أن القوات قتلت 9 مسلحين.",
                         published="2024-07-20")
    assert all(c.source is None or c.source.name != "Security source" or c.source.text != "البيان"
               for c in doc.claims)
