"""Session 25: rules of the NER stage chosen on the training part's CV folds (hadath/ner/stage.py)."""

from __future__ import annotations

from ner_helpers import find, ner

from hadath.mentions import Mention
from hadath.ner.stage import _foreign_name_word


def test_a_foreigner_named_after_his_nationality_with_middling_letters() -> None:
    # «مارات»، «يوجني» sit at bucket 0 of the letter-gram scale, not above it: still a name after «الروسي»
    doc = ner("وتعادل فريقه مع الروسي بافل مارات في الجولة الأخيرة.")
    assert find(doc, "بافل مارات").type == "PER"
    doc = ner("وأحرز الروسي يوجني مارات الميدالية الذهبية.")
    assert find(doc, "يوجني مارات").type == "PER"


def test_a_preposition_and_a_common_word_is_no_foreign_name_word() -> None:
    assert not _foreign_name_word("بتشكيل")
    assert not _foreign_name_word("الحكومة")
    assert _foreign_name_word("يوجني", loose=True) and not _foreign_name_word("يوجني")


def test_verbs_in_the_middle_of_the_scale_are_no_name() -> None:
    # a plural verb, a word with «و», one word after a title or in «ى»: no name (GSR-like sentences)
    for text in ("وقال المصدر إن الأمريكيين باتوا يدركون حجم الخسائر.",
                 "ولوح شبان بالأعلام التركية ويرددون هتافات ضد الزيارة.",
                 "وأعلن المتحدث أن الرئيس الباكستاني سيلقي كلمة مساء اليوم.",
                 "لكن الحارس الصيني ارتمى على الكرة وأبعدها."):
        assert not [m for m in ner(text).entities if m.type == "PER"], text


def test_clubs_of_the_leagues_arabic_sports_pages_follow() -> None:
    # rows of sports.tsv from league tables: a Tunisian club by its adjective, a Yemeni one by an
    # ordinary word, a Bundesliga club and an AFC Champions League side near a cue
    doc = ner("وتغلب التلال على ضيفه الصقر بهدفين في مباراة الدوري، فيما تعادل الإفريقي مع الملعب التونسي.")
    for club in ("التلال", "الإفريقي"):
        assert find(doc, club).type == "ORG"
    doc = ner("وخسر ألمانيا آخن أمام بايرن ميونيخ في الدوري، وواجه سباهان أصفهان نظيره الكويتي في دوري أبطال آسيا.")
    assert find(doc, "ألمانيا آخن").type == "ORG"
    assert find(doc, "سباهان أصفهان").type == "ORG"


def test_a_short_club_name_is_not_read_inside_an_ordinary_word() -> None:
    # «آخن» alone is no row: the matcher would read «ساخن» (hot) as «س» + the club
    doc = ner("وطلب كأس شاي ساخن قبل أن يتابع المباراة.")
    assert not [m for m in doc.entities if m.type == "ORG"]


def test_a_club_read_as_a_name_and_a_city_is_one_club() -> None:
    # «شاختار» alone and «دونيتسك» the city, or «ستيوا» unnamed before «بوخارست»: one club in a match report
    doc = ner("وتعادل شاختار دونيتسك مع ستيوا بوخارست سلبيا في مباراة الجولة الثالثة.")
    orgs = {m.text for m in doc.entities if m.type == "ORG"}
    assert not {m.text for m in doc.entities if m.type in ("GPE", "LOC")} & {"دونيتسك", "بوخارست"}
    assert "ستيوا بوخارست" in orgs or "شاختار دونيتسك" in orgs
    for m in doc.entities:
        assert doc.raw[m.start:m.end] == m.text



