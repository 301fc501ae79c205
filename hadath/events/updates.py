"""Toll updates: a later figure the text gives as an update belongs to the event it revises.

«رفعت وزارة الصحة في صنعاء حصيلة ضحايا غارات مجز إلى 11 قتيلا» after the lead's «قتل ثمانية
مواطنين ... في غارات ... على سوق شعبي في مديرية مجز» is the lead's strike told with a newer
count, not a new strike in Sanaa. ACLED revises an event's fatalities as tolls are updated, so
the event takes the update's figure where the figure it revises was the event's; where another
source's account gave a lower figure (ACLED's most conservative), that one stays:

* the update is a claim the attribution stage marked (:attr:`ClaimInfo.update`) that counts
  people killed;
* the figure it revises is the latest earlier count of the killed held by a violent event,
  from the update's own source or counted in the same scene, preferring the update's source,
  then its subject; the event holding it is the one updated;
* an event whose trigger lies in the update's toll phrase («حصيلة ضحايا غارات مجز إلى 11»)
  is that event named again, and folds into it (its evidence joins; the updated event keeps
  its own place, actors, date and source);
* fatalities: the update's figure when the revised figure was the event's, else the lower of
  the event's figure and the update's (another source's lower count still stands; ACLED).
"""

from __future__ import annotations

from typing import Final

from hadath.attribution.claims import KILLED, ClaimInfo
from hadath.attribution.conflicts import MAX_RIVAL_RATIO, same_scene
from hadath.doc import Doc
from hadath.events.coref import union_evidence
from hadath.events.draft import Event
from hadath.schema import Claim
from hadath.text.chars import CLAUSE_MARKS

_VIOLENT: Final = "ASSAULT"


def _span(c: Claim) -> tuple[int, int]:
    return min(s.start for s in c.evidence), max(s.end for s in c.evidence)


def _holding(events: list[Event], start: int, end: int) -> int | None:
    """The first violent event one of whose evidence spans holds ``[start, end)``."""
    for i, ev in enumerate(events):
        if ev.plover_type == _VIOLENT and any(s.start <= start and end <= s.end for s in ev.evidence):
            return i
    return None


def _revised(doc: Doc, infos: list[ClaimInfo], events: list[Event], j: int) -> tuple[int, int] | None:
    """(claim, event) of the figure update ``j`` revises, or None."""
    u, ui = doc.claims[j], infos[j]
    usrc = u.source.name if u.source is not None else None
    ustart, uend = _span(u)
    usent = doc.sentence_of(ustart)
    best: tuple[tuple[int, int, int], int, int] | None = None
    for i in range(j - 1, -1, -1):
        ci, ii = doc.claims[i], infos[i]
        if ii.key.status != KILLED or ii.key.era != ui.key.era or ii.key.unit != ui.key.unit:
            continue
        by_source = ci.source is not None and ci.source.name == usrc
        if not by_source and not same_scene(ii, ui):
            continue
        cstart, cend = _span(ci)
        k = _holding(events, cstart, cend)
        if k is None or (usent is not None and usent.start <= cstart < usent.end):
            continue  # a figure of the update's own sentence is no earlier toll
        score = (int(by_source), int(ii.key.what == ui.key.what), i)
        if best is None or score > best[0]:
            best = (score, i, k)
    return None if best is None else (best[1], best[2])


def _clause_start(raw: str, sent_start: int, pos: int) -> int:
    """Start of the clause holding raw ``pos``: after the last clause mark of its sentence before it."""
    cut = max(raw.rfind(m, sent_start, pos) for m in CLAUSE_MARKS)
    return cut + 1 if cut >= 0 else sent_start


def apply_updates(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each toll update folded into the event whose toll it revises."""
    infos: list[ClaimInfo] | None = doc.extras.get("claim_info")
    if not infos or not events or not any(i.update for i in infos):
        return events
    out = list(events)
    told: set[int] = set()  # sentences whose update was applied
    for j, info in enumerate(infos):
        if not info.update or info.key.status != KILLED or j >= len(doc.claims):
            continue
        sent = doc.sentence_of(_span(doc.claims[j])[0])
        if sent is not None and sent.start in told:
            continue  # «ارتفعت الحصيلة إلى خمسة بعد وفاة اثنين من الجرحى»: the toll is the first figure
        if sent is not None:
            told.add(sent.start)
        found = _revised(doc, infos, out, j)
        if found is None:
            continue
        i, k = found
        old, new = doc.claims[i].quantity.low, int(doc.claims[j].quantity.low)
        if new > MAX_RIVAL_RATIO * max(old, 1.0):
            continue  # another count altogether (a war's toll), not a revision of this one
        target = out[k]
        fat = target.fatalities
        fat = new if fat is None or fat >= old else min(fat, new)  # another source's lower count stands
        ustart, uend = _span(doc.claims[j])
        lo = _clause_start(doc.raw, sent.start, ustart) if sent is not None else ustart
        named = [m for m, ev in enumerate(out) if m != k and ev.plover_type == _VIOLENT and ev.evidence
                 and lo <= ev.evidence[0].start < uend]
        evidence = list(target.evidence)
        for m in named:
            evidence = union_evidence(evidence, out[m].evidence)
        confidence = max([target.confidence] + [out[m].confidence for m in named])
        out[k] = target.model_copy(update={"fatalities": fat, "evidence": evidence, "confidence": confidence})
        gone = set(named)
        out = [ev for m, ev in enumerate(out) if m not in gone]
    return out
