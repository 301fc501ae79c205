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
from itertools import repeat
from pathlib import Path
from typing import Final

import regex

from hadath.lexicon.loader import load_tsv
from hadath.ner.lexicons import DATA, known_words, word_classes

VOCAB_PATH: Final = DATA / "ner.vocab.txt"
COMMON_O_PATH: Final = DATA / "ner.common_o.txt"
RARELY_PER_PATH: Final = DATA / "ner.rarely_per.txt"
CLUSTERS_PATH: Final = DATA / "ner.clusters.tsv"
TRANSLIT_PATH: Final = DATA / "ner.translit.tsv"
LEXWORDS_PATH = DATA / "ner.lexwords.tsv"  # not Final: tests set it

_AL: Final = "\u0627\u0644"  # ال
_LIL: Final = "\u0644\u0644"  # لل
_CLITIC_AL: Final = regex.compile(r"^([\u0648\u0641]?[\u0628\u0644\u0643]?)(\u0627\u0644..+)$")  # [وف]?[بلك]?ال..
_CLITIC_LETTERS: Final = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك
_DIGIT: Final = regex.compile(r"^[0-9][0-9.,]*$")
_LATIN: Final = regex.compile(r"^[a-z]+$")


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
def crf_lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """The lexicons as the CRF saw them in training: word -> lexicon class (the ``c=``
    feature) and the words of multiword lexicon names (``kw``), from ``ner.lexwords.tsv``
    (written by scripts/train_ner.py with the model); the live lexicons when it is absent.

    The stage's own matching and rules use the live lexicons, so an analyst's new row finds
    its name at once; the CRF keeps the features it was trained with until it is retrained.
    Read live, a multiword name with an ordinary head («البنك الأفريقي للتنمية») made every
    «بنك» in every text a known-name word the weights had never seen so marked."""
    if not LEXWORDS_PATH.exists():
        return word_classes(), known_words()
    rows = load_tsv(LEXWORDS_PATH, ("word", "class", "known"), ("word",), ("word",))
    return ({r["word"]: r["class"] for r in rows if r["class"]},
            frozenset(r["word"] for r in rows if r["known"] == "yes"))


