"""Store: migrations, batches, stories, merges, corrections — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from hadath.errors import ConfigError, InputError, StoreError
from hadath.schema import Document
from hadath.store import models as M
from hadath.store.db import normalise_url
from hadath.store.store import EventFilter, Store
from store.corpus_factory import BINNISH, CIVS, HTS, MOSUL, SAA, Art, event, text_for, write

TABLES = {"runs", "articles", "events", "entities", "quotes", "claims", "conflicts", "merged_events",
          "merged_conflicts", "corrections", "ingest_errors", "alembic_version"}


def test_migrations_create_every_table_and_reopen_is_a_no_op(store: Store) -> None:
    assert TABLES <= set(inspect(store.engine).get_table_names())
    again = Store(store.url)  # migrate() again: already at head
    assert again.counts()["articles"] == 0
    again.close()


def test_batch_write_round_trips_the_document(store: Store) -> None:
    ev = event(fatalities=3, actor2=CIVS)
    [aid] = write(store, [Art("a1", text_for(1), [ev])])
    [(got_id, doc_json)] = store.documents()
    assert got_id == aid
    doc = Document.model_validate_json(doc_json)
    assert doc.id == "a1" and doc.events == [ev]
    with store.engine.connect() as conn:
        row = conn.execute(select(M.EventRow)).one()
    assert (row.event_type, row.country, row.actor1, row.actor2, row.fatalities) == (
        "Explosions/Remote violence", "SY", "Military Forces of Syria", "Civilians (Syria)", 3)
    data = row.data if isinstance(row.data, dict) else json.loads(row.data)
    assert data["evidence"] == [{"start": 0, "end": 10, "text": text_for(1)[0:10]}]


def test_known_hashes_in_one_query(store: Store) -> None:
    write(store, [Art(f"a{i}", text_for(i)) for i in range(5)])
    assert len(store.known_hashes()) == 5


def test_reports_of_one_event_merge_with_sources_and_conflict(store: Store) -> None:
    write(store, [
        Art("sohr", text_for(1), [event(fatalities=5, actor2=CIVS)], outlet="Enab Baladi"),
        Art("sana", text_for(2), [event(fatalities=3, place=BINNISH, date="2024-03-02",
                                        source="SANA")], outlet="Al-Watan"),
        Art("other", text_for(3), [event(place=MOSUL, actor1=None, actor2=None)]),
    ])
    merged = store.merged_events()
    assert len(merged) == 2
    syr = next(m for m in merged if m["event_id_cnty"].startswith("SYR"))
    assert syr["fatalities"] == 3  # ACLED: the most conservative figure
    assert len(syr["reports"]) == 2
    assert set(syr["sources"]) == {"Syrian Observatory for Human Rights", "Enab Baladi", "SANA", "Al-Watan"}
    assert syr["actor2"]["name"] == "Civilians (Syria)"
    [conflict] = syr["conflicts"]
    assert conflict["field"] == "fatalities"
    assert sorted(r["value"] for r in conflict["reports"]) == [3, 5]
    with store.engine.connect() as conn:
        assert conn.execute(select(M.MergedConflict.merged_id)).scalars().all() == [syr["id"]]
        assert set(conn.execute(select(M.EventRow.merged_id)).scalars()) == {m["id"] for m in merged}


def test_merged_ids_stay_stable_when_more_reports_arrive(store: Store) -> None:
    write(store, [Art("first", text_for(1), [event(fatalities=2)])])
    [before] = store.merged_events()
    write(store, [Art("later", text_for(2), [event(fatalities=4, place=BINNISH)])])
    [after] = store.merged_events()
    assert after["event_id_cnty"] == before["event_id_cnty"]
    assert len(after["reports"]) == 2


def test_corrections_apply_on_read_and_survive_a_merge_rebuild(store: Store) -> None:
    write(store, [Art("a", text_for(1), [event(fatalities=5)])])
    [ev] = store.merged_events()
    eid = ev["event_id_cnty"]
    store.add_correction(eid, "fatalities", "7", author="analyst", note="hospital list")
    store.add_correction(eid, "actor1", "Russian Air Force", author="analyst")
    store.rebuild_merges()  # machine output rewritten ...
    [fixed] = store.merged_events()
    assert fixed["fatalities"] == 7  # ... people's corrections still applied
    assert fixed["actor1"]["name"] == "Russian Air Force"
    assert [c["author"] for c in fixed["corrections"]] == ["analyst", "analyst"]
    [raw] = store.merged_events(with_corrections=False)
    assert raw["fatalities"] == 5
    store.add_correction(eid, "deleted", "true", author="analyst")
    assert store.merged_events() == []


def test_bad_corrections_are_refused(store: Store) -> None:
    write(store, [Art("a", text_for(1), [event()])])
    [ev] = store.merged_events()
    with pytest.raises(InputError, match="correctable fields"):
        store.add_correction(ev["event_id_cnty"], "colour", "red", author="x")
    with pytest.raises(InputError, match="must be a int"):
        store.add_correction(ev["event_id_cnty"], "fatalities", "many", author="x")
    with pytest.raises(InputError, match="no merged event"):
        store.add_correction("SYR999999", "fatalities", "1", author="x")


def test_filters(store: Store) -> None:
    write(store, [
        Art("a", text_for(1), [event(date="2024-03-01", actor1=SAA, actor2=HTS, sub="Armed clash",
                                     event_type="Battles")]),
        Art("b", text_for(2), [event(date="2024-04-01", place=MOSUL, actor1=None, source="Iraqi News Agency")]),
    ])
    assert len(store.merged_events(EventFilter(since="2024-03-15"))) == 1
    assert len(store.merged_events(EventFilter(until="2024-03-15"))) == 1
    assert [e["location"]["country"] for e in store.merged_events(EventFilter(country="IQ"))] == ["IQ"]
    assert len(store.merged_events(EventFilter(admin1="idlib"))) == 1
    assert len(store.merged_events(EventFilter(type="battles"))) == 1
    assert len(store.merged_events(EventFilter(type="Armed clash"))) == 1
    assert len(store.merged_events(EventFilter(actor="tahrir"))) == 1
    assert len(store.merged_events(EventFilter(source="iraqi"))) == 1
    assert len(store.merged_events(limit=1)) == 1


def test_stories_group_near_duplicates(store: Store) -> None:
    from hadath.ingest.synthetic import generate

    [base] = list(generate(1, seed=3))
    rerun = base.text.replace("\n\n", "\n\n\u200f", 1) + "\n(\u0627\u0644\u0645\u062f\u0646)\n"
    ids = write(store, [Art("wire", base.text), Art("outlet2", rerun), Art("other", text_for(9))])
    with store.engine.connect() as conn:
        stories = dict(conn.execute(select(M.Article.id, M.Article.story_id)).all())
    assert stories[ids[0]] == stories[ids[1]] == ids[0]
    assert stories[ids[2]] == ids[2]
    # stories persist: a later batch joins the stored story
    later = write(store, [Art("outlet3", base.text + " \u0627\u0646\u062a\u0647\u0649")])
    with store.engine.connect() as conn:
        assert conn.execute(select(M.Article.story_id).where(M.Article.id == later[0])).scalar_one() == ids[0]


def test_url_mapping_and_errors(tmp_path: Path) -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(ConfigError):
        Store("mysql://u@h/db")
    with pytest.raises(ConfigError):
        Store("not a url")
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path}/missing/dir/x.db")
    with pytest.raises(StoreError, match="cannot open"):
        Store("postgresql://nobody:wrong@127.0.0.1:1/nothing")


def test_entities_quotes_claims_and_conflicts_rows(store: Store) -> None:
    from hadath.ingest.fingerprint import content_hash
    from hadath.ingest.runner import prepared_from
    from hadath.ingest.sources import Item
    from hadath.schema import Claim, Conflict, Entity, Location, Quantity, Quote, Source

    text = "\u0642\u0627\u0644 \u0627\u0644\u0645\u0631\u0635\u062f \u00ab\u0642\u062a\u0644 5\u00bb \u0641\u064a \u0625\u062f\u0644\u0628"
    loc = Location(name="Idlib", name_ar="\u0625\u062f\u0644\u0628", country="SY", latitude=35.93,
                   longitude=36.63, geo_precision=1)
    src = Source(name="SOHR", text=text[4:10])
    doc = Document(
        id="x", entities=[Entity(text=text[22:26], start=22, end=26, type="GPE", canonical="Idlib", geo=loc)],
        quotes=[Quote(start=12, end=17, speaker=text[4:10], speaker_canonical="SOHR")],
        claims=[Claim(subject="killed", quantity=Quantity(low=5, high=5), unit="people", source=src),
                Claim(subject="killed", quantity=Quantity(low=7, high=9, approximate=True), unit="people")],
        conflicts=[Conflict(claims=(0, 1), reason="5 vs 7-9")])
    assert text[22:26] == "\u0625\u062f\u0644\u0628" and text[12:17] == "\u0642\u062a\u0644 5"
    run = store.begin_run()
    store.write_batch(run, [prepared_from(Item("t", text, "x"), content_hash(text), doc)], store.story_index())
    with store.engine.connect() as conn:
        ent = conn.execute(select(M.EntityRow)).one()
        quote = conn.execute(select(M.QuoteRow)).one()
        claims = conn.execute(select(M.ClaimRow).order_by(M.ClaimRow.ordinal)).all()
        conflict = conn.execute(select(M.ConflictRow)).one()
    assert (ent.text, ent.canonical, ent.country, ent.latitude) == ("\u0625\u062f\u0644\u0628", "Idlib", "SY", 35.93)
    assert (quote.text, quote.speaker_canonical) == ("\u0642\u062a\u0644 5", "SOHR")
    assert [(c.low, c.high, bool(c.approximate), c.source) for c in claims] == [
        (5, 5, False, "SOHR"), (7, 9, True, None)]
    assert (conflict.claim_a, conflict.claim_b) == (0, 1)


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from hadath.store.db import HEAD, MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_models_match_the_migrations(store: Store) -> None:
    """Autogenerate finds nothing to do: the model and the migration scripts agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), M.Base.metadata)
    assert diff == []


