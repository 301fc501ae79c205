"""The invariant every stage must keep: spans point into the untouched input.

Runs the whole pipeline on article-like texts built from the bundled sample (with
diacritics, tatweel, bidi marks and presentation forms sprinkled in, as real pages have)
and checks every span of every kind.
"""

from __future__ import annotations

import random

import pytest

import hadath
from hadath.cli.demo import sample_text

NOISE = ["\u064e", "\u0651", "\u0640", "\u200f", "\ufefb", "\u00a0"]


def _noisy(text: str, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.03:
            out.append(rng.choice(NOISE))
    return "".join(out)


def _check(text: str, doc: hadath.schema.Document) -> None:  # type: ignore[name-defined]
    n = len(text)
    for e in doc.entities:
        assert text[e.start : e.end] == e.text
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= n
    for ev in doc.events:
        assert ev.evidence, "every event carries evidence"
        for sp in ev.evidence:
            assert 0 <= sp.start < sp.end <= n
        for actor in [ev.actor1, ev.actor2, *ev.assoc_actors]:
            if actor is not None:
                assert actor.text in text
        assert 0.0 <= ev.confidence <= 1.0
    for c in doc.claims:
        for sp in c.evidence:
            assert 0 <= sp.start < sp.end <= n
    for cf in doc.conflicts:
        assert all(0 <= i < len(doc.claims) for i in cf.claims)


@pytest.mark.parametrize("seed", range(6))
def test_spans_exact_on_noisy_sample(seed: int) -> None:
    text = _noisy(sample_text(), seed) if seed else sample_text()
    _check(text, hadath.extract(text, published="2024-05-15"))


def test_spans_exact_on_single_sentence_inputs() -> None:
    for para in sample_text().split("\n\n"):
        if para.strip():
            _check(para, hadath.extract(para))
