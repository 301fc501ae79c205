"""Attribution on realistic passages in three styles: observatory bulletin, agency wire,
newspaper analysis. The passages are written for these tests (illustrative, not real reports).
"""

from __future__ import annotations

from hadath.attribution.sources import source_for
from hadath.doc import Doc

from .conftest import assert_offsets, make_doc, mention

BULLETIN = (
    "أفاد المرصد السوري لحقوق الإنسان، اليوم الأحد، بمقتل 42 شخصا، بينهم 12 طفلا، وإصابة أكثر من 50 "
    "آخرين في غارات جوية استهدفت سوقا شعبية في مدينة إدلب. وأضاف المرصد أن عدد القتلى مرشح للارتفاع "
    "بسبب وجود جرحى في حالات خطرة. وكانت الغارات قد استهدفت السوق ذاته قبل أسابيع.\n"
    "وتدور اشتباكات عنيفة منذ الصباح على أطراف المدينة، وسط قصف مدفعي متواصل.\n"
    "في المقابل، قالت وزارة الدفاع السورية في بيان إن الغارات استهدفت مقرات لـ«هيئة تحرير الشام» "
    "وأسفرت عن مقتل 5 أشخاص فقط.\n"
    "وكان المرصد قد أحصى مقتل 120 شخصا في إدلب منذ بداية الشهر، وقال مديره رامي عبد الرحمن "
    "لـ«الشرق الأوسط»: «الطائرات استهدفت سوقا مكتظة بالمدنيين في وقت الذروة».\n"
    "وأضاف عبد الرحمن: «لا توجد أي مقرات عسكرية في السوق»، مشيرا إلى أن بين القتلى رجلا يبلغ من "
    "العمر 70 عاما نزح إلى المدينة عام 2019.\n"
)

WIRE = (
    "بغداد (رويترز) - قالت مصادر أمنية إن عشرات من عناصر تنظيم «داعش» قتلوا في عملية «ثأر الشهداء» "
    "التي نفذتها القوات العراقية شمال البلاد. وذكرت خلية الإعلام الأمني في بيان أن القوات قتلت خمسة "
    "مسلحين ودمرت 3 عجلات.\n"
    "وتشن القوات العراقية منذ أسابيع حملة واسعة لملاحقة خلايا التنظيم في صحراء الأنبار.\n"
    "«نحن نلاحق فلول التنظيم في كل مكان ولن نسمح لهم بالعودة»، قال المتحدث باسم قيادة العمليات "
    "المشتركة العميد يحيى رسول.\n"
    "ونقلت وكالة الأنباء العراقية عن مصدر عسكري قوله: «إن وحدات الجيش تصدت لهجوم إرهابي».\n"
)

ANALYSIS = (
    "لندن: «الشرق الأوسط»\n"
    "كشف مصدر مطلع أن المفاوضات بين الطرفين وصلت إلى طريق مسدود.\n"
    "وقال القيادي في حركة «حماس» أسامة حمدان لـ«الشرق الأوسط» إن الحركة «لن تقبل بأي اتفاق لا يضمن "
    "وقف الحرب بشكل كامل». وأضاف حمدان أن «الاحتلال يماطل».\n"
    "ونقلت صحيفة «يديعوت أحرونوت» عن مسؤول إسرائيلي قوله إن الجيش قتل 300 مسلح خلال الأسبوع الماضي، "
    "فيما قالت وزارة الصحة إن الغارات أسفرت عن مقتل 150 شخصا.\n"
    "وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: «هناك أكثر من مليون نازح في القطاع يعيشون "
    "في ظروف صعبة».\n"
    '"كل ما نريده هو العودة إلى بيوتنا"، قالت نازحة في الخمسين من عمرها.\n'
)

SOHR = "Syrian Observatory for Human Rights"


def _quote_texts(doc: Doc) -> list[str]:
    return [doc.raw[q.start : q.end] for q in doc.quotes]


def _claims(doc: Doc) -> list[tuple[str, float, float, bool, str | None]]:
    return [
        (c.subject, c.quantity.low, c.quantity.high, c.quantity.approximate, c.source.name if c.source else None)
        for c in doc.claims
    ]


