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


TALLY = ("قتل 14 عنصرا في اشتباكات قرب منبج أمس الثلاثاء، بحسب المرصد السوري. وكان المرصد قد "
         "أحصى مقتل أكثر من 300 شخص في المعارك على محور سد تشرين منذ ديسمبر (كانون الأول) الماضي.")


def test_running_tally_since_weeks_ago_is_a_claim_not_an_event() -> None:
    doc = hadath.extract(TALLY, published="2025-01-15")
    assert [(e.event_date, e.fatalities) for e in doc.events] == [("2025-01-14", 14)]
    assert any(c.quantity.low == 300 for c in doc.claims)  # the total stays, as a claim


def test_tally_since_start_of_month_and_ongoing_since_yesterday() -> None:
    assert not hadath.extract("قتل 20 مدنيا في القصف منذ بداية الشهر.", published="2025-01-15").events
    ongoing = hadath.extract("اندلعت اشتباكات عنيفة منذ صباح أمس في محيط مدينة منبج بين قوات سوريا الديمقراطية "
                             "والفصائل.", published="2025-01-15")
    assert [e.event_date for e in ongoing.events] == ["2025-01-14"]


def test_the_same_day_is_the_day_just_told_not_today() -> None:
    text = ("قتل متظاهر في مواجهات مع قوات الأمن في الناصرية مساء الأحد. وكان المئات قد خرجوا في "
            "تظاهرة سلمية صباح اليوم ذاته للمطالبة بفرص عمل.")
    doc = hadath.extract(text, published="2024-10-07")
    assert doc.events and {e.event_date for e in doc.events} == {"2024-10-06"}


def test_recaps_are_told_before_the_event_is_made() -> None:
    """The stage drops a recap before working out its arguments (recency.Recaps); the early
    test agrees with the full one (is_background) on the events made without it."""
    import datetime as dt

    from hadath.doc import Doc
    from hadath.events import recency
    from hadath.pipeline import default_pipeline

    for text, recap in ((RECAP, True), (NEWS, False)):
        doc = default_pipeline()(Doc(raw=text, published=dt.date(2024, 5, 15)))
        made = hadath.extract(text).events  # no publication date: nothing dropped, every event made
        assert made
        recaps = recency.Recaps(doc)
        for ev in made:
            sentence = ev.evidence[-1]
            # the date the stage gives the event with a publication date (relative dates resolve)
            dated = [d.date for d in doc.dates if sentence.start <= d.start < sentence.end and d.date is not None]
            assert dated
            assert recaps.is_recap(sentence.start, sentence.end, dated[0]) is recap
