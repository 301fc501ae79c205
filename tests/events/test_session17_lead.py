"""Session 17's reading of articles written for the suite: a wire report on a Turkish drone
strike in Sinjar (a local official's figures against the Turkish ministry's «neutralised»,
a generic remark about repeated shelling, a separate roadside bomb); a newspaper report on a
night of rioting in Tripoli, Lebanon (a crowd against the army, a young man dead of his
wound, banners, a sit-in in Sidon, a call for Saturday); an agency report on Iran's missiles
on Erbil (the Revolutionary Guard's claim, a toll that rises when one of the wounded dies, the
Kurdish premier's denial and words, a recalled drone attack); a wire on a Turkish police
sweep against Islamic State suspects (arrests with «أوقفت», a church attack a week before, a
court sentence, a year's tally); an observatory bulletin on the SDF's clashes with Arab tribes in
Deir ez-Zor (the toll listed by side, the SDF's own lower count, reinforcements, ground taken,
a drone downed); plus the rules they exposed, on sentences of their own."""

from __future__ import annotations

from article_support import of_sub, read_article

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages

SINJAR = "2024-05-10"  # a Friday: «أمس الخميس» is the 9th


def _sinjar() -> tuple[str, hadath.Document]:
    return read_article("sinjar_turkish_drone_wire.txt", SINJAR)


def test_the_drone_strike_near_khanasor() -> None:
    text, doc = _sinjar()
    strikes = of_sub(doc, "Air/drone strike")
    by_source = {e.source.name if e.source else None: e for e in strikes}
    local = by_source["Official source"]
    assert local.actor1 is not None and local.actor1.name == "Military Forces of Turkey"
    assert local.actor2 is not None and local.actor2.name == "YBS: Sinjar Resistance Units"
    assert local.fatalities == 3 and local.event_date == "2024-05-09"
    # «قرب مجمع خانصور»: a Sinjar collective town GeoNames lacks (regions.tsv), near it
    assert local.location is not None and local.location.name == "Khanasor"
    assert local.location.geo_precision == 2
    # the official's own words retell the strike: «قائممقام سنجار» names his district, not
    # where the drone struck, so the quote's «قرب خانصور» places it and it is one event
    assert len([e for e in strikes if e.fatalities == 3]) == 1


def test_the_ministrys_neutralised_fighters() -> None:
    _, doc = _sinjar()
    strikes = of_sub(doc, "Air/drone strike")
    (turkish,) = [e for e in strikes if e.source and e.source.name == "Turkish Ministry of National Defence"]
    # «تحييد 12 إرهابياً ... في عملية جوية»: neutralised from the air is an air strike
    assert turkish.actor1 is not None and turkish.actor1.name == "Military Forces of Turkey"
    assert turkish.actor2 is not None and turkish.actor2.name == "PKK: Kurdistan Workers Party"
    assert turkish.fatalities is None  # "neutralised" may be killed, wounded or captured
    claim = next(c for c in doc.claims if c.quantity.low == 12)
    assert claim.subject.startswith("PKK: Kurdistan Workers Party fighters neutralised")


def test_no_event_for_repeated_shelling_and_the_separate_bomb() -> None:
    text, doc = _sinjar()
    # «القصف المتكرر يثير الرعب بين السكان»: a pattern, not a happening
    assert not of_sub(doc, "Shelling/artillery/missile attack")
    (ied,) = of_sub(doc, "Remote explosive/landmine/IED")
    assert ied.actor2 is not None and ied.actor2.name == "Military Forces of Iraq"
    assert ied.event_date == "2024-05-10" and ied.fatalities is None
    assert ied.location is not None and ied.location.name == "Al Ba‘āj"
    assert not of_sub(doc, "Armed clash")


def _events(text: str, published: str = "2024-04-08") -> list[hadath.Event]:
    return hadath.extract(text, published=published).events


def _vetoes(text: str) -> dict[str, str | None]:
    doc = Pipeline(default_stages())(Doc(raw=text))
    return {c.text: c.veto for s in score(doc) for c in s.candidates}


