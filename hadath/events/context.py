"""Trigger candidates and the sentence context the detector and the argument finder share.

A :class:`Candidate` is one trigger match with its sentence, token position and the cues
around it. :func:`candidates` builds them for a whole document in one automaton pass
(triggers, cues and generic actor nouns together) and one bisect per match, so the cost stays in the tens of microseconds
for a 700-word article. Clauses split a sentence at «فيما، بينما، في حين، كما ...» so that
«قصفت الطائرات حلب، فيما تظاهر المئات في درعا» stays two happenings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import attrgetter, itemgetter, le
from typing import Any, Final, NamedTuple, TypeVar

import numpy as np

from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events.lexicon import Trigger, event_hits
from hadath.lexicon.matcher import Match, PhraseMatcher
from hadath.mentions import Mention, NumberMention
from hadath.text.normalize import Normalized
from hadath.text.segment import Sentence, more_breaks_than, paragraph_break_starts

# clause openers, normalised (MATCH profile): فيما بينما حين كما كذلك اما بالتزامن
_CLAUSE_WORDS: Final = frozenset({
    "\u0641\u064a\u0645\u0627", "\u0628\u064a\u0646\u0645\u0627", "\u062d\u064a\u0646",
    "\u0643\u0645\u0627", "\u0643\u0630\u0644\u0643", "\u0627\u0645\u0627",
    "\u0628\u0627\u0644\u062a\u0632\u0627\u0645\u0646",
})
_CLAUSE_PUNCT: Final = frozenset({";", "\u061b", ":"})
_HIN: Final = "\u062d\u064a\u0646"  # حين
_FI_FORMS: Final = frozenset({"\u0641\u064a", "\u0648\u0641\u064a"})  # في وفي
# reporting participles that open a new reported statement: مشيرا مضيفا موضحا لافتا مؤكدا
# («استعادت القوات القرية، مشيرا إلى أن طائرات التحالف شنت غارتين»: two happenings)
_REPORT_OPENERS: Final = frozenset({
    "\u0645\u0634\u064a\u0631\u0627", "\u0645\u0636\u064a\u0641\u0627", "\u0645\u0648\u0636\u062d\u0627",
    "\u0644\u0627\u0641\u062a\u0627", "\u0645\u0648\u0643\u062f\u0627",
    # after a feminine or plural speaker («وقالت الإدارة ...، مشيرة إلى أن»): مشيرة مضيفة موضحة
    # مؤكدة مشيرين مضيفين (not «لافتة», a banner)
    "\u0645\u0634\u064a\u0631\u0647", "\u0645\u0636\u064a\u0641\u0647", "\u0645\u0648\u0636\u062d\u0647",
    "\u0645\u0648\u0643\u062f\u0647", "\u0645\u0634\u064a\u0631\u064a\u0646", "\u0645\u0636\u064a\u0641\u064a\u0646",
})


class Cue(NamedTuple):
    """A cue match; a tuple, as an article has a hundred (made with ``_NEW_TUPLE``, one C call)."""

    start: int
    end: int
    kind: str
    key: str
    tok: int  # index of the first token of the cue within the sentence
    clause: int = 0  # index of the clause the cue's first token is in


_NEW_TUPLE: Final = tuple.__new__


@dataclass(init=False, slots=True)
class SentenceCtx:
    """One sentence: its tokens, trigger candidates and cues, plus clause boundaries.

    The tokens are columns (``tok_starts``, ``ends``, ``texts``, ``norms``, ``stems``: slices
    of ``doc.token_columns``), not ``Token`` tuples: the stage reads a field or two of a few
    tokens, and a document need not build its ~850 tuples for it."""

    index: int
    span: Sentence
    tok0: int = 0  # index of the sentence's first token in doc.token_columns
    tok_starts: list[int] = field(default_factory=list)  # raw start of each token (for bisects)
    ends: list[int] = field(default_factory=list)  # raw end of each token
    texts: list[str] = field(default_factory=list)  # each token's raw text
    norms: list[str] = field(default_factory=list)  # each token's ``norm``
    stems: list[str] = field(default_factory=list)  # each token's ``stem``
    cues: list[Cue] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)  # token indexes where clauses start
    _forms: TokenForms | None = None
    cue_info: list[tuple[int, int, Any, Any, int, str, str]] | None = None  # cached by features
    num_toks: list[int] = field(default_factory=list)  # token indexes of counts (filled by features)
    place_toks: list[int] = field(default_factory=list)  # token indexes of GPE/LOC/FAC mentions
    # doc.entities and doc.numbers starting in the sentence, typed as the records they are: the
    # compiled rules read their fields as struct slots (``list[Any]`` made each ``m.start`` a
    # generic attribute look-up)
    ents: list[Mention] = field(default_factory=list)
    nums: list[NumberMention] = field(default_factory=list)
    has_date: bool = False  # a doc.dates mention starts in the sentence
    alpha: list[bool] = field(default_factory=list)  # each token starts with a letter (a word)
    has_digits: bool = False  # a token is a number (see :func:`token_kinds`)
    has_quote: bool = False  # a token is a quotation mark
    generic: list[Match[Any]] | None = None  # generic actor nouns starting in the sentence

    question: bool | None = None  # the sentence asks (cached by modality)
    veto_index: tuple[list[Mention], list[Cue]] | None = None  # (ORG mentions, veto cues), cached by modality
    word_feats: list[str] | None = None  # sentence features (cached by features)
    parts: tuple[list[str], list[str], list[str]] | None = None  # the same in parts (cached by features)
    plover_counts: dict[str, int] | None = None  # candidates per PLOVER type (cached by features)
    death_idx: list[int] | None = None  # tokens that are death words (cached by arguments)
    injury_idx: list[int] | None = None
    figures: list[tuple[int, float]] | None = None  # (token, value) of counts (cached by arguments)
    complementisers: list[int] | None = None  # tokens that are «أن، إن ...» (cached by arguments)
    nisba_toks: list[int] | None = None  # tokens whose stem is a plural nationality (cached by the rules)
    eras: dict[int, bool] | None = None  # clause -> dated to the last century (cached by modality)

    def __init__(self, index: int, span: Sentence, tok0: int = 0, tok_starts: list[int] | None = None,
                 ends: list[int] | None = None, texts: list[str] | None = None, norms: list[str] | None = None,
                 stems: list[str] | None = None, *, clause_starts: list[int] | None = None,
                 alpha: list[bool] | None = None, has_digits: bool = False, has_quote: bool = False) -> None:
        """Written out, not made by ``dataclasses``: see :mod:`hadath.mentions` (the caches below
        start empty; only :func:`candidates` makes a context)."""
        self.index = index
        self.span = span
        self.tok0 = tok0
        self.tok_starts = [] if tok_starts is None else tok_starts
        self.ends = [] if ends is None else ends
        self.texts = [] if texts is None else texts
        self.norms = [] if norms is None else norms
        self.stems = [] if stems is None else stems
        self.cues = []
        self.candidates = []
        self.clause_starts = [] if clause_starts is None else clause_starts
        self._forms = None
        self.cue_info = None
        self.num_toks = []
        self.place_toks = []
        self.ents = []
        self.nums = []
        self.has_date = False
        self.alpha = [] if alpha is None else alpha
        self.has_digits = has_digits
        self.has_quote = has_quote
        self.generic = None
        self.question = None
        self.veto_index = None
        self.word_feats = None
        self.parts = None
        self.plover_counts = None
        self.death_idx = None
        self.injury_idx = None
        self.figures = None
        self.complementisers = None
        self.nisba_toks = None
        self.eras = None

    def token_forms(self) -> TokenForms:
        """:func:`_forms_of` every token, each made when read (per word form, once per process)."""
        if self._forms is None:
            self._forms = TokenForms(self.norms, self.stems)
        return self._forms

    def clause_of(self, tok: int) -> int:
        return bisect_right(self.clause_starts, tok) - 1

    def clause_stop(self, clause: int) -> int:
        """The token after clause ``clause`` (the sentence's length for its last clause)."""
        return self.clause_starts[clause + 1] if clause + 1 < len(self.clause_starts) else len(self.norms)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    key: str
    prefix: str
    trigger: Trigger
    sent: SentenceCtx
    tok: int  # token index within the sentence
    tok_end: int  # one past the last token of the match
    features: list[str] = field(default_factory=list)
    veto: str | None = None
    prob: float = 0.0
    clause: int = 0  # index of the clause within the sentence

    def __init__(self, start: int, end: int, text: str, key: str, prefix: str, trigger: Trigger,
                 sent: SentenceCtx, tok: int, tok_end: int, features: list[str] | None = None,
                 veto: str | None = None, prob: float = 0.0, clause: int = 0) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.prefix = prefix
        self.trigger = trigger
        self.sent = sent
        self.tok = tok
        self.tok_end = tok_end
        self.features = [] if features is None else features
        self.veto = veto
        self.prob = prob
        self.clause = clause


_START: Final = attrgetter("start")
_FIRST: Final = itemgetter(0)
_SECOND: Final = itemgetter(1)
PROCLITICS: Final = frozenset("\u0648\u0641\u0628\u0644")  # و ف ب ل


K = TypeVar("K")
V = TypeVar("V")
MEMO_MAX: Final = 1 << 17


class Memo(dict[K, V]):
    """A dict that makes a missing value once: ``map(memo.__getitem__, keys)`` runs in C on hits.

    ``lru_cache`` re-links its list on every hit; news vocabulary repeats, so the per-token
    answers (word forms, feature strings) are nearly always hits. Cleared when it grows past
    ``MEMO_MAX`` entries, so a long run over new vocabulary stays bounded.
    """

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: K) -> V:
        if len(self) >= MEMO_MAX:
            self.clear()
        value = self[key] = self._make(key)
        return value


