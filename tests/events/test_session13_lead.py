"""Session 13's reading of a newspaper report from Suwayda (southern Syria): a clash at a
checkpoint told by a local network, the Observatory and the interior ministry, each with its
own toll; a sit-in of relatives before it; a weekly protest with a quoted activist; plus the
argument rules it exposed, on sentences of their own."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath

PUBLISHED = "2024-05-15"  # a Wednesday: «اليوم الأربعاء», «أمس الثلاثاء»


def _doc() -> hadath.Document:
    return read_article("suwayda_newspaper.txt", PUBLISHED)[1]


def _text() -> str:
    return read_article("suwayda_newspaper.txt", PUBLISHED)[0]


def _of(doc: hadath.Document, sub: str) -> list[hadath.Event]:
    return [e for e in doc.events if e.sub_event_type == sub]


def test_the_checkpoint_clash_is_one_event_between_the_faction_and_the_security_forces() -> None:
    doc = _doc()
    (clash,) = _of(doc, "Armed clash")  # the network's, the Observatory's and the ministry's accounts
    assert clash.actor1 is not None and clash.actor1.name == "Men of Dignity"  # «مسلحين من فصيل «رجال الكرامة»»
    assert clash.actor2 is not None and clash.actor2.name == "Police Forces of Syria"
    assert clash.location is not None and clash.location.name == "Shahbā"
    assert (clash.event_date, clash.time_precision) == ("2024-05-14", 1)
    assert clash.source is not None and clash.source.name == "Suwayda 24"
    # the ministry's account («أما وزارة الداخلية فقالت ... هاجمت الحاجز»), three paragraphs on
    moi = _text().index("أما وزارة الداخلية")
    assert any(s.start <= moi < s.end for s in clash.evidence)


def test_the_weekly_protest_and_its_activist() -> None:
    doc = _doc()
    weekly = [e for e in _of(doc, "Peaceful protest") if e.event_date == PUBLISHED]
    assert len(weekly) == 1
    assert weekly[0].location is not None and weekly[0].location.name == "As-Suwayda"
    (q,) = [q for q in doc.quotes if q.speaker == "سليمان عبد الباقي"]
    assert q.via == "الشرق الأوسط"
    assert any(c.subject == "protesters" and c.quantity.low == 100 for c in doc.claims)


def test_the_sources_disagree_on_the_security_forces_dead() -> None:
    doc = _doc()
    assert any("Syrian Observatory" in c.reason and "Ministry of Interior" in c.reason for c in doc.conflicts)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # the members' noun before «من» + a named group of its own kind is that group
    ("اندلعت اشتباكات بين مسلحين من حركة رجال الكرامة وقوات الأمن في مدينة شهبا.", "Men of Dignity", "Police Forces of Syria"),
    # «بين عناصر من تنظيم داعش وقوات الأمن»: the group is the first side, the force the second
    ("اندلعت اشتباكات بين عناصر من تنظيم داعش وقوات الأمن في مدينة شهبا.", "Islamic State", "Police Forces of Syria"),
])
def test_sides_named_through_their_members(text: str, actor1: str, actor2: str) -> None:
    (e,) = hadath.extract(text, published=PUBLISHED).events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert e.actor2 is not None and e.actor2.name == actor2


# --- an agency wire from Amman: a teachers' sit-in dispersed, a strike recalled, two more protests ---

AMMAN = "2024-05-16"  # a Thursday: «اليوم الخميس»


def _amman() -> hadath.Document:
    return read_article("amman_teachers_wire.txt", AMMAN)[1]


def test_a_counted_crowd_dispersed_is_a_protest_with_intervention() -> None:
    doc = _amman()
    (lead,) = _of(doc, "Protest with intervention")
    assert lead.actor2 is not None and lead.actor2.name == "Police Forces of Jordan"
    assert lead.location is not None and lead.location.name == "Amman"
    assert (lead.event_date, lead.time_precision) == (AMMAN, 1)


def test_a_strike_recalled_in_the_pluperfect_does_not_date_the_later_paragraphs() -> None:
    # «وكان نحو 100 ألف معلم قد بدأوا إضراباً ... قبل أسبوعين»: what had happened before the
    # story; the Irbid sit-in and the Karak road block after it are the story's day
    doc = _amman()
    by_place = {e.location.name: e for e in doc.events if e.location is not None}
    assert by_place["Irbid"].event_date == AMMAN and by_place["Karak"].event_date == AMMAN
    # the dateline «عمّان - (أ ف ب)» (a vowelled place) names the outlet: the sit-in's source
    assert by_place["Irbid"].source is not None and by_place["Irbid"].source.name == "Agence France-Presse"


def test_the_union_and_the_police_disagree_on_the_detained() -> None:
    # «واعتقلت 15 منهم على الأقل» (all the detained, some of the crowd) against «لا يتجاوز ثمانية»
    doc = _amman()
    (x,) = doc.conflicts
    assert "at least 15" in x.reason and "at most 8" in x.reason


def test_a_related_context_opens_another_happening() -> None:
    # «وفي سياق متصل، ... اعتقلت خلالها 14 شخصاً» is the raids' count, not a rival of the two
    # attackers arrested in the report before it
    _, doc = read_article("deir_ezzor_newspaper.txt", "2023-09-05")
    assert not any("14" in c.reason and "detained" in c.reason for c in doc.conflicts)


@pytest.mark.parametrize(("text", "intervened"), [
    ("فرقت الشرطة مئات المتظاهرين أمام مبنى البرلمان في عمان.", True),  # a counted crowd: a new gathering
    ("فرقت الشرطة المتظاهرين أمام مبنى البرلمان في عمان.", False),  # a detail of a protest told before
])
def test_dispersal_of_a_counted_crowd(text: str, intervened: bool) -> None:
    subs = [e.sub_event_type for e in hadath.extract(text, published=AMMAN).events]
    assert ("Protest with intervention" in subs) is intervened


# --- an Iraqi news agency's report of security statements ---

BAGHDAD = "2024-05-18"  # a Saturday: «اليوم السبت»


def _iraq() -> hadath.Document:
    return read_article("iraq_security_media_cell.txt", BAGHDAD)[1]


def test_hideouts_are_no_pakistani_town_and_destroyed_hideouts_no_dead() -> None:
    # «استهدفت أوكاراً لعصابات داعش ... ما أسفر عن مقتل سبعة إرهابيين وتدمير ثلاثة أوكار»
    (strike,) = [e for e in _iraq().events if e.sub_event_type == "Air/drone strike"]
    assert strike.location is not None and strike.location.country == "IQ"  # not Okara, Pakistan
    assert strike.fatalities == 7  # the three hideouts destroyed are not dead


def test_an_arrest_verb_split_by_its_subject_and_suspects_counted() -> None:
    # «ألقت مفارز وكالة الاستخبارات القبض على أربعة متهمين بالإرهاب ...، وفق بيان منفصل لوزارة الداخلية»
    (arrests,) = _of(_iraq(), "Arrests")
    assert arrests.location is not None and arrests.location.name == "Al Ḩawījah"
    assert arrests.source is not None and arrests.source.name == "Ministry of Interior"


def test_the_un_estimate_is_the_uns_and_rivals_the_mps() -> None:
    # «في حين تقدرهم الأمم المتحدة بما بين 1500 و2000 مقاتل»
    doc = _iraq()
    (un,) = [c for c in doc.claims if c.quantity.low == 1500]
    assert un.source is not None and un.source.name == "United Nations"
    assert any("United Nations reports 1500-2000" in x.reason for x in doc.conflicts)


def test_a_name_does_not_take_the_lam_before_an_outlet() -> None:
    doc = hadath.extract("وقال مدير المرصد رامي عبد الرحمن لـ«واع» إن «العمليات أسهمت في تقليص قدرة التنظيم».")
    (q,) = doc.quotes
    assert q.speaker == "رامي عبد الرحمن" and q.via == "واع"


def test_arrests_summed_over_a_week_are_no_event() -> None:
    # «اعتقلت الأجهزة الأمنية 23 متهماً بالإرهاب خلال الأسبوع الماضي»: a tally of operations
    doc = hadath.extract("قال المتحدث إن الأجهزة الأمنية اعتقلت 23 متهماً بالإرهاب خلال الأسبوع الماضي.", published=BAGHDAD)
    assert _of(doc, "Arrests") == []
    doc = hadath.extract("اعتقلت قوة من الجيش ثلاثة مطلوبين خلال عملية دهم في الكرمة.", published=BAGHDAD)
    assert len(_of(doc, "Arrests")) == 1


def test_the_name_ali_is_no_preposition_in_a_speaker_phrase() -> None:
    # «قال عضو لجنة الأمن والدفاع النيابية علي البنداوي لـ«واع»»: «علي» (dotted ya) is the name
    doc = _iraq()
    (q, *_) = [q for q in doc.quotes if q.speaker == "علي البنداوي"]
    assert q.via == "واع"
    assert any(c.source is not None and c.source.name == "علي البنداوي" and c.quantity.high == 500 for c in doc.claims)


# --- a newspaper report from Tripoli: a night of clashes between two armed groups ---

def test_tripoli_clash_between_the_two_groups() -> None:
    doc = read_article("tripoli_clashes_newspaper.txt", "2023-08-16")[1]  # «صباح اليوم الأربعاء»
    (clash,) = _of(doc, "Armed clash")
    assert {clash.actor1.name if clash.actor1 else None, clash.actor2.name if clash.actor2 else None} == {
        "Rada Special Deterrence Force", "444th Brigade"}
    assert clash.location is not None and clash.location.name == "Tripoli"
    assert (clash.event_date, clash.fatalities) == ("2023-08-15", 27)  # «مساء أمس الثلاثاء»، «27 شخصاً على الأقل»
    assert clash.source is not None and clash.source.name == "Emergency Medicine and Support Centre (Libya)"
    # the analyst's words are his; the headline's «اللواء 444» is the brigade's name, no quotation
    assert any(q.speaker == "عبد الله الرايس" for q in doc.quotes)
    assert not any("444" in doc_text[q.start:q.end] for q in doc.quotes for doc_text in [_tripoli_text()])
    assert {e.text for e in doc.entities if "444" in e.text} == {"اللواء 444", "اللواء 444 قتال"}


def _tripoli_text() -> str:
    return read_article("tripoli_clashes_newspaper.txt", "2023-08-16")[0]


def test_a_two_word_town_the_tagger_took_for_a_person_is_the_town() -> None:
    # «في سيدي بوزيد»: «سيدي» is also "my lord"; after «في» the gazetteer's town wins
    doc = hadath.extract("أقدم بائع متجول على إحراق نفسه أمام مبنى البلدية في سيدي بوزيد احتجاجا على مصادرة بضاعته.",
                         published=AMMAN)
    assert [e.location.name for e in doc.events if e.location is not None] == ["Sidi Bouzid"]
    # a person so named, as a speaker, stays a person
    doc = hadath.extract("وقال سيدي محمد إن الوضع هادئ.", published=AMMAN)
    assert [e.type for e in doc.entities] == ["PER"]


def test_a_date_outside_a_quotation_dates_the_words_not_the_happening() -> None:
    # «وقال ... حاكم ولاية بورنو، في مؤتمر صحفي ... يوم الأربعاء إن "المهاجمين وصلوا ... وأطلقوا
    # النار ... على المزارعين"»: the governor retells Tuesday's attack; no second attack on Wednesday
    _, doc = read_article("nigeria_borno_wire.txt", "2024-05-15")
    attacks = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1 and attacks[0].event_date == "2024-05-14"
