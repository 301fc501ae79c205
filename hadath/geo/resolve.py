"""Find place mentions, choose the right place for each, and grade its precision.

The stage works in four passes over one document:

1. **Candidates.** Gazetteer names found by the Aho-Corasick matcher, kept when their
   context allows (a country or a big city anywhere; a smaller town after a preposition
   of place or a head word such as «مدينة»; a name that is also a common word only after
   a head word), plus NER's GPE/LOC/FAC mentions that name a gazetteer place.
2. **Country focus.** The most frequent country among unambiguous mentions, country names
   and demonyms («القوات العراقية»); it becomes ``doc.country``.
3. **Containers.** «الميادين في دير الزور», «بلدة X بمحافظة Y», «X (120 كلم شمال بغداد)»:
   the second name is resolved first and constrains the first.
4. **Scoring.** Each candidate place scores on kind (what the head word asks for),
   population, the country focus, its container, and nearness to the places already
   resolved; the best wins. Precision follows ACLED: 1 the town, 2 «قرب/أطراف/ريف X» or a
   district, 3 a governorate or a country.

Places inside an organisation's name («جامعة بغداد», an ORG entity from NER) are marked
``in_org``: they count for the country focus but :func:`place_for_span` skips them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

import numpy as np
import regex

from hadath.bisects import SpanIndex, bisect_left
from hadath.doc import Doc, Mention
from hadath.geo.context import (
    _PUNCT,
    NEAR_KM,
    PLACE_HEADS,
    ContextWords,
    distance_gap,
    is_container_gap,
    load_context_words,
    words_before,
)
from hadath.geo.gazetteer import Gazetteer, Place, load_gazetteer
from hadath.lexicon.actors import ARMED_GROUP_INTER
from hadath.mentions import PLACE_TYPES
from hadath.text.normalize import Normalized, normalize_key

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

_CLITICS: Final = frozenset("\u0648\u0641\u0628\u0644\u0643")  # و ف ب ل ك
_BA: Final = "\u0628"  # ب: «بالرقة» = in Raqqa
_SIN: Final = "\u0633"  # س
_WA: Final = "\u0648"  # و
_FA: Final = "\u0641"  # ف
_KAF: Final = "\u0643"  # ك
_CONJ_FIRST: Final = "\u0648\u0641"  # و ف: the first of two proclitics
# The standard ``re`` for these small patterns that the stage tries dozens of times an article (a
# call costs about half of ``regex``'s); ``WHITE_SPACE`` is ``regex``'s ``\s`` spelt out (``re``'s
# ``\s`` also takes U+001C-U+001F)
WHITE_SPACE: Final = r"[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_SENTENCE_END: Final = re.compile(r"[.!?\u061f\n]")
_LIST_GAP: Final = re.compile(WHITE_SPACE + r"*[,\u060c]?" + WHITE_SPACE + "*")  # between «جوبا» and the و of «وواو»
_WORD: Final = regex.compile(r"[\p{L}\p{M}]+|\d+|[(),]")
_AL: Final = "\u0627\u0644"

# scoring weights (named so that they can be tuned and read)
W_KIND_ASKED: Final = 3.0  # the head word asks for this kind (محافظة -> division)
W_COUNTRY_NAME: Final = 2.0  # a bare «الكويت» is the country more often than the city
W_TOWN: Final = 1.0
W_DIVISION: Final = 3.0
W_CAPITAL: Final = 2.0
W_CURATED: Final = 3.0
W_DEMONYM: Final = 0.75  # «القوات الأميركية» in Iraq says less about where than a place name does
W_DEMONYM_FORCE: Final = 0.25  # after a force or a weapon («طائرة مسيرة إسرائيلية» over south Lebanon): less still
W_HOME_GROUP: Final = 0.75  # a rebel group or militia of one country («قسد»، «الحوثيون»): it fights at home,
# so it says where as much as a demonym does (an army, which fights abroad too, says nothing)
W_WEAK_NAME: Final = 0.5
W_POPULATION: Final = 0.35  # per decade of population
W_FOCUS: Final = 2.5
W_CONTAINER: Final = 4.0
W_NEAR_RESOLVED: Final[tuple[tuple[float, float], ...]] = (50.0, 2.0), (150.0, 1.5), (400.0, 0.75)
W_WATER: Final = 3.5  # a sea that is also a division's name («البحر الأحمر»): the sea, unless the
# division is in the article's country (W_DIVISION + W_FOCUS) or a head word asks for it
W_MARITIME: Final = 5.0  # ships, boats or a navy in the sentence: the sea even in Egypt's news (more
# than a division in the article's country near the places resolved, unless a head word asks)
_NEAREST_LIMIT = W_NEAR_RESOLVED[0][0]
_FARTHEST_LIMIT = W_NEAR_RESOLVED[-1][0]
_LOWER_BOUND_MARGIN: Final = 0.999
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


@dataclass(init=False, slots=True)
class _Cand:
    """A place mention being resolved: its span, name key and surrounding roles."""

    start: int  # raw
    end: int
    key: str
    nstart: int  # offsets in the normalised text, proclitics included (-1 for NER-only mentions)
    nend: int
    prefix: str  # the proclitics before the name («وب» in «وبالرقة»)
    places: tuple[Place, ...]
    before: frozenset[str]  # roles of the word before (after proclitics of the name itself)
    before2: frozenset[str]  # roles of the word before that
    after: frozenset[str]  # roles of the word after
    mention: Mention | None = None  # NER's mention of the same span, if any
    in_org: bool = False
    remote: bool = False  # a backer or a seat («المدعومة من أنقرة»، «ومقره بريطانيا»): see _remote
    container: _Cand | None = None
    distance_km: float | None = None  # «(120 كلم شمال بغداد)»: distance to the container
    chosen: Place | None = None
    precision: int = 1
    country_votes: frozenset[str] = frozenset()
    unnamed_town: bool = False  # «قرية في ولاية X»: an unnamed place inside X
    maritime: bool = False  # a water body's name with ships or a navy in its sentence (role sea)
    asked: frozenset[str] = frozenset()  # _asked_kinds(self), once the context is final
    office: bool = False  # an official's district («قائممقام سنجار»، «مدير ناحية سنوني»)

    def __init__(self, start: int, end: int, key: str, nstart: int, nend: int, prefix: str,
                 places: tuple[Place, ...], before: frozenset[str], before2: frozenset[str],
                 after: frozenset[str], mention: Mention | None = None, in_org: bool = False,
                 remote: bool = False, container: _Cand | None = None, distance_km: float | None = None,
                 chosen: Place | None = None, precision: int = 1, country_votes: frozenset[str] = frozenset(),
                 unnamed_town: bool = False, maritime: bool = False,
                 asked: frozenset[str] = frozenset(), office: bool = False) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.nstart = nstart
        self.nend = nend
        self.prefix = prefix
        self.places = places
        self.before = before
        self.before2 = before2
        self.after = after
        self.mention = mention
        self.in_org = in_org
        self.remote = remote
        self.container = container
        self.distance_km = distance_km
        self.chosen = chosen
        self.precision = precision
        self.country_votes = country_votes
        self.unnamed_town = unnamed_town
        self.maritime = maritime
        self.asked = asked
        self.office = office


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _dist(a: Place, b: Place) -> float:
    """Equirectangular distance in km: within 0.5% of haversine at the scales that matter here
    (tens to hundreds of km) and several times cheaper."""
    dlat = a.latitude - b.latitude
    dlon = (a.longitude - b.longitude + 180.0) % 360.0 - 180.0
    x = dlon * math.cos(math.radians((a.latitude + b.latitude) * 0.5))
    return _KM_PER_DEGREE * math.sqrt(dlat * dlat + x * x)


def _raw_spans(norm: Normalized, found: list[tuple[int, int, str, tuple[str, ...], int]]) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` of every match at once (``norm.raw_span`` per match was a tenth of
    the stage: two numpy scalar look-ups each); a match is never empty nor past the text."""
    if norm.starts is None or norm.ends is None:
        return [(f[0], f[1]) for f in found]
    n = len(found)  # index arrays as :func:`hadath.lexicon.matcher.to_raw` makes them
    starts = norm.starts[np.fromiter(map(_FIRST, found), np.int64, n)].tolist()
    ends = norm.ends[np.fromiter(map(_SECOND, found), np.int64, n) - 1].tolist()
    return list(zip(starts, ends, strict=True))


