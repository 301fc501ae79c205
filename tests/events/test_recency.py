"""Background happenings dated long before publication (hadath.events.recency)."""

from __future__ import annotations

import hadath

RECAP = "وشهدت مدينة الجنينة في يونيو (حزيران) 2023 مجازر قتل فيها مسلحون مئات المدنيين."
NEWS = "قتل مسلحون خمسة مدنيين في هجوم على قرية قرب الجنينة أمس الثلاثاء."


def test_recap_dated_last_year_is_no_event() -> None:
    assert not hadath.extract(RECAP, published="2024-05-15").events


def test_without_publication_date_nothing_is_dropped() -> None:
    assert hadath.extract(RECAP).events


def test_recent_report_is_kept() -> None:
    evs = hadath.extract(NEWS, published="2024-05-15").events
    assert evs and evs[0].event_date == "2024-05-14"
