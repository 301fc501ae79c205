"""Quotations of speech and who said them.

Not every «...» is a quotation: Arabic news puts names of organisations, operations and
titles in the same marks («وكالة «سانا»», «تنظيم «داعش»», «عملية «نبع السلام»»). A pair of
marks is speech when a colon introduces it, when it is long or sentence-like, or when a
reporting frame or «أن/إن» leads into it and it does not go on as a noun in the sentence;
it is a name after an organisation head or the preposition لـ («قال لـ«الشرق الأوسط»»).

The speaker comes from the frame before the quotation («قال X لـ«Y»: «...»», «نقلت Y عن X
قوله: «...»», «وبحسب X: «...»», «وأضاف X أن «...»»), else from one right after it
(«...»، قال X), else it is the previous speaker («وأضاف: «...»», «مضيفا: «...»»).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Final

import regex

from hadath.attribution.index import DocIndex
from hadath.attribution.lexicons import DATA, OUTLET_KINDS, call_verbs, protester_nouns, word_key
from hadath.attribution.sources import SourceMention, published_by
from hadath.attribution.speakers import (
    NameRegistry,
    Speaker,
    apposed_person,
    canonical_of,
    closed_end,
    display,
    marked_known_name,
    read_phrase,
    resolve,
    speaker_after_frame,
)
from hadath.bisects import bisect_left, bisect_right
from hadath.events.trusted import trusted
from hadath.lexicon.wordkinds import forms_of_kinds, kind_of, word_kinds
from hadath.ner.lexicons import KUNYA, given_names
from hadath.schema import Quote
from hadath.text.chars import QUOTE_NORM
from hadath.text.normalize import normalize_key

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

OPENERS: Final = {"\u00ab": "\u00bb", "\u201c": "\u201d"}  # « » and “ ”
STRAIGHT: Final = '"'
LONG_WORDS: Final = 5  # a quotation of this many words is speech even with no frame
SHORT_WORDS: Final = 3  # a short quotation that runs on into the sentence is a name
FRAMES_TRIED: Final = 3  # how many frames back a speaker is looked for
ADJACENT_WORDS: Final = 6  # «النائب الياس سكاف «...»»: how far back a name before a mark is read
VIA_GAP: Final = 3  # «لـ«» right where the speaker phrase ends
VIA_REACH: Final = 40  # characters of the speaker's description before «لـ«الشرق الأوسط»»
_ILA: Final = "\u0627\u0644\u064a"  # إلى, normalised «الي»
_MA: Final = "\u0645\u0639"  # مع
_DOCUMENT_NOUNS: Final = frozenset(normalize_key(w) for w in ("البيان", "التقرير", "البلاغ"))  # «وأضاف البيان»: a body's statement
_AL: Final = "\u0627\u0644"  # ال
_DESCRIPTION_ENDS: Final = frozenset({"\u060c", ",", ".", ":", "\u061b", ";", "\u00ab", '"', "\u201c"})  # ، , . : ؛ ; « " “
FRAME_REACH: Final = 120
SPEAKER_REACH: Final = 300  # a speaker's frame may stand this far back in the sentence («قال X ... أمام حشد ... «...»»)  # a frame this far before the mark (same sentence) can introduce it
_MARKS: Final = '\u00ab\u00bb\u201c\u201d"\n'  # « » “ ” " and the line break
_ATTACHED: Final = regex.compile(r"(?:^|[^\p{L}])[\u0648\u0641]?[\u0644\u0628]\u0640*\s?$")  # «لـ«» «بـ«» «ل «»
_SENTENCE_LIKE: Final = regex.compile(r"[.\u060c,\u061f?!\u061b;:](?:\s|$)")  # not «تي.ان.تي»
_CLAUSE_BREAK: Final = regex.compile(r"[.\u060c,;\u061b]")  # a frame beyond a clause break does not lead in
_LAM: Final = "\u0644"
_LINE_END_PUNCT: Final = frozenset(".!?\u061f\u06d4")
_OPEN: Final = attrgetter("open")
HOSTED_TSV: Final = DATA / "hosted.tsv"
_CLITICS: Final = regex.compile(r"^[\u0648\u0641]?[\u0628\u0644\u0643]?")


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class MarkPair:
    """A matched pair of quotation marks: raw offsets of the marks themselves.

    ``closed`` is False for a quotation whose closing mark never comes before the line
    ends (scraped text often loses it, or the quotation runs on into the next paragraph):
    ``close`` is then the end of the line, without its final full stop.
    """

    open: int
    close: int
    depth: int
    closed: bool = True

    def __init__(self, open: int, close: int, depth: int, closed: bool = True) -> None:
        """Written out, not made by ``dataclasses``: see :mod:`hadath.mentions`."""
        self.open = open
        self.close = close
        self.depth = depth
        self.closed = closed

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def pair_marks(raw: str) -> list[MarkPair]:
    """Match «» “” and straight double quotes; a line break closes everything still open.

    An outermost opener still open at the end of its line becomes an unclosed pair.
    """
    out: list[MarkPair] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None

    def flush(line_end: int) -> None:
        if stack:
            ch, pos = stack[0]
            end = line_end
            while end > pos + 1 and (raw[end - 1].isspace() or raw[end - 1] in _LINE_END_PUNCT):
                end -= 1
            if end > pos + 1:
                out.append(MarkPair(pos, end, 0, closed=False))
        stack.clear()

    for pos in _mark_positions(raw):
        ch = raw[pos]
        if ch == "\n":
            if stack:  # (flush has nothing to do on an empty stack: most lines)
                flush(pos)
            straight = None
        elif ch in OPENERS:
            stack.append((ch, pos))
        elif ch == STRAIGHT:
            if straight is None:
                straight = pos
            else:
                out.append(MarkPair(straight, pos, len(stack)))
                straight = None
        else:
            for k in range(len(stack) - 1, -1, -1):
                if OPENERS[stack[k][0]] == ch:
                    out.append(MarkPair(stack[k][1], pos, k))
                    del stack[k:]
                    break
    flush(len(raw))
    out.sort(key=_OPEN)
    return out


def _mark_positions(raw: str) -> list[int]:
    """Offsets of the quotation marks and line breaks in ``raw``, in order.

    One ``str.find`` sweep per mark (a C scan; an article holds a few dozen marks) is
    several times faster than a character-class regex over the whole text.
    """
    out: list[int] = []
    for ch in _MARKS:
        i = raw.find(ch)
        while i != -1:
            out.append(i)
            i = raw.find(ch, i + 1)
    out.sort()
    return out


def _word_count(s: str) -> int:
    return len(s.split())


def _strip_clitics(key: str) -> str:
    m = _CLITICS.match(key)
    rest = key[m.end() :] if m else key
    return rest if len(rest) >= 2 else key


_ATTACHING: Final = frozenset({"\u0644", "\u0628", "\u0648\u0644", "\u0648\u0628", "\u0641\u0644", "\u0641\u0628"})
# ل ب ول وب فل فب: a preposition written against the mark («لـ«الشرق الأوسط»», «بـ«الإرهابي»»)


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class _Before:
    """What stands right before an opening mark, read off the tokens."""

    words: tuple[str, ...]  # up to two normalised words, in text order
    colon: bool
    attached: bool

    def __init__(self, words: tuple[str, ...], colon: bool, attached: bool) -> None:
        """Written out, not made by ``dataclasses``: see :mod:`hadath.mentions`."""
        self.words = words
        self.colon = colon
        self.attached = attached


def _before(ix: DocIndex, p: MarkPair, sent_start: int) -> _Before:
    starts, texts, norms = ix.tok_starts, ix.tok_texts, ix.tok_norms
    i = ix.token_index(p.open) - 1
    if i >= 0 and starts[i] >= sent_start and texts[i] == ":":
        return _Before((), True, False)
    words: list[str] = []
    attached = False
    while i >= 0 and len(words) < 2 and starts[i] >= sent_start and texts[i][:1].isalpha():
        if not words and norms[i] in _ATTACHING and ix.tok_ends[i] >= p.open - 1:
            attached = True
        words.insert(0, norms[i])
        i -= 1
    return _Before(tuple(words), False, attached)


def _forms(b: _Before) -> set[str]:
    if not b.words:
        return set()
    last = b.words[-1]
    out = {last, _strip_clitics(last)}
    if len(b.words) == 2:
        two = b.words[0] + " " + last
        out |= {two, _strip_clitics(two)}
    return out


def _after_cue(ix: DocIndex, pos: int, limit: int) -> tuple[int, str] | None:
    """A frame or «على حد قوله» right after a closing mark («...»، قال X): (offset, kind).

    A verb counts only after a comma («...»، قال X): «...» لفت X» is a new statement. A verb
    joined by «و / ف» whose noun is its object when the subject is left out (accuse, mourn,
    inform) goes on with the same speaker: «مؤكدة أن قواتها «...»، واتهمت الجيش بقصف ...»
    (the army is accused, it said nothing); «...»، وقالت مونجيل» still names the speaker.
    """
    i = ix.token_index(pos)
    starts = ix.tok_starts
    comma = i < len(starts) and ix.tok_texts[i] in ("\u060c", ",")
    if comma:
        i += 1
    if i >= len(starts) or starts[i] >= limit:
        return None
    f = ix.frame_tok.get(i)
    if f is not None:
        kind = f.payloads[0].kind
        if kind in ("prep", "statement", "haal") or (comma and not (_joined(f.prefix) and f.payloads[0].id in _OBJECT_FIRST)):
            return f.end, kind
        return None
    w = ix.word_tok.get(i)
    if w is not None and w.payloads[0].kind == "pronoun":
        return w.end, "pronoun"
    return None


_JOINING: Final = frozenset("\u0648\u0641")  # و ف
_OBJECT_FIRST: Final = frozenset({"accuse", "mourn", "inform"})  # frames.tsv ids: «واتهمت الجيش»، «ونعى القائد»، «وأبلغ الوسطاء»


def _joined(prefix: str) -> bool:
    """Does a frame's clitic prefix join it to the clause before («واتهمت»، «فقال»)?"""
    return not _JOINING.isdisjoint(prefix)


