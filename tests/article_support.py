"""What the whole-article tests share: reading a test article through the public API with its
offsets checked, and picking events out of the result (so each test module states only what it
expects of its own articles)."""

from __future__ import annotations

from pathlib import Path

import hadath
from hadath.schema import Document, Event

ARTICLES = Path(__file__).parent / "events" / "articles"


def read_article(name: str, published: str) -> tuple[str, Document]:
    """The text of ``events/articles/NAME`` and its extracted document; every entity's span is
    checked against the text here, once for all the tests that use it."""
    text = (ARTICLES / name).read_text(encoding="utf-8")
    doc = hadath.extract(text, published=published)
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return text, doc


def of_sub(doc: Document, sub: str) -> list[Event]:
    """The document's events of one ACLED sub-event type."""
    return [e for e in doc.events if e.sub_event_type == sub]


def name(actor: object) -> str | None:
    """An actor's canonical name, or None for no actor."""
    return getattr(actor, "name", None)
