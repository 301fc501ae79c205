"""Session 10's reading of a newspaper report from Deir ez-Zor (names in «», a monitor and the
side's own source disagreeing, raids, a protest, a drone strike, a year's tally) and of groups'
own statements of their attacks."""

from __future__ import annotations

from pathlib import Path

import hadath

ARTICLE = (Path(__file__).parent / "articles" / "deir_ezzor_newspaper.txt").read_text(encoding="utf-8")
PUBLISHED = "2024-05-14"


def _doc() -> hadath.Document:
    return hadath.extract(ARTICLE, published=PUBLISHED)


def test_a_monitor_named_in_marks_is_the_source() -> None:
    doc = _doc()
    attack = doc.events[0]
    assert attack.sub_event_type == "Armed clash" and attack.fatalities == 3
    assert attack.source is not None and attack.source.name == "Syrian Observatory for Human Rights"
    # a name in marks is no quotation, nor is a weapon's name («قذائف «آر بي جي»»)
    quoted = [ARTICLE[q.start:q.end] for q in doc.quotes]
    assert not any("المرصد السوري" in q or "آر بي جي" in q for q in quoted)
    toll = [c for c in doc.claims if c.subject.endswith("fighters killed") and c.quantity.low == 3]
    assert toll and toll[0].source is not None and toll[0].source.name == "Syrian Observatory for Human Rights"


def test_raids_by_a_governing_group_are_arrests() -> None:
    (raids,) = [e for e in _doc().events if e.sub_event_type == "Arrests"]
    assert raids.actor1 is not None and raids.actor1.name == "SDF: Syrian Democratic Forces"
    assert raids.event_type == "Strategic developments"
    doc = hadath.extract("خطف مسلحون من تنظيم داعش ثلاثة رعاة في بادية الرقة أمس.", published=PUBLISHED)
    (abduction,) = doc.events
    assert abduction.sub_event_type == "Abduction/forced disappearance"


def test_the_people_a_protest_demands_freed_are_not_the_protesters() -> None:
    (protest,) = [e for e in _doc().events if e.event_type == "Protests"]
    assert protest.actor1 is not None and protest.actor1.name == "Protesters (Syria)"
    doc = hadath.extract("تظاهر مئات من أهالي المعتقلين في دمشق أمس للمطالبة بالإفراج عن المعتقلين.",
                         published=PUBLISHED)
    (protest,) = doc.events
    assert protest.actor1 is not None and protest.actor1.name.startswith("Protesters")


def test_a_status_holds_across_and_and_a_tally_rivals_no_strike() -> None:
    doc = _doc()
    civilians = [c for c in doc.claims if c.quantity.low == 25]
    assert civilians and civilians[0].subject == "civilians killed"  # «قُتل فيها نحو 90 عنصراً ... و25 مدنياً»
    # the year's tally «منذ مطلع العام الجاري» does not dispute the drone strike's two dead, nor do
    # the two attackers arrested dispute the 14 detained in the raids told «وفي سياق متصل»
    assert doc.conflicts == []


def test_a_group_reporting_its_own_attack_is_its_actor1() -> None:
    for text in ("وأعلن حزب الله أنه استهدف موقعاً للجيش الإسرائيلي بالصواريخ.",
                 "وقال «حزب الله» في بيان إنه استهدف موقعاً للجيش الإسرائيلي بالصواريخ."):
        (attack,) = hadath.extract(text, published=PUBLISHED).events
        assert attack.actor1 is not None and attack.actor1.name == "Hezbollah"
        assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Israel"
    # the army announcing its soldiers' deaths did not kill them: it is the side attacked
    doc = hadath.extract("أعلن الجيش العراقي مقتل ثلاثة من جنوده في هجوم على حاجز قرب كركوك أمس.",
                         published=PUBLISHED)
    (attack,) = doc.events
    assert attack.actor1 is None and attack.actor2 is not None and attack.actor2.name == "Military Forces of Iraq"
    # announcing the enemy's dead keeps the announcer as the side that fought
    doc = hadath.extract("أعلن الجيش العراقي مقتل ثلاثة مسلحين في اشتباك قرب كركوك أمس.", published=PUBLISHED)
    (clash,) = doc.events
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Iraq"
