"""Session 24: span conventions of the NER stage found on the training part's CV folds (place heads
NewsFANE leaves outside a place's name, a person's name never ending on a word that opens its next
part) (hadath/ner/stage.py)."""

from __future__ import annotations

from ner_helpers import find, ner

from hadath.doc import Doc
from hadath.ner.stage import _tidy_person, _tidy_place
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


def test_a_person_never_ends_on_a_word_that_opens_the_next_part_of_the_name() -> None:
    doc, tc = _columns("وقد زرنا ضريح سعد بن أبي وقاص في مدينة كانتون، وكتب السيناريو نبيل عبد المنعم.")
    a = _token(tc, "سعد")
    # the CRF's span stopped on «أبي»; the name goes on to «وقاص», not split at its «و»
    assert [_text(doc, tc, i, j) for i, j in _tidy_person(tc, a, a + 3, 0, len(tc.texts))] == ["سعد بن أبي وقاص"]
    a = _token(tc, "نبيل")
    assert [_text(doc, tc, i, j) for i, j in _tidy_person(tc, a, a + 2, 0, len(tc.texts))] == ["نبيل عبد المنعم"]


def test_an_opener_before_a_function_word_is_not_extended_over_it() -> None:
    _, tc = _columns("وقال محمد بن في تصريح صحفي إن الوفد وصل.")
    a = _token(tc, "محمد")
    assert _tidy_person(tc, a, a + 2, 0, len(tc.texts)) == [(a, a + 2)]


def test_the_whole_stage_names_sad_ibn_abi_waqqas_once() -> None:
    text = "وقد زرنا ضريح سعد بن أبي وقاص فاتح الصين وهو موجود في مدينة كانتون."
    doc = ner(text)
    m = find(doc, "سعد بن أبي وقاص")
    assert m.type == "PER" and text[m.start:m.end] == "سعد بن أبي وقاص"
    assert not [e for e in doc.entities if e.text == "قاص"]


def test_the_second_of_two_joined_names_leaves_its_nationality_outside() -> None:
    doc, tc = _columns("ويلتقي الثنائي الأرجنتيني جاركا والكازاخستاني جيرل في الدور الثاني.")
    a = _token(tc, "جاركا")
    assert [_text(doc, tc, i, j) for i, j in _tidy_person(tc, a, a + 3, 0, len(tc.texts))] == ["جاركا", "جيرل"]


def test_short_and_variant_nationality_adjectives() -> None:
    from hadath.lexicon.actors import nisba_index
    from hadath.text.normalize import normalize_key

    idx = nisba_index()
    assert idx[normalize_key("الأذري")] == "AZ"
    assert idx[normalize_key("الدانماركي")] == "DK"
    text = "واستقبله نائب رئيس الوزراء الأذري يعقوب أيوبوف في باكو، ووصل وزير الخارجية الدانماركي إلى عمان."
    doc = ner(text)
    m = find(doc, "يعقوب أيوبوف")
    assert m.type == "PER" and text[m.start:m.end] == "يعقوب أيوبوف"
    assert find(doc, "رئيس الوزراء الأذري").actor.name == "Government of Azerbaijan"


def _crf_spans(text: str, spans: dict[str, str]) -> list[tuple[str, str]]:
    """The stage's CRF mentions where the CRF would label the tokens ``spans`` (first token's text
    -> «TYPE:n», n tokens) and nothing else."""
    from hadath.ner.stage import _crf_mentions

    doc, tc = _columns(text)
    labels = ["O"] * len(tc.texts)
    for first, tag in spans.items():
        typ, n = tag.split(":")
        a = _token(tc, first)
        labels[a:a + int(n)] = ["B-" + typ] + ["I-" + typ] * (int(n) - 1)
    out = _crf_mentions(doc, tc, [(0, len(tc.texts))], labels)
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.type) for m in out]


def test_an_organisation_cut_before_its_nationality_adjective_takes_it() -> None:
    text = "وقدرت وزارة السياحة الإسرائيلية خسارة المرافق السياحية بنحو 120 مليون شيكل."
    assert _crf_spans(text, {"وزارة": "ORG:2"}) == [("وزارة السياحة الإسرائيلية", "ORG")]


def test_a_proper_name_does_not_take_its_nationality_adjective() -> None:
    # «توتال الفرنسية»: after an indefinite name the adjective stays outside (_tidy_org)
    text = "وتستثمر شركة توتال الفرنسية الحقل منذ سنوات."
    assert _crf_spans(text, {"توتال": "ORG:1"}) == [("توتال", "ORG")]


def test_the_city_located_by_a_direction_is_no_name() -> None:
    text = "واقتحمت القوات مخيم بلاطة شرق المدينة، ثم انسحبت إلى وسط المدينة فجر اليوم."
    assert _crf_spans(text, {"المدينة": "GPE:1"}) == []
    # Medina named alone elsewhere stays a place
    text = "وهاجر النبي من مكة إلى المدينة في العام الأول للهجرة."
    assert _crf_spans(text, {"المدينة": "GPE:1"}) == [("المدينة", "GPE")]


