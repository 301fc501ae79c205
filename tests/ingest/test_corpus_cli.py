"""``hadath ingest / events / export / correct`` as a user runs them: exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from store.corpus_factory import CIVS, HTS, MOSUL, SAA, Art, event, text_for, write
from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.ingest.synthetic import write_jsonl
from hadath.store.store import Store

runner = CliRunner()


def invoke(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'h.db'}"
    with Store(url) as store:
        write(store, [
            Art("a", text_for(1), [event(fatalities=4, actor2=CIVS)], outlet="Enab Baladi"),
            Art("b", text_for(2), [event(fatalities=6, actor2=CIVS)], outlet="Al-Modon"),
            Art("c", text_for(3), [event("Armed clash", "Battles", actor1=SAA, actor2=HTS, date="2024-03-05")]),
            Art("d", text_for(4), [event(place=MOSUL, actor1=None, date="2024-04-01", source="Iraqi News Agency")]),
        ])
    return url


def test_ingest_says_what_is_new_and_what_is_stored(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 12, seed=2)
    url = f"sqlite:///{tmp_path / 'h.db'}"
    r = invoke("ingest", str(src), "--db", url, "--workers", "1")
    assert r.exit_code == 0, r.output
    assert "12 new, 0 already stored, 0 failed" in r.stdout
    r = invoke("ingest", str(src), "--db", url)
    assert r.exit_code == 0
    assert "0 new, 12 already stored, 0 failed" in r.stdout


def test_ingest_bad_item_exit_1_and_bad_db_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("\u0642\u062a\u0644".encode("utf-16"))
    r = invoke("ingest", str(bad), "--db", f"sqlite:///{tmp_path / 'h.db'}", "-q")
    assert r.exit_code == 1
    assert "0 new, 0 already stored, 1 failed" in r.stdout
    assert "bad.txt" in r.stderr
    r = invoke("ingest", str(bad), "--db", "mysql://x@y/z")
    assert r.exit_code == 2
    assert r.stderr.startswith("hadath: error: ") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.output


def test_events_table_and_filters(db: str) -> None:
    r = invoke("events", "--db", db)
    assert r.exit_code == 0, r.output
    assert "SYR" in r.stdout and "IRQ" in r.stdout and "3 merged event(s)" in r.stdout
    assert "reports disagree" in r.stderr  # 4 vs 6 fatalities
    r = invoke("events", "--db", db, "--country", "Iraq", "--json")
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 1 and '"IQ"' in r.stdout
    r = invoke("events", "--db", db, "--type", "Battles", "--actor", "tahrir", "--since", "2024-03-02",
               "--until", "2024-03-31", "--admin1", "Idlib", "--json")
    assert len(r.stdout.strip().splitlines()) == 1
    r = invoke("events", "--db", db, "--source", "modon", "--json")
    assert len(r.stdout.strip().splitlines()) == 1
    r = invoke("events", "--db", db, "--country", "Atlantis")
    assert r.exit_code == 2 and "unknown country" in r.stderr
    r = invoke("events", "--db", db, "--since", "March")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def test_correct_then_export_uses_the_correction(db: str, tmp_path: Path) -> None:
    import pandas as pd

    with Store(db) as store:
        eid = next(e["event_id_cnty"] for e in store.merged_events() if e["fatalities"] == 4)
    r = invoke("correct", eid, "fatalities", "9", "--author", "analyst", "--db", db)
    assert r.exit_code == 0, r.output
    r = invoke("correct", eid, "colour", "red", "--author", "analyst", "--db", db)
    assert r.exit_code == 2 and "correctable fields" in r.stderr
    out = tmp_path / "e.csv"
    r = invoke("export", "--format", "acled-csv", "--db", db, "-o", str(out))
    assert r.exit_code == 0, r.output
    df = pd.read_csv(out)
    assert int(df.loc[df.event_id_cnty == eid, "fatalities"].iloc[0]) == 9


def test_export_to_stdout_and_usage_errors(db: str, tmp_path: Path) -> None:
    r = invoke("export", "--format", "jsonl", "--db", db)
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 3
    r = invoke("export", "--format", "parquet", "--db", db)
    assert r.exit_code == 2 and "-o" in r.stderr
    r = invoke("export", "--format", "xlsx", "--db", db)
    assert r.exit_code == 2 and "acled-csv" in r.stderr
    r = invoke("export", "--format", "geojson", "--db", db, "-o", str(tmp_path / "no" / "x.geojson"))
    assert r.exit_code == 2 and "does not exist" in r.stderr


@pytest.mark.parametrize("command", ["ingest", "events", "export", "correct", "reextract"])
def test_every_corpus_command_is_documented(command: str) -> None:
    r = invoke(command, "--help")
    assert r.exit_code == 0
    top = invoke("--help")
    line = next(ln for ln in top.stdout.splitlines() if f" {command} " in ln)
    assert len(line.split(command, 1)[1].strip()) > 10  # a one-line description in the command list


def test_reextract_only_what_another_version_extracted(db: str) -> None:
    r = invoke("reextract", "--db", db, "-q")
    assert r.exit_code == 0 and "re-extracted 0 articles" in r.stdout
    r = invoke("reextract", "--db", db, "--all", "-q", "--workers", "1")
    assert r.exit_code == 0, r.output
    assert "re-extracted 4 articles" in r.stdout and "0 corrections kept" in r.stdout
