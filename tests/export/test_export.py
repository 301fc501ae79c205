"""Exports validate: ACLED CSV in pandas, GeoJSON through shapely, Parquet through pyarrow."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from shapely.geometry import Point, mapping, shape
from store.corpus_factory import CIVS, HTS, MOSUL, SAA, Art, event, text_for, write

from hadath.export.acled import COLUMNS, disorder_type, interaction, notes
from hadath.export.writers import export
from hadath.store.store import Store

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,tags,timestamp")


@pytest.fixture
def events(tmp_path: Path) -> list[dict]:
    with Store(f"sqlite:///{tmp_path / 'h.db'}") as store:
        write(store, [
            Art("a", text_for(1), [event(fatalities=5, actor2=CIVS)], outlet="Enab Baladi"),
            Art("b", text_for(2), [event(fatalities=3, actor2=CIVS, source="SANA")], outlet="Al-Watan"),
            Art("c", text_for(3), [event("Armed clash", "Battles", actor1=SAA, actor2=HTS, date="2024-03-05")]),
            Art("d", text_for(4), [event("Peaceful protest", "Protests", place=MOSUL, actor1=None,
                                         date="2024-04-01", source=None)]),
            Art("e", text_for(5), [event(place=None, date="2024-05-01")]),  # no coordinates
        ])
        return store.merged_events()


def test_acled_csv_opens_in_pandas_with_the_acled_columns(events: list[dict]) -> None:
    buf = io.StringIO()
    assert export(events, "acled-csv", buf) == 4
    assert buf.getvalue().splitlines()[0] == ACLED_HEADER
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    assert tuple(df.columns) == COLUMNS
    assert all(re.fullmatch(r"(SYR|IRQ|XXX)\d+", e) for e in df.event_id_cnty)
    shell = df[df.sub_event_type == "Shelling/artillery/missile attack"].iloc[0]
    assert shell.iso == 760 and shell.country == "Syria" and shell.region == "Middle East"
    assert shell.disorder_type == "Political violence" and pd.isna(shell.admin3)
    assert (shell.inter1, shell.inter2, shell.interaction) == (1, 7, 17)
    assert shell.civilian_targeting == "Civilian targeting"
    assert shell.fatalities == 3  # the lowest of 5 and 3
    assert shell.year == 2024 and shell.event_date == "2024-03-01" and shell.time_precision == 1
    assert "SANA" in shell.source and "Enab Baladi" in shell.source
    assert shell.notes.startswith("On 2024-03-01, Military Forces of Syria shelled Civilians (Syria) in Idlib (Idlib).")
    assert "3 fatalities reported by" in shell.notes and "Reports differ on fatalities" in shell.notes
    clash = df[df.event_type == "Battles"].iloc[0]
    assert clash.interaction == 12 and pd.isna(clash.civilian_targeting) and clash.fatalities == 0
    protest = df[df.event_type == "Protests"].iloc[0]
    assert protest.disorder_type == "Demonstrations" and protest.iso == 368 and protest.country == "Iraq"
    # ACLED's stand-in for an actor the reports don't name
    assert (protest.actor1, protest.inter1, protest.interaction) == ("Protesters (Iraq)", 6, 60)
    assert protest.notes.startswith("On 2024-04-01, Protesters (Iraq) demonstrated in Mosul (Nineveh).")
    assert pd.isna(df[df.event_id_cnty.str.startswith("XXX")].latitude).any()  # the event with no place
    assert df.timestamp.nunique() == 1 and int(df.timestamp.iloc[0]) > 1_600_000_000


def test_geojson_is_valid_and_round_trips_through_shapely(events: list[dict]) -> None:
    buf = io.StringIO()
    n = export(events, "geojson", buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and n == len(fc["features"]) == 3  # one has no place
    for feat in fc["features"]:
        assert feat["type"] == "Feature" and set(feat) >= {"geometry", "properties"}
        geom = shape(feat["geometry"])
        assert isinstance(geom, Point) and geom.is_valid
        assert mapping(geom)["coordinates"] == tuple(feat["geometry"]["coordinates"])
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    syr = next(f for f in fc["features"] if f["properties"]["country"] == "Syria")
    assert syr["geometry"]["coordinates"][0] > syr["geometry"]["coordinates"][1]  # lon 36.6, lat 35.9
    assert syr["properties"]["event_id_cnty"] == syr["id"]


def test_parquet_reads_back_with_pyarrow(events: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert export(events, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert table.column_names[: len(COLUMNS)] == list(COLUMNS)
    assert str(table.schema.field("fatalities").type) == "int64"
    assert str(table.schema.field("latitude").type) == "double"
    rows = table.to_pylist()
    assert {r["event_id_cnty"] for r in rows} == {e["event_id_cnty"] for e in events}
    assert all(json.loads(r["record"])["event_id_cnty"] == r["event_id_cnty"] for r in rows)


def test_jsonl_has_reports_evidence_and_notes(events: list[dict]) -> None:
    buf = io.StringIO()
    export(events, "jsonl", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(recs) == 4
    merged = next(r for r in recs if len(r["reports"]) == 2)
    assert {r["doc_id"] for r in merged["reports"]} == {"a", "b"}
    assert merged["reports"][0]["evidence"][0]["text"] == text_for(1)[:10]
    assert merged["notes"].startswith("On 2024-03-01")


def test_acled_conventions() -> None:
    assert interaction(1, 7) == 17 and interaction(7, 1) == 17 and interaction(2, 1) == 12
    assert interaction(6, None) == 60 and interaction(None, None) is None
    assert disorder_type("Riots", "Mob violence") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    ev = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
          "event_date": "2024-01-02", "actor1": None, "actor2": None, "fatalities": 1,
          "location": {"name": "Kirkuk", "admin1": "Kirkuk"}, "sources": ["Iraqi News Agency"]}
    assert notes(ev) == ("On 2024-01-02, an explosive device detonated in Kirkuk (Kirkuk). "
                         "1 fatality reported by Iraqi News Agency.")


def test_country_table() -> None:
    from hadath.export.countries import countries, find_country

    table = countries()
    assert len(table) > 240
    regions = {c.region for c in table.values()}
    assert {"Middle East", "Northern Africa", "Eastern Africa", "Europe"} <= regions and "" not in regions
    assert all(len(c.iso3) == 3 and 0 < c.numeric < 1000 for c in table.values() if c.iso2 != "XK")  # no ISO number
    assert (table["SY"].numeric, table["SY"].iso3, table["PS"].name, table["SD"].region) == (
        760, "SYR", "Palestine", "Northern Africa")
    assert find_country("irq") is table["IQ"] and find_country("Yemen") is table["YE"]
