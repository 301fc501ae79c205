"""Conflicting figures: two sources, the same counted subject, ranges that do not meet.

Subjects are compared on their normalised key (what is counted, its status, actor, unit
and, for a figure in a background sentence, that sentence's date), so "people killed" from
«42 قتيلا» and from «مقتل 5 أشخاص» meet, nor does a war's toll recalled from 2023 meet
yesterday's count. Two figures meet only where they were counted in the same place
(:func:`same_scene`: the place of the figure, its sentence or paragraph, see
:func:`hadath.attribution.claims.claim_scene`), so the toll of a strike in Saada does not
rival that of a battle in Marib, while an official's unplaced «عدد القتلى بلغ سبعة» meets
the lead's «قتل أربعة أشخاص في قرية ...». A figure more than :data:`MAX_RIVAL_RATIO` times
another counts something else (a war's toll against a strike's), not the same dead, unless the
lower is a side's own count of its dead: the enemy's count of them may be any multiple of it.
A toll summed over a span of time («خلال الساعات الـ24 الماضية», :attr:`ClaimInfo.period`) holds
each strike's count: a smaller count of one strike is part of it, no rival.
«عشرات» (10..99) against «خمسة» is a conflict (5 < 10); «أكثر من 50» is open upwards, so it
does not contradict «60». A count of people killed (or wounded ...) also meets a count of some
of them («مسلحين», «مدنيين») from another source: fewer in all than in the part is a conflict.
A figure the text gives as an update («ارتفعت الحصيلة إلى 11», :attr:`ClaimInfo.update`)
with no source of its own (the outlet's) revises the figures told before it: it is no rival
of an earlier claim. An update a named source gives («رفعت وزارة الصحة الحصيلة إلى أربعة»)
revises that source's own figure only: another source's earlier count («زعم الجيش مقتل
خمسة») still disagrees with it.
"""

from __future__ import annotations

import bisect
import math
from typing import Final

from hadath.attribution.claims import ClaimInfo, ClaimKey
from hadath.attribution.updates import PERIOD_SINCE, PERIOD_SPAN
from hadath.events.trusted import trusted
from hadath.geo.gazetteer import Place
from hadath.geo.resolve import haversine_km
from hadath.schema import Claim, Conflict

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

MAX_RIVAL_RATIO: Final = 20.0  # «أكثر من 150 ألف» in the war is no rival count of «8 قتلى» in a strike
SCENE_KM: Final = 50.0  # two places this close are one scene («مديرية مجز» and «صعدة»)
TOWN_KM: Final = 10.0  # two towns this close are one scene (a city and its suburb)
_TOWNS: Final = "PC"  # gazetteer kinds of a town (a populated place, a capital)
UNPLACED_PARAS: Final = 2  # an unplaced figure meets a placed one at most this many paragraph breaks away

_PEOPLE: Final = "people"  # ClaimKey.what and .unit of a count of people of any kind («ثلاثة شبان»)



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


def same_scene(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Were the two figures counted in the same place, as far as the text says?

    Not when a turn to another happening («وفي هجوم آخر»، :mod:`hadath.attribution.incidents`)
    stands between them. The same place; two towns only within :data:`TOWN_KM`; else two
    places of one governorate or within :data:`SCENE_KM`; a country is the same scene only as itself. A figure with no place meets one without place
    anywhere, and a placed one within :data:`UNPLACED_PARAS` paragraph breaks.
    """
    if a.incident != b.incident and not (a if a.incident > b.incident else b).update:
        # «وفي هجوم آخر، ...»: another happening's count; an update after the turn may revise
        # the earlier count, but an update before it («ارتفعت إلى 15 بعد وفاة أربعة») is no
        # figure of what the turn tells («وفي تطور آخر، ... وقتلت العشرات من عناصرها»)
        return False
    x, y = a.scene, b.scene
    if x is None or y is None:
        return x is y or abs(a.para - b.para) <= UNPLACED_PARAS
    if x is y or x == y:
        return True
    if not isinstance(x, Place) or not isinstance(y, Place) or x.kind == "N" or y.kind == "N":
        return False
    if x.kind in _TOWNS and y.kind in _TOWNS:
        # Gaza City and Bani Suhaila (Khan Younis), 25 km apart in one first-level division:
        # two towns, two scenes, unless they are one town's parts
        return haversine_km(x.latitude, x.longitude, y.latitude, y.longitude) <= TOWN_KM
    return (bool(x.admin_key and x.admin_key == y.admin_key)
            or haversine_km(x.latitude, x.longitude, y.latitude, y.longitude) <= SCENE_KM)


def _same_period(lower: ClaimInfo, higher: ClaimInfo) -> bool:
    """May the lower figure and the higher one count the same people, by the time they are
    counted over? Not a running total against anything else («منذ بداية الحرب»), nor a day's sum
    above one happening's count (it holds that count: «47 خلال الساعات الـ24 الماضية» and «23 في
    قصف المدرسة»); a day's sum below one happening's count still disagrees with it."""
    if (lower.period == PERIOD_SINCE) != (higher.period == PERIOD_SINCE):
        return False
    return not (higher.period == PERIOD_SPAN and lower.period != PERIOD_SPAN)


def _revises(claims: list[Claim], infos: list[ClaimInfo], i: int, j: int, outlet: str | None) -> bool:
    """Is the later of claims ``i`` and ``j`` (claims are listed in text order) an update of
    the toll the earlier one gave, which supersedes it rather than disputing it?

    An update revises its own source's earlier figure; one with no source of its own (the
    outlet's), or from a source that gave no figure of that status before («وارتفعت الحصيلة
    إلى خمسة وفق مصادر طبية» after the civil defence's three), revises the toll told before
    whoever told it.
    """
    early, later = min(i, j), max(i, j)
    if not infos[later].update:
        return False
    src = claims[later].source
    name = src.name if src is not None else None
    if name is None or name == outlet:
        return True
    before = [claims[k].source for k in range(later) if infos[k].key.status == infos[later].key.status]
    mine = [s for s in before if s is not None and s.name == name]
    early_src = claims[early].source
    return not mine or (early_src is not None and early_src.name == name)


def rivals(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Ranges (low, high) that disagree without one being :data:`MAX_RIVAL_RATIO` times the other."""
    (alo, ahi), (blo, bhi) = a, b
    if ahi < blo:
        return blo <= MAX_RIVAL_RATIO * max(ahi, 1.0)
    if bhi < alo:
        return alo <= MAX_RIVAL_RATIO * max(bhi, 1.0)
    return False


