"""Helpers for the attribution tests: documents built by hand, a small sources fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.attribution.stage import annotate
from hadath.doc import Doc, Mention
from hadath.text.numbers import find_numbers

FIXTURE_SOURCES = str(Path(__file__).resolve().parent / "data" / "sources_fixture.tsv")


def make_doc(raw: str, *, entities: list[Mention] | None = None, source: str | None = None) -> Doc:
    """A segmented document with real number mentions and hand-made entities, attributed."""
    doc = Doc(raw=raw, source=source)
    doc.segment()
    doc.numbers = find_numbers(raw)
    doc.entities = entities or []
    return annotate(doc, FIXTURE_SOURCES)


def mention(raw: str, text: str, type_: str, canonical: str | None = None, nth: int = 0, **kw: object) -> Mention:
    """An entity mention of the ``nth`` occurrence of ``text`` in ``raw``."""
    start = -1
    for _ in range(nth + 1):
        start = raw.index(text, start + 1)
    return Mention(start, start + len(text), text, type_, canonical, **kw)  # type: ignore[arg-type]


def assert_offsets(doc: Doc) -> None:
    """raw[start:end] == text for every span attribution emits."""
    raw = doc.raw
    for m in doc.extras["sources"]:
        assert raw[m.start : m.end] == m.text
        if m.frame_start is not None:
            assert 0 <= m.frame_start < m.frame_end <= len(raw)
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(raw)
        inner = raw[q.start : q.end]
        assert inner == inner.strip() and inner
    for c in doc.claims:
        for s in c.evidence:
            assert 0 <= s.start < s.end <= len(raw)


@pytest.fixture
def fixture_sources() -> str:
    return FIXTURE_SOURCES
