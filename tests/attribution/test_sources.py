"""Reporting frames one by one, datelines, and what ``source_for`` falls back to."""

from __future__ import annotations

import pytest

from hadath.attribution.sources import source_for

from .conftest import assert_offsets, make_doc, mention

SOHR = "Syrian Observatory for Human Rights"


def _sources(raw: str) -> list[tuple[str, str]]:
    doc = make_doc(raw)
    assert_offsets(doc)
    return [(m.text, m.name) for m in doc.extras["sources"]]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قتل ثلاثة مدنيين، بحسب المرصد السوري لحقوق الإنسان.", ("المرصد السوري لحقوق الإنسان", SOHR)),
        ("قتل ثلاثة مدنيين، حسب المرصد.", ("المرصد", SOHR)),
        ("قتل ثلاثة مدنيين وفقا للمرصد السوري.", ("لمرصد السوري", SOHR)),
        ("قتل ثلاثة مدنيين وفق ما ذكر المرصد السوري.", ("المرصد السوري", SOHR)),
        ("قتل ثلاثة مدنيين، نقلا عن وكالة سانا.", ("وكالة سانا", "Syrian Arab News Agency")),
        ("وقال مصدر أمني إن ثلاثة مدنيين قتلوا.", ("مصدر أمني", "security source")),
        ("وأعلنت الشرطة أن ثلاثة مدنيين قتلوا.", ("الشرطة", "police")),
        ("وأفاد ناشطون بمقتل ثلاثة مدنيين.", ("ناشطون", "activists")),
        ("وذكرت مصادر محلية أن ثلاثة مدنيين قتلوا.", ("مصادر محلية", "local sources")),
        ("وأكد شهود عيان أن ثلاثة مدنيين قتلوا.", ("شهود عيان", "eyewitnesses")),
        ("وكان المرصد قد أفاد بمقتل ثلاثة مدنيين.", ("المرصد", SOHR)),
    ],
)
def test_reporting_frames(raw: str, expected: tuple[str, str]) -> None:
    assert _sources(raw) == [expected]


@pytest.mark.parametrize(
    ("raw", "text", "name"),
    [
        ("بيروت (أ ف ب) - قتل ثلاثة مدنيين.", "أ ف ب", "Agence France-Presse"),
        ("دمشق - (أ.ف.ب) قتل ثلاثة مدنيين.", "أ.ف.ب", "Agence France-Presse"),
        ("بغداد (رويترز) - قتل ثلاثة مدنيين.", "رويترز", "Reuters"),
        ("دير الزور - سانا: قتل ثلاثة مدنيين.", "سانا", "Syrian Arab News Agency"),
    ],
)
def test_datelines(raw: str, text: str, name: str) -> None:
    doc = make_doc(raw)
    [dl] = [m for m in doc.extras["sources"] if m.origin == "dateline"]
    assert (dl.text, dl.name) == (text, name)
    src = source_for(doc, raw.index("قتل"), raw.index("قتل") + 3)
    assert src is not None and src.name == name


def test_no_dateline_inside_a_sentence() -> None:
    doc = make_doc("وأعلن تنظيم «داعش» - في بيان - مسؤوليته عن الهجوم.")
    assert [m for m in doc.extras["sources"] if m.origin == "dateline"] == []


def test_speaker_phrases_that_are_not_sources() -> None:
    # «أحصى مقتل 120»: a count, not a speaker; «اعترف بها»: a pronoun
    assert _sources("وكان المصدر قد أحصى مقتل 120 شخصا.") == []
    assert _sources("ويرجح المحققون أن المتهم ارتكب جرائم غير التي اعترف بها، لكن أحدا لم يبلغ عنها.") == []


def test_ner_person_in_a_frame_is_a_source() -> None:
    raw = "وقال جون كيربي إن الضربات استهدفت مخازن أسلحة."
    doc = make_doc(raw, entities=[mention(raw, "جون كيربي", "PER", "John Kirby")])
    assert [(m.text, m.name, m.origin) for m in doc.extras["sources"]] == [("جون كيربي", "John Kirby", "ner")]


