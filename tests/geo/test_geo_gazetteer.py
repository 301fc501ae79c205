"""The shipped gazetteer: its data files validate and it covers what it promises (its load
time is measured by benchmarks/bench_geo.py, not asserted here: no timed tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.geo.gazetteer import DATA, load_gazetteer
from hadath.lexicon.loader import load_tsv
from hadath.text.normalize import normalize_key

TSVS = {
    "admin1.tsv": ("country", "admin1_code", "name", "variants", "latitude", "longitude", "context", "source"),
    "regions.tsv": ("country", "admin1_code", "name", "variants", "latitude", "longitude", "precision", "source"),
    "countries.tsv": ("country", "name", "variants", "demonyms", "source"),
    "places_extra.tsv": ("geonameid", "name", "variants", "source"),
    "common_words.tsv": ("word", "kind", "note"),
    "context_words.tsv": ("word", "role"),
    "word_stats_newsfane.tsv": ("word", "other", "place"),
    "waters.tsv": ("name", "variants", "latitude", "longitude", "precision", "context", "coasts", "source"),
    "wrong_names.tsv": ("geonameid", "name", "note"),
}


@pytest.mark.parametrize("name", sorted(TSVS))
def test_data_files_validate(name: str) -> None:
    rows = load_tsv(DATA / name, TSVS[name])
    assert rows, name


def test_every_data_file_is_checked() -> None:
    shipped = {p.name for p in Path(DATA).glob("*.tsv")}
    assert shipped == set(TSVS)


def test_index_is_compact() -> None:
    assert (DATA / "gazetteer.json.gz").stat().st_size < 5_000_000


def test_water_bodies_are_off_known_coasts() -> None:
    gaz = load_gazetteer()
    for row in load_tsv(DATA / "waters.tsv", TSVS["waters.tsv"]):
        (sea,) = [p for p in gaz.candidates(normalize_key(row["variants"].split("|")[0])) if p.kind == "W"]
        coasts = gaz.coasts(sea)
        assert coasts == tuple(row["coasts"].split()) and sea.country == coasts[0], row["name"]
        assert all(gaz.country(cc) is not None for cc in coasts), row["name"]  # ISO codes the index knows
        assert gaz.on_coast(sea, coasts[-1]).country == coasts[-1]
    # a sea's name says no one country: it gives the country focus no vote
    assert len(gaz.countries(normalize_key("خليج عدن"))) == 3


def test_syria_and_iraq_governorates() -> None:
    gaz = load_gazetteer()
    sy = {k for k in (f"SY.{i:02d}" for i in range(1, 15)) if gaz.admin(k)}
    assert len(sy) == 14
    iq = {k for k in (f"IQ.{i:02d}" for i in range(1, 20)) if gaz.admin(k)}
    assert len(iq) == 19
    kinds = {p.kind for p in gaz.candidates(normalize_key("نينوى"))}
    assert "A" in kinds
    assert gaz.admin("SY.07").name == "Deir ez-Zor"


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("سوريا", "SY", "N"),
        ("سورية", "SY", "N"),
        ("الولايات المتحدة", "US", "N"),
        ("الصومال", "SO", "N"),
        ("دمشق", "SY", "C"),
        ("واشنطن", "US", "C"),
        ("الميادين", "SY", "P"),
        ("البوكمال", "SY", "P"),
        ("البو كمال", "SY", "P"),
        ("الخرطوم", "SD", "C"),
        ("دارفور", "SD", "R"),
    ],
)
def test_names(name: str, country: str, kind: str) -> None:
    places = load_gazetteer().candidates(normalize_key(name))
    assert any(p.country == country and p.kind == kind for p in places), places


def test_every_country_has_a_name_and_a_place() -> None:
    gaz = load_gazetteer()
    for cc in ("SY", "IQ", "YE", "LY", "SD", "SS", "SO", "ML", "NE", "TD", "NG", "AF", "FR", "BR", "JP"):
        p = gaz.country(cc)
        assert p is not None and p.geonameid, cc
        assert any(i == p.index for ids in gaz.names.values() for i in ids), cc


def test_place_to_location() -> None:
    gaz = load_gazetteer()
    mayadin = next(p for p in gaz.candidates(normalize_key("الميادين")) if p.country == "SY")
    loc = mayadin.to_location("الميادين", 1)
    assert loc.country == "SY" and loc.admin1 == "Deir ez-Zor" and loc.geonameid == mayadin.geonameid
    assert loc.geo_precision == 1 and loc.name_ar == "الميادين"
    assert 34.5 < loc.latitude < 35.5 and 40.0 < loc.longitude < 41.0


def test_common_words_are_not_places_on_their_own() -> None:
    gaz = load_gazetteer()
    assert normalize_key("بلدة") not in gaz.names  # a head word is never a name
    assert gaz.context.get(normalize_key("الثورة")) == 2  # revolution / Tabqa: needs «مدينة»


def test_resident_memory_of_the_index_is_small() -> None:
    """Index + matcher add well under 150 MB resident (measured in a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import resource, hadath.doc\n"
        "r0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "from hadath.geo.gazetteer import load_gazetteer\n"
        "load_gazetteer().matcher\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - r0) // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout.strip()) < 150


def test_transliterated_names_for_places_without_arabic() -> None:
    """Kohat has no Arabic name in GeoNames; the builder spells it «كوهات», needing context."""
    gaz = load_gazetteer()
    key = normalize_key("كوهات")
    assert any(p.country == "PK" for p in gaz.candidates(key))
    assert gaz.context.get(key, 0) >= 1
