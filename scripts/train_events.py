"""Train the event classifier (``hadath/events/data/event_model.json``).

    python scripts/train_events.py [--data ../shared/data/events/arabic_event_gsr]

Data: the OEDA Arabic gold standard dev sentences (MIT). Only the training part is used:
the 30% of articles that :func:`hadath.eval.events.is_heldout` selects are never read here.
Each sentence and PLOVER type with non-vetoed candidates becomes one instance (the union of
the candidates' features, as the stage scores it) labelled with the sentence label (yes = 1;
easy no = 0; difficult no and ambiguous left out by default). The scores in
``hadath/events/data/MODEL_CARD.md`` come from ``hadath eval events`` after training.
Thresholds per PLOVER type are chosen by 5-fold cross-validation over articles on the
training part, repeated over ``--repeats`` different article partitions (a sentence's score
is the mean of its out-of-fold scores), maximising clean-view F1; the shipped model is the
average of all the fold models. With 44 positive PROTEST sentences one partition's F1 moves
by +-0.03 with the partition alone, so a single split makes both the thresholds and the
reported score noisy. The pooled F1 scores the mean of the partitions' out-of-fold scores (an
ensemble, like the shipped fold-model average) at a threshold picked on those very scores; the
script also prints one partition's F1 at that threshold (mean +- sd over the partitions), the
plainer estimate to compare settings by. ``--nested`` adds the nested estimate settings are
chosen by: for each outer fold, the threshold is chosen on the other four folds' own
cross-validation (4-fold, models fit without the outer fold) and the outer fold's model is
scored at it, so no number it reports was seen while choosing. ``--full`` ships one model refit
on the whole training part (what the nested estimate scores) instead of the fold average, and
``--threshold-from partition`` picks the threshold on one partition's F1 averaged over the
partitions (as the inner loop does) rather than on the pooled scores. ``--errors FILE`` lists
the cross-validated errors at the chosen thresholds (missed yes, found easy and difficult no),
the material for rule work: ``--out`` elsewhere keeps the shipped model. Needs numpy
(installed with the test extras).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from hadath.doc import Doc
from hadath.eval.events import TASKS, Sentence, article_of, is_heldout, load_sentences
from hadath.eval.report import prf, shared_path
from hadath.events import model as event_model
from hadath.events.stage import RULE_CONFIDENCE, score
from hadath.pipeline import Pipeline, default_stages

PARAMS: dict[str, float] = {"l2": 5.0, "pos_weight": 1.0, "difficult": 0.0, "min_count": 2}
POS_WEIGHTS = ("balanced", "sqrt")  # per task: negatives/positives, or its square root
EPOCHS = 300
LR = 0.1
FOLDS = 5
REPEATS = 3

Instance = tuple[int, list[str], float, float]  # sentence index, features, label, weight


def tolerant_pipeline() -> Pipeline:
    """The default stages, minus any whose requirements are not met (a stage mid-build)."""
    have = {"raw", "published", "id", "source"}
    kept = []
    for st in default_stages():
        if set(st.requires) <= have:
            kept.append(st)
            have |= set(st.assigns)
        else:
            print(f"skipping stage {st.name!r}: needs {sorted(set(st.requires) - have)}", file=sys.stderr)
    return Pipeline(kept)


def instances(sentences: list[Sentence]) -> tuple[list[Instance], set[int]]:
    """Candidate instances of the training sentences (model disabled: rule prior only).

    Also the sentences whose task type a rule of the stage keeps whatever the classifier
    says (``RULE_CONFIDENCE``): thresholds are chosen for the stage as shipped, rules included.
    """
    out: list[Instance] = []
    ruled: set[int] = set()
    pipe = tolerant_pipeline()
    for i, s in enumerate(sentences):
        if s.label == "ambiguous":
            continue
        y = 1.0 if s.label == "yes" else 0.0
        w = PARAMS["difficult"] if s.label == "difficult no" else PARAMS["pos_weight"] if y else 1.0
        doc = Doc(raw=s.text)
        doc.extras["keep_event_features"] = True
        doc = pipe(doc)
        for ctx in score(doc):
            for c in ctx.candidates:
                if c.veto or c.trigger.plover != s.task:
                    continue
                if c.prob >= RULE_CONFIDENCE:
                    ruled.add(i)
                if c.features:  # a rule-only trigger («دمرت»، «حيدت») is no classifier instance
                    out.append((i, c.features, y, w))
    return out, ruled


def union_by_sentence(data: list[Instance]) -> list[Instance]:
    merged: dict[int, Instance] = {}
    for si, feats, y, w in data:
        if si in merged:
            merged[si] = (si, sorted(set(merged[si][1]) | set(feats)), y, w)
        else:
            merged[si] = (si, feats, y, w)
    return list(merged.values())


def fit(data: list[Instance], vocab: dict[str, int], pos_mask: np.ndarray | None = None) -> np.ndarray:
    """L2-regularised logistic regression by full-batch Adam on sparse rows."""
    rows, cols = [], []
    for r, (_, feats, _, _) in enumerate(data):
        for f in set(feats):
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array([d[2] for d in data])
    sw = np.array([d[3] for d in data])
    if pos_mask is not None:
        sw = sw * pos_mask
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    n = max(1.0, sw.sum())
    for t in range(1, EPOCHS + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=len(data))
        p = 1.0 / (1.0 + np.exp(-z))
        g_rows = (p - y) * sw
        grad = np.bincount(cols_a, weights=g_rows[rows_a], minlength=len(vocab)) / n + PARAMS["l2"] * w / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= LR * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def predict(data: list[Instance], vocab: dict[str, int], w: np.ndarray) -> np.ndarray:
    out = np.zeros(len(data))
    for r, (_, feats, _, _) in enumerate(data):
        z = sum(w[vocab[f]] for f in set(feats) if f in vocab)
        out[r] = 1.0 / (1.0 + np.exp(-z))
    return out


def weigh_positives(data: list[Instance], sentences: list[Sentence], how: str) -> list[Instance]:
    """Class-balanced weights: each task's positive instances weigh its negatives/positives
    ratio (``balanced``) or its square root (``sqrt``); a number weighs every positive alike."""
    if how not in POS_WEIGHTS:
        f = float(how)
        return [(si, feats, y, w * f if y > 0 else w) for si, feats, y, w in data]
    factor: dict[str, float] = {}
    for task in TASKS:
        pos = sum(1 for si, _, y, w in data if sentences[si].task == task and y > 0 and w > 0)
        neg = sum(1 for si, _, y, w in data if sentences[si].task == task and y == 0 and w > 0)
        ratio = neg / max(1, pos)
        factor[task] = ratio if how == "balanced" else float(np.sqrt(ratio))
    return [(si, feats, y, w * factor[sentences[si].task] if y > 0 else w) for si, feats, y, w in data]


def build_vocab(data: list[Instance]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for _, feats, _, _ in data:
        for f in set(feats):
            counts[f] += 1
    keep = sorted(f for f, c in counts.items() if c >= PARAMS["min_count"] or f.endswith("bias"))
    return {f: i for i, f in enumerate(keep)}


def train(data: list[Instance]) -> tuple[dict[str, int], np.ndarray]:
    """Fit, then narrow each positive sentence to its best candidate and refit (MIL).

    With one instance per sentence (:func:`union_by_sentence`, as :func:`main` trains) every
    sentence's best candidate is its only one and the refit would repeat the fit exactly, so
    it is skipped: half the training time, the same weights.
    """
    vocab = build_vocab(data)
    w = fit(data, vocab)
    if len({d[0] for d in data}) == len(data):
        return vocab, w
    probs = predict(data, vocab, w)
    best: dict[int, int] = {}
    for r, (si, _, y, _) in enumerate(data):
        if y > 0 and (si not in best or probs[r] > probs[best[si]]):
            best[si] = r
    mask = np.array([1.0 if d[2] == 0 or best.get(d[0]) == r else 0.0 for r, d in enumerate(data)])
    return vocab, fit(data, vocab, mask)


def sentence_scores(data: list[Instance], probs: np.ndarray) -> dict[int, float]:
    out: dict[int, float] = {}
    for r, (si, _, _, _) in enumerate(data):
        out[si] = max(out.get(si, 0.0), float(probs[r]))
    return out


def clean_counts(sentences: list[Sentence], scores: dict[int, float], task: str, t: float,
                 ruled: frozenset[int] | set[int] = frozenset(), only: set[int] | None = None) -> tuple[int, int, int]:
    """Clean-view tp, fp, fn of ``task`` at threshold ``t`` over the sentences in ``only`` (all
    when None); sentences in ``ruled`` count as found."""
    tp = fp = fn = 0
    for i, s in enumerate(sentences):
        if s.task != task or s.label not in {"yes", "easy no"} or only is not None and i not in only:
            continue
        hit = scores.get(i, 0.0) >= t or i in ruled
        pos = s.label == "yes"
        tp += hit and pos
        fp += hit and not pos
        fn += pos and not hit
    return tp, fp, fn


def clean_f1(sentences: list[Sentence], scores: dict[int, float], task: str, t: float,
             ruled: frozenset[int] | set[int] = frozenset(), only: set[int] | None = None) -> float:
    """Clean-view F1 of ``task`` at threshold ``t``; sentences in ``ruled`` count as found."""
    return prf(*clean_counts(sentences, scores, task, t, ruled, only))[2]


# no higher than RULE_CONFIDENCE: the stage keeps a candidate whose probability reaches the
# threshold, and a rule raises it to RULE_CONFIDENCE only, so a threshold above it would drop every
# rule-kept sentence that clean_counts scores as found (PROTEST's pooled threshold was 0.71)
THRESHOLDS = np.arange(0.05, RULE_CONFIDENCE + 0.005, 0.01)


def best_threshold(sentences: list[Sentence], scores: dict[int, float] | list[dict[int, float]], task: str,
                   ruled: frozenset[int] | set[int] = frozenset(), only: set[int] | None = None) -> tuple[float, float]:
    """The threshold with the best clean-view F1; sentences in ``ruled`` count as found. Given
    several partitions' scores, the best mean of their F1s."""
    parts = scores if isinstance(scores, list) else [scores]
    best_t, best_f = 0.5, -1.0
    for t in THRESHOLDS:
        f = float(np.mean([clean_f1(sentences, p, task, float(t), ruled, only) for p in parts]))
        if f > best_f + 1e-9:
            best_t, best_f = float(t), f
    return best_t, best_f


