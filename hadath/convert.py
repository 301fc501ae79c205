"""Turn the internal :class:`~hadath.doc.Doc` into the contract's :class:`~hadath.schema.Document`."""

from __future__ import annotations

from typing import Any

from hadath.doc import Doc, Mention
from hadath.schema import Document, Entity, Location


def location_of(place: Any, name_ar: str, precision: int | None) -> Location | None:
    """A contract ``Location`` from a resolved place (anything with ``to_location``)."""
    if place is None:
        return None
    return place.to_location(name_ar=name_ar, precision=precision or 1)


def entity_of(m: Mention) -> Entity:
    geo = location_of(m.place, m.text, m.precision) if m.type in {"GPE", "LOC", "FAC"} else None
    return Entity(text=m.text, start=m.start, end=m.end, type=m.type,  # type: ignore[arg-type]
                  canonical=m.canonical, geo=geo)


# Mentions that exist only so events can find actors («الجيش», «مدنيون», «التنظيم»):
# common nouns and anaphors, not named entities.
NOMINAL_ORIGINS = frozenset({"generic", "anaphor"})


def to_document(doc: Doc) -> Document:
    named = [m for m in doc.entities if m.origin not in NOMINAL_ORIGINS]
    return Document(
        id=doc.id,
        published=doc.published.isoformat() if doc.published else None,
        entities=[entity_of(m) for m in sorted(named, key=lambda m: (m.start, m.end))],
        events=list(doc.events),
        quotes=list(doc.quotes),
        claims=list(doc.claims),
        conflicts=list(doc.conflicts),
    )
