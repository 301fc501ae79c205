"""``hadath eval geo``: geocoding accuracy on hand-geocoded place mentions.

The gold file (``hadath/eval/data/geo_gold.tsv``) holds place mentions in sentences of the
shared event gold standard (``../shared/data/events/arabic_event_gsr/*_dev.csv``), each
looked up by hand in GeoNames; the sentences themselves are read from ``../shared``. Each
sentence runs through the pipeline up to and including the geo stage (NER included when it
exists), and the resolved place overlapping each gold span is compared:

* ``place``: exact GeoNames id, and within 25 km (haversine) of the gold record;
* ``country``: the country itself (kind N, same ISO code);
* ``admin1``: the first-level division with the same GeoNames admin1 code;
* ``region``: the curated district/region of that name;
* ``none``: places absent from the shipped GeoNames data must be left unresolved (null).

A third of the sentences (``sha1(sentence id) % 3 == 0``) are held out: rules and data were
tuned on the rest, and the report gives both parts.
"""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from hadath.doc import Doc, Mention
from hadath.eval.report import Report, shared_path
from hadath.geo.gazetteer import Place
from hadath.geo.resolve import haversine_km

GOLD = Path(__file__).resolve().parent / "data" / "geo_gold.tsv"
WITHIN_KM = 25.0
KINDS = ("place", "country", "admin1", "region", "none")
GEONAMES_KINDS = frozenset({"place", "country", "admin1"})


@dataclass(frozen=True)
class GoldMention:
    sentence_id: str
    start: int
    end: int
    text: str
    geonameid: int | None
    kind: str
    ref: str
    latitude: float | None
    longitude: float | None

    @property
    def held_out(self) -> bool:
        return is_held_out(self.sentence_id)


def is_held_out(sentence_id: str) -> bool:
    """The reporting split: a third of the sentences, by a stable hash of their id."""
    return int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def load_gold(path: Path = GOLD) -> list[GoldMention]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    out = []
    for r in csv.DictReader(lines, delimiter="\t"):
        out.append(GoldMention(
            r["sentence_id"], int(r["start"]), int(r["end"]), r["text"],
            int(r["geonameid"]) if r["geonameid"] else None, r["kind"], r["ref"],
            float(r["latitude"]) if r["latitude"] else None,
            float(r["longitude"]) if r["longitude"] else None,
        ))
    return out


def load_sentences(folder: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for f in sorted(folder.glob("*_dev.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                texts[row["id"]] = row["text"]
    return texts


def _geo_pipeline():  # -> Pipeline; imported lazily so that ``hadath eval`` starts fast
    from hadath.pipeline import Pipeline, default_stages

    # segmentation, NER (when it exists) and geo: numbers, dates and later stages are not needed
    stages = []
    for st in default_stages():
        if st.name in ("segment", "geo") or "entities" in st.assigns:
            stages.append(st)
        if st.name == "geo":
            break
    return Pipeline(stages)


def predicted(doc: Doc, g: GoldMention) -> Mention | None:
    """The resolved place mention overlapping the gold span most (None if there is none)."""
    best, best_overlap = None, 0
    for m in doc.entities:
        if m.place is None:
            continue
        overlap = min(m.end, g.end) - max(m.start, g.start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def judge(g: GoldMention, p: Place | None) -> tuple[bool, bool]:
    """(exact, within 25 km / same unit) for one gold mention and the predicted place."""
    if g.kind == "none":
        return p is None, p is None
    if p is None:
        return False, False
    if g.kind == "place":
        exact = p.geonameid == g.geonameid and p.kind != "N"
        near = g.latitude is not None and g.longitude is not None and p.kind != "N" and haversine_km(
            p.latitude, p.longitude, g.latitude, g.longitude) <= WITHIN_KM
        return exact, exact or near
    if g.kind == "country":
        ok = p.kind == "N" and p.country == g.ref
        return ok, ok
    if g.kind == "admin1":
        ok = p.kind == "A" and p.admin_key == g.ref
        return ok, ok
    ok = p.kind == "R" and p.name == g.ref  # region
    return ok, ok


def evaluate(data: str | None = None, **_: object) -> Report:
    folder = shared_path("data", "events", "arabic_event_gsr", given=data)
    texts = load_sentences(folder)
    gold = load_gold()
    by_sentence: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_sentence[g.sentence_id].append(g)
    pipe = _geo_pipeline()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # n, exact, near
    missing = 0
    errors: list[str] = []
    extra: list[str] = []  # resolved places the annotator did not list (streets, seas, errors)
    for sid, golds in by_sentence.items():
        text = texts.get(sid)
        if text is None:
            missing += len(golds)
            continue
        doc = pipe(Doc(raw=text, id=sid))
        for m in doc.entities:
            if m.place is not None and not any(m.start < g.end and g.start < m.end for g in golds):
                extra.append(f"{sid}\t{m.text}\t-> {m.place.name}/{m.place.country}/{m.place.kind}")
        for g in golds:
            m = predicted(doc, g)
            exact, near = judge(g, m.place if m else None)
            split = "held-out" if g.held_out else "dev"
            for key in ((split, g.kind), ("all", g.kind)):
                c = counts[key]
                c[0] += 1
                c[1] += int(exact)
                c[2] += int(near)
            if not near and len(errors) < 400:
                got = f"{m.place.name}/{m.place.country}/{m.place.kind}" if m else "null"
                errors.append(f"{sid}\t{g.text}\t{g.kind}:{g.geonameid or g.ref}\t-> {got}")

    rep = Report(
        title="Geocoding on hand-geocoded place mentions (arabic_event_gsr dev sentences)",
        columns=["split", "kind", "n", "exact", "within 25 km / same unit"],
    )
    for split in ("dev", "held-out", "all"):
        tot = [0, 0, 0]
        for kind in KINDS:
            n, n_exact, n_near = counts.get((split, kind), [0, 0, 0])
            if not n:
                continue
            rep.rows.append([split, kind, n, n_exact / n, n_near / n])
            if kind in GEONAMES_KINDS:
                tot = [tot[0] + n, tot[1] + n_exact, tot[2] + n_near]
            elif kind == "none":
                rep.metrics[f"{split}_null_ok"] = n_near / n
        if tot[0]:
            rep.rows.append([split, "in GeoNames (place+country+admin1)", tot[0], tot[1] / tot[0], tot[2] / tot[0]])
            rep.metrics[f"{split}_within25"] = tot[2] / tot[0]
            rep.metrics[f"{split}_exact"] = tot[1] / tot[0]
    rep.notes.append("held-out = sentences with sha1(id) % 3 == 0 (not used for tuning); "
                     "place: exact geonameid / within 25 km; country, admin1, region: the same unit; "
                     "none: correctly left null.")
    rep.metrics["unlisted_resolved"] = float(len(extra))
    rep.notes.append(f"{len(extra)} resolved place mentions in these sentences are not in the gold file "
                     "(streets, seas, unlisted places or false alarms; listed in Report.extra)")
    if missing:
        rep.notes.append(f"{missing} gold mentions skipped: their sentences are not in {folder}")
    rep.errors = errors  # type: ignore[attr-defined]
    rep.extra = extra  # type: ignore[attr-defined]
    return rep
