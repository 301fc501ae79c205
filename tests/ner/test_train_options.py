"""scripts/train_ner.py's switches of session 19's experiments: the training algorithm and the
feature prefixes left out of training (model card, session 19)."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

from hadath.ner.corpus import Sentence

ROOT = Path(__file__).resolve().parents[2]


def _train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _args(algorithm: str) -> argparse.Namespace:
    return argparse.Namespace(algorithm=algorithm, c1=0.05, c2=0.05, iterations=150,
                              no_transitions=False, min_freq=1.0)


def test_params_give_each_algorithm_only_what_it_takes() -> None:
    tn = _train_ner()
    assert {"c1", "c2"} <= tn._params(_args("lbfgs")).keys()
    assert "c1" not in tn._params(_args("l2sgd")) and "c2" in tn._params(_args("l2sgd"))
    assert not {"c1", "c2"} & tn._params(_args("ap")).keys()


def test_dropped_prefixes_leave_training_only() -> None:
    tn = _train_ner()
    s = Sentence(["قال", "محمد", "العلي"], ["O", "B-PER", "I-PER"])
    full, labels = tn.sentence_xy(s)
    tn.DROP_FEATURES = ("w=", "-1w=", "+1w=")
    try:
        dropped, _ = tn.sentence_xy(s)
    finally:
        tn.DROP_FEATURES = ()
    assert labels == ["O", "B-PER", "I-PER"]
    assert any(f.startswith("w=") for f in full[1]) and any(f.startswith("-1w=") for f in full[1])
    assert dropped[1] == [f for f in full[1] if not f.startswith(("w=", "-1w=", "+1w="))]
    assert any(f.startswith("s=") for f in dropped[1])  # the stem stays


def test_document_features_read_the_other_occurrences_only() -> None:
    """Session 20's two-pass experiment: what the first pass said about a word's form elsewhere in
    the document, never about the token itself; «وبلنسية» is another form (no «ال» to split)."""
    tn = _train_ner()
    words = [["زار", "بلنسية", "امس"], ["في", "بلنسية", "قال", "خوان", "كارلوس"], ["كارلوس", "وبلنسية"]]
    labels = [["O", "B-GPE", "O"], ["O", "O", "O", "B-PER", "I-PER"], ["O", "O"]]
    feats = tn.doc_features(words, labels)
    assert feats[0] == [[], ["dO"], []]  # the other «بلنسية» was left outside a name
    assert feats[1][1] == ["dA=GPE"]  # the first one was a place
    assert feats[1][4] == ["dO"]  # the other «كارلوس» was outside a name
    assert feats[2] == [["dA=PER", "dL=PER"], []]  # the first one was inside a longer person's name
