"""The compiled decoder loops (:mod:`hadath.ner.kernels`) give what the numpy code gives:
bit-equal emissions, the same Viterbi labels including on ties, and the decoder switches
to them after ``KERNEL_AFTER_TOKENS`` tokens without changing a label."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from hadath.doc import Doc
from hadath.ner import decoder as decoder_module
from hadath.ner import kernels
from hadath.ner.crf import tag_reference
from hadath.ner.decoder import Decoder


def _sample_words() -> tuple[list[str], np.ndarray]:
    """The sample article's words (the tokens inside sentences) and its sentence lengths."""
    doc = Doc(raw=resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8"))
    doc.segment()
    lens = []
    for s in doc.sentences:
        n = sum(1 for t in doc.tokens if s.start <= t.start and t.end <= s.end)
        if n:
            lens.append(n)
    words = [t.norm for t in doc.tokens if any(s.start <= t.start and t.end <= s.end for s in doc.sentences)]
    return words, np.array(lens, dtype=np.intp)


def test_emissions_bit_equal_to_numpy() -> None:
    """With lexicon tags too: I- tags at sentence starts (read as B-), at sentence ends
    (nothing added across the edge) and on neighbouring tokens (rows add up in order)."""
    dec = Decoder()
    words, lens = _sample_words()
    ids = dec.word_ids(words)
    assert len(lens) > 3
    starts = (np.cumsum(lens) - lens).tolist()
    rng = np.random.default_rng(1)
    at = sorted(set(rng.choice(len(words), size=len(words) // 3, replace=False).tolist()) | set(starts))
    lex = [(i, str(rng.choice(["B-GPE", "I-GPE", "B-ORG", "I-ORG", "I-PER", "B-FAC"]))) for i in at]
    reference = dec._emissions(ids, lens, lex)
    assert np.array_equal(dec._emissions_numpy(ids, lens, lex), reference)
    dec.use_kernels()
    assert np.array_equal(dec._emissions(ids, lens, lex), reference)
    assert np.array_equal(dec._emissions(ids, lens, []), dec._emissions_numpy(ids, lens, []))


@pytest.mark.parametrize("seed", range(4))
def test_viterbi_equals_numpy_reference_with_ties(seed: int) -> None:
    """Small integer scores make many equal paths: the first maximum must win the same way."""
    dec = Decoder()
    rng = np.random.default_rng(seed)
    n_lab = len(dec.labels)
    for _ in range(50):
        lens = rng.integers(1, 25, size=int(rng.integers(1, 9))).astype(np.intp)
        e = rng.integers(-2, 3, size=(int(lens.sum()), n_lab)).astype(np.float64)
        dec.trans = rng.integers(-2, 3, size=(n_lab, n_lab)).astype(np.float64)
        expected = [lab for sent in dec._viterbi_flat(e, lens) for lab in sent]
        got = [dec.labels[i] for i in kernels.viterbi(e, lens, dec.trans)]
        assert got == expected


def test_compiled_decoder_equals_crfsuite() -> None:
    words = "وقال المتحدث باسم الخارجية الامريكية جون كيربي للصحفيين في واشنطن".split()
    dec = Decoder()
    dec.use_kernels()
    assert dec.tag(words) == tag_reference(words)


def test_switches_to_kernels_after_enough_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    dec = Decoder()
    words, lens = _sample_words()
    ids = dec.word_ids(words)
    bounds = list(zip((np.cumsum(lens) - lens).tolist(), np.cumsum(lens).tolist(), strict=True))
    monkeypatch.setattr(decoder_module, "KERNEL_AFTER_TOKENS", int(lens[0]))
    first = dec.tag_doc(ids, bounds[:1], [])  # up to the threshold: numpy
    assert dec._kernels is None
    labels = dec.tag_doc(ids, bounds, [])  # over it: compiled from this call on
    assert dec._kernels is not None
    assert labels[:1] == first
    plain = Decoder()
    monkeypatch.setattr(decoder_module, "KERNEL_AFTER_TOKENS", 10**9)
    assert plain.tag_doc(plain.word_ids(words), bounds, []) == labels
    assert plain._kernels is None


def test_one_call_decode_equals_the_numpy_decoder() -> None:
    """kernels.decode (emission sums, lexicon features, Viterbi in one call) labels a
    document as the numpy decoder does, with and without lexicon tokens."""
    words, lens = _sample_words()
    ref, dec = Decoder(), Decoder()
    dec.use_kernels()
    bounds = list(zip((np.cumsum(lens) - lens).tolist(), np.cumsum(lens).tolist(), strict=True))
    rng = np.random.default_rng(2)
    at = sorted(rng.choice(len(words), size=len(words) // 4, replace=False).tolist())
    for lex in ([], [(i, str(rng.choice(["B-GPE", "I-GPE", "B-ORG", "I-PER"]))) for i in at]):
        assert dec.tag_flat(dec.word_ids(words), bounds, lex) == ref.tag_flat(ref.word_ids(words), bounds, lex)


def test_word_rows_added_by_kernel_equal_numpy() -> None:
    """New words' weight rows added by kernels.add_rows are bit-equal to numpy's adds."""
    words, _ = _sample_words()
    ref, dec = Decoder(), Decoder()
    dec.use_kernels()
    for part in (words[: len(words) // 2], words):  # two batches: the second adds the rest
        assert np.array_equal(ref.word_ids(part), dec.word_ids(part))
    assert np.array_equal(ref._tabs[:, : ref._n], dec._tabs[:, : dec._n])