def _forms_of(norm_stem: tuple[str, str]) -> frozenset[str]:
    """A token's normalised form, clitic-free stem, and the form without one و/ف/ب/ل, by
    word form (``_FORMS`` keeps them: most tokens are repeats).

    The segmenter only strips a proclitic before the article; «وأصيب» needs «أصيب» too.
    """
    norm, stem = norm_stem
    if len(norm) > 3 and norm[0] in PROCLITICS:
        return frozenset((norm, stem, norm[1:]))
    return frozenset((norm, stem))


_FORMS: Final[Memo[tuple[str, str], frozenset[str]]] = Memo(_forms_of)


class TokenForms:
    """A sentence's token forms (:func:`_forms_of`) as a read-only sequence, each looked up
    when it is read: the argument rules read the words around a few actors and triggers,
    not every token of the sentence. A token read once is read again (~3 times on the
    benchmark articles: the rules of each event and actor look at the same few words), so
    its forms are kept here by position, a list read instead of a key tuple and a dict look-up."""

    __slots__ = ("_norms", "_stems", "_got")

    def __init__(self, norms: list[str], stems: list[str]) -> None:
        self._norms = norms
        self._stems = stems
        self._got: list[frozenset[str] | None] = [None] * len(norms)

    def __len__(self) -> int:
        return len(self._norms)

    def __getitem__(self, i: int) -> frozenset[str]:
        got = self._got[i]
        if got is None:
            got = self._got[i] = _FORMS[(self._norms[i], self._stems[i])]
        return got


