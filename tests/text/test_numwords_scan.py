"""The compiled build's scan for number and date starts (``numwords._walk``, a loop over the
characters) against the Aho-Corasick scan pure Python runs (``numwords._scan``): the same
starts, for any text. Here both run as plain Python."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text.normalize import Profile, normalize
from hadath.text.numwords import _scan, _walk, _walk_tables

# stems and pieces of them, their clitics and article, digits and the separators around
# them, every opener, letters, marks, and characters past the BMP (one alphanumeric, one not)
_PIECES = [
    "ثلاث", "ثلاثه", "ثلاثين", "عشر", "عشره", "مئه", "الف", "الاف", "نحو", "يناير", "ايار", "السبت", "الاحد",
    "امس", "يوم", "ايام", "اسبوع", "ليله", "الليله", "شهر", "عام", "ماضي",
    "و", "ف", "ب", "ل", "ال", "لل", "وال", "بال", "ك", "ا", "ه", "ي", "ن", "ت",
    "0", "1", "5", "9", "٫", "٬", ".", ",", "%",
    " ", " ", " ", "\n", "\t", '"', "'", "(", "[", "-", "/", "\u060c", ":", ";", "\u061b", "*",
    "«", "»", ")", "_", "\u0640", "\u064e", "A", "x", "\u00a0", "😀", "𝟙",
]


def _same(text: str) -> None:
    assert _walk(text, _walk_tables()) == _scan(text), text


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_walk_finds_the_automaton_starts(text: str) -> None:
    _same(text)
    _same(normalize(text, Profile.CAREFUL).text)


# words made of a clitic, a stem or digits, and an ending, between openers and other signs:
# most starts then open a stem, a longer word or a number
_OPENERS = [" ", " ", "\n", "\t", '"', "'", "(", "[", "-", "/", "\u060c", ":", ";", "\u061b", "*", "«", ".", ""]
_CLITICS = ["", "", "و", "ف", "ب", "ل", "ال", "لل", "وال", "بال", "ولل", "فب", "وب", "ول", "فل", ".", "٫"]
_CORES = ["ثلاث", "ثلاثه", "عشر", "مئه", "الف", "ايار", "السبت", "امس", "يوم", "ليله", "الليله", "شهر",
          "1", "15", "400", "2024", "1.5", "𝟙", "A", "ا", ""]
_ENDINGS = ["", "", "ه", "ين", "ات", "5", "%", "\u064e", "\u0640", "😀", "_"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(*(st.sampled_from(p) for p in (_OPENERS, _CLITICS, _CORES, _ENDINGS))),
                max_size=12).map(lambda words: "".join("".join(w) for w in words)))
def test_walk_finds_the_automaton_starts_of_words(text: str) -> None:
    _same(text)


def test_walk_on_articles() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from articles import make_articles

    for raw in make_articles(5, seed=11):
        text = normalize(raw, Profile.CAREFUL).text
        nums, dates = _scan(text)
        assert nums and dates
        _same(text)
