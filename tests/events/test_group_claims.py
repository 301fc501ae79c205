"""A group's claim of responsibility: the group is the source, and «قتل وأصاب نحو عشرين»
mixes the dead and the wounded, so it is no count of the dead."""

from __future__ import annotations

import pytest

import hadath

CLAIM = ("وقال المتحدث إن القوات قصفت مواقع في الشيخ زويد.\n\n"
         "في المقابل، أعلن تنظيم «ولاية سيناء» الموالي لتنظيم «داعش»، عبر وكالة «أعماق» التابعة له، "
         "مسؤوليته عن تفجير عبوة ناسفة استهدفت مدرعة للجيش قرب العريش، زاعماً أنه قتل وأصاب «نحو عشرين جندياً».")


def test_the_claiming_group_is_the_source_not_an_earlier_speaker() -> None:
    doc = hadath.extract(CLAIM, published="2026-11-24")
    (ied,) = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert ied.source is not None and ied.source.name == "Islamic State (Sinai)"
    assert ied.fatalities is None  # dead and wounded together
    (claim,) = doc.claims
    assert claim.subject == "soldiers killed or wounded"
    assert claim.quantity.low == 20 and claim.quantity.approximate  # «نحو» inside the quotation marks
    assert claim.source is not None and claim.source.name == "Islamic State (Sinai)"


@pytest.mark.parametrize(("text", "subject"), [
    ("أسفر الانفجار عن مقتل وإصابة 20 شخصا في سوق المدينة أمس.", "people killed or wounded"),
    ("أدى القصف إلى سقوط 15 قتيلا وجريحا في حي الشعار بحلب أمس.", "people killed or wounded"),
    ("قتل وجرح سبعة عشر سائحا في هجوم انتحاري بمأرب أمس.", "people killed or wounded"),
    ("أدت الغارة إلى مقتل ثمانية مقاتلين وأصابت ستة آخرين.", "people wounded"),
])
def test_dead_and_wounded_together_are_no_death_toll(text: str, subject: str) -> None:
    doc = hadath.extract(text, published="2026-11-24")
    assert subject in [c.subject.split(" in ")[0] for c in doc.claims]
    if subject == "people killed or wounded":
        assert all(e.fatalities is None for e in doc.events)


def test_the_group_named_in_marks_after_its_head_is_the_source() -> None:
    text = ("وقالت الشرطة إن التحقيقات جارية. "
            "وأعلنت جماعة «بوكو حرام» مسؤوليتها عن تفجير سوق في مايدوغوري أمس.")
    doc = hadath.extract(text, published="2026-11-24")
    assert doc.events and doc.events[0].source is not None
    assert doc.events[0].source.name.startswith("Boko Haram")


@pytest.mark.parametrize(("text", "deaths"), [
    # the wounding word has its own count: the dead keep theirs
    ("قال مسؤولون إن 12 فلسطينيا على الأقل قتلوا وأصيب أكثر من 30 آخرين في غارة جوية على مخيم النصيرات أمس.", 12),
    ("لقي عشرة اشخاص حتفهم واصيب نحو عشرين بانفجار سيارة مفخخة قرب مقر للحزب أمس.", 10),
    # one count for both
    ("أوقع انفجار سيارة مفخخة 68 قتيلا وجريحا في شارع المتنبي ببغداد أمس.", None),
    ("خلف هجوم انتحاري استهدف مدرسة للشرطة عشرات القتلى والجرحى أمس.", None),
])
def test_a_count_shared_by_dead_and_wounded(text: str, deaths: int | None) -> None:
    evs = [e for e in hadath.extract(text, published="2026-11-24").events if e.plover_type == "ASSAULT"]
    assert len(evs) == 1, evs
    assert evs[0].fatalities == deaths