# norms and stems that can open a clause (the only tokens :func:`_clauses` must look at)
_CLAUSE_NORMS: Final = _CLAUSE_PUNCT | {p + w for p in ("\u0648", "\u0641") for w in _CLAUSE_WORDS}
_CLAUSE_STEMS: Final = _REPORT_OPENERS | _CLAUSE_WORDS


def _clauses(norms: list[str], stems: list[str]) -> list[int]:
    """Token indexes where clauses start (0 first); ``norms``/``stems`` are the tokens' own.

    Most sentences hold no clause word at all: two set intersections (in C) tell, and only
    the tokens that hold one are looked at.
    """
    by_norm = _CLAUSE_NORMS.intersection(norms)
    by_stem = _CLAUSE_STEMS.intersection(stems)
    if not by_norm and not by_stem:
        return [0]
    starts = [0]
    # the few tokens that hold a clause word, found by ``list.index`` in C
    found = set(_positions(norms, by_norm))
    found.update(_positions(stems, by_stem))
    for i in sorted(found):
        if i == 0:
            continue
        norm, stem = norms[i], stems[i]
        if norm in _CLAUSE_PUNCT:
            starts.append(i + 1)
        elif stem in _REPORT_OPENERS:
            starts.append(i)
        elif stem in _CLAUSE_WORDS or (norm[:1] in {"\u0648", "\u0641"} and norm[1:] in _CLAUSE_WORDS):
            prev = norms[i - 1]
            if prev in {",", "\u060c"} or stem in {"\u0641\u064a\u0645\u0627", "\u0628\u064a\u0646\u0645\u0627"}:
                starts.append(i)
            elif stem == _HIN and prev in _FI_FORMS and i - 1 > starts[-1]:
                starts.append(i - 1)  # «في حين»، «وفي حين» ("whereas") opens a clause, comma or not
    return starts


