"""The events stage's data files load, validate and compile."""

from __future__ import annotations

import json

from hadath.events import lexicon
from hadath.events.model import MODEL_PATH, load_model
from hadath.lexicon.loader import load_tsv
from hadath.schema import EVENT_TYPES, PLOVER_TYPES

CUE_KINDS = {
    "negation", "denial", "future", "intent", "hypothetical", "threat", "condemn", "trial", "anniversary", "history",
    "after", "attempt", "generic", "accident", "question", "call", "report", "source", "time", "casualty",
    "victim", "place", "ongoing", "belief", "intervention", "dispersal", "agent", "assoc", "target",
    "nocasualty", "object", "purpose", "chant", "crowd", "deed", "stage", "goout", "equipment", "undertake",
    "some", "sustain", "erupt", "litotes", "turn", "position", "repeat", "materiel", "ability", "unstated", "contrast", "unmanned", "habitual",
    "populace", "answer", "detainee", "scattered", "overflight", "joy", "audience", "governance", "end", "festival", "course",
}


def test_triggers_are_valid_and_compile() -> None:
    rows = load_tsv(lexicon.DATA / "triggers.tsv", lexicon.TRIGGER_COLUMNS, lexicon.TRIGGER_COLUMNS)
    assert len(rows) > 40
    for r in rows:
        assert r["plover"] in PLOVER_TYPES
        assert r["sub_event_type"] in EVENT_TYPES[r["event_type"]]
    m = lexicon.triggers()
    assert len(m) > len(rows)  # inflections generated
    assert "\u0642\u062a\u0644\u0648\u0627" in m.keys  # قتلوا from قتل


def test_cues_have_known_kinds() -> None:
    rows = load_tsv(lexicon.DATA / "cues.tsv", lexicon.CUE_COLUMNS, lexicon.CUE_COLUMNS)
    assert {r["kind"] for r in rows} <= CUE_KINDS
    assert len(lexicon.cues()) > 300


def test_generic_actors_have_acled_inter_codes() -> None:
    rows = load_tsv(lexicon.DATA / "generic_actors.tsv", lexicon.ACTOR_COLUMNS, lexicon.ACTOR_COLUMNS)
    assert all(1 <= int(r["inter"]) <= 8 for r in rows)
    assert len(lexicon.generic_actors()) > 50


def test_shipped_model_loads_with_thresholds() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model = load_model()
    assert set(data["trained_types"]) == {"ASSAULT", "PROTEST"}
    for t in ("ASSAULT", "PROTEST"):
        assert 0.0 < model.threshold(t) < 1.0
    assert model.weights
