"""Contextual rules: names announced by the words around them.

* a title or role (الرئيس، العقيد، الناشط ...) followed, after at most three modifiers
  («وزير الخارجية السوري»), by a given name or a kunya starts a person name:
  «الرئيس السوري بشار الأسد» -> PER «بشار الأسد»;
* a kunya (أبو/أبي/أبا + name [+ nisba]) is a person: «أبو محمد الرقاوي»;
* an organisation head followed by a name in «» names the organisation: «حركة «أحرار الشام»»;
* a place head (مدينة، بلدة، قرية، ريف ...) is followed by a place name: «بلدة معرة النعمان»;
* an organisation head in construct state followed by definite words names an
  organisation: «وزارة المالية»، «منظمة التحرير الفلسطينية» (off, ``ORG_HEAD_RULE``, but for
  the heads ``naming_heads.tsv`` marks: «قناة المحور»، «حزب الأمة العراقية»، «صندوق الطبيعة
  العالمي»); after its first definite word the name takes relative adjectives only.

Rules work on the tokens of one sentence (read from the document's token columns) and
return token index spans; the stage decides
how they combine with the lexicon and the CRF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from hadath.lexicon.actors import nisba_index
from hadath.lexicon.loader import load_tsv
from hadath.ner.features import common_o_words
from hadath.ner.lexicons import DATA, KUNYA, given_names, naming_heads, triggers
from hadath.text.chars import QUOTE_NORM
from hadath.text.normalize import normalize_key
from hadath.text.segment import TokenColumns

_AL: Final = "\u0627\u0644"
_KUNYA: Final = KUNYA  # ابو ابي ابا (hadath.ner.lexicons, shared with the attribution stage)
NAME_CONNECTORS: Final = frozenset({"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"})  # بن ابن بنت
_PLACE_PREFIXES: Final = frozenset(normalize_key(w) for w in (
    "الشيخ", "أبو", "عين", "تل", "دير", "جسر", "رأس", "بئر", "كفر", "خان", "أم", "بني", "بيت",
    "جبل", "وادي", "مرج", "سيدي", "دار", "حي", "قصر", "عرب", "سوق",
))
_PLACE_TYPES: Final = {"gpe": "GPE", "loc": "LOC", "fac": "FAC"}
_CLITIC_STARTS: Final = frozenset("\u0648\u0641")  # و ف
_PROCLITICS: Final = frozenset("\u0648\u0641\u0628\u0644\u0643")  # و ف ب ل ك


ORG_HEAD_RULE: Final = False  # «head + definite words» -> ORG: measured to cost precision on NewsFANE


# bare direction words: after a place's name they locate it in the next one («بلدة طويلة غربي
# الفاشر»، «جباليا شمال القطاع»); leading, they are part of the name («جنوب كردفان»)
DIRECTIONS: Final = frozenset(normalize_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))

NISBA_ENDS: Final = ("\u064a", "\u064a\u0647")  # ي يه (يّة normalised): «الوطني»، «العراقية»


def _relative_adjective(w: str) -> bool:
    """Can the definite word ``w`` continue an institution's name after its first definite word?
    Only a relative adjective (nisba) does: «حزب الامة العراقية»، «صندوق الطبيعة العالمي»، «جبهة
    العمل الاسلامي»; a participle describes the body, it does not name it («جبهة الخلاص الوطني
    المتمردة»: the rebel National Salvation Front; «جبهة الشرق المتمردة»)."""
    return (w.startswith(_AL) and w.endswith(NISBA_ENDS)) or w in nisba_index()


def _names_when_definite(tc: TokenColumns, i: int) -> bool:
    """Is token ``i`` a head whose definite words after it name an institution even with
    ``ORG_HEAD_RULE`` off («قناة المحور»، «لقناة الرسالة الفضائية»; ``naming_heads.tsv``)?"""
    heads = naming_heads()
    w = tc.norms[i]
    return heads.get(tc.stems[i], False) or (len(w) > 3 and w[0] in _PROCLITICS and heads.get(w[1:], False))


@dataclass(frozen=True, slots=True)
class RuleSpan:
    start: int  # token index
    end: int  # token index, exclusive
    type: str
    rule: str
    strong: bool = False  # strong rules win over the CRF
    title: tuple[int, int] | None = None  # token span of the title before a person
    head: int = -1  # the head token before a quoted organisation name («فصائل «الجيش الوطني»»)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(normalize_key(r["word"]) for r in load_tsv(DATA / "stopwords.tsv", ("word",), ("word",)))


@lru_cache(maxsize=1)
def _trigger_keys() -> frozenset[str]:
    """Every single trigger word and first word of a multiword trigger."""
    return frozenset(w.split()[0] for w in triggers())


@lru_cache(maxsize=1)
def multiword_firsts() -> frozenset[str]:
    """First words of multiword triggers («المتحدث» of «المتحدث باسم»)."""
    return frozenset(w.split()[0] for w in triggers() if " " in w)


_TITLE_SKIP: Final = 3  # words between a title and a person's given name, at most
# على وعلى: the preposition, whose key is the name «علي»; بأن: "that", whose key is the name «بان»
# («أفاد نادي الأسير بأن ...»: «الأسير» is a title, «بأن» no Ban Ki-moon)
_ALA: Final = frozenset({"\u0639\u0644\u0649", "\u0648\u0639\u0644\u0649", "\u0628\u0623\u0646"})


def _trigger_at(tc: TokenColumns, i: int, n: int) -> tuple[str, int]:
    """The trigger kind starting at token ``i`` and the index after it ("" if none);
    ``n`` is the end of the sentence."""
    trig = triggers()
    stems, norms = tc.stems, tc.norms
    if i + 1 < n and stems[i] in multiword_firsts():
        two = stems[i] + " " + norms[i + 1]
        k = trig.get(two)
        if k:
            if i + 2 < n and trig.get(two + " " + norms[i + 2]):
                return trig[two + " " + norms[i + 2]], i + 3
            return k, i + 2
    w = norms[i]
    k = trig.get(stems[i]) or trig.get(w)
    if not k and len(w) > 3 and w[0] in _PROCLITICS:  # «وقرية»، «لحركة»
        k = trig.get(w[1:])
    return (k, i + 1) if k else ("", i)


_ADMIN_HEADS: Final = frozenset(normalize_key(w) for w in ("محافظة", "ولاية", "إقليم", "مقاطعة"))


_BI: Final = "\u0628"  # ب


def _admin_after_head(tc: TokenColumns, i: int, j: int) -> bool:
    """Is token ``j``, a common word, the name of a first-level division after the division's
    head at token ``i``? «بمحافظة حجة» (Hajjah; «حجة» is also «argument»): the head asks for a
    division, and the gazetteer has one of that name (rare: only for common words after a head)."""
    head = tc.stems[i]
    if head not in _ADMIN_HEADS and tc.norms[i][1:] not in _ADMIN_HEADS:
        return False
    from hadath.geo.gazetteer import load_gazetteer  # noqa: PLC0415 - the geo stage loads it anyway

    return any(p.kind == "A" for p in load_gazetteer().candidates(tc.norms[j]))


def _nameish(tc: TokenColumns, k: int) -> bool:
    """Can token ``k`` continue a name? Letters, not a function word, trigger or nisba."""
    w = tc.norms[k]
    if not w[:1].isalpha() or w in stopwords() or w in triggers() or tc.stems[k] in triggers():
        return False
    if w in nisba_index():
        return False
    if tc.stem_starts[k] > tc.starts[k]:  # «للصحفيين»: a clitic + article word is not part of a name
        return False
    return not (w[0] in _CLITIC_STARTS and len(w) > 3)  # «ومحسن»، «فهدد»: a new clause


def _person_from(tc: TokenColumns, i: int, n: int) -> int:
    """End of a person name starting at ``i`` (a given name or kunya), 1-4 tokens; ``n`` is
    the end of the sentence."""
    norms = tc.norms
    j = i + 1
    if norms[i] in _KUNYA and j < n and (_nameish(tc, j) or norms[j] in given_names()):
        j += 1  # «أبو علي»: «علي» is also the normalised «على»
    while j < n and j - i < 3 and _nameish(tc, j) and not norms[j - 1].startswith(_AL):
        # a definite family name («الحلبي»، «الخطيب») is the last part of a name
        if norms[j] in NAME_CONNECTORS:
            if j + 1 < n and _nameish(tc, j + 1):
                j += 2
                continue
            break
        j += 1
    return j


def may_trigger(norm: str, stem: str) -> bool:
    """Can a trigger start at a token (its normalised word and stem)? (the stage caches
    this per word)"""
    keys = _trigger_keys()
    return stem in keys or norm in keys or norm[1:] in keys


def find_rule_spans(tc: TokenColumns, cands: Sequence[int] | None = None,
                    lo: int = 0, hi: int | None = None) -> list[RuleSpan]:
    """All rule spans in the sentence of tokens ``lo`` to ``hi`` (may overlap; the stage
    resolves), as indexes into the columns ``tc`` (a whole document's, read without
    building a token object: ``doc.token_columns``).

    ``cands`` are the indexes of the tokens where a trigger may start (:func:`may_trigger`),
    when the caller already knows them; otherwise they are found here.
    """
    out: list[RuleSpan] = []
    names = given_names()
    norms, stems = tc.norms, tc.stems
    n = len(norms) if hi is None else hi
    if cands is None:
        cands = [k for k in range(lo, n) if may_trigger(norms[k], stems[k])]
    c = 0
    i = lo
    while c < len(cands):
        if cands[c] < i:
            c += 1
            continue
        i = cands[c]
        c += 1
        kind, j = _trigger_at(tc, i, n)
        if not kind:
            continue
        if kind == "title":
            k = j
            skipped = 0
            while k < n and skipped < _TITLE_SKIP and norms[k] not in names and norms[k] not in _KUNYA:
                w = norms[k]
                # «المتحدث العسكري باسم»: definite and nisba words before the name (an institution's
                # head noun too, «عضو لجنة الأمن علي البنداوي», was measured to add 12 false
                # persons to 0 found on NewsFANE's held-out part)
                if not (w.startswith(_AL) or w in nisba_index()) or w in stopwords():
                    break
                k += 1
                skipped += 1
            if k < n and (norms[k] in names or norms[k] in _KUNYA) and tc.texts[k] not in _ALA:
                e = _person_from(tc, k, n)
                if e - k >= 2 or norms[k] in names:
                    # weak: where the CRF also found the person, its span is measured to be better
                    out.append(RuleSpan(k, e, "PER", "title", title=(i, k)))
                    i = e
                    continue
        elif kind == "kunya" and j < n and (_nameish(tc, j) or norms[j] in names):
            e = _person_from(tc, i, n)
            if e - i >= 2:
                out.append(RuleSpan(i, e, "PER", "kunya"))
                i = e
                continue
        elif kind == "org":
            # a head in construct with the quoted name is indefinite («حركة «أحرار الشام»»); after
            # a definite one a quotation opens («وحدات الجيش «تصدت لهجوم إرهابي»»)
            if j < n and norms[j] == QUOTE_NORM and not stems[j - 1].startswith(_AL):
                k = j + 1
                while k < n and k - j <= 6 and norms[k] != QUOTE_NORM:
                    k += 1
                if k < n and k > j + 1 and norms[k] == QUOTE_NORM:
                    out.append(RuleSpan(j + 1, k, "ORG", "org-quote", strong=True, head=j - 1))
                    i = k + 1
                    continue
            elif (ORG_HEAD_RULE or _names_when_definite(tc, i)) and not stems[i].startswith(_AL) and j < n \
                    and norms[j].startswith(_AL) and _nameish(tc, j):
                k = j + 1
                while k < n and k - j < 3 and _relative_adjective(norms[k]) and norms[k] not in stopwords():
                    k += 1
                out.append(RuleSpan(i, k, "ORG", "org-head"))
                i = k
                continue
        elif kind in _PLACE_TYPES and j < n and _nameish(tc, j):
            e = j + 1
            common = norms[j] in common_o_words()  # «ولاية جنوب كردفان»: «جنوب» alone is no name
            if e < n and _nameish(tc, e) and norms[e] not in DIRECTIONS and (common or norms[j] in _PLACE_PREFIXES or (
                    norms[e].startswith(_AL) and tc.stem_starts[e] == tc.starts[e])):
                e += 1  # «دير الزور»، «معرة النعمان»
            elif common and not _admin_after_head(tc, i, j):
                i = max(j, i + 1)
                continue
            typ = _PLACE_TYPES[kind]
            # «بولاية الجزيرة»: a division's head with its preposition, before a division the
            # gazetteer knows, beats the CRF's other reading of the name (the channel «الجزيرة»);
            # not a head in construct with a body before it («شرطة إقليم قندهار»: the police's)
            strong = e == j + 1 and norms[i][:1] == _BI and _admin_after_head(tc, i, j)
            out.append(RuleSpan(i if typ == "FAC" else j, e, typ, "place-head", strong=strong))
            i = e
            continue
        i = max(j, i + 1)
    return out
