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

from operator import attrgetter
from typing import Any

from pydantic_core import to_json

from hadath.doc import Doc
from hadath.mentions import NOMINAL_ORIGINS, PLACE_TYPES
from hadath.schema import Document

# (start, end) of a mention, made in C: a Python key function was called once per entity
_SPAN_KEY = attrgetter("start", "end")


def document_data(doc: Doc) -> dict[str, Any]:
    """The ``Document``'s fields as data, in the contract's order: entities as dicts, the rest
    as the contract models the stages made.

    Every ``Entity`` field is given, so all count as set (``exclude_unset``). The loop is
    written out (no helper call per entity, a place's ``location_fields`` called straight
    away): this module runs as pure Python, and an article has some sixty entities."""
    # mentions that exist only so events can find actors («الجيش», «مدنيون», «التنظيم»):
    # common nouns and anaphors, not named entities
    named = [m for m in doc.entities if m.origin not in NOMINAL_ORIGINS]
    named.sort(key=_SPAN_KEY)
    entities = []
    for m in named:
        text = m.text
        geo = None
        if m.type in PLACE_TYPES:
            place = m.place
            if place is not None:
                fields = getattr(place, "location_fields", None)
                geo = (fields(text, m.precision or 1) if fields is not None
                       else place.to_location(name_ar=text, precision=m.precision or 1))
        entities.append({"text": text, "start": m.start, "end": m.end, "type": m.type,
                         "canonical": m.canonical, "geo": geo})
    return {
        "id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "entities": entities,
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


def document_json_bytes(doc: Doc) -> bytes:
    """:func:`document_json` as the UTF-8 bytes pydantic-core writes, for the batch path: its
    line goes through a worker's pipe to a binary stdout, and a ``str`` between would be
    decoded here, encoded by pickle, decoded again in the parent and encoded by the text
    stream (~55 us an 8 KB line, ~20 times the cost of passing the bytes)."""
    return to_json(document_data(doc))
