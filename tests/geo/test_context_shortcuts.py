"""Shortcuts in the geo stage's context reading give what the long way gives.

``words_before`` splits only the last words off the window, and ``_is_dateline`` skips its
regex when the first non-space character after a name cannot start a dateline mark: both
are checked here against the plain versions on text built from the characters that matter
(spaces of several kinds, dashes, brackets, colons, stops, letters).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.geo.context import _PUNCT, words_before
from hadath.geo.resolve import _is_dateline, _is_dateline_by_regex

CHARS = st.sampled_from(list(" \n\t\u00a0\u2003\u3000\u0085\x1c-\u0640\u2013\u2014:().,\"«»\u0627\u0628\u062fx"))
TEXT = st.lists(CHARS, max_size=90).map("".join)


def _words_before_plain(text: str, pos: int, n: int) -> list[str]:
    out = []
    for w in reversed(text[max(0, pos - 50):pos].split()):
        core = w.strip(_PUNCT)
        if w[-1:] in ".,;!?)" or not core:
            break
        out.append(core)
        if len(out) == n or w[:1] in "(\"":
            break
    out.reverse()
    return out


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(1, 4))
def test_words_before_as_plain_split(text: str, n: int) -> None:
    for pos in range(len(text) + 1):
        assert words_before(text, pos, n) == _words_before_plain(text, pos, n)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_dateline_shortcut_as_regex(text: str) -> None:
    for end in range(len(text) + 1):
        for start in {0, max(0, end - 4)}:
            assert _is_dateline(text, start, end) == _is_dateline_by_regex(text, start, end)


def test_dateline_after_long_space_run() -> None:
    """Past the characters peeked at, the regex still decides: «الخرطوم» + 40 spaces + «-»."""
    raw = "\u0627\u0644\u062e\u0631\u0637\u0648\u0645" + " " * 40 + "- \u0642\u062a\u0644"
    assert _is_dateline(raw, 0, 7) == _is_dateline_by_regex(raw, 0, 7) is True
