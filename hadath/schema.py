"""Pydantic models of the external contract (``../shared/CONTRACT.md``).

These are the only shapes that leave the library: the internal pipeline works on
:class:`hadath.doc.Doc` and converts at the end. ``hadath schema`` prints the JSON Schema.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED codebook: six event types and their 25 sub-event types, spelled as ACLED does."""

SUB_EVENT_TO_TYPE = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Location(_Model):
    name: str
    name_ar: str
    admin1: str | None = None
    admin2: str | None = None
    country: str
    latitude: float
    longitude: float
    geo_precision: Literal[1, 2, 3]
    geonameid: int | None = None


class Entity(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: EntityType
    canonical: str | None = None
    geo: Location | None = None


class Actor(_Model):
    name: str
    text: str
    inter: int | None = Field(default=None, ge=1, le=8)
    country: str | None = None


class Source(_Model):
    name: str
    text: str


class Event(_Model):
    event_type: str
    sub_event_type: str
    plover_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    event_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    time_precision: Literal[1, 2, 3] = 3
    fatalities: int | None = Field(default=None, ge=0)
    source: Source | None = None
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class Quote(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str
    speaker_canonical: str | None = None
    via: str | None = None


class Quantity(_Model):
    low: float
    high: float
    approximate: bool = False


class Claim(_Model):
    subject: str
    quantity: Quantity
    unit: str | None = None
    source: Source | None = None
    evidence: list[Span] = Field(default_factory=list)


class Conflict(_Model):
    claims: tuple[int, int]
    reason: str


class Document(_Model):
    id: str
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class ErrorRecord(_Model):
    """Stands in for a bad line in ``extract --jsonl`` so nothing is lost."""

    id: str | None
    error: str


def json_schema() -> str:
    """The JSON Schema of :class:`Document`, pretty-printed."""
    return json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2)
