"""Where an event happened when its own clause and sentence name no resolved place.

The events stage gives an event the place its clause, else its sentence, names
(:func:`hadath.events.arguments.location`). For the events left without one this module
applies the rest of the rule set, in order (docs/ARCHITECTURE.md, "Events: where"):

0. **no place across a turn**: rules 2-4 lend no place to an event whose sentence opens a turn
   to another happening or topic («إلى ذلك، ...»، «وفي هجوم آخر، ...»;
   :mod:`hadath.attribution.incidents`), unless it says «المدينة» (the story's town);
1. **the capital**: a bare «العاصمة» («خرج الآلاف في مسيرات بالعاصمة») is the capital of the
   country of the event's state force, else of the article's country (precision 1);
2. **same paragraph**: the place of the previous event (in document order) whose own
   sentence named one, when no paragraph break lies between the two sentences: «وفي
   الفاشر، ... . وأضاف أن المتظاهرين ...» stays in El Fasher. Never across paragraphs
   (a new paragraph often opens a new incident elsewhere) and only from events that were
   kept: a recap dropped by :mod:`hadath.events.recency` lends no place;
3. **the happening named again**: a definite noun of violence as the trigger («قال الجيش إن
   القوات صدت الهجوم») names the happening told before: the last placed event's place;
4. **pointed-at place**: ACLED codes every event to a known place, coarser when the report
   is vague: a village GeoNames lacks («قرية الكسك القريبة») is coded to the nearest known
   town with geo precision 2, and «شنت غارتين على مواقع التنظيم في المنطقة» to the area
   just named. Only when the sentence itself points at a place: it names a place the geo
   stage could not resolve (a GPE/LOC/FAC mention without a place, outside an
   organisation's name), or holds a place anaphor or a «nearby» word from
   ``data/place_anaphors.tsv`` («المنطقة»، «القرية»، «هناك»، «القريبة»، «المجاورة»). The
   anchor is the nearest resolved place mention before the sentence, at most
   :data:`MAX_PARAGRAPHS` paragraph breaks back, that is neither a country (the article's
   country is never a fallback) nor a dateline (where the report was filed), and lies in
   the article's focus country when the geo stage found one (a story about Lebanon that
   mentions London before «أوروبا» stays unplaced). The event takes it with geo precision
   at least :data:`FALLBACK_PRECISION` (near a town), never finer than the anchor's own;
5. otherwise null: null is better than a guess from the article's country.

Before these, an unresolved place the sentence says is in a country by the nationality
adjective right after it («هاجم مسلحون قرية الكسكوسة السورية») is coded to that country (ACLED
geo precision 3) when the place rules 2-4 would lend lies in another one.
"""

from __future__ import annotations

import re
from typing import Any, Final

from hadath.attribution.incidents import sentence_turns
from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events.arguments import WORD, local_generic
from hadath.events.context import more_breaks
from hadath.events.draft import Event
from hadath.events.lexicon import event_hits, names_attack_again, place_anaphors
from hadath.events.trusted import location_of
from hadath.geo.gazetteer import load_gazetteer
from hadath.geo.resolve import bearing_from
from hadath.lexicon.actors import STATE_INTER, nisba_index
from hadath.lexicon.matcher import PhraseMatcher
from hadath.mentions import PLACE_TYPES
from hadath.schema import Location
from hadath.text.normalize import normalize_key
from hadath.text.segment import doc_paragraph_starts

MAX_PARAGRAPHS: Final = 1
"""The anchor is in the event's paragraph or the one before."""
TOWN_PARAGRAPHS: Final = 3
"""«المدينة»، «المخيم» (kind ``town``) refer back further, up to this many paragraph breaks, to
the story's town (one named in its first :data:`LEAD_PARAGRAPHS` paragraphs): a report names
its town in the lead and then says «the town»."""
LEAD_PARAGRAPHS: Final = 2
TOLD_PARAGRAPHS: Final = 2
"""A definite noun of violence («صدت الهجوم») names the happening placed at most this many
paragraph breaks back: the lead, then a paragraph of reactions, then the army's account."""
FALLBACK_PRECISION: Final = 2
"""ACLED geo precision 2: near the named town, or in a part of the named region."""
FALLBACK_PLACED: Final = "fallback_placed_events"
"""``doc.extras`` key: trigger starts of the events whose location came from these rules,
not from their own sentence (coreference reads such a place as unknown)."""

_COUNTRY: Final = "N"
_TOWN: Final = "town"
_CAPITAL: Final = "capital"
_CAPITAL_AR: Final = "\u0627\u0644\u0639\u0627\u0635\u0645\u0629"  # العاصمة