def test_reextraction_keeps_ids_and_corrections(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import hadath
    from hadath.ingest.runner import Ingester

    write(store, [Art("a", text_for(1), [event(fatalities=5)]), Art("b", text_for(2), [event(place=MOSUL)])])
    before = {e["event_id_cnty"]: e for e in store.merged_events()}
    syr = next(k for k in before if k.startswith("SYR"))
    store.add_correction(syr, "actor2", "Civilians (Syria)", author="analyst")
    assert store.stale_articles() == []  # all extracted by this version

    def new_version(text: str, published: str | None = None, **kw: object) -> Document:
        # the "new pipeline" reads 6 fatalities in Idlib and finds a second event in article a
        if text == text_for(1):
            return Document(id="a", events=[event(fatalities=6), event("Arrests", "Strategic developments")])
        return Document(id="b", events=[])

    monkeypatch.setattr(hadath, "extract", new_version)
    with Ingester(store, workers=1) as ing:
        rep = ing.reextract(everything=True)
    assert (rep.new, rep.failed) == (2, 0)
    after = {e["event_id_cnty"]: e for e in store.merged_events()}
    assert syr in after  # same merged-event id, so the correction still finds its event
    assert after[syr]["fatalities"] == 6  # machine output replaced ...
    assert after[syr]["actor2"]["name"] == "Civilians (Syria)"  # ... the person's fix kept
    assert len(after) == 2 and not any(k.startswith("IRQ") for k in after)  # b's event is gone
    assert store.counts()["events"] == 2


def test_ingest_end_to_end_with_workers(store: Store, tmp_path: Path) -> None:
    """The real pipeline through forked workers into this backend; a re-run stores nothing."""
    from hadath.ingest.runner import Ingester
    from hadath.ingest.sources import iter_paths
    from hadath.ingest.synthetic import write_jsonl

    src = write_jsonl(tmp_path / "a.jsonl", 16, seed=17)
    with Ingester(store, workers=2, batch_size=5) as ing:
        first = ing.run(iter_paths([str(src)]))
    with Ingester(store, workers=2) as ing:
        again = ing.run(iter_paths([str(src)]))
    assert (first.new, first.known, first.failed) == (16, 0, 0)
    assert (again.new, again.known) == (0, 16)
    assert store.counts()["articles"] == 16
    assert not store.needs_merge()
