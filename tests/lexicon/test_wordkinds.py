"""Word-class tables (hadath/lexicon/wordkinds.py) used by token-level rules."""

from __future__ import annotations

from pathlib import Path

from hadath.lexicon.wordkinds import kind_of, word_kinds
from hadath.text.normalize import normalize_key


def test_a_listed_form_after_a_conjunction_keeps_its_kind(tmp_path: Path) -> None:
    p = tmp_path / "kinds.tsv"
    p.write_text("# fixture\nname\tkind\tvariants\nclaim verbs\tclaim\tتبنى | تبنت\nin which\tin\tفيه\n",
                 encoding="utf-8")
    table = word_kinds(p)
    assert kind_of(normalize_key("تبنّت"), table) == "claim"
    assert kind_of(normalize_key("وتبنت"), table) == "claim"
    assert kind_of(normalize_key("فتبنى"), table) == "claim"
    assert kind_of(normalize_key("فيه"), table) == "in"
    assert kind_of(normalize_key("وفيه"), table) == "in"
    assert kind_of(normalize_key("تبناه"), table) is None
