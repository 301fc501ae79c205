"""Actor dictionary: loading, validation, and resolution of generic actors by country."""

from __future__ import annotations

from pathlib import Path

import pytest
from ner_helpers import find, ner

from hadath.errors import LexiconError
from hadath.lexicon.actors import (
    ACTORS_TSV,
    ActorEntry,
    country_name,
    load_actors,
    resolve_actor,
)

HEADER = "id\tname\tinter\tcountry\tcameo\tvariants\tsource\n"


def _write(tmp_path: Path, rows: str) -> str:
    p = tmp_path / "actors.tsv"
    p.write_text("# test fixture\n" + HEADER + rows, encoding="utf-8")
    return str(p)


def test_fixture_loads_and_resolves(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "gen_mil\tMilitary Forces of {country}\t1\t*\t***MIL\tالجيش | القوات الحكومية\tACLED\n"
        "isis\tIslamic State\t2\t\tIMGREB\tداعش | تنظيم الدولة\tWikipedia\n"
    ))
    mil, isis = load_actors(path)
    assert mil.generic and mil.role == "MIL" and mil.variants == ("الجيش", "القوات الحكومية")
    assert not isis.generic and isis.country is None and isis.inter == 2
    a = resolve_actor(mil, "الجيش", "SY")
    assert (a.name, a.country, a.inter, a.text) == ("Military Forces of Syria", "SY", 1, "الجيش")
    assert resolve_actor(mil, "الجيش", None).name == "Military Forces"
    assert resolve_actor(isis, "داعش", "IQ").name == "Islamic State"


def test_bad_inter_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "x\tX\t9\tSY\tSYRMIL\tاكس\tsrc\n")
    with pytest.raises(LexiconError):
        load_actors(path)


def test_generic_needs_placeholder(tmp_path: Path) -> None:
    path = _write(tmp_path, "x\tArmy\t1\t*\t***MIL\tالجيش\tsrc\n")
    with pytest.raises(LexiconError):
        load_actors(path)


def test_missing_dictionary_is_empty(tmp_path: Path) -> None:
    assert load_actors(str(tmp_path / "none.tsv")) == ()


def test_country_names() -> None:
    assert country_name("SY") == "Syria"
    assert country_name("iq") == "Iraq"
    assert country_name("XX") is None


needs_dictionary = pytest.mark.skipif(not ACTORS_TSV.exists(), reason="hadath/lexicon/actors.tsv not built yet")


@needs_dictionary
@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("قال الجيش السوري إنه استعاد السيطرة على البلدة.", "الجيش السوري", "Military Forces of Syria", "SY"),
    ("انسحبت القوات العراقية من المدينة.", "القوات العراقية", "Military Forces of Iraq", "IQ"),
    ("قصفت القوات التركية مواقع قرب منبج.", "القوات التركية", "Military Forces of Turkey", "TR"),
    ("شن الطيران الروسي غارات على إدلب.", "الطيران الروسي", "Military Forces of Russia", "RU"),
    ("أغارت طائرات أمريكية على مواقع في دير الزور.", "طائرات أمريكية", "Military Forces of the United States", "US"),
])
def test_nationality_qualified_forces(text: str, mention: str, name: str, country: str) -> None:
    m = find(ner(text), mention)
    assert isinstance(m.actor, ActorEntry)
    actor = resolve_actor(m.actor, m.text, None)
    assert (actor.name, actor.country) == (name, country)


@needs_dictionary
def test_bare_generic_actor_resolves_by_document_country() -> None:
    doc = ner("قال الجيش إنه قتل عشرة مسلحين.")
    m = find(doc, "الجيش")
    assert m.origin == "generic" and m.actor.generic
    assert resolve_actor(m.actor, m.text, "YE").name == "Military Forces of Yemen"


@needs_dictionary
def test_named_actor_carries_entry() -> None:
    doc = ner("وتبنى تنظيم داعش الهجوم.")
    m = next(m for m in doc.entities if "داعش" in m.text)
    assert m.type == "ORG" and m.actor is not None and not m.actor.generic


