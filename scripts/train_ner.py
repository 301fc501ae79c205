"""Train the NER CRF shipped in ``hadath/ner/data/ner.crfsuite``.

    python scripts/train_ner.py [--newsfane DIR] [--wojood FILE | --no-wojood] [--out PATH]
    python scripts/train_ner.py --cv 0 [--c1 X --c2 Y]    # score settings on a fold of the training part

Trains on NewsFANE minus its held-out part (every 5th block of 50 sentences, which
``hadath eval ner`` scores) plus the Wojood sample's train file (its val file stays out
for scoring). Also writes the word lists the features use (``hadath/ner/data/``):
``ner.vocab.txt`` (the ``rare`` feature), ``ner.common_o.txt``, ``ner.rarely_per.txt``, ``ner.clusters.tsv`` (word
clusters learned from unlabeled text: the training sentences and the GSR news sentences of
``../shared/data/events``) and ``ner.translit.tsv`` (letter n-grams of transliterated names,
from the geo gazetteer's place names against running text). The shared data is read from
``../shared`` and never copied; only the model and those derived lists are written.
Building the clusters needs scikit-learn (``pip install -e '.[build]'``).
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import time
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from hadath.eval.report import SHARED
from hadath.ner import features
from hadath.ner.corpus import Sentence, read_newsfane, read_wojood, spans_from_bio, split_newsfane
from hadath.ner.crf import MODEL_PATH, corpus_inputs_sport
from hadath.ner.decoder import WEIGHTS_PATH, export_weights
from hadath.ner.features import (
    CLUSTERS_PATH,
    COMMON_O_PATH,
    LEXWORDS_PATH,
    RARELY_PER_PATH,
    TRANSLIT_PATH,
    VOCAB_PATH,
    clusters,
    common_o_words,
    common_words,
    context_features,
    crf_lexicon,
    letter_grams,
    lexical_extras,
    rarely_person_words,
    sentence_features,
    stem,
    translit_bucket,
    translit_weights,
    word_class,
    word_features,
    write_crf_lexicon,
)
from hadath.text.normalize import normalize_key

SPORT_FEATURES = False  # the sports-context features (``--sport``; session 13's experiment, not shipped)
DROP_FEATURES: tuple[str, ...] = ()  # feature prefixes left out of training (``--drop``)


def sentence_xy(s: Sentence, lex_dropout: float = 0.0) -> tuple[list[list[str]], list[str]]:
    """Features and labels of a corpus sentence, computed as at run time.

    With ``lex_dropout`` (training only) each lexicon match is hidden from the ``lex=``
    features with that probability (a fixed draw per sentence and match), so that the CRF
    also learns the context of names the lexicons hold, for names they lack (an experiment:
    at 0.5 it did not help on the folds or on unseen text; model card, session 11)."""
    words, lex, sport = corpus_inputs_sport(s.tokens)
    if lex_dropout and any(lex):
        rng = random.Random(zlib.crc32(" ".join(words).encode()))
        hide = False
        for i, t in enumerate(lex):
            if t.startswith("B-"):
                hide = rng.random() < lex_dropout
            if t and hide:
                lex[i] = ""
    feats = sentence_features(words, lex, sport if SPORT_FEATURES else None)
    if DROP_FEATURES:
        feats = [[f for f in fs if not f.startswith(DROP_FEATURES)] for fs in feats]
    return feats, s.labels


def write_vocab(train: list[Sentence]) -> None:
    """The common-word list the ``rare`` feature uses: words seen twice or more in training."""
    counts = Counter(normalize_key(t) for s in train for t in s.tokens)
    words = sorted(w for w, c in counts.items() if c >= 2 and w[:1].isalpha())
    features.VOCAB_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    common_words.cache_clear()
    word_features.cache_clear()
    context_features.cache_clear()


def write_common_o(train: list[Sentence], min_count: int = 5, max_name_share: float = 0.02,
                   max_lead_share: float = 0.5) -> None:
    """Words that are almost never a name on their own: seen ``min_count`` times or more in
    training and a one-word entity in at most ``max_name_share`` of them («هجوم»، «جنوب»،
    «مستقرا»). The stage neither keeps a one-word CRF span nor propagates a one-word name
    made of such a word (keyed by normalised word and clitic-free stem). A word that starts
    a longer person's name in more than ``max_lead_share`` of its uses is a name the training
    text happens to give in full («صدام» of «صدام حسين», «عمرو» of «عمرو موسى»): it is not
    listed, or the person later named by it alone would be dropped; the inner words of
    names («الله» of «نصر الله») and the heads of organisations and places («جامعة»، «جبل»)
    stay listed. So is a word that ends a longer person's name in more than ``max_lead_share``
    of its uses («عرفات» of «ياسر عرفات», «لادن» of «بن لادن»): it is that person's surname,
    and a later «عرفات» alone is the person (the stage's coreference takes no listed word
    for a surname)."""
    seen: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    lead: Counter[str] = Counter()
    tail: Counter[str] = Counter()
    for s in train:
        n = len(s.labels)
        for i, (t, lab) in enumerate(zip(s.tokens, s.labels, strict=True)):
            w = normalize_key(t)
            if not w[:1].isalpha():
                continue
            longer = i + 1 < n and s.labels[i + 1].startswith("I-")
            single = lab.startswith("B-") and not longer
            for key in {w, stem(w)[1]}:
                seen[key] += 1
                alone[key] += single
                lead[key] += lab == "B-PER" and longer
                tail[key] += lab == "I-PER" and not longer
    words = sorted(w for w, c in seen.items()
                   if c >= min_count and alone[w] <= max_name_share * c and lead[w] <= max_lead_share * c
                   and tail[w] <= max_lead_share * c)
    features.COMMON_O_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    common_o_words.cache_clear()


def write_rarely_per(train: list[Sentence], min_count: int = 4, max_share: float = 0.1) -> None:
    """Words seen ``min_count`` times or more in training and inside a person's name in at
    most ``max_share`` of them («النصر» 1 time in 13, «بلنسية» 0 in 27), keyed by normalised
    word and clitic-free stem: the stage does not re-find such a word alone as the surname of
    an earlier person («عزيز النصر» ... «تحقيق النصر»). Names the text gives as persons
    («الاسد» 10 times in 10, «حسن» 25 in 27) stay out of the list."""
    seen: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for s in train:
        for t, lab in zip(s.tokens, s.labels, strict=True):
            w = normalize_key(t)
            if not w[:1].isalpha():
                continue
            for key in {w, stem(w)[1]}:
                seen[key] += 1
                person[key] += lab.endswith("-PER")
    words = sorted(w for w, c in seen.items() if c >= min_count and person[w] <= max_share * c)
    features.RARELY_PER_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    rarely_person_words.cache_clear()


def write_lexwords() -> None:
    """The live lexicons' CRF view (``ner.lexwords.tsv``), written with the model: the CRF
    reads its lexicon features from it, so later lexicon edits reach the stage at once and the
    CRF only when it is retrained (``hadath.ner.features.crf_lexicon``)."""
    write_crf_lexicon(features.LEXWORDS_PATH)
    for f in (crf_lexicon, word_class, word_features, context_features):
        f.cache_clear()


GSR = ("data/events/arabic_event_gsr/assault_dev.csv", "data/events/arabic_event_gsr/protest_dev.csv")


def unlabeled_text(train: list[Sentence]) -> list[list[str]]:
    """Normalised words of the unlabeled text the word lists learn from: the training
    sentences (never the held-out blocks or Wojood val) and the GSR news sentences."""
    from hadath.text.segment import tokens

    out = [[normalize_key(t) or t for t in s.tokens] for s in train]
    for rel in GSR:
        p = SHARED / rel
        if p.exists():
            with p.open(encoding="utf-8") as f:
                out += [[t.norm for t in tokens(r["text"])] for r in csv.DictReader(f)]
    return out


def _bare(word: str) -> str:
    st = stem(word)[1]
    return st[2:] if st.startswith("\u0627\u0644") else st


def write_clusters(text: Iterable[list[str]], fine: int = 256, coarse: int = 32, min_count: int = 3,
                   dim: int = 100) -> None:
    """Word clusters of the ``k1=``/``k2=`` features: stems seen ``min_count`` times or more,
    described by positive PMI with the 5,000 most frequent stems at -2..-1 and +1..+2,
    reduced to ``dim`` dimensions (SVD) and grouped by k-means into ``coarse`` and ``fine``
    clusters (fixed seed)."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.utils.extmath import randomized_svd

    seqs = [[stem(w)[1] if w[:1].isalpha() else "<num>" if w[:1].isdigit() else "<pu>" for w in s if w]
            for s in text]
    cnt = Counter(w for s in seqs for w in s)
    vocab = sorted(w for w, c in cnt.items() if c >= min_count and w not in ("<num>", "<pu>"))
    ctx = [w for w, _ in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))[:5000]]
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(ctx)}
    rows: list[int] = []
    cols: list[int] = []
    for s in seqs:
        for i, w in enumerate(s):
            r = vi.get(w)
            if r is None:
                continue
            for off in (-2, -1, 1, 2):
                j = i + off
                c = ci.get(s[j]) if 0 <= j < len(s) else None
                if c is not None:
                    rows.append(r)
                    cols.append(c + (0 if off < 0 else len(ctx)))
    m = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * len(ctx))).tocsr().tocoo()
    total = m.sum()
    row_sum = np.asarray(m.sum(1)).ravel()
    col_p = np.asarray(m.sum(0)).ravel() ** 0.75
    col_p = col_p / col_p.sum() * total
    pmi = np.log(m.data * total / (row_sum[m.row] * col_p[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, sv, _ = randomized_svd(ppmi, dim, random_state=0)
    x = u * np.sqrt(sv)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    k_fine = KMeans(fine, n_init=1, random_state=0).fit_predict(x)
    k_coarse = KMeans(coarse, n_init=1, random_state=0).fit_predict(x)
    lines = ["# Word clusters for the NER CRF, learned by scripts/train_ner.py from unlabeled text",
             "# (NewsFANE training sentences, CC BY-SA 3.0; Wojood sample train, MIT; GSR dev, MIT).",
             "# Derived data, licensed CC BY-SA 3.0.", "stem\tcoarse\tfine"]
    lines += [f"{w}\t{k_coarse[i]}\t{k_fine[i]}" for i, w in enumerate(vocab)]
    CLUSTERS_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clusters.cache_clear()


def write_translit(text: Iterable[list[str]], min_seen: int = 5) -> None:
    """Letter n-gram log-odds of the ``fx=`` feature: one-word place names of the geo
    gazetteer (GeoNames, mostly transliterated) that the text uses less than twice, against
    the bare stems the text uses three times or more (ordinary words); naive Bayes over the
    n-grams present in a word, kept when seen ``min_seen`` times."""
    from hadath.geo.gazetteer import load_gazetteer

    cnt = Counter(_bare(w) for s in text for w in s if w[:1].isalpha())
    neg = [w for w, c in cnt.items() if c >= 3 and len(w) > 2]
    pos = [w for w in load_gazetteer().names if " " not in w and cnt.get(w, 0) < 2 and len(w) > 2]
    pg: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    for w in pos:
        pg.update(set(letter_grams(w)))
    for w in neg:
        ng.update(set(letter_grams(w)))
    lines = ["# Letter n-gram log-odds of a transliterated name (geo gazetteer place names, GeoNames",
             "# CC BY 4.0) against ordinary words (training text, CC BY-SA 3.0), written by",
             "# scripts/train_ner.py. Derived data, licensed CC BY-SA 3.0.", "gram\tweight"]
    for g in sorted(set(pg) | set(ng)):
        if pg[g] + ng[g] >= min_seen:
            v = math.log((pg[g] + 0.5) / (len(pos) + 1)) - math.log((ng[g] + 0.5) / (len(neg) + 1))
            lines.append(f"{g}\t{v:.2f}")
    TRANSLIT_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    translit_weights.cache_clear()
    translit_bucket.cache_clear()
    lexical_extras.cache_clear()


# Heads Wojood puts inside a name and NewsFANE leaves out (NewsFANE training part, the head
# right before a name / as its first word: «مدينة» 46/8, «منطقة» 26/3, «صحيفة» 20/3, «إقليم»
# 16/4, «بلدة» 10/1, «ولاية» 8/0; «جريدة», 125 times first in Wojood train, is «صحيفة»'s synonym).
# Mixed ones stay as each corpus has them («شركة» 21/12, «قرية» 5/4).
WOJOOD_HEADS = frozenset({"\u0645\u062f\u064a\u0646\u0647", "\u0645\u0646\u0637\u0642\u0647",
                          "\u0635\u062d\u064a\u0641\u0647", "\u062c\u0631\u064a\u062f\u0647",
                          "\u0627\u0642\u0644\u064a\u0645", "\u0628\u0644\u062f\u0647",
                          "\u0648\u0644\u0627\u064a\u0647"})


_HEAD_CLITICS = ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644", "\u0641\u0628")


def _head_word(token: str) -> bool:
    """A word of ``WOJOOD_HEADS``, bare or after «و/ف/ب/ل/ك» («بمدينة»، «وجريدة»)."""
    w = normalize_key(token)
    return any(w.startswith(p) and w[len(p):] in WOJOOD_HEADS for p in _HEAD_CLITICS)


def harmonise_heads(sents: list[Sentence]) -> list[Sentence]:
    """Wojood's names with NewsFANE's convention for the heads of ``WOJOOD_HEADS``: «مدينة
    نابلس» -> «نابلس», «جريدة القدس» -> «القدس» (the head becomes O), so the joint model does not
    learn both conventions for one head (an experiment: the model then misses Wojood's own
    spans; model card, session 11)."""
    out = []
    for s in sents:
        labels = list(s.labels)
        for a, b, _ in s.entities():
            if b - a > 1 and _head_word(s.tokens[a]):
                labels[a], labels[a + 1] = "O", "B-" + labels[a + 1][2:]
        out.append(Sentence(s.tokens, labels))
    return out


CV_FOLDS = 4
CV_GAP = 1  # blocks of 50 sentences dropped from training on each side of a contiguous fold


def _fold_line(fold: int, name: str, mode: str, tp: Counter[str], fp: Counter[str], fn: Counter[str]) -> str:
    """One fold's score line (micro P/R/F1, per type F1, then the counts): the shape
    ``--cv`` and ``--two-pass`` print and the model card's tables are read from."""
    from hadath.eval.ner import TYPES
    from hadath.eval.report import prf

    per = " ".join(f"{t} {prf(tp[t], fp[t], fn[t])[2]:.3f}" for t in TYPES)
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return (f"fold {fold} {name} {mode}: P {p:.4f} R {r:.4f} F1 {f:.4f} ({per})"
            f" tp {sum(tp.values())} fp {sum(fp.values())} fn {sum(fn.values())}"
            + "".join(f" {t} {tp[t]} {fp[t]} {fn[t]}" for t in TYPES))


def _fold(sents: list[Sentence], k: int, n: int, interleaved: bool = False) -> tuple[list[Sentence], list[Sentence]]:
    """Fold ``k`` of ``n`` and the sentences to train on, by blocks of 50 consecutive sentences.

    By default the fold is the ``k``-th of ``n`` contiguous runs of blocks, and the
    ``CV_GAP`` blocks on each side of it are left out of training too: an article cut by a
    block boundary then never has sentences on both sides. With every ``n``-th block as the
    fold (``interleaved``, the scheme of sessions 1-10) each fold block sat next to training
    blocks of the same articles: 0.50 of the NewsFANE folds' entities were a name and type
    of their training sentences (0.35-0.44 a fold with its neighbouring blocks taken out),
    0.45 of the contiguous folds'; the whole stage scored 0.8034 pooled on the interleaved
    folds and 0.7936 on the contiguous ones (model card, session 11).
    """
    if interleaved:
        dev = [s for i, s in enumerate(sents) if (i // 50) % n == k]
        rest = [s for i, s in enumerate(sents) if (i // 50) % n != k]
        return rest, dev
    blocks = -(-len(sents) // 50)
    lo, hi = k * blocks // n, (k + 1) * blocks // n
    dev = [s for i, s in enumerate(sents) if lo <= i // 50 < hi]
    rest = [s for i, s in enumerate(sents) if not lo - CV_GAP <= i // 50 < hi + CV_GAP]
    return rest, dev


def cross_validate(nf: list[Sentence], woj: list[Sentence], args: argparse.Namespace) -> None:
    """Train on the training part minus fold ``args.cv``, print the CRF's F1 on the fold.

    The word lists (``rare``, common words) are rebuilt from the fold's training sentences
    only, as a shipped build would, in a temporary directory (the features read them from
    there meanwhile); the model goes there too: nothing shipped changes, and several folds
    can run at once.
    """
    import tempfile

    nf_tr, nf_dev = _fold(nf, args.cv, CV_FOLDS, args.interleaved)
    wj_tr, wj_dev = _fold(woj, args.cv, CV_FOLDS if not args.interleaved else 5, args.interleaved)
    train = nf_tr + (harmonise_heads(wj_tr) if args.harmonise else wj_tr)
    shipped = features.VOCAB_PATH, features.COMMON_O_PATH, features.LEXWORDS_PATH, features.RARELY_PER_PATH
    try:
        with tempfile.TemporaryDirectory() as tmp:
            features.VOCAB_PATH, features.COMMON_O_PATH = Path(tmp) / VOCAB_PATH.name, Path(tmp) / COMMON_O_PATH.name
            features.LEXWORDS_PATH = Path(tmp) / LEXWORDS_PATH.name
            features.RARELY_PER_PATH = Path(tmp) / RARELY_PER_PATH.name
            write_vocab(train)
            write_common_o(train)
            write_rarely_per(train)
            write_lexwords()
            _cv_score(train, nf_dev, wj_dev, args)
    finally:
        features.VOCAB_PATH, features.COMMON_O_PATH, features.LEXWORDS_PATH, features.RARELY_PER_PATH = shipped
        crf_lexicon.cache_clear()
        rarely_person_words.cache_clear()
        word_class.cache_clear()
        common_words.cache_clear()
        common_o_words.cache_clear()
        word_features.cache_clear()
        context_features.cache_clear()


def _params(args: argparse.Namespace) -> dict[str, object]:
    """The trainer's parameters: c1 (L1) only for L-BFGS, c2 (L2) for L-BFGS and l2sgd; the
    perceptron kinds ('ap', 'pa') take neither, only the number of passes."""
    params: dict[str, object] = {"max_iterations": args.iterations,
                                 "feature.possible_transitions": not args.no_transitions,
                                 "feature.minfreq": args.min_freq}
    if args.algorithm == "lbfgs":
        params["c1"] = args.c1
    if args.algorithm in ("lbfgs", "l2sgd"):
        params["c2"] = args.c2
    return params


def _cv_score(train: list[Sentence], nf_dev: list[Sentence], wj_dev: list[Sentence],
              args: argparse.Namespace) -> None:
    import tempfile

    from hadath.ner.corpus import score_type, spans_from_bio

    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    for s in train:
        trainer.append(*sentence_xy(s, args.lex_dropout))
    trainer.set_params(_params(args))
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "cv.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        for name, dev in (("NewsFANE", nf_dev), ("Wojood", wj_dev)):
            tp = fp = fn = 0
            for s in dev:
                x, _ = sentence_xy(s)
                pred = {(a, b, t) for a, b, ty in spans_from_bio(tagger.tag(x)) if (t := score_type(ty))}
                gold = {(a, b, t) for a, b, ty in s.entities() if (t := score_type(ty))}
                if args.errors and pred != gold:
                    with open(args.errors, "a", encoding="utf-8") as f:
                        f.write(f"{name}\t{' '.join(s.tokens)}\t{sorted(gold - pred)}\t{sorted(pred - gold)}\n")
                tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            print(f"fold {args.cv} {name}: {len(dev)} sentences, CRF alone P {p:.3f} R {r:.3f}"
                  f" F1 {2 * p * r / max(p + r, 1e-9):.3f} (c1 {args.c1}, c2 {args.c2})")
        if args.stage:
            _cv_stage(path, str(Path(tmp) / "cv.weights.bin"), nf_dev, wj_dev, args.cv)
        if args.two_pass:
            _two_pass(train, nf_dev, wj_dev, path, args, tmp)
        if args.keep:  # the fold's model and word lists, to study the stage on the fold
            keep = Path(args.keep)
            keep.mkdir(parents=True, exist_ok=True)
            export_weights(path, keep / WEIGHTS_PATH.name)
            for p in (Path(path), features.VOCAB_PATH, features.COMMON_O_PATH, features.LEXWORDS_PATH,
                      features.RARELY_PER_PATH):
                (keep / (MODEL_PATH.name if p.suffix == ".crfsuite" else p.name)).write_bytes(p.read_bytes())


def _cv_stage(model: str, weights: str, nf_dev: list[Sentence], wj_dev: list[Sentence], fold: int) -> None:
    """Score the whole NER stage (lexicons, rules, coreference) on the fold with the fold's
    model, as ``hadath eval ner`` scores the shipped one on the held-out blocks."""
    from hadath.eval.ner import score
    from hadath.ner import decoder as dec

    export_weights(model, weights)
    shipped = dec.WEIGHTS_PATH
    dec.WEIGHTS_PATH = Path(weights)
    dec.decoder.cache_clear()
    try:
        for name, dev in (("NewsFANE", nf_dev), ("Wojood", wj_dev)):
            for mode in ("crf", "stage"):
                print(_fold_line(fold, name, mode, *score(dev, mode)))
    finally:
        dec.WEIGHTS_PATH = shipped
        dec.decoder.cache_clear()


# The two-pass experiment of session 20 (``--cv K --two-pass J``; model card, session 20): not shipped.


def _doc_key(word: str) -> str:
    """The form a word is counted under across a document: its clitic-free stem, so «والعراق»
    and «العراق» are one form (a clitic before a word without «ال» stays: «وبلنسية»); "" for a word that is no candidate (digits, punctuation, one letter)."""
    st = stem(word)[1]
    return st if len(st) > 1 and st[:1].isalpha() else ""


def doc_features(words: list[list[str]], labels: list[list[str]]) -> list[list[list[str]]]:
    """What a first pass said about each token's form elsewhere in the same document.

    ``words`` are the document's sentences of normalised words, ``labels`` the first pass's
    BIO labels of them. Per token whose form (:func:`_doc_key`) occurs elsewhere in the
    document: ``dO`` when every other occurrence was outside a name, ``dA=T`` when every other
    one was inside one (``T`` the majority type), ``dS=T`` when some were; ``dL=T`` when one of
    them was inside a name of two words or more (the type of such names). The token's own
    label is never read: a second CRF trained on cross-validated first-pass labels learns how
    far to trust what the document says elsewhere («بلنسية» tagged in one sentence and missed
    in the next)."""
    occ: dict[str, list[tuple[int, int, str, str]]] = {}
    for si, (ws, labs) in enumerate(zip(words, labels, strict=True)):
        long_type = [""] * len(ws)
        for a, b, t in spans_from_bio(labs):
            if b - a > 1:
                for k in range(a, b):
                    long_type[k] = t
        for k, w in enumerate(ws):
            key = _doc_key(w)
            if key:
                lab = labs[k]
                occ.setdefault(key, []).append((si, k, "O" if lab == "O" else lab[2:], long_type[k]))
    out: list[list[list[str]]] = [[[] for _ in ws] for ws in words]
    for rows in occ.values():
        if len(rows) < 2:
            continue
        types = Counter(t for _, _, t, _ in rows)
        longs = Counter(t for _, _, _, t in rows if t)
        for si, k, t, lt in rows:
            others = types.copy()
            others[t] -= 1
            n = sum(others.values())
            named = n - others["O"]
            f = out[si][k]
            if named == 0:
                f.append("dO")
            else:
                top = max((x for x in others if x != "O" and others[x] > 0), key=lambda x: (others[x], x))
                f.append(("dA=" if named == n else "dS=") + top)
            lo = longs.copy()
            if lt:
                lo[lt] -= 1
            if lo and (lt_top := max((x for x in lo if lo[x] > 0), key=lambda x: (lo[x], x), default="")):
                f.append("dL=" + lt_top)
    return out


def _docs(sents: list[Sentence]) -> list[list[Sentence]]:
    """Consecutive runs of 50 sentences: the documents, as ``hadath eval ner`` runs them."""
    return [sents[i:i + 50] for i in range(0, len(sents), 50)]


def _train_tag(train: list[Sentence], args: argparse.Namespace, path: str,
               extra: list[list[list[str]]] | None = None) -> None:
    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    for i, s in enumerate(train):
        x, y = sentence_xy(s, args.lex_dropout)
        if extra is not None:
            x = [f + e for f, e in zip(x, extra[i], strict=True)]
        trainer.append(x, y)
    trainer.set_params(_params(args))
    trainer.train(path)


def _first_pass(tagger: pycrfsuite.Tagger, sents: list[Sentence]) -> list[list[list[str]]]:
    """Document features of ``sents`` from ``tagger``'s labels, document by document."""
    out: list[list[list[str]]] = []
    for doc in _docs(sents):
        xs = [sentence_xy(s)[0] for s in doc]
        labs = [tagger.tag(x) for x in xs]
        out += doc_features([corpus_inputs_sport(s.tokens)[0] for s in doc], labs)
    return out


def _two_pass(train: list[Sentence], nf_dev: list[Sentence], wj_dev: list[Sentence], first: str,
              args: argparse.Namespace, tmp: str) -> None:
    """Train a second CRF with :func:`doc_features` of jack-knifed first-pass labels of the
    training sentences (``args.two_pass`` parts of whole documents, each tagged by a model
    trained on the others), score it on the fold with the features of ``first``'s labels
    (the fold's ordinary model), CRF alone and the whole stage."""
    from hadath.ner.corpus import score_type

    docs = _docs(train)
    j = args.two_pass
    merged: dict[int, list[list[str]]] = {}  # id of a training sentence -> its features
    for part in range(j):
        held = [s for i, d in enumerate(docs) if i % j == part for s in d]
        rest = [s for i, d in enumerate(docs) if i % j != part for s in d]
        p = str(Path(tmp) / f"jk{part}.crfsuite")
        _train_tag(rest, args, p)
        t = pycrfsuite.Tagger()
        t.open(p)
        merged.update(zip(map(id, held), _first_pass(t, held), strict=True))
    second = str(Path(tmp) / "second.crfsuite")
    _train_tag(train, args, second, [merged[id(s)] for s in train])
    t1 = pycrfsuite.Tagger()
    t1.open(first)
    t2 = pycrfsuite.Tagger()
    t2.open(second)
    for name, dev in (("NewsFANE", nf_dev), ("Wojood", wj_dev)):
        feats = _first_pass(t1, dev)
        tp = fp = fn = 0
        for s, e in zip(dev, feats, strict=True):
            x, _ = sentence_xy(s)
            x = [f + g for f, g in zip(x, e, strict=True)]
            pred = {(a, b, t) for a, b, ty in spans_from_bio(t2.tag(x)) if (t := score_type(ty))}
            gold = {(a, b, t) for a, b, ty in s.entities() if (t := score_type(ty))}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"fold {args.cv} {name}: two-pass CRF alone P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    if args.stage:
        _cv_stage_two_pass(first, second, str(Path(tmp) / "cv.weights.bin"), nf_dev, wj_dev, args.cv)
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        Path(args.keep, "second.crfsuite").write_bytes(Path(second).read_bytes())


class _TwoPassDecoder:
    """The fold's decoder with a second pass (python-crfsuite) over its labels, for the stage."""

    def __init__(self, dec: object, second: pycrfsuite.Tagger) -> None:
        self._dec = dec
        self._second = second
        self._words: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._dec, name)

    def word_ids(self, words: list[str]) -> object:
        self._words = list(words)
        return self._dec.word_ids(words)  # type: ignore[attr-defined]

    def tag_flat(self, ids: object, bounds: list[tuple[int, int]], lex: list[tuple[int, str]]) -> list[str]:
        labs = self._dec.tag_flat(ids, bounds, lex)  # type: ignore[attr-defined]
        tags = [""] * len(self._words)
        for k, t in lex:
            tags[k] = t
        keep = [(a, b) for a, b in bounds if b > a]
        words = [self._words[a:b] for a, b in keep]
        firsts, pos = [], 0
        for a, b in keep:
            firsts.append(labs[pos:pos + b - a])
            pos += b - a
        extra = doc_features(words, firsts)
        out: list[str] = []
        for (a, b), ws, e in zip(keep, words, extra, strict=True):
            x = sentence_features(ws, tags[a:b])
            out += self._second.tag([f + g for f, g in zip(x, e, strict=True)])
        return out


def _cv_stage_two_pass(first: str, second: str, weights: str, nf_dev: list[Sentence], wj_dev: list[Sentence],
                       fold: int) -> None:
    """The whole stage on the fold with the two-pass tagger."""
    from hadath.eval.ner import score
    from hadath.ner import decoder as dec
    from hadath.ner import stage

    export_weights(first, weights)
    shipped, shipped_dec = dec.WEIGHTS_PATH, stage.decoder
    dec.WEIGHTS_PATH = Path(weights)
    dec.decoder.cache_clear()
    t2 = pycrfsuite.Tagger()
    t2.open(second)
    wrapped = _TwoPassDecoder(dec.decoder(), t2)
    stage.decoder = lambda: wrapped  # type: ignore[assignment]
    try:
        for name, dev in (("NewsFANE", nf_dev), ("Wojood", wj_dev)):
            print(_fold_line(fold, name, "stage2", *score(dev, "stage")))
    finally:
        stage.decoder = shipped_dec
        dec.WEIGHTS_PATH = shipped
        dec.decoder.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--newsfane", default=str(SHARED / "data/ner/newsfane"))
    ap.add_argument("--wojood", action="append", default=None,
                    help="Wojood training file(s) (default: the shared Wojood sample's train.txt)")
    ap.add_argument("--no-wojood", action="store_true", help="train on NewsFANE only")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--weights", default=str(WEIGHTS_PATH), help="numpy export for the fast decoder")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "l2sgd", "ap", "pa", "arow"),
                    help="python-crfsuite's training algorithm")
    ap.add_argument("--drop", default="",
                    help="comma-separated feature prefixes left out of training (the run-time features "
                         "keep them; a feature the model lacks weighs nothing), e.g. --drop=w=,-1w=,+1w= "
                         "(with '=', since a prefix may start with '-')")
    ap.add_argument("--errors", help="with --cv: append the fold's wrong sentences to this file")
    ap.add_argument("--stage", action="store_true", help="with --cv: also score the whole NER stage on the fold")
    ap.add_argument("--keep", help="with --cv: keep the fold's model, weights and word lists in this directory")
    ap.add_argument("--lists-only", action="store_true", help="write the word lists, do not train")
    ap.add_argument("--min-freq", type=float, default=1.0, help="drop rarer features")
    ap.add_argument("--keep-lists", action="store_true",
                    help="do not rebuild ner.clusters.tsv and ner.translit.tsv (slow)")
    ap.add_argument("--cv", type=int, choices=range(CV_FOLDS), default=None,
                    help="tune, do not ship: train on the training part minus this fold (a quarter of "
                         "the NewsFANE training part and of Wojood train, contiguous, with one block of "
                         "50 sentences left out on each side) and score the CRF alone on the fold; the "
                         "held-out blocks stay unseen")
    ap.add_argument("--harmonise", action="store_true",
                    help="train on Wojood with NewsFANE's convention for the heads of WOJOOD_HEADS")
    ap.add_argument("--lex-dropout", type=float, default=0.0,
                    help="hide each lexicon match from the lex= features of a training sentence with this probability")
    ap.add_argument("--no-transitions", action="store_true",
                    help="feature.possible_transitions off (only label pairs seen in training)")
    ap.add_argument("--two-pass", type=int, default=0, metavar="J",
                    help="with --cv: also train and score a second CRF with document-consistency features "
                         "of the first pass's labels (jack-knifed in J parts of the training documents)")
    ap.add_argument("--interleaved", action="store_true",
                    help="with --cv: the old folds (every 4th block of 50 NewsFANE training sentences, "
                         "every 5th of Wojood train), whose blocks share articles with training blocks")
    ap.add_argument("--sport", action="store_true",
                    help="with the sports-context features (hadath.ner.crf.sports_tags; an experiment of session 13, "
                         "not shipped: the stage does not give them at run time)")
    args = ap.parse_args()
    global SPORT_FEATURES, DROP_FEATURES
    SPORT_FEATURES = args.sport
    DROP_FEATURES = tuple(p for p in args.drop.split(",") if p)

    train, held = split_newsfane(read_newsfane(Path(args.newsfane) / "newsfane_train.txt"))
    wojood = [] if args.no_wojood else (args.wojood or [str(SHARED / "data/ner/wojood_sample/train.txt")])
    woj = [s for w in wojood for s in read_wojood(w)]
    if not args.keep_lists:
        text = unlabeled_text(train + woj)
        write_clusters(text)
        write_translit(text)
        word_features.cache_clear()
        context_features.cache_clear()
    if args.cv is not None:
        cross_validate(train, woj, args)
        return
    train += harmonise_heads(woj) if args.harmonise else woj
    write_vocab(train)
    write_common_o(train)
    write_rarely_per(train)
    if args.lists_only:
        return
    write_lexwords()
    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    for s in train:
        trainer.append(*sentence_xy(s, args.lex_dropout))
    trainer.set_params(_params(args))
    t0 = time.time()
    trainer.train(args.out)
    export_weights(args.out, args.weights)
    size = Path(args.out).stat().st_size
    print(f"trained on {len(train)} sentences (held out {len(held)}) in {time.time() - t0:.0f}s;"
          f" model {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