# role sets tested for every name (module constants: a set literal is rebuilt at each test)
_CRF: Final = "crf"  # Mention.origin of the NER tagger's spans
_LEVEL_HEAD: Final = frozenset({"town", "quarter", "admin", "rural", "area", "facility"})
_THE_CAPITAL: Final = normalize_key("العاصمة")  # a region's name only after «محافظة» (admin1.tsv, JO)
_LEVEL_PREP: Final = frozenset({"prep", "near"})
_ADMIN_OR_TOWN: Final = frozenset({"admin", "town"})
_PREP: Final = frozenset({"prep"})
# dual and plural heads of regions: every name of the list after them is one («ريفي حلب وإدلب»)
_PLURAL_HEADS: Final = frozenset(normalize_key(w) for w in (
    "ريفي", "أرياف", "محافظتي", "محافظات", "ولايتي", "ولايات", "مديريتي", "مديريات"))
_SHARED_ROLES: Final = frozenset({"rural", "admin"})
_CLITIC_LETTERS: Final = "\u0648\u0641\u0628"  # و ف ب before the head («وبريفي» is rare)
# nouns of armed forces and weapons whose nationality adjective names the attacker (normalised)
_FORCE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "القوات", "قوات", "الجيش", "جيش", "الجنود", "جنود", "الطائرات", "طائرات", "طائرة", "الطائرة",
    "مسيرة", "المسيرة", "مسيرات", "المسيرات", "الطيران", "طيران", "قصف", "القصف", "غارة", "الغارة",
    "غارات", "الغارات", "مدفعي", "المدفعي", "المدفعية", "مدفعية", "الحربية", "حربية", "الحربي", "حربي",
    "البحرية", "بحرية", "الزوارق", "زوارق", "الدبابات", "دبابات", "ضربة", "ضربات", "الضربات"))
# a people, a mission or a community abroad: «مخيم عين الحلوة للاجئين الفلسطينيين» قرب صيدا,
# «السفارة الفلسطينية في بيروت», «اللاجئين السوريين» in Lebanon say nothing of where the text is
_ABROAD_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "اللاجئين", "لاجئين", "اللاجئون", "لاجئون", "للاجئين", "المخيمات", "مخيمات", "السفارة", "سفارة",
    "القنصلية", "قنصلية", "الجالية", "جالية", "الجاليات", "جاليات"))
_NO_ROLES: Final[frozenset[str]] = frozenset()


_MIN: Final = "\u0645\u0646"  # من
_LAM: Final = "\u0644"  # ل


def _remote(wb: list[str], before: frozenset[str], before2: frozenset[str], prefix: str,
            after: frozenset[str], roles_of: Callable[[str], frozenset[str]]) -> bool:
    """A name that stands for a government or an office, not for where something happened.

    «الفصائل المدعومة من أنقرة»، «الميليشيات الموالية لطهران»، «المرصد ومقره بريطانيا»، «البعثة التي
    تتخذ من تونس مقرا لها»: such a name is a place (it keeps its entity and its coordinates) but
    like a name inside an organisation's it never anchors an event, and it does not vote for
    the article's country. The words are data (roles ``backer`` and ``seat`` in
    ``data/context_words.tsv``).
    """
    if "seat" in before or "seat" in before2:
        return True
    if not wb:
        return False
    last = wb[-1]
    if "backer" in before:  # «الموالية لطهران»، «المرتبطة بإيران»
        return prefix.endswith(_LAM) or prefix.endswith(_BA)
    if last == _MIN:
        if "backer" in before2 or "seat" in after:  # «المدعومة من أنقرة»، «تتخذ من تونس مقرا»
            return True
        # «المدعومة من قبل أنقرة»
        return len(wb) > 2 and wb[-2] == "\u0642\u0628\u0644" and "backer" in roles_of(wb[-3])
    return False


