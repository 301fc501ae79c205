"""Accuracy floor on Duckling's Arabic numeral corpus (../shared, read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = SHARED / "data" / "duckling_ar" / "numerals.tsv"


def test_duckling_numerals_accuracy() -> None:
    if not DATA.exists():
        pytest.skip(f"../shared not present: {DATA} is needed to score numbers")
    from hadath.eval.numbers import evaluate

    report = evaluate(str(DATA))
    assert report.metrics["accuracy"] >= 0.97, report.as_text()
