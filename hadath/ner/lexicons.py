"""NER lexicons: known names, context triggers and given names, loaded once and cached.

Sources: ``hadath/ner/data/entities.tsv`` (cities, bodies, media, people),
``hadath/lexicon/countries.tsv`` (countries and nationality words), the actor dictionary
``hadath/lexicon/actors.tsv`` (armed groups and forces), ``triggers.tsv`` (titles, heads of
organisation/place/facility names) and ``names.tsv`` (given names).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import regex

from hadath.lexicon.actors import load_actors, load_countries
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.lexicon.matcher import PhraseMatcher
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.ner") / "data"
ENTITY_TYPES: Final = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC")
_ISO_DAY: Final = regex.compile(r"\d{4}-\d{2}-\d{2}")
TRIGGER_KINDS: Final = ("title", "speaker", "kunya", "org", "gpe", "loc", "fac")


@dataclass(frozen=True, slots=True)
class EntityEntry:
    """A lexicon entry: English canonical name, entity type, and the actor when it is one."""

    name: str
    type: str
    origin: str  # entities | country | norp | actor
    country: str | None = None
    actor: Any = None
    acts_for: str = ""  # people: GOV / MIL of their country, or an actor id
    # people: the ISO dates (first, last day) between which ``acts_for`` holds; "" = open
    in_office: tuple[str, str] = ("", "")

    def acts_on(self, day: str) -> bool:
        """Does ``acts_for`` hold on ``day`` (ISO; "" when the document has no date)? A
        president deposed before the report is published acts for no state in it."""
        first, last = self.in_office
        return not day or ((not first or first <= day) and (not last or day <= last))


def _office(value: str, name: str) -> tuple[str, str]:
    """``in_office`` read: «FIRST..LAST» (ISO dates, either side may be empty)."""
    if not value:
        return ("", "")
    first, sep, last = value.partition("..")
    for day in (first, last):
        if not sep or day and not _ISO_DAY.fullmatch(day):
            raise ValueError(f"entities.tsv: {name}: in_office {value!r} is not FIRST..LAST (YYYY-MM-DD)")
    return (first, last)


@lru_cache(maxsize=1)
def load_entities() -> tuple[tuple[str, EntityEntry], ...]:
    """Every ``(arabic_phrase, entry)`` pair the entity matcher knows."""
    pairs: list[tuple[str, EntityEntry]] = []
    for r in load_tsv(DATA / "entities.tsv", ("name", "type", "variants", "country", "acts_for", "in_office"),
                      ("name", "type", "variants"), ("name", "variants")):
        e = EntityEntry(r["name"], r["type"], "entities", country=r.get("country") or None,
                        acts_for=r.get("acts_for", ""), in_office=_office(r.get("in_office", ""), r["name"]))
        pairs += [(v, e) for v in split_variants(r["variants"])]
    for c in load_countries():
        e = EntityEntry(c.name, "GPE", "country", country=c.iso2)
        pairs += [(v, e) for v in (c.name_ar, *c.variants)]
        n = EntityEntry(c.name, "NORP", "norp", country=c.iso2)
        pairs += [(v, n) for v in c.people]
    for a in load_actors():
        if a.generic:
            continue  # «الجيش» alone is not a name; handled by the actor layer
        e = EntityEntry(a.name, "ORG", "actor", country=a.country, actor=a)
        pairs += [(v, e) for v in a.variants]
    return tuple(pairs)


@lru_cache(maxsize=1)
def entity_matcher() -> PhraseMatcher[EntityEntry]:
    return PhraseMatcher(load_entities())


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    """Normalised trigger phrase -> kind (``title``, ``org``, ``gpe`` ...)."""
    rows = load_tsv(DATA / "triggers.tsv", ("word", "kind", "gloss"), ("word", "kind"), ("word",))
    return {normalize_key(r["word"]): r["kind"] for r in rows}


@lru_cache(maxsize=1)
def title_roles() -> dict[str, str]:
    """Normalised title -> CAMEO role of the state actor its holder acts for (GOV, MIL)."""
    rows = load_tsv(DATA / "triggers.tsv", ("word", "kind", "gloss", "role"), ("word", "kind"), ("word",))
    return {normalize_key(r["word"]): r["role"] for r in rows if r.get("role")}


@lru_cache(maxsize=1)
def naming_heads() -> dict[str, bool]:
    """``naming_heads.tsv``: normalised head noun -> whether definite words after it name an
    institution too («قناة الجزيرة»). A person's name after any of them is the institution's
    («جامعة جورج تاون»)."""
    rows = load_tsv(DATA / "naming_heads.tsv", ("word", "gloss", "definite"), ("word", "definite"), ("word",))
    return {normalize_key(r["word"]): r["definite"] == "yes" for r in rows}


@lru_cache(maxsize=1)
def credits() -> dict[str, str]:
    """``credits.tsv``: normalised adjective -> the news agency it names alone in parentheses
    («( الفرنسية )» is Agence France-Presse)."""
    rows = load_tsv(DATA / "credits.tsv", ("word", "name"), ("word", "name"), ("word",))
    return {normalize_key(r["word"]): r["name"] for r in rows}


@lru_cache(maxsize=1)
def letter_names() -> frozenset[str]:
    """``letter_names.tsv``: the letters an acronym is spelled with, normalised («بي»، «سي»، «ف»)."""
    rows = load_tsv(DATA / "letter_names.tsv", ("word", "letter"), ("word", "letter"), ("word",))
    return frozenset(normalize_key(r["word"]) for r in rows)


KUNYA: Final = frozenset({"\u0627\u0628\u0648", "\u0627\u0628\u064a", "\u0627\u0628\u0627"})
"""«أبو / أبي / أبا» normalised: a kunya opens a person's name («أبو محمد الرقاوي»)."""


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    rows = load_tsv(DATA / "names.tsv", ("name", "gender"), ("name", "gender"), ("name",))
    return frozenset(normalize_key(r["name"]) for r in rows)


@lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """Normalised single word -> a coarse class used as a CRF feature.

    ``fn`` given name, trigger kinds (``title``, ``org``, ``gpe`` ...), ``GPE``/``ORG``/``PER``
    ... for one-word lexicon names, ``nis`` for nationality adjectives.
    """
    out: dict[str, str] = {}
    from hadath.lexicon.actors import nisba_index

    for w in nisba_index():
        if " " not in w:
            out[w] = "nis"
    for phrase, e in load_entities():
        key = normalize_key(phrase)
        if " " not in key:
            out[key] = e.type
    for w in given_names():
        if " " not in w:
            out.setdefault(w, "fn")
    for w, kind in triggers().items():
        if " " not in w:
            out[w] = kind
    for w in club_words():
        out.setdefault(w, "club")
    return out


@lru_cache(maxsize=1)
def club_words() -> frozenset[str]:
    """Words that name a sports club (``clubs.tsv``): a one-word name («الاتفاق»), or the first
    word of a longer one («ريال» of «ريال مدريد»). Only a CRF feature: the same words are
    ordinary words in other contexts."""
    rows = load_tsv(DATA / "clubs.tsv", ("name", "variants", "country"), ("name", "variants"), ("name",))
    return frozenset(normalize_key(v).split()[0] for r in rows for v in split_variants(r["variants"]))


@lru_cache(maxsize=1)
def org_designators() -> frozenset[str]:
    """Transliterated words that make a foreign name an organisation's («موتورز»، «تايمز»،
    «يونايتد»; ``org_designators.tsv``), normalised."""
    rows = load_tsv(DATA / "org_designators.tsv", ("word", "kind"), ("word", "kind"), ("word",))
    return frozenset(normalize_key(r["word"]) for r in rows)


@dataclass(frozen=True, slots=True)
class SportsEntry:
    """A ``sports.tsv`` or ``clubs.tsv`` row: a club or a national team's nickname (``kind``
    ``club``/``team``, named only in a sports context), a word that makes a context sports
    (``cue``), or a noun a club's name follows in a sports sentence (``head``: «نادي»، «مضيفه»)."""

    name: str
    kind: str
    country: str | None = None
    ordinary: bool = False  # in sports.tsv (unless its ``ordinary`` column says no): a name that is
    # also an ordinary word or a town, named only with a cue in its own sentence


def _sports_rows() -> tuple[dict[str, str], ...]:
    return load_tsv(DATA / "sports.tsv", ("name", "kind", "variants", "country", "ordinary", "source"),
                    ("name", "kind", "variants"), ("name", "variants"))


@lru_cache(maxsize=1)
def club_generic_words() -> frozenset[str]:
    """Words that follow a club head of ``sports.tsv`` without naming a club («لاعب الوسط»،
    «مرمى الفريق»، «صفوف المنتخب»: kind ``generic``), normalised."""
    return frozenset(normalize_key(v) for r in _sports_rows() if r["kind"] == "generic"
                     for v in split_variants(r["variants"]))


@lru_cache(maxsize=1)
def sports_matcher() -> PhraseMatcher[SportsEntry]:
    """Clubs, national-team nicknames and sports cue words (``sports.tsv``, and the clubs of
    ``clubs.tsv``) as one automaton: the stage names a club only where a cue is near."""
    pairs: list[tuple[str, SportsEntry]] = []
    for r in _sports_rows():
        if r["kind"] == "generic":
            continue  # a word tested after a head (club_generic_words), not a phrase to find
        # «ordinary» no: a transliterated club name that is no Arabic word or town («واتفورد»،
        # «خيتافي»), named near a cue like the clubs of clubs.tsv (a results line has no cue)
        e = SportsEntry(r["name"], r["kind"], r.get("country") or None, ordinary=r.get("ordinary") != "no")
        pairs += [(v, e) for v in split_variants(r["variants"])]
    for r in load_tsv(DATA / "clubs.tsv", ("name", "variants", "country"), ("name", "variants"), ("name",)):
        e = SportsEntry(r["name"], "club", r.get("country") or None)
        pairs += [(v, e) for v in split_variants(r["variants"])]
    return PhraseMatcher(pairs)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words of multiword lexicon names: a CRF feature for a token inside a known name."""
    out: set[str] = set()
    for phrase, _ in load_entities():
        out.update(normalize_key(phrase).split())
    return frozenset(out)



@lru_cache(maxsize=1)
def one_word_bodies() -> frozenset[str]:
    """One-word organisation and country names («رويترز», «حماس», «سوريا»), normalised.

    A person's name never ends in a clitic + one of these: «قال محمود بصل لرويترز» gives the
    words to an outlet, the name stops before it."""
    out = set()
    for phrase, e in load_entities():
        key = normalize_key(phrase)
        if e.type in ("ORG", "GPE") and " " not in key:
            out.add(key)
    return frozenset(out)


@lru_cache(maxsize=1)
def canonical_countries() -> dict[str, str]:
    """English canonical name -> ISO2 for lexicon names tied to one country.

    «Ramallah» -> PS, «Bashar al-Assad» -> SY: lets a consumer place a mention without
    the gazetteer (e.g. the country of an actor named only through its leader).
    """
    out: dict[str, str] = {}
    for _, e in load_entities():
        if e.country and e.country != "*":
            out.setdefault(e.name, e.country)
    return out
