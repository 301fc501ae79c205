"""The event classifier: a logistic regression over :mod:`hadath.events.features`.

Trained by ``scripts/train_events.py`` on the OEDA Arabic gold standard (see
``data/MODEL_CARD.md``) and shipped as JSON (feature -> weight, plus decision thresholds per
PLOVER type). Scoring is a dictionary sum, so it needs no numpy at run time. Without the
model file the detector still works on rules alone (every non-vetoed trigger scores
``RULE_PRIOR``), which is what a fresh checkout has before training.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Final

from hadath.errors import LexiconError
from hadath.events.context import Memo
from hadath.events.features import word_feature
from hadath.paths import package_dir

MODEL_PATH: Final = package_dir("hadath.events") / "data" / "event_model.json"
RULE_PRIOR: Final = 0.6
DEFAULT_THRESHOLD: Final = 0.5


@dataclass(frozen=True)
class EventModel:
    weights: dict[str, float] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    trained: frozenset[str] = frozenset()
    _merged: dict[str, dict[str, float]] = field(default_factory=dict)
    _words: dict[str, Memo[str, float]] = field(default_factory=dict)
    _bias: dict[str, float] = field(default_factory=dict)

    def merged(self, plover: str) -> dict[str, float]:
        """Weights with the type-specific copy folded in: w[f] + w[plover|f] (one lookup per feature).

        Equivalent to scoring :func:`hadath.events.features.conjoin` lists, at half the
        lookups and without building them. The bias terms sit under the key ``bias``.
        """
        got = self._merged.get(plover)
        if got is None:
            prefix = plover + "|"
            got = {k: v for k, v in self.weights.items() if "|" not in k}
            for k, v in self.weights.items():
                if k.startswith(prefix):
                    base = sys.intern(k[len(prefix):])
                    got[base] = got.get(base, 0.0) + v
            self._merged[plover] = got
        return got

    def z_plain(self, plover: str, feats: list[str]) -> float:
        w = self.merged(plover)
        return sum(map(w.get, feats, repeat(0.0)))  # no generator frame per feature

    def z_sentence(self, plover: str, own: list[str], head: list[str], stems: Iterable[str], tail: list[str]) -> float:
        """``z_plain(plover, own + sentence_features)`` from the sentence's parts
        (:func:`hadath.events.features.sentence_parts`), bit for bit: the same weights are
        added in the same order, and a stem too short to be a feature adds 0.0, which
        leaves a float sum unchanged. A word's weight is looked up by its stem in one step
        (:meth:`word_weights`), not through its feature name first.
        """
        w = self.merged(plover)
        words = self.word_weights(plover)
        # plain loops, not ``sum(chain(map(...)))``: compiled, each weight is a dict read and a
        # C double added, where the map called ``dict.get`` through a bound method per item;
        # the additions run in the same order from 0.0 as ``sum`` of floats (Python 3.11's
        # sum adds doubles one by one), so the score is the same to the bit. A feature the
        # model lacks is skipped rather than added as 0.0 (compiled, ``w.get(f, 0.0)`` boxed a
        # new float for the default at every read): adding 0.0 changes no sum that starts at
        # +0.0, as a sum of weights from +0.0 is never -0.0
        z = 0.0
        for f in own:
            v = w.get(f)
            if v is not None:
                z += v
        for f in head:
            v = w.get(f)
            if v is not None:
                z += v
        for stem in stems:
            z += words[stem]
        for f in tail:
            v = w.get(f)
            if v is not None:
                z += v
        return z

    def word_weights(self, plover: str) -> Memo[str, float]:
        """The weight of each stem's word feature ``w=<stem>`` for ``plover`` (0.0 when the
        model lacks it or the stem is too short to be a feature), made once per stem."""
        got = self._words.get(plover)
        if got is None:
            w = self.merged(plover)

            def weight(stem: str) -> float:
                name = word_feature(stem)
                return w.get(name, 0.0) if name is not None else 0.0

            got = self._words[plover] = Memo(weight)
        return got

    def z_bias(self, plover: str) -> float:
        """``z_plain(plover, ["bias"])``: the bias terms' share of a score (once per type)."""
        got = self._bias.get(plover)
        if got is None:
            got = self._bias[plover] = sum(map(self.merged(plover).get, ("bias",), repeat(0.0)))
        return got

    def prob(self, feats: list[str]) -> float:
        if not self.weights:
            return RULE_PRIOR
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def z(self, feats: list[str]) -> float:
        """Sum of the weights of ``feats`` (0 for a rule-only model)."""
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def prob_of_z(self, z: float) -> float:
        if not self.weights:
            return RULE_PRIOR
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def threshold(self, plover: str) -> float:
        return self.thresholds.get(plover, self.thresholds.get("default", DEFAULT_THRESHOLD))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> EventModel:
    """The shipped model (cached); an empty rule-only model if the file is absent."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return EventModel()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return EventModel(
            # interned, as the feature strings are: a look-up matches its key by identity
            weights={sys.intern(str(k)): float(v) for k, v in data["weights"].items()},
            thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
            trained=frozenset(data.get("trained_types", ())),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise LexiconError(f"{p}: unreadable event model ({exc}); rebuild it with scripts/train_events.py") from exc
