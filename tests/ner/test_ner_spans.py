"""Span conventions of the NER stage that NewsFANE fixes: descriptions are nominal, an
organisation's name stops before a nationality adjective after a proper name, before a
parenthesis and before a new clause; a person starts at the given name before the CRF's span."""

from __future__ import annotations

from ner_helpers import ner

from hadath.ner.stage import NOMINAL, _described, _given_before


def test_descriptions_of_state_organs_are_not_names() -> None:
    assert _described("الإدارة الأمريكية")
    assert _described("النظام الإيراني")
    assert _described("قوات دولية")
    assert not _described("الجيش اللبناني")  # forces.tsv: a name
    assert not _described("قوات الدعم السريع")  # no nationality


def test_description_keeps_its_actor_but_is_nominal() -> None:
    doc = ner("وقالت الإدارة الأمريكية إن المحادثات ستستأنف الأسبوع المقبل.")
    hits = [m for m in doc.entities if m.text == "الإدارة الأمريكية"]
    assert hits and hits[0].origin in NOMINAL and hits[0].actor is not None


def test_given_name_before_a_person() -> None:
    from hadath.text.segment import token_table

    t = token_table("مها الله على وحازم")[1]
    assert _given_before(t, 0)
    assert not _given_before(t, 1)  # «الله» is listed only as half of «عبد الله»
    assert not _given_before(t, 2)  # the preposition «على»
    assert _given_before(t, 3)


def test_new_places_and_countries_are_known() -> None:
    doc = ner("وصل الوفد إلى فيتنام ثم إلى جاكرتا وشرم الشيخ قادما من أمريكا اللاتينية.")
    found = {m.text: m.type for m in doc.entities}
    assert found.get("فيتنام") == "GPE"
    assert found.get("جاكرتا") == "GPE"
    assert found.get("شرم الشيخ") == "GPE"
    assert found.get("أمريكا اللاتينية") == "LOC"


def test_crf_spans_leave_out_punctuation_and_trailing_directions() -> None:
    # a dateline's agency in brackets: the span is the name, not «(سبأ»
    text = "صنعاء (سبأ) - قتل ثمانية مواطنين في غارات."
    spans = [(e.text, text[e.start:e.end]) for e in ner(text).entities]
    assert all(t == s and t[0].isalpha() and t[-1].isalpha() for t, s in spans), spans
    # «بلدة طويلة غربي الفاشر»: the direction locates Tawila, it is not part of its name
    texts = [e.text for e in ner("نزح الآلاف باتجاه بلدة طويلة غربي الفاشر.").entities]
    assert not any(t.endswith("غربي") for t in texts), texts