def resolve_doc(doc: Doc) -> None:
    """The geo stage: see the module docstring."""
    gaz = load_gazetteer()
    cw = load_context_words()
    roles_of = cw.of
    context = gaz.context
    norm = doc.norm
    text = norm.text
    ner_by_span = {(m.start, m.end): m for m in doc.entities}
    orgs = SpanIndex([(m.start, m.end) for m in doc.entities if m.type == "ORG"])
    # a longer place name NER found, by its start: «مخيم نور شمس» is no «نور» (a town of Iran)
    longer = {m.start: m.end for m in doc.entities if m.type in PLACE_TYPES}

    cands: list[_Cand] = []
    votes: dict[str, float] = defaultdict(float)  # country -> weight
    last_end, last_level = -1, 0
    shared = _NO_ROLES  # the roles of a dual or plural head («ريفي»، «محافظتي») a list shares
    demonym_votes: set[str] = set()
    kept_keys: set[str] = set()  # names kept as places so far: one sense per discourse
    found = gaz.matcher.find_norm(text)
    for (s, e, key, payloads, pstart), (rs, re_) in zip(found, _raw_spans(norm, found), strict=True):
        if "n" not in payloads:  # a demonym only: «العراقية»
            cc = gaz.demonyms.get(key)
            if cc:
                word_before = text[max(0, pstart - 20):pstart].split()[-1:]
                # «طائرة مسيرة إسرائيلية»، «الجيش الإسرائيلي»: who struck, not where
                wb0 = word_before[0] if word_before else ""
                if wb0 not in _ABROAD_NOUNS:
                    votes[cc] += W_DEMONYM_FORCE if wb0 in _FORCE_NOUNS else W_DEMONYM
                demonym_votes.add(cc)
            continue
        prefix = text[pstart:s]
        if prefix:
            if _SIN in prefix:
                continue  # س is a verb prefix (future), never before a place name
            if (_FA in prefix or _KAF in prefix) and not key.startswith(_AL):
                continue  # «فسرت» is «explained», not «ف + سرت»; ف/ك before a bare name is rare
        wb = words_before(text, pstart)
        nwb = len(wb)
        before = roles_of(wb[-1]) if nwb else _NO_ROLES
        before2 = roles_of(wb[-2]) if nwb > 1 else _NO_ROLES
        if _BA in prefix:
            before = before | _PREP
        mention = ner_by_span.get((rs, re_))
        if mention is None and longer.get(rs, 0) > re_ and _name_goes_on(doc.raw, rs, re_, longer[rs], roles_of):
            continue
        if key == _THE_CAPITAL and "admin" not in before:
            # «في مدن العاصمة الثلاث»، «وسط العاصمة»: the capital of the country the text is about
            # (the events' place anaphor), not the Capital Governorate of Jordan named «محافظة العاصمة»
            continue
        level = 2 if not before.isdisjoint(_LEVEL_HEAD) else 1 if not before.isdisjoint(_LEVEL_PREP) else 0
        if level == 2 and ("area" in before or "town" in before) and "part" in roles_of(key):
            # «المنطقة الشمالية» is «the northern area», not the Northern State, and «أطراف المدينة
            # الشمالية» the city's northern outskirts
            level = 0
        elif "facility" in before and "direction" in before2:
            level = 0  # «غرب ميناء المخا»: a bearing from the port (at sea), not the port's town
        if cands and (prefix.startswith(_WA) or text.find(",", last_end, pstart) >= 0) and (
                _LIST_GAP.fullmatch(text, last_end, pstart)):
            level = max(level, last_level)  # «في مدن جوبا وواو وملكال»: a list shares its context
            before = before | shared  # «في ريفي حلب وإدلب»: the countryside of both
        elif nwb and not before.isdisjoint(_SHARED_ROLES) and normalize_key(wb[-1]).lstrip(_CLITIC_LETTERS) in _PLURAL_HEADS:
            # (normalised only after a rural or admin head, not for every place name the text holds)
            shared = before & _SHARED_ROLES
        else:
            shared = _NO_ROLES
        needed = context.get(key, 0)
        ner_place = mention is not None and mention.type in PLACE_TYPES
        if needed > level and not (ner_place and (needed < 2 or key in kept_keys)):
            # NER vouches for a name, but not for one that is mostly a common word, unless the
            # text named it as a place before («مدينتي نوى والشيخ مسكين» and then «قرب نوى»)
            continue
        kept_keys.add(key)
        if "block" in before and not ner_place:
            continue
        # the rest of the context only for names kept (a quarter of them are not)
        before3 = roles_of(wb[-3]) if nwb > 2 else _NO_ROLES
        wa = text[e:e + 40].split(None, 1)  # words_after(text, e, 1), without the list
        after = roles_of(wa[0].strip(_PUNCT)) if wa else _NO_ROLES
        c = _Cand(rs, re_, key, pstart, e, prefix, gaz.candidates(key), before, before2, after, mention)
        c.unnamed_town = "town" in before3 or ("town" in before2 and "admin" not in before)
        if key in gaz.water_keys:
            c.maritime = _maritime(text, pstart, e, roles_of)
        c.in_org = orgs.contains(rs, re_) or "org" in before or (
            not before.isdisjoint(_ADMIN_OR_TOWN) and "org" in before2)
        if _remote(wb, before, before2, prefix, after, roles_of):
            c.remote = c.in_org = True
        c.office = "office" in before or ("office" in before2 and not before.isdisjoint(_ADMIN_OR_TOWN))
        cands.append(c)
        last_end, last_level = e, level

    # NER place mentions the matcher did not see as a whole (a different span)
    spans = SpanIndex([(c.start, c.end) for c in cands])
    for m in doc.entities:
        if m.type in PLACE_TYPES and m.place is None and not spans.overlaps(m.start, m.end):
            nkey = _ner_key(gaz, m.text)
            if nkey and context.get(nkey, 0) < 2:  # «شمال» is not «الشمال» (North Lebanon)
                c = _Cand(m.start, m.end, nkey, -1, -1, "", gaz.candidates(nkey), _NO_ROLES, _NO_ROLES, _NO_ROLES, m)
                c.in_org = orgs.contains(m.start, m.end)
                cands.append(c)
    _vote_home_groups(doc, votes)
    if not cands:
        doc.country = max(votes, key=votes.__getitem__) if votes else doc.country
        return
    cands.sort(key=_start_of)

    # country focus
    for c in cands:
        countries = c.country_votes = gaz.countries(c.key)
        c.asked = _asked_kinds(c)
        if len(countries) == 1 and not c.remote:
            # a name that needs context to be a place is weaker evidence of the country
            votes[next(iter(countries))] += 1.0 if context.get(c.key, 0) == 0 else W_WEAK_NAME
    focus = _focus(votes, cands)
    doc.country = focus

    _link_containers(doc, cands, cw, text)

    # resolve: containers first, then unambiguous names, then the rest
    anchors: dict[int, Place] = {}
    anchor_list: list[Place] = []  # anchors.values() in insertion order, kept as a list
    # countries the text names (country names, demonyms), not merely those of its place names
    named = frozenset(demonym_votes) | {p.country for c in cands for p in c.places if p.kind in "NA"}
    containers = {id(c.container) for c in cands if c.container is not None}
    order = sorted(range(len(cands)), key=lambda i: (id(cands[i]) not in containers, len(cands[i].places) > 1, i))
    memo: dict[tuple[str, frozenset[str], bool], Place | None] = {}  # a repeated name, same context
    for i in order:
        c = cands[i]
        mkey = (c.key, c.asked, c.maritime)
        if c.container is None and mkey in memo:
            c.chosen = memo[mkey]
            continue
        if focus is not None:  # _plausible keeps every place when there is no focus
            c.places = tuple(p for p in c.places if _plausible(gaz, c, p, focus, named))
        c.chosen = _choose(gaz, c, focus, anchor_list)
        cont = c.container.chosen if c.container is not None else None
        if (c.chosen is not None and cont is not None and c.chosen.kind in "PC"
                and (_contained_score(gaz, c.chosen, cont, c.distance_km) < 0
                     or "quarter" in c.before and cont.is_town and _dist(c.chosen, cont) > QUARTER_KM)):
            # «حي القاهرة شمال شرق بغداد» is not Cairo, «حي الروضة السكني وسط مدينة مأرب» not the
            # Rawdah of Sanaa: the text says where it is
            c.chosen = None
        if c.container is None:
            memo[mkey] = c.chosen
        if c.chosen is not None and len(c.places) == 1 and c.chosen.kind not in "NW":
            if c.chosen.index not in anchors:
                anchor_list.append(c.chosen)
            anchors[c.chosen.index] = c.chosen
    # one sense per discourse: a name resolved with help from its context keeps that sense
    sense: dict[str, Place] = {}
    for c in cands:
        if c.chosen is not None and (c.container is not None or c.asked) and c.key not in sense:
            sense[c.key] = c.chosen
    if sense:
        for c in cands:
            # (not a port or airport named by its town: «ميناء الحديدة» beside «محافظة الحديدة»
            # is in the town, whatever the province is called)
            if c.key in sense and c.container is None and not c.asked and not c.maritime and c.chosen is not None \
                    and "facility" not in c.before:
                c.chosen = sense[c.key]
    datelines: set[tuple[int, int]] = set()
    offices: set[tuple[int, int]] = set()
    ner_places = [e for e in doc.entities if e.type in PLACE_TYPES and e.place is None]
    raw = doc.raw
    for c in cands:
        if c.chosen is None:
            continue
        place, prec = _grade(gaz, c, c.chosen)
        if place.kind == "W":
            place = gaz.on_coast(place, _coast(gaz, c, place, cands, focus, raw))
        _store(doc, c, place, prec, ner_by_span, ner_places)
        if _is_dateline(raw, c.start, c.end):
            datelines.add((c.start, c.end))
        if c.office:
            offices.add((c.start, c.end))
    doc.extras["geo_datelines"] = datelines
    doc.extras["geo_offices"] = offices


