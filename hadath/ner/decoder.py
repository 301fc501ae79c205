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

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from hadath.errors import ConfigError
from hadath.ner.features import context_features, word_features
from hadath.ner.lexicons import DATA

WEIGHTS_PATH = DATA / "ner.weights.bin"
_OFFSETS = (-2, -1, 1, 2)


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
        # per-word rows: [own, -2, -1, +1, +2] tables, grown as new words arrive
        self._ids: dict[str, int] = {}
        self._cap = 4096
        self._tabs = np.zeros((5, self._cap, n_lab))
        self._n = 0

    def _vec(self, feats: Sequence[str]) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        return self.state[rows].sum(axis=0) if rows else self._zero

    def _add_words(self, words: set[str]) -> None:
        """Give new words a row in every table, all in one vectorised pass."""
        new = [w for w in words if w not in self._ids]
        if not new:
            return
        while self._n + len(new) > self._cap:
            self._cap *= 2
        if self._tabs.shape[1] < self._cap:
            tabs = np.zeros((5, self._cap, len(self.labels)))
            tabs[:, : self._n] = self._tabs[:, : self._n]
            self._tabs = tabs
        idx = self.index
        cap = self._cap
        rows: list[int] = []
        cols: list[int] = []
        for w in new:
            i = self._n
            self._ids[w] = i
            self._n += 1
            for f in word_features(w):
                j = idx.get(f)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
            for k, off in enumerate(_OFFSETS, start=1):
                # the neighbour at offset ``off`` of a token contributes context_features(w, off)
                for f in context_features(w, off):
                    j = idx.get(f)
                    if j is not None:
                        rows.append(k * cap + i)
                        cols.append(j)
        if rows:
            flat = self._tabs.reshape(5 * cap, -1)
            np.add.at(flat, rows, self.state[cols])

    def emissions(self, words: Sequence[str], lex: Sequence[str] | None = None) -> np.ndarray:
        """Label scores of every token of one sentence (n x labels)."""
        return self._emissions_many([(words, lex)])[0]

    def _emissions_many(self, sents: Sequence[tuple[Sequence[str], Sequence[str] | None]]) -> list[np.ndarray]:
        """Emission matrices of many sentences, computed over their concatenation at once."""
        words = [w for ws, _ in sents for w in ws]
        n = len(words)
        lens = np.array([len(ws) for ws, _ in sents], dtype=np.intp)
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        pos = np.arange(n) - np.repeat(starts, lens)  # position in its sentence
        left = np.repeat(lens, lens) - pos - 1  # tokens after it in its sentence
        self._add_words(set(words))
        get = self._ids.__getitem__
        ids = np.fromiter(map(get, words), dtype=np.intp, count=n)
        tabs = self._tabs
        e = tabs[0, ids]
        for k, (tab_left, tab_right) in ((1, (2, 3)), (2, (1, 4))):
            p = np.nonzero(pos >= k)[0]
            e[p] += tabs[tab_left, ids[p - k]]
            q = np.nonzero(left >= k)[0]
            e[q] += tabs[tab_right, ids[q + k]]
        e[starts] += self._bos
        e[starts + lens - 1] += self._eos
        idx = self.index
        rows: list[int] = []
        cols: list[int] = []
        base = 0
        for ws, lex in sents:
            m = len(ws)
            if lex:
                for i, tagv in enumerate(lex):
                    if not tagv:
                        continue
                    for f, k in (("lex=" + tagv, i), ("lex-1=" + tagv[2:], i + 1), ("lex+1=" + tagv, i - 1)):
                        if 0 <= k < m:
                            j = idx.get(f)
                            if j is not None:
                                rows.append(base + k)
                                cols.append(j)
            base += m
        if rows:
            np.add.at(e, rows, self.state[cols])
        return np.split(e, np.cumsum(lens)[:-1])

    def tag(self, words: Sequence[str], lex: Sequence[str] | None = None) -> list[str]:
        """Viterbi labels of one sentence."""
        return self.tag_many([(words, lex)])[0]

    def tag_many(self, sents: Sequence[tuple[Sequence[str], Sequence[str] | None]]) -> list[list[str]]:
        """Viterbi labels of many sentences (a document), decoded together.

        One numpy step per position advances every sentence at once, so an article costs
        about as many numpy calls as its longest sentence has tokens.
        """
        out: list[list[str]] = [[] for _ in sents]
        keep = [i for i in range(len(sents)) if sents[i][0]]
        if not keep:
            return out
        ems = self._emissions_many([sents[i] for i in keep])
        labels = self.labels
        for i, path in zip(keep, self._viterbi_batch(ems), strict=True):
            out[i] = [labels[k] for k in path]
        return out

    def _viterbi_batch(self, ems: list[np.ndarray]) -> list[list[int]]:
        """Viterbi over many sentences at once, longest first.

        With sentences sorted by decreasing length, those still running at step ``t`` are
        a prefix of the batch, so each step works on a slice and finished sentences cost
        nothing more.
        """
        n_lab = len(self.labels)
        order = sorted(range(len(ems)), key=lambda k: -ems[k].shape[0])
        lengths = np.array([ems[k].shape[0] for k in order])
        tmax = int(lengths[0])
        n = len(ems)
        e_all = np.zeros((tmax, n, n_lab))
        for row, k in enumerate(order):
            e_all[: lengths[row], row] = ems[k]
        # running[t] = how many sentences are longer than t (a prefix of the sorted batch)
        running = np.searchsorted(-lengths, -np.arange(tmax), side="left")
        tr_t = np.ascontiguousarray(self.trans.T)[None, :, :]  # [to, from]: reduce the last axis
        score = e_all[0].copy()
        back = np.zeros((tmax, n, n_lab), dtype=np.intp)
        rows = np.arange(n)[:, None]
        cols = np.arange(n_lab)[None, :]
        for t in range(1, tmax):
            na = int(running[t])
            cand = score[:na, None, :] + tr_t
            b = cand.argmax(axis=2)
            new = cand[rows[:na], cols, b]
            new += e_all[t, :na]
            score[:na] = new
            back[t, :na] = b
        paths = np.zeros((n, tmax), dtype=np.intp)
        paths[np.arange(n), lengths - 1] = score.argmax(axis=1)
        for t in range(tmax - 1, 0, -1):
            na = int(running[t])
            paths[:na, t - 1] = back[t, np.arange(na), paths[:na, t]]
        out: list[list[int]] = [[] for _ in ems]
        for row, k in enumerate(order):
            out[k] = paths[row, : lengths[row]].tolist()
        return out


@lru_cache(maxsize=4)
def decoder(path: str | None = None) -> Decoder:
    """The process-wide decoder of the shipped model."""
    return Decoder(path or WEIGHTS_PATH)
