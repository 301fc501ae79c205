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
from types import FunctionType
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from hadath.errors import LexiconError
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import Profile, normalize

if TYPE_CHECKING:  # only annotations name it: a machine integer in the compiled build (mypyc)
    from mypy_extensions import i64

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
_NUM: Final = 1
_DATE: Final = 2


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


def _stem_flags() -> dict[str, int]:
    """Every stem -> ``_NUM`` | ``_DATE``: whether a number, a date or both may start with it."""
    flags: dict[str, int] = {}
    for stem in _number_stems():
        flags[stem] = flags.get(stem, 0) | _NUM
    for stem in _date_stems():
        flags[stem] = flags.get(stem, 0) | _DATE
    return flags


@lru_cache(maxsize=1)
def _scanner() -> object:
    import ahocorasick

    auto = ahocorasick.Automaton()
    for stem, f in _stem_flags().items():
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
    may begin: one pass shared by :mod:`hadath.text.numbers` and :mod:`hadath.text.dates`
    (the last answer is kept, so the second caller pays nothing). Pure Python runs a C-level
    Aho-Corasick automaton (:func:`_scan`), the compiled build a loop over the characters
    that finds the same starts (:func:`_walk`).

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
    found = _walk(text, _walk_tables()) if _COMPILED else _scan(text)
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


# ------------------------------------------------------------------ the compiled build's scan
#
# The automaton reads every character, and at each one that opens no key it compares the
# character with each of the root's 15 children (the characters of ``_BEFORE``): ~40% of
# numbers' instructions in the compiled build. There, :func:`_walk` finds the same starts
# in one loop over the characters on machine integers, as the tokeniser does
# (:func:`hadath.text.segment._scan`). A stem ending in a letter must be a whole run of
# ``str.isalnum`` characters (the automaton rejects it when an alphanumeric character
# follows, and every such stem is alphanumeric: :func:`_walk_tables` checks), so a start is
# looked up once, by its run; a hash of the run's code points, summed in the loop, lets only
# runs that may be stems be sliced and looked up (in scripts/golden.py's texts 12,427 of
# 166,863 runs, 5,220 of them stems). A stem ending in a digit («7»، «و400»، «.5») is a prefix of the text
# at the start, looked up when the character where it would end is such a digit.

_ALNUM: Final = 1  # str.isalnum
_OPENS: Final = 2  # in _BEFORE: a word starts after it
_DIGIT_END: Final = 4  # the last character of a digit stem
_HASH_MASK: Final = 0xFFFF  # the run hash, in 16 bits: one character of the marks table each
_HASH_MUL: Final = 31
# the Arabic letters «ء» to «ي» (tatweel too): alphanumeric, no opener, no digit; most
# characters of the text, so the loops test them by range before the table
_LETTERS_FROM: Final = 0x0621
_LETTERS_TO: Final = 0x064A


def _run_hash(word: str) -> int:
    """:func:`_walk`'s hash of a run of characters (the same sum, in Python)."""
    h = 0
    for ch in word:
        h = (h * _HASH_MUL + ord(ch)) & _HASH_MASK
    return h


class _WalkTables(NamedTuple):
    """What :func:`_walk` reads (:func:`_walk_tables`)."""

    bits: str  # per BMP code point, one character: _ALNUM | _OPENS | _DIGIT_END
    marks: str  # per run hash, "\x01" when a word stem has it
    words: dict[str, int]  # word stem -> _NUM | _DATE
    digits: dict[str, int]  # digit stem -> _NUM | _DATE
    longest: int  # the longest digit stem
    last_opener: int  # the highest code point in _BEFORE
    last_digit_end: int  # the highest last character of a digit stem


