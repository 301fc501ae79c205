"""The event date rule (hadath.events.dating): clause, sentence, paragraph, story; never a recap's."""

from __future__ import annotations

from pathlib import Path

import hadath
from hadath.schema import Event

PUBLISHED = "2024-05-15"  # a Wednesday
ANALYSIS = Path(__file__).parent / "articles" / "analysis_sudan.txt"


def events(text: str) -> list[Event]:
    return hadath.extract(text, published=PUBLISHED).events


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(text[e.evidence[0].start:e.evidence[0].end], e.event_date) for e in events(text)]


def test_a_recap_date_never_dates_the_report_after_it() -> None:
    # the analysis without «أمس الثلاثاء»: the latest shelling states no date, and the
    # Geneina massacres «في يونيو من العام الماضي» two paragraphs up must not lend it theirs
    text = ANALYSIS.read_text(encoding="utf-8").replace("أمس الثلاثاء ", "")
    (ev,) = [e for e in events(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert ev.event_date is None and ev.time_precision == 3


def test_each_clause_its_own_day() -> None:
    text = "قصفت طائرات حربية بلدة كفرنبل يوم الأحد، فيما قتل ثلاثة مدنيين أمس في قصف مدفعي على بلدة البارة."
    assert dated(text) == [("طائرات حربية", "2024-05-12"), ("قصف مدفعي", "2024-05-14")]


def test_same_paragraph_carries_the_date() -> None:
    text = "قتل خمسة جنود يوم الأحد في هجوم على حاجز للجيش في مدينة الموصل. وأصيب ثلاثة مدنيين في انفجار عبوة ناسفة في المدينة."
    assert [d for _, d in dated(text)] == ["2024-05-12", "2024-05-12"]


def test_a_later_paragraph_takes_the_story_date_not_another_incidents() -> None:
    text = ("قتل خمسة جنود أمس في هجوم على حاجز للجيش في مدينة الموصل.\n\n"
            "وفي الأنبار، اعتقلت الشرطة ثلاثة أشخاص في مدينة الفلوجة يوم الأحد.\n\n"
            "وفي بغداد، تظاهر مئات من أهالي المفقودين أمام مبنى البرلمان.")
    assert [d for _, d in dated(text)] == ["2024-05-14", "2024-05-12", "2024-05-14"]


def test_no_story_date_no_date() -> None:
    text = "وقصفت قوات النظام بلدة كفرنبل، ما أسفر عن مقتل مدنيين.\n\nوفي بغداد، تظاهر مئات من أهالي المفقودين أمام مبنى البرلمان."
    assert all(d is None for _, d in dated(text))
