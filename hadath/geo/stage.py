"""The geo stage for :mod:`hadath.pipeline`: place mentions resolved against the gazetteer."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.pipeline import FunctionStage, Stage


def _geo(doc: Doc) -> None:
    from hadath.geo.resolve import resolve_doc

    resolve_doc(doc)


def stages() -> list[Stage]:
    """One stage, ``geo``: needs ``entities`` (may be empty), assigns ``country`` and places."""
    return [FunctionStage("geo", _geo, assigns=frozenset({"country", "geo"}), requires=frozenset({"entities"}))]
