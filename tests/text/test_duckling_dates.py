"""Accuracy floor on Duckling's Arabic time corpus, day grain and coarser (../shared, read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = SHARED / "data" / "duckling_ar" / "time.tsv"


def test_duckling_dates_accuracy() -> None:
    if not DATA.exists():
        pytest.skip(f"../shared not present: {DATA} is needed to score dates")
    from hadath.eval.dates import evaluate

    report = evaluate(str(DATA))
    assert report.metrics["accuracy"] >= 0.90, report.as_text()