def nested_counts(sentences: list[Sentence], data: list[Instance], ruled: set[int], repeat: int,
                  outer: dict[int, float]) -> dict[str, np.ndarray]:
    """One partition's nested tp/fp/fn per task: for each outer fold ``k``, the threshold is
    chosen on the 4-fold cross-validation of the other folds (models fit on three of them),
    and the outer fold's scores (``outer``: from the model fit on the other four) are counted
    at it."""
    fold = {d[0]: fold_of(sentences[d[0]].id, repeat) for d in data}
    every = [i for i, s in enumerate(sentences) if s.label != "ambiguous"]
    fold_all = {i: fold_of(sentences[i].id, repeat) for i in every}
    pair: dict[tuple[int, int], dict[int, float]] = {}
    for a in range(FOLDS):
        for b in range(a + 1, FOLDS):
            tr = [d for d in data if fold[d[0]] not in (a, b)]
            vocab, w = train(tr)
            for held in (a, b):
                te = [d for d in data if fold[d[0]] == held]
                pair[(a, b) if held == b else (b, a)] = sentence_scores(te, predict(te, vocab, w))
    out = {task: np.zeros(3, dtype=int) for task in TASKS}
    for k in range(FOLDS):
        inner: dict[int, float] = {}
        for j in range(FOLDS):
            if j != k:
                inner.update(pair[(k, j)])  # fold j scored by the model fit without k and j
        inner_only = {i for i in every if fold_all[i] != k}
        outer_only = {i for i in every if fold_all[i] == k}
        for task in TASKS:
            t, _ = best_threshold(sentences, inner, task, ruled, inner_only)
            out[task] += np.array(clean_counts(sentences, outer, task, t, ruled, outer_only))
    return out


