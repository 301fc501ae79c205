"""Score event detection on the OEDA Arabic gold standard (``../shared/data/events/arabic_event_gsr``).

Sentence level: a sentence is predicted ASSAULT when ``hadath.extract`` finds an event with
``plover_type`` ASSAULT in it (PROTEST alike). Two views, ambiguous sentences skipped:

* clean: ``yes`` against ``easy no``;
* strict: ``yes`` against ``easy no`` + ``difficult no``.

Scores are reported on the held-out part (30% of the source articles, chosen by a hash of
the article id, never used for tuning or training; see :func:`is_heldout`) and, for
reference, on all of the dev data. Actor spans: on ``*_spans_dev.json``, how often an event's
actor1 / actor2 overlaps the annotators' source / target actor words.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hadath.eval.report import Report, prf, shared_path
from hadath.text.normalize import normalize_key

TASKS = ("ASSAULT", "PROTEST")
HELDOUT_SHARE = 30  # percent of articles


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    task: str
    label: str
    text: str


def article_of(sentence_id: str) -> str:
    """«AAW_ARB_20071026.0026-2» -> «AAW_ARB_20071026.0026»: split by article, not sentence."""
    return sentence_id.rsplit("-", 1)[0]


def is_heldout(sentence_id: str) -> bool:
    """Deterministic 30% of articles kept out of all tuning (sha1 of the article id)."""
    h = int(hashlib.sha1(article_of(sentence_id).encode("utf-8")).hexdigest()[:8], 16)
    return h % 100 < HELDOUT_SHARE


def load_sentences(data: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for task in TASKS:
        path = data / f"{task.lower()}_dev.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.append(Sentence(row["id"], task, row["label"].strip(), row["text"]))
    return out


def load_spans(data: Path, task: str) -> list[dict]:
    path = data / f"{task.lower()}_spans_dev.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def predicted_types(text: str) -> set[str]:
    import hadath

    return {e.plover_type for e in hadath.extract(text).events}


def _views(label: str) -> Iterator[tuple[str, bool]]:
    """(view, is_positive) pairs the label counts in."""
    if label == "yes":
        yield "clean", True
        yield "strict", True
    elif label == "easy no":
        yield "clean", False
        yield "strict", False
    elif label == "difficult no":
        yield "strict", False


def _words(text: str) -> set[str]:
    out = set()
    for w in normalize_key(text).split():
        w = w.strip('.,;:"()[]')
        if len(w) > 1:
            out.add(w)
            if w.startswith("\u0627\u0644"):
                out.add(w[2:])
            elif w[:1] in "\u0648\u0628\u0644\u0641" and len(w) > 3:
                out.add(w[1:])
    return out


def _gold_words(item: dict, key: str) -> set[str]:
    gold = item.get(f"{key}_gold") or ""
    if gold:
        return _words(gold)
    votes: dict[str, int] = {}
    for s in item.get("spans", []):
        for w in _words(" ".join(s.get(f"{key}_actor", []))):
            votes[w] = votes.get(w, 0) + 1
    n = max(1, len(item.get("spans", [])))
    return {w for w, v in votes.items() if v * 2 >= n}


def actor_agreement(data: Path, heldout_only: bool) -> list[list[object]]:
    import hadath

    rows: list[list[object]] = []
    for task in TASKS:
        n1 = hit1 = n2 = hit2 = 0
        for item in load_spans(data, task):
            if heldout_only and not is_heldout(item.get("source", "")):
                continue
            events = [e for e in hadath.extract(item["text"]).events if e.plover_type == task]
            src, tgt = _gold_words(item, "source"), _gold_words(item, "target")
            if src:
                n1 += 1
                hit1 += any(e.actor1 and _words(e.actor1.text) & src for e in events)
            if tgt:
                n2 += 1
                hit2 += any(e.actor2 and _words(e.actor2.text) & tgt for e in events)
        part = "held-out" if heldout_only else "all dev"
        rows.append([task, "actor1~source", part, n1, hit1 / n1 if n1 else 0.0, "", "", f"{hit1}/{n1}"])
        rows.append([task, "actor2~target", part, n2, hit2 / n2 if n2 else 0.0, "", "", f"{hit2}/{n2}"])
    return rows


def evaluate(data: str | None = None, **_: object) -> Report:
    root = shared_path("data", "events", "arabic_event_gsr", given=data)
    sentences = load_sentences(root)
    counts: dict[tuple[str, str, str], list[int]] = {}
    for s in sentences:
        if s.label == "ambiguous":
            continue
        hit = s.task in predicted_types(s.text)
        parts = ["all dev"] + (["held-out"] if is_heldout(s.id) else [])
        for view, positive in _views(s.label):
            for part in parts:
                c = counts.setdefault((s.task, view, part), [0, 0, 0, 0])  # tp fp fn n
                c[3] += 1
                if positive and hit:
                    c[0] += 1
                elif hit:
                    c[1] += 1
                elif positive:
                    c[2] += 1
    report = Report(
        title="Event detection on the OEDA Arabic gold standard (sentence level)",
        columns=["type", "view", "part", "n", "P", "R", "F1", "tp/fp/fn"],
    )
    for task in TASKS:
        for part in ("held-out", "all dev"):
            for view in ("clean", "strict"):
                tp, fp, fn, n = counts.get((task, view, part), [0, 0, 0, 0])
                p, r, f = prf(tp, fp, fn)
                # counts for the held-out part only: the all-dev ones would widen the table past 80 columns
                report.rows.append([task, view, part, n, p, r, f, f"{tp}/{fp}/{fn}" if part == "held-out" else ""])
                report.metrics[f"{task}/{view}/{part}/f1"] = f
    report.rows += actor_agreement(root, heldout_only=True)
    report.rows += actor_agreement(root, heldout_only=False)
    report.notes += [
        "clean = yes vs easy no; strict = yes vs easy no + difficult no; ambiguous skipped; n = sentences scored.",
        f"held-out = {HELDOUT_SHARE}% of articles by sha1 of the article id, never used in training or tuning;",
        "'all dev' includes the training part and is for reference only.",
        "actor rows: share of gold source/target spans that an event's actor1/actor2 overlaps (column P).",
        "tp/fp/fn: the held-out sentence counts behind P/R/F1 (with a dozen positives one sentence moves F1 by ~0.05).",
    ]
    return report