@lru_cache(maxsize=1)
def _walk_tables() -> _WalkTables:
    """:func:`_walk`'s tables, checked against what it assumes of the stems and characters."""
    words: dict[str, int] = {}
    digits: dict[str, int] = {}
    for stem, f in _stem_flags().items():
        if stem[-1].isdigit():
            digits[stem] = f
        elif stem.isalnum():
            words[stem] = f
        else:  # the automaton's rule for it (a prefix that no letter follows) is no run
            raise LexiconError(f"number or date stem {stem!r} is not alphanumeric")
    digit_ends = {stem[-1] for stem in digits}
    letters = {chr(c) for c in range(_LETTERS_FROM, _LETTERS_TO + 1)}
    if (not all(ch.isalnum() for ch in letters) or letters & (digit_ends | set(_BEFORE))
            or any(ord(ch) >= 0x10000 for ch in (*digit_ends, *_BEFORE))
            or not all(stem[:-1].isalnum() for stem in digits if stem[0] in letters)):
        raise LexiconError("the scan's character ranges do not hold for the stems' characters")
    bits = "".join(
        chr((_ALNUM if ch.isalnum() else 0) | (_OPENS if ch in _BEFORE else 0)
            | (_DIGIT_END if ch in digit_ends else 0))
        for ch in map(chr, range(0x10000))
    )
    marked = {_run_hash(w) for w in words}
    marks = "".join("\x01" if h in marked else "\x00" for h in range(_HASH_MASK + 1))
    return _WalkTables(bits, marks, words, digits, max(map(len, digits), default=0),
                       max(map(ord, _BEFORE)), max(map(ord, digit_ends), default=-1))


def _walk(text: str, t: _WalkTables) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """:func:`_scan` in one loop over the characters (the compiled build's). Indices, code
    points and the hash are ``i64``: compiled by mypyc, ``ord(s[i])`` reads a character
    without making a string of it."""
    bits, marks, words, digits = t.bits, t.marks, t.words, t.digits
    longest: i64 = t.longest
    last_opener: i64 = t.last_opener
    last_digit_end: i64 = t.last_digit_end
    nums: list[int] = []
    dates: list[int] = []
    n: i64 = len(text)
    i: i64 = 0
    k: i64
    opens = True  # the text's first character starts a word
    while i < n:
        c: i64 = ord(text[i])
        if not opens:
            i += 1
            if c <= last_opener:  # (a letter is above every opener)
                k = ord(bits[c])
                opens = (k & _OPENS) != 0
            continue
        a = i
        f: i64 = 0
        letter = _LETTERS_FROM <= c <= _LETTERS_TO
        if letter:
            k = _ALNUM
        else:  # a digit, a Latin letter, a sign: a digit stem may end at any of its first characters
            k = ord(bits[c]) if c < 0x10000 else _wide_bits(text[i])
            m: i64 = 0
            while m < longest and a + m < n:
                d: i64 = ord(text[a + m])
                if d <= last_digit_end:
                    kd: i64 = ord(bits[d])
                    if kd & _DIGIT_END:
                        f |= digits.get(text[a : a + m + 1], 0)
                m += 1
        if k & _ALNUM:
            h: i64 = 0
            while True:
                h = (h * _HASH_MUL + c) & _HASH_MASK
                i += 1
                if i >= n:
                    break
                c = ord(text[i])
                if _LETTERS_FROM <= c <= _LETTERS_TO:
                    continue
                k = ord(bits[c]) if c < 0x10000 else _wide_bits(text[i])
                # a digit stem that opens with a letter («و400»، «ال15») ends inside the run
                if letter and k & _DIGIT_END and i - a < longest:
                    f |= digits.get(text[a : i + 1], 0)
                if not k & _ALNUM:
                    break
            if ord(marks[h]):
                f |= words.get(text[a:i], 0)
            opens = False  # the character after the run: no word starts at it
        else:
            i += 1
            opens = (k & _OPENS) != 0
        if f & _NUM:
            nums.append(a)
        if f & _DATE:
            dates.append(a)
    return tuple(nums), tuple(dates)


def _wide_bits(ch: str) -> int:
    """The :func:`_walk_tables` bits of a character past the BMP: at most alphanumeric."""
    return _ALNUM if ch.isalnum() else 0


# whether this module runs compiled (mypyc makes its functions builtins): see :func:`scan`
_COMPILED: Final = not isinstance(_walk, FunctionType)
