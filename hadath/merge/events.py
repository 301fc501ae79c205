"""Cross-article event merging: many reports of one event become one merged event.

Two reports describe the same event when they have the same ACLED event type, places
within :data:`MAX_KM` (haversine on their coordinates), dates at most :data:`MAX_DAYS`
apart, and compatible actors (the same name, or one side unknown; for battles the two
sides may be named in either order). Reports without a date or a place can't be matched
by time and place; they join another report only from the same story (near-duplicate
articles, found by MinHash at ingest), when what both know agrees, and otherwise stay
events of their own.

The merged event keeps every report with its source and evidence. Fatalities follow
ACLED's rule — the most conservative figure among the reports that give one, i.e. the
minimum of the non-null figures — and when reports disagree the disagreement is kept as
a conflict rather than averaged away.

Clustering is greedy and deterministic: reports are taken in (date, row id) order and
join the nearest compatible cluster anchored at its first report, so a cluster cannot
drift along a chain of neighbours into a different town or week.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_KM = 10.0
MAX_DAYS = 1
EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Report:
    """One event as one article reported it. ``event`` is the contract Event as a dict,
    its evidence spans extended with their ``text``."""

    row_id: int
    article_id: int
    story_id: int | None
    doc_id: str
    outlet: str | None
    url: str | None
    published: str | None
    event: dict[str, Any]

    @property
    def date(self) -> dt.date | None:
        d = self.event.get("event_date")
        return dt.date.fromisoformat(d) if d else None

    @property
    def point(self) -> tuple[float, float] | None:
        loc = self.event.get("location")
        if not loc or loc.get("latitude") is None or loc.get("longitude") is None:
            return None
        return float(loc["latitude"]), float(loc["longitude"])

    def actor(self, key: str) -> str | None:
        a = self.event.get(key)
        return a.get("name") if a else None


@dataclass
class _Cluster:
    anchor: Report
    members: list[Report] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None

    def compatible(self, r: Report) -> bool:
        a1, a2 = r.actor("actor1"), r.actor("actor2")
        if _same(self.actor1, a1) and _same(self.actor2, a2):
            return True
        return r.event["event_type"] == "Battles" and _same(self.actor1, a2) and _same(self.actor2, a1)

    def add(self, r: Report) -> None:
        self.members.append(r)
        if self.actor1 is None and self.actor2 is None:
            self.actor1, self.actor2 = r.actor("actor1"), r.actor("actor2")
            return
        a1, a2 = r.actor("actor1"), r.actor("actor2")
        swapped = not (_same(self.actor1, a1) and _same(self.actor2, a2))
        if swapped:
            a1, a2 = a2, a1
        self.actor1 = self.actor1 or a1
        self.actor2 = self.actor2 or a2


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _story_match(c: _Cluster, r: Report) -> bool:
    """Can ``r`` (missing a date or a place) join ``c``, a cluster holding a report of the
    same story? Whatever both sides know must still agree."""
    if not c.compatible(r):
        return False
    d, ad = r.date, c.anchor.date
    if d is not None and ad is not None and abs((d - ad).days) > MAX_DAYS:
        return False
    pt, apt = r.point, c.anchor.point
    return pt is None or apt is None or haversine_km(pt[0], pt[1], apt[0], apt[1]) <= MAX_KM


def cluster_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Group reports of the same event (see the module docstring for the rules)."""
    ordered = sorted(reports, key=lambda r: (r.event.get("event_date") or "9999-99-99", r.row_id))
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, dt.date], list[_Cluster]] = {}
    by_story: dict[tuple[int, str], list[_Cluster]] = {}

    def join(c: _Cluster, r: Report) -> None:
        c.add(r)
        if r.story_id is not None:
            group = by_story.setdefault((r.story_id, r.event["event_type"]), [])
            if c not in group:
                group.append(c)

    for r in ordered:
        d, pt = r.date, r.point
        if d is None or pt is None:
            # no safe match by time and place; near-duplicate articles (one story) still
            # describe the same events, so a report of the same story may take it in
            story_cands = by_story.get((r.story_id, r.event["event_type"]), []) if r.story_id is not None else []
            home = next((c for c in story_cands if _story_match(c, r)), None)
            if home is None:
                home = _Cluster(anchor=r)
                clusters.append(home)
            join(home, r)
            continue
        best: tuple[float, int, _Cluster] | None = None
        for delta in range(-MAX_DAYS, MAX_DAYS + 1):
            for c in by_key.get((r.event["event_type"], d + dt.timedelta(days=delta)), ()):
                apt = c.anchor.point
                assert apt is not None
                km = haversine_km(pt[0], pt[1], apt[0], apt[1])
                if km <= MAX_KM and c.compatible(r):
                    cand = (km, abs(delta), c)
                    if best is None or cand[:2] < best[:2]:
                        best = cand
        if best is not None:
            join(best[2], r)
            continue
        c = _Cluster(anchor=r)
        clusters.append(c)
        by_key.setdefault((r.event["event_type"], d), []).append(c)
        join(c, r)
    return [c.members for c in clusters]