def test_a_body_of_the_un_is_named_as_the_un() -> None:
    doc = ner("وصوتت الجمعية العامة للأمم المتحدة على القرار، فيما انتشرت قوات حفظ السلام التابعة للأمم المتحدة.")
    orgs = [m for m in doc.entities if m.type == "ORG" and m.origin not in ("generic", "anaphor")]
    assert orgs and all(m.text == "لأمم المتحدة" for m in orgs)  # «للأمم»: the span starts at the article's ل
    assert orgs[0].canonical == "United Nations"
    for m in doc.entities:
        assert doc.raw[m.start:m.end] == m.text


def test_an_agency_with_the_un_inside_its_name_keeps_it() -> None:
    doc = ner("وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن آلاف الأسر نزحت.")
    assert find(doc, "المفوضية السامية للأمم المتحدة لشؤون اللاجئين").type == "ORG"


def test_a_wing_and_its_movement_are_two_names() -> None:
    from hadath.ner.stage import _body_of_the_un

    doc = ner("وأعلنت ألوية الناصر صلاح الدين الجناح العسكري للجان المقاومة الشعبية مسؤوليتها عن الهجوم.")
    tc = doc.token_columns
    a, b = tc.texts.index("ألوية"), tc.texts.index("الشعبية") + 1
    whole = Mention(tc.starts[a], tc.ends[b - 1], doc.raw[tc.starts[a]:tc.ends[b - 1]], "ORG", None, "crf")
    out = _body_of_the_un(doc, tc, [whole])
    assert [m.text for m in out] == ["ألوية الناصر صلاح الدين", "لجان المقاومة الشعبية"]


def test_a_score_makes_a_results_line_a_match_report() -> None:
    from hadath.ner.stage import _score_cues

    assert [m.text for m in _score_cues("دينامو كييف ( أوكرانيا ) - بنفيكا ( البرتغال ) 2 - صفر .")] == ["2 - صفر"]
    # a date, a year range and a count are no score
    assert not _score_cues("وتوفي في 30 - 8 - 2006 بعد مسيرة ( 1992 - 1997 ) وسقط بين 3 - 5 قتلى")
    doc = ner("النصر ( السعودية ) - الوحدة ( سوريا ) 1 - 1 .")  # clubs named by ordinary words, no cue word
    assert find(doc, "النصر").type == "ORG"
    assert find(doc, "الوحدة").type == "ORG"


def test_the_people_in_a_sports_sentence_is_no_club() -> None:
    # «الشعب» is no club row (Al-Shaab of Sharjah): the people, even where fans and a stadium are named
    doc = ner("ورفع المشجعون في الملعب لافتات تضامنا مع الشعب الفلسطيني.")
    assert not [m for m in doc.entities if m.type == "ORG"]


def test_a_body_affiliated_to_others_than_the_un_keeps_its_name() -> None:
    doc = ner("وقالت وزارة الصحة التابعة للحوثيين إن حصيلة الغارات ارتفعت.")
    assert not [m for m in doc.entities if m.text == "لحوثيين"]


def test_a_football_federation_is_no_club() -> None:
    # «الاتحاد» alone is no club row: in sports news it is as often the federation
    doc = ner("واضطر الاتحاد السعودي لكرة القدم إلى إقالة مدرب المنتخب بعد الخسارة في المباراة.")
    assert not [m for m in doc.entities if m.text == "الاتحاد"]


def test_teams_and_clubs_by_their_nicknames() -> None:
    doc = ner("وتغلب الأخضر على ضيفه الأزرق الكويتي في المباراة، وحقق البلوز فوزا صعبا على الريدز في مباراة الدوري.")
    for team in ("الأخضر", "الأزرق", "البلوز", "الريدز"):
        assert find(doc, team).type == "ORG"
    # a colour after a noun is its adjective, and a person keeps his name
    assert not [m for m in ner("وأعطت الهيئة الضوء الأخضر للمباراة.").entities if m.type == "ORG"]
    assert find(ner("ودعا الأخضر الإبراهيمي إلى وقف القتال قبل المباراة."), "الأخضر الإبراهيمي").type == "PER"
