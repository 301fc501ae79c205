"""Small word-class tables: data files whose rows list Arabic words of one kind (``name``,
``kind``, ``variants``), read token by token by a rule («أعلنت ... مسؤوليتها»: an announcing
verb, then a responsibility word). A rule asks the kind of a token's normalised form; the
conjunctions و and ف in front of it are taken off when the whole form is not listed
(«وأعلنت»، «فتبنت»)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

_COLUMNS = ("name", "kind", "variants")
_CONJUNCTIONS = "\u0648\u0641"  # و ف


@lru_cache(maxsize=16)
def word_kinds(path: str | Path) -> dict[str, str]:
    """Each listed form of the file, normalised, to its row's kind."""
    rows = load_tsv(path, _COLUMNS, _COLUMNS, ("name",))
    return {normalize_key(v): row["kind"] for row in rows for v in split_variants(row["variants"])}


def kind_of(norm: str, table: dict[str, str]) -> str | None:
    """The kind of a normalised token (after «و»/«ف» when the whole form is not listed), or None."""
    kind = table.get(norm)
    if kind is None and len(norm) > 3 and norm[0] in _CONJUNCTIONS:
        kind = table.get(norm[1:])
    return kind


def forms_of_kinds(table: dict[str, str], kinds: Iterable[str]) -> frozenset[str]:
    """Every normalised token whose :func:`kind_of` in ``table`` is one of ``kinds``: the
    listed forms of those kinds, and each after «و»/«ف» when that whole form is not listed
    itself. A rule that looks for a few kinds tests a sentence's tokens against this set at
    once (``isdisjoint``) before reading their kinds one by one."""
    wanted = frozenset(kinds)
    forms = {w for w, kind in table.items() if kind in wanted}
    joined = {c + w for w in forms for c in _CONJUNCTIONS if len(w) + 1 > 3 and c + w not in table}
    return frozenset(forms | joined)


def agent_forms(kind: str) -> frozenset[str]:
    """The normalised forms of one kind of ``agent_words.tsv`` (words that name who carried out
    an attack: «بقذيفة أطلقها الحوثيون»), as listed: the rules that read them strip clitics
    their own way. One file, so the events and claims rules cannot drift apart."""
    return frozenset(w for w, k in word_kinds(package_dir("hadath.lexicon") / "agent_words.tsv").items() if k == kind)
