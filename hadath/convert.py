"""Turn the internal :class:`~hadath.doc.Doc` into the contract's :class:`~hadath.schema.Document`,
or straight into its JSON.

:func:`to_document` builds the ``Document`` with :func:`hadath.events.trusted.trusted`, as the
stages build their events, claims and quotes: an article has some sixty entities, half of them
located, and validating them (one ``Document.model_validate`` over plain data) cost ~1.1M
instructions an article, more than the rest of the conversion. What validation would check is
checked where it can fail, in plain tests: the id is a string and the date a date; a mention's offsets are ints >= 0, its type one of
the contract's, its text and canonical name strings; a place's fields have the contract's types
(:func:`hadath.events.trusted.location_of`); the document's parts are the contract's models. A
document that fails any test is validated as before (``Document.model_validate``), so a bad
value still raises. ``tests/test_convert.py`` checks the result equals the validated document.

:func:`document_json` is what ``extract --jsonl`` writes: the same data serialised by
pydantic-core's own serialiser (``to_json``, the code ``model_dump_json`` runs), so the same
bytes, without building the ``Document``, its sixty ``Entity`` and thirty ``Location`` models
first (the validation returned them unchanged: the values already have the contract's types;
``tests/test_convert.py`` compares the two on every test article).
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import Any, Final, get_args

from pydantic_core import to_json

from hadath.doc import Doc
from hadath.events.trusted import location_of, trusted
from hadath.mentions import NOMINAL_ORIGINS, PLACE_TYPES, Mention
from hadath.schema import Claim, Conflict, Document, Entity, EntityType, Event, Quote

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
    entities = []
    for m in _named(doc):
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
    return _fields(doc, entities)


def _fields(doc: Doc, entities: list[Any]) -> dict[str, Any]:
    """The ``Document``'s fields around its ``entities`` (dicts to validate, or models)."""
    return {
        "id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "entities": entities,
        "events": list(doc.events),
        "quotes": list(doc.quotes),
        "claims": list(doc.claims),
        "conflicts": list(doc.conflicts),
    }


def _named(doc: Doc) -> list[Mention]:
    """The mentions the document lists as entities, by span: not those that exist only so that
    events can find actors («الجيش», «مدنيون», «التنظيم»): common nouns and anaphors."""
    named = [m for m in doc.entities if m.origin not in NOMINAL_ORIGINS]
    named.sort(key=_SPAN_KEY)
    return named


_ENTITY_TYPES: Final = frozenset(get_args(EntityType))
_OPTIONAL_STR: Final = (str, type(None))


def to_document(doc: Doc) -> Document:
    """The contract's ``Document`` of ``doc``: the models made without validation when every
    value passes the module docstring's tests, else validated from :func:`document_data`."""
    if type(doc.id) is not str or not (doc.published is None or type(doc.published) is dt.date) or not (
        all(type(x) is Event for x in doc.events) and all(type(x) is Quote for x in doc.quotes)
        and all(type(x) is Claim for x in doc.claims) and all(type(x) is Conflict for x in doc.conflicts)
    ):
        return Document.model_validate(document_data(doc))
    entities = []
    for m in _named(doc):
        text, start, end = m.text, m.start, m.end
        if not (type(text) is str and type(start) is int and type(end) is int and 0 <= start and 0 <= end
                and m.type in _ENTITY_TYPES and type(m.canonical) in _OPTIONAL_STR):
            return Document.model_validate(document_data(doc))
        place = m.place if m.type in PLACE_TYPES else None
        geo = location_of(place, text, m.precision or 1) if place is not None else None
        entities.append(trusted(Entity, {"text": text, "start": start, "end": end, "type": m.type,
                                         "canonical": m.canonical, "geo": geo}))
    return trusted(Document, _fields(doc, entities))


def document_json(doc: Doc) -> str:
    """``to_document(doc).model_dump_json()``, byte for byte, without building the models."""
    return to_json(document_data(doc)).decode()


def document_json_bytes(doc: Doc) -> bytes:
    """:func:`document_json` as the UTF-8 bytes pydantic-core writes, for the batch path: its
    line goes through a worker's pipe to a binary stdout, and a ``str`` between would be
    decoded here, encoded by pickle, decoded again in the parent and encoded by the text
    stream (~55 us an 8 KB line, ~20 times the cost of passing the bytes)."""
    return to_json(document_data(doc))