def _vote_home_groups(doc: Doc, votes: dict[str, float]) -> None:
    """Each armed group or militia NER names votes for its country, once a group: «اعتقلت
    «قسد» خمسة أشخاص في بلدة ذيبان» is in Syria (Dhiban, Deir ez-Zor), not in Jordan, though
    no other name in the text says so."""
    seen: set[str] = set()
    for m in doc.entities:
        actor = m.actor
        if actor is None or getattr(actor, "inter", None) not in ARMED_GROUP_INTER:
            continue
        cc = getattr(actor, "country", None)
        name = getattr(actor, "name", "")
        if not cc or len(cc) != 2 or name in seen:
            continue  # a generic actor («*»), or one of no single country
        seen.add(name)
        votes[cc] += W_HOME_GROUP


def _name_goes_on(raw: str, start: int, end: int, name_end: int, roles_of: Callable[[str], frozenset[str]]) -> bool:
    """Does the place name NER found go on past a one-word gazetteer name with a word of its
    own (no article, no «و», no context word: «نور شمس»، «دير عمار» when the gazetteer lacks
    them)? The gazetteer's word is then another place that happens to share the first word
    (Nur in Iran, Bandar-e Deyr); an adjective («حلب الشرقية»), a list («دمشق وريفها») or
    a context word the tagger swept in («غوساو بولاية زامفارا»، «المعصرة قرب بيت لحم») leaves
    it the place it names."""
    if " " in raw[start:end]:
        return False
    rest = raw[end:name_end].split()
    if not rest or not rest[0][:1].isalpha() or rest[0].startswith(("ال", "و")):
        return False
    word = normalize_key(rest[0])
    return not roles_of(word) and not roles_of(word[1:])


def _start_of(c: _Cand) -> int:
    return c.start


def _maritime(text: str, start: int, end: int, roles_of: Callable[[str], frozenset[str]]) -> bool:
    """Does the sentence of the name at normalised ``[start, end)`` speak of ships, boats, a
    navy or a coast («تعرضت سفينة تجارية لهجوم في البحر الأحمر»)?"""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _SENTENCE_END.search(text, end, end + 300)
    b = m.start() if m else min(len(text), end + 300)
    return any("sea" in roles_of(w) for w in _WORD.findall(text, a, start) + _WORD.findall(text, end, b))


def _coast(gaz: Gazetteer, c: _Cand, water: Place, cands: list[_Cand], focus: str | None, raw: str) -> str:
    """The country a water body's mention is off: the coast its sentence names nearest to it
    («في البحر الأحمر قبالة سواحل اليمن»، «قبالة الحديدة»), else the article's country when it
    is a coast, else the water body's first coast (``waters.tsv``)."""
    coasts = gaz.coasts(water)
    best: tuple[int, str] | None = None
    for o in cands:
        p = o.chosen
        if o is c or p is None or p.kind == "W" or o.remote or p.country not in coasts:
            continue
        lo, hi = (o.end, c.start) if o.end <= c.start else (c.end, o.start)
        if hi < lo or _SENTENCE_END.search(raw, lo, hi):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, p.country)
    if best is not None:
        return best[1]
    if focus is not None and focus in coasts:
        return focus
    return coasts[0] if coasts else water.country


SMALL_FOREIGN_POP: Final = 100_000
_KM_PER_DEGREE: Final = 111.195  # 6371 km * pi / 180


