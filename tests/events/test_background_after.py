"""A violent happening after «بعد، إثر، عقب، غداة» in a sentence that reports nothing violent
before it dates the sentence's news; it is not reported (hadath.events.modality._background_after).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def assaults(text: str) -> list[object]:
    return [e for e in hadath.extract(text, published="2024-07-10").events if e.plover_type == "ASSAULT"]


def test_a_measure_taken_after_an_attack_reports_no_attack() -> None:
    # the word governs its clause up to a comma: the attack noun six words on is background too
    assert not assaults("وأغلقت الشرطة الطريق المؤدي إلى المطار عقب مقتل ثلاثة من عناصرها في هجوم مسلح "
                        "الأسبوع الماضي.")
    assert not assaults("وزار رئيس الوزراء مدينة الموصل غداة تفجير سيارة مفخخة أودى بحياة 12 شخصا في سوق "
                        "النبي يونس.")


def test_a_deed_or_its_casualties_before_the_word_are_reported() -> None:
    (blast,) = assaults("أصيب أربعة مدنيين بجروح إثر انفجار عبوة ناسفة على طريق بعقوبة صباح اليوم.")
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    (raid,) = assaults("قتل جنديان بعد هجوم شنه مسلحون على حاجز للجيش قرب الرمادي.")
    assert raid.fatalities == 2


def test_after_noon_after_midnight_and_after_that_govern_nothing() -> None:
    (bomb,) = assaults("وبعد ظهر أمس انفجرت سيارة مفخخة في سوق مزدحم وسط المدينة، ما أدى إلى مقتل ستة أشخاص.")
    assert bomb.fatalities == 6
    (shelling,) = assaults("قصفت المدفعية بعد منتصف الليل مواقع المسلحين في محيط بلدة تل عفر.")
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    (then,) = assaults("وصل الوزير إلى مدينة كركوك صباح اليوم، وبعد ذلك انفجرت سيارة مفخخة قرب مبنى المحافظة.")
    assert then.sub_event_type == "Remote explosive/landmine/IED"


def test_past_a_comma_the_word_no_longer_governs() -> None:
    from hadath.doc import Doc
    from hadath.events.stage import score
    from hadath.pipeline import Pipeline, default_stages

    text = "وتوجه الوزير إلى المدينة بعد ظهر أمس، ثم بعد ذلك بساعة، انفجرت سيارة مفخخة قرب موكبه."
    doc = Pipeline([st for st in default_stages() if st.name != "events"])(Doc(raw=text))
    bombs = [c for s in score(doc) for c in s.candidates if c.trigger.mode == "explosives"]
    assert bombs and all(c.veto != "after" for c in bombs)
    text = "وتوجه الوزير إلى المدينة بعد انفجار سيارة مفخخة قرب موكبه."
    doc = Pipeline([st for st in default_stages() if st.name != "events"])(Doc(raw=text))
    bombs = [c for s in score(doc) for c in s.candidates if c.trigger.mode == "explosives"]
    assert bombs and all(c.veto == "after" for c in bombs)
