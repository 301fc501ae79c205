"""Merged events -> rows with ACLED's columns and conventions.

* ``event_id_cnty``: the country's ISO3 code and a number (``SYR123``).
* ``iso``: the numeric ISO 3166 code; ``region``: ACLED's region (``data/countries.tsv``).
* ``disorder_type``: Political violence / Demonstrations / Strategic developments.
* ``interaction``: the two actors' inter codes, lower first (1 and 7 -> 17); a sole
  actor gives its code times ten (protesters alone -> 60), as ACLED does.
* ``civilian_targeting``: "Civilian targeting" when civilians (inter 7) are the target
  of political violence, or the event is violence against civilians.
* ``fatalities``: 0 when no figure was reported (ACLED never leaves it blank).
* ``notes``: a short English summary built from the record, e.g. "On 2024-03-01,
  Military Forces of Syria shelled in Idlib (Idlib). 3 fatalities reported by Syrian
  Observatory for Human Rights."
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hadath.export.countries import country as country_of

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
"""ACLED's export header, in ACLED's order."""

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# sub-event type -> (clause with an actor2, clause without one); {a1} {a2} {loc} are filled.
_CLAUSES: dict[str, tuple[str, str]] = {
    "Armed clash": ("{a1} clashed with {a2}", "{a1} were involved in an armed clash"),
    "Government regains territory": ("{a1} regained territory from {a2}", "{a1} regained territory"),
    "Non-state actor overtakes territory": ("{a1} took territory from {a2}", "{a1} took control of territory"),
    "Air/drone strike": ("{a1} carried out an air/drone strike on {a2}", "{a1} carried out an air/drone strike"),
    "Shelling/artillery/missile attack": ("{a1} shelled {a2}", "{a1} shelled"),
    "Remote explosive/landmine/IED": ("{a1} detonated an explosive device against {a2}",
                                      "an explosive device detonated"),
    "Suicide bomb": ("{a1} carried out a suicide bombing against {a2}", "a suicide bomber detonated explosives"),
    "Grenade": ("{a1} threw a grenade at {a2}", "{a1} threw a grenade"),
    "Chemical weapon": ("{a1} used chemical weapons against {a2}", "{a1} used chemical weapons"),
    "Attack": ("{a1} attacked {a2}", "{a1} attacked civilians"),
    "Abduction/forced disappearance": ("{a1} abducted {a2}", "{a1} abducted civilians"),
    "Sexual violence": ("{a1} committed sexual violence against {a2}", "{a1} committed sexual violence"),
    "Peaceful protest": ("{a1} demonstrated against {a2}", "{a1} demonstrated"),
    "Protest with intervention": ("{a1} demonstrated and were dispersed by {a2}",
                                  "{a1} demonstrated and were dispersed"),
    "Excessive force against protesters": ("{a1} used excessive force against {a2}",
                                           "{a1} used excessive force against protesters"),
    "Violent demonstration": ("{a1} rioted against {a2}", "{a1} rioted"),
    "Mob violence": ("{a1} attacked {a2}", "a mob attacked"),
    "Arrests": ("{a1} arrested {a2}", "{a1} arrested people"),
    "Agreement": ("{a1} and {a2} reached an agreement", "{a1} reached an agreement"),
    "Change to group/activity": ("{a1} changed activity regarding {a2}", "{a1} changed activity"),
    "Disrupted weapons use": ("{a1} disrupted weapons use by {a2}", "{a1} disrupted weapons use"),
    "Headquarters or base established": ("{a1} established a base", "{a1} established a base"),
    "Looting/property destruction": ("{a1} looted or destroyed property of {a2}", "{a1} looted or destroyed property"),
    "Non-violent transfer of territory": ("{a1} took over territory from {a2} without fighting",
                                          "{a1} took over territory without fighting"),
    "Other": ("{a1} and {a2} were involved in a strategic development", "{a1} were involved in a strategic development"),
}

_DEFAULT_SUBJECT = {
    "Peaceful protest": "Protesters", "Protest with intervention": "Protesters", "Violent demonstration": "Rioters",
    "Excessive force against protesters": "Security forces", "Mob violence": "A mob",
}


_UNNAMED_ACTOR1 = {
    "Protests": ("Protesters ({country})", 6),
    "Riots": ("Rioters ({country})", 5),
    "Battles": ("Unidentified Armed Group ({country})", 3),
    "Explosions/Remote violence": ("Unidentified Armed Group ({country})", 3),
    "Violence against civilians": ("Unidentified Armed Group ({country})", 3),
}
"""ACLED's names for an actor the report does not name: unknown perpetrators are an
unidentified armed group of the country (inter 3), unnamed crowds are protesters (6) or
rioters (5) of the country."""


def actor1_of(ev: dict[str, Any]) -> tuple[str, int | None]:
    """Actor 1's name and inter code, with ACLED's stand-in when the reports name none."""
    a1 = ev.get("actor1") or {}
    if a1.get("name"):
        return a1["name"], a1.get("inter")
    rule = _UNNAMED_ACTOR1.get(ev["event_type"])
    c = country_of((ev.get("location") or {}).get("country"))
    if rule is None or c is None:
        return "", None
    return rule[0].format(country=c.name), rule[1]


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    return _DISORDER.get(event_type, "Strategic developments")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, lower first; a sole actor gives X0."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return 10 * (inter1 or inter2 or 0)
    lo, hi = sorted((inter1, inter2))
    return 10 * lo + hi


def notes(ev: dict[str, Any]) -> str:
    """A short English summary of the record (ACLED's ``notes``)."""
    a1 = actor1_of(ev)[0] or None
    a2 = (ev.get("actor2") or {}).get("name")
    sub = ev["sub_event_type"]
    with_a2, without = _CLAUSES.get(sub, ("{a1} and {a2}: " + sub.lower(), "{a1}: " + sub.lower()))
    subject = a1 or _DEFAULT_SUBJECT.get(sub, "Unidentified actors")
    clause = (with_a2 if a2 else without).format(a1=subject, a2=a2 or "")
    clause = clause[0].upper() + clause[1:]
    loc = ev.get("location") or {}
    where = ""
    if loc.get("name"):
        where = f" in {loc['name']}"
        if loc.get("admin1"):
            where += f" ({loc['admin1']})"
    when = f"On {ev['event_date']}, " if ev.get("event_date") else ""
    if when:
        clause = clause[0].lower() + clause[1:] if clause.split(" ", 1)[0] in {"A", "An"} else clause
    text = f"{when}{clause}{where}."
    srcs = ev.get("sources") or []
    by = f" by {'; '.join(srcs[:3])}" if srcs else ""
    fat = ev.get("fatalities")
    if fat is not None:
        text += f" {fat} {'fatality' if fat == 1 else 'fatalities'} reported{by}."
    elif srcs:
        text += f" Reported by {'; '.join(srcs[:3])}."
    for c in ev.get("conflicts") or []:
        if c.get("field") == "fatalities":
            vals = "; ".join(f"{r['value']} ({_who(r)})" for r in c["reports"])
            text += f" Reports differ on fatalities: {vals}; the lowest is used."
    if ev.get("notes"):  # a person's correction of the notes wins
        return str(ev["notes"])
    return text


def _who(report: dict[str, Any]) -> str:
    names = [n for n in (report.get("source"), report.get("outlet")) if n]
    return " via ".join(names) if names else "unnamed source"


def acled_row(ev: dict[str, Any], timestamp: int) -> dict[str, Any]:
    """One ACLED-shaped row (every column of :data:`COLUMNS`) from a merged event."""
    loc = ev.get("location") or {}
    c = country_of(loc.get("country"))
    a2 = ev.get("actor2") or {}
    actor1, inter1 = actor1_of(ev)
    inter2 = a2.get("inter")
    disorder = disorder_type(ev["event_type"], ev["sub_event_type"])
    civ = ("Political violence" in disorder
           and (inter2 == 7 or ev["event_type"] == "Violence against civilians"))
    date = ev.get("event_date")
    return {
        "event_id_cnty": ev["event_id_cnty"],
        "event_date": date or "",
        "year": dt.date.fromisoformat(date).year if date else None,
        "time_precision": ev.get("time_precision", 3),
        "disorder_type": disorder,
        "event_type": ev["event_type"],
        "sub_event_type": ev["sub_event_type"],
        "actor1": actor1,
        "assoc_actor_1": "; ".join(a["name"] for a in ev.get("assoc_actors") or []),
        "inter1": inter1,
        "actor2": a2.get("name", ""),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": c.numeric if c else None,
        "region": c.region if c else "",
        "country": c.name if c else (loc.get("country") or ""),
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc.get("name") or "",
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("geo_precision"),
        "source": "; ".join(ev.get("sources") or []),
        "source_scale": "",
        "notes": notes(ev),
        "fatalities": ev.get("fatalities") or 0,
        "tags": "",
        "timestamp": timestamp,
    }
