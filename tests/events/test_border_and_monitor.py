"""Two more styles read as an ACLED coder would (illustrative texts written for these tests,
not real reports), and last session's known coding problems on the older articles.

``lebanon_border.txt``: a Lebanese newspaper's report of a border day: an Israeli drone strike
on a house with the health ministry's toll, the Israeli army's account and the ministry's
update, a Hezbollah rocket attack the army says hurt no one, Israeli shells on an army post
per the Lebanese army, artillery and phosphorus bombs per the national agency, a drone strike
on a motorbike, a displaced resident's words, displacement figures and UNIFIL's call.
``syria_monitor.txt``: a monitor's bulletin of fighting between the SDF and Turkish-backed
factions near Manbij: the clash and its toll, a village taken and retaken, a Turkish drone
strike on a displaced family and the ministry's denial, gunmen burning houses and the
factions' denial, Turkish shelling near Tal Tamr, displacement figures that disagree,
quoted residents, a protest in al-Bab whose protesters are arrested, a bomb defused in Raqqa.
"""

from __future__ import annotations

import pytest
from article_support import name, of_sub, read_article

import hadath
from hadath.schema import Document, Event


@pytest.fixture(scope="module")
def lebanon() -> tuple[str, Document]:
    return read_article("lebanon_border.txt", "2024-01-16")  # a Tuesday: «اليوم الثلاثاء»


@pytest.fixture(scope="module")
def syria() -> tuple[str, Document]:
    return read_article("syria_monitor.txt", "2024-12-10")  # a Tuesday: «فجر اليوم الثلاثاء»


def holding(text: str, doc: Document, words: str) -> list[Event]:
    """The events one of whose evidence spans is or holds the first occurrence of ``words``."""
    at = text.index(words)
    return [e for e in doc.events if any(s.start <= at < s.end for s in e.evidence[:-1])
            or e.evidence[-1].start <= at < e.evidence[-1].end and e.evidence[0].start >= e.evidence[-1].start]


# --- Syria: the monitor's bulletin ---------------------------------------------------------

def test_syria_protest_whose_protesters_are_arrested_is_one_protest_with_intervention(
        syria: tuple[str, Document]) -> None:
    text, doc = syria
    at = text.index("تظاهر عشرات الأشخاص")
    (ev,) = [e for e in doc.events if e.evidence[-1].start <= at < e.evidence[-1].end]
    assert ev.sub_event_type == "Protest with intervention"  # «قبل أن تعتقل الشرطة العسكرية خمسة من المحتجين»
    assert name(ev.actor1) == "Protesters (Syria)"
    assert ev.actor2 is not None and ev.actor2.inter == 1
    assert of_sub(doc, "Arrests") == []


def test_syria_defused_bomb_is_disrupted_weapons_use_by_the_asayish(syria: tuple[str, Document]) -> None:
    _, doc = syria
    (ev,) = of_sub(doc, "Disrupted weapons use")  # «فككت قوى الأمن الداخلي (الأسايش) عبوة ناسفة»
    assert name(ev.actor1) == "Asayish (Syria)"  # the bracketed name says which «قوى الأمن الداخلي»
    assert ev.location is not None and ev.location.name == "Ar Raqqah"
    assert of_sub(doc, "Remote explosive/landmine/IED") == []


def test_syria_gunmen_burning_houses_are_the_actor(syria: tuple[str, Document]) -> None:
    _, doc = syria
    (ev,) = of_sub(doc, "Looting/property destruction")  # «أحرق مسلحون منازل عدد من المدنيين»
    assert name(ev.actor1) == "Unidentified Armed Group (Syria)"
    assert name(ev.actor2) == "Civilians (Syria)"


def test_syria_turkish_drone_and_artillery(syria: tuple[str, Document]) -> None:
    _, doc = syria
    (drone,) = of_sub(doc, "Air/drone strike")
    assert (name(drone.actor1), name(drone.actor2), drone.fatalities) == (
        "Military Forces of Turkey", "Civilians (Syria)", 6)
    # «قصفت القوات التركية بالمدفعية الثقيلة»: the guns are the instrument, the army the actor
    shelling = [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.location and e.location.name == "Tall Tamr"]
    assert [name(e.actor1) for e in shelling] == ["Military Forces of Turkey"]


def test_syria_clash_counts_both_sides_dead(syria: tuple[str, Document]) -> None:
    _, doc = syria
    # «مقتل 14 عنصراً من الفصائل و9 من مقاتلي «قسد» في اشتباكات اندلعت فجر اليوم الثلاثاء»
    tolls = [(e.fatalities, e.event_date) for e in of_sub(doc, "Armed clash") if e.fatalities]
    assert tolls == [(23, "2024-12-10")]  # 14 of the factions and 9 of the SDF
    assert any({name(e.actor1), name(e.actor2)} == {"SDF: Syrian Democratic Forces", "SNA: Syrian National Army"}
               for e in of_sub(doc, "Armed clash"))


# --- Lebanon: the newspaper's border day ---------------------------------------------------

def test_lebanon_drone_on_a_motorbike_is_a_drone_strike(lebanon: tuple[str, Document]) -> None:
    text, doc = lebanon
    # «استهدفت مسيّرة إسرائيلية دراجة نارية»: «مسيّرة» with a nationality is a drone, not a march
    events = holding(text, doc, "مسيّرة إسرائيلية دراجة")
    assert events and all(e.sub_event_type == "Air/drone strike" for e in events)
    assert all(name(e.actor1) == "Military Forces of Israel" for e in events)
    assert not [e for e in of_sub(doc, "Armed clash") if name(e.actor1) == "Military Forces of Israel"]


