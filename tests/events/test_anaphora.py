"""«المسلحين» after a named group is that group: one rule for event actors and claims."""

from __future__ import annotations

import hadath
from hadath.doc import Mention
from hadath.events.anaphora import armed_anaphors
from hadath.lexicon.actors import load_actors, sole_armed_group
from hadath.schema import Event
from hadath.text.normalize import normalize_key

CLASH = "قتل خمسة جنود في اشتباكات مع مسلحين من تنظيم داعش قرب مدينة الرمادي أمس."
WITHDRAWAL = "وسيطرت قوات الجيش على قرية الحصوة بعد انسحاب المسلحين منها."


def territory(text: str) -> Event:
    (ev,) = [e for e in hadath.extract(text, published="2024-05-15").events if "territory" in e.sub_event_type]
    return ev


def test_definite_gunmen_after_the_named_group_are_that_group() -> None:
    text = CLASH + "\n\n" + WITHDRAWAL
    ev = territory(text)
    assert ev.actor2 is not None and ev.actor2.name == "Islamic State" and ev.actor2.inter == 2
    assert ev.actor2.text == "المسلحين"  # the evidence is the noun the article wrote
    assert any(text[s.start:s.end] == "المسلحين" for s in ev.evidence)


def test_no_group_named_before_the_noun_no_guess() -> None:
    text = WITHDRAWAL + "\n\nوقال بيان إن تنظيم داعش يواصل هجماته في العراق."
    ev = territory(text)
    assert ev.actor2 is not None and ev.actor2.name.startswith("Unidentified Armed Group")


def test_two_named_groups_no_guess() -> None:
    text = CLASH.replace("أمس.", "أمس، فيما تقاتل هيئة تحرير الشام في سوريا.") + "\n\n" + WITHDRAWAL
    ev = territory(text)
    assert ev.actor2 is not None and ev.actor2.name.startswith("Unidentified Armed Group")


def attackers(text: str) -> list[str]:
    doc = hadath.extract(text, published="2024-05-15")
    return [e.actor1.name for e in doc.events if e.actor1 is not None and e.evidence[0].start > len(CLASH)]


def test_indefinite_gunmen_are_new_unnamed_ones() -> None:
    assert attackers(CLASH + "\n\nوهاجم المسلحون حاجزا للشرطة في مدينة الفلوجة.") == ["Islamic State"]
    unnamed = attackers(CLASH + "\n\nوهاجم مسلحون مجهولون حاجزا للشرطة في مدينة الفلوجة.")
    assert len(unnamed) == 1 and unnamed[0].startswith("Unidentified Armed Group")


def test_sole_armed_group_is_shared_with_claims() -> None:
    entries = {a.name: a for a in load_actors()}
    isis, hts, army = entries["Islamic State"], entries["HTS: Hayat Tahrir al Sham"], entries["Military Forces of {country}"]
    one = [Mention(40, 44, "داعش", "ORG", actor=isis), Mention(10, 14, "الجيش", "ORG", actor=army),
           Mention(90, 112, "تنظيم الدولة الإسلامية", "ORG", actor=isis)]
    found = sole_armed_group(one)
    assert found is not None and found.start == 40  # the first mention of the one group
    assert sole_armed_group([*one, Mention(120, 136, "هيئة تحرير الشام", "ORG", actor=hts)]) is None
    assert sole_armed_group(one[1:2]) is None  # a state force is no armed group
    # the claim side: «قتل 20 إرهابيا» in a report on one group counts that group's fighters
    doc = hadath.extract(CLASH + "\n\nوقال المتحدث إن القوات قتلت 20 إرهابيا.", published="2024-05-15")
    assert any(c.subject == "Islamic State fighters killed" for c in doc.claims)


def test_anaphors_are_definite_forms() -> None:
    assert all(w.startswith(normalize_key("ال")) for w in armed_anaphors())


def abductions(text: str) -> list[Event]:
    return [e for e in hadath.extract(text, published="2024-05-15").events if e.sub_event_type.startswith("Abduction")]


def test_a_definite_group_noun_after_the_verb_is_its_subject() -> None:
    # «الحركة» is no actor by itself («حرية الحركة»), but right after a finite trigger verb it is the doer
    (ev,) = abductions("وخطفت الحركة عشرات العاملين الأجانب في دلتا النيجر أمس.")
    assert ev.actor1 is not None and ev.actor1.text == "الحركة"
    assert ev.actor1.name.startswith("Unidentified Armed Group") and ev.actor1.inter == 3
    # after the article named one armed group it is that group, with the noun as its words
    text = "اشتبك مسلحون من حركة الشباب مع القوات الحكومية في مقديشو أمس.\n\nوخطفت الحركة أمس ثلاثة جنود في المدينة."
    (ev,) = abductions(text)
    assert ev.actor1 is not None and (ev.actor1.name, ev.actor1.text) == ("Al Shabaab", "الحركة")


def test_a_group_noun_that_is_no_verbs_subject_is_no_actor() -> None:
    found = hadath.extract("وشلت الحركة في المدينة بعد انفجار سيارة مفخخة أمس.", published="2024-05-15").events
    assert found and all(e.actor1 is None or e.actor1.text != "الحركة" for e in found)
