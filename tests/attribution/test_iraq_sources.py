"""More source forms in one short report (``data/articles/iraq_sources.txt``, written for this
test, illustrative, not a real report): a monitor's headline with a colon, medical sources
talking to an outlet, a group's claim through its agency, an army's «زعم», a commander quoted
by a state channel and «رجحت مصادر أمنية أن».
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hadath.doc import Doc
from hadath.pipeline import run

TEXT = (Path(__file__).resolve().parent / "data" / "articles" / "iraq_sources.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _doc() -> Doc:
    return run(TEXT, published="2024-06-10")


def _claim(low: float) -> tuple[str, str | None]:
    found = [c for c in _doc().claims if c.quantity.low == low]
    assert found, [(c.subject, c.quantity.low) for c in _doc().claims]
    return found[0].subject, found[0].source.name if found[0].source else None


def test_the_monitor_heading_its_report_is_the_source_of_the_toll() -> None:
    subject, source = _claim(3)
    assert source == "Iraqi Observatory for Human Rights"
    assert subject.startswith("civilians killed")  # «ثلاثة مزارعين»: farmers are civilians


def test_the_army_s_claim_is_its_own_and_counts_attackers_not_the_farmers() -> None:
    assert _claim(4) == ("fighters killed", "Military Forces of Iraq")  # «زعم الجيش ... أربعة من منفذي الهجوم»
    assert _doc().conflicts == []  # three farmers and four attackers are not one count


def test_deeming_likely_is_a_report() -> None:
    # «ورجحت مصادر أمنية أن»; (the other 2 is «إضافة إلى جريحين», the hospital's two wounded)
    sources = {(c.subject, c.source.name if c.source else None) for c in _doc().claims if c.quantity.low == 2}
    assert any(src == "Security source" for _, src in sources)
    assert ("people wounded", "Medical source") in sources


def test_a_commander_quoted_by_a_state_channel() -> None:
    [q] = _doc().quotes
    assert q.speaker == "أحمد سليم" and q.via == "قناة «العراقية»"  # the outlet, known to the lexicon
