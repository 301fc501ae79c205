"""Accuracy gate on the hand-geocoded place mentions (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.eval.geo import GOLD, is_held_out, load_gold

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_gold_file_is_well_formed() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 300
    in_geonames = [g for g in gold if g.kind in {"place", "country", "admin1"}]
    assert len(in_geonames) >= 300
    for g in gold:
        assert g.end - g.start == len(g.text)
        if g.kind == "place":
            assert g.geonameid and g.latitude is not None
    assert 0.2 < sum(is_held_out(g.sentence_id) for g in gold) / len(gold) < 0.45


def test_gold_offsets_match_the_shared_sentences() -> None:
    folder = SHARED / "data" / "events" / "arabic_event_gsr"
    if not folder.exists():
        pytest.skip("../shared not present: the event gold standard sentences are needed")
    from hadath.eval.geo import load_sentences

    texts = load_sentences(folder)
    for g in load_gold(GOLD):
        assert texts[g.sentence_id][g.start:g.end] == g.text


def test_accuracy_floor() -> None:
    folder = SHARED / "data" / "events" / "arabic_event_gsr"
    if not folder.exists():
        pytest.skip("../shared not present: the event gold standard sentences are needed")
    from hadath.eval.geo import evaluate

    rep = evaluate(str(folder))
    assert rep.metrics["all_within25"] >= 0.90, rep.as_text()
    assert rep.metrics["held-out_within25"] >= 0.88, rep.as_text()
    assert rep.metrics["all_null_ok"] >= 0.80, rep.as_text()
