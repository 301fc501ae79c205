"""Dates scorer: share of Duckling's day-grain and coarser time expressions resolved right.

Data: ``../shared/data/duckling_ar/time.tsv`` (``text``, ``datetime``, ``grain``) with its
reference time in the ``# reference time ...`` header line. Rows of grain Day, Week, Month
and Year are scored (Hour, Minute and Second are out of hadath's scope). A row is correct
when the longest mention :func:`hadath.text.dates.find_dates` returns for the row text,
resolved against the reference date with ``future=True`` (Duckling's convention: bare
weekdays and months look forward), has the gold date and precision. For Week rows the gold
date is the Monday of the week, as hadath reports it. The rules were written with this file
in view: the score is a regression floor, not an unbiased estimate.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hadath.errors import ConfigError
from hadath.eval.report import Report, shared_path
from hadath.text.dates import find_dates

GRAINS = {"Day": "day", "Week": "week", "Month": "month", "Year": "year"}
_REF = re.compile(r"#\s*reference time\s+(\d{4}-\d{2}-\d{2})")


def read_rows(path: Path) -> tuple[dt.date, list[tuple[str, dt.date, str]]]:
    """Reference date and ``(text, date, precision)`` rows of the scored grains."""
    ref: dt.date | None = None
    rows: list[tuple[str, dt.date, str]] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = _REF.match(line)
        if m:
            ref = dt.date.fromisoformat(m.group(1))
            continue
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cells) >= 3 and cells[2] in GRAINS:
            rows.append((cells[0], dt.date.fromisoformat(cells[1][:10]), GRAINS[cells[2]]))
    if ref is None:
        raise ConfigError(f"{path}: no '# reference time YYYY-MM-DD...' line; is this Duckling's time.tsv?")
    return ref, rows


def predict(text: str, ref: dt.date) -> tuple[dt.date | None, str] | None:
    found = find_dates(text, ref, future=True)
    if not found:
        return None
    best = max(found, key=lambda d: d.end - d.start)
    return best.date, best.precision


def evaluate(data: str | None = None) -> Report:
    path = shared_path("data", "duckling_ar", "time.tsv", given=data)
    ref, rows = read_rows(path)
    failures = []
    per_grain: dict[str, list[int]] = {}
    for text, date, precision in rows:
        got = predict(text, ref)
        ok = got == (date, precision)
        per_grain.setdefault(precision, [0, 0])
        per_grain[precision][0] += ok
        per_grain[precision][1] += 1
        if not ok:
            failures.append((text, date, precision, got))
    total_ok = sum(v[0] for v in per_grain.values())
    acc = total_ok / len(rows) if rows else 0.0
    report = Report(
        title=f"Dates: Duckling Arabic time expressions, day grain and coarser (reference {ref})",
        columns=["grain", "rows", "correct", "accuracy"],
        rows=[[g, n, k, k / n] for g, (k, n) in sorted(per_grain.items())] + [["all", len(rows), total_ok, acc]],
        metrics={"accuracy": acc},
    )
    report.notes.append(f"{len(failures)} failures")
    report.notes += [f"  {t!r}: expected {d} {p}, got {g}" for t, d, p, g in failures[:20]]
    return report
