"""The conflict-actor dictionary and the country table, and turning a mention into an Actor.

``actors.tsv`` has one row per actor: ``id name inter country cameo variants source``.
``country`` is an ISO2 code, empty for transnational actors, or ``*`` for *generic* actors
whose English ``name`` holds ``{country}`` (``Military Forces of {country}``): «الجيش»
means the army of whatever country the article is about, so the name is filled at
resolution time from a nationality adjective next to the mention («الجيش السوري»,
«القوات العراقية») or else from the document's country.

``countries.tsv`` maps ISO2 to the English short name, the Arabic names and the nisba
(nationality) adjectives; inflected forms (السورية، السوريين، سوريون ...) are derived here
so the data file stays one row per country. Nothing heavy is imported at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from hadath.errors import LexiconError
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.lexicon.matcher import PhraseMatcher
from hadath.paths import package_dir
from hadath.schema import Actor
from hadath.text.normalize import normalize_key

HERE = package_dir("hadath.lexicon")
ACTORS_TSV = HERE / "actors.tsv"
COUNTRIES_TSV = HERE / "countries.tsv"
ACTOR_COLUMNS = ("id", "name", "inter", "country", "cameo", "variants", "source")
COUNTRY_COLUMNS = ("iso2", "iso3", "name", "name_ar", "variants", "nisba", "people")
GENERIC = "*"
_ARTICLE = "\u0627\u0644"  # ال
_TA_MARBUTA_NORM = "\u0647"  # ة after normalisation
_PLURAL_SUFFIXES = ("\u064a\u0646", "\u0648\u0646")  # ين ون
# ACLED's inter codes (the «inter» column of actors.tsv, the codebook's actor types), named once
# so that every stage asking "a state force? a crowd? civilians?" reads the same numbers.
STATE_INTER: Final = 1
ARMED_GROUP_INTER: Final = frozenset({2, 3, 4})
"""ACLED actor types of non-state armed groups: rebels, political and identity militias."""
RIOTER_INTER: Final = 5
PROTESTER_INTER: Final = 6
CIVILIAN_INTER: Final = 7
OTHER_FORCES_INTER: Final = 8  # external or other forces
ARMED_INTER: Final = frozenset({STATE_INTER, *ARMED_GROUP_INTER, OTHER_FORCES_INTER})
"""Armed actors: all but rioters, protesters and civilians."""
CROWD_INTER: Final = frozenset({RIOTER_INTER, PROTESTER_INTER})
UNARMED_INTER: Final = CROWD_INTER | {CIVILIAN_INTER}
"""Rioters, protesters and civilians: no armed side."""
UNIDENTIFIED = "Unidentified"
"""How ACLED's names for unnamed actors begin («Unidentified Armed Group (Iraq)»)."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of ``actors.tsv``; ``country == "*"`` marks a generic actor."""

    id: str
    name: str
    inter: int | None
    country: str | None
    cameo: str
    variants: tuple[str, ...]
    source: str = ""

    @property
    def generic(self) -> bool:
        return self.country == GENERIC

    @property
    def role(self) -> str:
        """The CAMEO role code: the last three letters of ``cameo`` (``SYRMIL`` -> ``MIL``)."""
        return self.cameo[-3:] if len(self.cameo) >= 3 else ""


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    name_ar: str
    variants: tuple[str, ...]
    nisba: tuple[str, ...]  # every inflected adjective form, as written (unnormalised)
    people: tuple[str, ...]  # plural forms naming the people (NORP)


def _inter(value: str, path: Path, ident: str) -> int | None:
    if not value:
        return None
    try:
        n = int(value)
    except ValueError as exc:
        raise LexiconError(f"{path}: actor {ident!r} has inter {value!r}, expected 1..8") from exc
    if not 1 <= n <= 8:
        raise LexiconError(f"{path}: actor {ident!r} has inter {n}, expected 1..8")
    return n


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> tuple[ActorEntry, ...]:
    """Load the actor dictionary (default ``hadath/lexicon/actors.tsv``; empty if absent)."""
    p = Path(path) if path else ACTORS_TSV
    if not p.exists():
        return ()
    rows = load_tsv(p, ACTOR_COLUMNS[:6], required=("id", "name", "variants"), unique=("id",))
    out: list[ActorEntry] = []
    for r in rows:
        country = r.get("country") or None
        if country == GENERIC and "{country}" not in r["name"]:
            raise LexiconError(f"{p}: generic actor {r['id']!r} has no {{country}} in its name")
        out.append(ActorEntry(
            id=r["id"], name=r["name"], inter=_inter(r.get("inter", ""), p, r["id"]),
            country=country, cameo=r.get("cameo", ""),
            variants=tuple(split_variants(r["variants"])), source=r.get("source", ""),
        ))
    return tuple(out)


