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
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from hadath.errors import LexiconError

MODEL_PATH = Path(__file__).resolve().parent / "data" / "event_model.json"
RULE_PRIOR = 0.6
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class EventModel:
    weights: dict[str, float] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    trained: frozenset[str] = frozenset()
    _merged: dict[str, dict[str, float]] = field(default_factory=dict)

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

    def z_bias(self, plover: str) -> float:
        """``z_plain(plover, ["bias"])``: the bias terms' share of a score."""
        return sum(map(self.merged(plover).get, ("bias",), repeat(0.0)))

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