def test_habitual_attack_nouns_are_no_events() -> None:
    assert _vetoes("وتتعرض البلدة لهجمات متكررة من مسلحي التنظيم منذ أشهر.")["هجمات"] == "habitual"
    assert _vetoes("وقال إن الغارات الإسرائيلية اليومية دمرت معظم المنازل.")["الغارات"] == "habitual"
    assert _vetoes("وتشهد البلدة قصفا متكررا من قوات النظام.")["قصفا"] == "habitual"
    # a specific strike, and a verb (no adjective follows a verb), are not
    assert _vetoes("قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة الخيام أمس.")["غارة"] is None
    assert _vetoes("قصفت المدفعية البلدة يوميا.")["قصفت"] is None


def test_new_places_of_the_gazetteer() -> None:
    for text, name in (("قتل مدنيان في قصف مدفعي إسرائيلي على بلدة الخيام أمس.", "Khiam"),
                       ("استشهد ثلاثة فلسطينيين في غارة على حي الشجاعية شرق مدينة غزة أمس.", "Shuja'iyya"),
                       ("قتل شاب برصاص الجيش الإسرائيلي خلال اقتحام مخيم نور شمس أمس.", "Nur Shams camp")):
        events = _events(text)
        assert events and events[0].location is not None and events[0].location.name == name, text
    # «الخيام» is «the tents» without a head word
    doc = hadath.extract("نصب النازحون الخيام في العراء قرب الحدود.", published="2024-04-08")
    assert not any(e.geo for e in doc.entities)


def test_a_first_word_is_no_other_place() -> None:
    # «نور شمس» when the gazetteer lacked it was «نور», a town in Iran; a place name the tagger
    # found that goes on past a one-word gazetteer name is not that name
    doc = hadath.extract("اقتحمت قوات الاحتلال بلدة دير عمار شمال طرابلس.", published="2024-04-08")
    assert not any(e.geo and e.geo.country == "IR" for e in doc.entities)
    # an adjective or a context word the tagger swept in keeps the place
    doc = hadath.extract("قصفت الطائرات أحياء حلب الشرقية أمس.", published="2024-04-08")
    assert any(e.geo and e.geo.name == "Aleppo" for e in doc.entities)


def test_an_officials_district_places_nothing_when_another_place_is_named() -> None:
    (e,) = _events("وقال محافظ حماة إن قذائف سقطت على حي سكني في بلدة محردة أمس.", "2024-05-10")
    assert e.location is not None and e.location.name == "Maharda"
    # alone, the district is all there is
    (e,) = _events("وقال محافظ الأنبار إن طائرة مسيرة قصفت سيارة أمس.", "2024-05-10")
    assert e.location is not None and e.location.name == "Al Anbar"


TRIPOLI = "2024-01-30"  # a Tuesday: «ليل أمس الاثنين» is the 29th


def _tripoli() -> tuple[str, hadath.Document]:
    return read_article("tripoli_lebanon_protest_newspaper.txt", TRIPOLI)


def test_the_tripoli_riot_against_the_army() -> None:
    _, doc = _tripoli()
    (riot,) = of_sub(doc, "Violent demonstration")
    assert riot.location is not None and riot.location.name == "Tripoli" and riot.location.country == "LB"
    assert riot.event_date == "2024-01-29"
    # «مواجهات بين محتجين غاضبين والجيش اللبناني»: the force the crowd met is actor2; a riot's
    # crowd is rioters, as ACLED names it (inter 5), though the report says protesters
    assert riot.actor1 is not None and riot.actor1.name == "Rioters (Lebanon)"
    assert riot.actor2 is not None and riot.actor2.name == "Military Forces of Lebanon"
    # «بأن شاباً في العشرينات من عمره توفي متأثراً بإصابته ... خلال المواجهات»: one dead, in
    # the clashes told before; the banners and chants of «المحتجون» are the same crowd's
    assert riot.fatalities == 1
    assert not of_sub(doc, "Armed clash")
    tripoli = [e for e in doc.events if e.location is not None and e.location.name == "Tripoli"]
    assert tripoli == [riot]


def test_sidon_sit_in_and_no_call_as_event() -> None:
    _, doc = _tripoli()
    (sidon,) = [e for e in doc.events if e.location is not None and e.location.name == "Sidon"]
    assert sidon.sub_event_type == "Peaceful protest"
    # «ويدعو ناشطون إلى تظاهرة حاشدة يوم السبت المقبل»: a call, no protest yet
    assert not any(e.event_date and e.event_date > TRIPOLI for e in doc.events)


