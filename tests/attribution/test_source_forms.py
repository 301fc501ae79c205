"""Source forms the attribution missed: frames of documenting after «بحسب ما»، a monitor's own
bulletin, a pronoun subject, an accusative source noun, a clitic left on a back-reference, a
kunya and a quoted organisation in a speaker's title.

Each text is a short illustrative report written for these tests (not a real one), run through
the whole pipeline as ``hadath extract`` does.
"""

from __future__ import annotations

import hadath
from hadath.schema import Document

SOHR = "Syrian Observatory for Human Rights"


def _doc(text: str, published: str = "2024-12-10") -> Document:
    doc = hadath.extract(text, published=published)
    for q in doc.quotes:
        assert text[q.start : q.end].strip() == text[q.start : q.end]
    return doc


def _claim(doc: Document, low: float) -> hadath.schema.Claim:
    found = [c for c in doc.claims if c.quantity.low == low]
    assert found, [(c.subject, c.quantity.low) for c in doc.claims]
    return found[0]


def test_documenting_verb_with_its_object_pronoun_after_bihasab_ma() -> None:
    for frame in ("وفقاً لما وثقه", "بحسب ما رصده", "حسبما سجله", "وفق ما أحصاه"):
        text = f"قتل تسعة مدنيين في قصف صاروخي على بلدة سرمين بريف إدلب، {frame} المرصد السوري لحقوق الإنسان."
        doc = _doc(text)
        src = _claim(doc, 9).source
        assert src is not None and src.name == SOHR, (frame, src)
        assert doc.events and doc.events[0].source is not None and doc.events[0].source.name == SOHR, frame


def test_reporting_verb_with_a_resumptive_pronoun_after_hasabama() -> None:
    text = "قتل تسعة مدنيين في قصف صاروخي على بلدة سرمين بريف إدلب، حسبما أفادت به مصادر محلية."
    src = _claim(_doc(text), 9).source
    assert src is not None and src.name == "Local sources"


def test_relaying_verb_after_bihasab_ma_names_the_agency_s_source() -> None:
    text = (
        "قتل أربعة جنود في هجوم على حاجز للجيش قرب مدينة درعا، بحسب ما نقلته وكالة الأنباء الألمانية "
        "عن مصدر عسكري."
    )
    src = _claim(_doc(text), 4).source
    assert src is not None and src.name == "Military source"


def test_a_monitor_s_own_bulletin_heading_makes_it_the_source() -> None:
    text = (
        "المرصد السوري لحقوق الإنسان - ريف حلب الشرقي\n\n"
        "قتل ستة مدنيين، بينهم ثلاثة أطفال، جراء قصف مدفعي على قرية الخفسة قرب منبج.\n\n"
        "وفي ريف الحسكة، قصفت القوات التركية قرى في ريف بلدة تل تمر."
    )
    doc = _doc(text)
    src = _claim(doc, 6).source
    assert src is not None and src.name == SOHR
    assert all(e.source is not None and e.source.name == SOHR for e in doc.events), doc.events


def test_a_monitor_bulletin_with_a_colon() -> None:
    text = "المرصد السوري لحقوق الإنسان: قتل ستة مدنيين جراء قصف مدفعي على قرية الخفسة قرب منبج."
    src = _claim(_doc(text), 6).source
    assert src is not None and src.name == SOHR


def test_a_monitor_named_in_a_first_sentence_is_no_dateline() -> None:
    text = "قال المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا.\n\nوقتل جندي في درعا، بحسب مصادر محلية."
    doc = hadath.extract(text, published="2024-12-10")
    assert _claim(doc, 6).source is not None


def test_kunya_with_umm_is_the_whole_speaker() -> None:
    text = (
        "وقالت أم خالد، وهي نازحة من ريف منبج تقيم مع أطفالها في مدرسة بمدينة الرقة: «لا نعرف إلى أين "
        "نذهب، المخيمات ممتلئة والبرد شديد»."
    )
    [q] = _doc(text).quotes
    assert q.speaker == "أم خالد"


def test_spokesman_of_a_quoted_organisation_keeps_its_closing_mark() -> None:
    text = (
        "ونفى المتحدث باسم «الجيش الوطني» أن تكون الفصائل قد أحرقت أي منازل، متهماً «قسد» "
        "بـ«فبركة الاتهامات لتشويه صورة الثوار»."
    )
    doc = _doc(text)
    speakers = {q.speaker for q in doc.quotes}
    assert "المتحدث باسم «الجيش الوطني»" in speakers, speakers


def test_statement_of_a_body_named_before_by_its_head_word() -> None:
    text = (
        "وفي قضاء سنجار غربي الموصل، قُتل اثنان من عناصر وحدات مقاومة سنجار، ظهر الاثنين، بغارة لطائرة "
        "مسيرة تركية استهدفت سيارتهما قرب مجمع خانصور، بحسب بيان للوحدات."
    )
    src = _claim(_doc(text, "2024-05-15"), 2).source
    assert src is not None
    assert src.text == "الوحدات"
    assert src.name.isascii() and "Sinjar" in src.name


