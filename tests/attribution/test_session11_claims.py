"""Session 11's claims: a comparison's «منذ» is no tally, who attacked counted soldiers is not their
ranks, and a crowd's size counts protesters.

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath

TWO_ACCOUNTS = ("قتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل{since}، بحسب الدفاع المدني.\n\n"
                "في المقابل، قال المرصد السوري لحقوق الإنسان إن ثمانية مدنيين قتلوا في القصف.")


def _conflicts(text: str) -> list[str]:
    return [c.reason for c in hadath.extract(text, published="2024-05-13").conflicts]


def test_a_comparison_since_is_no_tally_of_the_figure() -> None:
    # «في أعنف قصف منذ عام 2019» says how long since the last such shelling: the five are still
    # today's dead, and the observatory's eight disagree with them
    plain = _conflicts(TWO_ACCOUNTS.format(since=""))
    compared = _conflicts(TWO_ACCOUNTS.format(since="، في أعنف قصف تشهده البلدة منذ عام 2019"))
    assert plain and compared == plain


def test_a_running_tally_since_stays_apart() -> None:
    # a count since the start of the year is a tally, no rival of the day's figure
    tally = "وقال المرصد إن ثمانية مدنيين قتلوا في البلدة منذ مطلع العام الجاري."
    text = "قتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل أمس، بحسب الدفاع المدني.\n\n" + tally
    assert not _conflicts(text)


def test_the_attackers_are_not_the_ranks_of_the_soldiers_killed() -> None:
    doc = hadath.extract("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة بعقوبة أمس، بحسب مصدر أمني.\n\n"
                         "في المقابل، قال مصدر طبي في مستشفى بعقوبة إن ثمانية جنود قتلوا في الهجوم.",
                         published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["soldiers killed in Baqubah", "soldiers killed"]
    assert len(doc.conflicts) == 1  # the security source's five against the hospital's eight


def test_fighters_from_a_group_keep_their_group() -> None:
    doc = hadath.extract("قتل 12 عنصرا من تنظيم داعش في اشتباكات مع الجيش العراقي قرب تكريت أمس.",
                         published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["Islamic State fighters killed in Tikrit"]


def test_a_crowd_size_counts_protesters() -> None:
    doc = hadath.extract("خرج آلاف المتظاهرين في مدينة أم درمان أمس للمطالبة بالحكم المدني.", published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["protesters in Omdurman"]


def test_protesters_killed_wounded_and_detained() -> None:
    doc = hadath.extract("قتل ثلاثة متظاهرين برصاص قوات الأمن في مدينة أم درمان أمس، وأصيب عشرات المحتجين، "
                         "واعتقلت الشرطة 20 محتجا.", published="2024-05-13")
    assert [c.subject for c in doc.claims] == [
        "protesters killed in Omdurman", "protesters wounded", "protesters detained"]


def test_a_crowd_counted_with_a_verb_of_protest_is_protesters() -> None:
    # «تظاهر مئات الأشخاص»: people, counted as what they do
    doc = hadath.extract("وفي بورتسودان، تظاهر مئات الأشخاص أمام مقر بعثة الأمم المتحدة أمس، وقتل ثلاثة أشخاص "
                         "في حادث سير على الطريق.", published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["protesters", "people killed"]
    doc = hadath.extract("احتشد آلاف العراقيين في ساحة التحرير ببغداد أمس.", published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["protesters in Baghdad"]


def test_members_of_the_police_are_police_officers() -> None:
    doc = hadath.extract("جرح ثلاثة وقتل اثنان من أفراد الشرطة في اشتباك مع عصابة مسلحة في نيالا أمس، وأصيب 433 من "
                         "رجال الشرطة و520 من المتظاهرين في بانكوك.", published="2024-05-13")
    subjects = [c.subject for c in doc.claims]
    assert "police officers killed in Nyala" in subjects
    # the protesters counted after them are no ranks of the police
    assert not any(s.startswith("Protesters") for s in subjects)


def test_a_force_deployed_against_a_crowd_is_not_the_crowd() -> None:
    doc = hadath.extract("أعلنت السلطات نشر ما يقرب من 600 شرطي للتصدي للمتظاهرين في شيراز.", published="2024-05-13")
    assert [c.subject for c in doc.claims] == ["police officers in Shiraz"]