def write_errors(path: str, sentences: list[Sentence], scores: dict[int, float], thresholds: dict[str, float],
                 ruled: set[int]) -> None:
    """The pooled cross-validated errors at each task's threshold, worst first: missed yes
    (FN), found easy no (FP) and found difficult no (DN, the strict view's extra errors).
    Rule-kept sentences score :data:`RULE_CONFIDENCE` at least and count as found (as in
    :func:`clean_counts`), even where the threshold is above it. Working from these (grouped by
    pattern) rather than from the held-out part keeps the held-out part a fair judge."""
    rows: list[tuple[str, str, float, str, str]] = []
    for i, s in enumerate(sentences):
        if s.task not in thresholds or s.label == "ambiguous":
            continue
        score = max(scores.get(i, 0.0), RULE_CONFIDENCE if i in ruled else 0.0)
        hit = score >= thresholds[s.task] or i in ruled  # a rule keeps it whatever the threshold (clean_counts)
        kind = "FN" if s.label == "yes" and not hit else "FP" if s.label == "easy no" and hit else \
            "DN" if s.label == "difficult no" and hit else ""
        if kind:
            rows.append((s.task, kind, score, s.id, s.text))
    rows.sort(key=lambda r: (r[0], r[1], -r[2] if r[1] != "FN" else r[2]))
    with open(path, "w", encoding="utf-8") as fh:
        for task, kind, score, sid, text in rows:
            fh.write(f"{task}\t{kind}\t{score:.3f}\t{sid}\t{text}\n")
    print(f"wrote {path}: {len(rows)} errors", file=sys.stderr)