def test_pronoun_subject_takes_the_body_named_before_it() -> None:
    text = (
        "وكانت القوات المسلحة أطلقت في فبراير 2018 عملية عسكرية شاملة لملاحقة المسلحين في شمال سيناء، "
        "قالت إنها أسفرت عن مقتل أكثر من 500 مسلح.\n\n"
        "وفي العريش، تظاهر العشرات أمام مبنى المحافظة، بحسب مصادر محلية."
    )
    src = _claim(_doc(text, "2024-05-15"), 500).source
    assert src is not None and src.name != "Local sources"
    assert src.text == "القوات المسلحة"


def test_accusative_source_noun_with_its_complement_before_the_verb() -> None:
    text = (
        "قتل أربعة أشخاص في هجوم على قرية البو دور، بحسب قيادة العمليات المشتركة.\n\n"
        "غير أن مصدراً في شرطة صلاح الدين أكد للصحيفة أن عدد القتلى بلغ سبعة أشخاص."
    )
    doc = _doc(text, "2024-05-15")
    src = _claim(doc, 7).source
    assert src is not None and src.text == "مصدراً في شرطة صلاح الدين"
    assert src.name == "Police"


def test_source_noun_with_a_place_complement_after_relaying_verb() -> None:
    text = "ونقلت وكالة الأنباء العراقية عن مصدر في شرطة صلاح الدين قوله إن سبعة أشخاص قتلوا في الهجوم."
    src = _claim(_doc(text, "2024-05-15"), 7).source
    assert src is not None and src.text == "مصدر في شرطة صلاح الدين" and src.name == "Police"


def test_accusative_generic_source_after_an() -> None:
    text = "إلا أن مسؤولاً أمنياً قال إن سبعة أشخاص قتلوا في الهجوم على القرية."
    src = _claim(_doc(text, "2024-05-15"), 7).source
    assert src is not None and src.name == "Security source"


def test_accusative_forms_of_generic_sources() -> None:
    from hadath.attribution.lexicons import accusative
    from hadath.text.normalize import normalize_key

    def acc(s: str) -> str | None:
        return accusative(normalize_key(s))

    assert acc("مسؤول أمني") == normalize_key("مسؤولا أمنيا")
    assert acc("مصدر في الشرطة") == normalize_key("مصدرا في الشرطة")
    assert acc("مسؤولون أمنيون") == normalize_key("مسؤولين أمنيين")
    assert acc("شاهد عيان") is None  # construct: no tanween on «شاهد»
    assert acc("مصادر أمنية") is None  # «مصادر» takes no tanween, «أمنية» ends in ة
    assert acc("مسؤولو الصحة") is None


def test_a_listener_ner_swallowed_is_the_via_not_the_speaker() -> None:
    text = (
        "وقالت مصادر بوزارة الداخلية المصرية لـ«الشرق الأوسط»: إنه لا يمكن في الوقت الحالي تأكيد الواقعة، "
        "لكنها أضافت «أن ما أثير حول الموضوع قيد التحقيق»."
    )
    [q] = _doc(text).quotes
    assert "الشرق الأوسط" not in q.speaker and q.via == "الشرق الأوسط"


def test_a_newspaper_told_after_the_speaker_is_the_via() -> None:
    text = "وقال متحدث باسمه لصحيفة «ديلي نيوز»: «لا يمكننا حتى أن نفكر في ذلك»."
    [q] = _doc(text).quotes
    assert (q.speaker, q.via) == ("متحدث باسمه", "صحيفة «ديلي نيوز»")


def test_spokesman_of_a_body_named_in_full_before_speaks_for_it() -> None:
    text = (
        "تتواصل الاشتباكات بين قوات سوريا الديمقراطية (قسد) من جهة، وفصائل «الجيش الوطني السوري» الموالية "
        "لتركيا من جهة أخرى، على محاور ريف منبج.\n\n"
        "ونفى المتحدث باسم «الجيش الوطني» أن تكون الفصائل قد أحرقت أي منازل، متهماً «قسد» "
        "بـ«فبركة الاتهامات لتشويه صورة الثوار»."
    )
    [q] = _doc(text).quotes
    assert q.speaker == "المتحدث باسم «الجيش الوطني»"
    assert q.speaker_canonical == "SNA: Syrian National Army"


def test_words_given_to_an_outlet_after_the_speaker_s_description() -> None:
    text = (
        "وقال أبو محمد، وهو مزارع من قرية الخفسة نزح مع عائلته إلى الطبقة، للمرصد السوري: «خرجنا تحت "
        "القصف بملابسنا فقط، لم نستطع أخذ شيء»."
    )
    [q] = _doc(text).quotes
    assert (q.speaker, q.via) == ("أبو محمد", "المرصد السوري")


def test_a_monitor_heading_its_line_after_a_wire_dateline() -> None:
    text = (
        "دمشق (رويترز) - المرصد السوري لحقوق الإنسان: قتل ستة مدنيين جراء قصف مدفعي على قرية الخفسة "
        "قرب منبج.\n\nوقتل جندي في درعا."
    )
    src = _claim(_doc(text), 6).source
    assert src is not None and src.name == SOHR


