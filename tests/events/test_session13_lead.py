"""Session 13's reading of a newspaper report from Suwayda (southern Syria): a clash at a
checkpoint told by a local network, the Observatory and the interior ministry, each with its
own toll; a sit-in of relatives before it; a weekly protest with a quoted activist; plus the
argument rules it exposed, on sentences of their own."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath

PUBLISHED = "2024-05-15"  # a Wednesday: «اليوم الأربعاء», «أمس الثلاثاء»


def _doc() -> hadath.Document:
    return read_article("suwayda_newspaper.txt", PUBLISHED)[1]


def _text() -> str:
    return read_article("suwayda_newspaper.txt", PUBLISHED)[0]


def _of(doc: hadath.Document, sub: str) -> list[hadath.Event]:
    return [e for e in doc.events if e.sub_event_type == sub]


def test_the_checkpoint_clash_is_one_event_between_the_faction_and_the_security_forces() -> None:
    doc = _doc()
    (clash,) = _of(doc, "Armed clash")  # the network's, the Observatory's and the ministry's accounts
    assert clash.actor1 is not None and clash.actor1.name == "Men of Dignity"  # «مسلحين من فصيل «رجال الكرامة»»
    assert clash.actor2 is not None and clash.actor2.name == "Police Forces of Syria"
    assert clash.location is not None and clash.location.name == "Shahbā"
    assert (clash.event_date, clash.time_precision) == ("2024-05-14", 1)
    assert clash.source is not None and clash.source.name == "Suwayda 24"
    # the ministry's account («أما وزارة الداخلية فقالت ... هاجمت الحاجز»), three paragraphs on
    moi = _text().index("أما وزارة الداخلية")
    assert any(s.start <= moi < s.end for s in clash.evidence)


def test_the_weekly_protest_and_its_activist() -> None:
    doc = _doc()
    weekly = [e for e in _of(doc, "Peaceful protest") if e.event_date == PUBLISHED]
    assert len(weekly) == 1
    assert weekly[0].location is not None and weekly[0].location.name == "As-Suwayda"
    (q,) = [q for q in doc.quotes if q.speaker == "سليمان عبد الباقي"]
    assert q.via == "الشرق الأوسط"
    assert any(c.subject == "protesters" and c.quantity.low == 100 for c in doc.claims)


def test_the_sources_disagree_on_the_security_forces_dead() -> None:
    doc = _doc()
    assert any("Syrian Observatory" in c.reason and "Ministry of Interior" in c.reason for c in doc.conflicts)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # the members' noun before «من» + a named group of its own kind is that group
    ("اندلعت اشتباكات بين مسلحين من حركة رجال الكرامة وقوات الأمن في مدينة شهبا.", "Men of Dignity", "Police Forces of Syria"),
    # «بين عناصر من تنظيم داعش وقوات الأمن»: the group is the first side, the force the second
    ("اندلعت اشتباكات بين عناصر من تنظيم داعش وقوات الأمن في مدينة شهبا.", "Islamic State", "Police Forces of Syria"),
])
def test_sides_named_through_their_members(text: str, actor1: str, actor2: str) -> None:
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert e.actor2 is not None and e.actor2.name == actor2
