"""Compiled loops of the NER decoder (numba): Viterbi and the emission sums.

Numpy pays a fixed cost per call, and exact Viterbi needs a handful of calls per token
position however the sentences are batched (~60 calls an article step, ~1.3 ms an article);
the same arithmetic as plain loops compiled by numba costs ~0.1 ms. The loops do the very
float operations of the numpy reference in :class:`hadath.ner.decoder.Decoder` in the same
order (each sum added left to right, first maximum on ties), so labels are identical;
``tests/ner/test_kernels.py`` compares them with the reference.

This module is imported on the decoder's first use, never by ``hadath --help``: importing
numba costs ~0.4 s of CPU. Compiled code is cached on disk (``cache=True``: next to this
file, or numba's per-user directory when the package directory is read-only); where
neither is writable the functions are compiled in memory at each process start instead
(~1 s once per process), with the same results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numba
import numpy as np

F = TypeVar("F", bound=Callable[..., Any])


def _jit(fn: F) -> F:
    """``numba.njit(cache=True)``, or without the on-disk cache when numba finds no
    writable place for it (it refuses at decoration time with a RuntimeError)."""
    try:
        return cast(F, numba.njit(cache=True)(fn))
    except RuntimeError:
        return cast(F, numba.njit(cache=False)(fn))


@_jit
def emission_sums(tabs: np.ndarray, ids: np.ndarray, lens: np.ndarray, bos: np.ndarray,
                  eos: np.ndarray) -> np.ndarray:
    """Emissions of concatenated sentences before the lexicon features: per token the sum
    of its own word's row of table 0 and its neighbours' rows of tables 1-4 (offsets -2,
    -1, +1, +2; nothing past a sentence edge), added in that order, then ``bos`` on a
    sentence's first token and ``eos`` on its last."""
    n = ids.shape[0]
    n_lab = tabs.shape[2]
    e = np.empty((n, n_lab))
    a = 0
    for s in range(lens.shape[0]):
        b = a + lens[s]
        for i in range(a, b):
            w0 = ids[i]
            wm2 = ids[i - 2] if i - 2 >= a else 0
            wm1 = ids[i - 1] if i - 1 >= a else 0
            wp1 = ids[i + 1] if i + 1 < b else 0
            wp2 = ids[i + 2] if i + 2 < b else 0
            for y in range(n_lab):
                e[i, y] = (((tabs[0, w0, y] + tabs[1, wm2, y]) + tabs[2, wm1, y])
                           + tabs[3, wp1, y]) + tabs[4, wp2, y]
        for y in range(n_lab):
            e[a, y] += bos[y]
        for y in range(n_lab):
            e[b - 1, y] += eos[y]
        a = b
    return e


@_jit
def add_lexicon(e: np.ndarray, state: np.ndarray, lens: np.ndarray, pos: np.ndarray,
                rows: np.ndarray) -> None:
    """Add the lexicon-tag features to emissions, in place and in ``pos`` order.

    ``pos[k]`` is a token a lexicon match covers; ``rows[k]`` the weight rows its tag
    gives (to the token, the next token, the previous token), then those of the tag read
    as a ``B-`` tag, used when the token starts its sentence (a match across a sentence
    break starts afresh); -1 where the model has no such feature. Nothing is added
    across a sentence edge.
    """
    n_lab = e.shape[1]
    n = e.shape[0]
    first = np.empty(n, dtype=np.intp)
    end = np.empty(n, dtype=np.intp)
    a = 0
    for s in range(lens.shape[0]):
        b = a + lens[s]
        for i in range(a, b):
            first[i] = a
            end[i] = b
        a = b
    for k in range(pos.shape[0]):
        i = pos[k]
        base = 3 if i == first[i] else 0
        for j in range(3):
            r = rows[k, base + j]
            to = i if j == 0 else i + 1 if j == 1 else i - 1
            if r >= 0 and first[i] <= to < end[i]:
                for y in range(n_lab):
                    e[to, y] += state[r, y]


