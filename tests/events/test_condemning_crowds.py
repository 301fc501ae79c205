"""What a protest condemns is no event of the report (cues.tsv condemnation: the present
«تندد»، «ينددون» and the plural past «نددوا» as well as «ندد»، «يندد»).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def test_the_strike_a_march_condemns_is_not_reported_nor_its_dead_the_marchers() -> None:
    doc = hadath.extract("وخرج مئات الطلاب في مسيرة وسط مدينة الموصل تندد بالغارة الجوية التي أسفرت عن مقتل "
                         "12 مدنيا في حي الزهور.", published="2024-07-10")
    (march,) = doc.events
    assert (march.sub_event_type, march.fatalities) == ("Peaceful protest", None)


def test_the_shelling_a_crowd_denounces_is_not_reported() -> None:
    doc = hadath.extract("وتظاهر الآلاف في مدينة تعز، وهم ينددون بقصف مدفعي استهدف سوقا شعبيا في المدينة.",
                         published="2024-07-10")
    assert [e.plover_type for e in doc.events] == ["PROTEST"]


def test_a_crowd_s_condemnation_is_its_message_not_a_recall_of_the_protest() -> None:
    from hadath.doc import Doc
    from hadath.events.stage import _crowd_subject, score
    from hadath.pipeline import Pipeline, default_stages

    text = "وأغلق متظاهرون الطريق المؤدي إلى مطار بغداد ونددوا بالغارة التي استهدفت مقرا للحشد الشعبي."
    doc = Pipeline([st for st in default_stages() if st.name != "events"])(Doc(raw=text))
    crowd = [c for s in score(doc) for c in s.candidates if c.text == "متظاهرون"]
    assert crowd and _crowd_subject(crowd[0])  # «نددوا» after the crowd's verb recalls nothing
    found = hadath.extract(text, published="2024-07-10").events
    assert [e.plover_type for e in found] == ["PROTEST"]
    # a condemnation before the protest word recalls the protest: no event
    assert not hadath.extract("وندد المتحدث باسم الحكومة بالتظاهرة التي نظمها أنصار المعارضة أمام البرلمان.",
                              published="2024-07-10").events


def test_a_duration_or_occasion_after_the_protest_recalls_nothing() -> None:
    from hadath.doc import Doc
    from hadath.events.stage import _crowd_subject, score
    from hadath.pipeline import Pipeline, default_stages

    pipe = Pipeline([st for st in default_stages() if st.name != "events"])
    text = ("قام متظاهرون في ضواحي مدينة البصرة بقطع الطريق الرئيسي احتجاجا على انقطاع الكهرباء المستمر "
            "منذ أسبوعين.")
    crowd = [c for s in score(pipe(Doc(raw=text))) for c in s.candidates if c.text == "متظاهرون"]
    assert crowd and _crowd_subject(crowd[0])  # «منذ أسبوعين» says how long the outage lasts
    text = "ومنذ ذلك الحين قام متظاهرون بقطع الطريق الرئيسي عدة مرات."
    crowd = [c for s in score(pipe(Doc(raw=text))) for c in s.candidates if c.text == "متظاهرون"]
    assert crowd and not _crowd_subject(crowd[0])  # a history word before the crowd recalls
