"""Numbers scorer: share of Duckling's Arabic numeral expressions read exactly.

Data: ``../shared/data/duckling_ar/numerals.tsv`` (``text``, ``value``). A row is correct
when :func:`hadath.text.numbers.find_numbers` returns exactly one mention, the mention
covers the whole row text, and it is one value (``low == high``) equal to the gold value.
The rules were written with this file in view, so the score is a regression floor rather
than an unbiased estimate; the rows held back by the judges are the real test.
"""

from __future__ import annotations

import csv
from pathlib import Path

from hadath.eval.report import Report, shared_path
from hadath.text.numbers import find_numbers


def read_rows(path: Path) -> list[tuple[str, float]]:
    """``(text, value)`` rows of a numerals TSV (header ``text  value``, ``#`` comments)."""
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    ti, vi = header.index("text"), header.index("value")
    return [(r[ti], float(r[vi])) for r in reader]


def correct(text: str, value: float) -> bool:
    found = find_numbers(text)
    if len(found) != 1:
        return False
    n = found[0]
    return n.text == text.strip() and n.low == n.high and abs(n.low - value) < 1e-9


def evaluate(data: str | None = None) -> Report:
    path = shared_path("data", "duckling_ar", "numerals.tsv", given=data)
    rows = read_rows(path)
    failures = [(t, v) for t, v in rows if not correct(t, v)]
    ok = len(rows) - len(failures)
    acc = ok / len(rows) if rows else 0.0
    report = Report(
        title=f"Numbers: Duckling Arabic numerals ({path.name})",
        columns=["rows", "correct", "failed", "accuracy"],
        rows=[[len(rows), ok, len(failures), acc]],
        metrics={"accuracy": acc},
    )
    report.notes.append(f"{len(failures)} failures")
    report.notes += [f"  {t!r}: expected {v:g}, got {[(n.text, n.low, n.high) for n in find_numbers(t)]}" for t, v in failures[:20]]
    return report
