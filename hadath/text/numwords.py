"""Number, month, weekday and date words, loaded from ``hadath/text/data`` and compiled once.

The word lists are data (TSV, checked by :func:`hadath.lexicon.loader.load_tsv`); this module
folds them with the CAREFUL profile (the view :mod:`hadath.text.numbers` and
:mod:`hadath.text.dates` match on) and turns them into regular-expression alternations built
as a character trie, so that a scan tries each word start once per letter rather than once
per word («ثلاث|ثلاثة|ثلاثون» becomes «ثلاث(?:ون|ه)?»).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from hadath.errors import LexiconError
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import Profile, normalize

DATA: Final = package_dir("hadath.text") / "data"


def fold(s: str) -> str:
    """The CAREFUL-profile form of a lexicon entry, spaces collapsed («إحدى عشرة» -> «احدي عشره»)."""
    return " ".join(normalize(s, Profile.CAREFUL).text.split())


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation matching exactly ``words``, longest alternatives tried first.

    A space inside a word matches any run of whitespace. The result has no capturing
    groups, so it can be embedded anywhere.
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: dict[str, dict]) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else regex.escape(ch)
        branches.append(piece + _node_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        # greedy optional: the longer word is tried first, the shorter on backtracking
        return "(?:" + body + ")?"
    return body


@dataclass(frozen=True, slots=True)
class NumberWord:
    """One folded number word: its value, its grammatical kind, and ``high`` for vague ones."""

    value: float
    kind: str
    high: float | None = None


_KINDS: Final = frozenset(
    {"zero", "unit", "teen_head", "teen", "ten", "hundred", "hundred_colloquial",
     "hundred_base", "scale", "scale_plural", "vague", "half"}
)


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    """Folded number word -> :class:`NumberWord` (teens built from their heads: «احد عشر» = 11)."""
    rows = load_tsv(DATA / "numwords.tsv", ("name", "variants", "value", "kind", "high"),
                    required=("name", "variants", "value", "kind"), unique=("name",))
    out: dict[str, NumberWord] = {}
    heads: list[tuple[str, float]] = []
    tails: list[str] = []

    def add(word: str, entry: NumberWord) -> None:
        old = out.get(word)
        if old is not None and old != entry:
            raise LexiconError(f"numwords.tsv: {word!r} folds to two different numbers")
        out[word] = entry

    for row in rows:
        kind = row["kind"]
        if kind not in _KINDS:
            raise LexiconError(f"numwords.tsv: unknown kind {kind!r} for {row['name']!r}")
        value = float(row["value"])
        high = float(row["high"]) if row["high"] else None
        for v in split_variants(row["variants"]):
            w = fold(v)
            if kind == "teen_head":
                heads.append((w, value))
                continue
            if kind == "unit" and 3 <= value <= 9:
                heads.append((w, value))
            if kind == "unit" and value == 10:
                tails.append(w)
            add(w, NumberWord(value, kind, high))
    for head, value in heads:
        for tail in tails:
            add(f"{head} {tail}", NumberWord(value + 10, "teen"))
    return out


@lru_cache(maxsize=1)
def number_context() -> dict[str, dict[str, str]]:
    """Role -> {folded phrase: role} for approximators, bounds, range words, percent, «فاصلة»."""
    rows = load_tsv(DATA / "number_context.tsv", ("name", "variants", "role"),
                    required=("name", "variants", "role"), unique=("name",))
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        for v in split_variants(row["variants"]):
            out.setdefault(row["role"], {})[fold(v)] = row["role"]
    return out


@lru_cache(maxsize=1)
def months() -> tuple[dict[str, int], frozenset[str]]:
    """Folded month name -> month number, and the names that are also common words."""
    rows = load_tsv(DATA / "months.tsv", ("name", "variants", "month", "ambiguous"),
                    required=("name", "variants", "month"), unique=("name", "variants"))
    names: dict[str, int] = {}
    ambiguous: set[str] = set()
    for row in rows:
        m = int(row["month"])
        if not 1 <= m <= 12:
            raise LexiconError(f"months.tsv: month {m} out of range for {row['name']!r}")
        for v in split_variants(row["variants"]):
            names[fold(v)] = m
        ambiguous.update(fold(v) for v in split_variants(row["ambiguous"]))
    if not ambiguous <= names.keys():
        raise LexiconError("months.tsv: an 'ambiguous' name is not among the month's variants")
    return names, frozenset(ambiguous)


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday name (with and without the article) -> ``date.weekday()`` number."""
    rows = load_tsv(DATA / "weekdays.tsv", ("name", "variants", "weekday"),
                    required=("name", "variants", "weekday"), unique=("name", "variants"))
    return {fold(v): int(row["weekday"]) for row in rows for v in split_variants(row["variants"])}


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    """Folded ordinal word -> value (1-10, 20, 30; -1 for «الأخير»/«آخر»)."""
    rows = load_tsv(DATA / "ordinals.tsv", ("name", "variants", "value"),
                    required=("name", "variants", "value"), unique=("name", "variants"))
    return {fold(v): int(row["value"]) for row in rows for v in split_variants(row["variants"])}


