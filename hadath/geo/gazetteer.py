"""The shipped Arabic gazetteer: places, their normalised Arabic names, and a matcher.

Built by ``scripts/build_gazetteer.py`` from GeoNames (CC BY 4.0) and curated tables into
``data/gazetteer.json.gz``; loading it needs nothing but the standard library. Layout::

    places   [[geonameid|null, ...], [name, ...], [country, ...], [admin1_code, ...], [lat, ...],
              [lon, ...], [population, ...], [kind, ...], [precision, ...]]   (columns)
    names    {normalised Arabic name: [place index, ...]}
    context  {name: 1 (needs a preposition or a place head word) | 2 (needs a head word)}
    admin1   {"SY.07": "Deir ez-Zor", ...}
    demonyms {normalised adjective: country}   # «العراقية» -> IQ, for the country focus
    coasts   {"place index": [country, ...]}   # the countries on a water body's coasts
    water_names [name, ...]                     # the names of water bodies

``kind`` is P (populated place), C (capital), A (first-level division), R (district or
region), N (country) or W (a sea, gulf or strait: its ``country`` is its first coast until
the geo stage picks the coast the text names); ``precision`` is the ACLED geo_precision of a
bare mention.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from hadath.errors import LexiconError
from hadath.lexicon.matcher import PhraseMatcher
from hadath.paths import package_dir
from hadath.schema import Location

DATA: Final = package_dir("hadath.geo") / "data"
INDEX: Final = DATA / "gazetteer.json.gz"

TOWN_KINDS: Final = frozenset("PC")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record; what ``Mention.place`` holds after the geo stage."""

    index: int
    geonameid: int | None
    name: str
    country: str
    admin1_code: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    kind: str
    precision: int
    # derived once here: scoring asks for them for every candidate of every mention
    is_town: bool = field(init=False, repr=False, compare=False)
    admin_key: str = field(init=False, repr=False, compare=False)  # "SY.07", "" when unknown

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_town", self.kind in TOWN_KINDS)
        object.__setattr__(self, "admin_key", f"{self.country}.{self.admin1_code}" if self.admin1_code else "")

    def to_location(self, name_ar: str, precision: int) -> Location:
        """The contract's ``Location`` for a mention written ``name_ar`` at ``precision``."""
        return Location(**self.location_fields(name_ar, precision))

    def location_fields(self, name_ar: str, precision: int) -> dict[str, Any]:
        """The fields of :meth:`to_location`'s ``Location``, unvalidated: the conversion to a
        ``Document`` validates a whole document's locations in one call."""
        return {
            "name": self.name,
            "name_ar": name_ar,
            "admin1": self.admin1 if self.kind != "N" else None,
            "admin2": None,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": min(3, max(1, int(precision))),
            "geonameid": self.geonameid,
        }


