"""Counted quantities about the conflict, as sourced claims.

A number becomes a claim only when it counts something ``counted.tsv`` knows: people
(killed, wounded, detained, displaced, missing), fighters and soldiers, weapons, vehicles,
buildings, strikes, shares of territory. That keeps ages («عمره 25 عاما»), years, money
and article numbers out without a list of exceptions. The counted noun usually follows
the number («42 قتيلا», «12 عنصرا من تنظيم داعش», «90 في المئة من الأراضي»), sometimes
precedes it («ارتفعت حصيلة القتلى إلى 42»); a status word nearby («مقتل 5 مدنيين»، «أصيب
3 أشخاص») says what happened to those counted.

The subject is English when the lexicon names it: "<actor> <who> <status> in <place>",
e.g. "Islamic State fighters killed in Raqqa".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import Final, NamedTuple

import regex

from hadath.attribution.incidents import doc_turn_starts, incident_at
from hadath.attribution.index import DocIndex
from hadath.attribution.lexicons import Counted, counted_keys, word_key
from hadath.attribution.quotes import hosted_venue_end
from hadath.attribution.sources import source_for
from hadath.attribution.updates import is_update, period_of, sentence_may_have_period
from hadath.attribution.wordmatch import Match
from hadath.bisects import bisect_left, bisect_right
from hadath.doc import DateMention, Doc, Mention, NumberMention
from hadath.events.tally import dual_forms
from hadath.events.trusted import trusted
from hadath.geo.resolve import place_for_span
from hadath.lexicon.actors import (
    ARMED_GROUP_INTER,
    CIVILIAN_INTER,
    CROWD_INTER,
    GENERIC,
    UNARMED_INTER,
    alias_decides,
    country_name,
    fill_country,
    force_role,
    in_brackets_after,
    nisba_index,
    sole_armed_group,
)
from hadath.lexicon.wordkinds import agent_forms
from hadath.mentions import PLACE_TYPES
from hadath.schema import Claim, Quantity, Span
from hadath.text.chars import OPENING_QUOTES
from hadath.text.normalize import normalize_key
from hadath.text.recency import (
    compared_since,
    earlier_month,
    is_tally_since,
    long_before,
    same_period_as,
)
from hadath.text.segment import doc_paragraph_starts

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

NOUN_GAP: Final = 8  # characters between a number and its noun: «12 من عناصر»
TOLL_PHRASE_REACH: Final = 72  # «حصيلة قتلى القصف على مخيم أبو شوك إلى 31»، «حصيلة القتلى في منطقة بوتين أردوغان منذ مطلع العام الجاري إلى 211»: casualty noun to figure, at most
_TOLL_WORDS: Final = frozenset({"\u062d\u0635\u064a\u0644\u0647", "\u0627\u0644\u062d\u0635\u064a\u0644\u0647", "\u0639\u062f\u062f"})  # حصيله الحصيله عدد
_AL_KEY: Final = "\u0627\u0644"  # ال (normalised)
_CLITIC_LEFT: Final = frozenset({"\u0628", "\u0644"})  # ب ل: a preposition left before a number that starts at «نحو»
_TO_WORDS: Final = frozenset({"\u0627\u0644\u0649", "\u0627\u0644\u064a"})  # الى الي (normalised «إلى»)
# a name's alias in brackets («(الأسايش)»): no clause break, no distance; not a note with a figure
# («(110 كلم شرق العاصمة)»)
_BRACKETED: Final = regex.compile(r"\s*\([^()\d]{1,40}\)")
# a time aside between commas («اعتقلت قوات الاحتلال، فجر اليوم، خمسة مواطنين»): no clause break
_TIME_ASIDE: Final = regex.compile(
    r"\s*[\u060c,]\s*(?:(?:\u0641\u062c\u0631|\u0635\u0628\u0627\u062d|\u0645\u0633\u0627\u0621|\u0638\u0647\u0631|\u0644\u064a\u0644\u0629|\u064a\u0648\u0645)\s+)?"  # فجر صباح مساء ظهر ليلة يوم
    r"(?:\u0627\u0644\u064a\u0648\u0645|[\u0623\u0627]\u0645\u0633|\u0627\u0644\u0644\u064a\u0644\u0629|\u0627\u0644\u0623\u062d\u062f|\u0627\u0644[\u0627\u0625]\u062b\u0646\u064a\u0646"  # اليوم أمس الليلة الأحد الاثنين
    r"|\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621|\u0627\u0644[\u0623\u0627]\u0631\u0628\u0639\u0627\u0621|\u0627\u0644\u062e\u0645\u064a\u0633|\u0627\u0644\u062c\u0645\u0639\u0629|\u0627\u0644\u0633\u0628\u062a)"  # الثلاثاء ... السبت
    r"(?:\s+(?:\u0627\u0644\u0645\u0627\u0636\u064a|\u0627\u0644\u0645\u0627\u0636\u064a\u0629))?\s*[\u060c,]")  # الماضي
STATUS_REACH: Final = 30  # a status word this far before the number: «مقتل ما لا يقل عن 12»
FRAME_STATUS_REACH: Final = 50  # «توغلت القوات الإسرائيلية مسافة 5 كلم», «طالب الخاطفون بفدية قدرها»
STATUS_AFTER: Final = 32  # ... or after the noun: «5 مدنيين لقوا حتفهم», «عناصر من «داعش» قتلوا»
AMONG_REACH: Final = 80  # «مقتل 42 شخصا، بينهم 12 طفلا»: how far back the including figure may be
ACTOR_REACH: Final = 40
# words that, between counted fighters and a name after them, tell the attack or its agent, not
# the ranks: «قتل خمسة جنود في هجوم شنه مسلحون»، «جنديان برصاص قناصة من الحركة»
_AGENT_GAP: Final = frozenset(normalize_key(w) for w in (
    "هجوم", "هجوما", "هجمات", "شنه", "شنته", "شنها", "شنوه", "نفذه", "نفذته", "نفذها", "برصاص", "بنيران",
    "يد", "أيدي", "غارة", "غارات", "قصف", "انفجار", "تفجير", "كمين", "اشتباك", "اشتباكات", "هجومه", "هجومها",
)) | agent_forms("released")  # a weapon's releaser (hadath/lexicon/agent_words.tsv): «بعبوة ناسفة زرعها مسلحون»
_GAP_CLITICS: Final = ("\u0628", "\u0648")  # ب و: «بانفجار»، «وبرصاص»
PLACE_REACH: Final = 60
_FROM: Final = "\u0645\u0646"  # من: «12 من عناصر»
KILLED: Final = "killed"  # counted.tsv status of the dead: a toll (events.updates reads it too)
_PROTESTING: Final = "protesting"  # counted.tsv status of the verbs of protest: «تظاهر مئات الأشخاص» counts protesters
_PROTESTERS: Final = "protesters"
# (character classes alone: the standard ``re`` finds the same, at about half the cost a call of
# ``regex``, and the rules call these some sixty times an article)
_PUNCT: Final = re.compile(r"[.\u060c,\u061b;:!?\u061f()\u00ab\u00bb\"\n]")
_ASIDE_REACH: Final = 40  # the longest aside read past: «، بينهم ثمانية أطفال،»
_SUBSET_ASIDE: Final = regex.compile(  # «، بينهم ثمانية أطفال،»، «، منهم ثلاث نساء،»، «4 مدنيين بينهم طفلان، قتلوا»
    # and a restatement: «نحو 1.7 مليون شخص، أي قرابة 75% من سكان القطاع، نزحوا»
    r"\s*(?:[\u060c,]\s*)?(?:\u0628\u064a\u0646\u0647[\u0645\u0646]|\u0645\u0646\u0647[\u0645\u0646]|(?<=[\u060c,]\s*)\u0623\u064a)"
    r"\s[^.\u060c,\u061b;:!?\u061f()\n]{1,30}[\u060c,]")
_SUBSET_WORDS: Final = ("\u0628\u064a\u0646\u0647", "\u0645\u0646\u0647", "\u0623\u064a")  # بينه منه أي: one is in every _SUBSET_ASIDE match


def _subset_aside(gap: str) -> regex.Match[str] | None:
    """:data:`_SUBSET_ASIDE` in ``gap``, searched only when one of its words is there (a
    substring test: most gaps after a counted noun hold none)."""
    if _SUBSET_WORDS[0] in gap or _SUBSET_WORDS[1] in gap or _SUBSET_WORDS[2] in gap:
        return _SUBSET_ASIDE.search(gap)
    return None


# a piece of each day word of _TIME_ASIDE: اليوم مس (أمس امس) الليلة الأحد ثنين (الاثنين الإثنين)
# الثلاثاء ربعاء (الأربعاء الاربعاء) الخميس الجمعة السبت
_DAY_PIECES: Final = ("\u0627\u0644\u064a\u0648\u0645", "\u0645\u0633", "\u0627\u0644\u0644\u064a\u0644\u0629",
                      "\u0627\u0644\u0623\u062d\u062f", "\u062b\u0646\u064a\u0646",
                      "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621", "\u0631\u0628\u0639\u0627\u0621",
                      "\u0627\u0644\u062e\u0645\u064a\u0633", "\u0627\u0644\u062c\u0645\u0639\u0629",
                      "\u0627\u0644\u0633\u0628\u062a")


def _without_time_asides(gap: str) -> str:
    """``gap`` with its time asides (:data:`_TIME_ASIDE`) made one space. An aside stands
    between two commas and holds a day word, so a gap with fewer commas or no day word has
    none, and the regex is not run on it (it was run on some 160 gaps of 100 characters in 30
    benchmark articles, ~75,000 instructions each, and replaced none)."""
    if gap.count("\u060c") + gap.count(",") < 2 or not any(d in gap for d in _DAY_PIECES):
        return gap
    return _TIME_ASIDE.sub(" ", gap)


_HARD_PUNCT: Final = re.compile(r"[.\u060c,\u061b;:!?\u061f()\n]")  # quotation marks do not cut here
_CONJ: Final = frozenset("\u0648\u0641")  # و ف
_PEOPLE: Final = Counted("people", "people", "person", "people", "")  # what a bare «مقتل أربعة» counts
_NEEDS_STATUS: Final = frozenset({"places", "buildings"})
_BI: Final = "\u0628"  # ب: «بالرقة»
_LOC_WORDS: Final = frozenset({"\u0641\u064a", "\u0642\u0631\u0628", "\u062f\u0627\u062e\u0644", "\u0634\u0645\u0627\u0644", "\u062c\u0646\u0648\u0628", "\u0634\u0631\u0642", "\u063a\u0631\u0628", "\u0627\u0637\u0631\u0627\u0641", "\u0645\u062d\u064a\u0637", "\u0631\u064a\u0641"})
# في قرب داخل شمال جنوب شرق غرب اطراف محيط ريف (normalised): words that say where
_AFTER_KINDS: Final = frozenset({"casualty", "person", "fighter", "thing", "distance", "money"})
_STATUS_DOMAIN: Final = {"thing": "things", "distance": "distance", "money": "money"}  # else people
_BEFORE_KINDS: Final = frozenset({"casualty", "person", "fighter"})
_COUNTED_BEFORE: Final = frozenset({"casualty", "fighter"})  # may stand right before their number
_SHARE: Final = frozenset({"share"})
_COUNTED_NOUN_KINDS: Final = frozenset({"casualty", "person", "fighter", "thing"})
_RANKS: Final = regex.compile(
    r"\s+(?:(?:\u0641\u064a|\u0628\u064a\u0646)\s+\u0635\u0641\u0648\u0641|\u0628\u0635\u0641\u0648\u0641"
    r"|\u0645\u0646(?:\s+(?:\u0639\u0646\u0627\u0635\u0631|\u0628\u064a\u0646|\u0623\u0641\u0631\u0627\u062f))?)\s+"
)
# في صفوف / بين صفوف / بصفوف / من / من عناصر / من بين / من أفراد + X: whose ranks the
# casualties come from («حصيلة القتلى في صفوف القوات الحكومية», «12 قتيلا من الجيش»)
RANKS_BACK: Final = 60  # «حصيلة القتلى في صفوف X بلغت 12 قتيلا»: the qualified noun before the number
_START: Final = attrgetter("start")
_SECOND: Final = itemgetter(1)
_ARABIC: Final = regex.compile(r"\p{Arabic}")
_ENEMY_LABEL: Final = "\u0627\u0631\u0647\u0627\u0628\u064a"  # ارهابي (normalised): «إرهابيا»، «الإرهابيين»


class ClaimKey(NamedTuple):
    """What a claim counts, normalised so that two sources' figures can be compared.

    A NamedTuple: :func:`~hadath.attribution.conflicts.find_conflicts` hashes and compares
    every claim's key, which a tuple does in C (a dataclass's ``__hash__`` is Python code).
    """

    what: str
    status: str
    actor: str
    unit: str
    era: str = ""  # a background figure's date («قتل فيه نحو 1200 شخص» in October 2023), else ""


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class ClaimInfo:
    """Internal companion of a :class:`Claim`: its comparison key and open bounds."""

    key: ClaimKey
    bound: str | None
    vague: bool
    # where the counted happened, for conflicts (:func:`claim_scene`): a gazetteer Place, the
    # normalised name of a place the gazetteer lacks, or None when the text does not say
    scene: object | None = None  # not bare object: mypyc-compiled dataclasses fail on it (KeyError)
    para: int = 0  # the paragraph holding the number (:func:`paragraph_starts`)
    # the text gives the figure as a revision of a toll told before («ارتفعت الحصيلة إلى 11»,
    # :mod:`hadath.attribution.updates`): no rival of the figures before it
    update: bool = False
    # turns to another happening before the figure («وفي هجوم آخر»، :mod:`incidents`): figures
    # of different runs count different people
    incident: int = 0
    # the figure counts some of a group told before («واعتقلت اثنين منهم»): what they are is
    # that group's, so it rivals no other count of its subject
    part: bool = False
    # over what time the figure is counted (:func:`hadath.attribution.updates.period_of`): ""
    # (one happening), "span" (a day's sum: it holds each strike's count) or "since" (a
    # running total «منذ بداية الحرب», compared only with running totals)
    period: str = ""

    def __init__(self, key: ClaimKey, bound: str | None, vague: bool, scene: object | None = None,
                 para: int = 0, update: bool = False, incident: int = 0, part: bool = False,
                 period: str = "") -> None:
        self.key = key
        self.bound = bound
        self.vague = vague
        self.scene = scene
        self.para = para
        self.update = update
        self.incident = incident
        self.part = part
        self.period = period


_OWN: Final = "_own"  # counted.tsv rows of possessed forms («عناصرها»)


# «خمسة فقط من عناصرها»: "only" may stand between a count and its noun
_ONLY_FROM: Final = frozenset({"", _FROM, word_key("فقط"), word_key("فقط من")})


def _gap_ok(raw: str, a: int, b: int, allowed: frozenset[str] = _ONLY_FROM) -> bool:
    gap = raw[a:b]
    if gap == " " or not gap:  # the usual gap: nothing to normalise
        return "" in allowed
    if _PUNCT.search(gap):
        return False
    return word_key(gap) in allowed


def _noun_after(ix: DocIndex, n: NumberMention, starts: list[int]) -> Match[Counted] | None:
    raw = ix.doc.raw
    counted = ix.counted
    want = _SHARE if n.percent else _AFTER_KINDS
    end = n.end
    k = bisect_left(starts, end)
    while k < len(starts) and starts[k] - end <= NOUN_GAP:
        m = counted[k]
        if m.prefix[:1] in _CONJ:
            return None  # «مقتل اربعة وإصابة سبعة»: «وإصابة» starts the next figure
        for c in m.payloads:  # a loop, not any(<generator>): ~40 nouns an article
            if c.kind in want:
                if _gap_ok(raw, end, m.start - len(m.prefix)):
                    return m
                break
        k += 1
    return None


def _noun_before(ix: DocIndex, n: NumberMention, starts: list[int]) -> Match[Counted] | None:
    """«حصيلة القتلى إلى 42», «عدد النازحين 3000»: only link words between noun and number."""
    raw = ix.doc.raw
    links = counted_keys()["link"]
    k = bisect_left(starts, n.start) - 1
    toll_only = False  # past another counted noun only a toll's casualty noun may come
    while k >= 0:
        m = ix.counted[k]
        if n.start - m.end > TOLL_PHRASE_REACH:
            return None
        kinds = {c.kind for c in m.payloads}
        if kinds & _BEFORE_KINDS:
            # an opening mark right before the number opens the counted phrase: «عدد القتلى
            # المدنيين «لا يتجاوز عشرة»»
            gap = raw[m.end : n.start].rstrip().rstrip(OPENING_QUOTES)
            if _HARD_PUNCT.search(gap):  # (_PUNCT less « » ": the name marks do not cut)
                return None  # «حصيلة القتلى في منطقة "بوتين-أردوغان" ... إلى 211»: marks of a name may stand between
            if toll_only or not all(word_key(w) in links for w in gap.split()) or n.start - m.end > 24:
                # «حصيلة قتلى القصف على مخيم أبو شوك إلى 31»: the toll's casualty noun, what
                # the dead died of, then «إلى» and the figure
                return m if "casualty" in kinds and _toll_phrase(raw, m.start, gap) else None
            if kinds.isdisjoint(_COUNTED_BEFORE) and not gap.strip() and n.high > 2 and n.bound is None:
                # a people noun takes a number after it only as «مدنيين اثنين»: in «إلى الأكراد
                # آلاف العوائل» the noun ends one phrase and the number opens the next (a bound
                # opens a predicate: «عدد القتلى المدنيين لا يتجاوز عشرة»)
                return None
            return m
        if m.payloads[0].kind != "link":
            # «حصيلة القتلى منذ بدء الهجوم ارتفعت إلى 277»: the attack the toll counts from
            toll_only = True
        k -= 1
    return None


_OWN_LOSS_STATUS: Final = frozenset({KILLED, "wounded"})
LOSSES_REACH: Final = 40  # «خسائرها في المعارك "لم تتجاوز 12 شهيدا"»: the possessed losses to the figure
_LOSSES: Final = "losses"  # counted.tsv kind of «خسائرها»، «خسائرنا»


def _losses_before(ix: DocIndex, n: NumberMention, starts: list[int]) -> Match[Counted] | None:
    """A possessed «خسائر» shortly before the number in its clause («خسائرها ... لم تتجاوز 12
    شهيدا»، «بلغت خسائرنا خمسة قتلى»), if there is one."""
    raw = ix.doc.raw
    k = bisect_left(starts, n.start) - 1
    while k >= 0:
        m = ix.counted[k]
        if n.start - m.end > LOSSES_REACH:
            return None
        if m.payloads[0].kind == _LOSSES:
            return None if _HARD_PUNCT.search(raw, m.end, n.start) else m
        k -= 1
    return None


def _toll_phrase(raw: str, noun_start: int, gap: str) -> bool:
    """Is the casualty noun at raw ``noun_start`` the toll's («حصيلة قتلى ...», «عدد ضحايا
    ...») and does the gap to the figure end with «إلى» (the toll rose or came to it), or
    hold only the noun's definite adjectives and link words («عدد النازحين الجدد بنحو 25
    ألفا»)?"""
    words = [w for w in gap.split() if w not in _CLITIC_LEFT]  # «بنحو»: the number starts at «نحو»
    links = counted_keys()["link"]
    if not words:
        return False
    if word_key(words[-1]) not in _TO_WORDS and not all(
            word_key(w) in links or word_key(w).startswith(_AL_KEY) for w in words):
        return False
    before = raw[max(0, noun_start - 12):noun_start].split()
    return bool(before) and word_key(before[-1]).lstrip("\u0648\u0641") in _TOLL_WORDS


def _status_right_before(ix: DocIndex, n: NumberMention, starts: list[int]) -> Match[Counted] | None:
    """A people status word («مقتل», «إصابة», «اعتقال») directly before the number."""
    k = bisect_left(starts, n.start) - 1
    if k < 0:
        return None
    m = ix.counted[k]
    if ix.doc.raw[m.end : n.start].strip():
        return None
    if any(c.kind == "status" and c.unit == "people" for c in m.payloads):
        return m
    return None


def _among(ix: DocIndex, n: NumberMention, starts: list[int]) -> bool:
    """Is the number introduced by «بينهم / منهم» (a part of the figure before it)?"""
    k = bisect_left(starts, n.start) - 1
    if k < 0:
        return False
    m = ix.counted[k]
    return m.payloads[0].kind == "among" and not ix.doc.raw[m.end : n.start].strip()


_OF_THEM: Final = ("\u0645\u0646\u0647\u0645", "\u0645\u0646\u0647\u0646", "\u0645\u0646\u0647\u0627")  # منهم منهن منها (منهما too)


def _first_count_of_sentence(ix: DocIndex, prev: tuple[int, str] | None, start: int) -> bool:
    """Is the number at ``start`` the first count of people in its sentence (``prev``: the end
    of the last one before, and its status)?"""
    if prev is None:
        return True
    sent = ix.sentences.at(start)
    return sent is not None and prev[0] <= sent.start


def _of_them(raw: str, end: int) -> bool:
    """Does «منهم / منهن / منها / منهما» follow the number ending at ``end`` («اثنين منهم»)?"""
    return raw[end : end + 8].lstrip().startswith(_OF_THEM)


def _conjoined(raw: str, prev_end: int, start: int) -> bool:
    """Is the number at ``start`` joined by «و» to the counted phrase ending at ``prev_end``
    within one clause («قتل فيها نحو 90 عنصراً من القوات و25 مدنياً»), or as the next item of a
    list after a comma: the same status holds."""
    if raw[start - 1 : start] not in _CONJ or not raw[start - 2 : start - 1].isspace():
        return False
    if not _HARD_PUNCT.search(raw, prev_end, start):
        return True
    # the next item of a list after a comma: «القتلى هم: 19 من عناصر «قسد»، و15 من مسلحي العشائر»
    gap = raw[prev_end : start - 1].rstrip()
    return gap.endswith(("\u060c", ",")) and not _HARD_PUNCT.search(gap[:-1])


def _pick(m: Match[Counted], kinds: frozenset[str] | set[str]) -> Counted:
    for c in m.payloads:
        if c.kind in kinds:
            return c
    return m.payloads[0]


# «القتلى هم: 19 ...»، «والقتلى: 5 ...»: a colon (after «هم/هن») opens the list of those counted
_LIST_OPENER: Final = regex.compile(r"\s*(?:\u0647\u0645|\u0647\u0646)?\s*:\s*")


_FAMILY_OF: Final = regex.compile(r"(?:\u0623\u0633\u0631\u0629|\u0639\u0627\u0626\u0644\u0629)\s+(?:\u0645\u0643\u0648\u0646\u0629\s+)?\u0645\u0646\s*$")  # «أسرة من»، «عائلة مكونة من»
_FAMILY_REACH: Final = 24
_FAMILY_NOUNS: Final = ("\u0623\u0633\u0631\u0629", "\u0639\u0627\u0626\u0644\u0629")  # أسرة عائلة: one starts every _FAMILY_OF match


def _family_before(raw: str, start: int) -> regex.Match[str] | None:
    """«أسرة من»، «عائلة مكونة من» right before the number at ``start`` (:data:`_FAMILY_OF`).

    The regex runs only where one of its nouns is within reach (``str.find``): it was asked at
    every counted number, ~800 searches in 30 benchmark articles, none of them a match."""
    lo = max(0, start - _FAMILY_REACH)
    if raw.find(_FAMILY_NOUNS[0], lo, start) < 0 and raw.find(_FAMILY_NOUNS[1], lo, start) < 0:
        return None
    return _FAMILY_OF.search(raw, lo, start)


def _status(ix: DocIndex, n: NumberMention, noun: Match[Counted], domain: str, starts: list[int]) -> Match[Counted] | None:
    raw = ix.doc.raw
    reach = STATUS_REACH if domain in ("people", "things") else FRAME_STATUS_REACH
    k = bisect_left(starts, n.start) - 1
    family = _family_before(raw, n.start)
    other = False  # another counted noun between: «مدنيين اثنين من عائلة واحدة» counts no family
    while k >= 0:
        m = ix.counted[k]
        if family is not None and raw[m.end:family.start()].strip():
            # «أصابت منزلا كانت تعيش فيه أسرة من سبعة أفراد»: a family's size; a status before
            # it counts the family only right before it («قتلت عائلة من خمسة أفراد»)
            break
        gap = raw[m.end : n.start] if m.end <= n.start else ""
        if "(" in gap:
            gap = _BRACKETED.sub("", gap)  # «اعتقلت قوات الأمن الداخلي (الأسايش) خمسة أشخاص»
        if ("\u060c" in gap or "," in gap) and not _counted_between(ix, m.end, n.start):
            gap = _without_time_asides(gap)  # «اعتقلت قوات الاحتلال، فجر اليوم، خمسة مواطنين»
        toll_only = len(gap) > reach and not (domain == "people" and _actor_subject(ix, m.end, n.start))
        # (a status overlapping the number has no gap; a verb's subject may stand between:
        # «قتل مسلحون من القوات الديمقراطية المتحالفة 12 مدنياً»)
        if toll_only and (domain != "people" or len(gap) > TOLL_PHRASE_REACH):
            break  # past the reach only a toll's casualty noun: «حصيلة القتلى في قطاع غزة منذ ... إلى»
        # an opening mark right before the number opens the counted phrase: «زاعما أنه قتل
        # وأصاب «نحو عشرين جنديا»»
        listed = m.end <= n.start and domain == "people" and ":" in gap and _LIST_OPENER.fullmatch(gap) is not None
        # (_PUNCT less the name marks « » ", which a status's gap may hold around a name: the
        # classes of _HARD_PUNCT, searched in the gap as it is, with no copy made without them)
        if m.end <= n.start and (listed or not _HARD_PUNCT.search(gap.rstrip())):
            for c in m.payloads:
                if listed and c.kind == "casualty" and m is not noun:
                    return m  # «فإن القتلى هم: 19 من عناصر «قسد»، و15 ...»: the list of the dead
                if c.kind == "status" and c.unit == domain and not toll_only:
                    return m
                if c.kind == "casualty" and domain == "people" and m is not noun and not other \
                        and (not toll_only and _linked(raw, m.end, n.start, noun)
                             or _toll_phrase(raw, m.start, raw[m.end:n.start])):
                    # «بين القتلى مدنيين اثنين», «عدد القتلى بلغ سبعة أشخاص», «جثث 12 شخصا»:
                    # the casualty noun before them says what happened to those counted
                    return m
            if m is not noun and any(c.kind in _COUNTED_NOUN_KINDS and (c.kind != "thing" or domain != "people")
                                     for c in m.payloads):
                # (not a thing: «حصيلة القتلى منذ بدء الهجوم ارتفعت إلى 277 شخصا» counts the dead)
                other = True
        k -= 1
    k = bisect_left(starts, noun.end)
    listed = _list_item(raw, n.start)
    while k < len(starts) and starts[k] - noun.end <= STATUS_AFTER + _ASIDE_REACH:
        m = ix.counted[k]
        if m.prefix[:1] in _CONJ:
            if listed and all(c.kind in _COUNTED_NOUN_KINDS for c in m.payloads):
                k += 1  # «- 8 عناصر من قوات النظام والمسلحين الموالين لها، قتلوا»: who, joined
                continue
            break  # «ست قنابل ... ودمر لهم ثلاث سيارات»: «ودمر» is the next clause's
        gap = raw[noun.end : m.start]
        aside = 0
        if _HARD_PUNCT.search(gap):
            # «21 مدنيا على الأقل، بينهم ثمانية أطفال، قتلوا»: an aside on some of them between
            a = _subset_aside(gap)
            if a is not None and not gap[a.end():].strip():  # the status word right after the aside
                gap = gap[:a.start()] + gap[a.end():]
                aside = a.end() - a.start()
        if not aside and listed and gap.rstrip()[-1:] in ("\u060c", ",") \
                and not _HARD_PUNCT.search(gap.rstrip()[:-1]):
            # «- 8 عناصر من قوات النظام والمسلحين الموالين لها، قتلوا في هجوم ...»: a bulletin's
            # list item, the count and who they are, a comma, then what happened to them
            for c in m.payloads:
                if c.kind == "status" and c.unit == domain:
                    return m
        if starts[k] - noun.end - aside > STATUS_AFTER:
            k += 1
            continue
        if not _HARD_PUNCT.search(gap):
            for c in m.payloads:
                if c.kind == "status" and c.unit == domain:
                    return m
        k += 1
    return None


_MISSING: Final = "missing"  # counted.tsv status of «فقد»، «مفقودين»
_LOST: Final = regex.compile(r"(?:^|\s)[\u0648\u0641]?\u0641\u0642\u062f(?:\u062a|\u0648\u0627)?\s[^.\u060c,\u061b;:\n]{0,24}$")  # فقد، فقدت، فقدوا ... then the count


def _lost_verb(raw: str, pos: int) -> bool:
    """Is the count at raw ``pos`` the object of the verb «فقد/فقدت/فقدوا» in its clause («فقدت
    قوات اللواء "ستة من عناصرها"»)? A force that lost its own men lost them dead; «فقدان 5
    أشخاص»، «في عداد المفقودين» stay missing."""
    return _LOST.search(raw, max(0, pos - 40), pos) is not None


_LIST_MARKS: Final = frozenset("-\u2013\u2022*\u25aa")  # - – • * ▪: a bulletin's list item


def _list_item(raw: str, pos: int) -> bool:
    """Does the number at raw ``pos`` open a list line («- 4 مدنيين ...»، «• 8 عناصر ...»)?"""
    line = raw[raw.rfind("\n", 0, pos) + 1:pos].strip()
    return len(line) == 1 and line in _LIST_MARKS


def _number_between(ix: DocIndex, a: int, b: int) -> bool:
    """Does a number mention start in raw ``[a, b)`` (also after a clitic: «وثلاثة»)?"""
    return any(a <= m.start < b for m in ix.doc.numbers if m.start < b)


def _counted_between(ix: DocIndex, a: int, b: int) -> bool:
    """Does a number start between raw ``a`` and ``b``? The status word before it is its own
    («وأصيب ثمانية آخرون، مساء أمس، خلال هجوم شنه عشرات المستوطنين»: not the settlers')."""
    starts = ix.tok_starts
    for i in range(ix.token_index(a), ix.token_index(b)):
        if ix.is_number_start(starts[i]):
            return True
    return False


_GENITIVE_WORDS: Final = 3  # «قوات الأمن والجيش»: the words of the dead's genitive at most


def _linked(raw: str, a: int, b: int, noun: Match[Counted]) -> bool:
    """Only link words («بلغ»، «إلى») or the counted noun itself between raw ``a`` and ``b``, after
    at most one definite word right after the casualty noun (its genitive or adjective: «قتلى
    الاحتجاجات»): in «عن المعتقلين وتتألف هيئة المحكمة من ثلاثة عسكريين» the judges are not the
    detained."""
    gap = raw[a:b].rstrip().rstrip(OPENING_QUOTES)  # «... المدنيين «لا يتجاوز عشرة»»: the mark opens the figure
    if a <= noun.start and noun.end <= b:
        gap = f"{raw[a:noun.start]} {raw[noun.end:b].rstrip().rstrip(OPENING_QUOTES)}"
    links = counted_keys()["link"]
    words = [word_key(w) for w in gap.split()]
    if words and words[0] not in links and words[0][:1] not in _CONJ:
        # «يرتفع عدد قتلى الاحتجاجات إلى 79 شخصاً»، «عدد قتلى قوات الأمن والجيش بلغ نحو 100»: the
        # dead's genitive («of the protests», «of the security forces and the army»), ending on a
        # definite word, then the link
        last = 0
        for k, w in enumerate(words[:_GENITIVE_WORDS]):
            if w in links:
                break
            if w.startswith(_AL_KEY) or w[:1] in _CONJ and w[1:].startswith(_AL_KEY):
                last = k + 1
        words = words[last:]
    return all(w in links for w in words)


def _entities_by_start(ix: DocIndex) -> tuple[list[Mention], list[int]]:
    """The document's entities sorted by start, and their starts (made once per document)."""
    cols = ix.cache.get("entities_by_start")
    if cols is None:
        by_start = sorted(ix.doc.entities, key=_START)
        cols = ix.cache["entities_by_start"] = (by_start, list(map(_START, by_start)))
    return cols  # type: ignore[return-value]  # the cache holds (mentions, their starts)


def _entity_after(ix: DocIndex, pos: int, reach: int, want: frozenset[str] | None, actor: bool) -> Mention | None:
    """The first entity starting within ``reach`` after ``pos``, with no clause break between."""
    ents, starts = _entities_by_start(ix)
    raw = ix.doc.raw
    for k in range(bisect_left(starts, pos), len(starts)):
        m = ents[k]
        if m.start - pos > reach:
            break
        if m.in_org or (want is not None and m.type not in want):
            continue
        if actor and m.actor is None and m.type not in ("ORG", "NORP"):
            continue
        if _HARD_PUNCT.search(raw, pos, m.start):
            break
        return m
    return None


_LEXICON: Final = "lexicon"  # a mention's origin when a lexicon names it


def _actor_holding(ix: DocIndex, noun: Match[Counted]) -> Mention | None:
    """The non-state armed group whose lexicon name starts with the counted noun itself: «30 من مقاتلي حركة
    الشباب» is one mention of Al Shabaab, «مقاتلي» its first word."""
    ents, starts = _entities_by_start(ix)
    k = bisect_left(starts, noun.start)
    if k < len(ents) and ents[k].start == noun.start and ents[k].end > noun.end and ents[k].actor is not None \
            and not ents[k].in_org and ents[k].origin == _LEXICON and _inter(ents[k]) in ARMED_GROUP_INTER:
        return ents[k]  # (a state's men stay soldiers or police officers, unnamed: :data:`_STATE_RANKS`)
    return None


SUBJECT_LEAD_WORDS: Final = 2  # «مسلحون من» before the named group


def _actor_subject(ix: DocIndex, a: int, b: int) -> bool:
    """Is raw ``[a, b)`` a verb's named subject, no mark in it: at most two words, then an
    actor the NER named that ends right before ``b`` («قتل مسلحون من القوات الديمقراطية
    المتحالفة | 12 مدنياً»)? Then the status verb before it counts the figure after it."""
    raw = ix.doc.raw
    if _PUNCT.search(raw, a, b):
        return False
    ents, starts = _entities_by_start(ix)
    for k in range(bisect_left(starts, a), bisect_left(starts, b)):
        e = ents[k]
        if e.actor is not None and e.end <= b and not raw[e.end:b].strip() \
                and len(raw[a:e.start].split()) <= SUBJECT_LEAD_WORDS:
            return True
    return False


def _bracketed_alias(ix: DocIndex, m: Mention) -> Mention:
    """«قوى الأمن الداخلي (الأسايش)»: the bracketed name right after ``m`` when it says which
    force ``m`` is (:func:`~hadath.lexicon.actors.alias_decides`), or which force of the
    article's country a generic name («قوى الأمن الداخلي») is; else ``m``."""
    raw = ix.doc.raw
    country = ix.doc.country
    generic = bool(getattr(m.actor, "generic", False))
    if m.actor is None or not country or (getattr(m.actor, "country", None) in (country, GENERIC) and not generic):
        return m  # no alias could decide (cheap test first: most mentions stop here)
    open_at = m.end + len(raw[m.end:m.end + 3]) - len(raw[m.end:m.end + 3].lstrip())
    if raw[open_at:open_at + 1] != "(":
        return m
    alias = _entity_after(ix, open_at + 1, 1, None, actor=True)
    if alias is None or not in_brackets_after(raw, m.end, alias.start, alias.end):
        return m
    alias_country = getattr(alias.actor, "country", None)
    if alias_decides(getattr(m.actor, "country", None), alias_country, country) \
            or (generic and alias_country == country and not getattr(alias.actor, "generic", False)):
        return alias
    return m


def _located(ix: DocIndex, pos: int, m: Mention) -> bool:
    """Is the place introduced as where («في الرقة», «بالرقة», «قرب الرقة»), not a direction?"""
    raw = ix.doc.raw
    tok_start = ix.token_start_at(m.start)
    if tok_start is not None and tok_start < m.start and _BI in raw[tok_start : m.start]:
        return True  # «بالرقة», «وبالرقة»
    words = raw[pos : tok_start if tok_start is not None else m.start].split()
    return any(word_key(w) in _LOC_WORDS for w in words[-3:])


def _actor_name(m: Mention, country: str | None = None) -> str | None:
    """English name of the actor; a generic one («القوات الحكومية») takes the article's country.

    None for a generic actor when the country is not known.
    """
    if m.actor is not None:
        name = getattr(m.actor, "name", None)
        if isinstance(name, str):
            if "{country}" in name:
                cname = country_name(country)
                return fill_country(name, cname) if cname else None
            return None if "{" in name else name
    return m.canonical or m.text


def _sole_armed_group(ix: DocIndex) -> str | None:
    """The one named non-state armed group of the article (:func:`sole_armed_group`), by name.

    An official who counts «20 إرهابيا» without naming them means the enemy the article is
    about.
    """
    key = ("sole_armed_group",)
    if key not in ix.cache:
        m = sole_armed_group(ix.doc.entities)
        ix.cache[key] = m.actor.name if m is not None else None
    found = ix.cache[key]
    return found if isinstance(found, str) else None


def _inter(m: Mention) -> int | None:
    inter = getattr(m.actor, "inter", None) if m.actor is not None else None
    return inter if isinstance(inter, int) else None


def _ranks_actor(ix: DocIndex, n: NumberMention, noun: Match[Counted], c: Counted, starts: list[int]) -> Mention | None:
    """The actor whose ranks the casualties come from: «في صفوف X», «من عناصر X», «من X».

    Read after the counted noun («12 قتيلا في صفوف الجيش»), else after the same casualty noun
    a little before the number («حصيلة القتلى في صفوف القوات الحكومية بلغت 12 قتيلا»).
    """
    raw = ix.doc.raw
    ends = [noun.end]
    k = bisect_left(starts, n.start) - 1
    while k >= 0:
        m = ix.counted[k]
        if n.start - m.end > RANKS_BACK or _HARD_PUNCT.search(raw, m.end, n.start):
            break
        if m is not noun and any(p.kind == "casualty" and p.status == c.status for p in m.payloads):
            ends.append(m.end)
            break
        k -= 1
    for pos in ends:
        r = _RANKS.match(raw, pos)
        if r is None:
            continue
        am = _entity_after(ix, r.end(), 3, None, actor=True)
        if am is not None and am.start - r.end() <= 3:
            return am
    return None


_OWNER_REACH: Final = 120  # characters back from «9 من عناصرها» to the force «ها» is
_STATE_RANKS: Final[tuple[tuple[str, str], ...]] = (("Police Forces", "police officers"), ("Military Forces", "soldiers"))
_ROLE_RANKS: Final = {"COP": "police officers", "MIL": "soldiers"}
_REBEL_INTER: Final = 2  # ACLED inter code of rebel groups: their men are «عناصر»، «مقاتلين», not «جنود»
_SOLDIERS_KEY: Final = word_key("جنود")
_NO_RANKS: Final = UNARMED_INTER  # rioters, protesters, civilians: no fighter's ranks («المتظاهرين»)
_SENTENCE_CUT: Final = regex.compile(r"[.!?\u061f\n]")


# heads of a masculine singular owner («النظام»، «الجيش»), which «عناصرها» (her members) is not of
_MASCULINE_HEADS: Final = frozenset(normalize_key(w) for w in (
    "نظام", "جيش", "تنظيم", "حزب", "فصيل", "مجلس", "جهاز", "حرس", "لواء", "تحالف", "اتحاد", "وفد"))
_HER: Final = "\u0647\u0627"  # ها
_MASCULINE_PLURALS: Final = ("\u064a\u0646", "\u0648\u0646")  # ين ون


def _owner_agrees(possessed: str, owner: str) -> bool:
    """Can ``owner`` be what the pronoun of ``possessed`` refers to? «عناصرها» (her members)
    is not the regime's («قالت «قسد» إن قواتها أحبطت تسللاً لمسلحين مرتبطين بالنظام السوري،
    مشيرة إلى مقتل 6 من عناصرها»): a masculine singular head (:data:`_MASCULINE_HEADS`) takes
    «ه», people in the plural («لمسلحين») «هم»."""
    if not word_key(possessed).endswith(_HER):
        return True
    head = word_key(owner.split()[0]) if owner.split() else ""
    head = head.removeprefix(_AL_KEY)
    # «لمسلحين»، «الحوثيين»: people in the plural take «هم»
    return head not in _MASCULINE_HEADS and not head.endswith(_MASCULINE_PLURALS)


def _own_ranks(ix: DocIndex, pos: int, what: str, possessed: str = "") -> tuple[str, str]:
    """(what, actor) of a count of someone's own members («وقالت الشرطة إن 9 من عناصرها قتلوا»):
    the owner is the last actor named before the count in its sentence, else the body that
    reports it when its words say it is a police or army («أعلنت مديرية شرطة كركوك مقتل 9 من
    عناصرها»); a state's police or army count as police officers or soldiers, as «9 شرطيين»
    would (the same subject, so the two figures meet as one), another owner's as that owner's
    fighters. No owner: ``what``."""
    ents, starts = _entities_by_start(ix)
    raw = ix.doc.raw
    for k in range(bisect_left(starts, pos) - 1, -1, -1):
        m = ents[k]
        if pos - m.end > _OWNER_REACH or _SENTENCE_CUT.search(raw, m.end, pos):
            break
        if m.in_org or m.actor is None or m.end > pos or _inter(m) in _NO_RANKS:
            continue  # (civilians and crowds have no «عناصر»: «توقيف 23 شخصاً ... إصابة سبعة من عناصرها»)
        if not _owner_agrees(possessed, raw[m.start:m.end]):
            continue
        if _inter(m) == _REBEL_INTER and word_key(possessed).startswith(_SOLDIERS_KEY):
            continue  # «وقتلت 12 من عناصر التنظيم، فيما قتل ثلاثة من جنوده»: the commander's soldiers
        name = _actor_name(m, ix.doc.country) or getattr(m.actor, "name", "") or ""
        for head, ranks in _STATE_RANKS:
            if name.startswith(head):
                return ranks, ""
        return what, name if "{" not in name else ""
    src = source_for(ix.doc, pos, pos + 1)  # «أعلنت مديرية شرطة كركوك»: a body no lexicon lists
    role = force_role(src.text) if src is not None and src.text else None
    if role is None and src is not None and src.text:
        # «قالت «قسد» في بيان إن ...، مشيرة إلى مقتل 6 من عناصرها»: the speaker's own ranks
        for m in reversed(ents[:bisect_left(starts, pos)]):
            if m.actor is not None and not m.in_org and raw[m.start:m.end] == src.text \
                    and _inter(m) not in _NO_RANKS and _owner_agrees(possessed, src.text):
                name = _actor_name(m, ix.doc.country) or getattr(m.actor, "name", "") or ""
                return what, name if "{" not in name else ""
        # «نقلت رويترز عن مصدر في اللواء 444 قوله إن قوات اللواء فقدت ستة من عناصرها»: a source
        # speaking for a force NER knows by that name counts the force's own ranks
        for m in reversed(ents[:bisect_left(starts, pos)]):
            if m.actor is not None and not m.in_org and _inter(m) not in _NO_RANKS \
                    and _actor_name(m, ix.doc.country) == src.name:
                return what, src.name
    return _ROLE_RANKS.get(role or "", what), ""


_NATIONALS: Final = "nationals"  # counted.tsv: people counted by nationality («آلاف العراقيين»)


def _agent_between(gap: str) -> bool:
    """Does ``gap`` (between counted people and an actor) name an attack or its doer, so the actor
    after it is the attacker and not the people's ranks? Clitics count: «بانفجار عبوة»."""
    for w in gap.split():
        key = word_key(w).removeprefix(_AL_KEY)
        if key in _AGENT_GAP:
            return True
        while key[:1] in _GAP_CLITICS and len(key) > 3:
            key = key[1:].removeprefix(_AL_KEY)
            if key in _AGENT_GAP:
                return True
    return False


def _nationals(text: str) -> str | None:
    """«آلاف العراقيين»: "people of Iraq" (the subject keeps who they are; the claim's key stays
    "people", so «12 فلسطينيا قتلوا» still meets «مقتل 3 أشخاص»)."""
    key = word_key(text)
    cc = nisba_index().get(key) or nisba_index().get(key.removeprefix(_AL_KEY))
    name = country_name(cc) if cc else None
    return f"people of {name}" if name else None


def _place_name(m: Mention) -> str:
    """The place's English name: NER's canonical, else the gazetteer's. A canonical still in
    Arabic («قضاء تلعفر», a head word + name NER does not translate) yields to the gazetteer's
    name, so the subject reads "in Tall ‘Afar" and matches a claim about «تلعفر»."""
    name = getattr(m.place, "name", None) if m.place is not None else None
    if m.canonical and not (isinstance(name, str) and _ARABIC.search(m.canonical)):
        return m.canonical
    return name if isinstance(name, str) else m.text


_DISPLACED: Final = "displaced"  # counted.tsv status of the displaced («نازحين»، «نزوح»)
_DISPLACED_PEOPLE: Final = "displaced people"


def _fmt_subject(what: str, status: str, actor: str, place: str, casualty_name: str | None) -> str:
    if casualty_name:
        base = f"{actor} {casualty_name}".strip()
    else:
        base = f"{actor} {what}".strip() if actor else what
        if status:
            base = f"{base} {status}"
    return f"{base} in {place}" if place else base


def _in_date(starts: list[int], reach: list[int], a: int, b: int) -> bool:
    """Does ``[a, b)`` overlap a date mention? ``starts`` sorted, ``reach[k]`` the furthest end of
    the first ``k + 1`` dates: some date starting before ``b`` must end after ``a``."""
    k = bisect_left(starts, b) - 1
    return k >= 0 and reach[k] > a


def _era(ix: DocIndex, pos: int, dated: list[DateMention], dated_starts: list[int],
         dates: list[DateMention], starts: list[int]) -> str:
    """The date of a background sentence holding raw ``pos`` (its first date long before
    publication, as the events stage drops such happenings, or the start of a running tally:
    «منذ مطلع العام الجاري»), else "": a war's whole toll recalled in a closing paragraph, or
    the year's count of a monitor, is no rival of the count for this week's strike. ``dated``
    holds no comparison's «منذ» («في أعنف هجوم منذ عام 2019»: this week's figure still). A
    sentence counting «خلال الفترة ذاتها» has the era of the period it points back to
    (:func:`~hadath.text.recency.same_period_as`; ``dates`` every date, sorted, ``starts`` theirs)."""
    if not dated:
        return ""
    s = ix.sentences.at(pos)
    if s is None:
        return ""
    k = bisect_left(dated_starts, s.start)
    d: DateMention | None = None
    if k < len(dated) and dated[k].start < s.end:
        d = dated[k]
    else:
        d = same_period_as(ix.doc.raw, s.start, s.end, dates, starts)
        if d is not None and d not in dated:
            return ""
    if d is None:
        return ""
    era = d.date.isoformat()  # type: ignore[union-attr]  # long_before and tallies need a date
    return f"since {era}" if is_tally_since(ix.doc.raw, ix.doc.published, d) else era


# casualty nouns in the dual («إن قتيلين فقط سقطا»): two dead, or two wounded, by themselves
_CASUALTY_DUALS: Final = frozenset(normalize_key(w) for w in (
    "قتيلين", "قتيلان", "شهيدين", "شهيدان", "جريحين", "جريحان"))


def _dual_nouns(ix: DocIndex) -> list[tuple[NumberMention, Match[Counted]]]:
    """Counted nouns in the dual («عنصران»، «جنديين»، «مدنيان») with no number next to them,
    each as a count of two (a number mention over the noun itself) with its noun."""
    two = dual_forms() | _CASUALTY_DUALS
    doc = ix.doc
    ends = {n.end for n in doc.numbers}
    starts = {n.start for n in doc.numbers}
    out = []
    for m in ix.counted:
        if m.key not in two:
            continue
        p0 = m.start - len(m.prefix)
        if p0 in ends or p0 - 1 in ends or m.end in starts or m.end + 1 in starts:
            continue  # «2 جنديين»، «جنديين اثنين»: the number counts
        out.append((NumberMention(m.start, m.end, m.text, 2.0, 2.0), m))
    return out


def _period(doc: Doc, n: NumberMention, sent_start: int, sent_end: int, held: dict[int, bool]) -> str:
    """:func:`period_of` of the figure ``n`` of the sentence at ``[sent_start, sent_end)``, the
    sentence tested for the period phrases' words once (``held``, by sentence start), not once
    a figure: the test, a look-up of the sentence's normalised text and a substring test a
    phrase group, was ~0.2M instructions an article. Where it passes, :func:`period_of` reads
    the sentence's words as it would have."""
    may = held.get(sent_start)
    if may is None:
        may = held[sent_start] = sentence_may_have_period(doc.norm, sent_start, sent_end)
    return period_of(doc.raw, n.start, n.end, sent_start, sent_end) if may else ""


def find_claims(ix: DocIndex) -> tuple[list[Claim], list[ClaimInfo]]:
    """Claims for the document's numbers, with their comparison keys (same order)."""
    doc = ix.doc
    # «في أعنف قصف تشهده البلدة منذ عام 2019»: how long since the last comparable happening,
    # neither the figure's date nor the start of a tally (:func:`compared_since`)
    dated = sorted((d for d in doc.dates if (long_before(doc.published, d) or is_tally_since(doc.raw, doc.published, d)
                                             or earlier_month(doc.published, d))
                    and not compared_since(doc.raw, d)), key=_START)
    dated_starts = [d.start for d in dated]
    starts = list(map(_START, ix.counted))
    all_dates = sorted(doc.dates, key=_START)
    all_starts = [d.start for d in all_dates]
    date_spans = sorted((d.start, d.end) for d in doc.dates)
    date_starts = [s for s, _ in date_spans]
    date_reach = list(accumulate((e for _, e in date_spans), max))
    claims: list[Claim] = []
    infos: list[ClaimInfo] = []
    scenes: dict[ClaimKey, object] = {}  # the last scene of each subject
    paras = doc_paragraph_starts(doc.extras, doc.raw)
    period_words: dict[int, bool] = {}  # sentence start -> may it hold a period phrase (:func:`_period`)
    turns = doc_turn_starts(doc)
    prev: tuple[int, str] | None = None  # end and status of the last people claim
    found = _dual_nouns(ix)
    duals = {id(n): m for n, m in found}
    for n in sorted([*doc.numbers, *(n for n, _ in found)], key=_START):
        if _in_date(date_starts, date_reach, n.start, n.end):
            continue
        noun = duals.get(id(n))
        if noun is not None:  # «قتل عنصران»: the noun is its own count
            pass
        elif n.high <= 2 and not n.percent and not doc.raw[n.start].isdigit():
            # «مدنيين اثنين من عائلة واحدة»: one and two follow the noun they count, as adjectives
            noun = _noun_before(ix, n, starts)
            if noun is not None and (doc.raw[noun.end : n.start].strip()
                                     or any(c.kind == "status" for c in noun.payloads)):
                noun = None  # «وأسر اثنين آخرين»: «أسر» (captured) before, not «أسر» (families)
        after = noun is not None
        if noun is None:
            noun = _noun_after(ix, n, starts)
            after = noun is not None
        if noun is None and not n.percent:
            noun = _noun_before(ix, n, starts)
        if noun is None and not n.percent:
            # «مقتل أربعة وإصابة سبعة»: a status word right before a bare number counts people
            noun = _status_right_before(ix, n, starts)
            if noun is None:
                continue
            c = _PEOPLE
        elif noun is None:
            continue
        else:
            c = _pick(noun, _SHARE if n.percent else (_AFTER_KINDS if after else _BEFORE_KINDS))
        evidence = [(n.start, n.end), (noun.start, noun.end)]
        status = ""
        casualty_name = None
        died_of_wounds = False  # «بعد وفاة أربعة من المصابين»: a toll's increment, no rival count
        if c.kind == "casualty":
            status = c.status
            casualty_name = c.name
            what = "people"
            if after and status != KILLED and doc.raw[n.end:noun.start - len(noun.prefix)].strip() == _FROM:
                died = _status_right_before(ix, n, starts)
                if died is not None and any(x.status == KILLED for x in died.payloads):
                    # «بعد وفاة أربعة من الجرحى»: some of the wounded died; they count as dead
                    status, casualty_name = KILLED, None
                    died_of_wounds = True
                    evidence.append((died.start, died.end))
            elif status == _DISPLACED:
                # «مقتل خمسة نازحين»: displaced people, killed; the deed before the number says
                # what befell them, as it does for «مقتل خمسة مدنيين»
                st = _status(ix, n, noun, "people", starts)
                sc = None if st is None else next(
                    (x for x in st.payloads if x.kind == "status" and x.unit == "people" and x.status != _DISPLACED), None)
                if st is not None and sc is not None:
                    status, what, casualty_name = sc.status, _DISPLACED_PEOPLE, None
                    evidence.append((st.start, st.end))
        elif c.kind in ("person", "fighter", "thing", "distance", "money"):
            what = c.name
            domain = _STATUS_DOMAIN.get(c.kind, "people")
            st = _status(ix, n, noun, domain, starts)
            if st is not None:
                sc = next(x for x in st.payloads if x.kind == "status" and x.unit == domain
                          or x.kind == "casualty" and domain == "people")
                status = sc.status if c.kind != "thing" or sc.status != "launched" else ""
                evidence.append((st.start, st.end))
                if c.kind in ("distance", "money"):
                    what = sc.name  # "advance", "withdrawal", "ransom", "bounty"
                elif status == _PROTESTING:
                    # «تظاهر مئات الأشخاص أمام مقر البعثة»: a crowd's size, counted as protesters
                    # like «خرج آلاف المتظاهرين»
                    what, status = _PROTESTERS, ""
            elif c.kind in ("distance", "money"):
                continue  # «(120 كلم شمال بغداد)», «مليون دولار» of a budget: not about the fighting
        else:  # share
            what = c.name
        if not status and c.kind in ("person", "fighter") and prev is not None and n.start - prev[0] <= AMONG_REACH:
            if _among(ix, n, starts) or _conjoined(doc.raw, prev[0], n.start):
                status = prev[1]
        actor = ""
        if c.kind in ("fighter", "casualty"):
            # fighters «من تنظيم داعش»; casualties with an adjacent adjective («الرهائن الأميركيين»)
            # or from someone's ranks («12 قتيلا في صفوف الجيش», «حصيلة القتلى في صفوف X بلغت 12»)
            reach = ACTOR_REACH if c.kind == "fighter" else 2
            # «من عناصرها»: the pronoun is the owner, a name after it is someone else
            am = None if c.id.endswith(_OWN) else (
                _entity_after(ix, noun.end, reach, None, actor=True) or _actor_holding(ix, noun))
            if am is not None and (_agent_between(doc.raw[noun.end:am.start]) or _number_between(ix, noun.end, am.start)):
                # «خمسة جنود في هجوم شنه مسلحون»: the attackers, not the soldiers' ranks; «17 من
                # المسلحين وثلاثة جنود»: the next item's soldiers
                am = None
            if am is not None:
                am = _bracketed_alias(ix, am)
            if am is not None and c.kind == "fighter" and (_inter(am) == CIVILIAN_INTER or (
                    _inter(am) in CROWD_INTER and getattr(am.actor, "generic", False))):
                # «سبعة مسلحين متورطين في إطلاق النار على المدنيين»، «600 شرطي للتصدي للمتظاهرين»:
                # their victims or the crowd they face, not their ranks
                am = None
            ranks = False
            if am is None and c.kind == "casualty":
                am = _ranks_actor(ix, n, noun, c, starts)
                ranks = am is not None
            if am is not None and am.type not in PLACE_TYPES:
                name = _actor_name(am, doc.country)
                if ranks and _inter(am) == CIVILIAN_INTER:
                    casualty_name, what = None, "civilians"  # «قتلى في صفوف المدنيين»
                elif name:
                    actor = name
                    evidence.append((am.start, am.end))
                    if ranks:
                        casualty_name, what = None, "fighters"  # meets «قتل 5 عناصر من X»
            if not actor and c.kind == "fighter" and _ENEMY_LABEL in word_key(noun.text):
                actor = _sole_armed_group(ix) or ""  # «قتل 20 إرهابيا» in a report on one group
            if not actor and c.kind == "casualty" and status in _OWN_LOSS_STATUS:
                losses = _losses_before(ix, n, starts)
                if losses is not None:
                    # «وإن خسائرها في المعارك لم تتجاوز 12 شهيدا»: the speaker's own dead fighters
                    # (meets the other side's count of them), not people at large
                    what, actor = _own_ranks(ix, n.start, "fighters", losses.text)
                    casualty_name = None
                    evidence.append((losses.start, losses.end))
            if c.id.endswith(_OWN):
                what, actor = _own_ranks(ix, n.start, what, noun.text)
                if status == _MISSING and _lost_verb(doc.raw, n.start):
                    status = KILLED  # «فقدت قوات اللواء ستة من عناصرها»: lost its men, they died
        elif c.id.endswith(_OWN):
            # «إن ثلاثة من أعضائه قتلوا»: a party's own members, its owner named before
            what, actor = _own_ranks(ix, n.start, what, noun.text)
        if c.kind == "thing" and c.unit in _NEEDS_STATUS and not status:
            continue  # «بثلاث مدن»: places and buildings count only when taken or destroyed
        if not status and id(n) in duals:
            continue  # «امرأتين» with nothing happening to them: no count the conflict report makes
        if not status and n.low == n.high == 1 and c.kind in ("person", "thing"):
            continue  # «صورة رجل واحد»: one of something, with nothing happening to it
        if not status and _family_before(doc.raw, n.start) is not None:
            continue  # «أسرة من سبعة أفراد»: a family's size, nothing that happened to them
        place = ""
        pm = _entity_after(ix, noun.end, PLACE_REACH, PLACE_TYPES, actor=False)
        if pm is not None and _located(ix, noun.end, pm):
            place = _place_name(pm)
        unit = c.unit if c.kind != "share" else "percent"
        if c.kind in ("distance", "money"):
            subject = f"{what} in {place}" if place else what
        elif c.kind == "thing" and status:
            subject = f"{what} {status}"
            subject = f"{subject} in {place}" if place else subject
        else:
            shown = _nationals(noun.text) if c.id == _NATIONALS and what != _PROTESTERS else what
            subject = _fmt_subject(shown or what, status, actor, place, casualty_name)
        low, high = float(n.low), float(n.high)
        spans = sorted(set(evidence))
        # the contract's models made without validation (hadath.events.trusted): every value
        # has its field's type here (floats, a bool, offsets into the text, a validated Source
        # or None), and validating a claim with its quantity and spans cost ~16k instructions,
        # some 21 claims an article (tests/attribution/test_trusted_records.py checks them)
        claims.append(
            trusted(Claim, {
                "subject": subject,
                "quantity": trusted(Quantity, {
                    "low": low,
                    "high": high,
                    "approximate": bool(n.approximate or n.vague or n.bound),
                }),
                "unit": unit,
                "source": source_for(doc, n.start, max(map(_SECOND, spans))),
                "evidence": [trusted(Span, {"start": s, "end": e}) for s, e in spans],
            })
        )
        # «اثنين منهم» counts some of a group told before with this status («قتل عشرة، اثنان منهم
        # ضباط»); «اعتقلت 15 منهم» after «مئات المعلمين» counts all the detained (the group was a crowd)
        # «ورشقوا عناصر الأمن بالحجارة، ما أدى إلى إصابة تسعة منهم»: no count before in the
        # sentence, so «منهم» are some of a group named, not counted (the security men), no rival
        # of the crowd's wounded
        part = died_of_wounds or _of_them(doc.raw, n.end) and (
            prev is not None and prev[1] == status and n.start - prev[0] <= AMONG_REACH
            or _first_count_of_sentence(ix, prev, n.start))
        if c.unit == "people":
            prev = (n.end, status)
        key = ClaimKey(what if not casualty_name else "people", status, actor, unit, _era(ix, n.start, dated, dated_starts, all_dates, all_starts))
        scene = claim_scene(ix, n.start, pm if place else None)
        if scene is None:
            scene = scenes.get(key)  # «أكد أن عدد القتلى بلغ سبعة»: the toll last placed
        elif key not in scenes or scene is not scenes[key]:
            scenes[key] = scene
        update = bool(status) and c.unit == "people" and is_update(doc.raw, n.start, n.end, norm=doc.norm)
        sent = ix.sentences.at(n.start)
        period = _period(doc, n, sent.start, sent.end, period_words) \
            if status and c.unit == "people" and sent is not None else ""
        infos.append(ClaimInfo(key, n.bound, n.vague, scene, bisect_right(paras, n.start), update,
                               incident_at(turns, n.start), part, period))
    return claims, infos


_HOSPITAL: Final = frozenset(normalize_key(w) for w in (
    "مستشفى", "المستشفى", "مشفى", "المشفى", "مستشفيات", "مستشفيي", "بمستشفى", "لمستشفى", "بمشفى"))


def _hospitals_town(raw: str, start: int) -> bool:
    """Is the place at raw ``start`` a hospital's name («مستشفى أربيل»، «في مشفى إدلب»)? The
    dead and wounded are counted where they were taken, not where they were hit."""
    before = raw[max(0, start - 16):start].split()
    return bool(before) and normalize_key(before[-1]) in _HOSPITAL


def _in_source_name(ix: DocIndex, start: int, end: int) -> bool:
    """Is raw ``[start, end)`` inside a lexicon source's name («المفوضية العليا لحقوق الإنسان في العراق»)?"""
    for m in ix.sources:
        if m.start <= start and end <= m.end:
            return True
        if m.start > start:
            return False
    return False


def claim_scene(ix: DocIndex, pos: int, named: Mention | None) -> object:
    """Where the figure at raw ``pos`` was counted, so that two sources' figures meet only
    when they count the same happening.

    The place written with the figure («مقتل 5 مدنيين في الرقة»), else the most specific
    place of its sentence, else of the sentence's paragraph before it («وفي مأرب، أعلن
    الجيش ... وقال مصدر عسكري إن المعارك أسفرت عن مقتل 17»); a place the gazetteer lacks
    is its normalised name. The venue of a hosted statement is not the scene of what was said
    in it: after «عقد ... مؤتمراً صحافياً» only the places named after it count. None when the paragraph names no place (the caller then takes
    the place of the last figure of the same subject).
    """
    doc = ix.doc
    if named is not None:
        return named.place if named.place is not None else normalize_key(named.text)
    s = ix.sentences.at(pos)
    if s is None:
        return None
    # the same for every figure of the sentence: worked out once a sentence (a sentence of
    # tolls often holds several: «مقتل 5 وإصابة 12»)
    key = ("scene", s.start)
    if key in ix.cache:
        return ix.cache[key]
    venue = hosted_venue_end(ix, s.start, s.end)
    if venue is not None and venue <= pos:
        # «وفي بغداد، عقد الناطق ... مؤتمراً صحافياً قال فيه إن "نحو ألفي مسلح ما زالوا داخل
        # القضاء"»: Baghdad is where he spoke; his figures are counted where he says
        hit = place_for_span(doc, venue, s.end)
        scene = ix.cache[key] = hit[0] if hit is not None else None
        return scene
    hit = place_for_span(doc, s.start, s.end)
    if hit is not None and _in_source_name(ix, hit[2].start, hit[2].end):
        # «قالت المفوضية العليا لحقوق الإنسان في العراق إن فريقها سجل إصابة 23 متظاهراً»: the
        # body's name holds the country; the figure was counted where the paragraph says
        hit = place_for_span(doc, s.start, s.end, (hit[2].start, hit[2].end))
    if hit is not None and _hospitals_town(doc.raw, hit[2].start):
        # «وأفاد مصدر طبي في مستشفى أربيل بأن الحصيلة ارتفعت»: where the wounded were taken
        hit = place_for_span(doc, s.start, s.end, (hit[2].start, hit[2].end))
    if hit is None:
        para = doc.raw.rfind("\n", 0, s.start) + 1
        if para < s.start:
            hit = place_for_span(doc, para, s.start)
    scene = ix.cache[key] = hit[0] if hit is not None else None
    return scene
