"""Which «...» are quotations of speech, and who said them: one rule per test."""

from __future__ import annotations

import pytest

from hadath.attribution.quotes import pair_marks

from .conftest import assert_offsets, make_doc, mention


def _quotes(raw: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = make_doc(raw)
    assert_offsets(doc)
    return [(raw[q.start : q.end], q.speaker, q.speaker_canonical, q.via) for q in doc.quotes]


@pytest.mark.parametrize(
    "raw",
    [
        "أعلن تنظيم «داعش» مسؤوليته عن الهجوم.",
        "بدأت القوات التركية عملية «نبع السلام» في شمال سوريا.",
        "ذكرت وكالة «سانا» أن الطريق أعيد فتحه.",
        "أكد المسؤول أن «داعش» يسيطر على أجزاء من المدينة.",
        "وتبنت «هيئة تحرير الشام» الهجوم.",
        "قال الضابط لـ«رويترز» إن الوضع هادئ.",
    ],
)
def test_names_in_marks_are_not_quotes(raw: str) -> None:
    assert _quotes(raw) == []


def test_colon_makes_even_one_word_a_quote() -> None:
    assert _quotes("وسئل المتحدث عن الهدنة، فقال المرصد: «نعم».") == [("نعم", "المرصد", "Syrian Observatory for Human Rights", None)]


def test_short_quote_closing_the_clause_after_a_frame() -> None:
    raw = "وقال رامي عبد الرحمن إن الهجوم «جريمة حرب»، مضيفا أن المدنيين دفعوا الثمن."
    assert _quotes(raw) == [("جريمة حرب", "رامي عبد الرحمن", "رامي عبد الرحمن", None)]


def test_quote_with_no_speaker_and_no_source_is_dropped() -> None:
    # a term in marks with nobody to say it: no quotation is invented
    assert _quotes("ووصف الهجوم بأنه «جريمة حرب»، في تقرير نشر أمس.") == []


def test_speaker_after_the_quote_with_a_preposition() -> None:
    raw = "«الغارات استهدفت الأحياء السكنية ولم تستهدف أي موقع عسكري»، بحسب المرصد السوري لحقوق الإنسان."
    assert _quotes(raw) == [
        (
            "الغارات استهدفت الأحياء السكنية ولم تستهدف أي موقع عسكري",
            "المرصد السوري لحقوق الإنسان",
            "Syrian Observatory for Human Rights",
            None,
        )
    ]


def test_curly_quotes_and_haal_continuation() -> None:
    raw = "قالت الناشطة ليلى الحسن: “المستشفيات ممتلئة”، مضيفة: “لا نملك أدوية كافية لعلاج الجرحى”."
    got = _quotes(raw)
    assert [g[0] for g in got] == ["المستشفيات ممتلئة", "لا نملك أدوية كافية لعلاج الجرحى"]
    assert all(g[1] == "ليلى الحسن" for g in got)


def test_nested_name_inside_a_quote_is_one_quote() -> None:
    raw = "وقال مسؤول محلي: «إن مقاتلي «داعش» انسحبوا من البلدة قبل وصول الجيش»."
    assert _quotes(raw) == [("إن مقاتلي «داعش» انسحبوا من البلدة قبل وصول الجيش", "مسؤول محلي", None, None)]


def test_relayed_quote_speaker_and_outlet() -> None:
    raw = "ونقلت وكالة فرانس برس عن مصدر أمني قوله: «تم توقيف ثلاثة مشتبه بهم في المنطقة»."
    assert _quotes(raw) == [
        ("تم توقيف ثلاثة مشتبه بهم في المنطقة", "مصدر أمني", "security source", "وكالة فرانس برس")
    ]


def test_outlet_given_without_marks() -> None:
    raw = "وقال العميد أحمد الخالد لوكالة فرانس برس: «سنواصل العمليات حتى تطهير المنطقة بالكامل»."
    assert _quotes(raw) == [
        ("سنواصل العمليات حتى تطهير المنطقة بالكامل", "أحمد الخالد", "أحمد الخالد", "وكالة فرانس برس")
    ]


def test_pair_marks_nests_and_resets_at_line_breaks() -> None:
    raw = "«أ «ب» ج»\n«غير مغلق.\n«د»"
    pairs = [(raw[p.open + 1 : p.close], p.depth, p.closed) for p in pair_marks(raw)]
    assert pairs == [("أ «ب» ج", 0, True), ("ب", 1, True), ("غير مغلق", 0, False), ("د", 0, True)]


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph() -> None:
    raw = (
        "وقالت مصادر أمنية «إن معلومات وردت إلى أجهزة الأمن، وتم العثور على 500 كيلوغرام من مادة "
        "«تي.ان.تي» شديدة الانفجار.\nوتواصل التحقيقات."
    )
    got = _quotes(raw)
    assert got == [
        (
            "إن معلومات وردت إلى أجهزة الأمن، وتم العثور على 500 كيلوغرام من مادة «تي.ان.تي» شديدة الانفجار",
            "مصادر أمنية",
            "security source",
            None,
        )
    ]


@pytest.mark.parametrize(
    ("raw", "speaker", "via"),
    [
        ("وقال المتظاهر سامي يوسف «لن نغادر الساحة قبل تحقيق مطالبنا كاملة».", "سامي يوسف", None),
        (
            "وقال شاهد في البلدة لرويترز، طالبا عدم نشر اسمه: «سمعنا انفجارين قويين قرب الحاجز العسكري».",
            "شاهد في البلدة",
            "رويترز",
        ),
        ("وتحدث التقرير عن «انتهاكات واسعة بحق المعتقلين في السجون السرية».", "التقرير", None),
        ("وجاء في بيان أصدره الحزب أمس: «نرفض أي حل لا يضمن عودة النازحين إلى قراهم».", "الحزب", None),
        ("وهتف المتظاهرون «الشعب يريد إسقاط الحصار».", "المتظاهرون", None),
        ("وأوضح كريم عقب لقائه الوزير أمس «إن المفاوضات ستستأنف الأسبوع المقبل في جنيف».", "كريم", None),
    ],
)
def test_speakers_in_news_patterns(raw: str, speaker: str, via: str | None) -> None:
    got = _quotes(raw)
    assert len(got) == 1
    assert got[0][1] == speaker and got[0][3] == via


def test_terms_in_marks_near_a_distant_frame_are_not_quotes() -> None:
    raw = "هذه «المقاربة» على الطريقة «الأمريكية»، وفق بعض المحللين، تزيد احتمالات «الانفجار» في المنطقة."
    assert _quotes(raw) == []


def test_person_after_the_last_title_and_titles_left_out() -> None:
    raw = "وقال شيخ عقل الطائفة الشيخ سامر يونس: «نرفض الخطف أيا كان مصدره ومهما كانت أسبابه»."
    ents = [
        mention(raw, "شيخ عقل", "PER", "شيخ عقل"),
        mention(raw, "الشيخ سامر يونس", "PER", "سامر يونس"),
    ]
    doc = make_doc(raw, entities=ents)
    assert [(q.speaker, q.speaker_canonical) for q in doc.quotes] == [("سامر يونس", "سامر يونس")]


def test_describing_with_ba_is_not_said_by_the_noun_before() -> None:
    raw = "ووصف الوزير تصرف الجيش إزاء المتظاهرين بـ«جريمة من أكبر الجرائم التي عرفها البلد في تاريخه»."
    doc = make_doc(raw, entities=[mention(raw, "الجيش", "ORG", "Army")])
    assert all(q.speaker != "الجيش" for q in doc.quotes)


def test_according_to_with_a_colon() -> None:
    raw = "وبحسب المرصد السوري لحقوق الإنسان: «الغارات طالت مستشفى ميدانيا ومدرسة في البلدة»."
    assert _quotes(raw) == [
        (
            "الغارات طالت مستشفى ميدانيا ومدرسة في البلدة",
            "المرصد السوري لحقوق الإنسان",
            "Syrian Observatory for Human Rights",
            None,
        )
    ]
