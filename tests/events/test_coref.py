"""Within-document event coreference (hadath.events.coref)."""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.coref import is_definite, merge_coreferent
from hadath.events.draft import Event, Span
from hadath.schema import Actor, Location

CLASH = """قتل خمسة عناصر من قوات الأمن العراقية أمس في اشتباكات عنيفة مع مسلحين من تنظيم «داعش» في قضاء تلعفر، بحسب ما أفاد مصدر أمني.

وقال المصدر الأمني إن «عناصر التنظيم هاجموا نقطة تفتيش للجيش العراقي في تلعفر فجر الثلاثاء، واستمرت الاشتباكات أكثر من ثلاث ساعات»."""


def test_definite_triggers() -> None:
    assert is_definite("الاشتباكات")
    assert is_definite("والهجوم")
    assert is_definite("للغارة")
    assert not is_definite("اشتباكات")
    assert not is_definite("شنت")
    assert not is_definite("غارتين")


def test_lead_clash_and_its_quoted_back_reference_are_one_event() -> None:
    doc = hadath.extract(CLASH, published="2024-05-15")
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    ev = clashes[0]
    words = {CLASH[s.start:s.end] for s in ev.evidence}
    assert "اشتباكات" in words and "الاشتباكات" in words
    assert CLASH[ev.evidence[0].start:ev.evidence[0].end] == "اشتباكات"  # the first mention stays the trigger
    assert ev.fatalities == 5


def _loc(name: str, gid: int) -> Location:
    return Location(name=name, name_ar=name, country="IQ", latitude=36.0, longitude=42.0, geo_precision=1, geonameid=gid)


def _event(text: str, word: str, *, fatalities: int | None = None, location: Location | None = None,
           actor1: str | None = None, date: str | None = "2024-05-14", confidence: float = 0.5) -> Event:
    start = text.index(word)
    stop = text.index(".", start) + 1 if "." in text[start:] else len(text)
    sentence_start = text.rfind("\n", 0, start) + 1
    return Event(event_type="Battles", sub_event_type="Armed clash", plover_type="ASSAULT",
                 actor1=Actor(name=actor1, text=actor1) if actor1 else None, location=location,
                 event_date=date, fatalities=fatalities, confidence=confidence,
                 evidence=[Span(start=start, end=start + len(word)), Span(start=sentence_start, end=stop)])


def test_merge_keeps_lowest_figure_and_highest_confidence() -> None:
    text = "اندلعت اشتباكات في تلعفر.\nوأسفرت الاشتباكات عن مقتل 12."
    doc = Doc(raw=text)
    a = _event(text, "اشتباكات", fatalities=5, location=_loc("Tall Afar", 1), confidence=0.6)
    b = _event(text, "الاشتباكات", fatalities=12, location=None, confidence=0.9)
    merged = merge_coreferent(doc, [a, b])
    assert len(merged) == 1
    assert merged[0].fatalities == 5
    assert merged[0].confidence == 0.9
    assert merged[0].location == a.location
    assert len(merged[0].evidence) == 4


def test_no_merge_on_contradiction_or_indefinite_trigger() -> None:
    text = "اندلعت اشتباكات في تلعفر.\nوأسفرت الاشتباكات عن مقتل 12.\nواندلعت اشتباكات أخرى."
    doc = Doc(raw=text)
    a = _event(text, "اشتباكات", location=_loc("Tall Afar", 1))
    other_place = _event(text, "الاشتباكات", location=_loc("Mosul", 2))
    other_day = _event(text, "الاشتباكات", date="2024-05-10")
    other_actor = _event(text, "الاشتباكات", actor1="Police Forces of Iraq")
    sides = {"actor1": Actor(name="Military Forces of Iraq", text="x"), "actor2": Actor(name="Islamic State", text="y")}
    assert len(merge_coreferent(doc, [a.model_copy(update=sides), other_actor])) == 2
    # a clash may name its sides the other way round
    swapped = _event(text, "الاشتباكات", actor1="Islamic State")
    assert len(merge_coreferent(doc, [a.model_copy(update=sides), swapped])) == 1
    assert len(merge_coreferent(doc, [a, other_place])) == 2
    assert len(merge_coreferent(doc, [a, other_day])) == 2
    indefinite = _event(text, "اشتباكات أخرى")
    assert len(merge_coreferent(doc, [a, indefinite])) == 2


def test_no_merge_across_many_paragraphs() -> None:
    text = "اندلعت اشتباكات في تلعفر.\n\nفقرة.\n\nفقرة.\n\nفقرة.\n\nوتجددت الاشتباكات."
    doc = Doc(raw=text)
    a = _event(text, "اشتباكات")
    b = _event(text, "الاشتباكات")
    assert len(merge_coreferent(doc, [a, b])) == 2