def _plausible(gaz: Gazetteer, c: _Cand, p: Place, focus: str | None, named: frozenset[str]) -> bool:
    """Drop a small town abroad that nothing else in the document points to.

    In an article about Iraq, «حي الحسينية» is a Baghdad district missing from GeoNames, not
    a village of that name in Egypt: a small place in a country that is neither the focus
    nor named anywhere in the document is not a credible reading of a lesser-known name.
    """
    if focus is None or p.country == focus or p.country in named or p.kind not in "PC":
        return True
    if c.container is not None and any(q.country == p.country for q in c.container.places):
        return True  # «غوريان باقليم هرات»: its container vouches for it
    if ("village" in c.before or "quarter" in c.before) and not _near_focus(gaz, p, focus):
        # «قرية البو دور» in an Iraqi report is not Aalborg: a village the text names, far
        # from the country it is about and in a country it never names, is a local place
        # the gazetteer lacks, whatever the size of its foreign namesake; so is «حي القصور» in
        # a Syrian report, not Kousséri in Cameroon
        return False
    if "town" in c.before and gaz.context.get(c.key, 0) < 2:
        return True  # «مستوطنة كريات شمونة»: the text says it is a town (a «حي» is not enough)
    return p.population >= SMALL_FOREIGN_POP


FOREIGN_REACH_KM: Final = 1500.0  # from the focus country's centre: its neighbours, not other continents


def _near_focus(gaz: Gazetteer, p: Place, focus: str) -> bool:
    """Is ``p`` within :data:`FOREIGN_REACH_KM` of the focus country's centre?"""
    centre = gaz.country(focus)
    return centre is None or _dist(p, centre) <= FOREIGN_REACH_KM


def _ner_key(gaz: Gazetteer, text: str) -> str | None:
    """The gazetteer key of an NER mention's text, trying without proclitics and with ال."""
    key = normalize_key(text)
    tries = [key]
    for cut in (1, 2):
        # two proclitics only as Arabic orders them, a conjunction first («وب»، «فل»): «كوريغا»
        # (Kuriga, Kaduna) is not «ك» + «و» + Riga
        if len(key) > cut + 2 and all(c in _CLITICS for c in key[:cut]) and (cut == 1 or key[0] in _CONJ_FIRST):
            tries.append(key[cut:])
    # add ال («فلوجة» -> «الفلوجة») but never drop it: in «إلجويبار» it is part of the name
    tries += [_AL + t for t in tries if not t.startswith(_AL)]
    for t in tries:
        if t in gaz.names:
            return t
    return None


def _focus(votes: dict[str, float], cands: list[_Cand]) -> str | None:
    if not votes:
        return None
    best = max(votes.values())
    tied = {cc for cc, n in votes.items() if n == best}
    if len(tied) == 1:
        return next(iter(tied))
    for c in cands:  # a tie goes to the country named first
        hit = c.country_votes & tied
        if len(c.country_votes) == 1 and hit:
            return next(iter(hit))
    return sorted(tied)[0]


def _link_containers(doc: Doc, cands: list[_Cand], cw: ContextWords, text: str) -> None:
    """Mark «A في B», «A بمحافظة B», «A، B», «A (N كلم شمال B)» as B containing A."""
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if b.start - a.end > 80:
            continue
        if b.prefix.startswith(_WA) or _SENTENCE_END.search(doc.raw, a.end, b.start):
            continue  # «الموصل، وبالرقة»: coordinated, not nested; or another sentence
        if a.nend >= 0 and b.nstart >= 0:
            words = _WORD.findall(text, a.nend, b.nstart)  # b.nstart includes b's proclitics
        else:
            gap_raw = doc.raw[a.end:b.start]
            words = _WORD.findall(normalize_key(gap_raw) if gap_raw.strip() else "")
        # the proclitic of b (ب in «بمحافظة») lives in the gap already, as part of a word
        if is_container_gap(words, cw):
            a.container = b
            continue
        km = distance_gap(words, cw)
        if km is not None:
            a.container, a.distance_km = b, km


_ASK_DIVISION: Final = frozenset("AR")
_ASK_TOWN: Final = frozenset("PCR")


def _asked_kinds(c: _Cand) -> frozenset[str]:
    """What kind of place the words around a name ask for."""
    if "admin" in c.before or "rural" in c.before:
        return _ASK_DIVISION
    if "town" in c.before or "quarter" in c.before:
        return _ASK_TOWN
    return _NO_ROLES


def _choose(gaz: Gazetteer, c: _Cand, focus: str | None, anchors: list[Place]) -> Place | None:
    if not c.places:
        return None
    if len(c.places) == 1:
        return c.places[0]
    asked = c.asked
    cont = c.container.chosen if c.container is not None else None
    places = c.places
    if "P" not in asked:
        # «الكويت», «تونس»: the country, not its capital, unless «مدينة» asks for the town
        countries = {p.country for p in places if p.kind == "N"}
        places = tuple(p for p in places if p.kind == "N" or p.country not in countries or not p.is_town)
    best, best_score = None, -math.inf
    town_admins = {p.admin_key for p in places if p.is_town}
    for p in places:
        s = 0.0
        if asked:
            s += W_KIND_ASKED if p.kind in asked else -W_KIND_ASKED
            if p.kind == "C" and p.kind in asked:
                s += W_CAPITAL  # «العاصمة كابول», «مدينة كابول»: the capital before a namesake town
        elif p.kind == "N":
            s += W_COUNTRY_NAME  # (no population term: a country's is not comparable)
        elif p.kind in "PC":
            s += W_TOWN + (W_CAPITAL if p.kind == "C" else 0.0)
        elif p.kind == "R":
            s += W_CURATED  # curated districts are there because conflict news names them
        elif p.kind == "W":
            s += W_WATER + (W_MARITIME if c.maritime else 0.0)
        elif p.kind == "A" and p.admin_key not in town_admins:
            s += W_DIVISION  # «صلاح الدين»: the province, not a small town of that name elsewhere
        if p.kind != "N":
            s += W_POPULATION * math.log10(p.population + 1)
        if focus and p.country == focus and p.kind != "W":  # (a water body's country is a stand-in)
            s += W_FOCUS
        if cont is not None and cont is not p:
            s += W_CONTAINER * _contained_score(gaz, p, cont, c.distance_km)
        if anchors and p.kind not in "NW":  # (a sea's centre says nothing of nearness)
            # the nearest other anchor, as far as the bonus can tell: one within the first
            # limit is as good as any; one whose latitude alone puts it beyond the last limit
            # or beyond the nearest so far cannot change the bonus (the distance is at least
            # the latitude difference; the margin covers rounding)
            d = math.inf
            lat = p.latitude
            for a in anchors:
                if a is not p:
                    far = _KM_PER_DEGREE * abs(lat - a.latitude) * _LOWER_BOUND_MARGIN
                    if far > d or far > _FARTHEST_LIMIT:
                        continue
                    x = _dist(p, a)
                    if x < d:
                        d = x
                        if d <= _NEAREST_LIMIT:
                            break
            for limit, bonus in W_NEAR_RESOLVED:
                if d <= limit:
                    s += bonus
                    break
        if s > best_score:
            best, best_score = p, s
    return best


