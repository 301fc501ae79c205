"""The attribution stage builds its contract models (claims with their quantity and evidence,
quotes, conflicts, sources) without validation (``hadath.events.trusted``): every one must equal
the validated model of the same data, serialise to the same bytes and count the same fields as
set, on articles that hold all of them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from pydantic import BaseModel

import hadath
from hadath.schema import Claim, Conflict, Document, Quantity, Quote, Source, Span

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
EVENT_ARTICLES = sorted((Path(__file__).parent.parent / "events" / "articles").glob("*.txt"))


def _texts() -> list[str]:
    sample = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")
    return [sample] + [p.read_text(encoding="utf-8") for p in ARTICLES + EVENT_ARTICLES[::4]]


def _same_as_validated(made: BaseModel) -> None:
    again = type(made).model_validate(made.model_dump())
    assert again == made
    assert again.model_dump_json() == made.model_dump_json()
    assert made.model_fields_set == again.model_fields_set


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [hadath.extract(text, published="2024-05-15") for text in _texts()]


def test_claims_equal_their_validated_form(documents: list[Document]) -> None:
    claims = [c for d in documents for c in d.claims]
    assert claims, "the articles report figures"
    for c in claims:
        _same_as_validated(c)
        assert type(c) is Claim and type(c.quantity) is Quantity
        assert type(c.quantity.low) is float and type(c.quantity.high) is float
        assert all(type(sp) is Span and 0 <= sp.start <= sp.end for sp in c.evidence)
        assert c.source is None or type(c.source) is Source


def test_quotes_conflicts_and_sources_equal_their_validated_form(documents: list[Document]) -> None:
    quotes = [q for d in documents for q in d.quotes]
    conflicts = [c for d in documents for c in d.conflicts]
    sources = [ev.source for d in documents for ev in d.events if ev.source is not None]
    assert quotes and conflicts and sources
    for q in quotes:
        _same_as_validated(q)
        assert type(q) is Quote and 0 <= q.start <= q.end
    for c in conflicts:
        _same_as_validated(c)
        assert type(c) is Conflict and type(c.claims) is tuple
    for s in sources:
        _same_as_validated(s)
