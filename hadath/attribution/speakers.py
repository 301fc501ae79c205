"""Reading the speaker phrase after a reporting frame, and naming the speaker.

After «قال» / «بحسب» / «نقلت ... عن» comes a noun phrase: a known source («المرصد السوري
لحقوق الإنسان»), a named entity from NER, or titles and a name («مدير المرصد رامي عبد
الرحمن»). :func:`read_phrase` collects that phrase as units until a word that ends it
(«إن»، «في»، «:»، «لـ»); :func:`resolve` picks the speaker inside it: the person's name
when there is one (title dropped), else the source or the whole titled phrase
(«المتحدث باسم الجيش»). Names are recorded so later surname-only mentions («العبدالله»)
reach the fullest form in the document («رامي العبدالله»).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Final, cast

import regex

from hadath.attribution.index import DocIndex
from hadath.attribution.lexicons import ARTICLE, SourceEntry, national_body, word_key
from hadath.bisects import bisect_left
from hadath.doc import Mention
from hadath.ner.lexicons import given_names
from hadath.text.normalize import normalize_key

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

MAX_UNITS: Final = 10
MAX_NAME_TOKENS: Final = 4
MAX_BODY_TOKENS: Final = 6  # a body's name in marks, led by its head: «مكتب توثيق الشهداء في درعا»
# a name in marks a lexicon or NER knows exactly: «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب»
MAX_KNOWN_NAME_TOKENS: Final = 8
_LAM: Final = "\u0644"  # ل
_BISM: Final = "\u0628\u0627\u0633\u0645"  # باسم: «المتحدث باسم»
_FI: Final = "\u0641\u064a"  # في
_LADA: Final = normalize_key("لدى")
_BA: Final = "\u0628"  # ب
_ALIF: Final = "\u0627"  # ا
_LISTENERS: Final = frozenset(  # «قال للصحافيين», «قال لمراسل ...»: told to people, not an outlet
    {"\u0635\u062d\u0627\u0641\u064a\u064a\u0646", "\u0645\u0631\u0627\u0633\u0644",
     "\u0635\u062d\u0641\u064a\u064a\u0646", "\u0645\u0631\u0627\u0633\u0644\u064a\u0646"}
)  # صحافيين مراسل صحفيين مراسلين
_PREPOSITIONS: Final = frozenset("\u0628\u0644\u0643")  # ب ل ك
_CLOSERS: Final = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
_CLITIC_SPAN: Final = 3  # a unit may start up to this many letters into its token (و + ل + ل)
_LAM_MARK: Final = regex.compile("\u0644\u0640*\\s?[\u00ab\u201c\"]")  # «لـ«»: ل, tatweel, an opening mark


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class Unit:
    """A piece of a speaker phrase: kind is source | entity | title | word."""

    kind: str
    start: int
    end: int
    norm: str
    payload: Any = None
    lam: bool = False  # introduced by the preposition ل («لوكالة», «لـ«الشرق الأوسط»»)

    def __init__(self, kind: str, start: int, end: int, norm: str, payload: Any = None,
                 lam: bool = False) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.norm = norm
        self.payload = payload
        self.lam = lam


@dataclass(slots=True)
class Phrase:
    units: list[Unit]
    stop: int  # raw offset where reading stopped (start of the stopping token)

    def __init__(self, units: list[Unit], stop: int) -> None:
        self.units = units
        self.stop = stop

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see hadath.attribution.stage
class Speaker:
    """A resolved speaker: raw span of what is written, and what it refers to."""

    start: int
    end: int
    text: str
    canonical: str | None
    kind: str  # source | entity | name | title | word
    source: SourceEntry | None = None

    def __init__(self, start: int, end: int, text: str, canonical: str | None, kind: str,
                 source: SourceEntry | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical
        self.kind = kind
        self.source = source


@dataclass
class NameRegistry:
    """Person names seen in the document, for surname-only later mentions."""

    names: list[str] = field(default_factory=list)
    orgs: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # head word -> (start, canonical), in text order
    _words: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # name -> (last, all)
    _by_last: dict[str, list[str]] = field(default_factory=dict)  # last bare word -> names, in order

    canon: dict[str, str] = field(default_factory=dict)  # a name's English canonical, if known
    _org_texts: set[tuple[str, int, bool]] = field(default_factory=set)  # (text, start, English?) indexed
    _org_calls: list[tuple[str, str, int]] = field(default_factory=list)  # add_org's (text, canonical, start), not yet indexed
    named: dict[str, str] = field(default_factory=dict)  # an org's Arabic name -> its English canonical
    _titled: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # title -> (start, who), in text order

    def add_titled(self, title: str, start: int, who: str) -> None:
        """Remember that the speaker named at ``start`` with ``title`` («المتحدث العسكري ...»,
        «المتحدث باسم الشرطة العقيد ...») is ``who``, for a later bare «المتحدث»."""
        seen = self._titled.setdefault(_bare(title), [])
        if (start, who) in seen:
            return  # a phrase read again (sources, then quotations)
        seen.append((start, who))
        if len(seen) > 1 and seen[-2][0] > start:
            seen.sort()

    def titled_before(self, title: str, pos: int) -> str | None:
        """Who the bare title ``title`` at ``pos`` refers back to: the last speaker named with
        it before ``pos`` («وقال المتحدث» after «أعلن المتحدث العسكري ... العقيد غريب عبد
        الحافظ»); None when none was."""
        seen = self._titled.get(_bare(title))
        if not seen:
            return None
        k = bisect.bisect_left(seen, (pos, ""))
        return seen[k - 1][1] if k else None

    def add(self, name: str, canonical: str | None = None) -> None:
        if name and name not in self._words:
            self.names.append(name)
            bare = [_bare(w) for w in name.split()]
            self._words[name] = (bare[-1], frozenset(bare))
            self._by_last.setdefault(bare[-1], []).append(name)
        if name and canonical:
            self.canon.setdefault(name, canonical)

    def add_org(self, text: str, canonical: str, start: int) -> None:
        """Remember «وزارة الصحة الفلسطينية» at ``start`` so a later bare «الوزارة» finds its name.

        A bare head word is the organisation last named with it before («الوزارة» after
        «وزارة الدفاع» and then «وزارة الصحة» is the health ministry). At one position an English
        canonical (the sources lexicon's) wins over the Arabic text NER gives as canonical.

        The head-word index is built from these calls, in their order, on the first :meth:`org`
        question (:meth:`_index_orgs`): the stage tells every organisation mention (~70 an
        article) and most articles never ask.
        """
        if canonical.isascii():
            self.named.setdefault(text, canonical)
        self._org_calls.append((text, canonical, start))

    def _index_orgs(self) -> None:
        """Index the organisations told so far by head word, as each :meth:`add_org` call would have."""
        for text, canonical, start in self._org_calls:
            english = canonical.isascii()
            if (text, start, english) in self._org_texts:
                continue  # an article repeats its sources' names many times
            self._org_texts.add((text, start, english))
            words = text.split()
            if len(words) < 2:
                continue
            seen = self.orgs.setdefault(_bare(words[0]), [])
            k = bisect.bisect_left(seen, (start, ""))
            if k < len(seen) and seen[k][0] == start:
                if not seen[k][1].isascii() and english:
                    seen[k] = (start, canonical)
                continue
            seen.insert(k, (start, canonical))
        self._org_calls.clear()

    def org(self, word: str, pos: int) -> str | None:
        """The canonical of the organisation last named before ``pos`` with head ``word`` (else
        the first named after it)."""
        if self._org_calls:
            self._index_orgs()
        seen = self.orgs.get(_bare(word))
        if not seen:
            return None
        k = bisect.bisect_left(seen, (pos, ""))
        return seen[k - 1][1] if k else seen[0][1]  # none before: the one named next

    def fullest(self, name: str) -> str:
        """The longest recorded name that ends with ``name``'s last word and contains its words."""
        if not self.names:
            return name
        bare = [_bare(w) for w in name.split()]
        if not bare:
            return name
        last, want = bare[-1], set(bare)
        best = name
        for cand in self._by_last.get(last, ()):  # only names ending in the same word can match
            if len(cand) > len(best) and want <= self._words[cand][1]:
                best = cand
        return best


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A word's lookup key without the article; remembered (names repeat across a document)."""
    key = normalize_key(word)
    return key[2:] if key.startswith(ARTICLE) and len(key) > 3 else key


def display(raw: str, start: int, end: int) -> str:
    """Arabic as written, with the article restored after «لل» («للمرصد» -> «المرصد») and a
    name's closing mark kept («صحيفة «الشرق الأوسط»», see :func:`closed_end`)."""
    text = raw[start:closed_end(raw, start, end)]
    if start > 0 and raw[start - 1] == _LAM and text[:1] == _LAM:
        return "\u0627" + text
    return text


def read_phrase(ix: DocIndex, pos: int, limit: int, allow_lam: bool = False) -> Phrase:
    """Units of the noun phrase starting at raw ``pos`` (not past ``limit``); cached per document.

    ``allow_lam``: the phrase may open with the preposition ل, as after «وفقا» or «في بيان»
    («وفقا للمرصد»); after a verb, ل introduces the listener («قال لوكالة ...»), not the
    speaker, so reading stops there.
    """
    key = ("phrase", pos, allow_lam)
    hit: tuple[Phrase, int] | None = ix.cache.get(key)  # type: ignore[assignment]
    if hit is not None:
        cached, used = hit
        # a phrase that ended before its limit reads the same under any limit past that end
        if used == limit or (
            cached.stop < used and cached.stop < limit and (not cached.units or cached.end <= limit)
        ):
            return cached
    phrase = _read_phrase(ix, pos, limit, allow_lam)
    ix.cache[key] = (phrase, limit)
    return phrase


def _marked_actor(ix: DocIndex, open_tok: int, close_tok: int) -> Any | None:
    """The NER mention of the one actor named inside the marks at tokens ``open_tok`` and
    ``close_tok``, when the name in the marks is that actor's: the first mention of it there,
    if every mention inside names the same actor and one of them starts or ends the name (NER
    cut «اللواء 444» into «اللواء» and «444», or took «444» alone)."""
    found: list[Any] = []
    k = open_tok + 1
    while k < close_tok:
        m = ix.entity_tok.get(k)
        if m is not None:
            if m.actor is None:
                return None
            found.append(m)
            k = max(k + 1, bisect_left(ix.tok_starts, m.end))
        else:
            k += 1
    if not found or len({getattr(m.actor, "name", None) for m in found}) != 1:
        return None
    starts, ends = ix.tok_starts, ix.tok_ends
    if found[0].start != starts[open_tok + 1] and found[-1].end != ends[close_tok - 1]:
        return None
    return found[0]


def _name_goes_on_after(ix: DocIndex, i: int, end: int, limit: int) -> bool:
    """Does a plain word follow the one-word outlet with its «ل» at token ``i`` (ending at
    ``end``), with no mark around the outlet? Told to an outlet, the speech or a comma comes
    next («قال لإفي إن ...»); a word of a name goes on after a given name that only looks
    like «ل» + an outlet («لافي أديب»)."""
    raw = ix.doc.raw
    if ix.tok_ends[i] != end or " " in raw[ix.tok_starts[i] : end] or i + 1 >= len(ix.tok_starts):
        return False
    nxt = i + 1
    if ix.tok_starts[nxt] >= limit or not raw[end : ix.tok_starts[nxt]].isspace() or not ix.is_word(nxt):
        return False
    return nxt not in ix.word_tok and nxt not in ix.frame_tok and nxt not in ix.source_tok


def _titled_office(units: list[Unit]) -> bool:
    """A title and an office of a body so far («مدير المكتب الإعلامي»، «رئيس قسم الطوارئ»): «في»
    after them names the body («... في الدفاع المدني أحمد يازجي»), as after a bare title (not
    after a ministry's field: «وزير الإعلام في الحكومة ...، معمر الإرياني» is the minister)."""
    return 1 < len(units) <= 3 and units[0].kind == "title" and units[1].norm in _OFFICES \
        and all(u.kind == "word" for u in units[1:])


_OFFICES: Final = frozenset(normalize_key(w) for w in (
    "المكتب", "مكتب", "القسم", "قسم", "الدائرة", "دائرة", "الشعبة", "شعبة", "الفرع", "فرع", "الوحدة", "وحدة"))


# «المعروف بـ»، «المعروفة باسم»، «الملقب»، «المسمى»: another name for the body before follows
_STATE_KINDS: Final = frozenset("NC")  # gazetteer kinds of a country and a national capital


def _state_named_at(ix: DocIndex, start: int) -> bool:
    """Does a country's or a capital's name start at raw ``start`` («قالت باكستان»، «أعلنت
    بغداد»)? Its ب is the name's own first letter, not a preposition."""
    starts = cast("frozenset[int] | None", ix.cache.get("state_starts"))
    if starts is None:
        starts = frozenset(m.start for m in ix.doc.entities if m.place is not None and m.place.kind in _STATE_KINDS)
        ix.cache["state_starts"] = starts
    return start in starts


_KNOWN_AS: Final = regex.compile(r"\s+(?:\u0627\u0644)?(?:\u0645\u0639\u0631\u0648\u0641|\u0645\u0644\u0642\u0628|\u0645\u0633\u0645[\u0649\u064a])")


# «علي» written with its dotted ya is the name (its key is that of the preposition «على»):
# «قال عضو لجنة الأمن والدفاع النيابية علي البنداوي»
_ALI: Final = frozenset({"\u0639\u0644\u064a", "\u0648\u0639\u0644\u064a"})  # علي وعلي


def _read_phrase(ix: DocIndex, pos: int, limit: int, allow_lam: bool) -> Phrase:
    raw = ix.doc.raw
    # the index's look-ups bound once: a phrase reads several tokens, a document ~30 phrases
    tok_starts, tok_ends, tok_texts, tok_norms = ix.tok_starts, ix.tok_ends, ix.tok_texts, ix.tok_norms
    n = len(tok_starts)
    source_tok, entity_tok, frame_tok = ix.source_tok, ix.entity_tok, ix.frame_tok
    # the lookup itself, not its bound ``get``: the compiled build calls a native method
    # directly, where a bound method held in a local is a generic vectorcall per token
    words = ix.word_tok
    i = bisect_left(tok_starts, pos)
    units: list[Unit] = []
    stop = limit
    body_close = -1  # token of the mark closing a body's name the phrase opened with
    while True:
        if i >= n:
            stop = limit
            break
        t_start = tok_starts[i]
        if t_start >= limit or len(units) >= MAX_UNITS:
            stop = min(t_start, limit)
            break
        norm = tok_norms[i]
        if not tok_texts[i][:1].isalpha():  # Token.is_word
            if i == body_close:
                stop = tok_ends[i]  # the name's closing mark ends the phrase, after it
                break
            if not units and marked_known_name(ix, i):
                i += 1  # «بحسب «المرصد السوري لحقوق الإنسان»»: a known name in marks opens the phrase
                continue
            if not units and (close := _marked_body(ix, i)) is not None:
                # «وفق ما أعلنت «تنسيقية لجان المقاومة بالفاشر»»: a body's name in marks
                body_close = close
                i += 1
                continue
            j = _quoted_name_end(tok_texts, i) if units and units[-1].kind in ("org", "title", "link") else None
            if j is None:
                stop = t_start
                break
            # «حركة «حماس»», «صحيفة «يديعوت أحرونوت»»: a name in marks inside the phrase
            ent = entity_tok.get(i + 1)
            src = source_tok.get(i + 1)
            if units[-1].kind == "org" and src is not None and src.end == tok_starts[j]:
                # «وكالة «هاوار»»، «وكالة «سانا»»: a known source in marks after its head noun
                units.append(Unit("source", src.start, src.end, src.key, src.payloads[0]))
            elif units[-1].kind in ("org", "link") and (named := _marked_actor(ix, i, j)) is not None:
                # «تنظيم «ولاية سيناء»»: the name NER knows as an actor is the speaker; «مصدر في
                # «اللواء 444»» (NER's «اللواء» and «444», or «444» alone, one actor): the body
                units.append(Unit("entity", tok_starts[i + 1], tok_ends[j - 1], raw[tok_starts[i + 1]:tok_ends[j - 1]], named))
            else:
                units.extend(Unit("quoted", tok_starts[q], tok_ends[q], tok_norms[q]) for q in range(i + 1, j))
            i = j + 1
            continue
        nxt = _lam_complement(ix, i, units) if units and norm[:1] == _LAM else None
        if nxt is not None:
            # «رئيس الهيئة التنفيذية لـ«القوات اللبنانية» سمير جعجع»: لـ joins the title to
            # its organisation, the name follows
            units.extend(
                Unit("quoted", tok_starts[q], tok_ends[q], tok_norms[q])
                for q in range(i, nxt)
                if tok_texts[q][:1].isalpha()
            )
            i = nxt
            continue
        src = source_tok.get(i)
        ent = entity_tok.get(i)
        if ent is not None and units:
            ent = _before_listener(raw, ent)  # «بوزارة الداخلية المصرية لـ«الشرق الأوسط»» as one mention
        if ent is not None and src is not None and ent.end > src.end and _KNOWN_AS.match(raw, src.end):
            ent = None  # «الدفاع المدني السوري المعروف بـ«الخوذ البيضاء»»: the source, then its other name
        if ent is not None and (src is None or ent.end > src.end):
            # «لـ«الشرق الأوسط»» read by NER as one mention with its «لـ«»: still told to it
            lam = _LAM in raw[t_start : ent.start] or _LAM_MARK.match(ent.text) is not None
            if lam and not (allow_lam and not units):
                stop = t_start
                break
            units.append(Unit("entity", ent.start, ent.end, ent.text, ent, lam))
            i = bisect_left(tok_starts, ent.end)
            if raw[ent.end : ent.end + 1].isspace() and _LAM_MARK.match(raw, ent.end + 1):
                stop = ent.end + 1  # the rest of NER's mention is the listener
                break
            continue
        if src is not None and _LAM in src.prefix and units and _name_goes_on_after(ix, i, src.end, limit):
            src = None  # «رئيس مجلس قروي ترمسعيا لافي أديب»: a name «لافي», not «لإفي» (told to EFE)
        if src is not None:
            lam = _LAM in src.prefix
            if lam and not (allow_lam and not units):
                stop = t_start
                break
            units.append(Unit("source", src.start, src.end, src.key, src.payloads[0], lam))
            i = bisect_left(tok_starts, src.end)
            if i < n and closed_end(raw, src.start, src.end) > src.end:
                i += 1  # «قناة «العراقية»»: the name's closing mark belongs to the unit
            continue
        if i in frame_tok and i > body_close:  # «رصد» in «مجموعة رصد الضحايا» is the name's
            stop = t_start
            break
        wm = words.get(i)
        if wm is not None:
            kind = wm.payloads[0].kind
            if kind == "stop" and wm.key == _FI and units and (
                    units[-1].kind == "title" or _generic_title(ix, units[-1]) or _titled_office(units)):
                # «القيادي في حركة ...», «مسؤول في حكومة ولاية شمال دارفور»: the title's
                # complement goes on
                units.append(Unit("link", t_start, tok_ends[i], norm))
                i += 1
                continue
            if kind in ("stop", "that", "pronoun", "time", "content") and not (kind == "stop" and tok_texts[i] in _ALI) \
                    and i > body_close:  # inside a body's marked name every word is the name's
                stop = t_start
                break
            if kind == "data" and not units:
                # «تقديرات الأمم المتحدة», «إحصاءات المرصد»: the figures' owner follows
                units.append(Unit(kind, t_start, wm.end, wm.key, wm.payloads[0]))
                i = bisect_left(tok_starts, wm.end)
                continue
            if kind == "org" and units and _LAM in wm.prefix and wm.key in _OUTLET_HEADS:
                stop = t_start  # «متحدث باسمه لصحيفة «ديلي نيوز»»: told to an outlet (the via)
                break
            if kind in ("title", "org"):
                if not units and allow_lam and wm.prefix.endswith(_LAM):
                    # «بحسب بيان لشرطة ولاية جنوب دارفور»: the body without its preposition
                    units.append(Unit(kind, wm.start, wm.end, wm.key, wm.payloads[0], lam=True))
                else:
                    units.append(Unit(kind, t_start, wm.end, wm.key, wm.payloads[0]))
                i = bisect_left(tok_starts, wm.end)
                continue
        if not units and not allow_lam and norm[:1] == _BA and len(norm) > 3 and not _state_named_at(ix, t_start):
            stop = t_start  # «اتهم بتفجير ...»: after a verb, ب opens the object (names come as entities)
            break
        if norm[:1] == _BA and (units or not allow_lam) and i > body_close and (
            norm[1:3] == ARTICLE or norm[1:] in _object_nouns()
        ):
            stop = t_start  # «أفاد بمقتل ...», «أفادت بالعثور»: ب opens the object (not «بشار»)
            break
        if ix.is_number_start(t_start):
            stop = t_start  # «أحصى ثلاثة قتلى»: a count is no speaker
            break
        if units and norm in _DEED_OBJECTS and i > body_close:
            stop = t_start  # «وتبنت حركة طالبان باكستان الهجوم»: the deed claimed, not the name's
            break
        if _suffixed_title(ix, norm):
            # «مديره», «رئيسها»: a title with a possessive pronoun
            units.append(Unit("title", t_start, tok_ends[i], norm))
            i += 1
            continue
        if norm == _LAM or (norm.startswith(_LAM + _LAM) and len(norm) > 3):
            if not (allow_lam and not units):
                stop = t_start
                break
            if norm != _LAM and tok_texts[i][:2] == _LAM + _LAM:
                # «بحسب بيان للوحدات»: the word is «الوحدات» without its preposition (the span
                # starts at the article's lam, shown with its alif, as «للمرصد» is), so a bare
                # head word reaches the body named with it before («وحدات مقاومة سنجار»)
                units.append(Unit("word", t_start + 1, tok_ends[i], ARTICLE + norm[2:], lam=True))
                i += 1
                continue
        if units and own_outlet(norm):
            stop = t_start  # «قال ... محمود بصل لقناتنا إن»: told to the outlet's own channel
            break
        unit = Unit("word", t_start, tok_ends[i], norm)
        if len(units) > 1 and units[0].kind == "org" and units[-1].kind == "word" and _is_definite(units[-1]) \
                and not _is_definite(unit) and i > body_close:
            # «أعلنت جمعية المصارف إقفال الفروع»: an organisation's name in construct ends with its
            # definite word; an indefinite word after it is no adjective of it (those agree) but the
            # verb's object
            stop = t_start
            break
        units.append(unit)
        i += 1
    return Phrase(units, stop)


_OUTLET_HEADS: Final = frozenset(normalize_key(w) for w in (
    "صحيفة", "جريدة", "مجلة", "قناة", "فضائية", "إذاعة", "موقع", "تلفزيون", "وكالة",
))  # «لصحيفة ...» after a speaker: the outlet the words were given to
_OUR_SUFFIX: Final = "\u0646\u0627"  # نا: «قناتنا»، «مراسلنا»


def own_outlet(norm: str) -> bool:
    """Is the normalised word «ل» + an outlet head or listener with «نا» («لقناتنا»، «لصحيفتنا»،
    «لمراسلنا»): the words were told to the reporting outlet itself, no speaker's word."""
    if norm[:1] != _LAM or not norm.endswith(_OUR_SUFFIX) or len(norm) < 5:
        return False
    base = norm[1:-2]
    if base.endswith("\u062a"):  # ت of a feminine noun before its suffix: «قناتنا» -> «قناه»
        base = base[:-1] + "\u0647"
    return base in _OUTLET_HEADS or base in _LISTENERS


def _before_listener(raw: str, ent: Mention) -> Mention:
    """NER's mention without a listener it swallowed: «وزارة الداخلية المصرية لـ«الشرق الأوسط»»
    -> «وزارة الداخلية المصرية» (the rest is the outlet the words were given to)."""
    k = ent.text.find(" " + _LAM)
    while k > 0:
        if _LAM_MARK.match(ent.text, k + 1):
            end = ent.start + k
            text = raw[ent.start : end]
            return replace(ent, end=end, text=text, canonical=text if ent.canonical == ent.text else ent.canonical)
        k = ent.text.find(" " + _LAM, k + 1)
    return ent


def _lam_complement(ix: DocIndex, i: int, units: list[Unit]) -> int | None:
    """After a title, «لـ«X»» or «لX» followed by a name is the title's complement, and so is
    a definite «للX» followed by a person NER found («الأمين العام للنقابة مسعود بوديبة»).

    Returns the token index where the name starts, else None (then لـ introduces the
    listener: «قال المتحدث باسم الجيش لـ«الشرق الأوسط»: ...»).
    """
    if not units or units[0].kind != "title" or any(u.kind == "word" and not _is_definite(u) for u in units):
        return None
    norms = ix.tok_norms
    end: int | None = None
    if norms[i] == _LAM and i + 1 < len(norms):
        j = _quoted_name_end(ix.tok_texts, i + 1)
        if j is not None:
            end = j + 1
    elif norms[i].startswith(_LAM):
        src = ix.source_tok.get(i)
        ent = ix.entity_tok.get(i)
        unit_end = ent.end if ent is not None else (src.end if src is not None else None)
        if unit_end is not None:
            end = ix.token_index(unit_end)
        elif norms[i].startswith(_LAM + _LAM) and i + 1 < len(norms):
            # «الأمين العام للنقابة مسعود بوديبة»: a definite body after «لل», then the person
            person = ix.entity_tok.get(i + 1)
            if person is not None and person.type == "PER" and person.start == ix.tok_starts[i + 1]:
                end = i + 1
    if end is None or end >= len(norms):
        return None
    if not ix.is_word(end) or end in ix.frame_tok:
        return None
    w = ix.word_tok.get(end)
    if w is not None and w.payloads[0].kind in ("stop", "that", "pronoun", "time", "content"):
        return None
    if norms[end].startswith(ARTICLE) and not (w is not None and w.payloads[0].kind == "title"):
        return None
    return end


# definite deed nouns that follow a verb's subject as its object («تبنت X الهجوم»، «ودان X التفجير»)
_DEED_OBJECTS: Final = frozenset(normalize_key(w) for w in (
    "الهجوم", "الهجمات", "الهجومين", "التفجير", "التفجيرات", "العملية", "الاعتداء", "الاعتداءات",
    "الغارة", "الغارات", "القصف", "الاغتيال", "الحادث", "الحادثة"))


def _object_nouns() -> frozenset[str]:
    """Status nouns that open a reported fact after «ب» («بمقتل», «باعتقال»)."""
    from hadath.attribution.lexicons import counted_keys

    return counted_keys()["status"]


def _suffixed_title(ix: DocIndex, norm: str) -> bool:
    return norm in ix.words.suffixed


def marked_known_name(ix: DocIndex, i: int) -> bool:
    """Do the marks opened at token ``i`` hold exactly one known source or NER entity («أفاد
    «المرصد السوري لحقوق الإنسان»», «قال «حزب الله»»)? Newspapers mark organisations' names;
    quoted speech right after a verb («قال «إن ...»») holds more than a name and is no speaker."""
    j = _quoted_name_end(ix.tok_texts, i, MAX_KNOWN_NAME_TOKENS)
    if j is None:
        return False
    end = ix.tok_ends[j - 1]
    src = ix.source_tok.get(i + 1)
    ent = ix.entity_tok.get(i + 1)
    return (src is not None and src.end == end) or (ent is not None and ent.end == end)


def _marked_body(ix: DocIndex, i: int) -> int | None:
    """The closing mark's token if the marks opened at token ``i`` hold a body's name: an
    organisation head first («تنسيقية»، «لجنة»، «منظمة»), no count, a short phrase."""
    j = _quoted_name_end(ix.tok_texts, i, MAX_BODY_TOKENS)
    if j is None or word_key(ix.tok_texts[i + 1]) not in ix.words.orgs:
        return None
    return None if any(ix.is_number_start(ix.tok_starts[k]) for k in range(i + 1, j)) else j


def _quoted_name_end(texts: list[str], i: int, most: int = MAX_NAME_TOKENS) -> int | None:
    """Index of the mark closing a short name (at most ``most`` tokens) opened at token ``i``
    (``texts`` the tokens' raw texts), if it is one."""
    closer = _CLOSERS.get(texts[i])
    if closer is None:
        return None
    for j in range(i + 1, min(len(texts), i + 2 + most)):
        tj = texts[j]
        if tj == closer:
            return j if j > i + 1 else None
        if not tj[:1].isalnum():  # a number belongs to a name: «اللواء 444»
            return None
    return None


_CONJ_CLITICS: Final = frozenset("\u0648\u0641")  # و ف
_ALL_CLITICS: Final = frozenset("\u0648\u0641\u0628\u0644\u0643")  # و ف ب ل ك


def _is_definite(u: Unit) -> bool:
    """Does the word carry the article, after at most a conjunction and a preposition
    («الجيش»، «والجيش»، «وبالجيش»)? Letters that are no clitics do not count: «شمال» is no
    «ش» + «ال»."""
    n = u.norm
    if n.startswith(ARTICLE):
        return True
    if n[:1] in _ALL_CLITICS and n[1:].startswith(ARTICLE):
        return True
    return n[:1] in _CONJ_CLITICS and n[1:2] in _ALL_CLITICS and n[2:].startswith(ARTICLE)


_PLURAL_POSSESSIVE: Final = ("\u0647\u0645", "\u0647\u0646", "\u0647\u0645\u0627", "\u0643\u0645")  # هم هن هما كم


def _name_run(units: list[Unit], k: int) -> tuple[int, int] | None:
    """Indices ``[k, j)`` of a personal name starting at unit ``k``, if one does.

    A name starts with an undefined word that is no title (رامي، أبو، سيرغي); definite words
    join only right after an undefined one (عبد الرحمن، رامي العبدالله، أبو محمد الجولاني).
    A plural possessive ending marks a common noun: «حسب مصالحهم وأجنداتهم» names nobody.
    """
    if k >= len(units) or units[k].kind != "word" or _is_definite(units[k]) or units[k].norm.endswith(_PLURAL_POSSESSIVE):
        return None
    j = k + 1
    prev_def = False
    while j < len(units) and j - k < MAX_NAME_TOKENS and units[j].kind == "word":
        d = _is_definite(units[j])
        if not d and prev_def:
            break
        prev_def = d
        j += 1
    return k, j


def skip_titles(ix: DocIndex, start: int, end: int) -> int:
    """Where a person mention's name starts once leading titles are left out («الدكتور فؤاد حسين»)."""
    starts = ix.tok_starts
    i = ix.token_index(start)
    while i + 1 < len(starts) and starts[i + 1] < end:
        w = ix.word_tok.get(i)
        if not (w is not None and w.payloads[0].kind == "title") and not _suffixed_title(ix, ix.tok_norms[i]):
            break
        i += 1
    return max(start, starts[i]) if i < len(starts) else start


def _takes_complement(u: Unit) -> bool:
    """A title in construct state («مدير المرصد», «قائد جيش الإسلام», «المتحدث باسم ...»)."""
    return u.kind == "title" and (not _is_definite(u) or u.norm.endswith(_BISM))


def _last_name_run(
    units: list[Unit], places: frozenset[int] = frozenset(), inner: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The last name in a titled phrase, skipping the titles' complements.

    «المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول» -> «يحيى رسول»: «قيادة العمليات»
    right after a construct title is its complement (undefined + defined word), not a name.
    A word inside a place mention (``inner``: «كوشيبي» of «أحد سكان قرية كوشيبي») is where the
    speaker lives, not his name.
    """
    best = None
    k = 0
    while k < len(units):
        run = _name_run(units, k)
        if run is None:
            k += 1
            continue
        a, b = run
        is_complement = (
            a > 0 and _takes_complement(units[a - 1]) and b - a >= 2 and _is_definite(units[a + 1])
        ) or _after_link(units, a) or (  # «مصدر في شرطة صلاح الدين»: where, not who
            units[a].start in places and (
                any(u.kind == "link" for u in units[:a])  # «... ولاية جنوب دارفور»
                or units[a - 1].kind == "org")  # «أحد سكان قرية كوشيبي»: a place after its head word
        ) or units[a].start in inner or _residents_of(units, a)
        if not is_complement:
            best = _with_definite_first_name(units, run)
        k = b
    return best


# «أحد سكان X», «أحد أهالي X»: X is where the residents live, never a name (normalised forms)
_RESIDENTS: Final = frozenset({"\u0633\u0643\u0627\u0646", "\u0627\u0647\u0627\u0644\u064a"})  # سكان أهالي


def _residents_of(units: list[Unit], a: int) -> bool:
    """Does unit ``a`` follow «أحد سكان», «أهالي»: the place they live in (even when NER read a
    person: «أحد سكان كوشيبي»)?"""
    return a > 0 and units[a - 1].kind == "title" and units[a - 1].norm.rsplit(" ", 1)[-1] in _RESIDENTS


def _after_link(units: list[Unit], a: int) -> bool:
    """Does unit ``a`` continue a title's «في» complement: right after the «في», or after only
    organisation heads («مسؤول في حكومة ولاية شمال دارفور»)? A named body in between ends the
    complement: «القيادي في حركة حماس محمود الزهار» names the man."""
    k = a - 1
    while k >= 0 and units[k].kind == "org":
        k -= 1
    return k >= 0 and units[k].kind == "link"


_NISBA_END: Final = "\u064a"  # ي: «الأميركي», «السوداني» describe the body before, they are no first name


def _with_definite_first_name(units: list[Unit], run: tuple[int, int]) -> tuple[int, int]:
    """A one-word name run with the definite word before it, when that word can only be a
    first name: «المتحدث باسم قوات الدعم السريع الفاتح قرشي» -> «الفاتح قرشي» (names like
    «الفاتح»، «الطيب»، «الصادق» carry the article, so :func:`_name_run` starts after them).

    The word must follow a named body (the title's complement is complete: a lexicon source or
    an entity) and must not be a nisba adjective («وزير الخارجية الأميركي بلينكن»)."""
    a, b = run
    if b - a != 1 or a < 2:
        return run
    prev = units[a - 1]
    if (prev.kind == "word" and _is_definite(prev) and not prev.norm.endswith(_NISBA_END)
            and units[a - 2].kind in ("source", "entity")):
        return a - 1, b
    return run


def _body_of_title(ix: DocIndex, phrase: Phrase, sp: Speaker) -> bool:
    """Is ``sp`` the body a title's complement names («قائد عمليات قوات بونتلاند»), not a person?
    A person apposed after the complement is then the speaker, as after a bare title."""
    if sp.kind not in ("entity", "source") or sp.start <= phrase.units[0].start:
        return False
    ent = ix.entity_tok.get(ix.token_index(sp.start))
    return ent is None or ent.type != "PER"


def resolve(ix: DocIndex, phrase: Phrase, names: NameRegistry | None = None) -> Speaker | None:
    """The speaker named in ``phrase``; ``names`` (when given) learns person names.

    A bare common noun NER took for an organisation («قال أشخاص إن») names nobody.
    """
    sp = _resolve(ix, phrase, names)
    if sp is not None and phrase.units and phrase.units[0].kind == "title" and (
            sp.kind in _TITLE_ONLY or _body_of_title(ix, phrase, sp)):
        person = _person_past_complement(ix, phrase, names)
        if person is not None:
            sp = person
    if sp is not None and sp.start in ix.common_nouns and sp.kind in ("word", "name", "org"):
        return None
    if sp is not None and normalize_key(ix.doc.raw[sp.start:sp.start + 4].split(" ")[0]) in _ANY:
        return None  # «من دون أن تتبنى أي جهة الهجوم»: "any party" under a negation is nobody
    if names is not None and sp is not None and sp.kind in _TITLED_KINDS:
        _remember_title(ix, phrase.units[0], sp, names)
    return sp


_SERVICE_HEADS: Final = frozenset(normalize_key(w) for w in (
    "خدمة", "خدمات", "قناة", "وكالة", "صحيفة", "جريدة", "مجلة", "موقع", "إذاعة", "تلفزيون", "فضائية", "منظمة", "جمعية"))
_ANY: Final = frozenset(normalize_key(w) for w in ("أي", "أية", "أيّ"))
_TITLE_ONLY: Final = frozenset({"title", "word", "org", "name"})  # a speaker read off a title phrase, not a person NER found
PERSON_REACH: Final = 6  # tokens of a title's complement («في المنظمة»، «للأمم المتحدة في السودان») before the person


def _person_past_complement(ix: DocIndex, phrase: Phrase, names: NameRegistry | None) -> Speaker | None:
    """The person NER found right after a title's complement where the phrase stopped: «منسق
    الطوارئ في المنظمة ميشيل لاشاريتيه»، «منسقة الشؤون الإنسانية للأمم المتحدة في السودان
    كليمنتاين نكويتا سلامي»، or between commas: «الناطق باسم جمعية الهلال الأحمر الليبي فرع
    طرابلس، أسامة الفيتوري،». Arabic puts the name after the whole title, so the title phrase
    alone («منسق الطوارئ») is no speaker when a name follows it in the same clause. The complement
    is words only (no punctuation, frame or «إن»), and the person ends the clause (punctuation, a
    frame, «في/لـ», or the speech's «إن»): «قال مسؤول في الوزارة إن أحمد ...» names nobody after.
    He speaks for the first body the complement names (a sources row or an organisation NER
    knows by an English name)."""
    raw = ix.doc.raw
    i = ix.token_index(phrase.stop)
    texts, norms, starts = ix.tok_texts, ix.tok_norms, ix.tok_starts
    n = len(texts)
    if i >= n or starts[i] != phrase.stop:
        return None
    body_src: SourceEntry | None = None
    body_canon: str | None = None
    for u in phrase.units[1:]:
        if u.kind == "source" and body_src is None:
            body_src = u.payload
        elif u.kind in ("entity", "quoted") and body_canon is None:
            # «للأونروا» read as the title's «لـ» complement: NER's organisation there
            m = u.payload if u.kind == "entity" else ix.entity_tok.get(ix.token_index(u.start))
            if m is not None and m.type == "ORG":
                body_canon = m.canonical if m.canonical and m.canonical.isascii() else None
    if texts[i] in ("\u060c", ","):
        ent = _person_between_commas(ix, i)
        if ent is None:
            return None
        return _spokesperson(raw, skip_titles(ix, ent.start, ent.end), ent.end, body_src, ent.canonical or body_canon, names)
    if norms[i] != _FI and norms[i][:1] != _LAM:
        return None
    # «سفير إيران لدى الأمم المتحدة أمير سعيد إيرواني»: the body after «لدى» hosts the envoy, he
    # speaks for the state his title names (sources._spoken_for), not for it
    posted = norms[i] == _LADA
    envoy: Speaker | None = None
    if posted:
        body_canon = _envoys_state(ix, phrase)
        if body_canon is not None:  # the envoy, as his state, when no name NER knows follows
            a, b = phrase.units[0].start, phrase.units[-1].end
            envoy = Speaker(a, b, display(raw, a, b), body_canon, "entity")
    for k in range(i, min(n, i + PERSON_REACH)):
        if texts[k] in ("\u060c", ",") and k > i and not posted and (ent := _person_between_commas(ix, k)) is not None:
            # «قائد عمليات قوات بونتلاند في المنطقة، العقيد محمد علي،»: the holder, apposed
            canon = ent.canonical if ent.canonical and ent.canonical.isascii() else body_canon
            return _spokesperson(raw, skip_titles(ix, ent.start, ent.end), ent.end, body_src, canon, names)
        if not texts[k][:1].isalpha() or k in ix.frame_tok:
            return envoy
        w = ix.word_tok.get(k)
        if w is not None and w.payloads[0].kind in ("that", "pronoun", "content"):
            return envoy
        if k > i and ix.is_number_start(starts[k]):
            return envoy
        src = ix.source_tok.get(k)
        if src is not None and body_src is None and not posted:
            body_src = src.payloads[0]
        ent = ix.entity_tok.get(k)
        if ent is None:
            continue
        if ent.type == "PER" and k > i and starts[k] == ent.start:
            j = ix.token_index(ent.end)
            if j < n and texts[j][:1].isalpha() and norms[j] != _FI and norms[j][:1] != _LAM \
                    and j not in ix.frame_tok and not _is_cue_word(ix, j):
                return envoy  # the name runs on into the clause: not an appended speaker
            canon = ent.canonical if ent.canonical and ent.canonical.isascii() else body_canon
            return _spokesperson(raw, skip_titles(ix, ent.start, ent.end), ent.end, body_src, canon, names)
        if ent.type == "ORG" and body_canon is None and body_src is None and not posted:
            c = ent.canonical
            body_canon = c if c and c.isascii() else None
    return envoy


_APPOSED_TITLES: Final = 2  # title words between the comma and an apposed person's name («، العقيد محمد علي،»)


def _person_between_commas(ix: DocIndex, k: int) -> Mention | None:
    """The person NER found between the comma at token ``k`` and the next comma, a title or two
    before the name aside («، أسامة الفيتوري،»، «، العقيد محمد علي،»)."""
    raw = ix.doc.raw
    for j in range(k + 1, min(len(ix.tok_starts), k + 2 + _APPOSED_TITLES)):
        ent = ix.entity_tok.get(j)
        if ent is not None:
            if ent.type != "PER" or raw[ent.end : ent.end + 2].strip()[:1] not in ("\u060c", ","):
                return None
            return ent
        w = ix.word_tok.get(j)
        if w is None or w.payloads[0].kind != "title":
            return None
    return None


def _envoys_state(ix: DocIndex, phrase: Phrase) -> str | None:
    """"Government of X" for the country an envoy's title names («سفير إيران»), None when it
    names none."""
    starts = {u.start for u in phrase.units[1:]}
    for m in ix.doc.entities:
        place = m.place
        if m.start in starts and place is not None and place.kind == "N" and place.country:  # a country
            from hadath.lexicon.actors import government_of  # noqa: PLC0415 - as sources does

            return government_of(place.country)
    return None


def _is_cue_word(ix: DocIndex, j: int) -> bool:
    """Is token ``j`` a word that opens what is said («إن»، «أن») or a time word before it?"""
    w = ix.word_tok.get(j)
    return w is not None and w.payloads[0].kind in ("that", "time")
_TITLED_KINDS: Final = frozenset({"source", "entity", "name"})  # speakers a later bare title can mean


def _remember_title(ix: DocIndex, first: Unit, sp: Speaker, names: NameRegistry) -> None:
    """A phrase opened by a definite title names who holds it: «الناطق باسم وزارة
    الداخلية»، «المتحدث باسم الشرطة العقيد محمد الكعبي»، «المتحدث العسكري باسم القوات
    المسلحة المصرية» (a source whose first word is a title). A later bare «المتحدث» is that
    speaker (:meth:`NameRegistry.titled_before`)."""
    head = ix.doc.raw[first.start : first.end].split()
    if first.kind == "title":
        if not _is_definite(first):
            # «مصدر في قيادة عمليات كركوك» then «وقال المصدر»: the definite title points back at
            # the indefinite one, who speaks for the body named after it («مسؤول محلي» with no
            # body: anonymous, a bare «المسؤول» names nobody new)
            canon = canonical_of(sp, names)
            if canon is not None and canon.isascii() and sp.end > first.end:
                names.add_titled(head[0], first.start, canon)
            return
        if sp.start <= first.start:
            return
    elif first.kind != "source" or len(head) < 2 or word_key(head[0]) not in ix.words.titles:
        return
    names.add_titled(head[0], first.start, canonical_of(sp, names) or sp.text)


def _resolve(ix: DocIndex, phrase: Phrase, names: NameRegistry | None = None) -> Speaker | None:
    units = phrase.units
    if units and units[0].kind == "data":
        # «وتشير تقديرات الأمم المتحدة إلى أن ...»: the source owns the figures
        owner = resolve(ix, Phrase(units[1:], phrase.stop), names) if len(units) > 1 else None
        return owner if owner is not None and owner.kind != "word" else None  # «تقديرات أولية»
    if not units:
        return None
    raw = ix.doc.raw
    if len(units) > 2 and units[1].kind == "link" and _generic_title(ix, units[0]):
        # «مسؤول في حكومة ولاية شمال دارفور»: a generic source that is a bare title, with
        # where it serves: the title phrase (the lexicon row still names the source)
        u = units[0]
        units = [Unit("title", u.start, u.end, u.norm, u.payload), *units[1:]]
    elif len(units) > 1 and _titled_generic(ix, units):
        # «محافظ نينوى», «مسؤول حلب»: a generic title with its place is the speaker as written
        u = units[0]
        units = [Unit("title", u.start, u.end, u.norm, u.payload), *units[1:]]
    pers = [
        k for k, u in enumerate(units)
        if u.kind == "entity" and u.payload.type == "PER" and not _residents_of(units, k)
    ]
    if pers:
        # a person right after a title is the speaker («... الشيخ نعيم حسن»), else the first
        titled = [
            k
            for k in pers
            if (k > 0 and units[k - 1].kind == "title")
            or skip_titles(ix, units[k].payload.start, units[k].payload.end) > units[k].payload.start
        ]
        k = titled[0] if titled else pers[0]
        m: Mention = units[k].payload
        s = skip_titles(ix, m.start, m.end)
        if s == m.start and k > 0 and _kunya(raw, units[k - 1], m.start):
            s = units[k - 1].start  # «أم خالد», «أبو محمد»: NER took the name without its kunya
        text = display(raw, s, m.end)
        if names is not None and s > m.start:
            # «العقيد محمد الكعبي» as one mention: a later bare «العقيد» is he
            who = m.canonical if m.canonical and m.canonical.isascii() else names.fullest(text)
            names.add_titled(raw[m.start : s].split()[0], m.start, who)
        if m.canonical and m.canonical.isascii():
            if names is not None:
                names.add(text, m.canonical)
            return Speaker(s, m.end, text, m.canonical, "entity")
        body = _titled_body(ix, units, k) if k > 0 and units[0].kind == "title" else None
        if body is not None:
            # «المفوض العام للأونروا فيليب لازاريني»: a construct title over a body a lexicon or
            # NER knows by an English name, then the person: he speaks for that body
            if names is not None:
                names.add(text, body)
            return Speaker(s, m.end, text, body, "entity")
        # an Arabic-only name: its canonical is the fullest form in the document
        if names is not None:
            names.add(text)
        return Speaker(s, m.end, text, None, "name")
    first = units[0]
    if first.kind == "title":
        # an indefinite title followed by an undefined word is anonymous: «مسؤول محلي»
        definite = _is_definite(first) or _suffixed_title(ix, first.norm)
        if not definite and (len(units) < 2 or (units[1].kind == "word" and not _is_definite(units[1]))):
            later = _last_name_run(units)
            if later is not None and later[0] > 2 and units[later[0] - 1].kind == "title" \
                    and _is_definite(units[later[0] - 1]) and later[1] - later[0] >= 2:
                # «قائد محور بيحان العميد مفرح بحيبح»: a construct title and where it commands,
                # then a rank and a two-word name NER missed: the name is who speaks
                return _name(ix, units, later, names)
            return _whole(ix, phrase, units)
        run = _last_name_run(units, _place_starts(ix), _place_inner_starts(ix))
        if run is not None:
            return _name(ix, units, _past_named_place(ix, units, run), names)
        if not definite and units[1].kind == "link" and len(units) > 2 and units[2].kind in ("source", "entity"):
            return _member_of(ix, first, units[2], names)
        # «مدير المرصد رامي عبد الرحمن» with the name in a lexicon: the last known unit
        # after the title's complement is the speaker
        # a construct title («مدير المرصد») takes its first unit as complement; a definite or
        # possessed one («العميد», «مديره») does not
        named = [u for u in units[1 if definite else 2 :] if u.kind in ("source", "entity")]
        if named:
            return _unit_speaker(raw, named[-1], names)
        return _whole(ix, phrase, units)
    if first.kind == "entity" and " " not in first.norm.strip() and len(units) > 2:
        # «المتظاهر غلام مصطفى»: a one-word group noun before a name is a title (but not
        # before a preposition: «المتظاهرون بشعارات ...»)
        run = _name_run(units, 1)
        if (
            run is not None
            and run[1] - run[0] >= 2
            and units[1].norm[:1] not in _PREPOSITIONS
            and cue_at(ix, phrase.stop, len(raw))
        ):
            return _name(ix, units, run, names)
    if first.kind == "source" and len(units) > 1 and (k := _spokesman_named(ix, units)) > 0:
        # «المتحدث العسكري باسم الحوثيين يحيى سريع»، «المتحدث باسم الجيش السوداني العميد نبيل
        # عبد الله»: the spokesman's name is who speaks, for the source the lexicon knows
        entry: SourceEntry = first.payload
        if names is not None and " " in raw[first.start : first.end].strip():
            names.add(raw[first.start : first.end], entry.name)  # the office, as _unit_speaker learns it
        return _spokesperson(raw, units[k].start, units[k].end, entry, None, names)
    if first.kind == "source" and len(units) > 2 and first.payload.kind == "generic" and _title_headed(ix, first):
        # «الناطق الرسمي باسم القوات المسلحة اليمنية العميد عبده مجلي»: a generic title the
        # lexicon lists, its body, a rank and a name NER missed: the name after the last title
        later = _last_name_run(units)
        if later is not None and later[0] > 1 and units[later[0] - 1].kind == "title" and later[1] - later[0] >= 2:
            return _name(ix, units, later, names)
    if first.kind in ("source", "entity"):
        return _unit_speaker(raw, first, names)
    if first.kind == "org" and len(units) > 1 and units[1].kind in ("entity", "source") and (
            raw[units[1].start - 1] in _CLOSERS):
        return _unit_speaker(raw, units[1], names)  # «أعلن تنظيم «ولاية سيناء» الموالي ...»، «وكالة «هاوار»»
    if first.kind == "org" and first.norm in _SERVICE_HEADS and len(units) == 2 and units[1].kind == "source" \
            and units[1].payload.kind != "generic" and not raw[first.end:units[1].start].strip():
        # «وأفادت خدمة نجمة داوود الحمراء للإسعاف بإصابة ...»، «قناة الجزيرة»: a service or outlet
        # over a body the sources know is that body (not «كتائب حزب الله»: a group's name)
        return _unit_speaker(raw, units[1], names)
    later = _last_name_run(units)
    if later is not None and any(u.kind == "title" for u in units[: later[0]]):
        # «شيخ عقل طائفة الموحدين الدروز الشيخ نعيم حسن»: the name after the last title
        return _name(ix, units, later, names)
    run = _name_run(units, 0)
    if run is not None:
        return _name(ix, units, run, names)
    if first.kind == "word" and _is_definite(first) and len(units) > 1:
        # a definite word before a name works as a title: «المؤرخ محمد القورصو» (when speech
        # follows: «اعتبر المتظاهرون صدور الإعلان بمثابة ...» names no «صدور الإعلان»)
        run = _name_run(units, 1)
        if run is not None and cue_at(ix, phrase.stop, len(raw)):
            return _name(ix, units, run, names)
    if first.kind == "word" and len(units) == 1:
        # a lone definite word: a surname («العبدالله») or a common noun («الجيش»)
        return Speaker(first.start, first.end, display(raw, first.start, first.end), None, "word")
    if first.kind == "org" or (first.kind == "word" and len(units) > 1):
        # an organisation or a definite phrase: «وزارة الصحة», «الأمم المتحدة»
        e = closed_end(raw, first.start, units[-1].end)
        return Speaker(first.start, e, raw[first.start : e], None, "org")
    return None


def _title_headed(ix: DocIndex, u: Unit) -> bool:
    """Does the lexicon source ``u`` open with a title word («الناطق الرسمي»، «مصدر أمني»)?"""
    head = ix.doc.raw[u.start:u.end].split()
    return bool(head) and word_key(head[0]) in ix.words.titles


def _titled_body(ix: DocIndex, units: list[Unit], k: int) -> str | None:
    """The English name of the body a construct title governs right after it («المفوض العام
    للأونروا»، «منسق الطوارئ في المنظمة»: only a body named at once after the title, as a
    sources row or an organisation NER knows), when the person follows at unit ``k``."""
    for u in units[1:k]:
        if u.kind == "source":
            entry: SourceEntry = u.payload
            return entry.name if entry.kind != "generic" else None
        m = u.payload if u.kind == "entity" else ix.entity_tok.get(ix.token_index(u.start)) if u.kind == "quoted" else None
        if m is not None and m.type == "ORG" and m.canonical and m.canonical.isascii():
            return str(m.canonical)
        if u.kind not in ("quoted", "title", "link"):
            return None
    return None


def _member_of(ix: DocIndex, title: Unit, body: Unit, names: NameRegistry | None) -> Speaker:
    """«مصدر في «قسد»»، «قيادي في حركة حماس»: an anonymous title serving in a named body. The
    speaker is the whole phrase as written (a source in the SDF is not the SDF's statement),
    and the body is who it speaks for: its canonical name, NER's actor name before the
    sources lexicon's (whose row for «قسد» is the SDF's press office)."""
    raw = ix.doc.raw
    sp = _unit_speaker(raw, body, names)
    canon, source = sp.canonical, sp.source
    ent = ix.entity_at.get(body.start)
    actor = getattr(ent.actor, "name", None) if ent is not None and ent.actor is not None else None
    if body.kind == "source" and ent is not None and ent.end == body.end and actor and "{" not in actor:
        canon, source = actor, None
    e = closed_end(raw, title.start, sp.end)
    return Speaker(title.start, e, display(raw, title.start, e), canon, "source" if source is not None else "entity", source)


def _spokesman_named(ix: DocIndex, units: list[Unit]) -> int:
    """The index of the person's unit when ``units`` is a lexicon source that opens with a title
    («المتحدث باسم الجيش السوداني») followed at once by a person NER found («نبيل عبد الله»),
    or after one rank («العميد نبيل عبد الله»: a spokesman's rank stands before his name);
    else 0."""
    first, k = units[0], 1
    if units[1].kind == "title" and len(units) > 2 and _is_definite(units[1]):
        k = 2
    nxt = units[k]
    raw = ix.doc.raw
    if raw[first.end:units[1].start].strip() or raw[units[1].end:nxt.start].strip():
        return 0
    if nxt.kind == "source":  # the spokesman's name listed with his office («نبيل عبد الله»)
        if nxt.payload.name != first.payload.name:
            return 0
    elif nxt.kind != "entity" or nxt.payload.type != "PER":
        return 0
    return k if _title_headed(ix, first) else 0


_KUNYA: Final = frozenset({"\u0627\u0645", "\u0627\u0628\u0648", "\u0627\u0628\u064a", "\u0627\u0628\u0627"})  # أم أبو أبي أبا (normalised)


def _kunya(raw: str, u: Unit, name_start: int) -> bool:
    """Is ``u`` a kunya's first word («أم», «أبو») right before the name starting at ``name_start``?"""
    return u.kind == "word" and u.norm in _KUNYA and not raw[u.end : name_start].strip()


def closed_end(raw: str, s: int, e: int) -> int:
    """``e``, or one past it when ``raw[s:e]`` leaves a «» mark open and its closer follows:
    «المتحدث باسم «الجيش الوطني»» keeps the mark that ends the organisation's name."""
    text = raw[s:e]
    for opener, closer in _CLOSERS.items():
        if opener != closer and text.count(opener) > text.count(closer) and raw[e : e + 1] == closer:
            return e + 1
    return e


def _unit_speaker(raw: str, u: Unit, names: NameRegistry | None = None) -> Speaker:
    """The speaker a lexicon source or an NER entity names (remembered for later surnames)."""
    if u.kind == "source":
        entry: SourceEntry = u.payload
        if names is not None and " " in raw[u.start : u.end].strip():
            names.add(raw[u.start : u.end], entry.name)
        return Speaker(u.start, u.end, display(raw, u.start, u.end), entry.name, "source", entry)
    m = u.payload
    canon = m.canonical
    if canon is None and m.actor is not None:
        canon = getattr(m.actor, "name", None)
    if canon is not None and "{" in canon:
        canon = None  # a generic actor not resolved to its country: «Protesters ({country})»
    # the unit's span: NER's mention, or a run of them naming one actor («اللواء 444»)
    return Speaker(u.start, u.end, display(raw, u.start, u.end), canon, "entity")


def _name(ix: DocIndex, units: list[Unit], run: tuple[int, int], names: NameRegistry | None) -> Speaker:
    a, b = run
    s, e = units[a].start, units[b - 1].end
    text = ix.doc.raw[s:e]
    if b - a == 1 and (names is None or names.fullest(text) == text):
        # one word and no fuller name known: a common noun as often as a name («نازحة»)
        return Speaker(s, e, text, None, "word")
    if names is not None:
        names.add(text)
    return Speaker(s, e, text, None, "name")


def _generic_title(ix: DocIndex, u: Unit) -> bool:
    """Is ``u`` a generic source that is a bare title («مسؤول»، «مصدر»)? Such a title takes
    a «في» complement as any title does («مسؤول في حكومة ولاية شمال دارفور»)."""
    return u.kind == "source" and u.payload.kind == "generic" and u.norm in ix.words.titles


def _titled_generic(ix: DocIndex, units: list[Unit]) -> bool:
    """Is the phrase a generic source that is a bare title («محافظ») followed by a place?"""
    u = units[0]
    if u.kind != "source" or u.payload.kind != "generic" or u.norm not in ix.words.titles:
        return False
    nxt = units[1]
    return nxt.kind == "word" and not nxt.lam and nxt.start in _place_starts(ix)


def _past_named_place(ix: DocIndex, units: list[Unit], run: tuple[int, int]) -> tuple[int, int]:
    """A name run right after an organisation's head that holds a place the document names
    elsewhere, with two words or more after it: the organisation's name ends at the place
    («رئيس مجلس قروي ترمسعيا لافي أديب»: the council of Turmus'ayya, then Lafi Adib)."""
    a, b = run
    if a == 0 or units[a - 1].kind != "org":
        return run
    words = _placed_words(ix)
    for q in range(a, b - 2):
        if units[q].norm in words:
            return q + 1, b
    return run


def _placed_words(ix: DocIndex) -> frozenset[str]:
    """The normalised words of the place mentions the geo stage resolved (cached per document)."""
    hit = ix.cache.get("placed_words")
    if hit is None:
        hit = ix.cache["placed_words"] = frozenset(
            normalize_key(w) for m in ix.doc.entities if m.place is not None for w in m.text.split()
        )
    return cast("frozenset[str]", hit)


def _place_starts(ix: DocIndex) -> frozenset[int]:
    """Raw offsets where a place mention (GPE, LOC, FAC) starts, after its clitics."""
    hit = ix.cache.get("place_starts")
    if hit is None:
        hit = ix.cache["place_starts"] = frozenset(
            m.start for m in ix.doc.entities if m.type in ("GPE", "LOC", "FAC")
        )
    return cast("frozenset[int]", hit)


def _place_inner_starts(ix: DocIndex) -> frozenset[int]:
    """Raw offsets of the words after the first inside a place mention («كوشيبي» of «قرية كوشيبي»)."""
    hit = ix.cache.get("place_inner_starts")
    if hit is None:
        raw = ix.doc.raw
        hit = ix.cache["place_inner_starts"] = frozenset(
            m.start + k + 1
            for m in ix.doc.entities
            if m.type in ("GPE", "LOC", "FAC")
            for k, ch in enumerate(raw[m.start : m.end])
            if ch == " "
        )
    return cast("frozenset[int]", hit)


def _whole(ix: DocIndex, phrase: Phrase, units: list[Unit]) -> Speaker:
    s, e = units[0].start, closed_end(ix.doc.raw, units[0].start, units[-1].end)
    # «مسؤول في شرطة الناصرية» is the lexicon's «مسؤول في الشرطة» (Police) before it is a
    # bare «مسؤول» (Official source)
    src = _generic_in(ix, units) or next(
        (u.payload for u in units if u.kind == "source" or (u.kind == "title" and isinstance(u.payload, SourceEntry))),
        None,
    )
    # an anonymous title with where it serves («مسؤول في حكومة ولاية شمال دارفور») is known
    # only as the lexicon's generic source, and its quotations say so
    canon = src.name if src is not None and src.kind == "generic" and any(u.kind == "link" for u in units) else None
    return Speaker(s, e, ix.doc.raw[s:e], canon, "title", src)


def _generic_in(ix: DocIndex, units: list[Unit]) -> SourceEntry | None:
    """The generic source a «title في X» phrase is, read from the lexicon's «title في الX» row:
    «مصدر في شرطة صلاح الدين» is «مصدر في الشرطة» (Police), «ضابطاً في الجيش العراقي» is
    «ضابط في الجيش» (Military source)."""
    if len(units) < 3 or units[0].kind != "title" or units[1].kind != "link" or units[2].kind not in ("word", "org"):
        return None
    title = units[0].norm
    if title.endswith(_ALIF) and title[:-1] in ix.words.titles:
        title = title[:-1]  # «مصدراً»
    what = units[2].norm
    if not what.startswith(ARTICLE):
        what = ARTICLE + what
    entry = ix.lex.by_key.get(f"{title} {_FI} {what}")
    return entry if entry is not None and entry.kind == "generic" else None


def canonical_of(sp: Speaker, names: NameRegistry, raw: str = "") -> str | None:
    """English canonical when a lexicon or NER knows it, else the fullest Arabic name; a
    bare title («وقال المتحدث») is the speaker last named with that title, unless a
    bracket follows it in ``raw``: «واعتبر النائب (في تكتل الاكثرية) سمير فرنجية» names
    someone new after the bracket."""
    if sp.canonical:
        if sp.canonical.isascii():
            return sp.canonical
        return names.named.get(sp.canonical) or national_body(sp.canonical) or sp.canonical
    if sp.kind == "title" and " " not in sp.text:
        if raw[sp.end : sp.end + 2].lstrip()[:1] == "(":
            return None
        return names.titled_before(sp.text, sp.start)
    if sp.kind in ("name", "word"):
        full = names.fullest(sp.text)
        if sp.kind == "word" and full == sp.text:
            return names.canon.get(full) or names.org(sp.text, sp.start)
        return names.canon.get(full, full)
    if sp.kind == "title" and "\u00ab" in sp.text:
        return _quoted_body(sp.text, names)
    return None


def _quoted_body(text: str, names: NameRegistry) -> str | None:
    """The English name of the body a titled speaker names in marks, when the document named it
    in full before: «المتحدث باسم «الجيش الوطني»» after «الجيش الوطني السوري» (SNA). The body
    speaks through its spokesman, so it is the source of record."""
    a = text.find("\u00ab")
    b = text.find("\u00bb", a + 1)
    inner = normalize_key(text[a + 1 : b if b != -1 else len(text)])
    if not inner:
        return None
    for arabic, english in names.named.items():
        key = normalize_key(arabic)
        if key == inner or key.startswith(inner + " "):
            return english
    return None


_CUE_MARKS: Final = frozenset(":\u00ab\u201c\"\u060c,.")  # : « “ " ، , and the sentence's end
_FROM: Final = "\u0639\u0646"  # عن in «نقلت Y عن X»
_ILA: Final = "\u0627\u0644\u064a"  # إلى, normalised «الي»
MAX_PLAIN_UNITS: Final = 4  # a speaker that is neither known nor titled is a short phrase
MAX_PLAIN_UNITS_NO_CUE: Final = 2  # ... shorter still when no «إن» or «:» follows it
MAX_ORG_UNITS: Final = 6  # a body named after its head word may be longer: «منظمة فرق صناع السلام الأمريكية»


_REPORTED_FACT: Final = "reported fact"  # speakers.tsv row of the verbal nouns an announcement opens with


_WHO: Final = frozenset(normalize_key(w) for w in ("الذي", "التي"))
RELATIVE_REACH: Final = 10  # tokens of a relative clause on the speaker before its «أن / إن»


def cue_at(ix: DocIndex, pos: int, limit: int, transmit: bool = False, facts: bool = False,
           listener: bool = True) -> bool:
    """Does reported speech start at raw ``pos`` («إن», «:», «لـ», «في بيان», a mark)?

    ``facts``: also a verbal noun an announcement opens with («مقتل»، «فرض»), after an
    organisation's name («أعلنت قيادة شرطة ذي قار مقتل خمسة»); after a bare word it is
    the verb's object («نفى وقوع ...»). ``listener=False``: the verb takes no listener, so «لـ»
    is no cue (a verb of recording: «رصدت محاولة تسلل لمجموعات مسلحة» records an attempt).

    «عن» counts only after a verb of relaying («نقلت وكالة سانا عن مصدر»).
    """
    if pos >= limit:
        return True
    i = ix.token_index(pos)
    starts, norms = ix.tok_starts, ix.tok_norms
    for _ in range(2):  # «قال أمس إن», «أعلن الاثنين أن»: time words may come first
        w = ix.word_tok.get(i)
        if w is None or w.payloads[0].kind != "time":
            break
        i = ix.token_index(w.end)
    if i >= len(starts) or starts[i] >= limit:
        return True
    norm = norms[i]
    if ix.tok_texts[i] in _CUE_MARKS or (listener and norm == _LAM) or (transmit and norm == _FROM):
        return True
    if norm == _FI:
        comma = _past_place_complement(ix, starts[i], limit)
        if comma != starts[i]:
            # «وقالت السلطة المحلية في المحافظة، في بيان ...، إن»: the body's «في» complement,
            # then the speech
            return cue_at(ix, comma + 1, limit, transmit, facts, listener)
        place = _place_at(ix, i + 1)
        if place is not None and place.end < limit:
            # «قالت الوحدة التنفيذية لإدارة مخيمات النازحين في مأرب إن ...»: where the body
            # serves, then «إن» (only «إن/أن» or a colon: «في مأرب» alone may be the verb's place)
            j = ix.token_index(place.end)
            w = ix.word_tok.get(j)
            return j < len(starts) and (ix.tok_texts[j] == ":" or (w is not None and w.payloads[0].kind == "that"))
        if facts and _fact_past_complement(ix, i, limit):
            return True
    if ix.tok_texts[i] in ("\u060c", ",") and i + 1 < len(starts) and norms[i + 1] in _WHO:
        # «أعلن المركز الإعلامي لمحور تعز، الذي أكد أن ...»، «قال المرصد، الذي يتخذ من لندن
        # مقرا له، إن ...»: the speech goes on through a relative clause on the speaker
        for k in range(i + 2, min(len(starts), i + 2 + RELATIVE_REACH)):
            if starts[k] >= limit:
                break
            wk = ix.word_tok.get(k)
            if wk is not None and wk.payloads[0].kind == "that":
                return True
        return False
    w = ix.word_tok.get(i)
    if w is not None and (w.payloads[0].kind in ("that", "pronoun") or (facts and w.payloads[0].id == _REPORTED_FACT)):
        return True  # «قال إن»، «أعلنت قيادة الشرطة مقتل ...»
    if norm[:1] == _BA and (norm[1:3] == ARTICLE or norm[1:] in _object_nouns()):
        return True  # «أفادت مصادر بالعثور على ...», «أفاد المرصد بمقتل ...»
    if norm == _ILA and i + 1 < len(starts):
        # «أشار إلى أن», «لفت إلى أن»
        w = ix.word_tok.get(i + 1)
        return w is not None and w.payloads[0].kind == "that"
    f = ix.frame_tok.get(i)
    if f is not None and f.payloads[0].kind in ("prep", "statement", "via"):
        return True
    if listener and norm.startswith(_LAM):
        # «لوكالة فرانس برس», «للشرق الأوسط», «لصحيفة ...»: told to an outlet
        bare = norm[1:]
        if bare.startswith(_LAM):
            bare = bare[1:]  # «للصحافيين» -> «صحافيين»: the article's lam is folded in
        return i in ix.source_tok or i in ix.entity_tok or bare in ix.words.orgs or bare in _LISTENERS
    return False


def _fact_past_complement(ix: DocIndex, i: int, limit: int) -> bool:
    """After a body's name, is «في» at token ``i`` the body's own short complement with the
    announced fact right after it? «أعلنت القوات المشتركة في الساحل الغربي إحباط هجوم»: the
    forces of the west coast announced a foiled attack (the gazetteer may not know «الساحل
    الغربي» as a place); a frame, a mark or a number on the way means the «في» was something
    else («أعلن الجيش في بيان»، «في 12 تشرين»)."""
    starts, texts = ix.tok_starts, ix.tok_texts
    for k in range(i + 2, min(len(starts), i + 2 + COMPLEMENT_WORDS)):
        if starts[k] >= limit or not texts[k][:1].isalpha() or k in ix.frame_tok:
            return False
        w = ix.word_tok.get(k)
        if w is not None:
            return w.payloads[0].id == _REPORTED_FACT
    return False


def _place_at(ix: DocIndex, i: int) -> Mention | None:
    """The GPE or LOC mention that starts at token ``i`` (places are not in ``entity_tok``)."""
    if i >= len(ix.tok_starts):
        return None
    at = ix.tok_starts[i]
    for m in ix.doc.entities:  # rare: only after a speaker phrase stopped at «في»
        if m.start == at and m.type in ("GPE", "LOC"):
            return m
    return None


def _quoted_after(ix: DocIndex, pos: int) -> int | None:
    """Where a short name in marks opening at raw ``pos`` ends (past its closing mark), if one does."""
    i = ix.token_index(pos)
    if i >= len(ix.tok_starts) or ix.tok_starts[i] != pos:
        return None
    j = _quoted_name_end(ix.tok_texts, i)
    return ix.tok_ends[j] if j is not None else None


def _parenthesised_after(ix: DocIndex, pos: int) -> int | None:
    """Where a short name in parentheses opening at raw ``pos`` ends (past its «)»): an outlet's
    abbreviation after its full name («وكالة الأنباء القطرية (قنا)»)."""
    i = ix.token_index(pos)
    texts = ix.tok_texts
    if i >= len(texts) or ix.tok_starts[i] != pos or texts[i] != "(":
        return None
    for j in range(i + 1, min(len(texts), i + 2 + MAX_NAME_TOKENS)):
        if texts[j] == ")":
            return ix.tok_ends[j] if j > i + 1 else None
        if not texts[j][:1].isalnum():
            return None
    return None


def _from_past_relative(ix: DocIndex, pos: int, limit: int) -> Phrase | None:
    """The phrase after the «عن» that ends a relative clause opening at raw ``pos`` («التي يديرها
    الحوثيون في صنعاء عن ...»): a relay's outlet described before its source is named. The
    clause runs at most ``RELATIVE_REACH`` tokens and crosses no punctuation, so «عن» in another
    clause («التي تحدثت عن») is reached only when a relay's source follows it in the same one."""
    i = ix.token_index(pos)
    starts, norms, texts = ix.tok_starts, ix.tok_norms, ix.tok_texts
    if i >= len(starts) or starts[i] >= limit or norms[i] not in _WHO:
        return None
    for k in range(i + 1, min(len(starts), i + 1 + RELATIVE_REACH)):
        if starts[k] >= limit or not texts[k][:1].isalnum():
            return None
        if norms[k] == _FROM:
            return phrase_after_from(ix, starts[k], limit)
    return None


def phrase_after_from(ix: DocIndex, pos: int, limit: int) -> Phrase | None:
    """The phrase after «عن» when ``pos`` is at it («نقلت Y عن X قوله»)."""
    i = ix.token_index(pos)
    if i < len(ix.tok_starts) and ix.tok_starts[i] < limit and ix.tok_norms[i] == _FROM:
        ph = read_phrase(ix, ix.tok_ends[i], limit)
        if ph.units:
            return ph
    return None


_REPORTING_HEADS: Final = frozenset(normalize_key(w) for w in (
    "مركز", "منظمة", "جمعية", "مؤسسة", "هيئة", "لجنة", "مرصد", "شبكة", "مكتب", "مديرية", "دائرة",
    "وزارة", "وكالة", "مستشفى", "نقابة", "مفوضية", "بعثة", "جهاز", "إدارة", "سلطة", "غرفة",
))  # bodies that count and report («بحسب مركز طب الطوارئ»); not «وفق خطة», «بحسب اتفاق»


def _org_led(ix: DocIndex, u: Unit) -> bool:
    """Does a phrase's first unit name an organisation's head, bare or definite («مركز»,
    «المركز الإعلامي لمحور تعز العسكري»)? Either may lead a body's longer name."""
    return u.kind == "org" or (u.kind == "word" and u.norm[:2] == ARTICLE and u.norm[2:] in ix.words.orgs)


def _reporting_body(phrase: Phrase) -> bool:
    """Does the phrase name a body that reports, by an organisation head and at most five
    words after it (:data:`MAX_ORG_UNITS`, as for any body named after its head)? After «بحسب /
    وفق» such a body is a source even when no lexicon knows it: «بحسب مركز طب الطوارئ والدعم»
    (Libya's emergency medicine centre), «بحسب مركز باكستان لدراسات النزاع والأمن»; its figures
    too: «وفق معطيات هيئة مقاومة الجدار والاستيطان»."""
    units = phrase.units
    if units and units[0].kind == "data":
        units = units[1:]
    return bool(units) and units[0].kind == "org" and units[0].norm in _REPORTING_HEADS \
        and 1 < len(units) <= MAX_ORG_UNITS


_CALLED: Final = frozenset(normalize_key(w) for w in ("ويدعى", "يدعى", "وتدعى", "تدعى", "واسمه", "اسمه", "واسمها", "اسمها"))


def _titled_before(ix: DocIndex, start: int) -> bool:
    """Does a title stand right before the body starting at ``start``? «المتحدث باسم وزارة
    الصحة في صنعاء»: the phrase resolves to the ministry, but a person holds the title."""
    i = ix.token_index(start) - 1
    if i < 0:
        return False
    if ix.tok_norms[i] == _BISM:
        return True
    return word_key(ix.tok_texts[i]) in ix.words.titles


def apposed_person(
    ix: DocIndex, stop: int, limit: int, sp: Speaker, names: NameRegistry | None
) -> Speaker | None:
    """The person named between commas after a title: «قائمقام بنجوين، رزكار عزيز، لشبكة ...»,
    «المتحدث باسم الشرطة، العقيد ...،». He is the speaker, for the body the title names."""
    raw = ix.doc.raw
    if stop < limit and sp.kind == "title" and raw[stop] not in "\u060c,":
        stop = _past_place_complement(ix, stop, limit)  # «مدير مكتب الصحة في المحافظة، راجح ...»
    if stop >= limit or raw[stop] not in "\u060c,":
        return None
    if sp.kind == "source" and not (
            (sp.source is not None and sp.source.kind == "generic")
            or (sp.text.split() and word_key(sp.text.split()[0]) in ix.words.titles)
            or _titled_before(ix, sp.start)):
        return None  # «المرصد السوري، ومقره لندن،»: an organisation, not a title
    i = ix.token_index(stop + 1)
    if i < len(ix.tok_norms) and ix.tok_norms[i] in _CALLED:
        i += 1  # «أحد سكان القرية، ويدعى موسى عثمان،»
    titled = False
    for _ in range(2):  # «، العقيد محمد الخالدي،»: NER's person starts after his rank
        if i < len(ix.tok_norms) and i not in ix.entity_tok and word_key(ix.tok_texts[i]) in ix.words.titles:
            i += 1
            titled = True
    m = ix.entity_tok.get(i)
    if m is None and titled:
        # «الناطق الرسمي باسم الحكومة، وزير الإعلام خالد الإعيسر،»: a second title and its
        # complement, then the person
        for k in range(i + 1, min(len(ix.tok_norms), i + 1 + _TITLE_COMPLEMENT)):
            if not ix.is_word(k - 1):
                break
            found = ix.entity_tok.get(k)
            if found is not None:
                if found.type == "PER":
                    m = found
                break
    if m is None:
        end = _given_name_end(ix, i, limit)
        if end is None:
            return None
        return _spokesperson(raw, ix.tok_starts[i], end, sp.source, None, names)
    if m.type != "PER" or m.end > limit or raw[m.end : m.end + 2].strip()[:1] not in ("\u060c", ","):
        return None
    return _spokesperson(raw, skip_titles(ix, m.start, m.end), m.end, sp.source, m.canonical, names)


_TITLE_COMPLEMENT: Final = 3  # «وزير الإعلام»، «وزير الدولة للشؤون»: words of a second title's complement
COMPLEMENT_WORDS: Final = 3  # «في المحافظة»، «في مديرية المنصورة»: words of a title's «في» complement


def _past_place_complement(ix: DocIndex, stop: int, limit: int) -> int:
    """Where the comma after «في X» stands when a title's phrase stopped at «في» («مدير مكتب
    الصحة في المحافظة، ...»), or after a complement of «ل» it stopped at («الكاتب العام للنقابة،
    محمد الإدريسي،»); else ``stop``."""
    i = ix.token_index(stop)
    norms, texts = ix.tok_norms, ix.tok_texts
    if i >= len(norms) or ix.tok_starts[i] != stop:
        return stop
    lam = norms[i][:2] == _LIL and len(norms[i]) > 3  # «للنقابة»: the word itself is the complement
    if norms[i] != _FI and not lam:
        return stop
    first = i if lam else i + 1
    for k in range(i + 1, min(len(norms), i + 2 + COMPLEMENT_WORDS)):
        if ix.tok_starts[k] >= limit:
            return stop
        if texts[k] in ("\u060c", ","):
            return ix.tok_starts[k] if k > first else stop
        if not texts[k][:1].isalpha() or k in ix.frame_tok:
            return stop
    return stop


_LIL: Final = "\u0644\u0644"  # لل: «للنقابة»
APPOSED_NAME_WORDS: Final = 3  # «، راجح المليكي،»: a given name and at most two more words


def _given_name_end(ix: DocIndex, i: int, limit: int) -> int | None:
    """Raw end of a person's name NER missed between commas after a title: a given name
    (hadath/ner/data/names.tsv) at token ``i``, then words that are no function word, title or
    organisation head, then the comma («مدير مكتب الصحة في المحافظة، راجح المليكي، لـ...»)."""
    norms, texts = ix.tok_norms, ix.tok_texts
    if i >= len(norms) or norms[i] not in given_names():
        return None
    words = ix.words
    k = i + 1
    while k < len(norms) and k - i < APPOSED_NAME_WORDS and texts[k][:1].isalpha():
        key = word_key(texts[k])
        if key in words.stops or key in words.titles or key in words.orgs or k in ix.frame_tok:
            return None
        k += 1
    if k >= len(norms) or ix.tok_starts[k] >= limit or texts[k] not in ("\u060c", ","):
        return None
    return ix.tok_ends[k - 1]


def _spokesperson(raw: str, s: int, e: int, source: SourceEntry | None, canonical: str | None,
                  names: NameRegistry | None) -> Speaker:
    """The person named at raw ``[s, e)`` who speaks for the body a title or a lexicon source
    names: «المتحدث العسكري باسم الحوثيين يحيى سريع» (:func:`_spokesman_named`), «المتحدث باسم
    الشرطة، العقيد محمد الخالدي،» (:func:`apposed_person`). A person NER knows by an English
    name is that entity; else he speaks for ``source`` (and a later surname finds him with it);
    else he is a name of the document's own."""
    text = display(raw, s, e)
    if canonical and canonical.isascii():
        return Speaker(s, e, text, canonical, "entity")
    if source is not None:
        if names is not None:
            names.add(text, source.name)
        return Speaker(s, e, text, source.name, "source", source)
    if names is not None:
        names.add(text)
    return Speaker(s, e, text, None, "name")


def _known_body_at(ix: DocIndex, i: int) -> bool:
    """Does a sources row or an organisation NER knows start at token ``i``?"""
    if ix.source_tok.get(i) is not None:
        return True
    m = ix.entity_tok.get(i)
    return m is not None and m.type == "ORG"


def speaker_after_frame(
    ix: DocIndex,
    pos: int,
    kind: str,
    limit: int,
    names: NameRegistry | None,
    require_cue: bool = True,
    frame_text: str = "",
    listener: bool = True,
) -> tuple[Speaker | None, Speaker | None]:
    """The speaker introduced by a frame ending at ``pos``, and (for «نقلت Y عن X») the relay Y.

    A known source or entity is taken as it is. A titled or named phrase, or a plain one,
    counts only when reported speech follows it («قال مسؤول محلي إن ...»), so «أحصى مقتل 120»
    or «اعترف بها» name nobody. After «بحسب / وفق» only known, titled or named speakers
    count: «وفق المذهب الشيعي» is no source. ``require_cue=False`` when a quotation follows
    anyway («وأوضح مورينو عقب مباحثاته ... «إن ...»»). ``listener=False`` for a verb told to
    nobody (:func:`cue_at`).
    """
    if kind == "statement" and len(frame_text.split()) <= 2:
        # «في بيان لـ X» names X; «في بيان رسمي» names nobody; a known body right after the
        # noun owns it too: «بحسب تقرير الأمم المتحدة»
        i = ix.token_index(pos)
        if i >= len(ix.tok_norms) or (ix.tok_norms[i][:1] != _LAM and not _known_body_at(ix, i)):
            return None, None
    phrase = read_phrase(ix, pos, limit, allow_lam=kind in ("prep", "statement"))
    relay = None
    if kind == "transmit":
        after = phrase_after_from(ix, phrase.stop, limit)
        named_end = None
        if after is None and phrase.units and phrase.units[-1].kind in ("source", "entity", "org"):
            # «نقل مراسل «الجزيرة» عن شهود عيان»، «نقلت وكالة الأنباء السورية الرسمية "سانا" عن
            # مصدر عسكري»: the relay's outlet (or its short name) in marks, then «عن»
            named_end = _quoted_after(ix, phrase.stop)
            if named_end is None:
                named_end = _parenthesised_after(ix, phrase.stop)  # «وكالة الأنباء القطرية (قنا) عن»
            if named_end is not None:
                after = phrase_after_from(ix, named_end, limit)
        if after is None and phrase.units:
            # «نقلت وكالة «سبأ» التي يديرها الحوثيون في صنعاء عن مصدر عسكري»: a relative clause
            # on the outlet stands between it and «عن»
            after = _from_past_relative(ix, named_end if named_end is not None else phrase.stop, limit)
        if after is not None:
            relay = resolve(ix, phrase, None)
            if relay is not None and named_end is not None:
                relay = Speaker(relay.start, named_end, ix.doc.raw[relay.start : named_end], relay.canonical, relay.kind, relay.source)
            phrase = after
    sp = resolve(ix, phrase, names)
    if sp is None:
        return None, relay
    if sp.kind in ("title", "source") and (person := apposed_person(ix, phrase.stop, limit, sp, names)) is not None:
        sp = person
    if sp.kind in ("source", "entity") or (sp.kind == "title" and sp.source is not None):
        return sp, relay
    if kind == "prep" and sp.kind not in ("title", "name") and not _reporting_body(phrase):
        return None, relay
    body = phrase.units[1:] if phrase.units[0].kind == "data" else phrase.units  # «وفق معطيات هيئة ...»: the body's
    if sp.kind in ("org", "word") and len(body) > (
            (MAX_ORG_UNITS if body and _org_led(ix, body[0]) else MAX_PLAIN_UNITS) if require_cue else MAX_PLAIN_UNITS_NO_CUE):
        return None, relay
    if (require_cue or (kind == "transmit" and relay is None)) and not cue_at(
        ix, phrase.stop, limit, transmit=(kind == "transmit"),
        # «أعلن رئيس الحكومة عبد الحميد الدبيبة التوصل إلى اتفاق»: an announced fact after a
        # body, or after a titled name (a bare name before «مقتل» may be the dead)
        facts=(sp.kind == "org" or (sp.kind == "name" and len(phrase.units) > 1)), listener=listener
    ):
        return None, relay  # «تم نقل العالقين عبر المعبر» moves people, it relays nobody
    return sp, relay
