"""Fast exact Viterbi decoding of the shipped CRF with numpy.

python-crfsuite spends most of its time converting Python feature strings for every token
of every sentence (about 20 microseconds a token). The CRF's score of a label at a token is
a sum of weights of that token's features, and almost all of them depend on a single word
at a fixed offset; so each word's score vector for each offset is computed once per
process and a document's emission matrix is a handful of numpy fancy-index additions.

Decoding is exact Viterbi, batched over the sentences of a document (one numpy step per
position for all of them). ``tests/ner/test_crf.py`` checks that the labels equal
python-crfsuite's.

The weights are exported from ``ner.crfsuite`` by ``scripts/train_ner.py`` into
``ner.weights.bin`` (a numpy ``.npz`` archive).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from types import ModuleType
from typing import Final

import numpy as np

from hadath.errors import ConfigError
from hadath.ner.features import (
    _AL,
    _CLITIC_LETTERS,
    _DIGIT,
    _LATIN,
    clusters,
    common_words,
    crf_lexicon,
    gazetteer_words,
    is_latin,
    stem,
    translit_bucket,
    translit_weights,
    word_class,
)
from hadath.ner.lexicons import DATA

WEIGHTS_PATH: Final = DATA / "ner.weights.bin"
_OFFSETS: Final = (-2, -1, 1, 2)
# Word rows kept before the tables are dropped and refilled: 5 tables x labels x 8 bytes is
# ~600 bytes a word, so 131,072 rows (a power of two: the tables grow by doubling) hold ~79 MB
# per process; 500,000 grew them to 524,288 rows, ~315 MB in each batch worker. A refill
# costs only the first-pass feature work for the words seen next; outputs do not change.
MAX_WORDS = 131_072  # not Final: tests set it (a Final name is a C static in the compiled build)
# Tokens decoded with numpy before the compiled loops of :mod:`hadath.ner.kernels` are
# loaded. Loading them (importing numba, reading its on-disk cache) costs ~0.65 s of CPU
# once per process and saves ~2 us a token (~1.5 ms a 700-word article): a process that
# tags a few articles (``hadath extract`` on one file) never pays it; a batch pays it
# after ~300 articles, once its numpy decoding has cost about as much (the ski-rental
# rule: never more than twice the better of the two choices made in hindsight).
# :meth:`Decoder.use_kernels` loads them at once (benchmarks, long-running services).
KERNEL_AFTER_TOKENS = 250_000  # not Final: tests set it
_FIRST: Final = itemgetter(0)
_SECOND: Final = itemgetter(1)
_NO_POS: Final = np.zeros(0, dtype=np.intp)  # no lexicon token: the compiled decoder adds nothing
_NO_TAG_ROWS: Final = np.zeros((0, 6), dtype=np.intp)
_LEX_TO: Final = np.array([0, 1, -1], dtype=np.intp)  # a lexicon tag's rows go to its token, the next, the previous


def export_weights(crfsuite_path: str | Path, out: str | Path = WEIGHTS_PATH) -> None:
    """Write the state and transition weights of a crfsuite model as a numpy archive."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(crfsuite_path))
    info = t.info()
    labels = sorted(info.labels, key=lambda k: info.labels[k])
    lid = {lab: i for i, lab in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    aid = {a: i for i, a in enumerate(attrs)}
    w = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (a, lab), v in info.state_features.items():
        w[aid[a], lid[lab]] = v
    tr = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), v in info.transitions.items():
        tr[lid[a], lid[b]] = v
    with open(out, "wb") as f:
        np.savez_compressed(f, attrs=np.array(attrs), labels=np.array(labels), state=w, trans=tr)


@lru_cache(maxsize=1)
def _gram_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, int] | None:
    """The letter-gram weights of :func:`~hadath.ner.features.translit_weights` as numpy look-up
    tables: a code point -> letter-index table (0: a letter no gram has) and the weight of
    every bigram and trigram of letter indexes; None if the alphabet is too big for that."""
    weights = translit_weights()
    alphabet = sorted({ch for gram in weights for ch in gram})
    size = len(alphabet) + 1
    if size > 80 or any(ord(ch) > 0xFFFF for ch in alphabet):
        return None
    lut = np.zeros(0x10000, dtype=np.intp)
    for i, ch in enumerate(alphabet, start=1):
        lut[ord(ch)] = i
    w2 = np.zeros(size * size)
    w3 = np.zeros(size * size * size)
    for gram, v in weights.items():
        ids = [int(lut[ord(ch)]) for ch in gram]
        if len(ids) == 2:
            w2[ids[0] * size + ids[1]] = v
        elif len(ids) == 3:
            w3[(ids[0] * size + ids[1]) * size + ids[2]] = v
    return lut, w2, w3, size


