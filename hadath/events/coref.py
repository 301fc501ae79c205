"""Within-document event coreference: one happening reported twice becomes one event.

Wire reports tell the lead happening first and come back to it, usually in a source's
quote: «قتل خمسة عناصر ... في اشتباكات مع مسلحين من تنظيم داعش في قضاء تلعفر» and later
«واستمرت الاشتباكات أكثر من ثلاث ساعات». ACLED codes that as one event; two rows would
double its count and its fatalities.

A later event is a mention of an earlier one when

* its trigger is a definite noun («الاشتباكات»، «الهجوم»، «الغارة»): Arabic news refers
  back with the article; an indefinite or verbal trigger («شنت غارتين») reports something
  new, even of the same kind, place and day;
* it has the same event and sub-event type;
* nothing it says contradicts the earlier event: each of actor1, actor2 is the same actor
  or unknown on one side (an armed clash may name its sides the other way round), and the
  same holds for the location (by GeoNames id or name) and the date;
* it comes at most :data:`MAX_PARAGRAPHS` paragraphs after the earlier one.

The latest compatible earlier event wins.

A second reading of the same happening need not be definite: when two sources disagree
about one count («وثق المرصد مقتل 9 مدنيين جراء قصف ... على أريحا» against «نفت وزارة
الدفاع استهداف ... مشيرة إلى مقتل مدنيين اثنين»), the attribution stage lists the two
claims as a conflict, and the violent events whose sentences hold them are one happening
told twice, if nothing else contradicts it (type may differ: the ministry's «استهدفت مقرات»
is the observatory's shelling), at any distance, even when the two name the dead differently
(civilians against «المجموعات الإرهابية»). The earlier event's type is kept. The merged event keeps the earlier event's type,
trigger (first evidence span) and source, fills its unknown arguments from the later one,
takes the union of the evidence spans (earlier first), the more precise location and date,
the most conservative (lowest) stated fatality figure as ACLED's codebook asks, and the
higher confidence (a second mention does not make the model more certain, only not less).

ACLED's own unit is the same: events of one type by the same actor in the same place on the
same day are one row. So a later event with the same type and sub-type, the same named
actor1 (not an unidentified group, nor rioters, protesters or civilians: two crowds may be
two happenings), the same resolved location (at town or district precision) and the same known date
as an earlier one is folded into it at any distance and whatever its trigger: «في المقابل،
قال المتحدث باسم التحالف إن مقاتلات التحالف استهدفت مخزنا للأسلحة ... في صعدة» is the
coalition's account of the strikes on Saada the lead reported, not a second strike.

A source's own account of the toll, with no deed of its own, is the happening told before
too: an event made of casualty words alone with no actor1 («زعم الجيش الإسرائيلي في بيان
أن طائراته «قضت على خلية ...»، مؤكداً مقتل خمسة من عناصر الحزب»، «وأضاف المالكي ... أن
الضربة أسفرت عن مقتل ستة»), reported by a named source (not the outlet), folds into the
latest earlier violent event at most :data:`MAX_PARAGRAPHS` paragraphs before it that
nothing contradicts (type, sub-type and who was hit may differ: that is what accounts
dispute); its fatalities take the lower figure, as for disputed tolls.

The events stage lists an event's trigger span first in ``evidence`` and its sentence span
last; this module reads them from there and needs nothing else from the stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Final

import regex

from hadath.attribution.incidents import sentence_turns
from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events.acled import aircraft_names
from hadath.events.context import Memo, more_breaks
from hadath.events.draft import Event, Span
from hadath.events.lexicon import (
    DEMONSTRATIVES,
    EXCESSIVE_FORCE,
    PARRY_VERBS,
    THE_ATTACK_NOUNS,
    THE_ATTACKERS,
    THE_SKIRMISHES,
    other_happening_words,
)
from hadath.events.place_fallback import FALLBACK_PLACED
from hadath.geo.gazetteer import load_gazetteer
from hadath.geo.resolve import haversine_km
from hadath.lexicon.actors import (
    ARMED_GROUP_INTER,
    CIVILIAN_INTER,
    CROWD_INTER,
    PROTESTER_INTER,
    STATE_INTER,
    UNARMED_INTER,
    UNIDENTIFIED,
)
from hadath.mentions import PLACE_TYPES
from hadath.schema import Actor, Location
from hadath.text.chars import NAME_QUOTES
from hadath.text.headline import headline_span
from hadath.text.normalize import normalize_key
from hadath.text.segment import doc_paragraph_starts

MAX_PARAGRAPHS: Final = 2
"""How many paragraph breaks may separate a back-reference from the event it names."""
_ACCOUNT_PARAGRAPHS: Final = 4  # a placeless toll's reach back to the latest happening, or a reply's
TOLL_ONLY: Final = "toll_only_events"
"""``doc.extras`` key: trigger starts of the events the stage made of casualty words alone."""
GENERIC: Final = "generic_attack_events"
"""``doc.extras`` key: trigger starts of the events whose trigger is a bare attack noun
(«الهجوم»، «الاعتداء»): definite, it names the earlier attack whatever its sub-type."""
TURNED: Final = "turned_violent_protests"
"""``doc.extras`` key: trigger starts of the protest events whose sentence says they turned into
clashes or a riot («قبل أن تتحول إلى مواجهات»; see :func:`merge_crowd_clashes`)."""
PLUPERFECT: Final = "pluperfect_protests"
"""``doc.extras`` key: trigger starts of the protest events told in the pluperfect («وكان المئات
... قد خرجوا في تظاهرة»; see :func:`merge_pluperfect_protests`)."""
MET_AGAIN: Final = "protests_met_again"
"""``doc.extras`` key: sentence starts of the protests met by force whose crowd was told before
(«لتفريق المتظاهرين»، «لتفريقهم»; see :func:`merge_met_later`)."""
CAMPAIGN_TOLL: Final = "campaign_toll_events"
"""``doc.extras`` key: trigger starts of the events whose toll is a vague count of hundreds or
thousands («وقتل المئات منهم»): folded into a happening told before, such a mention lends it
no toll (:func:`merge_coreferent`)."""
LOOKBACK: Final = 20
"""How many earlier events a back-reference is compared with (keeps long inputs linear)."""

_AL: Final = "\u0627\u0644"  # ال
_LIL: Final = "\u0644\u0644"  # لل: ل + ال with the alif dropped («للهجوم»)
_PROCLITICS: Final = frozenset("\u0648\u0641\u0628")  # و ف ب
_SYMMETRIC: Final = frozenset({"Armed clash"})
_VIOLENT: Final = "ASSAULT"
_COUNTRY_PRECISION: Final = 3  # ACLED geo_precision of a place known only as a region or country
_CLAUSE_END: Final = regex.compile(r"[.\u060c,;\u061b:\n]")  # where a clause ends


def is_definite(word: str) -> bool:
    """«الاشتباكات»، «والهجوم»، «للغارة» are definite; «اشتباكات»، «شنت» are not."""
    w = normalize_key(word)
    while len(w) > 3 and w[0] in _PROCLITICS and not w.startswith(_AL):
        w = w[1:]
    return w.startswith(_AL) or (w.startswith(_LIL) and len(w) > 4)


def _unidentified(a: Actor | None) -> bool:
    return a is not None and a.name.startswith(UNIDENTIFIED)




def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Unknown on one side, the same actor, two civilian actors of one country, or an
    unidentified armed group and a named non-state group (the attack by «انتحاري» a later
    sentence gives to its group)."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.inter == b.inter == CIVILIAN_INTER and a.country == b.country:
        return True  # «مدرسة تؤوي نازحين» and «عائلات نازحة»: displaced people are civilians
    if a.inter in CROWD_INTER and b.inter in CROWD_INTER and a.country == b.country:
        return True  # a riot's crowd is named rioters (stage), the same crowd its peaceful telling names protesters
    return (_unidentified(a) and b.inter in ARMED_GROUP_INTER) or (_unidentified(b) and a.inter in ARMED_GROUP_INTER)


def _named_alike(a: Actor | None, b: Actor | None) -> int:
    """1 when both sides are known and bear one name, else 0 (a count of agreeing names)."""
    return int(a is not None and b is not None and a.name == b.name)


def _actors_fit(earlier: Event, later: Event) -> bool:
    if _same_actor(earlier.actor1, later.actor1) and _same_actor(earlier.actor2, later.actor2):
        return True
    return (earlier.sub_event_type in _SYMMETRIC and _same_actor(earlier.actor1, later.actor2)
            and _same_actor(earlier.actor2, later.actor1))


def _same_place(a: Location | None, b: Location | None) -> bool:
    """Unknown on one side, the same place, or a region (or the whole country) and a place in it
    (the West Bank and Jenin: «استشهد ثلاثة ... في جنين» told again as «الشهداء الثلاثة ... في
    الضفة الغربية»)."""
    if a is None or b is None:
        return True
    if a.geonameid is not None and b.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if (a.name, a.country) == (b.name, b.country):
        return True
    return a.country == b.country and (_region_holds(a, b) or _region_holds(b, a) or _country_level(a) or _country_level(b))


def _country_level(loc: Location) -> bool:
    """A whole country: an event placed no better than that (the paragraph's fallback, «قرب الحدود»)
    may be one in any place of that country («قاعدة عسكرية في منطقة دجيبو» told again in a quote
    that names no place)."""
    return loc.country is not None and loc.admin1 is None and loc.admin2 is None and loc.geo_precision == _COUNTRY_PRECISION


def _region_holds(region: Location, place: Location) -> bool:
    """Is ``region`` a first-level region (its own admin1) that ``place`` lies in? A region's
    capital named like it counts («في صعدة» after «في مديرية مجز بمحافظة صعدة»: the bare name may
    be the governorate, and the account that gives it may tell the strike on Majz)."""
    return region.admin1 is not None and place.admin1 == region.admin1 \
        and (region.name == region.admin1 or _names_its_region(region.name_ar, region.country or "", region.admin1))


@lru_cache(maxsize=256)
def _names_its_region(name_ar: str | None, country: str, admin1: str) -> bool:
    """Is ``name_ar`` also the name of the first-level division ``admin1`` of ``country``
    (Sa'dah and the Saada governorate, Aleppo and its governorate)?"""
    if not name_ar:
        return False
    return any(p.kind == "A" and p.country == country and p.admin1 == admin1
               for p in load_gazetteer().candidates(normalize_key(name_ar)))


def _two_towns_two_tolls(a: Event, b: Event) -> bool:
    """Two places named at town precision, each with its own count of the dead: «اربعة اشخاص ...
    وسط بغداد» and «خمسة مدنيين ... في منطقة الكرادة» are two car bombs, though Baghdad holds
    Karrada. A detail with no count of its own («أحد القتيلين أصيب ... في مدينة أم درمان») may
    still tell the happening told before."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and la.geo_precision == lb.geo_precision == 1 and la.name != lb.name \
        and a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities


def _compatible(doc: Doc, earlier: Event, later: Event, max_paragraphs: int | None = MAX_PARAGRAPHS) -> bool:
    if (earlier.event_type, earlier.sub_event_type) != (later.event_type, later.sub_event_type):
        return False
    if earlier.event_date is not None and later.event_date is not None and earlier.event_date != later.event_date:
        return False
    if not _same_place(earlier.location, later.location) or not _actors_fit(earlier, later):
        return False
    if _two_towns_two_tolls(earlier, later):
        return False
    if max_paragraphs is None:
        return True
    a, b = earlier.evidence[-1].end, later.evidence[0].start
    return not more_breaks(doc, a, b, max_paragraphs)


def union_evidence(first: list[Span], then: list[Span]) -> list[Span]:
    """``first`` followed by the spans of ``then`` it does not hold yet (an event told again
    keeps every word that supports it, each once)."""
    seen = {(s.start, s.end) for s in first}
    return list(first) + [s for s in then if (s.start, s.end) not in seen]


def _merge(earlier: Event, later: Event, add: bool = False) -> Event:
    """``later`` folded into ``earlier``; ``add``: their deaths are different people (sum),
    else the same deaths told twice (the lowest figure)."""
    evidence = union_evidence(earlier.evidence, later.evidence)
    stated = [f for f in (earlier.fatalities, later.fatalities) if f is not None]
    fatalities = (sum(stated) if add else min(stated)) if stated else None
    location = earlier.location
    if location is None or (later.location is not None and later.location.geo_precision < location.geo_precision):
        location = later.location
    date, tprec = earlier.event_date, earlier.time_precision
    if date is None or (later.event_date is not None and later.time_precision < tprec):
        date, tprec = later.event_date, later.time_precision
    names = {a.name for a in earlier.assoc_actors}
    assoc = list(earlier.assoc_actors) + [a for a in later.assoc_actors if a.name not in names]
    actor1, actor2 = earlier.actor1, earlier.actor2
    if later.actor1 is not None or later.actor2 is not None:
        # not when the two name the victims differently, civilians and fighters («قُتل 15
        # شخصاً» per one source, «خمسة مسلحين فقط قتلوا» per another): two accounts of who was
        # hit, neither the attacker
        swapped = not (_same_actor(actor1, later.actor1) and _same_actor(actor2, later.actor2)) \
            and not (later.actor1 is None and _victims_disputed(actor2, later.actor2))
        if not swapped and _named_alike(actor1, later.actor2) + _named_alike(actor2, later.actor1) \
                > _named_alike(actor1, later.actor1) + _named_alike(actor2, later.actor2):
            # «تصدت لهجوم نفذته خلايا» (cells -> the SDF) and «تحييد ثلاثة مهاجمين» (the SDF ->
            # attackers): an unidentified side fits either way, the names say which way round
            swapped = True
        l1, l2 = (later.actor2, later.actor1) if swapped else (later.actor1, later.actor2)
        # an unidentified attacker the later telling names (:func:`_same_actor`) takes the name,
        # unless it is the target's: a side never fights itself by a merge
        actor1 = l1 if actor1 is None or (_unidentified(actor1) and l1 is not None and l1.inter in ARMED_GROUP_INTER
                                          and l1.name != actor1.name and not _named_alike(l1, actor2)) else actor1
        actor2 = actor2 or l2
    return earlier.model_copy(update={
        "actor1": actor1,
        "actor2": actor2,
        "assoc_actors": assoc,
        "location": location,
        "event_date": date,
        "time_precision": tprec,
        "fatalities": fatalities,
        "source": earlier.source or later.source,
        "evidence": evidence,
        "confidence": max(earlier.confidence, later.confidence),
    })


def _holding(events: list[Event], start: int, end: int) -> int | None:
    """Index of the first violent event one of whose evidence spans holds ``[start, end)``."""
    for i, ev in enumerate(events):
        if ev.plover_type == _VIOLENT and any(s.start <= start and end <= s.end for s in ev.evidence):
            return i
    return None


def _merge_disputed(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold the later of two violent events whose sentences hold the two sides of a conflict."""
    for conflict in doc.conflicts:
        spans = []
        for ci in conflict.claims:
            claim = doc.claims[ci] if 0 <= ci < len(doc.claims) else None
            if claim is None or not claim.evidence:
                break
            spans.append((min(s.start for s in claim.evidence), max(s.end for s in claim.evidence)))
        if len(spans) != 2:
            continue
        a, b = (_holding(events, s, e) for s, e in sorted(spans))
        held = a if b is None else b if a is None else None
        if held is not None:  # one side stands in an event, the other in none
            events = _lowest_of_dispute(doc, events, held, conflict.claims)
            continue
        if a is None or b is None or a == b:
            continue
        if a > b:
            a, b = b, a
        earlier, later = events[a], events[b]
        # the two accounts may call the same dead by other names («مدنيين» against «المجموعات
        # الإرهابية»): who was hit is what they dispute, so only the attacker must agree
        if _compatible(doc, earlier, later.model_copy(update={
                "event_type": earlier.event_type, "sub_event_type": earlier.sub_event_type, "actor2": None}),
                max_paragraphs=None):
            events = events[:a] + [_merge(earlier, later)] + events[a + 1:b] + events[b + 1:]
    return events


# the happening named again, definite: the reply's figure is of it
_THE_INCIDENT: Final = frozenset(normalize_key(w) for w in (
    "الهجوم", "الحادث", "الحادثة", "الغارة", "الغارات", "القصف", "الانفجار", "الاشتباكات", "التفجير",
    "المجزرة", "الهجمات", "المعارك", "الكمين"))
_WORD: Final = regex.compile(r"\w+")
_KILLED_SUBJECT: Final = " killed "  # claims' subjects of the dead («people killed»، «fighters killed in X»)
_OR_WOUNDED: Final = "or wounded"  # «killed or wounded»: no count of the dead


def _lowest_of_dispute(doc: Doc, events: list[Event], i: int, claims: Sequence[int]) -> list[Event]:
    """Event ``i`` with the lower of two disputed death tolls, when it stated the higher and the
    other source's figure stands in no event of its own («إن «ثلاثة من عناصر الحشد الشعبي قتلوا
    في هجوم»» per one source, «إن قتيلين فقط سقطا في الهجوم» per another): ACLED codes the most
    conservative figure."""
    found = [doc.claims[ci] for ci in claims if 0 <= ci < len(doc.claims)]
    if len(found) != 2 or not all(_KILLED_SUBJECT in f" {c.subject} " and _OR_WOUNDED not in c.subject for c in found):
        return events
    low, high = sorted(found, key=lambda c: c.quantity.low)
    ev = events[i]
    at = min(sp.start for sp in low.evidence)
    if not ev.evidence or at < ev.evidence[0].start or more_breaks(doc, ev.evidence[-1].end, at, _ACCOUNT_PARAGRAPHS):
        return events  # only a reply told after the event and near it («في المقابل، قالت ...»)
    sent = doc.sentence_of(at)
    if sent is None or not any(normalize_key(w) in _THE_INCIDENT for w in _WORD.findall(doc.raw, sent.start, sent.end)):
        return events  # that names the happening again («سقطا في الهجوم»، «من موقع الحادث»)
    q = low.quantity
    if ev.fatalities is None or ev.fatalities != high.quantity.low or q.low < 1 or q.approximate or q.high != q.low:
        # a bound or a range («لم يتجاوز ستة»، «ما بين 8 و10») is no figure to take
        return events
    return [*events[:i], ev.model_copy(update={"fatalities": int(q.low)}), *events[i + 1:]]


def merge_coreferent(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each back-reference folded into the event it names (order kept).

    A mention whose toll is a vague count of hundreds (:data:`CAMPAIGN_TOLL`: «وقال ضابط إن
    القوات خاضت معارك في الطارمية، وقتل المئات منهم» after the day's attack there) counts a
    campaign's dead, not the day's: it is merged with its toll set aside, and only an event
    it stays (or that stays first in the merge) takes that toll back.
    """
    campaign: set[int] = doc.extras.get(CAMPAIGN_TOLL) or set()
    told: dict[int, int | None] = {}
    if campaign:
        told = {ev.evidence[0].start: ev.fatalities for ev in events if ev.evidence and ev.evidence[0].start in campaign}
        events = [ev.model_copy(update={"fatalities": None}) if ev.evidence and ev.evidence[0].start in told else ev
                  for ev in events]
    events = _merge_demonstrative(doc, merge_headline(doc, merge_pluperfect_protests(doc, merge_crowd_clashes(doc, events))))
    merged = _merge_definite(doc, _merge_engagements(doc, events))
    merged = _merge_claimed(doc, _merge_accounts(doc, merge_met_later(doc, merged)))
    out = _merge_disputed(doc, _merge_same_row(_merge_retold(doc, merged)))
    out = _merge_incident_dated(doc, _drop_parried(doc, _claim_parried(doc, out)))
    out = _raids_of_arrests(doc, _merge_counter_accounts(doc, out))
    return [_campaign_toll_back(ev, told) for ev in out] if told else out


_COUNTER_TYPES: Final = frozenset({"Armed clash", "Attack"})  # an account that turns who attacked round


def _counter_account(prev: Event, ev: Event) -> bool:
    """Is ``ev`` the accused attacker's own account of ``prev``? «في حين قالت قوات الدعم السريع
    إنها صدت هجوما لميليشيات» after «قتل 40 شخصا في هجوم شنته قوات الدعم السريع على بلدة طويلة»:
    violent, told by ``prev``'s actor1, who is the side hit in it (or no side is named: «إنها
    "صدت هجوما"» in marks), a clash or an attack whose attacker it names, at the same place or
    none, on the same day or none."""
    if ev.plover_type != _VIOLENT or prev.plover_type != _VIOLENT or prev.actor1 is None or ev.source is None \
            or ev.actor1 is None or ev.sub_event_type not in _COUNTER_TYPES:
        return False  # (a bomb that hurt the raiders' soldiers is another deed: «انفجار عبوة ناسفة بآليتهما»)
    who = prev.actor1.name
    if ev.source.name != who or (ev.actor2 is not None and ev.actor2.name != who) \
            or (ev.actor1 is not None and ev.actor1.name == who):
        return False
    if ev.location is not None and prev.location is not None and ev.location.name != prev.location.name:
        return False
    return ev.event_date is None or prev.event_date is None or ev.event_date == prev.event_date


def _merge_counter_accounts(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold the accused attacker's account («إنها صدت هجوما ...») into the happening it answers,
    at most one paragraph after it: ACLED codes one event, as the first report tells it (its
    actors and type kept; the evidence of both; the lower toll). The two accounts disagree on who
    attacked, which the quotes keep."""
    if len(events) < 2:
        return events
    out: list[Event] = []
    for ev in events:
        prev = out[-1] if out else None
        if prev is not None and ev.evidence and prev.evidence and _counter_account(prev, ev) \
                and not more_breaks(doc, prev.evidence[-1].start, ev.evidence[-1].start, 1):
            out[-1] = _merge(prev, ev.model_copy(update={"actor1": None, "actor2": None, "assoc_actors": []}))
            continue
        out.append(ev)
    return out


# verbs of air defence (triggers.tsv defuse) that meet a strike coming in; not «أسقطت» (a downing
# may be of the other side's drone on patrol: «قالت قوات الدعم السريع إنها أسقطت طائرة مسيرة
# تابعة للجيش»)
_PARRYING: Final = PARRY_VERBS | frozenset(normalize_key(w) for w in ("اعتراض", "اعترضت الدفاعات"))
_STRIKES: Final = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_DISRUPTED_USE: Final = "Disrupted weapons use"


def _parried_there(parried: Location | None, strike: Location | None) -> bool:
    """The interception happened where the strike did: the same place, or no place told for it
    («وقال المتحدث ... إن المضادات الأرضية "تصدت لعدد من المسيرات الانتحارية"» after the strike
    on Port Sudan)."""
    return parried is None or strike is not None and strike.name == parried.name


def _drop_parried(doc: Doc, events: list[Event]) -> list[Event]:
    """An interception at the place and date of a strike that got through is part of that strike.

    «مضيفاً أن وسائط الدفاع الجوي تصدت لصواريخ العدوان وأسقطت معظمها» after «عدوان جوي
    إسرائيلي استهدف ... محيط مدينة دمشق»، «تصدت المضادات الأرضية لمسيرات ...، فيما اندلع حريق
    في مستودع للوقود بعد أن أصابته مسيرة أخرى»: ACLED codes the attack once, as the strike; an
    interception stands as disrupted weapons use only when nothing of the salvo is reported to
    hit that very place («اعترضت القبة الحديدية صاروخين أطلقا ... باتجاه عسقلان»; drones downed
    «فوق عدة مقاطعات روسية» are not the one that struck a town in one of them).
    """
    strikes = [ev for ev in events if ev.sub_event_type in _STRIKES]
    if not strikes:
        return events
    out = []
    for ev in events:
        if ev.sub_event_type == _DISRUPTED_USE and ev.evidence:
            trigger = ev.evidence[0]
            key = normalize_key(doc.raw[trigger.start:trigger.end]).lstrip("\u0648")
            if key in _PARRYING and any(_parried_there(ev.location, s.location) and s.event_date == ev.event_date
                                        for s in strikes):
                continue
        out.append(ev)
    return out


def _launched_from(doc: Doc, ev: Event) -> set[str]:
    """Countries the interception's sentence says the weapon came from («صاروخاً أُطلق من
    اليمن»، «من الأراضي اللبنانية» is not a name and gives none): a place entity of country
    precision right after «من»."""
    start, end = _sentence(ev)
    raw = doc.raw
    out: set[str] = set()
    for m in doc.entities:
        if start <= m.start < end and m.type in PLACE_TYPES and m.place is not None and m.place.precision == _COUNTRY_PRECISION:
            before = raw[max(start, m.start - 4):m.start].rstrip()
            if before.endswith("\u0645\u0646") and (len(before) == 2 or not before[-3].isalpha()):  # من
                out.add(m.place.country)
    return out


def _claim_parried(doc: Doc, events: list[Event]) -> list[Event]:
    """A strike into a country and that country's interception on the same day are one event:
    the interception, with the striker as the second actor.

    «أعلنت جماعة الحوثي استهداف مطار بن غوريون في منطقة يافا بصاروخ باليستي ... في المقابل، قال
    الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخاً أُطلق من اليمن»: the group claims a hit,
    the target says it shot the missile down; ACLED codes the one launch once, as disrupted
    weapons use by the intercepting forces against the launching side. Only when the strike
    reports no dead (a toll says something got through), names its attacker from another
    country, and is the only such strike that day (from the country the weapon was launched
    from, when the interception says).
    """
    parried = [i for i, ev in enumerate(events)
               if ev.sub_event_type == _DISRUPTED_USE and ev.evidence and ev.actor1 is not None
               and ev.actor1.inter == 1 and ev.actor1.country
               and normalize_key(doc.raw[ev.evidence[0].start:ev.evidence[0].end]).lstrip("\u0648") in _PARRYING]
    if not parried:
        return events
    drop: set[int] = set()
    events = list(events)
    for i in parried:
        ev = events[i]
        home = ev.actor1.country if ev.actor1 is not None else None
        origins = _launched_from(doc, ev)
        found = [j for j, s in enumerate(events)
                 if j not in drop and s.sub_event_type in _STRIKES and s.actor1 is not None and s.actor1.country
                 and s.actor1.country != home and (not origins or s.actor1.country in origins)
                 and s.location is not None and s.location.country == home and s.event_date == ev.event_date
                 and not s.fatalities and (ev.actor2 is None or _same_actor(ev.actor2, s.actor1))]
        if len(found) != 1:
            continue
        strike = events[found[0]]
        location = ev.location
        if location is None or location.country != home or strike.location is not None \
                and strike.location.geo_precision < location.geo_precision:
            location = strike.location  # the interceptor's ground, the target's place when finer
        events[i] = ev.model_copy(update={
            "actor2": strike.actor1,
            "location": location,
            "evidence": union_evidence(ev.evidence, strike.evidence),
            "confidence": max(ev.confidence, strike.confidence),
        })
        drop.add(found[0])
    return [ev for j, ev in enumerate(events) if j not in drop]


def _merge_demonstrative(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold an event whose trigger follows a demonstrative into the next event of its sentence:
    «وكانت آخر هذه الهجمات أمس الأحد، حين أعلنت الهيئة أن سفينة شحن تعرضت لإصابة بصاروخ» is one
    attack, the missile's; «هذه الهجمات» points at the kind of attack the article is about and
    names no one. Only when the demonstrative's event names no actor and the next one is of its
    PLOVER type in the same sentence."""
    if len(events) < 2:
        return events
    out: list[Event] = []
    raw = doc.raw
    k = 0
    while k < len(events):
        ev = events[k]
        nxt = events[k + 1] if k + 1 < len(events) else None
        if nxt is not None and ev.evidence and nxt.evidence and ev.actor1 is None and ev.actor2 is None \
                and ev.plover_type == nxt.plover_type \
                and _sentence(ev)[0] <= nxt.evidence[0].start < _sentence(ev)[1]:
            before = raw[max(0, ev.evidence[0].start - 12):ev.evidence[0].start].split()
            if before and normalize_key(before[-1]) in DEMONSTRATIVES:
                out.append(_merge(nxt, ev))
                k += 2
                continue
        out.append(ev)
        k += 1
    return out


def _campaign_toll_back(ev: Event, told: dict[int, int | None]) -> Event:
    """``ev`` with the toll :func:`merge_coreferent` set aside given back when ``ev`` is the
    mention that stated it (the lowest figure, should a later telling state one)."""
    own = told.get(ev.evidence[0].start) if ev.evidence else None
    if own is None:
        return ev
    fatalities = own if ev.fatalities is None else min(own, ev.fatalities)
    return ev.model_copy(update={"fatalities": fatalities})


_RIOT: Final = ("Riots", "Violent demonstration")
_PROTESTS: Final = "Protests"
_PROTEST_PLOVER: Final = "PROTEST"


def merge_crowd_clashes(doc: Doc, events: list[Event]) -> list[Event]:
    """One protest told as a protest and as the crowd's clash with the police is one violent
    demonstration, as ACLED codes it.

    «قُتل متظاهر وأصيب 19 آخرون خلال مواجهات اندلعت بين محتجين وقوات مكافحة الشغب» gives the
    stage a violent demonstration (the clash of the crowd with the force) and a protest of the
    protester words (an excessive force, as a protester was killed), with the same sides,
    place and day: one happening, one death. A protest event folds into a violent
    demonstration of its own sentence that nothing contradicts (actors, place, date); the
    demonstration keeps its ACLED type (the crowd fought: not a peaceful crowd shot at), the
    lowest stated toll, and its sentence span last in the evidence; its PLOVER type is PROTEST,
    as for a riot the stage tells with the protest (``triggers.tsv`` riot rows,
    ``stage._join_riot_deeds``): a clash of a crowd told alone stays the clash's ASSAULT. A protest whose sentence says it
    turned into clashes (:data:`TURNED`: «وكان المئات قد خرجوا في تظاهرة سلمية ... قبل أن تتحول
    إلى مواجهات») is the earlier phase of such a demonstration told in another sentence: it
    folds into the nearest one at most :data:`MAX_PARAGRAPHS` paragraphs away, before or after.
    """
    if not any((ev.event_type, ev.sub_event_type) == _RIOT for ev in events):
        return events
    turned: set[int] = doc.extras.get(TURNED) or set()
    out = list(events)
    i = 0
    while i < len(out):
        ev = out[i]
        j = _riot_of(doc, out, i, ev.evidence[0].start in turned) if ev.event_type == _PROTESTS and ev.evidence else None
        if j is None:
            i += 1
            continue
        riot = out[j]
        merged = _merge(riot, ev).model_copy(update={"plover_type": _PROTEST_PLOVER})
        if riot.evidence[-1] == ev.evidence[-1]:  # one sentence: its span stays last
            sentence = riot.evidence[-1]
            merged = merged.model_copy(update={"evidence": [s for s in merged.evidence if s != sentence] + [sentence]})
        out[j] = merged
        del out[i]  # the next event now stands at i
    return out


_MET: Final = frozenset({"Protest with intervention", EXCESSIVE_FORCE})


def merge_pluperfect_protests(doc: Doc, events: list[Event]) -> list[Event]:
    """A peaceful protest told in the pluperfect after a protest the police met is that protest's
    earlier part: «قتل متظاهران ... عندما أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق مئات المحتجين
    ...» then «وكان المئات من الخريجين ... قد خرجوا في تظاهرة صباح أمس»: one happening, as ACLED
    codes it (one row, typed by the intervention). The protest (:data:`PLUPERFECT`) folds into the
    nearest earlier protest with intervention or excessive force at most :data:`MAX_PARAGRAPHS`
    paragraphs back that nothing contradicts (date, place; its crowd is the force's target)."""
    told_before: set[int] = doc.extras.get(PLUPERFECT) or set()
    if not told_before or not any(ev.sub_event_type in _MET for ev in events):
        return events
    out = list(events)
    i = 0
    while i < len(out):
        ev = out[i]
        if ev.sub_event_type != "Peaceful protest" or not ev.evidence or ev.evidence[0].start not in told_before:
            i += 1
            continue
        j = next((k for k in range(i - 1, -1, -1) if out[k].sub_event_type in _MET and out[k].evidence
                  and _compatible(doc, out[k], _as_met(ev, out[k]))), None)
        if j is None:
            i += 1
            continue
        out[j] = _merge(out[j], _as_met(ev, out[j]))
        del out[i]
    return out


def merge_met_later(doc: Doc, events: list[Event]) -> list[Event]:
    """A peaceful protest whose crowd a later sentence has dispersed or shot at is that protest,
    met by force: «تظاهر مئات العراقيين ... أمام مبنى ديوان محافظة الديوانية» then, a paragraph
    or two on, «أطلقت قوات مكافحة الشغب الغاز المسيل للدموع والرصاص الحي لتفريق المتظاهرين، ما
    أدى إلى مقتل متظاهر»: one happening, as ACLED codes it (one row, typed by the force it met).
    The later event is a protest with intervention or excessive force whose sentence names the
    crowd told before (:data:`MET_AGAIN`: a definite protester noun, «لتفريقهم»); it is the
    first protest or riot after the peaceful one in a place that may be the same (protests
    told of other towns between are passed over), at most :data:`MAX_PARAGRAPHS` paragraphs
    on, and nothing contradicts (date, place). The merged event keeps the peaceful one's
    crowd and source, takes the force, the type and the toll of the later one, and stands
    where the peaceful one did. An arrest of protesters by a state force in the same town on
    the same day, at any distance (:func:`_arrested_there`), is such a protest's intervention
    too (ACLED: arrests at a demonstration make it a *Protest with intervention*)."""
    again: set[int] = doc.extras.get(MET_AGAIN) or set()
    if not again:
        return events
    out = _fold_dispersal_arrests(doc, events, again)
    i = 0
    while i < len(out):
        ev = out[i]
        if ev.sub_event_type != _PEACEFUL or not ev.evidence:
            i += 1
            continue
        j = next((k for k in range(i + 1, len(out)) if (out[k].event_type in _CROWD_TYPES or _protesters_arrested(out[k]))
                  and out[k].evidence and _may_be_one_place(ev.location, out[k].location)), None)
        met = out[j] if j is not None else None
        if met is not None and j is not None and _protesters_arrested(met):
            if _arrested_there(ev, met):
                out[i] = _merge(ev.model_copy(update={"sub_event_type": _INTERVENTION}), met.model_copy(
                    update={"actor1": ev.actor1, "actor2": met.actor1, "fatalities": None}))
                del out[j]
            i += 1
            continue
        if met is None or met.sub_event_type not in _MET or met.evidence[-1].start not in again:
            i += 1
            continue
        told = _as_met(ev, met)
        if not _compatible(doc, told, met):
            i += 1
            continue
        out[i] = _merge(told, met)
        del out[j]  # type: ignore[arg-type]
        i += 1
    return out


_CROWD_TYPES: Final = frozenset({"Protests", "Riots"})
_INTERVENTION: Final = "Protest with intervention"
_ARRESTS: Final = "Arrests"


def _fold_dispersal_arrests(doc: Doc, events: list[Event], again: set[int]) -> list[Event]:
    """An arrest told in the sentence that disperses the crowd told before («واستخدمت الغاز
    المسيل للدموع لتفريق المحتجين، فيما أعلنت مديرية الأمن العام توقيف 11 شخصاً») is that crowd's
    intervention: it folds into the nearest earlier protest or riot at most :data:`MAX_PARAGRAPHS`
    paragraphs back that nothing contradicts (place, date), which takes the arresting force as
    actor2 if it has none and, if peaceful, becomes a protest with intervention."""
    out = list(events)
    j = 0
    while j < len(out):
        arrests = out[j]
        if arrests.sub_event_type != _ARRESTS or not arrests.evidence or arrests.evidence[-1].start not in again \
                or arrests.actor1 is None or arrests.actor1.inter != STATE_INTER:
            j += 1
            continue
        i = next((k for k in range(j - 1, -1, -1) if out[k].event_type in _CROWD_TYPES and out[k].evidence), None)
        crowd = out[i] if i is not None else None
        if crowd is None or i is None or not _may_be_one_place(crowd.location, arrests.location) \
                or crowd.event_date is not None and arrests.event_date is not None and crowd.event_date != arrests.event_date \
                or more_breaks(doc, crowd.evidence[-1].end, arrests.evidence[0].start, MAX_PARAGRAPHS):
            j += 1
            continue
        update: dict[str, object] = {"evidence": union_evidence(crowd.evidence, arrests.evidence)}
        if crowd.actor2 is None:
            update["actor2"] = arrests.actor1
        if crowd.sub_event_type == _PEACEFUL:
            update["sub_event_type"] = _INTERVENTION
        out[i] = crowd.model_copy(update=update)
        del out[j]
    return out


def _one_place(a: Location | None, b: Location | None) -> bool:
    """Unknown on one side, or the very same place (not a region and a town in it: a protest in
    Khartoum and one in Omdurman are two, as ACLED codes them)."""
    if a is None or b is None:
        return True
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return (a.name, a.country) == (b.name, b.country)


def _may_be_one_place(a: Location | None, b: Location | None) -> bool:
    """:func:`_same_place`, but two towns named precisely are one only when they are the same
    town (Khartoum, the region's capital, and Omdurman in its region are two)."""
    if a is not None and b is not None and a.geo_precision == b.geo_precision == 1:
        return _one_place(a, b)
    return _same_place(a, b)


def _protesters_arrested(ev: Event) -> bool:
    """Is the event the arrest of protesters by a state force («واعتقلت قوات الأمن عشرات المحتجين
    في الخرطوم»)?"""
    return ev.sub_event_type == _ARRESTS and ev.actor2 is not None and ev.actor2.inter == PROTESTER_INTER \
        and ev.actor1 is not None and ev.actor1.inter == STATE_INTER


def _arrested_there(protest: Event, arrests: Event) -> bool:
    """Were the protesters arrested at the protest: the same town and the same day, both stated?
    (ACLED codes arrests at a demonstration as its intervention, *Protest with intervention*.)"""
    a, b = protest.location, arrests.location
    return a is not None and b is not None and a.geo_precision == b.geo_precision == 1 and _one_place(a, b) \
        and protest.event_date is not None and protest.event_date == arrests.event_date \
        and (protest.actor2 is None or arrests.actor1 is not None and protest.actor2.name == arrests.actor1.name)


def _as_met(ev: Event, met: Event) -> Event:
    """The peaceful protest ``ev`` told as the intervention ``met`` is: its type, and its crowd
    the force's target when the force comes first (excessive force)."""
    crowd = {"actor1": None, "actor2": ev.actor1} if met.sub_event_type == EXCESSIVE_FORCE else {}
    return ev.model_copy(update={"event_type": met.event_type, "sub_event_type": met.sub_event_type, **crowd})


def _riot_of(doc: Doc, events: list[Event], i: int, turned: bool) -> int | None:
    """Index of the violent demonstration the protest ``events[i]`` is told in: one of its
    sentence, else (``turned``) the nearest one within :data:`MAX_PARAGRAPHS` paragraphs."""
    ev = events[i]
    sent = ev.evidence[-1]
    near: list[tuple[int, int]] = []
    # an excessive force names the force first (ACLED), a violent demonstration the crowd
    crowd_first = ({"actor1": ev.actor2, "actor2": ev.actor1} if ev.sub_event_type == EXCESSIVE_FORCE
                   else {})
    for j, other in enumerate(events):
        if j == i or (other.event_type, other.sub_event_type) != _RIOT or not other.evidence:
            continue
        told = ev.model_copy(update={"event_type": other.event_type, "sub_event_type": other.sub_event_type,
                                     **crowd_first})
        if other.evidence[-1] == sent:
            if _compatible(doc, other, told, max_paragraphs=None):
                return j
            continue
        if not turned:
            continue
        a, b = sorted((other.evidence[-1], sent), key=lambda s: s.start)
        if not more_breaks(doc, a.end, b.start, MAX_PARAGRAPHS) and _compatible(doc, other, told, None):
            near.append((abs(other.evidence[-1].start - sent.start), j))
    return min(near)[1] if near else None


def merge_headline(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold each happening of the headline (:func:`hadath.text.headline.headline_span`) into
    the body's first telling of it: the first later event of the same ACLED type that nothing
    contradicts (place, actors, date; the sub-type may differ: a headline's «قصف» is the body's
    air strike). The body's event keeps its own arguments and takes the headline's actors, place
    and source only where it has none (never its toll); the headline's words join its evidence.
    A headline happening that fits none is dropped when the body has events of its type (the
    title sums them up; its telegraphic words were misread), and stays an event of its own when
    the body tells nothing of the kind."""
    span = headline_span(doc.raw)
    if span is None or not events:
        return events
    head = [i for i, ev in enumerate(events) if ev.evidence and ev.evidence[-1].end <= span[1]]
    if not head:
        return events
    out = list(events)
    gone: set[int] = set()
    for i in head:
        ev = events[i]
        same_type = [j for j in range(head[-1] + 1, len(out)) if _same_kind(out[j], ev)]
        for j in same_type:
            body = out[j]
            if _compatible(doc, body, ev.model_copy(update={"event_type": body.event_type,
                                                            "sub_event_type": body.sub_event_type}),
                           max_paragraphs=None):
                out[j] = _told_in_headline(body, ev)
                gone.add(i)
                break
        else:
            if same_type:
                # the body tells happenings of this type, none as the headline's words were
                # read («استهداف سفينة في البحر الأحمر وغارات أمريكية على الحديدة» read as one
                # strike): a title sums up the body, it adds no happening of a type the body has
                gone.add(i)
    return [ev for i, ev in enumerate(out) if i not in gone]


def _same_kind(body: Event, head: Event) -> bool:
    """Can the body's event be the headline's happening told again: the same ACLED type, or both
    demonstrations (PLOVER PROTEST), whose ACLED type the body's detail may move from *Protests*
    to *Riots*: «متظاهرون يغلقون طرقا في البصرة» over «أغلق مئات المحتجين ... طرقا رئيسية ...
    بالإطارات المحترقة» (the body's burning tyres make the violent demonstration)."""
    return body.event_type == head.event_type or body.plover_type == head.plover_type == "PROTEST"


def _told_in_headline(body: Event, head: Event) -> Event:
    """``body`` with what only the headline ``head`` says; its sentence span stays last."""
    extra = union_evidence(body.evidence, head.evidence)[len(body.evidence):]
    update: dict[str, object] = {"evidence": [*body.evidence[:-1], *extra, body.evidence[-1]]}
    # not the toll: a title's «مقتل متظاهر» sums up the story, it is not this event's count
    for field in ("actor1", "actor2", "location", "source"):
        if getattr(body, field) is None and getattr(head, field) is not None:
            update[field] = getattr(head, field)
    return body.model_copy(update=update)


def _account_of(doc: Doc, ev: Event) -> bool:
    """Is ``ev`` a named source's toll with no deed of its own (see the module's notes)?"""
    toll_only: set[int] = doc.extras.get(TOLL_ONLY) or set()
    if not ev.evidence or ev.evidence[0].start not in toll_only or ev.actor1 is not None:
        return False
    outlet = doc.extras.get("outlet")
    return ev.source is not None and (outlet is None or ev.source.name != outlet.name)


# The rules _merge_back applies are module functions and small classes, not nested functions:
# mypyc keeps a nested function in its enclosing call's environment, which the function
# references back, so the environment (and the document it holds) became cyclic garbage
# that the collector had to find after every article (~500 objects, ~0.4 ms an article).


class _AccountTold:
    """The account retold as the violent happening before it, whose target it does not name."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __call__(self, prev: Event, ev: Event) -> Event | None:
        if prev.plover_type != _VIOLENT or not prev.evidence or _account_of(self.doc, prev):
            return None
        if _state_dead_elsewhere(prev, ev):
            return None  # «حصيلة القتلى في صفوف القوات الحكومية بلغت 12» is no toll of the coalition's strike on the group
        return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type,
                                     "actor2": None})


def _other_side_counted(prev: Event, ev: Event) -> bool:
    """The account counts the dead of the clash's other side («قُتل عشرون جندياً في هجوم
    شنه مسلحون» and then «عشرات المهاجمين قُتلوا في الرد الجوي»): more dead, not the same
    dead told twice, so the figures add up as ACLED counts a battle's dead."""
    return (prev.sub_event_type in _SYMMETRIC and ev.actor2 is not None and prev.actor1 is not None
            and prev.actor2 is not None and _same_actor(prev.actor1, ev.actor2)
            and not _same_actor(prev.actor2, ev.actor2))


def _merge_accounts(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold a source's account of a toll into the happening told before it."""
    if not doc.extras.get(TOLL_ONLY):
        return events
    told = _AccountTold(doc)
    out: list[Event] = []
    turned: dict[tuple[int, int], bool] | None = None
    for ev in events:
        if out and _account_of(doc, ev):
            if turned is None:  # read once, when an account first asks
                turned = _turns(doc, events)
            # an account placed nowhere may come a few paragraphs after the happening it counts,
            # when nothing violent is told between («وأحصت شبكة أطباء السودان مقتل 15 شخصاً»)
            reach = _ACCOUNT_PARAGRAPHS if ev.location is None else MAX_PARAGRAPHS
            if not turned[_sentence(ev)] and _merge_back(doc, out, ev, told, _other_side_counted, reach):
                continue  # «في حادث آخر، ...»: a toll after a turn is another happening's
        out.append(ev)
    return out


def _retells_deed(ev: Event) -> bool:
    """Is ``ev`` a named group's own account of its deed (source and actor1 one actor), or a
    deed of «المهاجمين» (the attackers: of the attack already told)?"""
    if ev.plover_type != _VIOLENT or ev.actor1 is None:
        return False
    if normalize_key(ev.actor1.text) in THE_ATTACKERS:
        return True  # named or not: the attackers of the attack told before
    return not _unidentified(ev.actor1) and ev.source is not None and ev.source.name == ev.actor1.name


class _ClaimTold:
    """A group's own account, or the attackers' deed, retold as the violent deed told before,
    whatever sub-type each gives it («هاجموا قاعدة عسكرية ... ما أسفر عن مقتل تسعة جنود» per
    officers; «إن المهاجمين فجروا سيارة مفخخة عند مدخل القاعدة قبل أن يقتحمها عشرات
    المسلحين»; «في المقابل، أعلنت حركة الشباب ... أن مقاتليها "سيطروا على القاعدة" وقتلوا 41
    جندياً»)."""

    def __call__(self, prev: Event, ev: Event) -> Event | None:
        if prev.plover_type != _VIOLENT or prev.actor1 is None or ev.actor1 is None or not prev.evidence:
            return None
        if _unidentified(ev.actor1) and not _unidentified(prev.actor1):
            # «إن المهاجمين استخدموا طائرة مسيرة»: two groups named before, so the attackers were
            # read as unknown; they are the attack's, whoever the earlier telling names
            ev = ev.model_copy(update={"actor1": prev.actor1})
        if ev.actor1 is None or prev.actor1.name != ev.actor1.name:
            return None
        update: dict[str, object] = {"event_type": prev.event_type, "sub_event_type": prev.sub_event_type}
        if _victims_disputed(prev.actor2, ev.actor2):
            # «قتل شخصان في غارة ...، فيما قال الجيش إنه استهدف عنصراً في حزب الله»: who was hit
            # is the dispute the two accounts carry, not a second strike
            update["actor2"] = prev.actor2
        return ev.model_copy(update=update)


def _victims_disputed(a: Actor | None, b: Actor | None) -> bool:
    """Are ``a`` and ``b`` civilians on one side and an armed group on the other?"""
    if a is None or b is None:
        return False
    return (a.inter == CIVILIAN_INTER and b.inter in ARMED_GROUP_INTER) or \
        (b.inter == CIVILIAN_INTER and a.inter in ARMED_GROUP_INTER)


def _merge_claimed(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold a group's account of its own deed, and what «المهاجمين» did, into the deed told before.

    ACLED codes one happening, with the lowest figure: a group that claims the attack others
    reported («في المقابل، أعلنت الحركة في بيان أن مقاتليها سيطروا على القاعدة وقتلوا 41 جندياً»)
    tells that attack again, even when it calls it a take-over; «المهاجمين فجروا سيارة مفخخة»
    tells how the attack told before began (the definite «the attackers» points back at it,
    as «الهجوم» does). The earlier event must have the
    same named actor1 and nothing contradicting (the other side, place, day: :func:`_compatible`),
    at most :data:`MAX_PARAGRAPHS` paragraphs before; a sentence that turns to another happening
    («في هجوم آخر») keeps its own."""
    if len(events) < 2 or not any(_retells_deed(ev) for ev in events[1:]):
        return events
    told = _ClaimTold()
    out: list[Event] = []
    turned: dict[tuple[int, int], bool] | None = None
    for ev in events:
        if out and ev.evidence and _retells_deed(ev):
            if turned is None:
                turned = _turns(doc, events)
            if not turned[_sentence(ev)] and _merge_back(doc, out, ev, told, partial(_other_sides_dead, doc)):
                continue
        out.append(ev)
    return out


_TERRITORY_TYPES: Final = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _state_dead_elsewhere(prev: Event, ev: Event) -> bool:
    """Does the account ``ev`` count the dead of a state force that is neither side of
    ``prev`` (both of whose sides are known), or is ``prev`` a change of territory? Then it
    tells another fight's dead: «حصيلة القتلى في صفوف القوات الحكومية بلغت 12» after a strike of
    the coalition on the group is the army's clash's. (Civilians or militants counted against
    a strike are the dispute such accounts carry: «الضربة أسفرت عن مقتل ثمانية مسلحين» against
    the civil defence's three civilians.)"""
    dead = ev.actor2
    if dead is None or dead.inter != STATE_INTER or prev.actor1 is None or prev.actor2 is None:
        return False
    # the fight's dead, not a change of hands: «استعادت قوات الجيش السيطرة على قرية» is no toll's
    return dead.name not in (prev.actor1.name, prev.actor2.name) or prev.sub_event_type in _TERRITORY_TYPES


def _merge_back(doc: Doc, out: list[Event], ev: Event, told_as: Callable[[Event, Event], Event | None],
                adds: Callable[[Event, Event], bool] | None = None, reach: int = MAX_PARAGRAPHS) -> bool:
    """Merge ``ev`` into the latest of the last :data:`LOOKBACK` events in ``out`` that it can
    be the telling again of; ``told_as(prev, ev)`` is ``ev`` as compared with ``prev`` (None:
    not a candidate). False when none is compatible (the caller keeps ``ev`` as its own).
    ``adds(prev, ev)``: their dead are different people (summed), else the same dead told
    twice (the lowest figure). ``reach``: paragraphs the latest event may lie back (the
    others :data:`MAX_PARAGRAPHS`)."""
    for i in range(len(out) - 1, max(-1, len(out) - 1 - LOOKBACK), -1):
        told = told_as(out[i], ev)
        if told is not None and _compatible(doc, out[i], told, reach if i == len(out) - 1 else MAX_PARAGRAPHS):
            out[i] = _merge(out[i], ev, add=adds is not None and adds(out[i], ev))
            return True
    return False


def _merge_retold(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold a source's retelling of the happening just told into it.

    «قتل ثلاثة جنود عراقيين ... في اشتباكات مع مسلحين من تنظيم داعش في قضاء الحويجة، بحسب ما أفاد
    مصدر أمني» and then «وقال المصدر إن عناصر التنظيم هاجموا نقطة عسكرية للجيش عند أطراف القضاء ...،
    وقتل ستة من المهاجمين»: the source tells the lead's clash in its own words, with an
    indefinite trigger (a verb here) that :func:`_merge_definite` does not read as a
    back-reference. A later event is such a retelling when
    * a named source reports it (not the outlet by default) and its sentence does not turn to
      another happening («وفي هجوم آخر»، ``attribution/data/incidents.tsv``), nor do the words
      around its trigger or actors («هجوما آخر»، «هاجموا نقطة أخرى للجيش»، «غارات جديدة»،
      ``events/data/other_happening.tsv``);
    * the latest earlier event of its ACLED type, at most :data:`MAX_PARAGRAPHS` paragraphs
      before it, has its sub-type and nothing contradicts it (:func:`_compatible`: actors, date,
      place; a place the event took from an earlier sentence,
      :mod:`hadath.events.place_fallback`, is not its own and says nothing).
    The merged event keeps the earlier one's arguments and the lowest toll (:func:`_merge`).
    """
    outlet = doc.extras.get("outlet")
    outlet_name = getattr(outlet, "name", None) if outlet is not None else None
    borrowed: set[int] = doc.extras.get(FALLBACK_PLACED) or set()
    out: list[Event] = []
    # whether each event's sentence turns to another happening, read in one call for the
    # events a named source other than the outlet tells (no other event is a retelling)
    told = [ev for ev in events if ev.evidence and ev.source is not None
            and (outlet is None or ev.source.name != outlet_name)]
    spans = list({(ev.evidence[-1].start, ev.evidence[-1].end): None for ev in told})
    turned = dict(zip(spans, sentence_turns(doc, spans), strict=True))
    others = _WordPlaces(doc, other_happening_words())
    lead = _Lead(doc, events)
    for ev in events:
        found = _retold_event(doc, out, ev, outlet, borrowed, turned, others, lead) if out and ev.evidence else None
        if found is None:
            out.append(ev)
        else:
            i, as_told = found
            # who was hit, when the retelling names it otherwise (:func:`_told_otherwise`), is the earlier's
            merged = _merge(out[i], ev if as_told.actor2 is not None else ev.model_copy(update={"actor2": None}),
                            add=_other_sides_dead(doc, out[i], ev))
            if ev.sub_event_type == _SUICIDE and merged.sub_event_type != _SUICIDE:
                merged = merged.model_copy(update={"sub_event_type": _SUICIDE})  # the bomber told: ACLED's finer sub-type
            out[i] = merged
    return out


def _other_sides_dead(doc: Doc, earlier: Event, later: Event) -> bool:
    """Do the two tellings count the dead of different sides, so that the happening's toll is
    their sum? «قُتل ثلاثة من عناصر الجيش العراقي ... في اشتباكات مع مسلحين من تنظيم «داعش»» and
    the source's «القوات الأمنية تمكنت من قتل ستة من المهاجمين»: the soldiers were the attacked
    side, the six the attackers, nine dead in all (ACLED counts every death of the event).
    Only when each telling names one side, and not the same one."""
    if earlier.fatalities is None or later.fatalities is None:
        return False
    a = _dead_side(doc, earlier)
    b = _dead_side(doc, later)
    return a != "" and b != "" and a != b


_DEATH_KEYS: Final = frozenset(normalize_key(w) for w in ("قتل", "مقتل", "قتلت", "قتلوا"))
_ATTACKERS: Final = frozenset(normalize_key(w) for w in ("المهاجمين", "المهاجمون", "المهاجمة"))
_COUNT_WORD: Final = regex.compile(r"\s+\S+\s+")  # « ثلاثة »
_COUNTED_FROM: Final = regex.compile(r"\s+\S+(?:\s+\S+)?\s+\u0645\u0646\s+")  # « ستة من »، « ستة عناصر من »


def _dead_side(doc: Doc, ev: Event) -> str:
    """Whose dead a telling counts: "target" when a death word's count is the event's target
    or «من» it («قتل ثلاثة جنود عراقيين»، «قُتل ثلاثة من عناصر الجيش العراقي»), "attacker" when
    its attacker or «المهاجمين» («قتل ستة من المهاجمين»); "" when neither, or both."""
    raw = doc.raw
    actor_at: dict[int, str] = {}
    for span in ev.evidence[:-1]:  # the last is the sentence
        text = raw[span.start:span.end]
        # the actor's span may hold its head noun before the name («جنود من قوات دفاع شبوة»)
        if ev.actor2 is not None and text.endswith(ev.actor2.text):
            actor_at[span.start] = "target"
        elif ev.actor1 is not None and text.endswith(ev.actor1.text):
            actor_at.setdefault(span.start, "attacker")
    sides: set[str] = set()
    for span in ev.evidence:
        if span.end - span.start > 8 or normalize_key(raw[span.start:span.end]) not in _DEATH_KEYS:
            continue
        c = _COUNT_WORD.match(raw, span.end, min(len(raw), span.end + 20))
        if c is not None and c.end() in actor_at:  # «قتل ثلاثة جنود عراقيين»
            sides.add(actor_at[c.end()])
            continue
        m = _COUNTED_FROM.match(raw, span.end, min(len(raw), span.end + 40))
        if m is None:
            continue
        at = m.end()
        word = raw[at:at + 20].split(maxsplit=1)[:1]
        if at in actor_at:
            sides.add(actor_at[at])
        elif word and normalize_key(word[0].strip("\u00ab\u00bb\u060c,.")) in _ATTACKERS:
            sides.add("attacker")
    return next(iter(sides)) if len(sides) == 1 else ""


_SUICIDE: Final = "Suicide bomb"
_BOMBINGS: Final = frozenset({"Remote explosive/landmine/IED", _SUICIDE})
"""Sub-types one bombing may be told as: «انفجار سيارة مفخخة» in the lead, «سيارة مفخخة يقودها
انتحاري» in a source's account of it."""


def _told_otherwise(earlier: Event, later: Event) -> Event:
    """``later`` as a retelling of ``earlier`` is compared: a bombing's sub-type told finer
    (:data:`_BOMBINGS`) is the earlier's, and who was hit may be named otherwise when both state
    the same toll («قُتل 7 أشخاص ... في انفجار سيارة مفخخة استهدف نقطة تفتيش للجيش» and «سيارة
    مفخخة يقودها انتحاري اقتحمت نقطة التفتيش ... ما أدى إلى مقتل سبعة أشخاص»: the soldiers and
    the people are the same dead)."""
    update: dict[str, object] = {}
    if earlier.sub_event_type != later.sub_event_type and {earlier.sub_event_type, later.sub_event_type} <= _BOMBINGS:
        update["sub_event_type"] = earlier.sub_event_type
    if later.fatalities is not None and later.fatalities > 0 and later.fatalities == earlier.fatalities:
        update["actor2"] = None
    return later.model_copy(update=update) if update else later


def _same_story_before(out: list[Event], i: int, ev: Event) -> int | None:
    """The event of ``ev``'s sub-type before ``out[i]`` (of its type, another sub-type) when the
    events between are its attacker's sequel: «شنت هيئة تحرير الشام ... هجوما» then «وقالت مصادر
    محلية إن الفصائل سيطرت على قرية الحماميات» then the other side's account «إن وحدات الجيش
    تصدت لهجوم شنته التنظيمات الإرهابية» retells the attack, past the village it took. Only
    when every event between has the same named actor1 as the one retold (another attack
    between, elsewhere or by others, is another story)."""
    for k in range(i, max(-1, i - LOOKBACK), -1):
        prev = out[k]
        if prev.event_type != ev.event_type or not prev.evidence:
            continue
        if prev.sub_event_type == ev.sub_event_type:
            a1 = prev.actor1
            between = [e for e in out[k + 1:i + 1] if e.event_type == ev.event_type]
            if a1 is None or not all(e.actor1 is not None and e.actor1.name == a1.name for e in between):
                return None
            return k
    return None


def _in_countryside(loc: Location | None) -> bool:
    """A place told no finer than its area (ACLED geo precision 2 or 3: «ريف حماة الشمالي»)."""
    return loc is not None and loc.geo_precision >= 2


def _turns(doc: Doc, events: list[Event]) -> dict[tuple[int, int], bool]:
    """Whether each event's sentence (raw span) turns to another happening («في هجوم آخر»،
    ``attribution/data/incidents.tsv``), read for all the events in one call."""
    spans = list({_sentence(ev): None for ev in events if ev.evidence})
    return dict(zip(spans, sentence_turns(doc, spans), strict=True))


# «وقال الجيش إن الحادث وقع مساء الثلاثاء»: the incident just told, and the day it happened
_INCIDENT_HAPPENED: Final = regex.compile(
    r"[إأ]ن\s+(?:\u0627\u0644\u062d\u0627\u062f\u062b|\u0627\u0644\u0647\u062c\u0648\u0645|\u0627\u0644\u0627\u0646\u0641\u062c\u0627\u0631|\u0627\u0644\u0643\u0645\u064a\u0646)"
    r"\s+\u0648\u0642\u0639")  # إن/أن + الحادث|الهجوم|الانفجار|الكمين + وقع


_INCIDENT_KM: Final = 15.0  # «في خان يونس» and «في حي بني سهيلا شرقي المدينة»: one incident's places


def _close_places(a: Location | None, b: Location | None) -> bool:
    """:func:`_same_place`, or two places a few kilometres apart (a town and its suburb)."""
    if _same_place(a, b):
        return True
    return a is not None and b is not None and a.latitude is not None and a.longitude is not None \
        and b.latitude is not None and b.longitude is not None \
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _INCIDENT_KM


# verbs and nouns of storming or raiding («اقتحمت بلدة قباطية»، «بعد مداهمة منازل ذويهم»)
_RAID_WORDS: Final = frozenset(normalize_key(w) for w in (
    "اقتحم", "اقتحمت", "اقتحموا", "اقتحام", "واقتحمت", "واقتحم", "داهم", "داهمت", "داهموا", "مداهمة",
    "مداهمات", "ومداهمة", "يقتحم", "تقتحم"))


def _raids_of_arrests(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold a raid that killed no one into the arrests its force made in the same sentence («إن
    قوات الاحتلال اقتحمت بلدة قباطية، واعتقلت ثمانية شبان بعد مداهمة منازل ذويهم»): ACLED codes
    the raid as the arrests, one event, not an attack on civilians beside them. A raid whose
    evidence holds anything but storming words (a shot, a death) stays its own event."""
    if len(events) < 2:
        return events
    arrests = {(_sentence(ev), ev.actor1.name): i for i, ev in enumerate(events)
               if ev.sub_event_type == _ARRESTS and ev.evidence and ev.actor1 is not None}
    if not arrests:
        return events
    out = list(events)
    drop: set[int] = set()
    for i, ev in enumerate(events):
        if ev.sub_event_type == _ARRESTS or not ev.evidence or ev.actor1 is None or ev.fatalities:
            continue
        j = arrests.get((_sentence(ev), ev.actor1.name))
        if j is None:
            continue
        named = {a.text for a in (ev.actor1, ev.actor2, *ev.assoc_actors) if a is not None}
        words = [normalize_key(doc.raw[sp.start:sp.end]) for sp in ev.evidence[:-1]
                 if doc.raw[sp.start:sp.end] not in named]  # the triggers, not the actors' spans
        if not words or not all(w in _RAID_WORDS for w in words):
            continue
        out[j] = _merge(out[j], ev.model_copy(update={"actor2": None}))
        drop.add(i)
    return [ev for i, ev in enumerate(out) if i not in drop]


_HAPPENED: Final = "\u0648\u0642\u0639"  # وقع, the verb of :data:`_INCIDENT_HAPPENED`


def _merge_incident_dated(doc: Doc, events: list[Event]) -> list[Event]:
    """Fold an event told in a sentence that says when «the incident» happened («أعلن الجيش
    الإسرائيلي، الأربعاء، مقتل ضابط وجنديين في انفجار عبوة ...» then «وقال الجيش إن الحادث وقع
    مساء الثلاثاء ... وإن الجنود تعرضوا لكمين») into the violent event just before it, at most
    :data:`MAX_PARAGRAPHS` paragraphs back in a place that fits: one happening, whose day is the
    one the later sentence gives (the lead's is the day it was announced)."""
    if _HAPPENED not in doc.raw:
        return events  # no «وقع» anywhere: no incident dated again
    out: list[Event] = []
    for ev in events:
        prev = out[-1] if out else None
        if prev is not None and ev.evidence and prev.evidence and prev.plover_type == _VIOLENT \
                and ev.plover_type == _VIOLENT and _close_places(prev.location, ev.location) \
                and _INCIDENT_HAPPENED.search(doc.raw, *_sentence(ev)) is not None \
                and not more_breaks(doc, prev.evidence[-1].end, ev.evidence[0].start, MAX_PARAGRAPHS):
            merged = _merge(prev, ev.model_copy(update={"event_type": prev.event_type,
                                                        "sub_event_type": prev.sub_event_type}))
            if ev.event_date is not None:
                merged = merged.model_copy(update={"event_date": ev.event_date, "time_precision": ev.time_precision})
            out[-1] = merged
            continue
        out.append(ev)
    return out


def _sentence(ev: Event) -> tuple[int, int]:
    """The raw span of an event's sentence (the stage lists it last in the evidence)."""
    return ev.evidence[-1].start, ev.evidence[-1].end


def _retold_event(doc: Doc, out: list[Event], ev: Event, outlet: object, borrowed: set[int],
                  turned: dict[tuple[int, int], bool], others: _WordPlaces, lead: _Lead) -> tuple[int, Event] | None:
    """Index in ``out`` of the event ``ev`` retells (see :func:`_merge_retold`), if any, and
    ``ev`` as compared with it (:func:`_told_otherwise`);
    ``turned``: whether a sentence span opens a turn to another happening; ``others``: where
    the document's words of another happening are."""
    if ev.source is None or (outlet is not None and ev.source.name == getattr(outlet, "name", None)):
        return None
    sentence, trigger = ev.evidence[-1], ev.evidence[0]
    # the latest earlier event of its type first: most events have none, and then the words
    # around them need no reading
    i = next((k for k in range(len(out) - 1, max(-1, len(out) - 1 - LOOKBACK), -1)
              if out[k].event_type == ev.event_type and out[k].evidence), None)
    if i is not None and out[i].sub_event_type != ev.sub_event_type \
            and not {out[i].sub_event_type, ev.sub_event_type} <= _BOMBINGS:
        i = _same_story_before(out, i, ev)
    if i is None:
        return None
    # a lead that tells several happenings («قُتل قيادي ... في طفس، في حين لقي عنصران حتفهما
    # بانفجار عبوة ناسفة قرب نوى») is told again one by one below it, and «وفي حادثة منفصلة»
    # there turns from the happening just detailed to the lead's next one, however far down
    from_lead = lead.retold_below(out, i, ev)
    if (turned[(sentence.start, sentence.end)] and not from_lead) or any(
            _another_near(doc, s.start, s.end, sentence, others) for s in ev.evidence[:-1] if sentence.start <= s.start):
        return None
    if (ev.location is None or trigger.start in borrowed) and _names_unknown_place(doc, trigger, sentence) \
            and not _in_countryside(out[i].location):
        # «في منطقة الكرادة», a place the gazetteer lacks: it may be elsewhere than the town
        # told before; not when that was a countryside or district («في ريف حماة الشمالي» and
        # then «على محور كفرنبودة»), which holds such places
        return None
    told = _told_otherwise(out[i], ev.model_copy(update={"location": None}) if trigger.start in borrowed else ev)
    # a source's account that names no one, no place and no dead («أما وزارة الداخلية فقالت إن
    # «مجموعة خارجة عن القانون» هاجمت الحاجز») can only be the story's happening, however far
    # from the lead the paragraphs of the other accounts have put it
    reach = None if from_lead or _names_nothing(ev) else MAX_PARAGRAPHS
    return (i, told) if _compatible(doc, out[i], told, max_paragraphs=reach) else None


class _Lead:
    """The article's lead: the first paragraph after the headline that tells an event (read once
    a document, as paragraph indexes of raw offsets)."""

    def __init__(self, doc: Doc, events: list[Event]) -> None:
        head = headline_span(doc.raw)
        self.after = head[1] if head is not None else 0
        self.starts = doc_paragraph_starts(doc.extras, doc.raw)
        self.index = min((bisect_right(self.starts, s.start) for e in events for s in e.evidence[:-1]
                          if s.start >= self.after), default=-1)

    def _in_lead(self, e: Event) -> bool:
        return any(s.start >= self.after and bisect_right(self.starts, s.start) == self.index for s in e.evidence[:-1])

    def retold_below(self, out: list[Event], i: int, ev: Event) -> bool:
        """Is ``out[i]`` told only in the lead, which tells another event too, and ``ev`` below
        it? A newspaper lead sums up the day's happenings in one sentence and the body details
        them in turn, each in its own paragraphs: a source's account far below the lead retells
        one of them."""
        if self.index < 0 or bisect_right(self.starts, ev.evidence[0].start) <= self.index:
            return False
        told = [bisect_right(self.starts, s.start) for s in out[i].evidence if s.start >= self.after]
        if not told or any(p != self.index for p in told):
            return False
        return any(k != i and self._in_lead(e) for k, e in enumerate(out))


def _names_unknown_place(doc: Doc, trigger: Span, sentence: Span) -> bool:
    """Does the trigger's clause name a place the geo stage could not resolve (not in an
    organisation)? («انفجار سيارة مفخخة ... في منطقة الكرادة»; not «..., قبل أن ينسحب الباقون
    باتجاه سلسلة جبال حمرين», another clause)"""
    raw = doc.raw
    a = max((m.end() for m in _CLAUSE_END.finditer(raw, sentence.start, trigger.start)), default=sentence.start)
    m = _CLAUSE_END.search(raw, trigger.end, sentence.end)
    b = m.start() if m else sentence.end
    return any(e.type in PLACE_TYPES and e.place is None and not e.in_org and a <= e.start and e.end <= b
               and not _quoted_name(raw, e.start, e.end) for e in doc.entities)


def _quoted_name(raw: str, start: int, end: int) -> bool:
    """Is ``raw[start:end]`` a whole name in guillemets or quotes («لـ«الشرق الأوسط»»)? Such a
    name is an outlet or an organisation, not an unknown place."""
    return start > 0 and end < len(raw) and raw[start - 1] in NAME_QUOTES and raw[end] in NAME_QUOTES


_OTHER_WINDOW: Final = 4  # words after a trigger read for «آخر»، «جديدة» ...
_OTHER_BEFORE: Final = 3  # and words before it («في أربع هجمات متفرقة ثلاث منها عبوات ناسفة»)


class _WordPlaces:
    """Raw starts of the places where one of ``words`` (normalised, no spaces) may be written
    in a document, found on first use with one ``str.find`` pass a word over ``doc.norm`` (C
    speed).

    A raw word whose ``normalize_key`` is, or holds, one of the words holds it in
    ``doc.norm.text`` too (both use the MATCH table, character by character), so one of these
    places starts inside it; a window in which none starts holds no such word, and the rule
    need not cut and normalise its words (most windows: the words are rare). Used for the
    words of another happening (:func:`_another_near`) and the definite aircraft names
    (:func:`_definite_aircraft_before`)."""

    def __init__(self, doc: Doc, words: frozenset[str]) -> None:
        self._doc = doc
        self._words = words
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        if self._starts is None:
            norm = self._doc.norm
            text = norm.text
            found: set[int] = set()
            for w in self._words:
                i = text.find(w)
                while i != -1:
                    found.add(i)
                    i = text.find(w, i + 1)
            self._starts = sorted(norm.raw_start(i) for i in found)
        return self._starts

    def any_in(self, a: int, b: int) -> bool:
        """Does one of the places start in raw ``[a, b)``?"""
        starts = self.starts()
        k = bisect_left(starts, a)
        return k < len(starts) and starts[k] < b


# A word's lexicon key by its text, made once a process: the rules below key the few words
# around each trigger, and ``normalize_key``'s ``lru_cache`` re-links its list and builds a key
# on every hit, where a hit here is one dict read (compiled, ~0.17M instructions an article
# went to those calls on the benchmark articles)
_KEY: Final[Memo[str, str]] = Memo(normalize_key)


def _another_near(doc: Doc, start: int, end: int, sentence: Span, others: _WordPlaces | None = None) -> bool:
    """Does a word just after the trigger at raw ``[start, end)`` (within its clause), or just
    before it, make the happening another one («هاجموا نقطة أخرى»، «شنت غارات جديدة»، «هجمات
    متفرقة»)? ``others``: the document's places of such words, to skip a window without any."""
    lo, hi = max(sentence.start, start - 40), min(sentence.end, end + 60)
    if others is not None and not others.any_in(lo, hi):
        return False
    after = _CLAUSE_END.split(doc.raw[end:hi], maxsplit=1)[0].split()[:_OTHER_WINDOW]
    before = _CLAUSE_END.split(doc.raw[lo:start])[-1].split()[-_OTHER_BEFORE:]
    words = other_happening_words()
    return any(_KEY[w] in words for w in after + before)


def _merge_engagements(doc: Doc, events: list[Event]) -> list[Event]:
    """Two armed clashes one sentence reports with each side's dead, between the same sides
    (one names the other's attacker as its victim), at the same place and date, are one
    engagement, as ACLED codes it: «أعلن المتحدث العسكري مقتل 12 عنصرا تكفيريا خلال عمليات
    مداهمة ...، مشيرا إلى مقتل ضابط وثلاثة جنود خلال تبادل لإطلاق النار» is one clash of the
    army with militants, 16 dead. The victims (actor2) differ, so the deaths add up. Events
    whose dead are the same side, or that state no toll, are left to the other rules.
    """
    out: list[Event] = []
    for ev in events:
        k = _engagement_partner(doc, out, ev)
        if k is None:
            out.append(ev)
        else:
            out[k] = _merge(out[k], ev, add=True)
    return out


def _engagement_partner(doc: Doc, out: list[Event], ev: Event) -> int | None:
    """Index in ``out`` of the clash of the same sentence that ``ev`` is the other side's toll of."""
    b = ev.actor2
    if not out or ev.sub_event_type not in _SYMMETRIC or not ev.evidence or b is None or ev.fatalities is None:
        return None
    sent = ev.evidence[-1]
    for i in range(len(out) - 1, -1, -1):
        prev = out[i]
        if not prev.evidence or prev.evidence[-1] != sent:
            return None  # only events of the same sentence, which the stage lists together
        a = prev.actor2
        if a is not None and a.name != b.name and prev.fatalities is not None and _compatible(doc, prev, ev, None):
            return i
    return None


def _row_key(ev: Event, loose: tuple[str, str, str, str] | None) -> tuple[str, str, str, int | str, str] | None:
    """ACLED's aggregation key (type, sub-type, actor1, place, day), when all are known: the
    event's :func:`_loose_key` ``loose``, for an event placed in a town or district, with the place."""
    loc = ev.location
    if loose is None or loc is None or loc.geo_precision > 2:
        return None
    place: int | str = loc.geonameid if loc.geonameid is not None else f"{loc.name}|{loc.country}"
    return (loose[0], loose[1], loose[2], place, loose[3])


def _merge_same_row(events: list[Event]) -> list[Event]:
    """Fold an event into an earlier one with the same :func:`_row_key` whose other actor
    does not contradict it, or that another source tells (:func:`_target_disputed`)."""
    out: list[Event] = []
    first: dict[tuple[str, str, str, int | str, str], int] = {}
    placeless: dict[tuple[str, str, str, str], list[int]] = {}
    for ev in events:
        loose = _loose_key(ev)
        key = _row_key(ev, loose)
        i = first.get(key) if key is not None else None
        if i is not None and (_same_actor(out[i].actor2, ev.actor2) or _target_disputed(out[i], ev)):
            out[i] = _merge(out[i], ev)
            continue
        if loose is not None:
            within = _disputed_within(out, placeless.get(loose, ()), ev)
            if within is not None:  # the merged strike keeps the place inside the other's region
                j, inner = within
                out[j] = _merge(out[j], ev).model_copy(update={"location": inner})
                continue
            placeless.setdefault(loose, []).append(len(out))
            if key is not None and key not in first:
                first[key] = len(out)
        out.append(ev)
    return out


def _loose_key(ev: Event) -> tuple[str, str, str, str] | None:
    """:func:`_row_key` without the place, for events placed in a town or district or in a whole
    first-level region («في صعدة» read as the governorate, precision 3): what
    :func:`_disputed_within` compares."""
    loc, a1 = ev.location, ev.actor1
    if a1 is None or loc is None or ev.event_date is None or ev.time_precision != 1 or loc.geo_precision > 3:
        return None
    if loc.geo_precision == 3 and loc.admin1 is None:
        return None
    if a1.inter in UNARMED_INTER or a1.name.startswith(UNIDENTIFIED):
        return None  # two unnamed groups, or two crowds, in one town on one day may be two happenings
    return (ev.sub_event_type, ev.event_type, a1.name, ev.event_date)


def _disputed_within(out: list[Event], candidates: list[int] | tuple[()], ev: Event) -> tuple[int, Location] | None:
    """The earlier strike of ``ev``'s row but for its place that another source tells, one of the
    two places lying in the other's region («غارات ... على سوق شعبي في مديرية مجز بمحافظة صعدة»
    per the health ministry, «استهدفت مخزناً ... في صعدة» per the coalition), with the place that
    lies inside (the district, not the capital the governorate is named after); or None."""
    for j in candidates:
        a, b = out[j].location, ev.location
        if a is None or b is None or a.country != b.country:
            continue
        if not (_target_disputed(out[j], ev) or _sentence(out[j]) == _sentence(ev)):
            continue  # (one sentence's two readings of one deed: «... لتفريق مئات المحتجين الذين
            # حاولوا اقتحام مبنى ديوان محافظة البصرة»: the province's name and its town)
        if _region_holds(a, b):
            return j, b
        if _region_holds(b, a):
            return j, a
    return None


_REMOTE: Final = "Explosions/Remote violence"


def _target_disputed(earlier: Event, later: Event) -> bool:
    """Are two strikes of one row (:func:`_row_key`) one happening whose target the sources
    dispute? «شنت طائرات أمريكية وبريطانية غارات على مواقع للحوثيين في مدينة الحديدة»
    (residents) and «ذكرت قناة المسيرة أن العدوان الأمريكي البريطاني شن خمس غارات على مدينة
    الحديدة ... استهدفت منازل للمواطنين»: the same strikes, told by another source that names
    other victims. Only remote violence, whose attacker does not see what it hits, and only
    when the two sources are named and differ (one source telling two targets tells two
    strikes)."""
    if earlier.event_type != _REMOTE or earlier.source is None or later.source is None:
        return False
    return earlier.source.name != later.source.name


def _definite_aircraft_before(doc: Doc, start: int, aircraft: _WordPlaces | None = None) -> bool:
    """Is the trigger at raw ``start`` fired by a definite aircraft named just before it, in its
    clause («وقالت الوكالة إن المسيرة أطلقت صاروخين»)? The drone is the one reported before,
    so its missiles are the strike told again. ``aircraft``: where the document's definite
    aircraft names are (:func:`_definite_aircraft`), to skip a trigger with none before it."""
    if aircraft is not None and not aircraft.any_in(max(0, start - 40), start):
        return False
    words = _CLAUSE_END.split(doc.raw[max(0, start - 40):start])[-1].split()[-3:]
    names = aircraft_names()
    for w in words:
        key = _KEY[w]
        if key[:1] in _PROCLITICS and key[1:3] == _AL:
            key = key[1:]
        if key.startswith(_AL) and key in names:
            return True
    return False


_PERPETRATORS: Final = frozenset(normalize_key(w) for w in (
    "منفذي", "منفذو", "منفذ", "مرتكبي", "مرتكبو", "مرتكب", "المسؤولين عن", "المسؤول عن"))


@lru_cache(maxsize=1)
def _definite_aircraft() -> frozenset[str]:
    """The aircraft names :func:`_definite_aircraft_before` can find: definite, one word."""
    return frozenset(n for n in aircraft_names() if n.startswith(_AL) and " " not in n)


def _names_perpetrators(doc: Doc, start: int) -> bool:
    """Is the trigger at raw ``start`` the attack whose perpetrators a new happening is about
    («قتلت قواته أربعة من منفذي الهجوم»، «اعتقال مرتكبي التفجير»)? The definite noun names
    the earlier attack, but the event it belongs to is not that attack told again."""
    words = doc.raw[max(0, start - 30):start].split()
    if not words:
        return False
    last = _KEY[words[-1]]
    two = _KEY[" ".join(words[-2:])]
    return last in _PERPETRATORS or two in _PERPETRATORS


def _names_nothing(ev: Event) -> bool:
    """A violent event with no actor, place or toll of its own: only its kind is told."""
    return (ev.plover_type == _VIOLENT and ev.actor1 is None and ev.actor2 is None and ev.location is None
            and ev.fatalities is None and not ev.assoc_actors)


_MARKS: Final = frozenset(NAME_QUOTES)  # « » ": a name's or a quotation's marks


def _of_the_attack(doc: Doc, end: int) -> bool:
    """Is the trigger ending at raw ``end`` in construct with a definite attack noun («تصدت
    لصواريخ العدوان»: the aggression's missiles), so definite by it? Read from the document's
    token columns (their normalised words), past a mark («لصواريخ «العدوان»»)."""
    tc = doc.token_columns
    k = bisect_left(tc.starts, end)
    while k < len(tc.norms) and tc.texts[k] in _MARKS:
        k += 1
    return k < len(tc.norms) and tc.norms[k] in THE_ATTACK_NOUNS


def _attack_before(doc: Doc, start: int) -> bool:
    """Is the word right before the trigger at raw ``start`` a definite attack noun, its subject
    («إن الضربات استهدفت مستودعات»)? Its punctuation (a comma, a mark) is passed."""
    tc = doc.token_columns
    k = bisect_left(tc.starts, start) - 1
    while k >= 0 and tc.texts[k] in _PASSED_BEFORE:
        k -= 1
    return k >= 0 and tc.norms[k] in THE_ATTACK_NOUNS


_PASSED_BEFORE: Final = _MARKS | {"\u060c", ",", "."}


# a crowd met by force: a death in «the clashes» told after it is the crowd's
_PEACEFUL: Final = "Peaceful protest"
_MET_CROWDS: Final = frozenset({"Violent demonstration", "Protest with intervention", EXCESSIVE_FORCE})


def _the_skirmishes(doc: Doc, trigger: Span) -> bool:
    """Is the trigger a definite word for clashes («خلال المواجهات»)?"""
    return normalize_key(doc.raw[trigger.start:trigger.end]) in THE_SKIRMISHES


def _of_the_skirmishes(doc: Doc, ev: Event) -> bool:
    """An event with no doer, place or dead of its own whose sentence names «the clashes» told
    before («وقال سكان إن الاشتباكات استخدمت فيها الأسلحة الثقيلة، وإن قذائف سقطت على منازل»)."""
    return ev.actor1 is None and ev.location is None and ev.fatalities is None \
        and any(_the_skirmishes(doc, sp) for sp in ev.evidence[1:])


class _Retold:
    """A definite mention compared with the event it may retell (:func:`_merge_definite`)."""

    def __init__(self, doc: Doc, generic: set[int]) -> None:
        self.doc = doc
        self.generic = generic

    def __call__(self, prev: Event, ev: Event) -> Event | None:
        doc, generic = self.doc, self.generic
        if not prev.evidence:
            return None
        if prev.sub_event_type in _MET_CROWDS and ev.plover_type == _VIOLENT and ev.actor1 is None \
                and _the_skirmishes(doc, ev.evidence[0]):
            # «شهدت طرابلس مواجهات بين محتجين غاضبين والجيش ...» then «توفي شاب متأثراً
            # بإصابته ... خلال المواجهات»: the crowd's clashes told before, and its dead
            return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type,
                                         "actor2": None})
        if prev.sub_event_type in _MET_CROWDS and ev.sub_event_type == _PEACEFUL and ev.fatalities is None:
            # «ورفع المحتجون لافتات ... ورددوا هتافات» after their clashes: the crowd told
            # before (definite), what it also did there; a peaceful telling of the same day
            # and place is the demonstration that turned violent
            return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type})
        if prev.plover_type == _VIOLENT and _attack_before(doc, ev.evidence[0].start):
            # «قال المرصد إن الضربات استهدفت مستودعات ... ما أدى إلى مقتل ثمانية أشخاص»: the strikes
            # told before, in a source's account of what they hit (who was hit is what it disputes)
            return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type,
                                         "actor2": None})
        if prev.plover_type == _VIOLENT and ev.sub_event_type == prev.sub_event_type and _same_town(prev, ev):
            # «وأكد المتحدث باسمه أن الغارة على عيتا الشعب استهدفت «عنصراً في وحدة الرضوان»»
            # after the health ministry's civilians killed in a strike on the town: the strike
            # told before, in an account that disputes who was hit
            return ev.model_copy(update={"actor2": None})
        if prev.plover_type == _VIOLENT and _of_the_skirmishes(doc, ev):
            # «وقال سكان إن الاشتباكات استخدمت فيها الأسلحة الثقيلة، وإن قذائف سقطت على منازل»:
            # the shells of the clashes told before, with no doer, place or dead of their own
            return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type,
                                         "actor2": None})
        if prev.plover_type == _VIOLENT and (ev.evidence[0].start in generic or _names_nothing(ev)
                                             or _of_the_attack(doc, ev.evidence[0].end)):
            # «وقال الحزب إن الهجوم أسفر عن ...» after «استهدفوا ... بالأسلحة الصاروخية»:
            # a bare «الهجوم» names the attack told before, whatever its sub-type; so does a
            # definite weapon that names no one, no place and no dead («فإن الهجوم استمر نحو
            # ساعتين، واستخدمت فيه ... القذائف الصاروخية»), and weapons in construct with the
            # attack («تصدت لصواريخ العدوان»)
            return ev.model_copy(update={"event_type": prev.event_type, "sub_event_type": prev.sub_event_type})
        return ev


def _same_town(a: Event, b: Event) -> bool:
    """Are both events placed at one town (the same GeoNames place, at town or near-town precision)?"""
    la, lb = a.location, b.location
    if la is None or lb is None or la.geo_precision >= _COUNTRY_PRECISION or lb.geo_precision >= _COUNTRY_PRECISION:
        return False
    if la.geonameid is not None and lb.geonameid is not None:
        return la.geonameid == lb.geonameid
    return (la.name, la.country) == (lb.name, lb.country)


def _town_retold(doc: Doc, out: list[Event], ev: Event) -> int | None:
    """Index of the latest of the last :data:`LOOKBACK` events in ``out`` that the definite
    ``ev`` names by its town, at any distance («... أن الغارة على عيتا الشعب استهدفت عنصراً»
    four paragraphs after the strike on Aita al-Shaab): same sub-type, same town, nothing else
    contradicting; who was hit may be disputed."""
    if ev.plover_type != _VIOLENT or ev.location is None:
        return None
    told = ev.model_copy(update={"actor2": None})
    for i in range(len(out) - 1, max(-1, len(out) - 1 - LOOKBACK), -1):
        prev = out[i]
        if prev.plover_type == _VIOLENT and prev.sub_event_type == ev.sub_event_type and _same_town(prev, ev) \
                and _compatible(doc, prev, told, max_paragraphs=None):
            return i
    return None


class _OtherSides:
    """Do the two events count the dead of different sides (:func:`_other_sides_dead`)?"""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __call__(self, prev: Event, ev: Event) -> bool:
        return _other_sides_dead(self.doc, prev, ev)


def _merge_definite(doc: Doc, events: list[Event]) -> list[Event]:
    generic: set[int] = doc.extras.get(GENERIC) or set()

    retold = _Retold(doc, generic)
    other_sides = _OtherSides(doc)
    out: list[Event] = []
    turned: dict[tuple[int, int], bool] | None = None
    aircraft = _WordPlaces(doc, _definite_aircraft())
    for ev in events:
        if ev.evidence and out:
            trigger = ev.evidence[0]
            if _names_perpetrators(doc, trigger.start):
                pass  # «قتلت قواته أربعة من منفذي الهجوم»: the attack's perpetrators, in a new happening
            elif (is_definite(doc.raw[trigger.start:trigger.end].split(" ")[0])
                  or _definite_aircraft_before(doc, trigger.start, aircraft)
                  or _of_the_attack(doc, trigger.end) or _attack_before(doc, trigger.start)
                  or _of_the_skirmishes(doc, ev)):
                if turned is None:  # read once, when a definite mention first asks
                    turned = _turns(doc, events)
                # «في هجوم آخر، أسفر الهجوم عن ...»: a sentence that turns to another happening
                # retells nothing told before
                if turned[_sentence(ev)]:
                    out.append(ev)
                elif not _merge_back(doc, out, ev, retold, other_sides):
                    k = _town_retold(doc, out, ev)
                    if k is None:
                        out.append(ev)
                    else:
                        out[k] = _merge(out[k], ev)
                continue
        out.append(ev)
    return out
