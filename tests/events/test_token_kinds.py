"""``token_kinds`` (per sentence that holds a trigger) must say of every token what a look at
the token itself says: a word when its first character is a letter, a number when its text
starts with an ASCII digit or, not a word, its normalised form does, a quote otherwise when it
is a quotation mark. The sentence features read these."""

from __future__ import annotations

from importlib import resources

import pytest

from hadath.doc import Doc
from hadath.events.context import token_kinds

_DIGITS = frozenset("0123456789")
_QUOTES = frozenset({"\u00ab", '"'})


def _expected(text: str, norm: str) -> tuple[bool, bool, bool]:
    """(word, number, quote) of one token, as the features define them."""
    c0 = text[:1]
    if c0.isalpha():
        return True, False, False
    if c0 in _DIGITS:
        return False, True, False
    if norm[:1] in _DIGITS:
        return False, True, False
    return False, False, text in _QUOTES


SAMPLE = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    SAMPLE,
    "قُتل ٢٥ شخصاً و3 آخرون في «هجوم» على \"حاجز\" 😀 𝐀بلدة ۱۲ — 10% ، .",
    "٢٥",
    "",
])
def test_token_kinds_match_a_look_at_each_token(text: str) -> None:
    doc = Doc(raw=text)
    cols = doc.token_columns
    expected = [_expected(t, n) for t, n in zip(cols.texts, cols.norms, strict=True)]
    n = len(expected)
    for a in range(n + 1):
        for b in range(a, min(n, a + 40) + 1):
            alpha, has_digits, has_quote = token_kinds(cols.texts[a:b], cols.norms[a:b])
            assert alpha == [e[0] for e in expected[a:b]]
            assert has_digits == any(e[1] for e in expected[a:b])
            assert has_quote == any(e[2] for e in expected[a:b])


def test_the_mixed_text_has_every_kind() -> None:
    """The hand-made text above exercises numbers, quotes and a letter outside the BMP."""
    doc = Doc(raw="قُتل ٢٥ شخصاً في «هجوم» 𝐀بلدة")
    cols = doc.token_columns
    alpha, has_digits, has_quote = token_kinds(cols.texts, cols.norms)
    assert has_digits and has_quote
    assert alpha[-1] and any(t.startswith("\U0001d400") for t in cols.texts)