def translit_buckets(bares: Sequence[str]) -> np.ndarray:
    """:func:`~hadath.ner.features.translit_bucket` of many bare stems at once, as ints.

    The same float sums in the same order (each word's bigram weights then its trigram
    weights, added one by one), so the buckets are equal, at a small part of the per-word
    cost: the grams are integer codes and their weights one numpy gather.
    """
    tables = _gram_tables()
    marked = "".join("<" + b + ">" for b in bares)
    points = np.frombuffer(marked.encode("utf-32-le"), dtype=np.uint32)
    if tables is None or not bares or points.max() > 0xFFFF:
        return np.array([int(translit_bucket(b)) for b in bares], dtype=np.intp)
    lut, w2, w3, size = tables
    codes = lut[points]
    m = np.fromiter(map(len, bares), dtype=np.intp, count=len(bares)) + 2  # marked lengths
    offs = np.cumsum(m) - m
    pair = codes[:-1] * size + codes[1:]
    tri = np.zeros(len(codes), dtype=np.intp)
    tri[:-2] = pair[:-1] * size + codes[2:]
    n_grams = 2 * m - 3  # m - 1 bigrams, m - 2 trigrams
    # row r of ``grams`` holds every word's r-th gram weight (zero past its last gram): the
    # gram starting at letter j of word i is its bigram j and its trigram m_i - 1 + j
    word = np.repeat(np.arange(len(bares)), m)
    j = np.arange(len(codes)) - offs[word]
    grams = np.zeros((int(n_grams.max()), len(bares)))
    two = j < m[word] - 1
    grams[j[two], word[two]] = w2[pair[two[:-1]]]
    three = j < m[word] - 2
    grams[(m[word] - 1 + j)[three], word[three]] = w3[tri[three]]
    total = grams[0].copy()
    for row in grams[1:]:
        total += row  # one at a time, as Python's sum() adds them
    v = total / n_grams
    return np.clip(np.floor_divide(v * 2, 1), -3, 3).astype(np.intp)


