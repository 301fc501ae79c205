"""A security body that speaks for a state's forces (``sources.tsv``'s ``forces`` column)
announcing an operation is that state's military reporting its own deed; a body that only
reports someone else's attack is no actor of it."""

from __future__ import annotations

import pytest
from article_support import read_article

import hadath
from hadath.attribution.lexicons import forces_spoken_for

PUBLISHED = "2024-05-18"  # a Saturday


def _strikes(text: str) -> list[hadath.Event]:
    return [e for e in hadath.extract(text, published=PUBLISHED).events if e.event_type == "Explosions/Remote violence"]


def test_the_data_says_which_state_the_bodies_speak_for() -> None:
    spoken = forces_spoken_for()
    assert spoken["Security Media Cell"] == "IQ"
    assert spoken["Joint Operations Command"] == "IQ"
    assert "Iraqi Ministry of Interior" not in spoken  # reports the police's deeds and others' alike
    assert all(len(iso) == 2 and iso.isascii() and iso.isupper() for iso in spoken.values())


@pytest.mark.parametrize("text", [
    # an aside between the body and the operation it announces
    "أعلنت خلية الإعلام الأمني، مساء الجمعة، تنفيذ غارات جوية استهدفت مخابئ لتنظيم داعش في وادي الشاي جنوب كركوك.",
    "أعلنت خلية الإعلام الأمني شن ضربة جوية على مخبأ لعناصر داعش في صحراء الأنبار.",
    # where it was said, between the body and the operation
    "أعلنت خلية الإعلام الأمني في بيان، تنفيذ ضربة جوية على مخبأ لتنظيم داعش في وادي حوران.",
    "أعلنت قيادة العمليات المشتركة في بيان لها عن تنفيذ غارة جوية على مخبأ لداعش في جزيرة سامراء.",
])
def test_a_security_body_announcing_an_operation_is_the_states_military(text: str) -> None:
    (e,) = _strikes(text)
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Iraq"
    assert e.source is not None and e.source.name in {"Security Media Cell", "Joint Operations Command"}


@pytest.mark.parametrize("text", [
    # it reports a shell that fell: no deed of its own
    "قالت خلية الإعلام الأمني إن قذيفة هاون سقطت على حي سكني في بغداد ما أسفر عن مقتل طفل.",
    # an attack on the state's own police is never the state's
    "أعلنت خلية الإعلام الأمني استهداف دورية للشرطة بعبوة ناسفة في كركوك.",
])
def test_a_security_body_reporting_anothers_attack_is_not_its_actor(text: str) -> None:
    events = hadath.extract(text, published=PUBLISHED).events
    assert events
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of Iraq" for e in events)


def test_the_cells_strike_in_the_iraqi_wire() -> None:
    doc = read_article("iraq_security_media_cell.txt", PUBLISHED)[1]
    (strike,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Iraq"
    assert strike.actor2 is not None and strike.actor2.name == "Islamic State"
