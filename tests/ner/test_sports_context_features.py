"""Session 13's experiment (not shipped, scripts/train_ner.py --sport): the CRF's sports-context
features, a sentence with a sports cue and the clubs in it."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.ner.crf import lex_tags, sports_tags
from hadath.ner.features import SPORT_CLUB, SPORT_SENTENCE, sentence_features
from hadath.ner.lexicons import entity_matcher, sports_matcher

MATCH = "وسجل لاعب الوحدة هدف الفوز في مرمى الشباب في الدقيقة الأخيرة من المباراة"
NEWS = "وخرج الشباب في مسيرة تطالب بالوحدة الوطنية في مدينة حلب"


def _inputs(text: str) -> tuple[list[str], list[str], list[str]]:
    doc = Doc(raw=text)
    doc.segment()
    toks = doc.tokens
    spans = [(t.start, t.end) for t in toks]
    lex = [(m.start, m.end, m.payloads[0].type) for m in entity_matcher().find(doc.norm)]
    sport = [(m.start, m.end, m.payloads[0].kind) for m in sports_matcher().find(doc.norm)]
    return [t.norm for t in toks], lex_tags(spans, lex), sports_tags(spans, sport)


def test_sports_tags_mark_a_cue_sentence_and_its_clubs() -> None:
    words, _, sport = _inputs(MATCH)
    tagged = dict(zip(words, sport, strict=True))
    assert tagged["الوحده"] == SPORT_CLUB and tagged["الشباب"] == SPORT_CLUB
    assert tagged["مرمي"] == SPORT_SENTENCE
    assert _inputs(NEWS)[2] == []  # no cue word: no sports feature at all


def test_sports_features_are_lexicon_kind_features() -> None:
    feats = sentence_features(["لاعب", "الوحده"], None, [SPORT_SENTENCE, SPORT_CLUB])
    assert "lex=" + SPORT_SENTENCE in feats[0] and "lex+1=" + SPORT_CLUB in feats[0]
    assert "lex=" + SPORT_CLUB in feats[1] and "lex-1=" + SPORT_SENTENCE[2:] in feats[1]
