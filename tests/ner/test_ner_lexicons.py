"""Every NER data file loads through the validating loader, and the lexicons match."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.lexicon.actors import inflect_nisba, load_countries, nisba_index
from hadath.lexicon.loader import load_tsv
from hadath.ner.lexicons import DATA, entity_matcher, given_names, triggers, word_classes
from hadath.text.normalize import normalize, normalize_key

HEADERS = {
    "entities.tsv": ("name", "type", "variants", "country", "acts_for"),
    "triggers.tsv": ("word", "kind", "gloss", "role"),
    "names.tsv": ("name", "gender"),
    "stopwords.tsv": ("word",),
    "forces.tsv": ("word", "role", "name", "named"),
    "clubs.tsv": ("name", "variants", "country"),
    "descriptions.tsv": ("word", "kind"),
    "naming_heads.tsv": ("word", "gloss", "definite"),
    "credits.tsv": ("word", "name"),
    "org_designators.tsv": ("word", "kind"),
    "letter_names.tsv": ("word", "letter"),
    "sports.tsv": ("name", "kind", "variants", "country", "ordinary", "source"),
    "ner.clusters.tsv": ("stem", "coarse", "fine"),
    "ner.translit.tsv": ("gram", "weight"),
    "ner.lexwords.tsv": ("word", "class", "known"),
}


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.tsv")))
def test_every_data_file_loads(name: str) -> None:
    cols = HEADERS[name]  # a new file must be declared here, with its header
    rows = load_tsv(DATA / name, cols, required=cols[:1], unique=cols[:1])
    assert len(rows) >= (3 if name in SHORT else 10)


SHORT = frozenset({"credits.tsv"})  # a handful of rows by nature (three agencies credited by an adjective)


def test_countries_file_loads() -> None:
    countries = load_countries()
    assert len(countries) >= 90
    assert {c.iso2 for c in countries} >= {"SY", "IQ", "YE", "LY", "LB", "IL", "PS", "SD", "SO", "EG"}


def test_entity_types_and_countries_are_valid() -> None:
    rows = load_tsv(DATA / "entities.tsv", HEADERS["entities.tsv"])
    assert {r["type"] for r in rows} <= {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}
    known = {c.iso2 for c in load_countries()}
    assert {r["country"] for r in rows if r["country"]} <= known


def test_sports_kinds_are_known_and_clubs_are_not_listed_twice() -> None:
    rows = load_tsv(DATA / "sports.tsv", HEADERS["sports.tsv"])
    assert {r["kind"] for r in rows} == {"club", "team", "cue", "head", "strong head", "cue+head", "result", "cue+result",
                                         "result noun", "cue+result noun", "cue+weak head", "person head",
                                         "generic"}
    clubs = load_tsv(DATA / "clubs.tsv", HEADERS["clubs.tsv"])
    crf_clubs = {normalize_key(v.strip()) for r in clubs for v in r["variants"].split("|")}
    for r in rows:
        if r["kind"] in ("club", "team"):
            assert not {normalize_key(v.strip()) for v in r["variants"].split("|")} & crf_clubs, r["name"]


def test_trigger_kinds_are_known() -> None:
    assert set(triggers().values()) <= {"title", "speaker", "kunya", "org", "gpe", "loc", "fac"}


def test_nisba_inflections() -> None:
    forms = inflect_nisba("السوري")
    assert {"السورية", "السوريين", "السوريون", "سوري", "سورية"} <= set(forms)
    idx = nisba_index()
    assert idx[normalize_key("العراقية")] == "IQ"
    assert idx[normalize_key("الأتراك")] == "TR"
    assert idx[normalize_key("الأميركي")] == "US"


def test_matcher_is_clitic_aware() -> None:
    text = "وصلت القافلة إلى وبالرقة ثم لإدلب وللأمم المتحدة بيان."
    found = {m.text: m.payloads[0] for m in entity_matcher().find(normalize(text))}
    assert found["الرقة"].name == "Raqqa"
    assert found["إدلب"].name == "Idlib"
    assert any(e.name == "United Nations" for e in found.values())


def test_word_classes_cover_names_and_titles() -> None:
    classes = word_classes()
    assert classes[normalize_key("العقيد")] == "title"
    assert classes[normalize_key("مدينة")] == "gpe"
    assert normalize_key("محمد") in given_names()


def test_data_files_are_not_shared_corpus_copies() -> None:
    # the shipped vocabulary is a word list, not sentences of the corpus
    vocab = (DATA / "ner.vocab.txt").read_text(encoding="utf-8").splitlines()
    assert all(" " not in w and "\t" not in w for w in vocab)
    assert Path(DATA / "ner.crfsuite").stat().st_size < 8_000_000


def test_acts_for_points_to_known_actors() -> None:
    from hadath.lexicon.actors import ACTORS_TSV, load_actors

    rows = load_tsv(DATA / "entities.tsv", HEADERS["entities.tsv"])
    codes = {r["acts_for"] for r in rows if r["acts_for"]}
    assert all(r["country"] for r in rows if r["acts_for"] in ("GOV", "MIL"))
    if ACTORS_TSV.exists():
        ids = {a.id for a in load_actors()}
        assert codes - {"GOV", "MIL", "COP"} <= ids
