"""The indexed look-ups behind long inputs answer exactly as the plain scans they replace.

Conflicts, the subject-verb candidate check, the quotation holding a span and the fullest
name used to scan every item per question (quadratic on long inputs); each is checked here
against that scan on random inputs, and the long-input behaviour on a repeated article.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.attribution.claims import ClaimInfo, ClaimKey
from hadath.attribution.conflicts import MAX_RIVAL_RATIO, _fmt, _range, find_conflicts, same_scene
from hadath.attribution.lexicons import counted_matcher, frame_matcher, lexicon_set, source_lexicon
from hadath.attribution.sources import _quote_holding, _Taken
from hadath.attribution.speakers import NameRegistry
from hadath.attribution.wordmatch import word_view
from hadath.doc import Doc
from hadath.schema import Claim, Conflict, Quantity, Quote, Source

from .conftest import make_doc
from .test_attribution import BULLETIN, WIRE


def _conflicts_by_pairs(claims: list[Claim], infos: list[ClaimInfo]) -> list[Conflict]:
    """The definition: every pair with one subject, two named sources and ranges that do not meet."""
    out = []
    # a source repeating the same figure for the same subject is paired through its first claim
    repeats = {j for j in range(len(claims)) for i in range(j)
               if claims[i].source is not None and claims[j].source is not None
               and infos[i].key == infos[j].key and claims[i].source.name == claims[j].source.name
               and _range(claims[i], infos[i]) == _range(claims[j], infos[j])
               and infos[i].scene is infos[j].scene}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            a, b = claims[i], claims[j]
            if infos[i].key != infos[j].key or a.source is None or b.source is None or {i, j} & repeats:
                continue
            if a.source.name == b.source.name:
                continue
            if not same_scene(infos[i], infos[j]):
                continue
            (alo, ahi), (blo, bhi) = _range(a, infos[i]), _range(b, infos[j])
            if (ahi < blo and blo <= MAX_RIVAL_RATIO * max(ahi, 1.0)) or (bhi < alo and alo <= MAX_RIVAL_RATIO * max(bhi, 1.0)):
                reason = (
                    f"{a.source.name} reports {_fmt(a, infos[i])} {a.subject}; "
                    f"{b.source.name} reports {_fmt(b, infos[j])}"
                )
                out.append(Conflict(claims=(i, j), reason=reason))
    return out


_claim = st.tuples(
    st.sampled_from([0, 1, 2, 3, 5, 8, 12, 30, 60, 100, 300]),  # low (far apart: the rival ratio)
    st.integers(0, 6),  # high - low
    st.sampled_from([None, "A", "B", "C"]),  # source
    st.sampled_from(["killed", "wounded"]),  # subject
    st.sampled_from([None, "at_least", "at_most"]),
    st.booleans(),  # vague
    st.integers(0, 5),  # paragraph (figures without place meet within two breaks)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_claim, max_size=25))
def test_conflicts_match_the_all_pairs_definition(rows: list[tuple[int, int, str | None, str, str | None, bool, int]]) -> None:
    claims, infos = [], []
    for low, span, src, what, bound, vague, para in rows:
        claims.append(
            Claim(
                subject=f"people {what}",
                quantity=Quantity(low=low, high=low + span, approximate=vague),
                unit="people",
                source=Source(name=src, text=src) if src else None,
            )
        )
        infos.append(ClaimInfo(ClaimKey("people", what, "", "people"), bound, vague, None, para))
    assert find_conflicts(claims, infos) == _conflicts_by_pairs(claims, infos)


def test_conflicts_with_a_backwards_range_are_still_found() -> None:
    claims = [
        Claim(subject="people killed", quantity=Quantity(low=9, high=3), source=Source(name="A", text="A")),
        Claim(subject="people killed", quantity=Quantity(low=20, high=20), source=Source(name="B", text="B")),
        Claim(subject="people killed", quantity=Quantity(low=1, high=1), source=Source(name="C", text="C")),
    ]
    infos = [ClaimInfo(ClaimKey("people", "killed", "", "people"), None, False)] * 3
    assert find_conflicts(claims, infos) == _conflicts_by_pairs(claims, infos)
    assert [c.claims for c in find_conflicts(claims, infos)] == [(0, 1), (0, 2), (1, 2)]


_span = st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_span, max_size=12), st.lists(_span, max_size=25))
def test_taken_spans_answer_like_a_scan(fixed: list[tuple[int, int]], cands: list[tuple[int, int]]) -> None:
    taken = _Taken(dict.fromkeys(fixed))
    out = set(fixed)
    for s, e in sorted(cands):  # the stage offers candidates in order of start
        scan = any(a <= s < b or s <= a < e for a, b in out)
        assert taken.clashes(s, e) == scan
        if not scan:
            out.add((s, e))
            taken.add(s, e)


def _quote(a: int, b: int) -> Quote:
    return Quote(start=a, end=b, speaker=f"q{a}-{b}")


@settings(max_examples=300, deadline=None)
@given(st.lists(_span, max_size=10), st.booleans(), st.lists(_span, min_size=1, max_size=10))
def test_quote_holding_a_span_is_the_first_in_the_list(
    spans: list[tuple[int, int]], in_order: bool, asks: list[tuple[int, int]]
) -> None:
    if in_order:
        spans = sorted(spans)
    doc = Doc(raw="x" * 50)
    doc.quotes = [_quote(a, b) for a, b in spans]
    for s, e in asks:
        want = next((q for q in doc.quotes if q.start <= s and e <= q.end), None)
        assert _quote_holding(doc, s, e) is want


def test_quote_index_follows_a_new_list() -> None:
    doc = Doc(raw="x" * 50)
    doc.quotes = [_quote(0, 10)]
    assert _quote_holding(doc, 2, 4) is doc.quotes[0]
    doc.quotes = [_quote(20, 30)]
    assert _quote_holding(doc, 2, 4) is None
    doc.quotes.append(_quote(1, 5))  # the same list grown: no longer in order, scanned
    assert _quote_holding(doc, 2, 4) is doc.quotes[1]


def _fullest_by_scan(reg: NameRegistry, name: str) -> str:
    from hadath.attribution.speakers import _bare

    bare = [_bare(w) for w in name.split()]
    if not reg.names or not bare:
        return name
    best = name
    for cand in reg.names:
        cb = [_bare(w) for w in cand.split()]
        if cb[-1] == bare[-1] and len(cand) > len(best) and set(bare) <= set(cb):
            best = cand
    return best


_WORDS = ["رامي", "عبد", "الرحمن", "العبدالله", "محمد", "أبو", "الجولاني", "حسن"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4), max_size=12),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
)
def test_fullest_name_matches_a_scan_of_all_names(names: list[list[str]], ask: list[str]) -> None:
    reg = NameRegistry()
    for words in names:
        reg.add(" ".join(words))
    query = " ".join(ask)
    assert reg.fullest(query) == _fullest_by_scan(reg, query)


def test_repeated_article_attributes_each_copy_alike() -> None:
    """Twenty copies of two stories: every copy's sources, quotations and claims as in one copy."""
    one = make_doc(BULLETIN + WIRE)
    many = make_doc((BULLETIN + WIRE) * 20)
    step = len(BULLETIN + WIRE)
    assert len(many.quotes) == 20 * len(one.quotes)
    assert len(many.claims) == 20 * len(one.claims)
    for k in range(20):
        got = [(q.start - k * step, q.end - k * step, q.speaker) for q in many.quotes[k * len(one.quotes) :][: len(one.quotes)]]
        assert got == [(q.start, q.end, q.speaker) for q in one.quotes]
        claims = many.claims[k * len(one.claims) :][: len(one.claims)]
        assert [(c.subject, c.source) for c in claims] == [(c.subject, c.source) for c in one.claims]
    # the copies repeat each source's figures: every disagreement is listed once, by the first copy
    assert one.conflicts
    assert many.conflicts == one.conflicts