def _most_common(values: Sequence[Any]) -> Any:
    """The most frequent value; ties go to the one seen first."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


def _source_names(r: Report) -> list[str]:
    names = []
    src = r.event.get("source")
    if src and src.get("name"):
        names.append(src["name"])
    if r.outlet:
        names.append(r.outlet)
    return names


def merge_cluster(members: Sequence[Report], event_id_cnty: str) -> dict[str, Any]:
    """One merged event record (a JSON-able dict) from the reports of one event."""
    first = members[0]
    events = [m.event for m in members]
    event_type = first.event["event_type"]
    sub = _most_common([e["sub_event_type"] for e in events])
    dates = [e.get("event_date") for e in events if e.get("event_date")]
    date = _most_common(sorted(dates)) if dates else None
    precisions = [e.get("time_precision", 3) for e in events if e.get("event_date") == date] or [3]
    located = [e["location"] for e in events if e.get("location")]
    location = min(located, key=lambda loc: loc.get("geo_precision", 3)) if located else None

    def pick_actor(key: str, name: str | None) -> dict[str, Any] | None:
        if name is None:
            return None
        for e in events:
            for k in ("actor1", "actor2"):
                a = e.get(k)
                if a and a.get("name") == name:
                    return dict(a)
        return None

    cl = _Cluster(anchor=first)
    for m in members:
        cl.add(m)
    assoc: dict[str, dict[str, Any]] = {}
    for e in events:
        for a in e.get("assoc_actors") or []:
            if a.get("name") not in {cl.actor1, cl.actor2}:
                assoc.setdefault(a["name"], a)

    sources: list[str] = []
    for m in members:
        for name in _source_names(m):
            if name not in sources:
                sources.append(name)
    figures = [(m, m.event["fatalities"]) for m in members if m.event.get("fatalities") is not None]
    fatalities = min((f for _, f in figures), default=None)
    conflicts = []
    if len({f for _, f in figures}) > 1:
        conflicts.append({
            "field": "fatalities",
            "reports": [{"article_id": m.article_id, "doc_id": m.doc_id,
                         "source": (m.event.get("source") or {}).get("name"), "outlet": m.outlet,
                         "value": f} for m, f in figures],
            "reason": (f"reports give {', '.join(str(f) for f in sorted({f for _, f in figures}))} "
                       f"fatalities; the lowest ({fatalities}) is kept, as ACLED does"),
        })
    return {
        "id": min(m.row_id for m in members),
        "event_id_cnty": event_id_cnty,
        "event_type": event_type,
        "sub_event_type": sub,
        "plover_type": _most_common([e.get("plover_type") for e in events]),
        "event_date": date,
        "time_precision": min(precisions),
        "actor1": pick_actor("actor1", cl.actor1),
        "actor2": pick_actor("actor2", cl.actor2),
        "assoc_actors": list(assoc.values()),
        "location": location,
        "fatalities": fatalities,
        "sources": sources,
        "confidence": max(float(e.get("confidence", 0.0)) for e in events),
        "reports": [{
            "event_row": m.row_id, "article_id": m.article_id, "story_id": m.story_id, "doc_id": m.doc_id,
            "outlet": m.outlet, "url": m.url, "published": m.published,
            "source": (m.event.get("source") or {}).get("name"), "fatalities": m.event.get("fatalities"),
            "evidence": m.event.get("evidence", []),
        } for m in members],
        "n_stories": len({m.story_id if m.story_id is not None else -m.article_id for m in members}),
        "conflicts": conflicts,
    }


def event_id_prefix(country_iso3: str | None) -> str:
    return country_iso3 or "XXX"


def merge_reports(reports: Iterable[Report], iso3_of: Any = None) -> list[dict[str, Any]]:
    """Cluster and merge; ``iso3_of(iso2) -> str | None`` names the id prefix (ACLED's
    ``event_id_cnty`` is the country's ISO3 code followed by a number)."""
    out = []
    for members in cluster_reports(reports):
        num = min(m.row_id for m in members)
        loc = next((m.event["location"] for m in members if m.event.get("location")), None)
        iso3 = iso3_of(loc.get("country")) if (iso3_of and loc) else None
        out.append(merge_cluster(members, f"{event_id_prefix(iso3)}{num}"))
    return out