def is_speech(ix: DocIndex, p: MarkPair, sent_start: int, sent_end: int) -> bool:
    """Is the pair a quotation of speech (True) or a name, title or term in marks (False)?"""
    raw = ix.doc.raw
    a, b = p.inner
    inner = raw[a:b].strip()
    if not inner:
        return False
    before = _before(ix, p, sent_start)
    if before.colon:
        return True
    i = ix.token_index(p.open)
    if i < len(ix.tok_starts) and ix.tok_starts[i] == p.open and marked_known_name(ix, i):
        return False  # «بحسب ما أفاد «المرصد السوري لحقوق الإنسان»»: one known name, no speech
    words = _word_count(inner)
    if words <= SHORT_WORDS + 1 and _titled_name(ix, inner):
        return False  # «نعت الكتائب «القائد أبو باقر الساعدي»»: a person's name with his title
    forms = _forms(before)
    if forms & ix.words.orgs or (before.words and before.words[-1] in ix.words.titles and not before.words[-1].startswith("\u0627\u0644")):
        return False  # «تنظيم «داعش»», «زعيم «تحالف الشعب من اجل الديمقراطية»»
    if before.attached:
        return words >= LONG_WORDS
    if before.words and before.words[-1] in _NAME_PREPS and (
            _body_name(ix, inner, a, b) or (words <= SHORT_WORDS and not _SENTENCE_LIKE.search(inner))):
        # «بين «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب» و«اللواء 444 قتال»»: two names;
        # «في حديث مع «الوسط»»، «اشتباكات مع «داعش»»: a short name after «مع» is a party, not words
        return False
    f = _frame_before(ix, p, sent_start)
    direct = f is not None and not _CLAUSE_BREAK.search(raw, f[1], p.open)
    if direct and _body_name(ix, inner, a, b) and (
        words < LONG_WORDS or raw[p.close + 1 : p.close + 3].lstrip()[:1].isalpha()
    ):
        # «وفق ما أعلنت «تنسيقية لجان المقاومة بالفاشر»»: the body that spoke, by name; a
        # longer one when the sentence runs on past it: «وثق «مكتب توثيق الشهداء في درعا» مقتل»
        return False
    if words >= LONG_WORDS or _SENTENCE_LIKE.search(inner):
        return True
    opens_sentence = p.open - sent_start <= 2
    if (words > SHORT_WORDS - 1 or opens_sentence) and _after_cue(ix, p.close + 1, sent_end) is not None:
        return True  # «...»، قال X — but «الطريقة «الجنبلاطية»، وفق ...» is a term
    if _predicate_of_that(ix, before, inner, a):
        return True
    if forms & ix.words.thats or direct:
        # a short quotation that runs on into the sentence is a name: «أن «داعش» يسيطر», unless
        # it counts something, as names do not: «إن قواته "قتلت أربعة مسلحين" خلال العملية»
        nxt = raw[p.close + 1 : p.close + 3].lstrip()
        return not (words <= SHORT_WORDS and nxt[:1].isalpha()) or _counts_something(ix, a, b)
    return False


