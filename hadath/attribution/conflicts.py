"""Conflicting figures: two sources, the same counted subject, ranges that do not meet.

Subjects are compared on their normalised key (what is counted, its status, actor, place
and unit), so "people killed" from «42 قتيلا» and from «مقتل 5 أشخاص» meet, while "people
killed in Raqqa" and unqualified "people killed" do not. «عشرات» (10..99) against «خمسة»
is a conflict (5 < 10); «أكثر من 50» is open upwards, so it does not contradict «60».
"""

from __future__ import annotations

import math

from hadath.attribution.claims import ClaimInfo
from hadath.schema import Claim, Conflict


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
    """Every pair of claims from different sources whose figures for one subject disagree."""
    by_key: dict[object, list[int]] = {}
    for i, info in enumerate(infos):
        by_key.setdefault(info.key, []).append(i)
    out: list[Conflict] = []
    for idx in by_key.values():
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                a, b = claims[i], claims[j]
                if a.source is None or b.source is None or a.source.name == b.source.name:
                    continue
                (alo, ahi), (blo, bhi) = _range(a, infos[i]), _range(b, infos[j])
                if ahi < blo or bhi < alo:
                    reason = (
                        f"{a.source.name} reports {_fmt(a, infos[i])} {a.subject}; "
                        f"{b.source.name} reports {_fmt(b, infos[j])}"
                    )
                    out.append(Conflict(claims=(i, j), reason=reason))
    out.sort(key=lambda c: c.claims)
    return out