@_jit
def viterbi(e: np.ndarray, lens: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Best label of every token of concatenated sentences (``e``: tokens x labels).

    Meets in the middle as the numpy reference does, so ties resolve the same way: the
    first half of a sentence is decoded forwards, the second backwards (transitions
    transposed), and the best pair of labels across the cut joins them.
    """
    n_lab = trans.shape[0]
    out = np.zeros(e.shape[0], dtype=np.intp)
    longest = 0
    for s in range(lens.shape[0]):
        longest = max(longest, lens[s])
    back = np.zeros((longest, n_lab), dtype=np.intp)
    back2 = np.zeros((longest, n_lab), dtype=np.intp)
    sa = np.empty(n_lab)
    sb = np.empty(n_lab)
    new = np.empty(n_lab)
    a = 0
    for s in range(lens.shape[0]):
        n = lens[s]
        half = (n + 1) // 2
        # forward half: tokens a .. a + half - 1
        for y in range(n_lab):
            sa[y] = e[a, y]
        for t in range(1, half):
            for y in range(n_lab):
                best = sa[0] + trans[0, y]
                arg = 0
                for x in range(1, n_lab):
                    v = sa[x] + trans[x, y]
                    if v > best:
                        best = v
                        arg = x
                new[y] = best + e[a + t, y]
                back[t, y] = arg
            for y in range(n_lab):
                sa[y] = new[y]
        # backward half: step k is token a + n - 1 - k, for k < n - half
        rest = n - half
        if rest > 0:
            for y in range(n_lab):
                sb[y] = e[a + n - 1, y]
            for k in range(1, rest):
                for y in range(n_lab):
                    best = sb[0] + trans[y, 0]
                    arg = 0
                    for x in range(1, n_lab):
                        v = sb[x] + trans[y, x]
                        if v > best:
                            best = v
                            arg = x
                    new[y] = best + e[a + n - 1 - k, y]
                    back2[k, y] = arg
                for y in range(n_lab):
                    sb[y] = new[y]
            # the best pair across the cut (first maximum in row-major order)
            best = sa[0] + trans[0, 0] + sb[0]
            ly = 0
            lz = 0
            for y in range(n_lab):
                for z in range(n_lab):
                    v = sa[y] + trans[y, z] + sb[z]
                    if v > best:
                        best = v
                        ly = y
                        lz = z
            lab = lz
            out[a + half] = lab
            for k in range(rest - 1, 0, -1):
                lab = back2[k, lab]
                out[a + n - k] = lab
        else:
            ly = 0
            best = sa[0]
            for y in range(1, n_lab):
                if sa[y] > best:
                    best = sa[y]
                    ly = y
        lab = ly
        out[a + half - 1] = lab
        for t in range(half - 1, 0, -1):
            lab = back[t, lab]
            out[a + t - 1] = lab
        a += n
    return out


@_jit
def decode(tabs: np.ndarray, ids: np.ndarray, lens: np.ndarray, bos: np.ndarray, eos: np.ndarray,
           state: np.ndarray, pos: np.ndarray, tag_rows: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """:func:`emission_sums`, :func:`add_lexicon` (when ``pos`` is not empty) and
    :func:`viterbi` in one call: a document is decoded by one call into compiled code,
    with no emission matrix handed back to Python between the steps, and a process loads
    one function's machine code instead of three."""
    e = emission_sums(tabs, ids, lens, bos, eos)
    if pos.shape[0]:
        add_lexicon(e, state, lens, pos, tag_rows)
    return viterbi(e, lens, trans)


@_jit
def add_rows(flat: np.ndarray, state: np.ndarray, target: np.ndarray, rows: np.ndarray) -> None:
    """``flat[target[p]] += state[rows[p]]`` for every ``p`` in order: the new words' feature
    weight rows added to their table rows (:meth:`hadath.ner.decoder.Decoder._add_words`),
    each target row's additions in the order numpy's indexed adds, kind by kind, make them."""
    n_lab = flat.shape[1]
    for p in range(target.shape[0]):
        t = target[p]
        r = rows[p]
        for y in range(n_lab):
            flat[t, y] += state[r, y]