def test_a_monitor_heading_a_later_paragraph() -> None:
    text = (
        "قتل ثلاثة جنود في درعا، بحسب مصادر محلية.\n\n"
        "المرصد السوري لحقوق الإنسان: قتل ستة مدنيين جراء قصف مدفعي على قرية الخفسة قرب منبج."
    )
    doc = _doc(text)
    src = _claim(doc, 6).source
    assert src is not None and src.name == SOHR
    src3 = _claim(doc, 3).source
    assert src3 is not None and src3.name == "Local sources"


def test_a_denial_after_the_event_is_not_its_source() -> None:
    text = "قتل خمسة مدنيين في قصف على مستشفى في مدينة إدلب، ونفت وزارة الدفاع السورية أن تكون طائراتها قصفت المستشفى."
    doc = _doc(text, "2024-05-15")
    assert doc.events
    assert all(e.source is None or "Defence" not in e.source.name for e in doc.events)
    src = _claim(doc, 5).source
    assert src is None or "Defence" not in src.name


def test_un_reports_are_a_un_source() -> None:
    text = (
        "وقتل أكثر من 300 مدني في مدينة الجنينة بغرب دارفور خلال الشهر الماضي، وفق تقارير أممية."
    )
    doc = _doc(text, "2024-05-15")
    assert doc.claims and all(c.source is not None and c.source.name == "UN sources" for c in doc.claims)


def test_a_known_outlet_named_in_marks_after_its_head_noun() -> None:
    """«وكالة «هاوار»»، «صحيفة «الشرق الأوسط»»: the lexicon knows the outlet (the bare
    «الشرق الأوسط» is "the Middle East", so only the head noun makes it the newspaper), and a
    description after the name («المقربة من الإدارة الذاتية») does not hide it."""
    strike = ("استهدفت طائرة مسيّرة تركية سيارة مدنية على طريق القامشلي مساء الاثنين، ما أدى إلى "
              "مقتل شخصين، ")
    for tail, name, text in [
        ("وفق ما ذكرت وكالة «هاوار» المقربة من الإدارة الذاتية.", "Hawar News Agency", "وكالة «هاوار»"),
        ("بحسب صحيفة «الشرق الأوسط».", "Asharq Al-Awsat", "صحيفة «الشرق الأوسط»"),
    ]:
        doc = _doc(strike + tail, published="2025-01-15")
        assert [(e.source.name, e.source.text) for e in doc.events if e.source] == [(name, text)], tail
        assert _claim(doc, 2).source is not None and _claim(doc, 2).source.name == name


def test_a_source_named_inside_a_quotation_does_not_speak_it() -> None:
    # the speaker is not named (the sentence before would say who); the newspaper is part of what he said
    text = ("وتعليقا على ذلك، قال: «لا أرغب في أن أعقب على مصدر نشرت صحيفة «الأهرام» عنه معلومات، "
            "فهو مصدر مجهول».")
    doc = _doc(text)
    assert all(q.speaker_canonical != "Al-Ahram" for q in doc.quotes), doc.quotes


def test_an_army_s_word_for_the_enemy_dead_counts_fighters() -> None:
    """«قضى على خمسة مخربين» (the Israeli army's word for militants) is five fighters killed,
    the army's claim, also inside its quoted words; no rival of the ministry's 17 dead."""
    text = ("استشهد 17 فلسطينياً في غارات إسرائيلية على خان يونس فجر اليوم، وفق ما أعلنت وزارة الصحة. "
            "في المقابل، قال الجيش الإسرائيلي في بيان إنه «قضى على خمسة مخربين» في جنوب القطاع.")
    doc = _doc(text, published="2024-07-11")
    five = _claim(doc, 5)
    assert five.subject.endswith("fighters killed") and five.source is not None
    assert five.source.name == "Military Forces of Israel"
    assert not doc.conflicts


def test_a_spokesman_named_after_his_office_speaks() -> None:
    """«المتحدث باسم الجيش السوداني نبيل عبد الله»: the quotation is the man's, for the
    source the lexicon knows; a later surname alone is him."""
    text = ("وقال المتحدث باسم الجيش السوداني نبيل عبد الله، في بيان، إن «القوات صدت هجوما على الفاشر». "
            "وأضاف عبد الله أن «الوضع مستقر».")
    doc = _doc(text)
    assert [(q.speaker, q.speaker_canonical) for q in doc.quotes] == [
        ("نبيل عبد الله", "Sudanese Armed Forces Spokesman"), ("عبد الله", "Sudanese Armed Forces Spokesman")]


def test_an_organisation_announcing_a_toll_is_the_source() -> None:
    """«أعلنت قيادة شرطة ذي قار مقتل ...»: an organisation no lexicon lists, announcing a
    death, reports it; a bare word before such a noun is the verb's object («نفى وقوع»)."""
    doc = _doc("وأعلنت قيادة شرطة ذي قار مقتل خمسة أشخاص في انفجار عبوة ناسفة أمس.")
    assert [e.source.text for e in doc.events if e.source] == ["قيادة شرطة ذي قار"]