def fold_of(sentence_id: str, repeat: int = 0) -> int:
    """The sentence's fold in partition ``repeat`` (by article; partition 0 is the historical one)."""
    key = article_of(sentence_id) + (f"#{repeat}" if repeat else "")
    return int(hashlib.md5(key.encode()).hexdigest()[:6], 16) % FOLDS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="path to ../shared/data/events/arabic_event_gsr")
    ap.add_argument("--out", default=str(event_model.MODEL_PATH))
    ap.add_argument("--dump", default=None, help="write cross-validated scores of training sentences here (TSV)")
    ap.add_argument("--errors", default=None,
                    help="write the cross-validated errors at the chosen thresholds here (TSV: task, FN/FP/DN, score, id, text)")
    ap.add_argument("--drop", action="append", default=[], help="drop features with this prefix (ablation)")
    ap.add_argument("--pos-weight", default=str(PARAMS["pos_weight"]),
                    help="weight of positive instances: a number, or 'balanced' / 'sqrt' (per task, from the class ratio)")
    ap.add_argument("--min-count", type=int, default=int(PARAMS["min_count"]), help="keep features seen in at least this many instances")
    ap.add_argument("--nested", action="store_true", help="also print the nested cross-validated F1 (slower)")
    ap.add_argument("--threshold-from", choices=("pooled", "partition"), default="pooled",
                    help="pick thresholds on the pooled scores or on one partition's F1 averaged over partitions")
    ap.add_argument("--difficult", type=float, default=PARAMS["difficult"], help="weight of 'difficult no' sentences")
    ap.add_argument("--full", action="store_true", help="ship one model refit on all training data instead of the fold average")
    ap.add_argument("--l2", type=float, default=PARAMS["l2"], help="L2 penalty")
    ap.add_argument("--repeats", type=int, default=REPEATS, help="cross-validation partitions (scores averaged)")
    args = ap.parse_args(argv)
    PARAMS["l2"] = args.l2
    PARAMS["difficult"] = args.difficult
    PARAMS["min_count"] = args.min_count
    root = shared_path("data", "events", "arabic_event_gsr", given=args.data)
    sentences = [s for s in load_sentences(root) if not is_heldout(s.id)]
    # candidates are scored with the rule prior only, so features never depend on an old model
    event_model.load_model.cache_clear()
    Path(args.out).with_suffix(".tmp").unlink(missing_ok=True)
    orig = event_model.MODEL_PATH
    event_model.MODEL_PATH = Path(args.out).with_suffix(".absent")
    try:
        data, ruled = instances(sentences)
    finally:
        event_model.MODEL_PATH = orig
        event_model.load_model.cache_clear()
    if args.drop:
        drops = tuple(args.drop) + tuple(f"{t}|{d}" for t in TASKS for d in args.drop)
        data = [(si, [f for f in feats if not f.startswith(drops)], y, w) for si, feats, y, w in data]
    data = union_by_sentence(data)  # the stage scores a sentence per PLOVER type
    data = weigh_positives(data, sentences, args.pos_weight)
    print(f"{len(sentences)} training sentences, {len(data)} candidate instances", file=sys.stderr)

    # cross-validated sentence scores (mean over the partitions) -> thresholds
    oof_sum: dict[int, float] = defaultdict(float)
    per_partition: list[dict[int, float]] = []
    fold_models: list[dict[str, float]] = []
    nested = {task: np.zeros(3, dtype=int) for task in TASKS}
    for r in range(args.repeats):
        part: dict[int, float] = {}
        for k in range(FOLDS):
            tr = [d for d in data if fold_of(sentences[d[0]].id, r) != k]
            te = [d for d in data if fold_of(sentences[d[0]].id, r) == k]
            vocab, w = train(tr)
            for si, p in sentence_scores(te, predict(te, vocab, w)).items():
                oof_sum[si] += p / args.repeats
                part[si] = p
            fold_models.append({f: float(w[j]) for f, j in vocab.items()})
        per_partition.append(part)
        if args.nested:
            for task, c in nested_counts(sentences, data, ruled, r, part).items():
                nested[task] += c
    oof = dict(oof_sum)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for i, s in enumerate(sentences):
                score = max(oof.get(i, -1.0), RULE_CONFIDENCE if i in ruled else -1.0)
                fh.write(f"{s.task}\t{s.label}\t{score:.3f}\t{s.id}\t{s.text}\n")
    thresholds: dict[str, float] = {}
    cv: dict[str, float] = {}
    spread: dict[str, list[float]] = {}
    nested_f1: dict[str, float] = {}
    for task in TASKS:
        if args.threshold_from == "partition":
            thresholds[task], _ = best_threshold(sentences, per_partition, task, ruled)
            cv[task] = clean_f1(sentences, oof, task, thresholds[task], ruled)
        else:
            thresholds[task], cv[task] = best_threshold(sentences, oof, task, ruled)
        if args.nested:
            nested_f1[task] = round(prf(*nested[task])[2], 3)
            print(f"{task}: nested cross-validated clean F1 {nested_f1[task]:.3f} (tp/fp/fn {nested[task].tolist()})",
                  file=sys.stderr)
        # the pooled F1 scores the mean of several partitions' scores (an ensemble) at the
        # threshold picked on it; one partition's F1 at that threshold is the plainer estimate
        f1s = [clean_f1(sentences, part, task, thresholds[task], ruled) for part in per_partition]
        spread[task] = [round(float(np.mean(f1s)), 3), round(float(np.std(f1s)), 3)]
        print(f"{task}: threshold {thresholds[task]:.2f}, cross-validated clean F1 {cv[task]:.3f} "
              f"(one partition: {spread[task][0]:.3f} +- {spread[task][1]:.3f})", file=sys.stderr)
    if args.errors:
        write_errors(args.errors, sentences, oof, thresholds, ruled)
    thresholds["default"] = 0.5

    if args.full:
        vocab, w = train(data)
        averaged = {f: float(w[j]) for f, j in vocab.items()}
    else:
        # the average of the fold models: the thresholds were chosen on their scores, so
        # shipping them (rather than one model refit on everything) keeps calibration
        averaged = {}
        for fm in fold_models:
            for f, v in fm.items():
                averaged[f] = averaged.get(f, 0.0) + v / len(fold_models)
    weights = {f: round(v, 4) for f, v in averaged.items() if abs(v) >= 1e-3}
    model = {
        "about": "hadath event classifier; see MODEL_CARD.md. Rebuild: python scripts/train_events.py",
        "trained": dt.date.today().isoformat(),
        "trained_types": list(TASKS),
        "thresholds": {k: round(v, 2) for k, v in thresholds.items()},
        "cv_clean_f1": {k: round(v, 3) for k, v in cv.items()},
        "cv_partition_f1_mean_sd": spread,
        "training_sentences": len(sentences),
        "instances": len(data),
        "cv_partitions": args.repeats,
        "settings": {"l2": PARAMS["l2"], "pos_weight": args.pos_weight, "difficult": PARAMS["difficult"],
                     "min_count": args.min_count, "full_refit": args.full, "threshold_from": args.threshold_from},
        **({"nested_clean_f1": nested_f1} if nested_f1 else {}),
        "weights": dict(sorted(weights.items())),
    }
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