def test_lexicon_set_finds_what_each_lexicon_finds_alone() -> None:
    """One fused pass gives every lexicon's leftmost-longest matches, raw offsets included
    (diacritics and tatweel make raw and normalised offsets differ)."""
    marked = "وقالَ المرصـد السوري لحقوق الإنسان إنّ 5 مدنيين قُتلوا، بحسب مصادر محلية، وأصيب 12 آخرون."
    for raw in (BULLETIN, WIRE, marked, BULLETIN + marked * 3):
        doc = Doc(raw=raw)
        view = word_view(doc.norm)
        found = lexicon_set().find(doc.norm, view)
        alone = {"frames": frame_matcher(), "counted": counted_matcher(), "sources": source_lexicon().matcher}
        for name, matcher in alone.items():
            assert found[name] == matcher.find(doc.norm, view), name
        assert found["frames"] and found["counted"] and found["sources"]


def test_mark_positions_are_every_mark_and_line_break_in_order() -> None:
    import re

    from hadath.attribution.quotes import _mark_positions

    raw = 'قال «إن “الوضع” خطير»\nوأضاف: "لا" »« \n\n' + BULLETIN
    want = [m.start() for m in re.finditer('[\u00ab\u00bb\u201c\u201d"\n]', raw)]
    assert _mark_positions(raw) == want and len(want) > 10
    assert _mark_positions("") == [] and _mark_positions("لا علامات هنا") == []


