"""Whole articles read as an ACLED coder would: events, arguments, quotes, claims, conflicts.

The articles under ``articles/`` are illustrative, written for these tests in the styles the
pipeline meets: an observatory bulletin with several incidents in different places and a
toll a ministry disputes, and a newspaper analysis whose background paragraphs recall past
happenings that must not become events, and an agency wire from Libya (a clash between two
named militias with a toll the interior ministry disputes, a quoted spokesman, an arrest, a
protest in another city and a recalled clash of last year). The bundled sample (a wire report near Tal Afar) is
checked for the errors an analyst saw in it: the lead clash reported twice, places left null
behind «قرية ... القريبة» and «في المنطقة», statements read as the dateline's agency, and
span junk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hadath
from hadath.schema import Document, Event

HERE = Path(__file__).parent / "articles"
SAMPLE = Path(hadath.__file__).parent / "sample" / "article_ar.txt"
PUBLISHED = "2024-05-15"  # a Wednesday
WIRE_PUBLISHED = "2024-05-14"  # the Libya wire: a Tuesday


@pytest.fixture(scope="module")
def bulletin() -> tuple[str, Document]:
    text = (HERE / "observatory_idlib.txt").read_text(encoding="utf-8")
    return text, hadath.extract(text, published=PUBLISHED)


@pytest.fixture(scope="module")
def analysis() -> tuple[str, Document]:
    text = (HERE / "analysis_sudan.txt").read_text(encoding="utf-8")
    return text, hadath.extract(text, published=PUBLISHED)


@pytest.fixture(scope="module")
def wire() -> tuple[str, Document]:
    text = (HERE / "libya_wire.txt").read_text(encoding="utf-8")
    return text, hadath.extract(text, published=WIRE_PUBLISHED)


@pytest.fixture(scope="module")
def sample() -> tuple[str, Document]:
    text = SAMPLE.read_text(encoding="utf-8")
    return text, hadath.extract(text, published=PUBLISHED)


def words(text: str, ev: Event) -> set[str]:
    return {text[s.start:s.end] for s in ev.evidence}


def paragraph_of(text: str, pos: int) -> int:
    return text[:pos].count("\n\n")


def of_sub(doc: Document, sub: str) -> list[Event]:
    return [e for e in doc.events if e.sub_event_type == sub]


# --- observatory bulletin (Syria) ---------------------------------------------------------

def test_bulletin_shelling_is_one_event_with_the_disputed_toll(bulletin: tuple[str, Document]) -> None:
    text, doc = bulletin
    shelling = of_sub(doc, "Shelling/artillery/missile attack")
    assert len(shelling) == 1
    ev = shelling[0]
    assert ev.location is not None and ev.location.country == "SY" and ev.location.name_ar.endswith("أريحا")
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Syria"
    assert ev.actor2 is not None and ev.actor2.inter == 7  # civilians
    assert ev.source is not None and ev.source.name == "Syrian Observatory for Human Rights"
    assert ev.event_date == PUBLISHED
    # the ministry's «مقتل مدنيين اثنين» is the same shelling told by the other side: folded in,
    # and ACLED keeps the most conservative figure
    assert ev.fatalities == 2
    assert {paragraph_of(text, s.start) for s in ev.evidence} == {0, 5}
    assert not [e for e in doc.events if e.source is not None and e.source.name == "Syrian Ministry of Defence"]


def test_bulletin_incidents_in_other_places(bulletin: tuple[str, Document]) -> None:
    text, doc = bulletin
    air = of_sub(doc, "Air/drone strike")
    assert len(air) == 1
    assert air[0].fatalities is None  # «دون ورود معلومات عن خسائر بشرية»: unknown, not zero
    assert air[0].actor1 is not None and air[0].actor1.name == "Military Forces of Russia"  # «طائرات حربية روسية»
    assert air[0].location is not None and air[0].location.country == "SY"
    clash = of_sub(doc, "Armed clash")
    assert len(clash) == 1
    sides = {a.name for a in (clash[0].actor1, clash[0].actor2) if a is not None}
    assert sides == {"HTS: Hayat Tahrir al Sham", "Military Forces of Syria"}
    assert clash[0].fatalities == 9  # «مقتل 6 عناصر من قوات النظام و3 من مقاتلي الهيئة»: both sides
    ied = of_sub(doc, "Remote explosive/landmine/IED")
    assert len(ied) == 1 and ied[0].location is not None and ied[0].location.name_ar == "عفرين"
    # the running tally («ترتفع حصيلة القتلى منذ مطلع الشهر إلى 87») reports no new happening
    assert all(paragraph_of(text, e.evidence[0].start) != 4 for e in doc.events)


def test_bulletin_quotes_claims_and_the_disputed_toll(bulletin: tuple[str, Document]) -> None:
    text, doc = bulletin
    assert any(q.speaker_canonical == "Syrian Ministry of Defence" for q in doc.quotes)
    assert not [e.text for e in doc.entities if e.geo is not None and e.geo.country == "TR" and e.text == "وأن"]
    killed = {(c.source.name if c.source else None, c.quantity.low) for c in doc.claims if c.subject == "civilians killed"}
    assert ("Syrian Observatory for Human Rights", 9.0) in killed
    assert ("Syrian Ministry of Defence", 2.0) in killed
    pairs = [{doc.claims[i].quantity.low for i in c.claims} for c in doc.conflicts]
    assert {9.0, 2.0} in pairs


# --- newspaper analysis (Sudan) -----------------------------------------------------------

def test_analysis_background_is_not_reported(analysis: tuple[str, Document]) -> None:
    text, doc = analysis
    for e in doc.events:
        assert e.event_date is None or e.event_date >= "2024-04-01", (e.sub_event_type, e.event_date)
        assert e.fatalities is None or e.fatalities < 1000
        assert e.location is None or e.location.name_ar not in {"الجنينة", "مدينة الجنينة", "جدة"}
    # the outbreak in April 2023, the Geneina massacres, 2003 and the stalled Jeddah talks
    background = {1, 2, 5, 6}
    assert all(paragraph_of(text, e.evidence[0].start) not in background for e in doc.events)


def test_analysis_latest_shelling(analysis: tuple[str, Document]) -> None:
    text, doc = analysis
    shelling = of_sub(doc, "Shelling/artillery/missile attack")
    assert len(shelling) == 1
    ev = shelling[0]
    assert ev.actor1 is not None and ev.actor1.name == "RSF: Rapid Support Forces"
    assert ev.actor2 is not None and ev.actor2.inter == 7
    assert ev.location is not None and ev.location.name == "El Fasher"
    assert ev.event_date == "2024-05-14"  # «أمس الثلاثاء»
    assert ev.fatalities == 14
    assert ev.source is not None and ev.source.name == "Resistance Committees (Sudan)"
    assert any(c.subject == "civilians killed" and c.quantity.low == 14 for c in doc.claims)


# --- agency wire (Libya) --------------------------------------------------------------

def test_wire_lead_clash_between_two_named_militias(wire: tuple[str, Document]) -> None:
    text, doc = wire
    (clash,) = [e for e in of_sub(doc, "Armed clash") if paragraph_of(text, e.evidence[0].start) == 0]
    # «قتل 12 شخصا ... في اشتباكات ... بين جهاز الردع وكتيبة النواصي»: the two sides, not the dead
    assert {clash.actor1.name if clash.actor1 else None, clash.actor2.name if clash.actor2 else None} == {
        "Rada Special Deterrence Force", "Nawasi Brigade"}
    assert clash.fatalities == 12  # the lowest figure: local sources' 23 is disputed
    assert clash.event_date == "2024-05-13" and clash.time_precision == 1  # «مساء أمس الاثنين»
    # «في حي سوق الجمعة بالعاصمة الليبية طرابلس»: the district of Tripoli (session 26's regions)
    assert clash.location is not None and clash.location.name == "Souq al-Jumaa" and clash.location.country == "LY"
    assert clash.location.admin1 == "Tripoli District"


def test_wire_arrest_and_protest(wire: tuple[str, Document]) -> None:
    text, doc = wire
    (arrest,) = of_sub(doc, "Arrests")
    # «أن قوات الأمن اعتقلت سبعة مسلحين»: the police arrest, the counted gunmen are arrested
    assert arrest.actor1 is not None and arrest.actor1.name == "Police Forces of Libya"
    assert arrest.actor2 is not None and arrest.actor2.text == "مسلحين"
    assert arrest.source is not None and arrest.source.name == "Ministry of Interior"
    (protest,) = of_sub(doc, "Peaceful protest")
    assert protest.location is not None and protest.location.name_ar == "مصراتة"
    assert protest.event_date == WIRE_PUBLISHED  # «اليوم الثلاثاء»
    assert protest.actor1 is not None and protest.actor1.inter == 6


def test_wire_recalled_clash_is_background(wire: tuple[str, Document]) -> None:
    text, doc = wire
    assert all(paragraph_of(text, e.evidence[0].start) != 5 for e in doc.events)  # «في أغسطس 2023»
    assert all(e.event_date is None or e.event_date >= "2024-05-01" for e in doc.events)


def test_wire_quotes_claims_and_the_disputed_toll(wire: tuple[str, Document]) -> None:
    text, doc = wire
    speakers = {text[q.start:q.end][:20]: q.speaker_canonical for q in doc.quotes}
    # «وهو ما نفته وزارة الداخلية في بيان، مؤكدة أن «...»»: the ministry that denied, not the local sources
    assert speakers.get("الأرقام المتداولة عل") == "Ministry of Interior"
    assert any(t.startswith("حصيلة الضحايا") for t in speakers)
    killed = {(c.source.name if c.source else None, c.quantity.low) for c in doc.claims if c.subject == "people killed"}
    assert ("Local sources", 23.0) in killed and any(low == 12.0 for _, low in killed)
    assert {12.0, 23.0} in [{doc.claims[i].quantity.low for i in c.claims} for c in doc.conflicts]
    # «سبعة مسلحين متورطين في إطلاق النار على المدنيين»: the civilians are their victims, not their ranks
    assert not [c.subject for c in doc.claims if "Civilians" in c.subject and "fighters" in c.subject]


# --- the bundled sample (Tal Afar) ----------------------------------------------------------

def test_sample_lead_clash_is_reported_once(sample: tuple[str, Document]) -> None:
    text, doc = sample
    clashes = of_sub(doc, "Armed clash")
    assert len(clashes) == 1
    assert {"اشتباكات", "الاشتباكات"} <= words(text, clashes[0])
    assert clashes[0].fatalities == 5


def test_sample_places_behind_unknown_village_and_the_area(sample: tuple[str, Document]) -> None:
    text, doc = sample
    for sub in ("Government regains territory", "Air/drone strike"):
        (ev,) = of_sub(doc, sub)
        assert ev.location is not None and ev.location.name_ar.endswith("تلعفر"), sub
        assert ev.location.geo_precision == 2


def test_sample_withdrawing_gunmen_are_the_named_group(sample: tuple[str, Document]) -> None:
    text, doc = sample
    (ev,) = of_sub(doc, "Government regains territory")  # «بعد انسحاب المسلحين» after «مسلحين من تنظيم داعش»
    assert ev.actor2 is not None and ev.actor2.name == "Islamic State" and ev.actor2.text == "المسلحين"


def test_sample_statement_sources(sample: tuple[str, Document]) -> None:
    text, doc = sample
    (arrest,) = of_sub(doc, "Arrests")
    assert arrest.source is not None and arrest.source.name == "Security Media Cell"
    talks = [e for e in doc.events if e.plover_type == "CONSULT"]
    assert talks and talks[0].source is not None and talks[0].source.name == "Nineveh Operations Command"
    assert talks[0].actor1 is not None and talks[0].actor1.name == "Military Forces of Iraq"


def test_sample_spans_and_claim_subjects(sample: tuple[str, Document]) -> None:
    text, doc = sample
    assert not [e.text for e in doc.entities if "باتجاه" in e.text]
    assert any(c.subject == "Islamic State fighters killed" and c.quantity.low == 20 for c in doc.claims)
