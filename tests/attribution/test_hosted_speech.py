"""Speech in a hosted occasion (``data/articles/talafar_press_conference.txt``, written for this
test, illustrative, not a real report): «وفي بغداد، عقد الناطق ... العميد يحيى رسول مؤتمراً
صحافياً قال فيه إن "..."». The speaker is the host verb's subject, not the source quoted before,
and Baghdad is where he spoke, not where the fighters he counts are: his «نحو ألفي مسلح» inside
Tal Afar disputes a local official's «ما لا يزيد على 500»."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import hadath
from hadath.schema import Document

TEXT = (Path(__file__).resolve().parent / "data" / "articles" / "talafar_press_conference.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _doc() -> Document:
    return hadath.extract(TEXT, published="2026-11-24")


def test_the_press_conference_s_host_is_the_speaker() -> None:
    spokesman = [q for q in _doc().quotes if "يحيى رسول" in q.speaker]
    said = {TEXT[q.start:q.end] for q in spokesman}
    assert any(s.startswith("العمليات تسير وفق الخطط") for s in said)
    assert any(s.startswith("نحو ألفي مسلح") for s in said)
    first = _doc().quotes[0]  # the security source's own words stay his
    assert first.speaker == "المصدر" and first.via == "الحياة"


def test_the_venue_is_not_the_scene_of_the_figures() -> None:
    (conflict,) = _doc().conflicts
    a, b = (_doc().claims[i] for i in conflict.claims)
    assert {a.quantity.low, b.quantity.high} == {2000, 500}
    assert {a.subject, b.subject} == {"fighters"}


def test_a_press_conference_is_no_event_in_baghdad() -> None:
    assert all(e.location is None or e.location.name != "Baghdad" for e in _doc().events)
    (clash,) = [e for e in _doc().events if e.sub_event_type == "Armed clash"]
    assert clash.location is not None and clash.location.name == "Tall ‘Afar"
    assert clash.fatalities == 9