def _clause_cuts_by_regex(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """The definition: a mark, or the space before «فيما/بينما/في حين» (after و too) and a space."""
    import re

    out = [m.span() for m in re.finditer("[\u060c,;\u061b:]", raw[:b])]
    out = [s for s in out if s[0] >= a]
    for m in re.compile("(?:\u0641\u064a\u0645\u0627|\u0628\u064a\u0646\u0645\u0627|\u0641\u064a \u062d\u064a\u0646)(?=\\s)").finditer(raw, a, b):
        s = m.start() - (m.start() > a and raw[m.start() - 1] == "\u0648")
        if s > a and raw[s - 1].isspace():
            out.append((s - 1, s))
    return sorted(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["فيما", "بينما", "في حين", "و", "ف", "ما", " ", "\n", "\u00a0", "،", ",", ":", ";", "؛", "قال"]),
                max_size=25), st.integers(0, 60), st.integers(0, 60))
def test_clause_cuts_match_the_regex_definition(parts: list[str], a: int, b: int) -> None:
    from hadath.attribution.sources import _clause_cuts

    raw = "".join(parts)
    a, b = min(a, len(raw)), min(max(a, b), len(raw))
    assert _clause_cuts(raw, a, b) == _clause_cuts_by_regex(raw, a, b)
    assert _clause_cuts(BULLETIN, 0, len(BULLETIN)) == _clause_cuts_by_regex(BULLETIN, 0, len(BULLETIN))


def test_word_view_keeps_letters_and_digits_only_with_or_without_astral_characters() -> None:
    """Both encodings (UTF-16 when every character is in the BMP, else UTF-32) give the
    definition: letters and digits kept, anything else a space, one space each side."""
    import unicodedata

    from hadath.text.normalize import Normalized

    def definition(text: str) -> str:
        kept = (c if ord(c) < 0x10000 and unicodedata.category(c)[0] in "LN" else " " for c in text)
        return " " + "".join(kept) + " "

    for text in ("", BULLETIN, "قال «12» شخصا، 😀 و\U00010400x ٣", "\ud7ff\ue000\uffff-\u0640"):
        assert word_view(Normalized(raw=text, text=text)) == definition(text)


_PHRASE_WORDS = ["خلال", "منذ", "في", "الساعات", "بدايه", "اليوم", "امس", "مطلع", "ساعه", "24"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=4), max_size=8),
       st.lists(st.sampled_from([*_PHRASE_WORDS, " ", "قتل", "خلا"]), max_size=12))
def test_gated_phrases_hold_where_one_phrase_holds(phrases: list[list[str]], parts: list[str]) -> None:
    """The phrases grouped under shared words (one test of a missing word passes over its
    group) answer as testing every phrase's words does, the empty phrase included."""
    from hadath.attribution.updates import gated, may_hold

    text = "".join(parts)
    assert may_hold(text, gated(phrases)) == any(all(w in text for w in p) for p in phrases)


def test_update_words_gate_the_period_and_revision_phrases() -> None:
    """The lexicon's period phrases share their gates («خلال», «منذ»): fewer groups than phrases,
    and a sentence with a phrase holds one, a sentence without none."""
    from hadath.attribution.updates import may_hold, update_words
    from hadath.text.normalize import normalize_key

    w = update_words()
    assert 0 < len(w.period_hints) < sum(len(group) for _, group in w.period_hints)
    held = normalize_key("استشهد 47 فلسطينيا خلال الساعات الأربع والعشرين الماضية")
    assert may_hold(held, w.period_hints)
    assert may_hold(normalize_key("قتلوا منذ بداية الحرب"), w.period_hints)
    assert not may_hold(normalize_key("قتل جنديان في هجوم على حاجز"), w.period_hints)


_GAP_PARTS = ["أسرة", "عائلة", "مكونة", "من", " ", "  ", "\n", "،", ",", "فجر", "اليوم", "أمس", "الماضي",
              "بينهم", "منهن", "أي", "قرابة", "أطفال", "(", ")", "الأسايش", "5", "قتل", "الإثنين", "الجمعة", "خمسة", "صباح"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PARTS), max_size=14), st.integers(0, 80))