def test_the_banners_are_the_crowds() -> None:
    text, doc = _tripoli()
    banner = next(q for q in doc.quotes if text[q.start:q.end].startswith("طرابلس ليست"))
    # «لافتات كُتب عليها «جوعتونا» و«طرابلس ليست صندوق بريد»»: the second slogan of the list
    # is the crowd's too, not the army quoted before
    assert banner.speaker == "المحتجون"


def test_a_crowd_against_a_force_is_met() -> None:
    (e,) = _events("شهدت مدينة طرابلس أمس مناوشات بين محتجين وقوات الجيش اللبناني.")
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Lebanon"


def test_died_of_wounds() -> None:
    (e,) = _events("توفي شاب متأثرا بإصابته برصاص الجيش الإسرائيلي في مخيم نور شمس أمس.")
    assert e.fatalities == 1 and e.actor1 is not None and e.actor1.name == "Military Forces of Israel"
    # the one dead as the subject of «بأن», his age between
    (e,) = _events("وأفادت مصادر طبية بأن شاباً في العشرينات من عمره توفي متأثراً بإصابته برصاصة في طرابلس أمس.")
    assert e.fatalities == 1


def test_a_protest_in_each_town_listed() -> None:
    # ACLED codes a demonstration in each town: «في بيروت وصيدا وطرابلس» is three
    events = _events("تظاهر الآلاف أمس في بيروت وصيدا وطرابلس احتجاجا على الأوضاع المعيشية.")
    assert [e.location.name for e in events if e.location] == ["Beirut", "Sidon", "Tripoli"]
    assert all(e.sub_event_type == "Peaceful protest" for e in events)
    events = _events("خرجت مظاهرات في مدن درعا وحمص، وحماة أمس.")
    assert len(events) == 3
    # a town and its countryside are one place
    assert len(_events("تظاهر الآلاف أمس في دمشق وريفها.")) == 1


ERBIL = "2024-01-16"  # a Tuesday: «ليل الاثنين - الثلاثاء»


def _erbil() -> tuple[str, hadath.Document]:
    return read_article("erbil_iran_missiles_agency.txt", ERBIL)


def test_the_guards_missiles_on_erbil() -> None:
    _, doc = _erbil()
    (strike,) = of_sub(doc, "Shelling/artillery/missile attack")
    # «وتبنى «الحرس الثوري» الإيراني الهجوم»: the claim past the name's marks and adjective
    assert strike.actor1 is not None and strike.actor1.name.endswith("Islamic Revolutionary Guard Corps")
    assert strike.actor2 is not None and strike.actor2.name == "Civilians (Iraq)"
    assert strike.source is not None and strike.source.name == "Kurdistan Region Security Council"
    # four dead per the council, then «ارتفعت إلى خمسة بعد وفاة أحد الجرحى متأثراً بجروحه»:
    # the update revises the toll (a medical source in Erbil's hospital counts the same scene)
    assert strike.fatalities == 5
    assert strike.location is not None and strike.location.admin1 == "Erbil"


def test_the_premier_denies_and_speaks() -> None:
    text, doc = _erbil()
    # «ونفى ... مسرور بارزاني وجود أي مقرات إسرائيلية ...، وقال ... إن «...»»: «وجود» ends the
    # speaker's phrase, so the coordinated «وقال» is his
    quote = next(q for q in doc.quotes if text[q.start:q.end].startswith("الضحايا مدنيون"))
    assert quote.speaker == "مسرور بارزاني"
    # «من دون أن تتبنى أي جهة الهجوم»: nobody claimed the recalled attack
    assert all(c.source is None or "جهة" not in (c.source.text or "") for c in doc.claims)


def test_a_wounded_ones_death_is_no_new_toll() -> None:
    events = _events("قتل أربعة مدنيين أمس في قصف على بلدة في ريف إدلب. وارتفعت حصيلة القتلى إلى خمسة "
                     "بعد وفاة أحد الجرحى متأثراً بجروحه.")
    assert [e.fatalities for e in events] == [5]


ISTANBUL = "2024-02-06"  # a Tuesday