class Decoder:
    """Emission tables cached per word, exact batched Viterbi."""

    def __init__(self, path: str | Path = WEIGHTS_PATH) -> None:
        p = Path(path)
        if not p.exists():
            raise ConfigError(f"{p}: NER weights missing; rebuild with `python scripts/train_ner.py`")
        with np.load(p, allow_pickle=False) as z:
            attrs = [str(a) for a in z["attrs"]]
            self.labels: list[str] = [str(x) for x in z["labels"]]
            self.state = z["state"].astype(np.float64)
            self.trans = z["trans"].astype(np.float64)
        self.index = {a: i for i, a in enumerate(attrs)}
        self._pair_of: np.ndarray | None = None  # the ``trans`` that ``_pair`` was made from
        self._pair = np.zeros((0, 2))
        n_lab = len(self.labels)
        self._zero = np.zeros(n_lab)
        self._bos = self._vec(("BOS",))
        self._eos = self._vec(("EOS",))
        # per-word rows: [own, -2, -1, +1, +2] tables, grown as new words arrive; row 0 is
        # all zeros and stands for "no neighbour there"
        self._ids: dict[str, int] = {}
        self._cap = 4096
        self._tabs = np.zeros((5, self._cap, n_lab))
        self._n = 1
        self.generation = 0  # bumped when the word tables are dropped (ids change meaning)
        self._lex_rows: dict[str, tuple[int, int, int]] = {}
        self._lex_rows6_of: dict[str, tuple[int, int, int, int, int, int]] = {}
        self._lex_tag_id: dict[str, int] = {}  # a tag's row in ``_lex_tag_table`` (see _lex_tag_rows)
        self._lex_tag_table = np.zeros((0, 6), dtype=np.intp)
        self._label_arr = np.array(self.labels, dtype=object)
        self._by_kind = _index_by_kind(attrs)
        self._decoded = 0  # tokens decoded so far (see KERNEL_AFTER_TOKENS)
        self._kernels: ModuleType | None = None

    def use_kernels(self) -> None:
        """Decode with the compiled loops of :mod:`hadath.ner.kernels` from now on (same
        labels as the numpy code; faster once loaded, ~0.65 s of CPU to load)."""
        if self._kernels is None:
            from hadath.ner import kernels

            self._kernels = kernels

    def load_kernels(self) -> None:
        """:meth:`use_kernels`, and their machine code loaded (or compiled) now by one call
        of each on a one-word sentence: a process about to fork workers does it once for
        all of them (``hadath.batch``). The word gets a table row, as it would when seen."""
        self.use_kernels()
        self.tag(["\u0642\u0627\u0644"], ["B-PER"])  # «قال»; the tag adds the lexicon features

    def _vec(self, feats: Sequence[str]) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        return self.state[rows].sum(axis=0) if rows else self._zero

    def _add_words(self, words: Sequence[str]) -> None:
        """Give new words a row in every table, all in one vectorised pass."""
        new = [w for w in dict.fromkeys(words) if w not in self._ids]
        if not new:
            return
        if self._n + len(new) > MAX_WORDS:  # bounded memory in a long-running process
            self._ids.clear()
            self._n = 1
            self._cap = 4096
            self._tabs = np.zeros((5, self._cap, len(self.labels)))
            self.generation += 1
            # every word of the call needs a row again, not only the ones new before the drop
            # (they were: the words already known then had no row after it, a KeyError)
            new = list(dict.fromkeys(words))
        while self._n + len(new) > self._cap:
            self._cap *= 2
        if self._tabs.shape[1] < self._cap:
            grown = np.zeros((5, self._cap, len(self.labels)))
            grown[:, : self._n] = self._tabs[:, : self._n]
            self._tabs = grown
        cap = self._cap
        first = self._n
        for k, w in enumerate(new):
            self._ids[w] = first + k
        self._n += len(new)
        # Arabic words (nearly all new words) go through the batch path; digits, punctuation
        # and Latin words through the per-word one
        arabic: list[int] = []
        other: list[int] = []
        for k, w in enumerate(new):
            (arabic if w[:1].isalpha() and not is_latin(w) else other).append(k)
        rows = [self._word_rows(new[k]) for k in other]
        counts = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
        total = int(counts.sum())
        flat_pairs = chain.from_iterable(chain.from_iterable(rows))
        tc = np.fromiter(flat_pairs, dtype=np.intp, count=2 * total).reshape(-1, 2)
        tabs, wrows = tc[:, 0], tc[:, 1]
        owners = np.repeat(np.array(other, dtype=np.intp), counts)
        flat = self._tabs.reshape(5 * cap, -1)
        if len(tabs):
            # one summed row per (table, word) of the other words (a word's features may fire
            # on the same table): sort the pairs by target row and add each run of weight rows
            # with reduceat, which adds a run in order, so a row's sum is the float _word_rows'
            # order gives
            target = tabs * cap + owners + first
            order = np.argsort(target, kind="stable")
            target = target[order]
            firsts = np.flatnonzero(np.concatenate(([True], target[1:] != target[:-1])))
            flat[target[firsts]] += np.add.reduceat(self.state[wrows[order]], firsts, axis=0)
        if arabic:
            # the Arabic words' pairs kind by kind: a kind's group holds at most one weight row
            # per table, so within one kind no two pairs share a target row and a plain indexed
            # add is exact; kind after kind, each row's features add up in _word_rows' order
            # (no sort and no reduceat: about a third fewer instructions for a batch)
            kinds = self._by_kind
            groups = self._arabic_groups([new[i] for i in arabic])
            gids = groups.ravel()
            glen = kinds.g_len[gids]
            n_pairs = int(glen.sum())
            at = np.repeat(kinds.g_ptr[gids] - (np.cumsum(glen) - glen), glen) + np.arange(n_pairs)
            word_of = np.tile(np.array(arabic, dtype=np.intp) + first, len(groups))
            target = kinds.g_tab[at] * cap + np.repeat(word_of, glen)
            kind_rows = kinds.g_row[at]
            ends = np.cumsum(glen.reshape(len(groups), -1).sum(axis=1)).tolist()
            state = self.state
            if self._kernels is not None:  # the same additions in the same order, one call
                self._kernels.add_rows(flat, state, target, kind_rows)
                return
            for lo, hi in zip([0, *ends], ends, strict=False):
                if hi > lo:
                    flat[target[lo:hi]] += state[kind_rows[lo:hi]]

    def _arabic_groups(self, words: Sequence[str]) -> np.ndarray:
        """Feature-group ids (``kinds x words``) of Arabic words, kind by kind in the order of
        :meth:`_word_rows` (which stays the reference, and serves digits, punctuation and
        Latin words); group 0 is empty (a feature the word does not fire or the model lacks).

        A new word's features cost ~20 us through _word_rows' per-word code; per kind over a
        whole batch (a list comprehension and a ``map`` of the kind's ``dict.get``) they cost
        a few, which is what an article of unseen words pays. A feature kind added to
        _word_rows must be added here too, at the same place in the order
        (``tests/ner/test_ner_crf.py`` checks that both paths give the same rows).
        """
        k = self._by_kind
        g = k.gid
        n = len(words)
        zeros = [0] * n

        def look(kind: str, values: Sequence[str]) -> list[int]:
            return list(map(g[kind].get, values, zeros))

        pairs = list(map(stem, words))
        pres = [p for p, _ in pairs]
        sts = [s for _, s in pairs]
        bares = [s[2:] if s.startswith(_AL) else s for s in sts]
        classes = list(map(word_class, words))
        kw = crf_lexicon()[1]
        common = common_words()
        one, part = gazetteer_words()
        cl_of = clusters().get
        cls = list(map(cl_of, sts))
        f = k.fgid
        gpre, gs1, gc, gk1, gk2 = g["pre"].get, g["s1"].get, g["c"].get, g["k1"].get, g["k2"].get
        none = g["k"].get("none", 0)
        length = [g["len"].get(str(x), 0) for x in range(9)]
        cols = [
            look("w", words),
            look("s", sts),
            look("x1", [b[-1:] for b in bares]),
            look("x2", [b[-2:] for b in bares]),
            look("x3", [b[-3:] for b in bares]),
            look("x4", [b[-4:] for b in bares]),
            look("p2", [b[:2] for b in bares]),
            look("p3", [b[:3] for b in bares]),
            [length[min(len(b), 8)] for b in bares],
            look("x2c", [s[-2:] for s in sts]),
            [gpre(p, 0) if p else 0 for p in pres],
            [f["al"] if s.startswith(_AL) else 0 for s in sts],
            [gs1(w[1:], 0) if len(w) > 3 and w[0] in _CLITIC_LETTERS and not p else 0
             for w, p in zip(words, pres, strict=True)],
            [gc(c, 0) if c else 0 for c in classes],
            [f["kw"] if s in kw or b in kw else 0 for s, b in zip(sts, bares, strict=True)],
            [f["short"] if len(b) <= 2 else 0 for b in bares],
            [0 if w in common else f["rare"] for w in words],
            k.fx_of[translit_buckets(bares) + 3].tolist(),
            [f["gz"] if s in one or b in one else f["gzw"] if s in part or b in part else 0
             for s, b in zip(sts, bares, strict=True)],
            [gk1(c[0], 0) if c else none for c in cls],
            [gk2(c[1], 0) if c else 0 for c in cls],
        ]
        return np.fromiter(chain.from_iterable(cols), dtype=np.intp, count=n * len(cols)).reshape(len(cols), n)

    def _word_rows(self, word: str) -> list[tuple[int, int]]:
        """(table, weight row) of every feature a word fires, on its own (table 0) and as the
        neighbour at each offset (tables 1-4): the features of
        :func:`hadath.ner.features.word_features` and :func:`~hadath.ner.features.context_features`,
        looked up by kind and value, with no feature strings built."""
        k = self._by_kind
        out: list[tuple[int, int]] = []
        add = out.extend
        if _DIGIT.match(word):
            add(k.f_num)
            return out
        if not word[:1].isalpha():
            add(k.pu(word, ()))
            return out
        common = word in common_words()
        if _LATIN.match(word):  # on its own only "lat" and "w="; as a neighbour as any word
            add(k.f_lat)
            add(k.w(word, ()))
            c = word_class(word)
            ctx = [*k.s(word, ()), *(k.c(c, ()) if c else ()), *k.x2c(word[-2:], ()),
                   *(() if common else k.f_rare)]
            add(x for x in ctx if x[0])
            return out
        pre, st = stem(word)
        bare = st[2:] if st.startswith(_AL) else st
        c = word_class(word)
        add(k.w(word, ()))
        add(k.s(st, ()))
        add(k.x1(bare[-1:], ()))
        add(k.x2(bare[-2:], ()))
        add(k.x3(bare[-3:], ()))
        add(k.x4(bare[-4:], ()))
        add(k.p2(bare[:2], ()))
        add(k.p3(bare[:3], ()))
        add(k.len(str(min(len(bare), 8)), ()))
        add(k.x2c(st[-2:], ()))
        if pre:
            add(k.pre(pre, ()))
        if st.startswith(_AL):
            add(k.f_al)
        if len(word) > 3 and word[0] in _CLITIC_LETTERS and not pre:
            add(k.s1(word[1:], ()))
        if c:
            add(k.c(c, ()))
        kw = crf_lexicon()[1]
        if st in kw or bare in kw:
            add(k.f_kw)
        if len(bare) <= 2:
            add(k.f_short)
        if not common:
            add(k.f_rare)
        add(k.fx(translit_bucket(bare), ()))  # own and ±1 neighbour tables
        one, part = gazetteer_words()
        if st in one or bare in one:
            add(k.f_gz)
        elif st in part or bare in part:
            add(k.f_gzw)
        cl = clusters().get(st)
        if cl:
            add(k.k1(cl[0], ()))
            add(k.k2(cl[1], ()))  # own and all four neighbour tables
        else:
            add(k.k("none", ()))
        return out

    def word_ids(self, words: Sequence[str]) -> np.ndarray:
        """Table row of every word (new words get rows); valid for this ``generation``."""
        try:
            # every word known (a warm process): one pass in C, no list and no scan for None
            return np.fromiter(map(self._ids.__getitem__, words), dtype=np.intp, count=len(words))
        except KeyError:
            self._add_words(words)
            return np.fromiter(map(self._ids.__getitem__, words), dtype=np.intp, count=len(words))

    def _lex_feature_rows(self, tagv: str) -> tuple[int, int, int]:
        """Weight rows of the lexicon-tag features a tag gives (the token itself, the next
        token, the previous token); -1 where the model has no such feature."""
        r = self._lex_rows.get(tagv)
        if r is None:
            g = self.index.get
            r = self._lex_rows[tagv] = (g("lex=" + tagv, -1), g("lex-1=" + tagv[2:], -1), g("lex+1=" + tagv, -1))
        return r

    def _lex_rows6(self, tagv: str) -> tuple[int, int, int, int, int, int]:
        """:meth:`_lex_feature_rows` of a tag, then of the tag read as a ``B-`` tag."""
        r = self._lex_rows6_of.get(tagv)
        if r is None:
            r = self._lex_rows6_of[tagv] = (*self._lex_feature_rows(tagv),
                                            *self._lex_feature_rows("B" + tagv[1:]))
        return r

    def _lex_tag_rows(self, lex: Sequence[tuple[int, str]]) -> tuple[np.ndarray, np.ndarray]:
        """The positions of ``lex`` (token, BIO tag) and the :meth:`_lex_rows6` of their tags
        (``len(lex) x 6``), for the compiled loops. The rows are one gather from a table of
        the tags seen so far (a few dozen: BIO x types): ``np.array`` of a list of tuples
        discovers the nesting and type of every item, ~0.4 us a token (~90 an article)."""
        n = len(lex)
        pos = np.fromiter(map(_FIRST, lex), dtype=np.intp, count=n)
        tag_id = self._lex_tag_id
        try:
            at = np.fromiter(map(tag_id.__getitem__, map(_SECOND, lex)), dtype=np.intp, count=n)
        except KeyError:
            for _, t in lex:
                if t not in tag_id:
                    tag_id[t] = len(tag_id)
            self._lex_tag_table = np.array([self._lex_rows6(t) for t in tag_id], dtype=np.intp).reshape(-1, 6)
            at = np.fromiter(map(tag_id.__getitem__, map(_SECOND, lex)), dtype=np.intp, count=n)
        return pos, self._lex_tag_table[at]

    def emissions(self, words: Sequence[str], lex: Sequence[str] | None = None) -> np.ndarray:
        """Label scores of every token of one sentence (n x labels)."""
        ids = self.word_ids(words)
        sparse = [(i, t) for i, t in enumerate(lex or ()) if t]
        return self._emissions(ids, np.array([len(words)], dtype=np.intp), sparse)

    def _emissions(self, ids: np.ndarray, lens: np.ndarray, lex: Sequence[tuple[int, str]]) -> np.ndarray:
        """Emissions of concatenated sentences (tokens x labels).

        ``ids`` are the word rows of the concatenated tokens, ``lens`` the sentence lengths,
        ``lex`` the (position, BIO tag) of the tokens a lexicon match covers. One gather of
        five table rows per token (its own word and the words at -2, -1, +1, +2, or the zero
        row past a sentence edge), summed: no per-token Python work (compiled loops of
        :mod:`hadath.ner.kernels` once loaded, numpy before).
        """
        if self._kernels is not None:
            e = self._kernels.emission_sums(self._tabs, ids, lens, self._bos, self._eos)
            if lex:
                pos, tag_rows = self._lex_tag_rows(lex)
                self._kernels.add_lexicon(e, self.state, lens, pos, tag_rows)
            return e
        return self._emissions_numpy(ids, lens, lex)

    def _emissions_numpy(self, ids: np.ndarray, lens: np.ndarray, lex: Sequence[tuple[int, str]]) -> np.ndarray:
        """:meth:`_emissions` with numpy only (before the kernels are loaded; their reference)."""
        n = len(ids)
        ends = np.cumsum(lens)
        sent_of = np.repeat(np.arange(len(lens)), lens)
        # the ids laid out with two zero ids around every sentence: neighbours are shifts
        at = np.arange(n) + 2 * sent_of + 2
        padded = np.zeros(n + 2 * len(lens) + 2, dtype=np.intp)
        padded[at] = ids
        cap = self._cap
        gather = np.empty((5, n), dtype=np.intp)
        gather[0] = ids
        # table k holds what a word adds at offset _OFFSETS[k - 1] of a token
        for k, off in enumerate(_OFFSETS, start=1):
            np.take(padded, at + off, out=gather[k])
            gather[k] += k * cap
        flat = self._tabs.reshape(5 * cap, -1)
        e = np.add.reduce(np.take(flat, gather.ravel(), axis=0).reshape(5, n, -1))
        e[ends - lens] += self._bos
        e[ends - 1] += self._eos
        if lex:
            self._add_lexicon_numpy(e, ends, lens, sent_of, lex)
        return e

    def _add_lexicon_numpy(self, e: np.ndarray, ends: np.ndarray, lens: np.ndarray, sent_of: np.ndarray,
                           lex: Sequence[tuple[int, str]]) -> None:
        """Add the lexicon-tag features of ``lex`` (token, BIO tag) to emissions, in place, as
        :func:`hadath.ner.kernels.add_lexicon` does: an ``I-`` tag on a sentence's first token
        is read as ``B-`` (a match across a sentence break starts afresh), nothing is added
        across a sentence edge, and each token's rows add up in the order of ``lex`` (for an
        entry: the token itself, the next token, the previous token).

        A few whole-array steps instead of a Python loop over the entries and ``np.add.at``
        (~160 us an article of ~90 lexicon tokens, pure Python, most of the emissions' cost):
        the additions are ranked by how many earlier ones go to the same token, and each rank
        is one plain indexed add (no token twice in a rank), rank after rank, so every token
        gets its rows in the same order, the same float sums.
        """
        pos, tag_rows = self._lex_tag_rows(lex)
        sent = sent_of[pos]
        lo = (ends - lens)[sent][:, None]
        hi = ends[sent][:, None]
        rows = np.where(pos[:, None] == lo, tag_rows[:, 3:], tag_rows[:, :3])
        to = pos[:, None] + _LEX_TO
        ok = (rows >= 0) & (to >= lo) & (to < hi)
        to = to[ok]  # entry-major, then self, next, previous: the order of the additions
        rows = rows[ok]
        m = len(to)
        if not m:
            return
        order = np.argsort(to, kind="stable")
        grouped = to[order]
        k = np.arange(m)
        firsts = np.maximum.accumulate(np.where(np.concatenate(([True], grouped[1:] != grouped[:-1])), k, 0))
        rank = np.empty(m, dtype=np.intp)
        rank[order] = k - firsts
        state = self.state
        for r in range(int(rank.max()) + 1):
            sel = rank == r
            e[to[sel]] += state[rows[sel]]

    def tag(self, words: Sequence[str], lex: Sequence[str] | None = None) -> list[str]:
        """Viterbi labels of one sentence."""
        return self.tag_many([(words, lex)])[0]

    def tag_many(self, sents: Sequence[tuple[Sequence[str], Sequence[str] | None]]) -> list[list[str]]:
        """Viterbi labels of many sentences (a document), decoded together."""
        words = [w for ws, _ in sents for w in ws]
        bounds = []
        lex: list[tuple[int, str]] = []
        base = 0
        for ws, lx in sents:
            bounds.append((base, base + len(ws)))
            if lx:
                lex += [(base + i, t) for i, t in enumerate(lx) if t]
            base += len(ws)
        return self.tag_doc(self.word_ids(words), bounds, lex)

    def tag_doc(self, ids: np.ndarray, bounds: Sequence[tuple[int, int]],
                lex: Sequence[tuple[int, str]]) -> list[list[str]]:
        """Viterbi labels of the sentences of a document, decoded together: :meth:`tag_flat`
        cut into one list a sentence."""
        flat = self.tag_flat(ids, bounds, lex)
        out: list[list[str]] = []
        a = 0
        for lo, hi in bounds:
            b = a + max(hi - lo, 0)
            out.append(flat[a:b])
            a = b
        return out

    def tag_flat(self, ids: np.ndarray, bounds: Sequence[tuple[int, int]],
                 lex: Sequence[tuple[int, str]]) -> list[str]:
        """Viterbi labels of the tokens of a document's sentences, decoded together, in one
        list (the sentences' labels one after the other: a caller that walks the labels once
        slices nothing).

        ``ids`` are :meth:`word_ids` of the document's tokens, ``bounds`` the token ranges
        of its sentences (in order, disjoint), ``lex`` the (token, BIO tag) of tokens a
        lexicon match covers. One numpy step per position advances every sentence at once,
        so an article costs about as many numpy calls as its longest sentence has tokens.
        """
        keep = [k for k, (a, b) in enumerate(bounds) if b > a]
        if not keep:
            return []
        lens = np.array([bounds[k][1] - bounds[k][0] for k in keep], dtype=np.intp)
        total = int(lens.sum())
        flex: Sequence[tuple[int, str]] = lex
        if total == len(ids):
            # the sentences (ordered, disjoint) hold every token: the decoded tokens are the
            # document's, in order, and a lexicon token's position is its own index
            tok_ids = ids
        else:
            firsts = np.array([bounds[k][0] for k in keep], dtype=np.intp)
            ends = np.cumsum(lens)
            sel = np.arange(total) + np.repeat(firsts - (ends - lens), lens)  # doc token of each
            tok_ids = np.take(ids, sel)
            flex = []
            if lex:
                # the lexicon tokens' positions among the decoded tokens (-1: in no sentence)
                where = np.full(len(ids), -1, dtype=np.intp)
                where[sel] = np.arange(len(sel))
                at = where[np.fromiter((i for i, _ in lex), dtype=np.intp, count=len(lex))].tolist()
                flex = [(k, t) for k, (_, t) in zip(at, lex, strict=True) if k >= 0]
        if self._kernels is None:
            self._decoded += total
            if self._decoded > KERNEL_AFTER_TOKENS:
                self.use_kernels()
        if self._kernels is not None:
            if flex:
                pos, tag_rows = self._lex_tag_rows(flex)
            else:
                pos, tag_rows = _NO_POS, _NO_TAG_ROWS
            best = self._kernels.decode(self._tabs, tok_ids, lens, self._bos, self._eos, self.state,
                                        pos, tag_rows, self.trans)
            labels: list[str] = self._label_arr[best].tolist()
            return labels
        return self._viterbi_names(self._emissions(tok_ids, lens, flex), lens)

    def _viterbi_flat(self, e: np.ndarray, lens: np.ndarray) -> list[list[str]]:
        """:meth:`_viterbi_names` cut into one list a sentence."""
        names = self._viterbi_names(e, lens)
        ends = np.cumsum(lens).tolist()
        return [names[a:b] for a, b in zip([0, *ends], ends, strict=False)]

    def _viterbi_names(self, e: np.ndarray, lens: np.ndarray) -> list[str]:
        """Exact Viterbi over many sentences at once, meeting in the middle; the labels of
        all their tokens, sentence after sentence.

        Numpy costs per step, so the batch takes as few steps as possible: every sentence is
        cut in two halves, the first decoded forwards and the second backwards (a forward
        pass over the reversed half with transposed transitions), all halves in one batch;
        the best pair of labels across the cut joins them. Halves are sorted by decreasing
        length, so those still running at step ``t`` are a prefix of the batch and finished
        ones cost nothing more. An article takes half as many steps as its longest sentence
        has tokens (measured ~30% less time than decoding whole sentences).

        The forward pass keeps only the best scores (a max over the previous label, laid out
        ``[previous, label, row]`` so that numpy reduces over the outer axis in long runs);
        the back-pointers are worked out again on the way back, for the one label each row
        holds there: the same sums of the same floats, so the same first maximum, at a
        fifteenth of the work (an argmax over every label of every row at every step was
        ~1.3M of the ~5.9M instructions an article of the pass before it).
        """
        n_lab = len(self.labels)
        S = len(lens)
        N = len(e)
        ends = np.cumsum(lens)
        starts = ends - lens
        half = (lens + 1) // 2
        sent = np.repeat(np.arange(S), lens)
        pos = np.arange(N) - starts[sent]
        fwd = pos < half[sent]
        item = np.where(fwd, sent, sent + S)
        step = np.where(fwd, pos, lens[sent] - 1 - pos)
        ilen = np.concatenate((half, lens - half))
        order = np.argsort(-ilen, kind="stable")
        lengths = ilen[order]
        row_of = np.empty(2 * S, dtype=np.intp)
        row_of[order] = np.arange(2 * S)
        tmax = int(lengths[0])
        n = 2 * S
        # [step, label, row]: a step's rows are then the inner axis, as in ``h``, so adding them
        # is a strided add, not a transposed one that numpy copies through its buffers
        e_all = np.zeros((tmax, n_lab, n))
        rows_tok = row_of[item]
        e_all[step, :, rows_tok] = e
        trans = self.trans
        reversed_rows = order >= S  # a reversed half reads the transitions, a forward one their transpose
        # [previous, label, row]; one take from the two transition tables costs two thirds of the
        # np.where of both broadcast against the rows that it replaced
        # (the pair: [previous * label, 0 a forward row's transition, 1 a reversed row's], made
        # again only when ``trans`` is another array: tests set it)
        if self._pair_of is not trans:
            self._pair = np.stack((trans.ravel(), trans.T.ravel()), axis=1)
            self._pair_of = trans
        tr = np.take(self._pair, reversed_rows.view(np.int8), axis=1).reshape(n_lab, n_lab, n)
        running = np.searchsorted(-lengths, -np.arange(tmax), side="left").tolist()
        # hist[t]: the best score of each label at step t, [label, row] over the rows running then
        h = e_all[0]
        hist = [h]
        for t in range(1, tmax):
            na = running[t]
            h = np.maximum.reduce(h[:, None, :na] + tr[:, :, :na], axis=0)
            h += e_all[t, :, :na]
            hist.append(h)
        # each row's last scores (a row of length 0 scores zeros, as its empty step 0 does)
        score = np.zeros((n, n_lab))
        for t in range(tmax):
            lo, hi = (running[t + 1] if t + 1 < tmax else 0), running[t]
            if hi > lo:
                score[lo:hi] = hist[t][:, lo:hi].T
        ra, rb = row_of[:S], row_of[S:]
        joint = score[ra][:, :, None] + trans[None] + score[rb][:, None, :]
        yz = joint.reshape(S, -1).argmax(axis=1)
        only = score[ra].argmax(axis=1)
        two = lens > half
        last = np.zeros(n, dtype=np.intp)
        last[ra] = np.where(two, yz // n_lab, only)
        last[rb] = np.where(two, yz % n_lab, 0)
        rows = np.arange(n)
        paths = np.zeros((tmax, n), dtype=np.intp)  # [step, row]
        paths[np.maximum(lengths - 1, 0), rows] = last
        # the transitions into a label as one row: trans[:, y] (a forward row) at y, trans[y]
        # (a reversed row) at n_lab + y
        into = np.concatenate((trans.T, trans))
        kind = np.where(reversed_rows, n_lab, 0)
        for t in range(tmax - 1, 0, -1):
            na = running[t]
            c = np.take(into, kind[:na] + paths[t, :na], axis=0)
            c += hist[t - 1][:, :na].T
            paths[t - 1, :na] = c.argmax(axis=1)
        names: list[str] = self._label_arr[paths[step, rows_tok]].tolist()
        return names


class _KindIndex:
    """Weight rows of the model's features grouped by kind and value.

    ``get("s", stem)`` gives every (table, row) the stem feature fires: ``s=`` on the word's
    own table and ``-2s=`` ... ``+2s=`` on the neighbour tables, so one dict lookup serves
    five features. Kinds: the word-feature prefixes (``w s x1 x2 x3 x4 p2 p3 len pre s1 c
    pu fx k k1 k2``) and ``x2c`` for the ±1 neighbours' ``x2=`` of the stem; ``flags`` holds
    the value-less features (``num rare al kw short lat gz gzw``) the same way.
    """

    def __init__(self, attrs: Sequence[str]) -> None:
        self.kinds: dict[str, dict[str, list[tuple[int, int]]]] = {}
        self.flags: dict[str, list[tuple[int, int]]] = {}
        tables = {"": 0, "-2": 1, "-1": 2, "+1": 3, "+2": 4}
        for row, a in enumerate(attrs):
            tag = a[:2] if a[:1] in "+-" and a[1:2].isdigit() else ""
            table = tables.get(tag)
            if table is None:
                continue
            body = a[len(tag):]
            kind, eq, val = body.partition("=")
            if tag and kind == "x2":
                kind = "x2c"
            if not tag and kind in ("lex", "lex-1", "lex+1"):
                continue
            if tag and kind not in ("s", "c", "w", "x2c", "pu", "num", "rare", "k2", "fx"):
                continue
            if eq:
                self.kinds.setdefault(kind, {}).setdefault(val, []).append((table, row))
            else:
                self.flags.setdefault(kind, []).append((table, row))

        # one bound ``dict.get`` per kind and one list per flag: the lookups of _word_rows
        def getter(kind: str) -> Callable[[str, tuple[()]], Sequence[tuple[int, int]]]:
            return self.kinds.setdefault(kind, {}).get  # type: ignore[return-value]

        self.w, self.s, self.c, self.pu, self.pre, self.s1 = (getter(x) for x in ("w", "s", "c", "pu", "pre", "s1"))
        self.x1, self.x2, self.x3, self.x4, self.x2c = (getter(x) for x in ("x1", "x2", "x3", "x4", "x2c"))
        self.p2, self.p3, self.len = getter("p2"), getter("p3"), getter("len")
        self.fx, self.k, self.k1, self.k2 = getter("fx"), getter("k"), getter("k1"), getter("k2")
        f = self.flags
        self.f_num, self.f_rare, self.f_al = f.get("num", []), f.get("rare", []), f.get("al", [])
        self.f_kw, self.f_short, self.f_lat = f.get("kw", []), f.get("short", []), f.get("lat", [])
        self.f_gz, self.f_gzw = f.get("gz", []), f.get("gzw", [])

        # the same lists numbered for the batch path: group id -> its (table, row) pairs as a
        # run of three flat arrays (group 0 empty); ``gid[kind][value]``, ``fgid[flag]``
        runs: list[Sequence[tuple[int, int]]] = [()]
        self.gid: dict[str, dict[str, int]] = {}
        for kind, vals in self.kinds.items():
            ids = self.gid[kind] = {}
            for val, got in vals.items():
                ids[val] = len(runs)
                runs.append(got)
        self.fgid: dict[str, int] = {}
        for kind in ("num", "rare", "al", "kw", "short", "lat", "gz", "gzw"):
            got = self.flags.get(kind, [])
            self.fgid[kind] = len(runs) if got else 0
            if got:
                runs.append(got)
        self.g_len = np.array([len(r) for r in runs], dtype=np.intp)
        self.g_ptr = np.concatenate(([0], np.cumsum(self.g_len)[:-1])).astype(np.intp)
        every = [p for r in runs for p in r]
        self.g_tab = np.array([t for t, _ in every] or [0], dtype=np.intp)
        self.g_row = np.array([r for _, r in every] or [0], dtype=np.intp)
        # translit bucket -3..3 (index +3) -> the fx group
        self.fx_of = np.array([self.gid["fx"].get(str(b), 0) for b in range(-3, 4)], dtype=np.intp)


def _index_by_kind(attrs: Sequence[str]) -> _KindIndex:
    return _KindIndex(attrs)


@lru_cache(maxsize=4)
def decoder(path: str | None = None) -> Decoder:
    """The process-wide decoder of the shipped model."""
    return Decoder(path or WEIGHTS_PATH)