def test_prefiltered_claim_patterns_find_what_the_patterns_find(parts: list[str], at: int) -> None:
    """The status search's patterns run only where their words are (a family noun, a subset
    word, two commas): each answers as the pattern run everywhere."""
    from hadath.attribution.claims import (
        _FAMILY_OF,
        _FAMILY_REACH,
        _SUBSET_ASIDE,
        _TIME_ASIDE,
        _family_before,
        _subset_aside,
        _without_time_asides,
    )

    text = "".join(parts)
    at = min(at, len(text))

    def span(m: object) -> tuple[int, int] | None:
        return None if m is None else m.span()  # type: ignore[attr-defined]

    assert span(_family_before(text, at)) == span(_FAMILY_OF.search(text, max(0, at - _FAMILY_REACH), at))
    assert span(_subset_aside(text)) == span(_SUBSET_ASIDE.search(text))
    assert _without_time_asides(text) == _TIME_ASIDE.sub(" ", text)


def test_prefiltered_claim_patterns_still_find_their_phrases() -> None:
    """The three phrases the prefilters pass to their patterns are found as before."""
    from hadath.attribution.claims import _family_before, _subset_aside, _without_time_asides

    raw = "قتلت عائلة مكونة من 5 أفراد"
    assert _family_before(raw, raw.index("5")) is not None
    assert _family_before("قتل 5 أفراد", 4) is None
    assert _subset_aside("، بينهم ثمانية أطفال،") is not None
    assert _subset_aside("، في ريف إدلب،") is None
    assert _without_time_asides("، فجر اليوم، ") == "  "
    assert _without_time_asides("، فجر اليوم ") == "، فجر اليوم "


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["قتل", " ", "\n", "«", "»", '"', "“", "،", ".", "(", "عشرة"]), max_size=12))
def test_status_gap_cuts_where_the_gap_without_name_marks_does(parts: list[str]) -> None:
    """A status's gap is cut by _PUNCT less the name marks « » ": searching _HARD_PUNCT in the
    gap as it is finds one where _PUNCT finds one in the gap with the marks taken out."""
    from hadath.attribution.claims import _HARD_PUNCT, _PUNCT
    from hadath.text.chars import OPENING_QUOTES

    gap = "".join(parts)
    marks = str.maketrans("", "", "\u00ab\u00bb\"")
    want = _PUNCT.search(gap.rstrip().rstrip(OPENING_QUOTES).translate(marks)) is not None
    assert (_HARD_PUNCT.search(gap.rstrip()) is not None) == want
    assert (_HARD_PUNCT.search(gap) is not None) == (_PUNCT.search(gap.translate(marks)) is not None)


def test_paragraph_starts_are_found_once_a_document() -> None:
    """The claims and the events stage read one list of a document's paragraph starts, found
    on the first ask and kept in its extras; a document of another text gets its own."""
    from hadath.text.segment import doc_paragraph_starts, paragraph_starts

    raw = "العنوان\n\nقتل جندي.\n  وأصيب آخر.\nانتهى"
    extras: dict[str, object] = {}
    first = doc_paragraph_starts(extras, raw)
    assert first == paragraph_starts(raw) and len(first) == 3
    assert doc_paragraph_starts(extras, raw) is first
    other = raw + "\nسطر"
    assert doc_paragraph_starts(extras, other) == paragraph_starts(other)


def test_period_tested_once_a_sentence_answers_as_period_of() -> None:
    """The claims test a sentence for the period phrases' words once and read its figures'
    periods without the test: each figure's period is what ``period_of`` with the view gives,
    a day's sum, a running total and one happening's count alike."""
    from hadath.attribution.claims import _period
    from hadath.attribution.updates import (
        PERIOD_SINCE,
        PERIOD_SPAN,
        period_of,
        sentence_may_have_period,
    )

    raw = ("استشهد 47 فلسطينيا وأصيب 120 آخرون خلال الساعات الأربع والعشرين الماضية.\n"
           "وقتل 3 جنود في هجوم على حاجز.\n"
           "وارتفع عدد القتلى منذ بداية الحرب إلى 35000 شخص.")
    doc = make_doc(raw)
    held: dict[int, bool] = {}
    got = set()
    for n in doc.numbers:
        sent = next(s for s in doc.sentences if s.start <= n.start < s.end)
        want = period_of(raw, n.start, n.end, sent.start, sent.end, norm=doc.norm)
        assert _period(doc, n, sent.start, sent.end, held) == want
        assert sentence_may_have_period(doc.norm, sent.start, sent.end) == held[sent.start]
        got.add(want)
    assert {PERIOD_SPAN, PERIOD_SINCE, ""} <= got
    assert len(held) == 3
