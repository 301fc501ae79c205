"""Session 11's reading of real-style reports: whose dead, which tellings are one happening,
what a crowd's size counts, who a source in a group is, and where an ambiguous town is.

The articles (tests/events/articles/) are illustrative, written for these tests in three
styles not covered before: a Sudanese agency wire (``sudan_suna_wire.txt``), a ministry
statement from Mogadishu (``somalia_ministry_statement.txt``) and a Levantine newspaper's
report on Deir ez-Zor that names no Syrian place but the town (``levant_deir_ezzor_report.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hadath
from hadath.schema import Document, Event

ARTICLES = Path(__file__).resolve().parent / "articles"


def _read(name: str, published: str) -> tuple[str, Document]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return text, hadath.extract(text, published=published)


@pytest.fixture(scope="module")
def sudan() -> tuple[str, Document]:
    return _read("sudan_suna_wire.txt", "2024-05-12")  # a Sunday: «صباح اليوم الأحد»


@pytest.fixture(scope="module")
def somalia() -> tuple[str, Document]:
    return _read("somalia_ministry_statement.txt", "2024-05-14")  # a Tuesday


@pytest.fixture(scope="module")
def levant() -> tuple[str, Document]:
    return _read("levant_deir_ezzor_report.txt", "2024-05-12")


def _at(doc: Document, town: str) -> Event:
    (ev,) = [e for e in doc.events if e.location is not None and e.location.name == town]
    return ev


# --- 1. the wounded are not added to the dead ----------------------------------------------

def test_wounded_told_first_are_not_dead(sudan: tuple[str, Document]) -> None:
    # «أصيب اثنان وقتل واحد»: «اثنان» is the wounded verb's subject, «وقتل» opens the next item
    _, doc = sudan
    assert _at(doc, "El Fasher").fatalities == 1
    assert _at(doc, "Nyala").fatalities == 2  # «جرح ثلاثة وقتل اثنان من أفراد الشرطة»
    told = [(c.subject.split(" in ")[0], c.quantity.low) for c in doc.claims]
    counts = sorted((what, n) for what, n in told if what.endswith(("killed", "wounded")))
    assert counts == [("people killed", 1.0), ("people wounded", 2.0), ("people wounded", 3.0), ("police officers killed", 2.0)]


@pytest.mark.parametrize(("told", "dead"), [
    ("أصيب اثنان وقتل واحد", 1),
    ("جرح ثلاثة وقتل اثنان", 2),
    ("أصيب 4 وقتل 2", 2),
    ("قتل واحد وأصيب اثنان", 1),
    ("أصيب خمسة أشخاص بجروح ولقي اثنان حتفهما", 2),
])
def test_every_order_of_wounded_and_dead(told: str, dead: int) -> None:
    (ev,) = hadath.extract(f"{told} في هجوم شنه مسلحون على سوق في مدينة الفاشر أمس الأحد.",
                           published="2024-05-13").events
    assert ev.fatalities == dead


def test_wounding_and_death_nouns_in_either_order() -> None:
    (ev,) = hadath.extract("أسفر الهجوم على سوق في مدينة الفاشر عن إصابة أربعة ومقتل اثنين.",
                           published="2024-05-13").events
    assert ev.fatalities == 2


# --- 2. a campaign's toll lends nothing to the day's clash -----------------------------------

def test_hundreds_killed_in_past_battles_do_not_reach_the_clash(levant: tuple[str, Document]) -> None:
    # «وقال أحد وجهاء العشائر إن أبناء العشائر خاضوا معارك مع «قسد» في ذيبان، وقتل المئات منهم»
    # retells the fighting, but its hundreds are the fighting's dead over time, not last night's
    _, doc = levant
    (clash,) = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert clash.fatalities is None
    assert any(c.quantity.low == 100 for c in doc.claims)  # the elder's figure is still his claim


# --- 3. a spokesman's retelling of the bombing is the bombing -------------------------------

def test_a_quoted_retelling_of_a_car_bomb_is_one_suicide_bombing(somalia: tuple[str, Document]) -> None:
    # the lead's «انفجار سيارة مفخخة استهدف نقطة تفتيش تابعة للجيش» and the spokesman's «سيارة
    # مفخخة يقودها انتحاري حاولت اقتحام نقطة التفتيش، ما أدى إلى مقتل أربعة أشخاص»: one event,
    # with ACLED's finer sub-type, and the checkpoint's army still its target
    _, doc = somalia
    (bomb,) = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert bomb.sub_event_type == "Suicide bomb"
    assert bomb.fatalities == 4
    assert bomb.actor2 is not None and bomb.actor2.name == "Military Forces of Somalia"
    assert bomb.location is not None and bomb.location.name == "Afgooye"


# --- 4. a crowd's size counts protesters -----------------------------------------------------

def test_a_crowd_size_counts_protesters(sudan: tuple[str, Document]) -> None:
    _, doc = sudan
    assert [c.subject for c in doc.claims if c.quantity.low == 1000] == ["protesters"]


def test_protesters_killed_and_detained_are_protesters() -> None:
    doc = hadath.extract("قتل ثلاثة متظاهرين برصاص قوات الأمن في مدينة أم درمان أمس، واعتقلت الشرطة 20 محتجا.",
                         published="2024-05-13")
    subjects = {c.subject for c in doc.claims}
    assert "protesters killed in Omdurman" in subjects
    assert "protesters detained" in subjects


# --- 5. a source in a group -------------------------------------------------------------------

def test_a_source_in_the_sdf_is_the_whole_phrase(levant: tuple[str, Document]) -> None:
    _, doc = levant
    speakers = {(q.speaker, q.speaker_canonical) for q in doc.quotes}
    assert ("مصدر في «قسد»", "SDF: Syrian Democratic Forces") in speakers
    assert ("قسد", "SDF: Syrian Democratic Forces") not in speakers


def test_an_official_in_a_ministry_keeps_his_title() -> None:
    doc = hadath.extract("وقال مسؤول في وزارة الداخلية العراقية إن مسلحين هاجموا نقطة تفتيش في بعقوبة أمس.",
                         published="2024-05-13")
    (ev,) = doc.events
    assert ev.source is not None and ev.source.text == "مسؤول في وزارة الداخلية العراقية"


# --- 6. the group that fights there says which Dhiban ----------------------------------------

def test_dhiban_with_the_sdf_is_in_syria(levant: tuple[str, Document]) -> None:
    _, doc = levant
    (clash,) = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert clash.location is not None and (clash.location.name, clash.location.country) == ("Dhībān", "SY")
    assert clash.actor1 is not None and clash.actor1.name == "Tribal Militia (Syria)"


# --- 7. more from reading the articles -----------------------------------------------------

@pytest.mark.parametrize("told", ["وجرح اثنان ولقي ثالث حتفه", "فأصيب اثنان وقتل ثالث"])
def test_a_third_killed_is_one_dead(told: str) -> None:
    (ev,) = hadath.extract(f"هاجم مسلحون سوقا في مدينة الفاشر أمس، {told}.", published="2024-05-13").events
    assert ev.fatalities == 1


def test_both_sides_after_between_when_the_second_has_a_head_word() -> None:
    # «عناصر» before «تنظيم داعش» made it the target early; «بين الجيش العراقي» is the other side
    (ev,) = hadath.extract("اندلعت اشتباكات بين الجيش العراقي وعناصر تنظيم داعش في قضاء الطارمية شمال بغداد فجر اليوم.",
                           published="2024-05-13").events
    assert ev.actor1 is not None and ev.actor2 is not None
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Iraq", "Islamic State")