QUARTER_KM: Final = 25.0  # a quarter («حي X») of a town named with it lies this close to it, at most


def _contained_score(gaz: Gazetteer, p: Place, cont: Place, distance_km: float | None) -> float:
    """1 if ``p`` fits inside (or at the stated distance from) ``cont``, -0.5 if it clearly does not."""
    d = _dist(p, cont)
    if distance_km == NEAR_KM:
        # «شمال العراق» / «شمال غرب باكستان» is inside; «شمال شرق بغداد» is near the town
        distance_km = None if cont.kind not in "PC" else distance_km
        if distance_km is not None:
            # «بادية السخنة شرقي حمص»: the bearing may be from the town or across its governorate
            # (As Sukhnah is 200 km east of Homs, in Homs governorate)
            return 1.0 if d <= 3 * NEAR_KM or (p.admin_key and p.admin_key == cont.admin_key) else -0.5
    if distance_km is not None:
        return 1.0 if abs(d - distance_km) <= max(30.0, 0.4 * distance_km) else -0.5
    if cont.kind == "N":
        return 1.0 if p.country == cont.country else -0.5
    if cont.kind == "A" or (cont.is_town and p.admin_key and p.admin_key == cont.admin_key):
        if p.admin_key and p.admin_key == cont.admin_key:
            return 1.0
    if p.country == cont.country and d <= (250.0 if cont.kind in "AR" else 120.0):
        return 0.8
    return -0.5


def _after_rural_head(raw: str, start: int) -> bool:
    """Does a «ريف»/«بادية» head the place name at raw ``start`` («بريف منبج»، «في بادية السخنة»)?"""
    words = raw[max(0, start - 12):start].split()
    return bool(words) and "rural" in load_context_words().of(normalize_key(words[-1]))


def after_bearing(raw: str, start: int) -> bool:
    """Is the place name at raw ``start`` a bearing's reference point («في بلدة عيل صالين بإقليم
    شبيلي السفلى جنوب غربي العاصمة مقديشو», «في محافظة درعا جنوب دمشق»): compass words, maybe
    a town head, and no preposition before them («في شمال بغداد» is inside Baghdad)?"""
    words = [normalize_key(w) for w in raw[max(0, start - 48):start].split()[-4:]]
    cw = load_context_words()
    if words and cw.of(words[-1]) & PLACE_HEADS:  # «جنوب غربي العاصمة مقديشو»، «شرق محافظة X»
        words.pop()
    k = len(words)
    while k and "direction" in cw.of(words[k - 1]):
        k -= 1
    return k < len(words) and not (k and "prep" in cw.of(words[k - 1]))


def _letters(name: str) -> str:
    """A name's letters, lower-cased: «Ar-Raqqah» and «Ar Raqqah» are one name."""
    return "".join(ch for ch in name.lower() if ch.isalpha())


def _grade(gaz: Gazetteer, c: _Cand, place: Place) -> tuple[Place, int]:
    """ACLED precision of a resolved mention, and the place to report for it."""
    if "rural" in c.before:
        region = gaz.admin_of(place) if place.kind != "R" else place
        if region is not None and place.kind in "PC" and _letters(region.name) != _letters(place.name):
            # «بادية السخنة»: the desert around a town that names no governorate is near the town,
            # not the whole of Homs governorate («ريف حماة» is Hama's governorate)
            return place, 2
        return (region or place), 2
    if place.kind == "N":
        return place, 3
    if place.kind == "A":
        part = "part" in c.after or "near" in c.before or c.unnamed_town
        return place, 2 if part else 3
    if place.kind in "RW":
        # («قرب بلدة العديسة»: «near» before the head word, as for a town below)
        near = "near" in c.before or "near" in c.before2
        return place, max(place.precision, 2) if near else place.precision
    if "admin" in c.before:
        return place, 2  # «قضاء تلعفر», «ولاية X» resolved to its town: the district around it
    if "direction" in c.before and ("prep" not in c.before2 or "direction" in c.before2):
        # «وادي الشاي جنوب غربي كركوك»: outside the town, near it (not «في شمال بغداد»); a
        # compound bearing («جنوب غربي») is a direction before a direction, not «في»
        return place, 2
    if "facility" in c.before and "direction" in c.before2:
        return place, 2  # «على بعد 70 ميلا غرب ميناء الحديدة»: a bearing from the port, off its town
    return place, 2 if "near" in c.before or "near" in c.before2 else 1


def _store(doc: Doc, c: _Cand, place: Place, prec: int, ner_by_span: dict[tuple[int, int], Mention],
           ner_places: list[Mention]) -> None:
    m = c.mention or ner_by_span.get((c.start, c.end))
    if m is None:
        # NER's «مدينة الموصل» or «مطار بغداد» holds the name: give it the place, add nothing
        m = next((e for e in ner_places if e.place is None and e.start <= c.start and c.end <= e.end), None)
    if m is None:
        m = _widened(doc, c, ner_places, "LOC" if place.kind in "RW" else "GPE")
    if m is None:
        m = Mention(c.start, c.end, doc.raw[c.start:c.end], "LOC" if place.kind in "RW" else "GPE",
                    canonical=place.name, origin="gazetteer")
        if not c.in_org and doc.raw[c.start] in _CONJ_FIRST:
            # «واغادوغو»: the tagger read its و as «and» and the rest as a name of its own; the
            # place the gazetteer knows whole is the one mention there
            doc.entities[:] = [e for e in doc.entities if not (
                e.origin == _CRF and c.start < e.start and e.end <= c.end and e.type not in PLACE_TYPES)]
        doc.entities.append(m)
    elif m.type == "PER" and m.actor is None and (m.start, m.end) == (c.start, c.end) and " " in c.key \
            and not (c.before.isdisjoint(_LEVEL_PREP) and c.before.isdisjoint(_LEVEL_HEAD)):
        # «في سيدي بوزيد»: a town's two-word name after a preposition or head word, which the
        # tagger read as a person («سيدي» is also "my lord"), is the town
        m.type, m.canonical = ("LOC" if place.kind in "RW" else "GPE"), place.name
    elif m.type not in PLACE_TYPES:
        return  # NER says this span is a person or an organisation: not a place mention
    elif m.canonical is None:
        m.canonical = place.name
    m.place = place
    m.precision = prec
    m.in_org = m.in_org or c.in_org


