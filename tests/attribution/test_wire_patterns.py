"""Wire-story patterns: datelines, figures owned by a source, casualties from an actor's ranks,
approximators with a preposition, titled speakers with a place, and NER's bare nouns.

These run with the shipped ``sources.tsv`` (not the test fixture), as the pipeline does.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hadath.attribution.stage import annotate
from hadath.doc import Doc, Mention
from hadath.text.numbers import find_numbers

from .conftest import assert_offsets, mention


@dataclass(frozen=True)
class _Actor:
    name: str
    inter: int | None = None


def _doc(raw: str, entities: list[Mention] | None = None, country: str | None = None) -> Doc:
    doc = Doc(raw=raw)
    doc.segment()
    doc.numbers = find_numbers(raw)
    doc.entities = entities or []
    doc.country = country
    annotate(doc)
    assert_offsets(doc)
    return doc


AFP = "Agence France-Presse"


@pytest.mark.parametrize(
    ("raw", "name", "text"),
    [
        ("طرابلس - أ ف ب: قتل أربعة أشخاص في اشتباكات ليلية.", AFP, "أ ف ب"),
        ("عمان (رويترز) - قتل أربعة أشخاص في اشتباكات ليلية.", "Reuters", "رويترز"),
        ("الرباط - «المساء»: قتل أربعة أشخاص في اشتباكات ليلية.", "المساء", "المساء"),
        ("خان يونس - الأناضول\nقتل أربعة أشخاص في اشتباكات ليلية.", "Anadolu Agency", "الأناضول"),
        ("حلب (سوريا) - (أ ف ب) - قتل أربعة أشخاص في اشتباكات ليلية.", AFP, "أ ف ب"),
        ("بغداد، 3 يونيو (رويترز) - قتل أربعة أشخاص في اشتباكات ليلية.", "Reuters", "رويترز"),
    ],
)
def test_dateline_shapes_name_the_outlet(raw: str, name: str, text: str) -> None:
    doc = _doc(raw)
    outlet = doc.extras["outlet"]
    assert (outlet.name, outlet.text) == (name, text)
    # the figure has no frame of its own: it falls back to the outlet
    assert [c.source.name for c in doc.claims] == [name]


def test_country_in_a_dateline_is_never_the_outlet() -> None:
    raw = "صنعاء (اليمن) - (رويترز) - قتل ستة أشخاص في غارة على سوق شعبي."
    ents = [mention(raw, "صنعاء", "GPE", "Sanaa"), mention(raw, "اليمن", "GPE", "Yemen")]
    assert _doc(raw, ents).extras["outlet"].name == "Reuters"
    # with a country the geo stage knows, and no outlet after it: no outlet at all
    raw = "تعز (اليمن) - قتل ستة أشخاص في غارة على سوق شعبي."
    assert _doc(raw).extras["outlet"] is None


def test_figures_belong_to_the_source_after_the_figures_noun() -> None:
    raw = (
        "وتشير أرقام الأمم المتحدة إلى أن ما بين 200 و250 مدنيا قتلوا في المدينة، "
        "في حين تقدر منظمات محلية عدد القتلى بأكثر من 400 قتيل."
    )
    ents = [mention(raw, "الأمم المتحدة", "ORG", "United Nations")]
    doc = _doc(raw, ents)
    assert [(c.quantity.low, c.source.name if c.source else None) for c in doc.claims] == [
        (200, "United Nations"),
        (400, "Local organisations"),
    ]
    assert "أرقام" not in {m.text for m in doc.extras["sources"]}


def test_statistics_of_a_lexicon_source() -> None:
    raw = "وتفيد إحصاءات المرصد السوري لحقوق الإنسان بأن 35 مدنيا قتلوا منذ بداية الشهر."
    doc = _doc(raw)
    assert [c.source.name for c in doc.claims if c.source] == ["Syrian Observatory for Human Rights"]


def test_a_figures_noun_with_no_owner_names_nobody() -> None:
    raw = "وتشير تقديرات أولية إلى أن 35 مدنيا قتلوا."
    assert _doc(raw).extras["sources"] == []


def test_casualties_from_an_actors_ranks_meet_the_fighters_claim() -> None:
    raw = (
        "قتل سبعة عناصر من الجيش السوري في هجوم على حاجز، بحسب مصدر عسكري. "
        "لكن الشبكة السورية لحقوق الإنسان ذكرت أن عدد القتلى في صفوف القوات الحكومية وصل إلى 15 قتيلا."
    )
    ents = [
        mention(raw, "الجيش السوري", "ORG", "Military Forces of Syria", actor=_Actor("Military Forces of Syria", 1)),
        mention(raw, "القوات الحكومية", "ORG", None, actor=_Actor("Military Forces of {country}", 1)),
    ]
    doc = _doc(raw, ents, country="SY")
    assert [(c.subject, c.quantity.low) for c in doc.claims] == [
        ("Military Forces of Syria fighters killed", 7),
        ("Military Forces of Syria fighters killed", 15),
    ]
    assert [c.claims for c in doc.conflicts] == [(0, 1)]
    assert "Military source" in doc.conflicts[0].reason and "Syrian Network for Human Rights" in doc.conflicts[0].reason


@pytest.mark.parametrize(
    "raw",
    [
        "وأسفر الكمين عن 9 قتلى من عناصر الشرطة الاتحادية، وفق مصدر أمني.",
        "وأسفر الكمين عن 9 قتلى في صفوف الشرطة الاتحادية، وفق مصدر أمني.",
        "وأسفر الكمين عن 9 قتلى من الشرطة الاتحادية، وفق مصدر أمني.",
    ],
)
def test_ranks_qualify_a_casualty_noun(raw: str) -> None:
    ents = [mention(raw, "الشرطة الاتحادية", "ORG", "Federal Police", actor=_Actor("Federal Police", 1))]
    assert [c.subject for c in _doc(raw, ents).claims] == ["Federal Police fighters killed"]


def test_casualties_among_civilians_are_civilians() -> None:
    raw = "وسقط 6 قتلى في صفوف المدنيين، وفق مصدر طبي."
    ents = [mention(raw, "المدنيين", "ORG", None, actor=_Actor("Civilians ({country})", 7))]
    assert [c.subject for c in _doc(raw, ents).claims] == ["civilians killed"]


@pytest.mark.parametrize(
    "raw",
    [
        "وقدر ناشطون عدد النازحين بنحو 5 آلاف شخص.",
        "وقدر ناشطون عدد النازحين وبنحو 5 آلاف شخص.",
        "وقدر ناشطون عدد النازحين بحوالي 5 آلاف شخص.",
        "ونزح ناس لنحو 5 آلاف شخص.",
    ],
)
def test_approximator_with_a_preposition(raw: str) -> None:
    doc = _doc(raw)
    assert [(c.quantity.low, c.quantity.approximate) for c in doc.claims] == [(5000, True)]


def test_titled_speaker_with_a_place_is_kept_as_written() -> None:
    raw = "وقال محافظ حلب لـ«رويترز»: «لن نسمح بعودة المسلحين إلى الأحياء الشرقية مهما كلف الأمر»."
    ents = [mention(raw, "حلب", "GPE", "Aleppo")]
    doc = _doc(raw, ents)
    assert [(q.speaker, q.via) for q in doc.quotes] == [("محافظ حلب", "رويترز")]
    assert [(m.text, m.name) for m in doc.extras["sources"]] == [("محافظ حلب", "Official source")]


@pytest.mark.parametrize(
    ("raw", "noun"),
    [
        ("وقال أشخاص إن القصف استمر طوال الليل على الأحياء.", "أشخاص"),
        ("وأكد أهالي أن القصف استمر طوال الليل على الأحياء.", "أهالي"),
        ("وقالت لمدنيين إن القصف استمر طوال الليل على الأحياء.", "لمدنيين"),
    ],
)
def test_bare_nouns_tagged_org_are_no_sources(raw: str, noun: str) -> None:
    ents = [mention(raw, noun, "ORG", None, actor=_Actor("Civilians ({country})", 7))]
    doc = _doc(raw, ents)
    assert doc.extras["sources"] == []