def _positions(seq: list[str], words: frozenset[str]) -> list[int]:
    """Every index of ``seq`` that holds one of ``words`` (each of which occurs in it)."""
    out = []
    for w in words:
        i = -1
        for _ in range(seq.count(w)):
            i = seq.index(w, i + 1)
            out.append(i)
    return out


_ASCII_DIGITS: Final = frozenset("0123456789")
_QUOTES: Final = frozenset({"\u00ab", '"'})


@lru_cache(maxsize=1)
def _alpha_table() -> bytes:
    """``chr(c).isalpha()`` for every BMP code point, as one byte each (built once)."""
    return bytes(chr(c).isalpha() for c in range(0x10000))


def token_kinds(texts: list[str], norms: list[str]) -> tuple[list[bool], bool, bool]:
    """What a sentence's tokens are, for the sentence features and the rules: ``alpha[i]``,
    the token's first character is a letter (a word: «قتل»); then whether a token is a number
    (its text starts with an ASCII digit, or, neither word nor that, its normalised form
    does: «٢٥»), and whether one that is neither is a quotation mark («، "»).

    Made per sentence that holds a trigger, from its tokens' first code points (compiled,
    ``ord(text[0])`` reads the code point without making a one-letter string, and the table
    is read as a C byte), not for every token of the document by a numpy pass over the raw
    text's code points (~0.4M instructions an article, compiled, mostly numpy's calls).
    """
    table = _alpha_table()
    alpha: list[bool] = []
    has_digits = has_quote = False
    for i in range(len(texts)):
        text = texts[i]
        c = ord(text[0]) if text else 0
        word = table[c] == 1 if c < 0x10000 else chr(c).isalpha()
        alpha.append(word)
        if word:
            continue
        if 0x30 <= c <= 0x39 or norms[i][:1] in _ASCII_DIGITS:
            has_digits = True
        elif text in _QUOTES:
            has_quote = True
    return alpha, has_digits, has_quote


_OUTLET_REACH: Final = 60  # the dateline and its outlet: «مأرب – «العربي الجديد»:»
_OUTLET_COLON: Final = ":"


def _quoted_past_outlet(doc: Doc, texts: list[str], starts: list[int]) -> bool:
    """Does a quotation mark of the first sentence stand past its dateline's outlet? «مأرب –
    «العربي الجديد»: تجددت المعارك ...»: the outlet's marks quote nobody (the classifier's
    ``quote`` feature weighs against an event: in the training part it is mostly speech)."""
    end = -1
    for _, e in doc.extras.get("geo_datelines", ()):
        colon = doc.raw.find(_OUTLET_COLON, e, _OUTLET_REACH)
        if colon >= 0:
            end = max(end, colon)
    return any(t in _QUOTES and st > end for t, st in zip(texts, starts, strict=True))


def raw_hits(matcher: PhraseMatcher[Any], norm: Normalized) -> list[Match[Any]]:
    """``matcher.find(norm)``: hits with raw offsets (one vectorised offset look-up per call)."""
    return matcher.find(norm)


