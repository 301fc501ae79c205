"""Reporting sources: who says what, and :func:`source_for` a span of the text.

A source counts only in a reporting frame: after a verb of saying or reporting («قال
المرصد», «أفادت مصادر محلية»), after «بحسب / وفق / نقلا عن / في بيان لـ», before such a
verb («المرصد أفاد»), or in the dateline that opens a wire story («دمشق - (رويترز)»,
«بيروت (أ ف ب) -»). The source itself is a row of ``sources.tsv``, an entity from NER
(PER/ORG) or, failing both, a titled or named speaker read by :mod:`speakers`
(«قال مسؤول محلي»). Names leave as English canonical names when known.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Any, Final, cast

import regex

from hadath.attribution.index import CLAIM_FRAME, DocIndex, Sentences
from hadath.attribution.lexicons import (
    OUTLET_KINDS,
    SourceEntry,
    SourceLexicon,
    frame_verbs,
    national_body,
    source_lexicon,
    squash,
    word_key,
)
from hadath.attribution.speakers import (
    NameRegistry,
    Speaker,
    canonical_of,
    display,
    read_phrase,
    resolve,
    speaker_after_frame,
)
from hadath.attribution.updates import change_verbs_before_tolls, toll_follows
from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc, Mention
from hadath.events.trusted import trusted
from hadath.mentions import PLACE_TYPES
from hadath.schema import Source
from hadath.text.chars import CLAUSE_MARKS, NAME_QUOTES, OPENING_QUOTES
from hadath.text.headline import headline_span
from hadath.text.normalize import normalize_key
from hadath.text.segment import more_breaks_than

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

DATELINE_WINDOW: Final = 60  # a dateline sits in the first characters of the first line
DATELINE_PLACE_WORDS: Final = 3  # «دمشق», «دير الزور», «رام الله - »: the place before the outlet
SV_GAP: Final = 12  # «المرصد ... قد أفاد»: at most this many characters between source and verb
_DATELINE_BRACKET: Final = regex.compile(r"[(\u00ab\[]([^()\u00ab\u00bb\[\]\n]{1,40})[)\u00bb\]]")
_DATELINE_TAIL: Final = regex.compile(r"\s*[)\u00bb\]]?\s*[-\u2013\u2014:]")
_DATELINE_DASH: Final = regex.compile(r"[-\u2013\u2014:]\s*$")
_DATELINE_SEP: Final = regex.compile(r"[-\u2013\u2014:()\u060c,]")  # - – — : ( ) ، , between a dateline's words
_PLACE_TYPES: Final = frozenset({"GPE", "LOC"})
_CLAUSE_WORDS: Final = ("\u0641\u064a\u0645\u0627", "\u0628\u064a\u0646\u0645\u0627", "\u0641\u064a \u062d\u064a\u0646")
# clause cuts: ، , ; ؛ : and the space before «فيما», «بينما», «في حين» (with or without و)
# followed by a space, found by ``str.find`` per mark and per word (no two of the words
# overlap, so each word's occurrences are the alternation's matches): most sentences hold
# few marks and none of the words, and the regular expressions cost several times more.
_WAW: Final = "\u0648"
_SV_FILLER: Final = frozenset({"\u0642\u062f", "\u0648\u0642\u062f", "\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a"})
# قد وقد كان كانت: «وكان المرصد قد أفاد»
_SAME_SOURCE: Final = regex.compile(r"\u0627\u0644\u0645\u0635\u0627?\u062f\u0631\p{M}*\s+(?:\u0646\u0641\u0633|\u0630\u0627\u062a)")
# «المصدر نفسه»، «المصدر ذاته»، «المصادر نفسها»: the same source as before
# the letters every match of _SAME_SOURCE opens with: a sentence without them is passed over by
# one str.find, not a regex search (whose setup costs more than the scan)
_SAME_SOURCE_HEAD: Final = "\u0627\u0644\u0645\u0635"  # المص
_DENY: Final = "deny"  # frames.tsv row of denials («نفى»، «نفت»)
_DOCUMENT: Final = "document"  # frames.tsv row of recording verbs («وثق»، «رصدت»): told to nobody
_SOURCE_NOUN: Final = "\u0645\u0635\u062f\u0631"  # مصدر (normalised), in «مصدر أمني»، «المصدر»
_SOURCE_WORDS: Final = ("\u0645\u0635\u062f\u0631", "\u0645\u0635\u0627\u062f\u0631")  # مصدر مصادر (normalised)
_BARE_SOURCE: Final = frozenset({"\u0627\u0644\u0645\u0635\u062f\u0631", "\u0627\u0644\u0645\u0635\u0627\u062f\u0631"})  # المصدر المصادر


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class SourceMention:
    """A reporting source in the text, with the frame that makes it one.

    ``origin``: lexicon (sources.tsv) | ner | rule (a titled or named speaker) | dateline.
    ``frame_start``/``frame_end`` cover the frame word («قال», «بحسب»); ``None`` for datelines.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    origin: str
    frame_start: int | None = None
    frame_end: int | None = None
    frame_kind: str | None = None

    shown: str = ""  # the Arabic for display: the article restored after «لل» («للمرصد»)
    denies: bool = False  # its frame is a denial («نفت الوزارة أن ...»)

    def __init__(self, start: int, end: int, text: str, name: str, kind: str, origin: str,
                 frame_start: int | None = None, frame_end: int | None = None, frame_kind: str | None = None,
                 shown: str = "", denies: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.kind = kind
        self.origin = origin
        self.frame_start = frame_start
        self.frame_end = frame_end
        self.frame_kind = frame_kind
        self.shown = shown
        self.denies = denies

    def to_source(self) -> Source:
        # made without validation (hadath.events.trusted): a claim or an event asks for a
        # source each, and both fields are strings
        return trusted(Source, {"name": self.name, "text": self.shown or self.text})


def find_sources(ix: DocIndex, names: NameRegistry) -> list[SourceMention]:
    """Every reporting-source mention in the document, in text order."""
    doc = ix.doc
    raw = doc.raw
    out: dict[tuple[int, int], SourceMention] = {}
    dl = find_dateline(ix)
    if dl is not None:
        out[(dl.start, dl.end)] = dl
    for f in ix.frames:
        kind = f.payloads[0].kind
        if kind in ("haal", "via"):
            continue
        sent = ix.sentences.at(f.start)
        limit = sent.end if sent else len(raw)
        sp, _ = speaker_after_frame(ix, f.end, kind, limit, names, frame_text=f.text,
                                    listener=f.payloads[0].id != _DOCUMENT)
        if sp is None and kind == "prep":
            # «وفقا لما وثقه المرصد», «حسبما أفادت به مصادر»: the verb's subject is the source
            rel = relative_verb(ix, f.end, f.text)
            if rel is not None:
                sp, _ = speaker_after_frame(ix, rel[0], rel[1], limit, names)
        if sp is None:
            continue
        sm = _mention_of(ix, sp, names, f.start, f.end, kind)
        if sm is not None and kind == "statement" and published_by(f.text) and (
                (sm.kind in OUTLET_KINDS and _speaker_before(out, raw, f.start)) or _maker_before(ix, out, f.start)):
            # «وأضاف المالكي في بيان نشرته وكالة الأنباء السعودية»: the agency carried his words;
            # «وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق»: the claim is the group's
            continue
        if sm is not None:
            if f.payloads[0].id == _DENY:
                sm = replace(sm, denies=True)
            out.setdefault((sm.start, sm.end), sm)
    _toll_revisers(ix, names, out)
    for m in ix.sources:  # «المرصد السوري لحقوق الإنسان: قتل ...» opening a line
        colon = _heading_colon(raw, m.start, m.end, dl)
        if colon is not None:
            entry = m.payloads[0]
            out.setdefault((m.start, m.end), SourceMention(
                m.start, m.end, m.text, entry.name, entry.kind, "lexicon", colon, colon + 1, "prep", display(raw, m.start, m.end)))
    # subject-verb order: «المرصد السوري ... أفاد», «وكان المرصد قد ذكر»
    frame_starts = ix.frame_starts
    near = _verb_near(ix)
    candidates: list[tuple[int, int, str, str, str, str]] = [
        (m.start, m.end, m.text, m.payloads[0].name, m.payloads[0].kind, "lexicon")
        for m in ix.sources
        if near(m.end) or near(_past_place(ix, m.end))
        or (m.payloads[0].kind == "generic" and near(_past_complement(ix, m.end)))
    ]
    candidates += [
        (e.start, e.end, e.text, _entity_source_name(ix, e, names), "entity", "ner")
        for e in ix.entity_at.values()
        if e.type in ("PER", "ORG") and (near(e.end) or near(_past_place(ix, e.end)))
    ]
    taken = _Taken(out)
    for s, e, text, name, skind, origin in sorted(candidates):
        placed = _past_place(ix, e)
        if placed == e and skind == "generic" and origin == "lexicon" and not near(e):
            placed = _past_complement(ix, e)
        if placed != e:
            # «لكن مسؤولاً محلياً في تلعفر قدّر عدد المسلحين ...»: the source's place, then its verb
            e, text = placed, raw[s:placed]
        # «وكانت القيادة الأمريكية في أفريقيا (أفريكوم) قد أعلنت»: the name's short form in brackets
        ve = _past_brackets(raw, e)
        k = bisect_right(frame_starts, ve)
        if k >= len(frame_starts) or frame_starts[k] - ve > SV_GAP:
            continue
        fs = frame_starts[k]
        f = ix.frames[k]
        if f.payloads[0].kind not in ("verb", "transmit"):
            continue
        if taken.clashes(s, e):
            continue
        if f.payloads[0].id == _DOCUMENT and _inside_speech(ix, out, s):
            continue  # «قال مصدر عسكري إن قوات حرس الحدود رصدت محاولة تسلل»: what the source told
        if _own_number_after(raw, f.end):
            continue  # «قوة عسكرية صومالية يقدر عددها بنحو 600 مقاتل»: its number is estimated, it says nothing
        tok_start = ix.token_start_at(fs)
        gap = raw[ve : tok_start if tok_start is not None else fs]
        words = gap.split()
        if words and words[0] in _COMMAS and _after_amma(ix, s):
            # «أما حزب العمال الكردستاني، فقد أكد»: the topic «أما» fronts is the verb's subject
            words = [w[1:] if w[:1] == _FA else w for w in words[1:]]
            words = [w for w in words if w]
        if any(not w.isalpha() for w in words):
            continue
        nisba = _leading_demonyms(words) if skind == "generic" else 0
        if not all(_norm(w) in _SV_FILLER for w in words[nisba:]):
            continue
        if nisba:
            # «وكان مسؤول عسكري أمريكي قد أكد»: the nationality belongs to the source
            e = raw.index(words[nisba - 1], e) + len(words[nisba - 1])
            text = raw[s:e]
        out[(s, e)] = SourceMention(s, e, text, name, skind, origin, fs, f.end, "verb", display(raw, s, e), f.payloads[0].id == _DENY)
        taken.add(s, e)
    _carriers_after_subjects(ix, out)
    _subjects_after_that(ix, out, names)
    _pronoun_subjects(ix, out, names)
    _documents_told(ix, out)
    return sorted((_affiliated(ix, m, names) for m in out.values()), key=lambda s: (s.start, s.end))


# «عدده/عددها/عددهم» (its number) right after a verb of estimating: the noun before the verb is
# what is counted, the verb passive in sense («يقدر عددها بنحو 600»)
_ITS_NUMBER: Final = regex.compile(r"\s*(?:\u0639\u062f\u062f(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627))(?!\w)")


def _own_number_after(raw: str, end: int) -> bool:
    """Does «عدده/عددها/عددهم» follow the verb ending at ``end``?"""
    return _ITS_NUMBER.match(raw, end) is not None


_BRACKETED: Final = regex.compile(r"[ \t]*\([^()\n]{1,30}\)")  # «(أفريكوم)»، «(سنتكوم)» after a name


def _past_brackets(raw: str, e: int) -> int:
    """Where a source's name ends with its bracketed short form after it («القيادة الأمريكية في
    أفريقيا (أفريكوم)»), else ``e``; only when the next non-space is «(» (a cheap test first)."""
    k = e
    while k < len(raw) and raw[k] == " ":
        k += 1
    if k >= len(raw) or raw[k] != "(":
        return e
    m = _BRACKETED.match(raw, e)
    return m.end() if m is not None else e


def _inside_speech(ix: DocIndex, out: dict[tuple[int, int], SourceMention], pos: int) -> bool:
    """Is ``pos`` inside the speech a source's verb opened earlier in its sentence («قال مصدر
    عسكري ...، إن ...»)? A body that records something there is part of what was said."""
    sent = ix.sentences.at(pos)
    if sent is None:
        return False
    return any(m.frame_kind == "verb" and m.frame_end is not None and sent.start <= m.start and m.frame_end <= pos
               and m.end <= pos and _opens_speech_between(ix, m.end, pos) for m in out.values())


def _opens_speech_between(ix: DocIndex, a: int, b: int) -> bool:
    """Does a «إن/أن» or a colon stand between raw ``a`` and ``b``?"""
    i, j = ix.token_index(a), ix.token_index(b)
    for k in range(i, j):
        if ix.tok_texts[k] == ":":
            return True
        w = ix.word_tok.get(k)
        if w is not None and w.payloads[0].kind == "that":
            return True
    return False


_PERSONAL: Final = frozenset({"person", "title", "generic"})  # people and unnamed sources: a statement is a body's
_DOCUMENTS: Final = frozenset(normalize_key(w) for w in ("البيان", "التقرير", "البلاغ"))  # a body's statement or report


def _documents_told(ix: DocIndex, out: dict[tuple[int, int], SourceMention]) -> None:
    """«وأضاف البيان أن ...»، «بحسب التقرير»، «وفق التقرير»: a bare definite statement or report
    (:data:`_DOCUMENTS`) after a frame is the one a body issued before, so its source is
    the latest body named as a source before it (not a person or an unnamed source, not the
    dateline): the Turkish ministry's statement, Human Rights Watch's report. The span is the noun as written."""
    if not out:
        return
    raw = ix.doc.raw
    earlier = sorted((m for m in out.values() if m.frame_start is not None and m.kind not in _PERSONAL),
                     key=lambda m: m.start)
    starts = [m.start for m in earlier]
    for f in ix.frames:
        kind = f.payloads[0].kind
        if kind not in ("verb", "prep"):
            continue
        i = ix.token_index(f.end)
        if i >= len(ix.tok_norms) or ix.tok_starts[i] - f.end > 1:
            continue
        if ix.tok_norms[i] not in _DOCUMENTS:
            continue
        s, e = ix.tok_starts[i], ix.tok_ends[i]
        told = out.get((s, e))
        if told is not None and told.name != told.text or i + 1 < len(ix.tok_norms) and ix.tok_starts[i + 1] - e <= 1 and ix.is_word(i + 1) \
                and ix.tok_norms[i + 1] not in ix.words.thats and not raw[e:ix.tok_starts[i + 1]].strip() \
                and ix.tok_norms[i + 1] not in ix.words.stops:
            continue  # «تقرير الأمم المتحدة»: the owner is named
        k = bisect_right(starts, f.start)
        if not k:
            continue
        m = earlier[k - 1]
        out[(s, e)] = replace(m, start=s, end=e, text=raw[s:e], origin="rule", frame_start=f.start,
                              frame_end=f.end, frame_kind=kind, shown="", denies=False)


def _leading_demonyms(words: list[str]) -> int:
    """How many of ``words`` (the gap between a generic source and its verb) are nationality
    adjectives at its start: «مسؤول عسكري | أمريكي قد | أكد» -> 1."""
    from hadath.geo.gazetteer import load_gazetteer

    demonyms = load_gazetteer().demonyms
    k = 0
    while k < len(words) and normalize_key(words[k]) in demonyms:
        k += 1
    return k


_AFFILIATION: Final = frozenset(normalize_key(w) for w in (
    "تابعة", "التابعة", "تابع", "التابع", "تابعين", "مقربة", "المقربة", "مقرب", "المقرب", "مقربين",
    "موالية", "الموالية", "موال", "الموالي", "موالين", "محسوبة", "المحسوبة",
))  # «وسائل إعلام تابعة للجيش»، «مصادر مقربة من حزب الله»: whose side an unnamed source is on
_MIN: Final = "\u0645\u0646"  # من
_ALA: Final = "\u0639\u0644\u064a"  # على (normalised)


def _affiliated(ix: DocIndex, m: SourceMention, names: NameRegistry) -> SourceMention:
    """A generic source with the side it belongs to: «ذكرت وسائل إعلام تابعة للجيش السوداني»
    is "Media reports (affiliated with Military Forces of Sudan)", its text the whole phrase.

    Whose media or whose sources matters as much as the figure they give. The side is a known
    source or an entity right after «تابعة لـ / مقربة من / موالية لـ / محسوبة على»; anything else
    leaves the source as it was.
    """
    owned = _owned(ix, m)
    if owned is not None:
        return owned
    if m.kind != "generic" or m.origin != "lexicon":
        return m
    i = bisect_left(ix.tok_starts, m.end)
    norms = ix.tok_norms
    if i >= len(norms) or ix.tok_starts[i] - m.end > 1 or norms[i] not in _AFFILIATION:
        return m
    j = i + 1
    if j < len(norms) and norms[j] in (_MIN, _ALA):
        j += 1
    if j >= len(norms):
        return m
    side = _side_at(ix, names, j)
    if side is None:
        return m
    be, name = side
    raw = ix.doc.raw
    return replace(m, end=be, text=raw[m.start : be], name=f"{m.name} (affiliated with {name})", shown="")


_REPORTING_BODIES: Final = OUTLET_KINDS | {"monitor"}


def _owned(ix: DocIndex, m: SourceMention) -> SourceMention | None:
    """A generic source whose next word is a monitor or an outlet, its genitive: «رصد نشطاء المرصد
    السوري», «وفقا لمصادر المرصد السوري», «قال مراسل «الجزيرة»»: the body reports through them, so
    the source is the body (its text the whole phrase)."""
    if m.kind != "generic" and m.origin == "lexicon":
        return None
    if m.origin == "lexicon":
        i = bisect_left(ix.tok_starts, m.end)  # the word after the generic noun
    else:
        # a phrase no row names («مصادر المرصد السوري»): its second word
        i = bisect_right(ix.tok_starts, m.start)  # (the token holding m.start may start at its «ل»)
    if i >= len(ix.tok_starts) or (m.origin == "lexicon" and ix.tok_starts[i] - m.end > 1):
        return None
    body = ix.source_tok.get(i)
    if body is None or body.start != ix.tok_starts[i]:
        return None  # «شهود عيان لوكالة فرانس برس»: the agency they spoke to (its «ل»), not theirs
    entry = body.payloads[0]
    if entry.kind not in _REPORTING_BODIES or (m.origin != "lexicon" and body.end > m.end):
        return None
    end = max(m.end, body.end)
    raw = ix.doc.raw
    return replace(m, end=end, text=raw[m.start:end], name=entry.name, kind=entry.kind, shown="")


def _side_at(ix: DocIndex, names: NameRegistry, j: int) -> tuple[int, str] | None:
    """The body named at token ``j`` as a side: ``(end, name)``; an entity's actor name
    («Military Forces of Sudan») before a reporting source's («Sudanese Armed Forces Spokesman»)."""
    e = ix.entity_tok.get(j)
    if e is not None and e.type in ("ORG", "NORP"):
        return e.end, _entity_body_name(ix, e, names)
    src = ix.source_tok.get(j)
    if src is not None:
        return src.end, src.payloads[0].name
    return None


_BARE_THAT: Final = frozenset({"\u0627\u0646"})  # أن / إن (normalised), not «أنه» (a pronoun subject)
THAT_REACH: Final = 8  # tokens between «أن» and the verb its subject phrase runs up to


def _subjects_after_that(ix: DocIndex, out: dict[tuple[int, int], SourceMention], names: NameRegistry) -> None:
    """A titled source phrase between «أن / إن» and its verb: «غير أن مصدراً في شرطة صلاح الدين
    أكد للصحيفة أن ...», «إلا أن مسؤولاً في الجيش قال إن ...».

    The subject-verb rule of :func:`find_sources` takes only a known source or entity ending
    right before the verb; a generic title with its complement is longer, and only the «أن»
    before it (whose noun it is, in the accusative) marks where it starts.
    """
    used = {m.frame_start for m in out.values()}
    taken = sorted(out)
    norms, starts = ix.tok_norms, ix.tok_starts
    for f in ix.frames:
        if f.payloads[0].kind != "verb" or f.start in used:
            continue
        fi = bisect_right(starts, f.start) - 1
        sent = ix.sentences.at(f.start)
        if sent is None or fi <= 0:
            continue
        first = ix.token_index(sent.start)
        for t in range(fi - 2, max(first, fi - THAT_REACH) - 1, -1):
            if t in ix.frame_tok or not (ix.is_word(t) or _in_marked_name(ix.tok_texts[t])):
                break
            if _bare_conj(norms[t]) not in _BARE_THAT:
                continue
            phrase = read_phrase(ix, ix.tok_ends[t], f.start)
            if not phrase.units or phrase.units[0].kind != "title" or ix.token_index(phrase.stop) != fi:
                break
            sp = resolve(ix, phrase, names)
            if sp is None or not (sp.kind in ("source", "entity") or (sp.kind == "title" and sp.source is not None)):
                break
            k = bisect.bisect_left(taken, (sp.start, -1))
            if (k < len(taken) and taken[k][0] < sp.end) or (k and taken[k - 1][1] > sp.start):
                break
            sm = _mention_of(ix, sp, names, f.start, f.end, "verb")
            if sm is not None:
                out.setdefault((sm.start, sm.end), replace(sm, denies=f.payloads[0].id == _DENY))
            break


_NAME_MARKS: Final = frozenset(NAME_QUOTES)


def _in_marked_name(text: str) -> bool:
    """A token a name in marks may hold besides words: a mark or a number («اللواء 444»)."""
    return text in _NAME_MARKS or text.isdigit()


_RELATIVES: Final = frozenset(normalize_key(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"))
_FRAMING: Final = frozenset({"verb", "transmit", "prep", "statement"})
_SUBJECT_OPENERS: Final = frozenset(normalize_key(w) for w in ("كان", "كانت", "كانوا", "قد", "ثم", "كما"))
# «وكانت القوات المسلحة أطلقت ...»: words that may stand before a sentence's subject
_CONJ: Final = ("\u0648", "\u0641")  # و ف
_PREP_CLITICS: Final = frozenset("\u0628\u0644\u0643")  # ب ل ك


def _pronoun_subjects(ix: DocIndex, out: dict[tuple[int, int], SourceMention], names: NameRegistry) -> None:
    """A reporting verb with a pronoun subject («قالت إنها ...», «وأكد أن ...» with no one named
    between the verb and «أن») reports for the body its sentence named as a subject before it.

    «وكانت القوات المسلحة أطلقت في 2018 عملية ... لملاحقة المسلحين، قالت إنها أسفرت عن مقتل
    500 مسلح»: the armed forces, not «المسلحين» (the last body named) and not the source of
    the paragraph before. The body is the sentence's subject: the first one that opens the
    sentence or follows only its first word (a verb: «أطلقت القوات ...») or «كان / قد / ثم»,
    without a preposition on it; after «التي / الذي» the verb's subject is the body right before
    («... لهيئة تحرير الشام، التي قالت إن ...»). With no such body the verb keeps its old
    reading (the previous source, in :func:`source_for`).
    """
    used = {m.frame_start for m in out.values()}
    raw = ix.doc.raw
    frame_starts = ix.frame_starts
    bodies: list[tuple[int, int, str | Mention, str, str]] | None = None
    starts: list[int] = []
    for f in ix.frames:
        if f.payloads[0].kind != "verb" or f.start in used or not _opens_speech(ix, ix.token_index(f.end)):
            continue
        sent = ix.sentences.at(f.start)
        if sent is None:
            continue
        if bodies is None:
            bodies = _bodies(ix)
            starts = [b[0] for b in bodies]
        cands = [b for b in bodies[bisect_left(starts, sent.start) : bisect_left(starts, f.start)] if b[1] <= f.start]
        if not cands:
            continue
        fi = bisect_right(ix.tok_starts, f.start) - 1
        prev = _bare_conj(ix.tok_norms[fi - 1]) if fi > 0 and ix.tok_starts[fi - 1] >= sent.start else ""
        if prev in _RELATIVES:
            body: tuple[int, int, str | Mention, str, str] | None = cands[-1]
            if len(raw[cands[-1][1] : ix.tok_starts[fi - 1]].strip(" \u060c,")) > 0:
                body = None  # «وزير الخارجية، علي باباجان، الذي»: «الذي» is the name's, not the title's
        else:
            body = next((b for b in cands if _subject_position(ix, b[0], sent.start)), None)
        if body is None:
            continue
        k = bisect_right(frame_starts, body[1])
        if k < len(frame_starts) and frame_starts[k] < f.start and ix.frames[k].payloads[0].kind in _FRAMING:
            continue  # another report stands between: «الرابطة ... ذكر عدد من البرلمانيين ... أكدوا أن»
        bs, be, named, kind, origin = body
        name = named if isinstance(named, str) else _entity_body_name(ix, named, names)
        out.setdefault((bs, be), SourceMention(
            bs, be, raw[bs:be], name, kind, origin, f.start, f.end, "verb", display(raw, bs, be), f.payloads[0].id == _DENY))


def _bare_conj(norm: str) -> str:
    return norm[1:] if len(norm) > 2 and norm.startswith(_CONJ) else norm


def _opens_speech(ix: DocIndex, i: int) -> bool:
    """Does token ``i`` open reported speech right after a verb: «إن/أن/إنها ...» or «:»
    (time words may stand first: «قال أمس إن»), or a quotation after «في بيان» («ودعت في بيان
    «جميع الأطراف إلى ...»»)?"""
    stated = False
    for _ in range(3):
        if i >= len(ix.tok_norms):
            return False
        if ix.tok_texts[i] == ":" or stated and ix.tok_texts[i] in _OPENING_QUOTES:
            return True
        f = ix.frame_tok.get(i) if not stated else None
        if f is not None and f.payloads[0].kind == "statement":
            stated = True
            i = ix.token_index(f.end)
            continue
        w = ix.word_tok.get(i)
        if w is None:
            return False
        kind = w.payloads[0].kind
        if kind == "that":
            return True
        if kind != "time":
            return False
        i = ix.token_index(w.end)
    return False


_COMMAS: Final = frozenset({"\u060c", ","})
_FA: Final = "\u0641"  # ف
_AMMA: Final = frozenset(normalize_key(w) for w in ("أما", "وأما"))


def _after_amma(ix: DocIndex, start: int) -> bool:
    """Does «أما» stand right before the body starting at raw ``start``?"""
    i = ix.token_index(start)
    return i > 0 and ix.tok_norms[i - 1] in _AMMA


_OPENING_QUOTES: Final = frozenset(OPENING_QUOTES)  # « “ "


def _bodies(ix: DocIndex) -> list[tuple[int, int, str | Mention, str, str]]:
    """Named bodies and people in the text, in order: ``(start, end, name, kind, origin)``;
    a lexicon source wins over an entity at the same place. An entity's place holds the
    entity itself, not its name: one body in a few becomes a source, and only that one's name
    is worked out (:func:`_entity_body_name`)."""
    by_start: dict[int, tuple[int, int, str | Mention, str, str]] = {}
    for m in ix.sources:
        entry = m.payloads[0]
        by_start[m.start] = (m.start, m.end, entry.name, entry.kind, "lexicon")
    for e in ix.entity_at.values():
        if e.start in by_start or e.type not in ("ORG", "NORP", "PER") or word_key(e.text) in ix.words.titles:
            continue  # a bare title («الرئيس») names nobody on its own
        by_start[e.start] = (e.start, e.end, e, "entity", "ner")
    return [by_start[k] for k in sorted(by_start)]


def _entity_body_name(ix: DocIndex, e: Any, names: NameRegistry) -> str:
    """An entity's English name as a body: its canonical, else its actor's (a generic actor
    with the article's country: «القوات المسلحة» -> "Military Forces of Egypt"), else Arabic."""
    name = e.canonical if e.canonical and e.canonical.isascii() else None
    actor_name = getattr(e.actor, "name", None) if e.actor is not None else None
    if name is None and isinstance(actor_name, str):
        if "{country}" in actor_name:
            from hadath.lexicon.actors import country_name, fill_country

            # «أعلن الجيش الإسرائيلي ... وقال الجيش في بيان»: the army named before, not the
            # army of the country the report is about (Gaza's)
            cname = country_name(ix.doc.country)
            name = fill_country(actor_name, cname) if cname else None
            if actor_name.startswith(_FORCE_TEMPLATES) and (name is None or not _named_anywhere(ix, name)):
                name = _named_before(ix, actor_name, e.start) or name
        else:
            name = actor_name
    if name:
        return name
    known = _entity_name(e.canonical or e.text, names)  # the sources lexicon's name first
    if not known.isascii():
        # «وزارة الصحة في حكومة صنعاء» as one NER name: the body the sources know, where it is
        raw = ix.doc.raw
        for m in ix.sources:
            if m.start == e.start and m.end < e.end and raw[m.end:e.end].split()[0] in _WHERE_AFTER:
                return str(m.payloads[0].name)
    return known if known.isascii() else national_body(e.canonical or e.text) or known


_WHERE_AFTER: Final = frozenset({"في", "بحكومة", "بسلطة"})  # a body's place or government after its name


# generic forces that a bare «الجيش»، «الشرطة» names: the one named before in full, when the
# article's own country's is never named (a Gaza report's «الجيش» after «الجيش الإسرائيلي»)
_FORCE_TEMPLATES: Final = ("Military Forces of ", "Police Forces of ")


def _actor_names(ix: DocIndex) -> list[tuple[int, str]]:
    """(end, actor name) of the document's entity mentions that name an actor, read once."""
    got = ix.cache.get(_ACTOR_NAMES)
    if got is None:
        got = ix.cache[_ACTOR_NAMES] = [(m.end, name) for m in ix.doc.entities
                                        if isinstance(name := getattr(m.actor, "name", None), str) and "{" not in name]
    return cast("list[tuple[int, str]]", got)


_ACTOR_NAMES: Final = "actor_names"  # DocIndex.cache key of :func:`_actor_names`


def _named_anywhere(ix: DocIndex, name: str) -> bool:
    names = ix.cache.get(_ACTOR_NAME_SET)
    if names is None:
        names = ix.cache[_ACTOR_NAME_SET] = frozenset(n for _, n in _actor_names(ix))
    return name in cast("frozenset[str]", names)


_ACTOR_NAME_SET: Final = "actor_name_set"  # DocIndex.cache key: the names of :func:`_actor_names`


def _named_before(ix: DocIndex, template: str, start: int) -> str | None:
    """The one country's force of ``template`` ("Military Forces of {country}") the article
    named before raw ``start`` («الجيش الإسرائيلي»), if it named one and only one."""
    head = template.split("{country}")[0]
    found = {name for end, name in _actor_names(ix) if end <= start and name.startswith(head)}
    return found.pop() if len(found) == 1 else None


def _subject_position(ix: DocIndex, start: int, sent_start: int) -> bool:
    """Does the body starting at raw ``start`` stand as its sentence's subject: first, after the
    sentence's first word (a verb), or after «كان / قد / ثم», and with no preposition on it?"""
    j = bisect_right(ix.tok_starts, start) - 1
    if j < 0 or any(c in _PREP_CLITICS for c in ix.doc.raw[ix.tok_starts[j] : start]):
        return False
    first = ix.token_index(sent_start)
    if j <= first:
        return True
    prev = j - 1
    if _bare_conj(ix.tok_norms[prev]) in _SUBJECT_OPENERS:
        return True
    if prev != first or not ix.is_word(prev) or prev in ix.frame_tok:
        return False
    w = ix.word_tok.get(prev)
    return w is None or w.payloads[0].kind not in ("stop", "title", "org", "time", "that", "content", "data")


_MA: Final = "\u0645\u0627"  # ما: «حسبما», «بحسب ما», «وفقا لما»
_OBJECT_PRONOUNS: Final = ("\u0647\u0645", "\u0647\u0627", "\u0647")  # هم ها ه (ة is folded to ه)
_RESUMPTIVE: Final = frozenset({"\u0628\u0647", "\u0628\u0647\u0627", "\u0639\u0646\u0647", "\u0639\u0646\u0647\u0627"})  # به بها عنه عنها
_ALIF, _YA, _TA = "\u0627", "\u064a", "\u062a"  # «أحصاه» -> «أحصى» (normalised «احصي»)


def relative_verb(ix: DocIndex, pos: int, frame_text: str) -> tuple[int, str] | None:
    """After «بحسب ما / وفقا لما / حسبما» ending at raw ``pos``, a reporting verb whose subject
    is the source: where its subject starts and the verb's frame kind, else None.

    The relative «ما» is the verb's object, so the verb carries a pronoun for it («وثقه»،
    «رصدته»، «أحصاه»، «نقلته وكالة ... عن مصدر») or is followed by one («أفادت به»): neither is
    a key of the frame matcher, which reads only the bare verbs.
    """
    if not _norm(frame_text).endswith(_MA):
        return None
    i = ix.token_index(pos)
    if i >= len(ix.tok_norms):
        return None
    f = ix.frame_tok.get(i)
    if f is not None:
        kind = f.payloads[0].kind
        j = ix.token_index(f.end)
        if kind in ("verb", "transmit") and j < len(ix.tok_norms) and ix.tok_norms[j] in _RESUMPTIVE:
            return ix.tok_ends[j], kind
        return None
    norm = ix.tok_norms[i]
    verbs = frame_verbs()
    for suffix in _OBJECT_PRONOUNS:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            base = norm[: -len(suffix)]
            # «أحصاه» is «أحصى»; «سجله» is the verb of «سجلت» (the data lists one person of some verbs)
            fr = verbs.get(base) or verbs.get(base + _TA) or (verbs.get(base[:-1] + _YA) if base.endswith(_ALIF) else None)
            if fr is not None:
                return ix.tok_ends[i], fr.kind
    return None


def _toll_revisers(ix: DocIndex, names: NameRegistry, out: dict[tuple[int, int], SourceMention]) -> None:
    """Whoever revises a toll reports it: «ورفعت وزارة الصحة في بيان لاحق حصيلة الغارة إلى
    أربعة قتلى» is the ministry's figure, not the outlet's. The change verb (``updates.tsv``)
    is a reporting frame only when a known, named or titled speaker follows it and a toll word
    right after that: «ورفع المحتجون لافتات» reports nothing."""
    raw = ix.doc.raw
    for start, end in change_verbs_before_tolls(raw):
        sent = ix.sentences.at(start)
        sp, _ = speaker_after_frame(ix, end, "verb", sent.end if sent else len(raw), names, require_cue=False)
        if sp is None or sp.kind not in ("source", "entity", "title", "org") or not toll_follows(raw, sp.end):
            continue
        sm = _mention_of(ix, sp, names, start, end, "verb")
        if sm is not None:
            out.setdefault((sm.start, sm.end), sm)


_HEADING_SEP: Final = " \t-\u2013\u2014()"  # what may stand between a dateline and a heading source


def _heading_colon(raw: str, s: int, e: int, dl: SourceMention | None) -> int | None:
    """Where the colon is when the source ``raw[s:e]`` heads its line with one: «المرصد السوري
    لحقوق الإنسان: قتل ستة مدنيين ...», also after a wire dateline («دمشق (رويترز) - المرصد
    السوري: ...»): what follows on the line is its report. None otherwise."""
    c = e
    while c < len(raw) and raw[c] in " \t":
        c += 1
    if c >= len(raw) or raw[c] != ":":
        return None
    line = raw.rfind("\n", 0, s) + 1
    head = dl.end if dl is not None and line <= dl.start and dl.end <= s else line
    before = raw[head:s].strip(_HEADING_SEP)
    # «09:42 - وزارة الصحة الفلسطينية: استشهاد شاب ...»: a live page's time stamp opens the line
    return c if not before or _TIME_STAMP.fullmatch(before) else None


_TIME_STAMP: Final = regex.compile(r"\d{1,2}[:.]\d{2}(?:\s*\([^()\n]{1,25}\))?")


_PUBLISHED: Final = ("\u0646\u0634\u0631", "\u0628\u062b", "\u0648\u0632\u0639")  # نشر بث وزع (normalised stems)
STATEMENT_SPEAKER_GAP: Final = 3  # «وأضاف المالكي في بيان»: only spaces (or a comma) between the speaker and «في بيان»


def published_by(frame_text: str) -> bool:
    """«في بيان نشرته»، «في بيان بثه»، «في بيان وزعته»: the frame names who published the
    statement, not necessarily who made it."""
    words = _norm(frame_text).split()
    return len(words) > 2 and words[2].startswith(_PUBLISHED)


def _speaker_before(out: dict[tuple[int, int], SourceMention], raw: str, pos: int) -> bool:
    """A speaker read after a verb frame ends right before ``pos`` («وأضاف المالكي | في بيان»)."""
    return any(m.frame_kind == "verb" and m.end <= pos and len(raw[m.end:pos].strip(" \u060c,")) == 0
               and pos - m.end <= STATEMENT_SPEAKER_GAP for m in out.values())


def _carriers_after_subjects(ix: DocIndex, out: dict[tuple[int, int], SourceMention]) -> None:
    """Drop an outlet read off «في بيان نشرته X» when the statement's maker, found only now as a
    subject before its verb («أما حزب العمال الكردستاني، فقد أكد في بيان نشرته وكالة «فرات»»),
    speaks right before it: the outlet carried the words (as :func:`_maker_before` rules for a
    maker found after its verb)."""
    raw = ix.doc.raw
    for key, m in list(out.items()):
        if m.frame_kind != "statement" or m.kind not in OUTLET_KINDS or m.frame_start is None or m.frame_end is None \
                or not published_by(raw[m.frame_start:m.frame_end]):
            continue
        if _maker_before(ix, {k: v for k, v in out.items() if v is not m}, m.frame_start):
            del out[key]


def _maker_before(ix: DocIndex, out: dict[tuple[int, int], SourceMention], pos: int) -> bool:
    """Does a speaker read after a verb frame stand earlier in the sentence of ``pos`` (a
    «في بيان نشرته» frame), with no other frame between them? Then the statement is that
    speaker's and whoever published it only carried it («تبنى تنظيم داعش الهجوم في بيان نشرته
    وكالة أعماق»: Amaq is the outlet, the Islamic State the source)."""
    sent = ix.sentences.at(pos)
    if sent is None:
        return False
    k = bisect_left(ix.frame_starts, pos) - 1  # the frame right before this one
    if k < 0:
        return False
    prev = ix.frame_starts[k]
    return any(m.frame_kind == "verb" and m.frame_start == prev and sent.start <= prev and m.end <= pos
               for m in out.values())


def _past_place(ix: DocIndex, e: int) -> int:
    """The raw end of «في» and one place name right after raw ``e`` («مسؤول محلي في تلعفر»،
    «في مدينة الموصل»), else ``e``: a subject's place complement before its verb."""
    raw = ix.doc.raw
    if not raw.startswith(" \u0641\u064a ", e):  # « في »
        return e
    at = e + 4
    space = raw.find(" ", at)
    at2 = space + 1 if space > at else -1  # past one head word: «في مدينة الموصل» (NER leaves «مدينة» out)
    for m in ix.doc.entities:  # rare: only after a subject followed by « في »
        if (m.start == at or m.start == at2) and m.type in PLACE_TYPES:  # sites too: a subject's «في» complement
            return m.end
    return e


COMPLEMENT_REACH: Final = 5  # words of «في مستشفى هيئة مأرب العام» between a generic source and its verb


def _past_complement(ix: DocIndex, e: int) -> int:
    """The raw end of a «في» complement of a few plain words right after raw ``e`` that a verb
    frame follows («غير أن مصدرا طبيا في مستشفى هيئة مأرب العام قال ...»), else ``e``: an
    unnamed source says where it serves before its verb, as a named place does (:func:`_past_place`).
    Only words: punctuation, a number or another frame ends the look."""
    raw = ix.doc.raw
    if not raw.startswith(" \u0641\u064a ", e):  # « في »
        return e
    i = ix.token_index(e + 4)
    texts = ix.tok_texts
    last = e
    for k in range(i, min(len(texts), i + COMPLEMENT_REACH + 1)):
        if k in ix.frame_tok:
            return last if last > e + 4 else e
        if not texts[k][:1].isalpha() or _norm(texts[k]) in _SV_FILLER:
            return e  # «وكان مسؤول في البنتاغون قد قال»: the subject-verb loop reads past «قد» itself
        ent = ix.entity_tok.get(k)
        if k in ix.source_tok or (ent is not None and ent.canonical is not None and ent.canonical.isascii()):
            return e  # «مسؤول في البنتاغون»: a body a lexicon or NER knows speaks by its own name
        last = ix.tok_ends[k]
    return e


def _verb_near(ix: DocIndex) -> Callable[[int], bool]:
    """Whether a subject ending at raw ``e`` may be kept by the subject-verb loop of
    :func:`find_sources`: the next frame starts within ``SV_GAP`` after it and is a verb.

    The loop finds the next frame by ``bisect_right`` over the frame starts; testing that frame
    first leaves the loop's result as it was (its other tests come after this one and the
    rest of the candidates keep their order), and most sources and entities are far from a
    verb. One C bisect per candidate (~90 an article) costs less than listing every offset
    within reach of every verb frame (~450 integers put in a set).
    """
    starts = ix.frame_starts
    verb = [f.payloads[0].kind in ("verb", "transmit") for f in ix.frames]
    n = len(starts)

    raw = ix.doc.raw

    def near(e: int) -> bool:
        e = _past_brackets(raw, e)
        k = bisect_right(starts, e)
        return k < n and verb[k] and starts[k] - e <= SV_GAP

    return near


class _Taken:
    """Spans already taken as sources, asked whether a candidate ``[s, e)`` clashes with one:
    some taken ``[a, b)`` holds ``s`` (``a <= s < b``) or starts inside the candidate
    (``s <= a < e``).

    The spans found after frames are fixed (sorted starts, running maximum of ends); the
    subject-verb candidates come in order of start, so a span added among them starts at or
    before every later candidate: their furthest end and last start answer for them. A scan
    over all taken spans per candidate made long inputs quadratic.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        fixed = sorted(spans)
        self._starts = [a for a, _ in fixed]
        self._reach = list(accumulate((b for _, b in fixed), max))
        self._last_start: int | None = None
        self._max_end = -1

    def clashes(self, s: int, e: int) -> bool:
        k = bisect_right(self._starts, s)  # fixed spans with a <= s: the furthest end decides
        if k and self._reach[k - 1] > s:
            return True
        if k < len(self._starts) and self._starts[k] < e:  # the next start after s, inside [s, e)
            return True
        if k and self._starts[k - 1] == s and s < e:  # a == s: starts inside a non-empty candidate
            return True
        return self._max_end > s or (self._last_start == s and s < e)

    def add(self, s: int, e: int) -> None:
        """A candidate taken (its start at or after every one added before)."""
        self._last_start = s
        self._max_end = max(self._max_end, e)


def _norm(w: str) -> str:
    return word_key(w)


def _mention_of(ix: DocIndex, sp: Speaker, names: NameRegistry, fs: int, fe: int, kind: str) -> SourceMention | None:
    sm = _mention_of_raw(ix, sp, names, fs, fe, kind)
    if sm is None:
        return None
    text = ix.doc.raw[sm.start : sm.end]
    return sm if text == sm.text and not sp.text != text else replace(sm, text=text, shown=sp.text)


def _entity_source_name(ix: DocIndex, e: Any, names: NameRegistry) -> str:
    """A body's name as a source is its actor's where it has no English one («أعلن الجيش» in a
    Sudanese report: "Military Forces of Sudan", not «الجيش»); a person keeps his own name,
    unless he speaks for a body (:func:`_spoken_for`)."""
    if e.type == "PER":
        own = _entity_name(e.canonical or e.text, names)
        return own if e.canonical and e.canonical.isascii() else _spoken_for_name(ix, e.start, names) or own
    return _entity_body_name(ix, e, names)


_SPOKESMAN_RANKS: Final = 2  # «المتحدث باسم الجيش الباكستاني الفريق أحمد شريف شودري»: ranks between


def _spoken_for_name(ix: DocIndex, start: int, names: NameRegistry) -> str | None:
    """The source name of the body the person at ``start`` speaks for (:func:`_spoken_for`): a
    state's government for «وزير خارجية إيران ...», else the sources lexicon's name of the body,
    as his quotations are named, else its own; None when he speaks for none."""
    body = _spoken_for(ix, start)
    if body is None:
        return None
    if body.type in PLACE_TYPES:
        return _government_of(ix.doc, body.start, body.end)
    entry = source_lexicon().by_key.get(word_key(body.text))
    return entry.name if entry is not None else _entity_body_name(ix, body, names)


def _spoken_for(ix: DocIndex, start: int) -> Any | None:
    """The body a person starting at raw ``start`` speaks for, when «باسم» (or a head's title:
    «قائد»، «مدير») names it right before him (up to :data:`_SPOKESMAN_RANKS` titles between):
    «المتحدث باسم الجيش الباكستاني الفريق أحمد شريف شودري» reports for the army, «قائد شرطة
    البصرة اللواء ...» for the police: the source of record, as their quotations are."""
    ends = cast("dict[int, Any] | None", ix.cache.get("body_ends"))
    if ends is None:
        ends = {m.end: m for m in ix.doc.entities if m.type in _BODY_TYPES
                or (m.place is not None and m.place.kind in (_COUNTRY_KIND, _CAPITAL_KIND))}
        ix.cache["body_ends"] = ends
    i = ix.token_index(start) - 1
    for _ in range(_SPOKESMAN_RANKS + 1):
        if i < 0:
            return None
        body = ends.get(ix.tok_ends[i])
        if body is not None:
            k = ix.token_index(body.start) - 1
            if k >= 1 and ix.tok_norms[k] in _POSTED_AT:
                i = k - 1  # «سفير إيران لدى الأمم المتحدة»: the body he is posted to speaks not
                continue
            heads = _STATE_OFFICES if body.type in PLACE_TYPES else _SPEAKS_FOR
            return body if k >= 0 and ix.tok_norms[k] in heads else None
        if word_key(ix.tok_texts[i]) not in ix.words.titles:
            return None
        i -= 1
    return None


def _entity_name(canonical: str, names: NameRegistry) -> str:
    """An entity's name as a source: NER links «الوزارة» to «وزارة الصحة الفلسطينية» but knows no
    English for it; the sources lexicon may, under that very Arabic name."""
    return canonical if canonical.isascii() else names.named.get(canonical, canonical)


def _mention_of_raw(ix: DocIndex, sp: Speaker, names: NameRegistry, fs: int, fe: int, kind: str) -> SourceMention | None:
    if sp.kind == "source" and sp.source is not None:
        return SourceMention(sp.start, sp.end, sp.text, sp.source.name, sp.source.kind, "lexicon", fs, fe, kind)
    if sp.kind == "entity":
        e = ix.entity_at.get(sp.start)
        name = _entity_source_name(ix, e, names) if e is not None and e.end == sp.end else _entity_name(sp.canonical or sp.text, names)
        if not name.isascii() and sp.canonical and sp.canonical.isascii():
            # «الناطق باسم بعثة الاتحاد الافريقي في الخرطوم نور الدين مازني»: the body his title names
            name = sp.canonical
        return SourceMention(sp.start, sp.end, sp.text, name, "entity", "ner", fs, fe, kind)
    if sp.kind == "title" and sp.source is not None and sp.source.kind == "generic":
        return SourceMention(sp.start, sp.end, sp.text, sp.source.name, "generic", "lexicon", fs, fe, kind)
    if sp.kind in ("name", "word") and (government := _government_of(ix.doc, sp.start, sp.end)) is not None:
        # «أعلنت موسكو»، «قالت واشنطن»، «أعلنت روسيا»: a capital or a country that speaks is its
        # government (as ACLED's sources and the «الحكومة» rows name it), not a place
        return SourceMention(sp.start, sp.end, sp.text, government, "generic", "rule", fs, fe, kind)
    if sp.kind in ("name", "title", "org", "word"):
        canon = canonical_of(sp, names, ix.doc.raw) or sp.text
        if sp.kind == "name" and canon == sp.text:
            canon = _spoken_for_name(ix, sp.start, names) or canon  # «وزير خارجية إيران عباس عراقجي»
        if sp.kind == "org" and canon == sp.text:
            # «بحسب ما أفادت به غرفة طوارئ المدينة»: a body no lexicon knows, named by its head;
            # a later bare «الغرفة» is that body (as «الوزارة» after «وزارة الصحة»)
            names.add_org(sp.text, canon, sp.start)
        skind = {"name": "person", "word": "person"}.get(sp.kind, sp.kind)
        if sp.kind == "word" and canon != sp.text and canon == names.org(sp.text, sp.start):
            skind = "org"  # «الوحدات», «الخلية»: a body named before by this head word
        return SourceMention(sp.start, sp.end, sp.text, canon, skind, "rule", fs, fe, kind)
    return None


_BODY_TYPES: Final = frozenset({"ORG", "NORP"})
# the word before a body whose man speaks for it: «المتحدث باسم الجيش»، «قائد شرطة البصرة»
_SPEAKS_FOR: Final = frozenset(normalize_key(w) for w in ("باسم", "قائد", "مدير", "آمر"))
# the office before a country's name whose holder speaks for its government: «وزير خارجية إيران»
_STATE_OFFICES: Final = frozenset(normalize_key(w) for w in (
    "خارجية", "دفاع", "داخلية", "سفير", "سفيرة", "مندوب", "مندوبة", "رئيس", "رئيسة", "حكومة", "ملك", "وزراء", "وزير", "وزيرة"))
_POSTED_AT: Final = frozenset({normalize_key("لدى")})  # «سفير إيران لدى الأمم المتحدة»
_COUNTRY_KIND: Final = "N"
_CAPITAL_KIND: Final = "C"


def _government_of(doc: Doc, start: int, end: int) -> str | None:
    """"Government of X" when raw ``[start, end)`` is exactly a place mention of a country or a
    national capital (the gazetteer's kinds N and C), else None."""
    for m in doc.entities:
        if m.start == start and m.end == end and m.type in PLACE_TYPES and m.place is not None \
                and m.place.kind in (_COUNTRY_KIND, _CAPITAL_KIND):
            from hadath.lexicon.actors import government_of  # noqa: PLC0415 - as _entity_body_name does

            return government_of(m.place.country)
        if m.start > start:
            break
    return None


def _dateline_frame(ix: DocIndex, head: int, a: int, b: int) -> bool:
    """Is ``raw[a:b]`` placed as a dateline: a short place before it, a dash or colon by it?

    «دمشق - (رويترز)», «بيروت (أ ف ب) -», «لندن: «الشرق الأوسط»», «(رويترز) -», «الموصل
    (العراق) - (أ ف ب) -», «واشنطن، 12 مايو (رويترز) -»; not «وأعلن تنظيم «داعش» - في بيان
    -»: the words before a dateline are a place (and a date), so no verb, title or
    organisation head among them.
    """
    raw = ix.doc.raw
    before = raw[head:a]
    words = _DATELINE_SEP.sub(" ", before).split()
    digits = sum(w.isdigit() for w in words)
    letters = len(words) - digits
    # «عمّان - (أ ف ب)»: a place may be written with its vowels and shadda (not letters to isalpha)
    if any(not (w.isalpha() or w.isdigit() or normalize_key(w).isalpha()) for w in words) or digits > 2:
        return False
    if letters > DATELINE_PLACE_WORDS + (1 if digits else 0):  # «واشنطن، 12 مايو»: a month too
        return False
    for i in range(ix.token_index(head), ix.token_index(a)):
        if i in ix.frame_tok or ix.word_tok.get(i) is not None:
            return False
    dash_before = bool(_DATELINE_DASH.search(before))
    return dash_before or bool(_DATELINE_TAIL.match(raw, b))


_OUTLET_HEADS: Final = ("\u0635\u062d\u064a\u0641\u0629", "\u062c\u0631\u064a\u062f\u0629", "\u0648\u0643\u0627\u0644\u0629", "\u0642\u0646\u0627\u0629")  # صحيفة جريدة وكالة قناة


def _headed_outlet(ix: DocIndex, name: str) -> SourceEntry | None:
    """The lexicon's outlet named in a dateline without its head noun: «الشرق الأوسط» is
    «صحيفة الشرق الأوسط» there (the bare words, "the Middle East", are no row of their own).
    Tried after a bracketed country is ruled out: «(اليمن)» is no «قناة اليمن»."""
    for head in _OUTLET_HEADS:
        entry = ix.lex.by_squashed.get(squash(f"{head} {name}"))
        if entry is not None and entry.kind in OUTLET_KINDS:
            return entry
    return None


def _is_place(ix: DocIndex, s: int, e: int) -> bool:
    """Is raw ``[s, e)`` a place (a GPE/LOC mention or a country name)? «الموصل (العراق) -» names no outlet."""
    if any(m.type in _PLACE_TYPES and m.start <= s and e <= m.end for m in ix.doc.entities):
        return True
    return normalize_key(ix.doc.raw[s:e]) in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Normalised country names and variants («العراق», «سوريا», «سورية»)."""
    from hadath.lexicon.actors import load_countries

    return frozenset(normalize_key(v) for c in load_countries() for v in (c.name_ar, *c.variants) if v)


def find_dateline(ix: DocIndex) -> SourceMention | None:
    """The outlet in a wire dateline: «دمشق - (رويترز)», «بيروت (أ ف ب) -», «لندن: «الشرق الأوسط»»,
    or the monitor heading its own bulletin («المرصد السوري لحقوق الإنسان - ريف حلب»).

    Only at the very start of the article (after its title line, if it has one:
    :func:`hadath.text.headline.headline_span`), after at most a short place name, and with the
    dash or colon that marks a dateline: «تنظيم «السلفية الجهادية»» in a first sentence is
    no dateline.
    """
    raw = ix.doc.raw
    found = _dateline_at(ix, len(raw) - len(raw.lstrip()))
    title = headline_span(raw) if found is None else None
    if title is not None:  # a title line first: the dateline opens the next line
        found = _dateline_at(ix, len(raw) - len(raw[title[1]:].lstrip()))
        if found is None:
            found = _byline(ix, title[0], title[1])
    return found


def _byline(ix: DocIndex, start: int, end: int) -> SourceMention | None:
    """A first line that is a monitor's or an outlet's name and nothing else («المرصد السوري لحقوق
    الإنسان» over its bulletin): the article is its report."""
    raw = ix.doc.raw
    line = raw[start:end].strip()
    for sm in ix.sources:
        if sm.start >= end:
            break
        entry = sm.payloads[0]
        if entry.kind in _REPORTING_BODIES and sm.start >= start and raw[sm.start:sm.end] == line:
            return SourceMention(sm.start, sm.end, sm.text, entry.name, entry.kind, "dateline")
    return None


def _dateline_at(ix: DocIndex, head: int) -> SourceMention | None:
    """:func:`find_dateline` for a dateline opening at raw ``head``."""
    raw = ix.doc.raw
    head_end = min(len(raw), head + DATELINE_WINDOW)
    nl = raw.find("\n", head, head_end)
    if nl != -1:
        head_end = nl
    unlisted: SourceMention | None = None
    for m in _DATELINE_BRACKET.finditer(raw, head, head_end):
        s, e = m.span(1)
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if not _dateline_frame(ix, head, m.start(), m.end()):
            break
        entry = ix.lex.by_squashed.get(squash(m.group(1)))
        if entry is not None:
            return SourceMention(s, e, raw[s:e], entry.name, entry.kind, "dateline")
        if raw[m.start()] != "\u00ab" and _is_place(ix, s, e):
            # «الموصل (العراق) - (أ ف ب) -»: the country, then the outlet; a name in «» marks
            # is the outlet («القامشلي - «الشرق الأوسط»»), even one that names a region
            continue
        entry = _headed_outlet(ix, m.group(1))
        if entry is not None:
            return SourceMention(s, e, raw[s:e], entry.name, entry.kind, "dateline")
        ent = ix.entity_at.get(s)
        if ent is not None and ent.type == "ORG" and ent.end == e and ent.canonical:
            # no lexicon row, but NER knows the outlet: «(رويترز)»
            return SourceMention(s, e, raw[s:e], ent.canonical, "outlet", "dateline")
        if e > s and all(w.isalpha() for w in raw[s:e].split()) and len(raw[s:e].split()) <= DATELINE_PLACE_WORDS:
            # an outlet nobody lists, in a dateline's place: «لندن: «الشرق الأوسط»» (NER may
            # read it as a region); its name as written. A later bracket wins: in «X (Y) -
            # (Z) -» Y is where, Z who.
            unlisted = SourceMention(s, e, raw[s:e], raw[s:e], "outlet", "dateline")
    for sm in ix.sources:
        if sm.start >= head_end:
            break
        entry = sm.payloads[0]
        if entry.kind in OUTLET_KINDS and _dateline_frame(ix, head, sm.start, sm.end):
            return SourceMention(sm.start, sm.end, sm.text, entry.name, entry.kind, "dateline")
        if entry.kind == "monitor" and _DATELINE_TAIL.match(raw, sm.end) and _dateline_frame(ix, head, sm.start, sm.end):
            # a monitor's own bulletin: «المرصد السوري لحقوق الإنسان - ريف حلب الشرقي»,
            # «المرصد السوري لحقوق الإنسان: ...»; what follows is its report, whoever carries it
            return SourceMention(sm.start, sm.end, sm.text, entry.name, entry.kind, "dateline")
    return unlisted


def _contrast_opens(raw: str, a: int, m: SourceMention) -> bool:
    """Does a «بينما/فيما/في حين» after raw ``a`` open the clause whose reporting verb or
    subject is ``m`` («...، بينما أعلن الجيش الإسرائيلي مقتل 12 جندياً»)? Not a closing
    attribution that covers both clauses («...، في حين أصيب عنصران ...، وفق ما أفاد به التجمع»)."""
    head = m.start if m.frame_start is None else min(m.start, m.frame_start)
    for w in _CLAUSE_WORDS:  # «فيما», «بينما», «في حين»: the words that cut clauses
        k = raw.rfind(w, a, head)
        if k != -1 and (k == 0 or not raw[k - 1].isalpha() or (raw[k - 1] == _WAW and (k < 2 or not raw[k - 2].isalpha()))) \
                and not raw[k + len(w):head].strip():
            return True
    return False


def _clause_cuts(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans that cut ``raw[a:b]`` into clauses, in order."""
    out = []
    for ch in CLAUSE_MARKS:
        s = raw.find(ch, a, b)
        while s != -1:
            out.append((s, s + 1))
            s = raw.find(ch, s + 1, b)
    words = len(out) > 1  # marks of different kinds come out of order
    for w in _CLAUSE_WORDS:
        s = raw.find(w, a, b)
        while s != -1:
            after = s + len(w)
            if after < b and raw[after].isspace():  # the look-ahead stays inside [a, b)
                c = s - 1 if s > a and raw[s - 1] == _WAW else s
                if c > a and raw[c - 1].isspace():
                    out.append((c - 1, c))
                    words = True
                s = raw.find(w, after, b)
            else:
                s = raw.find(w, s + 1, b)
    if words:
        out.sort()
    return out


def _clause_bounds(ix: _SourceIndex, raw: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``[s_start, s_end)`` that holds ``pos`` (cuts cached per sentence)."""
    cuts = ix.cuts.get(s_start)
    if cuts is None:
        cuts = ix.cuts[s_start] = _clause_cuts(raw, s_start, s_end)
    a, b = s_start, s_end
    for cs, ce in cuts:
        if cs < pos:
            a = ce
        else:
            b = cs
            break
    return a, b


@dataclass(slots=True)
class _SourceIndex:
    """Reporting mentions ordered for lookups, rebuilt when ``doc.extras["sources"]`` changes."""

    of: int
    framed: list[SourceMention]
    ends: list[int]
    starts: list[int]
    frames: list[int]
    made: dict[int, Source]  # by position in ``framed`` (spans are unique there)
    cuts: dict[int, list[tuple[int, int]]]
    sentences: Sentences

    def source(self, k: int) -> Source:
        """The ``Source`` of ``framed[k]``, made once."""
        src = self.made.get(k)
        if src is None:
            src = self.made[k] = self.framed[k].to_source()
        return src


def _index(doc: Doc) -> _SourceIndex:
    mentions: list[SourceMention] = doc.extras.get("sources", [])
    ix: _SourceIndex | None = doc.extras.get("_source_index")
    if (
        ix is None
        or ix.of != id(mentions)
        or ix.sentences.of_list is not doc.sentences
        or ix.sentences.size != len(doc.sentences)
    ):
        framed = [m for m in mentions if m.origin != "dateline"]
        ix = _SourceIndex(
            id(mentions),
            framed,
            [m.end for m in framed],
            [m.start for m in framed],
            sorted(doc.extras.get("frames", ())),
            {},
            {},
            Sentences(doc.sentences),
        )
        doc.extras["_source_index"] = ix
    return ix


def source_for(doc: Doc, start: int, end: int) -> Source | None:
    """Who reports what is written in raw ``[start, end)``.

    In order: the speaker of a quotation that holds the span; the reporting frame of its
    clause, else of its sentence (nearest before, then after); the nearest earlier source
    in the same paragraph (a report goes on: «وأضاف المرصد ...», «وتدور اشتباكات ...»), or
    anywhere earlier when the sentence has a reporting verb of its own with no subject
    before the span («وأضاف أن ...»); else the article's outlet (dateline, then ``doc.source``).
    """
    q = _quote_holding(doc, start, end)
    if q is not None:
        return trusted(Source, {"name": q.speaker_canonical or q.speaker, "text": q.speaker})
    ix = _index(doc)
    sent = ix.sentences.at(start)
    if sent is not None and ix.framed:
        lo = bisect_left(ix.starts, sent.start)
        hi = bisect_left(ix.starts, sent.end)
        if lo < hi:  # mentions inside the sentence: framed[lo:hi]
            framed = ix.framed
            a, b = _clause_bounds(ix, doc.raw, sent.start, sent.end, start)
            best, best_d = -1, 0
            for k in range(lo, hi):  # in the clause (mention or its frame): the nearest, first on ties
                m = framed[k]
                if a <= m.start < b or (m.frame_start is not None and a <= m.frame_start < b):
                    d = abs(m.start - start)
                    if best < 0 or d < best_d:
                        best, best_d = k, d
            if best >= 0:
                return _source_back(ix, best, doc.raw)
            for k in range(hi - 1, lo - 1, -1):  # else the last one ending before the span
                if framed[k].end <= start:
                    return _source_back(ix, k, doc.raw)
            # else the first one after it, but not a denial: «قتل خمسة مدنيين في قصف على
            # مستشفى، ونفت الوزارة أن تكون طائراتها قصفته» is not the ministry's report
            after = next((k for k in range(lo, hi) if not framed[k].denies
                          and not _frame_is(doc.raw, framed[k], CLAIM_FRAME)), None)
            if after is not None and _contrast_opens(doc.raw, end, framed[after]):
                # «قُتل أكثر من 400 شخص في لبنان ...، بينما أعلن الجيش الإسرائيلي مقتل 12 جندياً»:
                # the source of the contrasted clause did not report what came before it
                after = None
            if after is not None:
                return _source_back(ix, after, doc.raw)
        k = bisect_right(ix.ends, sent.start)
        if k > 0 and doc.raw.find(_SAME_SOURCE_HEAD, sent.start, sent.end) >= 0 \
                and _SAME_SOURCE.search(doc.raw, sent.start, sent.end):
            # «بحسب المصدر نفسه»: the last source that was a «مصدر», not the last one named
            for j in range(k - 1, -1, -1):
                if _SOURCE_NOUN in word_key(ix.framed[j].text):
                    return _source_back(ix, j, doc.raw)
            return _source_back(ix, k - 1, doc.raw)
        if k > 0:
            last = ix.framed[k - 1]
            para = _paragraph_start(doc.raw, sent.start)
            f = bisect_left(ix.frames, sent.start)
            # a subjectless frame before the span: «وأضاف أن ...»; one after it reports
            # something else («شارك آلاف في التشييع، فيما أعلنت القوى ... الإضراب»)
            bare = f < len(ix.frames) and ix.frames[f] < min(sent.end, start)
            if (last.start >= para and not _opinion(doc.raw, last)) or bare \
                    or _listed_after(doc.raw, last.end, sent.start):
                return _source_back(ix, k - 1, doc.raw)
    return outlet_source(doc)


_CONSIDER: Final = "consider"  # frames.tsv row of verbs of opinion («يرى»، «اعتبر»)


def _opinion(raw: str, m: SourceMention) -> bool:
    """Is ``m`` the subject of a verb of opinion («ويرى محللون أن ...»)? What an analyst thinks
    is no report the next sentences go on with: the article's background after it is its own."""
    return _frame_is(raw, m, _CONSIDER)


def _frame_is(raw: str, m: SourceMention, frame_id: str) -> bool:
    """Is ``m``'s reporting frame a verb of the frames.tsv row ``frame_id``? A group that claims
    the attack after its toll («ما أدى إلى مقتل 56 شخصاً، وتبنى تنظيم داعش الهجوم») did not report
    the toll."""
    if m.frame_start is None or m.frame_end is None:
        return False
    form = normalize_key(raw[m.frame_start:m.frame_end])
    frame = frame_verbs().get(form) or frame_verbs().get(_bare_conj(form))
    return frame is not None and frame.id == frame_id


# «وثق المرصد ... وجاءت على النحو التالي:» then one line a death: each line is the source's
_LIST_INTRO: Final = regex.compile(r"(?:\u0627\u0644\u0646\u062d\u0648 \u0627\u0644\u062a\u0627\u0644\u064a|\u0643\u0627\u0644\u062a\u0627\u0644\u064a|\u0643\u0645\u0627 \u064a\u0644\u064a)\s*:\s*\n")  # النحو التالي: / كالتالي: / كما يلي:
_LIST_LINE: Final = regex.compile(r"\s*(?:[-\u2022*\u2013]|\d+[.)-])")
_LIST_REACH: Final = 200  # characters from the source to the colon that opens its list


def _listed_after(raw: str, source_end: int, start: int) -> bool:
    """Is the sentence at raw ``start`` a line of a list that the source ending at
    ``source_end`` opened («وثق المرصد السوري ... وجاءت على النحو التالي:» then «- مواطن قتل
    ...»)? Every paragraph between the list's colon and the sentence is a list line too."""
    intro = _LIST_INTRO.search(raw, source_end, min(start, source_end + _LIST_REACH))
    if intro is None:
        return False
    lines = [line for line in raw[intro.end():start].split("\n") if line.strip()]
    return _LIST_LINE.match(raw, start) is not None and all(_LIST_LINE.match(line) for line in lines)


def _source_back(ix: _SourceIndex, k: int, raw: str) -> Source:
    """The source of framed mention ``k``; a bare «المصدر» or «المصادر» («وأوضح المصدر») is
    the source named before it, whose words it repeats («مصدر في وزارة الصحة»): one in the
    same paragraph or the one before, or one called a «مصدر» anywhere before."""
    framed = ix.framed
    if word_key(framed[k].text) not in _BARE_SOURCE:
        return ix.source(k)
    for j in range(k - 1, -1, -1):
        text = word_key(framed[j].text)
        if text in _BARE_SOURCE:
            continue
        if any(w in text for w in _SOURCE_WORDS) or not more_breaks_than(raw, framed[j].end, framed[k].start, 1):
            return ix.source(j)
        break
    return ix.source(k)


@dataclass(slots=True)
class _QuoteIndex:
    """``doc.quotes`` by start and end, when both run in list order (rebuilt when the list changes)."""

    of: list[Any]
    size: int
    starts: list[int]
    ends: list[int]
    monotone: bool


def _quote_holding(doc: Doc, start: int, end: int) -> Any:
    """The first quotation in ``doc.quotes`` that holds raw ``[start, end)``, if any.

    The stage lists quotations in text order and none inside another, so starts and ends both
    rise along the list: the ones holding the span (start at or before it, end at or after it)
    are a run, found by two binary searches instead of a scan per look-up (quadratic on long
    inputs). Any other list is scanned as before.
    """
    quotes = doc.quotes
    if not quotes:
        return None
    qx: _QuoteIndex | None = doc.extras.get("_quote_index")
    if qx is None or qx.of is not quotes or qx.size != len(quotes):
        starts = [q.start for q in quotes]
        ends = [q.end for q in quotes]
        monotone = all(map(operator.le, starts, starts[1:])) and all(map(operator.le, ends, ends[1:]))
        qx = doc.extras["_quote_index"] = _QuoteIndex(quotes, len(quotes), starts, ends, monotone)
    if not qx.monotone:
        return next((q for q in quotes if q.start <= start and end <= q.end), None)
    j = bisect_left(qx.ends, end)  # from j on, quotations end at or after the span
    return quotes[j] if j < bisect_right(qx.starts, start) else None


def _paragraph_start(raw: str, pos: int) -> int:
    return raw.rfind("\n", 0, pos) + 1


_STATEMENT_HEADER: Final = regex.compile(r"\s*(?:\u0646\u0635\s+)?\u0628\u064a\u0627\u0646\s+(?:\u0635\u0627\u062f\u0631\s+)?(?:\u0639\u0646|\u0645\u0646)\s")  # (نص) بيان (صادر) عن/من


def _line_end(raw: str) -> int:
    end = raw.find("\n")
    return len(raw) if end < 0 else end


def outlet_source(doc: Doc) -> Source | None:
    """The article's own outlet: its dateline agency, else ``doc.source``.

    The stage stores it in ``doc.extras["outlet"]``; without the stage it is worked out here.
    """
    if "outlet" in doc.extras:
        out: Source | None = doc.extras["outlet"]
        return out
    return compute_outlet(doc, doc.extras.get("sources", ()))


def compute_outlet(doc: Doc, mentions: object, lex: SourceLexicon | None = None) -> Source | None:
    for m in mentions:  # type: ignore[attr-defined]
        if m.origin == "dateline":
            return Source(name=m.name, text=m.text)
    header = _STATEMENT_HEADER.match(doc.raw)
    if header is not None:
        # «بيان صادر عن مكتب الناطق الرسمي باسم القوات المسلحة السودانية» heading the text: the
        # body speaks for the source that issued it (the longest known name ending the line)
        lex = lex or source_lexicon()
        words = doc.raw[header.end():_line_end(doc.raw)].split()
        for i in range(len(words)):
            entry = lex.by_key.get(normalize_key(" ".join(words[i:])))
            if entry is not None:
                return Source(name=entry.name, text=" ".join(words[i:]))
    if doc.source:
        lex = lex or source_lexicon()
        entry = lex.by_key.get(normalize_key(doc.source))
        return Source(name=entry.name if entry else doc.source, text=doc.source)
    return None