# --- observatory bulletin ------------------------------------------------------------------


def test_bulletin_sources() -> None:
    doc = make_doc(BULLETIN)
    assert_offsets(doc)
    by_text = {m.text: m for m in doc.extras["sources"]}
    assert by_text["المرصد السوري لحقوق الإنسان"].name == SOHR
    assert by_text["المرصد السوري لحقوق الإنسان"].frame_kind == "verb"
    assert by_text["وزارة الدفاع السورية"].name == "Syrian Ministry of Defence"
    # «وكان المرصد قد أحصى»: subject before the verb
    assert any(m.text == "المرصد" and m.name == SOHR and m.start > BULLETIN.index("وكان") for m in doc.extras["sources"])


def test_bulletin_source_for_continues_the_report_and_falls_back_to_outlet() -> None:
    doc = make_doc(BULLETIN, source="عنب بلدي")
    later = BULLETIN.index("وكانت الغارات")
    src = source_for(doc, later, later + 10)
    assert src is not None and src.name == SOHR and src.text == "المرصد"
    # its own paragraph, no frame: the article's outlet
    fight = BULLETIN.index("وتدور")
    src = source_for(doc, fight, fight + 5)
    assert src is not None and src.name == "عنب بلدي"


def test_bulletin_claims_and_conflict() -> None:
    idlib = mention(BULLETIN, "إدلب", "GPE", "Idlib", nth=1)
    doc = make_doc(BULLETIN, entities=[idlib])
    assert_offsets(doc)
    claims = _claims(doc)
    assert ("people killed", 42, 42, False, SOHR) in claims
    assert ("children killed", 12, 12, False, SOHR) in claims
    assert ("people wounded", 50, 50, True, SOHR) in claims
    assert ("people killed", 5, 5, False, "Syrian Ministry of Defence") in claims
    assert ("people killed in Idlib", 120, 120, False, SOHR) in claims
    # an age and a year are not claims
    assert not [c for c in claims if c[1] in (70, 2019)]
    i = next(k for k, c in enumerate(claims) if c[1] == 42)
    j = next(k for k, c in enumerate(claims) if c[1] == 5)
    pairs = {c.claims: c.reason for c in doc.conflicts}
    assert (i, j) in pairs
    assert pairs[(i, j)] == (
        "Syrian Observatory for Human Rights reports 42 people killed; Syrian Ministry of Defence reports 5"
    )
    # 120 in Idlib is another subject: no conflict with 5
    k = next(k for k, c in enumerate(claims) if c[1] == 120)
    assert all(k not in c.claims for c in doc.conflicts)
    # evidence: the number and the noun
    c42 = doc.claims[i]
    assert {doc.raw[s.start : s.end] for s in c42.evidence} >= {"42", "شخصا"}


def test_bulletin_quotes() -> None:
    doc = make_doc(BULLETIN)
    q = doc.quotes
    assert _quote_texts(doc) == [
        "الطائرات استهدفت سوقا مكتظة بالمدنيين في وقت الذروة",
        "لا توجد أي مقرات عسكرية في السوق",
    ]
    assert q[0].speaker == "رامي عبد الرحمن" and q[0].via == "الشرق الأوسط"
    assert q[0].speaker_canonical == "رامي عبد الرحمن"
    # a later mention by surname reaches the full name
    assert q[1].speaker == "عبد الرحمن" and q[1].speaker_canonical == "رامي عبد الرحمن" and q[1].via is None
    # organisation and outlet names in «» are not quotations
    assert "هيئة تحرير الشام" not in _quote_texts(doc)
    assert "الشرق الأوسط" not in _quote_texts(doc)
    # a claim inside a quotation is the speaker's
    a = BULLETIN.index("لا توجد")
    src = source_for(doc, a, a + 5)
    assert src is not None and src.text == "عبد الرحمن" and src.name == "رامي عبد الرحمن"


# --- agency wire -----------------------------------------------------------------------------


