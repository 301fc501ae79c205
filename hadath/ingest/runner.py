"""Ingest: items -> extraction -> store, idempotent, resumable and fast.

* **Idempotent**: every item's content hash is checked against the hashes already in
  the store (loaded in one query), so re-ingesting stored articles does nothing.
* **Resumable**: new articles are written in batches of :data:`BATCH` in one transaction
  each; a run killed midway loses at most the batch in flight, and the next run skips
  what was committed and does the rest.
* **Fast**: extraction (the costly part) runs in worker processes forked after the
  pipeline is warmed in the parent, so lexicons are compiled once and shared; the parent
  only hashes, assigns stories and inserts.
* **Tolerant**: a bad item (not UTF-8, empty, fetch failed, rejected by ``extract``)
  becomes an error record in the store and the report, never the end of the run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from typing import Literal

from hadath.errors import InputError
from hadath.ingest.fingerprint import StoryIndex, content_hash, signature, to_bytes
from hadath.ingest.sources import Item, ItemError, Result
from hadath.schema import Document
from hadath.store.rows import Prepared, document_rows
from hadath.store.store import Store

BATCH = 100
"""Articles per transaction: large enough to amortise the commit, small enough that a
killed run redoes little."""

Status = Literal["new", "known", "failed"]
Progress = Callable[[Status], None]


@dataclass
class IngestReport:
    run_id: int = 0
    new: int = 0
    known: int = 0
    failed: int = 0
    merged_events: int | None = None
    errors: list[ItemError] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.new + self.known + self.failed


def prepare(job: tuple[Item, str]) -> Prepared | ItemError:
    """Extract one article and build its rows (runs in a worker process)."""
    import hadath

    item, digest = job
    try:
        doc = hadath.extract(item.text, published=item.published, doc_id=item.doc_id, source=item.source)
    except InputError as exc:  # this document is bad; lexicon/config errors end the run
        return ItemError(item.origin, f"{item.origin}: {exc}")
    return prepared_from(item, digest, doc)


def prepared_from(item: Item, digest: str, doc: Document) -> Prepared:
    """The rows to store for ``item`` given its extracted Document."""
    rows = document_rows(doc, item.text)
    return Prepared(content_hash=digest, doc_id=item.doc_id, text=item.text, document_json=doc.model_dump_json(),
                    minhash=to_bytes(signature(item.text)), origin=item.origin, published=item.published,
                    source=item.source, url=item.url, title=item.title, **rows)


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass
class Plan:
    """What a run has to do, decided before any extraction: the new items (with their
    content hashes), how many are already stored, and the items that failed to read."""

    pending: list[tuple[Item, str]] = field(default_factory=list)
    known: int = 0
    errors: list[ItemError] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.pending) + self.known + len(self.errors)


def plan(store: Store, items: Iterable[Result]) -> Plan:
    """Hash every item and check it against the store's hashes, loaded in one query."""
    known = store.known_hashes()
    out = Plan()
    for it in items:
        if isinstance(it, ItemError):
            out.errors.append(it)
            continue
        digest = content_hash(it.text)
        if digest in known:
            out.known += 1
            continue
        known.add(digest)
        out.pending.append((it, digest))
    return out


class Ingester:
    """``with Ingester(store) as ing: report = ing.run(items, progress)``.

    Enter it before starting anything that runs threads (a progress bar): the worker
    pool is forked on entry — after the pipeline is warmed, so the children share its
    compiled lexicons. With ``workers=1`` nothing is forked or warmed up front.
    """

    def __init__(self, store: Store, workers: int | None = None, batch_size: int = BATCH) -> None:
        self.store = store
        self.workers = default_workers() if workers is None else max(1, workers)
        self.batch_size = batch_size
        self._pool: Pool | None = None

    def __enter__(self) -> Ingester:
        if self.workers > 1 and "fork" in mp.get_all_start_methods():
            from hadath.batch import warm_up

            warm_up()  # the same warm-up as extract --jsonl: every stage's lexicons load before forking
            self.store.engine.dispose()  # no open database handle crosses the fork
            self._pool = mp.get_context("fork").Pool(self.workers)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            if exc and exc[0] is not None:
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None

    def reextract(self, everything: bool = False, progress: Progress | None = None) -> IngestReport:
        """Run the current pipeline again over stored articles extracted by another hadath
        version (or all of them): machine rows are replaced, corrections are kept and still
        apply, because event rows — and so merged-event ids — keep their ids."""
        store = self.store
        tick: Progress = progress or (lambda _s: None)
        stale = store.stale_articles(everything)
        report = IngestReport(run_id=store.begin_run())
        jobs = [(Item(origin=a["origin"] or f"article {a['id']}", text=a["text"], doc_id=a["doc_id"],
                      published=a["published"], source=a["source"], url=a["url"], title=a["title"]), "")
                for a in stale]
        ids = [a["id"] for a in stale]
        results: Iterable[Prepared | ItemError]
        if self._pool is not None and len(jobs) > 1:
            results = self._pool.imap(prepare, jobs, chunksize=4)
        else:
            results = map(prepare, jobs)
        batch: list[tuple[int, Prepared]] = []
        for aid, res in zip(ids, results, strict=True):
            if isinstance(res, ItemError):
                report.failed += 1
                report.errors.append(res)
                tick("failed")
                continue
            batch.append((aid, res))
            if len(batch) >= self.batch_size:
                store.replace_extractions(report.run_id, batch)
                for _ in batch:
                    tick("new")
                report.new += len(batch)
                batch = []
        if batch:
            store.replace_extractions(report.run_id, batch)
            for _ in batch:
                tick("new")
            report.new += len(batch)
        store.end_run(report.run_id, report.new, 0, report.failed)
        if report.new or store.needs_merge():
            report.merged_events = store.rebuild_merges()
        return report

    def run(self, items: Iterable[Result], progress: Progress | None = None) -> IngestReport:
        """Plan and execute in one go."""
        return self.execute(plan(self.store, items), progress)

    def execute(self, todo: Plan, progress: Progress | None = None) -> IngestReport:
        store = self.store
        tick: Progress = progress or (lambda _s: None)
        report = IngestReport(run_id=store.begin_run(), known=todo.known, failed=len(todo.errors),
                              errors=list(todo.errors))
        errors: list[tuple[str, str]] = [(e.origin, e.reason) for e in todo.errors]
        for _ in range(todo.known):
            tick("known")
        for _ in todo.errors:
            tick("failed")
        index: StoryIndex | None = None
        batch: list[Prepared] = []

        def flush() -> None:
            nonlocal index, batch, errors
            if not batch and not errors:
                return
            if index is None:
                index = store.story_index()
            store.write_batch(report.run_id, batch, index, errors)
            for _ in batch:
                tick("new")
            report.new += len(batch)
            batch, errors = [], []

        results: Iterable[Prepared | ItemError]
        if self._pool is not None and len(todo.pending) > 1:
            results = self._pool.imap(prepare, todo.pending, chunksize=4)
        else:
            results = map(prepare, todo.pending)
        for res in results:
            if isinstance(res, ItemError):
                report.failed += 1
                report.errors.append(res)
                errors.append((res.origin, res.reason))
                tick("failed")
            else:
                batch.append(res)
            if len(batch) >= self.batch_size:
                flush()
        flush()
        store.end_run(report.run_id, report.new, report.known, report.failed)
        if report.new or store.needs_merge():
            report.merged_events = store.rebuild_merges()
        return report
