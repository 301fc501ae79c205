"""Turn the internal :class:`~hadath.doc.Doc` into the contract's :class:`~hadath.schema.Document`,
or straight into its JSON.

:func:`to_document` validates the document in one ``Document.model_validate`` call over plain
data: an article has some sixty entities, half of them located, and building each ``Entity``
and ``Location`` through its own constructor cost twice as much as one validation that builds
them all. Everything is still validated (``model_construct`` would skip that and, in this
pydantic version, is not even faster); events, quotes, claims and conflicts are already
contract models and pass as they are.

:func:`document_json` is what ``extract --jsonl`` writes: the same data serialised by
pydantic-core's own serialiser (``to_json``, the code ``model_dump_json`` runs), so the same
bytes, without building the ``Document``, its sixty ``Entity`` and thirty ``Location`` models
first (the validation returned them unchanged: the values already have the contract's types;
``tests/test_convert.py`` compares the two on every test article).
"""

from __future__ import annotations

from typing import Any

from pydantic_core import to_json

from hadath.doc import Doc, Mention
from hadath.mentions import NOMINAL_ORIGINS, PLACE_TYPES
from hadath.schema import Document, Location


def _location_data(place: Any, name_ar: str, precision: int | None) -> dict[str, Any] | Location | None:
    """The fields of a place's ``Location`` (a gazetteer place), or its ``Location`` (any other
    object with ``to_location``), for :func:`to_document` to validate with the document."""
    if place is None:
        return None
    fields = getattr(place, "location_fields", None)
    if fields is not None:
        return fields(name_ar, precision or 1)
    return place.to_location(name_ar=name_ar, precision=precision or 1)


def _entity_data(m: Mention) -> dict[str, Any]:
    """An ``Entity`` as data; every field is given, so all count as set (``exclude_unset``)."""
    return {"text": m.text, "start": m.start, "end": m.end, "type": m.type, "canonical": m.canonical,
            "geo": _location_data(m.place, m.text, m.precision) if m.type in PLACE_TYPES else None}


def document_data(doc: Doc) -> dict[str, Any]:
    """The ``Document``'s fields as data, in the contract's order: entities as dicts, the rest
    as the contract models the stages made."""
    # mentions that exist only so events can find actors («الجيش», «مدنيون», «التنظيم»):
    # common nouns and anaphors, not named entities
    named = [m for m in doc.entities if m.origin not in NOMINAL_ORIGINS]
    named.sort(key=_span_key)
    return {
        "id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "entities": [_entity_data(m) for m in named],
        "events": list(doc.events),
        "quotes": list(doc.quotes),
        "claims": list(doc.claims),
        "conflicts": list(doc.conflicts),
    }


def to_document(doc: Doc) -> Document:
    return Document.model_validate(document_data(doc))


def document_json(doc: Doc) -> str:
    """``to_document(doc).model_dump_json()``, byte for byte, without building the models."""
    return to_json(document_data(doc)).decode()


def _span_key(m: Mention) -> tuple[int, int]:
    return m.start, m.end
