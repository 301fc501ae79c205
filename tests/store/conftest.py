from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hadath.store.store import Store
from store.corpus_factory import pg_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests against an SQLite file and a real PostgreSQL server."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'hadath.db'}")
        yield s
        s.close()
    else:
        yield from pg_store()
