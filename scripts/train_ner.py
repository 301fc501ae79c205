"""Train the NER CRF shipped in ``hadath/ner/data/ner.crfsuite``.

    python scripts/train_ner.py [--newsfane DIR] [--wojood FILE | --no-wojood] [--out PATH]

Trains on NewsFANE minus its held-out part (every 5th block of 50 sentences, which
``hadath eval ner`` scores) plus the Wojood sample's train file (its val file stays out
for scoring). Also writes ``hadath/ner/data/ner.vocab.txt``, the common-word list of the
``rare`` feature. The shared data is read from
``../shared`` and never copied; only the model is written.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from hadath.eval.report import SHARED
from hadath.ner.corpus import Sentence, read_newsfane, read_wojood, split_newsfane
from hadath.ner.crf import MODEL_PATH, corpus_inputs
from hadath.ner.decoder import WEIGHTS_PATH, export_weights
from hadath.ner.features import (
    COMMON_O_PATH,
    VOCAB_PATH,
    common_o_words,
    common_words,
    context_features,
    sentence_features,
    stem,
    word_features,
)
from hadath.text.normalize import normalize_key


def sentence_xy(s: Sentence) -> tuple[list[list[str]], list[str]]:
    """Features and labels of a corpus sentence, computed as at run time."""
    words, lex = corpus_inputs(s.tokens)
    return sentence_features(words, lex), s.labels


def write_vocab(train: list[Sentence]) -> None:
    """The common-word list the ``rare`` feature uses: words seen twice or more in training."""
    counts = Counter(normalize_key(t) for s in train for t in s.tokens)
    words = sorted(w for w, c in counts.items() if c >= 2 and w[:1].isalpha())
    VOCAB_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    common_words.cache_clear()
    word_features.cache_clear()
    context_features.cache_clear()


def write_common_o(train: list[Sentence], min_count: int = 5, max_name_share: float = 0.02) -> None:
    """Words that are almost never a name on their own: seen ``min_count`` times or more in
    training and a one-word entity in at most ``max_name_share`` of them («هجوم»، «جنوب»،
    «مستقرا»). The stage neither keeps a one-word CRF span nor propagates a one-word name
    made of such a word (keyed by normalised word and clitic-free stem)."""
    seen: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for s in train:
        n = len(s.labels)
        for i, (t, lab) in enumerate(zip(s.tokens, s.labels, strict=True)):
            w = normalize_key(t)
            if not w[:1].isalpha():
                continue
            single = lab.startswith("B-") and (i + 1 == n or not s.labels[i + 1].startswith("I-"))
            for key in {w, stem(w)[1]}:
                seen[key] += 1
                alone[key] += single
    words = sorted(w for w, c in seen.items() if c >= min_count and alone[w] <= max_name_share * c)
    COMMON_O_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    common_o_words.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--newsfane", default=str(SHARED / "data/ner/newsfane"))
    ap.add_argument("--wojood", action="append", default=None,
                    help="Wojood training file(s) (default: the shared Wojood sample's train.txt)")
    ap.add_argument("--no-wojood", action="store_true", help="train on NewsFANE only")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--weights", default=str(WEIGHTS_PATH), help="numpy export for the fast decoder")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--lists-only", action="store_true", help="write the word lists, do not train")
    ap.add_argument("--min-freq", type=float, default=1.0, help="drop rarer features")
    args = ap.parse_args()

    train, held = split_newsfane(read_newsfane(Path(args.newsfane) / "newsfane_train.txt"))
    wojood = [] if args.no_wojood else (args.wojood or [str(SHARED / "data/ner/wojood_sample/train.txt")])
    for w in wojood:
        train += read_wojood(w)
    write_vocab(train)
    write_common_o(train)
    if args.lists_only:
        return
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        x, y = sentence_xy(s)
        trainer.append(x, y)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.possible_transitions": True, "feature.minfreq": args.min_freq,
    })
    t0 = time.time()
    trainer.train(args.out)
    export_weights(args.out, args.weights)
    size = Path(args.out).stat().st_size
    print(f"trained on {len(train)} sentences (held out {len(held)}) in {time.time() - t0:.0f}s;"
          f" model {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