def _widened(doc: Doc, c: _Cand, ner_places: list[Mention], typ: str) -> Mention | None:
    """NER's unresolved place that overlaps the gazetteer's name, widened to hold all of it.

    The tagger may cut a name the gazetteer knows: «زيرستان» inside «شمال وزيرستان» (its و read
    as «and»), «إقليم خيبر» across «خيبر بختونخوا». Adding the gazetteer's name beside it would
    give two overlapping mentions of one place; the tagger's is widened to the union instead.
    When several unresolved places overlap it («محافظة سيستان» and «بلوشستان» across «سيستان
    وبلوشستان»), the first is widened over all and the others are dropped; only when nothing
    else in the union overlaps. The
    widened mention takes the gazetteer's type and name («جنوب لبنان» is South Governorate, not
    NER's Lebanon; «خليج عدن» is water, not a town)."""
    over = [e for e in ner_places if e.place is None and e.start < c.end and c.start < e.end]
    if not over:
        return None
    m = over[0]
    s, e = min(c.start, *(x.start for x in over)), max(c.end, *(x.end for x in over))
    if any(x not in over and x.start < e and s < x.end for x in doc.entities):
        return None
    if len(over) > 1:
        # «محافظة سيستان» and «بلوشستان» (the tagger read «و» as «and»): one name, «سيستان وبلوشستان»
        cut = {id(x) for x in over[1:]}
        doc.entities[:] = [x for x in doc.entities if id(x) not in cut]
        ner_places[:] = [x for x in ner_places if id(x) not in cut]
    m.start, m.end, m.text = s, e, doc.raw[s:e]
    m.type, m.canonical = typ, None
    return m


_RANK: Final = {"P": 0, "C": 0, "R": 1, "W": 1, "A": 2, "N": 3}
# «وفي دير الزور،» opening a sentence or line: the place a bulletin's paragraph is about
_TOPIC_BEFORE: Final = regex.compile(r"(?:^|[\n.:])\s*(?:\u0648)?\u0641\u064a\s*$")  # (و)في
_TOPIC_AFTER: Final = re.compile(WHITE_SPACE + r"*[\u060c,]")  # ، ,


# «في بلدة ذيبان»، «ببلدة»: a town named as where, with its head word
_LOCATIVE_HEAD: Final = regex.compile(r"(?:(?<!\w)\u0641\u064a\s+|(?<!\w)\u0628)(?:\u0628\u0644\u062f\u0629|\u0642\u0631\u064a\u0629|\u0645\u062f\u064a\u0646\u0629|\u062d\u064a|\u0645\u062e\u064a\u0645|\u0646\u0627\u062d\u064a\u0629)\s+$")  # في/ب + بلدة قرية مدينة حي مخيم ناحية
_NO_TOPICS: Final[frozenset[int]] = frozenset()


def _fronted_topic(raw: str, start: int, end: int) -> bool:
    """Is the place at ``[start, end)`` a fronted topic: «(و)في» + the place + a comma, opening
    its sentence? The paragraph's area."""
    return _TOPIC_AFTER.match(raw, end) is not None and _TOPIC_BEFORE.search(raw, max(0, start - 12), start) is not None


def _topics_with_a_town_inside(raw: str, inside: list[Mention]) -> frozenset[int]:
    """Starts of the fronted topics (:func:`_fronted_topic`) whose clause names, with a head
    word after «في/ب», a town in the same first-level division: «وفي دير الزور، قُتلت امرأة ...
    على منزلهم في بلدة ذيبان» happened in Dhiban. A place of another division stays what the
    words are about («وفي طهران، تجمع طلاب ... تضامنا مع أهالي زاهدان»), and so does one named
    without that head («نظم العشرات من سكان قضاء الزبير وقفة»: where they live)."""
    out = set()
    for m in inside:
        if not _fronted_topic(raw, m.start, m.end):
            continue
        p = m.place
        if any(o is not m and o.place.country == p.country and o.place.admin1 == p.admin1 and p.admin1
               and _LOCATIVE_HEAD.search(raw, max(0, o.start - 12), o.start) is not None for o in inside):
            out.add(m.start)
    return frozenset(out)


# «صنعاء/الرياض (رويترز) -»: two cities of one dateline may stand on either side of a slash
_DATELINE_AFTER: Final = regex.compile(r"\s*(?:[-\u0640\u2013\u2014:]|\(\s*\p{L}|/\s*\p{L})")
_DATELINE_MARKS: Final = frozenset("-\u0640\u2013\u2014:(/")  # what _DATELINE_AFTER can start with after spaces
_DATELINE_PEEK: Final = 32  # characters looked at before the regex (past a run of spaces, the regex decides)
_DATELINE_BEFORE: Final = regex.compile(r"(?:^|\n|\*)[\s\u00ab\u00bb\"]*$")


def _is_dateline(raw: str, start: int, end: int) -> bool:
    """«الخرطوم - قتل ...», «كابل ـ روما ـ ا.ف.ب:», «صنعاء/الرياض (رويترز) -»: where the report
    was filed, not where it happened."""
    after = raw[end:end + _DATELINE_PEEK].lstrip()
    if after and after[0] not in _DATELINE_MARKS:
        # what follows the name is no dash, colon or bracket (most names): no regex call.
        # str.lstrip skips every character the pattern's \s does (and a few more, which the
        # pattern then rejects), so the pattern could not have matched either
        return False
    return _is_dateline_by_regex(raw, start, end)


def _is_dateline_by_regex(raw: str, start: int, end: int) -> bool:
    """:func:`_is_dateline` without its shortcut: the patterns alone decide."""
    if not _DATELINE_AFTER.match(raw, end):
        return False
    head = raw[max(0, start - 40):start]
    if _DATELINE_BEFORE.search(head):
        return True
    # a second city in a dateline: «كابل ـ روما ـ»
    return bool(regex.search(r"(?:^|\n)[^\n.]{0,30}[-\u0640\u2013\u2014/]\s*$", head)) and start < 60


