"""Ingest runs end to end with the real pipeline: idempotent, stories, errors, workers."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

import hadath
from hadath.ingest.runner import Ingester
from hadath.ingest.sources import iter_paths
from hadath.ingest.synthetic import generate, write_jsonl
from hadath.schema import Document
from hadath.store import models as M
from hadath.store.store import Store


def run(store: Store, *paths: Path, workers: int = 1, batch: int = 100):  # noqa: ANN201
    with Ingester(store, workers=workers, batch_size=batch) as ing:
        return ing.run(iter_paths([str(p) for p in paths]))


def test_ingest_is_idempotent_and_groups_stories(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 40, seed=3)
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    first = run(store, src, batch=7)
    assert (first.new, first.known, first.failed) == (40, 0, 0)
    again = run(store, src)
    assert (again.new, again.known, again.failed) == (0, 40, 0)
    assert again.merged_events is None  # nothing new: no merge rebuild either
    counts = store.counts()
    assert counts["articles"] == 40
    rewrites = sum(1 for a in generate(40, seed=3) if "\n\n(" in a.text)
    assert rewrites > 0 and counts["stories"] <= 40 - rewrites + 1
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(M.Run)).scalar_one() == 2


def test_stored_document_is_what_extract_returns(tmp_path: Path) -> None:
    [art] = list(generate(1, seed=21))
    src = tmp_path / "one.jsonl"
    src.write_text(art.to_json() + "\n", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    run(store, src)
    [(_, stored)] = store.documents()
    expected = hadath.extract(art.text, published=art.published, doc_id=art.id, source=art.source)
    assert Document.model_validate_json(stored) == expected
    with store.engine.connect() as conn:
        n_events = conn.execute(select(func.count()).select_from(M.EventRow)).scalar_one()
        n_entities = conn.execute(select(func.count()).select_from(M.EntityRow)).scalar_one()
    assert (n_events, n_entities) == (len(expected.events), len(expected.entities))


def test_bad_items_are_recorded_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00junk")
    (tmp_path / "in" / "ok.txt").write_text(next(generate(1)).text, encoding="utf-8")
    (tmp_path / "in" / "lines.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    rep = run(store, tmp_path / "in")
    assert (rep.new, rep.failed) == (1, 2)
    with store.engine.connect() as conn:
        reasons = conn.execute(select(M.IngestError.reason)).scalars().all()
    assert len(reasons) == 2 and any("binary" in r or "UTF-8" in r for r in reasons)


def test_workers_store_the_same_as_one_process(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 30, seed=4)
    one = Store(f"sqlite:///{tmp_path / 'one.db'}")
    two = Store(f"sqlite:///{tmp_path / 'two.db'}")
    run(one, src, workers=1)
    run(two, src, workers=2, batch=8)

    def snapshot(s: Store) -> list[tuple[str, str]]:
        with s.engine.connect() as conn:
            return sorted(conn.execute(select(M.Article.content_hash, M.Article.document)).all())

    assert snapshot(one) == snapshot(two)
    assert one.counts() == two.counts()


def test_unfinished_merge_is_completed_by_the_next_run(tmp_path: Path) -> None:
    from store.corpus_factory import Art, event, text_for, write

    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    write(store, [Art("a", text_for(1), [event()])])
    with store.engine.begin() as conn:  # as if killed between the last batch and the merge
        conn.execute(M.MergedEvent.__table__.delete())
        conn.execute(M.EventRow.__table__.update().values(merged_id=None))
    assert store.needs_merge()
    empty = tmp_path / "nothing"
    empty.mkdir()
    rep = run(store, empty)
    assert rep.new == 0 and rep.merged_events == 1
    assert not store.needs_merge()
    assert json.loads(json.dumps(store.merged_events()))[0]["reports"][0]["doc_id"] == "a"
