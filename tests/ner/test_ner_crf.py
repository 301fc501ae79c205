"""The shipped CRF: it loads, tags a realistic sentence, and the fast decoder is exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.doc import Doc
from hadath.ner.crf import lex_tags, tag_many, tag_reference, tagger
from hadath.ner.decoder import decoder
from hadath.ner.lexicons import entity_matcher

SENTENCES = [
    "وقال المتحدث باسم الخارجية الامريكية جون كيربي للصحفيين في واشنطن ان الوزير سيزور بغداد الاسبوع المقبل",
    "وسجل اللاعب البرازيلي رونالدينيو هدفين لفريق برشلونة في مرمى ريال مدريد",
    "واعلنت وكالة الانباء الفرنسية ان الاشتباكات تجددت في مدينة حلب شمال سوريا",
    "التقى رئيس الوزراء العراقي نوري المالكي بالسفير الامريكي في المنطقة الخضراء",
]


def _inputs(text: str) -> tuple[list[str], list[str]]:
    doc = Doc(raw=text)
    doc.segment()
    toks = doc.tokens
    lex = [(m.start, m.end, m.payloads[0].type) for m in entity_matcher().find(doc.norm)]
    return [t.norm for t in toks], lex_tags([(t.start, t.end) for t in toks], lex)


def test_model_loads_with_contract_labels() -> None:
    labels = set(tagger().labels())
    assert {"O", "B-PER", "I-PER", "B-ORG", "B-GPE"} <= labels
    assert set(decoder().labels) == labels


def test_tags_a_person_and_places() -> None:
    words, lex = _inputs(SENTENCES[0])
    labels = tag_many([(words, lex)])[0]
    tagged = {w: lab for w, lab in zip(words, labels, strict=True)}
    assert tagged["جون"] == "B-PER" and tagged["كيربي"] == "I-PER"
    assert tagged["واشنطن"].endswith("GPE")
    assert tagged["بغداد"].endswith("GPE")


def test_fast_decoder_equals_crfsuite() -> None:
    inputs = [_inputs(s) for s in SENTENCES]
    fast = tag_many(inputs)
    for (words, lex), got in zip(inputs, fast, strict=True):
        assert got == tag_reference(words, lex)


def test_lex_tags_alignment() -> None:
    spans = [(0, 3), (4, 9), (10, 14), (15, 20)]
    assert lex_tags(spans, [(4, 14, "ORG")]) == ["", "B-ORG", "I-ORG", ""]


def test_word_tables_equal_feature_strings() -> None:
    """The decoder fills a word's table rows by feature kind, without building feature
    strings: the rows must be those of the strings of features.py, for every kind of word."""
    import numpy as np

    from hadath.ner.decoder import _OFFSETS
    from hadath.ner.features import context_features, word_features
    from hadath.text.segment import tokens

    d = decoder()
    text = ("قال الرئيس السوري بشار الأسد لوكالة رويترز إن 12 جنديا قتلوا، وأصيب 3.5 آخرون "
            "في بالرقة وللمدينة (داعش) ff Reuters abc_d - « » والجيش فهدد بلنسية قرطاج")
    words = sorted({t.norm for t in tokens(text)} | {"zzq", "x", "و", "ال", "لل", "،"})
    for w in words:
        want = np.zeros((5, len(d.labels)))
        feats = [(0, f) for f in word_features(w)]
        feats += [(k, f) for k, off in enumerate(_OFFSETS, start=1) for f in context_features(w, off)]
        for table, f in feats:
            if f in d.index:
                want[table] += d.state[d.index[f]]
        got = np.zeros_like(want)
        for table, col in d._word_rows(w):
            got[table] += d.state[col]
        assert np.allclose(got, want), w



def test_new_word_batch_equals_per_word_rows() -> None:
    """Arabic words get their rows through the batch path (features kind by kind for many
    words): every table row must be the very float the per-word path sums, in its order."""
    import numpy as np

    from hadath.ner.decoder import Decoder
    from hadath.text.segment import tokens

    text = ("قال الرئيس السوري بشار الأسد لوكالة رويترز إن 12 جنديا قتلوا، وأصيب 3.5 آخرون "
            "في بالرقة وللمدينة (داعش) ff Reuters - « » والجيش فهدد بلنسية قرطاج ماكورماك "
            "كاولون واشنطن للتحالف وبالجيش فالتنظيم ال لل و")
    words = list(dict.fromkeys(t.norm for t in tokens(text)))
    d = Decoder()
    ids = d.word_ids(words).tolist()
    for w, row in zip(words, ids, strict=True):
        want = np.zeros((5, len(d.labels)))
        for table, col in d._word_rows(w):
            want[table] += d.state[col]
        assert np.array_equal(d._tabs[:, row], want), w


def test_translit_buckets_equal_per_word() -> None:

    from hadath.ner.decoder import translit_buckets
    from hadath.ner.features import translit_bucket

    bares = ["", "x", "ماكورماك", "كاولون", "جيش", "تشيلسي", "مدينه", "و", "abc", "برشلونه"]
    assert translit_buckets(bares).tolist() == [int(translit_bucket(b)) for b in bares]
    assert len({int(translit_bucket(b)) for b in bares}) > 2  # the words span several buckets

def test_batched_viterbi_equals_plain_viterbi() -> None:
    """The meet-in-the-middle batch gives the plain Viterbi path of every sentence, for
    sentences of one token, even and odd lengths, decoded together."""
    import numpy as np

    d = decoder()
    rng = np.random.default_rng(7)
    lens = np.array([1, 2, 3, 4, 7, 8, 1, 13, 6], dtype=np.intp)
    e = rng.normal(scale=3.0, size=(int(lens.sum()), len(d.labels)))
    got = d._viterbi_flat(e, lens)
    start = 0
    for k, n in enumerate(lens.tolist()):
        em = e[start:start + n]
        start += n
        score, back = em[0].copy(), []
        for t in range(1, n):
            cand = score[:, None] + d.trans  # [from, to]
            back.append(cand.argmax(axis=0))
            score = cand.max(axis=0) + em[t]
        path = [int(score.argmax())]
        for b in reversed(back):
            path.append(int(b[path[-1]]))
        assert got[k] == [d.labels[i] for i in reversed(path)], k


def test_the_crf_reads_the_lexicons_it_was_trained_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon row added after training reaches the stage's matching at once but not the
    CRF's ``c=``/``kw`` features: those come from ``ner.lexwords.tsv``, written with the model."""
    from hadath.ner import features
    from hadath.ner.lexicons import word_classes

    def clear() -> None:
        for f in (features.crf_lexicon, features.word_class, features.word_features, features.context_features):
            f.cache_clear()

    snap = tmp_path / "ner.lexwords.tsv"
    snap.write_text("word\tclass\tknown\nفلانستان\tGPE\t\nبنك\t\tyes\n", encoding="utf-8")
    monkeypatch.setattr(features, "LEXWORDS_PATH", snap)
    clear()
    try:
        assert "c=GPE" in features.word_features("فلانستان") and "kw" in features.word_features("بنك")
        assert word_classes().get("دمشق") == "GPE"  # live lexicon: a one-word place
        assert not [f for f in features.word_features("دمشق") if f.startswith("c=")]
    finally:
        monkeypatch.undo()
        clear()


def test_the_shipped_lexicon_view_loads() -> None:
    from hadath.ner.features import LEXWORDS_PATH, crf_lexicon

    assert LEXWORDS_PATH.exists()
    classes, known = crf_lexicon()
    assert classes.get("دمشق") == "GPE" and len(known) > 1000
