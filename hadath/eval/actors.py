"""Actor-resolution scorer on the Arabic event gold standard's actor spans.

Data: ``../shared/data/events/arabic_event_gsr/*_spans_dev.json``. Each labelled span has
source/target actor words and CAMEO codes ``{"main": ISO3 | "None" | ..., "role": "MIL" |
"COP" | "GOV" | "REB" | "CVL" | ...}``.

How it is computed: the sentence is run through the segmenter and the NER stage; the actor
phrase is located in it (first to last of its words); the first entity mention overlapping
the phrase that carries an actor (else the first overlapping GPE/NORP/ORG mention) is the
resolved actor. Its country is the actor's country, else a nationality adjective in the
phrase («القوات الأمريكية»), else the country of a mention inside the phrase (a country,
or a city, body or person the lexicon ties to one: «في رام الله»، «سعد الحريري»); for a
generic actor with none of these, the document's focus (the first such place named in
the sentence). Its
role is the CAMEO role of the actor entry. Country agreement is counted over spans whose
gold ``main`` is a country we know (ISO3), role agreement over spans with a gold role, each
distinct (sentence, side, words) once. A span we do not resolve counts as a miss.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from hadath.doc import Doc, Mention
from hadath.eval.report import Report, shared_path
from hadath.lexicon.actors import ActorEntry, countries_by_iso2, iso3_to_iso2, nationality_of
from hadath.text.normalize import normalize_key

ROLES = ("MIL", "COP", "GOV", "REB", "CVL", "UAF", "PTY", "OPP")


def _iso2_by_name() -> dict[str, str]:
    return {c.name: c.iso2 for c in countries_by_iso2().values()}


def _phrase_span(text: str, words: list[str]) -> tuple[int, int] | None:
    start = text.find(words[0])
    if start < 0:
        return None
    end = start + len(words[0])
    for w in words[1:]:
        k = text.find(w, end)
        if k >= 0:
            end = k + len(w)
    return start, end


def resolve(text: str, words: list[str]) -> tuple[str | None, str | None, str]:
    """``(iso2, role, how)`` for an actor phrase in a sentence."""
    from hadath.ner.stage import annotate

    doc = Doc(raw=text)
    doc.segment()
    annotate(doc)
    place = _place_country()
    focus = next((place[m.canonical or ""] for m in doc.entities
                  if m.type == "GPE" and (m.canonical or "") in place), None)
    span = _phrase_span(text, words)
    if span is None:
        return None, None, "phrase not found"
    s, e = span
    over = [m for m in doc.entities if m.start < e and s < m.end]
    pick: Mention | None = next((m for m in over if m.actor is not None), None)
    if pick is None:
        pick = next((m for m in over if m.type in ("GPE", "NORP", "ORG", "PER")), None)
    nat = nationality_of([normalize_key(w) for w in words])
    inside = next((place[m.canonical or ""] for m in over if (m.canonical or "") in place), None)
    if pick is None:
        return nat, None, "nationality" if nat else "unresolved"
    entry: Any = pick.actor
    role = entry.role if isinstance(entry, ActorEntry) and entry.role else None
    country = entry.country if isinstance(entry, ActorEntry) and entry.country not in (None, "*") else None
    if country is None:
        country = nat or inside
    if country is None and isinstance(entry, ActorEntry) and entry.generic:
        country = focus
    return country, role, pick.origin


def _place_country() -> dict[str, str]:
    """English canonical name -> ISO2: countries, and lexicon cities, bodies and people."""
    from hadath.ner.lexicons import canonical_countries

    return {**canonical_countries(), **_iso2_by_name()}


def _items(data_dir: Path) -> list[tuple[str, list[str], dict[str, str]]]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[tuple[str, list[str], dict[str, str]]] = []
    for f in sorted(data_dir.glob("*_spans_dev.json")):
        for d in json.loads(f.read_text(encoding="utf-8")):
            for sp in d["spans"]:
                for side in ("source", "target"):
                    words, role = sp.get(f"{side}_actor") or [], sp.get(f"{side}_role")
                    if not words or not isinstance(role, dict) or not role:
                        continue
                    key = (d["text"], tuple(words))
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append((d["text"], words, role))
    return out


def evaluate(data: str | None = None) -> Report:
    p = shared_path("data", "events", "arabic_event_gsr", given=data)
    items = _items(p if p.is_dir() else p.parent)
    to2 = iso3_to_iso2()
    c: Counter[str] = Counter()
    per_role: Counter[str] = Counter()
    per_role_ok: Counter[str] = Counter()
    for text, words, gold in items:
        iso2, role, _how = resolve(text, words)
        main = gold.get("main") or "None"
        if main in to2:
            c["country_n"] += 1
            c["country_ok"] += iso2 == to2[main]
            c["country_answered"] += iso2 is not None
        grole = gold.get("role") or "None"
        if grole != "None":
            c["role_n"] += 1
            c["role_ok"] += role == grole
            c["role_answered"] += role is not None
            per_role[grole] += 1
            per_role_ok[grole] += role == grole
    rep = Report(f"Actor resolution on {len(items)} distinct actor spans ({p.name})",
                 ["measure", "spans", "answered", "correct", "accuracy"])
    for what in ("country", "role"):
        n = c[f"{what}_n"]
        acc = c[f"{what}_ok"] / n if n else 0.0
        rep.rows.append([what, n, c[f"{what}_answered"], c[f"{what}_ok"], acc])
        rep.metrics[f"{what}_accuracy"] = acc
        answered = c[f"{what}_answered"]
        rep.metrics[f"{what}_precision"] = c[f"{what}_ok"] / answered if answered else 0.0
    for r in ROLES:
        if per_role[r]:
            rep.rows.append([f"role {r}", per_role[r], "", per_role_ok[r], per_role_ok[r] / per_role[r]])
    rep.notes.append("accuracy = correct / spans with a gold code; unresolved spans count as wrong.")
    return rep