def anaphors() -> PhraseMatcher[str]:
    """Place anaphor matcher; payload is the kind (anaphor or near)."""
    return place_anaphors()


def _hits(doc: Doc, cache: dict[str, Any]) -> list[int]:
    return _hits_and_kinds(doc, cache)[0]


def _hits_and_kinds(doc: Doc, cache: dict[str, Any]) -> tuple[list[int], list[str]]:
    """Raw starts of the place anaphors (once per document): the starts that
    ``anaphors().find(doc.norm)`` gives, mapped in one array look-up without building a
    ``Match`` (and its raw text and prefix) per hit. The anaphors are found in the events
    stage's one scan of the article (:func:`hadath.events.lexicon.event_hits`)."""
    if "starts" not in cache:
        norm = doc.norm
        found = event_hits(norm.text)[3]
        at = [f[0] for f in found]
        cache["starts"] = norm.starts[at].tolist() if at and norm.starts is not None else at
        cache["kinds"] = [f[3][0] for f in found]
    return cache["starts"], cache["kinds"]


def _places(doc: Doc, cache: dict[str, Any]) -> tuple[list[int], list[Any], list[int], list[Any]]:
    """Unresolved place mentions by start, and usable anchors by end (once per document)."""
    if "unresolved" not in cache:
        datelines = doc.extras.get("geo_datelines", ())
        places = [m for m in doc.entities if m.type in PLACE_TYPES and not m.in_org]
        unresolved = sorted((m for m in places if m.place is None), key=lambda m: m.start)
        anchors = sorted((m for m in places if m.place is not None and m.place.kind != _COUNTRY
                          and (m.start, m.end) not in datelines
                          and not (doc.country and m.place.country != doc.country)), key=lambda m: m.end)
        anchors = [m for k, m in enumerate(anchors) if not (k and bearing_from(doc.raw, anchors[k - 1], m))]
        seats = _source_seats(doc)
        anchors = [m for m in anchors if m.start not in seats]
        cache["unresolved"] = ([m.start for m in unresolved], unresolved)
        cache["anchors"] = ([m.end for m in anchors], anchors)
    return (*cache["unresolved"], *cache["anchors"])  # type: ignore[no-any-return]


def _source_seats(doc: Doc) -> set[int]:
    """Raw starts of the places that only say where a reporting source sits: «وفق ما أعلنت وزارة
    الصحة الفلسطينية في رام الله» (the ministry's seat lends no place to the raid on a camp told
    after it)."""
    raw = doc.raw
    out: set[int] = set()
    for sm in doc.extras.get("sources") or ():
        end = getattr(sm, "end", None)
        if not isinstance(end, int) or getattr(sm, "kind", None) in _LOCAL_VOICES:
            continue  # «قدّر مسؤول محلي في تلعفر»: a local official speaks from where it happens
        gap = raw[end:end + 4]
        stripped = gap.lstrip()
        if stripped.startswith(_IN_SEAT):
            out.add(end + len(gap) - len(stripped) + len(_IN_SEAT))
    return out


_IN_SEAT: Final = "\u0641\u064a "  # «في » between a source and its seat
_LOCAL_VOICES: Final = frozenset({"generic", "person"})  # sources.tsv kinds of unnamed officials and people


