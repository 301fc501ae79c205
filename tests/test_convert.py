"""``extract --jsonl`` writes :func:`hadath.convert.document_json`, which serialises the document's
data without building the ``Document`` models: its bytes must be those of the validated
``Document`` (``to_document(doc).model_dump_json()``), for every article and every place."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from pydantic_core import to_json

import hadath
from hadath.batch import process_line
from hadath.convert import document_data, document_json, to_document
from hadath.doc import Doc, Mention
from hadath.geo.gazetteer import load_gazetteer
from hadath.mentions import NOMINAL_ORIGINS
from hadath.pipeline import run
from hadath.schema import Document, Location

ARTICLES = sorted((Path(__file__).parent / "events" / "articles").glob("*.txt"))


def _sample() -> str:
    return resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ARTICLES[::3], ids=lambda p: p.stem)
def test_document_json_is_the_validated_documents_json(path: Path) -> None:
    doc = run(path.read_text(encoding="utf-8"), doc_id=path.stem, published="2024-05-15")
    assert document_json(doc) == to_document(doc).model_dump_json()


def test_document_json_of_the_sample_holds_every_part() -> None:
    doc = run(_sample(), published="2024-05-15")
    out = document_json(doc)
    assert out == to_document(doc).model_dump_json()
    data = json.loads(out)
    assert all(data[k] for k in ("entities", "events", "quotes", "claims", "conflicts"))
    assert any(e["geo"] for e in data["entities"])


def test_process_line_writes_what_extract_returns() -> None:
    line = json.dumps({"id": "r1", "text": _sample(), "published": "2024-05-15", "source": "وكالة"},
                      ensure_ascii=False).encode()
    out, ok = process_line(1, line, 10**6)
    assert ok
    assert out == hadath.extract(_sample(), published="2024-05-15", doc_id="r1", source="وكالة").model_dump_json().encode()


def test_gazetteer_location_fields_serialise_as_the_validated_location() -> None:
    gaz = load_gazetteer()
    for i in range(0, len(gaz), max(1, len(gaz) // 300)):  # towns, divisions, countries, waters
        place = gaz.place(i)
        for precision in (1, 2, 3):
            fields = place.location_fields("اسم", precision)
            assert to_json(fields).decode() == Location(**fields).model_dump_json()


class _OtherPlace:
    """A place that is not the gazetteer's: it makes its own ``Location``."""

    def to_location(self, name_ar: str, precision: int) -> Location:
        return Location(name="Somewhere", name_ar=name_ar, country="IQ", latitude=33.0, longitude=44.5,
                        geo_precision=precision)


def test_a_place_that_makes_its_own_location() -> None:
    raw = "وصل إلى المكان اليوم"
    m = Mention(8, 14, raw[8:14], "GPE", canonical="Somewhere", origin="crf", place=_OtherPlace(), precision=2)
    doc = Doc(raw=raw, id="x", entities=[m])
    assert document_json(doc) == to_document(doc).model_dump_json()
    assert json.loads(document_json(doc))["entities"][0]["geo"]["geo_precision"] == 2


@pytest.mark.parametrize("path", ARTICLES[1::4], ids=lambda p: p.stem)
def test_to_document_equals_the_validated_document(path: Path) -> None:
    """``to_document`` builds its models without validation (hadath.convert): the document, each
    entity and each location must equal the validated ones and count the same fields as set."""
    doc = run(path.read_text(encoding="utf-8"), doc_id=path.stem, published="2024-05-15")
    made = to_document(doc)
    again = Document.model_validate(document_data(doc))
    assert made == again
    assert made.model_fields_set == again.model_fields_set
    for a, b in zip(made.entities, again.entities, strict=True):
        assert a.model_fields_set == b.model_fields_set
        assert (a.geo is None) == (b.geo is None)
        if a.geo is not None and b.geo is not None:
            assert type(a.geo) is Location and a.geo.model_fields_set == b.geo.model_fields_set
    assert made.model_dump_json() == again.model_dump_json()


def test_to_document_validates_what_fails_its_tests() -> None:
    """A value validation would refuse still raises: a mention of no contract type."""
    doc = run(_sample(), published="2024-05-15")
    named = next(m for m in doc.entities if m.origin not in NOMINAL_ORIGINS)
    named.type = "WEAPON"
    with pytest.raises(ValueError, match="type"):
        to_document(doc)