def _predicate_of_that(ix: DocIndex, before: _Before, inner: str, a: int) -> bool:
    """Is a short marked phrase the predicate of «إن/أن» and one subject word: «وقال المتحدث
    ... إن المنظمة «تشعر بقلق بالغ» إزاء احتجاز موظفيها»? The subject stands between «إن» and
    the mark, so the marks hold what was said of it, not a name (a name follows «أن» itself:
    «أن «داعش» يسيطر»). A definite first word («إن القوات «الدعم السريع»»), a body's head
    word or an entity at the mark is still a name; one word alone is a scare-quoted term."""
    if len(before.words) != 2 or before.words[0] not in ix.words.thats:
        return False
    words = inner.split()
    if len(words) < 2 or word_key(words[0])[:2] == "\u0627\u0644" or a in ix.entity_at:
        return False
    first = word_key(words[0])
    return first not in ix.words.orgs and first not in ix.words.titles and _strip_clitics(before.words[1]) not in ix.words.orgs


# words that take a party, not speech, after them: «بين»، «مع»، «ضد»
_NAME_PREPS: Final = frozenset(normalize_key(w) for w in ("بين", "وبين", "مع", "ومع", "ضد"))


def _titled_name(ix: DocIndex, inner: str) -> bool:
    """Is the marked phrase a title then a person's name: «القائد أبو باقر الساعدي»، «الشهيد
    محمد علي»? (a title, then a kunya or a listed given name)"""
    words = inner.split()
    if len(words) < 2 or word_key(words[0]) not in ix.words.titles:
        return False
    second = normalize_key(words[1])
    return second in KUNYA or second in given_names()


NAME_WORDS: Final = 6  # a body's name in marks after a verb of saying is at most this long


def _body_name(ix: DocIndex, inner: str, a: int, b: int) -> bool:
    """Is a marked phrase right after a verb of saying a body's name rather than its words? It
    opens with an organisation head («تنسيقية»، «لجنة»، «منظمة»), is short and counts nothing:
    newspapers mark the names of bodies they cite («وفق ما أعلنت «تنسيقية لجان المقاومة»»)."""
    first = inner.split(maxsplit=1)[0]
    return (_word_count(inner) <= NAME_WORDS and word_key(first) in ix.words.orgs
            and not _counts_something(ix, a, b))


def _counts_something(ix: DocIndex, a: int, b: int) -> bool:
    """Does a counted noun follow a written-out number inside raw ``[a, b)`` («أربعة مسلحين»)?

    Numbers in digits are left out: they stand in names («اللواء 313», «حركة 6 أبريل»).
    """
    for n in ix.doc.numbers:
        if n.start >= b:
            break
        if n.start >= a and n.end < b and not any(c.isdigit() for c in n.text):
            return True
    return False


_FRONTED_MOST: Final = 4  # tokens of a phrase fronted before the verb («من جهتها،»، «في المقابل،»)


def _haal_host(ix: DocIndex, p: MarkPair, ss: int, names: NameRegistry) -> Speaker | None:
    """The known body or person right after the verb opening the sentence, when the frame right
    before the quotation is a circumstantial participle («مؤكدة أن»، «داعية إلى»): «وأدانت
    الخارجية الأمريكية الهجوم، مؤكدة أن «...»» -> the State Department. Only a source or an
    entity a lexicon or NER knows, or a body named after its head («بعثة الأمم المتحدة ...»):
    a plain phrase after the first word may be anything."""
    near = _frame_before(ix, p, ss)
    if near is None or not (near[2] == "haal" or near[2] == "statement" and not ix.doc.raw[near[1]:p.open].strip()):
        # (also «ودانت حكومة إقليم كردستان الغارة ...، ودعت في بيان «...»»: the statement
        # the sentence's subject issued, the quotation right after «في بيان»)
        return None
    i = ix.token_index(ss)
    for k in range(i, min(i + _FRONTED_MOST, len(ix.tok_texts))):
        if ix.tok_starts[k] >= near[0]:
            break
        if ix.tok_texts[k] in ("\u060c", ","):
            i = k + 1  # «من جهتها، أعلنت جمعية المصارف ...»: a fronted phrase, then the verb
            break
    i += 1
    if i >= len(ix.tok_starts) or ix.tok_starts[i] >= near[0]:
        return None
    phrase = read_phrase(ix, ix.tok_starts[i], near[0])
    sp = resolve(ix, phrase, names)
    if sp is not None and sp.kind == "title":
        # «وأدان وزير الإعلام في الحكومة المعترف بها دولياً، معمر الإرياني، الهجوم، واصفاً ...»:
        # the person named between the title's commas
        comma = ix.doc.raw.find("\u060c", phrase.stop, near[0])
        person = apposed_person(ix, comma, near[0], sp, names) if comma >= 0 else None
        if person is not None:
            return person
    if sp is None or not (sp.kind in ("source", "entity") or (sp.kind == "org" and phrase.units[0].kind == "org")
                          or (sp.kind == "name" and phrase.units[0].kind == "title")):
        # «وقال رئيس الحكومة عبد الحميد الدبيبة خلال زيارته ... إن ...، مضيفا: «...»»: a titled
        # name is the sentence's subject as surely as a known body is
        return None
    return sp


def _frames_before(ix: DocIndex, p: MarkPair, region_start: int, most: int) -> list[tuple[int, int, str]]:
    """Up to ``most`` reporting frames between ``region_start`` and the mark, nearest first."""
    out: list[tuple[int, int, str]] = []
    k = bisect_left(ix.frame_starts, p.open) - 1
    lo = max(region_start, p.open - SPEAKER_REACH)
    while k >= 0 and len(out) < most:
        f = ix.frames[k]
        if f.start < lo:
            break
        out.append((f.start, f.end, f.payloads[0].kind))
        k -= 1
    return out


