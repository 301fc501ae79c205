"""The events stage builds its Event and Span models without validation (see
``hadath.events.stage.trusted``): every one must equal the validated model of the same data."""

from __future__ import annotations

from importlib import resources

import pytest

import hadath
from hadath.events.trusted import trusted, with_text
from hadath.schema import Actor, Event, Span


def _events() -> list[Event]:
    text = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")
    return list(hadath.extract(text, published="2024-05-15").events)


def test_trusted_events_equal_their_validated_form() -> None:
    events = _events()
    assert events, "the sample article reports events"
    for ev in events:
        again = Event.model_validate(ev.model_dump())
        assert again == ev
        assert again.model_dump_json() == ev.model_dump_json()
        assert ev.model_fields_set == again.model_fields_set
        assert all(type(sp) is Span for sp in ev.evidence)


def test_trusted_needs_no_validation_to_match_the_constructor() -> None:
    made = trusted(Span, {"start": 3, "end": 9})
    assert made == Span(start=3, end=9)
    assert made.model_dump() == {"start": 3, "end": 9}
    with pytest.raises(AttributeError):
        _ = made.other  # type: ignore[attr-defined]


def test_with_text_is_the_copy_with_the_new_text() -> None:
    actor = Actor(name="Islamic State", text="داعش", inter=2, country=None)
    made = with_text(actor, "المسلحين")
    again = actor.model_copy(update={"text": "المسلحين"})
    assert made == again
    assert made.model_dump_json() == again.model_dump_json()
    assert made.model_fields_set == again.model_fields_set
    assert actor.text == "داعش"


def test_location_of_equals_the_validated_location() -> None:
    from hadath.events.trusted import location_of
    from hadath.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for i in range(0, len(gaz), max(1, len(gaz) // 200)):  # every kind of record: towns, admins, countries
        place = gaz.place(i)
        for precision in (1, 2, 3):
            made = location_of(place, "اسم", precision)
            again = place.to_location(name_ar="اسم", precision=precision)
            assert made == again
            assert made.model_dump_json() == again.model_dump_json()
            assert made.model_fields_set == again.model_fields_set


def test_location_of_validates_fields_of_other_types() -> None:
    """A place whose fields are not already the contract's types goes through validation."""
    from hadath.events.trusted import location_of
    from hadath.schema import Location

    class IntegerPlace:
        def location_fields(self, name_ar: str, precision: int) -> dict[str, object]:
            return {"name": "Mosul", "name_ar": name_ar, "admin1": None, "admin2": None, "country": "IQ",
                    "latitude": 36, "longitude": 43, "geo_precision": precision, "geonameid": 99072}

    made = location_of(IntegerPlace(), "الموصل", 1)
    assert made == Location(name="Mosul", name_ar="الموصل", country="IQ", latitude=36.0, longitude=43.0,
                            geo_precision=1, geonameid=99072)
    assert type(made.latitude) is float


def test_trusted_models_of_a_class_share_their_fields_set_safely() -> None:
    """:func:`trusted` gives every model of a class that names all its fields one shared
    fields set: an assignment or a ``model_copy`` of one leaves the others' set as it was."""
    a = trusted(Actor, {"name": "Islamic State", "text": "داعش", "inter": 2, "country": None})
    b = trusted(Actor, {"name": "Military Forces of Iraq", "text": "الجيش", "inter": 1, "country": "IQ"})
    assert a.model_fields_set == b.model_fields_set == set(Actor.model_fields)
    copied = a.model_copy(update={"text": "التنظيم"})
    a.text = "المسلحين"
    assert b.model_fields_set == set(Actor.model_fields) == copied.model_fields_set
    assert b == Actor(name="Military Forces of Iraq", text="الجيش", inter=1, country="IQ")
    # a model given fewer fields has a set of its own, as the validating constructor gives
    part = trusted(Span, {"start": 3})
    assert part.model_fields_set == {"start"}
    assert trusted(Span, {"start": 3, "end": 9}).model_fields_set == {"start", "end"}