def find_conflicts(claims: list[Claim], infos: list[ClaimInfo], outlet: str | None = None) -> list[Conflict]:
    """Every pair of claims from different sources whose figures for one subject disagree.

    Pairs are listed by claim indices. A source that repeats the same figure for the same
    subject (a lead and a later paragraph) is paired through its first claim only, so each
    disagreement is listed once and long inputs of repeated reports do not multiply them.
    Within one subject the claims are sorted by their low
    figure, so the claims entirely above a claim's range are a suffix found by binary search:
    only pairs that really disagree are visited (a long input with many claims per subject
    made the all-pairs loop quadratic), and ranges and wording are worked out once per claim.
    """
    by_key: dict[ClaimKey, list[int]] = {}
    ranges: dict[int, tuple[float, float]] = {}
    seen: set[tuple[object, str, tuple[float, float], int | None]] = set()
    for i, info in enumerate(infos):
        source = claims[i].source
        if source is None or info.part:
            continue  # «اثنين منهم» counts some of a group told before, not its subject
        r = _range(claims[i], info)
        said_before = (info.key, source.name, r, id(info.scene) if info.scene is not None else None)
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
            pairs += _all_pairs(idx, claims, ranges, infos, outlet)  # no ordered ranges: every pair is checked
            continue
        order = sorted(idx, key=lambda i: ranges[i][0])
        lows = [ranges[i][0] for i in order]
        for i in idx:
            name = claims[i].source.name  # type: ignore[union-attr]
            # a side's count of its own dead («خسائرها لم تتجاوز 12») against the enemy's count
            # of them («أكثر من 300 من عناصر الميليشيا»): the same dead however far apart the
            # figures are (belligerents minimise their losses and inflate the other's)
            own = bool(infos[i].key.actor) and infos[i].key.actor == name
            cap = math.inf if own else MAX_RIVAL_RATIO * max(ranges[i][1], 1.0)
            for k in range(bisect.bisect_right(lows, ranges[i][1]), len(order)):
                j = order[k]  # its low is above i's high: the figures do not meet
                if lows[k] > cap:
                    break  # and from here on each is another count altogether
                if not _same_period(infos[i], infos[j]):
                    continue  # the day's toll above one strike's count holds it; a running total holds both
                if claims[j].source.name != name and same_scene(infos[i], infos[j]):  # type: ignore[union-attr]
                    if not _revises(claims, infos, i, j, outlet):
                        pairs.append((i, j) if i < j else (j, i))
    parts = _parts_above_whole(by_key, claims, ranges, infos, outlet) + _kinds_above_group(by_key, claims, ranges, infos, outlet)
    pairs.sort()
    said: dict[int, str] = {}  # "<source> reports <figure>", once per claim

    def says(i: int) -> str:
        s = said.get(i)
        if s is None:
            s = said[i] = f"{claims[i].source.name} reports {_fmt(claims[i], infos[i])}"  # type: ignore[union-attr]
        return s

    # made without validation (hadath.events.trusted): two claim indices and a string
    out = [trusted(Conflict, {"claims": (i, j), "reason": f"{says(i)} {claims[i].subject}; {says(j)}"}) for i, j in pairs]
    out += [trusted(Conflict, {"claims": (i, j), "reason": f"{says(i)} {claims[i].subject}; {says(j)} {claims[j].subject}"})
            for i, j in parts]
    return out


