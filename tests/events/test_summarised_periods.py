"""Operations summed over a span of weeks or more («عمليات قتل ... خلال الأشهر الستة الماضية»)
summarise many happenings, which ACLED codes one by one: no single event
(hadath.events.modality._summarised).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages
from tests.article_support import read_article

PUBLISHED = "2024-07-10"


def events(text: str) -> list[object]:
    return hadath.extract(text, published=PUBLISHED).events


def vetoes(text: str) -> dict[str, str | None]:
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text, published=None))
    return {c.text: c.veto for s in score(doc) for c in s.candidates}


def test_operations_over_months_or_weeks_are_a_summary() -> None:
    assert not events("وقالت المنظمة إن الميليشيات ارتكبت عمليات قتل واسعة بحق المدنيين في الولاية "
                      "خلال الأشهر الستة الماضية.")
    assert not events("ونفذت الميليشيات عمليات خطف في قرى الإقليم على مدى أسابيع.")
    assert vetoes("وشنت قوات الأمن حملات اعتقال في أحياء المدينة منذ بداية العام.") == {"اعتقال": "summary"}


def test_one_attack_over_a_period_is_left_to_the_classifier() -> None:
    # no plural noun of operations: one happening, whatever the span around it
    assert vetoes("وقتل 12 مدنيا في هجوم على قرية خلال الأشهر الماضية.").get("هجوم") is None
    # operations without a span of weeks: «أمس» dates them
    assert vetoes("ونفذت قوات الأمن حملات اعتقال في أحياء المدينة أمس.").get("اعتقال") is None


def test_the_rights_report_summary_is_no_event_of_the_publication_day() -> None:
    _, doc = read_article("darfur_rights_report.txt", "2024-07-20")
    assert "2024-07-20" not in [e.event_date for e in doc.events]
    assert {"2024-03-14", "2024-04-02", "2024-05-10"} <= {e.event_date for e in doc.events}
