"""CRF features: lean, computed once per distinct word and reused (``lru_cache``).

A token's features are its own word features plus a few features of its neighbours
(±1, ±2) and the lexicon tag of itself and its neighbours. Word features use the
normalised form (MATCH profile) and a clitic-free stem, so «والجيش», «بالجيش» and «الجيش»
share most of them, which is what lets a model trained on ANERcorp-style tokens tag our
own tokens. Feature extraction is the cost of the CRF at run time: everything that
depends on the word alone is cached as a tuple of strings, and per-sentence work is
concatenating those tuples.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from hadath.ner.lexicons import DATA, known_words, word_classes

VOCAB_PATH = DATA / "ner.vocab.txt"
COMMON_O_PATH = DATA / "ner.common_o.txt"

_AL = "\u0627\u0644"  # ال
_LIL = "\u0644\u0644"  # لل
_CLITIC_AL = regex.compile(r"^([\u0648\u0641]?[\u0628\u0644\u0643]?)(\u0627\u0644..+)$")  # [وف]?[بلك]?ال..
_CLITIC_LETTERS = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك
_DIGIT = regex.compile(r"^[0-9][0-9.,]*$")
_LATIN = regex.compile(r"^[a-z]+$")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words seen at least twice in the CRF's training text (written by scripts/train_ner.py).

    A word outside it is *rare*: names are rare words, and the feature lets the model
    treat a word it has never seen like the rare words it learned from.
    """
    if not VOCAB_PATH.exists():
        return frozenset()
    return frozenset(VOCAB_PATH.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def common_o_words() -> frozenset[str]:
    """Words (and stems) that are almost never a one-word name in the training text
    (written by scripts/train_ner.py): «هجوم»، «جنوب»، «مستقرا». Not a CRF feature; the
    stage uses it to drop one-word CRF spans and stop one-word propagation."""
    if not COMMON_O_PATH.exists():
        return frozenset()
    return frozenset(COMMON_O_PATH.read_text(encoding="utf-8").split())


@lru_cache(maxsize=100_000)
def stem(word: str) -> tuple[str, str]:
    """``(prefix, stem)`` of a normalised word: «وبالرقه» -> («وب», «الرقه»)."""
    if word.startswith(_LIL) and len(word) > 4:
        return "\u0644", _AL + word[2:]
    m = _CLITIC_AL.match(word)
    if m:
        return m.group(1), m.group(2)
    return "", word


@lru_cache(maxsize=100_000)
def word_class(word: str) -> str:
    """The lexicon class of a word, trying it whole, without clitics and without ال."""
    classes = word_classes()
    c = classes.get(word)
    if c:
        return c
    pre, st = stem(word)
    c = classes.get(st)
    if c:
        return c
    if st.startswith(_AL):
        c = classes.get(st[2:])
        if c:
            return c
    if len(word) > 3 and word[0] in _CLITIC_LETTERS:
        c = classes.get(word[1:])
        if c:
            return "p" + c
    return ""


@lru_cache(maxsize=100_000)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word on its own (no context)."""
    if _DIGIT.match(word):
        return ("num",)
    if not word[:1].isalpha():
        return ("pu=" + word,)
    if _LATIN.match(word):
        return ("lat", "w=" + word)
    pre, st = stem(word)
    bare = st[2:] if st.startswith(_AL) else st
    f = ["w=" + word, "s=" + st, "x1=" + bare[-1:], "x2=" + bare[-2:], "x3=" + bare[-3:],
         "x4=" + bare[-4:], "p2=" + bare[:2], "p3=" + bare[:3], "len=" + str(min(len(bare), 8))]
    if pre:
        f.append("pre=" + pre)
    if st.startswith(_AL):
        f.append("al")
    if len(word) > 3 and word[0] in _CLITIC_LETTERS and not pre:
        f.append("s1=" + word[1:])
    c = word_class(word)
    if c:
        f.append("c=" + c)
    if st in known_words() or bare in known_words():
        f.append("kw")
    if len(bare) <= 2:
        f.append("short")
    if word not in common_words():
        f.append("rare")
    return tuple(f)


@lru_cache(maxsize=100_000)
def context_features(word: str, offset: int) -> tuple[str, ...]:
    """The few features a neighbour at ``offset`` contributes."""
    tag = f"{offset:+d}"
    if _DIGIT.match(word):
        return (tag + "num",)
    if not word[:1].isalpha():
        return (tag + "pu=" + word,)
    pre, st = stem(word)
    c = word_class(word)
    f = [tag + "s=" + st]
    if c:
        f.append(tag + "c=" + c)
    f.append(tag + "w=" + word)
    if abs(offset) == 1:
        f.append(tag + "x2=" + st[-2:])
        if word not in common_words():
            f.append(tag + "rare")
    return tuple(f)


_BOS = ("BOS",)
_EOS = ("EOS",)


def sentence_features(words: list[str], lex: list[str] | None = None) -> list[list[str]]:
    """Features of every token of a sentence of normalised ``words``.

    ``lex`` holds, per token, the BIO tag of a lexicon match covering it (``B-GPE``) or "".
    """
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(word_features(w))
        if i == 0:
            f += _BOS
        else:
            f += context_features(words[i - 1], -1)
            if i > 1:
                f += context_features(words[i - 2], -2)
        if i == n - 1:
            f += _EOS
        else:
            f += context_features(words[i + 1], 1)
            if i < n - 2:
                f += context_features(words[i + 2], 2)
        if lex:
            if lex[i]:
                f.append("lex=" + lex[i])
            if i > 0 and lex[i - 1]:
                f.append("lex-1=" + lex[i - 1][2:])
            if i < n - 1 and lex[i + 1]:
                f.append("lex+1=" + lex[i + 1])
        out.append(f)
    return out
