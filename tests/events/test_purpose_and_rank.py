"""An attack named as the purpose of something else, or ranked in a series by a demonstrative
sentence, is no report of it (hadath.events.modality._purposed, _ranked).

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages


def events(text: str) -> list[object]:
    return hadath.extract(text, published="2024-07-10").events


def vetoes(text: str) -> dict[str, str | None]:
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text, published=None))
    return {c.text: c.veto for s in score(doc) for c in s.candidates if c.trigger.plover == "ASSAULT"}


def test_an_attack_as_a_purpose_is_no_attack() -> None:
    assert not events("وحشد الجيش دباباته ومدرعاته على مشارف المدينة استعدادا لشن هجوم واسع على معاقل المسلحين.")
    assert not events("وقالت الشرطة إن الموقوفين تلقوا أموالا من الخارج لتفجير سيارات مفخخة في العاصمة.")
    assert not events("وأعلنت الأجهزة الأمنية تفكيك خلية خططت لاغتيال وزير الداخلية خلال زيارته للمحافظة.")
    assert set(vetoes("وكان المتهم يستعد لتنفيذ «هجوم انتحاري» في وسط المدينة.").values()) == {"purpose"}


def test_a_purpose_that_was_carried_out_is_told_by_its_own_deed() -> None:
    # the clash the gunmen fought is reported; only the planned attack is not
    found = events("وتسلل مسلحون إلى أطراف البلدة لتنفيذ هجوم على مقر الشرطة فاشتبكوا مع عناصر الحراسة "
                   "ما أسفر عن مقتل شرطيين.")
    assert [e.fatalities for e in found if e.plover_type == "ASSAULT"] == [2]


def test_suffered_or_resulting_attacks_keep_their_lam() -> None:
    (bomb,) = events("وتعرضت دورية للجيش للتفجير بعبوة ناسفة على الطريق الدولي شمال المدينة أمس.")
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    found = events("قصفت المدفعية البلدة مساء أمس مما أدى لقتل خمسة مدنيين.")
    assert [e.fatalities for e in found] == [5]
    assert vetoes("قتل خمسة أشخاص نتيجة لاستهداف منزلهم بصاروخ في المدينة أمس.")["استهداف"] is None


def test_a_ranked_attack_counts_the_attack_told_before() -> None:
    assert not events("وهذا ثالث هجوم انتحاري يستهدف قوات الأمن في المدينة خلال أسبوع.")
    assert set(vetoes("وهذا هو رابع هجوم انتحاري بسيارة مفخخة تشنه الجماعة هذا العام.").values()) == {"ranked"}
    # the report the rank comes with stays: the blast in its own clause, and a preposition
    # («في ثاني هجوم») is no demonstrative sentence
    (blast,) = events("فجر انتحاري نفسه قرب مركز للشرطة في المدينة أمس، وهو ثالث هجوم خلال أسبوع، ما أدى إلى "
                      "مقتل خمسة أشخاص.")
    assert blast.fatalities == 5
    (second,) = events("قتل سبعة أشخاص أمس في ثاني هجوم انتحاري خلال أسبوع يستهدف سوقا شعبية في المدينة.")
    assert second.fatalities == 7


def test_an_attempt_suffered_after_a_long_subject_is_not_vetoed() -> None:
    # «ل» marks what the minister suffered, however many appositions stand between (the
    # classifier then weighs the sentence as any other)
    found = vetoes("تعرض وزير الزراعة في الحكومة المحلية، المهندس سالم عبد الكريم، شقيق رئيس المجلس البلدي "
                   "في المدينة، لمحاولة اغتيال في ولاية الجزيرة أمس.")
    assert found == {"اغتيال": None}
    assert vetoes("وأحبطت الشرطة محاولة اغتيال رئيس المجلس البلدي في المدينة.") == {"اغتيال": "attempt"}
