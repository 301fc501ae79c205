"""Opening a store: URL handling, SQLite tuning and migrations on open.

``sqlite:///hadath.db`` is the embedded default; ``postgresql://user@host/db`` is mapped to
SQLAlchemy's psycopg 3 driver. Every open runs the Alembic migrations up to ``head``
programmatically, so a store made by an older hadath is upgraded in place and a new file
needs no separate ``init`` step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from hadath.errors import ConfigError, StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_URL = "sqlite:///hadath.db"
HEAD = "0001"
"""The newest migration's revision id. When the store is already there, opening it skips
Alembic entirely (a test checks this matches the migration scripts' head)."""


def normalise_url(url: str) -> str:
    """Map plain PostgreSQL URLs to the psycopg 3 driver; leave everything else alone.

    >>> normalise_url("postgresql://u@localhost/db")
    'postgresql+psycopg://u@localhost/db'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers run during an ingest; NORMAL sync is durable at each commit in WAL
    # mode except for power loss, which is what a resumable ingest needs.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; raises ConfigError for URLs SQLAlchemy cannot use."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"--db {url!r} is not a database URL (try sqlite:///hadath.db)") from exc
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise ConfigError(f"--db {url!r}: only sqlite:/// and postgresql:// stores are supported")
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        parent = Path(parsed.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"--db {url!r}: folder {parent} does not exist; create it first")
    try:
        engine = create_engine(url, future=True)
    except ModuleNotFoundError as exc:
        raise ConfigError(f"--db {url!r}: driver missing ({exc.name}); pip install 'hadath[postgres]'") from exc
    except (ArgumentError, SQLAlchemyError) as exc:
        raise ConfigError(f"--db {url!r}: {exc}") from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The store's Alembic revision, or None for a new/unversioned database."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("select version_num from alembic_version")).scalar()
    except OperationalError as exc:
        raise StoreError(f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: "
                         f"{str(exc.orig).strip().splitlines()[0]}") from exc


def migrate(engine: Engine) -> None:
    """Bring the schema to Alembic ``head`` (idempotent; cheap when already there)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: "
                         f"{str(exc.orig).strip().splitlines()[0]}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate the store: {exc.__class__.__name__}: {exc}") from exc
