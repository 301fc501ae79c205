"""Score the NER stage on the contiguous CV folds of NewsFANE's training part with kept fold models.

Training a fold model takes minutes (``scripts/train_ner.py --cv K --keep-lists --stage --keep
DIR``); a change to the stage's rules or lexicons can then be scored on all four folds in seconds,
each fold with its own model and word lists (its ``ner.lexwords.tsv`` is the CRF's frozen view of
the lexicons, as the shipped model's is), as ``--stage`` scores it::

    for K in 0 1 2 3; do HADATH_PURE=1 PYTHONPATH=$PWD .venv/bin/python scripts/train_ner.py \\
        --cv $K --keep-lists --stage --keep /tmp/ner/fold$K; done
    PYTHONPATH=$PWD .venv/bin/python scripts/ner_folds.py /tmp/ner/fold{K} [--wojood] [--dump FILE]

``--no-clubs`` scores the stage with the club rows of ``sports.tsv`` and ``clubs.tsv`` taken out of
its matcher (cues, heads and result verbs stay): the held-out blocks' clubs are less covered by the
lists than the training part's, which the lists were written beside (model card, sessions 11 and
21), so this is how a rule that finds clubs without the lists generalises. ``--dump`` writes every
missed and spurious entity (fold, FN/FP, type and NewsFANE class, text, the overlapping prediction
or gold, the two words before, the sentence). The held-out blocks are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import CV_FOLDS, SHARED, _fold  # noqa: E402

from hadath.eval import ner as ev  # noqa: E402
from hadath.events import lexicon as events_lexicon  # noqa: E402
from hadath.ner import decoder as dec  # noqa: E402
from hadath.ner import features, lexicons, stage  # noqa: E402
from hadath.ner.corpus import (  # noqa: E402
    Sentence,
    _read,
    read_newsfane,
    read_wojood,
    score_type,
    split_newsfane,
)

Counts = tuple[Counter[str], Counter[str], Counter[str]]


def use_fold(d: Path) -> None:
    """Point the stage at a kept fold's model and word lists."""
    features.VOCAB_PATH = d / "ner.vocab.txt"
    features.COMMON_O_PATH = d / "ner.common_o.txt"
    features.LEXWORDS_PATH = d / "ner.lexwords.tsv"
    features.RARELY_PER_PATH = d / "ner.rarely_per.txt"
    dec.WEIGHTS_PATH = d / "ner.weights.bin"
    for mod in (features, lexicons, stage, dec):
        for name in dir(mod):
            f = getattr(mod, name)
            if callable(f) and hasattr(f, "cache_clear"):
                f.cache_clear()


def without_clubs() -> None:
    """The stage's sports matcher without the club and team rows (see the module's docstring)."""
    from hadath.lexicon.matcher import PhraseMatcher

    def matcher() -> PhraseMatcher[lexicons.SportsEntry]:
        pairs = []
        for r in lexicons._sports_rows():
            if r["kind"] not in ("club", "team", "generic"):
                e = lexicons.SportsEntry(r["name"], r["kind"])
                pairs += [(v, e) for v in lexicons.split_variants(r["variants"])]
        return PhraseMatcher(pairs)

    lexicons.sports_matcher = matcher  # type: ignore[assignment]
    stage.sports_matcher = matcher  # type: ignore[assignment]
    # the stage reads its sports hits off the events lexicon's one scan of an article (article_hits)
    events_lexicon.sports_matcher = matcher  # type: ignore[assignment]
    for f in (events_lexicon._scan, events_lexicon._article_combined, stage._name_matchers):
        f.cache_clear()


