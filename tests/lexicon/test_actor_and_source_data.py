"""The shipped actor and reporting-source dictionaries are well-formed and consistent.

``hadath/lexicon/actors.tsv`` and ``hadath/attribution/data/sources.tsv`` are data that
analysts review and extend by hand, so every rule they rely on is checked here with the
standard library alone: a broken row fails CI, not a user's run.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ROOT / "hadath" / "lexicon" / "actors.tsv"
SOURCES = ROOT / "hadath" / "attribution" / "data" / "sources.tsv"

ACTOR_COLUMNS = ["id", "name", "inter", "country", "cameo", "variants", "source"]
SOURCE_COLUMNS = ["id", "name", "kind", "variants", "source", "forces"]
SOURCE_KINDS = {
    "monitor",
    "agency",
    "newspaper",
    "broadcaster",
    "official",
    "ngo",
    "un",
    "military",
    "group",
    "generic",
}
SEP = " | "

DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
TATWEEL = "\u0640"
PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
LATIN = re.compile("[A-Za-z]")
SLUG = re.compile(r"^[a-z0-9_]+$")
ISO2 = re.compile(r"^[A-Z]{2}$")
# CAMEO-style code: country part (ISO alpha-3, IGO/IMG/INT, *** generic, --- unknown) + role.
CAMEO = re.compile(r"^(?:[A-Z]{3}|\*\*\*|---)[A-Z]{3}$")
INTERNATIONAL_CAMEO = {"IGO", "IMG", "INT"}
# What the matcher folds (hadath.text.normalize, MATCH profile): two variants equal after
# folding are the same key, so they must not sit on different rows.
FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a lexicon TSV; ``#`` lines and blank lines are skipped."""
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for n, cells in enumerate(reader, start=2):
        assert len(cells) == len(header), f"{path.name}: data row {n} has {len(cells)} fields"
        rows.append(dict(zip(header, cells, strict=True)))
    return header, rows


def variants(row: dict[str, str]) -> list[str]:
    return row["variants"].split(SEP)


def fold(text: str) -> str:
    return " ".join(text.translate(FOLD).split())


@pytest.fixture(scope="module")
def actors() -> list[dict[str, str]]:
    header, rows = read_rows(ACTORS)
    assert header == ACTOR_COLUMNS
    return rows


@pytest.fixture(scope="module")
def sources() -> list[dict[str, str]]:
    header, rows = read_rows(SOURCES)
    assert header == SOURCE_COLUMNS
    return rows


def both(
    actors: list[dict[str, str]], sources: list[dict[str, str]]
) -> list[tuple[str, list[dict[str, str]]]]:
    return [(ACTORS.name, actors), (SOURCES.name, sources)]


def test_headers_are_exact() -> None:
    assert read_rows(ACTORS)[0] == ACTOR_COLUMNS
    assert read_rows(SOURCES)[0] == SOURCE_COLUMNS


def test_files_open_with_provenance_comments() -> None:
    for path in (ACTORS, SOURCES):
        head = path.read_text(encoding="utf-8").splitlines()[:12]
        assert head[0].startswith("#"), f"{path.name} must start with a provenance comment"
        text = "\n".join(head).lower()
        assert "licence" in text and "provenance" in text, path.name


def test_coverage(actors: list[dict[str, str]], sources: list[dict[str, str]]) -> None:
    assert len(actors) >= 300
    assert len(sources) >= 120
    # every ACLED inter code is represented, and every source kind is used
    assert {int(r["inter"]) for r in actors} == set(range(1, 9))
    assert {r["kind"] for r in sources} == SOURCE_KINDS


def test_ids_are_unique_slugs(actors: list[dict[str, str]], sources: list[dict[str, str]]) -> None:
    for name, rows in both(actors, sources):
        ids = [r["id"] for r in rows]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        assert not dup, f"{name}: duplicate ids {dup}"
        bad = [i for i in ids if not SLUG.match(i)]
        assert not bad, f"{name}: ids must be lower-case ASCII slugs: {bad}"


