"""A protest told as a protest and as the crowd's clash with the police is one violent
demonstration (hadath.events.coref.merge_crowd_clashes).

The texts are illustrative reports written for these tests, not copied from any outlet.
"""

from __future__ import annotations

import hadath

BASRA = """البصرة (العراق) - «الصباح الجديد»

قُتل متظاهر وأصيب 19 آخرون بجروح، بينهم عناصر أمن، خلال مواجهات اندلعت مساء الثلاثاء بين محتجين وقوات مكافحة الشغب قرب مبنى ديوان محافظة البصرة، بحسب مصادر طبية.

وكان مئات الشبان قد خرجوا في تظاهرة سلمية ظهر اليوم ذاته للمطالبة بتحسين خدمات الكهرباء والماء، قبل أن تتحول إلى مواجهات عندما حاول بعضهم اقتحام المبنى.

وقال مسؤول محلي إن المحافظ دعا إلى التهدئة.
"""


def name(actor: object) -> str | None:
    return getattr(actor, "name", None)


def test_one_clash_of_protesters_and_police_is_one_event_with_one_death() -> None:
    doc = hadath.extract(BASRA, published="2024-07-10")
    # the lead gave a violent demonstration and an excessive force with the same sides, one
    # death each; the noon protest «قبل أن تتحول إلى مواجهات» is the same protest, earlier
    (riot,) = doc.events
    assert (riot.event_type, riot.sub_event_type, riot.plover_type) == ("Riots", "Violent demonstration", "PROTEST")
    assert riot.fatalities == 1
    assert (name(riot.actor1), name(riot.actor2)) == ("Rioters (Iraq)", "Police Forces of Iraq")  # ACLED's riot crowd
    # «قرب مبنى ديوان محافظة البصرة»: the governorate's building, in the city (session 25)
    assert riot.location is not None and riot.location.name == "Basrah" and riot.location.geo_precision == 1
    noon = BASRA.index("وكان مئات")
    assert any(s.start >= noon for s in riot.evidence)  # the noon protest's words support it
    lead = BASRA.index("قُتل")
    assert riot.evidence[0].start < noon and (riot.evidence[5].start, riot.evidence[5].end) == (
        lead, BASRA.index("\n", lead))  # the lead's sentence span still closes the lead's spans


def test_a_protest_that_did_not_turn_stays_its_own_event() -> None:
    text = BASRA.replace("، قبل أن تتحول إلى مواجهات عندما حاول بعضهم اقتحام المبنى", "")
    doc = hadath.extract(text, published="2024-07-10")
    subs = sorted(e.sub_event_type for e in doc.events)
    assert subs == ["Peaceful protest", "Violent demonstration"]
    (riot,) = [e for e in doc.events if e.sub_event_type == "Violent demonstration"]
    assert riot.fatalities == 1


def test_a_protest_elsewhere_does_not_fold_into_the_clash() -> None:
    text = ("الكوت (العراق) - «المدى»\n\n"
            "تظاهر مئات الخريجين أمام مبنى محافظة واسط في مدينة الكوت صباح الأحد للمطالبة بفرص عمل.\n\n"
            "وفي الناصرية، قُتل متظاهر خلال مواجهات اندلعت مساء اليوم ذاته بين محتجين وقوات مكافحة الشغب "
            "في ساحة الحبوبي، بحسب مصادر طبية.")
    doc = hadath.extract(text, published="2024-07-08")
    kut = [e for e in doc.events if e.location is not None and e.location.name == "Al-Kut"]
    assert [e.sub_event_type for e in kut] == ["Peaceful protest"]
    riots = [e for e in doc.events if e.sub_event_type == "Violent demonstration"]
    assert len(riots) == 1 and riots[0].fatalities == 1
    assert not [e for e in doc.events if e.sub_event_type == "Excessive force against protesters"]
