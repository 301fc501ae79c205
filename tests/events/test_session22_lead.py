"""Session 22's reading of an article written for the suite: a newspaper report on a round of
fighting in the Ain al-Hilweh refugee camp near Sidon (Fatah against «جند الشام», a medical
source's toll against the Lebanese agency's, rockets on the edges of Sidon, a ceasefire agreed
at the embassy in Beirut, UNRWA's count of the displaced). Plus the rules it exposed, on
sentences of their own."""

from __future__ import annotations

from article_support import name, of_sub, read_article

import hadath

AIN_HILWEH = "2026-11-23"  # a Monday: «مساء أمس الأحد» is the 22nd


def _camp() -> tuple[str, hadath.Document]:
    return read_article("ain_hilweh_camp_newspaper.txt", AIN_HILWEH)


def test_the_camp_clash_has_its_two_named_sides() -> None:
    _, doc = _camp()
    clash = of_sub(doc, "Armed clash")[0]
    # «بين عناصر من حركة فتح ومسلحين من تنظيم «جند الشام»»: the first side, read as the target
    # after «عناصر من», still opens the pair
    assert name(clash.actor1) == "Fatah Movement" and name(clash.actor2) == "Jund al Sham"
    assert clash.location is not None and clash.location.country == "LB"
    assert clash.event_date == "2026-11-22" and clash.fatalities == 3


def test_refugees_and_an_embassy_do_not_move_sidon_to_the_west_bank() -> None:
    _, doc = _camp()
    # «للاجئين الفلسطينيين»، «السفارة الفلسطينية»، «المخيمات الفلسطينية»: a people and a mission
    # abroad; every Sidon of the text is the Lebanese city, not Şaydā near Tulkarm
    places = [e.geo for e in doc.entities if e.geo is not None]
    assert places and all(p.country == "LB" for p in places)
    assert all(e.location is None or e.location.country == "LB" for e in doc.events)


def test_the_two_tolls_disagree() -> None:
    _, doc = _camp()
    reasons = [c.reason for c in doc.conflicts]
    assert any("3 people killed" in r and "Lebanese National News Agency reports 5" in r for r in reasons)
    assert any("14 people wounded" in r and "at least 20" in r for r in reasons)


def test_the_agreement_and_the_quotes() -> None:
    _, doc = _camp()
    (agreement,) = of_sub(doc, "Agreement")
    assert agreement.location is not None and agreement.location.name == "Beirut"
    speakers = {q.speaker for q in doc.quotes}
    assert {"الجيش اللبناني", "صبحي أبو عرب", "أحمد عبد الهادي"} <= speakers
    displaced = [c for c in doc.claims if c.subject == "people displaced"]
    assert displaced and displaced[0].quantity.low == 2000
    assert displaced[0].source is not None and displaced[0].source.name == "UNRWA"


def test_more_than_twenty_wounded_after_the_dead_are_no_more_dead() -> None:
    # «وأكثر من 20 جريحاً»: the phrase starts three words before its wounding word, yet it
    # counts the wounded; joined by «و» to the dead, it is not a second count of them
    doc = hadath.extract("قالت الوكالة إن حصيلة الاشتباكات في المخيم بلغت خمسة قتلى، بينهم امرأة، "
                         "وأكثر من 20 جريحاً.", published=AIN_HILWEH)
    assert [e.fatalities for e in doc.events] == [5]



LIVE = "2026-11-26"


def _live() -> tuple[str, hadath.Document]:
    return read_article("tubas_live_updates.txt", LIVE)


def test_a_live_page_line_opens_with_its_source() -> None:
    # «09:42 - وزارة الصحة الفلسطينية: استشهاد شاب ...»: the time stamp before the heading source
    _, doc = _live()
    (attack,) = of_sub(doc, "Attack")
    assert attack.source is not None and attack.source.name == "Palestinian Ministry of Health"
    assert name(attack.actor1) == "Military Forces of Israel" and name(attack.actor2) == "Civilians (Palestine)"
    assert attack.fatalities == 1
    detained = [c for c in doc.claims if c.subject == "people detained"]
    assert detained and detained[0].source is not None
    assert detained[0].source.name == "Palestinian Prisoners' Society"


def test_drones_flying_over_a_raid_strike_nothing() -> None:
    # «وسط تحليق مكثف لطائرات مسيرة»: no air strike, and no clash made of the raid by them
    text, doc = _live()
    assert not of_sub(doc, "Air/drone strike")
    raid = text.index("تقتحم")
    assert not any(s.start <= raid < s.end for e in doc.events for s in e.evidence)


def test_our_fighters_are_the_speaking_group_and_the_vehicles_their_target() -> None:
    # «كتيبة طوباس التابعة لسرايا القدس في بيان: مقاتلونا استهدفوا آليات الاحتلال بعبوات ناسفة»:
    # the plural verb carries its subject; the vehicles after it are its object
    _, doc = _live()
    bomb = of_sub(doc, "Remote explosive/landmine/IED")[0]
    assert name(bomb.actor1) == "Al Quds Brigades"
    assert name(bomb.actor2) == "Military Forces of Israel"


def test_a_plural_verb_has_its_object_after_it() -> None:
    doc = hadath.extract("حركة الشباب في بيان: مقاتلونا استهدفوا آليات الجيش الصومالي بعبوات ناسفة "
                         "قرب مدينة أفجوي.", published=LIVE)
    (ev,) = doc.events
    assert name(ev.actor2) == "Military Forces of Somalia"
    assert name(ev.actor1) == "Al Shabaab"


def test_the_wanted_arrested_are_the_arrests_target() -> None:
    # «الجيش الإسرائيلي: قواتنا تنفذ عملية ...، واعتقلت حتى الآن 12 مطلوباً، وأصيب جندي ...»: the
    # speaking army («قواتنا») arrested the wanted men, not the soldier of the next clause
    _, doc = _live()
    arrests = of_sub(doc, "Arrests")
    assert arrests and all(name(a.actor1) == "Military Forces of Israel" for a in arrests)
    assert all(name(a.actor2) == "Civilians (Palestine)" for a in arrests)


def test_a_headline_speaker_before_a_colon_and_his_outlet() -> None:
    # «14:30 - محافظ طوباس أحمد الأسعد للجزيرة: «...»»: no verb, the line's name speaks, to the outlet
    _, doc = _live()
    (quote,) = doc.quotes
    assert quote.speaker == "أحمد الأسعد" and quote.via == "الجزيرة"
    doc = hadath.extract("وتابع الكاتب: «...» ثم قال إنه رأى شاباً يبتسم فسألته: «ألا تعبأ بما يحدث في "
                         "المدينة منذ الصباح؟»", published=LIVE)
    assert all(q.speaker != "يبتسم فسألته" for q in doc.quotes)