def inflect_nisba(adj: str) -> list[str]:
    """All forms of a nisba adjective given its masculine singular with the article.

    >>> inflect_nisba("السوري")[:4]
    ['السوري', 'السورية', 'السوريين', 'السوريون']
    """
    if " " in adj:  # «الكوري الجنوبي»: multiword, kept as written
        return [adj]
    base = adj[2:] if adj.startswith(_ARTICLE) else adj
    # m., f., m. pl. (ين ون), f. pl. (ات); duals (ان ين تان تين)
    forms = [base, base + "\u0629", base + "\u064a\u0646", base + "\u0648\u0646", base + "\u0627\u062a",
             base + "\u0627\u0646", base + "\u062a\u0627\u0646", base + "\u062a\u064a\u0646"]
    # indefinite accusative with tanwin alef: «جنديا عراقيا» (for some countries this is
    # the country's name too, «سوريا»، «تركيا»: same country, so harmless here)
    return [_ARTICLE + f for f in forms] + forms + [base + "\u0627"]


@lru_cache(maxsize=4)
def load_countries(path: str | None = None) -> tuple[Country, ...]:
    """Load ``countries.tsv``: ISO codes, names and nisba forms."""
    p = Path(path) if path else COUNTRIES_TSV
    rows = load_tsv(p, COUNTRY_COLUMNS, required=("iso2", "iso3", "name", "name_ar"), unique=("iso2",))
    out: list[Country] = []
    for r in rows:
        nisba: list[str] = []
        people: list[str] = []
        for adj in split_variants(r.get("nisba", "")):
            forms = inflect_nisba(adj)
            nisba += forms
            people += [f for f in forms if f.endswith(_PLURAL_SUFFIXES)]
        people += split_variants(r.get("people", ""))
        out.append(Country(r["iso2"], r["iso3"], r["name"], r["name_ar"],
                           tuple(split_variants(r.get("variants", ""))), tuple(nisba), tuple(people)))
    return tuple(out)


@lru_cache(maxsize=1)
def countries_by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in load_countries()}


@lru_cache(maxsize=1)
def iso3_to_iso2() -> dict[str, str]:
    return {c.iso3: c.iso2 for c in load_countries()}


@lru_cache(maxsize=1)
def nisba_index() -> dict[str, str]:
    """Normalised nisba form (any inflection) -> ISO2. «القوات التركية» -> ``TR``."""
    out: dict[str, str] = {}
    for c in load_countries():
        for form in c.nisba + c.people:
            out.setdefault(normalize_key(form), c.iso2)
    return out


@lru_cache(maxsize=64)
def generic_for(role: str) -> ActorEntry | None:
    """The generic actor-dictionary entry for a CAMEO role (``MIL``, ``COP``, ``GOV``): NER's
    titled people and the events stage's «غارة إسرائيلية» name a state's forces through it."""
    best = None
    for a in load_actors():
        if a.generic and a.role == role:
            if best is None or len(a.variants) > len(best.variants):
                best = a
    return best


# the words that say a reporting body is a state's police or army («مديرية شرطة كركوك»، «قيادة
# عمليات نينوى»), by CAMEO role (the generic actor of :func:`generic_for`)
_FORCE_WORDS = (
    ("COP", frozenset(normalize_key(w) for w in ("شرطة", "الشرطة", "أمن", "الأمن", "الداخلية"))),
    ("MIL", frozenset(normalize_key(w) for w in ("الجيش", "جيش", "الدفاع", "عمليات", "العمليات", "العسكرية"))),
)


def force_role(text: str) -> str | None:
    """``COP`` or ``MIL`` when ``text`` names a state's police or army by its words, though no
    row lists it («مديرية شرطة كركوك»، «قيادة شرطة ذي قار»): whose members «عناصرها» are."""
    words = set(normalize_key(text).split())
    return next((role for role, forms in _FORCE_WORDS if not forms.isdisjoint(words)), None)


def country_name(iso2: str | None) -> str | None:
    """English short name of an ISO2 code, or None when unknown."""
    if not iso2:
        return None
    c = countries_by_iso2().get(iso2.upper())
    return c.name if c else None


@lru_cache(maxsize=4)
def actor_matcher(path: str | None = None) -> PhraseMatcher[ActorEntry]:
    """Aho-Corasick matcher over every actor variant (clitic-aware)."""
    return PhraseMatcher((v, a) for a in load_actors(path) for v in a.variants)