def _raw_offsets(norm: Normalized, found: list[tuple[int, int, str, Any, int]]) -> tuple[list[int], list[int]]:
    """Raw starts and ends of normalised matches, as :func:`hadath.lexicon.matcher.to_raw` maps
    them, without building a ``Match`` per hit (the stage needs only the offsets)."""
    if norm.starts is None or norm.ends is None:
        return [f[0] for f in found], [f[1] for f in found]
    # index arrays by ``fromiter`` with the type given: ``asarray`` of a list discovers the
    # type and shape item by item, several times the cost
    n = len(found)
    at = np.fromiter(map(_FIRST, found), np.int64, n)
    last = np.fromiter(map(_SECOND, found), np.int64, n) - 1
    return norm.starts[at].tolist(), norm.ends[last].tolist()


def candidates(doc: Doc) -> list[SentenceCtx]:
    """Sentences that hold at least one trigger, with their candidates and cues.

    Only those sentences get a context (tokens, clause starts, cues): the matchers' hits
    come sorted by offset (each matcher's leftmost-longest, and the split triggers sorted in
    with them, :func:`hadath.events.lexicon.event_hits`), so one walk forward over the
    sentences and tokens finds each hit's.
    """
    norm = doc.norm
    found, cue_found, generic_found, _ = event_hits(norm.text)
    if not found or not doc.sentences:
        return []
    raw, text = norm.raw, norm.text
    sents = doc.sentences
    sent_starts = [s.start for s in sents]
    cols = doc.token_columns  # the token fields as lists: a sentence's are slices of them
    tok_starts, tok_ends, tok_texts, tok_norms, tok_stems = cols.starts, cols.ends, cols.texts, cols.norms, cols.stems
    ctxs: dict[int, SentenceCtx] = {}
    # the triggers' and the cues' raw offsets in one vectorised look-up (numpy's calls cost
    # more than the few hundred offsets they map)
    nf = len(found)
    nc = len(cue_found)
    starts, ends = _raw_offsets(norm, found + cue_found + generic_found)
    # the hits come sorted by start (each matcher's leftmost-longest): the sentence and the
    # token a hit starts in are found by walking forward, not by a bisect each (~700
    # instructions compiled)
    ns_, nt = len(sent_starts), len(tok_starts)
    si = -1
    p = 0
    for (ns, _, key, payloads, pstart), start, end in zip(found, starts[:nf], ends[:nf], strict=True):
        while si + 1 < ns_ and sent_starts[si + 1] <= start:
            si += 1
        if si < 0 or start >= sents[si].end:
            continue
        while p < nt and tok_starts[p] <= start:
            p += 1
        c = ctxs.get(si)
        if c is None:
            sent = sents[si]
            a = bisect_left(tok_starts, sent.start)
            b = bisect_left(tok_starts, sent.end)
            texts = tok_texts[a:b]
            norms = tok_norms[a:b]
            stems = tok_stems[a:b]
            alpha, has_digits, has_quote = token_kinds(texts, norms)
            if has_quote and sent.start < _OUTLET_REACH:
                has_quote = _quoted_past_outlet(doc, texts, tok_starts[a:b])
            c = ctxs[si] = SentenceCtx(si, sent, a, tok_starts[a:b], tok_ends[a:b], texts, norms, stems,
                                       clause_starts=_clauses(norms, stems), alpha=alpha,
                                       has_digits=has_digits, has_quote=has_quote)
        base = c.tok0
        ti = max(0, p - 1 - base)  # p: bisect_right(tok_starts, start)
        q = p  # bisect_left(tok_starts, end): every token before p starts at or before start < end
        while q < nt and tok_starts[q] < end:
            q += 1
        te = max(ti + 1, q - base)
        c.candidates.append(Candidate(start, end, raw[start:end], key, text[pstart:ns], payloads[0], c, ti, te,
                                      clause=bisect_right(c.clause_starts, ti) - 1))
    if cue_found:
        # sentence of every cue, and its token when the sentence told a trigger: the cues
        # come sorted by start too, so again one walk forward
        si = -1
        p = 0
        for (_, _, key, kinds, _), start, end in zip(cue_found, starts[nf:nf + nc], ends[nf:nf + nc], strict=True):
            while si + 1 < ns_ and sent_starts[si + 1] <= start:
                si += 1
            c = ctxs.get(si)
            if c is None:
                continue
            while p < nt and tok_starts[p] <= start:
                p += 1
            ti = p - c.tok0 - 1
            if ti < 0:
                ti = 0
            cs = c.clause_starts  # starts with 0: one clause needs no search
            c.cues.append(_NEW_TUPLE(Cue, (start, end, kinds[0], key, ti, bisect_right(cs, ti) - 1 if len(cs) > 1 else 0)))
    out = [ctxs[k] for k in sorted(ctxs)]
    _attach_mentions(doc, out)
    # :func:`hadath.lexicon.matcher.to_raw` of the generic nouns, from the offsets mapped above
    generic = [_NEW_TUPLE(Match, (start, end, raw[start:end], key, payloads, text[pstart:ns]))
               for (ns, _, key, payloads, pstart), start, end in zip(
                   generic_found, starts[nf + nc:], ends[nf + nc:], strict=True)]
    for s, hits in zip(out, _slices(generic, out), strict=True):
        s.generic = hits
    return out


