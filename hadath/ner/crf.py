"""The shipped CRF tagger (python-crfsuite): load once, tag sentences of normalised words.

The model is trained by ``scripts/train_ner.py`` (see ``hadath/ner/MODEL_CARD.md``) and
ships as ``hadath/ner/data/ner.crfsuite``, with its weights exported for the fast decoder
of :mod:`hadath.ner.decoder` (which run time uses). Labels are BIO over the contract types.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Final

import pycrfsuite

from hadath.errors import ConfigError
from hadath.ner.features import SPORT_CLUB, SPORT_SENTENCE, sentence_features
from hadath.ner.lexicons import DATA

MODEL_PATH: Final = DATA / "ner.crfsuite"


@lru_cache(maxsize=4)
def tagger(path: str | None = None) -> pycrfsuite.Tagger:
    """The CRF tagger, opened once per process."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        raise ConfigError(f"{p}: NER model missing; rebuild it with `python scripts/train_ner.py`")
    t = pycrfsuite.Tagger()
    t.open(str(p))
    return t


def lex_tags(spans: Sequence[tuple[int, int]], matches: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO lexicon tag per token: tokens whose span lies inside a match get its type.

    ``spans`` are token ``(start, end)``, ``matches`` are ``(start, end, type)``, both sorted
    by start, in the same coordinates.
    """
    out = [""] * len(spans)
    j = 0
    for s, e, typ in matches:
        while j < len(spans) and spans[j][1] <= s:
            j += 1
        k = j
        first = True
        while k < len(spans) and spans[k][0] < e:
            out[k] = ("B-" if first else "I-") + typ
            first = False
            k += 1
    return out


def sports_tags(spans: Sequence[tuple[int, int]], matches: Sequence[tuple[int, int, str]]) -> list[str]:
    """Sports-context tag per token of one sentence: ``SPORT_CLUB`` on the first token of a
    club or team of ``sports.tsv``/``clubs.tsv`` («I-SPC» on its other tokens: «الاتفاق والنصر»
    are two clubs, «شيفلد يونايتد» one) and ``SPORT_SENTENCE`` on the others when the
    sentence holds a sports cue word («مباراة»، «الدوري»، «لاعب»); empty when it holds none.

    ``matches`` are the sports lexicon's ``(start, end, kind)`` in the sentence (kind
    ``cue``, ``club`` or ``team``), sorted by start, in the coordinates of ``spans``. The idea: that the
    CRF read «الوحدة»، «الاتحاد»، «النصر» in a match report as the clubs they are there. An
    experiment (``scripts/train_ner.py --sport``): it did not help on the CV folds, and the
    shipped model is trained without it (model card, session 13)."""
    if not any(k in ("cue", "cue+head") for _, _, k in matches):
        return []
    out = [SPORT_SENTENCE] * len(spans)
    for k, tag in enumerate(lex_tags(spans, [(s, e, SPORT_CLUB[2:]) for s, e, kind in matches if kind in ("club", "team")])):
        if tag:
            out[k] = tag  # «B-SPC», and «I-SPC» inside a club's name («شيفلد يونايتد»)
    return out


def corpus_inputs(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Normalised words and lexicon tags of a corpus sentence, computed as at run time."""
    words, lex, _ = corpus_inputs_sport(tokens)
    return words, lex


def corpus_inputs_sport(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Normalised words, lexicon tags and sports-context tags (:func:`sports_tags`) of a
    corpus sentence, computed as at run time."""
    from hadath.ner.lexicons import entity_matcher, sports_matcher
    from hadath.text.normalize import normalize, normalize_key

    offs, pos = [], 0
    for t in tokens:
        offs.append((pos, pos + len(t)))
        pos += len(t) + 1
    norm = normalize(" ".join(tokens))
    matches = [(m.start, m.end, m.payloads[0].type) for m in entity_matcher().find(norm)]
    sport = [(m.start, m.end, m.payloads[0].kind) for m in sports_matcher().find(norm)]
    return [normalize_key(t) or t for t in tokens], lex_tags(offs, matches), sports_tags(offs, sport)


def tag_reference(words: list[str], lex: list[str] | None = None, path: str | None = None,
                  sport: list[str] | None = None) -> list[str]:
    """BIO labels from python-crfsuite itself (slow; the reference for :func:`tag`)."""
    if not words:
        return []
    labels: list[str] = tagger(path).tag(sentence_features(words, lex, sport))
    return labels


def tag(words: list[str], lex: list[str] | None = None) -> list[str]:
    """BIO labels for one sentence of normalised words (fast exact decoder)."""
    from hadath.ner.decoder import decoder

    return decoder().tag(words, lex)


def tag_many(sents: Sequence[tuple[Sequence[str], Sequence[str] | None]]) -> list[list[str]]:
    """BIO labels for many sentences at once (one document): batched decoding."""
    from hadath.ner.decoder import decoder

    return decoder().tag_many(sents)
