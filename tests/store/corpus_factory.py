"""Hand-built Documents and stores for the corpus tests (no dependence on the NLP stages).

Import as ``from store.corpus_factory import ...`` (pytest puts ``tests/`` on the path).
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pytest

from hadath.ingest.fingerprint import content_hash
from hadath.ingest.runner import prepared_from
from hadath.ingest.sources import Item
from hadath.schema import Actor, Document, Event, Location, Source, Span
from hadath.store.store import Store

PG_URL = os.environ.get("HADATH_TEST_PG_URL", "postgresql://hadath:hadath@localhost/hadath_test")

# (name, admin1, country, lat, lon)
IDLIB = ("Idlib", "Idlib", "SY", 35.9306, 36.6339)
SARAQIB = ("Saraqib", "Idlib", "SY", 35.8647, 36.8006)  # ~16.7 km from Idlib city
BINNISH = ("Binnish", "Idlib", "SY", 35.9567, 36.7136)  # ~8 km from Idlib city
MOSUL = ("Mosul", "Nineveh", "IQ", 36.335, 43.1189)

SAA = ("Military Forces of Syria", 1, "SY")
HTS = ("Hayat Tahrir al-Sham", 2, "SY")
ISIS = ("Islamic State", 2, None)
CIVS = ("Civilians (Syria)", 7, "SY")


def actor(spec: tuple[str, int, str | None] | None) -> Actor | None:
    if spec is None:
        return None
    return Actor(name=spec[0], text="\u0642\u0648\u0627\u062a", inter=spec[1], country=spec[2])


def event(sub: str = "Shelling/artillery/missile attack", event_type: str = "Explosions/Remote violence", *,
          place: tuple[str, str, str, float, float] | None = IDLIB, date: str | None = "2024-03-01",
          actor1: tuple[str, int, str | None] | None = SAA, actor2: tuple[str, int, str | None] | None = None,
          fatalities: int | None = None, source: str | None = "Syrian Observatory for Human Rights",
          evidence: tuple[int, int] = (0, 10)) -> Event:
    loc = None
    if place is not None:
        name, admin1, country, lat, lon = place
        loc = Location(name=name, name_ar=name, admin1=admin1, country=country, latitude=lat, longitude=lon,
                       geo_precision=1)
    return Event(event_type=event_type, sub_event_type=sub, plover_type="ASSAULT", actor1=actor(actor1),
                 actor2=actor(actor2), location=loc, event_date=date, time_precision=1, fatalities=fatalities,
                 source=Source(name=source, text=source) if source else None,
                 evidence=[Span(start=evidence[0], end=evidence[1])], confidence=0.8)


@dataclass
class Art:
    doc_id: str
    text: str
    events: Sequence[Event] = ()
    outlet: str | None = "Enab Baladi"
    published: str | None = "2024-03-02"


def text_for(i: int) -> str:
    """A distinct Arabic text per ``i`` (so content hashes differ)."""
    return f"\u0642\u0635\u0641\u062a \u0642\u0648\u0627\u062a \u0627\u0644\u0646\u0638\u0627\u0645 \u0645\u062f\u064a\u0646\u0629 \u0625\u062f\u0644\u0628 \u0627\u0644\u064a\u0648\u0645 {i} " * 3


def write(store: Store, arts: Sequence[Art]) -> list[int]:
    """Store hand-built articles in one batch and rebuild the merged events."""
    batch = []
    for a in arts:
        doc = Document(id=a.doc_id, published=a.published, events=list(a.events))
        item = Item(origin=f"test:{a.doc_id}", text=a.text, doc_id=a.doc_id, published=a.published, source=a.outlet)
        batch.append(prepared_from(item, content_hash(a.text), doc))
    run = store.begin_run()
    ids = store.write_batch(run, batch, store.story_index())
    store.end_run(run, len(ids), 0, 0)
    store.rebuild_merges()
    return ids


_PG_FRESH: list[str] = []
# One schema per test process, so test runs that share the server (CI, engineers' parallel
# checkouts) never see each other's tables or types.
_PG_SCHEMA = f"hadath_test_{os.getpid()}"


def _drop_schema() -> None:
    import psycopg

    try:
        with psycopg.connect(PG_URL, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {_PG_SCHEMA} CASCADE")
    except psycopg.OperationalError:
        pass  # the server went away; nothing left to clean


def pg_store() -> Iterator[Store]:
    """A fresh PostgreSQL store in this process's own schema, or a skip with the reason."""
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg not installed (pip install 'hadath[postgres]')")
    try:
        conn = psycopg.connect(PG_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server reachable at {PG_URL.split('@')[-1]} "
                    f"(start one with .ci/postgres.sh or set HADATH_TEST_PG_URL): {str(exc).strip()[:120]}")
    with conn:
        if not _PG_FRESH:  # first use in this process: start from an empty schema of its own
            conn.execute(f"DROP SCHEMA IF EXISTS {_PG_SCHEMA} CASCADE")
            conn.execute(f"CREATE SCHEMA {_PG_SCHEMA}")
            atexit.register(_drop_schema)
        else:  # later: empty the tables (much faster than re-running the migrations)
            tables = ", ".join(f"{_PG_SCHEMA}.{t}" for t in _PG_FRESH if t != "alembic_version")
            conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    sep = "&" if "?" in PG_URL else "?"
    store = Store(f"{PG_URL}{sep}options=-csearch_path%3D{_PG_SCHEMA}")
    if not _PG_FRESH:
        from sqlalchemy import inspect

        _PG_FRESH.extend(inspect(store.engine).get_table_names(schema=_PG_SCHEMA))
    try:
        yield store
    finally:
        store.close()
