"""The numpy decoder's lexicon features, added with whole-array steps, give bit-equal
emissions to the same features added one entry at a time in order."""

from __future__ import annotations

import numpy as np
import pytest

from hadath.ner.decoder import Decoder

_TAGS = ["B-GPE", "I-GPE", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-FAC", "I-LOC", "B-MISC"]


def _entry_by_entry(dec: Decoder, e: np.ndarray, lens: np.ndarray, lex: list[tuple[int, str]]) -> None:
    """The lexicon features added one entry at a time, in ``lex`` order (the numpy decoder's
    code before the whole-array steps): the reference the rows must add up as."""
    sents = np.repeat(np.arange(len(lens)), lens).tolist()
    n = len(sents)
    to: list[int] = []
    rows: list[int] = []
    for i, tagv in lex:
        s = sents[i]
        if tagv[0] == "I" and (i == 0 or sents[i - 1] != s):
            tagv = "B" + tagv[1:]
        for j, k in zip(dec._lex_feature_rows(tagv), (i, i + 1, i - 1), strict=True):
            if j >= 0 and 0 <= k < n and sents[k] == s:
                to.append(k)
                rows.append(j)
    np.add.at(e, to, dec.state[rows])


@pytest.mark.parametrize("seed", range(3))
def test_lexicon_features_add_up_as_entry_by_entry(seed: int) -> None:
    """Tags in and out of order, a token tagged twice, ``I-`` tags at sentence starts and
    ends, one-token sentences: the emissions are bit-equal. The weights are made full float64
    values (the model's are float32 ones, whose sums of a few are exact in any order), so a
    token's rows added in another order would show."""
    dec = Decoder()
    rng = np.random.default_rng(seed)
    words = ["قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق", "،", "إن", "الجيش", "12"]
    dec.word_ids(words)
    dec.state = rng.normal(scale=3.0, size=dec.state.shape)
    for _ in range(30):
        lens = rng.integers(1, 12, size=int(rng.integers(1, 7))).astype(np.intp)
        n = int(lens.sum())
        ids = dec.word_ids([words[int(x)] for x in rng.integers(0, len(words), size=n)])
        lex = [(int(rng.integers(0, n)), str(rng.choice(_TAGS))) for _ in range(int(rng.integers(1, 2 * n + 1)))]
        if rng.integers(0, 2):
            lex.sort()
        expected = dec._emissions_numpy(ids, lens, [])
        _entry_by_entry(dec, expected, lens, lex)
        assert np.array_equal(dec._emissions_numpy(ids, lens, lex), expected)