def points_at_place(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> bool:
    """Does raw ``[start, end)`` name an unresolved place or hold a place anaphor?"""
    starts = _hits(doc, cache)
    i = bisect_left(starts, start)
    if i < len(starts) and starts[i] < end:
        return True
    u_starts, unresolved, _, _ = _places(doc, cache)
    i = bisect_left(u_starts, start)
    return any(m.end <= end for m in unresolved[i:bisect_left(u_starts, end)])


def names_town(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> bool:
    """Does raw ``[start, end)`` hold a «the town» anaphor («المدينة»، «المخيم»)?"""
    starts, kinds = _hits_and_kinds(doc, cache)
    i = bisect_left(starts, start)
    return any(kinds[k] == _TOWN for k in range(i, bisect_left(starts, end)))


# «المدينة» points back to the place last called «مدينة», not to a nearer «بلدة»: a report on a
# town's fall outside a city («سيطرت الحركة على بلدة ساكي ... غرب مدينة غوما») that then says
# «القصف الذي طال أحياء في غرب المدينة» means the city
_TOWN_HEADS: Final = frozenset(normalize_key(w) for w in ("مدينة", "بلدة", "قرية", "مخيم", "حي"))
_AL: Final = "\u0627\u0644"  # ال
_WORD_CLITICS: Final = "\u0648\u0641\u0628\u0644"  # و ف ب ل


def _head_of(word: str) -> str:
    """The place head noun of a normalised word («المدينة»، «وبالمدينة»، «بلدة»), or ""."""
    for k in range(3):
        w = word[k:]
        if w.startswith(_AL) and w[2:] in _TOWN_HEADS:
            return w[2:]
        if w in _TOWN_HEADS:
            return w
        if not w or w[0] not in _WORD_CLITICS:
            break
    return ""


def _first_word(text: str) -> str:
    """The normalised first word of ``text``, punctuation left out («المدينة.» -> «المدينة»)."""
    m = WORD.match(text.lstrip())
    return normalize_key(m.group()) if m else ""


def _named_with_head(doc: Doc, m: Any, head: str) -> bool:
    """Was the place mention ``m`` introduced with ``head`` («مدينة غوما»، «بلدة ساكي»)?"""
    if _head_of(_first_word(m.text)) == head:
        return True
    before = doc.raw[max(0, m.start - 20):m.start].split()
    return bool(before) and _head_of(_first_word(before[-1])) == head


def same_head_town(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> Any | None:
    """For a «the town» anaphor in raw ``[start, end)`` («المدينة»), the last town before it
    named with the same head noun («مدينة غوما», not the nearer «بلدة ساكي»), in the paragraph
    before or in the story's lead (up to :data:`TOWN_PARAGRAPHS` back, as for «the town»); else
    None (the other rules decide)."""
    starts, kinds = _hits_and_kinds(doc, cache)
    heads = [h for k in range(bisect_left(starts, start), bisect_left(starts, end))
             if kinds[k] == _TOWN and (h := _head_of(_first_word(doc.raw[starts[k]:starts[k] + 20])))]
    if not heads:
        return None
    ends, towns = _towns(doc, cache)
    for k in range(bisect_right(ends, start) - 1, -1, -1):
        m = towns[k]
        if more_breaks(doc, m.end, start, TOWN_PARAGRAPHS):
            break
        if _named_with_head(doc, m, heads[0]) and (m.end <= _lead_end(doc, cache)
                                                   or not more_breaks(doc, m.end, start, MAX_PARAGRAPHS)):
            return m
    return None


def _lead_end(doc: Doc, cache: dict[str, Any]) -> int:
    """Where the article's first :data:`LEAD_PARAGRAPHS` paragraphs end (once per document)."""
    if "lead_end" not in cache:
        starts = doc_paragraph_starts(doc.extras, doc.raw)
        cache["lead_end"] = starts[LEAD_PARAGRAPHS - 1] if len(starts) >= LEAD_PARAGRAPHS else len(doc.raw)
    return cache["lead_end"]  # type: ignore[no-any-return]


def _towns(doc: Doc, cache: dict[str, Any]) -> tuple[list[int], list[Any]]:
    """Resolved town mentions by end, outside names and datelines (once per document). Unlike
    the anchors of :func:`_places` they keep the town a bearing is measured from («غرب مدينة
    غوما»): no event is placed there by default, but «المدينة» may mean it."""
    if "towns" not in cache:
        datelines = doc.extras.get("geo_datelines", ())
        towns = sorted((m for m in doc.entities if m.type in PLACE_TYPES and not m.in_org and m.place is not None
                        and m.place.is_town and (m.start, m.end) not in datelines
                        and not (doc.country and m.place.country != doc.country)), key=lambda m: m.end)
        cache["towns"] = ([m.end for m in towns], towns)
    return cache["towns"]  # type: ignore[no-any-return]


def _capital_for(doc: Doc, ev: Event) -> Any | None:
    """The capital «العاصمة» means: of the country of the event's state force when it names one
    («فككت قوات الأمن الجزائرية ... في العاصمة»), else of the article's country."""
    states = [a.country for a in (ev.actor1, ev.actor2) if a is not None and a.inter == STATE_INTER and a.country]
    cc = states[0] if states else doc.country
    return load_gazetteer().capital(cc) if cc else None


def _names_capital(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> bool:
    """Does raw ``[start, end)`` hold a bare «العاصمة» (place_anaphors.tsv kind capital)?"""
    starts, kinds = _hits_and_kinds(doc, cache)
    i = bisect_left(starts, start)
    return any(kinds[k] == _CAPITAL and not _capital_named(doc, starts[k]) for k in range(i, bisect_left(starts, end)))


_NAMED_AFTER: Final = 3  # characters between «العاصمة» and the name of the capital («العاصمة كابل»)


def _capital_named(doc: Doc, start: int) -> bool:
    """Is the «العاصمة» at raw ``start`` followed by the capital's name («العاصمة كابل»)? Then it
    is not bare: the geo stage places the name, and the word means no other capital."""
    m = _NON_SPACE.match(doc.raw, start)
    after = m.end() if m is not None else start
    return any(after <= e.start <= after + _NAMED_AFTER and e.type in PLACE_TYPES for e in doc.entities)


_NON_SPACE: Final = re.compile(r"\S+")


def _lead_towns(doc: Doc, cache: dict[str, Any]) -> set[int | None]:
    """Geonames ids of the towns named in the article's first :data:`LEAD_PARAGRAPHS`
    paragraphs (a dateline line is one): the towns the story is about."""
    if "lead" not in cache:
        _, _, _, anchors = _places(doc, cache)
        cut = _lead_end(doc, cache)
        cache["lead"] = {m.place.geonameid for m in anchors if m.end <= cut and m.place.is_town}
    return cache["lead"]  # type: ignore[no-any-return]


def anchor_before(doc: Doc, start: int, cache: dict[str, Any] | None = None, town: bool = False) -> Any | None:
    """The nearest resolved, non-country, non-dateline place mention ending before ``start``
    (in the focus country when there is one), if it is close enough; with ``town``, the
    nearest town (not a region) up to :data:`TOWN_PARAGRAPHS` back, if there is one."""
    _, _, ends, anchors = _places(doc, {} if cache is None else cache)
    i = bisect_right(ends, start)
    if town and (i == 0 or more_breaks(doc, anchors[i - 1].end, start, MAX_PARAGRAPHS)):
        lead = _lead_towns(doc, cache if cache is not None else {})
        for k in range(i - 1, -1, -1):  # not reversed(anchors[:i]): mypyc's compile rejects it (list[Any])
            m = anchors[k]
            if more_breaks(doc, m.end, start, TOWN_PARAGRAPHS):
                break
            if m.place.is_town and m.place.geonameid in lead:
                return m
    if i == 0:
        return None
    best = anchors[i - 1]
    return None if more_breaks(doc, best.end, start, MAX_PARAGRAPHS) else best


def fill_locations(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` (in document order, each with its sentence span last in ``evidence``) with
    a location from the rules above where their own sentence gave none (others unchanged)."""
    cache: dict[str, Any] = {}
    out = []
    placed: set[int] = set()
    doc.extras[FALLBACK_PLACED] = placed
    previous: tuple[Location, int] | None = None  # the last own location, end of its sentence
    for ev in events:
        if not ev.evidence:
            out.append(ev)
            continue
        sentence = ev.evidence[-1]  # the events stage lists the sentence span last
        abroad = _country_said(doc, sentence.start, sentence.end, cache) if ev.location is None else None
        if ev.location is not None:
            previous = (ev.location, sentence.end)
        elif abroad is not None and (previous is None or previous[0].country != abroad.country):
            # «هاجم مسلحون قرية الكسكوسة السورية» after Baghdad: Syria, not near Baghdad
            ev = _placed(doc, ev, abroad)
            placed.add(ev.evidence[0].start)
        elif _names_capital(doc, sentence.start, sentence.end, cache) \
                and (capital := _capital_for(doc, ev)) is not None:
            # «خرج آلاف الجزائريين ... في مسيرات حاشدة بالعاصمة»: the article's country's capital
            ev = _placed(doc, ev, location_of(capital, _CAPITAL_AR, 1))
            placed.add(ev.evidence[0].start)
        elif sentence_turns(doc, [(sentence.start, sentence.end)])[0] and \
                not names_town(doc, sentence.start, sentence.end, cache):
            pass  # «إلى ذلك، ...»، «وفي هجوم آخر، ...»: another happening, no place lent
        elif previous is not None and doc.raw.find("\n", previous[1], sentence.start) < 0:  # same paragraph
            ev = _placed(doc, ev, previous[0])
            placed.add(ev.evidence[0].start)
        elif (town_named := same_head_town(doc, sentence.start, sentence.end, cache)) is not None:
            # «... في غرب المدينة» after «بلدة ساكي ... مدينة غوما»: the city, not the nearer town
            precision = max(FALLBACK_PRECISION, town_named.precision or 1)
            ev = _placed(doc, ev, location_of(town_named.place, town_named.text, precision))
            placed.add(ev.evidence[0].start)
        elif previous is not None and _told_before(doc, ev) \
                and not more_breaks(doc, previous[1], sentence.start, TOLD_PARAGRAPHS):
            # «قال الجيش إن القوات صدت الهجوم»: the attack told before, where it was
            ev = _placed(doc, ev, previous[0])
            placed.add(ev.evidence[0].start)
        elif points_at_place(doc, sentence.start, sentence.end, cache):
            town = names_town(doc, sentence.start, sentence.end, cache)
            m = anchor_before(doc, sentence.start, cache, town)
            if m is not None and abroad is not None and m.place.country != abroad.country:
                m = None  # the place is said to be in another country than the anchor's
            if m is not None:
                precision = max(FALLBACK_PRECISION, m.precision or 1)
                ev = _placed(doc, ev, location_of(m.place, m.text, precision))
                placed.add(ev.evidence[0].start)
        out.append(ev)
    return out


def _told_before(doc: Doc, ev: Event) -> bool:
    """Is ``ev``'s trigger a definite noun of violence («الهجوم»، «الغارة») that names again a
    happening the article told before, whose place it shares?"""
    t = ev.evidence[0]
    word = normalize_key(doc.raw[t.start:t.end])
    return names_attack_again(word)


def _country_said(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> Location | None:
    """The country an unresolved place of raw ``[start, end)`` is said to be in by the
    nationality adjective right after it («قرية الكسكوسة السورية»), as a country-level location
    (ACLED geo precision 3); None when no such place or adjective."""
    u_starts, unresolved, _, _ = _places(doc, cache)
    raw = doc.raw
    for m in unresolved[bisect_left(u_starts, start):bisect_left(u_starts, end)]:
        if m.end > end:
            break
        words = raw[m.end:m.end + 24].split()
        cc = nisba_index().get(normalize_key(words[0].strip(_PUNCT))) if words else None
        if cc is not None:
            country = load_gazetteer().country(cc)
            if country is not None:
                return location_of(country, raw[m.start:m.end], _COUNTRY_PRECISION)
    regions = cache.get("regions_of")
    if regions is None:
        regions = cache["regions_of"] = _regions_of(raw)
    for at, location in regions:
        if start <= at < end:
            return location
    return None


def _regions_of(raw: str) -> list[tuple[int, Location]]:
    """Unnamed plural places with a nationality adjective in ``raw`` («فوق عدة مقاطعات روسية»:
    regions of a named country), each with its country as a location, in text order."""
    out = []
    for noun in _PLACE_PLURALS:  # str.find: a regex scan of the whole text cost ~1.3M instructions
        at = raw.find(noun)
        while at >= 0:
            r = _REGIONS_OF.match(raw, max(0, at - 1)) if at and raw[at - 1] in _PLURAL_CLITICS else None
            r = r or _REGIONS_OF.match(raw, at)
            at = raw.find(noun, at + len(noun))
            if r is None or (r.start() and raw[r.start() - 1].isalpha()):
                continue
            adjective = normalize_key(r.group(2))
            if not adjective.endswith(_FEMININE_NISBA):
                continue  # «مدن أوكرانيا»: a country named, not an adjective agreeing with the places
            cc = nisba_index().get(adjective)
            country = load_gazetteer().country(cc) if cc is not None else None
            if country is not None:
                out.append((r.start(), location_of(country, r.group(0), _COUNTRY_PRECISION)))
    out.sort(key=lambda x: x[0])
    return out


_PUNCT: Final = "\u060c,.:;\u061b\u00ab\u00bb\"()"
# plural nouns of places, then a nationality adjective: «مقاطعات روسية»، «بلدات لبنانية»
_FEMININE_NISBA: Final = "\u064a\u0647"  # يه: «روسية» normalised, as plural places take it
_PLACE_PLURALS: Final = ("مقاطعات", "مناطق", "محافظات", "ولايات", "أقاليم", "مدن", "بلدات", "قرى")
_PLURAL_CLITICS: Final = "وب"  # «وفي مناطق»، «بمناطق»
_REGIONS_OF: Final = re.compile(r"[وب]?(" + "|".join(_PLACE_PLURALS) + r")\s+([^\W\d_]+)(?!\w)")
_COUNTRY_PRECISION: Final = 3


def _placed(doc: Doc, ev: Event, location: Location) -> Event:
    """``ev`` at ``location``, its unnamed actors of that place's country as the events stage
    makes them for a place the sentence names (:func:`hadath.events.arguments.local_generic`):
    «هاجم مسلحون قرية الكسكوسة النائية» after «قرب مدينة القائم» in a Syria report are an
    "Unidentified Armed Group (Iraq)", not Syria's."""
    return ev.model_copy(update={"location": location,
                                 "actor1": local_generic(doc, ev.actor1, location.country),
                                 "actor2": local_generic(doc, ev.actor2, location.country)})