def test_same_actor_place_day_and_type_is_one_acled_row_at_any_distance() -> None:
    # ACLED aggregates one actor's events of one type in one place on one day: the
    # coalition's own account, paragraphs after the lead, is not a second strike
    text = "شن التحالف غارات على صعدة.\n\nفقرة.\n\nفقرة.\n\nفقرة.\n\nقال التحالف إن مقاتلاته استهدفت مخزنا في صعدة."
    doc = Doc(raw=text)
    saada = _loc("Sa'dah", 71333)
    day = {"time_precision": 1}
    a = _event(text, "غارات", location=saada, actor1="Saudi-led Coalition", fatalities=8).model_copy(update=day)
    b = _event(text, "استهدفت", location=saada, actor1="Saudi-led Coalition").model_copy(update=day)
    assert len(merge_coreferent(doc, [a, b])) == 1
    # another day, another place, or an unidentified group: kept apart
    assert len(merge_coreferent(doc, [a, b.model_copy(update={"event_date": "2024-05-13"})])) == 2
    assert len(merge_coreferent(doc, [a, b.model_copy(update={"location": _loc("Marib", 71137)})])) == 2
    ua = a.model_copy(update={"actor1": Actor(name="Unidentified Armed Group (Yemen)", text="مسلحون")})
    ub = b.model_copy(update={"actor1": ua.actor1})
    assert len(merge_coreferent(doc, [ua, ub])) == 2


def test_a_strike_the_sources_dispute_is_one_row_from_a_district_to_its_governorate_capital() -> None:
    # «غارات على سوق في مديرية مجز بمحافظة صعدة» (a ministry) and «استهدفت مخزنا في صعدة» (the
    # coalition), paragraphs apart: the bare capital's name may be the governorate holding the district
    text = ("قال مصدر إن غارات للتحالف قصفت سوقا في مديرية مجز.\n\nفقرة.\n\nفقرة.\n\nفقرة.\n\n"
            "قال التحالف إن مقاتلاته استهدفت مخزنا في صعدة.")
    doc = Doc(raw=text)
    majz = Location(name="Majz", name_ar="مجز", admin1="Saada", country="YE", latitude=17.07, longitude=43.58, geo_precision=2, geonameid=8534038)
    saada = Location(name="Sa'dah", name_ar="صعدة", admin1="Saada", country="YE", latitude=16.94, longitude=43.76, geo_precision=1, geonameid=71334)
    day = {"time_precision": 1, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    a = _event(text, "غارات", location=majz, actor1="Saudi-led Coalition", fatalities=8).model_copy(
        update={**day, "source": Actor(name="Health Ministry (Sanaa)", text="مصدر")})
    b = _event(text, "استهدفت", location=saada, actor1="Saudi-led Coalition", fatalities=6).model_copy(
        update={**day, "source": Actor(name="Saudi-led Coalition", text="التحالف")})
    (one,) = merge_coreferent(doc, [a, b])
    assert one.location is not None and one.location.name == "Majz" and one.fatalities == 6
    # a town of another governorate is elsewhere
    marib = Location(name="Marib", name_ar="مأرب", admin1="Ma'rib", country="YE", latitude=15.46, longitude=45.33, geo_precision=1, geonameid=71137)
    assert len(merge_coreferent(doc, [a, b.model_copy(update={"location": marib})])) == 2


def test_a_region_and_a_town_in_it_are_one_place_for_coreference() -> None:
    from hadath.events.coref import _same_place
    from hadath.schema import Location

    jenin = Location(name="Janīn", name_ar="جنين", admin1="West Bank", country="PS", latitude=32.46,
                     longitude=35.3, geo_precision=1, geonameid=283506)
    bank = Location(name="West Bank", name_ar="الضفة الغربية", admin1="West Bank", country="PS",
                    latitude=32.0, longitude=35.3, geo_precision=3)
    nablus = Location(name="Nablus", name_ar="نابلس", admin1="West Bank", country="PS", latitude=32.22,
                      longitude=35.25, geo_precision=1, geonameid=282615)
    assert _same_place(jenin, bank) and _same_place(bank, jenin)
    assert not _same_place(jenin, nablus)


def test_another_near_skips_only_windows_without_a_word_of_another_happening() -> None:
    # _WordPlaces lets _another_near skip a window that holds none of the words; written
    # with diacritics and tatweel («أُخـرى») the word is still found, as normalize_key finds it
    from hadath.events.coref import _another_near, _WordPlaces
    from hadath.events.lexicon import other_happening_words

    text = "وقال المصدر إن المسلحين هاجموا نقطة أُخـرى للجيش، ثم هاجموا القرية. وشنت الطائرات غارات جديدة."
    doc = Doc(raw=text)
    others = _WordPlaces(doc, other_happening_words())
    sentence = Span(start=0, end=text.index(".") + 1)
    for word, expected in (("هاجموا", True), ("القرية", False)):
        start = text.index(word)
        end = start + len(word)
        assert _another_near(doc, start, end, sentence) is expected
        assert _another_near(doc, start, end, sentence, others) is expected
    second = Span(start=sentence.end + 1, end=len(text))
    start = text.index("غارات")
    assert _another_near(doc, start, start + 5, second, others) is True