def _frame_before(ix: DocIndex, p: MarkPair, region_start: int) -> tuple[int, int, str] | None:
    """The last reporting frame between ``region_start`` and the opening mark."""
    k = bisect_left(ix.frame_starts, p.open) - 1
    if k < 0:
        return None
    f = ix.frames[k]
    if f.start < max(region_start, p.open - FRAME_REACH):
        return None
    return f.start, f.end, f.payloads[0].kind


_GENERIC_SOURCE: Final = "generic"  # sources.tsv kind of a class of source («مصدر أمني», «محافظ»)


def find_quotes(ix: DocIndex, names: NameRegistry, sources: list[SourceMention]) -> list[Quote]:
    """Every quotation of speech with its speaker (and outlet, when given to one)."""
    doc = ix.doc
    raw = doc.raw
    pairs = pair_marks(raw)
    if not pairs:
        return []
    # statements already attributed (reporting sources) count as previous speakers
    said = _Said(sources)
    by_span = {(m.start, m.end): m for m in sources}
    datelines = [(m.start, m.end) for m in sources if m.origin == "dateline"]
    speech: list[MarkPair] = []
    names_pairs: list[MarkPair] = []
    outer_close = -1  # pairs come sorted by opening mark: inside the last speech pair?
    for p in pairs:
        if p.close < outer_close:
            continue  # a quotation inside a quotation belongs to the outer one
        sent = ix.sentences.at(p.open)
        ss, se = (sent.start, sent.end) if sent else (0, len(raw))
        if any(p.open < a and b <= p.close for a, b in datelines):
            names_pairs.append(p)  # «لندن: «الشرق الأوسط»» is a dateline, not speech
            continue
        if is_speech(ix, p, ss, se):
            speech.append(p)
            outer_close = p.close
        else:
            names_pairs.append(p)
    resolved: list[tuple[MarkPair, Speaker, str | None]] = []
    last_close_in_sentence: dict[int, int] = {}
    told_to: dict[int, tuple[str, str | None]] = {}  # a sentence's last speaker and the outlet told
    for p in speech:
        sent = ix.sentences.at(p.open)
        ss, se = (sent.start, sent.end) if sent else (0, len(raw))
        region = max(ss, last_close_in_sentence.get(ss, ss))
        sp, via = _speaker_before(ix, p, region, names, names_pairs, sources)
        if sp is None:
            cue = _after_cue(ix, p.close + 1, se)
            if cue is not None and cue[1] in ("verb", "prep", "statement", "transmit"):
                after_ph = read_phrase(ix, cue[0], se, allow_lam=cue[1] in ("prep", "statement"))
                sp = resolve(ix, after_ph, names)
                if sp is not None and cue[1] == "verb":
                    # ««...»، يقول الناطق ...، أسامة الفيتوري، في حديث مع «الوسط»»: told to an outlet
                    via = _via(ix, _past_apposed(ix, after_ph.stop, sp.end, se), se, names_pairs)
        if via is None:
            near = _frame_before(ix, p, region)
            j = ix.token_index(near[1]) if near is not None and near[2] == "verb" else len(ix.tok_starts)
            if j < len(ix.tok_starts) and ix.tok_starts[j] < p.open and ix.tok_norms[j][:1] == _LAM \
                    and _told_to(ix, j):
                # «نفى الناطق ... صحة هذه الأرقام، وقال لـ«المصدر أونلاين»: «...»»، «عماد جاد قال لـ
                # «السفير» إن ...»: the verb names no speaker after it (he is the sentence's), but
                # whom he told, right after it
                via = _via_at(ix, ix.tok_starts[j], p.open, names_pairs)
        if sp is None:
            sp = _caller(ix, p, ss, names)
        if sp is None:
            sp = _chanters(ix, p, ss)
        if sp is None:
            sp = said.before(p.open)
            if sp is None or sp.start < ss:
                # «وأدانت بعثة الأمم المتحدة الهجوم، داعية السلطات إلى «...»»: the participle
                # continues the sentence's subject, not a speaker of an earlier sentence
                sp = _haal_host(ix, p, ss, names) or sp
        if sp is None:
            from hadath.attribution.sources import source_for

            src = source_for(doc, p.open + 1, p.close)
            if src is None or any(p.open < m.start < p.close and m.name == src.name for m in sources):
                continue  # «... على مصدر نشرت صحيفة «الأهرام» عنه معلومات»: named in what was said
            sp = Speaker(p.open, p.open, src.text, src.name if src.name != src.text else None, "source")
        if sp.kind in ("word", "org") and sp.canonical is None and normalize_key(sp.text) in _DOCUMENT_NOUNS:
            known = by_span.get((sp.start, sp.end))
            if known is not None and known.name.isascii() and known.kind not in OUTLET_KINDS:
                # «وأضاف البيان أن "..."»: the statement the sources stage gave to the body that
                # issued it (the RSF's), not a speaker called «البيان»
                sp = Speaker(sp.start, sp.end, sp.text, known.name, "source")
        said.add(p.open, sp)
        last_close_in_sentence[ss] = p.close + 1
        told = told_to.get(ss)
        if via is None and told is not None and told[0] == sp.text:
            # «وقال يازجي لوكالة فرانس برس إن «...»، مضيفاً أن فرق الإنقاذ «...»»: the same
            # speaker goes on in the sentence, to the same outlet
            via = told[1]
        elif via is None and told is None:
            via = _told_before(ix, p, ss, sp, names, names_pairs)
        told_to[ss] = (sp.text, via)
        resolved.append((p, sp, via))
    out: list[Quote] = []
    for p, sp, via in resolved:
        a, b = _trim(raw, *p.inner)
        if b <= a:
            continue
        canonical = canonical_of(sp, names, raw)
        if canonical is None:
            # «فيما نفى الجيش ذلك وأكد أن قواته «...»»: a generic body's words, named as the
            # sources stage names it (the army of the report's country, or the one named before)
            known = by_span.get((sp.start, sp.end))
            if known is not None and known.name.isascii() and known.kind != _GENERIC_SOURCE \
                    and known.kind not in OUTLET_KINDS:
                canonical = known.name  # (not a class of source: «محافظ نينوى» is no "Official source")
        # made without validation (hadath.events.trusted): offsets into the text and strings
        out.append(trusted(Quote, {"start": a, "end": b, "speaker": sp.text,
                                   "speaker_canonical": canonical, "via": via}))
    return out


