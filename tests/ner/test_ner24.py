"""Session 24: span conventions of the NER stage found on the training part's CV folds (place heads
NewsFANE leaves outside a place's name) (hadath/ner/stage.py)."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.ner.stage import _tidy_place
from hadath.text.segment import TokenColumns


def _columns(text: str) -> tuple[Doc, TokenColumns]:
    doc = Doc(raw=text)
    doc.segment()
    return doc, doc.token_columns


def _token(tc: TokenColumns, raw: str) -> int:
    return tc.texts.index(raw)


def _text(doc: Doc, tc: TokenColumns, a: int, b: int) -> str:
    return doc.raw[tc.starts[a]:tc.ends[b - 1]]


def test_a_place_read_with_its_head_word_is_named_without_it() -> None:
    doc, tc = _columns("وأكد الوزير حرص دولة الإمارات على دعم الاستقرار، ووصل الوفد إلى ولاية كسلا صباح اليوم.")
    a = _token(tc, "دولة")
    assert [_text(doc, tc, i, j) for i, j in _tidy_place(tc, a, a + 2)] == ["الإمارات"]
    a = _token(tc, "ولاية")
    assert [_text(doc, tc, i, j) for i, j in _tidy_place(tc, a, a + 2)] == ["كسلا"]


def test_a_head_that_names_the_place_with_it_stays() -> None:
    # «جمهورية» and «قرية» start the name in NewsFANE as often as not; «مدينة» is Wojood's span
    _, tc = _columns("وزار الرئيس جمهورية نيبال ثم قرية بلعين قرب مدينة رام الله.")
    for head in ("جمهورية", "قرية"):
        a = _token(tc, head)
        assert _tidy_place(tc, a, a + 2) == ((a, a + 2),)
    a = _token(tc, "مدينة")
    assert _tidy_place(tc, a, a + 3) == ((a, a + 3),)


def test_a_lone_head_word_is_left_to_the_other_rules() -> None:
    _, tc = _columns("وعاد الوفد إلى الدولة ثم إلى بلدة صغيرة.")
    a = _token(tc, "بلدة")
    assert _tidy_place(tc, a, a + 1) == ((a, a + 1),)
