"""Sources named in forms the lexicon lacked: a Sudanese town's resistance committees
(«أفادت تنسيقية لجان مقاومة الفاشر»), two local officials in the dual («مسؤولان محليان»),
and residents as the source of what follows («أفاد سكان بأن ...»). Sentences written for
these tests in the style of wire and newspaper reports (not copied from any outlet)."""

from __future__ import annotations

from hadath.doc import Doc
from hadath.pipeline import run
from tests.article_support import read_article


def _claim_sources(text: str) -> list[str | None]:
    doc: Doc = run(text, published="2026-11-24")
    return [c.source.name if c.source else None for c in doc.claims]


def test_a_town_coordination_of_resistance_committees_is_the_committees() -> None:
    text = ("أفادت «تنسيقية لجان مقاومة نيالا» بمقتل 15 مدنياً على الأقل في قصف مدفعي "
            "استهدف أحياء جنوب المدينة يوم الأحد.")
    assert _claim_sources(text) == ["Resistance Committees (Sudan)"]


def test_two_local_officials_in_the_dual_are_an_official_source() -> None:
    text = ("قُتل تسعة مدنيين في غارة بطائرة مسيرة على سوق في بلدة قرب مدينة ديسي، "
            "وفق ما أفاد مسؤولان محليان.")
    assert _claim_sources(text) == ["Official source"]


def test_residents_who_told_are_the_witnesses_not_the_source_before() -> None:
    text = ("وقال مصدر عسكري إن الجيش استعاد السيطرة على بلدة مرتفعة، مؤكداً مقتل 20 من المسلحين.\n\n"
            "وفي مدينة أخرى، أفاد سكان بأن مسلحين قتلوا ستة مدنيين في هجوم على قرية مجاورة.")
    sources = _claim_sources(text)
    assert sources[0] == "Military source"
    assert sources[-1] == "Witnesses"


def test_a_force_with_its_front_announces_a_foiled_attack_after_another_source() -> None:
    # «في الجبهة الشمالية» is the force's own complement, then the announced fact: the force
    # is the source, not the UN spokesman of the paragraph before
    text = ("وقال المتحدث باسم الأمين العام للأمم المتحدة في بيان إن المنظمة قلقة إزاء احتجاز موظفيها.\n\n"
            "من جهة أخرى، أعلنت القوات المشتركة في الجبهة الشمالية إحباط هجوم على مواقعها، "
            "مؤكدة مقتل سبعة من المهاجمين.")
    sources = _claim_sources(text)
    assert sources and sources[-1] == "القوات المشتركة"


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc: Doc = run(text, published="2026-11-24")
    return [(q.speaker, text[q.start:q.end]) for q in doc.quotes]


def test_a_short_quotation_after_that_and_its_subject_is_speech() -> None:
    # «إن المنظمة «تشعر بقلق بالغ»»: the marks hold what the spokesman said of the organisation
    text = ("وقال المتحدث باسم الصليب الأحمر في بيان إن اللجنة «تتابع بقلق شديد» تدهور الأوضاع "
            "في المدينة بعد القصف.")
    assert [q for _, q in _quotes(text)] == ["تتابع بقلق شديد"]


def test_a_marked_name_after_that_and_a_word_stays_a_name() -> None:
    # «إن قوات «الدعم السريع» هاجمت»: a definite marked phrase after the subject word is a name
    text = "وقال مصدر عسكري إن قوات «الدعم السريع» هاجمت مواقع الجيش شرق المدينة فجر الأحد."
    assert _quotes(text) == []


def test_the_un_resident_coordinator_speaks_under_her_office() -> None:
    text = ("وقالت المنسقة المقيمة للأمم المتحدة في اليمن إن آلاف الأسر فرت من القتال، "
            "داعية إلى «وقف فوري لإطلاق النار».")
    doc: Doc = run(text, published="2026-11-24")
    assert [q.speaker_canonical for q in doc.quotes] == ["UN Resident Coordinator"]


def test_one_of_the_officials_who_asked_not_to_be_named_is_an_official_source() -> None:
    text = ("وقال أحد المسؤولين، طالباً عدم كشف هويته، إن «المسلحين أحرقوا السوق بالكامل قبل أن ينسحبوا "
            "باتجاه الغابة».")
    doc: Doc = run(text, published="2026-11-24")
    assert [q.speaker_canonical for q in doc.quotes] == ["Official source"]



def test_a_surname_later_is_the_full_name_given_after_a_marked_body() -> None:
    # «رئيس «مكتب توثيق الشهداء في درعا» عمر الحريري»: NER takes «الحريري» only (the marks
    # before cut the name); the given name before it is his, and «وأوضح الحريري» is he
    text, doc = read_article("daraa_assassinations_newspaper.txt", "2026-11-24")
    said = [q for q in doc.quotes if text[q.start:q.end].startswith("وثقنا")]
    assert [q.speaker_canonical for q in said] == ["عمر الحريري"]


def test_a_month_s_toll_is_no_rival_of_one_blast() -> None:
    # «خلال شهر تشرين الأول الماضي»: the observatory's figure sums a month of killings
    text = ("وأفاد مصدر محلي بمقتل شخصين في انفجار عبوة ناسفة استهدفت سيارة في مدينة إنخل بريف درعا.\n\n"
            "وكان المرصد السوري لحقوق الإنسان قد أحصى مقتل 25 شخصاً في عمليات اغتيال بمحافظة درعا "
            "خلال شهر تشرين الأول الماضي.")
    doc: Doc = run(text, published="2026-11-24")
    assert len(doc.claims) >= 2
    assert doc.conflicts == []