def test_one_word_after_a_person_noun_and_a_nationality_is_a_name() -> None:
    text = "وتقدم اللاعب السنغالي ديوف بالهدف الأول، ثم أضاف زميله الكاميروني إيتو الهدف الثاني."
    doc = ner(text)
    m = find(doc, "ديوف")
    assert m.type == "PER" and text[m.start:m.end] == "ديوف"
    assert not [e for e in doc.entities if e.text.startswith("السنغالي")]


def test_one_word_after_a_bare_nationality_is_not_enough() -> None:
    # no title or person noun before the adjective: «القطري» is the team, «لين» no name here
    doc = ner("وحقق القطري لين فوزا كبيرا على منافسه في المباراة.")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_towns_and_regions_the_lexicon_names() -> None:
    text = ("وقصفت المدفعية أطراف بلدة شبعا وسهل البقاع، فيما شهدت مدينة مليلية ومدينة بنها احتجاجات، "
            "ووصل الوفد إلى الدمازين قادما من ميونيخ.")
    doc = ner(text)
    for raw, name in (("شبعا", "Shebaa"), ("البقاع", "Beqaa"), ("مليلية", "Melilla"), ("بنها", "Benha"),
                      ("الدمازين", "Ed Damazin"), ("ميونيخ", "Munich")):
        m = find(doc, raw)
        assert (m.type, m.canonical) == ("GPE", name) and text[m.start:m.end] == raw


def test_organisations_the_lexicon_names() -> None:
    text = ("ونقل الجرحى إلى مستشفى الشفاء في مدينة غزة، وأصدرت دار الإفتاء المصرية بيانا، وقالت إدارة "
            "معلومات الطاقة الأمريكية إن المخزون تراجع، ونقلت وكالة أنتارا عن مسؤول قوله.")
    doc = ner(text)
    for raw, name in (("مستشفى الشفاء", "Al-Shifa Hospital"), ("دار الإفتاء المصرية", "Egyptian Dar al-Ifta"),
                      ("إدارة معلومات الطاقة الأمريكية", "US Energy Information Administration"),
                      ("أنتارا", "Antara")):
        m = find(doc, raw)
        assert (m.type, m.canonical) == ("ORG", name) and text[m.start:m.end] == raw


def test_well_known_figures_the_lexicon_names() -> None:
    text = "وكتب نجيب محفوظ رواياته في القاهرة، وقارن الممثل عادل إمام بين نابليون وهتلر في مسرحيته."
    doc = ner(text)
    for raw, name in (("نجيب محفوظ", "Naguib Mahfouz"), ("عادل إمام", "Adel Emam"), ("نابليون", "Napoleon"),
                      ("هتلر", "Adolf Hitler")):
        m = find(doc, raw)
        assert (m.type, m.canonical) == ("PER", name) and text[m.start:m.end] == raw


def test_balansiya_is_the_city_outside_a_match_report_sentence() -> None:
    # «بطولة» (heroism, and a championship) one sentence before: the club needs a cue in its own sentence
    text = "وسجل المؤرخون بطولة أهلها في الدفاع عنها. وكانت بلنسية من حواضر الأندلس العظيمة التي تقع على البحر المتوسط."
    m = find(ner(text), "بلنسية")
    assert m.type == "GPE" and text[m.start:m.end] == "بلنسية"
    # in the match report itself it is still the club (tests/ner/test_ner21.py)
    assert find(ner("وفاز بلنسية على ضيفه بهدفين في الدوري الإسباني."), "بلنسية").type == "ORG"


def test_a_town_the_crf_reads_as_an_organisation_stays_a_town_outside_a_match_report() -> None:
    from hadath.doc import Mention
    from hadath.ner.stage import _resolve_overlaps

    def kept(text: str, name: str, canonical: str, sports: list[tuple[int, int]]) -> list[tuple[str, str]]:
        s = text.index(name)
        crf = Mention(s, s + len(name), name, "ORG", None, "crf")
        lex = Mention(s, s + len(name), name, "GPE", canonical, "lexicon")
        return [(m.text, m.type) for m in _resolve_overlaps([crf, lex], sports)]

    text = "وأعلن وزير الدفاع الروسي أن رد موسكو سيكون حاسما."
    assert kept(text, "موسكو", "Moscow", []) == [("موسكو", "GPE")]
    # in a match report's sentences the CRF's club («سبارتاك» left out) keeps its type
    text = "وتغلب موسكو على ضيفه في المباراة."
    assert kept(text, "موسكو", "Moscow", [(0, len(text))]) == [("موسكو", "ORG")]
    # a country stays what the CRF reads: its state («طلب الفاتيكان»)
    text = "واحتجت المرجعية على طلب الفاتيكان مساعدة المسيحيين."
    assert kept(text, "الفاتيكان", "Vatican City", []) == [("الفاتيكان", "ORG")]
