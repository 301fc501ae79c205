"""Session 26: protest forms the lexicons lacked, on sentences written for the suite.

* women protesting: the feminine plural protester nouns («المتظاهرات»، «محتجات»، «معتصمات»،
  «مضربات») and verbs («تظاهرن»، «اعتصمن») are triggers, and the nouns protester actors;
* present-tense sit-ins and gatherings («يعتصم»، «يحتشدون»);
* a hunger strike with its adjective inside the phrase («إضراب مفتوح عن الطعام»);
* a counted crowd of protesters streaming or setting off («وتدفق آلاف المحتجين»، «وتوافد مئات
  المتظاهرين»، «وانطلق آلاف المتظاهرين»: cues.tsv kind deed, :func:`hadath.events.stage._crowd_subject`).

Near misses: the definite crowd of a protest already told, worshippers or fans streaming in, a
protester quoted.

And two vetoes: an indefinite protest noun right after «إثر، بعد، خلال ...» is the time of another
report (:func:`hadath.events.modality._protest_as_frame`), and «وقائع القضية» is a trial cue.
"""

from __future__ import annotations

import pytest

import hadath
from hadath.doc import Doc
from hadath.events.stage import score
from hadath.pipeline import Pipeline, default_stages


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


# --- a protest as the time of another report («إثر مظاهرات عنيفة»: modality._protest_as_frame) --------


def vetoes(text: str) -> dict[str, str | None]:
    pre = Pipeline([st for st in default_stages() if st.name != "events"])
    doc = pre(Doc(raw=text))
    return {c.text: c.veto for s in score(doc) for c in s.candidates if c.trigger.plover == "PROTEST"}


@pytest.mark.parametrize(("text", "word"), [
    ("وقال مصدر عسكري إن الجيش رفع أمس الطوق الذي فرضه على البلدة إثر مظاهرات عنيفة، احتجاجا على مصادرة الأراضي.",
     "مظاهرات"),
    ("وأعلنت الحكومة إقالة المحافظ أمس عقب احتجاجات شعبية للمطالبة برحيله.", "احتجاجات"),
    ("وقررت السلطات إغلاق الجامعة أسبوعا وخلال اعتصامات طلابية سابقة أغلقت أيضا.", "اعتصامات"),
])
def test_a_protest_framing_another_report_is_no_protest(text: str, word: str) -> None:
    assert vetoes(text)[word] == "frame"


@pytest.mark.parametrize(("text", "word"), [
    # told with its crowd, its protesters or its time: news of its own
    ("واعتقلت قوات الأمن 12 ناشطا خلال وقفة احتجاجية نظمها عشرات الشبان أمام مقر المحافظة.", "وقفة احتجاجية"),
    ("واندلعت أعمال شغب في العاصمة أمس خلال مظاهرة نظمها محتجون ضد الحكومة.", "مظاهرة"),
    ("وبعد مظاهرة جديدة جرت صباح أمس في المدينة، أصيب متظاهر برصاصة في الرأس.", "مظاهرة"),
    # definite: a protest told before, whose sentence may be its evidence
    ("ولم تسجل أعمال عنف أثناء المظاهرات التي جابت شوارع المدينة.", "المظاهرات"),
    # a verb is judged on its own
    ("وتظاهر مئات الطلاب أمس بعد صلاة الجمعة احتجاجا على اعتقال زملائهم.", "تظاهر"),
])
def test_a_framed_protest_told_as_news_or_told_before_is_not_vetoed_as_a_frame(text: str, word: str) -> None:
    assert vetoes(text)[word] != "frame"


def test_a_framed_protest_told_with_its_organisers_is_a_protest() -> None:
    text = "واعتقلت قوات الأمن 12 ناشطا خلال وقفة احتجاجية نظمها عشرات الشبان أمام مقر المحافظة."
    assert _protests(text)


def test_the_facts_of_a_case_are_a_trial() -> None:
    assert vetoes("وتعود وقائع القضية إلى إضراب نفذه عمال المصنع في أبريل الماضي.")["إضراب"] == "trial"


def test_by_means_of_protests_is_no_frame() -> None:
    assert vetoes("وعبر السكان عن غضبهم من خلال مظاهرات حاشدة أمام مبنى البلدية.")["مظاهرات"] != "frame"


# --- «تظاهر» and «اعتصم» in the past opening a clause (stage._demonstrated) ---------------------------


@pytest.mark.parametrize("text", [
    "تحت شعار «معا من أجل السلام» تظاهرت جمعيات كنسية في العاصمة برن دعما لسكان غزة.",
    "واعتصم موظفو البلدية أمام مكتب المحافظ للمطالبة بصرف مستحقاتهم.",
    "وتظاهرت المحتجات أمام مبنى البرلمان.",
    "وفي مدينة صيدا، اعتصمت هيئات نسائية في ساحة النجمة.",
])
def test_a_clause_opened_by_demonstrating_or_sitting_in_is_a_protest(text: str) -> None:
    assert _protests(text)


@pytest.mark.parametrize("text", [
    "وقال إن الذين تظاهروا أمام السفارة اعتقلوا لاحقا.",  # background, in a relative clause
    "وبعد أن اعتصموا ساعتين أمام المبنى فرقتهم الشرطة.",  # the dispersal is the news
    "وتظاهر الرجل بالموت حتى غادر المسلحون المكان.",  # feigned
    "ودعت النقابة أعضاءها إلى أن يعتصموا أمام الوزارة يوم الأحد المقبل.",
])
def test_demonstrating_told_as_background_or_feigned_is_no_protest(text: str) -> None:
    assert not _protests(text)


def test_feigning_and_a_beating_are_vetoed() -> None:
    assert vetoes("وتظاهروا بأنهم نيام حين دخل الجنود.")["تظاهروا"] == "feigned"
    assert vetoes("وقال الخطيب: من خرج على الجماعة فاضربوه.")["اضربوه"] == "beaten"
    assert vetoes("وأضرب عمال الميناء عن العمل أمس.")["أضرب"] is None


# --- «تجمع» that is no gathering (modality._no_gathering) ----------------------------------------------


def test_combining_and_political_groupings_are_no_gathering() -> None:
    assert vetoes("كما تجمع هذه اللوحات ما بين الرسم التقليدي والحديث.")["تجمع"] == "combine"
    assert set(vetoes("واستقبل الضيوف منسق عام التجمع وأركان التجمع في طرابلس.").values()) == {"grouping"}
    assert vetoes("ولاحظ الباحث كثرة التجمعات السياسية في البلاد.")["التجمعات"] == "grouping"


@pytest.mark.parametrize("text", [
    "وتجمع المتظاهرون بين مبنى البرلمان ومقر الوزارة.",  # a crowd gathered between two buildings
    "وتجمع عشرات الشبان أمام البلدية بدعوة من التجمع الشبابي.",  # the verb is judged on its own
])
def test_a_crowd_gathering_is_still_a_gathering(text: str) -> None:
    assert vetoes(text)["تجمع"] is None
    assert _protests(text)


def test_a_stand_held_in_the_passive_is_a_protest() -> None:
    text = "وأقيمت أمس وقفة احتجاجية أمام مقر نقابة المحامين تضامنا مع المحامي المعتقل."
    assert _protests(text)
    # a rally or a match held is none («أقيمت» stages only a protest in every sense)
    assert not _protests("وأقيمت أمس مسيرة رياضية في شوارع المدينة احتفالا بعيد الاستقلال.")
    assert not _protests("وقال إن المباراة التي أقيمت أمس انتهت بالتعادل.")
