"""``same_period_as`` skips a sentence that holds none of ``_SAME_PERIOD_WORDS`` before it
runs the regex: every phrase the regex matches must hold one of them."""

from __future__ import annotations

import itertools

from hadath.text.recency import _SAME_PERIOD, _SAME_PERIOD_WORDS

HEADS = ("\u0627\u0644\u0641\u062a\u0631\u0629", "\u0627\u0644\u0641\u062a\u0631\u0647",
         "\u0627\u0644\u0645\u062f\u0629", "\u0627\u0644\u0645\u062f\u0647")  # الفترة الفتره المدة المده
SAME = ("\u0630\u0627\u062a\u0647\u0627", "\u0646\u0641\u0633\u0647\u0627", "\u0639\u064a\u0646\u0647\u0627")  # ذاتها نفسها عينها
SELF = "\u0646\u0641\u0633"  # نفس


def test_every_phrase_the_regex_matches_holds_one_of_the_words() -> None:
    phrases = [f"{h}{gap}{s}" for h, gap, s in itertools.product(HEADS, (" ", "  ", "\n"), SAME)]
    phrases += [f"{SELF}{gap}{h}" for h, gap in itertools.product(HEADS, (" ", "\t"))]
    for phrase in phrases:
        text = f"\u0648\u0642\u062a\u0644 5 \u062e\u0644\u0627\u0644 {phrase}."  # «وقتل 5 خلال ...»
        m = _SAME_PERIOD.search(text)
        assert m is not None, phrase
        assert any(w in m.group() for w in _SAME_PERIOD_WORDS), phrase