def test_no_empty_required_fields(
    actors: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    for name, rows in both(actors, sources):
        for r in rows:
            for col in ("id", "name", "variants", "source"):
                assert r[col].strip(), (
                    f"{name}: {r['id'] or r}: empty {col!r} (every row cites a source)"
                )
            if "cameo" in r:
                assert r["cameo"], f"{name}: {r['id']}: empty cameo"


def test_variants_are_clean_arabic(
    actors: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    for name, rows in both(actors, sources):
        for r in rows:
            for v in variants(r):
                where = f"{name}: {r['id']}: variant {v!r}"
                assert v and v == v.strip() and "  " not in v, f"{where}: empty or badly spaced"
                assert "|" not in v, f"{where}: separator must be ' | '"
                assert not LATIN.search(v), f"{where}: Latin letters in an Arabic variant"
                assert re.search("[\u0621-\u064a]", v), f"{where}: no Arabic letter"


def test_variants_are_unique_within_each_file(
    actors: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    for name, rows in both(actors, sources):
        seen: dict[str, str] = {}
        for r in rows:
            for v in variants(r):
                assert v not in seen, f"{name}: {v!r} is on rows {seen[v]!r} and {r['id']!r}"
                seen[v] = r["id"]


def test_variants_stay_unique_after_matcher_folding(
    actors: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    """أ/ا، ة/ه، ى/ي ... fold together when matching: such pairs are redundant or ambiguous."""
    for name, rows in both(actors, sources):
        keys: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in rows:
            for v in variants(r):
                keys[fold(v)].append((r["id"], v))
        clashes = {k: v for k, v in keys.items() if len(v) > 1}
        assert not clashes, f"{name}: variants equal after folding: {clashes}"


@pytest.mark.parametrize("path", [ACTORS, SOURCES], ids=lambda p: p.name)
def test_text_is_nfc_without_diacritics_tatweel_or_presentation_forms(path: Path) -> None:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert unicodedata.normalize("NFC", line) == line, f"{path.name}:{n}: not NFC"
        assert not DIACRITICS.search(line), f"{path.name}:{n}: Arabic diacritics"
        assert TATWEEL not in line, f"{path.name}:{n}: tatweel"
        assert not PRESENTATION.search(line), f"{path.name}:{n}: presentation-form glyphs"
        assert "\u200c" not in line and "\u200f" not in line, f"{path.name}:{n}: invisible marks"


def test_actor_inter_codes(actors: list[dict[str, str]]) -> None:
    for r in actors:
        assert r["inter"].isdigit() and 1 <= int(r["inter"]) <= 8, (
            f"{r['id']}: inter {r['inter']!r}"
        )


def test_actor_countries(actors: list[dict[str, str]]) -> None:
    for r in actors:
        c = r["country"]
        assert c in ("*", "") or ISO2.match(c), f"{r['id']}: country {c!r}"


def test_generic_actors_have_country_placeholder(actors: list[dict[str, str]]) -> None:
    for r in actors:
        has_placeholder = "{country}" in r["name"]
        assert has_placeholder == (r["country"] == "*"), (
            f"{r['id']}: a name with {{country}} needs country '*', and '*' needs {{country}}"
        )
    assert sum(r["country"] == "*" for r in actors) >= 10


def test_actor_cameo_codes(actors: list[dict[str, str]]) -> None:
    iso3_of: dict[str, set[str]] = defaultdict(set)
    for r in actors:
        code = r["cameo"]
        assert CAMEO.match(code), f"{r['id']}: cameo {code!r}"
        prefix = code[:3]
        if prefix == "***":
            assert r["country"] == "*", f"{r['id']}: *** cameo is only for generic actors"
        if r["country"] == "*":
            assert prefix in {"***"} | INTERNATIONAL_CAMEO, (
                f"{r['id']}: generic actor with cameo {code!r}"
            )
        if ISO2.match(r["country"]) and prefix not in INTERNATIONAL_CAMEO:
            iso3_of[r["country"]].add(prefix)
    inconsistent = {k: v for k, v in iso3_of.items() if len(v) > 1}
    assert not inconsistent, f"one ISO2 country maps to several CAMEO country codes: {inconsistent}"


def test_state_forces_are_inter_one(actors: list[dict[str, str]]) -> None:
    for r in actors:
        if r["name"].startswith(("Military Forces of", "Police Forces of", "Government of")):
            assert r["inter"] == "1", f"{r['id']}: state forces are inter 1"


def test_core_actors_are_present(actors: list[dict[str, str]]) -> None:
    by_variant = {v: r for r in actors for v in variants(r)}
    expected = {
        "داعش": "Islamic State",
        "قسد": "SDF: Syrian Democratic Forces",
        "هيئة تحرير الشام": "HTS: Hayat Tahrir al Sham",
        "الحشد الشعبي": "Popular Mobilization Forces",
        "قوات الدعم السريع": "RSF: Rapid Support Forces",
        "حركة الشباب": "Al Shabaab",
        "الجيش الوطني الليبي": "LNA: Libyan National Army",
        "حزب العمال الكردستاني": "PKK: Kurdistan Workers Party",
        "التحالف الدولي": "Global Coalition Against Daesh",
        "التحالف العربي": "Saudi-led Coalition",
        "الجيش السوري": "Military Forces of Syria",
        "الشرطة العراقية": "Police Forces of Iraq",
        "الجيش": "Military Forces of {country}",
        "مسلحون مجهولون": "Unidentified Armed Group ({country})",
        "المدنيين": "Civilians ({country})",
        "المتظاهرين": "Protesters ({country})",
        "المستوطنين": "Settlers (Israel)",
    }
    for variant, name in expected.items():
        assert variant in by_variant, f"missing actor variant {variant!r}"
        assert by_variant[variant]["name"] == name, (
            f"{variant!r} -> {by_variant[variant]['name']!r}"
        )


def test_source_kinds(sources: list[dict[str, str]]) -> None:
    for r in sources:
        assert r["kind"] in SOURCE_KINDS, f"{r['id']}: kind {r['kind']!r}"


def test_core_sources_are_present(sources: list[dict[str, str]]) -> None:
    by_variant = {v: r for r in sources for v in variants(r)}
    expected = {
        "المرصد السوري لحقوق الإنسان": "Syrian Observatory for Human Rights",
        "سانا": "SANA",
        "رويترز": "Reuters",
        "أ ف ب": "Agence France-Presse",
        "خلية الإعلام الأمني": "Security Media Cell",
        "مصدر أمني": "Security source",
        "مصادر طبية": "Medical source",
        "شهود عيان": "Witnesses",
    }
    for variant, name in expected.items():
        assert variant in by_variant, f"missing source variant {variant!r}"
        assert by_variant[variant]["name"] == name, (
            f"{variant!r} -> {by_variant[variant]['name']!r}"
        )


def test_project_loader_accepts_both_files() -> None:
    """When the project's validating loader is available, it must accept the files too."""
    loader = pytest.importorskip("hadath.lexicon.loader")
    load_tsv = getattr(loader, "load_tsv", None)
    if load_tsv is None:
        pytest.skip("hadath.lexicon.loader has no load_tsv")
    actors = load_tsv(
        ACTORS, ACTOR_COLUMNS, ("id", "name", "variants", "source"), ("id", "variants")
    )
    sources = load_tsv(
        SOURCES, SOURCE_COLUMNS, ("id", "name", "kind", "variants", "source"), ("id", "variants")
    )
    assert len(actors) >= 300 and len(sources) >= 120
