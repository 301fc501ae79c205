"""The corpus store: what ingest writes, what ``events`` and ``export`` read.

One :class:`Store` wraps one database (SQLite file or PostgreSQL). Writes come in
batches — one transaction per batch of about a hundred articles — so an interrupted
ingest loses at most the batch in flight and the next run, which skips every stored
content hash, continues where it stopped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

import hadath
from hadath.errors import InputError, StoreError
from hadath.store import models as M
from hadath.store.db import DEFAULT_URL, create_store_engine, migrate
from hadath.store.rows import Prepared

if TYPE_CHECKING:
    from hadath.ingest.fingerprint import StoryIndex

CORRECTABLE = {
    "event_type": str, "sub_event_type": str, "event_date": str, "time_precision": int,
    "fatalities": int, "actor1": str, "actor2": str, "location": str, "admin1": str,
    "admin2": str, "country": str, "latitude": float, "longitude": float, "geo_precision": int,
    "notes": str, "deleted": str,
}
"""Fields of a merged event a person may correct, with the type their value is read as."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of ``hadath events`` (all optional; text matches are case-insensitive)."""

    since: str | None = None
    until: str | None = None
    country: str | None = None  # ISO2
    admin1: str | None = None
    type: str | None = None  # event_type or sub_event_type
    actor: str | None = None  # substring of actor1/actor2/assoc actors
    source: str | None = None  # substring of a source or outlet name

    def match(self, ev: dict[str, Any]) -> bool:
        d = ev.get("event_date")
        if self.since and (d is None or d < self.since):
            return False
        if self.until and (d is None or d > self.until):
            return False
        loc = ev.get("location") or {}
        if self.country and (loc.get("country") or "").upper() != self.country.upper():
            return False
        if self.admin1 and (loc.get("admin1") or "").lower() != self.admin1.lower():
            return False
        if self.type and self.type.lower() not in {ev["event_type"].lower(), ev["sub_event_type"].lower()}:
            return False
        if self.actor:
            names = [a["name"] for a in [ev.get("actor1"), ev.get("actor2"), *ev.get("assoc_actors", [])] if a]
            if not any(self.actor.lower() in n.lower() for n in names):
                return False
        return not (self.source and not any(self.source.lower() in s.lower() for s in ev.get("sources", [])))


