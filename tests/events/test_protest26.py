"""Session 26: protest forms the lexicons lacked, on sentences written for the suite.

* women protesting: the feminine plural protester nouns («المتظاهرات»، «محتجات»، «معتصمات»،
  «مضربات») and verbs («تظاهرن»، «اعتصمن») are triggers, and the nouns protester actors;
* present-tense sit-ins and gatherings («يعتصم»، «يحتشدون»);
* a hunger strike with its adjective inside the phrase («إضراب مفتوح عن الطعام»);
* a counted crowd of protesters streaming or setting off («وتدفق آلاف المحتجين»، «وتوافد مئات
  المتظاهرين»، «وانطلق آلاف المتظاهرين»: cues.tsv kind deed, :func:`hadath.events.stage._crowd_subject`).

Near misses: the definite crowd of a protest already told, worshippers or fans streaming in, a
protester quoted.
"""

from __future__ import annotations

import pytest

import hadath


def _events(text: str) -> list[hadath.Event]:
    return hadath.extract(text, published="2024-05-15").events


def _protests(text: str) -> list[hadath.Event]:
    return [e for e in _events(text) if e.plover_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن نحو مئتي امرأة تظاهرن أمس أمام مقر البرلمان للمطالبة بحق التصويت.",
    "واعتصمت مئات المعلمات أمس أمام مبنى وزارة التربية احتجاجا على تأخر الرواتب.",
    "وسارت مئات المتظاهرات أمس في شوارع الخرطوم مطالبات بالإفراج عن المعتقلين.",
    "وشاركت آلاف المحتجات في مسيرة جابت شوارع بيروت أمس.",
])
def test_women_protesting_are_a_protest(text: str) -> None:
    assert _protests(text)


@pytest.mark.parametrize(("text", "crowd"), [
    ("وسارت مئات المتظاهرات أمس في شوارع الخرطوم مطالبات بالإفراج عن المعتقلين.", "المتظاهرات"),
    ("وشاركت آلاف المحتجات في مسيرة جابت شوارع بيروت أمس.", "المحتجات"),
])
def test_a_feminine_protester_noun_is_the_crowd(text: str, crowd: str) -> None:
    (ev,) = _protests(text)
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters") and ev.actor1.text == crowd


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن نحو مئتي امرأة تظاهرن أمس أمام مقر البرلمان للمطالبة بحق التصويت.",
    "ودخل عشرات الأسرى في إضراب مفتوح عن الطعام احتجاجا على العزل الانفرادي.",
])
def test_the_new_forms_are_triggers(text: str) -> None:
    ev = _protests(text)[0]
    told = [text[s.start:s.end] for s in ev.evidence]
    assert any(t in ("تظاهرن", "إضراب مفتوح عن الطعام") for t in told)


@pytest.mark.parametrize("text", [
    "وتدفق آلاف المحتجين على ساحة الاستقلال وسط العاصمة مطالبين برحيل الحكومة.",
    "وتوافد مئات المتظاهرين أمس على مقر المحافظة في البصرة.",
    "وانطلق آلاف المتظاهرين من أمام الجامع الكبير باتجاه مقر السفارة.",
])
def test_a_counted_crowd_of_protesters_streaming_in_is_a_protest(text: str) -> None:
    (ev,) = _protests(text)
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters")


@pytest.mark.parametrize("text", [
    "وتدفق المتظاهرون على الساحة بعد انتهاء الكلمات.",  # the crowd of a protest already told
    "وتزامن ذلك مع توافد المصلين على المسجد لأداء صلاة الجمعة.",
    "وتدفق آلاف المشجعين على الملعب لحضور المباراة النهائية.",
    "وقالت إحدى المتظاهرات إن مطالبهن لم تتحقق بعد.",
])
def test_near_misses_report_no_protest(text: str) -> None:
    assert not _protests(text)
