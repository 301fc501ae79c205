"""Session 27: clubs named after a result noun's «على/مع/أمام/ضد» («بفوزه على ...»، «التعادل مع ...»;
hadath/ner/data/sports.tsv kinds ``result noun`` and ``cue+result noun``, hadath/ner/stage.py
``_clubs_after_heads``), and scripts/ner_folds.py's ``--no-clubs``, which must reach the one scan
the stage reads its sports hits from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from ner_helpers import find, ner
from test_ner21 import _step_clubs

from hadath.events import lexicon as events_lexicon
from hadath.ner import lexicons, stage
from hadath.ner.lexicons import sports_matcher
from hadath.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]


def _unlisted(*names: str) -> None:
    """The names are in no club list: the rule, not a row, finds them."""
    for name in names:
        assert not [m for m in sports_matcher().find(normalize(name)) if m.payloads[0].kind in ("club", "team")]


def test_the_side_after_a_result_noun_and_its_versus_word() -> None:
    # Heracles Almelo and NEC Nijmegen (Dutch league) are in no list
    _unlisted("هيراكليس", "نايميخن")
    clubs = _step_clubs("وحقق فيتيسه فوزا صعبا على هيراكليس بهدف نظيف في الدوري الهولندي.")
    assert ("هيراكليس", "ORG") in clubs
    clubs = _step_clubs("وتراجع الفريق إلى المركز الخامس بعد التعادل المفاجئ مع نايميخن في الدوري الهولندي.")
    assert ("نايميخن", "ORG") in clubs
    clubs = _step_clubs("واستعاد الفريق توازنه بفوزه على نايميخن في المرحلة العاشرة من الدوري الهولندي.")
    assert ("نايميخن", "ORG") in clubs


def test_the_word_right_after_a_result_noun_is_no_club() -> None:
    # a noun's adjective or complement («التعادل السلبي»، «الفوز لشارابوفا»), not a side as after a verb
    clubs = _step_clubs("وانتهت المباراة بالتعادل السلبي بين الفريقين في الدوري.")
    assert not [c for c in clubs if c[0] == "السلبي"]
    assert _step_clubs("وكان هذا الفوز الثاني للفريق في البطولة.") == []


def test_a_result_noun_outside_a_sports_report_names_nothing() -> None:
    # «فوز ... على» in an election report: no cue word, no club
    assert _step_clubs("وأعلنت اللجنة فوز الحزب الحاكم على منافسيه في الانتخابات البلدية.") == []


def test_result_noun_clubs_in_a_whole_report() -> None:
    doc = ner("وتقدم آيندهوفن إلى الصدارة بفوزه على هيراكليس بهدفين في المرحلة السابعة من الدوري الهولندي.")
    assert find(doc, "هيراكليس").type == "ORG"


def _ner_folds() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("ner_folds", ROOT / "scripts" / "ner_folds.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return mod


def test_no_clubs_takes_the_clubs_out_of_the_stage_s_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # the stage reads its sports hits off hadath.events.lexicon.article_hits: the flag must reach it
    for mod in (lexicons, stage, events_lexicon):
        monkeypatch.setattr(mod, "sports_matcher", mod.sports_matcher)  # restored after the test
    text = normalize("وفاز برشلونة على إشبيلية في مباراة الدوري الإسباني.").text

    def club_hits() -> list[str]:
        return [h[3][0].kind for h in events_lexicon.article_hits(text)[2] if h[3][0].kind in ("club", "team")]

    try:
        assert club_hits()
        _ner_folds().without_clubs()
        assert club_hits() == []
    finally:
        monkeypatch.undo()
        for f in (events_lexicon._scan, events_lexicon._article_combined, stage._name_matchers):
            f.cache_clear()
    assert club_hits()


def test_session_27_club_rows_in_a_match_report() -> None:
    # spellings and clubs the lists lacked (sports.tsv, session 27: league tables and the Arabic sports press)
    # no head or result verb before them: only a row names them
    clubs = _step_clubs("وأعلن الأرسنال وفيينورد موعد المباراة الودية بينهما، فيما حدد بارنسلي ولوتون تاون موعد مباراتهما.")
    for name in ("الأرسنال", "فيينورد", "بارنسلي", "لوتون تاون"):  # «و» stays outside
        assert (name, "ORG") in clubs


def test_a_town_named_club_needs_a_cue_in_its_sentence() -> None:
    # «لوتون» and «بارنسلي» are towns too: no cue, no club
    assert _step_clubs("وصل الوفد إلى لوتون قادما من بارنسلي صباح أمس.") == []


def test_the_club_whose_goal_it_is() -> None:
    # «مرمى» in construct: the goal of a club («حارس مرمى الريال»، «أمام مرمى الاتحاد»)
    clubs = _step_clubs("وتصدى حارس مرمى الريال لتسديدة قوية في الدقيقة 48 من المباراة.")
    assert ("الريال", "ORG") in clubs
    clubs = _step_clubs("وتعددت الكرات العرضية أمام مرمى الاتحاد في الشوط الثاني من المباراة.")
    assert ("الاتحاد", "ORG") in clubs


def test_the_goal_of_a_named_keeper_is_no_club() -> None:
    # «مرمى» + a name the tagger reads as a person: the keeper's goal, not a club's (a weak head: a
    # plain head's club would beat the tagger's person)
    doc = ner("وسدد رونالدو كرة قوية في الدقيقة 30 من المباراة لكنها مرت بجوار مرمى كاسياس.")
    keeper = [e for e in doc.entities if "اسياس" in e.text]  # «اسياس»
    assert keeper and all(e.type == "PER" for e in keeper)


def test_a_results_line_names_its_two_clubs() -> None:
    # neither «شباب العقبة» nor «المنشية» is listed: the line's shape names them
    _unlisted("شباب العقبة", "المنشية")
    text = ("شباب العقبة 2 المنشية 1 .\n"
            "العقبة - خاص حقق شباب العقبة فوزا ثمينا في المباراة التي جرت امس ضمن الدوري الأردني.")
    doc = ner(text)
    for name in ("شباب العقبة", "المنشية"):
        m = find(doc, name)
        assert m.type == "ORG" and text[m.start:m.end] == name
    # with a dateline after the second score
    doc = ner("شباب العقبة 2 المنشية 1 العقبة - خاص لم تحظ بداية المباراة بفرص خطيرة على المرميين .")
    assert find(doc, "المنشية").type == "ORG"


def test_no_results_line_in_a_vote_or_without_a_cue_and_a_country_stays_a_country() -> None:
    assert not [e for e in ner("صوت 89 مقابل 2 عضو في مجلس الشيوخ على القرار في المباراة السياسية .").entities
                if e.type == "ORG" and e.origin == "rule"]
    doc = ner("الأردن 2 العراق 1 .\nوفاز المنتخب الأردني على ضيفه العراقي في المباراة الودية امس.")
    assert find(doc, "الأردن").type == "GPE" and find(doc, "العراق").type == "GPE"
