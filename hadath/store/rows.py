"""A Document plus its text -> the rows the store writes (built in ingest workers).

Row building is pure and picklable so it can run in worker processes next to the
extraction, leaving the writer process only inserts. Evidence spans get their ``text``
copied in (``raw[start:end]``), so merged events and exports can show the words without
reading the article back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hadath.schema import Document


@dataclass(slots=True)
class Prepared:
    """Everything to store for one new article (ids are filled in by the store)."""

    content_hash: str
    doc_id: str
    text: str
    document_json: str
    minhash: bytes
    origin: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _cut(s: str | None, n: int) -> str | None:
    return s[:n] if s else s


def event_rows(doc: Document, text: str) -> list[dict[str, Any]]:
    rows = []
    for i, ev in enumerate(doc.events):
        data = ev.model_dump(mode="json")
        data["evidence"] = [{"start": s.start, "end": s.end, "text": text[s.start:s.end]} for s in ev.evidence]
        loc = ev.location
        rows.append({
            "ordinal": i, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "plover_type": ev.plover_type, "event_date": ev.event_date, "time_precision": ev.time_precision,
            "country": loc.country if loc else None, "admin1": _cut(loc.admin1, 256) if loc else None,
            "location": _cut(loc.name, 256) if loc else None,
            "latitude": loc.latitude if loc else None, "longitude": loc.longitude if loc else None,
            "actor1": _cut(ev.actor1.name, 256) if ev.actor1 else None,
            "actor2": _cut(ev.actor2.name, 256) if ev.actor2 else None,
            "fatalities": ev.fatalities, "source": _cut(ev.source.name, 256) if ev.source else None,
            "confidence": ev.confidence, "data": data,
        })
    return rows


def document_rows(doc: Document, text: str) -> dict[str, list[dict[str, Any]]]:
    """Normalised rows of one Document (events, entities, quotes, claims, conflicts)."""
    return {
        "events": event_rows(doc, text),
        "entities": [{
            "start": e.start, "end": e.end, "text": e.text, "type": e.type,
            "canonical": _cut(e.canonical, 256), "country": e.geo.country if e.geo else None,
            "latitude": e.geo.latitude if e.geo else None, "longitude": e.geo.longitude if e.geo else None,
        } for e in doc.entities],
        "quotes": [{
            "start": q.start, "end": q.end, "text": text[q.start:q.end], "speaker": q.speaker,
            "speaker_canonical": _cut(q.speaker_canonical, 256), "via": _cut(q.via, 256),
        } for q in doc.quotes],
        "claims": [{
            "ordinal": i, "subject": c.subject, "low": c.quantity.low, "high": c.quantity.high,
            "approximate": c.quantity.approximate, "unit": _cut(c.unit, 64),
            "source": _cut(c.source.name, 256) if c.source else None,
        } for i, c in enumerate(doc.claims)],
        "conflicts": [{"claim_a": c.claims[0], "claim_b": c.claims[1], "reason": c.reason}
                      for c in doc.conflicts],
    }
