"""Sources, speakers and bounded figures the session 8 review found wrong (issue 5), on a
report written for these tests (``data/articles/tripoli_clashes.txt``, illustrative, not a real
report) and on the events tests' articles: a source inside a brigade named in marks with its
number («مصدر في «اللواء 444»»), a toll that «did not exceed» a figure, a UN mission's call in
quotation marks, and the Houthi military spokesman by name."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import hadath
from hadath.schema import Document

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
EVENTS = Path(__file__).resolve().parents[1] / "events" / "articles"


@lru_cache(maxsize=4)
def _doc(path: Path, published: str) -> tuple[str, Document]:
    text = path.read_text(encoding="utf-8")
    return text, hadath.extract(text, published=published)


def _tripoli() -> tuple[str, Document]:
    return _doc(ARTICLES / "tripoli_clashes.txt", "2024-05-19")


def test_a_toll_that_did_not_exceed_a_figure_is_a_claim_bounded_above() -> None:
    text, doc = _tripoli()
    # «غير أن مصدرا في «اللواء 444» قال ... إن عدد القتلى لم يتجاوز أربعة»: at most four, the
    # brigade's, against the emergency centre's «ما لا يقل عن تسعة»
    (low,) = [c for c in doc.claims if c.quantity.high == 4]
    assert low.subject == "people killed" and low.quantity.low == 4 and low.quantity.approximate
    assert low.source is not None and low.source.name == "444th Brigade"
    (conflict,) = doc.conflicts
    assert "at most 4" in conflict.reason and "at least 9" in conflict.reason


def test_a_un_mission_s_call_is_the_mission_s_words() -> None:
    text, doc = _tripoli()
    # «ودعت بعثة الأمم المتحدة للدعم في ليبيا في بيان إلى «وقف فوري ...»، محذرة من أن ... «يهدد ...»»
    calls = [q for q in doc.quotes if text[q.start:q.end].startswith(("وقف فوري", "يهدد"))]
    assert len(calls) == 2 and all(q.speaker_canonical == "UNSMIL" for q in calls)


def test_the_same_in_the_libya_agency_article() -> None:
    text, doc = _doc(EVENTS / "libya_agency.txt", "2024-05-14")
    # «في المقابل، قال مصدر في «اللواء 444» إن عدد القتلى لم يتجاوز ستة» (no claim, no source before)
    (six,) = [c for c in doc.claims if c.quantity.high == 6]
    assert six.source is not None and six.source.name == "444th Brigade"
    assert any("at most 6" in c.reason for c in doc.conflicts)
    # «ودعت بعثة الأمم المتحدة للدعم في ليبيا في بيان إلى «...»» (was credited to «مسؤول أمني»)
    un = [q for q in doc.quotes if q.speaker_canonical == "UNSMIL"]
    assert len(un) == 2 and not [q for q in doc.quotes if q.speaker == "مسؤول أمني"]


def test_a_call_verb_s_object_is_not_the_speaker() -> None:
    text = ("الخرطوم (أ ف ب) - أعلن ملتقى للقوى السياسية السودانية وقفا لإطلاق النار، ودعا الحركات المسلحة في "
            "دارفور إلى اتخاذ الخطوة نفسها.\n\n"
            "وقال رئيس الملتقى إن «السلام لا يتحقق إلا بالحوار».")
    doc = hadath.extract(text, published="2024-05-19")
    assert [q.speaker for q in doc.quotes] == ["رئيس الملتقى"]


def test_the_houthi_military_spokesman_is_named() -> None:
    text, doc = _doc(EVENTS / "red_sea_wire.txt", "2024-02-20")
    # «وأعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع في بيان متلفز ...»: a person (was no
    # entity), the spokesman of the Houthis (was an anonymous "Military source")
    assert [e.canonical for e in doc.entities if e.text == "يحيى سريع"] == ["Yahya Saree"]
    (q,) = [q for q in doc.quotes if text[q.start:q.end].startswith("ستستمر")]
    assert (q.speaker, q.speaker_canonical) == ("يحيى سريع", "Houthi Military Spokesman")
    # «قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة شحن ... أصيبت بصاروخ»: UKMTO reports
    # the attack; the British navy («البحرية البريطانية» inside its name) is no party to it
    (ship,) = [e for e in doc.events if e.location is not None and e.location.name == "Red Sea"]
    assert ship.source is not None and ship.source.name == "UKMTO"
    assert ship.actor2 is None or ship.actor2.name != "Military Forces of the United Kingdom"
