"""A headline's happenings are the body's (hadath.text.headline, hadath.events.coref.merge_headline).

The texts are illustrative reports written for these tests, in the shape users paste them:
a title line, a dateline, the report.
"""

from __future__ import annotations

import hadath
from hadath.text.headline import headline_span

ARTICLE = """قتلى وجرحى في اشتباكات عنيفة بريف منبج ومسيّرة تركية تستهدف سيارة قرب القامشلي

منبج (سوريا) - وكالة الصحافة العربية

قُتل 14 عنصراً من فصائل «الجيش الوطني السوري» وسبعة من مقاتلي «قوات سوريا الديمقراطية» في اشتباكات عنيفة اندلعت فجر أمس الثلاثاء جنوب شرقي مدينة منبج، بحسب ما أفاد المرصد السوري لحقوق الإنسان.

وفي سياق متصل، استهدفت طائرة مسيّرة تركية سيارة مدنية على طريق القامشلي مساء الاثنين، ما أدى إلى مقتل شخصين، وفق ما ذكرت وكالة «هاوار».
"""


def test_headline_span() -> None:
    assert headline_span(ARTICLE) == (0, ARTICLE.index("\n"))
    lead = "طرابلس (رويترز) - قتل 12 شخصا في اشتباكات.\nوقال مسؤول إن ..."
    assert headline_span(lead) is None  # a sentence, not a title
    assert headline_span("قتلى في اشتباكات بمنبج") is None  # nothing follows: the text itself
    assert headline_span("\n\n  عنوان قصير  \nنص") == (4, 14)


def test_headline_happenings_fold_into_the_body() -> None:
    doc = hadath.extract(ARTICLE, published="2025-01-15")
    kinds = [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events]
    assert kinds == [("Armed clash", "Manbij"), ("Air/drone strike", "Al Qāmishlī")], kinds
    strike = doc.events[1]
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Turkey"
    assert strike.event_date == "2025-01-13" and strike.fatalities == 2
    # the headline's words support the event, its sentence span stays last
    head_end = ARTICLE.index("\n")
    assert any(s.end <= head_end for s in strike.evidence)
    assert strike.evidence[-1].start > head_end


def test_a_headline_happening_the_body_does_not_tell_stays() -> None:
    text = ("مقتل خمسة جنود في هجوم على حاجز قرب العريش\n\n"
            "القاهرة - وكالة الصحافة العربية\n\n"
            "اعتقلت قوات الأمن المصرية أمس عشرة أشخاص يشتبه في انتمائهم إلى تنظيم ولاية سيناء في مدينة العريش.")
    doc = hadath.extract(text, published="2025-01-15")
    assert any(e.plover_type == "ASSAULT" and e.evidence[-1].end <= text.index("\n") for e in doc.events)


def test_the_dateline_after_a_title_names_the_outlet() -> None:
    text = ("تظاهرات في رام الله تنديدا بالحرب\n\n"
            "رام الله - «الحياة الجديدة»\n\n"
            "تظاهر مئات الفلسطينيين في رام الله بعد ظهر اليوم تنديداً بالحرب على القطاع، ورفعوا "
            "الأعلام الفلسطينية.")
    doc = hadath.extract(text, published="2024-07-11")
    protests = [e for e in doc.events if e.plover_type == "PROTEST"]
    assert protests and protests[0].source is not None
    assert protests[0].source.text == "الحياة الجديدة"


def test_a_misread_headline_adds_no_happening_of_a_type_the_body_tells() -> None:
    text = ("الحوثيون يعلنون استهداف سفينة في البحر الأحمر وغارات أمريكية على الحديدة\n\n"
            "صنعاء - «الشرق الأوسط»\n\n"
            "أعلنت جماعة الحوثي، مساء الثلاثاء، استهداف سفينة تجارية في البحر الأحمر بصواريخ باليستية، "
            "في حين شنت مقاتلات أمريكية وبريطانية غارات على مواقع للجماعة في محافظة الحديدة غرب اليمن.")
    doc = hadath.extract(text, published="2024-07-09")
    head_end = text.index("\n")
    assert not [e for e in doc.events if e.evidence[-1].end <= head_end]
    # «في حين» opens a clause: the ship attack and the strikes are two events
    assert len([e for e in doc.events if e.plover_type == "ASSAULT"]) == 2


def test_a_title_s_toll_is_not_the_body_event_s() -> None:
    """The title's «مقتل متظاهر» folds into the morning protest the body tells, but its toll
    is the story's, not that protest's."""
    text = ("مقتل متظاهر وإصابة العشرات في احتجاجات الناصرية\n\n"
            "الناصرية (العراق) - «المدى»\n\n"
            "قُتل متظاهر وأصيب 27 آخرون خلال مواجهات اندلعت مساء الأحد بين محتجين وقوات مكافحة الشغب "
            "في ساحة الحبوبي وسط مدينة الناصرية، وفق ما أفادت مصادر طبية.\n\n"
            "وكان المئات قد خرجوا في تظاهرة سلمية صباح اليوم ذاته للمطالبة بتوفير فرص عمل.")
    doc = hadath.extract(text, published="2024-10-07")
    morning = [e for e in doc.events if e.evidence[-1].start >= text.index("وكان المئات")]
    assert morning and all(e.fatalities is None for e in morning)
