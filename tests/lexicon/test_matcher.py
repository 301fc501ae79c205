"""The phrase matcher: boundaries, clitics, leftmost-longest, exact raw spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hadath.lexicon.matcher import MultiMatcher, PhraseMatcher
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


def test_multiword_key_needs_its_own_separators() -> None:
    m = PhraseMatcher([("دير الزور", "dz"), ("أ.ف.ب", "afp-dots"), ("أ ف ب", "afp-spaces")])
    assert [(x.text, x.payloads[0]) for x in m.find(normalize("في دير الزور"))] == [("دير الزور", "dz")]
    assert m.find(normalize("في دير\nالزور")) == []
    assert m.find(normalize("دير، الزور")) == []
    # two keys that differ only in their non-letters each match their own text
    assert [x.payloads[0] for x in m.find(normalize("(أ.ف.ب) و(أ ف ب)"))] == ["afp-dots", "afp-spaces"]


def test_boundaries_at_text_edges_and_beyond_the_bmp() -> None:
    assert _found("حلب") == [("حلب", "aleppo", "")]
    assert _found("حلب\U0001f600والرقة") == [("حلب", "aleppo", ""), ("الرقة", "raqqa", "و")]
    assert _found("حلب\U00010400") == []  # a letter outside the BMP continues the word
    assert _found("3حلب") == [("حلب", "aleppo", "")]  # a digit is not a letter


def test_at_most_two_clitics() -> None:
    assert _found("فوبالرقة") == []
    # two proclitics open with a conjunction: «وبحلب»، «فلحلب»; «كس»، «سو» are letters of a word
    assert _found("وبحلب") == [("حلب", "aleppo", "وب")]
    assert _found("كسحلب") == []


_KEYS = ["حلب", "الرقة", "قوات", "قوات سوريا", "ب", "لب", "الب", "ا.ب", "ا ب", "حلب حلب"]
_ALPHABET = "حلبالرقةوفكس سوريات.،\n5\U0001f600\U00010400"


def _reference(text: str) -> list[tuple[int, int, str, int]]:
    """The matcher's rules, written naively: every occurrence of every key (and «لل» form)."""
    keys = {k: k for k in _KEYS}
    keys.update({"لل" + k[2:]: k for k in _KEYS if k.startswith("ال") and len(k) > 3 and "لل" + k[2:] not in keys})
    cands = []
    for found, key in keys.items():
        skip = 1 if found != key else 0
        s = text.find(found)
        while s != -1:
            e = s + len(found)
            # a word boundary right before the key, or before one clitic letter, or two whose
            # first is a conjunction (و ف)
            pstart = next((s - p for p in (0, 1, 2) if s - p >= 0 and all(c in "وفبلكس" for c in text[s - p:s])
                           and (p < 2 or text[s - 2] in "وف")
                           and (s - p == 0 or not text[s - p - 1].isalpha())), None)
            if (e == len(text) or not text[e].isalpha()) and pstart is not None:
                cands.append((s + skip, e, key, pstart))
            s = text.find(found, s + 1)
    cands.sort(key=lambda c: (c[0], -c[1]))
    out, last = [], -1
    for c in cands:
        if c[0] >= last:
            out.append(c)
            last = c[1]
    return out


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_same_matches_as_the_naive_rules(text: str) -> None:
    m = PhraseMatcher([(k, k) for k in _KEYS], normalized=True)
    assert [(s, e, k, p) for s, e, k, _, p in m.find_norm(text)] == _reference(text)


_OTHER_KEYS = ["حلب", "الرقة", "سوريا", "ا ب", "لب", "قوات سوريا الديمقراطية"]


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_multi_matcher_gives_each_matchers_own_matches(text: str) -> None:
    first = PhraseMatcher([(k, k) for k in _KEYS], normalized=True)
    second = PhraseMatcher([(k, k.upper()) for k in _OTHER_KEYS], normalized=True)
    no_clitics = PhraseMatcher([(k, k) for k in _OTHER_KEYS], clitics=False, normalized=True)
    empty: PhraseMatcher[str] = PhraseMatcher([])
    multi = MultiMatcher([first, empty, second, no_clitics])
    assert multi.find_norm(text) == [first.find_norm(text), [], second.find_norm(text), no_clitics.find_norm(text)]