def test_wire_dateline_and_sources() -> None:
    doc = make_doc(WIRE)
    assert_offsets(doc)
    dl = [m for m in doc.extras["sources"] if m.origin == "dateline"]
    assert len(dl) == 1 and dl[0].text == "رويترز" and dl[0].name == "Reuters"
    names = {m.text: m.name for m in doc.extras["sources"]}
    assert names["مصادر أمنية"] == "security source"
    assert names["خلية الإعلام الأمني"] == "Iraqi Security Media Cell"
    # a new paragraph with no frame: the dateline agency
    pos = WIRE.index("وتشن")
    src = source_for(doc, pos, pos + 4)
    assert src is not None and src.name == "Reuters" and src.text == "رويترز"


def test_wire_quotes_speaker_after_and_relayed() -> None:
    doc = make_doc(WIRE)
    texts = _quote_texts(doc)
    assert texts == [
        "نحن نلاحق فلول التنظيم في كل مكان ولن نسمح لهم بالعودة",
        "إن وحدات الجيش تصدت لهجوم إرهابي",
    ]
    q0, q1 = doc.quotes
    assert q0.speaker == "يحيى رسول"  # the name, titles dropped
    assert q1.speaker == "مصدر عسكري" and q1.speaker_canonical == "security source"
    assert q1.via == "وكالة الأنباء العراقية"
    for name in ("داعش", "ثأر الشهداء"):
        assert name not in texts


def test_wire_claims_vague_against_exact_conflict() -> None:
    doc = make_doc(WIRE)
    claims = _claims(doc)
    assert ("fighters killed", 10, 99, True, "security source") in claims
    assert ("fighters killed", 5, 5, False, "Iraqi Security Media Cell") in claims
    assert ("vehicles destroyed", 3, 3, False, "Iraqi Security Media Cell") in claims
    assert [c.claims for c in doc.conflicts] == [(0, 1)]
    assert doc.conflicts[0].reason == (
        "security source reports 10-99 fighters killed; Iraqi Security Media Cell reports 5"
    )
    assert next(c for c in doc.claims if c.subject == "vehicles destroyed").unit == "vehicles"


def test_wire_actor_qualifies_the_subject() -> None:
    class _Actor:
        name = "Islamic State"

    isis = mention(WIRE, "داعش", "ORG", "Islamic State", actor=_Actor())
    doc = make_doc(WIRE, entities=[isis])
    claims = _claims(doc)
    assert ("Islamic State fighters killed", 10, 99, True, "security source") in claims
    # different subjects now: no conflict with the five gunmen
    assert doc.conflicts == []


# --- newspaper analysis ---------------------------------------------------------------------


def test_analysis_quotes() -> None:
    doc = make_doc(ANALYSIS)
    assert_offsets(doc)
    by_text = {doc.raw[q.start : q.end]: q for q in doc.quotes}
    q = by_text["لن تقبل بأي اتفاق لا يضمن وقف الحرب بشكل كامل"]
    assert q.speaker == "أسامة حمدان" and q.via == "الشرق الأوسط"
    q = by_text["الاحتلال يماطل"]
    assert q.speaker == "حمدان" and q.speaker_canonical == "أسامة حمدان"
    q = by_text["هناك أكثر من مليون نازح في القطاع يعيشون في ظروف صعبة"]
    assert q.speaker_canonical == "UN Office for the Coordination of Humanitarian Affairs"
    q = by_text["كل ما نريده هو العودة إلى بيوتنا"]
    assert q.speaker == "نازحة"
    for name in ("حماس", "يديعوت أحرونوت", "الشرق الأوسط"):
        assert name not in by_text


def test_analysis_dateline_and_claims() -> None:
    doc = make_doc(ANALYSIS)
    dl = [m for m in doc.extras["sources"] if m.origin == "dateline"]
    assert [m.name for m in dl] == ["Asharq Al-Awsat"]
    claims = _claims(doc)
    assert ("fighters killed", 300, 300, False, "مسؤول إسرائيلي") in claims
    assert ("people killed", 150, 150, False, "وزارة الصحة") in claims
    ocha = "UN Office for the Coordination of Humanitarian Affairs"
    # inside the quotation: the speaker is the source
    assert ("displaced people", 1_000_000, 1_000_000, True, ocha) in claims
