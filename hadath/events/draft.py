"""The event the events stage works on: the contract's :class:`hadath.schema.Event` (and its
evidence :class:`hadath.schema.Span`), as native records until the stage hands them out.

The stage makes an article's events early (:func:`hadath.events.stage._event`) and its later
steps (responsibility, recency, place fallback, coreference, toll updates) read their fields
over and over: some 1,250 reads an article on the benchmark articles. On the pydantic model
each read is a look-up through the type (BaseModel's ``__getattr__`` puts every read on the
slower slot path) and the instance's ``__dict__``; in the optional compiled build
(``scripts/compiled_modules.txt``) this class is a native one whose fields the compiled stage
reads as struct slots. Like :mod:`hadath.mentions`, it writes its ``__init__`` out so that
mypyc compiles it into the native constructor.

It keeps the contract model's field names, order and defaults, and the one pydantic method the
stage's rules call, :meth:`Event.model_copy` (a shallow copy, some fields replaced), so the
rules read the same either way. :meth:`Event.contract` makes the contract model, without
validation, as the stage did before (:func:`hadath.events.trusted.trusted`): the values are
the same objects, so the output is the same. Its evidence spans are :class:`Span` records
too (an article's events read them some 650 times), each made a contract ``Span`` once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hadath.events.trusted import trusted
from hadath.schema import Actor, Location, Source
from hadath.schema import Event as ContractEvent
from hadath.schema import Span as ContractSpan


@dataclass(slots=True, init=False)
class Span:
    """An evidence span of the contract (``hadath.schema.Span``), still being worked on."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def contract(self) -> ContractSpan:
        """The contract's model of this span."""
        return trusted(ContractSpan, {"start": self.start, "end": self.end})


@dataclass(slots=True, init=False)
class Event:
    """An event of the contract (``hadath.schema.Event``: the same fields, in its order), still
    being worked on."""

    event_type: str
    sub_event_type: str
    plover_type: str
    actor1: Actor | None
    actor2: Actor | None
    assoc_actors: list[Actor]
    location: Location | None
    event_date: str | None
    time_precision: int
    fatalities: int | None
    source: Source | None
    evidence: list[Span]
    confidence: float

    def __init__(self, event_type: str, sub_event_type: str, plover_type: str, actor1: Actor | None = None,
                 actor2: Actor | None = None, assoc_actors: list[Actor] | None = None, location: Location | None = None,
                 event_date: str | None = None, time_precision: int = 3, fatalities: int | None = None,
                 source: Source | None = None, evidence: list[Span] | None = None, confidence: float = 0.0) -> None:
        self.event_type = event_type
        self.sub_event_type = sub_event_type
        self.plover_type = plover_type
        self.actor1 = actor1
        self.actor2 = actor2
        self.assoc_actors = assoc_actors if assoc_actors is not None else []
        self.location = location
        self.event_date = event_date
        self.time_precision = time_precision
        self.fatalities = fatalities
        self.source = source
        self.evidence = evidence if evidence is not None else []
        self.confidence = confidence

    def model_copy(self, update: dict[str, Any] | None = None) -> Event:
        """A shallow copy with the fields of ``update`` replaced, as pydantic's ``model_copy``
        (the lists are shared with the original, as there; the values are not validated,
        as there)."""
        new = Event(self.event_type, self.sub_event_type, self.plover_type, self.actor1, self.actor2,
                    self.assoc_actors, self.location, self.event_date, self.time_precision, self.fatalities,
                    self.source, self.evidence, self.confidence)
        if update:
            for name, value in update.items():
                setattr(new, name, value)
        return new

    def contract(self, spans: dict[tuple[int, int], ContractSpan] | None = None) -> ContractEvent:
        """The contract's model of this event, with these very values (every field set) and
        its evidence as contract spans; ``spans``: those already made for the document's other
        events, by offsets (the stage shares one span among the events of a sentence)."""
        made = spans if spans is not None else {}
        evidence = []
        for s in self.evidence:
            key = (s.start, s.end)
            got = made.get(key)
            if got is None:
                got = made[key] = s.contract()
            evidence.append(got)
        return trusted(ContractEvent, {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover_type": self.plover_type,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "assoc_actors": self.assoc_actors,
            "location": self.location,
            "event_date": self.event_date,
            "time_precision": self.time_precision,
            "fatalities": self.fatalities,
            "source": self.source,
            "evidence": evidence,
            "confidence": self.confidence,
        })