def _trim(raw: str, a: int, b: int) -> tuple[int, int]:
    while a < b and raw[a].isspace():
        a += 1
    while b > a and raw[b - 1].isspace():
        b -= 1
    return a, b


def _open(p: MarkPair) -> int:
    return p.open


class _Said:
    """Who has spoken where, in text order: the reporting sources (at their frames) and the
    speakers of the quotations resolved so far, for «وأضاف: «...»» (the previous speaker).

    Two parallel lists, positions and speakers, so look-ups are plain binary searches over
    ints (no key function called per step); a source becomes a :class:`Speaker` only when a
    quotation falls back on it, and stays one.
    """

    __slots__ = ("_pos", "_who")

    def __init__(self, sources: list[SourceMention]) -> None:
        framed = [m for m in sources if m.origin != "dateline"]
        pos = [m.start if m.frame_start is None else m.frame_start for m in framed]
        order = sorted(range(len(pos)), key=pos.__getitem__)  # stable, as the list's sort by position
        self._pos = [pos[i] for i in order]
        self._who: list[Speaker | SourceMention] = [framed[i] for i in order]

    def before(self, pos: int) -> Speaker | None:
        """The last speaker strictly before ``pos``."""
        k = bisect_left(self._pos, pos)
        if not k:
            return None
        who = self._who[k - 1]
        if isinstance(who, SourceMention):
            who = self._who[k - 1] = Speaker(
                who.start, who.end, who.shown or who.text, who.name if who.name != who.text else None,
                "name" if who.kind in ("person", "entity") else "source",
            )
        return who

    def add(self, pos: int, sp: Speaker) -> None:
        """``sp`` spoke at ``pos`` (after any other speaker at the same position)."""
        k = bisect_right(self._pos, pos)
        self._pos.insert(k, pos)
        self._who.insert(k, sp)


def _frame_via(ix: DocIndex, fe: int, kind: str, limit: int, sp: Speaker, p: MarkPair,
               names_pairs: list[MarkPair]) -> str | None:
    """The outlet named after the speaker of the frame ending at ``fe``, before the mark."""
    stop = read_phrase(ix, fe, limit, allow_lam=kind in ("prep", "statement")).stop
    # after the person named between commas: «المتحدث باسم الوزارة، أنيس الأصبحي، لقناة ...»
    return _via(ix, _past_apposed(ix, stop, sp.end, p.open), p.open, names_pairs)


def _told_before(ix: DocIndex, p: MarkPair, ss: int, sp: Speaker, names: NameRegistry,
                 names_pairs: list[MarkPair]) -> str | None:
    """The outlet a verb of saying earlier in the sentence told ``sp``'s words to, when the
    quotation continues them («وقال ... لافي أديب، لـ«الأيام»، إن ...، مضيفاً: «...»»)."""
    near = _frame_before(ix, p, ss)
    if near is None or near[2] != "haal":
        return None  # only words a participle continues («مضيفاً»، «مؤكدة»)
    limit = p.open
    for fs, fe, kind in reversed(_frames_before(ix, p, ss, FRAMES_TRIED)):
        if kind != "verb":
            continue
        cand, _ = speaker_after_frame(ix, fe, kind, limit, names, require_cue=False,
                                      frame_text=ix.doc.raw[fs:fe])
        if cand is not None and cand.text == sp.text:
            return _frame_via(ix, fe, kind, limit, cand, p, names_pairs)
    return None


def _speaker_before(
    ix: DocIndex, p: MarkPair, region: int, names: NameRegistry, names_pairs: list[MarkPair],
    sources: list[SourceMention] | None = None,
) -> tuple[Speaker | None, str | None]:
    """Speaker and outlet from the frame that leads into the quotation, if any.

    When the frame names nobody usable, a name right before the mark is taken: «اعتبر رئيس
    «الكتلة الشعبية» (معارضة)، النائب الياس سكاف «...»» -> «الياس سكاف».
    """
    sp: Speaker | None = None
    via = None
    carrier: Speaker | None = None  # «في بيان نشرته وكالة ...»: the outlet that published the words
    sent = ix.sentences.at(p.open)
    limit = sent.end if sent else len(ix.doc.raw)
    # the nearest frame first; an earlier one when the nearest names only a plain word
    # («وقال شاهد ... طالبا عدم نشر اسمه: «...»» -> «شاهد», not «اسمه»)
    for f in _frames_before(ix, p, region, FRAMES_TRIED):
        fs, fe, kind = f
        if kind == "haal":
            break
        if kind == "via":
            continue  # «في حديث لـ«الحياة»» names the outlet; the speaker stands before it
        host = _host_speaker(ix, fs, fe, region, names) if kind == "verb" else None
        if host is not None:
            return host, None
        cand, relay = speaker_after_frame(
            ix, fe, kind, limit, names, require_cue=False, frame_text=ix.doc.raw[fs:fe]
        )
        if cand is None or cand.end > p.open:
            continue  # nobody, or the phrase ran into the quotation itself
        if kind == "statement" and sp is None and carrier is None and _carried(cand, ix.doc.raw[fs:fe]):
            # «وقالت السلطة المحلية ...، في بيان نشرته وكالة الأنباء اليمنية (سبأ)، إن «...»»:
            # the agency published the statement; the speaker is named before, if anyone is
            carrier = cand
            continue
        if sp is None or cand.kind != "word":
            sp = cand
            via = relay.text if relay is not None else None
            if via is None:
                via = _frame_via(ix, fe, kind, limit, sp, p, names_pairs)
        if sp.kind != "word":
            break
    if carrier is not None:
        maker = _statement_maker(sources, region, carrier.start) if sp is None and sources else None
        if maker is not None:
            # «أما حزب العمال الكردستاني، فقد أكد في بيان نشرته وكالة «فرات» ... أن مقاتليه «...»»:
            # the maker the sources stage read before its verb
            return Speaker(maker.start, maker.end, maker.text, maker.name, "source"), carrier.text
        if sp is None or sp.kind == "word" and len(sp.text.split()) < 2:
            return carrier, None
        return sp, via or carrier.text
    if sp is None or sp.kind == "title":
        near = _adjacent_speaker(ix, p.open, region, names)
        if near is not None:
            return near, None
    if sp is None:
        return _headline_speaker(ix, p, region, names, names_pairs)
    return sp, via


