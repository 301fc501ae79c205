"""Accuracy gate: held-out clean-view F1 on the OEDA Arabic gold standard must not regress.

Floors sit a little below the numbers measured with ``hadath eval events`` when the model
was trained (see hadath/events/data/MODEL_CARD.md); the held-out part is never used in
training or tuning. Skipped when ../shared is absent (a fresh clone without the data).
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = SHARED / "data" / "events" / "arabic_event_gsr"

FLOORS = {
    # 0.783 measured after the rule fixes (finite verbs for the territory rule, counts of
    # people for the crowd rule): one held-out false alarm fewer than the 0.778 before
    "ASSAULT/clean/held-out/f1": 0.78,
    # 13 positive sentences: one sentence moves F1 by ~0.05. 0.600 measured (6 of 13 found,
    # 1 false alarm) after the 2026-11-25 retrain that raised cross-validated F1 0.63 -> 0.75
    "PROTEST/clean/held-out/f1": 0.59,
}


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    if not DATA.exists():
        pytest.skip("../shared not present: the OEDA Arabic event gold standard is needed for the gate")
    from hadath.eval.events import evaluate

    return evaluate(str(DATA))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_f1_floor(report, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert report.metrics[metric] >= FLOORS[metric], f"{metric} fell to {report.metrics[metric]:.3f}"


def test_heldout_split_is_deterministic_and_about_30_percent() -> None:
    from hadath.eval.events import is_heldout

    ids = [f"AAW_ARB_2007{m:02d}{d:02d}.00{k:02d}-1" for m in range(1, 13) for d in range(1, 29) for k in range(3)]
    share = sum(is_heldout(i) for i in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert is_heldout("AAW_ARB_20071026.0026-2") == is_heldout("AAW_ARB_20071026.0026-9")  # same article


def test_counts_column_gives_the_scores(report) -> None:  # type: ignore[no-untyped-def]
    """The tp/fp/fn column is what P/R/F1 were computed from (a reader counts sentences by it)."""
    from hadath.eval.report import prf

    rows = [r for r in report.rows if r[1] in {"clean", "strict"} and r[2] == "held-out"]
    assert len(rows) == 4
    for row in rows:
        tp, fp, fn = (int(x) for x in str(row[7]).split("/"))
        assert tp + fn > 0
        assert prf(tp, fp, fn) == pytest.approx((row[4], row[5], row[6]))