class Store:
    """An opened, migrated corpus store."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.engine: Engine = create_store_engine(url)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---------------------------------------------------------------- ingest side
    def known_hashes(self) -> set[str]:
        """Every stored content hash, in one query (what makes a re-run a no-op)."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(M.Article.content_hash)).scalars())

    def story_index(self) -> StoryIndex:
        """The MinHash LSH index of every stored article (for near-duplicate stories)."""
        from hadath.ingest.fingerprint import StoryIndex, from_bytes

        index = StoryIndex()
        with self.engine.connect() as conn:
            rows = conn.execute(select(M.Article.id, M.Article.story_id, M.Article.minhash)
                                .where(M.Article.minhash.is_not(None)).order_by(M.Article.id))
            for aid, sid, mh in rows:
                if mh is not None:
                    index.add(aid, sid if sid is not None else aid, from_bytes(mh))
        return index

    def begin_run(self) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(insert(M.Run).values(hadath_version=hadath.__version__, started_at=M.utcnow(),
                                                    n_new=0, n_known=0, n_failed=0))
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def end_run(self, run_id: int, n_new: int, n_known: int, n_failed: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(M.Run).where(M.Run.id == run_id).values(
                finished_at=M.utcnow(), n_new=n_new, n_known=n_known, n_failed=n_failed))

    def write_batch(self, run_id: int, batch: Sequence[Prepared], index: StoryIndex,
                    errors: Sequence[tuple[str, str]] = ()) -> list[int]:
        """Insert a batch of new articles with all their rows, in one transaction.

        Assigns each article to the story of its nearest near-duplicate (or a new story)
        and records the batch's failed items. Returns the new article ids.
        """
        from hadath.ingest.fingerprint import from_bytes

        now = M.utcnow()
        try:
            with self.engine.begin() as conn:
                ids: list[int] = []
                if batch:
                    res = conn.execute(
                        insert(M.Article).returning(M.Article.id, sort_by_parameter_order=True),
                        [{"content_hash": p.content_hash, "doc_id": p.doc_id[:512], "source": (p.source or None) and p.source[:512],
                          "url": p.url, "origin": p.origin, "title": p.title, "published": p.published,
                          "text": p.text, "story_id": None, "minhash": p.minhash, "document": p.document_json,
                          "run_id": run_id, "ingested_at": now} for p in batch])
                    ids = [int(r[0]) for r in res]
                    stories = []
                    for aid, p in zip(ids, batch, strict=True):
                        m = from_bytes(p.minhash)
                        sid = index.story_of(m)
                        sid = aid if sid is None else sid
                        index.add(aid, sid, m)
                        stories.append({"aid": aid, "sid": sid})
                    conn.execute(update(M.Article).where(M.Article.id == bindparam("aid"))
                                 .values(story_id=bindparam("sid")).execution_options(synchronize_session=False),
                                 stories)
                    run_cols = {"run_id": run_id, "merged_id": None}
                    rows = [{**r, **run_cols, "article_id": aid}
                            for aid, p in zip(ids, batch, strict=True) for r in p.events]
                    if rows:
                        conn.execute(insert(M.EventRow), rows)
                    for table, key in ((M.EntityRow, "entities"), (M.QuoteRow, "quotes"),
                                       (M.ClaimRow, "claims"), (M.ConflictRow, "conflicts")):
                        _insert_plain(conn, table, [{**r, "article_id": aid}
                                                    for aid, p in zip(ids, batch, strict=True)
                                                    for r in getattr(p, key)])
                if errors:
                    conn.execute(insert(M.IngestError), [{"run_id": run_id, "origin": o, "reason": r,
                                                          "created_at": now} for o, r in errors])
                return ids
        except IntegrityError as exc:
            raise StoreError("an article in this batch was stored meanwhile (is another ingest running "
                             "on the same store?); run the ingest again") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.__class__.__name__}: {exc}") from exc

    # ---------------------------------------------------------------- merging
    def needs_merge(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(M.EventRow.id).where(M.EventRow.merged_id.is_(None)).limit(1)).first() is not None

    def rebuild_merges(self) -> int:
        """Re-cluster every stored event report into merged events; returns their number."""
        from hadath.export.countries import country
        from hadath.merge.events import Report, merge_reports

        with self.engine.connect() as conn:
            q = (select(M.EventRow.id, M.EventRow.article_id, M.EventRow.data, M.Article.story_id,
                        M.Article.doc_id, M.Article.source, M.Article.url, M.Article.published)
                 .join(M.Article, M.Article.id == M.EventRow.article_id))
            reports = [Report(row_id=r[0], article_id=r[1], story_id=r[3], doc_id=r[4], outlet=r[5], url=r[6],
                              published=r[7], event=_json(r[2])) for r in conn.execute(q)]

        def iso3(iso2: str | None) -> str | None:
            c = country(iso2)
            return c.iso3 if c else None

        merged = merge_reports(reports, iso3)
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(M.MergedConflict))
                conn.execute(delete(M.MergedEvent))
                if merged:
                    conn.execute(insert(M.MergedEvent), [_merged_row(m) for m in merged])
                    conflicts = [{"merged_id": m["id"], "field": c["field"], "reports": c["reports"],
                                  "reason": c["reason"]} for m in merged for c in m["conflicts"]]
                    if conflicts:
                        conn.execute(insert(M.MergedConflict), conflicts)
                    links = [{"rid": rep["event_row"], "mid": m["id"]} for m in merged for rep in m["reports"]]
                    conn.execute(update(M.EventRow).where(M.EventRow.id == bindparam("rid"))
                                 .values(merged_id=bindparam("mid")).execution_options(synchronize_session=False),
                                 links)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write merged events: {exc.__class__.__name__}: {exc}") from exc
        return len(merged)

    # ---------------------------------------------------------------- reading
    def merged_events(self, flt: EventFilter | None = None, limit: int | None = None,
                      with_corrections: bool = True) -> list[dict[str, Any]]:
        """Merged events, oldest first, with people's corrections applied."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(M.MergedEvent.data).order_by(  # undated events last
                M.MergedEvent.event_date.is_(None), M.MergedEvent.event_date, M.MergedEvent.id)).scalars().all()
            corr = self._corrections(conn) if with_corrections else {}
        out = []
        for raw in rows:
            ev = _json(raw)
            fixes = corr.get(ev["event_id_cnty"])
            if fixes:
                ev = apply_corrections(ev, fixes)
                if ev is None:
                    continue
            if flt is None or flt.match(ev):
                out.append(ev)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def _corrections(self, conn: Any) -> dict[str, list[dict[str, Any]]]:
        """event id -> its corrections in the order they were made."""
        q = (select(M.Correction.event_id, M.Correction.field, M.Correction.value, M.Correction.author,
                    M.Correction.created_at, M.Correction.note)
             .order_by(M.Correction.created_at, M.Correction.id))
        out: dict[str, list[dict[str, Any]]] = {}
        for eid, field, value, author, when, note in conn.execute(q):
            out.setdefault(eid, []).append({"field": field, "value": value, "author": author,
                                            "time": when.isoformat(timespec="seconds"), "note": note})
        return out

    def add_correction(self, event_id: str, field: str, value: str | None, author: str,
                       note: str | None = None) -> None:
        """Record a person's fix to one field of a merged event (kept apart from machine rows)."""
        if field not in CORRECTABLE:
            raise InputError(f"cannot correct {field!r}; correctable fields: {', '.join(sorted(CORRECTABLE))}")
        if value is not None and CORRECTABLE[field] is not str:
            try:
                CORRECTABLE[field](value)
            except ValueError as exc:
                raise InputError(f"{field} must be a {CORRECTABLE[field].__name__}, got {value!r}") from exc
        if field == "event_date" and value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError as exc:
                raise InputError(f"event_date must be YYYY-MM-DD, got {value!r}") from exc
        with self.engine.begin() as conn:
            exists = conn.execute(select(M.MergedEvent.id).where(M.MergedEvent.event_id_cnty == event_id)).first()
            if exists is None:
                raise InputError(f"no merged event {event_id!r}; list them with `hadath events`")
            conn.execute(insert(M.Correction).values(event_id=event_id, field=field, value=value, author=author,
                                                     note=note, created_at=M.utcnow()))

    # ---------------------------------------------------------------- re-extraction
    def stale_articles(self, everything: bool = False) -> list[dict[str, Any]]:
        """Stored articles last extracted by another hadath version (or all of them)."""
        q = (select(M.Article.id, M.Article.text, M.Article.published, M.Article.doc_id, M.Article.source,
                    M.Article.url, M.Article.origin, M.Article.title)
             .join(M.Run, M.Run.id == M.Article.run_id).order_by(M.Article.id))
        if not everything:
            q = q.where(M.Run.hadath_version != hadath.__version__)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def replace_extractions(self, run_id: int, updates: Sequence[tuple[int, Prepared]]) -> None:
        """Swap new machine output in for stored articles, in one transaction.

        Event rows are updated in place by their ordinal in the article, so their ids —
        and the merged-event ids built from them, which corrections refer to — stay the
        same when a new hadath version re-reads the corpus. Corrections are not touched.
        """
        try:
            with self.engine.begin() as conn:
                for aid, p in updates:
                    conn.execute(update(M.Article).where(M.Article.id == aid)
                                 .values(document=p.document_json, run_id=run_id))
                    by_ordinal = dict(conn.execute(select(M.EventRow.ordinal, M.EventRow.id)
                                                   .where(M.EventRow.article_id == aid)).all())
                    for r in p.events:
                        values = {**r, "run_id": run_id, "merged_id": None, "article_id": aid}
                        rid = by_ordinal.get(r["ordinal"])
                        if rid is None:
                            conn.execute(insert(M.EventRow).values(**values))
                        else:
                            conn.execute(update(M.EventRow).where(M.EventRow.id == rid).values(**values))
                    conn.execute(delete(M.EventRow).where(M.EventRow.article_id == aid,
                                                          M.EventRow.ordinal >= len(p.events)))
                    for table, key in ((M.EntityRow, "entities"), (M.QuoteRow, "quotes"),
                                       (M.ClaimRow, "claims"), (M.ConflictRow, "conflicts")):
                        conn.execute(delete(table).where(table.article_id == aid))
                        _insert_plain(conn, table, [{**r, "article_id": aid} for r in getattr(p, key)])
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write re-extracted articles: {exc.__class__.__name__}: {exc}") from exc

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            out = {}
            for name, col in (("articles", M.Article.id), ("stories", func.distinct(M.Article.story_id)),
                              ("events", M.EventRow.id), ("merged_events", M.MergedEvent.id),
                              ("corrections", M.Correction.id), ("errors", M.IngestError.id)):
                out[name] = int(conn.execute(select(func.count(col))).scalar_one())
            return out

    def documents(self, ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(article id, Document JSON) pairs, for round trips and re-processing."""
        with self.engine.connect() as conn:
            q = select(M.Article.id, M.Article.document).order_by(M.Article.id)
            if ids is not None:
                q = q.where(M.Article.id.in_(list(ids)))
            return [(int(a), str(d)) for a, d in conn.execute(q)]


def _insert_plain(conn: Any, model: type[M.Base], rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver for rows of plain scalars (entities are ~20 an
    article; SQLAlchemy's per-row parameter processing would cost more than the insert)."""
    if not rows:
        return
    table = model.__table__
    cols = list(rows[0])
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    prep = conn.dialect.identifier_preparer
    sql = (f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(c) for c in cols)}) "
           f"VALUES ({', '.join([mark] * len(cols))})")
    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])