def _headline_speaker(ix: DocIndex, p: MarkPair, region: int, names: NameRegistry,
                      names_pairs: list[MarkPair]) -> tuple[Speaker | None, str | None]:
    """A name and a colon right before the mark, with no verb: the headline or live-page form
    «محافظ طوباس أحمد الأسعد للجزيرة: «...»» (the outlet told, after «لـ», is the via)."""
    raw = ix.doc.raw
    head = raw[region:p.open].rstrip()
    if not head.endswith(":"):
        return None, None
    end = region + len(head) - 1
    i = ix.token_index(end) - 1
    via = None
    if i >= 0 and ix.tok_starts[i] >= region and ix.tok_norms[i][:1] == _LAM and _told_to(ix, i):
        via = _via_at(ix, ix.tok_starts[i], end, names_pairs)
        if via is not None:
            end = ix.tok_starts[i]
    line = raw.rfind("\n", 0, end) + 1
    words = raw[line:end].strip(_STAMP_CHARS).split()
    if line < region or not words or len(words) > ADJACENT_WORDS:
        return None, None  # «... يبتسم ابتسامة صفراء فسألته: «...»»: no name heads the line
    return _adjacent_speaker(ix, end, line, names), via


_STAMP_CHARS: Final = " \t-\u2013\u2014:0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669|"  # a time stamp


def _statement_maker(sources: list[SourceMention], region: int, pos: int) -> SourceMention | None:
    """The last source read with a verb frame between ``region`` and ``pos`` that is no outlet."""
    found = None
    for m in sources:
        if m.start >= pos:
            break
        if m.start >= region and m.end <= pos and m.frame_kind == "verb" and m.kind not in OUTLET_KINDS:
            found = m
    return found


def _carried(sp: Speaker, frame_text: str) -> bool:
    """Does «في بيان نشرته / بثته X» name an outlet that published someone's statement?"""
    return sp.kind == "source" and sp.source is not None and sp.source.kind in OUTLET_KINDS and published_by(frame_text)


@lru_cache(maxsize=1)
def _hosted() -> dict[str, str]:
    """data/hosted.tsv's kinds, held here: ``word_kinds`` caches by path, and hashing a
    ``Path`` runs Python code (pathlib) at each of the ~20 calls an article."""
    return word_kinds(HOSTED_TSV)


@lru_cache(maxsize=1)
def _host_verbs() -> frozenset[str]:
    """The normalised tokens whose kind in data/hosted.tsv is a host verb («عقد»، «وعقد»)."""
    return forms_of_kinds(_hosted(), ("verb",))


_HOST_REACH: Final = 3  # tokens from the host noun («مؤتمراً صحافياً») to the speech verb, at most
_HOST_SUBJECT_REACH: Final = 12  # tokens from the host verb to its noun: the subject («الناطق باسم ... العميد يحيى رسول»)


def _host_speaker(ix: DocIndex, fs: int, fe: int, region: int, names: NameRegistry) -> Speaker | None:
    """The speaker of «قال فيه» (data/hosted.tsv): the subject of the host verb before the
    host noun, «عقد الناطق باسم قيادة العمليات المشتركة العميد يحيى رسول مؤتمراً صحافياً قال
    فيه إن ...» -> «الناطق ... يحيى رسول» (the speech verb's own subject is the pronoun «فيه»,
    and the previous speaker was someone else)."""
    starts, norms = ix.tok_starts, ix.tok_norms
    k = bisect_left(starts, fe)
    table = _hosted()
    if k >= len(starts) or kind_of(norms[k], table) != "in":
        return None
    f = bisect_left(starts, fs)
    host = None
    for h in range(f - 1, max(f - 1 - _HOST_REACH, -1), -1):
        if starts[h] < region:
            break
        if kind_of(norms[h], table) == "noun":
            host = h
    if host is None:
        return None
    for v in range(host - 1, -1, -1):
        if starts[v] < region:
            return None
        if kind_of(norms[v], table) == "verb":
            if v + 1 >= host:
                return None
            return resolve(ix, read_phrase(ix, starts[v + 1], starts[host]), names)
    return None


_HOSTING: Final = object()  # ``DocIndex.cache`` key: does any token of the document read as a host verb?


def hosted_venue_end(ix: DocIndex, start: int, end: int) -> int | None:
    """Raw end of the host noun of a hosted statement in ``[start, end)`` («عقد ... مؤتمراً»:
    a host verb, then a host noun at most :data:`_HOST_SUBJECT_REACH` words after it), or None. What comes before it
    («وفي بغداد، عقد ...») is where the statement was made."""
    starts, norms = ix.tok_starts, ix.tok_norms
    hosting = ix.cache.get(_HOSTING)
    if hosting is None:
        # most documents hold no host verb at all: one set test of all their tokens, once,
        # answers every span (the claims ask for each of their sentences)
        hosting = ix.cache[_HOSTING] = not _host_verbs().isdisjoint(norms)
    if not hosting:
        return None
    table = _hosted()
    a, b = bisect_left(starts, start), bisect_left(starts, end)
    if _host_verbs().isdisjoint(norms[a:b]):
        return None  # most spans: no host verb, so no token's kind need be read
    verb = -1
    for k in range(a, b):
        kind = kind_of(norms[k], table)
        if kind == "verb":
            verb = k
        elif kind == "noun" and verb >= 0 and k - verb <= _HOST_SUBJECT_REACH:
            return ix.tok_ends[k]
    return None


_TO: Final = frozenset({normalize_key("إلى")})
_CONJ_LETTERS: Final = ("\u0648", "\u0641")  # و ف


def _called_for(raw: str, open_mark: int) -> bool:
    """Does the quotation opening at ``open_mark`` follow «إلى» right away (what a call asks
    for: «ودعت البعثة في بيان إلى «وقف فوري ...»»)?"""
    words = raw[max(0, open_mark - 12):open_mark].split()
    return bool(words) and normalize_key(words[-1]) in _TO


def _caller(ix: DocIndex, p: MarkPair, sent_start: int, names: NameRegistry) -> Speaker | None:
    """Who calls for the quotation: «ودعت بعثة الأمم المتحدة للدعم في ليبيا في بيان إلى «وقف فوري
    ...»» is the mission's call, though «دعت» reports nothing (``data/call_verbs.tsv``: such verbs
    are no reporting frame, their noun may be their object: «دعا الحركات المسلحة إلى ...»). Only a
    quotation right after «إلى», in a sentence that opens with a call verb whose subject follows it
    (a named body, source or person)."""
    if not _called_for(ix.doc.raw, p.open):
        return None
    i = ix.token_index(sent_start)
    norm = ix.tok_norms[i] if i < len(ix.tok_norms) else ""
    if norm[:1] in _CONJ_LETTERS and norm[1:] in call_verbs():
        norm = norm[1:]
    if norm not in call_verbs() or ix.tok_ends[i] >= p.open:
        return None
    sp = resolve(ix, read_phrase(ix, ix.tok_ends[i], p.open), names)
    return sp if sp is not None and sp.kind in ("source", "entity", "name", "org") else None


