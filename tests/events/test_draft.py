"""The events stage's working event (hadath.events.draft.Event) copies as pydantic's model does
and hands out the contract's model with the same values."""

from __future__ import annotations

from typing import Any

from hadath.events.draft import Event, Span
from hadath.schema import Actor
from hadath.schema import Event as ContractEvent
from hadath.schema import Span as ContractSpan

_FIELDS = dict(event_type="Battles", sub_event_type="Armed clash", plover_type="ASSAULT",
               actor1=Actor(name="Islamic State", text="داعش", inter=2, country=None), fatalities=5,
               event_date="2024-05-14", time_precision=1, confidence=0.9)


def _draft() -> Event:
    return Event(**_FIELDS, evidence=[Span(start=0, end=5), Span(start=0, end=40)])  # type: ignore[arg-type]


def _model() -> ContractEvent:
    fields: dict[str, Any] = dict(_FIELDS)
    return ContractEvent(**fields, evidence=[ContractSpan(start=0, end=5), ContractSpan(start=0, end=40)])


def test_the_draft_has_the_contract_fields_in_order() -> None:
    assert Event.__dataclass_fields__.keys() == ContractEvent.model_fields.keys()


def test_model_copy_is_pydantics() -> None:
    draft, model = _draft(), _model()
    update = {"fatalities": None, "sub_event_type": "Attack"}
    copied, again = draft.model_copy(update=update), model.model_copy(update=update)
    assert copied.contract() == again
    assert copied.evidence is draft.evidence  # shallow, as pydantic's
    assert draft.fatalities == 5 and draft.sub_event_type == "Armed clash"
    assert draft.model_copy() == draft and draft.model_copy() is not draft


def test_contract_is_the_validated_model() -> None:
    made = _draft().contract()
    assert made == _model()
    assert all(type(s) is ContractSpan for s in made.evidence)
    again = ContractEvent.model_validate(made.model_dump())
    assert made == again
    assert made.model_dump_json() == again.model_dump_json()
    assert made.model_fields_set == again.model_fields_set
    assert Event("Protests", "Peaceful protest", "PROTEST").contract() == ContractEvent(
        event_type="Protests", sub_event_type="Peaceful protest", plover_type="PROTEST", confidence=0.0)


def test_contract_spans_are_made_once_a_document() -> None:
    sentence = Span(0, 40)
    a, b = Event("Battles", "Armed clash", "ASSAULT", evidence=[Span(0, 5), sentence]), \
        Event("Riots", "Mob violence", "PROTEST", evidence=[Span(10, 15), sentence])
    spans: dict[tuple[int, int], ContractSpan] = {}
    ma, mb = a.contract(spans), b.contract(spans)
    assert ma.evidence[-1] is mb.evidence[-1]
    assert [(s.start, s.end) for s in mb.evidence] == [(10, 15), (0, 40)]
    assert Span(3, 9).contract() == ContractSpan(start=3, end=9)
