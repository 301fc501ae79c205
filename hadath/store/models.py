"""The one SQLAlchemy model of the corpus store (SQLite and PostgreSQL alike).

Machine output (articles, extraction runs, event/entity/quote/claim/conflict rows, merged
events) lives apart from what people add (``corrections``): re-extraction and merge
rebuilds rewrite machine rows freely and never touch a correction. Each article also
keeps its whole ``Document`` JSON, so the normalised rows can always be rebuilt from it.

Schema changes go through Alembic (``hadath/store/migrations``); this module is what
``alembic revision --autogenerate`` compares against.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Run(Base):
    """One ``hadath ingest`` invocation: which hadath version extracted what, and when."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hadath_version: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    n_new: Mapped[int] = mapped_column(Integer, default=0)
    n_known: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)


class Article(Base):
    """One ingested text. ``content_hash`` (sha256 of the normalised text) makes ingest
    idempotent; ``story_id`` groups near-duplicates (the same wire story in several outlets)
    under the id of the first article of the story."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    source: Mapped[str | None] = mapped_column(String(512), nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    origin: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    published: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    text: Mapped[str] = mapped_column(Text)
    story_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    document: Mapped[str] = mapped_column(Text)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EventRow(Base):
    """One event as one article reported it (machine output, normalised for querying)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    ordinal: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(64))
    plover_type: Mapped[str | None] = mapped_column(String(16), nullable=True)
    event_date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    time_precision: Mapped[int] = mapped_column(Integer, default=3)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    admin1: Mapped[str | None] = mapped_column(String(256), nullable=True)
    location: Mapped[str | None] = mapped_column(String(256), nullable=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    actor1: Mapped[str | None] = mapped_column(String(256), nullable=True)
    actor2: Mapped[str | None] = mapped_column(String(256), nullable=True)
    fatalities: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str | None] = mapped_column(String(256), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    data: Mapped[dict] = mapped_column(JSON)
    merged_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)


class EntityRow(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8))
    canonical: Mapped[str | None] = mapped_column(String(256), nullable=True, index=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str] = mapped_column(Text)
    speaker_canonical: Mapped[str | None] = mapped_column(String(256), nullable=True)
    via: Mapped[str | None] = mapped_column(String(256), nullable=True)


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text)
    low: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source: Mapped[str | None] = mapped_column(String(256), nullable=True)


class ConflictRow(Base):
    """A disagreement inside one article (two of its claims), as the pipeline found it."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    claim_a: Mapped[int] = mapped_column(Integer)
    claim_b: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)


class MergedEvent(Base):
    """One real-world event, merged from every report of it. ``id`` is the smallest member
    event row id, so it stays the same when merges are rebuilt and new reports join."""

    __tablename__ = "merged_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id_cnty: Mapped[str] = mapped_column(String(32), unique=True)
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(64))
    event_date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True, index=True)
    admin1: Mapped[str | None] = mapped_column(String(256), nullable=True)
    location: Mapped[str | None] = mapped_column(String(256), nullable=True)
    actor1: Mapped[str | None] = mapped_column(String(256), nullable=True)
    actor2: Mapped[str | None] = mapped_column(String(256), nullable=True)
    fatalities: Mapped[int | None] = mapped_column(Integer, nullable=True)
    n_reports: Mapped[int] = mapped_column(Integer)
    sources: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict] = mapped_column(JSON)


class MergedConflict(Base):
    """Reports of one merged event that disagree (e.g. on fatalities), kept for review."""

    __tablename__ = "merged_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    merged_id: Mapped[int] = mapped_column(Integer, index=True)
    field: Mapped[str] = mapped_column(String(64))
    reports: Mapped[list] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)


class Correction(Base):
    """A person's fix to one field of a merged event. Never written by machine steps;
    applied on read and export (the latest correction per event and field wins)."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str] = mapped_column(String(256))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IngestError(Base):
    """An input item that could not be ingested (not UTF-8, empty, fetch failed ...)."""

    __tablename__ = "ingest_errors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    origin: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


Index("ix_events_type_date", EventRow.event_type, EventRow.event_date)
