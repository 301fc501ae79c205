"""Conflicting figures: two sources, the same counted subject, ranges that do not meet.

Subjects are compared on their normalised key (what is counted, its status, actor, place,
unit and, for a figure in a background sentence, that sentence's date), so "people killed"
from «42 قتيلا» and from «مقتل 5 أشخاص» meet, while "people killed in Raqqa" and unqualified
"people killed" do not, nor does a war's toll recalled from 2023 meet yesterday's count. «عشرات» (10..99) against «خمسة»
is a conflict (5 < 10); «أكثر من 50» is open upwards, so it does not contradict «60».
"""

from __future__ import annotations

import math
from bisect import bisect_right

from hadath.attribution.claims import ClaimInfo
from hadath.schema import Claim, Conflict

# ``Conflict(...)`` as one validator call (the constructor's keyword handling cost as much again)
_new_conflict = Conflict.__pydantic_validator__.validate_python


def _range(c: Claim, info: ClaimInfo) -> tuple[float, float]:
    low, high = float(c.quantity.low), float(c.quantity.high)
    if info.bound == "at_least":
        high = math.inf
    elif info.bound == "at_most":
        low = 0.0
    return low, high


def _fmt(c: Claim, info: ClaimInfo) -> str:
    q = c.quantity
    num = f"{q.low:g}" if q.low == q.high else f"{q.low:g}-{q.high:g}"
    if info.bound == "at_least":
        return f"at least {num}"
    if info.bound == "at_most":
        return f"at most {num}"
    if q.approximate and not info.vague:
        return f"about {num}"
    return num


def find_conflicts(claims: list[Claim], infos: list[ClaimInfo]) -> list[Conflict]:
    """Every pair of claims from different sources whose figures for one subject disagree.

    Pairs are listed by claim indices. A source that repeats the same figure for the same
    subject (a lead and a later paragraph) is paired through its first claim only, so each
    disagreement is listed once and long inputs of repeated reports do not multiply them.
    Within one subject the claims are sorted by their low
    figure, so the claims entirely above a claim's range are a suffix found by binary search:
    only pairs that really disagree are visited (a long input with many claims per subject
    made the all-pairs loop quadratic), and ranges and wording are worked out once per claim.
    """
    by_key: dict[object, list[int]] = {}
    ranges: dict[int, tuple[float, float]] = {}
    seen: set[tuple[object, str, tuple[float, float]]] = set()
    for i, info in enumerate(infos):
        source = claims[i].source
        if source is None:
            continue
        r = _range(claims[i], info)
        said_before = (info.key, source.name, r)
        if said_before in seen:  # the same source repeating its figure adds no new disagreement
            continue
        seen.add(said_before)
        ranges[i] = r
        by_key.setdefault(info.key, []).append(i)
    pairs: list[tuple[int, int]] = []
    for idx in by_key.values():
        if len(idx) < 2:
            continue
        if not all(lo <= hi for lo, hi in (ranges[i] for i in idx)):  # also NaN
            pairs += _all_pairs(idx, claims, ranges)  # no ordered ranges: every pair is checked
            continue
        order = sorted(idx, key=lambda i: ranges[i][0])
        lows = [ranges[i][0] for i in order]
        for i in idx:
            name = claims[i].source.name  # type: ignore[union-attr]
            for k in range(bisect_right(lows, ranges[i][1]), len(order)):
                j = order[k]  # its low is above i's high: the figures do not meet
                if claims[j].source.name != name:  # type: ignore[union-attr]
                    pairs.append((i, j) if i < j else (j, i))
    pairs.sort()
    said: dict[int, str] = {}  # "<source> reports <figure>", once per claim

    def says(i: int) -> str:
        s = said.get(i)
        if s is None:
            s = said[i] = f"{claims[i].source.name} reports {_fmt(claims[i], infos[i])}"  # type: ignore[union-attr]
        return s

    return [_new_conflict({"claims": (i, j), "reason": f"{says(i)} {claims[i].subject}; {says(j)}"}) for i, j in pairs]


def _all_pairs(idx: list[int], claims: list[Claim], ranges: dict[int, tuple[float, float]]) -> list[tuple[int, int]]:
    """Disagreeing pairs by checking each pair (claims whose range runs backwards)."""
    out = []
    for x in range(len(idx)):
        for y in range(x + 1, len(idx)):
            i, j = idx[x], idx[y]
            if claims[i].source.name == claims[j].source.name:  # type: ignore[union-attr]
                continue
            (alo, ahi), (blo, bhi) = ranges[i], ranges[j]
            if ahi < blo or bhi < alo:
                out.append((i, j))
    return out