# the crowd that carries a slogan or banner («وجاب المحتجون الشارع رافعين شعارات من قبيل "..."»):
# counted.tsv's protester nouns (lexicons.protester_nouns), and the participants and the gathered,
# who are a crowd here but count no protesters by themselves («مئات المشاركين» in a conference)
_GATHERED: Final = frozenset(normalize_key(w) for w in ("المشاركون", "المشاركين", "المحتشدون", "المحتشدين"))


@lru_cache(maxsize=1)
def _crowd_nouns() -> frozenset[str]:
    return protester_nouns() | _GATHERED


_WA_WORD: Final = "\u0648"  # a bare «و» token between two quotations
SLOGAN_REACH: Final = 3  # words from a slogan or banner noun to the mark («شعارات من قبيل»)


def _chanters(ix: DocIndex, p: MarkPair, sent_start: int) -> Speaker | None:
    """The crowd whose slogan or banner the quotation is: a slogan, chant or banner noun among
    the :data:`SLOGAN_REACH` words before the mark (``ix.words.orgs``: speakers.tsv's content
    row, read together with the org heads that also make marks a name), and a protesters noun
    earlier in the sentence. Such words are the crowd's, not the outlet's that the dateline
    names («تونس - وكالات»)."""
    norms, starts = ix.tok_norms, ix.tok_starts
    i = ix.token_index(p.open) - 1
    while i > 1 and norms[i] == _WA_WORD and norms[i - 1] == QUOTE_NORM:
        # «لافتات كتب عليها «جوعتونا» و«طرابلس ليست صندوق بريد»»: the banner noun stands
        # before the first slogan of the list
        j = i - 2
        while j >= 0 and norms[j] != QUOTE_NORM and starts[j] >= sent_start:
            j -= 1
        if j < 0 or starts[j] < sent_start:
            break
        i = j - 1
    heads = ix.words.orgs
    if not any(0 <= i - k and starts[i - k] >= sent_start and norms[i - k] in heads for k in range(SLOGAN_REACH)):
        return None
    crowd = _crowd_nouns()
    for j in range(ix.token_index(sent_start), i):
        w = norms[j]
        if w in crowd or (w[:1] in _CONJ_LETTERS and w[1:] in crowd):
            a = starts[j] + (1 if w not in crowd else 0)
            e = ix.tok_ends[j]
            return Speaker(a, e, ix.doc.raw[a:e], None, "word")
    return None


# what may open a name's phrase before a mark: a title, or a source noun («محافظ طوباس أحمد الأسعد»)
_TITLE_UNITS: Final = frozenset({"title", "source"})


def _adjacent_speaker(ix: DocIndex, end: int, region: int, names: NameRegistry) -> Speaker | None:
    """A named speaker written right before ``end`` (the opening mark), with no frame in between."""
    starts = ix.tok_starts
    i = ix.token_index(end) - 1
    if i >= 0 and ix.tok_norms[i] in _ATTACHING:
        return None  # «وصف ... بـ«...»»: the words describe, nobody before them says them
    j = i
    while j >= 0 and i - j < ADJACENT_WORDS and starts[j] >= region and ix.is_word(j):
        w = ix.word_tok.get(j)
        if j in ix.frame_tok or (w is not None and w.payloads[0].kind in ("stop", "that", "pronoun", "time")):
            break
        j -= 1
    if j == i:
        return None
    if j >= 0 and ix.is_word(j):
        w = ix.word_tok.get(j)
        if w is not None and w.payloads[0].kind == "that":
            return None  # «وان ثوابت الكنيسة «...»»: the subject of the reported clause
    ph = read_phrase(ix, starts[j + 1], end)
    sp = resolve(ix, ph, names)
    if sp is None or not ph.units:
        return None
    if sp.kind in ("entity", "source") or (sp.kind == "name" and ph.units[0].kind in _TITLE_UNITS):
        return sp  # a bare word run («ووصف بعض») is no name without a title before it
    return None


_BELONGING: Final = frozenset(normalize_key(w) for w in (
    "التابعة", "التابع", "تابعة", "تابع", "الموالية", "الموالي", "موالية", "موال", "المقربة", "المقرب", "مقربة", "مقرب"))


def _via(ix: DocIndex, start: int, limit: int, names_pairs: list[MarkPair]) -> str | None:
    """The outlet the words were given to, between the speaker and the quotation.

    «لـ«الشرق الأوسط»», «لوكالة فرانس برس», «في حديث لـ«الحياة»», «في اتصال هاتفي مع
    وكالة الصحافة الفرنسية». The speaker's description may come first: «وقال شاهد عيان من
    سكان مدينة رفح لـ«الشرق الأوسط»» (:data:`VIA_REACH`).
    """
    i = ix.token_index(start)
    if 0 < i < len(ix.tok_norms) and ix.tok_norms[i - 1] in _BELONGING:
        return None  # «وكالة «سبأ» التابعة للحوثيين»: whose the speaker is, not whom it told
    got = _via_at(ix, start, limit, names_pairs)
    if got is not None:
        return got
    raw = ix.doc.raw
    after = _after_apposition(ix, start, limit)
    if after is not None:
        # «وقال أبو محمد، وهو مزارع ... نزح مع عائلته إلى الطبقة، للمرصد السوري: «...»»
        j = ix.token_index(after)
        if j < len(ix.tok_starts) and ix.tok_norms[j][:1] == _LAM and _told_to(ix, j):
            return _via_at(ix, ix.tok_starts[j], limit, names_pairs)
    starts, norms = ix.tok_starts, ix.tok_norms
    j = ix.token_index(start) + 1
    while j < len(starts) and starts[j] < limit and starts[j] - start <= VIA_REACH:
        t_start, norm = starts[j], norms[j]
        if ix.tok_texts[j] in _DESCRIPTION_ENDS or j in ix.frame_tok or norm == _ILA:
            return None  # «، طلب عدم ذكر اسمه»، «في رسالة إلى ...»: no outlet told
        if norm[:1] == _LAM and raw[t_start - 1 : t_start].isspace() and _told_to(ix, j) \
                and (not norms[j - 1].startswith(_AL) or _quoted_outlet(ix, j)):
            # not a genitive after a definite word: «الرئاسة البرتغالية للاتحاد الأوروبي»; but
            # «قائد عسكري في الفصائل لـ«الشرق الأوسط»»: a quoted name after a bare «لـ» is told to
            return _via_at(ix, t_start, limit, names_pairs)
        j += 1
    return None


