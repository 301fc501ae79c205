"""Writers for ``hadath export``: acled-csv, jsonl, geojson, parquet.

Each takes merged events (corrections already applied) and a binary or text stream
or path, and returns how many records it wrote. Text formats stream, so exporting a
large store to stdout does not build the whole file in memory.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from hadath.errors import ConfigError
from hadath.export.acled import COLUMNS, acled_row, notes

FORMATS = ("acled-csv", "jsonl", "geojson", "parquet")
TEXT_FORMATS = ("acled-csv", "jsonl", "geojson")


def write_acled_csv(events: Iterable[dict[str, Any]], out: IO[str], timestamp: int | None = None) -> int:
    ts = int(time.time()) if timestamp is None else timestamp
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow({k: ("" if v is None else v) for k, v in acled_row(ev, ts).items()})
        n += 1
    return n


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One merged event a line: every report with its source and evidence, conflicts, notes."""
    n = 0
    for ev in events:
        rec = dict(ev)
        rec["notes"] = notes(ev)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[dict[str, Any]], out: IO[str], timestamp: int | None = None) -> int:
    """A FeatureCollection of Points (lon, lat) with the ACLED columns as properties.
    Events without coordinates have no place on a map and are left out."""
    ts = int(time.time()) if timestamp is None else timestamp
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        row = acled_row(ev, ts)
        if row["latitude"] is None or row["longitude"] is None:
            continue
        props = {k: v for k, v in row.items() if k not in {"latitude", "longitude"}}
        props["n_reports"] = len(ev.get("reports") or [])
        feat = {"type": "Feature", "id": row["event_id_cnty"],
                "geometry": {"type": "Point", "coordinates": [float(row["longitude"]), float(row["latitude"])]},
                "properties": props}
        out.write(("\n" if n == 0 else ",\n") + json.dumps(feat, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


_INT_COLS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
             "timestamp"}
_FLOAT_COLS = {"latitude", "longitude"}


def write_parquet(events: Iterable[dict[str, Any]], path: Path, timestamp: int | None = None) -> int:
    """The ACLED columns with proper types, plus ``n_reports`` and the merged record as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    ts = int(time.time()) if timestamp is None else timestamp
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    cols["n_reports"] = []
    cols["record"] = []
    for ev in events:
        row = acled_row(ev, ts)
        for c in COLUMNS:
            cols[c].append(row[c])
        cols["n_reports"].append(len(ev.get("reports") or []))
        cols["record"].append(json.dumps(ev, ensure_ascii=False))
    fields = []
    for c in cols:
        typ = pa.int64() if c in _INT_COLS or c == "n_reports" else pa.float64() if c in _FLOAT_COLS else pa.string()
        fields.append(pa.field(c, typ))
    table = pa.table({c: pa.array(v, type=f.type) for (c, v), f in zip(cols.items(), fields, strict=True)},
                     schema=pa.schema(fields))
    pq.write_table(table, path)
    return table.num_rows


def export(events: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path) -> int:
    """Write ``events`` as ``fmt`` to a text stream (text formats) or a path (parquet)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ConfigError("parquet is a binary format: give an output file with -o")
        return write_parquet(events, out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return export(events, fmt, fh)
    if fmt == "acled-csv":
        return write_acled_csv(events, out)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    return write_geojson(events, out)