def test_the_sweep_is_one_arrests_event() -> None:
    _, doc = read_article("istanbul_arrests_wire.txt", ISTANBUL)
    # «أوقفت قوات الأمن التركية، صباح اليوم الثلاثاء، 47 شخصاً يشتبه ...»: «أوقف» with its
    # count of people (a time aside between) arrests; the year's «أوقفت خلالها نحو 4 آلاف» after
    # «منذ مطلع العام» is a tally, and the church attack «بعد أسبوع من» is background (with its
    # toll: «ما أسفر عن مقتل شخص واحد»), the Ankara sentence a trial
    (arrests,) = doc.events
    assert arrests.sub_event_type == "Arrests" and arrests.event_date == ISTANBUL
    assert arrests.actor1 is not None and arrests.actor1.name == "Police Forces of Turkey"


def test_detain_needs_its_detainees() -> None:
    (e,) = _events("أوقفت الشرطة ثلاثة مشتبه بهم في الهجوم على مركز الاقتراع أمس.")
    assert e.sub_event_type == "Arrests"
    # «أوقف» also stops talks, works and fire
    assert not any(e.sub_event_type == "Arrests" for e in _events("أوقفت الحكومة المفاوضات مع المتمردين أمس."))


DEIR = "2023-08-31"


def _deir() -> tuple[str, hadath.Document]:
    return read_article("deir_tribes_observatory_bulletin.txt", DEIR)


def test_the_tribal_clashes_and_their_toll() -> None:
    _, doc = _deir()
    (clash,) = of_sub(doc, "Armed clash")
    # «بين «قوات سوريا الديمقراطية» (قسد) من جهة، ومسلحين من أبناء العشائر العربية من جهة أخرى»
    assert clash.actor1 is not None and clash.actor1.name == "SDF: Syrian Democratic Forces"
    assert clash.actor2 is not None and "Tribal Militia" in clash.actor2.name
    assert clash.fatalities == 43
    # «فإن القتلى هم: 19 من عناصر «قسد»، و15 من مسلحي العشائر، و9 مدنيين ... قضوا برصاص
    # قناصة»: who the dead were, no new attack
    assert not of_sub(doc, "Attack")
    assert any(c.subject == "SDF: Syrian Democratic Forces fighters killed" and c.quantity.low == 19
               and c.source is not None and c.source.name == "Syrian Observatory for Human Rights" for c in doc.claims)
    assert any(c.subject.startswith("fighters killed") and c.quantity.low == 15 for c in doc.claims)


def test_the_sdf_counts_fewer_of_its_own() -> None:
    _, doc = _deir()
    # «مشيرة إلى مقتل 6 من عناصرها فقط»: her members are the SDF's (the speaker), not the
    # regime's named in between; against the observatory's 19, a conflict
    sdf = next(c for c in doc.claims if c.quantity.low == 6)
    assert sdf.subject == "SDF: Syrian Democratic Forces fighters killed"
    assert any({doc.claims[i].quantity.low for i in k.claims} == {19, 6} for k in doc.conflicts)
    # the drone shot down killed no one; the dead are the fighting's
    (disrupted,) = of_sub(doc, "Disrupted weapons use")
    assert disrupted.fatalities is None


def test_ground_taken_and_reinforcements_placed() -> None:
    _, doc = _deir()
    (taken,) = of_sub(doc, "Non-state actor overtakes territory")
    # «في بلدة الشحيل»: a Deir ez-Zor town GeoNames lacks (regions.tsv)
    assert taken.location is not None and taken.location.name == "Al-Shuhayl"
    # «استقدمت تعزيزات عسكرية من الحسكة ومنبج باتجاه المنطقة»: not placed whence they came
    (moved,) = [e for e in doc.events if e.plover_type == "MOBILIZE"]
    assert moved.location is None or moved.location.name != "Al Ḩasakah"


def test_where_after_a_place_reports() -> None:
    # «وانتقل التوتر إلى بيروت حيث رشق محتجون مبنى البرلمان بالحجارة»: «حيث» after a place is
    # "where", and its clause tells what the crowd did there
    (e,) = _events("وانتقل التوتر إلى بيروت حيث رشق محتجون مبنى البرلمان بالحجارة.")
    assert e.location is not None and e.location.name == "Beirut"
    assert e.event_type == "Riots"


def test_an_armed_subject_before_the_verb_leaves_the_object() -> None:
    # «إن مسلحين مجهولين خطفوا الصحافي»: SVO after «إن»; the word after the verb is the object
    (e,) = _events("وقالت الشرطة إن مسلحين مجهولين خطفوا الصحافي من منزله في بغداد أمس.")
    assert e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Iraq)"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Iraq)"