def _quoted_outlet(ix: DocIndex, j: int) -> bool:
    """Is token ``j`` a bare «لـ» right before a «quoted» name, after no word of belonging
    («التابعة لـ«داعش»» names whose the speaker is)?"""
    raw = ix.doc.raw
    end = ix.tok_ends[j]
    while raw[end:end + 1] == "\u0640":  # «لـ«»: the tatweel is no part of the token
        end += 1
    return ix.tok_norms[j] == _LAM and raw[end:end + 1] in ("\u00ab", '"', "\u201c") \
        and ix.tok_norms[j - 1] not in _BELONGING


def _past_apposed(ix: DocIndex, stop: int, speaker_end: int, limit: int) -> int:
    """Where to look for the outlet: after the speaker's phrase (``stop``), or after the person
    named between commas behind it (the speaker then ends past ``stop``) and that person's closing
    comma, so «، لقناة «المسيرة»» or «، في تصريح لقناة ...» is read as the outlet it names."""
    if speaker_end <= stop:
        return stop
    i = ix.token_index(speaker_end)
    if i < len(ix.tok_texts) and ix.tok_starts[i] < limit and ix.tok_texts[i] in ("\u060c", ","):
        i += 1
        if i < len(ix.tok_starts) and ix.tok_starts[i] < limit:
            return ix.tok_starts[i]
    return speaker_end


_APPOSITION: Final = frozenset({"\u0648\u0647\u0648", "\u0648\u0647\u064a", "\u0648\u0647\u0645"})  # وهو وهي وهم


def _after_apposition(ix: DocIndex, start: int, limit: int) -> int | None:
    """Where the text goes on after a description set off by commas right at ``start``
    («، وهو مزارع من قرية الخفسة،»), if there is one before ``limit``."""
    i = ix.token_index(start)
    texts = ix.tok_texts
    if i + 1 >= len(texts) or texts[i] not in ("\u060c", ",") or ix.tok_norms[i + 1] not in _APPOSITION:
        return None
    for j in range(i + 2, len(texts)):
        if ix.tok_starts[j] >= limit or texts[j] in (":", "\u00ab", "."):
            return None
        if texts[j] in ("\u060c", ","):
            return ix.tok_ends[j]
    return None


def _told_to(ix: DocIndex, j: int) -> bool:
    """Is token ``j`` the preposition «لـ» before an outlet: «لـ» on its own, or a clitic ل
    before a source or entity that starts after it («لوكالة فرانس برس»), not a word that
    starts with ل («لجنة»)?"""
    if ix.tok_norms[j] == _LAM:
        return True
    t_start = ix.tok_starts[j]
    return any(m is not None and m.start > t_start for m in (ix.source_tok.get(j), ix.entity_tok.get(j)))


def _ends_with_ma(raw: str, pos: int) -> bool:
    """Does the frame ending at ``pos`` end with «مع» («في اتصال هاتفي مع»)?"""
    return raw[max(0, pos - 3) : pos].rstrip().endswith("\u0645\u0639")


def _via_at(ix: DocIndex, start: int, limit: int, names_pairs: list[MarkPair]) -> str | None:
    """:func:`_via` when the outlet is right at ``start``."""
    raw = ix.doc.raw
    starts = ix.tok_starts
    i = ix.token_index(start)
    f = ix.frame_tok.get(i)
    after_frame = f is not None and f.payloads[0].kind == "via"
    pos = f.end if after_frame and f is not None else start
    if after_frame:
        m = ix.token_index(pos)
        if m < len(starts) and starts[m] < limit and ix.tok_norms[m] == _MA:
            pos = ix.tok_ends[m]  # «في حديث مع «الوسط»»، «في مقابلة مع وكالة ...»: talked with
    # names in marks opening within VIA_GAP of pos (and before limit); pairs are sorted by opening
    for k in range(bisect.bisect_left(names_pairs, pos, key=_open), len(names_pairs)):
        np_ = names_pairs[k]
        if np_.open >= limit or np_.open - pos > VIA_GAP:
            break
        if _ATTACHED.search(raw[pos : np_.open]) or (
                after_frame and _ends_with_ma(raw, pos) and not raw[pos : np_.open].strip()):
            # «لـ«الشرق الأوسط»»; «في حديث مع «الوسط»»: the outlet talked with, in marks
            a, b = _trim(raw, *np_.inner)
            return raw[a:b]
    j = ix.token_index(pos)
    if j >= len(starts) or starts[j] >= limit:
        return None
    norm = ix.tok_norms[j]
    lam = norm.startswith(_LAM)
    if norm == _LAM:  # «لـ» on its own
        j += 1
        if j >= len(starts) or starts[j] >= limit:
            return None
    if not (lam or after_frame):
        return None
    ph = read_phrase(ix, starts[j], limit, allow_lam=True)
    if not ph.units:
        return None
    u = ph.units[0]
    if u.kind not in ("source", "entity", "org") and not (after_frame and (lam or _ends_with_ma(raw, pos))):
        # «لـ» + a plain word is no outlet («قال للصحافيين»); an organisation head is. After
        # a frame of telling the plain word must be told to: «في حديث لصحيفة محلية», «في
        # اتصال مع مراسلنا», not «في مؤتمر صحافي عقده في بغداد»
        return None
    a, b = ph.start, closed_end(raw, ph.start, ph.end)
    if raw[a] == _LAM and u.kind in ("word", "org") and not (a > 0 and raw[a - 1] == _LAM):
        # «لصحيفة» loses its preposition; «للقناة»، «للوسط» already start at the article's lam,
        # shown with its alif by display («القناة»، «الوسط»), not cut to «قناة»، «وسط»
        a += 1
        while a < b and raw[a] == "\u0640":
            a += 1
    return display(raw, a, b)
