"""Word-class tables (hadath/lexicon/wordkinds.py) used by token-level rules."""

from __future__ import annotations

from pathlib import Path

from hadath.events.responsibility import words as responsibility_words
from hadath.lexicon.wordkinds import agent_forms, forms_of_kinds, kind_of, word_kinds
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


def test_agent_forms_feed_both_the_events_and_the_claims_rule() -> None:
    """One file lists the weapon-releasing verbs: the events rule (who fired is actor1) and the
    claims rule (who fired is not the counted men's ranks) read the same forms."""
    from hadath.attribution.claims import _AGENT_GAP
    from hadath.events.arguments import _RELEASED_BY

    released = agent_forms("released")
    assert normalize_key("أطلقها") in released and normalize_key("زرعوه") in released
    assert released == _RELEASED_BY and released <= _AGENT_GAP
    assert agent_forms("no such kind") == frozenset()
