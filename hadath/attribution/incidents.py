"""Sentences that turn to another happening: «وفي هجوم آخر، ...»، «وفي حادث منفصل، ...».

A wire report often strings several incidents together. A figure told after such a turn
counts the new incident's dead, however similar its subject («مقتل 15 شخصا» after «مقتل
أربعة من عناصر الشرطة»): it is no rival of the earlier figures, and the two events are not
one disputed happening. The phrases are data (``data/incidents.tsv``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from hadath.bisects import bisect_right
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import Normalized, normalize_key

if TYPE_CHECKING:
    from hadath.doc import Doc

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

INCIDENTS_TSV: Final = package_dir("hadath.attribution") / "data" / "incidents.tsv"
OPENING: Final = 40  # characters of a sentence in which its opening phrase is read
_CONJ: Final = ("\u0648", "\u0641")  # و ف


@lru_cache(maxsize=1)
def turn_phrases() -> tuple[str, ...]:
    """The phrases of ``incidents.tsv``, normalised, longest first."""
    rows = load_tsv(INCIDENTS_TSV, ("id", "variants"), ("id", "variants"), ("id",))
    keys = {normalize_key(v) for r in rows for v in split_variants(r["variants"])}
    return tuple(sorted(keys, key=len, reverse=True))


@lru_cache(maxsize=1)
def _phrases_by_prefix() -> tuple[int, dict[str, tuple[str, ...]]]:
    """The phrases by their first ``k`` characters, ``k`` the shortest phrase's length: a
    sentence can open only with the phrases that share its first ``k`` characters, so one
    look-up leaves none to compare for most sentences."""
    phrases = turn_phrases()
    k = min(map(len, phrases), default=0)
    table: dict[str, list[str]] = {}
    for p in phrases:
        table.setdefault(p[:k], []).append(p)
    return k, {key: tuple(ps) for key, ps in table.items()}


def opens_turn(sentence: str) -> bool:
    """Does ``sentence`` open with a turn to another happening (after «و»/«ف»)?"""
    return _opens(normalize_key(sentence[:OPENING].lstrip()))


def _opens(head: str) -> bool:
    """Does a sentence whose opening is ``head`` (normalised as by ``normalize_key``) turn?

    The phrase may follow «و»/«ف», or open the sentence itself: «في هجوم آخر» opens with the
    letter «ف», which is then no conjunction (so both readings are tried)."""
    return _opens_with_phrase(head) or (head[:1] in _CONJ and _opens_with_phrase(head[1:]))


def _opens_with_phrase(head: str) -> bool:
    k, table = _phrases_by_prefix()
    return any(head.startswith(p) and (len(head) == len(p) or not head[len(p)].isalpha())
               for p in table.get(head[:k], ()))


def turn_starts(norm: Normalized, sentences: Sequence[object]) -> list[int]:
    """Raw starts of the sentences that open a turn, in order; ``norm`` is the document's
    MATCH view (``doc.norm``).

    A sentence's opening is the same as :func:`opens_turn` reads, cut from the document's
    normalised text instead of normalised again: the MATCH profile maps character by
    character, so the normalised characters of the opening's raw characters are its
    normalisation. ``normalize_key`` of a new 40-character string cost ~70,000 instructions,
    one a sentence (callgrind, compiled build)."""
    spans = [(s.start, s.end) for s in sentences]  # type: ignore[attr-defined]
    return [a for (a, _), turn in zip(spans, turns_at(norm, spans), strict=True) if turn]


TURNS: Final = "_turns"  # ``doc.extras`` key of :func:`sentence_turns`' memo


def sentence_turns(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """:func:`turns_at` of ``doc.norm`` for raw sentence spans, each span read once per document.

    The claims read every sentence's opening (:func:`doc_turn_starts`), and the event
    coreference rules read their events' sentences up to three times; the answers are kept in
    ``doc.extras`` (:data:`TURNS`), so later readers only look them up."""
    memo: dict[tuple[int, int], bool] | None = doc.extras.get(TURNS)
    if memo is None:
        memo = doc.extras[TURNS] = {}
    missing = [span for span in dict.fromkeys(spans) if span not in memo]
    if missing:
        memo.update(zip(missing, turns_at(doc.norm, missing), strict=True))
    return [memo[span] for span in spans]


def doc_turn_starts(doc: Doc) -> list[int]:
    """:func:`turn_starts` of ``doc.norm`` and ``doc.sentences``, through :func:`sentence_turns`."""
    spans = [(s.start, s.end) for s in doc.sentences]
    return [a for (a, _), turn in zip(spans, sentence_turns(doc, spans), strict=True) if turn]


def turns_at(norm: Normalized, sentences: list[tuple[int, int]]) -> list[bool]:
    """Per raw sentence span ``(start, end)`` of the document whose MATCH view is ``norm``:
    does it open a turn? (:func:`opens_turn` of each, read as :func:`turn_starts` reads them;
    one call for many spans: each call costs a few numpy look-ups)"""
    spans = [(a, min(b, a + OPENING)) for a, b in sentences]
    if not spans:
        return []
    text = norm.text
    if norm.starts is None:
        cuts = spans
    else:  # the normalised characters whose raw character lies in the opening
        firsts = norm.starts.searchsorted([a for a, _ in spans]).tolist()
        lasts = norm.starts.searchsorted([b for _, b in spans]).tolist()
        cuts = list(zip(firsts, lasts, strict=True))
    firsts_letters = _first_letters()
    out = []
    for i, j in cuts:
        opening = text[i:j].lstrip()
        # most sentences open with no phrase's first letter (nor «و»/«ف» and one): no more to read
        out.append((opening[:1] in firsts_letters or opening[:1] in _CONJ and opening[1:2] in firsts_letters)
                   and _opens(" ".join(opening.split())))
    return out


@lru_cache(maxsize=1)
def _first_letters() -> frozenset[str]:
    return frozenset(p[0] for p in turn_phrases())


def incident_at(turns: list[int], pos: int) -> int:
    """How many turns come at or before raw ``pos``: figures with the same number are told
    of the same run of happenings."""
    return bisect_right(turns, pos)