@needs_dictionary
def test_person_with_state_title_acts_for_the_state() -> None:
    doc = ner("وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وقال العقيد أحمد حسن إن الهجوم فشل.")
    assad = find(doc, "بشار الأسد")
    assert resolve_actor(assad.actor, assad.text, None).name == "Government of Syria"
    colonel = find(doc, "أحمد حسن")
    assert resolve_actor(colonel.actor, colonel.text, "IQ").name == "Military Forces of Iraq"


@needs_dictionary
def test_qualified_force_outranks_the_country_inside_it() -> None:
    m = find(ner("قتل 15 جنديا تركيا في الهجوم."), "جنديا تركيا")
    assert resolve_actor(m.actor, m.text, None).country == "TR"


@needs_dictionary
def test_known_people_act_for_their_government_or_group() -> None:
    doc = ner("التقى نتنياهو مع بوتين، فيما هدد حسن نصر الله بالرد.")
    assert resolve_actor(find(doc, "نتنياهو").actor, "نتنياهو", None).name == "Government of Israel"
    assert resolve_actor(find(doc, "بوتين").actor, "بوتين", None).name == "Government of Russia"
    assert find(doc, "حسن نصر الله").actor.id == "hezbollah"


def test_no_country_placeholder_leaks() -> None:
    """With no country known, a generic name is worded without it, never "({country})"."""
    for a in load_actors():
        if not a.generic:
            continue
        name = resolve_actor(a, a.variants[0], None).name
        assert "{" not in name and "()" not in name and name.strip() == name and name, (a.id, name)
        assert resolve_actor(a, a.variants[0], "IQ").name == a.name.replace("{country}", "Iraq")


@needs_dictionary
def test_described_forces_are_nominal_and_keep_their_actor() -> None:
    """«القوات الإسرائيلية»، «الحكومة السودانية» are descriptions (``forces.tsv`` named no)
    even where the actor dictionary lists them: nominal, with the actor; «الجيش اللبناني»
    (named yes) stays a name."""
    doc = ner("قالت الحكومة السودانية إن القوات الإسرائيلية قصفت مواقع الجيش اللبناني.")
    for text, country in (("الحكومة السودانية", "SD"), ("القوات الإسرائيلية", "IL")):
        m = find(doc, text)
        assert m.origin == "generic" and m.type == "ORG"
        assert resolve_actor(m.actor, m.text, None).country == country
    army = find(doc, "الجيش اللبناني")
    assert army.origin not in ("generic", "anaphor") and army.actor is not None


@needs_dictionary
def test_office_title_stays_out_of_the_organisation_name() -> None:
    """«الأمين العام للأمم المتحدة» is in the actor dictionary (the office acts for the UN):
    the organisation's name is «الأمم المتحدة», the title before it is no part of it."""
    doc = ner("وقال الأمين العام للأمم المتحدة إن الهجوم مدان.")
    (m,) = [m for m in doc.entities if m.type == "ORG"]
    assert m.text.endswith("المتحدة") and "الأمين" not in m.text and "العام" not in m.text
    assert m.actor is not None and m.actor.id == "un"


@pytest.mark.parametrize("text", [
    "قتل خمسة جنود في هجوم نفذه تنظيم الدولة الإسلامية في الميادين.",
    "هجوم نفذته خلايا تابعة لتنظيم \"الدولة الإسلامية\" على مواقع للجيش في ريف دير الزور.",
    "هجوم نفذته خلايا تابعة لتنظيم «الدولة الإسلامية» على مواقع للجيش في ريف دير الزور.",
])
def test_the_crf_does_not_swallow_a_listed_group_into_a_longer_span(text: str) -> None:
    # the CRF ran «تنظيم الدولة الإسلامية» on into «في مدينة الميادين», and a head noun over the
    # quote mark of «"الدولة الإسلامية"» (cut at the closing mark): both unresolved ORGs
    doc = ner(text)
    groups = [m for m in doc.entities if m.actor is not None and m.canonical == "Islamic State"]
    assert groups, [(m.text, m.type, m.origin) for m in doc.entities]
    assert all("في" not in m.text.split() and '"' not in m.text and "«" not in m.text for m in groups)
