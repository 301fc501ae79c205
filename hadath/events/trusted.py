"""Contract models the events stage builds from values it made itself, without validation."""

from __future__ import annotations

from typing import Any, Final, TypeVar

from pydantic import BaseModel

from hadath.schema import Actor, Location

_M = TypeVar("_M", bound=BaseModel)
_new: Final = object.__new__  # pydantic's BaseModel has no ``__new__`` of its own: ``cls.__new__`` is this one
# The setters of BaseModel's four slots («__dict__» and pydantic's three), each the bound
# ``__set__`` of the slot's descriptor: ``object.__setattr__(m, name, v)`` finds the same
# descriptor by name and calls it, through a wrapper that checks its arguments and the type
# first (a trusted Span, compiled: ~6.9k instructions with object.__setattr__, ~5.0k so)
_SLOTS: Final = BaseModel.__dict__
_set_dict: Final = _SLOTS["__dict__"].__set__
_set_fields_set: Final = _SLOTS["__pydantic_fields_set__"].__set__
_set_extra: Final = _SLOTS["__pydantic_extra__"].__set__
_set_private: Final = _SLOTS["__pydantic_private__"].__set__


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls(**values)`` without validation, for values this stage builds with the right types.

    What ``model_construct`` does for a model without aliases, extras or private attributes
    (all of hadath.schema), minus its per-field Python loop, which costs more than the
    validation it skips. ``values`` must name every field, in declaration order; the tests
    check the result equals the validated model.
    """
    m = _new(cls)  # not ``cls.__new__(cls)``: no attribute look-up through the model's MRO
    _set_dict(m, values)
    _set_fields_set(m, _fields_set(cls, values))
    _set_extra(m, None)
    _set_private(m, None)
    return m


# One fields set a model class, shared by the models :func:`trusted` makes of it (a few hundred
# an article): a call names every field, so each built the same set. Sharing it is safe:
# pydantic changes a model's set only by adding a name it holds already (an assignment to a
# field) and copies it before a ``model_copy`` adds the names of its update.
_FIELDS_SETS: Final[dict[type, set[str]]] = {}


def _fields_set(cls: type[BaseModel], values: dict[str, Any]) -> set[str]:
    """The names of ``values``: the class's shared set of all its field names when ``values``
    names as many (only field names are given), else a set of their own."""
    got = _FIELDS_SETS.get(cls)
    if got is None:
        got = _FIELDS_SETS[cls] = set(cls.model_fields)
    return got if len(values) == len(got) else set(values)


def with_text(actor: Actor, text: str) -> Actor:
    """``actor.model_copy(update={"text": text})`` for an actor whose four fields are all set
    (every Actor this stage makes or receives from :func:`hadath.lexicon.actors.resolve_actor`),
    without pydantic's copy machinery."""
    return trusted(Actor, {"name": actor.name, "text": text, "inter": actor.inter, "country": actor.country})


_OPTIONAL_STR: Final = (str, type(None))
_OPTIONAL_INT: Final = (int, type(None))


def location_of(place: Any, name_ar: str, precision: int) -> Location:
    """``place.to_location(name_ar=..., precision=...)``; for a gazetteer place (one with
    ``location_fields``) whose fields already have the contract's types, without validation
    (which would return them unchanged). Anything else is validated as before."""
    fields = getattr(place, "location_fields", None)
    if fields is None:
        return place.to_location(name_ar=name_ar, precision=precision)  # type: ignore[no-any-return]
    values: dict[str, Any] = fields(name_ar, precision)
    if (
        type(values.get("name")) is str and type(values.get("name_ar")) is str and type(values.get("country")) is str
        and type(values.get("latitude")) is float and type(values.get("longitude")) is float
        and values.get("geo_precision") in (1, 2, 3) and type(values["geo_precision"]) is int
        and type(values.get("admin1")) in _OPTIONAL_STR and type(values.get("admin2")) in _OPTIONAL_STR
        and type(values.get("geonameid")) in _OPTIONAL_INT and tuple(values) == _LOCATION_FIELDS
    ):
        return trusted(Location, values)
    return Location(**values)


_LOCATION_FIELDS: Final = tuple(Location.model_fields)
