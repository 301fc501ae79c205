"""A statement-style Egyptian report read as an ACLED coder would (``articles/sinai_statement.txt``,
an illustrative text the lead wrote for this test, not a real report): the military
spokesman's statement, a group's claim via Amaq, a witness, a dispersed protest, a 2018
operation recalled. The assertions are what is right today; the defusal of 23 IEDs
(ACLED: Disrupted weapons use) and the source of the 2018 toll (the armed forces) are not
asserted because hadath still gets them wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hadath
from hadath.schema import Document

TEXT = (Path(__file__).parent / "articles" / "sinai_statement.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> Document:
    return hadath.extract(TEXT, published="2026-11-24")


def test_offsets_hold(doc: Document) -> None:
    for e in doc.events:
        for s in e.evidence:
            assert 0 <= s.start < s.end <= len(TEXT)
    for q in doc.quotes:
        assert TEXT[q.start:q.end] and q.speaker in TEXT


def test_raids_are_one_clash_with_both_sides_dead(doc: Document) -> None:
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    (e,) = clashes
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Egypt"
    assert e.actor2 is not None and e.actor2.name == "Unidentified Armed Group (Egypt)"
    assert e.fatalities == 16  # 12 militants, an officer and three soldiers
    assert e.location is not None and e.location.name == "North Sinai"
    assert e.event_date == "2026-11-23"
    assert e.source is not None and e.source.name == "Egyptian Armed Forces Spokesman"


def test_air_force_strike(doc: Document) -> None:
    (e,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Egypt"
    assert e.location is not None and e.location.name == "Ash Shaykh Zuwayd"
    # «وقال المتحدث» is the spokesman named in full in the lead
    assert e.source is not None and e.source.name == "Egyptian Armed Forces Spokesman"


def test_the_groups_claim(doc: Document) -> None:
    (e,) = [e for e in doc.events if e.source is not None and e.source.name == "Islamic State (Sinai)"]
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Egypt"
    assert e.fatalities is None  # «قتل وأصاب نحو عشرين»: dead and wounded together
    (c,) = [c for c in doc.claims if c.source is not None and c.source.name == "Islamic State (Sinai)"]
    assert c.subject == "soldiers killed or wounded"
    assert c.quantity.low == 20 and c.quantity.approximate


def test_dispersed_protest(doc: Document) -> None:
    (e,) = [e for e in doc.events if e.event_type == "Protests"]
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor2 is not None and e.actor2.inter == 1
    assert e.location is not None and e.location.name == "Arīsh"
    assert e.fatalities == 0  # «من دون وقوع إصابات»


def test_quotes(doc: Document) -> None:
    spokesman = [q for q in doc.quotes if q.speaker == "المتحدث"]
    assert len(spokesman) == 2
    assert all(q.speaker_canonical == "Egyptian Armed Forces Spokesman" for q in spokesman)
    (witness,) = [q for q in doc.quotes if q.speaker == "شاهد عيان"]
    assert witness.via == "الشرق الأوسط"


def test_claims_of_the_statement(doc: Document) -> None:
    by_subject = {}
    for c in doc.claims:
        by_subject.setdefault(c.subject, c)  # the statement's, before the 2018 recap's «أكثر من 500»
    assert by_subject["fighters killed"].quantity.low == 12
    assert by_subject["people detained"].quantity.low == 7
    assert by_subject["people wounded"].quantity.low == 5
    assert all(by_subject[s].source is not None and by_subject[s].source.name == "Egyptian Armed Forces Spokesman"
               for s in ("fighters killed", "people detained", "people wounded"))
