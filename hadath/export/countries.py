"""ISO 3166 codes, ACLED country names and regions (``data/countries.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.lexicon.loader import load_tsv

DATA = Path(__file__).resolve().parent / "data" / "countries.tsv"


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    numeric: int
    iso3: str
    name: str
    region: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO2 -> Country, loaded and validated once."""
    rows = load_tsv(DATA, columns=("iso2", "numeric", "iso3", "country", "region"),
                    required=("iso2", "numeric", "iso3", "country"), unique=("iso2",))
    return {r["iso2"]: Country(r["iso2"], int(r["numeric"]), r["iso3"], r["country"], r.get("region") or "")
            for r in rows}


def country(iso2: str | None) -> Country | None:
    return countries().get(iso2.upper()) if iso2 else None


def find_country(query: str) -> Country | None:
    """A country by ISO2, ISO3 or name, case-insensitively (for CLI filters)."""
    q = query.strip().lower()
    for c in countries().values():
        if q in {c.iso2.lower(), c.iso3.lower(), c.name.lower()}:
            return c
    return None
