"""The geo stage's ``re`` patterns spell out ``regex``'s ``\\s``: they must match the same characters."""

import re
import sys

import regex

from hadath.geo.resolve import WHITE_SPACE


def test_white_space_is_regex_s() -> None:
    ours = re.compile(WHITE_SPACE)
    theirs = regex.compile(r"\s")
    assert [c for c in range(sys.maxunicode + 1) if ours.match(chr(c))] == \
        [c for c in range(sys.maxunicode + 1) if theirs.match(chr(c))]