def _placed_mentions(doc: Doc) -> tuple[list[int], list[Mention]]:
    """Resolved place mentions outside organisation names, by start (cached per document:
    events ask once per clause, and a scan of every entity each time was quadratic)."""
    key = (len(doc.entities), id(doc.entities))
    cached = doc.extras.get("_geo_placed")
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    placed = sorted((m for m in doc.entities if m.place is not None and not m.in_org), key=lambda m: m.start)
    starts = [m.start for m in placed]
    doc.extras["_geo_placed"] = (key, starts, placed)
    return starts, placed


_PART_OF_COUNTRY: Final = regex.compile(
    r"(?:\bو?)(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|شمال\s+غربي|شمال\s+شرقي|جنوب\s+غربي|جنوب\s+شرقي)\s+البلاد")


def _unplaced_between(doc: Doc, start: int, end: int) -> bool:
    """Does raw ``[start, end)`` hold a place NER found that the gazetteer could not resolve,
    or a part of the country («في بولكيسي وسط البلاد»: the town is unknown, the bearing is not
    the capital's)?"""
    if _PART_OF_COUNTRY.search(doc.raw, start, end) is not None:
        return True
    for e in doc.entities:
        if start <= e.start and e.end <= end and e.type in PLACE_TYPES and e.place is None and not e.in_org:
            return True
    return False


_BEARING_GAP: Final = 40  # characters from a place to the bearing after it («بإقليم X جنوب غربي العاصمة Y»)


def bearing_from(raw: str, before: Mention, m: Mention) -> bool:
    """Is ``m`` the reference point of a bearing right after the place ``before`` («بإقليم شبيلي
    السفلى جنوب غربي العاصمة مقديشو»، «في بادية السخنة شرقي حمص»): close after it, in its
    country, no sentence or clause mark between? The event was in ``before`` (or the town it
    holds), not in the place it is measured from. (The events' place fallback asks too.)"""
    gap = raw[before.end:m.start] if 0 <= m.start - before.end <= _BEARING_GAP else None
    return gap is not None and before.place.country == m.place.country and "." not in gap \
        and "\u060c" not in gap and after_bearing(raw, m.start)


def _named_before_bearing(raw: str, named: list[Mention], m: Mention) -> Mention | None:
    """The place named right before the bearing whose reference point is ``m``, if any."""
    before = None
    for x in named:
        if x.end <= m.start:
            before = x
    return before if before is not None and bearing_from(raw, before, m) else None


# words before a country's name that place something in it («في أنحاء إيران»، «على لبنان»)
_LOCATING: Final = frozenset(normalize_key(w) for w in (
    "في", "إلى", "الى", "على", "داخل", "أنحاء", "انحاء", "عبر", "نحو", "باتجاه", "أراضي", "حدود", "شمال", "جنوب",
    "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أجواء", "عمق", "قرب"))


def _located(raw: str, start: int) -> bool:
    """Is the country named at raw ``start`` placed by a preposition or a locating noun right
    before it («في أنحاء إيران»، «بإيران»)? Bare, it is as often the side that acts («شنت
    إسرائيل غارات على منشآت في أنحاء إيران»): among countries, a located one is where."""
    if start and raw[start - 1] in _BA + _LAM:
        return True  # «بإيران»، «لإسرائيل» (the clitic outside the mention)
    words = raw[max(0, start - 16):start].split()
    return bool(words) and normalize_key(words[-1]) in _LOCATING


def places_start_in(doc: Doc, start: int, end: int) -> bool:
    """Does a resolved place mention outside an organisation's name start in raw ``[start,
    end)``? Where none does, :func:`place_for_span` finds nothing in any span inside it, so a
    caller with several spans of one sentence to try can skip them (and whatever it would do
    to choose them) with this one test."""
    starts, _ = _placed_mentions(doc)
    return bisect_left(starts, start) < bisect_left(starts, end)


def place_for_span(doc: Doc, start: int, end: int,
                   skip: tuple[int, int] | None = None) -> tuple[Place, int, Mention] | None:
    """The most specific resolved place inside raw ``[start, end)`` (a sentence or clause).

    Places inside organisation names are skipped, and so are those that start inside raw
    ``skip`` (the caller knows they say something else: where the attackers are based); a
    dateline («الخرطوم -») and an official's district («قال قائممقام سنجار إن طائرة قصفت سيارة
    قرب خانصور») are used only when nothing else is named; towns beat districts beat
    divisions beat countries, and among equals the first in the clause wins, unless it is the
    topic fronted before a comma («وفي دير الزور، قُتلت امرأة ... في بلدة ذيبان»: Dhiban).
    """
    datelines = doc.extras.get("geo_datelines", ())
    offices = doc.extras.get("geo_offices", ())
    starts, placed = _placed_mentions(doc)
    best: tuple[tuple[int, int, int, int, int], Mention] | None = None
    named: list[Mention] = []  # the places that are not a country, a dateline or an office
    inside = [m for m in placed[bisect_left(starts, start):bisect_left(starts, end)]
              if not (m.end > end or (skip is not None and skip[0] <= m.start < skip[1]))]
    topics = _topics_with_a_town_inside(doc.raw, inside) if len(inside) > 1 else _NO_TOPICS
    for m in inside:
        p: Place = m.place
        rank = 0 if p.kind == "R" and p.precision == 1 else _RANK.get(p.kind, 3)
        if rank == 0 and m.precision == 2 and _after_rural_head(doc.raw, m.start):
            rank = _RANK["A"]  # «بريف منبج» ranks as the district it names, below «قرب القامشلي»
        aside = int((m.start, m.end) in datelines or (m.start, m.end) in offices)
        if not aside and p.kind != "N":
            named.append(m)
        bare = int(p.kind == "N" and not _located(doc.raw, m.start))
        key = (aside, rank, bare, int(m.start in topics), m.start)
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None
    m = best[1]
    if best[0][0] and (m.start, m.end) in datelines and _unplaced_between(doc, m.end, end):
        # «باماكو (أ ف ب) - أعلنت الجماعة أنها سيطرت على معسكر للجيش في بولكيسي وسط البلاد»:
        # a place GeoNames lacks is named; the dateline is where the report was filed, not it
        return None
    region = _named_before_bearing(doc.raw, named, m)
    if region is not None:
        # «في بلدة عيل صالين بإقليم شبيلي السفلى جنوب غربي العاصمة مقديشو»: the capital is
        # only the bearing's reference point; the place named before it is where it happened
        m = region
    return m.place, m.precision or 1, m
