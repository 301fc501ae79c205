"""Session 14: running tolls, chronologies of the last century, and who a protest word is said of.

Sentences written for these tests in wire style (not from any data set), read without a
publication date as the gold-standard sentences are:

* a count of dead or abducted over a month or more is a running toll, no event
  (hadath.events.modality._period_toll); one attack «منذ ساعات» or a comparison «أعنف هجوم منذ
  عام 2019» still reports today's happening;
* a year of the last century after a month name dates a chronology's line
  (hadath.events.modality._past_era);
* a protest word's crowd written as a definite sound plural after it is the protest's actor1
  text (hadath.events.stage._crowd_noun).
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages


def _types(text: str) -> set[str]:
    return {e.plover_type for e in hadath.extract(text).events}


def vetoes(text: str) -> dict[str, str | None]:
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text, published=None))
    return {c.text: c.veto for s in score(doc) for c in s.candidates}


def test_running_tolls_are_no_event() -> None:
    assert "ASSAULT" not in _types("قتل أكثر من ألفي مدني في العراق خلال الشهر الماضي بحسب أرقام الأمم المتحدة.")
    assert "ASSAULT" not in _types("ولقي أكثر من 40 صحفيا حتفهم في سوريا منذ اندلاع النزاع.")
    assert "ASSAULT" not in _types("وقتل 12 جنديا أمريكيا في العراق منذ مطلع الشهر.")
    assert vetoes("واختطف أكثر من مائة أجنبي منذ عام 2004 في العراق.").get("اختطف") == "summary"


def test_one_happening_with_a_period_word_stays() -> None:
    assert "ASSAULT" in _types("وقتل ثلاثة جنود في هجوم على قاعدتهم منذ ساعات.")
    assert "ASSAULT" in _types("قتل 20 شخصا في أعنف هجوم تشهده المدينة منذ عام 2019.")
    assert "ASSAULT" in _types("قتل ثلاثة جنود خلال اشتباكات مع مسلحين في ريف حماة.")


def test_year_after_a_month_dates_history() -> None:
    assert "ASSAULT" not in _types("في سبتمبر (أيلول) 1970 خطفت الجبهة الشعبية ثلاث طائرات غربية في الأردن.")
    assert "ASSAULT" not in _types("28 يونيو (حزيران) 1988: مقتل الملحق العسكري في انفجار سيارة مفخخة في أثينا.")
    assert "ASSAULT" in _types("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في 12 مارس 2024 قرب كركوك.")


def _protest_actor1_text(text: str) -> str | None:
    events = [e for e in hadath.extract(text).events if e.plover_type == "PROTEST"]
    assert events, text
    return events[0].actor1.text if events[0].actor1 else None


def test_crowd_noun_after_a_protest_word() -> None:
    # the noun in construct after the protest noun says who protested (was the protest word)
    assert _protest_actor1_text("ونظم اعتصام المتقاعدين أمام وزارة المالية في عمان للمطالبة بزيادة الرواتب.") == "المتقاعدين"
    assert _protest_actor1_text("وخرجت مسيرة الخريجين العاطلين عن العمل من أمام البرلمان في الرباط.") == "الخريجين"
