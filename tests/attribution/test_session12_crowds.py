"""Session 12: the crowd that carries a slogan is named by counted.tsv's protester nouns, the one
list of them in the attribution stage (quotes._CROWD_NOUNS had its own copy, without the feminine
«المتظاهرات»)."""

from __future__ import annotations

import hadath
from hadath.attribution.lexicons import protester_nouns
from hadath.text.normalize import normalize_key


def test_women_protesters_carry_their_banners() -> None:
    text = ("ورفعت المتظاهرات لافتات مثل «الاتفاقية المشؤومة استبعاد ابدي للعراق» "
            "و«لن يكون العراق مستعمرة اميركية».")
    doc = hadath.extract(text, published="2024-05-15")
    assert [q.speaker for q in doc.quotes] == ["المتظاهرات", "المتظاهرات"]


def test_protester_nouns_are_counted_tsv_s_with_and_without_the_article() -> None:
    nouns = protester_nouns()
    for w in ("متظاهرون", "المحتجين", "المعتصمين", "المتظاهرات"):
        assert normalize_key(w) in nouns
