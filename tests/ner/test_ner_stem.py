"""stem() and is_latin() give what the patterns they stand for give (string tests replace
regex-module calls on every new word; the patterns stay the definition)."""

from __future__ import annotations

import itertools

from hadath.ner.features import _AL, _CLITIC_AL, _LATIN, _LIL, is_latin, stem


def _stem_by_pattern(word: str) -> tuple[str, str]:
    if word.startswith(_LIL) and len(word) > 4:
        return "\u0644", _AL + word[2:]
    m = _CLITIC_AL.match(word)
    return (m.group(1), m.group(2)) if m else ("", word)


_PIECES = ["\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627", _AL, "\u0645", "\n", "a"]


def test_stem_splits_as_the_pattern() -> None:
    words = {"".join(t) for n in range(6) for t in itertools.product(_PIECES, repeat=n)
             if n < 5 or t[0] in ("\u0648", "\u0641")}
    words |= {"\u0648\u0628\u0627\u0644\u0631\u0642\u0647", "\u0644\u0644\u0645\u062c\u0644\u0633"}  # وبالرقه للمجلس
    assert [w for w in words if stem.__wrapped__(w) != _stem_by_pattern(w)] == []


def test_is_latin_as_the_pattern() -> None:
    words = ["", "a", "abc", "abc\n", "ab\n\n", "\n", "aBc", "ab1", "\u00e9t\u00e9", "\u0642\u0627\u0644", "a b"]
    words += ["".join(t) for t in itertools.product(["a", "Z", "1", "\n", "\u00e9"], repeat=3)]
    assert [w for w in words if is_latin(w) != bool(_LATIN.match(w))] == []
