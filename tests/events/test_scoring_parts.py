"""The stage scores a sentence from its feature parts (``EventModel.z_sentence``), training
from the feature list (``conjoin`` of candidate and sentence features): the two must give
the very same float, bit for bit, or a probability at a threshold could flip."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from hadath.doc import Doc
from hadath.events.context import Candidate
from hadath.events.features import candidate_features, sentence_features, sentence_parts
from hadath.events.modality import veto
from hadath.events.model import load_model
from hadath.events.stage import score
from hadath.pipeline import default_stages

ARTICLES = Path(__file__).parent / "articles"
SAMPLE = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")
TEXTS = [SAMPLE] + [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


def _before_events(text: str) -> Doc:
    doc = Doc(raw=text)
    for st in default_stages():
        if st.name == "events":
            break
        doc = st(doc) or doc
    return doc


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t[:12])
def test_scores_from_parts_equal_scores_of_the_feature_list(text: str) -> None:
    model = load_model()
    doc = _before_events(text)
    groups = 0
    for s in score(doc):
        by_type: dict[str, list[Candidate]] = {}
        for c in s.candidates:
            if not veto(c):
                by_type.setdefault(c.trigger.plover, []).append(c)
        if not by_type:
            continue
        head, stems, tail = sentence_parts(doc, s)
        sfeats = sentence_features(doc, s)
        assert len(sfeats) == len(set(sfeats))
        for plover, cands in by_type.items():
            own = list(dict.fromkeys(f for c in cands for f in candidate_features(c)))
            assert set(own).isdisjoint(sfeats)
            fast = model.z_sentence(plover, own, head, stems, tail)
            assert fast == model.z_plain(plover, own + sfeats)
            groups += 1
    if groups == 0:  # (the PKK's weapons burnt by their owners: every candidate is vetoed)
        pytest.skip("every candidate of this article is vetoed: no score to compare")
