"""Session 15's reading of articles written for the suite: a newspaper report from Tal Afar
(northern Iraq: a clash with the Islamic State told by a security source, a spokesman's press
conference in Baghdad, a local official's estimate of the group's fighters against the
spokesman's, talks on evacuating families); plus the rules they exposed, on sentences of
their own."""

from __future__ import annotations

from article_support import of_sub, read_article

import hadath

TAL_AFAR = "2024-03-12"  # a Tuesday: «أمس الاثنين» is the 11th


def _tal_afar() -> tuple[str, hadath.Document]:
    return read_article("talafar_newspaper.txt", TAL_AFAR)


def test_the_clash_at_tal_afar() -> None:
    _, doc = _tal_afar()
    (clash,) = of_sub(doc, "Armed clash")
    assert {clash.actor1 and clash.actor1.name, clash.actor2 and clash.actor2.name} == {
        "Islamic State", "Military Forces of Iraq"}
    assert clash.location is not None and clash.location.name == "Tall ‘Afar"
    assert clash.event_date == "2024-03-11"
    assert clash.source is not None and clash.source.name == "Security source"
    # three soldiers in the lead, and in the source's account «القوات الأمنية تمكنت من قتل ستة من
    # المهاجمين»: nine dead in the clash (ACLED counts every death, on both sides)
    assert clash.fatalities == 9
    # the spokesman spoke at a press conference in Baghdad: nothing happened there
    assert all(e.location is None or e.location.name != "Baghdad" for e in doc.events)


def test_each_speaker_and_the_spokesmans_surname() -> None:
    text, doc = _tal_afar()
    said = {text[q.start:q.end][:20]: (q.speaker_canonical or q.speaker) for q in doc.quotes}
    # «قال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي»: the named spokesman,
    # and «وأضاف الخفاجي» is the same man
    assert said["الوضع في تلعفر تحت ا"] == "تحسين الخفاجي"
    assert said["عدد عناصر داعش المتب"] == "تحسين الخفاجي"
    assert said["التنظيم يستغل ضعف ال"] == "Official source"
    # «وفرت حافلات لنقل العائلات»: «نقل» transports the families, it relays no one's words;
    # «وأكد أن الأهالي «يخشون ...»» is still the district chief's
    assert said["يخشون على منازلهم وم"] == "قاسم محمد"


def test_the_two_estimates_of_the_groups_fighters_conflict() -> None:
    _, doc = _tal_afar()
    (local,) = [c for c in doc.claims if c.quantity.low == 400]
    # «لكن مسؤولاً محلياً في تلعفر قدّر ...»: the source, its place, then its verb
    assert local.quantity.high == 500 and local.source is not None and local.source.name == "Official source"
    (spokesman,) = [c for c in doc.claims if c.quantity.high == 200]
    assert spokesman.source is not None and spokesman.source.name == "تحسين الخفاجي"
    i, j = doc.claims.index(spokesman), doc.claims.index(local)
    assert any(set(c.claims) == {i, j} for c in doc.conflicts)


def test_a_subjects_place_complement_before_its_verb() -> None:
    text = ("وقال الجيش إن 50 مسلحاً قتلوا في المعارك. لكن مسؤولاً محلياً في مدينة الموصل قدّر عدد "
            "القتلى بما بين 90 و100 مسلح.")
    doc = hadath.extract(text)
    (local,) = [c for c in doc.claims if c.quantity.low == 90]
    assert local.source is not None and local.source.name == "Official source"


LEAD = ("كركوك - قتل ثلاثة جنود عراقيين في اشتباكات مع مسلحين من تنظيم داعش في قضاء الحويجة "
        "ليل الاثنين، بحسب ما أفاد مصدر أمني.\n\n")


def test_a_retold_clash_adds_the_other_sides_dead_only() -> None:
    attackers = LEAD + "وقال المصدر إن عناصر التنظيم هاجموا نقطة للجيش، وقتل أربعة من المهاجمين خلال الاشتباك."
    (clash,) = of_sub(hadath.extract(attackers, published="2024-05-14"), "Armed clash")
    assert clash.fatalities == 7
    # the same soldiers told again: the same dead, the lowest figure
    again = LEAD + "وقال المصدر إن عناصر التنظيم هاجموا نقطة للجيش، وقتل جنديان من عناصر الجيش خلال الاشتباك."
    (clash,) = of_sub(hadath.extract(again, published="2024-05-14"), "Armed clash")
    assert clash.fatalities == 2
