"""Helpers for the NER tests: run segment + NER on a hand-written text."""

from __future__ import annotations

from hadath.doc import Doc, Mention


def ner(text: str) -> Doc:
    from hadath.ner.stage import annotate

    doc = Doc(raw=text)
    doc.segment()
    annotate(doc)
    return doc


def find(doc: Doc, text: str) -> Mention:
    hits = [m for m in doc.entities if m.text == text]
    assert hits, f"no mention {text!r} in {[(m.text, m.type, m.origin) for m in doc.entities]}"
    return hits[0]