def _json(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str | bytes) else v


def _merged_row(m: dict[str, Any]) -> dict[str, Any]:
    loc = m.get("location") or {}
    return {
        "id": m["id"], "event_id_cnty": m["event_id_cnty"], "event_type": m["event_type"],
        "sub_event_type": m["sub_event_type"], "event_date": m["event_date"], "country": loc.get("country"),
        "admin1": (loc.get("admin1") or None) and loc["admin1"][:256], "location": (loc.get("name") or None) and loc["name"][:256],
        "actor1": (m.get("actor1") or {}).get("name"), "actor2": (m.get("actor2") or {}).get("name"),
        "fatalities": m["fatalities"], "n_reports": len(m["reports"]), "sources": "; ".join(m["sources"]),
        "data": m,
    }


def apply_corrections(ev: dict[str, Any], fixes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event with people's corrections applied in time order (None if one deleted it)."""
    ev = json.loads(json.dumps(ev))
    latest: dict[str, dict[str, Any]] = {}
    for f in fixes:
        latest[f["field"]] = f
    for field, f in latest.items():
        value = f["value"]
        typ = CORRECTABLE.get(field, str)
        typed: Any = None if value is None else typ(value)
        if field == "deleted":
            if value and value.lower() in {"1", "true", "yes"}:
                return None
        elif field in {"actor1", "actor2"}:
            ev[field] = None if typed is None else {**(ev.get(field) or {"text": "", "inter": None, "country": None}),
                                                     "name": typed}
        elif field in {"location", "admin1", "admin2", "country", "latitude", "longitude", "geo_precision"}:
            loc = ev.get("location") or {"name": "", "name_ar": "", "admin1": None, "admin2": None, "country": "",
                                         "latitude": None, "longitude": None, "geo_precision": 3, "geonameid": None}
            loc["name" if field == "location" else field] = typed
            ev["location"] = loc
        else:
            ev[field] = typed
    ev["corrections"] = fixes
    return ev
