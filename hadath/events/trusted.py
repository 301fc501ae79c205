"""Contract models the events stage builds from values it made itself, without validation."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from hadath.schema import Actor

_M = TypeVar("_M", bound=BaseModel)
_set = object.__setattr__


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls(**values)`` without validation, for values this stage builds with the right types.

    What ``model_construct`` does for a model without aliases, extras or private attributes
    (all of hadath.schema), minus its per-field Python loop, which costs more than the
    validation it skips. ``values`` must name every field, in declaration order; the tests
    check the result equals the validated model.
    """
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def with_text(actor: Actor, text: str) -> Actor:
    """``actor.model_copy(update={"text": text})`` for an actor whose four fields are all set
    (every Actor this stage makes or receives from :func:`hadath.lexicon.actors.resolve_actor`),
    without pydantic's copy machinery."""
    return trusted(Actor, {"name": actor.name, "text": text, "inter": actor.inter, "country": actor.country})
