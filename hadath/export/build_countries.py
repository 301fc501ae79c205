"""Rebuild ``data/countries.tsv`` (ISO2 -> numeric, ISO3, ACLED country name, ACLED region).

    python -m hadath.export.build_countries      # needs the build extra (pycountry)

Codes and default names come from pycountry (ISO 3166-1); the short names ACLED uses
where they differ, and the assignment of countries to ACLED's regions, are below
(ACLED's regions follow the UN M49 sub-regions, with Iran and Turkey in the Middle East,
Sudan in Northern Africa, and the Caucasus joined to Central Asia).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "countries.tsv"

REGIONS: dict[str, str] = {
    "Middle East": "AE BH CY IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW",
    "Southern Africa": "BW LS NA SZ ZA",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "Europe": ("AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT "
               "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK"),
    "North America": "BM CA GL PM US UM",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "South America": "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE",
    "Oceania": "AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
    "Antarctica": "AQ",
}

ACLED_NAMES = {
    "SY": "Syria", "IR": "Iran", "PS": "Palestine", "RU": "Russia", "TR": "Turkey",
    "KR": "South Korea", "KP": "North Korea", "LA": "Laos", "VN": "Vietnam", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "CI": "Ivory Coast", "GB": "United Kingdom", "US": "United States",
    "TW": "Taiwan", "BN": "Brunei", "FM": "Micronesia", "SZ": "eSwatini", "CZ": "Czech Republic",
    "VA": "Vatican City", "CV": "Cape Verde", "XK": "Kosovo", "MK": "North Macedonia",
}


def build() -> str:
    import pycountry

    region_of = {c: r for r, codes in REGIONS.items() for c in codes.split()}
    lines = [
        "# ISO 3166-1 codes (pycountry) with ACLED country names and regions.",
        "# Rebuild: python -m hadath.export.build_countries. Licence: ISO codes are facts; this table is Apache-2.0.",
        "iso2\tnumeric\tiso3\tcountry\tregion",
    ]
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        name = ACLED_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        lines.append(f"{c.alpha_2}\t{int(c.numeric)}\t{c.alpha_3}\t{name}\t{region_of.get(c.alpha_2, '')}")
    lines.append(f"XK\t0\tXKX\t{ACLED_NAMES['XK']}\tEurope")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