def score(sents: list[Sentence], fine: list[Sentence] | None, tag: str, dump: TextIO | None,
          by_class: Counter[str], found: Counter[str]) -> Counts:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for i in range(0, len(sents), ev.DOC_SENTENCES):
        group = sents[i:i + ev.DOC_SENTENCES]
        fgroup = fine[i:i + ev.DOC_SENTENCES] if fine else [None] * len(group)
        for s, fs, pred in zip(group, fgroup, ev.predict(group), strict=True):
            classes = {(a, b): t for a, b, t in fs.entities()} if fs else {}
            gold = {(a, b, t) for a, b, typ in s.entities() if (t := score_type(typ))}
            for e in gold:
                by_class[classes.get((e[0], e[1]), e[2])] += 1
            for e in pred & gold:
                tp[e[2]] += 1
                found[classes.get((e[0], e[1]), e[2])] += 1
            for e in pred - gold:
                fp[e[2]] += 1
            for e in gold - pred:
                fn[e[2]] += 1
            if dump is None:
                continue
            for kind, mine, other in (("FN", gold - pred, pred), ("FP", pred - gold, gold)):
                for a, b, t in sorted(mine):
                    over = sorted(o for o in other if o[0] < b and a < o[1])
                    near = " ".join(s.tokens[over[0][0]:over[0][1]]) + "/" + over[0][2] if over else ""
                    cls = f"{t}:{classes.get((a, b), '')}" if kind == "FN" else t
                    dump.write(f"{tag}\t{kind}\t{cls}\t{' '.join(s.tokens[a:b])}\t{near}\t"
                               f"{' '.join(s.tokens[max(a - 2, 0):a])}\t{s.text}\n")
    return tp, fp, fn


def line(name: str, tp: Counter[str], fp: Counter[str], fn: Counter[str]) -> str:
    def f1(a: int, b: int, c: int) -> float:
        p, r = a / max(a + b, 1), a / max(a + c, 1)
        return 2 * p * r / max(p + r, 1e-9)

    parts = [f"{t} {f1(tp[t], fp[t], fn[t]):.4f} ({tp[t]}/{fp[t]}/{fn[t]})" for t in ("PER", "ORG", "LOC")]
    a, b, c = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return f"{name}: micro {f1(a, b, c):.4f} ({a}/{b}/{c}) " + " ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folds", help="kept fold directories, {K} for the fold number, e.g. /tmp/ner/fold{K}")
    ap.add_argument("--only", type=int, nargs="*", help="these folds only")
    ap.add_argument("--wojood", action="store_true", help="score the Wojood train folds too")
    ap.add_argument("--no-clubs", action="store_true", help="the stage's matcher without club rows")
    ap.add_argument("--dump", type=Path, help="write the NewsFANE folds' errors to this file")
    args = ap.parse_args()
    if args.no_clubs:
        without_clubs()
    path = SHARED / "data/ner/newsfane/newsfane_train.txt"
    train, _ = split_newsfane(read_newsfane(path))
    fine, _ = split_newsfane(list(_read(path, "\t", None, lambda t: t)))  # NewsFANE's own classes
    woj = read_wojood(SHARED / "data/ner/wojood_sample/train.txt") if args.wojood else []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    pooled: Counts = (Counter(), Counter(), Counter())
    wpooled: Counts = (Counter(), Counter(), Counter())
    by_class: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for k in args.only if args.only is not None else range(CV_FOLDS):
        use_fold(Path(args.folds.format(K=k)))
        dev, fdev = _fold(train, k, CV_FOLDS)[1], _fold(fine, k, CV_FOLDS)[1]
        r = score(dev, fdev, f"f{k}", dump, by_class, found)
        print(line(f"fold {k}", *r), flush=True)
        for total, part in zip(pooled, r, strict=True):
            total.update(part)
        if woj:
            r = score(_fold(woj, k, CV_FOLDS)[1], None, f"w{k}", None, Counter(), Counter())
            for total, part in zip(wpooled, r, strict=True):
                total.update(part)
    print(line("NewsFANE pooled", *pooled))
    print("recall by NewsFANE class:", " ".join(f"{c} {found[c]}/{n}" for c, n in by_class.most_common(14)))
    if woj:
        print(line("Wojood pooled", *wpooled))
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