def test_clauses_keep_their_own_sources() -> None:
    raw = (
        "وقال المرصد السوري لحقوق الإنسان إن الغارات قتلت 20 مدنيا، "
        "فيما قالت وزارة الدفاع الروسية إن الغارات استهدفت مواقع للمسلحين فقط."
    )
    doc = make_doc(raw)
    first = source_for(doc, raw.index("20"), raw.index("20") + 2)
    second = source_for(doc, raw.index("مواقع"), raw.index("مواقع") + 5)
    assert first is not None and first.name == SOHR
    assert second is not None and second.name == "Russian Ministry of Defence"


def test_source_for_without_any_source_is_none() -> None:
    doc = make_doc("قتل ثلاثة مدنيين في قصف على البلدة.")
    assert source_for(doc, 0, 3) is None
    doc = make_doc("قتل ثلاثة مدنيين في قصف على البلدة.", source="رويترز")
    src = source_for(doc, 0, 3)
    assert src is not None and (src.name, src.text) == ("Reuters", "رويترز")


def test_a_report_goes_on_in_the_next_paragraph() -> None:
    raw = (
        "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا في قصف على البلدة.\n"
        "وأضاف أن 30 آخرين أصيبوا بجروح.\n"
        "وتابع: «القصف استمر طوال الليل ولم يتوقف حتى الصباح».\n"
        "وتعيش البلدة منذ أشهر تحت الحصار.\n"
    )
    doc = make_doc(raw, source="عنب بلدي")
    assert [(c.subject, c.quantity.low, c.source.name if c.source else None) for c in doc.claims] == [
        ("civilians killed", 12, SOHR),
        ("people wounded", 30, SOHR),
    ]
    [q] = doc.quotes
    assert q.speaker == "المرصد السوري لحقوق الإنسان" and q.speaker_canonical == SOHR
    # a new paragraph with no frame of its own: the outlet
    pos = raw.index("وتعيش")
    src = source_for(doc, pos, pos + 5)
    assert src is not None and src.name == "عنب بلدي"


def test_unlisted_outlet_in_a_dateline_keeps_its_arabic_name() -> None:
    raw = "السويداء - (صوت الجبل): قتل ثلاثة مدنيين في اشتباكات."
    doc = make_doc(raw)
    [dl] = [m for m in doc.extras["sources"] if m.origin == "dateline"]
    assert (dl.text, dl.name) == ("صوت الجبل", "صوت الجبل")


@pytest.mark.parametrize(("raw", "source"), [
    ("قتل 9 أشخاص في اشتباكات أمس، بحسب مركز طب الطوارئ والدعم.", "مركز طب الطوارئ والدعم"),
    ("قتل 9 أشخاص في اشتباكات أمس، بحسب مستشفى الشفاء.", "مستشفى الشفاء"),
    ("قتل 9 أشخاص في اشتباكات أمس، وفق خطة الحكومة.", None),  # a plan reports nothing
])
def test_a_body_no_lexicon_knows_is_a_source_after_according_to(raw: str, source: str | None) -> None:
    doc = make_doc(raw)
    assert_offsets(doc)
    found = source_for(doc, 0, 10)
    assert (found.name if found else None) == source


def test_a_dateline_of_several_agencies_is_named_so() -> None:
    import hadath

    doc = hadath.extract("طرابلس (وكالات) - قتل 9 أشخاص في اشتباكات أمس.")
    assert [e.source.name if e.source else None for e in doc.events] == ["News agencies"]


def test_the_same_source_and_a_bare_source_noun_refer_back() -> None:
    import hadath  # the whole pipeline: the outlet and NER take part

    raw = ("قال مصدر في وزارة الصحة إن ثمانية أشخاص قتلوا في غارات على صعدة. وأوضح المصدر أن الغارات استهدفت سوقا.\n\n"
           "وقال المالكي في بيان نشرته وكالة الأنباء السعودية إن الضربة دمرت مخزنا.\n\n"
           "وفي محافظة حجة، شن طيران التحالف خمس غارات على مديرية حرض، بحسب المصدر نفسه.")
    doc = hadath.extract(raw, published="2024-05-15")
    # «بحسب المصدر نفسه» is the health ministry's source, not the Saudi agency named last
    assert [e.source.name if e.source else None for e in doc.events] == ["Health authorities", "Health authorities"]
