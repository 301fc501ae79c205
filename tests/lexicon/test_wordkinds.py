"""Word-class tables (hadath/lexicon/wordkinds.py) used by token-level rules."""

from __future__ import annotations

from pathlib import Path

from hadath.events.responsibility import words as responsibility_words
from hadath.lexicon.wordkinds import forms_of_kinds, kind_of, word_kinds
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


def test_forms_of_kinds_are_exactly_the_tokens_kind_of_gives_those_kinds(tmp_path: Path) -> None:
    # a rule skips a sentence none of whose tokens is in the set: the set must hold every
    # token kind_of reads as one of the kinds, and nothing else
    p = tmp_path / "kinds.tsv"
    p.write_text("# fixture\nname\tkind\tvariants\nclaim verbs\tclaim\tتبنى | وتبنى\nin which\tin\tفيه\n"
                 "announce\tannounce\tأعلن | فأعلن\n", encoding="utf-8")
    for table in (word_kinds(p), responsibility_words()):
        kinds = ("claim", "announce")
        forms = forms_of_kinds(table, kinds)
        tokens = set(table) | {c + w for w in table for c in "وف"} | {w[1:] for w in table}
        tokens |= {c + d + w for w in table for c in "وف" for d in "وف"}
        for tok in tokens:
            assert (tok in forms) == (kind_of(tok, table) in kinds), tok
