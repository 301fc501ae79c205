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
from pathlib import Path

import numpy as np

from hadath.errors import ConfigError
from hadath.ner.features import (
    _AL,
    _CLITIC_LETTERS,
    _DIGIT,
    _LATIN,
    clusters,
    common_words,
    gazetteer_words,
    stem,
    translit_bucket,
    word_class,
)
from hadath.ner.lexicons import DATA, known_words

WEIGHTS_PATH = DATA / "ner.weights.bin"
_OFFSETS = (-2, -1, 1, 2)
MAX_WORDS = 500_000  # word rows kept before the tables are dropped and refilled


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
        self._label_arr = np.array(self.labels, dtype=object)
        self._by_kind = _index_by_kind(attrs)

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
        while self._n + len(new) > self._cap:
            self._cap *= 2
        if self._tabs.shape[1] < self._cap:
            tabs = np.zeros((5, self._cap, len(self.labels)))
            tabs[:, : self._n] = self._tabs[:, : self._n]
            self._tabs = tabs
        cap = self._cap
        first = self._n
        rows = [self._word_rows(w) for w in new]
        for k, w in enumerate(new):
            self._ids[w] = first + k
        self._n += len(new)
        counts = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
        if counts.any():
            # one summed row per (table, word): sort the pairs by target row and add each run
            # of weight rows with reduceat (np.add.at, one scattered add per pair, cost more
            # than the rest of a new word's work together); the pairs go to numpy as one flat
            # run of ints (a list of tuples converts several times slower)
            total = int(counts.sum())
            flat_pairs = chain.from_iterable(chain.from_iterable(rows))
            tc = np.fromiter(flat_pairs, dtype=np.intp, count=2 * total).reshape(-1, 2)
            owners = np.repeat(np.arange(first, first + len(new), dtype=np.intp), counts)
            target = tc[:, 0] * cap + owners
            order = np.argsort(target, kind="stable")
            target = target[order]
            firsts = np.flatnonzero(np.concatenate(([True], target[1:] != target[:-1])))
            flat = self._tabs.reshape(5 * cap, -1)
            flat[target[firsts]] += np.add.reduceat(self.state[tc[order, 1]], firsts, axis=0)

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
        kw = known_words()
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
        id_list = list(map(self._ids.get, words))
        if None in id_list:
            self._add_words(words)
            id_list = list(map(self._ids.__getitem__, words))
        return np.array(id_list, dtype=np.intp)

    def _lex_feature_rows(self, tagv: str) -> tuple[int, int, int]:
        """Weight rows of the lexicon-tag features a tag gives (the token itself, the next
        token, the previous token); -1 where the model has no such feature."""
        r = self._lex_rows.get(tagv)
        if r is None:
            g = self.index.get
            r = self._lex_rows[tagv] = (g("lex=" + tagv, -1), g("lex-1=" + tagv[2:], -1), g("lex+1=" + tagv, -1))
        return r

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
        row past a sentence edge), summed: no per-token Python work.
        """
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
            state = self.state
            sents = sent_of.tolist()
            for i, tagv in lex:
                s = sents[i]
                if tagv[0] == "I" and (i == 0 or sents[i - 1] != s):
                    tagv = "B" + tagv[1:]  # a match across a sentence break starts afresh
                for j, k in zip(self._lex_feature_rows(tagv), (i, i + 1, i - 1), strict=True):
                    if j >= 0 and 0 <= k < n and sents[k] == s:
                        e[k] += state[j]
        return e

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
        """Viterbi labels of the sentences of a document, decoded together.

        ``ids`` are :meth:`word_ids` of the document's tokens, ``bounds`` the token ranges
        of its sentences (in order, disjoint), ``lex`` the (token, BIO tag) of tokens a
        lexicon match covers. One numpy step per position advances every sentence at once,
        so an article costs about as many numpy calls as its longest sentence has tokens.
        """
        out: list[list[str]] = [[] for _ in bounds]
        keep = [k for k, (a, b) in enumerate(bounds) if b > a]
        if not keep:
            return out
        lens = np.array([bounds[k][1] - bounds[k][0] for k in keep], dtype=np.intp)
        firsts = np.array([bounds[k][0] for k in keep], dtype=np.intp)
        ends = np.cumsum(lens)
        sel = np.arange(int(ends[-1])) + np.repeat(firsts - (ends - lens), lens)  # doc token of each
        flat_of: dict[int, int] = {}
        if lex:
            where = np.full(len(ids), -1, dtype=np.intp)
            where[sel] = np.arange(len(sel))
            flat_of = {i: int(where[i]) for i, _ in lex}
        flex = [(flat_of[i], t) for i, t in lex if flat_of[i] >= 0]
        e = self._emissions(np.take(ids, sel), lens, flex)
        for k, lab in zip(keep, self._viterbi_flat(e, lens), strict=True):
            out[k] = lab
        return out

    def _viterbi_flat(self, e: np.ndarray, lens: np.ndarray) -> list[list[str]]:
        """Exact Viterbi over many sentences at once, meeting in the middle.

        Numpy costs per step, so the batch takes as few steps as possible: every sentence is
        cut in two halves, the first decoded forwards and the second backwards (a forward
        pass over the reversed half with transposed transitions), all halves in one batch;
        the best pair of labels across the cut joins them. Halves are sorted by decreasing
        length, so those still running at step ``t`` are a prefix of the batch and finished
        ones cost nothing more. An article takes half as many steps as its longest sentence
        has tokens (measured ~30% less time than decoding whole sentences).
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
        e_all = np.zeros((tmax, n, n_lab))
        rows_tok = row_of[item]
        e_all[step, rows_tok] = e
        trans = self.trans
        # [row, to, from]: forward halves use the transitions, reversed halves their transpose
        tr_rows = np.where((order < S)[:, None, None], trans.T[None], trans[None])
        running = np.searchsorted(-lengths, -np.arange(tmax), side="left").tolist()
        score = e_all[0].copy()
        back = np.zeros((tmax, n, n_lab), dtype=np.intp)
        flat_off = np.arange(n)[:, None] * (n_lab * n_lab) + np.arange(n_lab)[None, :] * n_lab
        for t in range(1, tmax):
            na = running[t]
            cand = score[:na, None, :] + tr_rows[:na]
            b = cand.argmax(axis=2)
            new = np.take(cand, flat_off[:na] + b)
            new += e_all[t, :na]
            score[:na] = new
            back[t, :na] = b
        ra, rb = row_of[:S], row_of[S:]
        joint = score[ra][:, :, None] + trans[None] + score[rb][:, None, :]
        yz = joint.reshape(S, -1).argmax(axis=1)
        only = score[ra].argmax(axis=1)
        two = lens > half
        last = np.zeros(n, dtype=np.intp)
        last[ra] = np.where(two, yz // n_lab, only)
        last[rb] = np.where(two, yz % n_lab, 0)
        paths = np.zeros((n, tmax), dtype=np.intp)
        paths[np.arange(n), np.maximum(lengths - 1, 0)] = last[np.arange(n)]
        rows = np.arange(n)
        for t in range(tmax - 1, 0, -1):
            na = running[t]
            paths[:na, t - 1] = back[t, rows[:na], paths[:na, t]]
        names = self._label_arr[paths[rows_tok, step]].tolist()
        return [names[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


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


def _index_by_kind(attrs: Sequence[str]) -> _KindIndex:
    return _KindIndex(attrs)


@lru_cache(maxsize=4)
def decoder(path: str | None = None) -> Decoder:
    """The process-wide decoder of the shipped model."""
    return Decoder(path or WEIGHTS_PATH)