@lru_cache(maxsize=1)
def date_words() -> dict[str, list[tuple[str, str]]]:
    """Role -> [(folded word, form)] for relative-date words (see ``date_words.tsv``)."""
    rows = load_tsv(DATA / "date_words.tsv", ("name", "variants", "role", "form"),
                    required=("name", "variants", "role"), unique=("name",))
    out: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        for v in split_variants(row["variants"]):
            out.setdefault(row["role"], []).append((fold(v), row["form"]))
    return out


# ------------------------------------------------------------------ one shared scan

# characters that may stand right before a number or date word («(ثلاثة»، «،أمس», a line start)
_BEFORE: Final = (" ", "\n", "\t", '"', "'", "(", "[", "-", "/", ",", "\u060c", ":", ";", "\u061b", "*")
_WA, _FA, _BA, _LAM = "\u0648", "\u0641", "\u0628", "\u0644"
_AL: Final = "\u0627\u0644"
_NUM, _DATE = 1, 2


def _number_stems() -> set[str]:
    heads = {w.split()[0] for w in number_words()}
    clitics = ("", _WA, _FA, _BA, _LAM, _WA + _BA, _WA + _LAM, _FA + _BA, _FA + _LAM)
    stems = {c1 + c2 + w for w in heads for c1 in clitics for c2 in ("", _AL)}
    stems |= {c1 + _LAM + _LAM + w for w in heads for c1 in ("", _WA, _FA)}  # لل
    # digits: the key is the first digit (or «.7»), with an optional proclitic («و400»)
    stems |= {c1 + d for d in "0123456789" for c1 in ("", _WA, _BA, _LAM, _FA, ".", "\u066b")}
    return stems


def _date_stems() -> set[str]:
    heads = {w.split()[0] for w in months()[0]} | set(weekdays())
    for role, items in date_words().items():
        if role.startswith("unit_") or role in ("yesterday", "tomorrow", "today"):
            heads |= {w.split()[0] for w, _ in items}
    heads |= {"\u0644\u064a\u0644\u0647", _AL + "\u0644\u064a\u0644\u0647"}  # ليله «الليلة الماضية»
    stems = {c + h for h in heads for c in ("", _WA, _BA, _LAM, _FA, _WA + _BA, _FA + _BA, _WA + _LAM)}
    stems |= {c + d for d in "0123456789" for c in ("", _WA, _BA, _AL)}  # «الـ15 من الشهر»
    return stems


@lru_cache(maxsize=1)
def _scanner() -> object:
    import ahocorasick

    flags: dict[str, int] = {}
    for stem in _number_stems():
        flags[stem] = flags.get(stem, 0) | _NUM
    for stem in _date_stems():
        flags[stem] = flags.get(stem, 0) | _DATE
    auto = ahocorasick.Automaton()
    for stem, f in flags.items():
        for b in _BEFORE:
            # keys carry the character before the word, so hits inside words never surface;
            # the value: the stem's length, whether a letter may not follow (words, not
            # digits), whether a number and whether a date may start there
            auto.add_word(b + stem, (len(stem), not stem[-1].isdigit(), bool(f & _NUM), bool(f & _DATE)))
    auto.make_automaton()
    return auto


# the last text :func:`scan` read and its answer: the text object itself is kept, so ``is``
# can never be fooled by a freed string's address being reused
_last: tuple[str, tuple[tuple[int, ...], tuple[int, ...]]] = ("", ((), ()))


def scan(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Word starts in CAREFUL-normalised ``text`` where a number (first) or a date (second)
    may begin: one C-level Aho-Corasick pass shared by :mod:`hadath.text.numbers` and
    :mod:`hadath.text.dates` (the last answer is kept, so the second caller pays nothing).

    Trying the full patterns at every word start would cost about 1 ms an article; the few
    dozen starts found here cost tens of µs. The answer is kept for the very text object
    (``is``), not by value as ``lru_cache`` would: both callers pass the same
    ``doc.careful.text``, and hashing a 4,000-character article for an ``lru_cache`` key cost
    ~70,000 instructions (callgrind), a sixth of the scan itself.
    """
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    found = _scan(text)
    _last = (text, found)
    return found


def _scan(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    nums: set[int] = set()
    dates: set[int] = set()
    n = len(text)
    hit: tuple[int, tuple[int, bool, bool, bool]]
    for hit in _scanner().iter(" " + text):  # type: ignore[attr-defined]
        # ``end`` is the stem's last character in " " + text, so ``text[end]`` follows it
        end = hit[0]
        klen, word, num, date = hit[1]
        if word and end < n and text[end].isalnum():
            continue  # «الفلسطيني» begins with «الف»: a prefix, not the word
        if num:
            nums.add(end - klen)
        if date:
            dates.add(end - klen)
    return tuple(sorted(nums)), tuple(sorted(dates))