def _slices(items: list[Any], out: list[SentenceCtx]) -> list[list[Any]]:
    """Per sentence (``out`` in text order), the items (sorted by start) that start inside it.
    Sorted only when out of order (mentions mostly come sorted: one pass of C comparisons
    tells, instead of a key call per item and a sort). One walk over the starts for all the
    sentences, as both run in order: a compiled comparison per item, where two bisects a
    sentence cost ~1.4k instructions (~75k an article over entities, numbers and dates)."""
    starts = list(map(_START, items))
    if not all(map(le, starts, islice(starts, 1, None))):
        items = sorted(items, key=_START)
        starts = list(map(_START, items))
    got: list[list[Any]] = []
    n = len(starts)
    k = 0
    for s in out:
        a, b = s.span.start, s.span.end
        while k < n and starts[k] < a:
            k += 1
        j = k
        while j < n and starts[j] < b:
            j += 1
        got.append(items[k:j])
    return got


def _attach_mentions(doc: Doc, out: list[SentenceCtx]) -> None:
    """Give each sentence its entities, numbers and dates (instead of a scan per sentence)."""
    if doc.entities:
        for s, ents in zip(out, _slices(doc.entities, out), strict=True):
            s.ents = ents
    if doc.numbers:
        for s, nums in zip(out, _slices(doc.numbers, out), strict=True):
            s.nums = nums
    if doc.dates:
        for s, dates in zip(out, _slices(doc.dates, out), strict=True):
            s.has_date = bool(dates)


_BREAKS: Final = "_break_starts"  # doc.extras: (raw, where its paragraph breaks start), :func:`more_breaks`


def more_breaks(doc: Doc, a: int, b: int, most: int) -> bool:
    """``more_breaks_than(doc.raw, a, b, most)``, mostly without cutting and searching the text:
    the rules ask it of spans up to the whole article, event after event.

    The breaks in ``raw[a:b]`` are those of the document that start in ``[a, b)``, plus one
    when ``a`` falls inside a break and a newline of it follows ``a`` (the slice starts a
    break there); so a count of starts above ``most`` answers yes, one below it no, and only a
    count equal to it needs the text (:func:`hadath.text.segment.paragraph_break_starts`,
    found once per document)."""
    raw = doc.raw
    got: tuple[str, list[int]] | None = doc.extras.get(_BREAKS)
    if got is None or got[0] is not raw:
        got = doc.extras[_BREAKS] = (raw, paragraph_break_starts(raw))
    starts = got[1]
    n = max(0, bisect_left(starts, b) - bisect_left(starts, a))
    if n != most:
        return n > most
    return more_breaks_than(raw, a, b, most)