def write_crf_lexicon(path: str | Path) -> None:
    """Write the live lexicons' CRF view (see :func:`crf_lexicon`) to ``path``."""
    classes, known = word_classes(), known_words()
    lines = ["# The lexicons as the NER CRF was trained on them (word, its lexicon class, whether it is",
             "# a word of a multiword lexicon name), written by scripts/train_ner.py with the model.",
             "word\tclass\tknown"]
    lines += [f"{w}\t{classes.get(w, '')}\t{'yes' if w in known else ''}" for w in sorted(set(classes) | known)]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def common_o_words() -> frozenset[str]:
    """Words (and stems) that are almost never a one-word name in the training text
    (written by scripts/train_ner.py): «هجوم»، «جنوب»، «مستقرا». Not a CRF feature; the
    stage uses it to drop one-word CRF spans and stop one-word propagation."""
    if not COMMON_O_PATH.exists():
        return frozenset()
    return frozenset(COMMON_O_PATH.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def rarely_person_words() -> frozenset[str]:
    """Words (and stems) seen often in the training text and almost never inside a
    person's name there (written by scripts/train_ner.py): «النصر»، «بلنسية»، «الرومان».
    Not a CRF feature; the stage's coreference does not take such a word, the last word of
    a person's name («عزيز النصر»), for that person's surname when it recurs alone («تحقيق
    النصر» is «achieving victory»). Wider than :func:`common_o_words`, which keeps out words
    that are often a one-word name of another type (the club «النصر»)."""
    if not RARELY_PER_PATH.exists():
        return frozenset()
    return frozenset(RARELY_PER_PATH.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """Stem -> (coarse, fine) distributional cluster (written by scripts/train_ner.py).

    Learned from unlabeled text (the training sentences and the GSR news sentences): stems
    used in the same ±2-word contexts share a cluster, so a word the labelled data never
    tagged still looks like the club, town or ministry words it goes with.
    """
    if not CLUSTERS_PATH.exists():
        return {}
    cols = ("stem", "coarse", "fine")
    return {r["stem"]: (r["coarse"], r["fine"]) for r in load_tsv(CLUSTERS_PATH, cols, cols, ("stem",))}


@lru_cache(maxsize=1)
def translit_weights() -> dict[str, float]:
    """Letter bigram/trigram -> log-odds of a transliterated foreign name against an ordinary
    Arabic word (written by scripts/train_ner.py from gazetteer names and running text)."""
    if not TRANSLIT_PATH.exists():
        return {}
    cols = ("gram", "weight")
    return {r["gram"]: float(r["weight"]) for r in load_tsv(TRANSLIT_PATH, cols, cols, ("gram",))}


def letter_grams(bare: str) -> list[str]:
    """Letter bigrams and trigrams of a word marked with its edges («<ab», «b>»)."""
    s = "<" + bare + ">"
    return [s[i:i + n] for n in (2, 3) for i in range(len(s) - n + 1)]


@lru_cache(maxsize=100_000)
def translit_bucket(bare: str) -> str:
    """How foreign a bare stem looks, -3 (Arabic word) .. 3 («ماكورماك»، «كاولون»): the mean
    letter-gram log-odds, in half units. Transliterated names are the CRF's main misses and
    their letters (long vowels everywhere, «تش», «ون»/«يه» endings) give them away."""
    grams = letter_grams(bare)
    v = sum(map(translit_weights().get, grams, repeat(0.0, len(grams)))) / len(grams)
    return str(max(-3, min(3, int(v * 2 // 1))))


@lru_cache(maxsize=1)
def gazetteer_words() -> tuple[frozenset[str], frozenset[str]]:
    """One-word place names of the geo gazetteer, and the words of its longer names."""
    from hadath.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    one: set[str] = set()
    part: set[str] = set()
    for name in gaz.names:
        if name in gaz.water_keys and all(p.kind == "W" for p in gaz.candidates(name)):
            continue  # seas and straits («بحر العرب»، «الخليج العربي») came after the model's training
        if " " in name:
            part.update(name.split())
        else:
            one.add(name)
    return frozenset(one), frozenset(part - one)


_CONJ_LETTERS: Final = "\u0648\u0641"  # و ف
_PREP_LETTERS: Final = "\u0628\u0644\u0643"  # ب ل ك


@lru_cache(maxsize=100_000)
def stem(word: str) -> tuple[str, str]:
    """``(prefix, stem)`` of a normalised word: «وبالرقه» -> («وب», «الرقه»).

    The prefix is what ``_CLITIC_AL`` (``[وف]?[بلك]?`` before ``ال`` and two more letters)
    takes, found with string tests in the order its backtracking tries them (both letters,
    then the conjunction alone, then the preposition alone, then none): the same split at
    a fraction of a ``regex`` call, which every new word of an article pays (a word with a
    newline, which no token has, goes through the pattern itself)."""
    if word.startswith(_LIL) and len(word) > 4:
        return "\u0644", _AL + word[2:]
    if "\n" in word:
        m = _CLITIC_AL.match(word)
        return (m.group(1), m.group(2)) if m else ("", word)
    if len(word) >= 5:  # a one-letter prefix, ال and two letters
        first = word[0]
        if first in _CONJ_LETTERS:
            if len(word) >= 6 and word[1] in _PREP_LETTERS and word.startswith(_AL, 2):
                return word[:2], word[2:]
            if word.startswith(_AL, 1):
                return first, word[1:]
        elif first in _PREP_LETTERS and word.startswith(_AL, 1):
            return first, word[1:]
    return "", word  # no prefix (with or without ال)


def is_latin(word: str) -> bool:
    """``_LATIN.match(word)``: lower-case ASCII letters only (a final newline allowed, as
    ``$`` allows it), with str tests instead of a ``regex`` call."""
    body = word[:-1] if word.endswith("\n") else word
    return body.isascii() and body.isalpha() and body.islower()


@lru_cache(maxsize=100_000)
def word_class(word: str) -> str:
    """The lexicon class of a word, trying it whole, without clitics and without ال."""
    classes = crf_lexicon()[0]
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
    known = crf_lexicon()[1]
    if st in known or bare in known:
        f.append("kw")
    if len(bare) <= 2:
        f.append("short")
    if word not in common_words():
        f.append("rare")
    f += lexical_extras(st, bare)
    return tuple(f)


@lru_cache(maxsize=100_000)
def lexical_extras(st: str, bare: str) -> tuple[str, ...]:
    """Features from word lists learned or taken outside the labelled data: how foreign the
    stem looks (``fx=``), gazetteer membership (``gz`` a one-word place name, ``gzw`` a word
    of a longer one) and the stem's clusters (``k1=``/``k2=``, ``k=none`` if it has none)."""
    f = ["fx=" + translit_bucket(bare)]
    one, part = gazetteer_words()
    if st in one or bare in one:
        f.append("gz")
    elif st in part or bare in part:
        f.append("gzw")
    c = clusters().get(st)
    f += ("k1=" + c[0], "k2=" + c[1]) if c else ("k=none",)
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
    if not _LATIN.match(word):
        k = clusters().get(st)
        if k:
            f.append(tag + "k2=" + k[1])
        if abs(offset) == 1:
            f.append(tag + "fx=" + translit_bucket(st[2:] if st.startswith(_AL) else st))
    return tuple(f)


# sports-context tags (the ``sport`` features of :func:`sentence_features`, given by
# :func:`hadath.ner.crf.sports_tags`): session 13's experiment, measured with models trained by
# ``scripts/train_ner.py --sport`` and not shipped (the model card says why), so the stage gives none
SPORT_SENTENCE: Final = "B-SPT"  # a token of a sentence that holds a sports cue word
SPORT_CLUB: Final = "B-SPC"  # the first token of a listed club or team's name in such a sentence ("I-SPC" the others)

_BOS: Final = ("BOS",)
_EOS: Final = ("EOS",)


def sentence_features(words: list[str], lex: list[str] | None = None,
                      sport: list[str] | None = None) -> list[list[str]]:
    """Features of every token of a sentence of normalised ``words``.

    ``lex`` holds, per token, the BIO tag of a lexicon match covering it (``B-GPE``) or "";
    ``sport`` the sports-context tag of :func:`hadath.ner.crf.sports_tags` (empty outside a
    sentence with a sports cue). Both give the same three features (the token's tag, the
    previous token's and the next token's), which the decoder adds as sparse rows.
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
        for tags in (lex, sport):
            if tags:
                if tags[i]:
                    f.append("lex=" + tags[i])
                if i > 0 and tags[i - 1]:
                    f.append("lex-1=" + tags[i - 1][2:])
                if i < n - 1 and tags[i + 1]:
                    f.append("lex+1=" + tags[i + 1])
        out.append(f)
    return out
