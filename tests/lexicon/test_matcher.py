"""The phrase matcher: boundaries, clitics, leftmost-longest, exact raw spans."""

from __future__ import annotations

from hadath.lexicon.matcher import PhraseMatcher
from hadath.text.normalize import normalize

M = PhraseMatcher(
    [
        ("الرقة", "raqqa"),
        ("قوات سوريا الديمقراطية", "sdf"),
        ("قوات", "forces"),
        ("التحالف الدولي", "coalition"),
        ("داعش", "isis"),
        ("حلب", "aleppo"),
    ]
)


def _found(raw: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.payloads[0], m.prefix) for m in M.find(normalize(raw))]


def test_longest_match_wins_and_offsets_are_raw() -> None:
    raw = "سيطرت قوّاتُ سوريا الديمقراطيةِ على الرقّة"
    found = M.find(normalize(raw))
    assert [(m.text, m.payloads) for m in found] == [
        ("قوّاتُ سوريا الديمقراطيةِ", ("sdf",)),
        ("الرقّة", ("raqqa",)),
    ]
    for m in found:
        assert raw[m.start : m.end] == m.text


def test_clitics_and_lil() -> None:
    assert _found("وبالرقة وللتحالف الدولي لـ«داعش»") == [
        ("الرقة", "raqqa", "وب"),
        ("لتحالف الدولي", "coalition", "ول"),
        ("داعش", "isis", ""),
    ]


def test_no_match_inside_words() -> None:
    assert _found("حلبة السباق والحلبي") == []
    assert _found("مقاتلو داعشي") == []


def test_conjunction_before_word() -> None:
    assert _found("وحلب") == [("حلب", "aleppo", "و")]


def test_empty_matcher() -> None:
    assert PhraseMatcher([]).find(normalize("حلب")) == []