def resolve_actor(entry: ActorEntry, text: str, country: str | None) -> Actor:
    """Build the contract :class:`~hadath.schema.Actor` for a mention of ``entry``.

    For a generic actor, ``country`` (ISO2: from a nationality adjective on the mention, or
    the document's focus) fills ``{country}``; with no country known the name keeps a
    neutral wording («Military Forces of Unknown country» would be a guess, so the
    placeholder is dropped: "Military Forces").
    """
    if not entry.generic:
        return Actor(name=entry.name, text=text, inter=entry.inter, country=entry.country)
    cname = country_name(country)
    return Actor(name=fill_country(entry.name, cname), text=text, inter=entry.inter,
                 country=country.upper() if cname and country else None)


def government_of(iso2: str | None) -> str | None:
    """"Government of X" for a country's ISO2 code (None when unknown): the name a state that
    speaks («قالت موسكو»، «سفير إيران») reports under, as ACLED names governments."""
    cname = country_name(iso2)
    return fill_country("Government of {country}", cname) if cname else None


def fill_country(name: str, cname: str | None) -> str:
    """A generic actor name with ``{country}`` filled, or worded without it when no country
    is known: "Protesters ({country})" -> "Protesters", "Military Forces of {country}" ->
    "Military Forces" (never a literal placeholder or an empty "()")."""
    if "{country}" not in name:
        return name
    if cname:
        if " of {country}" in name and _takes_article(cname):
            # "Military Forces of the United States", as the dictionary's own rows name it
            # («قوات أمريكية» and «القوات الأمريكية» are one actor)
            return name.replace("{country}", "the " + cname)
        return name.replace("{country}", cname)
    out = name.replace(" ({country})", "").replace("({country})", "").replace(" of {country}", "")
    return out.replace("{country}", "").strip(" :") or name.split("{", 1)[0].strip() or "Unidentified"


def _takes_article(cname: str) -> bool:
    """Does English write «the» before this country name after «of» (the United States, the
    Netherlands, the Central African Republic)?"""
    return cname.startswith("United ") or "Republic" in cname or cname in _PLURAL_NAMES


_PLURAL_NAMES = frozenset({"Netherlands", "Philippines", "Comoros", "Maldives", "Bahamas"})


def sole_armed_group(mentions: Iterable[Any]) -> Any | None:
    """The first mention of the one named non-state armed group of an article, if it names one.

    Reports about one group call it by name once and by a common noun after: «مسلحين من
    تنظيم داعش ... بعد انسحاب المسلحين»; an official counts «20 إرهابيا» without naming
    them. When the article names exactly one armed group (its mentions share the actor
    entry's English name, so «داعش» and «تنظيم الدولة الإسلامية» are one) that is whom the
    noun means. Two groups, or only unnamed gunmen: None, no guess. One function for claims
    (:mod:`hadath.attribution.claims`) and event actors (:mod:`hadath.events.arguments`),
    so the two never disagree about who the gunmen are.

    ``mentions`` are entity mentions (``start``, ``actor``); the earliest mention of the
    group is returned, so a caller can require it to come before the noun.
    """
    first: dict[str, Any] = {}
    for m in mentions:
        entry = getattr(m, "actor", None)
        if entry is None:
            continue  # most mentions name no actor: no further look-ups
        name = getattr(entry, "name", None)
        if (isinstance(name, str) and getattr(entry, "inter", None) in ARMED_GROUP_INTER
                and "{" not in name and not name.startswith(UNIDENTIFIED)):
            seen = first.get(name)
            if seen is None or m.start < seen.start:
                first[name] = m
            if len(first) > 1:
                return None
    return next(iter(first.values())) if first else None


def in_brackets_after(raw: str, first_end: int, alias_start: int, alias_end: int) -> bool:
    """Is the name at ``alias_start:alias_end`` bracketed right after a name ending at
    ``first_end`` («قوى الأمن الداخلي (الأسايش)»)? Then the two name one actor."""
    return raw[first_end:alias_start].strip() == "(" and raw[alias_end:alias_end + 1] == ")"


def alias_decides(first_country: str | None, alias_country: str | None, doc_country: str | None) -> bool:
    """Does a bracketed alias say which force is meant? Yes when the first name is another
    country's force (the dictionary's «قوى الأمن الداخلي» is Lebanon's) and the alias one of
    the article's country («(الأسايش)» in a Syrian report). One rule for event actors
    (:mod:`hadath.events.arguments`) and claims (:mod:`hadath.attribution.claims`)."""
    return bool(doc_country) and first_country not in (doc_country, GENERIC) and alias_country == doc_country


def nationality_of(words: list[str]) -> str | None:
    """ISO2 of the first nisba adjective among normalised ``words`` (None when there is none)."""
    idx = nisba_index()
    for w in words:
        iso = idx.get(w)
        if iso:
            return iso
    return None