class Gazetteer:
    """Places and names loaded from the shipped index; build once with :func:`load_gazetteer`."""

    def __init__(self, raw: dict) -> None:
        self.admin1_names: dict[str, str] = raw["admin1"]
        self._cols: list[list] = raw["places"]
        self._made: dict[int, Place] = {}
        # per-name look-ups repeated for every mention of the name (a few thousand names in use)
        self._by_key: dict[str, tuple[Place, ...]] = {}
        self._countries_by_key: dict[str, frozenset[str]] = {}
        self.names: dict[str, list[int]] = raw["names"]
        self.context: dict[str, int] = raw["context"]
        self.demonyms: dict[str, str] = raw["demonyms"]
        self.attribution: str = raw["attribution"]
        self._coasts: dict[int, tuple[str, ...]] = {int(i): tuple(cc) for i, cc in raw.get("coasts", {}).items()}
        # the names of water bodies: the geo stage reads the sentence of these for ships
        self.water_keys: frozenset[str] = frozenset(raw.get("water_names", ()))
        cc_col, a1_col, kind_col = self._cols[2], self._cols[3], self._cols[7]
        self._countries = {cc_col[i]: i for i, k in enumerate(kind_col) if k == "N"}
        self._admins = {f"{cc_col[i]}.{a1_col[i]}": i for i, k in enumerate(kind_col) if k == "A"}
        # built on first use, kept in plain attributes: functools.cached_property stores in the
        # instance __dict__, which a mypyc-compiled class has not, so it rebuilt them on every
        # access there (the compiled geo stage ran 60x slower)
        self._gid: dict[int, int] | None = None
        self._capitals: dict[str, int] | None = None
        self._matcher: PhraseMatcher[str] | None = None

    def __len__(self) -> int:
        return len(self._cols[0])

    def place(self, i: int) -> Place:
        """Place number ``i``, made on first use (most records are never looked at)."""
        p = self._made.get(i)
        if p is None:
            gid, name, cc, a1, lat, lon, pop, kind, prec = (c[i] for c in self._cols)
            admin1 = name if kind == "A" else self.admin1_names.get(f"{cc}.{a1}")
            p = self._made[i] = Place(i, gid, name, cc, a1, admin1, lat, lon, pop, kind, prec)
        return p

    def candidates(self, key: str) -> tuple[Place, ...]:
        """Places named ``key`` (a normalised name); made once per name, then cached."""
        found = self._by_key.get(key)
        if found is None:
            found = tuple(self.place(i) for i in self.names.get(key, ()))
            if found:  # unknown keys (NER spans) are not worth keeping
                self._by_key[key] = found
        return found

    def countries(self, key: str) -> frozenset[str]:
        """The countries of the places named ``key`` (one means the name says the country)."""
        found = self._countries_by_key.get(key)
        if found is None:
            # a water body is off each of its coasts: «البحر الأحمر» says no one country
            found = frozenset(cc for p in self.candidates(key) for cc in (self.coasts(p) or (p.country,)))
            if found:
                self._countries_by_key[key] = found
        return found

    def coasts(self, place: Place) -> tuple[str, ...]:
        """The countries on the coasts of the water body ``place`` (empty for a land place)."""
        return self._coasts.get(place.index, ())

    def on_coast(self, place: Place, cc: str) -> Place:
        """The water body ``place`` as the sea off the country ``cc``."""
        return Place(place.index, place.geonameid, place.name, cc, "", None, place.latitude, place.longitude,
                     place.population, place.kind, place.precision)

    def country(self, cc: str) -> Place | None:
        i = self._countries.get(cc)
        return None if i is None else self.place(i)

    def capital(self, cc: str) -> Place | None:
        """The capital (kind C) of the country ``cc``, the most populous if several are; the
        table of capitals is made on first use."""
        if self._capitals is None:
            cc_col, pop_col, kind_col = self._cols[2], self._cols[6], self._cols[7]
            best: dict[str, int] = {}
            for i, k in enumerate(kind_col):
                if k == "C" and (cc_col[i] not in best or (pop_col[i] or 0) > (pop_col[best[cc_col[i]]] or 0)):
                    best[cc_col[i]] = i
            self._capitals = best
        at = self._capitals.get(cc)
        return None if at is None else self.place(at)

    def admin(self, admin_key: str) -> Place | None:
        """The first-level division ``"SY.07"``, if the curated table has it."""
        i = self._admins.get(admin_key)
        return None if i is None else self.place(i)

    def by_geonameid(self, geonameid: int) -> Place | None:
        """The populated place (not country) with this GeoNames id, if indexed."""
        idx = self._gid_index.get(geonameid)
        return None if idx is None else self.place(idx)

    @property
    def _gid_index(self) -> dict[int, int]:
        if self._gid is None:
            kinds = self._cols[7]
            self._gid = {g: i for i, g in enumerate(self._cols[0]) if g is not None and kinds[i] != "N"}
        return self._gid

    def admin_of(self, place: Place) -> Place | None:
        """The first-level division containing ``place`` (itself for a division)."""
        if place.kind == "A":
            return place
        return self.admin(place.admin_key) if place.admin_key else None

    @property
    def matcher(self) -> PhraseMatcher[str]:
        """Aho-Corasick over every name and demonym; payload ``"n"`` (name) or ``"d"`` (demonym)."""
        if self._matcher is None:
            entries = [(k, "n") for k in self.names]
            entries += [(k, "d") for k in self.demonyms if k not in self.names]
            self._matcher = PhraseMatcher(entries, normalized=True)
        return self._matcher


@lru_cache(maxsize=1)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load the gazetteer index (cached): about 0.1 s and a few MB of memory."""
    p = Path(path) if path else INDEX
    try:
        raw = json.loads(gzip.decompress(p.read_bytes()))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"{p}: cannot read the gazetteer ({exc}); rebuild it with scripts/build_gazetteer.py") from exc
    if raw.get("format") != 1:
        raise LexiconError(f"{p}: unknown gazetteer format; rebuild it with scripts/build_gazetteer.py")
    return Gazetteer(raw)