def test_lebanon_bombs_dropped_by_aircraft_are_an_air_strike(lebanon: tuple[str, Document]) -> None:
    text, doc = lebanon
    # «ألقت طائرات إسرائيلية قنابل فوسفورية»: the event triggered by the bombs (the sentence's
    # artillery shelling of Kfarkela, al-Khiam and Houla is another event of the same sentence)
    at = text.index("قنابل فوسفورية")
    (ev,) = [e for e in holding(text, doc, "قنابل فوسفورية") if e.evidence[0].start <= at < e.evidence[0].end]
    assert ev.sub_event_type == "Air/drone strike"
    assert name(ev.actor1) == "Military Forces of Israel"
    assert of_sub(doc, "Remote explosive/landmine/IED") == []


def test_lebanon_shells_on_the_army_post_per_the_army(lebanon: tuple[str, Document]) -> None:
    text, doc = lebanon
    (ev,) = holding(text, doc, "بقذيفتين مدفعيتين")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert name(ev.actor1) == "Military Forces of Israel"
    assert ev.source is not None and ev.source.name == "Military Forces of Lebanon"


# --- last session's known problems on the older articles ----------------------------------

def test_sinai_bombs_found_and_blown_up_are_disrupted_weapons_use() -> None:
    _, doc = read_article("sinai_statement.txt", "2018-02-10")
    (ev,) = of_sub(doc, "Disrupted weapons use")  # «تمكنت من اكتشاف وتفجير 23 عبوة ناسفة»
    assert name(ev.actor1) == "Military Forces of Egypt"
    # the one IED left is the group's claimed bombing of the armoured vehicle
    assert [name(e.actor1) for e in of_sub(doc, "Remote explosive/landmine/IED")] == ["Islamic State"]


def test_iraq_attackers_withdrawing_towards_the_hills_hand_over_nothing() -> None:
    _, doc = read_article("iraq_newspaper.txt", "2023-03-14")
    assert of_sub(doc, "Non-violent transfer of territory") == []  # «انسحبوا باتجاه سلسلة جبال حمرين»


def test_yemen_destroyed_rocket_launchers_are_no_rocket_attack() -> None:
    _, doc = read_article("yemen_agency.txt", "2021-11-15")
    # «تدمير منصتين لإطلاق الصواريخ الباليستية» names what the strike hit
    assert [e for e in of_sub(doc, "Shelling/artillery/missile attack") if e.location and e.location.name == "Sa'dah"] == []


@pytest.mark.parametrize(("text", "sub", "actor1"), [
    ("الخرطوم (رويترز) - وأحرق مسلحون منازل ومحلات تجارية في بلدة مستري بولاية غرب دارفور أمس الأحد، بحسب شهود عيان.",
     "Looting/property destruction", "Unidentified Armed Group (Sudan)"),
    ("بغداد - تظاهر مئات الطلاب أمام مبنى وزارة التعليم العالي في بغداد أمس، واعتقلت قوات الأمن عددا منهم.",
     "Protest with intervention", "Students (Iraq)"),
])
def test_sentence_level_coding(text: str, sub: str, actor1: str) -> None:
    doc = hadath.extract(text, published="2023-06-12")
    assert [(e.sub_event_type, name(e.actor1)) for e in doc.events] == [(sub, actor1)]


# --- sources and speakers (attribution) ----------------------------------------------------

def test_yemen_lead_source_is_the_ministry_not_the_outlet() -> None:
    _, doc = read_article("yemen_agency.txt", "2021-11-15")
    # «بحسب ما أفاد مصدر في وزارة الصحة العامة والسكان بصنعاء» (was Saba, the outlet)
    lead = of_sub(doc, "Air/drone strike")[0]
    assert lead.source is not None and lead.source.name == "Health Ministry (Sanaa)"


def test_yemen_statement_carried_by_an_agency_keeps_its_speaker() -> None:
    text, doc = read_article("yemen_agency.txt", "2021-11-15")
    # «وأضاف المالكي في بيان نشرته وكالة الأنباء السعودية أن ... «يلتزم ...»»: the agency
    # published his words, it did not say them; he is the coalition's spokesman named before
    # («المتحدث باسم التحالف العميد تركي المالكي»: a rank between the office and the name)
    (q,) = [q for q in doc.quotes if text[q.start:q.end].startswith("يلتزم")]
    assert (q.speaker, q.speaker_canonical) == ("المالكي", "Saudi-led Coalition Spokesman")
    (six,) = [c for c in doc.claims if c.quantity.low == 6]
    assert six.source is not None and (six.source.name, six.source.text) == ("Saudi-led Coalition Spokesman", "المالكي")


def test_iraq_spokesman_of_the_commander_in_chief_is_named() -> None:
    text, doc = read_article("iraq_newspaper.txt", "2023-03-14")
    # «قال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول في مؤتمر صحفي إن «...»»
    (q,) = [q for q in doc.quotes if text[q.start:q.end].startswith("العمليات العسكرية")]
    assert q.speaker == "يحيى رسول"
    (arrests,) = [c for c in doc.claims if c.quantity.low == 23]
    assert arrests.source is not None and arrests.source.name == "يحيى رسول"


def test_lebanon_victims_are_lebanese_civilians(lebanon: tuple[str, Document]) -> None:
    _, doc = lebanon
    lead = of_sub(doc, "Air/drone strike")[0]  # «قُتل ثلاثة مدنيين ... في بلدة عيتا الشعب»
    assert name(lead.actor2) == "Civilians (Lebanon)"
    assert lead.actor2 is not None and lead.actor2.country == "LB"
