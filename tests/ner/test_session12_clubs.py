"""Session 12: clubs of whole league tables, named near a sports cue (hadath/ner/data/sports.tsv)."""

from __future__ import annotations

from ner_helpers import find, ner


def test_a_transliterated_club_is_named_near_a_cue_not_only_in_its_sentence() -> None:
    # «أوساسونا» (ordinary: no) in a results line with no cue of its own, one sentence after the cue
    doc = ner("انتهت مباريات المرحلة العاشرة من الدوري الإسباني أمس. وفاز أوساسونا على ضيفه.")
    assert find(doc, "أوساسونا").type == "ORG"


def test_a_club_after_bin_is_a_fathers_name() -> None:
    doc = ner("وهنأ سمو الأمير علي بن الحسين اللاعبين لحظة انتهاء المباراة.")
    assert not [m for m in doc.entities if m.text == "الحسين" and m.type == "ORG"]


def test_an_ordinary_word_club_after_a_definite_noun_is_its_adjective() -> None:
    doc = ner("وحضر المباراة جمهور غفير من الشارع العربي، وفاز العربي على الوكرة بهدفين.")
    arabis = [m for m in doc.entities if m.text == "العربي" and m.type == "ORG"]
    assert len(arabis) == 1 and doc.raw[arabis[0].start - 5:arabis[0].start] == "وفاز "
    assert arabis[0].canonical.startswith("Al-Arabi")


def test_an_ordinary_club_named_near_a_cue_is_the_club_later_in_the_text() -> None:
    # «الوحدة» is unity outside a match report; once the text has named the club near a cue,
    # a later «فالوحدة» with no cue in its sentence is the club too (the sports step alone:
    # in the whole stage the coreference often links it as well)
    from hadath.doc import Doc
    from hadath.lexicon.matcher import to_raw
    from hadath.ner.stage import _cue_sentences, _name_matchers, _sports_names

    doc = Doc(raw="وفاز الوحدة على الجزيرة في مباراة الدوري امس. وقال المدرب ان التدريبات "
                  "ستستأنف غدا. فالوحدة فريق كبير. ودعا الى الوحدة الوطنية.")
    doc.segment()
    found = to_raw(doc.norm, _name_matchers().find_norm(doc.norm.text)[2])
    clubs = [m.text for m in _sports_names(doc, found, [], [], _cue_sentences(doc, found)) if m.text == "الوحدة"]
    assert len(clubs) == 2  # not «الوحدة الوطنية»
