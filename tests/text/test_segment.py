"""Sentences, tokens and clitic stems keep raw offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text.segment import _NORM_TOKEN, sentences, split_clitics, token_columns, tokens


def _texts(raw: str) -> list[str]:
    return [raw[s.start : s.end] for s in sentences(raw)]


def test_splits_on_arabic_and_latin_punctuation() -> None:
    raw = "قتل خمسة أشخاص. وأصيب عشرة آخرون! هل انتهت المعارك؟ لا أحد يعرف"
    assert _texts(raw) == ["قتل خمسة أشخاص.", "وأصيب عشرة آخرون!", "هل انتهت المعارك؟", "لا أحد يعرف"]


def test_quotation_spanning_clauses_stays_one_sentence() -> None:
    raw = "وقال: «هاجم المسلحون الحاجز. ثم انسحبوا نحو الصحراء». وانتهى الأمر."
    assert _texts(raw) == ["وقال: «هاجم المسلحون الحاجز. ثم انسحبوا نحو الصحراء».", "وانتهى الأمر."]


def test_parenthesis_and_abbreviation_do_not_split() -> None:
    raw = "بيروت (أ. ف. ب.) - قصفت الطائرات البلدة. ثم هدأ القصف."
    assert _texts(raw) == ["بيروت (أ. ف. ب.) - قصفت الطائرات البلدة.", "ثم هدأ القصف."]


def test_lines_list_markers_and_boilerplate() -> None:
    raw = "العنوان الرئيسي\n- البند الأول\n- البند الثاني\nنص الخبر هنا مشاركة :"
    assert _texts(raw) == ["العنوان الرئيسي", "- البند الأول", "- البند الثاني", "نص الخبر هنا"]


def test_clitic_stems() -> None:
    toks = {t.text: t for t in tokens("والسيطرة لـ«داعش» للجيش بالرقة وزير")}
    assert toks["والسيطرة"].stem == "السيطره"
    assert toks["والسيطرة"].prefix == "و"
    assert toks["داعش"].stem == "داعش"
    assert toks["ل"].norm == "ل"  # the tatweel of «لـ» is not part of the token
    assert toks["للجيش"].stem == "الجيش"
    assert toks["بالرقة"].stem == "الرقه"
    assert toks["وزير"].stem == "وزير"  # not و + زير
    raw = "وبالمدينة"
    t = tokens(raw)[0]
    assert raw[t.stem_start :] == "المدينة"


def test_vectorised_stems_agree_with_split_clitics() -> None:
    """The tokeniser cuts stems by a table (segment._stems); on every word of up to six
    letters over the letters the rules read, and longer ones, it agrees with split_clitics."""
    letters = "\u0648\u0641\u0644\u0628\u0643\u0627\u062c"  # و ف ل ب ك ا ج
    words = [""]
    every: list[str] = []
    for _ in range(6):
        words = [w + ch for w in words for ch in letters]
        every += words
    every += [w + "\u062c\u064a\u0634" for w in words[::7]]  # + جيش: seven to nine letters
    cols = token_columns(" ".join(every))
    assert cols.norms == every
    for word, start, stem, stem_start in zip(every, cols.starts, cols.stems, cols.stem_starts, strict=True):
        offset, expected = split_clitics(word)
        assert (stem, stem_start) == (expected, start + offset), word


def test_split_clitics_needs_a_real_stem() -> None:
    assert split_clitics("وال") == (0, "وال")
    assert split_clitics("الي") == (0, "الي")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتلمنوسي .؟!«»()\n\u064e\u0640-")), max_size=80))
def test_offsets_are_exact(raw: str) -> None:
    for s in sentences(raw):
        assert 0 <= s.start < s.end <= len(raw)
        assert raw[s.start : s.end].strip() == raw[s.start : s.end]
    for t in tokens(raw):
        assert raw[t.start : t.end] == t.text
        assert t.start <= t.stem_start <= t.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("ابتلمنوسي _-.,،؛٫٬\t\n«»()\"'%/") + list("0123456789١٢") + ["²", "½", "\u064e", "\u0640", "😀", "𝟙", "𝐀", "\u00a0"]
), max_size=80))
def test_vectorised_tokeniser_is_the_token_regex(raw: str) -> None:
    # the class-table tokeniser must find exactly the matches of the documented pattern
    from hadath.text.segment import _NORM_TOKEN, _token_bounds

    starts, ends = _token_bounds(raw)
    assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == [m.span() for m in _NORM_TOKEN.finditer(raw)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["مشاركة", "شارك", "اقرأ أيضا", "أيضاً", "المصدر", "للمزيد", "قال", ":", "：", " ", "\n", "\t", "\u00a0", "\u001c", "."]), max_size=12))
def test_boilerplate_prefilter_never_hides_a_match(parts: list[str]) -> None:
    # the cheap test may let through segments the regex rejects, never the reverse
    from hadath.text.segment import _BOILERPLATE, _may_end_in_boilerplate

    seg = "".join(parts)
    if _BOILERPLATE.search(seg, max(0, len(seg) - 60)):
        assert _may_end_in_boilerplate(seg)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("ابتلمنوسيةأى .,؟«»()-:") + ["\u064e", "\u0651", "\u0640", "\u200c", "\u200b", "\u00ad", "\u00a0", "\u2009",
                                        "\u3000", "\u001c", "\n", "\t", "\ufefb", "\ufeff", "١", "😀", "𝟙"]
), max_size=60))
def test_bulk_token_strings_are_the_slices(raw: str) -> None:
    # texts and normalised forms are cut in bulk (str.split); they must be exactly the
    # slices of the raw and normalised text at the token's offsets
    from hadath.text.normalize import normalize

    n = normalize(raw)
    toks = tokens(raw, n)
    spans = [m.span() for m in _NORM_TOKEN.finditer(n.text)]
    assert [t.norm for t in toks] == [n.text[a:b] for a, b in spans]
    assert [(t.start, t.end) for t in toks] == [n.raw_span(a, b) for a, b in spans]
    assert [t.text for t in toks] == [raw[t.start : t.end] for t in toks]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["مشاركة", "شارك", "اقرأ أيضا", "المصدر", "للمزيد", "قال", "خبر", ":", "：", ".", "؟",
                                 "«", "»", "(", ")", " ", "\n", "\t", "\u00a0", "\u001c", "\u3000", "😀", "\uffff", "- "]),
                max_size=16))
def test_sentences_trim_like_str_strip(parts: list[str]) -> None:
    """Sentence spans are ordered, disjoint, non-empty and trimmed exactly as ``str.strip``
    trims (its whitespace set includes NBSP, U+001C and U+3000, which a regex ``\\s`` trim
    would treat differently)."""
    raw = "".join(parts)
    spans = [(s.start, s.end) for s in sentences(raw)]
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(raw)
        assert raw[a:b] == raw[a:b].strip()
        prev = b


def test_token_columns_are_the_token_fields() -> None:
    from hadath.doc import Doc

    doc = Doc(raw="قال المتحدث «لـ«رويترز»» إنّ 12 مسلحاً قُتلوا، وأُصيب ٣ آخرون.\n\nوبالمدينة هدوء")
    cols = doc.token_columns
    assert doc.tokens and list(zip(*cols, strict=True)) == [tuple(t) for t in doc.tokens]
    assert cols.starts == [t.start for t in doc.tokens] and cols.norms == [t.norm for t in doc.tokens]
    assert Doc(raw=" ").token_columns.starts == []


def _bounds_by_regex(text: str) -> list[int]:
    """The sentence cuts as a walk over every :data:`_EVENTS` match: what :func:`_bounds`
    must find with its code-point table (the one-letter abbreviation rule included)."""
    from hadath.text.segment import _CLOSERS, _EVENTS, _LIST_MARKER

    cuts = [0, len(text)] + [m.start() for m in _LIST_MARKER.finditer(text) if m.start() > 0]
    depth: list[str] = []
    for m in _EVENTS.finditer(text):
        if m.lastgroup == "nl":
            depth.clear()
            cuts.append(m.end())
        elif m.lastgroup == "open":
            depth.append(m[0])
        else:
            for ch in m[0]:
                if ch in _CLOSERS and depth and depth[-1] == _CLOSERS[ch]:
                    depth.pop()
            s = m.start()
            abbreviation = m[0][0] == "." and s >= 1 and text[s - 1].isalpha() and (s < 2 or not text[s - 2].isalpha())
            if m.lastgroup == "end" and not depth and not abbreviation:
                cuts.append(m.end())
    return sorted(set(cuts))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("اب لم.!?؟۔«»()“”\n\t\"']") + ["\u00a0", "\u001c", "\u2028", "😀", "\uffff", "- ", "1. "]), max_size=40).map("".join))
def test_sentence_cuts_are_the_event_walk(raw: str) -> None:
    from hadath.text.segment import _bounds

    assert _bounds(raw) == _bounds_by_regex(raw)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["و", "ف", "ب", "ل", "ك", "ا", "ال", "لل", "وال", "بال", "ولل", "فبال", "ة", "ي", "ن",
                                 "أ", "\u064e", "\u0640", "1", ".", "«", " ", " ", "\n", "😀"]), max_size=14))
def test_vectorised_stems_are_split_clitics(parts: list[str]) -> None:
    # the stems read off the code points of all tokens at once must be split_clitics of
    # each normalised word, and the stem start its raw offset
    from hadath.text.normalize import normalize

    raw = "".join(parts)
    n = normalize(raw)
    for t in tokens(raw, n):
        offset, stem = split_clitics(t.norm)
        assert t.stem == stem
        a = next(i for i in range(len(n.text)) if n.raw_start(i) == t.start)
        assert t.stem_start == n.raw_start(a + offset)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    list("ابتلمنوسيةأإآىؤئ .,،؛٫٬؟«»()-:_%") + list("0123456789١٢") + [
        "\u064e", "\u0651", "\u0670", "\u0640", "\u200c", "\u200b", "\u00ad", "\u00a0", "\u2009", "\u3000", "\u001c",
        "\n", "\t", "\ufefb", "\ufeff", "\ufe8d", "😀", "𝟙", "²", "½", "A", "x", "لل", "وال", "بال", "ولل", "فبال",
    ]
), max_size=40).map("".join))
def test_compiled_tokeniser_is_the_vectorised_one(raw: str) -> None:
    # the compiled build tokenises with a loop over the characters (segment._scan), pure
    # Python with array operations: both must give the very same columns (the loop runs
    # here as plain Python, only slower)
    from hadath.text.normalize import normalize
    from hadath.text.segment import _scan_columns, _vector_columns

    n = normalize(raw)
    if n.text:
        assert _scan_columns(raw, n) == _vector_columns(raw, n)