def _below_its_part(claims: list[Claim], ranges: dict[int, tuple[float, float]], infos: list[ClaimInfo],
                    outlet: str | None, whole: int, part: int) -> bool:
    """Does claim ``whole`` count fewer than another source's claim ``part`` counts of some of
    them, in the same scene, and not another count altogether nor a revision of it?"""
    return (ranges[whole][1] < ranges[part][0] and rivals(ranges[whole], ranges[part])
            and _same_period(infos[whole], infos[part])
            and claims[whole].source.name != claims[part].source.name  # type: ignore[union-attr]
            and same_scene(infos[whole], infos[part]) and not _revises(claims, infos, whole, part, outlet))


def _parts_above_whole(by_key: dict[ClaimKey, list[int]], claims: list[Claim], ranges: dict[int, tuple[float, float]],
                       infos: list[ClaimInfo], outlet: str | None) -> list[tuple[int, int]]:
    """Pairs (whole, part): one source's count of all the people hurt in a way («استشهد ثلاثة
    شبان» per the ministry) below another source's count of some of them («قتلت أربعة
    مسلحين» per the army), in the same scene: the two cannot both be right."""
    wholes: dict[tuple[str, str, str], list[int]] = {}
    for k, idx in by_key.items():
        if k.what == _PEOPLE and k.status and k.unit == _PEOPLE:
            wholes.setdefault((k.status, k.era, k.actor), []).extend(idx)
    if not wholes:
        return []
    out = []
    for k, idx in by_key.items():
        if k.what == _PEOPLE or not k.status or k.unit != _PEOPLE:
            continue
        for w in wholes.get((k.status, k.era, ""), ()):
            for p in idx:
                if _below_its_part(claims, ranges, infos, outlet, w, p) and _near_part(infos[w], infos[p]):
                    out.append((w, p))
    return sorted(out)


# kinds of people counted among a group: children and women are civilians
_GROUP_OF: Final = {"children": "civilians", "women": "civilians"}


def _kinds_above_group(by_key: dict[ClaimKey, list[int]], claims: list[Claim], ranges: dict[int, tuple[float, float]],
                       infos: list[ClaimInfo], outlet: str | None) -> list[tuple[int, int]]:
    """Pairs (group, kind): one source's count of a group («عدد القتلى المدنيين «لا يتجاوز
    عشرة»» per the army) below another source's count of a kind of its members («بينهم 14
    طفلاً» per the civil defence), in the same scene: children and women are civilians."""
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for k, idx in by_key.items():
        if k.what in _GROUP_OF.values() and k.status:
            groups.setdefault((k.what, k.status, k.era, k.actor), []).extend(idx)
    if not groups:
        return []
    out = []
    for k, idx in by_key.items():
        group = _GROUP_OF.get(k.what)
        if group is None or not k.status:
            continue
        for g in groups.get((group, k.status, k.era, k.actor), ()):
            for p in idx:
                if _below_its_part(claims, ranges, infos, outlet, g, p):
                    out.append((g, p))
    return sorted(out)


def _near_part(whole: ClaimInfo, part: ClaimInfo) -> bool:
    """Is a part counted close enough to the whole to be some of the same dead? In its
    paragraph, or placed where the whole is (:func:`same_scene` checked the place): an unplaced
    count of a side's fighters in another paragraph («في المقابل، قال الجيش إن طيرانه ... قتل
    العشرات من عناصرها») most often tells the other side's strike, not the victims of the
    first; a placed one («قضت على خلية ... في عيتا الشعب ... مقتل خمسة») disputes them."""
    return whole.para == part.para or part.scene is not None


def _all_pairs(idx: list[int], claims: list[Claim], ranges: dict[int, tuple[float, float]],
               infos: list[ClaimInfo], outlet: str | None) -> list[tuple[int, int]]:
    """Disagreeing pairs by checking each pair (claims whose range runs backwards)."""
    out = []
    for x in range(len(idx)):
        for y in range(x + 1, len(idx)):
            i, j = idx[x], idx[y]
            if claims[i].source.name == claims[j].source.name:  # type: ignore[union-attr]
                continue
            lo, hi = (i, j) if ranges[i][1] < ranges[j][0] else (j, i)
            if not _same_period(infos[lo], infos[hi]):
                continue  # the day's toll above one strike's count holds it
            if rivals(ranges[i], ranges[j]) and same_scene(infos[i], infos[j]) and not _revises(claims, infos, i, j, outlet):
                out.append((i, j))
    return out
