"""The one place where stages are ordered.

A stage is any object with ``name``, ``assigns`` and ``requires`` (sets of Doc attribute
names) that is callable ``doc -> doc``. :class:`Pipeline` checks at construction that each
stage's requirements are assigned by an earlier one, so a mis-ordered pipeline fails at
start-up, not halfway through a corpus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from hadath.doc import Doc
from hadath.errors import ConfigError, InputError

MAX_CHARS_DEFAULT = 2_000_000


class Stage(Protocol):
    """What a pipeline stage is: a named ``Doc -> Doc`` callable that declares its fields."""

    @property
    def name(self) -> str: ...

    @property
    def assigns(self) -> frozenset[str]: ...

    @property
    def requires(self) -> frozenset[str]: ...

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class FunctionStage:
    """Wrap a plain function as a stage."""

    name: str
    fn: Callable[[Doc], None]
    assigns: frozenset[str]
    requires: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        self.fn(doc)
        return doc


class Pipeline:
    def __init__(self, stages: Sequence[Stage]) -> None:
        have: set[str] = {"raw", "published", "id", "source"}
        for st in stages:
            missing = set(st.requires) - have
            if missing:
                raise ConfigError(f"stage {st.name!r} needs {sorted(missing)} assigned by an earlier stage")
            have |= set(st.assigns)
        self.stages = list(stages)

    def __call__(self, doc: Doc) -> Doc:
        for st in self.stages:
            doc = st(doc)
        return doc


def _segment(doc: Doc) -> None:
    doc.segment()


def _numbers(doc: Doc) -> None:
    from hadath.text.numbers import numbers_in

    doc.numbers = numbers_in(doc.careful)


def _dates(doc: Doc) -> None:
    from hadath.text.dates import dates_in

    doc.dates = dates_in(doc.careful, doc.published)


def default_stages() -> list[Stage]:
    """The standard stages, in order (imported here, not at module load, to keep the CLI's
    start fast): text layer, then NER, geo, attribution (sources before events cite them),
    events."""
    from hadath.attribution import stage as attribution
    from hadath.events import stage as events
    from hadath.geo import stage as geo
    from hadath.ner import stage as ner

    stages: list[Stage] = [
        FunctionStage("segment", _segment, frozenset({"sentences", "tokens"})),
        FunctionStage("numbers", _numbers, frozenset({"numbers"})),
        FunctionStage("dates", _dates, frozenset({"dates"})),
    ]
    for module in (ner, geo, attribution, events):
        stages.extend(module.stages())
    return stages


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


def check_text(text: object, max_chars: int = MAX_CHARS_DEFAULT) -> str:
    """Reject input hadath cannot process, with a message that says why."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if "\x00" in text:
        raise InputError("input looks binary (contains NUL bytes)")
    if not text.strip():
        raise InputError("input is empty")
    if len(text) > max_chars:
        raise InputError(f"input is {len(text):,} characters, over the limit of {max_chars:,} (raise it with --max-size)")
    return text


def parse_published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from exc


def run(text: str, *, doc_id: str = "doc", published: str | dt.date | None = None,
        source: str | None = None, max_chars: int = MAX_CHARS_DEFAULT) -> Doc:
    """Run the default pipeline on one text and return the annotated :class:`Doc`."""
    check_text(text, max_chars)
    doc = Doc(raw=text, id=doc_id, published=parse_published(published), source=source)
    return default_pipeline()(doc)
